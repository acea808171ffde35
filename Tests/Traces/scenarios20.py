"""memblame's tracelab scenarios, batch 20: C01..C16 (real memory traces with labels).

(Named C: tracelab's own example scenarios are X1..X11, and batches 1-19 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E and D.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 20"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios20.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios20.py --bytes \
        --jobs 2 --budget 800 --cases Tests/Traces/real --raw ../tracelab-raw20 C01-... C16-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 20 does not
reuse the ranges of R..D, this file lists the scenarios of scenarios19.py
first, unchanged and in the same order (positions 11..446, exactly as when
scenarios19.py is passed), and the C scenarios after them (positions
447..462).  Only the C scenarios are recorded from this file.  Seeds are
20001..20016, except C02 (20102): with 20002 one PR number of C02 (159846)
equalled a pipeline number of Z05-a-culprit-first-after-35 (real/), so only
its scenario seed was moved; its intervals still come from
gen_intervals(20002, ...).

Split (Tests/Traces/split20.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14 validation.

  two:    frequent-deploys C01-C02, hourly C03-C04
  single: few-hours C05, long-interval C06, culprit-early C07, fixed-later C08,
          flag-flip C09, slow-leak C10, multi-task C11, oom-fast C12,
          healthy-frequent C13, healthy-lru C14, healthy-step C15, healthy-load C16

12 leaking (three each of kinds a, b, c and d; C09 a flag flip without a
culprit deploy; C08 fixed by the next deploy), 4 healthy.  A broad mix: the
regimes of the issue (deploys every 15-45 min, hourly, every 2-3 h, one
6.5 h interval) plus the special cases.  About 5 140 simulated minutes
(budget 800 s with 2 jobs; batch 19 recorded 5 057 minutes in 696 s).

Loads scaled from what batches 17-19 measured (README, "Batch 17" to "Batch
19"), as %/h per unit of load at peak traffic, normalised to 256 MiB
(multiply by 256 / limit for another limit).  Batch 19 found a and d 1.3-2x
steeper than its aims, so their units are raised (and the loads lowered)
accordingly:
  a (KB x req/s) ~0.024 for 3 KB (was 0.018: D04 3 KB at 90, 300 MiB, 6.5-6.8;
    D07 4 KB at 105, 384 MiB, 6.2-7.3; D11 7 KB at 150 over 3 tasks, 320 MiB,
    6.5-8.0; E02 3 KB at 100, 300 MiB, 6.4-8.2; E03 3 KB at 95, 320 MiB,
    3.1-4.3), ~0.033 for 1 KB (E06 1 KB at 65, 384 MiB, 1.3-1.6);
  b (detail x req/s) ~0.0022 for 20-28 lines (was 0.0019: D02 28 at 110, 300
    MiB, 6.1-7.2; D09 28 at 105, 320 MiB, ~4.1; E05 24 at 105, 320 MiB,
    2.7-4.6); the b cases here use skus 400 (700 in batches 17-19), so the
    per-SKU warm-up of good releases is smaller and shorter (D02's healthy
    intervals climbed ~5 %/h with 700 SKUs x 28 lines);
  c (KB x req/s) ~0.012, unchanged (D03 4 KB at 105, 320 MiB, 3.0-6.1; D10
    5 KB at 125 at 0.78 of the peak, 300 MiB, 4.7; E01 4 KB at 90, 256 MiB,
    2.8-6.4), and for 2 KB the slow leaks G08 (2 KB at 60, 320 MiB, 0.6-0.7)
    and P09 (2 KB at 33, 300 MiB, ~1.0);
  d (KB x req/s) ~0.016 for 4-5 KB (was 0.0105: D01 4 KB at 120, 256 MiB,
    8.5-11.1; D05 5 KB at 115, 384 MiB, 6.5; D08 5 KB at 95, 256 MiB,
    6.5-7.6; E04 3 KB at 110, 300 MiB, 2.3-3.2);
  oom-fast as D12/E08/F11 (c 64 KB at 170, heap 160, 300 MiB: OOM 58.5-78.5
    min after the onset).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (C01 a 3 KB at 75, 300 MiB; C02 c 5 KB at 85, 256
  MiB); hourly ~4 %/h (C03 b 22 lines at 105, 320 MiB; C04 d 4 KB at 75, 300
  MiB); few-hours ~3.5 %/h (C05 b 22 lines at 110, 384 MiB); long interval
  ~1.5 %/h at peak, ~0.7 in the morning (C06 a 1 KB at 55, 320 MiB);
  culprit-early ~4.5 %/h (C07 b 24 lines at 105, 300 MiB); fixed-later ~5
  %/h (C08 d 4 KB at 75, 256 MiB); flag-flip ~4.5 %/h (C09 a 3 KB at 75, 320
  MiB); slow leak ~1 %/h at peak (C10 c 2 KB at 50, 320 MiB); multi-task ~5
  %/h per task (C11 d 5 KB at 150 over 2 tasks, 320 MiB); oom-fast (C12 c 64
  KB at 170, heap 160, 300 MiB).  The "~N %/h" in the notes are these aims,
  not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RD = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios19.py"))["SCENARIOS"]   # R..E and D

_C09 = [50, 55, 165, 60]

C_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (C01 dev, C02 validation)
    dict(name="C01-a-frequent-deploys-culprit-5-300", seed=20001, kind="a", culprit=5,
         intervals=gen_intervals(20001, 9, lo=15, hi=45),
         start="2027-12-01T11:40:00Z", service="skating-rink-passes",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/rink-session-replay", "Keep rink session orders for replaying ice resurfacing delays"),
         note="9 deploys 17-44 min apart, culprit #5 at 13:46 (5 leaking intervals, 23-44 min); ~5 %/h of 300 "
              "MiB at peak"),
    dict(name="C02-c-frequent-deploys-culprit-4", seed=20102, kind="c", culprit=4,
         intervals=gen_intervals(20002, 9, lo=15, hi=45),
         start="2027-12-02T11:50:00Z", service="gingerbread-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=85,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/oven-slot-listeners", "Tell open gingerbread orders when an oven slot moves"),
         note="9 deploys 17-45 min apart, culprit #4 at 13:37 (6 leaking intervals, 18-42 min; its own 42 min); "
              "~5 %/h at peak; ascending"),
    # ================================================================== hourly (C03 dev, C04 validation)
    dict(name="C03-b-hourly-culprit-3-320", seed=20003, kind="b", culprit=3,
         intervals=gen_intervals(20003, 4, lo=60, hi=90),
         start="2027-12-03T10:30:00Z", service="glazier-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/pane-quote-memo", "Memoise glazing quotes per window and fitter"),
         note="4 deploys 61-78 min apart (hourly), culprit #3 at 13:41 (78 and 70 min leaking); ~4 %/h of 320 "
              "MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="C04-d-hourly-culprit-2-300", seed=20004, kind="d", culprit=2,
         intervals=gen_intervals(20004, 4, lo=60, hi=90),
         start="2027-12-04T11:00:00Z", service="organ-tuning-visits",
         profile="orders", params={"payload_kb": 4}, peak_rps=75, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/tuning-visit-timer", "Confirm organ tuning visits from delayed timers"),
         note="4 deploys 63-81 min apart (hourly), culprit #2 at 13:21 (66, 63 and 78 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="C05-b-few-hours-culprit-2-384", seed=20005, kind="b", culprit=2,
         intervals=[55, 130, 180, 70],
         start="2027-12-05T08:15:00Z", service="marina-berth-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=110, heap_mb=192, limit_mib=384,
         culprit_pr_title=("perf/berth-quote-memo", "Memoise berth quotes per boat and tide window"),
         note="3 deploys 130 and 180 min apart (few hours), culprit #2 at 11:20 (180 min leaking through midday, "
              "#3 at 14:20 still leaks, 70 min); ~3.5 %/h of 384 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs)"),
    dict(name="C06-a-long-interval-6h-culprit-2-320", seed=20006, kind="a", culprit=2,
         intervals=[40, 45, 390, 35],
         start="2027-12-06T07:20:00Z", service="salt-mine-tours",
         profile="orders", params={"payload_kb": 1}, peak_rps=55, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/tour-booking-archive", "Keep salt mine tour bookings for the visitor archive"),
         note="culprit #2 at 08:45 after 40 and 45 min healthy intervals, then one 390 min (6.5 h) interval "
              "(08:45-15:15) as traffic rises to the peak; slow leak (~1.5 %/h of 320 MiB at peak, ~0.7 in the "
              "morning); #3 at 15:15 still leaks (35 min); ascending"),
    dict(name="C07-b-culprit-first-after-50-300", seed=20007, kind="b", culprit=1,
         intervals=gen_intervals(20007, 3, {0: 50}, lo=45, hi=85),
         start="2027-12-07T10:30:00Z", service="tailor-alteration-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/alteration-quote-memo", "Memoise alteration quotes per garment and customer"),
         note="culprit is the first deploy #1 at 11:20, after 50 min of v1; every later interval leaks (55-85 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="C08-d-fixed-next-deploy", seed=20008, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(20008, 3, {2: 70}, lo=50, hi=85),
         start="2027-12-08T11:10:00Z", service="reindeer-sleigh-rides",
         profile="orders", params={"payload_kb": 4}, peak_rps=75,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/sleigh-ride-reminders", "Send sleigh ride reminders from delayed timers"),
         fixed_pr_title=("fix/sleigh-reminders-now", "Send sleigh ride reminders at once instead of from timers"),
         note="leak from #2 at 13:35 (~5 %/h at peak), fixed by the next deploy #3 at 14:45 after 70 min (51 min "
              "of the fixed release to the end); epoch, ascending"),
    dict(name="C09-a-flag-flip-320", seed=20009, kind="a", flag="stall_order_replay",
         flag_at=sum(_C09[:2]) + 85, intervals=_C09,
         start="2027-12-09T09:50:00Z", service="mulled-wine-stalls",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag stall_order_replay on at 12:59:30, 85 min after #2 and 80 min before #3; "
              "stall orders kept for replay (~4.5 %/h of 320 MiB at peak) from then on, in every later release; "
              "flat before the flip"),
    dict(name="C10-c-slow-leak-culprit-2-320", seed=20010, kind="c", culprit=2,
         intervals=[50, 50, 165, 150],
         start="2027-12-10T09:00:00Z", service="carol-concert-seats",
         profile="orders", params={"payload_kb": 2}, peak_rps=50, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/seat-map-listeners", "Tell open seat orders when the choir seat map changes"),
         note="slow leak (~1 %/h of 320 MiB at peak) from #2 at 10:40 after 50 and 50 min healthy intervals; "
              "165 and 150 min leaking intervals; ascending"),
    dict(name="C11-d-two-tasks-culprit-2-320", seed=20011, kind="d", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(20011, 3, lo=50, hi=85),
         start="2027-12-11T11:50:00Z", service="snowshoe-rentals",
         profile="orders", params={"payload_kb": 5}, peak_rps=150, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/rental-return-timer", "Check snowshoe rental returns from delayed timers"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 13:54 (84 and 74 min leaking); each "
              "task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="C12-c-oom-fast-culprit-2-300", seed=20012, kind="c", culprit=2,
         intervals=[45, 50, 95, 35],
         start="2027-12-12T11:50:00Z", service="stained-glass-quotes",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/kiln-batch-listeners", "Tell open glass orders when a kiln batch is rescheduled"),
         note="leak from #2 at 13:25, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch, ascending"),
    dict(name="C13-none-frequent-quote-384", seed=20013, kind="none",
         intervals=gen_intervals(20013, 8, lo=15, hi=45),
         start="2027-12-13T11:30:00Z", service="advent-calendar-shop",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=192, limit_mib=384,
         note="no leak, quote route, 11:30 through the peak; 8 deploys 15-45 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="C14-e-lru-midday-1000-300", seed=20014, kind="e",
         intervals=gen_intervals(20014, 2, lo=60, hi=100),
         start="2027-12-14T12:10:00Z", service="toboggan-hire-quotes",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1000"}, scan_by="TimestampAscending",
         note="bounded LRU (1000 entries, full after ~40 min at peak) refilling after each of 2 deploys 60-85 min "
              "apart, through the afternoon; must not alarm; ascending"),
    dict(name="C15-step-second-deploy-quote-320", seed=20015, kind="step", culprit=2,
         intervals=gen_intervals(20015, 3, lo=50, hi=85),
         start="2027-12-15T10:40:00Z", service="clock-tower-tours",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/tour-calendar-at-boot", "Load the clock tower tour calendar at boot"),
         note="level shift at #2 of 3 (13:04), quote route; no trend after; must not alarm; epoch"),
    dict(name="C16-f-load-morning-to-afternoon-320", seed=20016, kind="f", workers=72,
         intervals=gen_intervals(20016, 4, lo=50, hi=75),
         start="2027-12-16T09:40:00Z", service="wreath-workshop-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="reports in flight follow the load up from the morning (09:40) into the afternoon (15:06), across "
              "4 deploys; must not alarm; epoch, ascending"),
]

SCENARIOS = _RD + C_SCENARIOS
