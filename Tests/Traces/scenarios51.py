"""memblame's tracelab scenarios, batch 51: AZ01..AZ16 (real memory traces with labels).

(Named AZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-50 used AA..AY.  No case folder, scenario
name or split entry starts with "AZ"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 51"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios51.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios51.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw51 AZ15-... AZ08-...

(No long-interval case: the longest, AZ15, has 383 samples, about 96 s of
recording; the 16 cases have 4 671 samples in all, kept short for a
recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios50.py
first, unchanged and in the same order (positions 11..908, exactly as when
scenarios50.py is passed), and the AZ scenarios after them (positions
909..924).  Only the AZ scenarios are recorded from this file.  Seeds are
51001..51016 but for AZ12, whose first seed (51012) gave a PR (325090)
equal to a pipeline number of C11 (C11-d-two-tasks-culprit-2-320): it got
51112 (the second tried), its intervals still drawn with 51012 (see the
README for the number check).

The mix, a broad blind validation batch (as batches 46-48 and 50): five
leaking cases with deploys every 15-45 min (a, b, c, d and a second b;
culprits #4 and #5 of 8-9 deploys; frequent-deploys); two culprits with
hourly deploys, the culprit #2 in the middle of three (a, d; hourly); one
with deploys 135 and 150 min apart, the culprit #2 in the middle of three
(few-hours, c); a culprit-early case (b, the culprit #1 after 40 min of
v1); a slow leak (a, ~1.5 %/h, the culprit #2 with 195 min after it;
slow-leak); a feature flag switched on inside an interval, 60 min after a
deploy, with no culprit deploy (d; flag-flip); a fix one deploy later (c;
fixed-later); two tasks with rolling deploys (d, metrics-ci.jsonl;
multi-task); and three healthy cases (a flat orders service with deploys
every 15-30 min, a bounded LRU with deploys 77-111 min apart, a step at
one hourly deploy on the quote route).

Split (Tests/Traces/split51.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys AZ01-AZ05
  two:    hourly AZ06-AZ07
  single: few-hours AZ08, culprit-early AZ09, slow-leak AZ10, flag-flip
          AZ11, fixed-later AZ12, multi-task AZ13, healthy-frequent AZ14
          (a flat orders service, as AY14), healthy-lru AZ15 (a bounded LRU
          with deploys every 1-2 h, as AY15), healthy-step AZ16 (on the
          quote route, as AV16)

13 leaking (a: AZ01, AZ06, AZ10; b: AZ02, AZ05, AZ09; c: AZ03, AZ08,
AZ12; d: AZ04, AZ07, AZ11, AZ13; AZ11 a flag flip with no culprit deploy;
AZ12 fixed one deploy later), 3 healthy.

Loads scaled from what batches 48-50 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 50's rule moved on by one
batch: the mean over every case of the last three batches (48-50) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (AW04 0.97, not 0.66;
AX09 0.88, not 0.14; AY04 1.10, not 0.87); by the plain rule the d
frequent unit would be 0.0074 (/work/tracelab-raw51/units.py).  The flag
flips count with their ratio from the flip (AW12, AX04-AX06, AY11); AY09,
the 3 KB c slow leak, which showed plainly, counts (as AR08 did in batch
44; without it the c unit over an hour or more would be 0.00914); AY13,
the night-pause case, counts with its 0.88 at 21:00 (as AR12 and AT09):
  a (KB x req/s) with frequent deploys ~0.0189 (was 0.0178: AW01 0.52 at
    0.0261, AX07 0.67 and AX10 1.15 at 0.0209, AY01 1.34 at 0.0178); over
    intervals of an hour or more ~0.0220 (was 0.0222: AW06 1.04, AW13 0.91
    per task, AX01 0.95, AY08 0.88, AY11 1.27), for the hourly a and the
    slow leak;
  b (detail x req/s) with frequent deploys ~0.00275 (was 0.00309: AW02
    1.19 and AW05 1.23 at 0.00260, AY02 0.83 and AY05 0.69 at 0.00309);
    over intervals of an hour or more ~0.00273 (was 0.00258: AW09 0.61,
    AW12 1.14, AX04 1.27, AX12 1.25, AY10 1.02), for the culprit-early
    case;
  c (KB x req/s) with frequent deploys ~0.0130 (was 0.0118: AW03 1.17,
    AX08 1.20 and AX11 0.93 at 0.0117, AY03 1.14 at 0.0118); over
    intervals of an hour or more ~0.00978 (was 0.00891: AW08 0.78, AW11
    0.82, AX02 0.92, AX05 1.09, AY06 1.33, AY09 1.53, AY13 0.88), for the
    few-hours and the fixed-later case;
  d (KB x req/s) with frequent deploys ~0.0133 (was 0.0128: AW04 0.97
    before its GCs at 0.0140, AX09 0.88 before its GCs at 0.0138, AY04
    1.10 before its GC at 0.0128); over intervals of an hour or more
    ~0.0101 (was 0.0114: AW07 0.97, AW10 1.16, AX03 1.02, AX06 0.73, AX13
    0.76, AY07 0.94, AY12 0.71), for the hourly d, the flag flip and per
    task for the two-task case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (AZ01 a 4 KB at 83, 320 MiB; AZ02 b 22 lines at
  97, 300 MiB; AZ03 c 5 KB at 96, 320 MiB; AZ04 d 7 KB at 63, 300 MiB;
  AZ05 b 23 lines at 99, 320 MiB); hourly ~4 %/h (AZ06 a 4 KB at 57, 320
  MiB; AZ07 d 6 KB at 77, 300 MiB); few-hours ~4 %/h (AZ08 c 5 KB at 102,
  320 MiB); culprit-early ~4.5 %/h (AZ09 b 21 lines at 92, 300 MiB);
  slow-leak ~1.5 %/h (AZ10 a 2 KB at 40, 300 MiB); flag-flip ~4.5 %/h
  (AZ11 d 6 KB at 87, 300 MiB); fixed-later ~5 %/h (AZ12 c 6 KB at 100,
  300 MiB); multi-task ~4.5 %/h per task (AZ13 d 6 KB at 185 over 2 tasks,
  320 MiB).  Healthy: AZ14 none, orders, 9 deploys 15-30 min apart; AZ15 a
  bounded LRU (340 entries, 8500 SKUs), 3 deploys 77-111 min apart; AZ16
  step (a 60000-entry table loaded at boot from #2 on), quote, 3 deploys
  75-84 min apart (hourly).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RY = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios50.py"))["SCENARIOS"]   # R..I, AA..AY

_AZ11 = [45, 75, 115, 50]

AZ_SCENARIOS = [
    # ================================================================== frequent-deploys (AZ01 dev, AZ02-AZ05 validation)
    dict(name="AZ01-a-frequent-deploys-culprit-5-320", seed=51001, kind="a", culprit=5,
         intervals=gen_intervals(51001, 8, lo=15, hi=45),
         start="2029-03-27T10:26:00Z", service="azalea-greenhouse-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=83, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/azalea-propagation-history", "Keep azalea greenhouse orders for the propagation history"),
         note="8 deploys 21-38 min apart, culprit #5 at 13:10 (4 leaking intervals, 30-38 min; its own 30 min); "
              "~5 %/h of 320 MiB at peak; ascending"),
    dict(name="AZ02-b-frequent-deploys-culprit-4-300", seed=51002, kind="b", culprit=4,
         intervals=gen_intervals(51002, 8, lo=15, hi=45),
         start="2029-03-28T11:36:00Z", service="azimuth-compass-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/azimuth-theodolite-quote-memo", "Memoise azimuth compass quotes per theodolite and navigator"),
         note="8 deploys 17-41 min apart, culprit #4 at 13:10 (5 leaking intervals, 18-41 min; its own 37 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AZ03-c-frequent-deploys-culprit-4-320", seed=51003, kind="c", culprit=4,
         intervals=gen_intervals(51003, 9, lo=15, hi=45),
         start="2029-03-29T10:49:00Z", service="azores-whale-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=96, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/azores-zodiac-lookout-listeners", "Tell open azores whale bookings when a zodiac lookout frees"),
         note="9 deploys 17-45 min apart, culprit #4 at 13:10 (6 leaking intervals, 17-45 min; its own 42 min); "
              "~5 %/h of 320 MiB at peak"),
    dict(name="AZ04-d-frequent-deploys-culprit-4-300", seed=51004, kind="d", culprit=4,
         intervals=gen_intervals(51004, 8, lo=15, hi=45),
         start="2029-03-30T11:09:00Z", service="aztec-codex-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=63, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/aztec-glyph-check-timers", "Confirm aztec codex bookings from delayed glyph-check timers"),
         note="8 deploys 17-43 min apart, culprit #4 at 13:10 (5 leaking intervals, 21-42 min; its own 40 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="AZ05-b-frequent-deploys-culprit-5-320", seed=51005, kind="b", culprit=5,
         intervals=gen_intervals(51005, 8, lo=15, hi=45),
         start="2029-03-31T11:02:00Z", service="azurite-mineral-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/azurite-specimen-quote-memo", "Memoise azurite mineral quotes per specimen and curator"),
         note="8 deploys 17-40 min apart, culprit #5 at 13:10 (4 leaking intervals, 21-40 min; its own 21 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly (AZ06 dev, AZ07 validation)
    dict(name="AZ06-a-hourly-culprit-2-320", seed=51006, kind="a", culprit=2,
         intervals=gen_intervals(51006, 3, lo=60, hi=85),
         start="2029-04-01T11:03:00Z", service="azuki-bean-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=57, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/azuki-sprouting-diary", "Keep azuki bean orders for the sprouting diary"),
         note="3 deploys 61-71 min apart (hourly), culprit #2 at 13:10 in the middle (69 and 71 min leaking); "
              "~4 %/h of 320 MiB at peak; epoch"),
    dict(name="AZ07-d-hourly-culprit-2-300", seed=51007, kind="d", culprit=2,
         intervals=gen_intervals(51007, 3, lo=60, hi=85),
         start="2029-04-02T10:43:00Z", service="azerbaijan-kilim-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=77, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/azerbaijan-loom-fitting-timers", "Confirm azerbaijan kilim bookings from delayed loom-fitting timers"),
         note="3 deploys 60-74 min apart (hourly), culprit #2 at 13:10 in the middle (60 and 60 min leaking); "
              "~4 %/h of 300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="AZ08-c-few-hours-culprit-2-320", seed=51008, kind="c", culprit=2,
         intervals=[40, 135, 150, 40],
         start="2029-04-03T10:15:00Z", service="azure-grotto-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/azure-rowing-skiff-listeners", "Tell open azure grotto bookings when a rowing skiff frees"),
         note="v1 40 min, #1 at 10:55 (135 min), the culprit #2 at 13:10 (150 min) in the middle, then #3 at "
              "15:40 (40 min, still leaking); ~4 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AZ09-b-culprit-first-after-40-300", seed=51009, kind="b", culprit=1,
         intervals=gen_intervals(51009, 3, {0: 40}, lo=35, hi=80),
         start="2029-04-04T10:50:00Z", service="azotea-terrace-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/azotea-parasol-quote-memo", "Memoise azotea terrace quotes per parasol and diner"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (62-80 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AZ10-a-slow-leak-culprit-2-300", seed=51010, kind="a", culprit=2,
         intervals=[45, 55, 105, 90],
         start="2029-04-05T11:30:00Z", service="azulejo-mosaic-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=40, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/azulejo-mosaic-pattern-history", "Keep azulejo mosaic orders for the pattern history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:10 after 45 and 55 min healthy intervals; "
              "105 and 90 min leaking intervals (195 min after the culprit); epoch"),
    dict(name="AZ11-d-flag-flip-300", seed=51011, kind="d", flag="azawakh_hound_coursing_timers",
         flag_at=sum(_AZ11[:2]) + 60, intervals=_AZ11,
         start="2029-04-06T10:00:00Z", service="azawakh-hound-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=87, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag azawakh_hound_coursing_timers on at 12:59:30, 60 min after #2 and 55 min "
              "before #3 (v3's interval 115 min), then one last interval of 50 min; bookings confirmed from "
              "delayed coursing timers (~4.5 %/h of 300 MiB at peak) from then on; ascending"),
    dict(name="AZ12-c-fixed-one-later-300", seed=51112, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(51012, 4, lo=55, hi=80),
         start="2029-04-07T11:11:00Z", service="azov-sturgeon-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/azov-caviar-barrel-listeners", "Tell open azov sturgeon bookings when a caviar barrel frees"),
         fixed_pr_title=("fix/azov-caviar-barrel-listener-cleanup", "Drop azov caviar-barrel listeners when a booking response ends"),
         note="leak from #2 at 13:10 (76 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:26 "
              "(77 min of the fixed release, then #4 at 15:43, 55 min); epoch"),
    dict(name="AZ13-d-two-tasks-culprit-2-320", seed=51013, kind="d", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(51013, 3, lo=55, hi=80),
         start="2029-04-08T11:15:00Z", service="azolla-paddy-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=185, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/azolla-duckweed-check-timers", "Confirm azolla paddy bookings from delayed duckweed-check timers"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (57 and 75 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AZ14-none-frequent-orders-300", seed=51014, kind="none",
         intervals=gen_intervals(51014, 9, lo=15, hi=30),
         start="2029-04-09T11:40:00Z", service="azuma-kimono-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 11:40 through the peak; 9 deploys 15-30 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AZ15-e-lru-hours-340-320", seed=51015, kind="e",
         intervals=gen_intervals(51015, 3, lo=60, hi=120),
         start="2029-04-10T10:10:00Z", service="azilian-harpoon-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (340 entries) refilling after each of 3 deploys 77-111 min apart, 10:10 through the "
              "peak; must not alarm; epoch, ascending"),
    dict(name="AZ16-step-hourly-quote-320", seed=51016, kind="step", culprit=2,
         intervals=gen_intervals(51016, 3, lo=60, hi=85),
         start="2029-04-11T10:31:00Z", service="azonal-soil-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/azonal-soil-table-at-boot", "Load the azonal soil horizon table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 75-84 min apart (hourly); no trend after; "
              "must not alarm"),
]

SCENARIOS = _RY + AZ_SCENARIOS
