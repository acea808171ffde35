"""memblame's tracelab scenarios, batch 40: AO01..AO12 (real memory traces with labels).

(Named AO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-39 used AA..AN.  No case folder, scenario
name or split entry starts with "AO"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 40"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios40.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios40.py --bytes \
        --jobs 2 --budget 900 --cases Tests/Traces/real --raw ../tracelab-raw40 AO12-... AO08-...

(No long-interval case: the longest, AO12, has 416 samples, 104 s of
recording; the 12 cases have 4 071 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios39.py
first, unchanged and in the same order (positions 11..732, exactly as when
scenarios39.py is passed), and the AO scenarios after them (positions
733..744).  Only the AO scenarios are recorded from this file.  Seeds are
40001..40012 except AO04 40104 (with 40004 its PRs 260755 and 260761
equalled pipelines of L15); AO04's intervals are still
gen_intervals(40004, ...) (see the README for the number check).

The mix: five leaking cases with deploys every 15-45 min (a, b, c, d, b;
culprits #4 to #8 of 8-11 deploys), two with hourly deploys (b, d), a
culprit-early case (d, the culprit #1 after 40 min of v1), a fix one deploy
later (b), and three healthy cases (a flat orders service with deploys
every 25-37 min, a bounded LRU with deploys every 23-45 min, a step at one
deploy with hourly deploys).

Split (Tests/Traces/split40.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 9
validation.

  five:   frequent-deploys AO01-AO05
  two:    hourly AO06-AO07, healthy-frequent AO10-AO11
  single: culprit-early AO08, fixed-later AO09, healthy-step AO12

9 leaking (a: AO01; b: AO02, AO05, AO06, AO09; c: AO03; d: AO04, AO07,
AO08; AO09 fixed one deploy later), 3 healthy.

Loads scaled from what batches 37-39 measured (README, "What did not go as
intended": the measured / aimed ratios), as batch 39 scaled from batches
36-38: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0264 (was 0.020: AN04 1.41 times
    -> 0.0282, AM02 -> 0.0246; the mean);
  b (detail x req/s) with frequent deploys ~0.0022 (was 0.0024: AN01 1.16
    times -> 0.0028, AM03 -> 0.0015; the mean 0.00215); over intervals of
    an hour or more ~0.0021 (was 0.0027: AN10 0.65 times -> 0.0018, AN08
    0.92 times at the peak -> 0.0025; the mean 0.00215), for the hourly
    and the fixed-later case;
  c (KB x req/s) with frequent deploys ~0.0104 (was 0.0106: AN03 1.27
    times -> 0.0135, AM01 -> 0.0073; the mean);
  d (KB x req/s) with frequent deploys ~0.0095 (was 0.0134: AN02 0.59
    times -> 0.0079, AL04 -> 0.0111; the mean); over intervals of an hour
    or more ~0.0097 (was 0.011: AN06 0.94 times -> 0.0103, AN11 0.82 times
    -> 0.0090; the mean), for the hourly and the culprit-early case.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AO01 a 3 KB at 80, 320 MiB; AO02 b 28 lines at
  95, 300 MiB; AO03 c 6 KB at 100, 320 MiB; AO04 d 7 KB at 88, 300 MiB;
  AO05 b 30 lines at 95, 320 MiB); hourly ~4 %/h (AO06 b 24 lines at 93,
  300 MiB; AO07 d 6 KB at 86, 320 MiB); culprit-early ~4.5 %/h (AO08 d 6 KB
  at 91, 300 MiB); fixed-later ~5 %/h (AO09 b 31 lines at 96, 320 MiB).
  Healthy: AO10 none, orders, 9 deploys 25-37 min apart; AO11 a bounded LRU
  (330 entries, 8000 SKUs), 9 deploys 23-45 min apart; AO12 step (a
  60000-entry table loaded at boot from #2 on), orders, 4 deploys 77-89 min
  apart (hourly).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RN = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios39.py"))["SCENARIOS"]   # R..I, AA..AN

AO_SCENARIOS = [
    # ================================================================== frequent-deploys (AO01 dev, AO02-AO05 validation)
    dict(name="AO01-a-frequent-deploys-culprit-6-320", seed=40001, kind="a", culprit=6,
         intervals=gen_intervals(40001, 10, lo=15, hi=45),
         start="2028-09-25T09:48:00Z", service="apricot-grove-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/apricot-harvest-audit", "Keep apricot grove orders for the harvest audit"),
         note="10 deploys 23-41 min apart, culprit #6 at 13:10 (5 leaking intervals, 23-41 min; its own 23 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AO02-b-frequent-deploys-culprit-4-300", seed=40002, kind="b", culprit=4,
         intervals=gen_intervals(40002, 8, lo=15, hi=45),
         start="2028-09-26T11:11:00Z", service="apiculture-wax-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/apiary-comb-quote-memo", "Memoise apiculture wax quotes per comb and beekeeper"),
         note="8 deploys 16-39 min apart, culprit #4 at 13:10 (5 leaking intervals, 16-39 min; its own 39 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AO03-c-frequent-deploys-culprit-7-320", seed=40003, kind="c", culprit=7,
         intervals=gen_intervals(40003, 11, lo=15, hi=45),
         start="2028-09-27T09:29:00Z", service="apex-summit-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/summit-rope-listeners", "Tell open apex summit bookings when a rope team moves"),
         note="11 deploys 15-45 min apart, culprit #7 at 13:10 (5 leaking intervals, 15-45 min; its own 45 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AO04-d-frequent-deploys-culprit-5-300", seed=40104, kind="d", culprit=5,
         intervals=gen_intervals(40004, 9, lo=15, hi=45),
         start="2028-09-28T10:29:00Z", service="aqueduct-canal-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=88, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/aqueduct-sluice-timers", "Release aqueduct canal bookings from delayed sluice timers"),
         note="9 deploys 20-40 min apart, culprit #5 at 13:10 (5 leaking intervals, 20-40 min; its own 20 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="AO05-b-frequent-deploys-culprit-8-320", seed=40005, kind="b", culprit=8,
         intervals=gen_intervals(40005, 10, lo=15, hi=45),
         start="2028-09-29T08:47:00Z", service="apron-kitchen-quotes",
         profile="quote", params={"detail": 30, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/apron-stitch-quote-memo", "Memoise apron kitchen quotes per stitch and tailor"),
         note="10 deploys 16-44 min apart, culprit #8 at 13:10 (3 leaking intervals, 18-41 min; its own 37 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (AO06 dev, AO07 validation)
    dict(name="AO06-b-hourly-culprit-2-300", seed=40006, kind="b", culprit=2,
         intervals=gen_intervals(40006, 4, lo=60, hi=90),
         start="2028-09-30T10:42:00Z", service="arbor-trellis-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/trellis-vine-quote-memo", "Memoise arbor trellis quotes per vine and gardener"),
         note="4 deploys 60-86 min apart (hourly), culprit #2 at 13:10 (60, 60 and 85 min leaking); ~4 %/h of "
              "300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AO07-d-hourly-culprit-3-320", seed=40007, kind="d", culprit=3,
         intervals=gen_intervals(40007, 4, lo=60, hi=90),
         start="2028-10-01T09:24:00Z", service="arcade-token-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=86, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/arcade-token-refill-timers", "Release arcade token bookings from delayed refill timers"),
         note="4 deploys 72-86 min apart (hourly), culprit #3 at 13:10 (72 and 83 min leaking); ~4 %/h of 320 "
              "MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="AO08-d-culprit-first-after-40-300", seed=40008, kind="d", culprit=1,
         intervals=gen_intervals(40008, 3, {0: 40}, lo=40, hi=85),
         start="2028-10-02T10:50:00Z", service="archer-longbow-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=91, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/archery-target-timers", "Release archer longbow bookings from delayed target timers"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (58-70 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    dict(name="AO09-b-fixed-one-later-320", seed=40009, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(40009, 4, lo=55, hi=85),
         start="2028-10-03T10:51:00Z", service="argon-lamp-quotes",
         profile="quote", params={"detail": 31, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/argon-lamp-quote-memo", "Memoise argon lamp quotes per tube and sign maker"),
         fixed_pr_title=("fix/argon-lamp-quote-memo-bounded", "Bound the argon lamp quote memo to the current tubes"),
         note="leak from #2 at 13:10 (72 min, ~5 %/h of 320 MiB at peak); fixed by the next deploy #3 at 14:22 "
              "(84 min of the fixed release, then #4 at 15:46, 84 min); good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    # ================================================================== healthy-frequent (AO10 dev, AO11 validation)
    dict(name="AO10-none-frequent-orders-300", seed=40010, kind="none",
         intervals=gen_intervals(40010, 9, lo=15, hi=40),
         start="2028-10-04T11:30:00Z", service="aria-opera-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 9 deploys 25-37 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
    dict(name="AO11-e-lru-frequent-330-300", seed=40011, kind="e",
         intervals=gen_intervals(40011, 9, lo=20, hi=45),
         start="2028-10-05T11:20:00Z", service="aster-petal-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 23-45 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy single (validation)
    dict(name="AO12-step-hourly-orders-320", seed=40012, kind="step", culprit=2,
         intervals=gen_intervals(40012, 4, lo=60, hi=90),
         start="2028-10-06T10:23:00Z", service="atlas-chart-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/atlas-chart-table-at-boot", "Load the atlas chart grid table at boot"),
         note="level shift at #2 of 4 (13:10), orders route; 4 deploys 77-89 min apart (hourly); no trend after; "
              "must not alarm"),
]

SCENARIOS = _RN + AO_SCENARIOS
