"""memblame's tracelab scenarios, batch 57: BF01..BF16 (real memory traces with labels).

(Named BF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-56 used AA..AZ, BA, BB, BC, BD and BE.  No
case folder, scenario name or split entry starts with "BF"; neither tracelab
nor these files parse the prefix of a name (deploy_records takes the
position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 57"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios57.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios57.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw57 BF16-... BF12-...

(No long-interval case: the longest, BF16, has 443 samples, about 111 s of
recording; the 16 cases have 4 802 samples in all, kept short for a
recording budget of 1100 s.)

Changed after the first recording (README, "Batch 57", "Recording"): BF12
and BF16 were first written with ISO 8601 timestamps, and their
metrics.json came out at 31 032 and 35 059 bytes, over the 30 KB limit for
an uncompressed file (metrics.json cannot be gzipped: the loader reads it
plain).  Both now use ts_format "wire" (epoch seconds, about 16 bytes less
per datapoint; "epoch" added to their notes) and were recorded again; no
other field, no interval, load, seed or split entry changed.

PR and pipeline numbers: this file lists the scenarios of scenarios56.py
first, unchanged and in the same order (positions 11..1004, exactly as when
scenarios56.py is passed), and the BF scenarios after them (positions
1005..1020).  Only the BF scenarios are recorded from this file.  Seeds are
57001..57016, each case's seed +100 if its PR or pipeline numbers collide.
The number check (/work/tracelab-raw57/check_numbers.py, written anew
after batch 36's) found on the first run two BF PRs equal to pipeline
numbers of earlier cases: BF08's PR 357239 (a pipeline of O01) and BF14's
PR 359327 (a pipeline of O04).  Their seeds became 57108 and 57114 (the
first +100 passed: 0 errors on the second run); BF08's intervals are
written out and BF14 keeps the draw of 57014 (as AY12 kept 50012's), so
the design did not change.  BF PRs 354837-360134, pipelines
708797-719161.

The mix has a purpose: development cases of two weak shapes (b with
frequent deploys next to a bounded per-SKU cache; a with hourly deploys;
and above all a step loaded at boot followed by long intervals, where
batch 56's BE16 fell 9-10 points with no deploy 60-70 min after the step),
plus a broad blind validation as batches 46-48 and 50-56: five leaking
cases with deploys every 15-45 min (b, c, b, d, a; culprits #4 and #5 of
8-9 deploys; frequent-deploys; the two b next to a bounded per-SKU cache
of 400 SKUs, as BE03 and BE05); two culprits with hourly deploys, the
culprit #2 in the middle of three (a, b; hourly; the b next to the per-SKU
cache); one with deploys 140 and 140 min apart, the culprit #2 in the
middle of three (few-hours, d); a culprit-early case (c, the culprit #1
after 40 min of v1); a slow leak (a, ~1.5 %/h, the culprit #2 with 195
min after it; slow-leak); a feature flag switched on inside an interval,
60 min after a deploy, with no culprit deploy (c; flag-flip); a fix two
deploys later (d; fixed-later); and four healthy steps (a 60000-entry
table loaded at boot from the step deploy on, as BE16): quote with 3
deploys 80-97 min apart, step at #2; orders with 3 deploys 85-100 min
apart, step at #2; quote with 8 deploys 26-40 min apart, step at #4;
orders with 4 deploys 79-97 min apart, step at #2.

Split (Tests/Traces/split57.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`, except the healthy-step group of four, whose first two
(BF13, BF14) are `dev`; every single case is `validation`.  4 dev (BF01,
BF06, BF13, BF14), 12 validation.

  five:   frequent-deploys BF01-BF05
  two:    hourly BF06-BF07
  four:   healthy-step BF13-BF16 (BF13, BF14 dev)
  single: few-hours BF08, culprit-early BF09, slow-leak BF10, flag-flip
          BF11, fixed-later BF12 (fixed two later)

12 leaking (a: BF05, BF06, BF10; b: BF01, BF03, BF07; c: BF02, BF09,
BF11; d: BF04, BF08, BF12; BF11 a flag flip with no culprit deploy; BF12
fixed two deploys later), 4 healthy (step).

Loads scaled from what batches 54-56 measured (README, "What did not go as
intended" and "units for the next batch": the measured / aimed ratios), by
batch 56's rule moved on by one batch: the mean over every case of the last
three batches (54-56) of a kind and class (frequent deploys; intervals of
an hour or more), each case's unit times its measured / aimed ratio, as
%/h per unit of load at peak traffic, normalised to 256 MiB (multiply by
256 / limit for another limit) (/work/tracelab-raw57/units.py).  Batch
47's exception for d with frequent deploys is kept: a case cut by major
GCs counts with its ratio before them (BD04 1.10, not 0.81; BC04 and BE01
had no GC drop, 0.83 and 0.67); by the plain rule the d frequent unit
would be 0.0121.  The flag flips count with their ratio from the flip
(BC11, BD11, BE11); the slow leaks BC10 (2 KB a), BD10 (9 lines b) and
BE10 (2 KB d) count (without them the a unit over an hour or more would be
0.0194, the b unit 0.00210, the d unit 0.0113); BC13, BD13 and BE13 count
per task.  No case of batch 53 counts any longer (BB01-BB10 dropped out of
the three-batch window):
  a (KB x req/s) with frequent deploys ~0.0199 (was 0.0203: BC01 0.94 at
    0.0235, BD03 0.88 at 0.0212, BE02 0.93 at 0.0203); over intervals of
    an hour or more ~0.0203 (was 0.0198: BC06 0.89, BC10 1.10 at 0.0233,
    BD09 0.70, BD12 0.73 at 0.0230, BE08 1.32, BE11 1.11, BE13 0.74 at
    0.0198), for the hourly a and the slow leak;
  b (detail x req/s) with frequent deploys ~0.00312 (was 0.00260: BC02
    1.13 and BC05 1.02 at 0.00265, BD02 1.41 and BD05 1.17 at 0.00259,
    BE03 1.20 and BE05 1.24 at 0.00260); over intervals of an hour or more
    ~0.00246 (was 0.00239: BC08 0.50 at 0.00285, BD06 0.89, BD10 1.45 at
    0.00245, BE09 1.13 at 0.00239), for the hourly b;
  c (KB x req/s) with frequent deploys ~0.0125 (was 0.0133: BC03 1.14 at
    0.0117, BD01 1.06 at 0.0130, BE04 0.78 at 0.0133); over intervals of
    an hour or more ~0.0124 (was 0.0118: BC09 0.87, BC11 1.35, BC13 1.68
    at 0.00948, BD07 0.83 at 0.0122, BE06 0.91, BE12 1.38 at 0.0118), for
    the culprit-early c and the flag flip;
  d (KB x req/s) with frequent deploys ~0.0136 (was 0.0154: BC04 0.83 at
    0.0159, BD04 1.10 before its GCs at 0.0156, BE01 0.67 at 0.0154); over
    intervals of an hour or more ~0.0121 (was 0.0114: BC07 0.79, BC12 0.67
    at 0.0111, BD08 1.64, BD11 1.77, BD13 1.50 at 0.00836, BE07 0.94, BE10
    1.49 at 0.0114), for the few-hours d and the fixed-later d.
Each load is rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw57/verify.py).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BF01 b 22 lines at 91, 320 MiB; BF02 c 6 KB at
  78, 300 MiB; BF03 b 20 lines at 94, 300 MiB; BF04 d 5 KB at 92, 320 MiB;
  BF05 a 6 KB at 49, 300 MiB); hourly ~4 %/h (BF06 a 5 KB at 46, 300 MiB;
  BF07 b 19 lines at 107, 320 MiB); few-hours ~4 %/h (BF08 d 6 KB at 69,
  320 MiB); culprit-early ~4.5 %/h (BF09 c 5 KB at 85, 300 MiB); slow-leak
  ~1.5 %/h (BF10 a 2 KB at 46, 320 MiB); flag-flip ~4.5 %/h (BF11 c 5 KB
  at 85, 300 MiB); fixed-later ~5 %/h (BF12 d 6 KB at 86, 320 MiB).
  Healthy steps, loads as BE16 (quote, 20 lines at 95) and BD16 (orders,
  5 KB at 95), 60000 entries: BF13 quote 300 MiB, BF14 orders 320 MiB,
  BF15 quote 320 MiB, BF16 orders 300 MiB.  The "~N %/h" in the notes are
  these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBE = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios56.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BE

_BF08 = [45, 140, 140, 35]
_BF10 = [50, 50, 95, 100]
_BF11 = [45, 75, 120, 45]

BF_SCENARIOS = [
    # ================================================================== frequent-deploys (BF01 dev, BF02-BF05 validation)
    dict(name="BF01-b-frequent-deploys-culprit-4-320", seed=57001, kind="b", culprit=4,
         intervals=gen_intervals(57001, 8, lo=15, hi=45),
         start="2029-07-01T11:00:00Z", service="bergamot-infuser-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bergamot-earlgrey-quote-memo", "Memoise bergamot infuser quotes per earlgrey and darjeeling"),
         note="8 deploys 17-41 min apart, culprit #4 at 13:10 (5 leaking intervals, 18-36 min; its own 36 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BF02-c-frequent-deploys-culprit-5-300", seed=57002, kind="c", culprit=5,
         intervals=gen_intervals(57002, 8, lo=15, hi=45),
         start="2029-07-02T10:57:00Z", service="baritone-chorale-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=78, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/baritone-tenor-listeners", "Tell open baritone chorale bookings when a tenor frees"),
         note="8 deploys 17-44 min apart, culprit #5 at 13:10 (4 leaking intervals, 31-44 min; its own 39 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="BF03-b-frequent-deploys-culprit-5-300", seed=57003, kind="b", culprit=5,
         intervals=gen_intervals(57003, 8, lo=15, hi=45),
         start="2029-07-03T11:18:00Z", service="buccaneer-doubloon-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/buccaneer-galleon-quote-memo", "Memoise buccaneer doubloon quotes per galleon and cutlass"),
         note="8 deploys 18-32 min apart, culprit #5 at 13:10 (4 leaking intervals, 18-32 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BF04-d-frequent-deploys-culprit-5-320", seed=57004, kind="d", culprit=5,
         intervals=gen_intervals(57004, 8, lo=15, hi=45),
         start="2029-07-04T11:19:00Z", service="bellboy-concierge-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bellboy-luggage-timers", "Confirm bellboy concierge bookings from delayed luggage timers"),
         note="8 deploys 15-45 min apart, culprit #5 at 13:10 (4 leaking intervals, 22-45 min; its own 45 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="BF05-a-frequent-deploys-culprit-5-300", seed=57005, kind="a", culprit=5,
         intervals=gen_intervals(57005, 9, lo=15, hi=45),
         start="2029-07-05T10:43:00Z", service="bilberry-compote-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=49, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bilberry-scone-history", "Keep bilberry compote orders for the scone history"),
         note="9 deploys 15-35 min apart, culprit #5 at 13:10 (5 leaking intervals, 15-35 min; its own 35 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== hourly (BF06 dev, BF07 validation)
    dict(name="BF06-a-hourly-culprit-2-300", seed=57006, kind="a", culprit=2,
         intervals=gen_intervals(57006, 3, lo=60, hi=85),
         start="2029-07-06T11:06:00Z", service="boomerang-outback-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=46, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/boomerang-didgeridoo-history", "Keep boomerang outback orders for the didgeridoo history"),
         note="3 deploys 60-67 min apart (hourly), culprit #2 at 13:10 in the middle (67 and 60 min leaking); "
              "~4 %/h of 300 MiB at peak; epoch"),
    dict(name="BF07-b-hourly-culprit-2-320", seed=57007, kind="b", culprit=2,
         intervals=gen_intervals(57007, 3, lo=60, hi=85),
         start="2029-07-07T10:44:00Z", service="burlap-hessian-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/burlap-jute-quote-memo", "Memoise burlap hessian quotes per jute and sisal"),
         note="3 deploys 62-73 min apart (hourly), culprit #2 at 13:10 in the middle (73 and 67 min leaking); "
              "~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== singles (all validation)
    dict(name="BF08-d-few-hours-culprit-2-320", seed=57108, kind="d", culprit=2,
         intervals=_BF08,
         start="2029-07-08T10:05:00Z", service="balalaika-troupe-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=69, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/balalaika-cossack-timers", "Confirm balalaika troupe bookings from delayed cossack timers"),
         note="v1 45 min, #1 at 10:50 (140 min), the culprit #2 at 13:10 (140 min) in the middle, then #3 at "
              "15:30 (35 min, still leaking); ~4 %/h of 320 MiB at peak"),
    dict(name="BF09-c-culprit-first-after-40-300", seed=57009, kind="c", culprit=1,
         intervals=gen_intervals(57009, 3, {0: 40}, lo=35, hi=80),
         start="2029-07-09T10:50:00Z", service="brigantine-schooner-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/brigantine-bosun-listeners", "Tell open brigantine schooner bookings when a bosun frees"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (46-72 "
              "min, ~4.5 %/h of 300 MiB at peak); epoch, ascending"),
    dict(name="BF10-a-slow-leak-culprit-2-320", seed=57010, kind="a", culprit=2,
         intervals=_BF10,
         start="2029-07-10T11:30:00Z", service="bonfire-kindling-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=46, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bonfire-tinder-history", "Keep bonfire kindling orders for the tinder history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    dict(name="BF11-c-flag-flip-300", seed=57011, kind="c", flag="barbershop_quartet_harmony_alerts",
         flag_at=sum(_BF11[:2]) + 60, intervals=_BF11,
         start="2029-07-11T10:00:00Z", service="barbershop-quartet-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag barbershop_quartet_harmony_alerts on at 12:59:30, 60 min after #2 and 60 "
              "min before #3 (v3's interval 120 min), then one last interval of 45 min; a harmony-alert listener "
              "per booking (~4.5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="BF12-d-fixed-two-later-320", seed=57012, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(57012, 5, lo=55, hi=80),
         start="2029-07-12T11:09:00Z", service="biplane-wingwalker-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=86, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/biplane-barnstormer-timers", "Confirm biplane wingwalker bookings from delayed barnstormer timers"),
         fixed_pr_title=("fix/biplane-barnstormer-timer-cleanup", "Confirm biplane wingwalker bookings at once, without barnstormer timers"),
         note="leak from #2 at 13:10 (78 min, ~5 %/h of 320 MiB at peak); the unrelated #3 at 14:28 still leaks "
              "(60 min); fixed by #4 at 15:28 two deploys later (62 min of the fixed release, then #5 at 16:30, "
              "77 min); epoch, ascending"),
    # ================================================================== healthy-step (BF13, BF14 dev; BF15, BF16 validation)
    dict(name="BF13-step-hours-quote-300", seed=57013, kind="step", culprit=2,
         intervals=gen_intervals(57013, 3, lo=80, hi=100),
         start="2029-07-13T10:28:00Z", service="brocade-weaver-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/brocade-damask-table-at-boot", "Load the brocade damask table at boot"),
         note="level shift at #2 of 3 (13:10), quote route; 3 deploys 80-97 min apart (86 and 97 min after the "
              "step); no trend after; must not alarm; epoch, ascending"),
    dict(name="BF14-step-hours-orders-320", seed=57114, kind="step", culprit=2,
         intervals=gen_intervals(57014, 3, lo=80, hi=100),
         start="2029-07-14T10:09:00Z", service="bookend-shelving-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/bookend-shelfmark-table-at-boot", "Load the bookend shelfmark table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 85-100 min apart (87 and 100 min after "
              "the step); no trend after; must not alarm"),
    dict(name="BF15-step-frequent-quote-320", seed=57015, kind="step", culprit=4,
         intervals=gen_intervals(57015, 8, lo=20, hi=40),
         start="2029-07-15T10:52:00Z", service="blimp-zeppelin-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/blimp-zeppelin-table-at-boot", "Load the blimp zeppelin table at boot"),
         note="level shift at #4 of 8 (13:10), quote route; 8 deploys 26-40 min apart; no trend after; must not "
              "alarm; epoch"),
    dict(name="BF16-step-four-deploys-orders-300", seed=57016, kind="step", culprit=2,
         intervals=gen_intervals(57016, 4, lo=70, hi=100),
         start="2029-07-16T10:06:00Z", service="bunting-pennant-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bunting-pennant-table-at-boot", "Load the bunting pennant table at boot"),
         note="level shift at #2 of 4 (13:10), orders route; 4 deploys 79-97 min apart (93, 79 and 87 min after "
              "the step); no trend after; must not alarm; epoch, ascending"),
]

SCENARIOS = _RBE + BF_SCENARIOS
