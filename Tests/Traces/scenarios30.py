"""memblame's tracelab scenarios, batch 30: AE01..AE14 (real memory traces with labels).

(Named AE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA, batch 27 AB, batch 28 AC and batch 29
AD.  No case folder, scenario name or split entry starts with "AE"; neither
tracelab nor these files parse the prefix of a name (deploy_records takes the
position in SCENARIOS), so "AE01-..." works as "AD01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 30"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios30.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios30.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw30 AE01-... AE14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 30 does not
reuse the ranges of R..I, AA, AB, AC and AD, this file lists the scenarios of
scenarios29.py first, unchanged and in the same order (positions 11..584,
exactly as when scenarios29.py is passed), and the AE scenarios after them
(positions 585..598).  Only the AE scenarios are recorded from this file.
Seeds are 30001..30014, each the first one tried, except AE06 and AE10:
with 30006 and 30010 a PR of each (209528, 210970) equalled a pipeline
number of M08 and M10, so they got 30106 and 30110 (the second one tried;
AE10's intervals are still gen_intervals(30010, ...)); after that no
collision.

Split (Tests/Traces/split30.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  three:  frequent-deploys AE01-AE03
  two:    hourly AE04-AE05, fixed-later AE09-AE10
  single: few-hours AE06, culprit-early AE07, culprit-last AE08, multi-task
          AE11, healthy-frequent AE12, healthy-lru AE13, healthy-flat AE14

11 leaking (a: AE01, AE07; b: AE03, AE04, AE08, AE11; c: AE02, AE06, AE10;
d: AE05, AE09; AE09 fixed by the next deploy, AE10 two deploys later), 3
healthy.

Loads scaled from what batch 29 measured (README, "Batch 29", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 29 scaled from
batch 28: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), split by regime where the cases of one kind disagreed:
  a (KB x req/s) with frequent deploys ~0.023 (AC02 at 0.027 0.72 times ->
    0.019, AB03 at 0.021 1.28 times -> 0.027; the mean); with intervals of
    an hour or more ~0.020 (was 0.021: AD04 0.92, AD10 0.96 times);
  b (detail x req/s) with frequent deploys ~0.0025 unchanged (AD02 at
    0.0025 about as aimed in its longer intervals, its 16-19 min intervals
    flat; AC03 0.4 times at 0.0034); with intervals of 40-90 min ~0.0019
    (was 0.0025: AD09 0.5 times -> 0.0013, AD07 0.8 times -> 0.0020, AC05
    -> 0.0022; the mean 0.0018, rounded up); per task the same 0.0019 (no b
    two-task case since batch 20); for the single 195 min culprit-last
    interval ~0.0017 (a, c and d came out 0.72-0.8 times their aim over one
    165-175 min interval before AD08's lowered c unit held); skus 400 as in
    batches 20-29;
  c (KB x req/s) with frequent deploys ~0.013 (was 0.012: AD03 1.2 times ->
    0.0144, AC01 as aimed at 0.012); with intervals of 50-85 min ~0.010 (was
    0.009: AD05 1.45 times -> 0.013, AC07 -> 0.0082, AB04 -> 0.0097; the
    mean); over 2-3 h intervals ~0.0085 (AD08 0.96 times at 0.0085 over 185
    min);
  d (KB x req/s) with intervals of an hour or more ~0.010 (was 0.0095 per
    task: AD11 two tasks 1.4 times -> 0.013, AC04 1.05, AC10 0.81 times;
    AD06 as aimed at 0.0088 over 2-3 h); no d case with frequent deploys in
    this batch (AD01 came out about 0.2 times at 0.016).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AE01 a 3 KB at 85, 300 MiB; AE02 c 5 KB at 96,
  320 MiB; AE03 b 25 lines at 94, 300 MiB); hourly ~4 %/h (AE04 b 28 lines
  at 94, 320 MiB; AE05 d 5 KB at 94, 300 MiB); few-hours, the slow one, ~3
  %/h (AE06 c 5 KB at 106, 384 MiB, 135 and 175 min intervals);
  culprit-early ~4.5 %/h (AE07 a 3 KB at 88, 300 MiB, the culprit #1 at
  11:30 after 53 min of v1); culprit-last ~4 %/h (AE08 b 30 lines at 98, 320
  MiB, the last deploy #3 at 11:55, 195 min of evidence); fixed-later ~5
  %/h (AE09 d 5 KB at 100, 256 MiB, fixed by the next deploy; AE10 c 6 KB
  at 98, 300 MiB, fixed two deploys later); multi-task ~4.5 %/h per task
  (AE11 b 30 lines at 200 over 2 tasks, gap 5, 320 MiB).  Healthy: AE12
  none, orders, 8 deploys 15-45 min apart; AE13 a bounded LRU (320 entries,
  8000 SKUs) on the quote route from 11:55, 3 deploys 73-95 min apart; AE14
  none, quote, 10:10 into the afternoon, 3 deploys 69-73 min apart
  (hourly).  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RD = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios29.py"))["SCENARIOS"]   # R..I, AA, AB, AC and AD

AE_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AE01 dev, AE02-AE03 validation)
    dict(name="AE01-a-frequent-deploys-culprit-3-300", seed=30001, kind="a", culprit=3,
         intervals=gen_intervals(30001, 9, lo=15, hi=45),
         start="2028-04-20T11:40:00Z", service="aerial-drone-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/drone-flight-log", "Keep aerial drone orders for the flight log replay"),
         note="9 deploys 16-45 min apart, culprit #3 at 13:12 (7 leaking intervals, 16-45 min; its own 45 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="AE02-c-frequent-deploys-culprit-4-320", seed=30002, kind="c", culprit=4,
         intervals=gen_intervals(30002, 8, lo=15, hi=45),
         start="2028-04-21T11:00:00Z", service="aerobic-class-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=96, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/class-instructor-listeners", "Tell open aerobic class bookings when an instructor swaps a slot"),
         note="8 deploys 21-40 min apart, culprit #4 at 13:14 (5 leaking intervals, 21-42 min; its own 31 min); "
              "~5 %/h of 320 MiB at peak; ascending"),
    dict(name="AE03-b-frequent-deploys-culprit-6-300", seed=30003, kind="b", culprit=6,
         intervals=gen_intervals(30003, 10, lo=15, hi=45),
         start="2028-04-22T11:00:00Z", service="aerosol-paint-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/paint-can-quote-memo", "Memoise aerosol paint quotes per can size and colour code"),
         note="10 deploys 15-40 min apart, culprit #6 at 13:20 (5 leaking intervals, 20-40 min; its own 26 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    # ================================================================== hourly (AE04 dev, AE05 validation)
    dict(name="AE04-b-hourly-culprit-2-320", seed=30004, kind="b", culprit=2,
         intervals=gen_intervals(30004, 4, lo=60, hi=90),
         start="2028-04-23T10:45:00Z", service="aeolian-harp-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/harp-string-quote-memo", "Memoise aeolian harp quotes per string set and frame"),
         note="4 deploys 67-87 min apart (hourly), culprit #2 at 13:17 (71, 87 and 70 min leaking); ~4 %/h of "
              "320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AE05-d-hourly-culprit-3-300", seed=30005, kind="d", culprit=3,
         intervals=gen_intervals(30005, 4, lo=60, hi=90),
         start="2028-04-24T09:35:00Z", service="aerodrome-hangar-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=94, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/hangar-bay-timers", "Release aerodrome hangar bays from delayed timers"),
         note="4 deploys 60-75 min apart (hourly), culprit #3 at 13:19 (60 and 64 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch"),
    # ================================================================== few-hours, culprit-early, culprit-last (single: validation)
    dict(name="AE06-c-few-hours-culprit-2-384", seed=30106, kind="c", culprit=2,
         intervals=[50, 135, 175, 40],
         start="2028-04-25T09:50:00Z", service="aegis-policy-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/policy-renewal-listeners", "Tell open aegis policy bookings when a renewal window shifts"),
         note="3 deploys 135 and 175 min apart (few hours), culprit #2 at 12:55 (175 min leaking through the "
              "afternoon, #3 at 15:50 still leaks, 40 min); ~3 %/h of 384 MiB at peak (slow); ascending"),
    dict(name="AE07-a-culprit-first-after-53-300", seed=30007, kind="a", culprit=1,
         intervals=gen_intervals(30007, 3, lo=40, hi=85),
         start="2028-04-26T10:37:00Z", service="aesthetic-clinic-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=88, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/clinic-visit-archive", "Keep aesthetic clinic orders for the visit archive"),
         note="culprit is the first deploy #1 at 11:30, after 53 min of v1; every later interval leaks (69-80 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch, ascending"),
    dict(name="AE08-b-culprit-last-320", seed=30008, kind="b", culprit=3,
         intervals=[45, 60, 50, 195],
         start="2028-04-27T09:20:00Z", service="aeon-clock-quotes",
         profile="quote", params={"detail": 30, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/clock-movement-quote-memo", "Memoise aeon clock quotes per movement and case"),
         note="culprit is the last deploy #3 at 11:55: a single 195 min interval of evidence (~4 %/h of 320 "
              "MiB at peak); good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== fixed-later (AE09 dev, AE10 validation)
    dict(name="AE09-d-fixed-next-deploy", seed=30009, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(30009, 3, lo=50, hi=85),
         start="2028-04-28T10:50:00Z", service="aerie-cabin-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100,
         ts_format="wire",
         culprit_pr_title=("perf/cabin-hold-timers", "Release aerie cabin holds from delayed timers"),
         fixed_pr_title=("fix/cabin-hold-timers-cleared", "Clear aerie cabin hold timers when a booking settles"),
         note="leak from #2 at 13:22 (~5 %/h of 256 MiB at peak), fixed by the next deploy #3 at 14:33 after 71 "
              "min (85 min of the fixed release to the end); epoch"),
    dict(name="AE10-c-fixed-two-later", seed=30110, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(30010, 4, lo=50, hi=85),
         start="2028-04-29T10:35:00Z", service="aeronaut-balloon-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=98, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/balloon-wind-listeners", "Tell open aeronaut balloon bookings when the wind forecast changes"),
         fixed_pr_title=("fix/balloon-wind-listeners-removed", "Remove aeronaut balloon wind listeners when a booking closes"),
         note="leak from #2 at 13:15 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:20 still leaks; fixed "
              "two deploys later by #4 at 15:18 (65 min of the fixed release to the end); ascending"),
    # ================================================================== singles (all validation)
    dict(name="AE11-b-two-tasks-culprit-2-320", seed=30011, kind="b", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(30011, 3, lo=55, hi=85),
         start="2028-04-30T10:40:00Z", service="aerofoil-wing-quotes",
         profile="quote", params={"detail": 30, "skus": 400}, peak_rps=200, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/wing-profile-quote-memo", "Memoise aerofoil wing quotes per profile and span"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 13:19 (62 and 68 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; epoch"),
    dict(name="AE12-none-frequent-orders-300", seed=30012, kind="none",
         intervals=gen_intervals(30012, 8, lo=15, hi=45),
         start="2028-05-01T11:35:00Z", service="aerator-lawn-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:35 through the peak; 8 deploys 15-45 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
    dict(name="AE13-e-lru-noon-320-320", seed=30013, kind="e",
         intervals=gen_intervals(30013, 3, lo=70, hi=100),
         start="2028-05-02T11:55:00Z", service="aether-lamp-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"LRU_MAX": "320"},
         note="bounded LRU (320 entries) refilling after each of 3 deploys 73-95 min apart, from 11:55 through "
              "the peak into the evening; must not alarm; epoch"),
    dict(name="AE14-none-hourly-quote-320", seed=30014, kind="none",
         intervals=gen_intervals(30014, 3, lo=60, hi=90),
         start="2028-05-03T10:10:00Z", service="aegean-villa-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, quote route, 10:10 into the afternoon (15:05 end); 3 deploys 69-73 min apart (hourly); "
              "must not alarm"),
]

SCENARIOS = _RD + AE_SCENARIOS
