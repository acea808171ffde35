"""memblame's tracelab scenarios, batch 27: AB01..AB14 (real memory traces with labels).

(Named AB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, and batch 26 used AA.  No case folder, scenario name or
split entry starts with "AB"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS), so "AB01-..."
works as "AA01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 27"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios27.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios27.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw27 AB01-... AB14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 27 does not
reuse the ranges of R..I and AA, this file lists the scenarios of
scenarios26.py first, unchanged and in the same order (positions 11..542,
exactly as when scenarios26.py is passed), and the AB scenarios after them
(positions 543..556).  Only the AB scenarios are recorded from this file.
Seeds are 27001..27014, except AB02: with seed 27002 its last PR (193534)
equalled the v1 pipeline number of K03 (position 269), so AB02 has seed 27102
(the second one tried); its intervals are still gen_intervals(27002, ...).

Split (Tests/Traces/split27.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  three:  frequent-deploys AB01-AB03
  two:    hourly AB04-AB05, fixed-later AB09-AB10
  single: few-hours AB06, culprit-early AB07, culprit-last AB08, multi-task
          AB11, healthy-frequent AB12, healthy-lru AB13, healthy-flat AB14

11 leaking (a: AB03, AB05, AB08; b: AB01, AB06, AB10; c: AB04, AB09, AB11;
d: AB02, AB07; AB09 fixed by the next deploy, AB10 two deploys later), 3
healthy.

Loads scaled from what batch 26 measured (README, "Batch 26", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 26 scaled from
batch 25: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Where batch 26's cases of one kind disagreed by regime, the unit is
split by regime (frequent deploys vs. intervals of an hour or more):
  a (KB x req/s) ~0.021 unchanged (AA03 3 KB at 75, 300 MiB, 3.8, 3.7 and 4.6
    for ~4; AA06 3 KB at 85, 4.7, 4.3 and 4.1 for ~4.5);
  b (detail x req/s) with frequent deploys ~0.0030 (was 0.0023: AA01 26 lines
    at 100, 300 MiB, 5.7-9.0, mean 6.7 for ~5); with intervals of an hour or
    more ~0.0018 (AA04 24 at 90, 320 MiB, 3.2, 2.5 and 2.3 for ~4; batch 25
    I08 0.73 and I06 1.06 times their aims); skus 400 as in batches 20-26;
  c (KB x req/s) ~0.0086 (was 0.011: AA05 2.5 for ~3.5, AA07 3.0 for ~4, AA08
    4.4 for ~5, all 5 KB; mean 0.78 times the aim);
  d (KB x req/s) with frequent deploys ~0.015 (was 0.010: AA02 5 KB at 115,
    300 MiB, 7.5-8.0 for ~5, as O03 1.4-1.9 times); otherwise ~0.010
    unchanged (AA09 6 KB at 175 over 2 tasks, 4.6 and 4.7 for ~4.5).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AB01 b 22 lines at 90, 300 MiB; AB02 d 4 KB at
  105, 320 MiB; AB03 a 3 KB at 95, 300 MiB); hourly ~4 %/h (AB04 c 6 KB at
  90, 300 MiB; AB05 a 3 KB at 80, 320 MiB); few-hours, the slow one, ~3 %/h
  (AB06 b 25 lines at 100, 384 MiB); culprit-early ~4.5 %/h (AB07 d 5 KB at
  105, 300 MiB, the culprit #1 at 11:20 after 55 min of v1); culprit-last ~4
  %/h (AB08 a 3 KB at 80, 320 MiB, the last deploy #3 at 11:45, 165 min of
  evidence); fixed-later ~5 %/h (AB09 c 6 KB at 95, 256 MiB, fixed by the
  next deploy; AB10 b 30 lines at 110, 300 MiB, fixed two deploys later);
  multi-task ~4.5 %/h per task (AB11 c 6 KB at 200 over 2 tasks, gap 5, 300
  MiB).  Healthy: AB12 none, quote, 8 deploys 26-44 min apart; AB13 a
  bounded LRU (320 entries, 7500 SKUs) on the quote route from 12:10, 3
  deploys 71-98 min apart; AB14 none, quote, 09:30 into the afternoon, 3
  deploys 140, 155 and 55 min apart (few hours).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RA = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios26.py"))["SCENARIOS"]   # R..I and AA

AB_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AB01 dev, AB02-AB03 validation)
    dict(name="AB01-b-frequent-deploys-culprit-4-300", seed=27001, kind="b", culprit=4,
         intervals=gen_intervals(27001, 9, lo=15, hi=45),
         start="2028-03-09T11:30:00Z", service="abbey-bell-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bell-casting-quote-memo", "Memoise abbey bell casting quotes per size and parish"),
         note="9 deploys 15-45 min apart, culprit #4 at 13:35 (6 leaking intervals, 16-45 min; its own 45 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AB02-d-frequent-deploys-culprit-5-320", seed=27102, kind="d", culprit=5,
         intervals=gen_intervals(27002, 9, lo=15, hi=45),
         start="2028-03-10T11:25:00Z", service="abalone-market-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/abalone-pickup-timers", "Release abalone market pickup slots from delayed timers"),
         note="9 deploys 16-39 min apart, culprit #5 at 13:30 (5 leaking intervals, 18-39 min; its own 39 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AB03-a-frequent-deploys-culprit-3-300", seed=27003, kind="a", culprit=3,
         intervals=gen_intervals(27003, 9, lo=15, hi=45),
         start="2028-03-11T11:40:00Z", service="abseil-gear-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/harness-recall-trace", "Keep abseil gear orders for the harness recall trace"),
         note="9 deploys 18-34 min apart, culprit #3 at 13:02 (7 leaking intervals, 18-34 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== hourly (AB04 dev, AB05 validation)
    dict(name="AB04-c-hourly-culprit-2-300", seed=27004, kind="c", culprit=2,
         intervals=gen_intervals(27004, 4, lo=60, hi=90),
         start="2028-03-12T10:40:00Z", service="aboard-cruise-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/cabin-change-listeners", "Tell open cruise bookings when a cabin assignment changes"),
         note="4 deploys 66-87 min apart (hourly), culprit #2 at 13:09 (87, 66 and 81 min leaking); ~4 %/h of "
              "300 MiB at peak"),
    dict(name="AB05-a-hourly-culprit-2-320", seed=27005, kind="a", culprit=2,
         intervals=gen_intervals(27005, 4, lo=60, hi=90),
         start="2028-03-13T10:45:00Z", service="abbot-cellar-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/vintage-order-ledger", "Keep abbot cellar orders for the vintage ledger"),
         note="4 deploys 60-79 min apart (hourly), culprit #2 at 13:05 (79, 60 and 78 min leaking); ~4 %/h of "
              "320 MiB at peak; ascending"),
    # ================================================================== few-hours, culprit-early, culprit-last (single: validation)
    dict(name="AB06-b-few-hours-culprit-2-384", seed=27006, kind="b", culprit=2,
         intervals=[45, 130, 160, 50],
         start="2028-03-14T09:05:00Z", service="abode-rental-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=100, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/tenancy-quote-memo", "Memoise abode rental quotes per flat and tenant"),
         note="3 deploys 130 and 160 min apart (few hours), culprit #2 at 12:00 (160 min leaking through the "
              "afternoon, #3 at 14:40 still leaks, 50 min); ~3 %/h of 384 MiB at peak (slow); good releases "
              "warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="AB07-d-culprit-first-after-55-300", seed=27007, kind="d", culprit=1,
         intervals=gen_intervals(27007, 3, {0: 55}, lo=45, hi=85),
         start="2028-03-15T10:25:00Z", service="abyss-dive-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/dive-boat-timers", "Release abyss dive boat slots from delayed timers"),
         note="culprit is the first deploy #1 at 11:20, after 55 min of v1; every later interval leaks (59-81 "
              "min, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="AB08-a-culprit-last-320", seed=27008, kind="a", culprit=3,
         intervals=[50, 55, 60, 165],
         start="2028-03-16T09:00:00Z", service="abstract-gallery-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/gallery-order-replay", "Keep abstract gallery orders for replay in staging"),
         note="culprit is the last deploy #3 at 11:45: a single 165 min interval of evidence (~4 %/h of 320 "
              "MiB at peak); epoch"),
    # ================================================================== fixed-later (AB09 dev, AB10 validation)
    dict(name="AB09-c-fixed-next-deploy", seed=27009, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(27009, 3, lo=50, hi=85),
         start="2028-03-17T11:00:00Z", service="abutment-survey-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95,
         culprit_pr_title=("feat/survey-crew-listeners", "Tell open abutment survey bookings when a crew roster changes"),
         fixed_pr_title=("fix/survey-crew-listener-cleanup", "Remove abutment survey crew listeners when a booking closes"),
         note="leak from #2 at 13:29 (~5 %/h of 256 MiB at peak), fixed by the next deploy #3 at 14:32 after 63 "
              "min (73 min of the fixed release to the end)"),
    dict(name="AB10-b-fixed-two-later", seed=27010, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(27010, 4, lo=50, hi=85),
         start="2028-03-18T11:15:00Z", service="abrasive-supply-quotes",
         profile="quote", params={"detail": 30, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/grit-grade-quote-memo", "Memoise abrasive grit quotes per grade and buyer"),
         fixed_pr_title=("fix/grit-quote-cache-key", "Key abrasive grit quotes by grade only"),
         note="leak from #2 at 13:22 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:13 still leaks; fixed "
              "two deploys later by #4 at 15:05 (53 min of the fixed release to the end); good releases warm a "
              "per-SKU cache (400 SKUs); epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="AB11-c-two-tasks-culprit-2-300", seed=27011, kind="c", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(27011, 3, lo=55, hi=85),
         start="2028-03-19T11:45:00Z", service="abalone-harbour-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=200, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/harbour-tide-listeners", "Tell open abalone harbour orders when the tide table changes"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 14:08 (59 and 60 min leaking); each "
              "task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="AB12-none-frequent-quote-300", seed=27012, kind="none",
         intervals=gen_intervals(27012, 8, lo=15, hi=45),
         start="2028-03-20T11:35:00Z", service="abridged-book-quotes",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route, 11:35 through the peak; 8 deploys 26-44 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="AB13-e-lru-midday-320-300", seed=27013, kind="e",
         intervals=gen_intervals(27013, 3, lo=70, hi=100),
         start="2028-03-21T12:10:00Z", service="abundance-orchard-quotes",
         profile="quote", params={"detail": 24, "skus": 7500}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "320"},
         note="bounded LRU (320 entries) refilling after each of 3 deploys 71-98 min apart, from 12:10 through "
              "the peak into the evening; must not alarm"),
    dict(name="AB14-none-few-hours-quote-320", seed=27014, kind="none",
         intervals=[40, 140, 155, 55],
         start="2028-03-22T09:30:00Z", service="ablaze-kiln-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, quote route, 09:30 into the afternoon (16:00 end); 3 deploys 140, 155 and 55 min apart "
              "(few hours); must not alarm; ascending"),
]

SCENARIOS = _RA + AB_SCENARIOS
