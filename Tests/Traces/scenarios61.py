"""memblame's tracelab scenarios, batch 61: BJ01..BJ16 (real memory traces with labels).

(Named BJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-60 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH and BI.  No case folder, scenario name or split entry starts with "BJ";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 61"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios61.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios61.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw61 BJ09-... BJ06-...

(No long-interval case: the longest, BJ09, has 378 samples, about 95 s of
recording; the 16 cases have 4 657 samples in all, kept short for a
recording budget of 1100 s.  Every case over 300 samples (BJ06, BJ08, BJ09,
BJ14, BJ15) and five shorter ones (BJ02, BJ04, BJ05, BJ10, BJ11) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file.)

PR and pipeline numbers: this file lists the scenarios of scenarios60.py
first, unchanged and in the same order (positions 11..1068, exactly as when
scenarios60.py is passed), and the BJ scenarios after them (positions
1069..1084).  Only the BJ scenarios are recorded from this file.  Seeds are
61001..61016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw61/check_numbers.py, batch 60's adapted to BJ).
No collision on the first run: every seed is the first one tried,
61001-61016 (/work/tracelab-raw61/check_numbers_first.out, 0 errors;
deploy_records reproduces all 1 058 deploys.csv in real/).  BJ PRs
377207-382452 (BI ends at 376857), pipelines 753474-764018 (BI ends at
752853).

The mix, a broad blind validation over every leak kind (a, b, c, d) and
regime:
  frequent-deploys (3): a (BJ01 dev), c (BJ02), d (BJ03), no b this time;
    8-9 deploys 15-45 min apart (gen_intervals(seed, n, lo=15, hi=45)),
    the culprit #4 at 13:10 (the seeds' draws put #5's own interval at 15,
    16 and 18 min in BJ01, BJ02 and BJ03, so #4 in all three, whose own
    intervals are 33, 34 and 25 min);
  hourly (2): b next to the per-SKU cache of 400 SKUs (BJ04 dev) and d
    (BJ05), 3 deploys 60-85 min apart (gen_intervals(seed, 3, lo=60,
    hi=85)), the culprit #2 at 13:10 in the middle;
  few-hours (1): a, intervals 45, 150, 130, 35 (as BE08 and BG13), the
    culprit #2 at 13:10 (BJ06);
  culprit-early (1): c, the culprit #1 at 11:30 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BJ07);
  fixed-later (2): c fixed one deploy later (BJ08 dev; 4 deploys 55-71 min
    apart) and d fixed two deploys later (BJ09; 5 deploys 55-71 min apart),
    both gen_intervals(seed, n, lo=55, hi=80), the culprit #2 at 13:10;
  flag-flip (1): a, a flag switched on at 12:59:30, 60 min after #2 and 60
    min before #3 (v3's interval 120 min; [45, 75, 120, 45] as BE11, BF11
    and BH07), no culprit deploy (BJ10);
  multi-task (1): d, 2 tasks, rolling deploys 4 min apart, culprit #2 of 3
    (gen_intervals(seed, 3, lo=55, hi=80)) (BJ11, metrics-ci.jsonl, as
    BD13);
  oom-fast (1): c, 75 KB orders at 178 req/s from #2 at 13:10, 300 MiB /
    heap 160, [50, 45, 95, 35] (BJ12, as AQ12: an OOM about 55 min after
    the onset);
  slow-leak (1): d, ~1.5 %/h, the culprit #2 at 13:10 after two 50 min
    healthy intervals, then 95 and 100 min leaking (BJ13, as BG09);
  healthy-step (1): a 60000-entry table loaded at boot from the step
    deploy #2 on (13:10), orders, 3 deploys 80-91 min apart
    (gen_intervals(seed, 3, lo=80, hi=100)) (BJ14, as BF14);
  healthy-lru (1): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote), 8
    deploys 22-44 min apart (gen_intervals(seed, 8, lo=20, hi=45)) from
    10:30, mid-morning (0.70 of the peak at 10:30, 1.00 at 13:00), later
    than BI14's 07:20 in the morning ramp (BJ15);
  healthy-frequent (1): kind none on the orders route, 9 deploys 18-27 min
    apart (gen_intervals(seed, 9, lo=16, hi=30)) from 11:40 through the
    peak (BJ16, as BD16's and BH13's orders service without a table).  The
    brief's healthy-load (f) or healthy-frequent: healthy-frequent, the
    orders counterpart of the three frequent leaks on the orders route,
    and lighter to record than f's 72 load threads.

Split (Tests/Traces/split61.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BJ01,
BJ04, BJ08), 13 validation.

  three:  frequent-deploys BJ01-BJ03
  two:    hourly BJ04-BJ05, fixed-later BJ08-BJ09
  single: few-hours BJ06, culprit-early BJ07, flag-flip BJ10, multi-task
          BJ11, oom-fast BJ12, slow-leak BJ13, healthy-step BJ14,
          healthy-lru BJ15, healthy-frequent BJ16

13 leaking (a: BJ01, BJ06, BJ10; b: BJ04; c: BJ02, BJ07, BJ08, BJ12; d:
BJ03, BJ05, BJ09, BJ11, BJ13; BJ10 a flag flip with no culprit deploy;
BJ08 fixed one deploy later, BJ09 two), 3 healthy (BJ14 step, BJ15 e,
BJ16 none).

Loads scaled from what batches 58-60 measured (README, "What did not go as
intended" and "units for the next batch": the measured / aimed ratios), by
batch 60's rule moved on by one batch: the mean over every case of the last
three batches (58-60) of a kind and class (frequent deploys; intervals of
an hour or more), each case's unit times its measured / aimed ratio, as
%/h per unit of load at peak traffic, normalised to 256 MiB (multiply by
256 / limit for another limit; per task divide the load by the number of
tasks) (/work/tracelab-raw61/units.py, which also reproduces all eight of
batch 60's units from batches 57-59).  Batch 47's exception for d with
frequent deploys is kept (BG06 1.02, BH03 1.22 before their GCs; by the
plain rule the d frequent unit would be 0.0113).  b has no exception: the
b cases count with their plain ratios, BI04's 0.12 among them (~1.07
before its GCs; without BI04 the b frequent unit would be 0.00306; no b
with frequent deploys in this batch uses it).  The flag flip BH07 counts
with its ratio from the flip; the slow leaks BG09 (2 KB d), BG10 (8 lines
b), BH11 (2 KB c) and BI11 (7 lines b) count; BG11 and BH10 count per
task; the night pause BH08 counts with its ratio at 21:00 (0.86).  No case
of batch 57 counts any longer (BF01-BF12 dropped out of the three-batch
window); batch 60 had only b cases, so the a, c and d units are the means
over batches 58-59:
  a (KB x req/s) with frequent deploys ~0.0201 (was 0.0199: BG04 0.98 at
    0.0189, BH04 1.15 at 0.0189); over intervals of an hour or more
    ~0.0181 (was 0.0190: BH05 0.85, BH12 0.92 at 0.0205), for the
    few-hours a and the flag flip;
  b (detail x req/s) with frequent deploys ~0.00283 (was 0.00262; not
    used); over intervals of an hour or more ~0.00320 (was 0.00318: BG07
    0.93, BG10 1.54, BG13 1.24 at 0.00261, BH06 1.45, BH10 1.13 per task
    at 0.00288, BI09 0.80, BI10 0.62, BI11 1.25 at 0.00318), for the
    hourly b;
  c (KB x req/s) with frequent deploys ~0.0142 (was 0.0120: BG05 1.24 at
    0.0106, BH02 1.46 at 0.0104); over intervals of an hour or more
    ~0.0111 (was 0.00994: BG08 0.95, BG11 0.95 at 0.0105, BH08 0.86,
    BH11 1.49 at 0.0104), for the culprit-early and the fixed-later c;
  d (KB x req/s) with frequent deploys ~0.0152 (was 0.0151: BG06 1.02
    before its GCs at 0.0141, BH03 1.22 before its GC at 0.0132); over
    intervals of an hour or more ~0.0132 (was 0.0122: BG09 1.37, BG12 0.64
    at 0.0129, BH07 1.09 at 0.0125), for the hourly, the fixed-later, the
    two-task and the slow d.
Each load is rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw61/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s, b 15-22
lines at 80-119, c 5-9 KB at 75-120, d 4-6 KB at 70-110, 6-10 KB at
110-200 over two tasks, 2-3 KB at 50-120 for the slow d;
/work/tracelab-raw61/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BJ01 a 4 KB at 73, 300 MiB; BJ02 c 5 KB at 88,
  320 MiB; BJ03 d 5 KB at 77, 300 MiB); hourly ~4 %/h (BJ04 b 17 lines at
  92, 320 MiB; BJ05 d 5 KB at 71, 300 MiB); few-hours ~4 %/h (BJ06 a 4 KB
  at 69, 320 MiB); culprit-early ~4.5 %/h (BJ07 c 5 KB at 95, 300 MiB);
  fixed-later ~5 %/h (BJ08 c 6 KB at 94, 320 MiB; BJ09 d 6 KB at 74, 300
  MiB); flag-flip ~4.5 %/h (BJ10 a 5 KB at 62, 320 MiB); multi-task ~4.5
  %/h per task (BJ11 d 6 KB at 142 over 2 tasks, 320 MiB); slow-leak ~1.5
  %/h (BJ13 d 2 KB at 71, 320 MiB).  The OOM case has no aim and copies
  AQ12 (c 75 KB at 178 req/s, 300 MiB / heap 160, [50, 45, 95, 35]; the
  culprit at 13:10 as BH09).  The b is on the quote route with 400 SKUs (a
  bounded per-SKU cache in good releases).  Healthy, earlier loads: BJ14
  step, orders 5 KB at 95 with 60000 entries (as BF14 and BH13), 300 MiB;
  BJ15 LRU_MAX 400, 9000 SKUs, quote 22 lines at 95 (as BG15, BH15 and
  BI12-BI14), 320 MiB; BJ16 orders 5 KB at 95 (as BH13 before its step),
  300 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the notes are these
  aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBI = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios60.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BI

_BJ06 = [45, 150, 130, 35]
_BJ10 = [45, 75, 120, 45]
_BJ12 = [50, 45, 95, 35]
_BJ13 = [50, 50, 95, 100]

BJ_SCENARIOS = [
    # ================================================================== frequent-deploys (BJ01 dev, BJ02-BJ03 validation)
    dict(name="BJ01-a-frequent-deploys-culprit-4-300", seed=61001, kind="a", culprit=4,
         intervals=gen_intervals(61001, 9, lo=15, hi=45),
         start="2029-09-03T11:02:00Z", service="bodega-plantain-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=73, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bodega-tamarind-history", "Keep bodega plantain orders for the tamarind history"),
         note="9 deploys 15-45 min apart, culprit #4 at 13:10 (6 leaking intervals, 15-43 min; its own 33 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="BJ02-c-frequent-deploys-culprit-4-320", seed=61002, kind="c", culprit=4,
         intervals=gen_intervals(61002, 8, lo=15, hi=45),
         start="2029-09-04T11:21:00Z", service="bulrush-heron-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/bulrush-cattail-listeners", "Tell open bulrush heron bookings when a cattail hide frees"),
         note="8 deploys 16-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 16-45 min; its own 34 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="BJ03-d-frequent-deploys-culprit-4-300", seed=61003, kind="d", culprit=4,
         intervals=gen_intervals(61003, 8, lo=15, hi=45),
         start="2029-09-05T11:09:00Z", service="bronco-lariat-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=77, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bronco-stirrup-timers", "Confirm bronco lariat bookings from delayed stirrup timers"),
         note="8 deploys 18-41 min apart, culprit #4 at 13:10 (5 leaking intervals, 18-41 min; its own 25 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    # ================================================================== hourly (BJ04 dev, BJ05 validation)
    dict(name="BJ04-b-hourly-culprit-2-320", seed=61004, kind="b", culprit=2,
         intervals=gen_intervals(61004, 3, lo=60, hi=85),
         start="2029-09-06T11:10:00Z", service="brasserie-garcon-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/brasserie-absinthe-quote-memo", "Memoise brasserie garcon quotes per absinthe and cassoulet"),
         note="3 deploys 60-82 min apart (hourly), culprit #2 at 13:10 in the middle (80 and 82 min leaking); "
              "~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BJ05-d-hourly-culprit-2-300", seed=61005, kind="d", culprit=2,
         intervals=gen_intervals(61005, 3, lo=60, hi=85),
         start="2029-09-07T10:35:00Z", service="blizzard-snowcat-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=71, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/blizzard-snowdrift-timers", "Confirm blizzard snowcat bookings from delayed snowdrift timers"),
         note="3 deploys 60-84 min apart (hourly), culprit #2 at 13:10 in the middle (84 and 60 min leaking); "
              "~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="BJ06-a-few-hours-culprit-2-320", seed=61006, kind="a", culprit=2,
         intervals=list(_BJ06),
         start="2029-09-08T09:55:00Z", service="breadfruit-pawpaw-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=69, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/breadfruit-taro-history", "Keep breadfruit pawpaw orders for the taro history"),
         note="v1 45 min, #1 at 10:40 (150 min), the culprit #2 at 13:10 (130 min) in the middle, then #3 at "
              "15:20 (35 min, still leaking); ~4 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="BJ07-c-culprit-first-after-40-300", seed=61007, kind="c", culprit=1,
         intervals=gen_intervals(61007, 3, {0: 40}, lo=35, hi=80),
         start="2029-09-09T10:50:00Z", service="budgerigar-cuttlebone-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/budgerigar-millet-listeners", "Tell open budgerigar cuttlebone bookings when a millet spray frees"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (50-75 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    # ================================================================== fixed-later (BJ08 dev, BJ09 validation)
    dict(name="BJ08-c-fixed-one-later-320", seed=61008, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(61008, 4, lo=55, hi=80),
         start="2029-09-10T11:00:00Z", service="billiard-baize-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=94, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/billiard-pocket-listeners", "Tell open billiard baize bookings when a pocket frees"),
         fixed_pr_title=("fix/billiard-pocket-listener-cleanup", "Drop billiard pocket listeners when a baize booking response ends"),
         note="leak from #2 at 13:10 (65 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:15 "
              "(71 min of the fixed release, then #4 at 15:26, 55 min); epoch, ascending"),
    dict(name="BJ09-d-fixed-two-later-300", seed=61009, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(61009, 5, lo=55, hi=80),
         start="2029-09-11T11:04:00Z", service="buckskin-moccasin-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=74, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/buckskin-tassel-timers", "Confirm buckskin moccasin bookings from delayed tassel timers"),
         fixed_pr_title=("fix/buckskin-tassel-timer-cleanup", "Confirm buckskin moccasin bookings at once, without tassel timers"),
         note="leak from #2 at 13:10 (71 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 14:21 still leaks "
              "(55 min); fixed by #4 at 15:16 two deploys later (71 min of the fixed release, then #5 at 16:27, "
              "55 min); epoch"),
    # ================================================================== singles (all validation)
    dict(name="BJ10-a-flag-flip-320", seed=61010, kind="a", flag="bowline_hawser_cleat_history",
         flag_at=sum(_BJ10[:2]) + 60, intervals=list(_BJ10),
         start="2029-09-12T10:00:00Z", service="bowline-hawser-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=62, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag bowline_hawser_cleat_history on at 12:59:30, 60 min after #2 and 60 min "
              "before #3 (v3's interval 120 min), then one last interval of 45 min; orders kept for the cleat "
              "history (~4.5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="BJ11-d-two-tasks-culprit-2-320", seed=61011, kind="d", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(61011, 3, lo=55, hi=80),
         start="2029-09-13T11:10:00Z", service="boulder-crampon-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=142, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/boulder-chalkbag-timers", "Confirm boulder crampon bookings from delayed chalkbag timers"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (72 and 60 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="BJ12-c-oom-fast-culprit-2-300", seed=61012, kind="c", culprit=2,
         intervals=list(_BJ12),
         start="2029-09-14T11:35:00Z", service="brimstone-sulphur-orders",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/brimstone-cinder-listeners", "Tell open brimstone sulphur orders when a cinder vent changes"),
         note="leak from #2 at 13:10, 75 KB orders at 178 req/s (as AQ12): OOM about 50-55 min after the onset "
              "(heap 160 MB), in #2 (95 min); #3 (35 min) still leaking"),
    dict(name="BJ13-d-slow-leak-culprit-2-320", seed=61013, kind="d", culprit=2,
         intervals=list(_BJ13),
         start="2029-09-15T11:30:00Z", service="bushel-gleaner-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=71, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bushel-sheaf-timers", "Confirm bushel gleaner bookings from delayed sheaf timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BJ14-step-hours-orders-300", seed=61014, kind="step", culprit=2,
         intervals=gen_intervals(61014, 3, lo=80, hi=100),
         start="2029-09-16T10:15:00Z", service="boutique-cloche-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/boutique-hatpin-table-at-boot", "Load the boutique hatpin table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 80-91 min apart (82 and 91 min after the "
              "step); no trend after; must not alarm; epoch, ascending"),
    dict(name="BJ15-e-lru-mid-morning-400-320", seed=61015, kind="e",
         intervals=gen_intervals(61015, 8, lo=20, hi=45),
         start="2029-09-17T10:30:00Z", service="borage-foxglove-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 22-44 min apart, from 10:30 "
              "(mid-morning) through the peak to 16:01; must not alarm; epoch"),
    dict(name="BJ16-none-frequent-orders-300", seed=61016, kind="none",
         intervals=gen_intervals(61016, 9, lo=16, hi=30),
         start="2029-09-18T11:40:00Z", service="busker-troubadour-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 11:40 through the peak; 9 deploys 18-27 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
]

SCENARIOS = _RBI + BJ_SCENARIOS
