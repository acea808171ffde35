"""memblame's tracelab scenarios, batch 14: L01..L16 (real memory traces with labels).

(Named L: tracelab's own example scenarios are X1..X11, and batches 1-13 used
R, S, T, U, V, W, Y, Z, Q, K, M, P and N.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 14"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios14.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios14.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw14 L01-... L16-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 14 does not
reuse the ranges of R, S, T, U, V, W, Y, Z, Q, K, M, P and N, this file lists
the scenarios of scenarios13.py first, unchanged and in the same order
(positions 11..350, exactly as when scenarios13.py is passed), and the L
scenarios after them (positions 351..366).  Only the L scenarios are recorded
from this file.  Seeds are 14001..14016, except L06 (14106): with 14006 two
of its PR numbers (127636 and 127651) equalled pipeline numbers of
W19-b-three-tasks in real/, so only its scenario seed (SHAs, PR and pipeline
numbers, titles, authors, load) was moved; its intervals still come from
gen_intervals(14006, ...).

Split (Tests/Traces/split14.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  5 dev, 11 validation.

  two:    frequent-deploys L01-L02, healthy-frequent L03-L04, hourly L05-L06,
          slow-leak L07-L08, culprit-early L09-L10
  single: fixed-later L11, multi-task L12, oom-fast L13, healthy-lru L14,
          healthy-step L15, healthy-flat L16

11 leaking, 5 healthy.  About 6 000 simulated minutes.

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batch 13 measured (README, "Batch 13"): N02 a 4 KB at
70 of 256 MiB ~3 %/h over its 43 min culprit interval; N03 d 5 KB at 95 of
320 MiB ~4.2; N05 b 14 lines at 100 of 320 MiB 2.3-3.0 over the interval
(5.1 after warm-up); N06 d 4 KB at 90 of 300 MiB 3.3-4.9; N07 d 1 KB at 75
~0.9 after warm-up; N08 b 8 lines at 55 of 300 MiB 0.65; N10 c 5 KB at 110 of
384 MiB 3.6-5.1; N12 c 4 KB at 100 of 320 MiB 6.5 after warm-up; N13 a 3 KB
at 80 of 384 MiB 3.1; N11 d 4 KB at 100 of 256 MiB 6.6; N16 a 4 KB at 195
over 3 tasks ~5 per task; N14 c 64 KB at 170, heap 160, 300 MiB: OOM 61.5
min after the onset.  Aims at the traffic of each case's hours:
  frequent-deploys ~5-6 %/h (L01 a 5 KB at 85; L02 b 20 lines at 110, 300
  MiB); hourly ~4 %/h (L05 c 3 KB at 100, 320 MiB; L06 a 3 KB at 75, 300
  MiB); slow leaks ~0.8 %/h after warm-up (L07 d 1 KB at 65; L08 b 10 lines
  at 55, 300 MiB); culprit-early ~5 %/h (L09 c 5 KB at 105, 320 MiB; L10 d
  5 KB at 100, 300 MiB); fixed-later ~5 %/h (L11 a 4 KB at 80); multi-task
  ~5.5 %/h per task (L12 a 4 KB at 150 over 2 tasks); oom-fast (L13 c 64 KB
  at 170, heap 160, 300 MiB: an OOM about an hour after the onset).  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQKMPN = runpy.run_path(os.path.join(_HERE, "scenarios13.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q, K, M, P, N

L_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (L01 dev, L02 validation)
    dict(name="L01-a-frequent-deploys-culprit-5", seed=14001, kind="a", culprit=5,
         intervals=gen_intervals(14001, 10, lo=15, hi=50),
         start="2027-08-02T10:40:00Z", service="canal-moorings",
         profile="orders", params={"payload_kb": 5}, peak_rps=85,
         culprit_pr_title=("feat/mooring-request-audit", "Keep mooring booking requests for the harbour audit"),
         note="10 deploys 19-50 min apart, culprit #5 at 13:30 (6 leaking intervals, 19-50 min); ~5.5 %/h at peak"),
    dict(name="L02-b-frequent-deploys-culprit-5-300", seed=14002, kind="b", culprit=5,
         intervals=gen_intervals(14002, 9, lo=20, hi=60),
         start="2027-08-03T09:20:00Z", service="solar-panel-quotes",
         profile="quote", params={"detail": 20, "skus": 700}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/panel-quote-memo", "Memoise solar panel quotes per roof and installer"),
         note="9 deploys 29-59 min apart, culprit #5 at 12:40 (5 leaking intervals, 50-59 min); ~5 %/h of 300 MiB "
              "at peak; good releases warm a per-SKU cache; epoch, ascending"),
    # ================================================================== healthy-frequent (L03 dev, L04 validation)
    dict(name="L03-none-frequent-quote", seed=14003, kind="none",
         intervals=gen_intervals(14003, 9, lo=15, hi=45),
         start="2027-08-04T12:30:00Z", service="coach-fare-quotes",
         profile="quote", params={"detail": 20}, peak_rps=100,
         ts_format="wire",
         note="no leak, quote route, 12:30 through the peak; 9 deploys 17-43 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="L04-none-frequent-orders-320", seed=14004, kind="none",
         intervals=gen_intervals(14004, 8, lo=20, hi=50),
         start="2027-08-05T08:50:00Z", service="flower-deliveries",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, 08:50 into the afternoon; 8 deploys 23-50 min apart; must not alarm; "
              "ascending"),
    # ================================================================== hourly (L05 dev, L06 validation)
    dict(name="L05-c-hourly-culprit-4-320", seed=14005, kind="c", culprit=4,
         intervals=gen_intervals(14005, 6, lo=60, hi=100),
         start="2027-08-06T08:10:00Z", service="dentist-slots",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/chair-change-listeners", "Tell open appointment requests when a chair changes"),
         note="6 deploys 60-92 min apart (hourly), culprit #4 at 13:17 (65, 60 and 70 min leaking); ~4 %/h of "
              "320 MiB at peak; ascending"),
    dict(name="L06-a-hourly-culprit-3-300", seed=14106, kind="a", culprit=3,
         intervals=gen_intervals(14006, 6, lo=60, hi=100),
         start="2027-08-07T09:30:00Z", service="piano-tuning",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/tuning-request-history", "Keep piano tuning requests for the visit history"),
         note="6 deploys 60-87 min apart (hourly), culprit #3 at 13:34; ~4 %/h of 300 MiB at peak, into the "
              "evening; epoch"),
    # ================================================================== slow-leak, ~0.8 %/h (L07 dev, L08 validation)
    dict(name="L07-d-slow-leak-culprit-second", seed=14007, kind="d", culprit=2,
         intervals=[50, 60, 180, 175],
         start="2027-08-08T08:30:00Z", service="gutter-cleaning",
         profile="orders", params={"payload_kb": 1}, peak_rps=65,
         culprit_pr_title=("perf/gutter-revisit-timer", "Book gutter revisits from delayed timers"),
         note="slow leak (~0.8 %/h at peak) from #2 at 10:20 after 50 and 60 min healthy intervals; 180 and "
              "175 min leaking intervals"),
    dict(name="L08-b-slow-leak-culprit-second-300", seed=14008, kind="b", culprit=2,
         intervals=[55, 45, 185, 170],
         start="2027-08-09T09:00:00Z", service="coin-valuations",
         profile="quote", params={"detail": 10, "skus": 700}, peak_rps=55, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/coin-grade-memo", "Memoise coin valuations per grade and mint"),
         note="slow leak (~0.8 %/h of 300 MiB at peak) from #2 at 10:40 after 55 and 45 min healthy intervals; "
              "185 and 170 min leaking intervals; good releases warm a small per-SKU cache; epoch, ascending"),
    # ================================================================== culprit-early (L09 dev, L10 validation)
    dict(name="L09-c-culprit-first-after-45-320", seed=14009, kind="c", culprit=1,
         intervals=gen_intervals(14009, 4, {0: 45}, lo=45, hi=95),
         start="2027-08-10T09:50:00Z", service="climbing-walls",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/route-reset-listeners", "Tell open wall bookings when a route is reset"),
         note="culprit is the first deploy #1 at 10:35, after only 45 min of v1; every later interval leaks "
              "(~5 %/h of 320 MiB at peak); ascending"),
    dict(name="L10-d-culprit-first-after-60-300", seed=14010, kind="d", culprit=1,
         intervals=gen_intervals(14010, 3, {0: 60}, lo=50, hi=100),
         start="2027-08-11T11:10:00Z", service="window-cleaning",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/round-reminder-timer", "Send window round reminders from delayed timers"),
         note="culprit is the first deploy #1 at 12:10, after 60 min of v1; every later interval leaks (~5 %/h "
              "of 300 MiB at peak); epoch"),
    # ================================================================== singles (all validation)
    dict(name="L11-a-fixed-two-later", seed=14011, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(14011, 5, lo=45, hi=90),
         start="2027-08-12T09:40:00Z", service="van-rentals",
         profile="orders", params={"payload_kb": 4}, peak_rps=80,
         culprit_pr_title=("feat/rental-request-trail", "Keep van rental requests for the damage trail"),
         fixed_pr_title=("fix/rental-trail-drop", "Stop keeping whole rental requests for the damage trail"),
         note="leak from #2 at 11:48 (~5 %/h at peak), unrelated #3 still leaks, fixed two deploys later by "
              "#4 at 13:59"),
    dict(name="L12-a-two-tasks-culprit-second", seed=14012, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(14012, 4, lo=50, hi=90),
         start="2027-08-13T10:30:00Z", service="seat-reservations",
         profile="orders", params={"payload_kb": 4}, peak_rps=150,
         ts_format="wire",
         culprit_pr_title=("feat/seat-hold-journal", "Journal seat holds for the box office report"),
         note="2 tasks, rolling deploys 4 min apart; culprit #2 at 12:40; each task ~5.5 %/h at peak; "
              "metrics-ci.jsonl; epoch"),
    dict(name="L13-c-oom-fast-culprit-second-300", seed=14013, kind="c", culprit=2,
         intervals=[45, 50, 100, 40],
         start="2027-08-14T12:10:00Z", service="stadium-turnstiles",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/turnstile-count-listeners", "Tell open entry requests when a turnstile count changes"),
         note="leak from #2 at 13:45, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (100 min); #3 (40 min) still leaking; epoch, ascending"),
    dict(name="L14-e-lru-midday-1200", seed=14014, kind="e",
         intervals=gen_intervals(14014, 3, lo=60, hi=100),
         start="2027-08-15T11:40:00Z", service="train-seat-fares",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100,
         env={"LRU_MAX": "1200"},
         note="bounded LRU (1200 entries) refilling after each of 3 deploys 62-100 min apart, through the "
              "afternoon; must not alarm"),
    dict(name="L15-step-second-deploy-orders-320", seed=14015, kind="step", culprit=2,
         intervals=gen_intervals(14015, 4, lo=45, hi=90),
         start="2027-08-16T10:10:00Z", service="spare-parts",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/parts-table-at-boot", "Load the spare parts table at boot"),
         note="level shift at #2 of 4 (12:28), orders route; no trend after; must not alarm; epoch, ascending"),
    dict(name="L16-none-afternoon-orders-384", seed=14016, kind="none",
         intervals=gen_intervals(14016, 3, lo=80, hi=120),
         start="2027-08-17T12:20:00Z", service="wine-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         note="no leak, orders route, 12:20 through the peak; 3 deploys 95-117 min apart; must not alarm; "
              "ascending"),
]

SCENARIOS = _RSTUVWYZQKMPN + L_SCENARIOS
