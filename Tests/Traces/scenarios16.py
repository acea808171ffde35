"""memblame's tracelab scenarios, batch 16: G01..G18 (real memory traces with labels).

(Named G: tracelab's own example scenarios are X1..X11, and batches 1-15 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L and H.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 16"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios16.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios16.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw16 G01-... G18-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 16 does not
reuse the ranges of R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L and H, this file
lists the scenarios of scenarios15.py first, unchanged and in the same order
(positions 11..384, exactly as when scenarios15.py is passed), and the G
scenarios after them (positions 385..402).  Only the G scenarios are recorded
from this file.  Seeds are 16001..16018, except G04 (16104) and G14 (16114):
with 16004 two PR numbers of G04 (138912 and 138923) equalled pipeline
numbers of W35-a-flag-flip in real/, and with 16014 one PR number of G14
(142416) equalled a pipeline number of Y04-a-culprit-first, so only their
scenario seeds (SHAs, PR and pipeline numbers, titles, authors, load) were
moved; G04's intervals still come from gen_intervals(16004, ...), and G14's
are a fixed list.

Split (Tests/Traces/split16.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  5 dev, 13 validation.

  two:    frequent-deploys G01-G02, healthy-frequent G03-G04, hourly G05-G06,
          slow-leak G07-G08, culprit-early G09-G10
  single: fixed-later G11, culprit-last G12, multi-task G13, oom-fast G14,
          night-pause G15, healthy-lru G16, healthy-step G17, healthy-flat G18

13 leaking, 5 healthy.  About 6 590 simulated minutes.  (The brief's mix had
17 slots; a second culprit-early case was added to reach 18 names, as in
batch 15, before anything was written.)

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batches 8-15 measured (README, per-interval blocks),
as %/h per unit of load over the interval, at the limit named:
  a (KB x req/s) at 300 MiB ~0.018: L06 3 KB at 75 ~3.4, H07 4 KB at 100
    (384 MiB) ~6, L11 4 KB at 80 (256 MiB) ~6.8, H01 3 KB at 85 (256 MiB) ~6;
    slow, 1 KB orders (req/s) at 300 MiB ~0.03: Z02 14 req/s ~0.68, W01 24
    (256 MiB) ~0.7, W05 40 flat ~0.83, Q02 12 (320 MiB) ~0.4, K08 12 ~0.25;
    evening: Z19 5 KB at 100 (256 MiB) ~5.7 %/h in the evening, ~1.6 at night;
  b (detail x req/s) at 256 MiB ~0.0035: H08 16 at 105 ~7.1, L02 20 at 110
    (300 MiB) ~6.6, H02 20 at 105 (320 MiB) ~4.5, N18 16 at 100 (300 MiB) ~4.8;
  c (KB x req/s) at 256 MiB ~0.013: N01 5 KB at 100 (300 MiB, frequent) ~5.5,
    H06 4 KB at 105 (300 MiB) ~4.6, H10 5 KB at 90 ~7.6, L05 3 KB at 100
    (320 MiB) ~4.1, L09 5 KB at 105 (320 MiB) ~3.3; per task, Z18 9 KB at 240
    over 3 tasks (320 MiB) ~6.6; slow, 2 KB orders at 320 MiB ~0.0064: Q03
    2 KB at 30 (300 MiB) ~0.7, P09 2 KB at 33 (300 MiB) ~0.45, M01 2 KB at 38
    ~0.43, Z03 2 KB at 36 (256 MiB) ~0.76;
  d (KB x req/s) at 320 MiB ~0.011: P04 5 KB at 95 (384 MiB, frequent) ~4.7,
    N03 5 KB at 95 (frequent) ~2.5, M06 9 KB at 110 (frequent) ~11, H14 4 KB
    at 115 ~5.4, H05 4 KB at 95 ~3, H11 5 KB at 100 (384 MiB) ~4.5, N11 4 KB
    at 100 (256 MiB) ~6.6;
  oom-fast: N14 and L13 c 64 KB at 170, heap 160, 300 MiB: OOM 61.5 min after
    the onset (H13 at 320 MiB: 75.5 min).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (G01 c 4 KB at 95, 256 MiB; G02 d 5 KB at 95, 320
  MiB); hourly ~4 %/h (G05 a 3 KB at 80, 300 MiB; G06 b 12 lines at 95, 256
  MiB); slow leak ~0.8 %/h after warm-up (G07 a 1 KB at 22, 256 MiB; G08 c
  2 KB at 60, 320 MiB); culprit-early ~5 %/h (G09 b 15 lines at 100, 300 MiB;
  G10 d 5 KB at 105, 384 MiB); fixed-later ~5 %/h (G11 d 4 KB at 90, 256
  MiB); culprit-last ~4.5 %/h (G12 b 16 lines at 100, 320 MiB); multi-task
  ~5.5 %/h per task (G13 c 8 KB at 200 over 3 tasks, 300 MiB); oom-fast (G14
  c 64 KB at 170, heap 160, 300 MiB: an OOM about an hour after the onset);
  night-pause ~5 %/h in the evening (G15 a 5 KB at 105, 320 MiB).  The "~N
  %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQKMPNLH = runpy.run_path(os.path.join(_HERE, "scenarios15.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H

G_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (G01 dev, G02 validation)
    dict(name="G01-c-frequent-deploys-culprit-5", seed=16001, kind="c", culprit=5,
         intervals=gen_intervals(16001, 10, lo=15, hi=50),
         start="2027-09-13T11:40:00Z", service="ferry-chandlers",
         profile="orders", params={"payload_kb": 4}, peak_rps=95,
         culprit_pr_title=("feat/stock-change-listeners", "Tell open chandlery orders when a stock line changes"),
         note="10 deploys 15-47 min apart, culprit #5 at 13:32 (6 leaking intervals, 15-47 min); ~5 %/h at peak"),
    dict(name="G02-d-frequent-deploys-culprit-5-320", seed=16002, kind="d", culprit=5,
         intervals=gen_intervals(16002, 9, lo=15, hi=50),
         start="2027-09-14T10:00:00Z", service="glasshouse-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/glazing-followup-timer", "Send glazing follow-ups from delayed timers"),
         note="9 deploys 20-48 min apart, culprit #5 at 12:47 (5 leaking intervals, 20-47 min); ~5 %/h of 320 MiB "
              "at peak; epoch, ascending"),
    # ================================================================== healthy-frequent (G03 dev, G04 validation)
    dict(name="G03-none-frequent-quote-384", seed=16003, kind="none",
         intervals=gen_intervals(16003, 9, lo=15, hi=45),
         start="2027-09-15T12:10:00Z", service="boat-moorings",
         profile="quote", params={"detail": 20}, peak_rps=100, heap_mb=192, limit_mib=384,
         ts_format="wire",
         note="no leak, quote route, 12:10 through the peak; 9 deploys 18-45 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="G04-none-frequent-orders-300", seed=16104, kind="none",
         intervals=gen_intervals(16004, 8, lo=15, hi=45),
         start="2027-09-16T09:10:00Z", service="pottery-kilns",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 09:10 to 13:33; 8 deploys 16-43 min apart; must not alarm; ascending"),
    # ================================================================== hourly (G05 dev, G06 validation)
    dict(name="G05-a-hourly-culprit-4-300", seed=16005, kind="a", culprit=4,
         intervals=gen_intervals(16005, 6, lo=60, hi=90),
         start="2027-09-17T08:30:00Z", service="allotment-seeds",
         profile="orders", params={"payload_kb": 3}, peak_rps=80, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/seed-order-trail", "Keep seed orders for the growers' season trail"),
         note="6 deploys 60-81 min apart (hourly), culprit #4 at 12:34 (81, 80 and 81 min leaking); ~4 %/h of "
              "300 MiB at peak; epoch"),
    dict(name="G06-b-hourly-culprit-3", seed=16006, kind="b", culprit=3,
         intervals=gen_intervals(16006, 5, lo=60, hi=90),
         start="2027-09-18T09:40:00Z", service="roof-tile-quotes",
         profile="quote", params={"detail": 12, "skus": 700}, peak_rps=95,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tile-quote-memo", "Memoise roof tile quotes per roof and roofer"),
         note="5 deploys 60-84 min apart (hourly), culprit #3 at 13:28 (63, 60 and 60 min leaking); ~4 %/h at "
              "peak; good releases warm a per-SKU cache; ascending"),
    # ================================================================== slow-leak (G07 dev, G08 validation)
    dict(name="G07-a-slow-leak-culprit-second", seed=16007, kind="a", culprit=2,
         intervals=[50, 60, 180, 170],
         start="2027-09-19T08:20:00Z", service="organ-tuning",
         profile="orders", params={"payload_kb": 1}, peak_rps=22,
         culprit_pr_title=("feat/tuning-visit-archive", "Keep organ tuning visit requests for the parish archive"),
         note="slow leak (~0.8 %/h at peak) from #2 at 10:10 after 50 and 60 min healthy intervals; 180 and 170 "
              "min leaking intervals"),
    dict(name="G08-c-slow-leak-culprit-first-after-50-320", seed=16008, kind="c", culprit=1,
         intervals=[50, 195, 175],
         start="2027-09-20T08:40:00Z", service="sail-lofts",
         profile="orders", params={"payload_kb": 2}, peak_rps=60, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/sail-repair-listeners", "Tell open sail repair requests when a cloth batch changes"),
         note="slow leak (~0.8 %/h of 320 MiB at peak) from the first deploy #1 at 09:30, after 50 min of v1; 195 "
              "and 175 min leaking intervals; epoch, ascending"),
    # ================================================================== culprit-early (G09 dev, G10 validation)
    dict(name="G09-b-culprit-first-after-50-300", seed=16009, kind="b", culprit=1,
         intervals=gen_intervals(16009, 4, {0: 50}, lo=50, hi=90),
         start="2027-09-21T10:20:00Z", service="gutter-clearing",
         profile="quote", params={"detail": 15, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/gutter-quote-memo", "Memoise gutter clearing quotes per street and ladder"),
         note="culprit is the first deploy #1 at 11:10, after 50 min of v1; every later interval leaks (~5 %/h of "
              "300 MiB at peak); good releases warm a per-SKU cache"),
    dict(name="G10-d-culprit-first-after-45-384", seed=16010, kind="d", culprit=1,
         intervals=gen_intervals(16010, 3, {0: 45}, lo=45, hi=95),
         start="2027-09-22T10:50:00Z", service="lantern-tours",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=192, limit_mib=384,
         ts_format="wire",
         culprit_pr_title=("perf/tour-reminder-timer", "Send lantern tour reminders from delayed timers"),
         note="culprit is the first deploy #1 at 11:35, after only 45 min of v1; every later interval leaks (~5 "
              "%/h of 384 MiB at peak); epoch"),
    # ================================================================== singles (all validation)
    dict(name="G11-d-fixed-two-later", seed=16011, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(16011, 5, lo=45, hi=85),
         start="2027-09-23T09:10:00Z", service="wedding-venues",
         profile="orders", params={"payload_kb": 4}, peak_rps=90,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/venue-hold-timer", "Release wedding venue holds from delayed timers"),
         fixed_pr_title=("fix/venue-hold-now", "Release venue holds at once instead of from timers"),
         note="leak from #2 at 11:34 (~5 %/h at peak); the unrelated #3 still leaks; fixed two deploys later by "
              "#4 at 13:37; ascending"),
    dict(name="G12-b-culprit-last-320", seed=16012, kind="b", culprit=3,
         intervals=[55, 50, 60, 250],
         start="2027-09-24T09:00:00Z", service="vineyard-tastings",
         profile="quote", params={"detail": 16, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/tasting-quote-memo", "Memoise tasting quotes per party and vintage"),
         note="culprit is the last deploy #3 at 11:45: a single 250 min interval of evidence (~4.5 %/h of 320 "
              "MiB at peak); good releases warm a per-SKU cache"),
    dict(name="G13-c-three-tasks-culprit-second-300", seed=16013, kind="c", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(16013, 4, lo=50, hi=85),
         start="2027-09-25T11:00:00Z", service="bike-couriers",
         profile="orders", params={"payload_kb": 8}, peak_rps=200, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/route-change-listeners", "Tell open courier jobs when a route changes"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:24; each task ~5.5 %/h of 300 MiB "
              "at peak; metrics-ci.jsonl; epoch"),
    dict(name="G14-c-oom-fast-culprit-second-300", seed=16114, kind="c", culprit=2,
         intervals=[50, 45, 100, 40],
         start="2027-09-26T11:50:00Z", service="ice-rink-slots",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/ice-state-listeners", "Tell open rink bookings when the ice state changes"),
         note="leak from #2 at 13:25, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (100 min); #3 (40 min) still leaking; ascending"),
    dict(name="G15-a-night-pause-evening-culprit-320", seed=16015, kind="a", culprit=2,
         intervals=[40, 45, 320, 40],
         start="2027-09-27T19:10:00Z", service="late-night-pizza",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/pizza-order-disputes", "Keep late pizza order requests for delivery disputes"),
         note="leak from #2 at 20:35 (~5 %/h then), through a 320 min night interval to 01:55 where the slope "
              "follows the traffic down; #3 still leaks"),
    dict(name="G16-e-lru-midday-1400-384", seed=16016, kind="e",
         intervals=gen_intervals(16016, 3, lo=60, hi=100),
         start="2027-09-28T11:20:00Z", service="surf-lessons",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"LRU_MAX": "1400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (1400 entries) refilling after each of 3 deploys 73-100 min apart, through the "
              "afternoon; must not alarm; epoch, ascending"),
    dict(name="G17-step-third-deploy-orders", seed=16017, kind="step", culprit=3,
         intervals=gen_intervals(16017, 5, lo=45, hi=90),
         start="2027-09-29T09:30:00Z", service="archery-ranges",
         profile="orders", params={"payload_kb": 4}, peak_rps=90,
         env={"PRELOAD_ENTRIES": "55000"}, ts_format="wire",
         culprit_pr_title=("feat/range-table-at-boot", "Load the archery lane table at boot"),
         note="level shift at #3 of 5 (12:14), orders route; no trend after; must not alarm; epoch"),
    dict(name="G18-none-long-interval-orders-320", seed=16018, kind="none",
         intervals=[90, 290, 75],
         start="2027-09-30T09:30:00Z", service="fishing-permits",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, 09:30 through the peak; 2 deploys, a long 290 min interval (11:00-15:50) "
              "between them; must not alarm; ascending"),
]

SCENARIOS = _RSTUVWYZQKMPNLH + G_SCENARIOS
