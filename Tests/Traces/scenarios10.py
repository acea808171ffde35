"""memblame's tracelab scenarios, batch 10: K01..K18 (real memory traces with labels).

(Named K: tracelab's own example scenarios are X1..X11, and batches 1-9 used
R, S, T, U, V, W, Y, Z and Q.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 10"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios10.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios10.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw10 K01-... K18-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 10 does not
reuse the ranges of R, S, T, U, V, W, Y, Z and Q, this file lists the
scenarios of scenarios9.py first, unchanged and in the same order (positions
11..266, exactly as when scenarios9.py is passed), and the K scenarios after
them (positions 267..284).  Only the K scenarios are recorded from this file.

Split (Tests/Traces/split10.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  6 dev, 12 validation.

  three:  oom-fast K01-K03, multi-task K04-K06, slow-leak K07-K09
  two:    culprit-early K10-K11, frequent-deploys K12-K13, healthy-step K14-K15
  single: healthy-lru K16, healthy-flat K17, healthy-load K18

Deploy rhythms from every 15-45 min (K12, K13) and 30-60 min (K05) to every
few hours (K07-K09, K16, K17).

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batches 8 and 9 measured: slow leaks (Z01 d 1 KB at
55 req/s 0.61-0.68 %/h; Q02 a 1 KB at 12 req/s 0.64 %/h of 320 MiB; Q03 c
2 KB at 30 req/s 0.47-0.94 %/h of 300 MiB); culprit-early (Q05 b 30 lines at
100 req/s 5.8-9.6 %/h of 300 MiB; Q04 d 6 KB at 90: 4.5-9.2 %/h); multi-task
(Z17 d 8 KB at 180 over 2 tasks: ~+8 % per 62-80 min; Q12 b 40 lines at 200
over 2 tasks: +5.8 to +9.5 % per 50-85 min of 320 MiB); fast OOM (Q11 a 40 KB
at 160: OOM 61.5 min after the onset; Z13 c 64 KB at 170: first OOM after
44.5 min).  The "~N %/h" in the notes are these aims, not measurements (see
the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQ = runpy.run_path(os.path.join(_HERE, "scenarios9.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q


K_SCENARIOS = [
    # ================================================================== oom-fast (K01 dev, K02-K03 validation)
    dict(name="K01-a-oom-fast-culprit-second", seed=10001, kind="a", culprit=2,
         intervals=[45, 50, 110, 50],
         start="2027-04-05T11:30:00Z", service="ticket-drops",
         profile="orders", params={"payload_kb": 40}, peak_rps=160,
         culprit_pr_title=("feat/drop-order-audit", "Keep ticket drop order requests for the audit"),
         note="leak from #2 at 13:05, ~70 %/h at peak: OOM within the hour, about one or two OOM restarts "
              "in #2 (110 min), #3 (50 min) still leaking"),
    dict(name="K02-c-oom-fast-culprit-third-300", seed=10002, kind="c", culprit=3,
         intervals=[40, 55, 45, 100, 50],
         start="2027-04-06T12:00:00Z", service="bid-board",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bid-board-listeners", "Tell open bid requests when the board changes"),
         note="leak from #3 at 14:20, 64 KB orders at 170 req/s: OOM within about an hour of the onset "
              "(heap 160 MB); #4 (50 min) still leaking; epoch, ascending"),
    dict(name="K03-d-oom-fast-culprit-second-320", seed=10003, kind="d", culprit=2,
         intervals=[60, 45, 120, 45],
         start="2027-04-07T10:40:00Z", service="parcel-lockers",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/locker-expiry-timer", "Expire locker reservations from delayed timers"),
         note="leak from #2 at 12:25, 64 KB orders at 180 req/s: OOM within about an hour of the onset "
              "(heap 160 MB); #3 (45 min) still leaking; ascending"),
    # ================================================================== multi-task (K04 dev, K05-K06 validation)
    dict(name="K04-d-two-tasks-culprit-third", seed=10004, kind="d", culprit=3, tasks=2, roll_gap=3,
         intervals=[55, 70, 60, 80, 65],
         start="2027-04-08T09:30:00Z", service="rota-planner",
         profile="orders", params={"payload_kb": 8}, peak_rps=180, ts_format="wire",
         culprit_pr_title=("perf/shift-swap-timer", "Confirm shift swaps from delayed timers"),
         note="2 tasks, rolling deploys 3 min apart; culprit #3; ~+8 % per hour-long interval at peak; "
              "metrics-ci.jsonl; epoch"),
    dict(name="K05-a-three-tasks-hourly-culprit-second", seed=10005, kind="a", culprit=2, tasks=3, roll_gap=4,
         intervals=gen_intervals(10005, 6, lo=30, hi=60),
         start="2027-04-09T11:00:00Z", service="menu-sync",
         profile="orders", params={"payload_kb": 6}, peak_rps=180,
         culprit_pr_title=("feat/menu-push-journal", "Journal menu pushes for the kitchen replay"),
         note="3 tasks, rolling deploys 4 min apart per task, deploys every 30-60 min; culprit #2; each task "
              "~6 %/h at peak; metrics-ci.jsonl"),
    dict(name="K06-c-two-tasks-culprit-fourth-384", seed=10006, kind="c", culprit=4, tasks=2, roll_gap=5,
         intervals=[60, 50, 65, 55, 90, 70],
         start="2027-04-10T10:10:00Z", service="ward-beds",
         profile="orders", params={"payload_kb": 8}, peak_rps=200, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bed-status-listeners", "Tell open admission requests when a bed frees up"),
         note="2 tasks, rolling deploys 5 min apart; culprit #4; each task ~5 %/h of 384 MiB at peak; "
              "metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== slow-leak, ~0.4-0.8 %/h (K07 dev, K08-K09 validation)
    dict(name="K07-d-slow-leak-culprit-first-after-40", seed=10007, kind="d", culprit=1,
         intervals=[40, 240, 110],
         start="2027-04-11T07:50:00Z", service="meter-reads",
         profile="orders", params={"payload_kb": 1}, peak_rps=50,
         culprit_pr_title=("perf/read-retry-timer", "Retry meter reads from delayed timers"),
         note="slow leak (~0.6 %/h at peak) from #1 at 08:30, only 40 min into the window; 240 and 110 min "
              "leaking intervals"),
    dict(name="K08-a-slow-leak-culprit-second-300", seed=10008, kind="a", culprit=2,
         intervals=[60, 50, 230, 100],
         start="2027-04-12T08:20:00Z", service="library-holds",
         profile="orders", params={"payload_kb": 1}, peak_rps=12, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/hold-request-ledger", "Keep hold requests for the branch ledger"),
         note="slow leak (~0.6 %/h of 300 MiB) from #2 at 10:10 after 60 and 50 min healthy intervals; 230 "
              "and 100 min leaking intervals; epoch"),
    dict(name="K09-c-slow-leak-culprit-third-384", seed=10009, kind="c", culprit=3,
         intervals=[55, 45, 60, 210, 80],
         start="2027-04-13T08:00:00Z", service="tide-tables",
         profile="orders", params={"payload_kb": 2}, peak_rps=42, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/tide-port-listeners", "Tell open tide requests when a port table changes"),
         note="slow leak (~0.5 %/h of 384 MiB) from #3 at 10:40 after 55, 45 and 60 min healthy intervals; "
              "210 and 80 min leaking intervals; ascending"),
    # ================================================================== culprit-early (K10 dev, K11 validation)
    dict(name="K10-b-culprit-first-after-35-320", seed=10010, kind="b", culprit=1,
         intervals=gen_intervals(10010, 4, {0: 35}, lo=35, hi=100),
         start="2027-04-14T09:40:00Z", service="ferry-fares",
         profile="quote", params={"detail": 26, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/fare-quote-memo", "Memoise ferry fares per passenger and vehicle"),
         note="culprit is the first deploy #1 after only 35 min of v1; every later interval leaks (~5 %/h of "
              "320 MiB at peak); good releases warm a per-SKU cache; epoch, ascending"),
    dict(name="K11-c-culprit-second-short", seed=10011, kind="c", culprit=2,
         intervals=gen_intervals(10011, 5, {0: 40, 1: 45}, lo=40, hi=100),
         start="2027-04-15T10:00:00Z", service="pitch-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100,
         culprit_pr_title=("feat/pitch-slot-listeners", "Tell open pitch requests when a slot frees up"),
         note="culprit is the second deploy #2 after 40 and 45 min; every later interval leaks (~5 %/h at "
              "peak)"),
    # ================================================================== frequent-deploys, leak (K12 dev, K13 validation)
    dict(name="K12-b-frequent-deploys-culprit-5", seed=10012, kind="b", culprit=5,
         intervals=gen_intervals(10012, 12, lo=15, hi=45),
         start="2027-04-16T10:30:00Z", service="hotel-rates",
         profile="quote", params={"detail": 30, "skus": 700}, peak_rps=100, ts_format="wire",
         culprit_pr_title=("perf/rate-quote-memo", "Memoise room rates per guest and stay length"),
         note="12 deploys 15-45 min apart, culprit #5; ~7 %/h at peak; good releases warm a per-SKU cache; "
              "epoch"),
    dict(name="K13-d-frequent-deploys-culprit-3-300", seed=10013, kind="d", culprit=3,
         intervals=gen_intervals(10013, 11, lo=15, hi=45),
         start="2027-04-17T11:00:00Z", service="lab-samples",
         profile="orders", params={"payload_kb": 8}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/sample-recheck-timer", "Recheck lab samples from delayed timers"),
         note="11 deploys 15-45 min apart, culprit #3 (early); ~6 %/h of 300 MiB at peak; ascending"),
    # ================================================================== healthy-step (K14 dev, K15 validation)
    dict(name="K14-step-first-deploy-after-40-quote-300", seed=10014, kind="step", culprit=1,
         intervals=[40, 120, 150, 90],
         start="2027-04-18T08:20:00Z", service="airport-codes",
         profile="quote", params={"detail": 36}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "80000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/airport-index-preload", "Preload the airport code index at boot"),
         note="level shift at #1, the first deploy in view, after only 40 min of v1, on the quote route; no "
              "trend after; must not alarm; epoch, ascending"),
    dict(name="K15-step-third-deploy-orders", seed=10015, kind="step", culprit=3,
         intervals=gen_intervals(10015, 6, lo=35, hi=80),
         start="2027-04-19T09:50:00Z", service="postcode-zones",
         profile="orders", params={"payload_kb": 5}, peak_rps=100,
         env={"PRELOAD_ENTRIES": "65000"},
         culprit_pr_title=("feat/zone-table-at-boot", "Load the postcode zone table at boot"),
         note="level shift at #3 of 6, orders route; no trend after; must not alarm"),
    # ================================================================== singles (all validation)
    dict(name="K16-e-lru-hours-2200-320", seed=10016, kind="e",
         intervals=gen_intervals(10016, 3, lo=70, hi=130),
         start="2027-04-20T10:00:00Z", service="isbn-lookup",
         profile="quote", params={"detail": 36, "skus": 8000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "2200"}, ts_format="wire",
         note="bounded LRU (2200 entries) refilling after each of 3 deploys 1-2 h apart; must not alarm; "
              "epoch"),
    dict(name="K17-none-quote-hours-300", seed=10017, kind="none",
         intervals=[100, 160, 130],
         start="2027-04-21T12:30:00Z", service="currency-rates",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route, from 12:30 through the peak into the evening; 2 deploys 1.7-2.7 h "
              "apart; must not alarm; ascending"),
    dict(name="K18-f-load-morning-to-peak-384", seed=10018, kind="f", workers=72,
         intervals=gen_intervals(10018, 5, lo=50, hi=90),
         start="2027-04-22T09:00:00Z", service="invoice-pdfs",
         profile="report", params={"kb": 560, "ms": 430}, peak_rps=100, heap_mb=192, limit_mib=384,
         note="reports in flight follow the load from the morning up towards the 16:00 peak, across 5 "
              "deploys; must not alarm"),
]

SCENARIOS = _RSTUVWYZQ + K_SCENARIOS
