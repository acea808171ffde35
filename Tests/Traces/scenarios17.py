"""memblame's tracelab scenarios, batch 17: F01..F16 (real memory traces with labels).

(Named F: tracelab's own example scenarios are X1..X11, and batches 1-16 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H and G.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 17"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios17.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios17.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw17 F01-... F16-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 17 does not
reuse the ranges of R..G, this file lists the scenarios of scenarios16.py
first, unchanged and in the same order (positions 11..402, exactly as when
scenarios16.py is passed), and the F scenarios after them (positions
403..418).  Only the F scenarios are recorded from this file.  Seeds are
17001..17016, except F06 (17106): with 17006 one PR number of F06
(145882) equalled a pipeline number of Y09-a-frequent-deploys-culprit-14
(real/), so only its scenario seed was moved; its intervals still come from
gen_intervals(17006, ...).

Split (Tests/Traces/split17.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 13 validation.

  two:    frequent-deploys F01-F02, hourly F03-F04, culprit-early F05-F06
  single: healthy-frequent F07, slow-leak F08, fixed-later F09, multi-task F10,
          oom-fast F11, flag-flip F12, limit-raise F13, healthy-lru F14,
          healthy-load F15, healthy-flat F16

11 leaking (one a flag flip without a culprit deploy), 5 healthy.  About
5 460 simulated minutes.

Loads scaled from what batches 15 and 16 measured (README, per-interval
blocks and the docstrings of scenarios15.py / scenarios16.py), as %/h per
unit of load at the limit named: a (KB x req/s) at 300 MiB ~0.018 (H01 3 KB
at 85, 256 MiB ~6; H07 4 KB at 100, 384 MiB ~6); b (detail x req/s) at 256
MiB ~0.0035 (H02 20 at 105, 320 MiB ~4.5); c (KB x req/s) at 256 MiB ~0.013
(H06 4 KB at 105, 300 MiB ~4.6); d (KB x req/s) at 320 MiB ~0.011 (H11 5 KB
at 100, 384 MiB ~4.5); slow d: H09 1 KB at 85, 300 MiB ~0.8; two tasks: H12
d 8 KB at 150 over 2 tasks, 300 MiB, 5.8-8 over the interval; oom-fast: G14
c 64 KB at 170, heap 160, 300 MiB: OOM 71.5 min after the onset; healthy
load: H17 f 500 KB reports held 430 ms at 100 req/s, 320 MiB.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (F01 a 3 KB at 75, 256 MiB; F02 b 16 lines at 105,
  300 MiB); hourly ~4 %/h (F03 c 4 KB at 95, 320 MiB; F04 d 4 KB at 110, 384
  MiB); culprit-early ~5 %/h (F05 a 3 KB at 100, 320 MiB; F06 c 4 KB at 90,
  256 MiB); slow leak ~1 %/h (F08 d 1 KB at 105, 300 MiB); fixed-later ~5
  %/h (F09 b 14 lines at 100, 256 MiB); multi-task ~5.5 %/h per task (F10 d
  8 KB at 145 over 2 tasks, 320 MiB); oom-fast (F11 c 64 KB at 170, heap 160,
  300 MiB); flag-flip ~4.5 %/h (F12 c 4 KB at 100, 300 MiB); limit-raise ~6
  %/h of 256 MiB, ~4 %/h of 384 MiB after the raise (F13 a 3 KB at 90).  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQKMPNLHG = runpy.run_path(os.path.join(_HERE, "scenarios16.py"))["SCENARIOS"]   # R..H and G

_F12 = [60, 50, 170, 70]

F_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (F01 dev, F02 validation)
    dict(name="F01-a-frequent-deploys-culprit-5", seed=17001, kind="a", culprit=5,
         intervals=gen_intervals(17001, 10, lo=20, hi=50),
         start="2027-10-04T11:50:00Z", service="canal-boat-hire",
         profile="orders", params={"payload_kb": 3}, peak_rps=75,
         culprit_pr_title=("feat/hire-order-audit", "Keep boat hire order requests for the audit trail"),
         note="10 deploys 21-48 min apart, culprit #5 at 14:34 (6 leaking intervals, 21-48 min); ~5 %/h at peak"),
    dict(name="F02-b-frequent-deploys-culprit-5-300", seed=17002, kind="b", culprit=5,
         intervals=gen_intervals(17002, 9, lo=20, hi=50),
         start="2027-10-05T10:40:00Z", service="fence-panel-quotes",
         profile="quote", params={"detail": 16, "skus": 700}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/fence-quote-memo", "Memoise fence panel quotes per garden and fitter"),
         note="9 deploys 22-48 min apart, culprit #5 at 13:35 (5 leaking intervals, 22-48 min); ~5 %/h of 300 MiB "
              "at peak; good releases warm a per-SKU cache; epoch, ascending"),
    # ================================================================== hourly (F03 dev, F04 validation)
    dict(name="F03-c-hourly-culprit-3-320", seed=17003, kind="c", culprit=3,
         intervals=gen_intervals(17003, 5, lo=60, hi=90),
         start="2027-10-06T09:20:00Z", service="piano-removals",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/removal-route-listeners", "Tell open piano removals when a route changes"),
         note="5 deploys 63-83 min apart (hourly), culprit #3 at 13:15 (76, 80 and 63 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch"),
    dict(name="F04-d-hourly-culprit-3-384", seed=17004, kind="d", culprit=3,
         intervals=gen_intervals(17004, 5, lo=60, hi=90),
         start="2027-10-07T10:10:00Z", service="chimney-sweeps",
         profile="orders", params={"payload_kb": 4}, peak_rps=110, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/sweep-reminder-timer", "Send chimney sweep reminders from delayed timers"),
         note="5 deploys 60-81 min apart (hourly), culprit #3 at 13:48 (60, 75 and 62 min leaking); ~4 %/h of "
              "384 MiB at peak; ascending"),
    # ================================================================== culprit-early (F05 dev, F06 validation)
    dict(name="F05-a-culprit-first-after-50-320", seed=17005, kind="a", culprit=1,
         intervals=gen_intervals(17005, 4, {0: 50}, lo=50, hi=90),
         start="2027-10-08T10:00:00Z", service="beehive-inspections",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/hive-visit-replay", "Keep hive inspection requests for replaying visits"),
         note="culprit is the first deploy #1 at 10:50, after 50 min of v1; every later interval leaks (~5 %/h of "
              "320 MiB at peak)"),
    dict(name="F06-c-culprit-first-after-55", seed=17106, kind="c", culprit=1,
         intervals=gen_intervals(17006, 3, {0: 55}, lo=50, hi=95),
         start="2027-10-09T10:40:00Z", service="kayak-rentals",
         profile="orders", params={"payload_kb": 4}, peak_rps=90,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tide-change-listeners", "Tell open kayak rentals when the tide table changes"),
         note="culprit is the first deploy #1 at 11:35, after 55 min of v1; every later interval leaks (~5 %/h at "
              "peak); epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="F07-none-frequent-orders-384", seed=17007, kind="none",
         intervals=gen_intervals(17007, 8, lo=18, hi=45),
         start="2027-10-10T11:30:00Z", service="tyre-fitting",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=192, limit_mib=384,
         ts_format="wire",
         note="no leak, orders route, 11:30 through the peak; 8 deploys 18-45 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="F08-d-slow-leak-culprit-second-300", seed=17008, kind="d", culprit=2,
         intervals=[50, 55, 170, 165],
         start="2027-10-11T08:50:00Z", service="clock-repairs",
         profile="orders", params={"payload_kb": 1}, peak_rps=105, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/clock-collection-timer", "Send clock collection notices from delayed timers"),
         note="slow leak (~1 %/h of 300 MiB at peak) from #2 at 10:35 after 50 and 55 min healthy intervals; "
              "170 and 165 min leaking intervals; ascending"),
    dict(name="F09-b-fixed-next-deploy", seed=17009, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(17009, 4, lo=50, hi=85),
         start="2027-10-12T10:20:00Z", service="skip-hire-quotes",
         profile="quote", params={"detail": 14, "skus": 700}, peak_rps=100,
         culprit_pr_title=("perf/skip-quote-memo", "Memoise skip hire quotes per postcode and size"),
         fixed_pr_title=("fix/skip-quote-memo-by-sku", "Key the skip quote memo by size only"),
         note="leak from #2 at 12:57 (~5 %/h at peak), fixed by the next deploy #3 at 14:00 after 63 min; good "
              "releases warm a per-SKU cache"),
    dict(name="F10-d-two-tasks-culprit-second-320", seed=17010, kind="d", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(17010, 4, lo=50, hi=85),
         start="2027-10-13T11:10:00Z", service="market-stalls",
         profile="orders", params={"payload_kb": 8}, peak_rps=145, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/stall-renewal-timer", "Send market stall renewals from delayed timers"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:18; each task ~5.5 %/h of 320 MiB "
              "at peak; metrics-ci.jsonl; epoch"),
    dict(name="F11-c-oom-fast-culprit-second-300", seed=17011, kind="c", culprit=2,
         intervals=[50, 50, 100, 40],
         start="2027-10-14T11:40:00Z", service="ski-lift-passes",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/snow-state-listeners", "Tell open lift pass orders when the snow report changes"),
         note="leak from #2 at 13:20, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (100 min); #3 (40 min) still leaking; ascending"),
    dict(name="F12-c-flag-flip-300", seed=17012, kind="c", flag="lock_status_push",
         flag_at=sum(_F12[:2]) + 85, intervals=_F12,
         start="2027-10-15T09:00:00Z", service="locksmith-callouts",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag lock_status_push on at 12:14:30, 85 min after #2 and 85 min before #3; "
              "listener leak (~4.5 %/h of 300 MiB at peak) from then on, in every later release; epoch, ascending"),
    dict(name="F13-a-limit-raise-384", seed=17013, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 384, "heap_mb": 192},
         intervals=[50, 55, 110, 90, 45],
         start="2027-10-16T10:10:00Z", service="bakery-preorders",
         profile="orders", params={"payload_kb": 3}, peak_rps=90,
         culprit_pr_title=("feat/preorder-history", "Keep bakery pre-order requests for the order history"),
         limit_pr_title=("ops/bakery-preorders-memory-384", "Give the bakery pre-orders task 384 MiB of memory"),
         note="leak from #2 at 11:55 (~6 %/h of 256 MiB at peak); limit 256 -> 384 MiB (heap 192 MB) at #3 at "
              "13:45, the leak goes on (~4 %/h of 384 MiB)"),
    dict(name="F14-e-lru-midday-1800-320", seed=17014, kind="e",
         intervals=gen_intervals(17014, 3, lo=60, hi=100),
         start="2027-10-17T11:40:00Z", service="camper-van-hire",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1800"}, scan_by="TimestampAscending",
         note="bounded LRU (1800 entries) refilling after each of 3 deploys 60-87 min apart, through the "
              "afternoon; must not alarm; ascending"),
    dict(name="F15-f-load-morning-to-afternoon-300", seed=17015, kind="f", workers=72,
         intervals=gen_intervals(17015, 5, lo=50, hi=75),
         start="2027-10-18T08:10:00Z", service="exam-results",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load up from the morning (08:10) into the afternoon (14:23), across "
              "5 deploys; must not alarm; epoch"),
    dict(name="F16-none-midday-quote", seed=17016, kind="none",
         intervals=gen_intervals(17016, 2, lo=90, hi=120),
         start="2027-10-19T10:40:00Z", service="boiler-servicing",
         profile="quote", params={"detail": 20}, peak_rps=90,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route, 10:40 through the peak; 2 deploys 92-112 min apart; must not alarm; epoch, "
              "ascending"),
]

SCENARIOS = _RSTUVWYZQKMPNLHG + F_SCENARIOS
