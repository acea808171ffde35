"""memblame's tracelab scenarios, batch 29: AD01..AD14 (real memory traces with labels).

(Named AD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA, batch 27 AB and batch 28 AC.  No case
folder, scenario name or split entry starts with "AD"; neither tracelab nor
these files parse the prefix of a name (deploy_records takes the position in
SCENARIOS), so "AD01-..." works as "AC01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 29"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios29.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios29.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw29 AD01-... AD14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 29 does not
reuse the ranges of R..I, AA, AB and AC, this file lists the scenarios of
scenarios28.py first, unchanged and in the same order (positions 11..570,
exactly as when scenarios28.py is passed), and the AD scenarios after them
(positions 571..584).  Only the AD scenarios are recorded from this file.
Seeds are 29001..29014, each the first one tried (no PR or pipeline collision).

Split (Tests/Traces/split29.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  three:  frequent-deploys AD01-AD03
  two:    hourly AD04-AD05, fixed-later AD09-AD10
  single: few-hours AD06, culprit-early AD07, culprit-last AD08, multi-task
          AD11, healthy-frequent AD12, healthy-lru AD13, healthy-flat AD14

11 leaking (a: AD04, AD10; b: AD02, AD07, AD09; c: AD03, AD05, AD08; d:
AD01, AD06, AD11; AD09 fixed by the next deploy, AD10 two deploys later), 3
healthy.

Loads scaled from what batch 28 measured (README, "Batch 28", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 28 scaled from
batch 27: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), split by regime where the cases of one kind disagreed:
  a (KB x req/s) with intervals of an hour or more ~0.021 unchanged (AC09
    5.3 for ~5, AC11 4.6 for ~4.5 per task: as aimed; AB05 as aimed);
    (with frequent deploys 0.027 gave AC02 0.72 times and 0.021 gave AB03
    1.28 times; with 2-3 h intervals 0.017 gave AC06 1.3 times: no a case
    in those regimes in this batch);
  b (detail x req/s) with frequent deploys ~0.0025 (was 0.0034: AC03 about
    0.4 times (-> 0.0014), AB01 at 0.0030 1.12 times (-> 0.0034); the mean
    of the two, 0.0024, rounded to 0.0025); with intervals of 40-85 min
    ~0.0025 (was 0.0030: AC05 3.3, 2.5 and 2.8 for ~4, 0.72 times -> 0.0022;
    AB06/AB10 at 0.0018 1.8 times -> 0.0032; the mean 0.0027, taken
    slightly lower toward the newer case); skus 400 as in batches 20-28;
  c (KB x req/s) with frequent deploys ~0.012 unchanged (AC01 4.2-6.4, mean
    4.9 for ~5); with intervals of an hour or more ~0.009 (was 0.012: AC07
    at 0.012 2.8, 4.4 and 2.0, mean 3.1 for ~4.5, 0.68 times -> 0.0082; AB04
    at 0.0086 1.13 times -> 0.0097; the mean 0.009); for the single 185 min
    culprit-last interval ~0.0085 (a, c and d came out 0.72-0.8 times their
    aim over one 165-175 min interval: AA07 c, AB08 a, AC08 d);
  d (KB x req/s) with frequent deploys ~0.016 unchanged (AB02's later
    intervals 1.1 times at 0.015; no d case with frequent deploys in batch
    28); per task ~0.0095 (was 0.010: AC04 hourly 1.05 times, AC10 0.81
    times, AB07 as aimed); over 2-3 h intervals ~0.0088 (AC08 at 0.012 0.72
    times over 175 min -> 0.0086).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AD01 d 4 KB at 100, 320 MiB; AD02 b 25 lines at
  95, 300 MiB; AD03 c 5 KB at 100, 300 MiB); hourly ~4 %/h (AD04 a 3 KB at
  80, 320 MiB; AD05 c 5 KB at 110, 320 MiB); few-hours, the slow one, ~3 %/h
  (AD06 d 5 KB at 104, 384 MiB, 140 and 165 min intervals); culprit-early
  ~4.5 %/h (AD07 b 22 lines at 95, 300 MiB, the culprit #1 at 11:30 after
  50 min of v1); culprit-last ~4 %/h (AD08 c 5 KB at 110, 300 MiB, the last
  deploy #3 at 11:55, 185 min of evidence); fixed-later ~5 %/h (AD09 b 25
  lines at 80, 256 MiB, fixed by the next deploy; AD10 a 3 KB at 93, 300
  MiB, fixed two deploys later); multi-task ~4.5 %/h per task (AD11 d 6 KB
  at 200 over 2 tasks, gap 5, 320 MiB).  Healthy: AD12 none, quote, 8
  deploys 21-45 min apart; AD13 a bounded LRU (300 entries, 7500 SKUs) on
  the quote route from 12:05, 3 deploys 91-97 min apart; AD14 none, orders,
  09:35 into the afternoon, 3 deploys 150 and 140 min apart (few hours).
  The "~N %/h" in the notes are these aims, not measurements (see the
  README).
"""
import os
import runpy

