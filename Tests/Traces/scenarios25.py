"""memblame's tracelab scenarios, batch 25: I01..I14 (real memory traces with labels).

(Named I: tracelab's own example scenarios are X1..X11, and batches 1-24 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E, D, C, B, A, J and O.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 25"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios25.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios25.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw25 I01-... I14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 25 does not
reuse the ranges of R..O, this file lists the scenarios of scenarios24.py
first, unchanged and in the same order (positions 11..516, exactly as when
scenarios24.py is passed), and the I scenarios after them (positions
517..530).  Only the I scenarios are recorded from this file.  Seeds are
25001..25014.

Split (Tests/Traces/split25.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 12 validation.

  three:  hourly I03-I05
  two:    frequent-deploys I01-I02
  single: few-hours I06, culprit-early I07, culprit-last I08, fixed-later I09,
          oom-fast I10, multi-task I11, healthy-frequent I12, healthy-step I13,
          healthy-flat I14

11 leaking (a: I01, I03, I11; b: I06, I08; c: I02, I04, I10; d: I05, I07,
I09; I09 fixed two deploys later), 3 healthy.  About 4 260 simulated minutes
(budget 750 s with 2 jobs; batch 24 recorded 4 529 minutes in 589 s).

Loads scaled from what batch 24 measured (README, "Batch 24", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 24 scaled from
batch 23: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit):
  a (KB x req/s) ~0.022 (was 0.024: O10 3 KB at 70, 256 MiB, 4.3 for ~5;
    O01 3 KB at 80, 300 MiB, 4.5-6.0 in its later 22-29 min intervals for
    ~5 but 1.5 in the culprit's own 42 min);
  b (detail x req/s) ~0.0025 (was 0.0028: O04 24 lines at 75, 320 MiB, 3.6,
    2.5 and 2.5 for ~4; O02 22 at 80, 256 MiB, 7.7 in the culprit's own
    interval, the later ones lost in the per-SKU warm-up); skus 400 as in
    batches 20-24;
  c (KB x req/s) ~0.010 (unchanged: O05 5 KB at 95, 300 MiB, 3.9-4.4 for ~4;
    O07 5 KB at 105, 300 MiB, 4.3-4.4 for ~4.5; O11 8 KB at 200 over 3
    tasks, 300 MiB, 4.6 and 3.9 for ~4.5);
  d (KB x req/s) ~0.012 (was 0.0085: O03 6 KB at 115, 300 MiB, 8.0-9.3 for
    ~5; O06 6 KB at 105, 384 MiB, 4.8 for ~3.5; O09 6 KB at 110, 320 MiB,
    3.8-8.8 after the flip for ~4.5; weighed with J04, as aimed at 0.0092);
  oom-fast as J09/A08/B11 (c 64 KB at 170, heap 160, 300 MiB: OOM about an
    hour after the onset in batches 17-23).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (I01 a 3 KB at 90, 300 MiB; I02 c 6 KB at 95,
  300 MiB); hourly ~4 %/h (I03 a 3 KB at 70, 300 MiB; I04 c 5 KB at 100,
  320 MiB; I05 d 4 KB at 100, 300 MiB); few-hours ~3.5 %/h (I06 b 22 lines
  at 95, 384 MiB); culprit-early ~4.5 %/h at peak (I07 d 4 KB at 110, 300
  MiB, the culprit #1 at 11:20 after 45 min of v1); culprit-last ~4 %/h (I08
  b 22 lines at 90, 320 MiB, the last deploy #3 at 11:45, 180 min of
  evidence); fixed-later ~5 %/h (I09 d 4 KB at 105, 256 MiB, fixed two
  deploys later); oom-fast (I10 c 64 KB at 170, heap 160, 300 MiB);
  multi-task ~4.5 %/h per task (I11 a 3 KB at 160 over 2 tasks, gap 5, 300
  MiB).  Healthy: I12 none, orders, 8 deploys 19-43 min apart; I13 a step
  (preloaded index) at #2 of 3, quote route; I14 none, quote, 11:00 through
  the peak into the afternoon, 3 deploys 81 and 83 min apart.  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RO = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios24.py"))["SCENARIOS"]   # R..J and O

I_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (I01 dev, I02 validation)
    dict(name="I01-a-frequent-deploys-culprit-5-300", seed=25001, kind="a", culprit=5,
         intervals=gen_intervals(25001, 9, lo=15, hi=45),
         start="2028-02-12T11:40:00Z", service="igloo-stay-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/igloo-order-replay", "Keep igloo stay orders for replay tests"),
         note="9 deploys 18-43 min apart, culprit #5 at 13:40 (5 leaking intervals, 20-43 min; its own 43 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="I02-c-frequent-deploys-culprit-4-300", seed=25002, kind="c", culprit=4,
         intervals=gen_intervals(25002, 9, lo=15, hi=45),
         start="2028-02-13T11:40:00Z", service="island-ferry-tickets",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/sailing-change-listeners", "Tell open island ferry orders when a sailing changes"),
         note="9 deploys 20-41 min apart, culprit #4 at 13:31 (6 leaking intervals, 15-28 min; its own 25 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== hourly (I03 dev, I04-I05 validation)
    dict(name="I03-a-hourly-culprit-2-300", seed=25003, kind="a", culprit=2,
         intervals=gen_intervals(25003, 4, lo=60, hi=90),
         start="2028-02-14T11:00:00Z", service="ironmonger-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=70, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/hardware-order-audit", "Keep ironmonger orders for the stock audit"),
         note="4 deploys 60-88 min apart (hourly), culprit #2 at 13:23 (88, 60 and 74 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch"),
    dict(name="I04-c-hourly-culprit-2-320", seed=25004, kind="c", culprit=2,
         intervals=gen_intervals(25004, 4, lo=60, hi=90),
         start="2028-02-15T10:40:00Z", service="ikebana-class-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/vase-stock-listeners", "Tell open ikebana class bookings when vase stock changes"),
         note="4 deploys 60-76 min apart (hourly), culprit #2 at 12:56 (60, 60 and 81 min leaking); ~4 %/h of "
              "320 MiB at peak"),
    dict(name="I05-d-hourly-culprit-2-300", seed=25005, kind="d", culprit=2,
         intervals=gen_intervals(25005, 4, lo=60, hi=90),
         start="2028-02-16T10:20:00Z", service="inkwell-stationery-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/engraving-slot-timers", "Release inkwell engraving slots from delayed timers"),
         note="4 deploys 78-81 min apart (hourly), culprit #2 at 13:04 (81, 81 and 81 min leaking); ~4 %/h of "
              "300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="I06-b-few-hours-culprit-2-384", seed=25006, kind="b", culprit=2,
         intervals=[50, 130, 150, 60],
         start="2028-02-17T09:00:00Z", service="ivory-piano-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=95, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/tuning-quote-memo", "Memoise piano tuning quotes per model and customer"),
         note="3 deploys 130 and 150 min apart (few hours), culprit #2 at 12:00 (150 min leaking through the "
              "afternoon, #3 at 14:30 still leaks, 60 min); ~3.5 %/h of 384 MiB at peak; good releases warm a "
              "per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="I07-d-culprit-first-after-45-300", seed=25007, kind="d", culprit=1,
         intervals=gen_intervals(25007, 3, {0: 45}, lo=45, hi=85),
         start="2028-02-18T10:35:00Z", service="indigo-dye-workshops",
         profile="orders", params={"payload_kb": 4}, peak_rps=110, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/dye-vat-timers", "Release indigo dye vats from delayed timers"),
         note="culprit is the first deploy #1 at 11:20, after 45 min of v1; every later interval leaks (47-57 "
              "min, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="I08-b-culprit-last-320", seed=25008, kind="b", culprit=3,
         intervals=[50, 55, 60, 180],
         start="2028-02-19T09:00:00Z", service="iced-tea-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/tea-blend-quote-memo", "Memoise iced tea quotes per blend and customer"),
         note="culprit is the last deploy #3 at 11:45: a single 180 min interval of evidence (~4 %/h of 320 "
              "MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="I09-d-fixed-two-later", seed=25009, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(25009, 4, lo=50, hi=80),
         start="2028-02-20T10:50:00Z", service="inn-keeper-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=105,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/room-hold-timers", "Release inn room holds from delayed timers"),
         fixed_pr_title=("fix/room-holds-on-checkout", "Release inn room holds at checkout instead of from timers"),
         note="leak from #2 at 12:51 (~5 %/h at peak); the unrelated #3 at 13:45 still leaks; fixed two deploys "
              "later by #4 at 15:03 (73 min of the fixed release to the end); ascending"),
    dict(name="I10-c-oom-fast-culprit-2-300", seed=25010, kind="c", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2028-02-21T11:40:00Z", service="incense-shop-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/scent-batch-listeners", "Tell open incense orders when a scent batch changes"),
         note="leak from #2 at 13:15, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch, ascending"),
    dict(name="I11-a-two-tasks-culprit-2-300", seed=25011, kind="a", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(25011, 3, lo=55, hi=85),
         start="2028-02-22T11:50:00Z", service="ivy-trellis-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=160, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/trellis-order-audit", "Keep ivy trellis orders for the garden audit"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 14:05 (75 and 71 min leaking); each "
              "task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="I12-none-frequent-orders-300", seed=25012, kind="none",
         intervals=gen_intervals(25012, 8, lo=15, hi=45),
         start="2028-02-23T11:30:00Z", service="icicle-lighting-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 8 deploys 19-43 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="I13-step-second-deploy-quote-320", seed=25013, kind="step", culprit=2,
         intervals=gen_intervals(25013, 3, lo=50, hi=85),
         start="2028-02-24T10:30:00Z", service="insect-hotel-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/habitat-index-at-boot", "Load the insect hotel habitat index at boot"),
         note="level shift at #2 of 3 (12:55), quote route; no trend after; must not alarm"),
    dict(name="I14-none-midday-quote-320", seed=25014, kind="none",
         intervals=gen_intervals(25014, 3, lo=60, hi=90),
         start="2028-02-25T11:00:00Z", service="iris-nursery-quotes",
         profile="quote", params={"detail": 20}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, quote route, 11:00 through the peak into the afternoon (16:12 end); 3 deploys 81 and 83 "
              "min apart; must not alarm"),
]

SCENARIOS = _RO + I_SCENARIOS
