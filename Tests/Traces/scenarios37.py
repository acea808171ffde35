"""memblame's tracelab scenarios, batch 37: AL01..AL16 (real memory traces with labels).

(Named AL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-36 used AA..AK.  No case folder, scenario
name or split entry starts with "AL"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 37"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios37.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios37.py --bytes \
        --jobs 2 --budget 900 --cases Tests/Traces/real --raw ../tracelab-raw37 AL01-... AL16-...

(the 16 cases have 5 114 samples in all, the longest AL10 406.)

PR and pipeline numbers: this file lists the scenarios of scenarios36.py
first, unchanged and in the same order (positions 11..684, exactly as when
scenarios36.py is passed), and the AL scenarios after them (positions
685..700).  Only the AL scenarios are recorded from this file.  Seeds are
37001..37016 (see the README for the number check).

The regimes of batch 35 again, with the mix of the brief: four leaking
cases with deploys every 15-45 min (b, c, a, d; culprits #4 to #7 of 8-10
deploys), two with hourly deploys (b, a), two culprit-early cases (the
culprit #1 after 40 min of v1: b in the early morning from 06:30, d at
11:30), a culprit-last case (c, 175 min of evidence), a fix two deploys
later (a) and one by the next deploy (c), two tasks with rolling deploys
(b, metrics-ci.jsonl), and four healthy cases (a flat orders service with
deploys every 15-37 min, a bounded LRU with deploys every 26-44 min, a step
at one deploy with hourly deploys, a flat quote service with hourly
deploys).

Split (Tests/Traces/split37.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  5 dev, 11
validation.

  four:   frequent-deploys AL01-AL04
  two:    hourly AL05-AL06, culprit-early AL07-AL08, fixed-later AL10-AL11,
          healthy-frequent AL13-AL14
  single: culprit-last AL09, multi-task AL12, healthy-step AL15,
          healthy-flat AL16

12 leaking (a: AL03, AL06, AL10; b: AL01, AL05, AL07, AL12; c: AL02, AL09,
AL11; d: AL04, AL08; AL10 fixed two deploys later, AL11 by the next
deploy), 4 healthy.

Loads scaled from what batch 36 measured (README, "Batch 36", "What did not
go as intended": the measured / aimed ratios), as batch 36 scaled from
batch 35: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0243 (was 0.0215: AK03 1.14
    times -> 0.0245, AJ03 1.12 times -> 0.0241; the mean); over intervals of
    an hour or more ~0.0232 (was 0.020: AK11 1.16 times -> 0.0232, AJ07
    1.22 times at 0.019 -> 0.0232), for the hourly and the fixed-later case;
  b (detail x req/s) with frequent deploys ~0.0029 (was 0.0027: AK01 1.24
    times -> 0.0033, AJ04 0.79 times at 0.0030 -> 0.0024; the mean 0.00285);
    over intervals of an hour or more ~0.0026 unchanged (AK05 0.99 times,
    AJ06 1.01 times), for the hourly, the culprit-early and, per task, the
    two-task case (AK10's 1.32 times per task was kind c, not carried over);
    skus 400;
  c (KB x req/s) with frequent deploys ~0.0103 (was 0.0105: AK02 1.18
    times -> 0.0124, AJ02 0.64 times at 0.0128 -> 0.0082; the mean); over
    intervals of an hour or more ~0.0115 (was 0.010: AK10 1.32 times per
    task -> 0.0132, AJ09 0.93 times at 0.0105 -> 0.0098; the mean), for the
    culprit-last and the fixed-later case;
  d (KB x req/s) with frequent deploys ~0.0150 (no d frequent case in
    batches 35-36: AI03 1.01 times at 0.0154 -> 0.0156, AH04 0.93 times at
    0.0156 -> 0.0145; the mean); over intervals of about an hour ~0.0145
    (AK09 1.46 times at 0.012 over 63 min -> 0.0175, AJ05 0.88 times at
    0.013 -> 0.0114; the mean), for the culprit-early case.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AL01 b 23 lines at 94, 320 MiB; AL02 c 6 KB at
  95, 300 MiB; AL03 a 3 KB at 86, 320 MiB; AL04 d 4 KB at 98, 300 MiB);
  hourly ~4 %/h (AL05 b 20 lines at 96, 320 MiB; AL06 a 3 KB at 67, 300
  MiB); culprit-early: AL07 b 24 lines at 120, 320 MiB, ~6 %/h at the peak
  but ~2 at 06:30 and ~4 by 10:00 as the morning traffic rises (the case is
  early morning, 05:50-10:39); AL08 d 4 KB at 97, 320 MiB, ~4.5 %/h;
  culprit-last ~4 %/h (AL09 c 5 KB at 81, 300 MiB, the last deploy #3 at
  12:15, 175 min of evidence); fixed-later ~5 %/h (AL10 a 3 KB at 84, 300
  MiB, fixed two deploys later; AL11 c 6 KB at 85, 300 MiB, fixed by the
  next deploy); multi-task ~4.5 %/h per task (AL12 b 24 lines at 180 over 2
  tasks, 320 MiB).  Healthy: AL13 none, orders, 9 deploys 15-37 min apart;
  AL14 a bounded LRU (330 entries, 8000 SKUs), 9 deploys 26-44 min apart;
  AL15 a step (a 60000-entry table loaded at boot from #2 on) on the orders
  route, 4 deploys 60-84 min apart (hourly); AL16 none, quote, 4 deploys
  64-83 min apart (hourly).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RK = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios36.py"))["SCENARIOS"]   # R..I, AA..AK

AL_SCENARIOS = [
    # ================================================================== frequent-deploys (AL01 dev, AL02-AL04 validation)
    dict(name="AL01-b-frequent-deploys-culprit-6-320", seed=37001, kind="b", culprit=6,
         intervals=gen_intervals(37001, 9, lo=15, hi=45),
         start="2028-07-31T09:58:00Z", service="alfalfa-bale-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bale-cut-quote-memo", "Memoise alfalfa bale quotes per cut and farmer"),
         note="9 deploys 16-43 min apart, culprit #6 at 13:10 (4 leaking intervals, 21-28 min; its own 21 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AL02-c-frequent-deploys-culprit-5-300", seed=37002, kind="c", culprit=5,
         intervals=gen_intervals(37002, 10, lo=15, hi=45),
         start="2028-08-01T10:25:00Z", service="alpaca-trek-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/trek-route-listeners", "Tell open alpaca trek bookings when a route changes"),
         note="10 deploys 25-44 min apart, culprit #5 at 13:10 (6 leaking intervals, 25-44 min; its own 26 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AL03-a-frequent-deploys-culprit-4-320", seed=37003, kind="a", culprit=4,
         intervals=gen_intervals(37003, 8, lo=15, hi=45),
         start="2028-08-02T11:12:00Z", service="almond-grove-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=86, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/grove-harvest-audit", "Keep almond grove orders for the harvest audit"),
         note="8 deploys 15-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-45 min; its own 21 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AL04-d-frequent-deploys-culprit-7-300", seed=37004, kind="d", culprit=7,
         intervals=gen_intervals(37004, 10, lo=15, hi=45),
         start="2028-08-03T09:38:00Z", service="alcove-suite-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=98, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/suite-checkout-timers", "Release alcove suite bookings from delayed checkout timers"),
         note="10 deploys 19-45 min apart, culprit #7 at 13:10 (4 leaking intervals, 29-41 min; its own 29 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== hourly (AL05 dev, AL06 validation)
    dict(name="AL05-b-hourly-culprit-2-320", seed=37005, kind="b", culprit=2,
         intervals=gen_intervals(37005, 4, lo=60, hi=90),
         start="2028-08-04T10:41:00Z", service="allspice-berry-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/berry-grade-quote-memo", "Memoise allspice berry quotes per grade and trader"),
         note="4 deploys 60-81 min apart (hourly), culprit #2 at 13:10 (81, 61 and 60 min leaking); ~4 %/h of "
              "320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AL06-a-hourly-culprit-3-300", seed=37006, kind="a", culprit=3,
         intervals=gen_intervals(37006, 4, lo=60, hi=90),
         start="2028-08-05T09:12:00Z", service="alembic-still-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=67, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/still-batch-history", "Keep alembic still orders for the batch history"),
         note="4 deploys 69-90 min apart (hourly), culprit #3 at 13:10 (69 and 73 min leaking); ~4 %/h of 300 "
              "MiB at peak; ascending"),
    # ================================================================== culprit-early (AL07 dev, AL08 validation)
    dict(name="AL07-b-culprit-first-after-40-early-320", seed=37007, kind="b", culprit=1,
         intervals=gen_intervals(37007, 4, {0: 40}, lo=40, hi=85),
         start="2028-08-06T05:50:00Z", service="albacore-catch-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/catch-haul-quote-memo", "Memoise albacore catch quotes per haul and buyer"),
         note="early morning: culprit is the first deploy #1 at 06:30, after 40 min of v1; every later interval "
              "leaks (40-79 min, to 10:39); ~6 %/h of 320 MiB at the peak but ~2 at 06:30 and ~4 by 10:00 as "
              "the morning traffic rises; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AL08-d-culprit-first-after-40-320", seed=37008, kind="d", culprit=1,
         intervals=gen_intervals(37008, 3, {0: 40}, lo=40, hi=85),
         start="2028-08-07T10:50:00Z", service="alpine-hut-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=97, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/hut-warden-timers", "Release alpine hut bookings from delayed warden timers"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (49-67 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    # ================================================================== singles and pairs
    dict(name="AL09-c-culprit-last-300", seed=37009, kind="c", culprit=3,
         intervals=[50, 40, 45, 175],
         start="2028-08-08T10:00:00Z", service="alder-mill-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/mill-wheel-listeners", "Tell open alder mill bookings when a wheel is serviced"),
         note="culprit is the last deploy #3 at 12:15 after 2 deploys 40-50 min apart: a single 175 min interval "
              "of evidence (~4 %/h of 300 MiB at peak); epoch, ascending"),
    dict(name="AL10-a-fixed-two-later-300", seed=37010, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(37010, 5, lo=50, hi=85),
         start="2028-08-09T11:00:00Z", service="almanac-print-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=84, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/almanac-edition-archive", "Keep almanac print orders for the edition archive"),
         fixed_pr_title=("fix/almanac-edition-archive-trimmed", "Stop keeping almanac print orders after the archive write"),
         note="leak from #2 at 13:15 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:09 still leaks; fixed "
              "two deploys later by #4 at 15:24 (66 min of the fixed release, then #5 at 16:30, 76 min)"),
    dict(name="AL11-c-fixed-one-later-300", seed=37011, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(37011, 4, lo=55, hi=85),
         start="2028-08-10T11:04:00Z", service="alligator-swamp-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/swamp-tour-listeners", "Tell open alligator swamp bookings when a tour moves"),
         fixed_pr_title=("fix/swamp-tour-listeners-removed", "Remove alligator swamp tour listeners when a booking responds"),
         note="leak from #2 at 13:10 (83 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:33 "
              "(77 min of the fixed release, then #4 at 15:50, 56 min); epoch, ascending"),
    dict(name="AL12-b-two-tasks-culprit-2-320", seed=37012, kind="b", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(37012, 3, lo=55, hi=85),
         start="2028-08-11T11:10:00Z", service="aloe-leaf-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/leaf-sap-quote-memo", "Memoise aloe leaf quotes per sap grade and grower"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (58 and 78 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-frequent (AL13 dev, AL14 validation)
    dict(name="AL13-none-frequent-orders-300", seed=37013, kind="none",
         intervals=gen_intervals(37013, 9, lo=15, hi=40),
         start="2028-08-12T11:30:00Z", service="alto-choir-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 11:30 through the peak; 9 deploys 15-37 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AL14-e-lru-frequent-330-300", seed=37014, kind="e",
         intervals=gen_intervals(37014, 9, lo=20, hi=45),
         start="2028-08-13T11:20:00Z", service="algae-bloom-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 26-44 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy singles (validation)
    dict(name="AL15-step-hourly-orders-320", seed=37015, kind="step", culprit=2,
         intervals=gen_intervals(37015, 4, lo=60, hi=90),
         start="2028-08-14T10:45:00Z", service="alms-ledger-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/ledger-rate-table-at-boot", "Load the alms ledger rate table at boot"),
         note="level shift at #2 of 4 (13:09), orders route; 4 deploys 60-84 min apart (hourly); no trend after; "
              "must not alarm; ascending"),
    dict(name="AL16-none-hourly-quote-300", seed=37016, kind="none",
         intervals=gen_intervals(37016, 4, lo=60, hi=90),
         start="2028-08-15T10:10:00Z", service="alabaster-slab-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route, 10:10 into the afternoon (16:20 end); 4 deploys 64-83 min apart (hourly); "
              "must not alarm; epoch"),
]

SCENARIOS = _RK + AL_SCENARIOS
