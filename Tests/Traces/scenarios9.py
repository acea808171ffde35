"""memblame's tracelab scenarios, batch 9: Q01..Q20 (real memory traces with labels).

(Named Q: tracelab's own example scenarios are X1..X11, and batches 1-8 used
R, S, T, U, V, W, Y and Z.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 9"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios9.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios9.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw9 Q01-... Q20-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 9 does not
reuse the ranges of R, S, T, U, V, W, Y and Z, this file lists the scenarios
of scenarios8.py first, unchanged and in the same order (positions 11..246,
exactly as when scenarios8.py is passed), and the Q scenarios after them
(positions 247..266).  Only the Q scenarios are recorded from this file.

Split (Tests/Traces/split9.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  5 dev, 15 validation.

  four:   healthy-step Q13-Q16
  three:  slow-leak Q01-Q03, culprit-early Q04-Q06, frequent-deploys Q07-Q09
  two:    healthy-lru Q17-Q18 (Q18 under deploys every 15-45 min)
  single: fixed-later Q10, oom-fast Q11, multi-task Q12, healthy-flat Q19,
          healthy-load Q20

Deploy rhythms from every 15-45 min (Q07-Q09, Q15, Q18) to every few hours
(Q14, Q17, Q19).  Total 8 500-ish simulated minutes (see the README).

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batch 8 measured: slow leaks (Z01 d 1 KB at 55 req/s
0.61-0.68 %/h; Z02 a 1 KB at 14 req/s 0.62-0.73 %/h of 300 MiB; Z03 c 2 KB at
36 req/s 0.76 %/h; Z04 b 8 lines at 60 flat 0.47-0.57 %/h of 320 MiB);
culprit-early (Z05 a 4 KB at 90: 6.4-9.9 %/h); multi-task (Z17 d 8 KB at 180
over 2 tasks: ~+8 % per 62-80 min); fast OOM (Y24 a 30 KB at 140: ~50 %/h, one
OOM 82 min after the onset; Z13 c 64 KB at 170: first OOM after 44.5 min).
The "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZ = runpy.run_path(os.path.join(_HERE, "scenarios8.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z


Q_SCENARIOS = [
    # ================================================================== slow-leak, ~0.4-0.8 %/h (Q01 dev, Q02-Q03 validation)
    dict(name="Q01-b-slow-leak-culprit-third", seed=9901, kind="b", culprit=3,
         intervals=[50, 70, 60, 200, 90],
         start="2027-03-15T08:00:00Z", service="pool-lanes",
         profile="quote", params={"detail": 8, "skus": 700}, peak_rps=55,
         culprit_pr_title=("perf/lane-price-memo", "Memoise lane prices per swimmer and session"),
         note="slow leak (~0.5 %/h at peak) from #3 at 11:00 after three short healthy intervals (50, 70, 60 "
              "min); 200 and 90 min leaking intervals; good releases warm a small per-SKU cache"),
    dict(name="Q02-a-slow-leak-culprit-first-320", seed=9902, kind="a", culprit=1,
         intervals=[40, 260, 110],
         start="2027-03-16T07:30:00Z", service="seed-catalog",
         profile="orders", params={"payload_kb": 1}, peak_rps=12, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/seed-order-ledger", "Keep seed order requests for the germination ledger"),
         note="slow leak (~0.55 %/h of 320 MiB) from #1 at 08:10, only 40 min into the window; 260 and 110 "
              "min leaking intervals; epoch, ascending"),
    dict(name="Q03-c-slow-leak-culprit-second-300", seed=9903, kind="c", culprit=2,
         intervals=[55, 65, 230, 90],
         start="2027-03-17T08:40:00Z", service="chess-clubs",
         profile="orders", params={"payload_kb": 2}, peak_rps=30, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/club-roster-listeners", "Tell open club requests when a roster changes"),
         note="slow leak (~0.55 %/h of 300 MiB) from #2 at 10:40 after 55 and 65 min healthy intervals; 230 "
              "and 90 min leaking intervals; ascending"),
    # ================================================================== culprit-early (Q04 dev, Q05-Q06 validation)
    dict(name="Q04-d-culprit-first-after-30", seed=9904, kind="d", culprit=1,
         intervals=gen_intervals(9904, 4, {0: 30}, lo=30, hi=110),
         start="2027-03-18T09:00:00Z", service="dog-walkers",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, ts_format="wire",
         culprit_pr_title=("perf/walk-reminder-timer", "Send walk reminders from delayed timers"),
         note="culprit is the first deploy #1 after only 30 min of v1; every later interval leaks (~5.5 %/h "
              "at peak); epoch"),
    dict(name="Q05-b-culprit-second-short-300", seed=9905, kind="b", culprit=2,
         intervals=gen_intervals(9905, 5, {0: 45, 1: 40}, lo=40, hi=100),
         start="2027-03-19T10:20:00Z", service="van-hire",
         profile="quote", params={"detail": 30, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/hire-quote-memo", "Memoise van hire quotes per driver and mileage"),
         note="culprit is the second deploy #2 after 45 and 40 min; every later interval leaks (~5 %/h of "
              "300 MiB at peak); good releases warm a per-SKU cache; ascending"),
    dict(name="Q06-a-culprit-first-after-55-384", seed=9906, kind="a", culprit=1,
         intervals=gen_intervals(9906, 4, {0: 55}, lo=45, hi=100),
         start="2027-03-20T12:00:00Z", service="concert-tickets",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/ticket-request-replay", "Keep ticket requests for the resale replay"),
         note="culprit is the first deploy #1 at 12:55, after 55 min of v1, into the afternoon peak; every "
              "later interval leaks (~5 %/h of 384 MiB at peak); epoch, ascending"),
    # ================================================================== frequent-deploys, leak (Q07 dev, Q08-Q09 validation)
    dict(name="Q07-a-frequent-deploys-culprit-4", seed=9907, kind="a", culprit=4,
         intervals=gen_intervals(9907, 12, lo=15, hi=45),
         start="2027-03-21T10:00:00Z", service="canoe-hire",
         profile="orders", params={"payload_kb": 5}, peak_rps=100,
         culprit_pr_title=("feat/canoe-booking-journal", "Journal canoe bookings for the damage report"),
         note="12 deploys 15-45 min apart, culprit #4 (early); ~8 %/h at peak"),
    dict(name="Q08-d-frequent-deploys-culprit-9", seed=9908, kind="d", culprit=9,
         intervals=gen_intervals(9908, 12, lo=15, hi=45),
         start="2027-03-22T11:30:00Z", service="shoe-repairs",
         profile="orders", params={"payload_kb": 7}, peak_rps=100, ts_format="wire",
         culprit_pr_title=("perf/repair-ready-timer", "Tell customers a repair is ready from delayed timers"),
         note="12 deploys 15-45 min apart, culprit #9 (late, 4 deploys of evidence); ~6.5 %/h at peak; epoch"),
    dict(name="Q09-c-frequent-deploys-culprit-2-320", seed=9909, kind="c", culprit=2,
         intervals=gen_intervals(9909, 11, lo=15, hi=45),
         start="2027-03-23T09:40:00Z", service="kiln-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=110, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/kiln-slot-listeners", "Tell open booking requests when a kiln slot frees up"),
         note="11 deploys 15-45 min apart, culprit #2 (very early, 10 deploys of evidence); ~6 %/h of 320 MiB "
              "at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="Q10-d-fixed-one-later-300", seed=9910, kind="d", culprit=3, fixed=4,
         intervals=gen_intervals(9910, 5, {3: 110}, lo=45, hi=110),
         start="2027-03-24T08:30:00Z", service="tyre-fitting",
         profile="orders", params={"payload_kb": 7}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/fitting-followup-timer", "Follow up tyre fittings from delayed timers"),
         fixed_pr_title=("fix/fitting-followup-queue", "Queue fitting follow-ups instead of holding timers"),
         note="leak from #3 (~6 %/h of 300 MiB at peak) for 110 min, fixed by the next deploy #4; epoch, "
              "ascending"),
    dict(name="Q11-a-oom-fast-culprit-second", seed=9911, kind="a", culprit=2,
         intervals=[50, 60, 150, 60],
         start="2027-03-25T11:00:00Z", service="flash-sales",
         profile="orders", params={"payload_kb": 40}, peak_rps=160,
         culprit_pr_title=("feat/sale-order-audit", "Keep flash sale order requests for the audit"),
         note="leak from #2 at 12:50, ~70 %/h at peak: OOM within the hour, about two OOM restarts in #2 "
              "(150 min) and one in #3 (60 min, still leaking)"),
    dict(name="Q12-b-two-tasks-320", seed=9912, kind="b", culprit=3, tasks=2, roll_gap=4,
         intervals=gen_intervals(9912, 5, lo=50, hi=100),
         start="2027-03-26T09:10:00Z", service="cargo-quotes",
         profile="quote", params={"detail": 40, "skus": 700}, peak_rps=200, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/cargo-quote-memo", "Memoise cargo quotes per shipper and weight"),
         note="2 tasks, rolling deploys 4 min apart; culprit #3; each task ~5 %/h of 320 MiB at peak; "
              "metrics-ci.jsonl; epoch"),
    # ================================================================== healthy-step (Q13 dev, Q14-Q16 validation)
    dict(name="Q13-step-first-deploy-after-35", seed=9913, kind="step", culprit=1,
         intervals=gen_intervals(9913, 5, {0: 35}, lo=30, hi=100),
         start="2027-03-27T08:10:00Z", service="station-codes",
         profile="orders", params={"payload_kb": 5}, peak_rps=100,
         env={"PRELOAD_ENTRIES": "70000"},
         culprit_pr_title=("feat/station-table-at-boot", "Load the station code table at boot"),
         note="level shift at #1, the first deploy in view, after only 35 min of v1; no trend after; must not "
              "alarm"),
    dict(name="Q14-step-first-deploy-after-45-quote-320", seed=9914, kind="step", culprit=1,
         intervals=[45, 200, 180],
         start="2027-03-28T07:40:00Z", service="fabric-swatches",
         profile="quote", params={"detail": 40}, peak_rps=100, heap_mb=176, limit_mib=320,
         env={"PRELOAD_ENTRIES": "85000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/swatch-index-preload", "Preload the swatch colour index at boot"),
         note="level shift at #1 after only 45 min of v1, on the quote route; deploys 3-3.5 h apart, no trend "
              "after; must not alarm; epoch, ascending"),
    dict(name="Q15-step-second-deploy-frequent-300", seed=9915, kind="step", culprit=2,
         intervals=gen_intervals(9915, 10, lo=15, hi=45),
         start="2027-03-29T12:30:00Z", service="bus-stops",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "75000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/stop-table-at-boot", "Load the bus stop table at boot"),
         note="level shift at #2 under deploys every 15-45 min, no trend after; must not alarm; ascending"),
    dict(name="Q16-step-late-quote-384", seed=9916, kind="step", culprit=5,
         intervals=gen_intervals(9916, 6, lo=40, hi=90),
         start="2027-03-30T10:00:00Z", service="wine-list",
         profile="quote", params={"detail": 40}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"PRELOAD_ENTRIES": "100000"}, ts_format="wire",
         culprit_pr_title=("feat/vintage-index-preload", "Preload the vintage index at boot"),
         note="level shift late, at #5 of 6, on the quote route; no trend after; must not alarm; epoch"),
    # ================================================================== healthy-lru (Q17 dev, Q18 validation)
    dict(name="Q17-e-lru-hours-2400-300", seed=9917, kind="e",
         intervals=gen_intervals(9917, 3, lo=80, hi=170),
         start="2027-03-31T09:30:00Z", service="word-lookup",
         profile="quote", params={"detail": 38, "skus": 8000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2400"}, scan_by="TimestampAscending",
         note="bounded LRU (2400 entries) refills after each of 3 deploys 2.1-2.7 h apart, then flat; must not "
              "alarm; ascending"),
    dict(name="Q18-e-lru-frequent-2000", seed=9918, kind="e",
         intervals=gen_intervals(9918, 13, lo=15, hi=45),
         start="2027-04-01T13:30:00Z", service="part-numbers",
         profile="quote", params={"detail": 36, "skus": 7000}, peak_rps=100,
         env={"LRU_MAX": "2000"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2000) refilling after each of 13 deploys 15-45 min apart, through the afternoon "
              "peak; must not alarm; epoch, ascending"),
    dict(name="Q19-none-hours-orders-384", seed=9919, kind="none",
         intervals=[120, 180, 150],
         start="2027-04-02T13:00:00Z", service="recipe-cards",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=192, limit_mib=384,
         note="no leak, orders route, from 13:00 through the peak into the evening; 2 deploys 2-3 h apart; "
              "must not alarm"),
    dict(name="Q20-f-load-midday-to-evening", seed=9920, kind="f", workers=72,
         intervals=gen_intervals(9920, 5, lo=50, hi=100),
         start="2027-04-03T11:00:00Z", service="export-reports",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=176, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="reports in flight follow the load up to the 16:00 peak and past it to 17:49, across 5 "
              "deploys; must not alarm; epoch, ascending"),
]

SCENARIOS = _RSTUVWYZ + Q_SCENARIOS
