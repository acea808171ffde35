"""memblame's tracelab scenarios, batch 75: BX01..BX16 (real memory traces with labels).

(Named BX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-74 used AA..AZ and BA..BW.  No case folder,
scenario name or split entry starts with "BX"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 75"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios75.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios75.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw75 BX04-... BX10-...

(A broad batch, as batch 73 (its template).  No long-interval case, as
batches 63, 65, 67, 69, 71 and 73: tracelab has no time compression (a
sample is always 0.25 s of recording and one simulated minute); the longest
rhythms here are BX05's few-hours c (125 and 125 min), BX06's culprit-last
interval (135 min), BX09's night interval (200 min) and BX13's warm-up (140
and 115 min).  The longest case, BX04, has 341 samples (about 85 s of
recording); the 16 cases have 4 640 samples in all, kept short for a
recording budget of 1100 s.  Every case of 290 samples or more (BX02-BX09,
BX11, BX13) uses ts_format "wire" (epoch seconds), so that no metrics.json
comes near the 30 KB limit for an uncompressed file; the ISO 8601 cases
have 287 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios74.py (unchanged: scenarios73.py's
scenarios at 11..1276 (scenarios70.py's at 11..1212, batch 69's BR at
1213..1228, BT at 1229..1244, BU at 1245..1260, BV at 1261..1276), BW at
1277..1292) and lists the BX scenarios last (1293..1308).  As with
scenarios71.py-scenarios74.py, BR's committed deploys.csv are reproduced
only from scenarios69.py.  Seeds are 75001..75016, each case's seed +100
(repeatedly) if its PR or pipeline numbers collide with an earlier scenario
(BW included) or a case in real/ (/work/tracelab-raw75/check_numbers.py,
batch 73's adapted to BX and to this chaining); the intervals stay the
draws of the first seed, gen_intervals(750NN, ...).
One seed was bumped, once: BX16 75116 (with 75016 its PR 460889 equals a
pipeline number of AI11); the other fifteen are the first tried.

The mix, a broad batch as batch 73 (11 leaking, 5 healthy).  The draws
differ from batch 73's: the kinds of the single regimes are rotated (batch
73: hourly c, few-hours b, culprit-last a, slow c, fixed-later a, night-pause
c, culprit-early d, multi-task a; here a, c, d, a, c, a, b, c), the culprit
positions (#5, #6 and #4 of the frequent draws; #2 of 4 hourly, #5 of 5
culprit-last, #3 with the fix #4, #3 of 4 on two tasks), the times of day,
the step on the orders route, kind f from the night into the morning and the
flat frequent service on the quote route:
  frequent-deploys (3): two b next to the per-SKU cache of 400 SKUs with 8
    deploys every 15-45 min (gen_intervals(seed, 8, lo=15, hi=45)), the
    culprits #5 at 14:19 (own 31 min, 4 leaking intervals; BX01 dev) and #4
    at 14:12 (own 43 min, 5 leaking intervals, BX03), and a d with 8
    deploys 16-41 min apart, the culprit #6 at 14:15 (own 36 min, 3 leaking
    intervals, BX02);
  hourly (1): a, 4 deploys 60-72 min apart (gen_intervals(seed, 4, lo=60,
    hi=85)), the culprit #2 of 4 at 13:35 (60, 72 and 69 min leaking)
    (BX04);
  few-hours (1): c, v1 40 min, #1 at 10:35 (125 min), the culprit #2 at
    12:40 (125 min), then #3 at 14:45 (35 min, still leaking) (BX05);
  culprit-last (1): d, the culprit is the last deploy #5 at 14:15 after 30,
    40, 35, 30 and 40 min, 135 min of evidence (BX06);
  slow-leak (1): a at ~1.5 %/h (2 KB orders, as BT07), the culprit #3 at
    14:00 after 40, 30 and 45 min, then 100 and 85 min leaking (BX07);
  fixed-later (1): c fixed by the next deploy, the fix named in labels.json
    (gen_intervals(seed, 4, lo=55, hi=80); the culprit #3 at 14:10, the fix
    #4 at 15:08, the last deploy, 79 min) (BX08);
  night-pause (1): a traffic-driven a from an evening culprit, #2 at 21:00
    after 45 and 30 min, one 200 min night interval to 00:20 (the traffic
    falls from 0.73 of the peak to 0.43), then 45 min still leaking (BX09);
  culprit-early (1): b, the culprit #1 at 14:10 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BX10);
  multi-task (1): c on 2 tasks with rolling deploys 5 min apart, the
    culprit #3 of 4 at 14:15 (gen_intervals(seed, 4, lo=50, hi=65)) (BX11;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines at
    95 req/s) with 8 deploys 16-40 min apart from 12:30
    (gen_intervals(seed, 8, lo=15, hi=45), BX12 dev), and a warm-up that
    saturates over hours: an LRU of 1200 entries (quote 24 lines at 100
    req/s) with 2 deploys 140 and 115 min apart from 09:05 (BX13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #2 of 5 on (14:10), orders, 36-44 min apart (gen_intervals(seed, 5,
    lo=35, hi=55)) (BX14);
  healthy-load (1): kind f, reports in flight following the load up from
    the early morning (06:00, 0.33 of the peak) to 10:29 (0.70) across 3
    deploys 56-71 min apart (gen_intervals(seed, 3, lo=55, hi=75); O14's
    load) (BX15);
  healthy-frequent (1): kind none on the quote route with 400 SKUs, 9
    deploys 16-28 min apart (gen_intervals(seed, 9, lo=16, hi=30)) from
    13:15 through the afternoon (BX16).

Split (Tests/Traces/split75.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (BX01,
BX12), 14 validation.

  three:  frequent-deploys BX01-BX03
  two:    healthy-lru BX12-BX13
  single: hourly BX04, few-hours BX05, culprit-last BX06, slow-leak BX07,
          fixed-later BX08, night-pause BX09, culprit-early BX10,
          multi-task BX11, healthy-step BX14, healthy-load BX15,
          healthy-frequent BX16

11 leaking (a: BX04, BX07, BX09; b: BX01, BX03, BX10; c: BX05, BX08, BX11;
d: BX02, BX06; BX08 fixed one deploy later), 5 healthy (BX12 and BX13 e,
BX14 step, BX15 f, BX16 none).

Loads by the units batch 73's README gives for the next batch (batch 68's
rule over batches 71-73: the mean over every case of batches 71-73 of a
kind and class (frequent deploys; intervals of an hour or more) of (its
unit) x (its measured / aimed ratio), from the ratios the READMEs of
batches 71, 72 and 73 give in "The units, for the next batch"; %/h per
unit of load at peak traffic at 256 MiB; multiply by 256 / limit for
another limit; per task divide the load by the number of tasks; the same
units as batch 74) (/work/tracelab-raw75/units.py, units.out):
  a 0.0199 over an hour or more (was 0.0204);
  b 0.00336 frequent (was 0.00272), 0.00289 over an hour or more (was
    0.00291);
  c 0.0113 over an hour or more (was 0.00958);
  d 0.0137 frequent (BV03 alone, before its falls; was 0.018), 0.0108 over
    an hour or more (was 0.00986).
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw75/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s (the slow a 2
KB at 35-100, the night pause 4-7 KB at 40-110), b 15-22 lines at 80-119,
c 5-9 KB at 75-120 (150-240 over two tasks), d 4-6 KB at 70-110;
design.out; BX05 at 320 MiB gave no pair within 0.5 % (5 KB x 88, -0.56
%), so it took 300 MiB; /work/tracelab-raw75/verify.py checked it).  Aims
at peak traffic:
  frequent-deploys ~5 %/h (BX01 b 16 lines at 109, 300 MiB; BX02 d 6 KB at
  76, 320 MiB; BX03 b 20 lines at 93, 320 MiB); hourly ~4 %/h (BX04 a 4 KB
  at 59, 300 MiB); few-hours ~4 %/h (BX05 c 5 KB at 83, 300 MiB);
  culprit-last ~4 %/h (BX06 d 5 KB at 87, 300 MiB); slow-leak ~1.5 %/h
  (BX07 a 2 KB at 47, 320 MiB); fixed-later ~5 %/h (BX08 c 5 KB at 104,
  300 MiB); culprit-early ~4.5 %/h (BX10 b 16 lines at 114, 300 MiB);
  multi-task ~4.5 %/h per task (BX11 c 6 KB at 166 over 2 tasks, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (20:59:30, 0.734
  of the peak, as BV09 and BT09): BX09 a 4 KB at 107, 320 MiB, so ~6.8 %/h
  at peak traffic and ~3.0 %/h at 00:20 (0.43 of the peak).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BX12 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BV12), 300 MiB; BX13 LRU_MAX 1200, 9000 SKUs,
  quote 24 lines at 100 (as BV13), 320 MiB; BX14 step, orders 5 KB at 95
  with 60000 entries (as BR14), 300 MiB; BX15 report 500 KB held 430 ms at
  100 req/s, 72 load threads (as BV15 and O14), 320 MiB; BX16 quote 20
  lines at 95 with 400 SKUs (as BW16 and BU14), 320 MiB.  Heap 160 MB
  everywhere.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBW = runpy.run_path(os.path.join(_HERE, "scenarios74.py"))["SCENARIOS"]   # 11..1292 (BR 1213..1228, BT 1229..1244, BU 1245..1260, BV 1261..1276, BW 1277..1292)

_BX05 = [40, 125, 125, 35]
_BX06 = [30, 40, 35, 30, 40, 135]
_BX07 = [40, 30, 45, 100, 85]
_BX09 = [45, 30, 200, 45]
_BX13 = [45, 140, 115]

BX_SCENARIOS = [
    # ================================================================== frequent-deploys (BX01 dev, BX02-BX03 validation)
    dict(name="BX01-b-frequent-deploys-culprit-5-300", seed=75001, kind="b", culprit=5,
         intervals=gen_intervals(75001, 8, lo=15, hi=45),
         start="2030-04-15T11:45:00Z", service="bazlama-simit-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bazlama-pide-quote-memo", "Memoise bazlama simit quotes per pide and customer"),
         note="8 deploys 18-42 min apart from 11:45, culprit #5 at 14:19 (4 leaking intervals, 30-36 min, to 16:32; "
              "its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BX02-d-frequent-deploys-culprit-6-320", seed=75002, kind="d", culprit=6,
         intervals=gen_intervals(75002, 8, lo=15, hi=45),
         start="2030-04-16T10:50:00Z", service="bytownite-labradorite-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=76, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bytownite-andesine-timers", "Confirm bytownite labradorite bookings from delayed andesine timers"),
         note="8 deploys 16-41 min apart from 10:50, culprit #6 at 14:15 (3 leaking intervals, 22-36 min, to 15:49; "
              "its own 36 min); ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="BX03-b-frequent-deploys-culprit-4-320", seed=75003, kind="b", culprit=4,
         intervals=gen_intervals(75003, 8, lo=15, hi=45),
         start="2030-04-17T12:00:00Z", service="bibingka-puto-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bibingka-kutsinta-quote-memo", "Memoise bibingka puto quotes per kutsinta and customer"),
         note="8 deploys 26-45 min apart from 12:00, culprit #4 at 14:12 (5 leaking intervals, 26-45 min, to 17:14; "
              "its own 43 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="BX04-a-hourly-culprit-2-300", seed=75004, kind="a", culprit=2,
         intervals=gen_intervals(75004, 4, lo=60, hi=85),
         start="2030-04-18T11:15:00Z", service="buuz-khinkali-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=59, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/buuz-manti-history", "Keep buuz khinkali orders for the manti history"),
         note="4 deploys 60-72 min apart (hourly), culprit #2 of 4 at 13:35 (60, 72 and 69 min leaking, to 16:56); "
              "~4 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="BX05-c-few-hours-culprit-2-300", seed=75005, kind="c", culprit=2,
         intervals=list(_BX05),
         start="2030-04-19T09:55:00Z", service="bandura-kobza-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bandura-torban-listeners", "Tell open bandura kobza bookings when a torban frees"),
         note="v1 40 min, #1 at 10:35 (125 min), the culprit #2 at 12:40 (125 min) in the middle, then #3 at "
              "14:45 (35 min, still leaking); ~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== culprit-last (single, validation)
    dict(name="BX06-d-culprit-last-5-300", seed=75006, kind="d", culprit=5,
         intervals=list(_BX06),
         start="2030-04-20T11:20:00Z", service="basanite-tephrite-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=87, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/basanite-phonolite-timers", "Confirm basanite tephrite bookings from delayed phonolite timers"),
         note="the culprit is the last deploy #5 at 14:15: one 135 min interval of evidence (to 16:30) after 30, "
              "40, 35, 30 and 40 min healthy ones; ~4 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="BX07-a-slow-leak-culprit-3-320", seed=75007, kind="a", culprit=3,
         intervals=list(_BX07),
         start="2030-04-21T12:05:00Z", service="burfi-jalebi-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=47, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/burfi-peda-history", "Keep burfi jalebi orders for the peda history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 14:00 after 40, 30 and 45 min healthy "
              "intervals; 100 and 85 min leaking intervals (185 min after the culprit, to 17:05); epoch"),
    dict(name="BX08-c-fixed-one-later-300", seed=75008, kind="c", culprit=3, fixed=4,
         intervals=gen_intervals(75008, 4, lo=55, hi=80),
         start="2030-04-22T11:00:00Z", service="bokken-shinai-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bokken-tanto-listeners", "Tell open bokken shinai bookings when a tanto frees"),
         fixed_pr_title=("fix/bokken-tanto-listener-cleanup", "Remove the tanto listener when a bokken shinai booking finishes"),
         note="leak from #3 at 14:10 (58 min, ~5 %/h of 300 MiB at peak) after 70, 61 and 59 min healthy "
              "intervals; fixed by the next deploy #4 at 15:08, the last (79 min of the fixed release, to 16:27); "
              "epoch"),
    dict(name="BX09-a-night-pause-evening-culprit-320", seed=75009, kind="a", culprit=2,
         intervals=list(_BX09),
         start="2030-04-23T19:45:00Z", service="busiate-trofie-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/busiate-strozzapreti-history", "Keep busiate trofie orders for the strozzapreti history"),
         note="leak from #2 at 21:00 (~5 %/h at 21:00), through a 200 min night interval to 00:20 where the slope "
              "follows the traffic down (to ~3.0 %/h); #3 still leaks (45 min); epoch, ascending"),
    dict(name="BX10-b-culprit-first-after-40-300", seed=75010, kind="b", culprit=1,
         intervals=gen_intervals(75010, 3, {0: 40}, lo=35, hi=80),
         start="2030-04-24T13:30:00Z", service="bajra-ragi-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bajra-kodo-quote-memo", "Memoise bajra ragi quotes per kodo and customer"),
         note="culprit is the first deploy #1 at 14:10, after 40 min of v1; every later interval leaks (36-75 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BX11-c-two-tasks-culprit-3-320", seed=75011, kind="c", culprit=3, tasks=2, roll_gap=5,
         intervals=gen_intervals(75011, 4, lo=50, hi=65),
         start="2030-04-25T11:10:00Z", service="bogong-hawkmoth-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=166, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bogong-underwing-listeners", "Tell open bogong hawkmoth bookings when an underwing frees"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #3 of 4 at 14:15 (61 and 62 min leaking); "
              "each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy-lru (BX12 dev, BX13 validation)
    dict(name="BX12-e-lru-frequent-400-300", seed=75012, kind="e",
         intervals=gen_intervals(75012, 8, lo=15, hi=45),
         start="2030-04-26T12:30:00Z", service="byssus-nacre-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 8 deploys 16-40 min apart, from 12:30 through "
              "the peak to 16:43; must not alarm"),
    dict(name="BX13-e-lru-warmup-1200-320", seed=75013, kind="e",
         intervals=list(_BX13),
         start="2030-04-27T09:05:00Z", service="bindi-kumkum-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1200"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (1200 entries) refilling after each of 2 deploys "
              "140 and 115 min apart, from 09:05 through midday to 14:05; must not alarm; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="BX14-step-orders-culprit-2-300", seed=75014, kind="step", culprit=2,
         intervals=gen_intervals(75014, 5, lo=35, hi=55),
         start="2030-04-28T12:40:00Z", service="bugeye-bateau-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/bugeye-lugger-table-at-boot", "Load the bugeye lugger table at boot"),
         note="level shift at #2 of 5 (14:10), orders route; 5 deploys 36-44 min apart (44, 41, 38 and 41 min "
              "after the step); no trend after; must not alarm; ascending"),
    dict(name="BX15-f-load-night-to-morning-320", seed=75015, kind="f", workers=72,
         intervals=gen_intervals(75015, 3, lo=55, hi=75),
         start="2030-04-29T06:00:00Z", service="bolo-kampilan-reports",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load up from the early morning (06:00) to 10:29, across 3 deploys "
              "56-71 min apart; must not alarm"),
    dict(name="BX16-none-frequent-quote-320", seed=75116, kind="none",
         intervals=gen_intervals(75016, 9, lo=16, hi=30),
         start="2030-04-30T13:15:00Z", service="bhakri-thepla-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 13:15 through the afternoon to 16:48; 9 deploys 16-28 "
              "min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RBW + BX_SCENARIOS
