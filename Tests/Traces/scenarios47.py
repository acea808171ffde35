"""memblame's tracelab scenarios, batch 47: AV01..AV16 (real memory traces with labels).

(Named AV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-46 used AA..AU.  No case folder, scenario
name or split entry starts with "AV"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 47"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios47.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios47.py --bytes \
        --jobs 2 --budget 1000 --cases Tests/Traces/real --raw ../tracelab-raw47 AV15-... AV12-...

(No long-interval case: the longest, AV15, has 387 samples, about 97 s of
recording; the 16 cases have 4 638 samples in all, kept short for a
recording budget of 1000 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios46.py
first, unchanged and in the same order (positions 11..844, exactly as when
scenarios46.py is passed), and the AV scenarios after them (positions
845..860).  Only the AV scenarios are recorded from this file.  Seeds are
47001..47016 (see the README for the number check).

The mix, a broad blind validation batch covering every regime (as batches
44 and 46): four leaking cases with deploys every 15-45 min (a, b, c, d;
culprits #4 to #7 of 8-9 deploys); two culprits with hourly deploys (b, c);
one with deploys 140 min apart and 165 min of evidence (few-hours, a); a
culprit-last case (c, one 165 min interval of evidence); a culprit-early
case (b, the culprit #1 after 45 min of v1); a fix one deploy later (d); a
feature flag switched on inside an interval, 50 min after a deploy, with no
culprit deploy (a); a slow leak (d, ~1.25 %/h, deploys 55-105 min apart);
two tasks with rolling deploys (c, metrics-ci.jsonl); and three healthy
cases (a flat orders service with deploys every 15-30 min, a bounded LRU
with deploys 74-118 min apart, a step at one hourly deploy on the quote
route).

Split (Tests/Traces/split47.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14
validation.

  four:   frequent-deploys AV01-AV04
  two:    hourly AV05-AV06
  single: few-hours AV07, culprit-last AV08, culprit-early AV09, fixed-later
          AV10, flag-flip AV11, slow-leak AV12, multi-task AV13,
          healthy-frequent AV14 (a flat orders service, as AU14),
          healthy-lru AV15 (a bounded LRU with deploys every 1-2 h, as AU15),
          healthy-step AV16 (on the quote route, as AT16)

13 leaking (a: AV01, AV07, AV11; b: AV02, AV05, AV09; c: AV03, AV06, AV08,
AV13; d: AV04, AV10, AV12; AV11 a flag flip with no culprit deploy; AV10
fixed one deploy later), 3 healthy.

Loads scaled from what batches 44-46 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 46's rule moved on by one
batch: the mean over every case of the last three batches (44-46) of a kind
and class (frequent deploys; intervals of an hour or more), each case's
unit times its measured / aimed ratio, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit).
One exception, for d with frequent deploys only: a case whose leaking
intervals were cut by major GCs counts with its rate before the GCs (AT05:
0.31 measured, 1.20 before its two GCs, 6.7 and 5.3 %/h), so GC-cut cases
do not drag the unit down (batch 46's AU04 came out 1.69 times with 0.0089,
lowered by AT05's 0.31 and batch 43's AR04):
  a (KB x req/s) with frequent deploys ~0.0239 (was 0.0218: AS01 0.52 at
    0.0247 -> 0.0128, AT01 1.41 at 0.0207 -> 0.0292, AU01 1.36 at 0.0218
    -> 0.0296; AS01's 0.52 is cut by GCs too, 7 and 10 min before the
    ends, and the rule keeps it); over intervals of an hour or more ~0.0213
    (was 0.0240: AS08 1.04 at 0.0245 -> 0.0255, AT09 0.76 at 21:00 and
    AT12 0.96 per task at 0.0250 -> 0.0190, 0.0240, AU05 0.85 and AU10
    0.74 at 0.0240 -> 0.0204, 0.0178), for the few-hours case and the flag
    flip;
  b (detail x req/s) with frequent deploys ~0.00232 (was 0.0025: AS02 0.61
    at 0.0031 -> 0.0019, AT02 0.88 and AT03 0.62 at 0.0029 -> 0.0026,
    0.0018, AU02 1.22 at 0.0025 -> 0.0031); over intervals of an hour or
    more ~0.00286 (was 0.00275: AS05 0.77 and AS10 1.33 at 0.0024 ->
    0.0018, 0.0032, AT06 1.44 and AT13 1.22 at 0.0025 -> 0.0036, 0.0031,
    AU08 1.02 and AU13 0.97 per task at 0.00275 -> 0.0028, 0.0027), for the
    hourly and the culprit-early case;
  c (KB x req/s) with frequent deploys ~0.0119 (was 0.0131: AS03 0.60 at
    0.0153 -> 0.0092, AT04 1.03 at 0.0133 -> 0.0137, AU03 0.98 at 0.0131
    -> 0.0128); over intervals of an hour or more ~0.0104 (was 0.0116:
    AS06 0.65, AS09 0.62, AS11 0.54 and AS13 0.74 per task at 0.0139 ->
    0.0090, 0.0086, 0.0075, 0.0103, AT10 1.21 and AT11 1.58 at 0.0105 ->
    0.0127, 0.0166, AU07 1.03 and AU11 0.55 at 0.0116 -> 0.0119, 0.0064),
    for the hourly, the culprit-last case and per task for the two-task
    case;
  d (KB x req/s) with frequent deploys ~0.0155 (was 0.0089: AS04 1.84 at
    0.0093 -> 0.0171, AT05 1.20 before its GCs at 0.0119 -> 0.0143, AU04
    1.69 at 0.0089 -> 0.0150; by the plain rule, with AT05's 0.31, 0.0120);
    over intervals of an hour or more ~0.0087 (was 0.0093: AS07 0.75 at
    0.0105 -> 0.0079, AT07 0.76 at 0.0110 -> 0.0084, AU06 1.09 and AU09
    0.91 at 0.0093 -> 0.0101, 0.0085), for the fixed-later case.
(AT08, the 1 KB slow leak, is left out as AQ13 was; AS12 and AU12, the OOM
cases, have no aim.)  The d frequent case keeps AU04's 7 KB orders and
lowers the rate (7 KB at 54 req/s), since d keeps about 3 KB + 1.1 x
payload_kb per request and the unit is per payload KB.  The slow leak is
scaled from AQ13 (d, 1 KB at 40 req/s, 300 MiB: 1.0 %/h measured) and AT08
(d, 1 KB at 32, 300 MiB: 1.2 %/h measured), the mean 0.031 %/h per req/s,
to 1 KB at 40 req/s, ~1.25 %/h (the d units do not hold for 1 KB orders).
Aims at peak traffic:
  frequent-deploys ~5 %/h (AV01 a 3 KB at 87, 320 MiB; AV02 b 26 lines at
  97, 300 MiB; AV03 c 5 KB at 105, 320 MiB; AV04 d 7 KB at 54, 300 MiB);
  hourly ~4 %/h (AV05 b 18 lines at 91, 300 MiB; AV06 c 5 KB at 96, 320
  MiB); few-hours ~4 %/h (AV07 a 3 KB at 78, 320 MiB); culprit-last ~4 %/h
  (AV08 c 5 KB at 90, 300 MiB); culprit-early ~4.5 %/h (AV09 b 20 lines at
  92, 300 MiB); fixed-later ~5 %/h (AV10 d 7 KB at 96, 300 MiB); flag-flip
  ~4.5 %/h (AV11 a 3 KB at 83, 300 MiB); slow-leak ~1.25 %/h (AV12 d 1 KB
  at 40, 300 MiB); multi-task ~4.5 %/h per task (AV13 c 6 KB at 180 over 2
  tasks, 320 MiB).  Healthy: AV14 none, orders, 9 deploys 15-30 min apart;
  AV15 a bounded LRU (340 entries, 8500 SKUs), 3 deploys 74-118 min apart;
  AV16 step (a 60000-entry table loaded at boot from #2 on), quote, 3
  deploys 60-81 min apart (hourly).  The "~N %/h" in the notes are these
  aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RU = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios46.py"))["SCENARIOS"]   # R..I, AA..AU

_AV11 = [50, 85, 110, 60]

AV_SCENARIOS = [
    # ================================================================== frequent-deploys (AV01 dev, AV02-AV04 validation)
    dict(name="AV01-a-frequent-deploys-culprit-7-320", seed=47001, kind="a", culprit=7,
         intervals=gen_intervals(47001, 9, lo=15, hi=45),
         start="2029-01-21T10:14:00Z", service="avalanche-beacon-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=87, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/avalanche-transceiver-history", "Keep avalanche beacon orders for the transceiver history"),
         note="9 deploys 15-43 min apart, culprit #7 at 13:10 (3 leaking intervals, 25-40 min; its own 39 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AV02-b-frequent-deploys-culprit-4-300", seed=47002, kind="b", culprit=4,
         intervals=gen_intervals(47002, 8, lo=15, hi=45),
         start="2029-01-22T11:33:00Z", service="avocado-ripening-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/avocado-packhouse-quote-memo", "Memoise avocado ripening quotes per packhouse and importer"),
         note="8 deploys 15-41 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-41 min; its own 41 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AV03-c-frequent-deploys-culprit-6-320", seed=47003, kind="c", culprit=6,
         intervals=gen_intervals(47003, 9, lo=15, hi=45),
         start="2029-01-23T10:48:00Z", service="avionics-bench-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/avionics-calibration-listeners", "Tell open avionics bench bookings when a calibration slot moves"),
         note="9 deploys 15-44 min apart, culprit #6 at 13:10 (4 leaking intervals, 19-44 min; its own 36 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AV04-d-frequent-deploys-culprit-5-300", seed=47004, kind="d", culprit=5,
         intervals=gen_intervals(47004, 8, lo=15, hi=45),
         start="2029-01-24T11:11:00Z", service="aviator-goggle-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=54, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/aviator-lens-check-timers", "Release aviator goggle bookings from delayed lens-check timers"),
         note="8 deploys 17-35 min apart, culprit #5 at 13:10 (4 leaking intervals, 27-35 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== hourly (AV05 dev, AV06 validation)
    dict(name="AV05-b-hourly-culprit-2-300", seed=47005, kind="b", culprit=2,
         intervals=gen_intervals(47005, 3, lo=60, hi=85),
         start="2029-01-25T11:02:00Z", service="avenue-bollard-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/avenue-bollard-council-memo", "Memoise avenue bollard quotes per council and contractor"),
         note="3 deploys 60-82 min apart (hourly), culprit #2 at 13:10 (82 and 60 min leaking); ~4 %/h of 300 "
              "MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AV06-c-hourly-culprit-2-320", seed=47006, kind="c", culprit=2,
         intervals=gen_intervals(47006, 3, lo=60, hi=85),
         start="2029-01-26T10:53:00Z", service="aviation-simulator-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=96, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/aviation-cockpit-listeners", "Tell open aviation simulator bookings when a cockpit slot moves"),
         note="3 deploys 60-73 min apart (hourly), culprit #2 at 13:10 (60 and 67 min leaking); ~4 %/h of 320 "
              "MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="AV07-a-few-hours-culprit-2-320", seed=47007, kind="a", culprit=2,
         intervals=[45, 140, 165],
         start="2029-01-27T10:05:00Z", service="avocet-wader-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=78, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/avocet-estuary-history", "Keep avocet wader orders for the estuary history"),
         note="v1 45 min, #1 at 10:50 (140 min), the culprit #2 at 13:10 with 165 min of evidence (~4 %/h of "
              "320 MiB at peak); epoch, ascending"),
    dict(name="AV08-c-culprit-last-300", seed=47008, kind="c", culprit=3,
         intervals=[40, 50, 55, 165],
         start="2029-01-28T10:45:00Z", service="aventurine-cutter-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/aventurine-polish-listeners", "Tell open aventurine cutter bookings when a polishing wheel frees"),
         note="the culprit is the last deploy #3 at 13:10: one 165 min interval of evidence after 40, 50 and 55 "
              "min healthy ones; ~4 %/h of 300 MiB at peak"),
    dict(name="AV09-b-culprit-first-after-45-300", seed=47009, kind="b", culprit=1,
         intervals=gen_intervals(47009, 3, {0: 45}, lo=40, hi=80),
         start="2029-01-29T10:45:00Z", service="avast-rigging-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/avast-halyard-quote-memo", "Memoise avast rigging quotes per halyard and skipper"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (61-72 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AV10-d-fixed-one-later-300", seed=47010, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(47010, 4, lo=55, hi=80),
         start="2029-01-30T10:46:00Z", service="avian-banding-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=96, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/avian-ring-check-timers", "Release avian banding bookings from delayed ring-check timers"),
         fixed_pr_title=("fix/avian-ring-check-now", "Check avian bands at once instead of from delayed timers"),
         note="leak from #2 at 13:10 (61 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:11 "
              "(61 min of the fixed release, then #4 at 15:12, 59 min); ascending"),
    dict(name="AV11-a-flag-flip-300", seed=47011, kind="a", flag="avatar_skin_history",
         flag_at=sum(_AV11[:2]) + 50, intervals=_AV11,
         start="2029-01-31T09:55:00Z", service="avatar-skin-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag avatar_skin_history on at 12:59:30, 50 min after #2 and 60 min before #3 "
              "(deploys 85-110 min apart); orders kept for the skin history (~4.5 %/h of 300 MiB at peak) from "
              "then on, in every later release; flat before the flip; epoch"),
    dict(name="AV12-d-slow-leak-culprit-3-300", seed=47012, kind="d", culprit=3,
         intervals=[55, 65, 70, 105, 90],
         start="2029-02-01T10:00:00Z", service="avoirdupois-scale-orders",
         profile="orders", params={"payload_kb": 1}, peak_rps=40, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/avoirdupois-tare-timers", "Re-weigh avoirdupois scale orders from delayed tare timers"),
         note="slow leak (~1.25 %/h of 300 MiB at peak) from #3 at 13:10 after 55, 65 and 70 min healthy "
              "intervals; 105 and 90 min leaking intervals; epoch, ascending"),
    dict(name="AV13-c-two-tasks-culprit-2-320", seed=47013, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(47013, 3, lo=55, hi=80),
         start="2029-02-02T10:57:00Z", service="avon-punt-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=180, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/avon-mooring-listeners", "Tell open avon punt bookings when a mooring slot moves"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (57 and 73 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AV14-none-frequent-orders-300", seed=47014, kind="none",
         intervals=gen_intervals(47014, 9, lo=15, hi=30),
         start="2029-02-03T11:40:00Z", service="avocation-hobby-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 15-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AV15-e-lru-hours-340-320", seed=47015, kind="e",
         intervals=gen_intervals(47015, 3, lo=60, hi=120),
         start="2029-02-04T10:10:00Z", service="avid-birder-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"}, scan_by="TimestampAscending",
         note="bounded LRU (340 entries) refilling after each of 3 deploys 74-118 min apart, 10:10 through the "
              "peak; must not alarm; ascending"),
    dict(name="AV16-step-hourly-quote-320", seed=47016, kind="step", culprit=2,
         intervals=gen_intervals(47016, 3, lo=60, hi=85),
         start="2029-02-05T10:56:00Z", service="avgas-tanker-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/avgas-tanker-table-at-boot", "Load the avgas tanker rate table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 60-81 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RU + AV_SCENARIOS
