"""memblame's tracelab scenarios, batch 36: AK01..AK16 (real memory traces with labels).

(Named AK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-35 used AA..AJ.  No case folder, scenario name
or split entry starts with "AK"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 36"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios36.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios36.py --bytes \
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw ../tracelab-raw36 AK01-... AK16-...

(--budget 1300 instead of 750: AK06 alone has 2 760 samples, 690 s of
recording; the 16 cases have about 7 900 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios35.py
first, unchanged and in the same order (positions 11..668, exactly as when
scenarios35.py is passed), and the AK scenarios after them (positions
669..684). Only the AK scenarios are recorded from this file.  Seeds are
36001..36016 (see the README for the number check), but AK02's: with 36002,
36102, 36202 and 36302 one of its PRs equalled a pipeline number of N04
(N04-none-frequent-orders-384, pipelines 237628-237666, inside AK02's PR
range); 36402, the fifth tried, is free.  Its intervals are still
gen_intervals(36002, ...).

A broad mix meant to measure every regime once more: three leaking cases
with deploys every 15-45 min (b, c, a; culprits #4 to #6 of 8-10 deploys),
two with deploys every 2-2.5 h (few-hours: d, b), one long-interval case
(a, deploys about a day apart over 46 h, the culprit #2 leaking for 22 h
through a night), a slow leak (c, ~0.4 %/h), an OOM within the hour after
the culprit (c), a fix by the next deploy (d), two tasks with rolling
deploys (c), a feature-flag flip inside an interval (a, no culprit deploy),
a leak whose slope follows the traffic down into the night (d, night-pause),
and four healthy cases (a bounded LRU with deploys every 20-45 min, a step
at one deploy, memory that follows load, a bounded LRU with hourly deploys).

Split (Tests/Traces/split36.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  three:  frequent-deploys AK01-AK03
  two:    few-hours AK04-AK05
  single: long-interval AK06, slow-leak AK07, oom-fast AK08, fixed-later
          AK09, multi-task AK10, flag-flip AK11, night-pause AK12,
          healthy-frequent AK13 (a bounded LRU with frequent deploys, as
          AF12-AJ12), healthy-step AK14, healthy-load AK15, healthy-lru AK16
          (as AG13, AH13, AJ13)

12 leaking (a: AK03, AK06, AK11; b: AK01, AK05; c: AK02, AK07, AK08, AK10;
d: AK04, AK09, AK12; AK09 fixed by the next deploy; AK11 a flag flip with no
culprit deploy), 4 healthy.

Loads scaled from what batch 35 measured (README, "Batch 35", "What did not
go as intended": the measured / aimed ratios), as batch 35 scaled from batch
34: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0215 (AJ03 1.12 times -> 0.0241,
    AI01 -> 0.019; the mean, unchanged); over intervals of an hour or more
    ~0.020 (AJ07 1.22 times at 0.019 -> 0.0232, AI10 -> 0.016; the mean),
    for the long-interval and the flag-flip case;
  b (detail x req/s) with frequent deploys ~0.0027 (was 0.0030: AJ01 0.98
    times -> 0.0029, AJ04 0.79 times -> 0.0024); over intervals of 1-2.5 h
    ~0.0026 (AJ06 hourly 1.01 times at 0.0026); skus 400;
  c (KB x req/s) with frequent deploys ~0.0105 (was 0.0128: AJ02 0.64 times
    -> 0.0082, two major GCs inside last windows; AI04 -> 0.0129); over
    intervals of an hour or more ~0.010 (AJ09 0.93 times at 0.0105 ->
    0.0098, AI09 -> 0.0102), per task for the two-task case and for the
    slow leak; the OOM case copies I10 (64 KB at 170 req/s, OOM 55.5 min
    after the onset), 66 KB at 175;
  d (KB x req/s) hourly ~0.0114 (AJ05 0.88 times at 0.013); over intervals
    of 2-2.5 h ~0.0127 (the mean of AJ05's 0.0114 and AI08's 0.014, few
    hours); the fix and the night-pause case use ~0.012.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AK01 b 24 lines at 96, 320 MiB; AK02 c 6 KB at
  93, 300 MiB; AK03 a 3 KB at 97, 320 MiB); few-hours ~4 %/h (AK04 d 5 KB at
  95, 384 MiB / heap 192; AK05 b 24 lines at 96, 384 MiB / heap 192);
  long-interval ~1.2 %/h of 384 MiB at peak (AK06 a 3 KB at 30, heap 192;
  less at night); slow-leak ~0.4 %/h (AK07 c 2 KB at 22, 300 MiB); oom-fast
  (AK08 c 66 KB at 175, heap 160, 300 MiB: OOM about 55 min after the
  onset); fixed-later ~5 %/h (AK09 d 5 KB at 103, 300 MiB); multi-task ~4.5
  %/h per task (AK10 c 6 KB at 180 over 2 tasks, 320 MiB); flag-flip ~4.5
  %/h (AK11 a 3 KB at 94, 320 MiB); night-pause ~5 %/h at 21:00, less as
  the traffic falls (AK12 d 5 KB at 97, 300 MiB).  Healthy: AK13 a bounded
  LRU (330 entries, 8000 SKUs) with 9 deploys 26-42 min apart; AK14 a step
  (60000-entry table at boot) at #2 of 4, quote route, hourly deploys; AK15
  f, reports in flight from the morning into the afternoon; AK16 a bounded
  LRU (340 entries, 8500 SKUs) with 4 deploys 60-89 min apart.  The "~N
  %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RJ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios35.py"))["SCENARIOS"]   # R..I, AA..AJ

_AK11 = [50, 60, 160, 60]

AK_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AK01 dev, AK02-AK03 validation)
    dict(name="AK01-b-frequent-deploys-culprit-5-320", seed=36001, kind="b", culprit=5,
         intervals=gen_intervals(36001, 9, lo=15, hi=45),
         start="2028-07-13T11:10:00Z", service="akee-fruit-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/fruit-ripeness-quote-memo", "Memoise akee fruit quotes per ripeness and grocer"),
         note="9 deploys 16-38 min apart, culprit #5 at 13:10 (5 leaking intervals, 16-33 min; its own 29 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AK02-c-frequent-deploys-culprit-6-300", seed=36402, kind="c", culprit=6,
         intervals=gen_intervals(36002, 10, lo=15, hi=45),
         start="2028-07-14T10:30:00Z", service="akela-pack-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=93, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/pack-den-listeners", "Tell open akela pack bookings when a den is moved"),
         note="10 deploys 16-43 min apart, culprit #6 at 13:12 (5 leaking intervals, 16-43 min; its own 34 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AK03-a-frequent-deploys-culprit-4-320", seed=36003, kind="a", culprit=4,
         intervals=gen_intervals(36003, 8, lo=15, hi=45),
         start="2028-07-15T11:10:00Z", service="akimbo-pose-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=97, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/pose-sequence-audit", "Keep akimbo pose orders for the sequence audit"),
         note="8 deploys 23-44 min apart, culprit #4 at 13:12 (5 leaking intervals, 23-44 min; its own 23 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (AK04 dev, AK05 validation)
    dict(name="AK04-d-few-hours-culprit-2-384", seed=36004, kind="d", culprit=2,
         intervals=[100, 135, 140, 120],
         start="2028-07-16T08:15:00Z", service="akita-kennel-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=192, limit_mib=384,
         ts_format="wire",
         culprit_pr_title=("perf/kennel-walk-timers", "Release akita kennel bookings from delayed walk timers"),
         note="v1 100 min, #1 at 09:55 (135 min), culprit #2 at 12:10 (140 min), #3 at 14:30 (120 min, still "
              "leaking; few hours: 260 min leaking through the afternoon); ~4 %/h of 384 MiB at peak; epoch"),
    dict(name="AK05-b-few-hours-culprit-2-384", seed=36005, kind="b", culprit=2,
         intervals=[65, 130, 145, 125],
         start="2028-07-17T08:50:00Z", service="akvavit-still-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=96, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/still-cask-quote-memo", "Memoise akvavit still quotes per cask and bottler"),
         note="v1 65 min, #1 at 09:55 (130 min), culprit #2 at 12:05 (145 min), #3 at 14:30 (125 min, still "
              "leaking; few hours); ~4 %/h of 384 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== singles (all validation)
    dict(name="AK06-a-long-interval-22h-culprit-2-384", seed=36006, kind="a", culprit=2,
         intervals=[90, 1260, 1320, 90],
         start="2028-07-18T08:30:00Z", service="akron-depot-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=30, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/depot-manifest-history", "Keep akron depot orders for the manifest history"),
         note="deploys about a day apart: 90 min of v1, #1 at 10:00 (a healthy 21 h interval through a night), "
              "culprit #2 at 07:00 the next day and one 22 h interval through the peak and the night to #3 at "
              "05:00 (still leaking, 90 min); slow leak (~1.2 %/h of 384 MiB at peak, far less at night); "
              "epoch, ascending"),
    dict(name="AK07-c-slow-leak-culprit-2-300", seed=36007, kind="c", culprit=2,
         intervals=[55, 70, 140, 130],
         start="2028-07-21T09:05:00Z", service="akubra-brim-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=22, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/brim-felt-listeners", "Tell open akubra brim orders when a felt batch changes"),
         note="slow leak (~0.4 %/h of 300 MiB at peak) from #2 at 11:10 after 55 and 70 min healthy intervals; "
              "140 and 130 min leaking intervals"),
    dict(name="AK08-c-oom-fast-culprit-2-300", seed=36008, kind="c", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2028-07-22T11:40:00Z", service="akoya-pearl-orders",
         profile="orders", params={"payload_kb": 66}, peak_rps=175, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/pearl-grade-listeners", "Tell open akoya pearl orders when a grade changes"),
         note="leak from #2 at 13:15, 66 KB orders at 175 req/s: OOM about 55 min after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch"),
    dict(name="AK09-d-fixed-one-later-300", seed=36009, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(36009, 4, lo=55, hi=85),
         start="2028-07-23T11:00:00Z", service="akaroa-harbour-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=103, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/harbour-mooring-timers", "Release akaroa harbour bookings from delayed mooring timers"),
         fixed_pr_title=("fix/harbour-mooring-timers-cleared", "Clear akaroa mooring timers when a booking settles"),
         note="leak from #2 at 13:16 (63 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:19 "
              "(82 min of the fixed release, then #4 at 15:41, 65 min); ascending"),
    dict(name="AK10-c-two-tasks-culprit-2-320", seed=36010, kind="c", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(36010, 3, lo=55, hi=85),
         start="2028-07-24T11:00:00Z", service="akebia-vine-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=180, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/vine-trellis-listeners", "Tell open akebia vine bookings when a trellis moves"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 13:12 (70 and 57 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="AK11-a-flag-flip-320", seed=36011, kind="a", flag="akhara_bout_history",
         flag_at=sum(_AK11[:2]) + 80, intervals=_AK11,
         start="2028-07-25T09:50:00Z", service="akhara-bout-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=94, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag akhara_bout_history on at 12:59:30, 80 min after #2 and 80 min before #3; "
              "bout orders kept for the history (~4.5 %/h of 320 MiB at peak) from then on, in every later "
              "release; flat before the flip"),
    dict(name="AK12-d-night-pause-evening-culprit-300", seed=36012, kind="d", culprit=2,
         intervals=[35, 40, 280, 35],
         start="2028-07-26T19:40:00Z", service="akashi-strait-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/strait-ferry-timers", "Release akashi strait bookings from delayed ferry timers"),
         note="leak from #2 at 20:55 (~5 %/h then), through a 280 min night interval to 01:35 where the slope "
              "follows the traffic down (~2.5 %/h by 01:00); #3 still leaks; epoch, ascending"),
    dict(name="AK13-e-lru-frequent-330-300", seed=36013, kind="e",
         intervals=gen_intervals(36013, 9, lo=20, hi=45),
         start="2028-07-27T11:20:00Z", service="akemi-lantern-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 26-42 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    dict(name="AK14-step-hourly-quote-320", seed=36014, kind="step", culprit=2,
         intervals=gen_intervals(36014, 4, lo=60, hi=90),
         start="2028-07-28T10:40:00Z", service="akita-crest-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/crest-rate-table-at-boot", "Load the akita crest rate table at boot"),
         note="level shift at #2 of 4 (13:10), quote route; 4 deploys 60-88 min apart (hourly); no trend after; "
              "must not alarm; ascending"),
    dict(name="AK15-f-load-morning-to-afternoon-320", seed=36015, kind="f", workers=72,
         intervals=gen_intervals(36015, 4, lo=50, hi=75),
         start="2028-07-29T09:40:00Z", service="akari-lamp-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="reports in flight follow the load up from the morning (09:40) into the afternoon (15:07), across "
              "4 deploys; must not alarm; epoch"),
    dict(name="AK16-e-lru-hourly-340-320", seed=36016, kind="e",
         intervals=gen_intervals(36016, 4, lo=60, hi=90),
         start="2028-07-30T11:15:00Z", service="akaki-river-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 4 deploys 60-89 min apart (hourly), from 11:15 "
              "through the peak into the evening; must not alarm; ascending"),
]

SCENARIOS = _RJ + AK_SCENARIOS
