"""memblame's tracelab scenarios, batch 55: BD01..BD16 (real memory traces with labels).

(Named BD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-54 used AA..AZ, BA, BB and BC.  No case
folder, scenario name or split entry starts with "BD"; neither tracelab nor
these files parse the prefix of a name (deploy_records takes the position
in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 55"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios55.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios55.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw55 BD15-... BD14-...

(No long-interval case: the longest, BD15, has 390 samples, about 98 s of
recording; the 16 cases have 4 549 samples in all, kept short for a
recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios54.py
first, unchanged and in the same order (positions 11..972, exactly as when
scenarios54.py is passed), and the BD scenarios after them (positions
973..988).  Only the BD scenarios are recorded from this file.  Seeds are
55001..55016, each the first one tried: the number check
(/work/tracelab-raw55/check_numbers.py, batch 36's) found no BD PR or
pipeline number equal to a number of any earlier scenario or case in
real/, so no seed needed the +100 of the collision rule (as in batch 54,
unlike BB06 in batch 53).  BD PRs 343572-348827, pipelines 686227-696616.

The mix, a broad blind validation batch (as batches 46-48 and 50-54):
five leaking cases with deploys every 15-45 min (c, b, a, d, b; culprits
#4 and #5 of 8-9 deploys; frequent-deploys; the two b next to a bounded
per-SKU cache of 400 SKUs, as BC02 and BC05); two culprits with hourly
deploys, the culprit #2 in the middle of three (b, c; hourly); one with
deploys 135 and 145 min apart, the culprit #2 in the middle of three
(few-hours, d); a culprit-early case (a, the culprit #1 after 40 min of
v1); a slow leak (b, ~1.5 %/h, the culprit #2 with 195 min after it, next
to the per-SKU cache; slow-leak); a feature flag switched on inside an
interval, 60 min after a deploy, with no culprit deploy (d; flag-flip); a
fix one deploy later (a; fixed-later); two tasks with rolling deploys (d,
metrics-ci.jsonl; multi-task); and three healthy cases (a flat quote
service with deploys every 17-28 min, a bounded LRU with deploys 80-95 min
apart, a step at one hourly deploy on the orders route).

Split (Tests/Traces/split55.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys BD01-BD05
  two:    hourly BD06-BD07
  single: few-hours BD08, culprit-early BD09, slow-leak BD10, flag-flip
          BD11, fixed-later BD12, multi-task BD13, healthy-frequent BD14
          (a flat quote service, as BB's quote route), healthy-lru BD15 (a
          bounded LRU with deploys every 1-2 h, as BC15), healthy-step BD16
          (on the orders route, as BA16)

13 leaking (a: BD03, BD09, BD12; b: BD02, BD05, BD06, BD10; c: BD01,
BD07; d: BD04, BD08, BD11, BD13; BD11 a flag flip with no culprit deploy;
BD12 fixed one deploy later), 3 healthy.

Loads scaled from what batches 52-54 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 54's rule moved on by one
batch: the mean over every case of the last three batches (52-54) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (BA05 1.32, not 1.30;
BB10 1.03, not 0.76; BC04 had no GC drop, 0.83); by the plain rule the d
frequent unit would be 0.0141 (/work/tracelab-raw55/units.py).  The flag
flips count with their ratio from the flip (BA11, BC11); the slow leaks
BA10 (2 KB c) and BC10 (2 KB a) count (as in batches 52-54); BA13 and BC13
count per task.  Batch 53 had no case of an hour or more, so the units
over an hour or more come from batches 52 and 54 alone:
  a (KB x req/s) with frequent deploys ~0.0212 (was 0.0235: BA02 0.93 at
    0.0227, BB08 0.82 at 0.0247, BC01 0.94 at 0.0235); over intervals of
    an hour or more ~0.0230 (was 0.0233: BA08 0.58, BA11 1.48, BA13 0.88
    at 0.0233, BC06 0.89, BC10 1.10 at 0.0233), for the culprit-early a
    and the fixed-later a;
  b (detail x req/s) with frequent deploys ~0.00259 (was 0.00265: BA01
    1.19 and BA03 1.19 at 0.00276, BB01 0.73, BB02 0.21, BB03 1.20, BB04
    0.91, BB05 0.66, BB06 1.14 and BB07 0.67 at 0.00294, BC02 1.13 and
    BC05 1.02 at 0.00265); over intervals of an hour or more ~0.00245
    (was 0.00285: BA06 0.79, BA12 1.28, BC08 0.50), for the hourly b and
    the slow leak;
  c (KB x req/s) with frequent deploys ~0.0130 (was 0.0117: BA04 1.06 at
    0.0120, BB09 1.08 at 0.0119, BC03 1.14 at 0.0117); over intervals of
    an hour or more ~0.0122 (was 0.00948: BA07 0.94, BA10 1.61 at
    0.00935, BC09 0.87, BC11 1.35, BC13 1.68 at 0.00948), for the hourly
    c;
  d (KB x req/s) with frequent deploys ~0.0156 (was 0.0159: BA05 1.32
    before #8's GC at 0.0135, BB10 1.03 before #5's GC at 0.0154, BC04
    0.83 at 0.0159); over intervals of an hour or more ~0.00836 (was
    0.0111: BA09 0.86 at 0.0104, BC07 0.79, BC12 0.67 at 0.0111), for the
    few-hours d, the flag flip and per task for the two-task case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (BD01 c 5 KB at 90, 300 MiB; BD02 b 21 lines at
  115, 320 MiB; BD03 a 6 KB at 46, 300 MiB; BD04 d 8 KB at 47, 300 MiB;
  BD05 b 22 lines at 103, 300 MiB); hourly ~4 %/h (BD06 b 20 lines at 96,
  300 MiB; BD07 c 5 KB at 82, 320 MiB); few-hours ~4 %/h (BD08 d 5 KB at
  120, 320 MiB); culprit-early ~4.5 %/h (BD09 a 5 KB at 46, 300 MiB);
  slow-leak ~1.5 %/h (BD10 b 9 lines at 85, 320 MiB); flag-flip ~4.5 %/h
  (BD11 d 5 KB at 126, 300 MiB); fixed-later ~5 %/h (BD12 a 4 KB at 68,
  320 MiB); multi-task ~4.5 %/h per task (BD13 d 10 KB at 135 over 2
  tasks, 320 MiB).  Healthy: BD14 none, quote, 9 deploys 17-28 min
  apart; BD15 a bounded LRU (400 entries, 9000 SKUs), 3 deploys 80-95
  min apart; BD16 step (a 60000-entry table loaded at boot from #2 on),
  orders, 3 deploys 75-81 min apart (hourly).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBC = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios54.py"))["SCENARIOS"]   # R..I, AA..AZ, BA, BB, BC

_BD08 = [40, 135, 145, 35]
_BD10 = [50, 50, 100, 95]
_BD11 = [50, 70, 120, 45]

BD_SCENARIOS = [
    # ================================================================== frequent-deploys (BD01 dev, BD02-BD05 validation)
    dict(name="BD01-c-frequent-deploys-culprit-5-300", seed=55001, kind="c", culprit=5,
         intervals=gen_intervals(55001, 8, lo=15, hi=45),
         start="2029-05-30T10:41:00Z", service="bodhran-hornpipe-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bodhran-fiddler-listeners", "Tell open bodhran hornpipe bookings when a fiddler frees"),
         note="8 deploys 18-38 min apart, culprit #5 at 13:10 (4 leaking intervals, 18-30 min; its own 30 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="BD02-b-frequent-deploys-culprit-4-320", seed=55002, kind="b", culprit=4,
         intervals=gen_intervals(55002, 8, lo=15, hi=45),
         start="2029-05-31T11:06:00Z", service="baklava-pistachio-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/baklava-filo-quote-memo", "Memoise baklava pistachio quotes per filo and walnut"),
         note="8 deploys 18-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 18-45 min; its own 18 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BD03-a-frequent-deploys-culprit-5-300", seed=55003, kind="a", culprit=5,
         intervals=gen_intervals(55003, 9, lo=15, hi=45),
         start="2029-06-01T11:02:00Z", service="birdbath-finch-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=46, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/birdbath-feeder-history", "Keep birdbath finch orders for the feeder history"),
         note="9 deploys 18-35 min apart, culprit #5 at 13:10 (5 leaking intervals, 18-38 min; its own 35 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="BD04-d-frequent-deploys-culprit-5-300", seed=55004, kind="d", culprit=5,
         intervals=gen_intervals(55004, 8, lo=15, hi=45),
         start="2029-06-02T11:02:00Z", service="bellringer-belfry-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=47, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bellringer-carillon-timers", "Confirm bellringer belfry bookings from delayed carillon timers"),
         note="8 deploys 17-36 min apart, culprit #5 at 13:10 (4 leaking intervals, 22-39 min; its own 36 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BD05-b-frequent-deploys-culprit-5-300", seed=55005, kind="b", culprit=5,
         intervals=gen_intervals(55005, 8, lo=15, hi=45),
         start="2029-06-03T10:09:00Z", service="buttermilk-biscuit-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/buttermilk-griddle-quote-memo", "Memoise buttermilk biscuit quotes per griddle and skillet"),
         note="8 deploys 21-45 min apart, culprit #5 at 13:10 (4 leaking intervals, 21-38 min; its own 36 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly (BD06 dev, BD07 validation)
    dict(name="BD06-b-hourly-culprit-2-300", seed=55006, kind="b", culprit=2,
         intervals=gen_intervals(55006, 3, lo=60, hi=85),
         start="2029-06-04T11:00:00Z", service="bandstand-gazebo-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bandstand-trombone-quote-memo", "Memoise bandstand gazebo quotes per trombone and cornet"),
         note="3 deploys 62-69 min apart (hourly), culprit #2 at 13:10 in the middle (62 and 83 min leaking); "
              "~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BD07-c-hourly-culprit-2-320", seed=55007, kind="c", culprit=2,
         intervals=gen_intervals(55007, 3, lo=60, hi=85),
         start="2029-06-05T10:52:00Z", service="bowsprit-regatta-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=82, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bowsprit-coxswain-listeners", "Tell open bowsprit regatta bookings when a coxswain frees"),
         note="3 deploys 60-83 min apart (hourly), culprit #2 at 13:10 in the middle (83 and 60 min leaking); "
              "~4 %/h of 320 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="BD08-d-few-hours-culprit-2-320", seed=55008, kind="d", culprit=2,
         intervals=_BD08,
         start="2029-06-06T10:15:00Z", service="bluebell-woodland-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=120, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bluebell-forester-timers", "Confirm bluebell woodland bookings from delayed forester timers"),
         note="v1 40 min, #1 at 10:55 (135 min), the culprit #2 at 13:10 (145 min) in the middle, then #3 at "
              "15:35 (35 min, still leaking); ~4 %/h of 320 MiB at peak"),
    dict(name="BD09-a-culprit-first-after-40-300", seed=55009, kind="a", culprit=1,
         intervals=gen_intervals(55009, 3, {0: 40}, lo=35, hi=80),
         start="2029-06-07T10:50:00Z", service="bumblebee-clover-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=46, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bumblebee-honeycomb-history", "Keep bumblebee clover orders for the honeycomb history"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (49-65 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch, ascending"),
    dict(name="BD10-b-slow-leak-culprit-2-320", seed=55010, kind="b", culprit=2,
         intervals=_BD10,
         start="2029-06-08T11:30:00Z", service="broadsheet-vellum-quotes",
         profile="quote", params={"detail": 9, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/broadsheet-gilding-quote-memo", "Memoise broadsheet vellum quotes per gilding and typeface"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "100 and 95 min leaking intervals (195 min after the culprit); good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    dict(name="BD11-d-flag-flip-300", seed=55011, kind="d", flag="boatyard_slipway_launch_reminders",
         flag_at=sum(_BD11[:2]) + 60, intervals=_BD11,
         start="2029-06-09T10:00:00Z", service="boatyard-slipway-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=126, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag boatyard_slipway_launch_reminders on at 12:59:30, 60 min after #2 and 60 min "
              "before #3 (v3's interval 120 min), then one last interval of 45 min; a delayed launch-reminder timer "
              "per booking (~4.5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="BD12-a-fixed-one-later-320", seed=55012, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(55012, 4, lo=55, hi=80),
         start="2029-06-10T11:11:00Z", service="boxwood-topiary-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=68, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/boxwood-clipping-history", "Keep boxwood topiary orders for the clipping history"),
         fixed_pr_title=("fix/boxwood-clipping-history-trimmed", "Stop keeping boxwood topiary orders once the clipping history is written"),
         note="leak from #2 at 13:10 (64 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:14 "
              "(74 min of the fixed release, then #4 at 15:28, 66 min); ascending"),
    dict(name="BD13-d-two-tasks-culprit-2-320", seed=55013, kind="d", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(55013, 3, lo=55, hi=80),
         start="2029-06-11T10:56:00Z", service="ballroom-waltz-bookings",
         profile="orders", params={"payload_kb": 10}, peak_rps=135, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/ballroom-foxtrot-timers", "Confirm ballroom waltz bookings from delayed foxtrot timers"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (73 and 59 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BD14-none-frequent-quote-300", seed=55014, kind="none",
         intervals=gen_intervals(55014, 9, lo=15, hi=30),
         start="2029-06-12T11:40:00Z", service="barnacle-breakwater-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route, 11:40 through the peak; 9 deploys 17-28 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="BD15-e-lru-hours-400-320", seed=55015, kind="e",
         intervals=gen_intervals(55015, 3, lo=60, hi=120),
         start="2029-06-13T10:10:00Z", service="bathyscaphe-trench-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 80-95 min apart, 10:10 through the "
              "peak; must not alarm; epoch"),
    dict(name="BD16-step-hourly-orders-300", seed=55016, kind="step", culprit=2,
         intervals=gen_intervals(55016, 3, lo=60, hi=85),
         start="2029-06-14T10:43:00Z", service="backgammon-doubling-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/backgammon-board-table-at-boot", "Load the backgammon doubling board table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 75-81 min apart (hourly); no trend after; "
              "must not alarm; epoch, ascending"),
]

SCENARIOS = _RBC + BD_SCENARIOS
