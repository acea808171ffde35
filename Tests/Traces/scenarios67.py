"""memblame's tracelab scenarios, batch 67: BP01..BP16 (real memory traces with labels).

(Named BP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-66 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN and BO.  No case folder, scenario name or split
entry starts with "BP"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 67"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios67.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios67.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw67 BP05-... BP09-...

(No long-interval case, as batches 63 and 65: tracelab has no time
compression (a sample is always 0.25 s of recording and one simulated
minute), so deploys 6-12 h apart would take 360-720 samples per interval;
the longest rhythm here is BP05's slow leak with intervals of 105 and 180
min, and the longest cases, BP05 and BP09 (a 250 min night interval), have
350 samples, about 88 s of recording; the 16 cases have 4 605 samples in
all, kept short for a recording budget of 1100 s.  Every case over 280
samples (BP01, BP03, BP05-BP09, BP14) and two shorter ones (BP13, BP16)
use ts_format "wire" (epoch seconds), so that no metrics.json comes near
the 30 KB limit for an uncompressed file; the ISO 8601 cases have 280
samples or fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios66.py
first, unchanged and in the same order (positions 11..1164, exactly as when
scenarios66.py is passed), and the BP scenarios after them (positions
1165..1180).  Only the BP scenarios are recorded from this file.  Seeds are
67001..67016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw67/check_numbers.py, batch 66's adapted to BP).

The mix, a broad blind validation over every leak kind (a, b, c, d) and
eleven existing regimes, as batches 63 and 65:
  frequent-deploys (2): b next to the per-SKU cache of 400 SKUs, 8 deploys
    15-45 min apart (gen_intervals(seed, 8, lo=15, hi=45)); the culprits
    #5 at 14:16 (BP01 dev, own 32 min, 4 leaking intervals) and #3 at
    15:26 (BP02, own 28 min, 6 leaking intervals, to 18:26);
  hourly (1): d, 3 deploys 71-79 min apart (gen_intervals(seed, 3, lo=60,
    hi=85)), the culprit #2 at 12:22 in the middle (BP03);
  slow-leak (2): ~1.5 %/h, a at a 1-1.5 h rhythm (BP04 dev: 45, 50, then
    90 and 95 min leaking from #2 at 14:30) and c at a few-hours rhythm
    (BP05: 35, 105, then 180 and 30 min leaking from #2 at 11:35);
  fixed-later (3): the fix named in labels.json: c fixed one deploy later
    (BP06 dev; 4 deploys 56-74 min apart, gen_intervals(seed, 4, lo=55,
    hi=80); #2 at 13:35, the fix #3 at 14:31), b fixed two deploys later
    (BP07; 5 deploys 45-56 min apart, gen_intervals(seed, 5, lo=40,
    hi=60); #2 at 12:04, the unrelated #3 still leaking, the fix #4 at
    13:38) and a fixed three deploys later (BP08; 6 deploys 41-55 min
    apart, gen_intervals(seed, 6, lo=40, hi=60); #2 at 12:46, #3 and #4
    still leaking, the fix #5 at 15:02);
  night-pause (1): a traffic-driven leak from an evening culprit, #2 at
    21:30 after 35 and 35 min, one 250 min night interval to 01:40 (the
    traffic falls from 0.69 of the peak to 0.35), then 30 min still
    leaking (BP09, BK08's form with a longer night);
  multi-task (1): d, 2 tasks, rolling deploys 4 min apart, the culprit #2
    of 3 at 13:06 (gen_intervals(seed, 3, lo=55, hi=70)) (BP10;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  culprit-early (1): c, the culprit #1 at 11:15 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BP11);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines
    at 95 req/s) with 7 deploys 19-44 min apart from 12:05 (BP12 dev,
    gen_intervals(seed, 7, lo=15, hi=45)), and a warm-up that saturates: a
    larger LRU (LRU_MAX 800, 8000 SKUs, quote 36 lines at 100 req/s, about
    35 min to fill at peak traffic) with 3 deploys 59-69 min apart from
    10:30 (BP13, gen_intervals(seed, 3, lo=55, hi=80));
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #2 of 4 on (13:41), orders, 46-64 min apart (gen_intervals(seed, 4,
    lo=45, hi=70)) (BP14, as BL15);
  healthy-frequent (1): kind none on the orders route, 9 deploys 17-28 min
    apart from 13:25 (gen_intervals(seed, 9, lo=16, hi=30)) (BP15);
  healthy-flat (1): kind none on the quote route with 400 SKUs, 2 deploys
    60-81 min apart from 10:45 (gen_intervals(seed, 2, lo=60, hi=85))
    (BP16).

Split (Tests/Traces/split67.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev (BP01,
BP04, BP06, BP12), 12 validation.

  three:  fixed-later BP06-BP08
  two:    frequent-deploys BP01-BP02, slow-leak BP04-BP05, healthy-lru
          BP12-BP13
  single: hourly BP03, night-pause BP09, multi-task BP10, culprit-early
          BP11, healthy-step BP14, healthy-frequent BP15, healthy-flat BP16

11 leaking (a: BP04, BP08, BP09; b: BP01, BP02, BP07; c: BP05, BP06, BP11;
d: BP03, BP10; BP06 fixed one deploy later, BP07 two, BP08 three), 5
healthy (BP12 and BP13 e, BP14 step, BP15 and BP16 none).

Loads by batch 66's "units for the next batch" (the rule moved on by one
batch: the mean over every case of batches 64-66 of a kind and class
(frequent deploys; intervals of an hour or more) of (its unit) x (its
measured / aimed ratio), %/h per unit of load at peak traffic at 256 MiB;
multiply by 256 / limit for another limit; per task divide the load by the
number of tasks) (/work/tracelab-raw67/units.py reproduces all eight):
  a 0.0162 frequent (not used), 0.0198 over an hour or more (was 0.0183);
  b 0.00298 frequent (was 0.00276), 0.00341 over an hour or more (was
    0.00288);
  c 0.0116 frequent (not used), 0.00903 over an hour or more (was 0.0108);
  d 0.0139 frequent (not used), 0.00805 over an hour or more (was 0.012).
The fixed-later cases use the units over an hour or more, as every earlier
fixed-later case (BP07's and BP08's deploys are 41-56 min apart).  Each
load rounded so the unit gives the aim within 0.5 % (the slow a's 2 KB
within 0.9 %) (/work/tracelab-raw67/design.py picked the pair of size and
rate with the smallest error in the usual ranges: a 4-7 KB at 40-100
req/s, the slow a 2 KB at 40-100, b 15-22 lines at 80-119, c 5-9 KB at
75-120, the slow c 2-3 KB at 50-120, d 4-6 KB at 70-110 (150-240 over two
tasks); design.out; /work/tracelab-raw67/verify.py checked it).  Aims at
peak traffic:
  frequent-deploys ~5 %/h (BP01 b 20 lines at 105, 320 MiB; BP02 b 18
  lines at 109, 300 MiB); hourly ~4 %/h (BP03 d 6 KB at 97, 300 MiB);
  slow-leak ~1.5 %/h (BP04 a 2 KB at 44, 300 MiB; BP05 c 2 KB at 104, 320
  MiB); fixed-later ~5 %/h (BP06 c 7 KB at 99, 320 MiB; BP07 b 17 lines
  at 101, 300 MiB; BP08 a 4 KB at 79, 320 MiB); multi-task ~4.5 %/h per
  task (BP10 d 6 KB at 233 over 2 tasks, 320 MiB); culprit-early ~4.5 %/h
  (BP11 c 5 KB at 117, 300 MiB).  The night pause aims at ~5 %/h at the
  culprit's traffic (21:30, 0.688 of the peak, as BK08's ~5 at 21:00):
  BP09 a 5 KB at 86, 300 MiB, so ~7.3 %/h at peak traffic and ~2.4 %/h
  at 01:40 (0.33 of the peak).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BP12 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BO11-BO13 and BN14), 300 MiB; BP13 LRU_MAX 800,
  8000 SKUs, quote 36 lines at 100 (P18's load with an LRU of 800 instead
  of 1200), 320 MiB; BP14 step, orders 5 KB at 95 with 60000 entries (as
  BL15 and BN15), 320 MiB; BP15 orders 5 KB at 95 (as BO16), 300 MiB; BP16
  quote 20 lines at 95 with 400 SKUs (as BO15), 320 MiB.  Heap 160 MB
  everywhere.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBO = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios66.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BO

_BP04 = [45, 50, 90, 95]
_BP05 = [35, 105, 180, 30]
_BP09 = [35, 35, 250, 30]

BP_SCENARIOS = [
    # ================================================================== frequent-deploys (BP01 dev, BP02 validation)
    dict(name="BP01-b-frequent-deploys-culprit-5-320", seed=67001, kind="b", culprit=5,
         intervals=gen_intervals(67001, 8, lo=15, hi=45),
         start="2029-12-08T11:20:00Z", service="bontebok-blesbok-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bontebok-springbok-quote-memo", "Memoise bontebok blesbok quotes per springbok and customer"),
         note="8 deploys 15-43 min apart from 11:20, culprit #5 at 14:16 (4 leaking intervals, 20-42 min; its own "
              "32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BP02-b-frequent-deploys-culprit-3-300", seed=67002, kind="b", culprit=3,
         intervals=gen_intervals(67002, 8, lo=15, hi=45),
         start="2029-12-09T14:10:00Z", service="burrata-bocconcini-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/burrata-ricotta-quote-memo", "Memoise burrata bocconcini quotes per ricotta and customer"),
         note="8 deploys 19-37 min apart from 14:10, culprit #3 at 15:26 (6 leaking intervals, 19-37 min, to "
              "18:26; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== hourly (single, validation)
    dict(name="BP03-d-hourly-culprit-2-300", seed=67003, kind="d", culprit=2,
         intervals=gen_intervals(67003, 3, lo=60, hi=85),
         start="2029-12-10T09:55:00Z", service="bhuna-balti-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bhuna-korma-timers", "Confirm bhuna balti bookings from delayed korma timers"),
         note="3 deploys 71-79 min apart (hourly), culprit #2 at 12:22 in the middle (71 and 79 min leaking); "
              "~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== slow-leak (BP04 dev, BP05 validation)
    dict(name="BP04-a-slow-leak-culprit-2-300", seed=67004, kind="a", culprit=2,
         intervals=list(_BP04),
         start="2029-12-11T12:55:00Z", service="bauxite-bornite-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=44, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bauxite-galena-history", "Keep bauxite bornite orders for the galena history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 14:30 after 45 and 50 min healthy intervals; "
              "90 and 95 min leaking intervals (185 min after the culprit, to 17:35); ascending"),
    dict(name="BP05-c-slow-leak-few-hours-culprit-2-320", seed=67005, kind="c", culprit=2,
         intervals=list(_BP05),
         start="2029-12-12T09:15:00Z", service="bistort-bugloss-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/bistort-betony-listeners", "Tell open bistort bugloss bookings when a betony frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) at a few-hours rhythm: v1 35 min, #1 at 09:50 (105 min), "
              "the culprit #2 at 11:35 (180 min, to 14:35), then #3 (30 min, still leaking); epoch"),
    # ================================================================== fixed-later (BP06 dev, BP07-BP08 validation)
    dict(name="BP06-c-fixed-one-later-320", seed=67006, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(67006, 4, lo=55, hi=80),
         start="2029-12-13T11:05:00Z", service="brill-blenny-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/brill-tench-listeners", "Tell open brill blenny bookings when a tench frees"),
         fixed_pr_title=("fix/brill-tench-listener-cleanup", "Remove the tench listener when a brill blenny booking finishes"),
         note="leak from #2 at 13:35 (56 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:31 "
              "(65 min of the fixed release, then #4 at 15:36, 74 min); epoch, ascending"),
    dict(name="BP07-b-fixed-two-later-300", seed=67007, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(67007, 5, lo=40, hi=60),
         start="2029-12-14T10:15:00Z", service="bucatini-bigoli-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bucatini-orzo-quote-memo", "Memoise bucatini bigoli quotes per orzo and customer"),
         fixed_pr_title=("fix/bucatini-quote-memo-per-sku", "Key bucatini bigoli quotes per SKU again, not per orzo and customer"),
         note="leak from #2 at 12:04 (49 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 12:53 still leaks "
              "(45 min); fixed by #4 at 13:38 two deploys later (47 min of the fixed release, then #5 at 14:25, "
              "56 min); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BP08-a-fixed-three-later-320", seed=67008, kind="a", culprit=2, fixed=5,
         intervals=gen_intervals(67008, 6, lo=40, hi=60),
         start="2029-12-15T11:05:00Z", service="bettong-quokka-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=79, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bettong-potoroo-history", "Keep bettong quokka orders for the potoroo history"),
         fixed_pr_title=("fix/bettong-potoroo-history-written", "Stop keeping bettong quokka orders once the potoroo history is written"),
         note="leak from #2 at 12:46 (49 min, ~5 %/h of 320 MiB at peak); the unrelated #3 at 13:35 and #4 at "
              "14:16 still leak (41 and 46 min); fixed by #5 at 15:02 three deploys later (52 min of the fixed "
              "release, then #6 at 15:54, 55 min); epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="BP09-a-night-pause-evening-culprit-300", seed=67009, kind="a", culprit=2,
         intervals=list(_BP09),
         start="2029-12-16T20:20:00Z", service="bowfin-bream-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bowfin-gudgeon-history", "Keep bowfin bream orders for the gudgeon history"),
         note="leak from #2 at 21:30 (~5 %/h at 21:30), through a 250 min night interval to 01:40 where the slope "
              "follows the traffic down (to ~2.4 %/h); #3 still leaks (30 min); epoch"),
    dict(name="BP10-d-two-tasks-culprit-2-320", seed=67010, kind="d", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(67010, 3, lo=55, hi=70),
         start="2029-12-17T10:50:00Z", service="binturong-okapi-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=233, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/binturong-duiker-timers", "Confirm binturong okapi bookings from delayed duiker timers"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:06 (66 and 70 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    dict(name="BP11-c-culprit-first-after-40-300", seed=67011, kind="c", culprit=1,
         intervals=gen_intervals(67011, 3, {0: 40}, lo=35, hi=80),
         start="2029-12-18T10:35:00Z", service="barathea-gabardine-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=117, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/barathea-worsted-listeners", "Tell open barathea gabardine bookings when a worsted frees"),
         note="culprit is the first deploy #1 at 11:15, after 40 min of v1; every later interval leaks (60-63 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    # ================================================================== healthy-lru (BP12 dev, BP13 validation)
    dict(name="BP12-e-lru-frequent-400-300", seed=67012, kind="e",
         intervals=gen_intervals(67012, 7, lo=15, hi=45),
         start="2029-12-19T12:05:00Z", service="bedstraw-bindweed-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 7 deploys 19-44 min apart, from 12:05 through the "
              "peak to 16:24; must not alarm"),
    dict(name="BP13-e-lru-hourly-800-320", seed=67013, kind="e",
         intervals=gen_intervals(67013, 3, lo=55, hi=80),
         start="2029-12-20T10:30:00Z", service="bullace-lovage-quotes",
         profile="quote", params={"detail": 36, "skus": 8000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "800"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates: bounded LRU (800 entries, ~35 min to fill at peak traffic) refilling after "
              "each of 3 deploys 59-69 min apart, from 10:30 through midday to 15:00; must not alarm; epoch, "
              "ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BP14-step-hourly-orders-320", seed=67014, kind="step", culprit=2,
         intervals=gen_intervals(67014, 4, lo=45, hi=70),
         start="2029-12-21T11:35:00Z", service="breccia-biotite-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/breccia-feldspar-table-at-boot", "Load the breccia feldspar table at boot"),
         note="level shift at #2 of 4 (13:41), orders route; 4 deploys 46-64 min apart (64, 59 and 46 min after "
              "the step); no trend after; must not alarm; epoch"),
    dict(name="BP15-none-frequent-orders-300", seed=67015, kind="none",
         intervals=gen_intervals(67015, 9, lo=16, hi=30),
         start="2029-12-22T13:25:00Z", service="bascule-trunnion-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 13:25 through the peak to 17:20; 9 deploys 19-28 min apart: each short "
              "interval is mostly warm-up; must not alarm"),
    dict(name="BP16-none-hourly-quote-320", seed=67016, kind="none",
         intervals=gen_intervals(67016, 2, lo=60, hi=85),
         start="2029-12-23T10:45:00Z", service="bunraku-kabuki-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 10:45 through midday to 14:26; 2 deploys 60-81 min apart "
              "(hourly); must not alarm; epoch, ascending"),
]

SCENARIOS = _RBO + BP_SCENARIOS
