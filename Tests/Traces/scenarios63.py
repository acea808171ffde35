"""memblame's tracelab scenarios, batch 63: BL01..BL16 (real memory traces with labels).

(Named BL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-62 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ and BK.  No case folder, scenario name or split entry starts with
"BL"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 63"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios63.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios63.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw63 BL09-... BL06-...

(No long-interval case: the longest, BL09, has 406 samples, about 102 s of
recording; the 16 cases have 4 595 samples in all, kept short for a
recording budget of 1100 s.  Every case over 295 samples (BL01, BL06, BL08,
BL09, BL14, BL15) and four shorter ones (BL03, BL04, BL10, BL11) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 295 samples
or fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios62.py
first, unchanged and in the same order (positions 11..1100, exactly as when
scenarios62.py is passed), and the BL scenarios after them (positions
1101..1116).  Only the BL scenarios are recorded from this file.  Seeds are
63001..63016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw63/check_numbers.py, batch 62's adapted to BL).

The mix, a broad blind validation over every leak kind (a, b, c, d) and
the existing regimes, as batch 61's:
  frequent-deploys (3): a (BL01 dev), b next to the per-SKU cache of 400
    SKUs (BL02) and d (BL03); 8-9 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)), the culprit at 13:10 chosen as
    batch 61's: #4 if its own interval is 25 min or more, else #5, else
    the next nearest (#3, #6) that is.  BL02 and BL03: #4 (own 38 and 40
    min).  BL01: #4's and #5's own intervals are 21 min each, so #3 (own
    31 min; 71 min of three healthy intervals before it, 7 leaking after);
  hourly (2): b next to the per-SKU cache of 400 SKUs (BL04 dev) and c
    (BL05), 3 deploys 60-82 min apart (gen_intervals(seed, 3, lo=60,
    hi=85)), the culprit #2 at 13:10 in the middle;
  few-hours (1): d, intervals 45, 150, 130, 35 (as BJ06, BE08 and BG13),
    the culprit #2 at 13:10 (BL06);
  culprit-early (1): a, the culprit #1 at 11:30 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BL07, as BJ07);
  fixed-later (2): d fixed one deploy later (BL08 dev; 4 deploys 55-79 min
    apart) and a fixed two deploys later (BL09; 5 deploys 62-77 min apart),
    both gen_intervals(seed, n, lo=55, hi=80), the culprit #2 at 13:10;
  flag-flip (1): c, a flag switched on at 12:59:30, 60 min after #2 and 60
    min before #3 (v3's interval 120 min; [45, 75, 120, 45] as BJ10, BH07
    and BF11), no culprit deploy (BL10);
  multi-task (1): b, 2 tasks, rolling deploys 4 min apart, the culprit #2
    of 3 at 13:10 (gen_intervals(seed, 3, lo=55, hi=80)), 400 SKUs (BL11,
    as BH10; metrics-ci.jsonl, gzipped after recording as every earlier
    multi-task case);
  oom-fast (1): c, 75 KB orders at 178 req/s from #2 at 13:10, 300 MiB /
    heap 160, [50, 45, 95, 35] (BL12, AQ12's and BJ12's recipe: an OOM
    about 45-55 min after the onset);
  slow-leak (1): c, ~1.5 %/h, the culprit #2 at 13:10 after two 50 min
    healthy intervals, then 95 and 100 min leaking (BL13, BJ13's intervals;
    a c as BH11);
  healthy-lru (1): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote), 8
    deploys 22-41 min apart (gen_intervals(seed, 8, lo=20, hi=45)) from
    11:40 through the peak to 16:36 (BL14, as BH15 and BJ15);
  healthy-step (1): a 60000-entry table loaded at boot from the step
    deploy #2 on (13:10), orders, 4 deploys 55-76 min apart
    (gen_intervals(seed, 4, lo=55, hi=80)) (BL15, as BJ14 with hourly
    deploys);
  healthy-frequent (1): kind none on the orders route, 9 deploys 16-25 min
    apart (gen_intervals(seed, 9, lo=16, hi=30)) from 11:40 through the
    peak (BL16, as BJ16).  The brief's flat service with frequent deploys
    (its alternative, healthy-load f, was left out: batch 62 had one,
    BK16, and f's 72 load threads are the heaviest recording on 2 cores).

Split (Tests/Traces/split63.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BL01,
BL04, BL08), 13 validation.

  three:  frequent-deploys BL01-BL03
  two:    hourly BL04-BL05, fixed-later BL08-BL09
  single: few-hours BL06, culprit-early BL07, flag-flip BL10, multi-task
          BL11, oom-fast BL12, slow-leak BL13, healthy-lru BL14,
          healthy-step BL15, healthy-frequent BL16

13 leaking (a: BL01, BL07, BL09; b: BL02, BL04, BL11; c: BL05, BL10, BL12,
BL13; d: BL03, BL06, BL08; BL10 a flag flip with no culprit deploy; BL08
fixed one deploy later, BL09 two), 3 healthy (BL14 e, BL15 step, BL16
none).

Loads by batch 62's rule moved on by one batch: the mean over every case
of batches 60-62 of a kind and class (frequent deploys; intervals of an
hour or more) of (its unit) x (its measured / aimed ratio), %/h per unit of
load at peak traffic at 256 MiB (multiply by 256 / limit for another limit;
per task divide the load by the number of tasks)
(/work/tracelab-raw63/units.py; exactly the units batch 62's README gives
for the next batch):
  a 0.0191 frequent (was 0.0204: BJ01 0.95), 0.0225 over an hour or more
    (was 0.0206: BJ06 1.34, BJ10 1.20, BK01 1.83, BK07 0.76, BK09 0.78,
    BK12 0.95);
  b 0.00304 frequent (was 0.00306: BI01-BI08, BI04's 0.12 among them),
    0.00284 over an hour or more (was 0.00311: BI09 0.80, BI10 0.62, BI11
    1.25, BJ04 0.86, BK03 0.68, BK08 1.18);
  c 0.0103 frequent (was 0.0108: BJ02 0.45, BK10 1.32), 0.0125 over an
    hour or more (was 0.0128: BJ07 0.84, BJ08 1.57, BK02 1.06, BK06 0.75);
  d 0.0145 frequent (was 0.0157; batch 47's exception: BJ03 1.01, BK11
    0.87 before their GCs; plain rule 0.00978), 0.0115 over an hour or
    more (was 0.0116: BJ05 0.75, BJ09 0.67, BJ11 0.76, BJ13 1.19, BK04
    1.12).
Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw63/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s, b 15-22
lines at 80-119 (150-200 over two tasks), c 5-9 KB at 75-120, d 4-6 KB at
70-110, 2-3 KB at 50-120 for the slow c; design.out;
/work/tracelab-raw63/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BL01 a 6 KB at 51, 300 MiB; BL02 b 21 lines at
  98, 320 MiB; BL03 d 4 KB at 101, 300 MiB); hourly ~4 %/h (BL04 b 16
  lines at 110, 320 MiB; BL05 c 5 KB at 75, 300 MiB); few-hours ~4 %/h
  (BL06 d 5 KB at 87, 320 MiB); culprit-early ~4.5 %/h (BL07 a 5 KB at
  47, 300 MiB); fixed-later ~5 %/h (BL08 d 5 KB at 109, 320 MiB; BL09 a 4
  KB at 65, 300 MiB); flag-flip ~4.5 %/h (BL10 c 5 KB at 90, 320 MiB);
  multi-task ~4.5 %/h per task (BL11 b 20 lines at 198 over 2 tasks, 320
  MiB); slow-leak ~1.5 %/h (BL13 c 2 KB at 75, 320 MiB).  The OOM case
  has no aim and copies AQ12 and BJ12 (c 75 KB at 178 req/s, 300 MiB /
  heap 160, [50, 45, 95, 35], the culprit at 13:10).  Every b is on the
  quote route with 400 SKUs (a bounded per-SKU cache in good releases).
  Healthy, earlier loads: BL14 LRU_MAX 400, 9000 SKUs, quote 22 lines at
  95 (as BJ15 and BK15), 320 MiB; BL15 step, orders 5 KB at 95 with 60000
  entries (as BJ14 and BK14), 300 MiB; BL16 orders 5 KB at 95 (as BJ16),
  300 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the notes are these
  aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBK = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios62.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BK

_BL06 = [45, 150, 130, 35]
_BL10 = [45, 75, 120, 45]
_BL12 = [50, 45, 95, 35]
_BL13 = [50, 50, 95, 100]

BL_SCENARIOS = [
    # ================================================================== frequent-deploys (BL01 dev, BL02-BL03 validation)
    dict(name="BL01-a-frequent-deploys-culprit-3-300", seed=63001, kind="a", culprit=3,
         intervals=gen_intervals(63001, 9, lo=15, hi=45),
         start="2029-10-05T11:59:00Z", service="bulwark-parapet-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=51, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bulwark-embrasure-history", "Keep bulwark parapet orders for the embrasure history"),
         note="9 deploys 21-45 min apart, culprit #3 at 13:10 (7 leaking intervals, 21-45 min; its own 31 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="BL02-b-frequent-deploys-culprit-4-320", seed=63002, kind="b", culprit=4,
         intervals=gen_intervals(63002, 8, lo=15, hi=45),
         start="2029-10-06T11:21:00Z", service="bellbird-honeyeater-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bellbird-nectar-quote-memo", "Memoise bellbird honeyeater quotes per nectar and customer"),
         note="8 deploys 15-42 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-42 min; its own 38 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BL03-d-frequent-deploys-culprit-4-300", seed=63003, kind="d", culprit=4,
         intervals=gen_intervals(63003, 8, lo=15, hi=45),
         start="2029-10-07T10:56:00Z", service="burbot-grayling-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=101, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/burbot-chub-timers", "Confirm burbot grayling bookings from delayed chub timers"),
         note="8 deploys 19-44 min apart, culprit #4 at 13:10 (5 leaking intervals, 19-40 min; its own 40 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== hourly (BL04 dev, BL05 validation)
    dict(name="BL04-b-hourly-culprit-2-320", seed=63004, kind="b", culprit=2,
         intervals=gen_intervals(63004, 3, lo=60, hi=85),
         start="2029-10-08T10:56:00Z", service="brooch-cameo-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/brooch-filigree-quote-memo", "Memoise brooch cameo quotes per filigree and customer"),
         note="3 deploys 60-74 min apart (hourly), culprit #2 at 13:10 in the middle (70 and 62 min leaking); "
              "~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BL05-c-hourly-culprit-2-300", seed=63005, kind="c", culprit=2,
         intervals=gen_intervals(63005, 3, lo=60, hi=85),
         start="2029-10-09T10:43:00Z", service="bluegill-crappie-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=75, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bluegill-bobber-listeners", "Tell open bluegill crappie bookings when a bobber frees"),
         note="3 deploys 60-82 min apart (hourly), culprit #2 at 13:10 in the middle (60 and 60 min leaking); "
              "~4 %/h of 300 MiB at peak"),
    # ================================================================== singles (all validation)
    dict(name="BL06-d-few-hours-culprit-2-320", seed=63006, kind="d", culprit=2,
         intervals=list(_BL06),
         start="2029-10-10T09:55:00Z", service="bulgur-tabbouleh-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=87, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bulgur-sumac-timers", "Confirm bulgur tabbouleh bookings from delayed sumac timers"),
         note="v1 45 min, #1 at 10:40 (150 min), the culprit #2 at 13:10 (130 min) in the middle, then #3 at "
              "15:20 (35 min, still leaking); ~4 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="BL07-a-culprit-first-after-40-300", seed=63007, kind="a", culprit=1,
         intervals=gen_intervals(63007, 3, {0: 40}, lo=35, hi=80),
         start="2029-10-11T10:50:00Z", service="barbican-portcullis-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=47, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/barbican-drawbridge-history", "Keep barbican portcullis orders for the drawbridge history"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (46-65 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    # ================================================================== fixed-later (BL08 dev, BL09 validation)
    dict(name="BL08-d-fixed-one-later-320", seed=63008, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(63008, 4, lo=55, hi=80),
         start="2029-10-12T10:56:00Z", service="bunkhouse-corral-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=109, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bunkhouse-chuckwagon-timers", "Confirm bunkhouse corral bookings from delayed chuckwagon timers"),
         fixed_pr_title=("fix/bunkhouse-chuckwagon-timer-cleanup", "Confirm bunkhouse corral bookings at once, without chuckwagon timers"),
         note="leak from #2 at 13:10 (63 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:13 "
              "(79 min of the fixed release, then #4 at 15:32, 56 min); epoch, ascending"),
    dict(name="BL09-a-fixed-two-later-300", seed=63009, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(63009, 5, lo=55, hi=80),
         start="2029-10-13T11:01:00Z", service="bridleway-packhorse-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=65, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bridleway-pannier-history", "Keep bridleway packhorse orders for the pannier history"),
         fixed_pr_title=("fix/bridleway-pannier-history-written", "Stop keeping bridleway packhorse orders once the pannier history is written"),
         note="leak from #2 at 13:10 (62 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 14:12 still leaks "
              "(77 min); fixed by #4 at 15:29 two deploys later (65 min of the fixed release, then #5 at 16:34, "
              "73 min); epoch"),
    # ================================================================== singles (all validation)
    dict(name="BL10-c-flag-flip-320", seed=63010, kind="c", flag="blackcurrant_gooseberry_elderflower_alerts",
         flag_at=sum(_BL10[:2]) + 60, intervals=list(_BL10),
         start="2029-10-14T10:00:00Z", service="blackcurrant-gooseberry-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag blackcurrant_gooseberry_elderflower_alerts on at 12:59:30, 60 min after #2 "
              "and 60 min before #3 (v3's interval 120 min), then one last interval of 45 min; a listener per "
              "booking for the elderflower alerts (~4.5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="BL11-b-two-tasks-culprit-2-320", seed=63011, kind="b", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(63011, 3, lo=55, hi=80),
         start="2029-10-15T11:02:00Z", service="brickyard-fireclay-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=198, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/brickyard-saggar-quote-memo", "Memoise brickyard fireclay quotes per saggar and customer"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (73 and 60 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; epoch, ascending"),
    dict(name="BL12-c-oom-fast-culprit-2-300", seed=63012, kind="c", culprit=2,
         intervals=list(_BL12),
         start="2029-10-16T11:35:00Z", service="billabong-coolabah-orders",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/billabong-swagman-listeners", "Tell open billabong coolabah orders when a swagman camp changes"),
         note="leak from #2 at 13:10, 75 KB orders at 178 req/s (as AQ12 and BJ12): OOM about 45-55 min after "
              "the onset (heap 160 MB), in #2 (95 min); #3 (35 min) still leaking"),
    dict(name="BL13-c-slow-leak-culprit-2-320", seed=63013, kind="c", culprit=2,
         intervals=list(_BL13),
         start="2029-10-17T11:30:00Z", service="bottlebrush-wattle-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=75, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bottlebrush-eucalyptus-listeners", "Tell open bottlebrush wattle bookings when a eucalyptus stand frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BL14-e-lru-frequent-400-320", seed=63014, kind="e",
         intervals=gen_intervals(63014, 8, lo=20, hi=45),
         start="2029-10-18T11:40:00Z", service="banister-newel-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 22-41 min apart, from 11:40 through "
              "the peak to 16:36; must not alarm; epoch"),
    dict(name="BL15-step-hourly-orders-300", seed=63015, kind="step", culprit=2,
         intervals=gen_intervals(63015, 4, lo=55, hi=80),
         start="2029-10-19T10:59:00Z", service="buckler-targe-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/buckler-umbo-table-at-boot", "Load the buckler umbo table at boot"),
         note="level shift at #2 of 4 (13:10), orders route; 4 deploys 55-76 min apart (55, 73 and 76 min after "
              "the step); no trend after; must not alarm; epoch, ascending"),
    dict(name="BL16-none-frequent-orders-300", seed=63016, kind="none",
         intervals=gen_intervals(63016, 9, lo=16, hi=30),
         start="2029-10-20T11:40:00Z", service="belay-carabiner-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 11:40 through the peak; 9 deploys 16-25 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
]

SCENARIOS = _RBK + BL_SCENARIOS
