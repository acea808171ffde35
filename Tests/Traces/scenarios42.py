"""memblame's tracelab scenarios, batch 42: AQ01..AQ18 (real memory traces with labels).

(Named AQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-41 used AA..AP.  No case folder, scenario
name or split entry starts with "AQ"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 42"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios42.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios42.py --bytes \
        --jobs 2 --budget 1500 --cases Tests/Traces/real --raw ../tracelab-raw42 AQ10-... AQ12-...

(No long-interval case: the longest, AQ10, has 580 samples, 145 s of
recording; the 18 cases have 6 579 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios41.py
first, unchanged and in the same order (positions 11..760, exactly as when
scenarios41.py is passed), and the AQ scenarios after them (positions
761..778).  Only the AQ scenarios are recorded from this file.  Seeds are
42001..42018 but for AQ12, 42112: with 42012 two of AQ12's PRs (273356,
273359) equalled pipeline numbers of H17 (H17-f-load-early-morning-to-
afternoon-320); AQ12's intervals are fixed in the file, so only its numbers,
SHAs, titles and load draws changed (see the README for the number check).

The mix, a broad blind validation of the whole detector: four leaking cases
with deploys every 15-45 min (a, b, c, d; culprits #3 to #8 of 8-11
deploys); three feature-flag flips inside an interval, 40-75 min after a
deploy, with no culprit deploy (b, c, d; deploys 95-165 min apart around the
flip); two with hourly deploys (a, d); one with deploys 140-190 min apart
(few-hours, c); a culprit-last case (b, one 190 min interval of evidence);
an OOM within the hour after the culprit (c); a slow leak (d, ~0.5 %/h, the
culprit #3); a leak whose slope follows the traffic down into the night (b,
night-pause); three tasks with rolling deploys (d, metrics-ci.jsonl); and
three healthy cases (a flat orders service with hourly deploys, a bounded
LRU with deploys 60-108 min apart, memory that follows load from the morning
into the afternoon).

Split (Tests/Traces/split42.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 15
validation.

  four:   frequent-deploys AQ01-AQ04
  three:  flag-flip AQ05-AQ07
  two:    hourly AQ08-AQ09
  single: few-hours AQ10, culprit-last AQ11, oom-fast AQ12, slow-leak AQ13,
          night-pause AQ14, multi-task AQ15, healthy-flat AQ16 (a flat
          service with hourly deploys, as AJ14 and AL16), healthy-lru AQ17
          (a bounded LRU with deploys 1-2 h apart, as AM14 and AN15),
          healthy-load AQ18 (as AK15 and AM15)

15 leaking (a: AQ01, AQ08; b: AQ02, AQ05, AQ11, AQ14; c: AQ03, AQ06, AQ10,
AQ12; d: AQ04, AQ07, AQ09, AQ13, AQ15; AQ05-AQ07 flag flips with no culprit
deploy), 3 healthy.

Loads scaled from what batches 39-41 measured (README, "What did not go as
intended": the measured / aimed ratios), as batch 41 scaled from batches
38-40: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0150 (was 0.0236: AP01 0.47
    times -> 0.0111, AO01 0.72 times at 0.0264 -> 0.0190; the mean); over
    intervals of an hour or more ~0.0229 (was 0.0227: AP10 0.89 times ->
    0.0201, AN12 1.28 times per task at 0.020 -> 0.0256; the mean), for
    the hourly case;
  b (detail x req/s) with frequent deploys ~0.0024 (was 0.0030: AP05 0.61
    times -> 0.0018, AP02 1.00 times -> 0.0030; the mean); over intervals
    of an hour or more ~0.0033 (was 0.0029: AP13 1.12 times per task ->
    0.0033, AP07 1.15 times -> 0.0033), for the flag flip, the
    culprit-last and the night-pause case;
  c (KB x req/s) with frequent deploys ~0.0135 (was 0.0154: AP03 0.63
    times -> 0.0097, AO03 1.67 times at 0.0104 -> 0.0174; the mean); over
    intervals of an hour or more ~0.0104 (was 0.0122: AP09 0.88 times ->
    0.0107, AN09 1.18 times at 0.0085 -> 0.0100; the mean), for the flag
    flip and the few-hours case;
  d (KB x req/s) with frequent deploys ~0.0122 (was 0.0127: AP06 1.02
    times -> 0.0130, AP04 0.90 times -> 0.0114; the mean); over intervals
    of an hour or more ~0.0088 (was 0.0109: AP12 0.85 times -> 0.0093,
    AP11 0.77 times -> 0.0084; the mean), for the flag flip, the hourly
    case and per task for the three-task case.
Regimes that batches 39-41 did not record are scaled from their last
recordings: the OOM case copies AK08 (c, 66 KB at 175 req/s, heap 160, 300
MiB: OOM 62.5 min after the onset; I10 64 KB at 170, 55.5 min) with 1.16
times the load, 75 KB at 178, to bring the OOM to about 50-55 min; the slow
leak scales AM06 (d, 1 KB at 55, 300 MiB: 0.9 and 0.5 %/h, 1.4 times its
~0.5) to 1 KB at 40; the night-pause case follows AK12 and AM09 (the
culprit #2 at 20:55, a 280 min night interval) with the b unit over an hour
or more.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AQ01 a 4 KB at 104, 320 MiB; AQ02 b 25 lines at
  98, 300 MiB; AQ03 c 5 KB at 93, 320 MiB; AQ04 d 5 KB at 96, 300 MiB);
  flag-flip ~4.5 %/h (AQ05 b 20 lines at 85, 320 MiB; AQ06 c 6 KB at 85,
  300 MiB; AQ07 d 7 KB at 91, 320 MiB); hourly ~4 %/h (AQ08 a 3 KB at 73,
  320 MiB; AQ09 d 6 KB at 89, 300 MiB); few-hours ~4 %/h (AQ10 c 7 KB at
  82, 384 MiB / heap 192); culprit-last ~4 %/h (AQ11 b 16 lines at 89, 300
  MiB); oom-fast (AQ12 c 75 KB at 178, heap 160, 300 MiB: OOM about 50-55
  min after the onset); slow-leak ~0.5 %/h (AQ13 d 1 KB at 40, 300 MiB);
  night-pause ~5 %/h at 21:00, less as the traffic falls (AQ14 b 19 lines
  at 93, 300 MiB); multi-task ~4.5 %/h per task (AQ15 d 7 KB at 275 over 3
  tasks, 320 MiB).  Healthy: AQ16 none, orders, 4 deploys 60-87 min apart
  (hourly); AQ17 a bounded LRU (340 entries, 8500 SKUs), 3 deploys 60-108
  min apart; AQ18 f, reports in flight from the morning (09:40) into the
  afternoon, 4 deploys 53-70 min apart.  The "~N %/h" in the notes are
  these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RP = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios41.py"))["SCENARIOS"]   # R..I, AA..AP

_AQ05 = [60, 95, 150, 100]
_AQ06 = [55, 100, 165, 95]
_AQ07 = [65, 120, 130, 105]

AQ_SCENARIOS = [
    # ================================================================== frequent-deploys (AQ01 dev, AQ02-AQ04 validation)
    dict(name="AQ01-a-frequent-deploys-culprit-7-320", seed=42001, kind="a", culprit=7,
         intervals=gen_intervals(42001, 10, lo=15, hi=45),
         start="2028-10-24T09:12:00Z", service="aquarium-reef-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/aquarium-coral-ledger", "Keep aquarium reef orders for the coral ledger"),
         note="10 deploys 18-44 min apart, culprit #7 at 13:10 (4 leaking intervals, 19-44 min; its own 19 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AQ02-b-frequent-deploys-culprit-3-300", seed=42002, kind="b", culprit=3,
         intervals=gen_intervals(42002, 9, lo=15, hi=45),
         start="2028-10-25T11:53:00Z", service="aquavit-still-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/aquavit-caraway-quote-memo", "Memoise aquavit still quotes per caraway batch and taster"),
         note="9 deploys 17-42 min apart, culprit #3 at 13:10 (7 leaking intervals, 17-42 min; its own 35 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AQ03-c-frequent-deploys-culprit-8-320", seed=42003, kind="c", culprit=8,
         intervals=gen_intervals(42003, 11, lo=15, hi=45),
         start="2028-10-26T09:01:00Z", service="aquamarine-gem-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=93, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aquamarine-facet-listeners", "Tell open aquamarine gem bookings when a facet cut moves"),
         note="11 deploys 15-44 min apart, culprit #8 at 13:10 (4 leaking intervals, 16-29 min; its own 27 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AQ04-d-frequent-deploys-culprit-4-300", seed=42004, kind="d", culprit=4,
         intervals=gen_intervals(42004, 8, lo=15, hi=45),
         start="2028-10-27T10:58:00Z", service="aquanaut-dive-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=96, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/aquanaut-decompression-timers", "Release aquanaut dive bookings from delayed decompression timers"),
         note="8 deploys 21-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 21-45 min; its own 29 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== flag-flip (AQ05 dev, AQ06-AQ07 validation)
    dict(name="AQ05-b-flag-flip-320", seed=42005, kind="b", flag="aquifer_well_memo",
         flag_at=sum(_AQ05[:2]) + 40, intervals=_AQ05,
         start="2028-10-28T09:45:00Z", service="aquifer-well-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag aquifer_well_memo on at 12:59:30, 40 min after #2 and 110 min before #3 "
              "(deploys 95-150 min apart); quotes memoised per well and surveyor (~4.5 %/h of 320 MiB at peak) "
              "from then on, in every later release; flat before the flip; good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    dict(name="AQ06-c-flag-flip-300", seed=42006, kind="c", flag="aquatint_plate_push",
         flag_at=sum(_AQ06[:2]) + 75, intervals=_AQ06,
         start="2028-10-29T08:55:00Z", service="aquatint-print-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=85, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag aquatint_plate_push on at 12:44:30, 75 min after #2 and 90 min before #3 "
              "(deploys 95-165 min apart); listener leak (~4.5 %/h of 300 MiB at peak) from then on, in every "
              "later release; flat before the flip; ascending"),
    dict(name="AQ07-d-flag-flip-320", seed=42007, kind="d", flag="aqualung_refill_timers",
         flag_at=sum(_AQ07[:2]) + 55, intervals=_AQ07,
         start="2028-10-30T09:20:00Z", service="aqualung-refill-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=91, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag aqualung_refill_timers on at 13:19:30, 55 min after #2 and 75 min before #3 "
              "(deploys 105-130 min apart); refills released from delayed timers (~4.5 %/h of 320 MiB at peak) "
              "from then on, in every later release; flat before the flip; epoch, ascending"),
    # ================================================================== hourly (AQ08 dev, AQ09 validation)
    dict(name="AQ08-a-hourly-culprit-3-320", seed=42008, kind="a", culprit=3,
         intervals=gen_intervals(42008, 4, lo=60, hi=90),
         start="2028-10-31T09:45:00Z", service="aquaplane-ski-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=73, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/aquaplane-tow-history", "Keep aquaplane ski orders for the tow history"),
         note="4 deploys 60-84 min apart (hourly), culprit #3 at 13:10 (84 and 80 min leaking); ~4 %/h of 320 MiB "
              "at peak"),
    dict(name="AQ09-d-hourly-culprit-2-300", seed=42009, kind="d", culprit=2,
         intervals=gen_intervals(42009, 4, lo=60, hi=90),
         start="2028-11-01T10:41:00Z", service="aquarelle-easel-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=89, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/aquarelle-drying-timers", "Release aquarelle easel bookings from delayed drying timers"),
         note="4 deploys 68-89 min apart (hourly), culprit #2 at 13:10 (84, 78 and 89 min leaking); ~4 %/h of 300 "
              "MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="AQ10-c-few-hours-culprit-2-384", seed=42010, kind="c", culprit=2,
         intervals=[100, 140, 190, 150],
         start="2028-11-02T08:00:00Z", service="aquila-eyrie-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=82, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/aquila-nest-listeners", "Tell open aquila eyrie bookings when a nest watch moves"),
         note="v1 100 min, #1 at 09:40 (140 min), culprit #2 at 12:00 (190 min), #3 at 15:10 (150 min, still "
              "leaking; few hours: 340 min leaking through the afternoon); ~4 %/h of 384 MiB at peak; ascending"),
    dict(name="AQ11-b-culprit-last-300", seed=42011, kind="b", culprit=3,
         intervals=[50, 45, 55, 190],
         start="2028-11-03T10:40:00Z", service="aquarius-chart-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/aquarius-horoscope-quote-memo", "Memoise aquarius chart quotes per horoscope and reader"),
         note="culprit is the last deploy #3 at 13:10 after 2 deploys 45-55 min apart: a single 190 min interval "
              "of evidence (~4 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AQ12-c-oom-fast-culprit-2-300", seed=42112, kind="c", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2028-11-04T11:40:00Z", service="aquaculture-pond-orders",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/aquaculture-stock-listeners", "Tell open aquaculture pond orders when a stocking changes"),
         note="leak from #2 at 13:15, 75 KB orders at 178 req/s: OOM about 50-55 min after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch"),
    dict(name="AQ13-d-slow-leak-culprit-3-300", seed=42013, kind="d", culprit=3,
         intervals=[50, 55, 65, 165, 135],
         start="2028-11-05T08:25:00Z", service="aqueous-buffer-orders",
         profile="orders", params={"payload_kb": 1}, peak_rps=40, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/aqueous-titration-timers", "Check aqueous buffer orders from delayed titration timers"),
         note="slow leak (~0.5 %/h of 300 MiB at peak) from #3 at 11:15 after 50, 55 and 65 min healthy "
              "intervals; 165 and 135 min leaking intervals; epoch, ascending"),
    dict(name="AQ14-b-night-pause-evening-culprit-300", seed=42014, kind="b", culprit=2,
         intervals=[35, 40, 280, 35],
         start="2028-11-06T19:40:00Z", service="aquapark-slide-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/aquapark-wristband-quote-memo", "Memoise aquapark slide quotes per wristband and visit"),
         note="leak from #2 at 20:55 (~5 %/h then), through a 280 min night interval to 01:35 where the slope "
              "follows the traffic down (~2.5 %/h by 01:00); #3 still leaks; good releases warm a per-SKU cache "
              "(400 SKUs)"),
    dict(name="AQ15-d-three-tasks-culprit-2-320", seed=42015, kind="d", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(42015, 3, lo=55, hi=85),
         start="2028-11-08T10:56:00Z", service="aquafaba-whisk-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=275, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/aquafaba-meringue-timers", "Release aquafaba whisk bookings from delayed meringue timers"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:10 (75 and 57 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="AQ16-none-hourly-orders-300", seed=42016, kind="none",
         intervals=gen_intervals(42016, 4, lo=60, hi=90),
         start="2028-11-09T10:05:00Z", service="aqualine-hose-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 10:05 into the afternoon (15:41 end); 4 deploys 60-87 min apart (hourly); "
              "must not alarm; ascending"),
    dict(name="AQ17-e-lru-hours-340-320", seed=42017, kind="e",
         intervals=gen_intervals(42017, 3, lo=60, hi=120),
         start="2028-11-10T11:15:00Z", service="aquatic-survey-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 3 deploys 60-108 min apart (1-2 h), from 11:15 "
              "through the peak into the evening; must not alarm; epoch"),
    dict(name="AQ18-f-load-morning-to-afternoon-320", seed=42018, kind="f", workers=72,
         intervals=gen_intervals(42018, 4, lo=50, hi=75),
         start="2028-11-11T09:40:00Z", service="aquaria-gallery-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load up from the morning (09:40) into the afternoon (14:54), across "
              "4 deploys 53-70 min apart; must not alarm"),
]

SCENARIOS = _RP + AQ_SCENARIOS
