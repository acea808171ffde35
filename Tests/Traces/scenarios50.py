"""memblame's tracelab scenarios, batch 50: AY01..AY16 (real memory traces with labels).

(Named AY: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-49 used AA..AX.  No case folder, scenario
name or split entry starts with "AY"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 50"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios50.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios50.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw50 AY12-... AY06-...

(No long-interval case: the longest, AY12, has 373 samples, about 93 s of
recording; the 16 cases have 4 790 samples in all, kept short for a
recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios49.py
first, unchanged and in the same order (positions 11..892, exactly as when
scenarios49.py is passed), and the AY scenarios after them (positions
893..908).  Only the AY scenarios are recorded from this file.  Seeds are
50001..50016 but for AY12 and AY14, whose first seeds (50012, 50014) gave
PRs equal to pipeline numbers of C03 and C04: they got 50112 and 50114
(the second tried), their intervals still drawn with 50012 and 50014 (see
the README for the number check).

The mix, a broad blind validation batch (as batches 46-48): four leaking
cases with deploys every 15-45 min (a, b, c, d; culprits #3 to #5 of 8-9
deploys) and a fifth (b, culprit #4 of 9) with deploys every 17-25 min
(frequent-deploys); two culprits with hourly deploys, the culprit in the
middle (c #2 of 4, d #2 of 3; hourly); one with deploys 130 and 140 min
apart, the culprit #2 in the middle of three (few-hours, a); a slow leak
(c, ~1.5 %/h, the culprit #2 with 190 min after it; slow-leak); a
culprit-last case (b, one 155 min interval of evidence); a feature flag
switched on inside an interval, 55 min after a deploy, with no culprit
deploy (a; flag-flip); a fix two deploys later (d; fixed-later); a leak
from an evening culprit whose slope follows the traffic down into the night
(c; night-pause); and three healthy cases (a flat orders service with
deploys every 16-30 min, a bounded LRU with deploys 60-117 min apart, a
step at one hourly deploy on the orders route).

Split (Tests/Traces/split50.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys AY01-AY05
  two:    hourly AY06-AY07
  single: few-hours AY08, slow-leak AY09, culprit-last AY10, flag-flip
          AY11, fixed-later AY12, night-pause AY13, healthy-frequent AY14
          (a flat orders service, as AX14), healthy-lru AY15 (a bounded LRU
          with deploys every 1-2 h, as AX15), healthy-step AY16 (on the
          orders route, as AX16)

13 leaking (a: AY01, AY08, AY11; b: AY02, AY05, AY10; c: AY03, AY06, AY09,
AY13; d: AY04, AY07, AY12; AY11 a flag flip with no culprit deploy; AY12
fixed two deploys later), 3 healthy.

Loads scaled from what batches 47-49 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 49's rule moved on by one
batch: the mean over every case of the last three batches (47-49) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (AW04 0.97, not 0.66;
AX09 0.88, not 0.14); by the plain rule the d frequent unit would be
0.0080 (/work/tracelab-raw50/units.py).  The flag flips count with their
ratio from the flip (AV11, AW12, AX04-AX06); AV12, the 1 KB d slow leak,
is left out, as AT08 and AQ13 were:
  a (KB x req/s) with frequent deploys ~0.0178 (was 0.0209: AV01 0.82 at
    0.0239, AW01 0.52 at 0.0261, AX07 0.67 and AX10 1.15 at 0.0209); over
    intervals of an hour or more ~0.0222 (was 0.0214: AV07 1.04, AV11
    1.23, AW06 1.04, AW13 0.91 per task, AX01 0.95), for the few-hours
    case and the flag flip;
  b (detail x req/s) with frequent deploys ~0.00309 (was 0.00308: AV02
    1.29 at 0.00232, AW02 1.19 and AW05 1.23 at 0.00260; no b frequent
    case in batch 49); over intervals of an hour or more ~0.00258 (was
    0.00246: AV05 0.78, AV09 0.78, AW09 0.61, AW12 1.14, AX04 1.27, AX12
    1.25), for the culprit-last case;
  c (KB x req/s) with frequent deploys ~0.0118 (was 0.0117: AV03 0.71 at
    0.0119, AW03 1.17, AX08 1.20 and AX11 0.93 at 0.0117); over intervals
    of an hour or more ~0.00891 (was 0.00896: AV06 0.98, AV08 0.78, AV13
    0.86 per task, AW08 0.78, AW11 0.82, AX02 0.92, AX05 1.09), for the
    hourly c, the slow leak (at a lower load, not from AV12's 1 KB d
    orders) and the night-pause case;
  d (KB x req/s) with frequent deploys ~0.0128 (was 0.0138: AV04 0.82 at
    0.0155, AW04 0.97 before its GCs at 0.0140, AX09 0.88 before its GCs
    at 0.0138); over intervals of an hour or more ~0.0114 (was 0.0116:
    AV10 1.88, AW07 0.97, AW10 1.16, AX03 1.02, AX06 0.73, AX13 0.76), for
    the hourly d and the fixed-later case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (AY01 a 4 KB at 88, 320 MiB; AY02 b 20 lines at
  95, 300 MiB; AY03 c 5 KB at 106, 320 MiB; AY04 d 6 KB at 76, 300 MiB;
  AY05 b 22 lines at 92, 320 MiB); hourly ~4 %/h (AY06 c 5 KB at 112, 320
  MiB; AY07 d 5 KB at 82, 300 MiB); few-hours ~4 %/h (AY08 a 3 KB at 75,
  320 MiB); slow-leak ~1.5 %/h (AY09 c 3 KB at 66, 300 MiB); culprit-last
  ~4 %/h (AY10 b 20 lines at 91, 300 MiB); flag-flip ~4.5 %/h (AY11 a 3 KB
  at 79, 300 MiB); fixed-later ~5 %/h (AY12 d 5 KB at 103, 300 MiB);
  night-pause ~5 %/h at 21:00 (AY13 c 7 KB at 128, 300 MiB: ~6.8 %/h at
  the peak load, 0.73 of it at 21:00, ~2.6 by 01:00).  Healthy: AY14 none,
  orders, 9 deploys 16-30 min apart; AY15 a bounded LRU (340 entries, 8500
  SKUs), 3 deploys 60-117 min apart; AY16 step (a 60000-entry table loaded
  at boot from #2 on), orders, 3 deploys 60-75 min apart (hourly).  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RX = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios49.py"))["SCENARIOS"]   # R..I, AA..AX

_AY11 = [50, 80, 110, 50]

AY_SCENARIOS = [
    # ================================================================== frequent-deploys (AY01 dev, AY02-AY05 validation)
    dict(name="AY01-a-frequent-deploys-culprit-4-320", seed=50001, kind="a", culprit=4,
         intervals=gen_intervals(50001, 8, lo=15, hi=45),
         start="2029-03-10T10:41:00Z", service="ayrshire-dairy-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/ayrshire-milking-parlour-history", "Keep ayrshire dairy orders for the milking parlour history"),
         note="8 deploys 15-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-35 min; its own 23 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AY02-b-frequent-deploys-culprit-5-300", seed=50002, kind="b", culprit=5,
         intervals=gen_intervals(50002, 8, lo=15, hi=45),
         start="2029-03-11T10:42:00Z", service="aye-aye-sanctuary-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/aye-aye-warden-quote-memo", "Memoise aye-aye sanctuary quotes per warden and visitor"),
         note="8 deploys 17-42 min apart, culprit #5 at 13:10 (4 leaking intervals, 18-42 min; its own 42 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AY03-c-frequent-deploys-culprit-5-320", seed=50003, kind="c", culprit=5,
         intervals=gen_intervals(50003, 9, lo=15, hi=45),
         start="2029-03-12T10:21:00Z", service="aylesbury-duck-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aylesbury-duckling-run-listeners", "Tell open aylesbury duck bookings when a duckling run frees"),
         note="9 deploys 15-45 min apart, culprit #5 at 13:10 (5 leaking intervals, 24-42 min; its own 28 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AY04-d-frequent-deploys-culprit-3-300", seed=50004, kind="d", culprit=3,
         intervals=gen_intervals(50004, 8, lo=15, hi=45),
         start="2029-03-13T11:48:00Z", service="ayurveda-massage-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=76, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/ayurveda-herbal-steam-timers", "Confirm ayurveda massage bookings from delayed herbal-steam timers"),
         note="8 deploys 17-38 min apart, culprit #3 at 13:10 (6 leaking intervals, 19-38 min; its own 26 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="AY05-b-frequent-deploys-culprit-4-320", seed=50005, kind="b", culprit=4,
         intervals=gen_intervals(50005, 9, lo=15, hi=25),
         start="2029-03-14T11:38:00Z", service="ayu-weir-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/ayu-angler-permit-quote-memo", "Memoise ayu weir quotes per angler and permit"),
         note="9 deploys 17-25 min apart, culprit #4 at 13:10 (6 leaking intervals, 17-25 min; its own 24 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (AY06 dev, AY07 validation)
    dict(name="AY06-c-hourly-culprit-2-320", seed=50006, kind="c", culprit=2,
         intervals=gen_intervals(50006, 4, lo=60, hi=85),
         start="2029-03-15T10:40:00Z", service="ayr-racecourse-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=112, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/ayr-paddock-box-listeners", "Tell open ayr racecourse bookings when a paddock box frees"),
         note="4 deploys 61-79 min apart (hourly), culprit #2 at 13:10 in the middle (61, 78 and 79 min leaking); "
              "~4 %/h of 320 MiB at peak; ascending"),
    dict(name="AY07-d-hourly-culprit-2-300", seed=50007, kind="d", culprit=2,
         intervals=gen_intervals(50007, 3, lo=60, hi=85),
         start="2029-03-16T11:06:00Z", service="aymara-weaving-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=82, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/aymara-poncho-fitting-timers", "Return aymara weaving bookings from delayed poncho-fitting timers"),
         note="3 deploys 60-83 min apart (hourly), culprit #2 at 13:10 (83 and 69 min leaking); ~4 %/h of 300 "
              "MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="AY08-a-few-hours-culprit-2-320", seed=50008, kind="a", culprit=2,
         intervals=[45, 130, 140, 50],
         start="2029-03-17T10:15:00Z", service="ayutthaya-temple-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/ayutthaya-offering-history", "Keep ayutthaya temple orders for the offering history"),
         note="v1 45 min, #1 at 11:00 (130 min), the culprit #2 at 13:10 (140 min) in the middle, then #3 at "
              "15:30 (50 min, still leaking); ~4 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AY09-c-slow-leak-culprit-2-300", seed=50009, kind="c", culprit=2,
         intervals=[50, 60, 100, 90],
         start="2029-03-18T11:20:00Z", service="ayton-castle-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=66, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/ayton-rampart-tour-listeners", "Tell open ayton castle bookings when a rampart tour frees"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:10 after 50 and 60 min healthy intervals; "
              "100 and 90 min leaking intervals (190 min after the culprit)"),
    dict(name="AY10-b-culprit-last-300", seed=50010, kind="b", culprit=3,
         intervals=[45, 50, 40, 155],
         start="2029-03-19T10:55:00Z", service="ayah-creche-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/ayah-governess-quote-memo", "Memoise ayah creche quotes per family and governess"),
         note="the culprit is the last deploy #3 at 13:10: one 155 min interval of evidence after 45, 50 and 40 "
              "min healthy ones; ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AY11-a-flag-flip-300", seed=50011, kind="a", flag="aylsham_grange_order_history",
         flag_at=sum(_AY11[:2]) + 55, intervals=_AY11,
         start="2029-03-20T09:55:00Z", service="aylsham-grange-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=79, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag aylsham_grange_order_history on at 12:59:30, 55 min after #2 and 55 min "
              "before #3 (v3's interval 110 min), then one last interval of 50 min; orders kept for the grange "
              "history (~4.5 %/h of 300 MiB at peak) from then on; ascending"),
    dict(name="AY12-d-fixed-two-later-300", seed=50112, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(50012, 5, lo=50, hi=75),
         start="2029-03-21T10:59:00Z", service="ayers-sunrise-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=103, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/ayers-shuttle-pickup-timers", "Confirm ayers sunrise bookings from delayed shuttle-pickup timers"),
         fixed_pr_title=("fix/ayers-shuttle-pickup-timer-cleanup", "Confirm ayers sunrise bookings at once, without shuttle-pickup timers"),
         note="leak from #2 at 13:10 (62 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 14:12 still leaks "
              "(56 min); fixed by #4 at 15:08 (63 min of the fixed release, then #5 at 16:11, 61 min); epoch, "
              "ascending"),
    dict(name="AY13-c-night-pause-evening-culprit-300", seed=50013, kind="c", culprit=2,
         intervals=[35, 35, 250, 35],
         start="2029-03-22T19:30:00Z", service="ayin-letterpress-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=128, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/ayin-typeset-frame-listeners", "Tell open ayin letterpress bookings when a typeset frame frees"),
         note="leak from #2 at 20:40 (~5 %/h at 21:00), through a 250 min night interval to 00:50 where the slope "
              "follows the traffic down (~2.6 %/h by 01:00); #3 still leaks"),
    # ================================================================== healthy singles (all validation)
    dict(name="AY14-none-frequent-orders-300", seed=50114, kind="none",
         intervals=gen_intervals(50014, 9, lo=15, hi=30),
         start="2029-03-24T11:40:00Z", service="aycliffe-foundry-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 16-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AY15-e-lru-hours-340-320", seed=50015, kind="e",
         intervals=gen_intervals(50015, 3, lo=60, hi=120),
         start="2029-03-25T10:10:00Z", service="aysgarth-gorge-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 3 deploys 60-117 min apart, 10:10 through the "
              "peak; must not alarm"),
    dict(name="AY16-step-hourly-orders-320", seed=50016, kind="step", culprit=2,
         intervals=gen_intervals(50016, 3, lo=60, hi=85),
         start="2029-03-26T11:10:00Z", service="ayam-cemani-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/ayam-breeder-table-at-boot", "Load the ayam cemani breeder table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 60-75 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RX + AY_SCENARIOS
