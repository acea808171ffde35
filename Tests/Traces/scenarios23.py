"""memblame's tracelab scenarios, batch 23: J01..J14 (real memory traces with labels).

(Named J: tracelab's own example scenarios are X1..X11, and batches 1-22 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E, D, C, B and A.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 23"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios23.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios23.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw23 J01-... J14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 23 does not
reuse the ranges of R..A, this file lists the scenarios of scenarios22.py
first, unchanged and in the same order (positions 11..488, exactly as when
scenarios22.py is passed), and the J scenarios after them (positions
489..502).  Only the J scenarios are recorded from this file.  Seeds are
23001..23014 except J02's, 23202: with 23002 one PR number of J02 (174623)
equalled a pipeline number of Z26-f-load-night-to-morning (real/), and with
23102 another (174624) did, so only its scenario seed was moved; its
intervals still come from gen_intervals(23002, ...).

Split (Tests/Traces/split23.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 12 validation.

  two:    frequent-deploys J01-J02, hourly J03-J04
  single: few-hours J05, long-interval J06, culprit-early J07, fixed-later J08,
          oom-fast J09, multi-task J10, night-pause J11, healthy-frequent J12,
          healthy-lru J13, healthy-step J14

11 leaking (a: J01, J05, J10; b: J02, J07, J11; c: J03, J06, J09; d: J04,
J08; J08 fixed two deploys later), 3 healthy.  About 4 800 simulated minutes
(budget 750 s with 2 jobs; batch 22 recorded 3 589 minutes in 486 s, batch
19 5 057 in 696 s).  J06 is the long-interval case: a 3 h and then a 9 h
interval (800 samples, about 200 s of recording), as long as a 750 s budget
for the whole batch sensibly allows beside the 13 others (two days, as in
R09/W33, would take 720 s alone).

Loads scaled from what batch 22 measured (README, "Batch 22", the ~%/h =
change / (n - 16 min) of its leaking intervals), as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit):
  a (KB x req/s) ~0.020 (was 0.023: A01 3 KB at 85, 300 MiB, 4.0-5.1 in the
    26-35 min intervals for ~5; A05 3 KB at 75, 384 MiB, 2.7-2.8 for ~3.5);
  b (detail x req/s) ~0.0026 (unchanged: A03 22 lines at 85, 320 MiB, 3.4,
    6.0 and 2.9 for ~4; A07 22 at 85, 256 MiB, 4.7 for ~5); skus 400 as in
    batches 20-22;
  c (KB x req/s) ~0.012 (was 0.013: A02 4 KB at 95, 256 MiB, 1.6-5.4, mean
    3.7, for ~5; A09 4 KB at 200 over 2 tasks, 300 MiB, 4.0 and 5.0 per task
    for ~4.5);
  d (KB x req/s) ~0.0092 (was 0.011: A04 5 KB at 85, 300 MiB, 2.9-3.0 for ~4;
    A06 5 KB at 95, 300 MiB, 4.0-4.2 for ~4.5);
  oom-fast as A08/B11/C12 (c 64 KB at 170, heap 160, 300 MiB: OOM 59.5-81.5
    min after the onset in batches 17-22).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (J01 a 3 KB at 95, 300 MiB; J02 b 22 lines at 85,
  256 MiB); hourly ~4 %/h (J03 c 4 KB at 100, 300 MiB; J04 d 6 KB at 90,
  320 MiB); few-hours ~3.5 %/h (J05 a 3 KB at 90, 384 MiB); long-interval
  ~2 %/h at peak (J06 c 2 KB at 105, 320 MiB; less in the evening);
  culprit-early ~5 %/h at peak but the leak starts at 05:55 with the traffic
  at about a third of the peak (J07 b 25 lines at 90, 300 MiB: ~1.6 %/h at
  06:00, ~3 by 09:00); fixed-later ~5 %/h (J08 d 6 KB at 90, 256 MiB);
  multi-task ~4.5 %/h per task (J10 a 3 KB at 180 over 2 tasks, 300 MiB);
  night-pause ~5 %/h at 20:35 falling to ~2.5 by 01:00 (J11 b 28 lines at
  100, 300 MiB); oom-fast (J09 c 64 KB at 170, heap 160, 300 MiB).  J13 uses
  a smaller LRU (300) than A11 (400), in the evening instead of midday.  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RA = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios22.py"))["SCENARIOS"]   # R..B and A

J_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (J01 dev, J02 validation)
    dict(name="J01-a-frequent-deploys-culprit-5-300", seed=23001, kind="a", culprit=5,
         intervals=gen_intervals(23001, 9, lo=15, hi=45),
         start="2028-01-13T11:40:00Z", service="jetty-berth-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/berth-order-replay", "Keep jetty berth orders for replay tests"),
         note="9 deploys 22-36 min apart, culprit #5 at 13:45 (5 leaking intervals, 23-31 min; its own 30 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="J02-b-frequent-deploys-culprit-5", seed=23202, kind="b", culprit=5,
         intervals=gen_intervals(23002, 9, lo=15, hi=45),
         start="2028-01-14T11:30:00Z", service="jewellery-repair-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=85,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/repair-quote-memo", "Memoise jewellery repair quotes per item and customer"),
         note="9 deploys 15-45 min apart, culprit #5 at 14:03 (5 leaking intervals, 30-45 min; its own 32 min); "
              "~5 %/h at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== hourly (J03 dev, J04 validation)
    dict(name="J03-c-hourly-culprit-2-300", seed=23003, kind="c", culprit=2,
         intervals=gen_intervals(23003, 4, lo=60, hi=90),
         start="2028-01-15T11:00:00Z", service="jazz-club-tickets",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/set-list-listeners", "Tell open jazz club orders when the set list changes"),
         note="4 deploys 60-74 min apart (hourly), culprit #2 at 13:19 (60, 70 and 60 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch"),
    dict(name="J04-d-hourly-culprit-2-320", seed=23004, kind="d", culprit=2,
         intervals=gen_intervals(23004, 4, lo=60, hi=90),
         start="2028-01-16T10:40:00Z", service="judo-class-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/mat-slot-timers", "Release judo mat slots from delayed timers"),
         note="4 deploys 60-80 min apart (hourly), culprit #2 at 12:49 (80, 60 and 60 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="J05-a-few-hours-culprit-2-384", seed=23005, kind="a", culprit=2,
         intervals=[45, 140, 150, 55],
         start="2028-01-17T08:45:00Z", service="jam-kitchen-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=90, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/preserve-order-archive", "Keep jam kitchen orders for the batch archive"),
         note="3 deploys 140 and 150 min apart (few hours), culprit #2 at 11:50 (150 min leaking through midday, "
              "#3 at 14:20 still leaks, 55 min); ~3.5 %/h of 384 MiB at peak"),
    dict(name="J06-c-long-interval-9h-culprit-2-320", seed=23006, kind="c", culprit=2,
         intervals=[40, 180, 540, 40],
         start="2028-01-18T07:40:00Z", service="juniper-nursery-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/seedling-stock-listeners", "Tell open nursery orders when seedling stock changes"),
         note="rare deploys: 40 min of v1, a 3 h healthy interval, then culprit #2 at 11:20 and one 540 min (9 h) "
              "interval (11:20-20:20) through the peak into the evening; slow leak (~2 %/h of 320 MiB at peak, "
              "less in the evening); #3 at 20:20 still leaks (40 min); epoch, ascending"),
    dict(name="J07-b-culprit-first-early-morning-300", seed=23007, kind="b", culprit=1,
         intervals=gen_intervals(23007, 3, {0: 45}, lo=45, hi=90),
         start="2028-01-19T05:10:00Z", service="jukebox-hire-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/jukebox-quote-memo", "Memoise jukebox hire quotes per venue and night"),
         note="culprit is the first deploy #1 at 05:55, after 45 min of v1, in the quiet early morning: the leak "
              "starts slowly (~1.5 %/h at 06:00) and steepens with the traffic (~3 %/h by 09:00; ~5 at peak); "
              "every later interval leaks (64-73 min); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="J08-d-fixed-two-later", seed=23008, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(23008, 4, lo=50, hi=80),
         start="2028-01-20T10:50:00Z", service="jockey-silks-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90,
         ts_format="wire",
         culprit_pr_title=("perf/silks-fitting-timer", "Send silks fitting reminders from delayed timers"),
         fixed_pr_title=("fix/fitting-reminders-now", "Send silks fitting reminders at once instead of from timers"),
         note="leak from #2 at 12:56 (~5 %/h at peak); the unrelated #3 at 14:08 still leaks; fixed two deploys "
              "later by #4 at 15:13 (68 min of the fixed release to the end); epoch"),
    dict(name="J09-c-oom-fast-culprit-2-300", seed=23009, kind="c", culprit=2,
         intervals=[55, 40, 95, 35],
         start="2028-01-21T11:40:00Z", service="jumble-sale-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/stall-table-listeners", "Tell open jumble sale orders when a stall table changes"),
         note="leak from #2 at 13:15, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch, ascending"),
    dict(name="J10-a-two-tasks-culprit-2-300", seed=23010, kind="a", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(23010, 3, lo=55, hi=85),
         start="2028-01-22T11:50:00Z", service="jousting-fair-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=180, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/lance-booking-audit", "Keep jousting fair bookings for the herald's audit"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 14:00 (69 and 77 min leaking); each "
              "task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="J11-b-night-pause-evening-culprit-300", seed=23011, kind="b", culprit=2,
         intervals=[35, 40, 280, 35],
         start="2028-01-23T19:40:00Z", service="jacket-potato-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/potato-quote-memo", "Memoise jacket potato quotes per filling and customer"),
         note="leak from #2 at 20:55 (~5 %/h then), through a 280 min night interval to 01:35 where the slope "
              "follows the traffic down (~2.5 %/h by 01:00); #3 still leaks; good releases warm a per-SKU "
              "cache (400 SKUs); ascending"),
    dict(name="J12-none-frequent-orders-300", seed=23012, kind="none",
         intervals=gen_intervals(23012, 8, lo=15, hi=45),
         start="2028-01-25T11:30:00Z", service="jigsaw-library-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 11:30 through the peak; 8 deploys 20-40 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="J13-e-lru-evening-300-320", seed=23013, kind="e",
         intervals=gen_intervals(23013, 2, lo=80, hi=110),
         start="2028-01-26T15:00:00Z", service="juice-bar-quotes",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "300"}, ts_format="wire",
         note="bounded LRU (300 entries) refilling after each of 2 deploys 106 and 98 min apart, from the "
              "afternoon into the evening (traffic falling); must not alarm; epoch"),
    dict(name="J14-step-second-deploy-orders-300", seed=23014, kind="step", culprit=2,
         intervals=gen_intervals(23014, 3, lo=50, hi=85),
         start="2028-01-27T10:30:00Z", service="journal-archive-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/journal-index-at-boot", "Load the journal archive index at boot"),
         note="level shift at #2 of 3 (13:06), orders route; no trend after; must not alarm; ascending"),
]

SCENARIOS = _RA + J_SCENARIOS