from scenarios import gen_intervals

_RC = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios28.py"))["SCENARIOS"]   # R..I, AA, AB and AC

AD_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AD01 dev, AD02-AD03 validation)
    dict(name="AD01-d-frequent-deploys-culprit-5-320", seed=29001, kind="d", culprit=5,
         intervals=gen_intervals(29001, 9, lo=15, hi=45),
         start="2028-04-06T11:00:00Z", service="admiral-fleet-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/fleet-berth-timers", "Release admiral fleet berth holds from delayed timers"),
         note="9 deploys 16-40 min apart, culprit #5 at 13:24 (5 leaking intervals, 18-40 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AD02-b-frequent-deploys-culprit-4-300", seed=29002, kind="b", culprit=4,
         intervals=gen_intervals(29002, 10, lo=15, hi=45),
         start="2028-04-07T11:30:00Z", service="adobe-brick-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/kiln-batch-quote-memo", "Memoise adobe brick quotes per kiln batch and site"),
         note="10 deploys 16-43 min apart, culprit #4 at 13:14 (7 leaking intervals, 16-43 min; its own 43 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AD03-c-frequent-deploys-culprit-3-300", seed=29003, kind="c", culprit=3,
         intervals=gen_intervals(29003, 8, lo=15, hi=45),
         start="2028-04-08T11:50:00Z", service="adagio-recital-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/recital-seat-listeners", "Tell open adagio recital bookings when a seat block is released"),
         note="8 deploys 19-34 min apart, culprit #3 at 13:14 (6 leaking intervals, 19-34 min; its own 24 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== hourly (AD04 dev, AD05 validation)
    dict(name="AD04-a-hourly-culprit-3-320", seed=29004, kind="a", culprit=3,
         intervals=gen_intervals(29004, 4, lo=60, hi=90),
         start="2028-04-09T10:15:00Z", service="adze-timber-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/timber-grade-audit", "Keep adze timber orders for the grading audit"),
         note="4 deploys 60-87 min apart (hourly), culprit #3 at 13:28 (87 and 60 min leaking); ~4 %/h of "
              "320 MiB at peak; ascending"),
    dict(name="AD05-c-hourly-culprit-2-320", seed=29005, kind="c", culprit=2,
         intervals=gen_intervals(29005, 4, lo=60, hi=90),
         start="2028-04-10T10:30:00Z", service="adventure-trek-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=110, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/trek-guide-listeners", "Tell open adventure trek bookings when a trail guide is reassigned"),
         note="4 deploys 60-77 min apart (hourly), culprit #2 at 13:13 (60, 66 and 68 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch"),
    # ================================================================== few-hours, culprit-early, culprit-last (single: validation)
    dict(name="AD06-d-few-hours-culprit-2-384", seed=29006, kind="d", culprit=2,
         intervals=[45, 140, 165, 35],
         start="2028-04-11T09:50:00Z", service="adjutant-roster-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/roster-duty-timers", "Release adjutant roster duty slots from delayed timers"),
         note="3 deploys 140 and 165 min apart (few hours), culprit #2 at 12:55 (165 min leaking through the "
              "afternoon, #3 at 15:40 still leaks, 35 min); ~3 %/h of 384 MiB at peak (slow); epoch, ascending"),
    dict(name="AD07-b-culprit-first-after-50-300", seed=29007, kind="b", culprit=1,
         intervals=gen_intervals(29007, 3, {0: 50}, lo=40, hi=85),
         start="2028-04-12T10:40:00Z", service="adhesive-label-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/label-roll-quote-memo", "Memoise adhesive label quotes per roll width and finish"),
         note="culprit is the first deploy #1 at 11:30, after 50 min of v1; every later interval leaks (42-82 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AD08-c-culprit-last-300", seed=29008, kind="c", culprit=3,
         intervals=[50, 55, 45, 185],
         start="2028-04-13T09:25:00Z", service="adriatic-ferry-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/ferry-berth-listeners", "Tell open adriatic ferry bookings when a berth slot moves"),
         note="culprit is the last deploy #3 at 11:55: a single 185 min interval of evidence (~4 %/h of 300 "
              "MiB at peak); epoch"),
    # ================================================================== fixed-later (AD09 dev, AD10 validation)
    dict(name="AD09-b-fixed-next-deploy", seed=29009, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(29009, 3, lo=50, hi=85),
         start="2028-04-14T11:10:00Z", service="adornment-bead-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=80,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bead-strand-quote-memo", "Memoise adornment bead quotes per strand and clasp"),
         fixed_pr_title=("fix/bead-quote-memo-bounded", "Bound the adornment bead quote memo per strand"),
         note="leak from #2 at 13:19 (~5 %/h of 256 MiB at peak), fixed by the next deploy #3 at 14:30 after 71 "
              "min (52 min of the fixed release to the end); good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="AD10-a-fixed-two-later", seed=29010, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(29010, 4, lo=50, hi=85),
         start="2028-04-15T11:20:00Z", service="addendum-contract-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=93, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/contract-clause-history", "Keep addendum contract orders for the clause history view"),
         fixed_pr_title=("fix/clause-history-capped", "Keep only the last clause history entries of addendum contracts"),
         note="leak from #2 at 13:13 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:35 still leaks; fixed "
              "two deploys later by #4 at 15:26 (69 min of the fixed release to the end); epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="AD11-d-two-tasks-culprit-2-320", seed=29011, kind="d", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(29011, 3, lo=55, hi=85),
         start="2028-04-16T11:45:00Z", service="advocate-hearing-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=200, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/hearing-slot-timers", "Release advocate hearing slots from delayed timers"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 14:04 (73 and 66 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    dict(name="AD12-none-frequent-quote-320", seed=29012, kind="none",
         intervals=gen_intervals(29012, 8, lo=15, hi=45),
         start="2028-04-17T11:25:00Z", service="adept-tutor-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, quote route, 11:25 through the peak; 8 deploys 21-45 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="AD13-e-lru-noon-300-300", seed=29013, kind="e",
         intervals=gen_intervals(29013, 3, lo=70, hi=100),
         start="2028-04-18T12:05:00Z", service="adage-poster-quotes",
         profile="quote", params={"detail": 22, "skus": 7500}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "300"},
         note="bounded LRU (300 entries) refilling after each of 3 deploys 91-97 min apart, from 12:05 through "
              "the peak into the evening; must not alarm; ascending"),
    dict(name="AD14-none-few-hours-orders-384", seed=29014, kind="none",
         intervals=[40, 150, 140, 50],
         start="2028-04-19T09:35:00Z", service="adequate-pantry-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=192, limit_mib=384,
         ts_format="wire",
         note="no leak, orders route, 09:35 into the afternoon (15:55 end); 3 deploys 150, 140 and 50 min apart "
              "(few hours); must not alarm; epoch"),
]

SCENARIOS = _RC + AD_SCENARIOS
