"""memblame's tracelab scenarios, batch 12: P01..P22 (real memory traces with labels).

(Named P: tracelab's own example scenarios are X1..X11, and batches 1-11 used
R, S, T, U, V, W, Y, Z, Q, K and M.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 12"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios12.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios12.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw12 P01-... P22-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 12 does not
reuse the ranges of R, S, T, U, V, W, Y, Z, Q, K and M, this file lists the
scenarios of scenarios11.py first, unchanged and in the same order (positions
11..306, exactly as when scenarios11.py is passed), and the P scenarios after
them (positions 307..328).  Only the P scenarios are recorded from this file.
Seeds are 12001..12022, except P02 (12102), P06 (12306) and P22 (12122): with
12002, 12006 and 12022 some of their PR numbers equal pipeline numbers of V25,
V27 and W05 in real/, so only their scenario seed (SHAs, PR and pipeline
numbers, titles, authors, load) was moved; their intervals still come from
gen_intervals(12002 / 12006 / 12022, ...).

Split (Tests/Traces/split12.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  8 dev, 14 validation.

  four:   frequent-deploys P01-P04
  three:  slow-leak P07-P09
  two:    healthy-frequent P05-P06, hourly P10-P11, culprit-early P12-P13,
          multi-task P16-P17, healthy-lru P18-P19, healthy-step P20-P21
  single: fixed-later P14, culprit-last P15, healthy-load P22

The brief listed 23 regime slots for 22 names; the oom-fast slot was left
out (the single regime whose leak is the steepest, and the brief asks for
moderate leaks).  15 leaking, 7 healthy; 9 036 simulated minutes in all.

Deploy rhythms from every 15-45 min (P01, P03, P05) and 20-60 min (P02,
P04, P06) to every 60-120 min (P10, P11, P18, P19) and 3-3.3 h (the slow
leaks' leaking intervals, P15's last interval).

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Batch 11 measured more than that per request (per-interval change over the
requests of the interval, from its raw samples): a 6 KB ~23 KB, a 8 KB
17-32 KB, a 5 KB 12-15 KB; b 22-34 lines 8-18 KB (~0.5 KB x detail); c 9 KB
18-24 KB (~1 + 2.3 x payload); d 8-9 KB 22-24 KB (~2.6 x payload), d 1 KB
~1.7 KB; so its frequent-deploy leaks (aimed ~8 %/h) came out at 10-18 %/h
and M09 (aimed 5) at 8-9 %/h, while the slow c leak M01 came out at 0.4-0.5
%/h after warm-up.  The loads below are scaled from those measurements,
at the traffic of each case's hours (day_shape), for these aims:
  frequent-deploys ~4.5 %/h (P01 b 18 lines at 95 req/s; P02 a 4 KB at 62,
  300 MiB; P03 b 20 lines at 100, 320 MiB; P04 d 5 KB at 95, 384 MiB);
  slow leaks ~0.6-0.7 %/h after warm-up (P07 d 1 KB at 62; P08 b 7 lines at
  50, 320 MiB, as M02 at 256 MiB measured 0.82-0.88; P09 c 2 KB at 33, 300
  MiB, between Q03's c 2 KB at 30 of 300 MiB, 0.47-0.94, and M01's c 2 KB at
  38 of 320 MiB, 0.38-0.47); hourly ~3 %/h (P10 c 3 KB at 90, 320 MiB;
  P11 a 3 KB at 60, 384 MiB); culprit-early ~2 %/h at the 07:05 culprit of
  P12 rising to ~4 %/h by noon (c 4 KB at 100, 300 MiB) and ~4.5 %/h for P13
  (a 3 KB at 85, 320 MiB); fixed-later ~5 %/h (P14 b 18 lines at 100);
  culprit-last ~3.5 %/h (P15 d 3.5 KB at 85, 300 MiB); multi-task ~5 %/h per
  task (P16 c 6 KB at 180 over 2 tasks, 384 MiB; P17 d 5 KB at 195 over 3
  tasks).  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQKM = runpy.run_path(os.path.join(_HERE, "scenarios11.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q, K, M


P_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (P01 dev, P02-P04 validation)
    dict(name="P01-b-frequent-deploys-culprit-6", seed=12001, kind="b", culprit=6,
         intervals=gen_intervals(12001, 11, lo=15, hi=45),
         start="2027-06-07T10:40:00Z", service="carpet-quotes",
         profile="quote", params={"detail": 18, "skus": 700}, peak_rps=95,
         culprit_pr_title=("perf/carpet-quote-memo", "Memoise carpet quotes per room size and customer"),
         note="11 deploys 15-42 min apart, culprit #6 at 13:12 (its own interval 21 min, the next 18 min); "
              "~4.5 %/h at peak; good releases warm a per-SKU cache"),
    dict(name="P02-a-frequent-deploys-culprit-5-300", seed=12102, kind="a", culprit=5,
         intervals=gen_intervals(12002, 9, lo=20, hi=60),
         start="2027-06-08T09:50:00Z", service="cycle-loans",
         profile="orders", params={"payload_kb": 4}, peak_rps=62, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/loan-request-journal", "Keep cycle loan requests for the depot journal"),
         note="9 deploys 24-56 min apart, culprit #5 at 13:24; ~4.5 %/h of 300 MiB at peak; epoch"),
    dict(name="P03-b-frequent-deploys-culprit-7-320", seed=12003, kind="b", culprit=7,
         intervals=gen_intervals(12003, 12, lo=15, hi=45),
         start="2027-06-09T11:10:00Z", service="removal-quotes",
         profile="quote", params={"detail": 20, "skus": 800}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/removal-quote-memo", "Memoise removal quotes per postcode pair and volume"),
         note="12 deploys 15-43 min apart, culprit #7 at 14:46 (6 leaking intervals, 15-43 min); ~4.5 %/h of "
              "320 MiB at peak; good releases warm a per-SKU cache; ascending"),
    dict(name="P04-d-frequent-deploys-culprit-5-384", seed=12004, kind="d", culprit=5,
         intervals=gen_intervals(12004, 10, lo=20, hi=60),
         start="2027-06-10T08:40:00Z", service="optician-visits",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/eye-test-recall-timer", "Send eye test recalls from delayed timers"),
         note="10 deploys 26-60 min apart, culprit #5 at 12:07 (6 leaking intervals); ~4.5 %/h of 384 MiB at "
              "peak; epoch, ascending"),
    # ================================================================== healthy-frequent (P05 dev, P06 validation)
    dict(name="P05-none-frequent-quote-300", seed=12005, kind="none",
         intervals=gen_intervals(12005, 10, lo=15, hi=45),
         start="2027-06-11T15:10:00Z", service="paint-prices",
         profile="quote", params={"detail": 24}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="no leak, quote route, from 15:10 past the peak into the evening; 10 deploys 15-43 min apart: "
              "each short interval is mostly warm-up; must not alarm"),
    dict(name="P06-e-lru-frequent-never-full-2000", seed=12306, kind="e",
         intervals=gen_intervals(12006, 8, lo=20, hi=60),
         start="2027-06-12T10:20:00Z", service="book-prices",
         profile="quote", params={"detail": 22, "skus": 6000}, peak_rps=95,
         env={"LRU_MAX": "2000"}, ts_format="wire",
         note="bounded LRU (2000 entries, ~1.5 h to fill at this traffic) under 8 deploys 21-60 min apart: it "
              "never fills within an interval, so every release climbs and restarts low; must not alarm; epoch"),
    # ================================================================== slow-leak, ~0.6-0.7 %/h (P07 dev, P08-P09 validation)
    dict(name="P07-d-slow-leak-culprit-second", seed=12007, kind="d", culprit=2,
         intervals=[60, 70, 185, 180],
         start="2027-06-13T07:40:00Z", service="heat-pump-visits",
         profile="orders", params={"payload_kb": 1}, peak_rps=62,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/heat-pump-service-timer", "Book heat pump service visits from delayed timers"),
         note="slow leak (~0.6 %/h at peak) from #2 at 09:50 after 60 and 70 min healthy intervals; 185 and "
              "180 min leaking intervals; epoch, ascending"),
    dict(name="P08-b-slow-leak-culprit-third-320", seed=12008, kind="b", culprit=3,
         intervals=[60, 60, 65, 185, 180],
         start="2027-06-14T06:50:00Z", service="coin-valuations",
         profile="quote", params={"detail": 7, "skus": 700}, peak_rps=50, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/coin-grade-memo", "Memoise coin valuations per grade and collector"),
         note="slow leak (~0.7 %/h of 320 MiB at peak) from #3 at 09:55 after 60, 60 and 65 min healthy "
              "intervals; 185 and 180 min leaking intervals; good releases warm a small per-SKU cache"),
    dict(name="P09-c-slow-leak-culprit-second-300", seed=12009, kind="c", culprit=2,
         intervals=[85, 60, 185, 180],
         start="2027-06-15T08:00:00Z", service="bell-ringers",
         profile="orders", params={"payload_kb": 2}, peak_rps=33, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/peal-schedule-listeners", "Tell open ringing requests when a peal schedule changes"),
         note="slow leak (~0.7 %/h of 300 MiB at peak) from #2 at 10:25 after 85 and 60 min healthy "
              "intervals; 185 and 180 min leaking intervals; ascending"),
    # ================================================================== hourly (P10 dev, P11 validation)
    dict(name="P10-c-hourly-culprit-4-320", seed=12010, kind="c", culprit=4,
         intervals=gen_intervals(12010, 6, {0: 80, 4: 120, 5: 110}, lo=60, hi=150),
         start="2027-06-16T07:30:00Z", service="climbing-walls",
         profile="orders", params={"payload_kb": 3}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/route-grade-listeners", "Tell open climbing requests when a route grade changes"),
         note="6 deploys 60-120 min apart (hourly), culprit #4 at 12:40; ~3 %/h of 320 MiB at peak, into the "
              "evening (18:00); epoch"),
    dict(name="P11-a-hourly-culprit-3-384", seed=12011, kind="a", culprit=3,
         intervals=gen_intervals(12011, 6, {5: 120}, lo=60, hi=150),
         start="2027-06-17T09:00:00Z", service="passport-photos",
         profile="orders", params={"payload_kb": 3}, peak_rps=60, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/photo-order-archive", "Keep passport photo orders for the booth archive"),
         note="6 deploys 60-120 min apart (hourly), culprit #3 at 13:01 (its own interval 60 min); ~3 %/h of "
              "384 MiB at peak; ascending"),
    # ================================================================== culprit-early (P12 dev, P13 validation)
    dict(name="P12-c-culprit-first-early-morning-300", seed=12012, kind="c", culprit=1,
         intervals=gen_intervals(12012, 4, {0: 45}, lo=45, hi=100),
         start="2027-06-18T06:20:00Z", service="bread-rounds",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bread-round-listeners", "Tell open bread orders when a delivery round changes"),
         note="culprit is the first deploy #1 at 07:05, after only 45 min of v1, while traffic is still low "
              "(~2 %/h then); every later interval leaks, ~4 %/h of 300 MiB by noon; epoch, ascending"),
    dict(name="P13-a-culprit-first-after-40-320", seed=12013, kind="a", culprit=1,
         intervals=gen_intervals(12013, 4, {0: 40}, lo=40, hi=100),
         start="2027-06-19T09:30:00Z", service="darts-leagues",
         profile="orders", params={"payload_kb": 3}, peak_rps=85, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/fixture-request-replay", "Keep fixture requests for the league replay tool"),
         note="culprit is the first deploy #1 at 10:10, after only 40 min of v1; every later interval leaks "
              "(~4.5 %/h of 320 MiB at peak)"),
    # ================================================================== singles (all validation)
    dict(name="P14-b-fixed-one-later", seed=12014, kind="b", culprit=3, fixed=4,
         intervals=gen_intervals(12014, 5, {0: 50, 3: 110}, lo=50, hi=110),
         start="2027-06-20T08:50:00Z", service="solar-quotes",
         profile="quote", params={"detail": 18, "skus": 700}, peak_rps=100,
         ts_format="wire",
         culprit_pr_title=("perf/solar-quote-memo", "Memoise solar quotes per roof and household"),
         fixed_pr_title=("fix/solar-memo-by-panel", "Key the solar quote memo by panel model only"),
         note="leak from #3 at 12:20 (~5 %/h at peak) for 110 min, fixed by the next deploy #4; good releases "
              "warm a per-SKU cache; epoch"),
    dict(name="P15-d-culprit-last-300", seed=12015, kind="d", culprit=4,
         intervals=[50, 65, 55, 70, 200],
         start="2027-06-21T08:40:00Z", service="window-cleaners",
         profile="orders", params={"payload_kb": 3.5}, peak_rps=85, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/cleaning-round-timer", "Confirm window cleaning rounds from delayed timers"),
         note="culprit is the last deploy #4 at 12:40: a single 200 min interval of evidence (~3.5 %/h of 300 "
              "MiB at peak); ascending"),
    # ================================================================== multi-task (P16 dev, P17 validation)
    dict(name="P16-c-two-tasks-culprit-third-384", seed=12016, kind="c", culprit=3, tasks=2, roll_gap=4,
         intervals=gen_intervals(12016, 4, lo=50, hi=90),
         start="2027-06-22T10:00:00Z", service="lift-inspections",
         profile="orders", params={"payload_kb": 6}, peak_rps=180, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/lift-status-listeners", "Tell open inspection requests when a lift status changes"),
         note="2 tasks, rolling deploys 4 min apart; culprit #3 at 13:36; each task ~5 %/h of 384 MiB at peak; "
              "metrics-ci.jsonl"),
    dict(name="P17-d-three-tasks-culprit-second", seed=12017, kind="d", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(12017, 4, lo=45, hi=85),
         start="2027-06-23T11:30:00Z", service="bin-lorries",
         profile="orders", params={"payload_kb": 5}, peak_rps=195,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bin-lift-audit-timer", "Audit bin lifts from delayed timers"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:44; each task ~5 %/h at peak; "
              "metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy-lru (P18 dev, P19 validation)
    dict(name="P18-e-lru-hours-1200-300", seed=12018, kind="e",
         intervals=gen_intervals(12018, 3, lo=60, hi=120),
         start="2027-06-24T09:30:00Z", service="bird-names",
         profile="quote", params={"detail": 36, "skus": 8000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1200"}, scan_by="TimestampAscending",
         note="bounded LRU (1200 entries, ~1 h to fill at this traffic) refilling after each of 3 deploys 70-115 "
              "min apart, then level within most intervals; must not alarm; ascending"),
    dict(name="P19-e-lru-afternoon-1800-384", seed=12019, kind="e",
         intervals=gen_intervals(12019, 3, lo=60, hi=120),
         start="2027-06-25T13:00:00Z", service="tariff-codes",
         profile="quote", params={"detail": 30, "skus": 7000}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"LRU_MAX": "1800"}, ts_format="wire",
         note="bounded LRU (1800 entries, ~1.2 h to fill) refilling after each of 3 deploys 80-106 min apart, "
              "through the 16:00 peak; must not alarm; epoch"),
    # ================================================================== healthy-step (P20 dev, P21 validation)
    dict(name="P20-step-first-deploy-after-40-quote-320", seed=12020, kind="step", culprit=1,
         intervals=[40, 100, 110, 75],
         start="2027-06-26T07:10:00Z", service="canal-locks",
         profile="quote", params={"detail": 32}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "75000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/lock-table-at-boot", "Load the canal lock table at boot"),
         note="level shift at #1, the first deploy in view, after only 40 min of v1, on the quote route; no "
              "trend after; must not alarm; epoch, ascending"),
    dict(name="P21-step-fourth-deploy-orders-384", seed=12021, kind="step", culprit=4,
         intervals=gen_intervals(12021, 5, lo=35, hi=80),
         start="2027-06-27T13:40:00Z", service="school-codes",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"PRELOAD_ENTRIES": "65000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/school-code-preload", "Preload the school code index at boot"),
         note="level shift late, at #4 of 5 (17:37), orders route; no trend after; must not alarm; ascending"),
    # ================================================================== healthy-load (single, validation)
    dict(name="P22-f-load-early-morning-to-noon", seed=12122, kind="f", workers=72,
         intervals=gen_intervals(12022, 5, lo=50, hi=80),
         start="2027-06-28T06:20:00Z", service="tax-return-pdfs",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100,
         note="reports in flight follow the load up from the early morning (06:20, a third of the peak) to "
              "noon (12:41), across 5 deploys; must not alarm"),
]

SCENARIOS = _RSTUVWYZQKM + P_SCENARIOS
