"""memblame's tracelab scenarios, batch 22: A01..A12 (real memory traces with labels).

(Named A: tracelab's own example scenarios are X1..X11, and batches 1-21 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E, D, C and B.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 22"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios22.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios22.py --bytes \
        --jobs 2 --budget 700 --cases Tests/Traces/real --raw ../tracelab-raw22 A01-... A12-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 22 does not
reuse the ranges of R..B, this file lists the scenarios of scenarios21.py
first, unchanged and in the same order (positions 11..476, exactly as when
scenarios21.py is passed), and the A scenarios after them (positions
477..488).  Only the A scenarios are recorded from this file.  Seeds are
22001..22011 and, for A12, 22112: with 22012 one PR number of A12 (173889)
equalled a pipeline number of Z25-e-lru-deploys-20-60-2200 (real/), so only
its scenario seed was moved; its intervals still come from
gen_intervals(22012, ...).

Split (Tests/Traces/split22.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 10 validation.

  two:    frequent-deploys A01-A02, hourly A03-A04
  single: few-hours A05, culprit-early A06, fixed-later A07, oom-fast A08,
          multi-task A09, healthy-frequent A10, healthy-lru A11, healthy-flat A12

9 leaking (a: A01, A05; b: A03, A07; c: A02, A08, A09; d: A04, A06; A07
fixed by the next deploy), 3 healthy.  About 3 600 simulated minutes
(budget 700 s with 2 jobs; batch 21 recorded 4 206 minutes in 573 s).

Loads scaled from what batch 21 measured (README, "Batch 21"), as %/h per
unit of load at peak traffic, normalised to 256 MiB (multiply by 256 / limit
for another limit):
  a (KB x req/s) ~0.023 (was 0.025: B03 3 KB at 70, 320 MiB, 3.7-3.9 for ~4;
    B05 3 KB at 70, 384 MiB, 3.2 for ~3.5; B10 5 KB at 150 over 3 tasks,
    320 MiB, 4.4-4.5 for ~5);
  b (detail x req/s) ~0.0026 (was 0.0034: B07 22 lines at 85, 320 MiB,
    2.8-3.3 for ~5; B09 20 at 85, 320 MiB, 5.1 for ~4.5; B01 20 at 85,
    300 MiB, 1.7-2.7 for ~5); skus 400 as in batches 20-21;
  c (KB x req/s) ~0.013 (was 0.014: B04 4 KB at 85, 300 MiB, 3.1-4.2 for ~4;
    B08 4 KB at 95, 300 MiB, 4.9 for ~4.5);
  d (KB x req/s) ~0.011 (was 0.015: B02 4 KB at 85, 256 MiB, 1.7-4.6 for ~5;
    B06 4 KB at 90, 300 MiB, 2.1-4.7 for ~4.5);
  oom-fast as B11/C12 (c 64 KB at 170, heap 160, 300 MiB: OOM 58.5-81.5 min
    after the onset in batches 17-21).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (A01 a 3 KB at 85, 300 MiB; A02 c 4 KB at 95,
  256 MiB); hourly ~4 %/h (A03 b 22 lines at 85, 320 MiB; A04 d 5 KB at 85,
  300 MiB); few-hours ~3.5 %/h (A05 a 3 KB at 75, 384 MiB); culprit-early
  ~4.5 %/h (A06 d 5 KB at 95, 300 MiB); fixed-later ~5 %/h (A07 b 22 lines
  at 85, 256 MiB); multi-task ~4.5 %/h per task (A09 c 4 KB at 200 over 2
  tasks, 300 MiB); oom-fast (A08 c 64 KB at 170, heap 160, 300 MiB).  A11
  uses a smaller LRU (400) than B13 (800) and C14 (1000), which never levelled
  within an interval.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RB = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios21.py"))["SCENARIOS"]   # R..C and B

A_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (A01 dev, A02 validation)
    dict(name="A01-a-frequent-deploys-culprit-5-300", seed=22001, kind="a", culprit=5,
         intervals=gen_intervals(22001, 9, lo=15, hi=45),
         start="2028-01-01T11:40:00Z", service="ice-rink-lockers",
         profile="orders", params={"payload_kb": 3}, peak_rps=85, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/locker-order-replay", "Keep ice rink locker orders for replay tests"),
         note="9 deploys 17-39 min apart, culprit #5 at 14:14 (5 leaking intervals, 17-35 min; its own 17 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="A02-c-frequent-deploys-culprit-4", seed=22002, kind="c", culprit=4,
         intervals=gen_intervals(22002, 9, lo=15, hi=45),
         start="2028-01-02T11:40:00Z", service="snow-globe-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/glitter-stock-listeners", "Tell open snow globe orders when glitter stock changes"),
         note="9 deploys 16-45 min apart, culprit #4 at 13:45 (6 leaking intervals, 21-39 min; its own 21 min); "
              "~5 %/h at peak; ascending"),
    # ================================================================== hourly (A03 dev, A04 validation)
    dict(name="A03-b-hourly-culprit-2-320", seed=22003, kind="b", culprit=2,
         intervals=gen_intervals(22003, 4, lo=60, hi=90),
         start="2028-01-03T11:00:00Z", service="boiler-service-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/boiler-quote-memo", "Memoise boiler service quotes per postcode and model"),
         note="4 deploys 60-85 min apart (hourly), culprit #2 at 13:25 (66, 60 and 60 min leaking); ~4 %/h of "
              "320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="A04-d-hourly-culprit-2-300", seed=22004, kind="d", culprit=2,
         intervals=gen_intervals(22004, 4, lo=60, hi=90),
         start="2028-01-04T10:30:00Z", service="gritting-route-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/grit-slot-timers", "Release gritting slots from delayed timers"),
         note="4 deploys 60 min apart (hourly), culprit #2 at 12:56 (60, 60 and 60 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="A05-a-few-hours-culprit-2-384", seed=22005, kind="a", culprit=2,
         intervals=[60, 130, 180, 65],
         start="2028-01-05T08:30:00Z", service="winter-market-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/market-order-archive", "Keep winter market orders for the stallholder archive"),
         note="3 deploys 130 and 180 min apart (few hours), culprit #2 at 11:40 (180 min leaking through midday, "
              "#3 at 14:40 still leaks, 65 min); ~3.5 %/h of 384 MiB at peak"),
    dict(name="A06-d-culprit-first-after-45-300", seed=22006, kind="d", culprit=1,
         intervals=gen_intervals(22006, 3, {0: 45}, lo=45, hi=85),
         start="2028-01-06T10:40:00Z", service="ski-lift-passes",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/lift-pass-expiry-timer", "Expire ski lift pass holds from delayed timers"),
         note="culprit is the first deploy #1 at 11:25, after 45 min of v1; every later interval leaks (78-84 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    dict(name="A07-b-fixed-next-deploy", seed=22007, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(22007, 3, {2: 70}, lo=50, hi=85),
         start="2028-01-07T11:10:00Z", service="log-cabin-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=85,
         ts_format="wire",
         culprit_pr_title=("perf/cabin-quote-memo", "Memoise log cabin quotes per week and party size"),
         fixed_pr_title=("fix/cabin-memo-bounded", "Key the log cabin quote memo by week only"),
         note="leak from #2 at 13:05 (~5 %/h at peak), fixed by the next deploy #3 at 14:15 after 70 min (84 min "
              "of the fixed release to the end); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="A08-c-oom-fast-culprit-2-300", seed=22008, kind="c", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2028-01-08T11:45:00Z", service="hot-chestnut-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/roaster-batch-listeners", "Tell open chestnut orders when a roaster batch changes"),
         note="leak from #2 at 13:20, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch, ascending"),
    dict(name="A09-c-two-tasks-culprit-2-300", seed=22009, kind="c", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(22009, 3, {2: 80, 3: 75}, lo=55, hi=85),
         start="2028-01-09T11:50:00Z", service="curling-sheet-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=200, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/sheet-ice-listeners", "Tell open curling bookings when the ice report changes"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 13:58 (80 and 75 min leaking); each "
              "task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="A10-none-frequent-quote-300", seed=22010, kind="none",
         intervals=gen_intervals(22010, 8, lo=15, hi=45),
         start="2028-01-10T11:30:00Z", service="snowshoe-hire-quotes",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route, 11:30 through the peak; 8 deploys 18-34 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
    dict(name="A11-e-lru-midday-400-320", seed=22011, kind="e",
         intervals=gen_intervals(22011, 2, lo=80, hi=110),
         start="2028-01-11T12:10:00Z", service="thermal-sock-quotes",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 2 deploys 108 min apart, through the "
              "afternoon; must not alarm; epoch"),
    dict(name="A12-none-morning-to-midday-orders-320", seed=22112, kind="none",
         intervals=gen_intervals(22012, 4, lo=50, hi=80),
         start="2028-01-12T08:50:00Z", service="hearth-fuel-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 08:50 from the morning up to midday (traffic rising, 13:56 end); 4 deploys "
              "61-76 min apart; must not alarm; epoch, ascending"),
]

SCENARIOS = _RB + A_SCENARIOS
