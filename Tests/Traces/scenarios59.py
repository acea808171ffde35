"""memblame's tracelab scenarios, batch 59: BH01..BH16 (real memory traces with labels).

(Named BH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-58 used AA..AZ, BA, BB, BC, BD, BE, BF and
BG.  No case folder, scenario name or split entry starts with "BH"; neither
tracelab nor these files parse the prefix of a name (deploy_records takes
the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 59"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios59.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios59.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw59 BH06-... BH14-...

(No long-interval case: the longest, BH06, has 367 samples, about 92 s of
recording; the 16 cases have 4 745 samples in all, kept short for a
recording budget of 1100 s.  Every case over 300 samples (BH05, BH06, BH08,
BH14, BH15, BH16) and five shorter ones (BH02, BH04, BH07, BH10, BH13) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file.)

PR and pipeline numbers: this file lists the scenarios of scenarios58.py
first, unchanged and in the same order (positions 11..1036, exactly as when
scenarios58.py is passed), and the BH scenarios after them (positions
1037..1052).  Only the BH scenarios are recorded from this file.  Seeds are
59001..59016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw59/check_numbers.py, written anew as batch 58's).
No collision on the first run: every seed is the first one tried,
59001-59016 (/work/tracelab-raw59/check_numbers_first.out, 0 errors;
deploy_records reproduces all 1 026 deploys.csv in real/).  BH PRs
366068-371260 (BG ends at 365765), pipelines 730976-741684 (BG ends at
730435).

The mix, a broad blind validation covering the regimes batch 58 lacked
(flag-flip, fixed-later, healthy-step) and some not seen for a while
(night-pause since batch 50, oom-fast since batch 46, healthy-load since
batch 42):
  frequent-deploys (4): b on the quote route next to a bounded per-SKU
    cache of 400 SKUs (BH01 dev), c (BH02), d (BH03), a (BH04); 8-9
    deploys 15-45 min apart (gen_intervals(seed, n, lo=15, hi=45)),
    culprit #4 or #5 at 13:10;
  fixed-later (2): a fixed one deploy later (BH05 dev; 4 deploys 60-80
    min apart) and b next to the per-SKU cache fixed two deploys later
    (BH06; 5 deploys 55-66 min apart), the culprit #2 at 13:10;
  flag-flip (1): d, a flag switched on at 12:59:30, 60 min after #2 and
    60 min before #3 (v3's interval 120 min), no culprit deploy (BH07);
  night-pause (1): c, the culprit #2 at 20:40, through a 250 min night
    interval to 00:50, then 35 min of #3 (BH08, as AY13 and AT09);
  oom-fast (1): d, 64 KB orders at 180 req/s from #2 at 13:10, 320 MiB
    / heap 160 (BH09, as AU12 and AS12: an OOM about 50-55 min after the
    onset).  A limit raise was considered instead and left out: no regime
    tag for it exists in split41..split58.json;
  multi-task (1): b next to the per-SKU cache, 2 tasks, rolling deploys 4
    min apart, culprit #2 of 3 (BH10, metrics-ci.jsonl, as AU13);
  slow-leak (1): c, ~1.5 %/h, the culprit #2 at 13:10 after two 50 min
    healthy intervals, then 95 and 100 min leaking (BH11);
  hourly (1): a, 3 deploys 60-70 min apart, culprit #2 (BH12);
  healthy-step (2): a 60000-entry table loaded at boot from the step
    deploy on (as BF13-BF16): orders with 8 deploys 20-29 min apart, step
    at #4 (BH13 dev); quote with 3 deploys 82-92 min apart, step at #2
    (BH14);
  healthy-lru (1): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote) with 8
    deploys 21-43 min apart (BH15, as BG15);
  healthy-load (1): f, reports in flight follow the load up from the
    morning (09:40) into the afternoon (15:07) across 4 deploys 61-75 min
    apart (BH16, as AQ18).

Split (Tests/Traces/split59.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BH01,
BH05, BH13), 13 validation.

  four:   frequent-deploys BH01-BH04
  two:    fixed-later BH05-BH06, healthy-step BH13-BH14
  single: flag-flip BH07, night-pause BH08, oom-fast BH09, multi-task
          BH10, slow-leak BH11, hourly BH12, healthy-lru BH15,
          healthy-load BH16

12 leaking (a: BH04, BH05, BH12; b: BH01, BH06, BH10; c: BH02, BH08,
BH11; d: BH03, BH07, BH09; BH07 a flag flip with no culprit deploy; BH05
fixed one deploy later, BH06 two), 4 healthy (BH13 and BH14 step, BH15 e,
BH16 f).

Loads scaled from what batches 56-58 measured (README, "What did not go as
intended" and "units for the next batch": the measured / aimed ratios), by
batch 58's rule moved on by one batch: the mean over every case of the last
three batches (56-58) of a kind and class (frequent deploys; intervals of
an hour or more), each case's unit times its measured / aimed ratio, as
%/h per unit of load at peak traffic, normalised to 256 MiB (multiply by
256 / limit for another limit; per task divide the load by the number of
tasks) (/work/tracelab-raw59/units.py, which also reproduces all eight of
batch 58's units from batches 55-57).  Batch 47's exception for d with
frequent deploys is kept: a case cut by major GCs counts with its ratio
before them (BF04 1.10, not 0.88; BG06 1.02, not 0.66; BE01 had no GC
drop, 0.67); by the plain rule the d frequent unit would be 0.0105.  The
flag flips count with their ratio from the flip (BE11, BF11); the slow
leaks BE10 (2 KB d), BF10 (2 KB a), BG09 (2 KB d) and BG10 (8 lines b)
count (without them the a unit over an hour or more would be 0.0200, the
b unit 0.00259, the d unit 0.0102); BE13 and BG11 count per task.  No
case of batch 55 counts any longer (BD01-BD13 dropped out of the
three-batch window):
  a (KB x req/s) with frequent deploys ~0.0189 (as before: BE02 0.93 at
    0.0203, BF05 0.97 at 0.0199, BG04 0.98 at 0.0189); over intervals of
    an hour or more ~0.0205 (was 0.0193: BE08 1.32, BE11 1.11, BE13 0.74
    at 0.0198, BF06 0.84, BF10 1.11 at 0.0203), for the fixed-later and
    the hourly a;
  b (detail x req/s) with frequent deploys ~0.00268 (was 0.00317: BE03
    1.20 and BE05 1.24 at 0.00260, BF01 1.04 and BF03 0.89 at 0.00312,
    BG01 0.71, BG02 0.68 and BG03 0.63 at 0.00317); over intervals of an
    hour or more ~0.00288 (was 0.00261: BE09 1.13 at 0.00239, BF07 0.81
    at 0.00246, BG07 0.93, BG10 1.54 and BG13 1.24 at 0.00261), for the
    fixed-later b and per task for the two-task b;
  c (KB x req/s) with frequent deploys ~0.0104 (was 0.0106: BE04 0.78 at
    0.0133, BF02 0.61 at 0.0125, BG05 1.24 at 0.0106); over intervals of
    an hour or more ~0.0104 (was 0.0105: BE06 0.91, BE12 1.38 at 0.0118,
    BF09 0.63, BF11 0.60 at 0.0124, BG08 0.95, BG11 0.95 at 0.0105), for
    the night-pause and the slow c;
  d (KB x req/s) with frequent deploys ~0.0132 (was 0.0141: BE01 0.67 at
    0.0154, BF04 1.10 before its GCs at 0.0136, BG06 1.02 before its GCs
    at 0.0141); over intervals of an hour or more ~0.0125 (was 0.0129:
    BE07 0.94, BE10 1.49 at 0.0114, BF08 1.07, BF12 0.72 at 0.0121, BG09
    1.37, BG12 0.64 at 0.0129), for the flag flip.
Each load is rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw59/design.py picked the pair of size and rate with the
smallest error in the usual ranges, /work/tracelab-raw59/verify.py checked
it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BH01 b 22 lines at 106, 320 MiB; BH02 c 6 KB
  at 94, 300 MiB; BH03 d 6 KB at 79, 320 MiB; BH04 a 5 KB at 62, 300
  MiB); fixed-later ~5 %/h (BH05 a 5 KB at 61, 320 MiB; BH06 b 19 lines
  at 107, 300 MiB); flag-flip ~4.5 %/h (BH07 d 5 KB at 90, 320 MiB);
  night-pause ~5 %/h at 21:00 (BH08 c 6 KB at 128, 300 MiB: ~6.8 %/h at
  the peak load, 0.733 of it at 21:00); multi-task ~4.5 %/h per task
  (BH10 b 21 lines at 186 over 2 tasks, 320 MiB); slow-leak ~1.5 %/h
  (BH11 c 2 KB at 90, 320 MiB); hourly ~4 %/h (BH12 a 4 KB at 57, 300
  MiB).  The OOM case has no aim: BH09 d 64 KB at 180, 320 MiB / heap
  160, as AU12.  Every b is on the quote route with 400 SKUs (a bounded
  per-SKU cache in good releases).  Healthy, earlier loads: BH13 step,
  orders 5 KB at 95 (as BD16 and BF16), 300 MiB; BH14 step, quote 20 lines
  at 95 (as BE16 and BF13), 320 MiB; both 60000 entries; BH15 LRU_MAX 400,
  9000 SKUs, quote 22 lines at 95 (as BG15), 300 MiB; BH16 f, reports of
  450 KB held 430 ms at 100 req/s with 72 workers (as AQ18), 320 MiB.
  Heap 160 MB everywhere.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBG = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios58.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BG

_BH07 = [45, 75, 120, 45]

BH_SCENARIOS = [
    # ================================================================== frequent-deploys (BH01 dev, BH02-BH04 validation)
    dict(name="BH01-b-frequent-deploys-culprit-4-320", seed=59001, kind="b", culprit=4,
         intervals=gen_intervals(59001, 8, lo=15, hi=45),
         start="2029-08-02T11:21:00Z", service="borscht-blini-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/borscht-beetroot-quote-memo", "Memoise borscht blini quotes per beetroot and smetana"),
         note="8 deploys 23-42 min apart, culprit #4 at 13:10 (5 leaking intervals, 23-42 min; its own 36 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BH02-c-frequent-deploys-culprit-5-300", seed=59002, kind="c", culprit=5,
         intervals=gen_intervals(59002, 8, lo=15, hi=45),
         start="2029-08-03T10:41:00Z", service="bobsleigh-luge-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=94, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bobsleigh-pusher-listeners", "Tell open bobsleigh luge bookings when a pusher frees"),
         note="8 deploys 21-41 min apart, culprit #5 at 13:10 (4 leaking intervals, 30-41 min; its own 30 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="BH03-d-frequent-deploys-culprit-4-320", seed=59003, kind="d", culprit=4,
         intervals=gen_intervals(59003, 8, lo=15, hi=45),
         start="2029-08-04T11:33:00Z", service="bunsen-beaker-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=79, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bunsen-burette-timers", "Confirm bunsen beaker bookings from delayed burette timers"),
         note="8 deploys 15-38 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-38 min; its own 25 min); "
              "~5 %/h of 320 MiB at peak; ascending"),
    dict(name="BH04-a-frequent-deploys-culprit-5-300", seed=59004, kind="a", culprit=5,
         intervals=gen_intervals(59004, 9, lo=15, hi=45),
         start="2029-08-05T10:52:00Z", service="blancmange-custard-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=62, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/blancmange-jelly-history", "Keep blancmange custard orders for the jelly history"),
         note="9 deploys 16-45 min apart, culprit #5 at 13:10 (5 leaking intervals, 18-45 min; its own 45 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== fixed-later (BH05 dev, BH06 validation)
    dict(name="BH05-a-fixed-one-later-320", seed=59005, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(59005, 4, lo=55, hi=80),
         start="2029-08-06T10:59:00Z", service="buttonhole-haberdashery-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=61, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/buttonhole-thimble-history", "Keep buttonhole haberdashery orders for the thimble history"),
         fixed_pr_title=("fix/buttonhole-thimble-history-written", "Stop keeping buttonhole haberdashery orders once the thimble history is written"),
         note="leak from #2 at 13:10 (70 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:20 "
              "(80 min of the fixed release, then #4 at 15:40, 71 min); epoch, ascending"),
    dict(name="BH06-b-fixed-two-later-300", seed=59006, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(59006, 5, lo=55, hi=80),
         start="2029-08-07T11:10:00Z", service="birchbark-portage-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/birchbark-gunwale-quote-memo", "Memoise birchbark portage quotes per gunwale and thwart"),
         fixed_pr_title=("fix/birchbark-quote-memo-per-sku", "Key birchbark portage quotes per SKU again, not per gunwale and thwart"),
         note="leak from #2 at 13:10 (66 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 14:16 still leaks "
              "(61 min); fixed by #4 at 15:17 two deploys later (65 min of the fixed release, then #5 at 16:22, "
              "55 min); good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== singles (all validation)
    dict(name="BH07-d-flag-flip-320", seed=59007, kind="d", flag="bouzouki_taverna_rebetiko_timers",
         flag_at=sum(_BH07[:2]) + 60, intervals=list(_BH07),
         start="2029-08-08T10:00:00Z", service="bouzouki-taverna-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag bouzouki_taverna_rebetiko_timers on at 12:59:30, 60 min after #2 and 60 "
              "min before #3 (v3's interval 120 min), then one last interval of 45 min; a delayed rebetiko "
              "timer per booking (~4.5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="BH08-c-night-pause-evening-culprit-300", seed=59008, kind="c", culprit=2,
         intervals=[35, 35, 250, 35],
         start="2029-08-09T19:30:00Z", service="bioluminescence-plankton-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=128, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bioluminescence-glowboat-listeners", "Tell open bioluminescence plankton bookings when a glowboat frees"),
         note="leak from #2 at 20:40 (~5 %/h at 21:00), through a 250 min night interval to 00:50 where the slope "
              "follows the traffic down (~2.6 %/h by 01:00); #3 still leaks; epoch, ascending"),
    dict(name="BH09-d-oom-fast-culprit-2-320", seed=59009, kind="d", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2029-08-10T11:35:00Z", service="brownstone-stoop-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/brownstone-cornice-timers", "Release brownstone stoop bookings from delayed cornice timers"),
         note="leak from #2 at 13:10, 64 KB orders at 180 req/s (as AU12 and AS12): OOM within about an hour of "
              "the onset (heap 160 MB); #3 (35 min) still leaking"),
    dict(name="BH10-b-two-tasks-culprit-2-320", seed=59010, kind="b", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(59010, 3, lo=55, hi=80),
         start="2029-08-11T10:43:00Z", service="bunkbed-dormitory-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=186, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bunkbed-duvet-quote-memo", "Memoise bunkbed dormitory quotes per duvet and mattress"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (60 and 58 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; epoch, ascending"),
    dict(name="BH11-c-slow-leak-culprit-2-320", seed=59011, kind="c", culprit=2,
         intervals=[50, 50, 95, 100],
         start="2029-08-12T11:30:00Z", service="birdwatch-warbler-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/birdwatch-binocular-listeners", "Tell open birdwatch warbler bookings when a binocular hide frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    dict(name="BH12-a-hourly-culprit-2-300", seed=59012, kind="a", culprit=2,
         intervals=gen_intervals(59012, 3, lo=60, hi=85),
         start="2029-08-13T10:52:00Z", service="bonbon-praline-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=57, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bonbon-truffle-history", "Keep bonbon praline orders for the truffle history"),
         note="3 deploys 60-70 min apart (hourly), culprit #2 at 13:10 in the middle (70 and 60 min leaking); "
              "~4 %/h of 300 MiB at peak"),
    # ================================================================== healthy-step (BH13 dev, BH14 validation)
    dict(name="BH13-step-frequent-orders-300", seed=59013, kind="step", culprit=4,
         intervals=gen_intervals(59013, 8, lo=20, hi=40),
         start="2029-08-14T11:28:00Z", service="boules-petanque-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/boules-cochonnet-table-at-boot", "Load the boules cochonnet table at boot"),
         note="level shift at #4 of 8 (13:10), orders route; 8 deploys 20-29 min apart; no trend after; must not "
              "alarm; epoch, ascending"),
    dict(name="BH14-step-hours-quote-320", seed=59014, kind="step", culprit=2,
         intervals=gen_intervals(59014, 3, lo=80, hi=100),
         start="2029-08-15T10:01:00Z", service="basilica-buttress-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/basilica-nave-table-at-boot", "Load the basilica nave table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 82-92 min apart (85 and 82 min after the "
              "step); no trend after; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BH15-e-lru-frequent-400-300", seed=59015, kind="e",
         intervals=gen_intervals(59015, 8, lo=20, hi=45),
         start="2029-08-16T11:00:00Z", service="bowstring-bullseye-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 21-43 min apart, 11:00 through the "
              "peak; must not alarm; epoch"),
    dict(name="BH16-f-load-morning-to-afternoon-320", seed=59016, kind="f", workers=72,
         intervals=gen_intervals(59016, 4, lo=50, hi=75),
         start="2029-08-17T09:40:00Z", service="barrister-blotter-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="reports in flight follow the load up from the morning (09:40) into the afternoon (15:07), across "
              "4 deploys 61-75 min apart; must not alarm; epoch"),
]

SCENARIOS = _RBG + BH_SCENARIOS
