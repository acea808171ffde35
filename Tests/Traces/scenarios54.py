"""memblame's tracelab scenarios, batch 54: BC01..BC16 (real memory traces with labels).

(Named BC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-53 used AA..AZ, BA and BB.  No case folder,
scenario name or split entry starts with "BC"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 54"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios54.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios54.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw54 BC15-... BC05-...

(No long-interval case: the longest, BC15, has 353 samples, about 88 s of
recording; the 16 cases have 4 507 samples in all, kept short for a
recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios53.py
first, unchanged and in the same order (positions 11..956, exactly as when
scenarios53.py is passed), and the BC scenarios after them (positions
957..972).  Only the BC scenarios are recorded from this file.  Seeds are
54001..54016, each the first one tried: the number check
(/work/tracelab-raw54/check_numbers.py, batch 36's) found no BC PR or
pipeline number equal to a number of any earlier scenario or case in
real/, so no seed needed the +100 of the collision rule (unlike BB06 in
batch 53).  BC PRs 337970-343297, pipelines 675079-685466.

The mix, a broad blind validation batch (as batches 46-48 and 50-52):
five leaking cases with deploys every 15-45 min (a, b, c, d, b; culprits
#4 and #5 of 8-9 deploys; frequent-deploys; the two b next to a bounded
per-SKU cache of 400 SKUs, as BA01 and BA03); two culprits with hourly
deploys, the culprit #2 in the middle of three (a, d; hourly); one with
deploys 125 and 150 min apart, the culprit #2 in the middle of three
(few-hours, b, next to the per-SKU cache); a culprit-early case (c, the
culprit #1 after 40 min of v1); a slow leak (a, ~1.5 %/h, the culprit #2
with 195 min after it; slow-leak); a feature flag switched on inside an
interval, 60 min after a deploy, with no culprit deploy (c; flag-flip); a
fix one deploy later (d; fixed-later); two tasks with rolling deploys (c,
metrics-ci.jsonl; multi-task); and three healthy cases (a flat orders
service with deploys every 18-28 min, a bounded LRU with deploys 81-82 min
apart, a step at one hourly deploy on the quote route).

Split (Tests/Traces/split54.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys BC01-BC05
  two:    hourly BC06-BC07
  single: few-hours BC08, culprit-early BC09, slow-leak BC10, flag-flip
          BC11, fixed-later BC12, multi-task BC13, healthy-frequent BC14
          (a flat orders service, as BA14), healthy-lru BC15 (a bounded LRU
          with deploys every 1-2 h, as BA15), healthy-step BC16 (on the
          quote route, as BB16)

13 leaking (a: BC01, BC06, BC10; b: BC02, BC05, BC08; c: BC03, BC09, BC11,
BC13; d: BC04, BC07, BC12; BC11 a flag flip with no culprit deploy; BC12
fixed one deploy later), 3 healthy.

Loads scaled from what batches 51-53 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 53's rule moved on by one
batch: the mean over every case of the last three batches (51-53) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (AZ04 1.07, not 0.54;
BA05 1.32, not 1.30; BB10 1.03, not 0.76); by the plain rule the d
frequent unit would be 0.0121 (/work/tracelab-raw54/units.py).  The flag
flips count with their ratio from the flip (AZ11, BA11); the slow leaks
AZ10 (2 KB a) and BA10 (2 KB c) count (as in batches 52 and 53); AZ13 and
BA13 count per task.  Batch 53 had no case of an hour or more, so the
units over an hour or more come from batches 51 and 52 alone:
  a (KB x req/s) with frequent deploys ~0.0235 (was 0.0247: AZ01 1.54 at
    0.0189, BA02 0.93 at 0.0227, BB08 0.82 at 0.0247); over intervals of
    an hour or more ~0.0233 (was 0.0235: AZ06 0.87, AZ10 1.32, BA08 0.58,
    BA11 1.48, BA13 0.88), for the hourly a and the slow leak;
  b (detail x req/s) with frequent deploys ~0.00265 (was 0.00294: AZ02
    1.17 and AZ05 1.14 at 0.00275, BA01 1.19 and BA03 1.19 at 0.00276,
    BB01 0.73, BB02 0.21, BB03 1.20, BB04 0.91, BB05 0.66, BB06 1.14 and
    BB07 0.67 at 0.00294); over intervals of an hour or more ~0.00285
    (was 0.00279: AZ09 0.96, BA06 0.79, BA12 1.28), for the few-hours b;
  c (KB x req/s) with frequent deploys ~0.0117 (was 0.0119: AZ03 0.74 at
    0.0130, BA04 1.06 at 0.0120, BB09 1.08 at 0.0119); over intervals of
    an hour or more ~0.00948 (was 0.0102: AZ08 0.67, AZ12 0.77, BA07
    0.94, BA10 1.61), for the culprit-early case, the flag flip and per
    task for the two-task case;
  d (KB x req/s) with frequent deploys ~0.0159 (was 0.0154: AZ04 1.07
    before its GCs at 0.0133, BA05 1.32 before #8's GC at 0.0135, BB10
    1.03 before #5's GC at 0.0154); over intervals of an hour or more
    ~0.0111 (was 0.0105: AZ07 0.76, AZ11 1.46, AZ13 1.26, BA09 0.86), for
    the hourly d and the fixed-later case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (BC01 a 5 KB at 53, 320 MiB; BC02 b 21 lines at
  105, 300 MiB; BC03 c 5 KB at 100, 300 MiB; BC04 d 8 KB at 49, 320 MiB;
  BC05 b 22 lines at 107, 320 MiB); hourly ~4 %/h (BC06 a 3 KB at 67, 300
  MiB; BC07 d 4 KB at 113, 320 MiB); few-hours ~4 %/h (BC08 b 20 lines at
  82, 300 MiB); culprit-early ~4.5 %/h (BC09 c 6 KB at 99, 320 MiB);
  slow-leak ~1.5 %/h (BC10 a 2 KB at 40, 320 MiB); flag-flip ~4.5 %/h
  (BC11 c 7 KB at 85, 320 MiB); fixed-later ~5 %/h (BC12 d 5 KB at 106,
  300 MiB); multi-task ~4.5 %/h per task (BC13 c 8 KB at 148 over 2
  tasks, 320 MiB).  Healthy: BC14 none, orders, 9 deploys 18-28 min
  apart; BC15 a bounded LRU (400 entries, 9000 SKUs), 3 deploys 81-82
  min apart; BC16 step (a 60000-entry table loaded at boot from #2 on),
  quote, 3 deploys 60-75 min apart (hourly).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBB = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios53.py"))["SCENARIOS"]   # R..I, AA..AZ, BA, BB

_BC08 = [30, 125, 150, 40]
_BC10 = [55, 45, 95, 100]
_BC11 = [45, 75, 120, 50]

BC_SCENARIOS = [
    # ================================================================== frequent-deploys (BC01 dev, BC02-BC05 validation)
    dict(name="BC01-a-frequent-deploys-culprit-5-320", seed=54001, kind="a", culprit=5,
         intervals=gen_intervals(54001, 8, lo=15, hi=45),
         start="2029-05-14T10:43:00Z", service="bonsai-maple-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=53, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/bonsai-wiring-history", "Keep bonsai maple orders for the wiring history"),
         note="8 deploys 18-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 20-40 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak"),
    dict(name="BC02-b-frequent-deploys-culprit-4-300", seed=54002, kind="b", culprit=4,
         intervals=gen_intervals(54002, 8, lo=15, hi=45),
         start="2029-05-15T11:26:00Z", service="bagel-sesame-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bagel-schmear-quote-memo", "Memoise bagel sesame quotes per schmear and poppy seed"),
         note="8 deploys 18-38 min apart, culprit #4 at 13:10 (5 leaking intervals, 21-43 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BC03-c-frequent-deploys-culprit-5-300", seed=54003, kind="c", culprit=5,
         intervals=gen_intervals(54003, 9, lo=15, hi=45),
         start="2029-05-16T10:31:00Z", service="bivouac-crevasse-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bivouac-belayer-listeners", "Tell open bivouac crevasse bookings when a belayer frees"),
         note="9 deploys 18-37 min apart, culprit #5 at 13:10 (5 leaking intervals, 19-37 min; its own 19 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="BC04-d-frequent-deploys-culprit-5-320", seed=54004, kind="d", culprit=5,
         intervals=gen_intervals(54004, 8, lo=15, hi=45),
         start="2029-05-17T10:55:00Z", service="bugle-regiment-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=49, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bugle-reveille-timers", "Confirm bugle regiment bookings from delayed reveille timers"),
         note="8 deploys 16-36 min apart, culprit #5 at 13:10 (4 leaking intervals, 25-36 min; its own 26 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="BC05-b-frequent-deploys-culprit-5-320", seed=54005, kind="b", culprit=5,
         intervals=gen_intervals(54005, 8, lo=15, hi=45),
         start="2029-05-18T10:52:00Z", service="bonnet-ribbon-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bonnet-hatter-quote-memo", "Memoise bonnet ribbon quotes per hatter and feather"),
         note="8 deploys 19-40 min apart, culprit #5 at 13:10 (4 leaking intervals, 20-40 min; its own 38 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly (BC06 dev, BC07 validation)
    dict(name="BC06-a-hourly-culprit-2-300", seed=54006, kind="a", culprit=2,
         intervals=gen_intervals(54006, 3, lo=60, hi=85),
         start="2029-05-19T10:57:00Z", service="burrito-cantina-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=67, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/burrito-salsa-bar-history", "Keep burrito cantina orders for the salsa bar history"),
         note="3 deploys 60-67 min apart (hourly), culprit #2 at 13:10 in the middle (60 and 82 min leaking); "
              "~4 %/h of 300 MiB at peak; epoch"),
    dict(name="BC07-d-hourly-culprit-2-320", seed=54007, kind="d", culprit=2,
         intervals=gen_intervals(54007, 3, lo=60, hi=85),
         start="2029-05-20T11:03:00Z", service="bistro-candlelight-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=113, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bistro-sommelier-timers", "Confirm bistro candlelight bookings from delayed sommelier timers"),
         note="3 deploys 60-62 min apart (hourly), culprit #2 at 13:10 in the middle (62 and 60 min leaking); "
              "~4 %/h of 320 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="BC08-b-few-hours-culprit-2-300", seed=54008, kind="b", culprit=2,
         intervals=_BC08,
         start="2029-05-21T10:35:00Z", service="bramble-hedgerow-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=82, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bramble-hedgelayer-quote-memo", "Memoise bramble hedgerow quotes per hedgelayer and gatepost"),
         note="v1 30 min, #1 at 11:05 (125 min), the culprit #2 at 13:10 (150 min) in the middle, then #3 at "
              "15:40 (40 min, still leaking); ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs)"),
    dict(name="BC09-c-culprit-first-after-40-320", seed=54009, kind="c", culprit=1,
         intervals=gen_intervals(54009, 3, {0: 40}, lo=35, hi=80),
         start="2029-05-22T10:50:00Z", service="bellhop-lobby-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bellhop-valet-listeners", "Tell open bellhop lobby bookings when a valet frees"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (57-80 "
              "min, ~4.5 %/h of 320 MiB at peak); epoch, ascending"),
    dict(name="BC10-a-slow-leak-culprit-2-320", seed=54010, kind="a", culprit=2,
         intervals=_BC10,
         start="2029-05-23T11:30:00Z", service="brioche-patisserie-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=40, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/brioche-proofing-history", "Keep brioche patisserie orders for the proofing history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 55 and 45 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    dict(name="BC11-c-flag-flip-320", seed=54011, kind="c", flag="bungalow_veranda_guest_alerts",
         flag_at=sum(_BC11[:2]) + 60, intervals=_BC11,
         start="2029-05-24T10:00:00Z", service="bungalow-veranda-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag bungalow_veranda_guest_alerts on at 12:59:30, 60 min after #2 and 60 min "
              "before #3 (v3's interval 120 min), then one last interval of 50 min; a listener per booking for "
              "the guest alerts (~4.5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="BC12-d-fixed-one-later-300", seed=54012, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(54012, 4, lo=55, hi=80),
         start="2029-05-25T10:54:00Z", service="bellows-farrier-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bellows-tempering-timers", "Confirm bellows farrier bookings from delayed tempering timers"),
         fixed_pr_title=("fix/bellows-tempering-at-once", "Confirm bellows farrier bookings at once, without tempering timers"),
         note="leak from #2 at 13:10 (55 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:05 "
              "(55 min of the fixed release, then #4 at 15:00, 69 min); ascending"),
    dict(name="BC13-c-two-tasks-culprit-2-320", seed=54013, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(54013, 3, lo=55, hi=80),
         start="2029-05-26T10:41:00Z", service="boardwalk-carousel-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=148, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/boardwalk-lifeguard-listeners", "Tell open boardwalk carousel bookings when a lifeguard frees"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (63 and 65 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BC14-none-frequent-orders-320", seed=54014, kind="none",
         intervals=gen_intervals(54014, 9, lo=15, hi=30),
         start="2029-05-27T11:40:00Z", service="biscotti-hazelnut-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, orders route, 11:40 through the peak; 9 deploys 18-28 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="BC15-e-lru-hours-400-300", seed=54015, kind="e",
         intervals=gen_intervals(54015, 3, lo=60, hi=120),
         start="2029-05-28T10:10:00Z", service="barometer-isobar-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 81-82 min apart, 10:10 through the "
              "peak; must not alarm; epoch"),
    dict(name="BC16-step-hourly-quote-300", seed=54016, kind="step", culprit=2,
         intervals=gen_intervals(54016, 3, lo=60, hi=85),
         start="2029-05-29T10:55:00Z", service="bagatelle-pinball-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bagatelle-pinball-table-at-boot", "Load the bagatelle pinball table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 60-75 min apart (hourly); no trend after; "
              "must not alarm; epoch, ascending"),
]

SCENARIOS = _RBB + BC_SCENARIOS
