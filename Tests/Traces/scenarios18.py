"""memblame's tracelab scenarios, batch 18: E01..E12 (real memory traces with labels).

(Named E: tracelab's own example scenarios are X1..X11, and batches 1-17 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G and F.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 18"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios18.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios18.py --bytes \
        --jobs 2 --budget 800 --cases Tests/Traces/real --raw ../tracelab-raw18 E01-... E12-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 18 does not
reuse the ranges of R..F, this file lists the scenarios of scenarios17.py
first, unchanged and in the same order (positions 11..418, exactly as when
scenarios17.py is passed), and the E scenarios after them (positions
419..430).  Only the E scenarios are recorded from this file.  Seeds are
18001..18012.

Split (Tests/Traces/split18.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 10 validation.

  two:    frequent-deploys E01-E02, hourly E03-E04
  single: culprit-early E05, slow-leak E06, fixed-later E07, oom-fast E08,
          multi-task E09, healthy-frequent E10, healthy-lru E11, healthy-flat E12

9 leaking, 3 healthy.  About 3 660 simulated minutes.

Loads scaled from what batch 17 measured (README, "Batch 17"), as %/h per
unit of load: a (KB x req/s) ~0.0196 at 256 MiB (F13 3 KB at 90, 5.3 %/h),
so ~0.0167 at 300, ~0.0157 at 320, ~0.013 at 384 MiB (F05 3 KB at 100, 320
MiB, 3.2-4.6); b (detail x req/s) ~0.002 (F09 14 at 100, 256 MiB, 2.3-3.1;
F02 16 at 105, 300 MiB); c ~0.013 at 256 MiB (F06 4 KB at 90, ~5 as aimed);
d ~0.010-0.017 at 300 MiB (F04 4 KB at 110, 384 MiB, 2.1-5.6; F08 1 KB at
105, 300 MiB, 1.6-2.0); oom-fast as F11 (c 64 KB at 170, heap 160, 300 MiB:
OOM 58.5 min after the onset).  Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (E01 c 4 KB at 90, 256 MiB; E02 a 3 KB at 100, 300
  MiB); hourly ~4 %/h (E03 a 3 KB at 95, 320 MiB; E04 d 3 KB at 110, 300
  MiB); culprit-early ~5 %/h (E05 b 24 lines at 105, 320 MiB); slow leak ~1
  %/h (E06 a 1 KB at 65, 384 MiB); fixed-later ~5 %/h (E07 c 4 KB at 95, 256
  MiB); oom-fast (E08 c 64 KB at 170, heap 160, 300 MiB); multi-task ~5 %/h
  per task (E09 a 5 KB at 145 over 2 tasks, 384 MiB).  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RF = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios17.py"))["SCENARIOS"]   # R..G and F

E_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (E01 dev, E02 validation)
    dict(name="E01-c-frequent-deploys-culprit-5", seed=18001, kind="c", culprit=5,
         intervals=gen_intervals(18001, 9, lo=20, hi=50),
         start="2027-10-25T11:10:00Z", service="bike-courier-jobs",
         profile="orders", params={"payload_kb": 4}, peak_rps=90,
         culprit_pr_title=("feat/courier-zone-listeners", "Tell open courier jobs when a delivery zone changes"),
         note="9 deploys 22-50 min apart, culprit #5 at 14:18 (5 leaking intervals, 22-50 min); ~5 %/h at peak"),
    dict(name="E02-a-frequent-deploys-culprit-5-300", seed=18002, kind="a", culprit=5,
         intervals=gen_intervals(18002, 9, lo=20, hi=50),
         start="2027-10-26T12:00:00Z", service="florist-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bouquet-order-audit", "Keep florist order requests for the audit trail"),
         note="9 deploys 21-41 min apart, culprit #5 at 14:31 (5 leaking intervals, 24-35 min); ~5 %/h of 300 MiB "
              "at peak; ascending"),
    # ================================================================== hourly (E03 dev, E04 validation)
    dict(name="E03-a-hourly-culprit-2-320", seed=18003, kind="a", culprit=2,
         intervals=gen_intervals(18003, 4, lo=60, hi=90),
         start="2027-10-27T10:30:00Z", service="wedding-venues",
         profile="orders", params={"payload_kb": 3}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/venue-booking-replay", "Keep venue booking requests for replaying enquiries"),
         note="4 deploys 66-90 min apart (hourly), culprit #2 at 13:23 (72, 66 and 88 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch"),
    dict(name="E04-d-hourly-culprit-2-300", seed=18004, kind="d", culprit=2,
         intervals=gen_intervals(18004, 4, lo=60, hi=90),
         start="2027-10-28T09:50:00Z", service="dog-grooming",
         profile="orders", params={"payload_kb": 3}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/grooming-reminder-timer", "Send dog grooming reminders from delayed timers"),
         note="4 deploys 60-84 min apart (hourly), culprit #2 at 12:13 (61, 65 and 84 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="E05-b-culprit-first-after-50-320", seed=18005, kind="b", culprit=1,
         intervals=gen_intervals(18005, 3, {0: 50}, lo=50, hi=90),
         start="2027-10-29T10:20:00Z", service="roof-repair-quotes",
         profile="quote", params={"detail": 24, "skus": 700}, peak_rps=105, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/roof-quote-memo", "Memoise roof repair quotes per house and roofer"),
         note="culprit is the first deploy #1 at 11:10, after 50 min of v1; every later interval leaks (~5 %/h of "
              "320 MiB at peak); good releases warm a per-SKU cache"),
    dict(name="E06-a-slow-leak-culprit-second-384", seed=18006, kind="a", culprit=2,
         intervals=[50, 55, 150, 140],
         start="2027-10-30T09:00:00Z", service="allotment-lettings",
         profile="orders", params={"payload_kb": 1}, peak_rps=65, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/plot-letting-history", "Keep allotment letting requests for the plot history"),
         note="slow leak (~1 %/h of 384 MiB at peak) from #2 at 10:45 after 50 and 55 min healthy intervals; "
              "150 and 140 min leaking intervals; ascending"),
    dict(name="E07-c-fixed-next-deploy", seed=18007, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(18007, 3, lo=50, hi=85),
         start="2027-10-31T11:00:00Z", service="window-cleaning",
         profile="orders", params={"payload_kb": 4}, peak_rps=95,
         ts_format="wire",
         culprit_pr_title=("feat/round-change-listeners", "Tell open window cleaning jobs when a round changes"),
         fixed_pr_title=("fix/round-listener-cleanup", "Remove round listeners when a cleaning job closes"),
         note="leak from #2 at 13:50 (~5 %/h at peak), fixed by the next deploy #3 at 14:49 after 59 min; epoch"),
    dict(name="E08-c-oom-fast-culprit-second-300", seed=18008, kind="c", culprit=2,
         intervals=[45, 50, 95, 35],
         start="2027-11-01T11:40:00Z", service="concert-tickets",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/seat-map-listeners", "Tell open ticket orders when the seat map changes"),
         note="leak from #2 at 13:15, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch, ascending"),
    dict(name="E09-a-two-tasks-culprit-second-384", seed=18009, kind="a", culprit=2, tasks=2, roll_gap=3,
         intervals=gen_intervals(18009, 3, lo=50, hi=85),
         start="2027-11-02T11:30:00Z", service="van-rentals",
         profile="orders", params={"payload_kb": 5}, peak_rps=145, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/van-rental-audit", "Keep van rental requests for the damage audit"),
         note="2 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:31; each task ~5 %/h of 384 MiB "
              "at peak; metrics-ci.jsonl"),
    dict(name="E10-none-frequent-quote-300", seed=18010, kind="none",
         intervals=gen_intervals(18010, 7, lo=18, hi=45),
         start="2027-11-03T12:10:00Z", service="scaffold-quotes",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route, 12:10 through the peak; 7 deploys 19-42 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="E11-e-lru-midday-1800-320", seed=18011, kind="e",
         intervals=gen_intervals(18011, 2, lo=60, hi=100),
         start="2027-11-04T11:20:00Z", service="caravan-pitches",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1800"}, scan_by="TimestampAscending",
         note="bounded LRU (1800 entries) refilling after each of 2 deploys 64-92 min apart, through the "
              "afternoon; must not alarm; ascending"),
    dict(name="E12-none-midday-orders", seed=18012, kind="none",
         intervals=gen_intervals(18012, 2, lo=80, hi=110),
         start="2027-11-05T10:50:00Z", service="pond-cleaning",
         profile="orders", params={"payload_kb": 4}, peak_rps=90,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 10:50 through the peak; 2 deploys, intervals 88-103 min; must not alarm; epoch, "
              "ascending"),
]

SCENARIOS = _RF + E_SCENARIOS
