"""memblame's tracelab scenarios, batch 43: AR01..AR18 (real memory traces with labels).

(Named AR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-42 used AA..AQ.  No case folder, scenario
name or split entry starts with "AR"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 43"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios43.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios43.py --bytes \
        --jobs 2 --budget 1500 --cases Tests/Traces/real --raw ../tracelab-raw43 AR09-... AR16-...

(No long-interval case: the longest, AR09, has 450 samples, 113 s of
recording; the 18 cases have 6 110 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios42.py
first, unchanged and in the same order (positions 11..778, exactly as when
scenarios42.py is passed), and the AR scenarios after them (positions
779..796).  Only the AR scenarios are recorded from this file.  Seeds are
43001..43018 (see the README for the number check).

The mix, a blind validation batch weighted towards what the detector finds
hardest, but covering the rest: five leaking cases with deploys every 15-45
min (a, b, c, d, b; culprits #3 to #9 of 8-12 deploys); two culprit-early
cases (b after 50 min of v1, d after 35 min; the culprit #1); two slow leaks
(c, the culprit #2; a, the culprit #3; ~3.5 %/h, at least 1.5 times the
healthy warm-up creep that batch 42's AQ13 measured, up to ~2.2 %/h); two
feature-flag flips inside an interval, 50 and 80 min after a deploy, with no
culprit deploy (a, d); a leak from an evening culprit whose slope follows the
traffic down into the night (d, night-pause); a fix one deploy later (c); a
culprit with hourly deploys (b); two tasks with rolling deploys (a,
metrics-ci.jsonl); and three healthy cases (a flat orders service with
deploys every 15-30 min, a bounded LRU with deploys every 20-40 min, a step
at one deploy with hourly deploys).

Split (Tests/Traces/split43.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev, 14
validation.

  five:   frequent-deploys AR01-AR05
  two:    culprit-early AR06-AR07, slow-leak AR08-AR09, flag-flip AR10-AR11
  single: night-pause AR12, fixed-later AR13, hourly AR14, multi-task AR15,
          healthy-frequent AR16 (a flat orders service, as AP14 and AO10),
          healthy-lru AR17 (a bounded LRU with deploys every 20-40 min, as
          AP15 and AQ17), healthy-step AR18 (as AP16 and AO12)

15 leaking (a: AR01, AR09, AR10, AR15; b: AR02, AR05, AR06, AR14; c: AR03,
AR08, AR13; d: AR04, AR07, AR11, AR12; AR10-AR11 flag flips with no culprit
deploy; AR13 fixed one deploy later), 3 healthy.

Loads scaled from what batches 40-42 measured (README, "What did not go as
intended": the measured / aimed ratios), as batch 42 scaled from batches
39-41: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0186 (was 0.0150: AQ01 1.74
    times -> 0.0261, AP01 0.47 times at 0.0236 -> 0.0111; the mean); over
    intervals of an hour or more ~0.0222 (was 0.0229: AQ08 1.06 times ->
    0.0243, AP10 0.89 times at 0.0227 -> 0.0202; the mean), for the slow
    leak, the flag flip and per task for the two-task case;
  b (detail x req/s) with frequent deploys ~0.0026 (was 0.0024: AQ02 1.43
    times -> 0.0034, AP05 0.61 times at 0.0030 -> 0.0018; the mean); over
    intervals of an hour or more ~0.0019 (was 0.0033: AQ14 0.56 times at
    21:00 -> 0.0018, AQ11 0.58 times -> 0.0019; the mean; both below their
    aims, AQ11 cut by a GC 25 min before its end, AQ14 at 21:00, whose aim
    was computed at peak traffic; AQ05, the b case of batch 42 with neither,
    measured 0.96 times -> 0.0032), for the culprit-early and the hourly case;
  c (KB x req/s) with frequent deploys ~0.0120 (was 0.0135: AQ03 1.06
    times -> 0.0143, AP03 0.63 times at 0.0154 -> 0.0097; the mean); over
    intervals of an hour or more ~0.0103 (was 0.0104: AQ10 0.89 times ->
    0.0093, AQ06 1.09 times -> 0.0113; the mean; AQ12, the OOM case, has no
    rate), for the slow leak and the fixed-later case;
  d (KB x req/s) with frequent deploys ~0.0128 (was 0.0122: AQ04 1.04
    times -> 0.0127, AP06 1.02 times at 0.0127 -> 0.0130; the mean); over
    intervals of an hour or more ~0.0131 (was 0.0088: AQ15 1.82 times per
    task -> 0.0160, AQ09 1.15 times -> 0.0101; the mean; AQ13, the slow
    leak, was scaled from AM06, not with this unit, and is left out), for
    the culprit-early, the flag flip and the night-pause case.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AR01 a 4 KB at 84, 320 MiB; AR02 b 25 lines at
  90, 300 MiB; AR03 c 5 KB at 104, 320 MiB; AR04 d 5 KB at 92, 300 MiB;
  AR05 b 24 lines at 100, 320 MiB); culprit-early ~4.5 %/h (AR06 b 30 lines
  at 99, 320 MiB; AR07 d 5 KB at 81, 300 MiB); slow-leak ~3.5 %/h (AR08 c 5
  KB at 80, 300 MiB; AR09 a 3 KB at 66, 320 MiB: 1.6 times AQ13's highest
  healthy creep, 2.2 %/h, 1.75 times their mean, 2.0); flag-flip ~4.5 %/h
  (AR10 a 3 KB at 85, 320 MiB; AR11 d 6 KB at 67, 300 MiB); night-pause ~5
  %/h at 21:00, less as the traffic falls (AR12 d 7 KB at 87, 300 MiB: ~6.8
  %/h at peak traffic, times 0.73, the traffic at 21:00 relative to the
  peak; AQ14's aim was computed at peak traffic); fixed-later ~5 %/h (AR13
  c 6 KB at 101, 320 MiB); hourly ~4 %/h (AR14 b 26 lines at 95, 300 MiB);
  multi-task ~4.5 %/h per task (AR15 a 3 KB at 168 over 2 tasks, 320 MiB).
  Healthy: AR16 none, orders, 10 deploys 18-28 min apart; AR17 a bounded
  LRU (330 entries, 8000 SKUs), 9 deploys 20-38 min apart; AR18 step (a
  60000-entry table loaded at boot from #2 on), orders, 4 deploys 60-72 min
  apart (hourly).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RQ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios42.py"))["SCENARIOS"]   # R..I, AA..AQ

_AR10 = [55, 100, 140, 95]
_AR11 = [65, 110, 150, 105]

AR_SCENARIOS = [
    # ================================================================== frequent-deploys (AR01 dev, AR02-AR05 validation)
    dict(name="AR01-a-frequent-deploys-culprit-5-320", seed=43001, kind="a", culprit=5,
         intervals=gen_intervals(43001, 10, lo=15, hi=45),
         start="2028-11-12T10:34:00Z", service="armada-fleet-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=84, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/armada-voyage-ledger", "Keep armada fleet orders for the voyage ledger"),
         note="10 deploys 20-45 min apart, culprit #5 at 13:10 (6 leaking intervals, 20-45 min; its own 45 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AR02-b-frequent-deploys-culprit-7-300", seed=43002, kind="b", culprit=7,
         intervals=gen_intervals(43002, 10, lo=15, hi=45),
         start="2028-11-13T10:30:00Z", service="aroma-blend-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/aroma-essence-quote-memo", "Memoise aroma blend quotes per essence and perfumer"),
         note="10 deploys 16-38 min apart, culprit #7 at 13:10 (4 leaking intervals, 23-38 min; its own 23 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AR03-c-frequent-deploys-culprit-3-320", seed=43003, kind="c", culprit=3,
         intervals=gen_intervals(43003, 8, lo=15, hi=45),
         start="2028-11-14T11:27:00Z", service="arena-seat-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/arena-row-block-listeners", "Tell open arena seat bookings when a row block moves"),
         note="8 deploys 26-38 min apart, culprit #3 at 13:10 (6 leaking intervals, 26-37 min; its own 37 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AR04-d-frequent-deploys-culprit-5-300", seed=43004, kind="d", culprit=5,
         intervals=gen_intervals(43004, 9, lo=15, hi=45),
         start="2028-11-15T10:43:00Z", service="armoire-restore-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/armoire-varnish-timers", "Release armoire restore bookings from delayed varnish timers"),
         note="9 deploys 17-45 min apart, culprit #5 at 13:10 (5 leaking intervals, 17-45 min; its own 45 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="AR05-b-frequent-deploys-culprit-9-320", seed=43005, kind="b", culprit=9,
         intervals=gen_intervals(43005, 12, lo=15, hi=45),
         start="2028-11-16T08:55:00Z", service="arugula-farm-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/arugula-crate-quote-memo", "Memoise arugula farm quotes per crate and grocer"),
         note="12 deploys 16-43 min apart, culprit #9 at 13:10 (4 leaking intervals, 16-43 min; its own 38 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== culprit-early (AR06 dev, AR07 validation)
    dict(name="AR06-b-culprit-first-after-50-320", seed=43006, kind="b", culprit=1,
         intervals=gen_intervals(43006, 3, {0: 50}, lo=40, hi=85),
         start="2028-11-17T10:40:00Z", service="artisan-loaf-quotes",
         profile="quote", params={"detail": 30, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/artisan-crust-quote-memo", "Memoise artisan loaf quotes per crust and baker"),
         note="culprit is the first deploy #1 at 11:30, after 50 min of v1; every later interval leaks (67-72 "
              "min, ~4.5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AR07-d-culprit-first-after-35-300", seed=43007, kind="d", culprit=1,
         intervals=gen_intervals(43007, 3, {0: 35}, lo=35, hi=85),
         start="2028-11-18T10:55:00Z", service="arboretum-tour-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/arboretum-guide-timers", "Release arboretum tour bookings from delayed guide timers"),
         note="culprit is the first deploy #1 at 11:30, after 35 min of v1; every later interval leaks (58-85 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    # ================================================================== slow-leak (AR08 dev, AR09 validation)
    dict(name="AR08-c-slow-leak-culprit-2-300", seed=43008, kind="c", culprit=2,
         intervals=[60, 55, 165, 150],
         start="2028-11-19T09:20:00Z", service="archive-reading-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=80, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/archive-shelf-mark-listeners", "Tell open archive reading bookings when a shelf mark moves"),
         note="slow leak (~3.5 %/h of 300 MiB at peak, 1.6 times AQ13's healthy warm-up creep) from #2 at 11:15 "
              "after 60 and 55 min healthy intervals; 165 and 150 min leaking intervals; epoch, ascending"),
    dict(name="AR09-a-slow-leak-culprit-3-320", seed=43009, kind="a", culprit=3,
         intervals=[45, 55, 60, 160, 130],
         start="2028-11-20T08:35:00Z", service="armature-coil-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=66, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/armature-winding-history", "Keep armature coil orders for the winding history"),
         note="slow leak (~3.5 %/h of 320 MiB at peak, 1.6 times AQ13's healthy warm-up creep) from #3 at 11:15 "
              "after 45, 55 and 60 min healthy intervals; 160 and 130 min leaking intervals"),
    # ================================================================== flag-flip (AR10 dev, AR11 validation)
    dict(name="AR10-a-flag-flip-320", seed=43010, kind="a", flag="arrowhead_quiver_history",
         flag_at=sum(_AR10[:2]) + 50, intervals=_AR10,
         start="2028-11-21T09:35:00Z", service="arrowhead-flint-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag arrowhead_quiver_history on at 12:59:30, 50 min after #2 and 90 min before "
              "#3 (deploys 95-140 min apart); orders kept for the quiver history (~4.5 %/h of 320 MiB at peak) "
              "from then on, in every later release; flat before the flip; epoch"),
    dict(name="AR11-d-flag-flip-300", seed=43011, kind="d", flag="arroyo_flash_timers",
         flag_at=sum(_AR11[:2]) + 80, intervals=_AR11,
         start="2028-11-22T09:05:00Z", service="arroyo-canyon-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=67, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag arroyo_flash_timers on at 13:19:30, 80 min after #2 and 70 min before #3 "
              "(deploys 105-150 min apart); bookings released from delayed flash-flood timers (~4.5 %/h of 300 "
              "MiB at peak) from then on, in every later release; flat before the flip; ascending"),
    # ================================================================== singles (all validation)
    dict(name="AR12-d-night-pause-evening-culprit-300", seed=43012, kind="d", culprit=2,
         intervals=[35, 35, 290, 35],
         start="2028-11-23T19:30:00Z", service="arpeggio-lesson-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=87, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/arpeggio-metronome-timers", "Release arpeggio lesson bookings from delayed metronome timers"),
         note="leak from #2 at 20:40 (~5 %/h at 21:00), through a 290 min night interval to 01:30 where the slope "
              "follows the traffic down (~2.6 %/h by 01:00); #3 still leaks; epoch, ascending"),
    dict(name="AR13-c-fixed-one-later-320", seed=43013, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(43013, 4, lo=55, hi=85),
         start="2028-11-25T10:54:00Z", service="armory-fitting-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=101, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/armory-gauntlet-listeners", "Tell open armory fitting bookings when a gauntlet size moves"),
         fixed_pr_title=("fix/armory-gauntlet-listeners-removed", "Remove armory fitting listeners when the booking response finishes"),
         note="leak from #2 at 13:10 (64 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:14 "
              "(76 min of the fixed release, then #4 at 15:30, 77 min)"),
    dict(name="AR14-b-hourly-culprit-3-300", seed=43014, kind="b", culprit=3,
         intervals=gen_intervals(43014, 4, lo=60, hi=90),
         start="2028-11-26T09:37:00Z", service="artichoke-harvest-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/artichoke-field-quote-memo", "Memoise artichoke harvest quotes per field and picker"),
         note="4 deploys 62-88 min apart (hourly), culprit #3 at 13:10 (88 and 66 min leaking); ~4 %/h of 300 "
              "MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AR15-a-two-tasks-culprit-2-320", seed=43015, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(43015, 3, lo=55, hi=85),
         start="2028-11-27T10:52:00Z", service="arctic-sled-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=168, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/arctic-sled-route-history", "Keep arctic sled orders for the route history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (83 and 85 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AR16-none-frequent-orders-300", seed=43016, kind="none",
         intervals=gen_intervals(43016, 10, lo=15, hi=30),
         start="2028-11-28T11:30:00Z", service="argyle-knit-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 10 deploys 18-28 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AR17-e-lru-frequent-330-320", seed=43017, kind="e",
         intervals=gen_intervals(43017, 9, lo=20, hi=40),
         start="2028-11-29T11:20:00Z", service="armadillo-burrow-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 20-38 min apart, 11:20 through the "
              "peak; must not alarm"),
    dict(name="AR18-step-hourly-orders-320", seed=43018, kind="step", culprit=2,
         intervals=gen_intervals(43018, 4, lo=60, hi=90),
         start="2028-11-30T10:59:00Z", service="arithmetic-tutor-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/arithmetic-drill-table-at-boot", "Load the arithmetic tutor drill table at boot"),
         note="level shift at #2 of 4 (13:10), orders route; 4 deploys 60-72 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RQ + AR_SCENARIOS
