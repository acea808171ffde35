"""memblame's tracelab scenarios, batch 65: BN01..BN16 (real memory traces with labels).

(Named BN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-64 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL and BM.  No case folder, scenario name or split entry
starts with "BN"; neither tracelab nor these files parse the prefix of a
name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 65"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios65.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios65.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw65 BN08-... BN05-...

(No long-interval case: the longest, BN08, has 412 samples, about 103 s of
recording; the 16 cases have 4 620 samples in all, kept short for a
recording budget of 1100 s.  Every case over 295 samples (BN03, BN05, BN07,
BN08) and four shorter ones (BN02, BN10, BN13, BN15) use ts_format
"wire" (epoch seconds), so that no metrics.json comes near the 30 KB
limit for an uncompressed file; the ISO 8601 cases have 295 samples or
fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios64.py
first, unchanged and in the same order (positions 11..1132, exactly as when
scenarios64.py is passed), and the BN scenarios after them (positions
1133..1148).  Only the BN scenarios are recorded from this file.  Seeds are
65001..65016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw65/check_numbers.py, batch 64's adapted to BN).  Two
collisions on the first run: BN06's 65006 gave a PR (401419) equal to a
pipeline number of AC10-d-fixed-two-later, and BN12's 65012 a PR (403474)
equal to a pipeline number of AC13-e-lru-noon-280-320 (scenarios and cases
in real/); they got 65106 and 65112 (the +100 of the rule, as BI04 in
batch 60 and BB06 in batch 53), BN06's intervals still drawn with 65006
(BN12's are written out).  Every other seed is the first one tried.

The mix, a broad blind validation over every leak kind (a, b, c, d) and
thirteen existing regimes, as batch 63's:
  frequent-deploys (3): b next to the per-SKU cache of 400 SKUs (BN01
    dev), c (BN02) and d (BN03); 8-9 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at different
    positions and times of day, each with an own interval of 25 min or
    more in its seed's draw: #5 at 14:50 (BN01, own 30 min, 5 leaking
    intervals), #3 at 12:40 (BN02, own 36 min, 6 leaking intervals), #6 at
    16:20 (BN03, own 36 min, 3 leaking intervals, to 18:22);
  hourly (1): a, 3 deploys 60-85 min apart (gen_intervals(seed, 3, lo=60,
    hi=85)), the culprit #2 at 13:10 in the middle (BN04);
  few-hours (1): b next to the per-SKU cache of 400 SKUs, intervals 45,
    150, 130, 35 (as BL06 and BJ06), the culprit #2 at 13:10 (BN05);
  culprit-early (1): d, the culprit #1 at 11:30 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BN06, as BL07);
  fixed-later (2): a fixed one deploy later (BN07 dev; 4 deploys 67-76 min
    apart) and c fixed two deploys later (BN08; 5 deploys 59-79 min apart),
    both gen_intervals(seed, n, lo=55, hi=80), the culprit #2 at 13:10;
  flag-flip (1): d, a flag switched on at 12:59:30, 60 min after #2 and 60
    min before #3 (v3's interval 120 min; [45, 75, 120, 45] as BL10 and
    BJ10), no culprit deploy (BN09);
  multi-task (1): c, 2 tasks, rolling deploys 4 min apart, the culprit #2
    of 3 at 13:10 (gen_intervals(seed, 3, lo=55, hi=80)) (BN10, as BL11;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  oom-fast (1): c, 75 KB orders at 178 req/s from #2 at 13:10, 300 MiB /
    heap 160, [50, 45, 95, 35] (BN11, AQ12's, BJ12's and BL12's recipe:
    an OOM about 45-55 min after the onset);
  slow-leak (1): b next to the per-SKU cache of 400 SKUs, ~1.5 %/h, the
    culprit #2 at 13:10 after two 50 min healthy intervals, then 95 and 100
    min leaking (BN12, BL13's intervals; a b as BI11, BG10 and BD10);
  quick-followup (1): c, the culprit #2 at 13:10 runs only 10 min before
    an unrelated follow-up #3 at 13:20 (which still leaks, 90 min), then #4
    at 14:50 (45 min) ([45, 50, 10, 90, 45]; BK09's [45, 50, 8, 90, 45]
    with a 10 min follow-up) (BN13);
  healthy-lru (1): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote), 3
    deploys 63-69 min apart (gen_intervals(seed, 3, lo=60, hi=75)) from
    11:00 through the peak to 15:19 (BN14, as BK15 with hourly deploys);
  healthy-step (1): a 60000-entry table loaded at boot from the step
    deploy #5 of 8 on (13:10), orders, 8 deploys 22-39 min apart
    (gen_intervals(seed, 8, lo=20, hi=40)) (BN15, as BK14 with frequent
    deploys);
  healthy-flat (1): kind none on the orders route, 3 deploys 60-85 min
    apart (gen_intervals(seed, 3, lo=60, hi=85)) from 11:10 to 16:03 (BN16,
    as AQ16 with hourly deploys).

Split (Tests/Traces/split65.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (BN01,
BN07), 14 validation.

  three:  frequent-deploys BN01-BN03
  two:    fixed-later BN07-BN08
  single: hourly BN04, few-hours BN05, culprit-early BN06, flag-flip BN09,
          multi-task BN10, oom-fast BN11, slow-leak BN12, quick-followup
          BN13, healthy-lru BN14, healthy-step BN15, healthy-flat BN16

13 leaking (a: BN04, BN07; b: BN01, BN05, BN12; c: BN02, BN08, BN10, BN11,
BN13; d: BN03, BN06, BN09; BN09 a flag flip with no culprit deploy; BN07
fixed one deploy later, BN08 two), 3 healthy (BN14 e, BN15 step, BN16
none).

Loads by batch 64's "units for the next batch" (the rule moved on by one
batch: the mean over every case of batches 62-64 of a kind and class
(frequent deploys; intervals of an hour or more) of (its unit) x (its
measured / aimed ratio), %/h per unit of load at peak traffic at 256 MiB;
multiply by 256 / limit for another limit; per task divide the load by the
number of tasks) (/work/tracelab-raw65/units.py reproduces all eight):
  a 0.0167 frequent (not used), 0.0205 over an hour or more (was 0.0225);
  b 0.00268 frequent (was 0.00301: BL02 and BM01-BM08, the slow BM07's
    0.43 among them), 0.00262 over an hour or more (was 0.00284);
  c 0.0142 frequent (was 0.0103: BK10 1.32, BM10 1.38), 0.0122 over an
    hour or more (was 0.0125);
  d 0.0134 frequent (was 0.0145; batch 47's exception: BK11 0.87, BL03
    0.90 before their GCs; plain rule 0.00887), 0.0149 over an hour or
    more (was 0.0115: BK04 1.12, BL06 1.15, BL08 1.62).
Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw65/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s, b 15-22
lines at 80-119, the slow b 7-9 lines at 75-100, c 5-9 KB at 75-120
(150-240 over two tasks), d 4-6 KB at 70-110; design.out;
/work/tracelab-raw65/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BN01 b 19 lines at 115, 300 MiB; BN02 c 5 KB at
  88, 320 MiB; BN03 d 6 KB at 73, 300 MiB); hourly ~4 %/h (BN04 a 4 KB at
  57, 300 MiB); few-hours ~4 %/h (BN05 b 18 lines at 106, 320 MiB);
  culprit-early ~4.5 %/h (BN06 d 5 KB at 71, 300 MiB); fixed-later ~5 %/h
  (BN07 a 5 KB at 61, 320 MiB; BN08 c 5 KB at 96, 300 MiB); flag-flip ~4.5
  %/h (BN09 d 4 KB at 94, 320 MiB); multi-task ~4.5 %/h per task (BN10 c 6
  KB at 154 over 2 tasks, 320 MiB); slow-leak ~1.5 %/h (BN12 b 7 lines at
  96, 300 MiB); quick-followup ~4.5 %/h (BN13 c 6 KB at 77, 320 MiB).  The
  OOM case has no aim and copies AQ12, BJ12 and BL12 (c 75 KB at 178
  req/s, 300 MiB / heap 160, [50, 45, 95, 35], the culprit at 13:10).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BN14 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BK15 and BL14), 320 MiB; BN15 step, orders 5 KB
  at 95 with 60000 entries (as BK14 and BL15), 300 MiB; BN16 orders 5 KB
  at 95 (as BL16 and BM16), 320 MiB.  Heap 160 MB everywhere.  The "~N
  %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBM = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios64.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BM

_BN05 = [45, 150, 130, 35]
_BN09 = [45, 75, 120, 45]
_BN11 = [50, 45, 95, 35]
_BN12 = [50, 50, 95, 100]
_BN13 = [45, 50, 10, 90, 45]

BN_SCENARIOS = [
    # ================================================================== frequent-deploys (BN01 dev, BN02-BN03 validation)
    dict(name="BN01-b-frequent-deploys-culprit-5-300", seed=65001, kind="b", culprit=5,
         intervals=gen_intervals(65001, 9, lo=15, hi=45),
         start="2029-11-06T12:28:00Z", service="bluebonnet-paintbrush-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bluebonnet-lupine-quote-memo", "Memoise bluebonnet paintbrush quotes per lupine and customer"),
         note="9 deploys 15-42 min apart from 12:28, culprit #5 at 14:50 (5 leaking intervals, 15-42 min; its own "
              "30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BN02-c-frequent-deploys-culprit-3-320", seed=65002, kind="c", culprit=3,
         intervals=gen_intervals(65002, 8, lo=15, hi=45),
         start="2029-11-07T10:35:00Z", service="bulgogi-kimchi-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bulgogi-japchae-listeners", "Tell open bulgogi kimchi bookings when a japchae table frees"),
         note="8 deploys 19-44 min apart from 10:35, culprit #3 at 12:40 (6 leaking intervals, 19-36 min; its own "
              "36 min); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="BN03-d-frequent-deploys-culprit-6-300", seed=65003, kind="d", culprit=6,
         intervals=gen_intervals(65003, 8, lo=15, hi=45),
         start="2029-11-08T13:08:00Z", service="barramundi-snapper-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=73, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/barramundi-mackerel-timers", "Confirm barramundi snapper bookings from delayed mackerel timers"),
         note="8 deploys 26-45 min apart from 13:08, culprit #6 at 16:20 (3 leaking intervals, 36-45 min, to "
              "18:22; its own 36 min); ~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="BN04-a-hourly-culprit-2-300", seed=65004, kind="a", culprit=2,
         intervals=gen_intervals(65004, 3, lo=60, hi=85),
         start="2029-11-09T10:46:00Z", service="biathlon-skijoring-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=57, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/biathlon-piste-history", "Keep biathlon skijoring orders for the piste history"),
         note="3 deploys 60-85 min apart (hourly), culprit #2 at 13:10 in the middle (60 and 85 min leaking); "
              "~4 %/h of 300 MiB at peak; ascending"),
    dict(name="BN05-b-few-hours-culprit-2-320", seed=65005, kind="b", culprit=2,
         intervals=list(_BN05),
         start="2029-11-10T09:55:00Z", service="bluestem-switchgrass-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bluestem-prairie-quote-memo", "Memoise bluestem switchgrass quotes per prairie and customer"),
         note="v1 45 min, #1 at 10:40 (150 min), the culprit #2 at 13:10 (130 min) in the middle, then #3 at "
              "15:20 (35 min, still leaking); ~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs); epoch, ascending"),
    dict(name="BN06-d-culprit-first-after-40-300", seed=65106, kind="d", culprit=1,
         intervals=gen_intervals(65006, 3, {0: 40}, lo=35, hi=80),
         start="2029-11-11T10:50:00Z", service="bloodhound-beagle-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=71, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bloodhound-foxhound-timers", "Confirm bloodhound beagle bookings from delayed foxhound timers"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (37-69 "
              "min, ~4.5 %/h of 300 MiB at peak)"),
    # ================================================================== fixed-later (BN07 dev, BN08 validation)
    dict(name="BN07-a-fixed-one-later-320", seed=65007, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(65007, 4, lo=55, hi=80),
         start="2029-11-12T10:49:00Z", service="beignet-chicory-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=61, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/beignet-roux-history", "Keep beignet chicory orders for the roux history"),
         fixed_pr_title=("fix/beignet-roux-history-written", "Stop keeping beignet chicory orders once the roux history is written"),
         note="leak from #2 at 13:10 (76 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:26 "
              "(73 min of the fixed release, then #4 at 15:39, 69 min); epoch, ascending"),
    dict(name="BN08-c-fixed-two-later-300", seed=65008, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(65008, 5, lo=55, hi=80),
         start="2029-11-13T10:55:00Z", service="bolas-gaucho-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=96, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bolas-pampas-listeners", "Tell open bolas gaucho bookings when a pampas ranch frees"),
         fixed_pr_title=("fix/bolas-pampas-listener-cleanup", "Remove the pampas listener when a bolas gaucho booking finishes"),
         note="leak from #2 at 13:10 (67 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 14:17 still leaks "
              "(66 min); fixed by #4 at 15:23 two deploys later (79 min of the fixed release, then #5 at 16:42, "
              "65 min); epoch"),
    # ================================================================== singles (all validation)
    dict(name="BN09-d-flag-flip-320", seed=65009, kind="d", flag="brisling_sprat_pilchard_timers",
         flag_at=sum(_BN09[:2]) + 60, intervals=list(_BN09),
         start="2029-11-14T10:00:00Z", service="brisling-sprat-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=94, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag brisling_sprat_pilchard_timers on at 12:59:30, 60 min after #2 and 60 min "
              "before #3 (v3's interval 120 min), then one last interval of 45 min; a delayed pilchard timer per "
              "booking (~4.5 %/h of 320 MiB at peak) from then on; ascending"),
    dict(name="BN10-c-two-tasks-culprit-2-320", seed=65010, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(65010, 3, lo=55, hi=80),
         start="2029-11-15T11:11:00Z", service="bloomery-puddler-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=154, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bloomery-slag-listeners", "Tell open bloomery puddler bookings when a slag heap changes"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (71 and 59 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="BN11-c-oom-fast-culprit-2-300", seed=65011, kind="c", culprit=2,
         intervals=list(_BN11),
         start="2029-11-16T11:35:00Z", service="bunyip-yowie-orders",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bunyip-gumtree-listeners", "Tell open bunyip yowie orders when a gumtree camp changes"),
         note="leak from #2 at 13:10, 75 KB orders at 178 req/s (as AQ12, BJ12 and BL12): OOM about 45-55 min "
              "after the onset (heap 160 MB), in #2 (95 min); #3 (35 min) still leaking"),
    dict(name="BN12-b-slow-leak-culprit-2-300", seed=65112, kind="b", culprit=2,
         intervals=list(_BN12),
         start="2029-11-17T11:30:00Z", service="brolly-galoshes-quotes",
         profile="quote", params={"detail": 7, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/brolly-mackintosh-quote-memo", "Memoise brolly galoshes quotes per mackintosh and customer"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    dict(name="BN13-c-quick-followup-culprit-2-320", seed=65013, kind="c", culprit=2,
         intervals=list(_BN13),
         start="2029-11-18T11:35:00Z", service="batik-tjanting-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=77, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/batik-sarong-listeners", "Tell open batik tjanting bookings when a sarong frees"),
         note="culprit #2 at 13:10 runs only 10 min before an unrelated follow-up #3 at 13:20 (which still leaks, "
              "90 min), then #4 at 14:50 (45 min); ~4.5 %/h of 320 MiB at peak; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="BN14-e-lru-hourly-400-320", seed=65014, kind="e",
         intervals=gen_intervals(65014, 3, lo=60, hi=75),
         start="2029-11-19T11:00:00Z", service="bullring-picador-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 3 deploys 63-69 min apart (hourly), from 11:00 "
              "through the peak to 15:19; must not alarm"),
    dict(name="BN15-step-frequent-orders-300", seed=65015, kind="step", culprit=5,
         intervals=gen_intervals(65015, 8, lo=20, hi=40),
         start="2029-11-20T10:55:00Z", service="bracket-corbel-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bracket-lintel-table-at-boot", "Load the bracket lintel table at boot"),
         note="level shift at #5 of 8 (13:10), orders route; 8 deploys 22-39 min apart (39, 39, 32 and 30 min "
              "after the step); no trend after; must not alarm; epoch, ascending"),
    dict(name="BN16-none-hourly-orders-320", seed=65016, kind="none",
         intervals=gen_intervals(65016, 3, lo=60, hi=85),
         start="2029-11-21T11:10:00Z", service="barrow-cairn-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:10 into the afternoon (16:03 end); 3 deploys 60-85 min apart (hourly); "
              "must not alarm; ascending"),
]

SCENARIOS = _RBM + BN_SCENARIOS
