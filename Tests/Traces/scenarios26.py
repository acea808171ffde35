"""memblame's tracelab scenarios, batch 26: AA01..AA12 (real memory traces with labels).

(Named AA: tracelab's own example scenarios are X1..X11, and batches 1-25 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E, D, C, B, A, J, O and I,
so every single letter is taken.  No case folder, scenario name or split entry
starts with "AA"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS), so "AA01-..." works as
"I01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 26"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios26.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios26.py --bytes \
        --jobs 2 --budget 700 --cases Tests/Traces/real --raw ../tracelab-raw26 AA01-... AA12-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 26 does not
reuse the ranges of R..I, this file lists the scenarios of scenarios25.py
first, unchanged and in the same order (positions 11..530, exactly as when
scenarios25.py is passed), and the AA scenarios after them (positions
531..542).  Only the AA scenarios are recorded from this file.  Seeds are
26001..26012.

Split (Tests/Traces/split26.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 10 validation.

  two:    frequent-deploys AA01-AA02, hourly AA03-AA04
  single: few-hours AA05, culprit-early AA06, culprit-last AA07, fixed-later
          AA08, multi-task AA09, healthy-frequent AA10, healthy-lru AA11,
          healthy-flat AA12

9 leaking (a: AA03, AA06; b: AA01, AA04; c: AA05, AA07, AA08; d: AA02,
AA09; AA08 fixed by the next deploy), 3 healthy.  3 857 simulated minutes
(budget 700 s with 2 jobs; batch 25 recorded 4 264 minutes in 556 s).

Loads scaled from what batch 25 measured (README, "Batch 25", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 25 scaled from
batch 24: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit):
  a (KB x req/s) ~0.021 (was 0.022: I03 3 KB at 70, 300 MiB, 4.1, 3.3 and
    3.6 for ~4; I11 3 KB at 160 over 2 tasks, 4.7 and 4.6 for ~4.5; I01 3 KB
    at 90, 4.8, 3.6, 4.6 and 6.4 in its later intervals for ~5 but 2.2 in the
    culprit's own 43 min);
  b (detail x req/s) ~0.0023 (was 0.0025: I06 22 lines at 95, 384 MiB, 3.7
    and 5.3 for ~3.5; I08 22 at 90, 320 MiB, 2.9 for ~4); skus 400 as in
    batches 20-25;
  c (KB x req/s) ~0.011 (was 0.010: I02 6 KB at 95, 300 MiB, 4.0-8.8, mean
    6.7 for ~5; I04 5 KB at 100, 320 MiB, 3.3-3.9 for ~4);
  d (KB x req/s) ~0.010 (was 0.012: I05 4 KB at 100, 300 MiB, 3.8-4.1 for
    ~4; I07 4 KB at 110, 300 MiB, 2.3-3.3 for ~4.5; I09 4 KB at 105, 256 MiB,
    3.1 and 4.5 for ~5).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AA01 b 26 lines at 100, 300 MiB; AA02 d 5 KB at
  115, 300 MiB); hourly ~4 %/h (AA03 a 3 KB at 75, 300 MiB; AA04 b 24 lines
  at 90, 320 MiB); few-hours ~3.5 %/h (AA05 c 5 KB at 95, 384 MiB);
  culprit-early ~4.5 %/h at peak (AA06 a 3 KB at 85, 300 MiB, the culprit #1
  at 11:20 after 50 min of v1); culprit-last ~4 %/h (AA07 c 5 KB at 90, 320
  MiB, the last deploy #3 at 11:45, 170 min of evidence); fixed-later ~5 %/h
  (AA08 c 5 KB at 90, 256 MiB, fixed by the next deploy); multi-task ~4.5
  %/h per task (AA09 d 6 KB at 175 over 2 tasks, gap 5, 300 MiB).  Healthy:
  AA10 none, orders, 8 deploys 24-44 min apart; AA11 a bounded LRU (300
  entries, 7000 SKUs) on the quote route from noon, 3 deploys 78-88 min
  apart; AA12 none, quote, 11:00 through the peak into the afternoon, 3
  deploys 62-82 min apart.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RI = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios25.py"))["SCENARIOS"]   # R..O and I

AA_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AA01 dev, AA02 validation)
    dict(name="AA01-b-frequent-deploys-culprit-4-300", seed=26001, kind="b", culprit=4,
         intervals=gen_intervals(26001, 9, lo=15, hi=45),
         start="2028-02-26T11:30:00Z", service="abacus-repair-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/abacus-repair-quote-memo", "Memoise abacus repair quotes per model and customer"),
         note="9 deploys 19-44 min apart, culprit #4 at 13:39 (6 leaking intervals, 25-44 min; its own 25 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AA02-d-frequent-deploys-culprit-5-300", seed=26002, kind="d", culprit=5,
         intervals=gen_intervals(26002, 9, lo=15, hi=45),
         start="2028-02-27T11:20:00Z", service="acorn-feed-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=115, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/feed-delivery-timers", "Release acorn feed delivery slots from delayed timers"),
         note="9 deploys 15-44 min apart, culprit #5 at 14:05 (5 leaking intervals, 15-44 min; its own 43 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== hourly (AA03 dev, AA04 validation)
    dict(name="AA03-a-hourly-culprit-2-300", seed=26003, kind="a", culprit=2,
         intervals=gen_intervals(26003, 4, lo=60, hi=90),
         start="2028-02-28T10:30:00Z", service="anvil-forge-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/forge-order-audit", "Keep anvil forge orders for the smithy audit"),
         note="4 deploys 60-81 min apart (hourly), culprit #2 at 13:08 (73, 60 and 81 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch"),
    dict(name="AA04-b-hourly-culprit-2-320", seed=26004, kind="b", culprit=2,
         intervals=gen_intervals(26004, 4, lo=60, hi=90),
         start="2028-02-29T10:40:00Z", service="almond-grove-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/harvest-quote-memo", "Memoise almond harvest quotes per grove and customer"),
         note="4 deploys 60-82 min apart (hourly), culprit #2 at 12:56 (82, 78 and 72 min leaking); ~4 %/h of "
              "320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== singles (all validation)
    dict(name="AA05-c-few-hours-culprit-2-384", seed=26005, kind="c", culprit=2,
         intervals=[45, 135, 155, 55],
         start="2028-03-01T09:00:00Z", service="aviary-supply-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/seed-stock-listeners", "Tell open aviary supply orders when seed stock changes"),
         note="3 deploys 135 and 155 min apart (few hours), culprit #2 at 12:00 (155 min leaking through the "
              "afternoon, #3 at 14:35 still leaks, 55 min); ~3.5 %/h of 384 MiB at peak; ascending"),
    dict(name="AA06-a-culprit-first-after-50-300", seed=26006, kind="a", culprit=1,
         intervals=gen_intervals(26006, 3, {0: 50}, lo=45, hi=85),
         start="2028-03-02T10:30:00Z", service="archery-range-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/range-booking-replay", "Keep archery range bookings for replay tests"),
         note="culprit is the first deploy #1 at 11:20, after 50 min of v1; every later interval leaks (65-83 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="AA07-c-culprit-last-320", seed=26007, kind="c", culprit=3,
         intervals=[50, 60, 55, 170],
         start="2028-03-03T09:00:00Z", service="amber-jewel-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/gem-price-listeners", "Tell open amber jewel orders when a gem price changes"),
         note="culprit is the last deploy #3 at 11:45: a single 170 min interval of evidence (~4 %/h of 320 "
              "MiB at peak)"),
    dict(name="AA08-c-fixed-next-deploy", seed=26008, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(26008, 3, lo=50, hi=85),
         start="2028-03-04T11:00:00Z", service="aqueduct-tour-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tour-slot-listeners", "Tell open aqueduct tour bookings when a tour slot changes"),
         fixed_pr_title=("fix/tour-slot-listener-cleanup", "Remove aqueduct tour slot listeners when a booking closes"),
         note="leak from #2 at 13:33 (~5 %/h at peak), fixed by the next deploy #3 at 14:45 after 72 min (82 min "
              "of the fixed release to the end); epoch, ascending"),
    dict(name="AA09-d-two-tasks-culprit-2-300", seed=26009, kind="d", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(26009, 3, lo=55, hi=85),
         start="2028-03-05T11:50:00Z", service="astrolabe-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=175, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/engraving-queue-timers", "Release astrolabe engraving slots from delayed timers"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 14:06 (73 and 69 min leaking); each "
              "task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="AA10-none-frequent-orders-300", seed=26010, kind="none",
         intervals=gen_intervals(26010, 8, lo=15, hi=45),
         start="2028-03-06T11:30:00Z", service="atlas-map-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 8 deploys 24-44 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AA11-e-lru-noon-300-320", seed=26011, kind="e",
         intervals=gen_intervals(26011, 3, lo=70, hi=100),
         start="2028-03-07T12:00:00Z", service="apiary-honey-quotes",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "300"},
         note="bounded LRU (300 entries) refilling after each of 3 deploys 78-88 min apart, from noon through "
              "the peak into the late afternoon; must not alarm"),
    dict(name="AA12-none-midday-quote-320", seed=26012, kind="none",
         intervals=gen_intervals(26012, 3, lo=60, hi=90),
         start="2028-03-08T11:00:00Z", service="alpine-hut-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, quote route, 11:00 through the peak into the afternoon (15:28 end); 3 deploys 62-82 "
              "min apart; must not alarm"),
]

SCENARIOS = _RI + AA_SCENARIOS
