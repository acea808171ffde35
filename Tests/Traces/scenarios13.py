"""memblame's tracelab scenarios, batch 13: N01..N22 (real memory traces with labels).

(Named N: tracelab's own example scenarios are X1..X11, and batches 1-12 used
R, S, T, U, V, W, Y, Z, Q, K, M and P.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 13"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios13.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios13.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw13 N01-... N22-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 13 does not
reuse the ranges of R, S, T, U, V, W, Y, Z, Q, K, M and P, this file lists the
scenarios of scenarios12.py first, unchanged and in the same order (positions
11..328, exactly as when scenarios12.py is passed), and the N scenarios after
them (positions 329..350).  Only the N scenarios are recorded from this file.
Seeds are 13001..13022, except N12 (13112): with 13012 two of its PR
numbers equalled pipeline numbers of W11-c-frequent-deploys-culprit-13 in
real/, so only its scenario seed (SHAs, PR and pipeline numbers, titles,
authors, load) was moved; its intervals still come from
gen_intervals(13012, ...).

Split (Tests/Traces/split13.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  6 dev, 16 validation.

  three:  frequent-deploys N01-N03
  two:    hourly N05-N06, slow-leak N07-N08, culprit-early N09-N10,
          fixed-later N11-N12, multi-task N15-N16
  single: healthy-frequent N04, culprit-last N13, oom-fast N14,
          night-pause N17, flag-flip N18, healthy-lru N19, healthy-step N20,
          healthy-flat N21, healthy-load N22

The brief listed 23 regime slots for 22 names; the limit-raise slot ("if
the budget allows") was left out to keep the batch near 8 500 simulated
minutes.  17 leaking (one of them a flag flip without a culprit deploy),
5 healthy.

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batch 12 measured (README, "Batch 12"): P02 a 4 KB at
62 req/s of 300 MiB 3.0-6.5 %/h over the interval; P04 d 5 KB at 95 of 384
MiB 4.0-5.4; P12 c 4 KB at 100 of 300 MiB 4.35-5.11 after warm-up by noon;
P10 c 3 KB at 90 of 320 MiB ~3; P13 a 3 KB at 85 of 320 MiB ~5.1-5.2; P11 a
3 KB at 60 of 384 MiB ~3.3 at peak; P14 b 18 lines at 100 of 256 MiB 5.9-7.8;
P07 d 1 KB at 62 0.53-0.74 after warm-up; P08 b 7 lines at 50 of 320 MiB
0.63-0.66; P16 c 6 KB at 180 over 2 tasks of 384 MiB 3.2-6.0 per task; P17
d 5 KB at 195 over 3 tasks 4.0-5.4; and from batch 11 M14 (c 72 KB at 175,
heap 192: OOM 60.5 min after the onset), K02 (c 64 KB at 170, heap 160: OOM
57.5 min after), M17 / Z19 (night pause: Z19 a 5 KB at 100 ~5.7 %/h in the
evening, ~1.6 %/h after 23:30) and Z20 (flag flip, c 8 KB at 100 of 320 MiB
~7 %/h).  Aims at the traffic of each case's hours:
  frequent-deploys ~5.5-6 %/h (N01 c 5 KB at 100, 300 MiB; N02 a 4 KB at 70;
  N03 d 5 KB at 95, 320 MiB); hourly ~4-4.5 %/h (N05 b 14 lines at 100, 320
  MiB; N06 d 4 KB at 90, 300 MiB); slow leaks ~0.8 %/h after warm-up (N07 d
  1 KB at 75; N08 b 8 lines at 55, 300 MiB); culprit-early ~5-6 %/h (N09 a 3
  KB at 85; N10 c 5 KB at 110, 384 MiB); fixed-later ~5-6 %/h (N11 d 4 KB at
  100; N12 c 4 KB at 100, 320 MiB); culprit-last ~4.5 %/h (N13 a 3 KB at 80,
  384 MiB); oom-fast (N14 c 64 KB at 170, heap 160, 300 MiB: an OOM about an
  hour after the onset); multi-task ~5-5.5 %/h per task (N15 b 18 lines at
  200 over 2 tasks, 320 MiB; N16 a 4 KB at 195 over 3 tasks); night pause
  (N17 d 5 KB at 110, 300 MiB: ~5 %/h in the evening, less at night); flag
  flip ~5 %/h (N18 b 16 lines at 100, 300 MiB).  The "~N %/h" in the notes are
  these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQKMP = runpy.run_path(os.path.join(_HERE, "scenarios12.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q, K, M, P

_N18 = [60, 90, 150, 70]

N_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (N01 dev, N02-N03 validation)
    dict(name="N01-c-frequent-deploys-culprit-5-300", seed=13001, kind="c", culprit=5,
         intervals=gen_intervals(13001, 10, lo=20, hi=60),
         start="2027-07-05T10:00:00Z", service="ferry-tickets",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/sailing-delay-listeners", "Tell open ticket requests when a sailing is delayed"),
         note="10 deploys 25-60 min apart, culprit #5 at 13:33 (6 leaking intervals, 32-56 min); ~5.5 %/h of "
              "300 MiB at peak"),
    dict(name="N02-a-frequent-deploys-culprit-5", seed=13002, kind="a", culprit=5,
         intervals=gen_intervals(13002, 10, lo=15, hi=45),
         start="2027-07-06T11:30:00Z", service="kayak-hire",
         profile="orders", params={"payload_kb": 4}, peak_rps=70,
         ts_format="wire",
         culprit_pr_title=("feat/hire-request-log", "Keep kayak hire requests for the boathouse log"),
         note="10 deploys 16-44 min apart, culprit #5 at 14:01 (its own interval 43 min, the next 16 min); "
              "~6 %/h at peak; epoch"),
    dict(name="N03-d-frequent-deploys-culprit-6-320", seed=13003, kind="d", culprit=6,
         intervals=gen_intervals(13003, 11, lo=20, hi=60),
         start="2027-07-07T09:10:00Z", service="tyre-fitting",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/fitting-reminder-timer", "Send tyre fitting reminders from delayed timers"),
         note="11 deploys 20-50 min apart, culprit #6 at 12:36 (6 leaking intervals, 20-44 min); ~5.5 %/h of "
              "320 MiB at peak; ascending"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="N04-none-frequent-orders-384", seed=13004, kind="none",
         intervals=gen_intervals(13004, 9, lo=15, hi=45),
         start="2027-07-08T13:20:00Z", service="glass-repairs",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 13:20 through the peak; 9 deploys 17-44 min apart: each short interval "
              "is mostly warm-up; must not alarm; epoch, ascending"),
    # ================================================================== hourly (N05 dev, N06 validation)
    dict(name="N05-b-hourly-culprit-4-320", seed=13005, kind="b", culprit=4,
         intervals=gen_intervals(13005, 6, lo=60, hi=110),
         start="2027-07-09T07:40:00Z", service="boiler-quotes",
         profile="quote", params={"detail": 14, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/boiler-quote-memo", "Memoise boiler quotes per house and installer"),
         note="6 deploys 60-96 min apart (hourly), culprit #4 at 12:57 (69, 60 and 89 min leaking); ~4 %/h "
              "of 320 MiB at peak; good releases warm a per-SKU cache"),
    dict(name="N06-d-hourly-culprit-3-300", seed=13006, kind="d", culprit=3,
         intervals=gen_intervals(13006, 6, {0: 70, 5: 85}, lo=60, hi=110),
         start="2027-07-10T08:00:00Z", service="bike-repairs",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/repair-ready-timer", "Send bike repair ready notices from delayed timers"),
         note="6 deploys 62-93 min apart (hourly), culprit #3 at 11:40; ~4.5 %/h of 300 MiB at peak, into "
              "the evening (17:08); epoch"),
    # ================================================================== slow-leak, ~0.8 %/h (N07 dev, N08 validation)
    dict(name="N07-d-slow-leak-culprit-second", seed=13007, kind="d", culprit=2,
         intervals=[55, 60, 185, 180],
         start="2027-07-11T08:10:00Z", service="chimney-sweeps",
         profile="orders", params={"payload_kb": 1}, peak_rps=75,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/sweep-followup-timer", "Book chimney sweep follow-ups from delayed timers"),
         note="slow leak (~0.8 %/h at peak) from #2 at 10:05 after 55 and 60 min healthy intervals; 185 and "
              "180 min leaking intervals; ascending"),
    dict(name="N08-b-slow-leak-culprit-third-300", seed=13008, kind="b", culprit=3,
         intervals=[45, 50, 55, 180, 175],
         start="2027-07-12T07:30:00Z", service="stamp-valuations",
         profile="quote", params={"detail": 8, "skus": 700}, peak_rps=55, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/stamp-grade-memo", "Memoise stamp valuations per grade and dealer"),
         note="slow leak (~0.8 %/h of 300 MiB at peak) from #3 at 10:00 after 45, 50 and 55 min healthy "
              "intervals; 180 and 175 min leaking intervals; good releases warm a small per-SKU cache; epoch, "
              "ascending"),
    # ================================================================== culprit-early (N09 dev, N10 validation)
    dict(name="N09-a-culprit-first-after-50", seed=13009, kind="a", culprit=1,
         intervals=gen_intervals(13009, 4, {0: 50}, lo=45, hi=100),
         start="2027-07-13T09:20:00Z", service="guitar-lessons",
         profile="orders", params={"payload_kb": 3}, peak_rps=85,
         culprit_pr_title=("feat/lesson-booking-replay", "Keep lesson booking requests for the replay tool"),
         note="culprit is the first deploy #1 at 10:10, after only 50 min of v1; every later interval leaks "
              "(~6 %/h at peak)"),
    dict(name="N10-c-culprit-second-after-45-55-384", seed=13010, kind="c", culprit=2,
         intervals=gen_intervals(13010, 4, {0: 45, 1: 55}, lo=40, hi=100),
         start="2027-07-14T08:40:00Z", service="pool-lanes",
         profile="orders", params={"payload_kb": 5}, peak_rps=110, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/lane-change-listeners", "Tell open swim bookings when a lane plan changes"),
         note="culprit #2 at 10:20 after 45 and 55 min intervals; every later interval leaks (~5 %/h of 384 "
              "MiB at peak); epoch, ascending"),
    # ================================================================== fixed-later (N11 dev, N12 validation)
    dict(name="N11-d-fixed-one-later", seed=13011, kind="d", culprit=3, fixed=4,
         intervals=gen_intervals(13011, 5, lo=45, hi=100),
         start="2027-07-15T09:00:00Z", service="locksmith-calls",
         profile="orders", params={"payload_kb": 4}, peak_rps=100,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/callout-audit-timer", "Audit locksmith call-outs from delayed timers"),
         fixed_pr_title=("fix/callout-audit-now", "Audit call-outs at once instead of from timers"),
         note="leak from #3 at 11:57 (~6 %/h at peak) for 98 min, fixed by the next deploy #4; ascending"),
    dict(name="N12-c-fixed-two-later-320", seed=13112, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(13012, 5, {0: 60, 5: 60}, lo=45, hi=90),
         start="2027-07-16T08:30:00Z", service="roof-surveys",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/survey-slot-listeners", "Tell open survey requests when a slot moves"),
         fixed_pr_title=("fix/survey-listener-cleanup", "Remove survey slot listeners when a request ends"),
         note="leak from #2 at 10:49 (~5 %/h of 320 MiB at peak), unrelated #3 still leaks, fixed two "
              "deploys later by #4 at 13:26; epoch"),
    # ================================================================== singles (all validation)
    dict(name="N13-a-culprit-last-384", seed=13013, kind="a", culprit=3,
         intervals=[50, 60, 55, 210],
         start="2027-07-17T08:50:00Z", service="ski-rentals",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/rental-request-archive", "Keep ski rental requests for the shop archive"),
         note="culprit is the last deploy #3 at 11:35: a single 210 min interval of evidence (~4.5 %/h of 384 "
              "MiB at peak)"),
    dict(name="N14-c-oom-fast-culprit-second-300", seed=13014, kind="c", culprit=2,
         intervals=[45, 50, 100, 40],
         start="2027-07-18T11:20:00Z", service="concert-gates",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/gate-count-listeners", "Tell open entry requests when a gate count changes"),
         note="leak from #2 at 12:55, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (100 min); #3 (40 min) still leaking; ascending"),
    # ================================================================== multi-task (N15 dev, N16 validation)
    dict(name="N15-b-two-tasks-culprit-second-320", seed=13015, kind="b", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(13015, 4, lo=50, hi=90),
         start="2027-07-19T10:10:00Z", service="van-insurance",
         profile="quote", params={"detail": 18, "skus": 700}, peak_rps=200, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/van-premium-memo", "Memoise van premiums per driver and route"),
         note="2 tasks, rolling deploys 4 min apart; culprit #2 at 12:13; each task ~5.5 %/h of 320 MiB at "
              "peak; good releases warm a per-SKU cache; metrics-ci.jsonl; epoch"),
    dict(name="N16-a-three-tasks-culprit-third", seed=13016, kind="a", culprit=3, tasks=3, roll_gap=3,
         intervals=gen_intervals(13016, 4, lo=45, hi=85),
         start="2027-07-20T11:00:00Z", service="parcel-lockers",
         profile="orders", params={"payload_kb": 4}, peak_rps=195,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/locker-drop-journal", "Journal locker drop-offs for the courier report"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #3 at 14:13; each task ~5.5 %/h at "
              "peak; metrics-ci.jsonl; ascending"),
    dict(name="N17-d-night-pause-evening-culprit-300", seed=13017, kind="d", culprit=2,
         intervals=[40, 45, 300, 35],
         start="2027-07-21T19:30:00Z", service="late-pharmacy",
         profile="orders", params={"payload_kb": 5}, peak_rps=110, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/refill-reminder-timer", "Send prescription refill reminders from delayed timers"),
         note="leak from #2 at 20:55 (~5 %/h then), through a 300 min night interval to 01:55 where the slope "
              "follows the traffic down; #3 still leaks"),
    dict(name="N18-b-flag-flip-300", seed=13018, kind="b", flag="postcode_quote_memo",
         flag_at=sum(_N18[:2]) + 60, intervals=_N18,
         start="2027-07-22T08:30:00Z", service="skip-hire-quotes",
         profile="quote", params={"detail": 16, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag postcode_quote_memo on at 11:59:30, 60 min after #2 and 90 min before "
              "#3; unbounded quote cache (~5 %/h of 300 MiB at peak) from then on, in every later release; "
              "good releases warm a per-SKU cache; epoch, ascending"),
    dict(name="N19-e-lru-afternoon-1500", seed=13019, kind="e",
         intervals=gen_intervals(13019, 3, lo=60, hi=110),
         start="2027-07-23T12:10:00Z", service="ferry-fares",
         profile="quote", params={"detail": 30, "skus": 7000}, peak_rps=100,
         env={"LRU_MAX": "1500"}, ts_format="wire",
         note="bounded LRU (1500 entries) refilling after each of 3 deploys 60-98 min apart, through the 16:00 "
              "peak; must not alarm; epoch"),
    dict(name="N20-step-third-deploy-quote-300", seed=13020, kind="step", culprit=3,
         intervals=gen_intervals(13020, 4, lo=45, hi=100),
         start="2027-07-24T09:40:00Z", service="postcode-zones",
         profile="quote", params={"detail": 30}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "70000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/zone-table-at-boot", "Load the postcode zone table at boot"),
         note="level shift at #3 of 4 (13:47), quote route; no trend after; must not alarm; ascending"),
    dict(name="N21-none-midday-orders-320", seed=13021, kind="none",
         intervals=gen_intervals(13021, 3, {2: 100, 3: 90}, lo=80, hi=130),
         start="2027-07-25T10:50:00Z", service="tile-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="no leak, orders route, 10:50 through the peak; 3 deploys 1.5-2 h apart; must not alarm"),
    dict(name="N22-f-load-morning-to-peak-384", seed=13022, kind="f", workers=72,
         intervals=gen_intervals(13022, 5, lo=50, hi=80),
         start="2027-07-26T10:20:00Z", service="invoice-pdfs",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         note="reports in flight follow the load up from mid-morning (10:20) to the 16:00 peak and past it "
              "(17:01), across 5 deploys; must not alarm; epoch, ascending"),
]

SCENARIOS = _RSTUVWYZQKMP + N_SCENARIOS
