"""memblame's tracelab scenarios, batch 45: AT01..AT16 (real memory traces with labels).

(Named AT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-44 used AA..AS.  No case folder, scenario
name or split entry starts with "AT"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 45"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios45.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios45.py --bytes \
        --jobs 2 --budget 1200 --cases Tests/Traces/real --raw ../tracelab-raw45 AT08-... AT09-...

(No long-interval case: the longest, AT08, has 375 samples, 94 s of
recording; the 16 cases have 4 834 samples in all, kept short for a
recording budget of 1200 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios44.py
first, unchanged and in the same order (positions 11..812, exactly as when
scenarios44.py is passed), and the AT scenarios after them (positions
813..828).  Only the AT scenarios are recorded from this file.  Seeds are
45001..45016 (see the README for the number check).

The mix, a blind validation batch weighted to the detector's weak regimes:
five leaking cases with deploys every 15-45 min (a, b, b, c, d; culprits #3
to #7 of 8-9 deploys), one of the two b cache leaks at about half the usual
rate (~2.5 %/h); two feature flags switched on inside an interval, 40 and 80
min after a deploy, with no culprit deploy (b, d); a slow leak (d, ~0.8 %/h,
deploys 50-105 min apart); a leak from an evening culprit whose slope follows
the traffic down into the night (a, night-pause); a culprit-early case (c,
the culprit #1 after 45 min of v1); a fix two deploys later (c, the unrelated
#3 still leaking); two tasks with rolling deploys (a, metrics-ci.jsonl); a
cache leak with hourly deploys (b; the sixteenth case, beyond the fifteen of
the mix asked for); and three healthy cases (a flat orders service with
deploys every 15-30 min, a bounded LRU with deploys 70-113 min apart, a step
at one hourly deploy on the quote route).

Split (Tests/Traces/split45.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys AT01-AT05 (AT03 the half-rate b leak, as AP05)
  two:    flag-flip AT06-AT07
  single: slow-leak AT08, night-pause AT09, culprit-early AT10, fixed-later
          AT11, multi-task AT12, hourly AT13,
          healthy-frequent AT14 (a flat orders service, as AS14),
          healthy-lru AT15 (a bounded LRU with deploys every 1-2 h, as AS15),
          healthy-step AT16 (on the quote route, as AP16)

13 leaking (a: AT01, AT09, AT12; b: AT02, AT03, AT06, AT13; c: AT04, AT10,
AT11; d: AT05, AT07, AT08; AT06-AT07 flag flips with no culprit deploy; AT11
fixed two deploys later), 3 healthy.

Loads scaled from what batches 42-44 measured (README, "What did not go as
intended": the measured / aimed ratios).  Batch 44 took the mean of the last
two cases of a kind and regime and swung with single GC-cut cases (d
frequent: AR04's 0.46 lowered the unit, AS04 then measured 1.84 times);
this batch takes the mean over every case of batches 42-44 of a kind and
class (frequent deploys; intervals of an hour or more), each case's unit
times its measured / aimed ratio, as %/h per unit of load at peak traffic,
normalised to 256 MiB (multiply by 256 / limit for another limit):
  a (KB x req/s) with frequent deploys ~0.0207 (was 0.0247: AQ01 1.74 times
    at 0.0150 -> 0.0261, AR01 1.25 at 0.0186 -> 0.0233, AS01 0.52 at 0.0247
    -> 0.0128); over intervals of an hour or more ~0.0250 (was 0.0245: AQ08
    1.06 at 0.0229 -> 0.0243, AR09 1.18, AR10 1.19 and AR15 1.02 per task
    at 0.0222 -> 0.0262, 0.0264, 0.0226, AS08 1.04 at 0.0245 -> 0.0255),
    for the night-pause case and per task for the two-task case;
  b (detail x req/s) with frequent deploys ~0.0029 (was 0.0031: AQ02 1.43
    at 0.0024 -> 0.0034, AR02 1.29 and AR05 1.10 at 0.0026 -> 0.0034,
    0.0029, AS02 0.61 at 0.0031 -> 0.0019); over intervals of an hour or
    more ~0.0025 (was 0.0024: AQ05 0.96, AQ11 0.58 at 0.0033 -> 0.0032,
    0.0019, AQ14 0.77 at 21:00 (its 0.56 was against an aim computed at peak
    traffic) -> 0.0025, AR06 1.02 and AR14 1.52 at 0.0019 -> 0.0019,
    0.0029, AS05 0.77 and AS10 1.33 at 0.0024 -> 0.0018, 0.0032), for the
    flag flip and the hourly case;
  c (KB x req/s) with frequent deploys ~0.0133 (was 0.0153: AQ03 1.06 at
    0.0135 -> 0.0143, AR03 1.36 at 0.0120 -> 0.0163, AS03 0.60 at 0.0153 ->
    0.0092); over intervals of an hour or more ~0.0105 (was 0.0139: AQ06
    1.09 and AQ10 0.89 at 0.0104 -> 0.0113, 0.0093, AR08 1.18 and AR13 1.51
    at 0.0103 -> 0.0122, 0.0156, AS06 0.65, AS09 0.62, AS11 0.54 and AS13
    0.74 per task at 0.0139 -> 0.0090, 0.0086, 0.0075, 0.0103), for the
    culprit-early and the fixed-later case;
  d (KB x req/s) with frequent deploys ~0.0119 (was 0.0093: AQ04 1.04 at
    0.0122 -> 0.0127, AR04 0.46 at 0.0128 -> 0.0059, AS04 1.84 at 0.0093 ->
    0.0171); over intervals of an hour or more ~0.0110 (was 0.0105: AQ07
    1.47, AQ09 1.15 and AQ15 1.82 per task at 0.0088 -> 0.0129, 0.0101,
    0.0160, AR07 0.71, AR11 0.81 and AR12 0.80 at 21:00 at 0.0131 -> 0.0093,
    0.0106, 0.0105, AS07 0.75 at 0.0105 -> 0.0079), for the flag flip.
The slow leak is scaled from AQ13 (d, 1 KB at 40 req/s, 300 MiB: 0.9 and
1.1 %/h, mean 1.0 against its ~0.5; the d units above do not hold for 1 KB
orders, whose ~3 KB of timer and closure per request outweigh the payload):
1 KB at 32 req/s, ~0.8 %/h.
Aims at peak traffic (the night-pause case at 21:00):
  frequent-deploys ~5 %/h (AT01 a 3 KB at 100, 320 MiB; AT02 b 22 lines at
  92, 300 MiB; AT04 c 5 KB at 94, 320 MiB; AT05 d 6 KB at 82, 300 MiB) and
  ~2.5 %/h for the half-rate b leak (AT03 b 12 lines at 90, 320 MiB);
  flag-flip ~4.5 %/h (AT06 b 24 lines at 94, 320 MiB; AT07 d 6 KB at 80,
  300 MiB); slow-leak ~0.8 %/h (AT08 d 1 KB at 32, 300 MiB); night-pause ~5
  %/h at 21:00, less as the traffic falls (AT09 a 4 KB at 80, 300 MiB: ~6.8
  %/h at peak traffic times 0.73, the traffic at 21:00 relative to the peak;
  ~3.4 by 23:00, ~2.6 by 01:00); culprit-early ~4.5 %/h (AT10 c 5 KB at
  100, 300 MiB); fixed-later ~5 %/h (AT11 c 6 KB at 99, 320 MiB); multi-task
  ~4.5 %/h per task (AT12 a 3 KB at 150 over 2 tasks, 320 MiB); hourly ~4
  %/h (AT13 b 20 lines at 94, 300 MiB).  Healthy: AT14 none, orders, 9
  deploys 15-30 min apart; AT15 a bounded LRU (340 entries, 8500 SKUs), 3
  deploys 70-113 min apart; AT16 step (a 60000-entry table loaded at boot
  from #2 on), quote, 3 deploys 60-81 min apart (hourly).  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RS = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios44.py"))["SCENARIOS"]   # R..I, AA..AS

_AT06 = [55, 95, 110, 75]
_AT07 = [50, 80, 135, 70]

AT_SCENARIOS = [
    # ================================================================== frequent-deploys (AT01 dev, AT02-AT05 validation)
    dict(name="AT01-a-frequent-deploys-culprit-5-320", seed=45001, kind="a", culprit=5,
         intervals=gen_intervals(45001, 8, lo=15, hi=45),
         start="2028-12-19T10:36:00Z", service="atlatl-dart-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/atlatl-throw-ledger", "Keep atlatl dart orders for the throw ledger"),
         note="8 deploys 15-42 min apart, culprit #5 at 13:10 (4 leaking intervals, 16-40 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AT02-b-frequent-deploys-culprit-4-300", seed=45002, kind="b", culprit=4,
         intervals=gen_intervals(45002, 9, lo=15, hi=45),
         start="2028-12-20T11:09:00Z", service="atoll-lagoon-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/atoll-reef-quote-memo", "Memoise atoll lagoon quotes per reef and diver"),
         note="9 deploys 17-44 min apart, culprit #4 at 13:10 (6 leaking intervals, 24-42 min; its own 24 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AT03-b-frequent-slow-culprit-5-320", seed=45003, kind="b", culprit=5,
         intervals=gen_intervals(45003, 8, lo=15, hi=45),
         start="2028-12-21T10:49:00Z", service="atrium-fern-quotes",
         profile="quote", params={"detail": 12, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/atrium-planter-quote-memo", "Memoise atrium fern quotes per planter and gardener"),
         note="8 deploys 15-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 15-43 min; its own 34 min); "
              "slow leak, ~2.5 %/h of 320 MiB at peak (half the usual aim); good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    dict(name="AT04-c-frequent-deploys-culprit-3-320", seed=45004, kind="c", culprit=3,
         intervals=gen_intervals(45004, 9, lo=15, hi=45),
         start="2028-12-22T11:40:00Z", service="attic-loft-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=94, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/attic-beam-listeners", "Tell open attic loft bookings when a beam survey moves"),
         note="9 deploys 17-43 min apart, culprit #3 at 13:10 (7 leaking intervals, 17-43 min; its own 28 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AT05-d-frequent-deploys-culprit-7-300", seed=45005, kind="d", culprit=7,
         intervals=gen_intervals(45005, 8, lo=15, hi=45),
         start="2028-12-23T09:27:00Z", service="atelier-canvas-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=82, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/atelier-drying-timers", "Release atelier canvas bookings from delayed drying timers"),
         note="8 deploys 19-43 min apart, culprit #7 at 13:10 (2 leaking intervals, 40 and 41 min; its own 40 "
              "min); ~5 %/h of 300 MiB at peak"),
    # ================================================================== flag-flip (AT06 dev, AT07 validation)
    dict(name="AT06-b-flag-flip-320", seed=45006, kind="b", flag="athenaeum_reader_memo",
         flag_at=sum(_AT06[:2]) + 40, intervals=_AT06,
         start="2028-12-24T09:50:00Z", service="athenaeum-folio-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag athenaeum_reader_memo on at 12:59:30, 40 min after #2 and 70 min before "
              "#3 (deploys 75-110 min apart); folio quotes memoised per reader (~4.5 %/h of 320 MiB at peak) from "
              "then on, in every later release; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AT07-d-flag-flip-300", seed=45007, kind="d", flag="atmosphere_balloon_timers",
         flag_at=sum(_AT07[:2]) + 80, intervals=_AT07,
         start="2028-12-25T09:30:00Z", service="atmosphere-probe-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=80, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag atmosphere_balloon_timers on at 12:59:30, 80 min after #2 and 55 min "
              "before #3 (deploys 70-135 min apart); bookings released from delayed balloon timers (~4.5 %/h of "
              "300 MiB at peak) from then on, in every later release; flat before the flip; ascending"),
    # ================================================================== singles (all validation)
    dict(name="AT08-d-slow-leak-culprit-3-300", seed=45008, kind="d", culprit=3,
         intervals=[50, 60, 65, 105, 95],
         start="2028-12-26T09:20:00Z", service="atomizer-spray-orders",
         profile="orders", params={"payload_kb": 1}, peak_rps=32, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/atomizer-nozzle-timers", "Check atomizer spray orders from delayed nozzle timers"),
         note="slow leak (~0.8 %/h of 300 MiB at peak) from #3 at 12:15 after 50, 60 and 65 min healthy "
              "intervals; 105 and 95 min leaking intervals; epoch, ascending"),
    dict(name="AT09-a-night-pause-evening-culprit-300", seed=45009, kind="a", culprit=2,
         intervals=[35, 35, 250, 35],
         start="2028-12-27T19:30:00Z", service="attache-case-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=80, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/attache-clasp-history", "Keep attache case orders for the clasp history"),
         note="leak from #2 at 20:40 (~5 %/h at 21:00), through a 250 min night interval to 00:50 where the slope "
              "follows the traffic down (~3.4 %/h by 23:00, ~2.6 by 01:00); #3 still leaks"),
    dict(name="AT10-c-culprit-first-after-45-300", seed=45010, kind="c", culprit=1,
         intervals=gen_intervals(45010, 3, {0: 45}, lo=40, hi=80),
         start="2028-12-29T10:45:00Z", service="athletics-track-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/athletics-lane-listeners", "Tell open athletics track bookings when a lane draw moves"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (55-75 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="AT11-c-fixed-two-later-320", seed=45011, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(45011, 4, lo=55, hi=75),
         start="2028-12-30T11:05:00Z", service="attar-perfume-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=99, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/attar-essence-listeners", "Tell open attar perfume bookings when an essence batch moves"),
         fixed_pr_title=("fix/attar-essence-listeners-removed", "Remove attar perfume listeners when the booking response finishes"),
         note="leak from #2 at 13:10 (63 min, ~5 %/h of 320 MiB at peak); the unrelated #3 at 14:13 still leaks "
              "(62 min); fixed two deploys later by #4 at 15:15 (64 min of the fixed release); ascending"),
    dict(name="AT12-a-two-tasks-culprit-2-320", seed=45012, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(45012, 3, lo=55, hi=80),
         start="2028-12-31T10:58:00Z", service="atlantic-ferry-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=150, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/atlantic-crossing-history", "Keep atlantic ferry orders for the crossing history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (79 and 79 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="AT13-b-hourly-culprit-2-300", seed=45013, kind="b", culprit=2,
         intervals=gen_intervals(45013, 3, lo=60, hi=85),
         start="2029-01-01T10:36:00Z", service="attica-olive-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/attica-grove-quote-memo", "Memoise attica olive quotes per grove and presser"),
         note="3 deploys 62-79 min apart (hourly), culprit #2 at 13:10 (62 and 67 min leaking); ~4 %/h of 300 "
              "MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== healthy singles (all validation)
    dict(name="AT14-none-frequent-orders-300", seed=45014, kind="none",
         intervals=gen_intervals(45014, 9, lo=15, hi=30),
         start="2029-01-02T11:40:00Z", service="atomic-clock-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 15-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AT15-e-lru-hours-340-320", seed=45015, kind="e",
         intervals=gen_intervals(45015, 3, lo=61, hi=120),
         start="2029-01-03T10:10:00Z", service="attune-piano-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 3 deploys 70-113 min apart, 10:10 through the "
              "peak; must not alarm"),
    dict(name="AT16-step-hourly-quote-300", seed=45016, kind="step", culprit=2,
         intervals=gen_intervals(45016, 3, lo=60, hi=85),
         start="2029-01-04T10:51:00Z", service="attest-audit-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/attest-control-table-at-boot", "Load the attest audit control table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 60-81 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RS + AT_SCENARIOS
