"""memblame's tracelab scenarios, batch 15: H01..H18 (real memory traces with labels).

(Named H: tracelab's own example scenarios are X1..X11, and batches 1-14 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N and L.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 15"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios15.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios15.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw15 H01-... H18-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 15 does not
reuse the ranges of R, S, T, U, V, W, Y, Z, Q, K, M, P, N and L, this file
lists the scenarios of scenarios14.py first, unchanged and in the same order
(positions 11..366, exactly as when scenarios14.py is passed), and the H
scenarios after them (positions 367..384).  Only the H scenarios are recorded
from this file.  Seeds are 15001..15018, except H02 (15102) and H18 (15218):
with 15002 two PR numbers of H02 (131947 and 131970) equalled pipeline
numbers of W25-e-lru-frequent-2400-evening in real/, and with 15018 one PR
number of H18 (137514) equalled a pipeline number of
W33-d-long-interval-two-days (15118 then gave three such: 137507, 137514 and
137521), so only their scenario seeds (SHAs, PR and pipeline numbers, titles,
authors, load) were moved; their intervals still come from
gen_intervals(15002, ...) and gen_intervals(15018, ...).

Split (Tests/Traces/split15.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev, 14 validation.

  two:    frequent-deploys H01-H02, healthy-frequent H03-H04, hourly H05-H06,
          culprit-early H07-H08
  single: slow-leak H09, fixed-later H10, culprit-last H11, multi-task H12,
          oom-fast H13, flag-flip H14, healthy-lru H15, healthy-step H16,
          healthy-load H17, healthy-flat H18

12 leaking (one of them a flag flip without a culprit deploy), 6 healthy.
About 6 750 simulated minutes.

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batches 13 and 14 measured (README, "Batch 13" and
"Batch 14"), as %/h per unit of load over the interval:
  a (KB x req/s, 256 MiB) ~0.019: L11 4 KB at 80 ~6.8, L12 4 KB at 75 per
    task ~5.8, N09 3 KB at 85 ~4.7, N16 4 KB at 65 per task ~5; L01 5 KB at
    85 ~10 (short intervals); at 384 MiB ~0.013 (N13 3 KB at 80 ~3.1);
  b (detail x req/s, 300 MiB) ~0.0025: L02 20 at 110 ~6.6, N18 16 at 100
    ~4.8, N05 14 at 100 (320 MiB) ~2.7 (5.1 after warm-up), N15 18 at 100 per
    task (320 MiB) ~3.5;
  c (KB x req/s, 300 MiB) ~0.0095: L05 3 KB at 100 (320 MiB) ~3.3, L09 5 KB at
    105 (320 MiB) ~3.3, N10 5 KB at 110 (384 MiB) ~4.4, N12 4 KB at 100 (320
    MiB) ~3.5 (6.5 after warm-up), N01 5 KB at 100 ~4.5;
  d (KB x req/s, 300 MiB) ~0.0115: N06 4 KB at 90 ~4.1, L10 5 KB at 100 ~5.8,
    N11 4 KB at 100 (256 MiB) ~6.6; slow: N07 1 KB at 75 (256 MiB) ~0.88,
    L07 1 KB at 65 (256 MiB) ~0.69 after warm-up;
  oom-fast: N14 and L13 c 64 KB at 170, heap 160: OOM 61.5 min after the onset.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (H01 a 3 KB at 85, 256 MiB; H02 b 20 lines at 105,
  320 MiB); hourly ~4 %/h (H05 d 4 KB at 95, 320 MiB; H06 c 4 KB at 105, 300
  MiB); culprit-early ~5 %/h (H07 a 4 KB at 100, 384 MiB; H08 b 16 lines at
  105, 256 MiB); slow leak ~0.8 %/h after warm-up (H09 d 1 KB at 85, 300
  MiB); fixed-later ~5 %/h (H10 c 5 KB at 90, 256 MiB); culprit-last ~4.5
  %/h (H11 d 5 KB at 100, 384 MiB); multi-task ~5.5 %/h per task (H12 d 8 KB
  at 150 over 2 tasks, 300 MiB; d 8 KB keeps ~1.6 x what d 4 KB keeps per
  request); oom-fast (H13 c 64 KB at 170, heap 160, 320 MiB: an OOM about an
  hour after the onset); flag flip ~5 %/h (H14 d 4 KB at 115, 320 MiB).  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQKMPNL = runpy.run_path(os.path.join(_HERE, "scenarios14.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L

_H14 = [55, 95, 140, 75]

H_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (H01 dev, H02 validation)
    dict(name="H01-a-frequent-deploys-culprit-5", seed=15001, kind="a", culprit=5,
         intervals=gen_intervals(15001, 10, lo=20, hi=50),
         start="2027-08-23T09:50:00Z", service="harbour-ferries",
         profile="orders", params={"payload_kb": 3}, peak_rps=85,
         culprit_pr_title=("feat/crossing-request-archive", "Keep ferry crossing requests for the port audit"),
         note="10 deploys 24-50 min apart, culprit #5 at 13:34 (6 leaking intervals, 24-48 min); ~5 %/h at peak"),
    dict(name="H02-b-frequent-deploys-culprit-5-320", seed=15102, kind="b", culprit=5,
         intervals=gen_intervals(15002, 9, lo=20, hi=60),
         start="2027-08-24T08:30:00Z", service="heat-pump-quotes",
         profile="quote", params={"detail": 20, "skus": 700}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/pump-quote-memo", "Memoise heat pump quotes per house and installer"),
         note="9 deploys 20-53 min apart, culprit #5 at 12:46 (5 leaking intervals, 20-52 min); ~5 %/h of 320 MiB "
              "at peak; good releases warm a per-SKU cache; epoch, ascending"),
    # ================================================================== healthy-frequent (H03 dev, H04 validation)
    dict(name="H03-none-frequent-quote-300", seed=15003, kind="none",
         intervals=gen_intervals(15003, 9, lo=15, hi=45),
         start="2027-08-25T11:50:00Z", service="tram-timetables",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route, 11:50 through the peak; 9 deploys 15-44 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="H04-none-frequent-orders", seed=15004, kind="none",
         intervals=gen_intervals(15004, 8, lo=20, hi=50),
         start="2027-08-26T09:20:00Z", service="cake-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=100,
         scan_by="TimestampAscending",
         note="no leak, orders route, 09:20 into the afternoon; 8 deploys 25-50 min apart; must not alarm; "
              "ascending"),
    # ================================================================== hourly (H05 dev, H06 validation)
    dict(name="H05-d-hourly-culprit-4-320", seed=15005, kind="d", culprit=4,
         intervals=gen_intervals(15005, 6, lo=60, hi=95),
         start="2027-08-27T08:00:00Z", service="oil-deliveries",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tank-refill-timer", "Schedule heating oil refills from delayed timers"),
         note="6 deploys 60-88 min apart (hourly), culprit #4 at 12:42 (60, 86 and 88 min leaking); ~4 %/h of "
              "320 MiB at peak; ascending"),
    dict(name="H06-c-hourly-culprit-3-300", seed=15006, kind="c", culprit=3,
         intervals=gen_intervals(15006, 6, lo=60, hi=95),
         start="2027-08-28T09:50:00Z", service="bowling-lanes",
         profile="orders", params={"payload_kb": 4}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/lane-status-listeners", "Tell open lane bookings when a lane goes out of order"),
         note="6 deploys 60-92 min apart (hourly), culprit #3 at 13:33 (60, 62, 60 and 60 min leaking); ~4 %/h "
              "of 300 MiB at peak, into the evening; epoch"),
    # ================================================================== culprit-early (H07 dev, H08 validation)
    dict(name="H07-a-culprit-first-after-50-384", seed=15007, kind="a", culprit=1,
         intervals=gen_intervals(15007, 4, {0: 50}, lo=45, hi=95),
         start="2027-08-29T09:40:00Z", service="skylight-quotes",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/survey-request-log", "Keep skylight survey requests for the fitter's log"),
         note="culprit is the first deploy #1 at 10:30, after only 50 min of v1; every later interval leaks "
              "(~5 %/h of 384 MiB at peak)"),
    dict(name="H08-b-culprit-first-after-55", seed=15008, kind="b", culprit=1,
         intervals=gen_intervals(15008, 3, {0: 55}, lo=50, hi=100),
         start="2027-08-30T11:00:00Z", service="insurance-renewals",
         profile="quote", params={"detail": 16, "skus": 700}, peak_rps=105,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/renewal-quote-memo", "Memoise renewal quotes per policy and driver"),
         note="culprit is the first deploy #1 at 11:55, after 55 min of v1; every later interval leaks (~5 %/h "
              "at peak); good releases warm a per-SKU cache; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="H09-d-slow-leak-culprit-second-300", seed=15009, kind="d", culprit=2,
         intervals=[50, 55, 180, 175],
         start="2027-08-31T08:40:00Z", service="hedge-trimming",
         profile="orders", params={"payload_kb": 1}, peak_rps=85, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/hedge-revisit-timer", "Book hedge revisits from delayed timers"),
         note="slow leak (~0.8 %/h of 300 MiB at peak) from #2 at 10:25 after 50 and 55 min healthy intervals; "
              "180 and 175 min leaking intervals"),
    dict(name="H10-c-fixed-one-later", seed=15010, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(15010, 5, lo=45, hi=90),
         start="2027-09-01T09:20:00Z", service="kitchen-fitters",
         profile="orders", params={"payload_kb": 5}, peak_rps=90,
         ts_format="wire",
         culprit_pr_title=("feat/worktop-change-listeners", "Tell open fitting requests when a worktop order changes"),
         fixed_pr_title=("fix/worktop-listener-cleanup", "Remove worktop change listeners when the request ends"),
         note="leak from #2 at 11:51 (~5 %/h at peak) for 73 min, fixed by the next deploy #3 at 13:04; epoch"),
    dict(name="H11-d-culprit-last-384", seed=15011, kind="d", culprit=3,
         intervals=[55, 50, 60, 200],
         start="2027-09-02T09:10:00Z", service="marina-gates",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/berth-release-timer", "Release marina berths from delayed timers"),
         note="culprit is the last deploy #3 at 11:55: a single 200 min interval of evidence (~4.5 %/h of 384 "
              "MiB at peak); ascending"),
    dict(name="H12-d-two-tasks-culprit-second-300", seed=15012, kind="d", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(15012, 4, lo=50, hi=90),
         start="2027-09-03T10:50:00Z", service="scooter-parking",
         profile="orders", params={"payload_kb": 8}, peak_rps=150, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bay-expiry-timer", "Expire scooter parking bays from delayed timers"),
         note="2 tasks, rolling deploys 5 min apart; culprit #2 at 13:03; each task ~5.5 %/h of 300 MiB at peak; "
              "metrics-ci.jsonl; epoch"),
    dict(name="H13-c-oom-fast-culprit-second-320", seed=15013, kind="c", culprit=2,
         intervals=[50, 45, 100, 40],
         start="2027-09-04T11:40:00Z", service="sauna-slots",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/heater-state-listeners", "Tell open sauna bookings when a heater changes state"),
         note="leak from #2 at 13:15, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (100 min); #3 (40 min) still leaking; ascending"),
    dict(name="H14-d-flag-flip-320", seed=15014, kind="d", flag="photo_reprint_reminders",
         flag_at=sum(_H14[:2]) + 50, intervals=_H14,
         start="2027-09-05T08:40:00Z", service="photo-booths",
         profile="orders", params={"payload_kb": 4}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag photo_reprint_reminders on at 11:59:30, 50 min after #2 and 90 min before "
              "#3; delayed-timer closures (~5 %/h of 320 MiB at peak) from then on, in every later release; "
              "epoch, ascending"),
    dict(name="H15-e-lru-midday-1000-300", seed=15015, kind="e",
         intervals=gen_intervals(15015, 3, lo=60, hi=100),
         start="2027-09-06T11:30:00Z", service="caravan-pitches",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1000"},
         note="bounded LRU (1000 entries) refilling after each of 3 deploys 61-98 min apart, through the "
              "afternoon; must not alarm"),
    dict(name="H16-step-second-deploy-quote-384", seed=15016, kind="step", culprit=2,
         intervals=gen_intervals(15016, 4, lo=45, hi=90),
         start="2027-09-07T10:00:00Z", service="tennis-courts",
         profile="quote", params={"detail": 25}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"PRELOAD_ENTRIES": "70000"}, ts_format="wire",
         culprit_pr_title=("feat/court-table-at-boot", "Load the court pricing table at boot"),
         note="level shift at #2 of 4 (12:21), quote route; no trend after; must not alarm; epoch"),
    dict(name="H17-f-load-early-morning-to-afternoon-320", seed=15017, kind="f", workers=72,
         intervals=gen_intervals(15017, 5, lo=50, hi=80),
         start="2027-09-08T07:40:00Z", service="driving-tests",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up from the early morning (07:40) into the afternoon (13:54), "
              "across 5 deploys; must not alarm; ascending"),
    dict(name="H18-none-midday-quote", seed=15218, kind="none",
         intervals=gen_intervals(15018, 3, lo=80, hi=120),
         start="2027-09-09T11:00:00Z", service="fridge-repairs",
         profile="quote", params={"detail": 20}, peak_rps=90,
         note="no leak, quote route, 11:00 through the peak; 3 deploys 86-114 min apart; must not alarm"),
]

SCENARIOS = _RSTUVWYZQKMPNL + H_SCENARIOS
