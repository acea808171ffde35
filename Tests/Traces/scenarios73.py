"""memblame's tracelab scenarios, batch 73: BV01..BV16 (real memory traces with labels).

(Named BV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-72 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO, BP, BQ, BR, BS, BT and BU.  No case folder,
scenario name or split entry starts with "BV"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 73"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios73.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios73.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw73 BV04-... BV10-...

(A broad batch, as batch 71.  No long-interval case, as batches 63, 65, 67,
69 and 71: tracelab has no time compression (a sample is always 0.25 s of
recording and one simulated minute); the longest rhythms here are BV05's
few-hours b (120 and 140 min), BV06's culprit-last interval (135 min),
BV09's night interval (210 min) and BV13's warm-up (150 and 110 min).  The
longest case, BV04, has 379 samples (about 95 s of recording); the 16
cases have 4 570 samples in all, kept short for a recording budget of 1100
s.  Every case of 290 samples or more (BV03, BV04, BV05, BV06, BV07, BV08,
BV09, BV13) and one shorter one (BV12) use ts_format "wire" (epoch
seconds), so that no metrics.json comes near the 30 KB limit for an
uncompressed file; the ISO 8601 cases have 282 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios72.py (unchanged: scenarios71.py's
scenarios at 11..1244 (scenarios70.py's at 11..1212, batch 69's BR at
1213..1228, BT at 1229..1244), BU at 1245..1260) and lists the BV
scenarios last (1261..1276).  As with scenarios71.py and scenarios72.py,
BR's committed deploys.csv are reproduced only from scenarios69.py.  Seeds
are 73001..73016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw73/check_numbers.py, batch 72's adapted to BV); the
intervals stay the draws of the first seed, gen_intervals(730NN, ...).
One seed was bumped, once: BV10 73110 (with 73010 its culprit's PR 447538
equals a pipeline number of AH06); the other fifteen are the first tried.

The mix, a broad batch as batch 71 (11 leaking, 5 healthy):
  frequent-deploys (3): two b next to the per-SKU cache of 400 SKUs with 8
    deploys every 15-45 min (gen_intervals(seed, 8, lo=15, hi=45)), the
    culprits #7 at 14:48 (own 40 min, 2 leaking intervals, the only
    position #3..#7 of the draw with an own interval of 25 min or more;
    BV01 dev) and #4 at 14:17 (own 38 min, 5 leaking intervals, BV02), and
    a d with 8 deploys 18-44 min apart, the culprit #3 at 14:18 (own 30
    min, 6 leaking intervals, BV03);
  hourly (1): c, 4 deploys 70-85 min apart (gen_intervals(seed, 4, lo=60,
    hi=85)), the culprit #3 of 4 at 13:16 (83 and 85 min leaking) (BV04);
  few-hours (1): b, v1 45 min, #1 at 09:20 (120 min), the culprit #2 at
    11:20 (140 min), then #3 at 13:40 (35 min, still leaking) (BV05);
  culprit-last (1): a, the culprit is the last deploy #4 at 14:15 after 35,
    40, 45 and 40 min, 135 min of evidence (BV06);
  slow-leak (1): c at ~1.5 %/h (2 KB orders, as BR08), the culprit #3 at
    14:05 after 40, 35 and 45 min, then 95 and 90 min leaking (BV07);
  fixed-later (1): a fixed by the next deploy, the fix named in labels.json
    (gen_intervals(seed, 4, lo=55, hi=80); #2 at 13:00, the fix #3 at
    14:04, #4 at 15:08) (BV08);
  night-pause (1): a traffic-driven c from an evening culprit, #2 at 20:40
    after 40 and 35 min, one 210 min night interval to 00:10 (the traffic
    falls from 0.76 of the peak to 0.45), then 40 min still leaking (BV09);
  culprit-early (1): d, the culprit #1 at 14:05 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BV10);
  multi-task (1): a on 2 tasks with rolling deploys 4 min apart, the
    culprit #2 of 3 at 13:55 (gen_intervals(seed, 3, lo=55, hi=70)) (BV11;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines at
    95 req/s) with 8 deploys 17-43 min apart from 12:15
    (gen_intervals(seed, 8, lo=15, hi=45), BV12 dev), and a warm-up that
    saturates over hours: an LRU of 1200 entries (quote 24 lines at 100
    req/s) with 2 deploys 150 and 110 min apart from 08:50 (BV13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #4 of 5 on (14:24), quote with 400 SKUs, 36-54 min apart
    (gen_intervals(seed, 5, lo=35, hi=55)) (BV14);
  healthy-load (1): kind f, reports in flight following the load from the
    afternoon peak (14:20) down into the evening (18:49) across 3 deploys
    57-75 min apart (gen_intervals(seed, 3, lo=55, hi=75); O14's load)
    (BV15);
  healthy-frequent (1): kind none on the orders route, 10 deploys 16-28 min
    apart (gen_intervals(seed, 10, lo=16, hi=30)) from 10:10 through the
    morning rise to 14:01 (BV16).

Split (Tests/Traces/split73.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (BV01,
BV12), 14 validation.

  three:  frequent-deploys BV01-BV03
  two:    healthy-lru BV12-BV13
  single: hourly BV04, few-hours BV05, culprit-last BV06, slow-leak BV07,
          fixed-later BV08, night-pause BV09, culprit-early BV10,
          multi-task BV11, healthy-step BV14, healthy-load BV15,
          healthy-frequent BV16

11 leaking (a: BV06, BV08, BV11; b: BV01, BV02, BV05; c: BV04, BV07, BV09;
d: BV03, BV10; BV08 fixed one deploy later), 5 healthy (BV12 and BV13 e,
BV14 step, BV15 f, BV16 none).

Loads by the units of the rule over batches 70-72 (batch 68's rule: the
mean over every case of batches 70-72 of a kind and class (frequent
deploys; intervals of an hour or more) of (its unit) x (its measured /
aimed ratio), from the ratios the READMEs of batches 70, 71 and 72 give in
"The units, for the next batch"; %/h per unit of load at peak traffic at
256 MiB; multiply by 256 / limit for another limit; per task divide the
load by the number of tasks) (/work/tracelab-raw73/units.py, units.out):
  a 0.0207 frequent (BS08; not used), 0.0204 over an hour or more (was
    0.0187);
  b 0.00272 frequent (unchanged), 0.00291 over an hour or more (was
    0.00295);
  c 0.0116 frequent (not used), 0.00958 over an hour or more (was 0.0118);
  d 0.018 frequent (BS10 alone, unchanged), 0.00986 over an hour or more
    (was 0.0107).
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw73/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s (80-200 over
two tasks), b 15-22 lines at 80-119, c 5-9 KB at 75-120 (the slow c 2 KB
at 35-120, the night pause 5-9 KB at 75-130), d 4-6 KB at 70-110;
design.out; /work/tracelab-raw73/verify.py checked it).  Aims at peak
traffic:
  frequent-deploys ~5 %/h (BV01 b 22 lines at 98, 300 MiB; BV02 b 20
  lines at 115, 320 MiB; BV03 d 4 KB at 81, 300 MiB); hourly ~4 %/h (BV04
  c 6 KB at 87, 320 MiB); few-hours ~4 %/h (BV05 b 17 lines at 95, 300
  MiB); culprit-last ~4 %/h (BV06 a 5 KB at 46, 300 MiB); slow-leak ~1.5
  %/h (BV07 c 2 KB at 98, 320 MiB); fixed-later ~5 %/h (BV08 a 7 KB at 41,
  300 MiB); culprit-early ~4.5 %/h (BV10 d 6 KB at 95, 320 MiB);
  multi-task ~4.5 %/h per task (BV11 a 4 KB at 138 over 2 tasks, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (20:39:30, 0.764
  of the peak, as BT09, BK08, BP09 and BQ06): BV09 c 9 KB at 89, 300 MiB,
  so ~6.5 %/h at peak traffic and ~2.9 %/h at 00:10 (0.45 of the peak).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BV12 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BT12), 320 MiB; BV13 LRU_MAX 1200, 9000 SKUs,
  quote 24 lines at 100 (as BT13), 300 MiB; BV14 step, quote 20 lines at 95
  with 60000 entries and 400 SKUs (as BT14), 320 MiB; BV15 report 500 KB
  held 430 ms at 100 req/s, 72 load threads (as O14), 320 MiB; BV16 orders
  5 KB at 95 (as BT15 and BU16), 300 MiB.  Heap 160 MB everywhere.  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBU = runpy.run_path(os.path.join(_HERE, "scenarios72.py"))["SCENARIOS"]   # 11..1260 (BR 1213..1228, BT 1229..1244, BU 1245..1260)

_BV05 = [45, 120, 140, 35]
_BV06 = [35, 40, 45, 40, 135]
_BV07 = [40, 35, 45, 95, 90]
_BV09 = [40, 35, 210, 40]
_BV13 = [40, 150, 110]

BV_SCENARIOS = [
    # ================================================================== frequent-deploys (BV01 dev, BV02-BV03 validation)
    dict(name="BV01-b-frequent-deploys-culprit-7-300", seed=73001, kind="b", culprit=7,
         intervals=gen_intervals(73001, 8, lo=15, hi=45),
         start="2030-03-14T11:55:00Z", service="brunost-gjetost-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/brunost-mysost-quote-memo", "Memoise brunost gjetost quotes per mysost and customer"),
         note="8 deploys 16-42 min apart from 11:55, culprit #7 at 14:48 (2 leaking intervals, 40 and 33 min, to "
              "16:01; its own 40 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BV02-b-frequent-deploys-culprit-4-320", seed=73002, kind="b", culprit=4,
         intervals=gen_intervals(73002, 8, lo=15, hi=45),
         start="2030-03-15T12:30:00Z", service="bansuri-shehnai-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bansuri-sarangi-quote-memo", "Memoise bansuri shehnai quotes per sarangi and customer"),
         note="8 deploys 16-43 min apart from 12:30, culprit #4 at 14:17 (5 leaking intervals, 31-43 min, to 17:12; "
              "its own 38 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BV03-d-frequent-deploys-culprit-3-300", seed=73003, kind="d", culprit=3,
         intervals=gen_intervals(73003, 8, lo=15, hi=45),
         start="2030-03-16T12:40:00Z", service="bixbyite-brookite-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bixbyite-colemanite-timers", "Confirm bixbyite brookite bookings from delayed colemanite timers"),
         note="8 deploys 18-44 min apart from 12:40, culprit #3 at 14:18 (6 leaking intervals, 18-44 min, to 17:47; "
              "its own 30 min); ~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="BV04-c-hourly-culprit-3-320", seed=73004, kind="c", culprit=3,
         intervals=gen_intervals(73004, 4, lo=60, hi=85),
         start="2030-03-17T09:45:00Z", service="bichir-reedfish-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=87, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bichir-ropefish-listeners", "Tell open bichir reedfish bookings when a ropefish frees"),
         note="4 deploys 70-85 min apart (hourly), culprit #3 of 4 at 13:16 (83 and 85 min leaking, to 16:04); "
              "~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="BV05-b-few-hours-culprit-2-300", seed=73005, kind="b", culprit=2,
         intervals=list(_BV05),
         start="2030-03-18T08:35:00Z", service="bolete-chanterelle-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bolete-porcini-quote-memo", "Memoise bolete chanterelle quotes per porcini and customer"),
         note="v1 45 min, #1 at 09:20 (120 min), the culprit #2 at 11:20 (140 min) in the middle, then #3 at "
              "13:40 (35 min, still leaking); ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    # ================================================================== culprit-last (single, validation)
    dict(name="BV06-a-culprit-last-4-300", seed=73006, kind="a", culprit=4,
         intervals=list(_BV06),
         start="2030-03-19T11:35:00Z", service="bagoong-patis-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=46, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bagoong-belacan-history", "Keep bagoong patis orders for the belacan history"),
         note="the culprit is the last deploy #4 at 14:15: one 135 min interval of evidence (to 16:30) after 35, "
              "40, 45 and 40 min healthy ones; ~4 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="BV07-c-slow-leak-culprit-3-320", seed=73007, kind="c", culprit=3,
         intervals=list(_BV07),
         start="2030-03-20T12:05:00Z", service="birdsfoot-gamagrass-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/birdsfoot-junegrass-listeners", "Tell open birdsfoot gamagrass bookings when a junegrass frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 14:05 after 40, 35 and 45 min healthy "
              "intervals; 95 and 90 min leaking intervals (185 min after the culprit, to 17:10); epoch"),
    dict(name="BV08-a-fixed-one-later-300", seed=73008, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(73008, 4, lo=55, hi=80),
         start="2030-03-21T10:50:00Z", service="borodinsky-pandesal-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=41, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/borodinsky-karavai-history", "Keep borodinsky pandesal orders for the karavai history"),
         fixed_pr_title=("fix/borodinsky-karavai-history-written", "Stop keeping borodinsky pandesal orders once the karavai history is written"),
         note="leak from #2 at 13:00 (64 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:04 "
              "(64 min of the fixed release, then #4 at 15:08, 78 min); epoch"),
    dict(name="BV09-c-night-pause-evening-culprit-300", seed=73009, kind="c", culprit=2,
         intervals=list(_BV09),
         start="2030-03-22T19:25:00Z", service="berimbau-capoeira-bookings",
         profile="orders", params={"payload_kb": 9}, peak_rps=89, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/berimbau-batucada-listeners", "Tell open berimbau capoeira bookings when a batucada frees"),
         note="leak from #2 at 20:40 (~5 %/h at 20:40), through a 210 min night interval to 00:10 where the slope "
              "follows the traffic down (to ~2.9 %/h); #3 still leaks (40 min); epoch, ascending"),
    dict(name="BV10-d-culprit-first-after-40-320", seed=73110, kind="d", culprit=1,
         intervals=gen_intervals(73010, 3, {0: 40}, lo=35, hi=80),
         start="2030-03-23T13:25:00Z", service="brucite-ulexite-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/brucite-kernite-timers", "Confirm brucite ulexite bookings from delayed kernite timers"),
         note="culprit is the first deploy #1 at 14:05, after 40 min of v1; every later interval leaks (39-54 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="BV11-a-two-tasks-culprit-2-320", seed=73011, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(73011, 3, lo=55, hi=70),
         start="2030-03-24T11:40:00Z", service="balaban-duduk-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=138, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/balaban-zurna-history", "Keep balaban duduk orders for the zurna history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:55 (59 and 63 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru (BV12 dev, BV13 validation)
    dict(name="BV12-e-lru-frequent-400-320", seed=73012, kind="e",
         intervals=gen_intervals(73012, 8, lo=15, hi=45),
         start="2030-03-25T12:15:00Z", service="bordonua-requinto-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 17-43 min apart, from 12:15 through "
              "the peak to 16:42; must not alarm; epoch, ascending"),
    dict(name="BV13-e-lru-warmup-1200-300", seed=73013, kind="e",
         intervals=list(_BV13),
         start="2030-03-26T08:50:00Z", service="broomsedge-beargrass-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1200"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (1200 entries) refilling after each of 2 deploys "
              "150 and 110 min apart, from 08:50 through midday to 13:50; must not alarm; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="BV14-step-quote-culprit-4-320", seed=73014, kind="step", culprit=4,
         intervals=gen_intervals(73014, 5, lo=35, hi=55),
         start="2030-03-27T11:35:00Z", service="bolillo-lavash-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/bolillo-pogaca-table-at-boot", "Load the bolillo pogaca table at boot"),
         note="level shift at #4 of 5 (14:24), quote route (400 SKUs); 5 deploys 36-54 min apart (42 and 36 min "
              "after the step); no trend after; must not alarm; ascending"),
    dict(name="BV15-f-load-peak-to-evening-320", seed=73015, kind="f", workers=72,
         intervals=gen_intervals(73015, 3, lo=55, hi=75),
         start="2030-03-28T14:20:00Z", service="bhangra-giddha-reports",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from the afternoon peak (14:20) down into the evening (18:49), "
              "across 3 deploys 57-75 min apart; must not alarm"),
    dict(name="BV16-none-frequent-orders-300", seed=73016, kind="none",
         intervals=gen_intervals(73016, 10, lo=16, hi=30),
         start="2030-03-29T10:10:00Z", service="budu-terasi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 10:10 through the morning rise to 14:01; 10 deploys 16-28 min apart: each "
              "short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RBU + BV_SCENARIOS
