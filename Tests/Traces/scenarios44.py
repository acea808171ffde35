"""memblame's tracelab scenarios, batch 44: AS01..AS16 (real memory traces with labels).

(Named AS: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-43 used AA..AR.  No case folder, scenario
name or split entry starts with "AS"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 44"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios44.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios44.py --bytes \
        --jobs 2 --budget 900 --cases Tests/Traces/real --raw ../tracelab-raw44 AS07-... AS12-...

(No long-interval case: the longest, AS07, has 355 samples, 89 s of
recording; the 16 cases have 4 645 samples in all, kept short for a
recording budget of 900 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios43.py
first, unchanged and in the same order (positions 11..796, exactly as when
scenarios43.py is passed), and the AS scenarios after them (positions
797..812).  Only the AS scenarios are recorded from this file.  Seeds are
44001..44016 but AS02 44102 and AS06 44106: with 44002 and 44006 their PRs
equalled pipeline numbers of G12 and G14; their intervals, drawn with the
first seeds, are kept as lists (see the README for the number check).

The mix, a broad blind validation batch: four leaking cases with deploys
every 15-45 min (a, b, c, d; culprits #3 to #7 of 8-9 deploys); two culprits
with hourly deploys (b, c); one with deploys 140-155 min apart (few-hours,
d); a culprit-last case (a, one 150 min interval of evidence); a
culprit-early case (c, the culprit #1 after 45 min of v1); a fix one deploy
later (b); a feature flag switched on inside an interval, 60 min after a
deploy, with no culprit deploy (c); an OOM within the hour after the culprit
(d); two tasks with rolling deploys (c, metrics-ci.jsonl); and three healthy
cases (a flat orders service with deploys every 15-30 min, a bounded LRU
with deploys every 1-2 h, a step at one hourly deploy).

Split (Tests/Traces/split44.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  four:   frequent-deploys AS01-AS04
  two:    hourly AS05-AS06
  single: few-hours AS07, culprit-last AS08, culprit-early AS09, fixed-later
          AS10, flag-flip AS11, oom-fast AS12, multi-task AS13,
          healthy-frequent AS14 (a flat orders service, as AR16),
          healthy-lru AS15 (a bounded LRU with deploys every 1-2 h, as AQ17),
          healthy-step AS16 (as AR18)

13 leaking (a: AS01, AS08; b: AS02, AS05, AS10; c: AS03, AS06, AS09, AS11,
AS13; d: AS04, AS07, AS12; AS11 a flag flip with no culprit deploy; AS10
fixed one deploy later), 3 healthy.

Loads scaled from what batches 41-43 measured (README, "What did not go as
intended": the measured / aimed ratios), as batch 43 scaled from batches
40-42: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0247 (was 0.0186: AR01 1.25
    times -> 0.0233, AQ01 1.74 times at 0.0150 -> 0.0261; the mean); over
    intervals of an hour or more ~0.0245 (was 0.0222: AR10 1.19 times ->
    0.0264, AR15 1.02 times per task -> 0.0226; the mean), for the
    culprit-last case;
  b (detail x req/s) with frequent deploys ~0.0031 (was 0.0026: AR02 1.29
    times -> 0.0034, AR05 1.10 times -> 0.0029; the mean); over intervals
    of an hour or more ~0.0024 (was 0.0019: AR06 1.02 times -> 0.0019,
    AR14 1.52 times -> 0.0029; the mean; both cut by GCs, ~1.8 and ~2.2
    times before them), for the hourly and the fixed-later case;
  c (KB x req/s) with frequent deploys ~0.0153 (was 0.0120: AR03 1.36
    times -> 0.0163, AQ03 1.06 times at 0.0135 -> 0.0143; the mean); over
    intervals of an hour or more ~0.0139 (was 0.0103: AR13 1.51 times ->
    0.0156, AR08 1.18 times -> 0.0122; the mean), for the hourly, the
    culprit-early, the flag flip and per task for the two-task case;
  d (KB x req/s) with frequent deploys ~0.0093 (was 0.0128: AR04 0.46
    times -> 0.0059, cut by two GCs, AQ04 1.04 times at 0.0122 -> 0.0127;
    the mean); over intervals of an hour or more ~0.0105 (was 0.0131: AR11
    0.81 times -> 0.0106, AR12 0.80 times at 21:00 -> 0.0105; the mean),
    for the few-hours case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (AS01 a 3 KB at 84, 320 MiB; AS02 b 21 lines at
  90, 300 MiB; AS03 c 4 KB at 102, 320 MiB; AS04 d 7 KB at 90, 300 MiB);
  hourly ~4 %/h (AS05 b 21 lines at 93, 300 MiB; AS06 c 4 KB at 90, 320
  MiB); few-hours ~4 %/h (AS07 d 5 KB at 95, 320 MiB); culprit-last ~4 %/h
  (AS08 a 3 KB at 68, 320 MiB); culprit-early ~4.5 %/h (AS09 c 4 KB at 95,
  300 MiB); fixed-later ~5 %/h (AS10 b 28 lines at 93, 320 MiB); flag-flip
  ~4.5 %/h (AS11 c 4 KB at 95, 300 MiB); multi-task ~4.5 %/h per task
  (AS13 c 5 KB at 162 over 2 tasks, 320 MiB).  The OOM case copies batch
  10's K03 (d, 64 KB at 180 req/s, 320 MiB / heap 160, OOMs 54 and 52 min
  apart) with the culprit at 13:10.  Healthy: AS14 none, orders, 9 deploys
  17-30 min apart; AS15 a bounded LRU (340 entries, 8500 SKUs), 3 deploys
  73-114 min apart; AS16 step (a 60000-entry table loaded at boot from #2
  on), orders, 3 deploys 60-70 min apart (hourly).  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RR = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios43.py"))["SCENARIOS"]   # R..I, AA..AR

_AS11 = [50, 90, 120, 60]

AS_SCENARIOS = [
    # ================================================================== frequent-deploys (AS01 dev, AS02-AS04 validation)
    dict(name="AS01-a-frequent-deploys-culprit-5-320", seed=44001, kind="a", culprit=5,
         intervals=gen_intervals(44001, 8, lo=15, hi=45),
         start="2028-12-03T11:01:00Z", service="ascot-millinery-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=84, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/ascot-hatbox-ledger", "Keep ascot millinery orders for the hatbox ledger"),
         note="8 deploys 19-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 25-43 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AS02-b-frequent-deploys-culprit-7-300", seed=44102, kind="b", culprit=7,
         intervals=[25, 35, 39, 36, 18, 42, 23, 43, 30, 23],   # gen_intervals(44002, 9, lo=15, hi=45): seed 44002 collided
         start="2028-12-04T09:32:00Z", service="asparagus-spear-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/asparagus-bundle-quote-memo", "Memoise asparagus spear quotes per bundle and greengrocer"),
         note="9 deploys 18-43 min apart, culprit #7 at 13:10 (3 leaking intervals, 23-43 min; its own 43 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AS03-c-frequent-deploys-culprit-3-320", seed=44003, kind="c", culprit=3,
         intervals=gen_intervals(44003, 8, lo=15, hi=45),
         start="2028-12-05T11:13:00Z", service="aspen-lodge-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=102, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aspen-chairlift-listeners", "Tell open aspen lodge bookings when a chairlift slot moves"),
         note="8 deploys 21-45 min apart, culprit #3 at 13:10 (6 leaking intervals, 21-44 min; its own 43 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AS04-d-frequent-deploys-culprit-4-300", seed=44004, kind="d", culprit=4,
         intervals=gen_intervals(44004, 9, lo=15, hi=45),
         start="2028-12-06T11:16:00Z", service="asphalt-paving-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/asphalt-curing-timers", "Release asphalt paving bookings from delayed curing timers"),
         note="9 deploys 16-44 min apart, culprit #4 at 13:10 (6 leaking intervals, 23-44 min; its own 42 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== hourly (AS05 dev, AS06 validation)
    dict(name="AS05-b-hourly-culprit-2-300", seed=44005, kind="b", culprit=2,
         intervals=gen_intervals(44005, 3, lo=60, hi=85),
         start="2028-12-07T10:59:00Z", service="aster-bloom-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/aster-petal-quote-memo", "Memoise aster bloom quotes per petal count and florist"),
         note="3 deploys 60-85 min apart (hourly), culprit #2 at 13:10 (85 and 60 min leaking); ~4 %/h of 300 "
              "MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AS06-c-hourly-culprit-2-320", seed=44106, kind="c", culprit=2,
         intervals=[67, 60, 69, 63],   # gen_intervals(44006, 3, lo=60, hi=85): seed 44006 collided
         start="2028-12-08T11:03:00Z", service="astrolabe-chart-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/astrolabe-star-listeners", "Tell open astrolabe chart bookings when a star position moves"),
         note="3 deploys 60-69 min apart (hourly), culprit #2 at 13:10 (69 and 63 min leaking); ~4 %/h of 320 "
              "MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="AS07-d-few-hours-culprit-2-320", seed=44007, kind="d", culprit=2,
         intervals=[60, 140, 155],
         start="2028-12-09T09:50:00Z", service="asteroid-survey-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/asteroid-orbit-timers", "Release asteroid survey bookings from delayed orbit timers"),
         note="v1 60 min, #1 140 min, the culprit #2 at 13:10 with 155 min of evidence (~4 %/h of 320 MiB at "
              "peak); epoch, ascending"),
    dict(name="AS08-a-culprit-last-320", seed=44008, kind="a", culprit=3,
         intervals=[45, 50, 55, 150],
         start="2028-12-10T10:40:00Z", service="ashlar-mason-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=68, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/ashlar-quarry-history", "Keep ashlar mason orders for the quarry history"),
         note="the culprit is the last deploy #3 at 13:10: one 150 min interval of evidence after 45, 50 and 55 "
              "min healthy ones; ~4 %/h of 320 MiB at peak"),
    dict(name="AS09-c-culprit-first-after-45-300", seed=44009, kind="c", culprit=1,
         intervals=gen_intervals(44009, 3, {0: 45}, lo=40, hi=80),
         start="2028-12-11T10:45:00Z", service="ashram-retreat-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/ashram-meditation-listeners", "Tell open ashram retreat bookings when a meditation slot moves"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (57-67 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="AS10-b-fixed-one-later-320", seed=44010, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(44010, 4, lo=55, hi=80),
         start="2028-12-12T11:01:00Z", service="aspic-terrine-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/aspic-mould-quote-memo", "Memoise aspic terrine quotes per mould and caterer"),
         fixed_pr_title=("fix/aspic-quote-memo-by-sku", "Key aspic terrine quote memo by SKU only"),
         note="leak from #2 at 13:10 (68 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:18 "
              "(58 min of the fixed release, then #4 at 15:16, 73 min); good releases warm a per-SKU cache (400 "
              "SKUs); ascending"),
    dict(name="AS11-c-flag-flip-300", seed=44011, kind="c", flag="astronomy_meteor_push",
         flag_at=sum(_AS11[:2]) + 60, intervals=_AS11,
         start="2028-12-13T09:40:00Z", service="astronomy-club-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag astronomy_meteor_push on at 12:59:30, 60 min after #2 and 60 min before "
              "#3 (deploys 90-120 min apart); listener leak (~4.5 %/h of 300 MiB at peak) from then on, in every "
              "later release; flat before the flip; epoch"),
    dict(name="AS12-d-oom-fast-culprit-2-320", seed=44012, kind="d", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2028-12-14T11:35:00Z", service="ashkiln-pottery-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/ashkiln-firing-timers", "Release ash kiln pottery bookings from delayed firing timers"),
         note="leak from #2 at 13:10, 64 KB orders at 180 req/s (as K03): OOM within about an hour of the onset "
              "(heap 160 MB); #3 (35 min) still leaking"),
    dict(name="AS13-c-two-tasks-culprit-2-320", seed=44013, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(44013, 3, lo=55, hi=80),
         start="2028-12-15T10:30:00Z", service="aswan-felucca-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=162, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aswan-river-wind-listeners", "Tell open aswan felucca bookings when the river wind turns"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (66 and 74 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AS14-none-frequent-orders-300", seed=44014, kind="none",
         intervals=gen_intervals(44014, 9, lo=15, hi=30),
         start="2028-12-16T11:40:00Z", service="ascent-harness-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 11:40 through the peak; 9 deploys 17-30 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AS15-e-lru-hours-340-320", seed=44015, kind="e",
         intervals=gen_intervals(44015, 3, lo=60, hi=120),
         start="2028-12-17T10:10:00Z", service="assay-lab-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"}, ts_format="wire",
         note="bounded LRU (340 entries) refilling after each of 3 deploys 73-114 min apart, 10:10 through the "
              "peak; must not alarm; epoch"),
    dict(name="AS16-step-hourly-orders-320", seed=44016, kind="step", culprit=2,
         intervals=gen_intervals(44016, 3, lo=60, hi=85),
         start="2028-12-18T11:00:00Z", service="assembly-jig-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/assembly-jig-table-at-boot", "Load the assembly jig tolerance table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 60-70 min apart (hourly); no trend after; "
              "must not alarm; ascending"),
]

SCENARIOS = _RR + AS_SCENARIOS
