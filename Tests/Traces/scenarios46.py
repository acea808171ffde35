"""memblame's tracelab scenarios, batch 46: AU01..AU16 (real memory traces with labels).

(Named AU: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-45 used AA..AT.  No case folder, scenario
name or split entry starts with "AU"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 46"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios46.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios46.py --bytes \
        --jobs 2 --budget 1000 --cases Tests/Traces/real --raw ../tracelab-raw46 AU02-... AU07-...

(No long-interval case: the longest, AU02, has 342 samples, 86 s of
recording; the 16 cases have 4 515 samples in all, kept short for a
recording budget of 1000 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios45.py
first, unchanged and in the same order (positions 11..828, exactly as when
scenarios45.py is passed), and the AU scenarios after them (positions
829..844).  Only the AU scenarios are recorded from this file.  Seeds are
46001..46016 (see the README for the number check).

The mix, a broad blind validation batch covering every regime (as batch
44's): four leaking cases with deploys every 15-45 min (a, b, c, d;
culprits #3 to #6 of 8-9 deploys); two culprits with hourly deploys (a, d);
one with deploys 135-150 min apart (few-hours, c); a culprit-last case (b,
one 155 min interval of evidence); a culprit-early case (d, the culprit #1
after 45 min of v1); a fix one deploy later (a); a feature flag switched on
inside an interval, 65 min after a deploy, with no culprit deploy (c); an
OOM within the hour after the culprit (d, as AS12 and K03); two tasks with
rolling deploys (b, metrics-ci.jsonl); and three healthy cases (a flat
orders service with deploys every 15-30 min, a bounded LRU with deploys
63-106 min apart, a step at one hourly deploy on the orders route).

Split (Tests/Traces/split46.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  four:   frequent-deploys AU01-AU04
  two:    hourly AU05-AU06
  single: few-hours AU07, culprit-last AU08, culprit-early AU09, fixed-later
          AU10, flag-flip AU11, oom-fast AU12, multi-task AU13,
          healthy-frequent AU14 (a flat orders service, as AT14),
          healthy-lru AU15 (a bounded LRU with deploys every 1-2 h, as AT15),
          healthy-step AU16 (on the orders route, as AS16)

13 leaking (a: AU01, AU05, AU10; b: AU02, AU08, AU13; c: AU03, AU07, AU11;
d: AU04, AU06, AU09, AU12; AU11 a flag flip with no culprit deploy; AU10
fixed one deploy later), 3 healthy.

Loads scaled from what batches 43-45 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 45's rule: the mean over
every case of the last three batches (43-45) of a kind and class (frequent
deploys; intervals of an hour or more), each case's unit times its
measured / aimed ratio, as %/h per unit of load at peak traffic,
normalised to 256 MiB (multiply by 256 / limit for another limit):
  a (KB x req/s) with frequent deploys ~0.0218 (was 0.0207: AR01 1.25 at
    0.0186 -> 0.0232, AS01 0.52 at 0.0247 -> 0.0128, AT01 1.41 at 0.0207
    -> 0.0292); over intervals of an hour or more ~0.0240 (was 0.0250:
    AR09 1.18, AR10 1.19 and AR15 1.02 per task at 0.0222 -> 0.0262,
    0.0264, 0.0226, AS08 1.04 at 0.0245 -> 0.0255, AT09 0.76 at 21:00 and
    AT12 0.96 per task at 0.0250 -> 0.0190, 0.0240), for the hourly and the
    fixed-later case;
  b (detail x req/s) with frequent deploys ~0.0025 (was 0.0029: AR02 1.29
    and AR05 1.10 at 0.0026 -> 0.0034, 0.0029, AS02 0.61 at 0.0031 ->
    0.0019, AT02 0.88 and AT03 0.62 at 0.0029 -> 0.0026, 0.0018); over
    intervals of an hour or more ~0.00275 (was 0.0025: AR06 1.02 and AR14
    1.52 at 0.0019 -> 0.0019, 0.0029, AS05 0.77 and AS10 1.33 at 0.0024 ->
    0.0018, 0.0032, AT06 1.44 and AT13 1.22 at 0.0025 -> 0.0036, 0.0031),
    for the culprit-last case and per task for the two-task case;
  c (KB x req/s) with frequent deploys ~0.0131 (was 0.0133: AR03 1.36 at
    0.0120 -> 0.0163, AS03 0.60 at 0.0153 -> 0.0092, AT04 1.03 at 0.0133
    -> 0.0137); over intervals of an hour or more ~0.0116 (was 0.0105:
    AR08 1.18 and AR13 1.51 at 0.0103 -> 0.0122, 0.0156, AS06 0.65, AS09
    0.62, AS11 0.54 and AS13 0.74 per task at 0.0139 -> 0.0090, 0.0086,
    0.0075, 0.0103, AT10 1.21 and AT11 1.58 at 0.0105 -> 0.0127, 0.0166),
    for the few-hours case and the flag flip;
  d (KB x req/s) with frequent deploys ~0.0089 (was 0.0119: AR04 0.46 at
    0.0128 -> 0.0059, AS04 1.84 at 0.0093 -> 0.0171, AT05 0.31 at 0.0119
    -> 0.0037; AR04's and AT05's ratios are cut by GCs, the rule keeps
    them); over intervals of an hour or more ~0.0093 (was 0.0110: AR07
    0.71, AR11 0.81 and AR12 0.80 at 21:00 at 0.0131 -> 0.0093, 0.0106,
    0.0105, AS07 0.75 at 0.0105 -> 0.0079, AT07 0.76 at 0.0110 -> 0.0084),
    for the hourly and the culprit-early case.
(AT08, the 1 KB slow leak, is left out as AQ13 was; AS12, the OOM case, has
no aim.)
Aims at peak traffic:
  frequent-deploys ~5 %/h (AU01 a 3 KB at 96, 320 MiB; AU02 b 24 lines at
  98, 300 MiB; AU03 c 5 KB at 96, 320 MiB; AU04 d 7 KB at 94, 300 MiB);
  hourly ~4 %/h (AU05 a 3 KB at 70, 320 MiB; AU06 d 6 KB at 84, 300 MiB);
  few-hours ~4 %/h (AU07 c 5 KB at 87, 320 MiB); culprit-last ~4 %/h (AU08
  b 18 lines at 95, 300 MiB); culprit-early ~4.5 %/h (AU09 d 6 KB at 94,
  300 MiB); fixed-later ~5 %/h (AU10 a 3 KB at 87, 320 MiB); flag-flip ~4.5
  %/h (AU11 c 5 KB at 91, 300 MiB); multi-task ~4.5 %/h per task (AU13 b 22
  lines at 186 over 2 tasks, 320 MiB).  The OOM case copies AS12 (d, 64 KB
  at 180 req/s, 320 MiB / heap 160, the culprit at 13:10; its OOM came 52
  min after the onset, K03's 54).  Healthy: AU14 none, orders, 9 deploys
  17-30 min apart; AU15 a bounded LRU (340 entries, 8500 SKUs), 3 deploys
  63-106 min apart; AU16 step (a 60000-entry table loaded at boot from #2
  on), orders, 3 deploys 60-82 min apart (hourly).  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RT = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios45.py"))["SCENARIOS"]   # R..I, AA..AT

_AU11 = [45, 95, 115, 60]

AU_SCENARIOS = [
    # ================================================================== frequent-deploys (AU01 dev, AU02-AU04 validation)
    dict(name="AU01-a-frequent-deploys-culprit-6-320", seed=46001, kind="a", culprit=6,
         intervals=gen_intervals(46001, 8, lo=15, hi=45),
         start="2029-01-05T09:58:00Z", service="auction-lot-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/auction-paddle-ledger", "Keep auction lot orders for the paddle ledger"),
         note="8 deploys 22-40 min apart, culprit #6 at 13:10 (3 leaking intervals, 32-36 min; its own 36 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AU02-b-frequent-deploys-culprit-3-300", seed=46002, kind="b", culprit=3,
         intervals=gen_intervals(46002, 9, lo=15, hi=45),
         start="2029-01-06T11:14:00Z", service="aubergine-crate-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/aubergine-grower-quote-memo", "Memoise aubergine crate quotes per grower and wholesaler"),
         note="9 deploys 16-44 min apart, culprit #3 at 13:10 (7 leaking intervals, 16-44 min; its own 40 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AU03-c-frequent-deploys-culprit-4-320", seed=46003, kind="c", culprit=4,
         intervals=gen_intervals(46003, 8, lo=15, hi=45),
         start="2029-01-07T11:13:00Z", service="auditorium-seat-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/auditorium-curtain-listeners", "Tell open auditorium seat bookings when a curtain time moves"),
         note="8 deploys 19-41 min apart, culprit #4 at 13:10 (5 leaking intervals, 23-33 min; its own 33 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AU04-d-frequent-deploys-culprit-5-300", seed=46004, kind="d", culprit=5,
         intervals=gen_intervals(46004, 9, lo=15, hi=45),
         start="2029-01-08T10:44:00Z", service="auger-drill-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/auger-bore-timers", "Release auger drill bookings from delayed bore timers"),
         note="9 deploys 16-45 min apart, culprit #5 at 13:10 (5 leaking intervals, 17-41 min; its own 18 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== hourly (AU05 dev, AU06 validation)
    dict(name="AU05-a-hourly-culprit-2-320", seed=46005, kind="a", culprit=2,
         intervals=gen_intervals(46005, 3, lo=60, hi=85),
         start="2029-01-09T11:06:00Z", service="augury-omen-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=70, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/augury-flight-history", "Keep augury omen orders for the flight history"),
         note="3 deploys 60-72 min apart (hourly), culprit #2 at 13:10 (72 and 60 min leaking); ~4 %/h of 320 "
              "MiB at peak; epoch"),
    dict(name="AU06-d-hourly-culprit-2-300", seed=46006, kind="d", culprit=2,
         intervals=gen_intervals(46006, 3, lo=60, hi=85),
         start="2029-01-10T10:53:00Z", service="auklet-colony-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=84, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/auklet-nesting-timers", "Release auklet colony bookings from delayed nesting timers"),
         note="3 deploys 68-81 min apart (hourly), culprit #2 at 13:10 (78 and 81 min leaking); ~4 %/h of 300 "
              "MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="AU07-c-few-hours-culprit-2-320", seed=46007, kind="c", culprit=2,
         intervals=[50, 135, 150],
         start="2029-01-11T10:05:00Z", service="austral-voyage-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=87, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/austral-berth-listeners", "Tell open austral voyage bookings when a berth assignment moves"),
         note="v1 50 min, #1 at 10:55 (135 min), the culprit #2 at 13:10 with 150 min of evidence (~4 %/h of "
              "320 MiB at peak); epoch, ascending"),
    dict(name="AU08-b-culprit-last-300", seed=46008, kind="b", culprit=3,
         intervals=[40, 55, 50, 155],
         start="2029-01-12T10:45:00Z", service="autograph-album-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/autograph-signer-quote-memo", "Memoise autograph album quotes per signer and collector"),
         note="the culprit is the last deploy #3 at 13:10: one 155 min interval of evidence after 40, 55 and 50 "
              "min healthy ones; ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AU09-d-culprit-first-after-45-300", seed=46009, kind="d", culprit=1,
         intervals=gen_intervals(46009, 3, {0: 45}, lo=40, hi=80),
         start="2029-01-13T10:45:00Z", service="autumn-harvest-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=94, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/autumn-cider-timers", "Release autumn harvest bookings from delayed cider timers"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (49-71 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="AU10-a-fixed-one-later-320", seed=46010, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(46010, 4, lo=55, hi=80),
         start="2029-01-14T11:03:00Z", service="auxiliary-pump-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=87, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/auxiliary-valve-history", "Keep auxiliary pump orders for the valve history"),
         fixed_pr_title=("fix/auxiliary-valve-history-trimmed", "Stop keeping auxiliary pump orders once the valve history is written"),
         note="leak from #2 at 13:10 (58 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:08 "
              "(57 min of the fixed release, then #4 at 15:05, 56 min); ascending"),
    dict(name="AU11-c-flag-flip-300", seed=46011, kind="c", flag="audio_fader_push",
         flag_at=sum(_AU11[:2]) + 65, intervals=_AU11,
         start="2029-01-15T09:35:00Z", service="audio-mixer-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=91, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag audio_fader_push on at 12:59:30, 65 min after #2 and 50 min before #3 "
              "(deploys 95-115 min apart); listener leak (~4.5 %/h of 300 MiB at peak) from then on, in every "
              "later release; flat before the flip; epoch"),
    dict(name="AU12-d-oom-fast-culprit-2-320", seed=46012, kind="d", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2029-01-16T11:35:00Z", service="autoclave-steriliser-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/autoclave-cycle-timers", "Release autoclave steriliser bookings from delayed cycle timers"),
         note="leak from #2 at 13:10, 64 KB orders at 180 req/s (as AS12 and K03): OOM within about an hour of "
              "the onset (heap 160 MB); #3 (35 min) still leaking"),
    dict(name="AU13-b-two-tasks-culprit-2-320", seed=46013, kind="b", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(46013, 3, lo=55, hi=80),
         start="2029-01-17T10:52:00Z", service="aurochs-herd-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=186, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/aurochs-pasture-quote-memo", "Memoise aurochs herd quotes per pasture and drover"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (69 and 77 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AU14-none-frequent-orders-300", seed=46014, kind="none",
         intervals=gen_intervals(46014, 9, lo=15, hi=30),
         start="2029-01-18T11:40:00Z", service="automat-snack-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 17-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AU15-e-lru-hours-340-320", seed=46015, kind="e",
         intervals=gen_intervals(46015, 3, lo=60, hi=120),
         start="2029-01-19T10:10:00Z", service="auricle-hearing-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"}, scan_by="TimestampAscending",
         note="bounded LRU (340 entries) refilling after each of 3 deploys 63-106 min apart, 10:10 through the "
              "peak; must not alarm; ascending"),
    dict(name="AU16-step-hourly-orders-320", seed=46016, kind="step", culprit=2,
         intervals=gen_intervals(46016, 3, lo=60, hi=85),
         start="2029-01-20T11:10:00Z", service="aubade-score-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/aubade-score-table-at-boot", "Load the aubade score table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 60-82 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RT + AU_SCENARIOS
