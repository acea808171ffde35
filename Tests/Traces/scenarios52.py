"""memblame's tracelab scenarios, batch 52: BA01..BA16 (real memory traces with labels).

(Named BA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-51 used AA..AZ.  No case folder, scenario
name or split entry starts with "BA"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 52"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios52.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios52.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw52 BA08-... BA15-...

(No long-interval case: the longest, BA08, has 365 samples, about 92 s of
recording; the 16 cases have 4 483 samples in all, kept short for a
recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios51.py
first, unchanged and in the same order (positions 11..924, exactly as when
scenarios51.py is passed), and the BA scenarios after them (positions
925..940).  Only the BA scenarios are recorded from this file.  Seeds are
52001..52016, each the first one tried: the number check
(/work/tracelab-raw52/check_numbers.py, batch 36's) found no BA PR or
pipeline number equal to a number of any earlier scenario or case in
real/, so no seed needed the +100 of the collision rule (unlike AZ12 in
batch 51).

The mix, a broad blind validation batch (as batches 46-48, 50 and 51):
five leaking cases with deploys every 15-45 min (b, a, b, c, d; culprits
#4 and #5 of 8-9 deploys; frequent-deploys; the two b next to a bounded
per-SKU cache of 400 SKUs, as AZ02 and AZ05); two culprits with hourly
deploys, the culprit #2 in the middle of three (b, c; hourly); one with
deploys 145 and 140 min apart, the culprit #2 in the middle of three
(few-hours, a); a culprit-early case (d, the culprit #1 after 40 min of
v1); a slow leak (c, ~1.5 %/h, the culprit #2 with 195 min after it;
slow-leak); a feature flag switched on inside an interval, 60 min after a
deploy, with no culprit deploy (a; flag-flip); a fix one deploy later (b;
fixed-later); two tasks with rolling deploys (a, metrics-ci.jsonl;
multi-task); and three healthy cases (a flat orders service with deploys
every 15-29 min, a bounded LRU with deploys 69-107 min apart, a step at
one hourly deploy on the orders route).

Split (Tests/Traces/split52.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys BA01-BA05
  two:    hourly BA06-BA07
  single: few-hours BA08, culprit-early BA09, slow-leak BA10, flag-flip
          BA11, fixed-later BA12, multi-task BA13, healthy-frequent BA14
          (a flat orders service, as AZ14), healthy-lru BA15 (a bounded LRU
          with deploys every 1-2 h, as AZ15), healthy-step BA16 (on the
          orders route, as AY16)

13 leaking (a: BA02, BA08, BA11, BA13; b: BA01, BA03, BA06, BA12; c:
BA04, BA07, BA10; d: BA05, BA09; BA11 a flag flip with no culprit deploy;
BA12 fixed one deploy later), 3 healthy.

Loads scaled from what batches 49-51 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 51's rule moved on by one
batch: the mean over every case of the last three batches (49-51) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (AX09 0.88, not 0.14;
AY04 1.10, not 0.87; AZ04 1.07, not 0.54); by the plain rule the d
frequent unit would be 0.0067 (/work/tracelab-raw52/units.py).  The flag
flips count with their ratio from the flip (AX04-AX06, AY11, AZ11); the
slow leaks AY09 (3 KB c) and AZ10 (2 KB a) count (as AY09 did in batch
51; without AZ10 the a unit over an hour or more would be 0.0218, without
AY09 the c unit 0.00863); AY13, the night-pause case, counts with its
0.88 at 21:00 (as in batch 51); AZ13 counts per task:
  a (KB x req/s) with frequent deploys ~0.0227 (was 0.0189: AX07 0.67 and
    AX10 1.15 at 0.0209, AY01 1.34 at 0.0178, AZ01 1.54 at 0.0189); over
    intervals of an hour or more ~0.0233 (was 0.0220: AX01 0.95, AY08
    0.88, AY11 1.27, AZ06 0.87, AZ10 1.32), for the few-hours a, the flag
    flip and per task for the two-task case;
  b (detail x req/s) with frequent deploys ~0.00276 (was 0.00275: AY02
    0.83 and AY05 0.69 at 0.00309, AZ02 1.17 and AZ05 1.14 at 0.00275);
    over intervals of an hour or more ~0.00286 (was 0.00273: AX04 1.27,
    AX12 1.25, AY10 1.02, AZ09 0.96), for the hourly b and the fixed-later
    case;
  c (KB x req/s) with frequent deploys ~0.0120 (was 0.0130: AX08 1.20 and
    AX11 0.93 at 0.0117, AY03 1.14 at 0.0118, AZ03 0.74 at 0.0130); over
    intervals of an hour or more ~0.00935 (was 0.00978: AX02 0.92, AX05
    1.09, AY06 1.33, AY09 1.53, AY13 0.88, AZ08 0.67, AZ12 0.77), for the
    hourly c and the slow leak;
  d (KB x req/s) with frequent deploys ~0.0135 (was 0.0133: AX09 0.88
    before its GCs at 0.0138, AY04 1.10 before its GC at 0.0128, AZ04
    1.07 before its GCs at 0.0133); over intervals of an hour or more
    ~0.0104 (was 0.0101: AX03 1.02, AX06 0.73, AX13 0.76, AY07 0.94, AY12
    0.71, AZ07 0.76, AZ11 1.46, AZ13 1.26), for the culprit-early case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (BA01 b 21 lines at 101, 300 MiB; BA02 a 5 KB
  at 55, 320 MiB; BA03 b 22 lines at 103, 320 MiB; BA04 c 5 KB at 98, 300
  MiB; BA05 d 8 KB at 58, 320 MiB); hourly ~4 %/h (BA06 b 21 lines at 78,
  300 MiB; BA07 c 5 KB at 107, 320 MiB); few-hours ~4 %/h (BA08 a 5 KB at
  43, 320 MiB); culprit-early ~4.5 %/h (BA09 d 5 KB at 101, 300 MiB);
  slow-leak ~1.5 %/h (BA10 c 2 KB at 94, 300 MiB); flag-flip ~4.5 %/h
  (BA11 a 2 KB at 113, 300 MiB); fixed-later ~5 %/h (BA12 b 23 lines at
  95, 320 MiB); multi-task ~4.5 %/h per task (BA13 a 3 KB at 161 over 2
  tasks, 320 MiB).  Healthy: BA14 none, orders, 9 deploys 15-29 min
  apart; BA15 a bounded LRU (340 entries, 8500 SKUs), 3 deploys 69-107
  min apart; BA16 step (a 60000-entry table loaded at boot from #2 on),
  orders, 3 deploys 60-80 min apart (hourly).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RZ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios51.py"))["SCENARIOS"]   # R..I, AA..AZ

_BA08 = [35, 145, 140, 45]
_BA10 = [50, 50, 100, 95]
_BA11 = [50, 70, 120, 45]

BA_SCENARIOS = [
    # ================================================================== frequent-deploys (BA01 dev, BA02-BA05 validation)
    dict(name="BA01-b-frequent-deploys-culprit-5-300", seed=52001, kind="b", culprit=5,
         intervals=gen_intervals(52001, 8, lo=15, hi=45),
         start="2029-04-12T11:06:00Z", service="baobab-savanna-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/baobab-seedpod-quote-memo", "Memoise baobab savanna quotes per seedpod and forager"),
         note="8 deploys 16-45 min apart, culprit #5 at 13:10 (4 leaking intervals, 19-44 min; its own 44 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BA02-a-frequent-deploys-culprit-5-320", seed=52002, kind="a", culprit=5,
         intervals=gen_intervals(52002, 8, lo=15, hi=45),
         start="2029-04-13T11:04:00Z", service="balsa-glider-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=55, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/balsa-glider-wingspan-history", "Keep balsa glider orders for the wingspan history"),
         note="8 deploys 15-45 min apart, culprit #5 at 13:10 (4 leaking intervals, 21-45 min; its own 26 min); "
              "~5 %/h of 320 MiB at peak; ascending"),
    dict(name="BA03-b-frequent-deploys-culprit-4-320", seed=52003, kind="b", culprit=4,
         intervals=gen_intervals(52003, 8, lo=15, hi=45),
         start="2029-04-14T11:26:00Z", service="basalt-column-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/basalt-lava-flow-quote-memo", "Memoise basalt column quotes per lava flow and geologist"),
         note="8 deploys 15-40 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-40 min; its own 24 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BA04-c-frequent-deploys-culprit-5-300", seed=52004, kind="c", culprit=5,
         intervals=gen_intervals(52004, 9, lo=15, hi=45),
         start="2029-04-15T10:38:00Z", service="bayou-pirogue-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=98, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bayou-pirogue-paddler-listeners", "Tell open bayou pirogue bookings when a paddler frees"),
         note="9 deploys 22-44 min apart, culprit #5 at 13:10 (5 leaking intervals, 22-41 min; its own 35 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BA05-d-frequent-deploys-culprit-5-320", seed=52005, kind="d", culprit=5,
         intervals=gen_intervals(52005, 8, lo=15, hi=45),
         start="2029-04-16T10:29:00Z", service="bazaar-saffron-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=58, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bazaar-stigma-sorting-timers", "Confirm bazaar saffron bookings from delayed stigma-sorting timers"),
         note="8 deploys 18-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 29-34 min; its own 29 min); "
              "~5 %/h of 320 MiB at peak"),
    # ================================================================== hourly (BA06 dev, BA07 validation)
    dict(name="BA06-b-hourly-culprit-2-300", seed=52006, kind="b", culprit=2,
         intervals=gen_intervals(52006, 3, lo=60, hi=85),
         start="2029-04-17T10:37:00Z", service="banyan-pagoda-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=78, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/banyan-pilgrim-quote-memo", "Memoise banyan pagoda quotes per pilgrim and prayer flag"),
         note="3 deploys 60-85 min apart (hourly), culprit #2 at 13:10 in the middle (60 and 73 min leaking); "
              "~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BA07-c-hourly-culprit-2-320", seed=52007, kind="c", culprit=2,
         intervals=gen_intervals(52007, 3, lo=60, hi=85),
         start="2029-04-18T10:45:00Z", service="ballet-studio-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/ballet-accompanist-listeners", "Tell open ballet studio bookings when an accompanist frees"),
         note="3 deploys 64-83 min apart (hourly), culprit #2 at 13:10 in the middle (64 and 83 min leaking); "
              "~4 %/h of 320 MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="BA08-a-few-hours-culprit-2-320", seed=52008, kind="a", culprit=2,
         intervals=_BA08,
         start="2029-04-19T10:10:00Z", service="barley-malt-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=43, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/barley-malting-floor-history", "Keep barley malt orders for the malting floor history"),
         note="v1 35 min, #1 at 10:45 (145 min), the culprit #2 at 13:10 (140 min) in the middle, then #3 at "
              "15:30 (45 min, still leaking); ~4 %/h of 320 MiB at peak"),
    dict(name="BA09-d-culprit-first-after-40-300", seed=52009, kind="d", culprit=1,
         intervals=gen_intervals(52009, 3, {0: 40}, lo=35, hi=80),
         start="2029-04-20T10:50:00Z", service="bastion-citadel-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=101, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bastion-sentry-round-timers", "Confirm bastion citadel bookings from delayed sentry-round timers"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (49-78 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch, ascending"),
    dict(name="BA10-c-slow-leak-culprit-2-300", seed=52010, kind="c", culprit=2,
         intervals=_BA10,
         start="2029-04-21T11:30:00Z", service="baroque-harpsichord-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/baroque-continuo-player-listeners", "Tell open baroque harpsichord bookings when a continuo player frees"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "100 and 95 min leaking intervals (195 min after the culprit); ascending"),
    dict(name="BA11-a-flag-flip-300", seed=52011, kind="a", flag="badger_hollow_cub_history",
         flag_at=sum(_BA11[:2]) + 60, intervals=_BA11,
         start="2029-04-22T10:00:00Z", service="badger-hollow-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=113, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag badger_hollow_cub_history on at 12:59:30, 60 min after #2 and 60 min "
              "before #3 (v3's interval 120 min), then one last interval of 45 min; orders kept for the cub "
              "history (~4.5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="BA12-b-fixed-one-later-320", seed=52012, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(52012, 4, lo=55, hi=80),
         start="2029-04-23T10:51:00Z", service="banjo-fret-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/banjo-fret-quote-memo", "Memoise banjo fret quotes per luthier and strummer"),
         fixed_pr_title=("fix/banjo-fret-quote-memo-by-sku", "Key the banjo fret quote memo by SKU only"),
         note="leak from #2 at 13:10 (59 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:09 "
              "(59 min of the fixed release, then #4 at 15:08, 57 min); good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    dict(name="BA13-a-two-tasks-culprit-2-320", seed=52013, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(52013, 3, lo=55, hi=80),
         start="2029-04-24T11:13:00Z", service="bamboo-panda-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=161, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bamboo-culm-thinning-history", "Keep bamboo panda orders for the culm thinning history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (65 and 79 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BA14-none-frequent-orders-300", seed=52014, kind="none",
         intervals=gen_intervals(52014, 9, lo=15, hi=30),
         start="2029-04-25T11:40:00Z", service="bagpipe-tartan-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 15-29 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="BA15-e-lru-hours-340-320", seed=52015, kind="e",
         intervals=gen_intervals(52015, 3, lo=60, hi=120),
         start="2029-04-26T10:10:00Z", service="bakelite-telephone-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 3 deploys 69-107 min apart, 10:10 through the "
              "peak; must not alarm"),
    dict(name="BA16-step-hourly-orders-320", seed=52016, kind="step", culprit=2,
         intervals=gen_intervals(52016, 3, lo=60, hi=85),
         start="2029-04-27T10:50:00Z", service="basque-pelota-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/basque-fronton-table-at-boot", "Load the basque pelota fronton table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 60-80 min apart (hourly); no trend after; "
              "must not alarm; epoch, ascending"),
]

SCENARIOS = _RZ + BA_SCENARIOS
