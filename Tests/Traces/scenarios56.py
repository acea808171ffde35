"""memblame's tracelab scenarios, batch 56: BE01..BE16 (real memory traces with labels).

(Named BE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-55 used AA..AZ, BA, BB, BC and BD.  No case
folder, scenario name or split entry starts with "BE"; neither tracelab nor
these files parse the prefix of a name (deploy_records takes the position
in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 56"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios56.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios56.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw56 BE08-... BE12-...

(No long-interval case: the longest, BE08, has 360 samples, about 90 s of
recording; the 16 cases have 4 513 samples in all, kept short for a
recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios55.py
first, unchanged and in the same order (positions 11..988, exactly as when
scenarios55.py is passed), and the BE scenarios after them (positions
989..1004).  Only the BE scenarios are recorded from this file.  Seeds are
56001..56016, each the first one tried: the number check
(/work/tracelab-raw56/check_numbers.py, batch 36's) found no BE PR or
pipeline number equal to a number of any earlier scenario or case in
real/, so no seed needed the +100 of the collision rule (as in batches 54
and 55, unlike BB06 in batch 53).  BE PRs 349157-354517, pipelines
697517-707815.

The mix, a broad blind validation batch (as batches 46-48 and 50-55):
five leaking cases with deploys every 15-45 min (d, a, b, c, b; culprits
#4 and #5 of 8-9 deploys; frequent-deploys; the two b next to a bounded
per-SKU cache of 400 SKUs, as BD02 and BD05); two culprits with hourly
deploys, the culprit #2 in the middle of three (c, d; hourly); one with
deploys 150 and 130 min apart, the culprit #2 in the middle of three
(few-hours, a); a culprit-early case (b, the culprit #1 after 40 min of
v1, next to the per-SKU cache); a slow leak (d, ~1.5 %/h, the culprit #2
with 195 min after it; slow-leak); a feature flag switched on inside an
interval, 60 min after a deploy, with no culprit deploy (a; flag-flip); a
fix one deploy later (c; fixed-later); two tasks with rolling deploys (a,
metrics-ci.jsonl; multi-task); and three healthy cases (a flat orders
service with deploys every 16-28 min, a bounded LRU with deploys 60-82 min
apart, a step at one hourly deploy on the quote route).

Split (Tests/Traces/split56.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys BE01-BE05
  two:    hourly BE06-BE07
  single: few-hours BE08, culprit-early BE09, slow-leak BE10, flag-flip
          BE11, fixed-later BE12, multi-task BE13, healthy-frequent BE14
          (a flat orders service, as BC14), healthy-lru BE15 (a bounded LRU
          with deploys every 1-2 h, as BD15), healthy-step BE16 (on the
          quote route, as BC16)

13 leaking (a: BE02, BE08, BE11, BE13; b: BE03, BE05, BE09; c: BE04,
BE06, BE12; d: BE01, BE07, BE10; BE11 a flag flip with no culprit deploy;
BE12 fixed one deploy later), 3 healthy.

Loads scaled from what batches 53-55 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 55's rule moved on by one
batch: the mean over every case of the last three batches (53-55) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (BB10 1.03, not 0.76;
BC04 had no GC drop, 0.83; BD04 1.10, not 0.81); by the plain rule the d
frequent unit would be 0.0125 (/work/tracelab-raw56/units.py).  The flag
flips count with their ratio from the flip (BC11, BD11); the slow leaks
BC10 (2 KB a) and BD10 (9 lines b) count (as in batches 52-55); BC13 and
BD13 count per task.  Batch 53 had no case of an hour or more, so the
units over an hour or more come from batches 54 and 55 alone:
  a (KB x req/s) with frequent deploys ~0.0203 (was 0.0212: BB08 0.82 at
    0.0247, BC01 0.94 at 0.0235, BD03 0.88 at 0.0212); over intervals of
    an hour or more ~0.0198 (was 0.0230: BC06 0.89, BC10 1.10 at 0.0233,
    BD09 0.70, BD12 0.73 at 0.0230), for the few-hours a, the flag flip
    and per task for the two-task case;
  b (detail x req/s) with frequent deploys ~0.00260 (was 0.00259: BB01
    0.73, BB02 0.21, BB03 1.20, BB04 0.91, BB05 0.66, BB06 1.14 and BB07
    0.67 at 0.00294, BC02 1.13 and BC05 1.02 at 0.00265, BD02 1.41 and
    BD05 1.17 at 0.00259); over intervals of an hour or more ~0.00239
    (was 0.00245: BC08 0.50 at 0.00285, BD06 0.89, BD10 1.45 at 0.00245),
    for the culprit-early b;
  c (KB x req/s) with frequent deploys ~0.0133 (was 0.0130: BB09 1.08 at
    0.0119, BC03 1.14 at 0.0117, BD01 1.06 at 0.0130); over intervals of
    an hour or more ~0.0118 (was 0.0122: BC09 0.87, BC11 1.35, BC13 1.68
    at 0.00948, BD07 0.83 at 0.0122), for the hourly c and the fixed-later
    c;
  d (KB x req/s) with frequent deploys ~0.0154 (was 0.0156: BB10 1.03
    before #5's GC at 0.0154, BC04 0.83 at 0.0159, BD04 1.10 before its
    GCs at 0.0156); over intervals of an hour or more ~0.0114 (was
    0.00836: BC07 0.79, BC12 0.67 at 0.0111, BD08 1.64, BD11 1.77, BD13
    1.50 at 0.00836), for the hourly d and the slow leak.
Aims at peak traffic:
  frequent-deploys ~5 %/h (BE01 d 5 KB at 76, 300 MiB; BE02 a 6 KB at 48,
  300 MiB; BE03 b 22 lines at 109, 320 MiB; BE04 c 5 KB at 88, 300 MiB;
  BE05 b 23 lines at 98, 300 MiB); hourly ~4 %/h (BE06 c 5 KB at 85,
  320 MiB; BE07 d 5 KB at 82, 300 MiB); few-hours ~4 %/h (BE08 a 4 KB at
  63, 320 MiB); culprit-early ~4.5 %/h (BE09 b 20 lines at 110, 300 MiB);
  slow-leak ~1.5 %/h (BE10 d 2 KB at 82, 320 MiB); flag-flip ~4.5 %/h
  (BE11 a 5 KB at 53, 300 MiB); fixed-later ~5 %/h (BE12 c 5 KB at 106,
  320 MiB); multi-task ~4.5 %/h per task (BE13 a 8 KB at 71 over 2
  tasks, 320 MiB).  Healthy: BE14 none, orders, 9 deploys 16-28 min
  apart; BE15 a bounded LRU (400 entries, 9000 SKUs), 3 deploys 60-82
  min apart; BE16 step (a 60000-entry table loaded at boot from #2 on),
  quote, 3 deploys 79-84 min apart (hourly).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBD = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios55.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BD

_BE08 = [45, 150, 130, 35]
_BE10 = [50, 50, 95, 100]
_BE11 = [45, 75, 120, 45]

BE_SCENARIOS = [
    # ================================================================== frequent-deploys (BE01 dev, BE02-BE05 validation)
    dict(name="BE01-d-frequent-deploys-culprit-5-300", seed=56001, kind="d", culprit=5,
         intervals=gen_intervals(56001, 8, lo=15, hi=45),
         start="2029-06-15T09:57:00Z", service="bulldozer-embankment-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=76, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bulldozer-excavator-timers", "Confirm bulldozer embankment bookings from delayed excavator timers"),
         note="8 deploys 15-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 15-28 min; its own 15 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="BE02-a-frequent-deploys-culprit-5-300", seed=56002, kind="a", culprit=5,
         intervals=gen_intervals(56002, 9, lo=15, hi=45),
         start="2029-06-16T11:01:00Z", service="blueberry-muffin-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=48, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/blueberry-crumble-history", "Keep blueberry muffin orders for the crumble history"),
         note="9 deploys 23-36 min apart, culprit #5 at 13:10 (5 leaking intervals, 27-40 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="BE03-b-frequent-deploys-culprit-4-320", seed=56003, kind="b", culprit=4,
         intervals=gen_intervals(56003, 8, lo=15, hi=45),
         start="2029-06-17T10:44:00Z", service="brisket-smokehouse-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/brisket-hickory-quote-memo", "Memoise brisket smokehouse quotes per hickory and mesquite"),
         note="8 deploys 16-42 min apart, culprit #4 at 13:10 (5 leaking intervals, 16-40 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BE04-c-frequent-deploys-culprit-5-300", seed=56004, kind="c", culprit=5,
         intervals=gen_intervals(56004, 8, lo=15, hi=45),
         start="2029-06-18T11:16:00Z", service="bassoon-concerto-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=88, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bassoon-oboist-listeners", "Tell open bassoon concerto bookings when an oboist frees"),
         note="8 deploys 15-27 min apart, culprit #5 at 13:10 (4 leaking intervals, 23-37 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BE05-b-frequent-deploys-culprit-5-300", seed=56005, kind="b", culprit=5,
         intervals=gen_intervals(56005, 8, lo=15, hi=45),
         start="2029-06-19T10:04:00Z", service="butterscotch-fudge-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/butterscotch-toffee-quote-memo", "Memoise butterscotch fudge quotes per toffee and caramel"),
         note="8 deploys 16-44 min apart, culprit #5 at 13:10 (4 leaking intervals, 16-44 min; its own 16 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly (BE06 dev, BE07 validation)
    dict(name="BE06-c-hourly-culprit-2-320", seed=56006, kind="c", culprit=2,
         intervals=gen_intervals(56006, 3, lo=60, hi=85),
         start="2029-06-20T10:52:00Z", service="badminton-racquet-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/badminton-umpire-listeners", "Tell open badminton racquet bookings when an umpire frees"),
         note="3 deploys 60-74 min apart (hourly), culprit #2 at 13:10 in the middle (74 and 71 min leaking); "
              "~4 %/h of 320 MiB at peak; epoch"),
    dict(name="BE07-d-hourly-culprit-2-300", seed=56007, kind="d", culprit=2,
         intervals=gen_intervals(56007, 3, lo=60, hi=85),
         start="2029-06-21T11:00:00Z", service="beachcomber-driftwood-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=82, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/beachcomber-seashell-timers", "Confirm beachcomber driftwood bookings from delayed seashell timers"),
         note="3 deploys 62-70 min apart (hourly), culprit #2 at 13:10 in the middle (70 and 73 min leaking); "
              "~4 %/h of 300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="BE08-a-few-hours-culprit-2-320", seed=56008, kind="a", culprit=2,
         intervals=_BE08,
         start="2029-06-22T09:55:00Z", service="buckwheat-pancake-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=63, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/buckwheat-stack-history", "Keep buckwheat pancake orders for the stack history"),
         note="v1 45 min, #1 at 10:40 (150 min), the culprit #2 at 13:10 (130 min) in the middle, then #3 at "
              "15:20 (35 min, still leaking); ~4 %/h of 320 MiB at peak"),
    dict(name="BE09-b-culprit-first-after-40-300", seed=56009, kind="b", culprit=1,
         intervals=gen_intervals(56009, 3, {0: 40}, lo=35, hi=80),
         start="2029-06-23T10:50:00Z", service="bratwurst-mustard-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bratwurst-pretzel-quote-memo", "Memoise bratwurst mustard quotes per pretzel and sauerkraut"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (64-75 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BE10-d-slow-leak-culprit-2-320", seed=56010, kind="d", culprit=2,
         intervals=_BE10,
         start="2029-06-24T11:30:00Z", service="bellflower-hillside-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=82, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bellflower-shepherd-timers", "Confirm bellflower hillside bookings from delayed shepherd timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    dict(name="BE11-a-flag-flip-300", seed=56011, kind="a", flag="bricklayer_mortar_trowel_history",
         flag_at=sum(_BE11[:2]) + 60, intervals=_BE11,
         start="2029-06-25T10:00:00Z", service="bricklayer-mortar-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=53, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag bricklayer_mortar_trowel_history on at 12:59:30, 60 min after #2 and 60 min "
              "before #3 (v3's interval 120 min), then one last interval of 45 min; orders kept for the trowel "
              "history (~4.5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="BE12-c-fixed-one-later-320", seed=56012, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(56012, 4, lo=55, hi=80),
         start="2029-06-26T10:32:00Z", service="bandolier-mariachi-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bandolier-trumpeter-listeners", "Tell open bandolier mariachi bookings when a trumpeter frees"),
         fixed_pr_title=("fix/bandolier-trumpeter-listener-cleanup", "Drop bandolier trumpeter listeners when a booking response ends"),
         note="leak from #2 at 13:10 (59 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:09 "
              "(56 min of the fixed release, then #4 at 15:05, 62 min); ascending"),
    dict(name="BE13-a-two-tasks-culprit-2-320", seed=56013, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(56013, 3, lo=55, hi=80),
         start="2029-06-27T11:06:00Z", service="brewpub-stout-orders",
         profile="orders", params={"payload_kb": 8}, peak_rps=71, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/brewpub-keg-history", "Keep brewpub stout orders for the keg history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (69 and 56 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BE14-none-frequent-orders-300", seed=56014, kind="none",
         intervals=gen_intervals(56014, 9, lo=15, hi=30),
         start="2029-06-28T11:40:00Z", service="blacksmith-horseshoe-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 11:40 through the peak; 9 deploys 16-28 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="BE15-e-lru-hours-400-320", seed=56015, kind="e",
         intervals=gen_intervals(56015, 3, lo=60, hi=120),
         start="2029-06-29T10:10:00Z", service="borealis-tundra-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 60-82 min apart, 10:10 through the "
              "peak; must not alarm; epoch"),
    dict(name="BE16-step-hourly-quote-300", seed=56016, kind="step", culprit=2,
         intervals=gen_intervals(56016, 3, lo=60, hi=85),
         start="2029-06-30T10:51:00Z", service="billiards-cue-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/billiards-cue-table-at-boot", "Load the billiards cue table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 79-84 min apart (hourly); no trend after; "
              "must not alarm; epoch, ascending"),
]

SCENARIOS = _RBD + BE_SCENARIOS
