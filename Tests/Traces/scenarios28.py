"""memblame's tracelab scenarios, batch 28: AC01..AC14 (real memory traces with labels).

(Named AC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA and batch 27 AB.  No case folder,
scenario name or split entry starts with "AC"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS), so "AC01-..." works as "AB01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 28"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios28.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios28.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw28 AC01-... AC14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 28 does not
reuse the ranges of R..I, AA and AB, this file lists the scenarios of
scenarios27.py first, unchanged and in the same order (positions 11..556,
exactly as when scenarios27.py is passed), and the AC scenarios after them
(positions 557..570).  Only the AC scenarios are recorded from this file.
Seeds are 28001..28014, each the first one tried (no PR or pipeline collision).

Split (Tests/Traces/split28.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  three:  frequent-deploys AC01-AC03
  two:    hourly AC04-AC05, fixed-later AC09-AC10
  single: few-hours AC06, culprit-early AC07, culprit-last AC08, multi-task
          AC11, healthy-frequent AC12, healthy-lru AC13, healthy-flat AC14

11 leaking (a: AC02, AC06, AC09, AC11; b: AC03, AC05; c: AC01, AC07; d:
AC04, AC08, AC10; AC09 fixed by the next deploy, AC10 two deploys later), 3
healthy.

Loads scaled from what batch 27 measured (README, "Batch 27", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 27 scaled from
batch 26: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), split by regime where the cases of one kind disagreed:
  a (KB x req/s) with frequent deploys ~0.027 (was 0.021: AB03 3 KB at 95,
    300 MiB, 5.5-6.9, mean 6.4 for ~5, 1.28 times); with intervals of an
    hour or more ~0.021 unchanged (AB05 3 KB at 80, 320 MiB, 4.5, 3.2 and
    4.4 for ~4); with one interval of 2-3 h ~0.017 (AB08 3 KB at 80, 320
    MiB, 3.2 in 165 min for ~4, 0.8 times);
  b (detail x req/s) with frequent deploys ~0.0034 (was 0.0030: AB01 22 lines
    at 90, 300 MiB, 4.7-7.0, mean 5.6 for ~5, 1.12 times); with intervals of
    an hour or more ~0.0030 (was 0.0018, which overshot: AB06 25 at 100, 384
    MiB, 4.0 and 5.8 for ~3, 1.3 and 1.9 times; AB10 30 at 110, 300 MiB,
    10.1 and 10.2 for ~5, 2.0 times; mean 1.8 -> 0.0032; batch 26's AA04,
    0.67 times at 0.0023 (-> 0.0015), kept in view, so 0.0030); skus 400 as
    in batches 20-27;
  c (KB x req/s) ~0.012 (was 0.0086, which overshot: AB04 6 KB at 90, 300
    MiB, 4.3-4.8 for ~4, 1.13 times; AB09 6 KB at 95, 256 MiB, 10.2 for ~5,
    2.04 times; AB11 6 KB at 200 over 2 tasks, 300 MiB, 8.3 and 9.0 for
    ~4.5, 1.9 times; mean 1.69 -> 0.0145; batch 26 at 0.011 gave 0.78 times
    -> 0.0086; the mean of the two, 0.0115, rounded up to 0.012 (batch 25's
    I02 with frequent deploys implied 0.0134));
  d (KB x req/s) with frequent deploys ~0.016 (was 0.015: AB02's later
    intervals 5.4, 5.4 and 5.7 for ~5, 1.1 times; its culprit's own interval
    1.5 is not a unit question); otherwise ~0.010 unchanged (AB07 5 KB at
    105, 300 MiB, 4.5, 4.3 and 4.1 for ~4.5); for the single 175 min
    culprit-last interval ~0.012 (no d case there yet; a and c came out 0.75
    to 0.8 times their aim over one 165-170 min interval: AB08, AA07).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AC01 c 5 KB at 95, 300 MiB; AC02 a 3 KB at 75,
  320 MiB; AC03 b 18 lines at 95, 300 MiB); hourly ~4 %/h (AC04 d 5 KB at
  100, 320 MiB; AC05 b 18 lines at 85, 300 MiB); few-hours, the slow one, ~3
  %/h (AC06 a 3 KB at 90, 384 MiB, 140 and 150 min intervals); culprit-early
  ~4.5 %/h (AC07 c 5 KB at 90, 300 MiB, the culprit #1 at 11:30 after 45 min
  of v1); culprit-last ~4 %/h (AC08 d 4 KB at 105, 320 MiB, the last deploy
  #3 at 12:00, 175 min of evidence); fixed-later ~5 %/h (AC09 a 3 KB at 80,
  256 MiB, fixed by the next deploy; AC10 d 6 KB at 95, 300 MiB, fixed two
  deploys later); multi-task ~4.5 %/h per task (AC11 a 3 KB at 180 over 2
  tasks, gap 5, 320 MiB).  Healthy: AC12 none, orders, 8 deploys 16-44 min
  apart; AC13 a bounded LRU (280 entries, 7000 SKUs) on the quote route from
  11:50, 3 deploys 72-100 min apart; AC14 none, quote, 10:20 into the
  afternoon, 3 deploys 60-82 min apart (hourly).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RB = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios27.py"))["SCENARIOS"]   # R..I, AA and AB

AC_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AC01 dev, AC02-AC03 validation)
    dict(name="AC01-c-frequent-deploys-culprit-4-300", seed=28001, kind="c", culprit=4,
         intervals=gen_intervals(28001, 9, lo=15, hi=45),
         start="2028-03-23T11:25:00Z", service="accordion-repair-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/reed-fitting-listeners", "Tell open accordion repair orders when a reed fitting slot frees"),
         note="9 deploys 18-40 min apart, culprit #4 at 13:16 (6 leaking intervals, 18-37 min; its own 37 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="AC02-a-frequent-deploys-culprit-5-320", seed=28002, kind="a", culprit=5,
         intervals=gen_intervals(28002, 9, lo=15, hi=45),
         start="2028-03-24T11:15:00Z", service="acre-survey-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/boundary-dispute-audit", "Keep acre survey orders for the boundary dispute audit"),
         note="9 deploys 18-43 min apart, culprit #5 at 13:33 (5 leaking intervals, 20-43 min; its own 43 min); "
              "~5 %/h of 320 MiB at peak; ascending"),
    dict(name="AC03-b-frequent-deploys-culprit-6-300", seed=28003, kind="b", culprit=6,
         intervals=gen_intervals(28003, 9, lo=15, hi=45),
         start="2028-03-25T10:50:00Z", service="acoustic-panel-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/panel-absorption-memo", "Memoise acoustic panel quotes per room and absorption class"),
         note="9 deploys 20-41 min apart, culprit #6 at 13:53 (4 leaking intervals, 22-41 min; its own 40 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly (AC04 dev, AC05 validation)
    dict(name="AC04-d-hourly-culprit-3-320", seed=28004, kind="d", culprit=3,
         intervals=gen_intervals(28004, 4, lo=60, hi=90),
         start="2028-03-26T10:00:00Z", service="acrobat-school-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/trapeze-slot-timers", "Release acrobat school trapeze slots from delayed timers"),
         note="4 deploys 60-87 min apart (hourly), culprit #3 at 13:27 (79 and 74 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch, ascending"),
    dict(name="AC05-b-hourly-culprit-2-300", seed=28005, kind="b", culprit=2,
         intervals=gen_intervals(28005, 4, lo=60, hi=90),
         start="2028-03-27T10:40:00Z", service="acetate-print-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/film-run-quote-memo", "Memoise acetate print quotes per film run and customer"),
         note="4 deploys 60-84 min apart (hourly), culprit #2 at 13:14 (81, 60 and 60 min leaking); ~4 %/h of "
              "300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== few-hours, culprit-early, culprit-last (single: validation)
    dict(name="AC06-a-few-hours-culprit-2-384", seed=28006, kind="a", culprit=2,
         intervals=[55, 140, 150, 45],
         start="2028-03-28T09:20:00Z", service="acumen-ledger-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=90, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/ledger-close-snapshot", "Keep acumen ledger orders for the month-close snapshot"),
         note="3 deploys 140 and 150 min apart (few hours), culprit #2 at 12:35 (150 min leaking through the "
              "afternoon, #3 at 15:05 still leaks, 45 min); ~3 %/h of 384 MiB at peak (slow); ascending"),
    dict(name="AC07-c-culprit-first-after-45-300", seed=28007, kind="c", culprit=1,
         intervals=gen_intervals(28007, 3, {0: 45}, lo=40, hi=85),
         start="2028-03-29T10:45:00Z", service="acropolis-tour-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/tour-guide-listeners", "Tell open acropolis tour bookings when a guide roster changes"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (46-72 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="AC08-d-culprit-last-320", seed=28008, kind="d", culprit=3,
         intervals=[55, 50, 60, 175],
         start="2028-03-30T09:15:00Z", service="acid-etch-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=105, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/etch-bath-timers", "Release acid etch bath slots from delayed timers"),
         note="culprit is the last deploy #3 at 12:00: a single 175 min interval of evidence (~4 %/h of 320 "
              "MiB at peak); ascending"),
    # ================================================================== fixed-later (AC09 dev, AC10 validation)
    dict(name="AC09-a-fixed-next-deploy", seed=28009, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(28009, 3, lo=50, hi=85),
         start="2028-03-31T11:00:00Z", service="accent-tile-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/glaze-batch-trace", "Keep accent tile orders for the glaze batch trace"),
         fixed_pr_title=("fix/glaze-trace-sampled", "Keep only a sample of accent tile orders for the glaze trace"),
         note="leak from #2 at 13:32 (~5 %/h of 256 MiB at peak), fixed by the next deploy #3 at 14:42 after 70 "
              "min (70 min of the fixed release to the end); epoch, ascending"),
    dict(name="AC10-d-fixed-two-later", seed=28010, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(28010, 4, lo=50, hi=85),
         start="2028-04-01T11:20:00Z", service="acme-courier-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/courier-pickup-timers", "Release acme courier pickup windows from delayed timers"),
         fixed_pr_title=("fix/courier-timer-clear", "Clear acme courier pickup timers when a booking closes"),
         note="leak from #2 at 13:14 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:31 still leaks; fixed "
              "two deploys later by #4 at 15:24 (68 min of the fixed release to the end)"),
    # ================================================================== singles (all validation)
    dict(name="AC11-a-two-tasks-culprit-2-320", seed=28011, kind="a", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(28011, 3, lo=55, hi=85),
         start="2028-04-02T11:50:00Z", service="acapella-ticket-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=180, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/choir-seat-replay", "Keep acapella ticket orders for seat-map replay"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 14:00 (83 and 75 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="AC12-none-frequent-orders-320", seed=28012, kind="none",
         intervals=gen_intervals(28012, 8, lo=15, hi=45),
         start="2028-04-03T11:40:00Z", service="actuary-desk-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:40 through the peak; 8 deploys 16-44 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
    dict(name="AC13-e-lru-noon-280-320", seed=28013, kind="e",
         intervals=gen_intervals(28013, 3, lo=70, hi=100),
         start="2028-04-04T11:50:00Z", service="acacia-nursery-quotes",
         profile="quote", params={"detail": 22, "skus": 7000}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"LRU_MAX": "280"},
         note="bounded LRU (280 entries) refilling after each of 3 deploys 72-100 min apart, from 11:50 through "
              "the peak into the evening; must not alarm; epoch"),
    dict(name="AC14-none-hourly-quote-300", seed=28014, kind="none",
         intervals=gen_intervals(28014, 3, lo=60, hi=90),
         start="2028-04-05T10:20:00Z", service="acrylic-sign-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route, 10:20 into the afternoon (14:55 end); 3 deploys 60-73 min apart (hourly); "
              "must not alarm; epoch, ascending"),
]

SCENARIOS = _RB + AC_SCENARIOS
