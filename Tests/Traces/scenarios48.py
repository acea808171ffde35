"""memblame's tracelab scenarios, batch 48: AW01..AW16 (real memory traces with labels).

(Named AW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-47 used AA..AV.  No case folder, scenario
name or split entry starts with "AW"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 48"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios48.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios48.py --bytes \
        --jobs 2 --budget 900 --cases Tests/Traces/real --raw /work/tracelab-raw48 AW11-... AW15-...

(No long-interval case: the longest, AW11, has 360 samples, about 90 s of
recording; the 16 cases have 4 714 samples in all, kept short for a
recording budget of 900 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios47.py
first, unchanged and in the same order (positions 11..860, exactly as when
scenarios47.py is passed), and the AW scenarios after them (positions
861..876).  Only the AW scenarios are recorded from this file.  Seeds are
48001..48016 (see the README for the number check).

The mix, a broad blind validation batch (as batches 44, 46 and 47): five
leaking cases with deploys every 15-45 min (a, b, c, d and a second b;
culprits #3 to #6 of 8-9 deploys); two culprits with hourly deploys (a, d);
one with deploys 135 and 160 min apart (few-hours, c); a culprit-last case
(b, one 160 min interval of evidence); a culprit-early case (d, the culprit
#1 after 45 min of v1); a fix one deploy later (c); a feature flag switched
on inside an interval, 50 min after a deploy, with no culprit deploy (b);
two tasks with rolling deploys (a, metrics-ci.jsonl); and three healthy
cases (a flat orders service with deploys every 15-30 min, a bounded LRU
with deploys 64-104 min apart, a step at one hourly deploy on the orders
route).  No slow-leak case this batch.

Split (Tests/Traces/split48.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  five:   frequent-deploys AW01-AW05
  two:    hourly AW06-AW07
  single: few-hours AW08, culprit-last AW09, culprit-early AW10, fixed-later
          AW11, flag-flip AW12, multi-task AW13, healthy-frequent AW14 (a
          flat orders service, as AV14), healthy-lru AW15 (a bounded LRU
          with deploys every 1-2 h, as AV15), healthy-step AW16 (on the
          orders route, as AU16)

13 leaking (a: AW01, AW06, AW13; b: AW02, AW05, AW09, AW12; c: AW03, AW08,
AW11; d: AW04, AW07, AW10; AW12 a flag flip with no culprit deploy; AW11
fixed one deploy later), 3 healthy.

Loads scaled from what batches 45-47 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 47's rule moved on by one
batch: the mean over every case of the last three batches (45-47) of a kind
and class (frequent deploys; intervals of an hour or more), each case's
unit times its measured / aimed ratio, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit).
Batch 47's exception for d with frequent deploys is kept: AT05, cut by
major GCs, counts with its rate before them (1.20, not 0.31); by the plain
rule the d frequent unit would be 0.0105 (/work/tracelab-raw48/units.py):
  a (KB x req/s) with frequent deploys ~0.0261 (was 0.0239: AT01 1.41 at
    0.0207 -> 0.0292, AU01 1.36 at 0.0218 -> 0.0296, AV01 0.82 at 0.0239
    -> 0.0196); over intervals of an hour or more ~0.0216 (was 0.0213:
    AT09 0.76 and AT12 0.96 per task at 0.0250, AU05 0.85 and AU10 0.74 at
    0.0240, AV07 1.04 and AV11 1.23 at 0.0213), for the hourly a case and
    per task for the two-task case;
  b (detail x req/s) with frequent deploys ~0.00260 (was 0.00232: AT02
    0.88 and AT03 0.62 at 0.0029, AU02 1.22 at 0.0025, AV02 1.29 at
    0.00232); over intervals of an hour or more ~0.00276 (was 0.00286:
    AT06 1.44 and AT13 1.22 at 0.0025, AU08 1.02 and AU13 0.97 per task at
    0.00275, AV05 0.78 and AV09 0.78 at 0.00286), for the culprit-last case
    and the flag flip;
  c (KB x req/s) with frequent deploys ~0.0117 (was 0.0119: AT04 1.03 at
    0.0133, AU03 0.98 at 0.0131, AV03 0.71 at 0.0119); over intervals of an
    hour or more ~0.0107 (was 0.0104: AT10 1.21 and AT11 1.58 at 0.0105,
    AU07 1.03 and AU11 0.55 at 0.0116, AV06 0.98, AV08 0.78 and AV13 0.86
    per task at 0.0104), for the few-hours and the fixed-later case;
  d (KB x req/s) with frequent deploys ~0.0140 (was 0.0155: AT05 1.20
    before its GCs at 0.0119, AU04 1.69 at 0.0089, AV04 0.82 at 0.0155);
    over intervals of an hour or more ~0.0108 (was 0.0087: AT07 0.76 at
    0.0110, AU06 1.09 and AU09 0.91 at 0.0093, AV10 1.88 at 0.0087), for
    the hourly d case and the culprit-early case.
Aims at peak traffic:
  frequent-deploys ~5 %/h (AW01 a 3 KB at 80, 320 MiB; AW02 b 24 lines at
  94, 300 MiB; AW03 c 5 KB at 107, 320 MiB; AW04 d 7 KB at 60, 300 MiB;
  AW05 b 26 lines at 92, 320 MiB); hourly ~4 %/h (AW06 a 3 KB at 77, 320
  MiB; AW07 d 6 KB at 72, 300 MiB); few-hours ~4 %/h (AW08 c 5 KB at 93,
  320 MiB); culprit-last ~4 %/h (AW09 b 18 lines at 94, 300 MiB);
  culprit-early ~4.5 %/h (AW10 d 7 KB at 70, 300 MiB); fixed-later ~5 %/h
  (AW11 c 6 KB at 91, 300 MiB); flag-flip ~4.5 %/h (AW12 b 20 lines at 96,
  300 MiB); multi-task ~4.5 %/h per task (AW13 a 3 KB at 174 over 2 tasks,
  320 MiB).  Healthy: AW14 none, orders, 9 deploys 15-30 min apart; AW15 a
  bounded LRU (340 entries, 8500 SKUs), 3 deploys 64-104 min apart; AW16
  step (a 60000-entry table loaded at boot from #2 on), orders, 3 deploys
  73-84 min apart (hourly).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RV = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios47.py"))["SCENARIOS"]   # R..I, AA..AV

_AW12 = [50, 80, 105, 55]

AW_SCENARIOS = [
    # ================================================================== frequent-deploys (AW01 dev, AW02-AW05 validation)
    dict(name="AW01-a-frequent-deploys-culprit-6-320", seed=48001, kind="a", culprit=6,
         intervals=gen_intervals(48001, 9, lo=15, hi=45),
         start="2029-02-06T10:26:00Z", service="awning-canopy-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/awning-stripe-archive", "Keep awning canopy orders for the stripe archive"),
         note="9 deploys 15-42 min apart, culprit #6 at 13:10 (4 leaking intervals, 16-41 min; its own 41 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AW02-b-frequent-deploys-culprit-5-300", seed=48002, kind="b", culprit=5,
         intervals=gen_intervals(48002, 8, lo=15, hi=45),
         start="2029-02-07T10:35:00Z", service="award-trophy-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/award-engraver-quote-memo", "Memoise award trophy quotes per engraver and sponsor"),
         note="8 deploys 16-44 min apart, culprit #5 at 13:10 (4 leaking intervals, 18-43 min; its own 25 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AW03-c-frequent-deploys-culprit-5-320", seed=48003, kind="c", culprit=5,
         intervals=gen_intervals(48003, 9, lo=15, hi=45),
         start="2029-02-08T10:18:00Z", service="awl-cobbler-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/awl-last-fitting-listeners", "Tell open awl cobbler bookings when a shoe last frees up"),
         note="9 deploys 24-45 min apart, culprit #5 at 13:10 (5 leaking intervals, 26-44 min; its own 32 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AW04-d-frequent-deploys-culprit-3-300", seed=48004, kind="d", culprit=3,
         intervals=gen_intervals(48004, 8, lo=15, hi=45),
         start="2029-02-09T11:53:00Z", service="awakening-chime-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=60, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/awakening-bell-timers", "Confirm awakening chime bookings from delayed bell timers"),
         note="8 deploys 18-44 min apart, culprit #3 at 13:10 (6 leaking intervals, 22-44 min; its own 38 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="AW05-b-frequent-deploys-culprit-4-320", seed=48005, kind="b", culprit=4,
         intervals=gen_intervals(48005, 9, lo=15, hi=45),
         start="2029-02-10T11:46:00Z", service="awash-bilge-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/awash-pump-quote-memo", "Memoise awash bilge pump quotes per hull and marina"),
         note="9 deploys 15-31 min apart, culprit #4 at 13:10 (6 leaking intervals, 15-21 min; its own 20 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (AW06 dev, AW07 validation)
    dict(name="AW06-a-hourly-culprit-2-320", seed=48006, kind="a", culprit=2,
         intervals=gen_intervals(48006, 3, lo=60, hi=85),
         start="2029-02-11T10:33:00Z", service="awestruck-planetarium-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=77, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/awestruck-dome-history", "Keep awestruck planetarium orders for the dome show history"),
         note="3 deploys 74-80 min apart (hourly), culprit #2 at 13:10 (79 and 74 min leaking); ~4 %/h of 320 "
              "MiB at peak; ascending"),
    dict(name="AW07-d-hourly-culprit-2-300", seed=48007, kind="d", culprit=2,
         intervals=gen_intervals(48007, 3, lo=60, hi=85),
         start="2029-02-12T10:41:00Z", service="awkward-tuba-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=72, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/awkward-valve-service-timers", "Return awkward tuba bookings from delayed valve-service timers"),
         note="3 deploys 68-81 min apart (hourly), culprit #2 at 13:10 (79 and 77 min leaking); ~4 %/h of 300 "
              "MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="AW08-c-few-hours-culprit-2-320", seed=48008, kind="c", culprit=2,
         intervals=[45, 135, 160],
         start="2029-02-13T10:50:00Z", service="awlwort-loch-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=93, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/awlwort-survey-listeners", "Tell open awlwort loch bookings when a survey boat frees"),
         note="v1 45 min, #1 at 11:35 (135 min), the culprit #2 at 13:10 with 160 min of evidence (~4 %/h of "
              "320 MiB at peak); epoch, ascending"),
    dict(name="AW09-b-culprit-last-300", seed=48009, kind="b", culprit=3,
         intervals=[40, 55, 45, 160],
         start="2029-02-14T10:50:00Z", service="awardee-banquet-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/awardee-seating-quote-memo", "Memoise awardee banquet quotes per table and guest"),
         note="the culprit is the last deploy #3 at 13:10: one 160 min interval of evidence after 40, 55 and 45 "
              "min healthy ones; ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AW10-d-culprit-first-after-45-300", seed=48010, kind="d", culprit=1,
         intervals=gen_intervals(48010, 3, {0: 45}, lo=40, hi=80),
         start="2029-02-15T10:45:00Z", service="awry-kite-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=70, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/awry-tether-check-timers", "Release awry kite bookings from delayed tether-check timers"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (60-74 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="AW11-c-fixed-one-later-300", seed=48011, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(48011, 4, lo=55, hi=80),
         start="2029-02-16T10:50:00Z", service="awareness-campaign-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=91, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/awareness-slot-listeners", "Tell open awareness campaign bookings when a poster slot moves"),
         fixed_pr_title=("fix/awareness-slot-listener-cleanup", "Drop awareness poster-slot listeners when a booking response ends"),
         note="leak from #2 at 13:10 (77 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:27 "
              "(73 min of the fixed release, then #4 at 15:40, 70 min); ascending"),
    dict(name="AW12-b-flag-flip-300", seed=48012, kind="b", flag="awned_rye_grade_memo",
         flag_at=sum(_AW12[:2]) + 50, intervals=_AW12,
         start="2029-02-17T10:00:00Z", service="awned-rye-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag awned_rye_grade_memo on at 12:59:30, 50 min after #2 and 55 min before #3 "
              "(deploys 80-105 min apart); quotes cached per grade and miller (~4.5 %/h of 300 MiB at peak) from "
              "then on, in every later release; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AW13-a-two-tasks-culprit-2-320", seed=48013, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(48013, 3, lo=55, hi=80),
         start="2029-02-18T10:45:00Z", service="awe-fjord-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=174, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/awe-ferry-manifest-history", "Keep awe fjord orders for the ferry manifest history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (61 and 74 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AW14-none-frequent-orders-300", seed=48014, kind="none",
         intervals=gen_intervals(48014, 9, lo=15, hi=30),
         start="2029-02-19T11:40:00Z", service="awake-espresso-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 15-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
    dict(name="AW15-e-lru-hours-340-320", seed=48015, kind="e",
         intervals=gen_intervals(48015, 3, lo=60, hi=120),
         start="2029-02-20T10:10:00Z", service="awassi-flock-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"}, ts_format="wire",
         note="bounded LRU (340 entries) refilling after each of 3 deploys 64-104 min apart, 10:10 through the "
              "peak; must not alarm; epoch"),
    dict(name="AW16-step-hourly-orders-320", seed=48016, kind="step", culprit=2,
         intervals=gen_intervals(48016, 3, lo=60, hi=85),
         start="2029-02-21T10:33:00Z", service="awabi-sushi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/awabi-catch-table-at-boot", "Load the awabi catch-size table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 73-84 min apart (hourly); no trend after; "
              "must not alarm; ascending"),
]

SCENARIOS = _RV + AW_SCENARIOS
