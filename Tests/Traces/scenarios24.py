"""memblame's tracelab scenarios, batch 24: O01..O14 (real memory traces with labels).

(Named O: tracelab's own example scenarios are X1..X11, and batches 1-23 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E, D, C, B, A and J.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 24"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios24.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios24.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw24 O01-... O14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 24 does not
reuse the ranges of R..J, this file lists the scenarios of scenarios23.py
first, unchanged and in the same order (positions 11..502, exactly as when
scenarios23.py is passed), and the O scenarios after them (positions
503..516).  Only the O scenarios are recorded from this file.  Seeds are
24001..24014.

Split (Tests/Traces/split24.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 12 validation.

  three:  frequent-deploys O01-O03
  two:    hourly O04-O05
  single: few-hours O06, culprit-early O07, slow-leak O08, flag-flip O09,
          fixed-later O10, multi-task O11, healthy-frequent O12,
          healthy-lru O13, healthy-load O14

11 leaking (a: O01, O08, O10; b: O02, O04; c: O05, O07, O11; d: O03, O06,
O09; O09 a flag flip with no culprit deploy, O10 fixed by the next deploy),
3 healthy.  About 4 530 simulated minutes (budget 750 s with 2 jobs; batch
23 recorded 4 785 minutes in 652 s).

Loads scaled from what batch 23 measured (README, "Batch 23", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 23 scaled from
batch 22: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit):
  a (KB x req/s) ~0.024 (was 0.020: J01 3 KB at 95, 300 MiB, 5.6-7.4 in the
    23-31 min intervals for ~5; J05 3 KB at 90, 384 MiB, 4.1 and 4.7 for
    ~3.5; J10 3 KB at 180 over 2 tasks, 300 MiB, 4.9 and 4.7 for ~4.5);
  b (detail x req/s) ~0.0028 (was 0.0026: J02 22 lines at 85, 256 MiB,
    5.3-7.7 (one interval 0.6) for ~5; J07 25 at 90, 300 MiB, 2.0-2.5 in the
    early morning for ~1.6-3; J11 28 at 100, 300 MiB, 3.7 in the evening for
    ~5); skus 400 as in batches 20-23;
  c (KB x req/s) ~0.010 (was 0.012: J03 4 KB at 100, 300 MiB, 2.8-3.3 for ~4;
    J06 2 KB at 105, 320 MiB, 1.4 over 9 h for ~2 at peak);
  d (KB x req/s) ~0.0085 (was 0.0092: J04 6 KB at 90, 320 MiB, 3.7-4.0 for
    ~4; J08 6 KB at 90, 256 MiB, 4.1 and 4.6 for ~5).
The slow leak is not scaled with the a unit (1 KB orders keep more per KB
than larger ones): it follows the earlier 1 KB a slow leaks (K08 1 KB at 12,
300 MiB, ~0.6 %/h; Z02 1 KB at 14, 300 MiB, ~0.6; Q02 1 KB at 12, 320 MiB,
~0.5; G07 1 KB at 22, 256 MiB, 0.8-0.9 after warm-up): 1 KB at 20 req/s,
300 MiB, for ~1 %/h at peak.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (O01 a 3 KB at 80, 300 MiB; O02 b 22 lines at 80,
  256 MiB; O03 d 6 KB at 115, 300 MiB); hourly ~4 %/h (O04 b 24 lines at
  75, 320 MiB; O05 c 5 KB at 95, 300 MiB); few-hours ~3.5 %/h (O06 d 6 KB
  at 105, 384 MiB); culprit-early ~4.5 %/h at peak (O07 c 5 KB at 105, 300
  MiB, the culprit #1 at 11:20 after 50 min of v1); slow-leak ~1 %/h (O08 a
  1 KB at 20, 300 MiB); flag-flip ~4.5 %/h (O09 d 6 KB at 110, 320 MiB, the
  flag on at 12:59:30 inside v3's interval); fixed-later ~5 %/h (O10 a 3 KB
  at 70, 256 MiB, fixed by the next deploy); multi-task ~4.5 %/h per task
  (O11 c 8 KB at 200 over 3 tasks, gap 4, 300 MiB).  Healthy: O12 none,
  quote, 8 deploys 16-39 min apart; O13 a smaller LRU (250) than J13 (300)
  and A11 (400), 3 deploys from noon; O14 f, reports in flight from the
  afternoon peak into the evening.  The "~N %/h" in the notes are these
  aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RJ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios23.py"))["SCENARIOS"]   # R..A and J

_O09 = [50, 60, 160, 60]

O_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (O01 dev, O02-O03 validation)
    dict(name="O01-a-frequent-deploys-culprit-5-300", seed=24001, kind="a", culprit=5,
         intervals=gen_intervals(24001, 9, lo=15, hi=45),
         start="2028-01-29T11:40:00Z", service="oyster-bar-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/oyster-order-replay", "Keep oyster bar orders for replay tests"),
         note="9 deploys 20-42 min apart, culprit #5 at 14:09 (5 leaking intervals, 20-42 min; its own 42 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="O02-b-frequent-deploys-culprit-5", seed=24002, kind="b", culprit=5,
         intervals=gen_intervals(24002, 9, lo=15, hi=45),
         start="2028-01-30T11:30:00Z", service="orchard-box-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=80,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/orchard-quote-memo", "Memoise orchard box quotes per fruit mix and customer"),
         note="9 deploys 18-44 min apart, culprit #5 at 14:11 (5 leaking intervals, 20-39 min; its own 37 min); "
              "~5 %/h at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="O03-d-frequent-deploys-culprit-4-300", seed=24003, kind="d", culprit=4,
         intervals=gen_intervals(24003, 9, lo=15, hi=45),
         start="2028-01-31T11:50:00Z", service="observatory-tickets",
         profile="orders", params={"payload_kb": 6}, peak_rps=115, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/dome-slot-timers", "Release observatory dome slots from delayed timers"),
         note="9 deploys 17-45 min apart, culprit #4 at 14:01 (6 leaking intervals, 17-45 min; its own 45 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== hourly (O04 dev, O05 validation)
    dict(name="O04-b-hourly-culprit-2-320", seed=24004, kind="b", culprit=2,
         intervals=gen_intervals(24004, 4, lo=60, hi=90),
         start="2028-02-01T11:10:00Z", service="oboe-repair-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=75, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/reed-quote-memo", "Memoise oboe repair quotes per reed and customer"),
         note="4 deploys 60-85 min apart (hourly), culprit #2 at 13:40 (74, 60 and 60 min leaking); ~4 %/h of "
              "320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="O05-c-hourly-culprit-2-300", seed=24005, kind="c", culprit=2,
         intervals=gen_intervals(24005, 4, lo=60, hi=90),
         start="2028-02-02T10:40:00Z", service="olive-press-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/press-batch-listeners", "Tell open olive press orders when a pressing batch changes"),
         note="4 deploys 65-81 min apart (hourly), culprit #2 at 13:08 (65, 81 and 73 min leaking); ~4 %/h of "
              "300 MiB at peak"),
    # ================================================================== singles (all validation)
    dict(name="O06-d-few-hours-culprit-2-384", seed=24006, kind="d", culprit=2,
         intervals=[50, 130, 160, 60],
         start="2028-02-03T09:00:00Z", service="origami-class-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=105, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/fold-class-reminders", "Send origami class reminders from delayed timers"),
         note="3 deploys 130 and 160 min apart (few hours), culprit #2 at 12:00 (160 min leaking through the "
              "afternoon, #3 at 14:40 still leaks, 60 min); ~3.5 %/h of 384 MiB at peak; ascending"),
    dict(name="O07-c-culprit-first-after-50-300", seed=24007, kind="c", culprit=1,
         intervals=gen_intervals(24007, 3, {0: 50}, lo=45, hi=85),
         start="2028-02-04T10:30:00Z", service="oast-house-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/hop-kiln-listeners", "Tell open oast house orders when a kiln batch changes"),
         note="culprit is the first deploy #1 at 11:20, after 50 min of v1; every later interval leaks (61-79 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="O08-a-slow-leak-culprit-2-300", seed=24008, kind="a", culprit=2,
         intervals=[50, 55, 170, 160],
         start="2028-02-05T08:40:00Z", service="orienteering-permits",
         profile="orders", params={"payload_kb": 1}, peak_rps=20, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/permit-route-history", "Keep orienteering permit requests for the route history"),
         note="slow leak (~1 %/h of 300 MiB at peak) from #2 at 10:25 after 50 and 55 min healthy intervals; "
              "170 and 160 min leaking intervals; epoch, ascending"),
    dict(name="O09-d-flag-flip-320", seed=24009, kind="d", flag="opera_box_hold_timers",
         flag_at=sum(_O09[:2]) + 80, intervals=_O09,
         start="2028-02-06T09:50:00Z", service="opera-box-tickets",
         profile="orders", params={"payload_kb": 6}, peak_rps=110, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag opera_box_hold_timers on at 12:59:30, 80 min after #2 and 80 min before "
              "#3; box holds released from delayed timers (~4.5 %/h of 320 MiB at peak) from then on, in every "
              "later release; flat before the flip"),
    dict(name="O10-a-fixed-next-deploy", seed=24010, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(24010, 3, {2: 70}, lo=50, hi=85),
         start="2028-02-07T11:10:00Z", service="orangery-hire-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=70,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/orangery-booking-audit", "Keep orangery hire orders for the venue audit"),
         fixed_pr_title=("fix/orangery-audit-summary", "Keep only a summary of orangery hire orders for the audit"),
         note="leak from #2 at 13:08 (~5 %/h at peak), fixed by the next deploy #3 at 14:18 after 70 min (64 min "
              "of the fixed release to the end); ascending"),
    dict(name="O11-c-three-tasks-culprit-2-300", seed=24011, kind="c", culprit=2, tasks=3, roll_gap=4,
         intervals=gen_intervals(24011, 3, lo=55, hi=85),
         start="2028-02-08T11:50:00Z", service="outboard-motor-orders",
         profile="orders", params={"payload_kb": 8}, peak_rps=200, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/mooring-change-listeners", "Tell open outboard motor orders when a mooring changes"),
         note="3 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:47 (82 and 79 min leaking); each "
              "task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="O12-none-frequent-quote-300", seed=24012, kind="none",
         intervals=gen_intervals(24012, 8, lo=15, hi=45),
         start="2028-02-09T11:40:00Z", service="ottoman-upholstery-quotes",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route, 11:40 through the peak; 8 deploys 16-39 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="O13-e-lru-noon-250-320", seed=24013, kind="e",
         intervals=gen_intervals(24013, 3, lo=70, hi=100),
         start="2028-02-10T12:00:00Z", service="oatcake-bakery-quotes",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "250"},
         note="bounded LRU (250 entries) refilling after each of 3 deploys 75-76 min apart, from noon through "
              "the peak into the late afternoon; must not alarm"),
    dict(name="O14-f-load-peak-to-evening-320", seed=24014, kind="f", workers=72,
         intervals=gen_intervals(24014, 4, lo=50, hi=75),
         start="2028-02-11T14:00:00Z", service="ox-roast-reports",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from the afternoon peak (14:00) down into the evening "
              "(19:46), across 4 deploys; must not alarm; ascending"),
]

SCENARIOS = _RJ + O_SCENARIOS
