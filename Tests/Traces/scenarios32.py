"""memblame's tracelab scenarios, batch 32: AG01..AG14 (real memory traces with labels).

(Named AG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA, batch 27 AB, batch 28 AC, batch 29 AD,
batch 30 AE and batch 31 AF.  No case folder, scenario name or split entry
starts with "AG"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS), so "AG01-..." works as
"AF01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 32"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios32.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios32.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw32 AG01-... AG14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 32 does not
reuse the ranges of R..I, AA, AB, AC, AD, AE and AF, this file lists the
scenarios of scenarios31.py first, unchanged and in the same order
(positions 11..612, exactly as when scenarios31.py is passed), and the AG
scenarios after them (positions 613..626).  Only the AG scenarios are
recorded from this file.  Seeds are 32001..32014 (see the README for the
number check).

This batch again weights the detector's weakest regimes: six leaking cases
with deploys every 15-45 min (three of them kind b, the cache leak missed
most; culprits #3 to #8 of 8-10 deploys) and two with the culprit as the
last deploy; also one culprit-early case and one with two tasks.

Split (Tests/Traces/split32.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  six:    frequent-deploys AG01-AG06
  two:    culprit-last AG07-AG08, healthy-frequent AG11-AG12 (AG12 a bounded
          LRU with frequent deploys, tagged healthy-frequent as AF12 was)
  single: culprit-early AG09, multi-task AG10, healthy-lru AG13, healthy-flat
          AG14

10 leaking (a: AG02, AG08; b: AG01, AG04, AG06, AG09; c: AG03, AG07; d:
AG05, AG10; no fix in this batch), 4 healthy.

Loads scaled from what batch 31 measured (README, "Batch 31", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 31 scaled from
batch 30: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), the mean of the last two cases of a kind and regime where they
disagreed:
  a (KB x req/s) with frequent deploys ~0.017 (was 0.016: AF01 1.35 times
    -> 0.0216, AE01 -> 0.012; the mean 0.0168); for one interval of 3-3.5 h
    (culprit-last) ~0.017 unchanged (AF07 1.02 times -> 0.0173);
  b (detail x req/s) with frequent deploys ~0.0023 (was 0.0036: AF02 and
    AF05 both 0.65 times -> 0.0023; the two agree); with intervals of 40-90
    min and one task ~0.0019 (no such b case in batch 31: AE04 0.94 times
    at 0.0019 -> 0.0018, AD07, the last b culprit-early case, -> 0.0020; the
    mean); skus 400 as in batches 20-31;
  c (KB x req/s) with frequent deploys ~0.012 (was 0.011: AF03 0.96 times
    -> 0.0106, AF06 1.16 times -> 0.0128; the mean 0.0117); for one interval
    of 3-3.5 h (culprit-last) ~0.008 (no c case with one long interval in
    batch 31: AD08 0.96 times at 0.0085 over 185 min -> 0.0082, AE06 0.9
    times at 0.0085 over 175 min -> 0.0077; the two agree);
  d (KB x req/s) with frequent deploys ~0.009 (was 0.010: AF04 1.49 times
    -> 0.0149, AD01, the d frequent case before it, 0.2 times -> 0.0032; the
    mean 0.0091); per task with intervals of an hour or more ~0.0115 (was
    0.009 for d hourly: AF09 1.45 times -> 0.013, AE09 0.98 times at 0.010
    -> 0.0098; the mean, which is also the mean of the last two d two-task
    cases, AD11 1.4 times at 0.0095 -> 0.0133 and AA09 as aimed at 0.010).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AG01 b 26 lines at 98, 300 MiB; AG02 a 4 KB at
  86, 300 MiB; AG03 c 5 KB at 104, 320 MiB; AG04 b 28 lines at 97, 320 MiB;
  AG05 d 6 KB at 116, 320 MiB; AG06 b 27 lines at 94, 300 MiB);
  culprit-last ~4 %/h (AG07 c 6 KB at 104, 320 MiB, the last deploy #3 at
  11:55, 205 min of evidence; AG08 a 3 KB at 92, 300 MiB, the last deploy #5
  at 12:00 after four deploys 25-40 min apart, 195 min of evidence);
  culprit-early ~4.5 %/h (AG09 b 28 lines at 99, 300 MiB, the culprit #1 at
  11:30 after 50 min of v1); multi-task ~4.5 %/h per task (AG10 d 6 KB at
  165 over 2 tasks, gap 5, 320 MiB).  Healthy: AG11 none, quote, 9 deploys
  18-42 min apart; AG12 a bounded LRU (320 entries, 8000 SKUs) on the quote
  route, 9 deploys 16-41 min apart; AG13 a bounded LRU (330 entries, 8500
  SKUs) on the quote route from 11:10, 4 deploys 61-90 min apart (hourly);
  AG14 none, orders, 10:05 into the afternoon, 4 deploys 61-80 min apart
  (hourly).  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RF = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios31.py"))["SCENARIOS"]   # R..I, AA, AB, AC, AD, AE and AF

AG_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AG01 dev, AG02-AG06 validation)
    dict(name="AG01-b-frequent-deploys-culprit-5-300", seed=32001, kind="b", culprit=5,
         intervals=gen_intervals(32001, 9, lo=15, hi=45),
         start="2028-05-18T10:25:00Z", service="agate-gem-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/gem-cut-quote-memo", "Memoise agate gem quotes per cut and buyer"),
         note="9 deploys 22-42 min apart, culprit #5 at 13:12 (5 leaking intervals, 22-39 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AG02-a-frequent-deploys-culprit-8-300", seed=32002, kind="a", culprit=8,
         intervals=gen_intervals(32002, 10, lo=15, hi=45),
         start="2028-05-19T08:55:00Z", service="agave-syrup-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=86, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/syrup-batch-ledger", "Keep agave syrup orders for the batch ledger"),
         note="10 deploys 20-43 min apart, culprit #8 at 13:17 (3 leaking intervals, 24-41 min; its own 41 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AG03-c-frequent-deploys-culprit-4-320", seed=32003, kind="c", culprit=4,
         intervals=gen_intervals(32003, 8, lo=15, hi=45),
         start="2028-05-20T11:00:00Z", service="agenda-planner-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/planner-slot-listeners", "Tell open agenda planner bookings when a slot moves"),
         note="8 deploys 18-42 min apart, culprit #4 at 13:14 (5 leaking intervals, 18-35 min; its own 18 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AG04-b-frequent-deploys-culprit-3-320", seed=32004, kind="b", culprit=3,
         intervals=gen_intervals(32004, 9, lo=15, hi=45),
         start="2028-05-21T11:35:00Z", service="agility-course-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/course-obstacle-quote-memo", "Memoise agility course quotes per obstacle and team"),
         note="9 deploys 18-40 min apart, culprit #3 at 13:13 (7 leaking intervals, 18-30 min; its own 24 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AG05-d-frequent-deploys-culprit-6-320", seed=32005, kind="d", culprit=6,
         intervals=gen_intervals(32005, 10, lo=15, hi=45),
         start="2028-05-22T09:35:00Z", service="agora-stall-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=116, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/stall-hold-timers", "Release agora stall bookings from delayed hold timers"),
         note="10 deploys 21-43 min apart, culprit #6 at 13:16 (5 leaking intervals, 21-40 min; its own 21 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AG06-b-frequent-deploys-culprit-7-300", seed=32006, kind="b", culprit=7,
         intervals=gen_intervals(32006, 10, lo=15, hi=45),
         start="2028-05-23T09:05:00Z", service="aggregate-gravel-quotes",
         profile="quote", params={"detail": 27, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/gravel-load-quote-memo", "Memoise aggregate gravel quotes per load and site"),
         note="10 deploys 18-42 min apart, culprit #7 at 13:14 (4 leaking intervals, 18-30 min; its own 21 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== culprit-last (AG07 dev, AG08 validation)
    dict(name="AG07-c-culprit-last-320", seed=32007, kind="c", culprit=3,
         intervals=[45, 50, 55, 205],
         start="2028-05-24T09:25:00Z", service="agrarian-seed-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/seed-lot-listeners", "Tell open agrarian seed bookings when a lot is recalled"),
         note="culprit is the last deploy #3 at 11:55: a single 205 min interval of evidence (~4 %/h of 320 "
              "MiB at peak); epoch"),
    dict(name="AG08-a-culprit-last-300", seed=32008, kind="a", culprit=5,
         intervals=[40, 30, 35, 25, 40, 195],
         start="2028-05-25T09:10:00Z", service="agreement-draft-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=92, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/draft-redline-history", "Keep agreement draft orders for the redline history"),
         note="culprit is the last deploy #5 at 12:00 after 4 deploys 25-40 min apart: a single 195 min interval "
              "of evidence (~4 %/h of 300 MiB at peak); ascending"),
    # ================================================================== singles (all validation)
    dict(name="AG09-b-culprit-first-after-50-300", seed=32009, kind="b", culprit=1,
         intervals=gen_intervals(32009, 3, {0: 50}, lo=40, hi=85),
         start="2028-05-26T10:40:00Z", service="aglow-lantern-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/lantern-wick-quote-memo", "Memoise aglow lantern quotes per wick and shade"),
         note="culprit is the first deploy #1 at 11:30, after 50 min of v1; every later interval leaks (46-80 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="AG10-d-two-tasks-culprit-2-320", seed=32010, kind="d", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(32010, 3, lo=55, hi=85),
         start="2028-05-27T11:20:00Z", service="agronomy-field-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=165, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/field-survey-timers", "Release agronomy field orders from delayed survey timers"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 13:17 (79 and 58 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch"),
    # ================================================================== healthy-frequent (AG11 dev, AG12 validation)
    dict(name="AG11-none-frequent-quote-320", seed=32011, kind="none",
         intervals=gen_intervals(32011, 9, lo=15, hi=45),
         start="2028-05-28T11:30:00Z", service="agent-desk-quotes",
         profile="quote", params={"detail": 20}, peak_rps=92, heap_mb=160, limit_mib=320,
         note="no leak, quote route, 11:30 through the peak; 9 deploys 18-42 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AG12-e-lru-frequent-320-300", seed=32012, kind="e",
         intervals=gen_intervals(32012, 9, lo=15, hi=45),
         start="2028-05-29T11:20:00Z", service="agouti-burrow-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "320"},
         note="bounded LRU (320 entries) refilling after each of 9 deploys 16-41 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy singles (validation)
    dict(name="AG13-e-lru-hourly-330-320", seed=32013, kind="e",
         intervals=gen_intervals(32013, 4, lo=60, hi=90),
         start="2028-05-30T11:10:00Z", service="agitator-mixer-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 4 deploys 61-90 min apart (hourly), from 11:10 "
              "through the peak into the evening; must not alarm; ascending"),
    dict(name="AG14-none-hourly-orders-300", seed=32014, kind="none",
         intervals=gen_intervals(32014, 4, lo=60, hi=90),
         start="2028-05-31T10:05:00Z", service="ageless-spa-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 10:05 into the afternoon (16:04 end); 4 deploys 61-80 min apart (hourly); "
              "must not alarm; epoch"),
]

SCENARIOS = _RF + AG_SCENARIOS
