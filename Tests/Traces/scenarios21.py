"""memblame's tracelab scenarios, batch 21: B01..B14 (real memory traces with labels).

(Named B: tracelab's own example scenarios are X1..X11, and batches 1-20 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F, E, D and C.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 21"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios21.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios21.py --bytes \
        --jobs 2 --budget 800 --cases Tests/Traces/real --raw ../tracelab-raw21 B01-... B14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 21 does not
reuse the ranges of R..C, this file lists the scenarios of scenarios20.py
first, unchanged and in the same order (positions 11..462, exactly as when
scenarios20.py is passed), and the B scenarios after them (positions
463..476).  Only the B scenarios are recorded from this file.  Seeds are
21001..21014.

Split (Tests/Traces/split21.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  two:    frequent-deploys B01-B02, hourly B03-B04, flag-flip B08-B09
  single: few-hours B05, culprit-early B06, fixed-later B07, multi-task B10,
          oom-fast B11, healthy-frequent B12, healthy-lru B13, healthy-step B14

11 leaking (three each of kinds a, b and c, two of d; B08 and B09 flag flips
without a culprit deploy; B07 fixed two deploys later), 3 healthy.  A broad
mix: deploys every 15-45 min, hourly, every 2-3 h, plus the special cases.
About 4 200 simulated minutes (budget 800 s with 2 jobs; batch 20 recorded
5 140 minutes in 719 s).

Loads scaled from what batch 20 measured (README, "Batch 20"), as %/h per
unit of load at peak traffic, normalised to 256 MiB (multiply by 256 / limit
for another limit):
  a (KB x req/s) ~0.025 for 3-5 KB (was 0.024: C01 3 KB at 75, 300 MiB,
    5.1-5.8 for ~4.6 aimed; C09 3 KB at 75, 320 MiB, ~4.1 for ~4.3);
  b (detail x req/s) ~0.0034 (was 0.0022: C03 22 lines at 105, 320 MiB,
    ~7.5 between GC drops for ~4 aimed; C05 22 at 110, 384 MiB, 5.0-5.4 for
    ~3.5; C07 24 at 105, 300 MiB, 6.0-7.8 for ~4.7); skus 400 as in batch 20;
  c (KB x req/s) ~0.014 for 4-5 KB (was 0.012: C02 5 KB at 85, 256 MiB,
    5.3-7.4 for ~5);
  d (KB x req/s) ~0.015 for 4-5 KB (was 0.016: C04 4 KB at 75, 300 MiB,
    2.3-4.2 (5.2 after warm-up in #4) for ~4.1; C08 4 KB at 75, 256 MiB,
    4.3-4.7 for ~4.8; C11 5 KB at 150 over 2 tasks, 320 MiB, 4.5-4.8 for ~4.8);
  oom-fast as C12/D12 (c 64 KB at 170, heap 160, 300 MiB: OOM 58.5-81.5 min
    after the onset in batches 17-20).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (B01 b 20 lines at 85, 300 MiB; B02 d 4 KB at 85,
  256 MiB); hourly ~4 %/h (B03 a 3 KB at 70, 320 MiB; B04 c 4 KB at 85, 300
  MiB); few-hours ~3.5 %/h (B05 a 3 KB at 70, 384 MiB); culprit-early ~4.5
  %/h (B06 d 4 KB at 90, 300 MiB); fixed-later ~5 %/h (B07 b 22 lines at 85,
  320 MiB); flag-flip ~4.5 %/h (B08 c 4 KB at 95, 300 MiB, flip 90 min into
  v3's 170 min; B09 b 20 lines at 85, 320 MiB, flip 70 min into v3's 150
  min); multi-task ~5 %/h per task (B10 a 5 KB at 150 over 3 tasks, 320 MiB);
  oom-fast (B11 c 64 KB at 170, heap 160, 300 MiB).  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RC = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios20.py"))["SCENARIOS"]   # R..D and C

_B08 = [50, 55, 170, 60]
_B09 = [45, 60, 150, 60]

B_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (B01 dev, B02 validation)
    dict(name="B01-b-frequent-deploys-culprit-4-300", seed=21001, kind="b", culprit=4,
         intervals=gen_intervals(21001, 9, lo=15, hi=45),
         start="2027-12-17T11:40:00Z", service="ski-wax-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/wax-quote-memo", "Memoise ski wax quotes per snow report and customer"),
         note="9 deploys 15-43 min apart, culprit #4 at 13:28 (6 leaking intervals, 15-43 min; its own 15 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="B02-d-frequent-deploys-culprit-5", seed=21002, kind="d", culprit=5,
         intervals=gen_intervals(21002, 9, lo=15, hi=45),
         start="2027-12-18T11:40:00Z", service="ice-hotel-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=85,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/room-thaw-timer", "Check ice hotel room temperatures from delayed timers"),
         note="9 deploys 15-44 min apart, culprit #5 at 14:13 (5 leaking intervals, 15-44 min; its own 23 min); "
              "~5 %/h at peak; ascending"),
    # ================================================================== hourly (B03 dev, B04 validation)
    dict(name="B03-a-hourly-culprit-2-320", seed=21003, kind="a", culprit=2,
         intervals=gen_intervals(21003, 4, lo=60, hi=90),
         start="2027-12-19T11:00:00Z", service="chimney-sweep-visits",
         profile="orders", params={"payload_kb": 3}, peak_rps=70, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/sweep-visit-audit", "Keep chimney sweep visit orders for the soot audit"),
         note="4 deploys 60-86 min apart (hourly), culprit #2 at 13:16 (85, 86 and 74 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch"),
    dict(name="B04-c-hourly-culprit-3-300", seed=21004, kind="c", culprit=3,
         intervals=gen_intervals(21004, 4, lo=60, hi=90),
         start="2027-12-20T10:30:00Z", service="sledge-dog-tours",
         profile="orders", params={"payload_kb": 4}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/kennel-roster-listeners", "Tell open sledge tour orders when the kennel roster changes"),
         note="4 deploys 60-70 min apart (hourly), culprit #3 at 13:42 (60 and 70 min leaking); ~4 %/h of 300 "
              "MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="B05-a-few-hours-culprit-2-384", seed=21005, kind="a", culprit=2,
         intervals=[55, 140, 190, 60],
         start="2027-12-21T08:20:00Z", service="cocoa-house-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=70, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/cocoa-order-history", "Keep cocoa house orders for the loyalty history"),
         note="3 deploys 140 and 190 min apart (few hours), culprit #2 at 11:35 (190 min leaking through midday, "
              "#3 at 14:45 still leaks, 60 min); ~3.5 %/h of 384 MiB at peak"),
    dict(name="B06-d-culprit-first-after-45-300", seed=21006, kind="d", culprit=1,
         intervals=gen_intervals(21006, 3, {0: 45}, lo=45, hi=85),
         start="2027-12-22T10:30:00Z", service="fireworks-permits",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/permit-expiry-timer", "Expire fireworks permit holds from delayed timers"),
         note="culprit is the first deploy #1 at 11:15, after 45 min of v1; every later interval leaks (52-75 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    dict(name="B07-b-fixed-two-later-320", seed=21007, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(21007, 4, lo=50, hi=80),
         start="2027-12-23T11:10:00Z", service="snowplough-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/plough-route-memo", "Memoise snowplough quotes per street and depot"),
         fixed_pr_title=("fix/plough-memo-bounded", "Key the snowplough quote memo by street only"),
         note="leak from #2 at 13:28 (~5 %/h of 320 MiB at peak); the unrelated #3 at 14:25 still leaks; fixed "
              "two deploys later by #4 at 15:33 (67 min of the fixed release to the end); good releases warm a "
              "per-SKU cache (400 SKUs); epoch"),
    # ================================================================== flag-flip (B08 dev, B09 validation)
    dict(name="B08-c-flag-flip-300", seed=21008, kind="c", flag="stall_listener_fanout",
         flag_at=sum(_B08[:2]) + 90, intervals=_B08,
         start="2027-12-24T09:50:00Z", service="frost-fair-stalls",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag stall_listener_fanout on at 13:04:30, 90 min after #2 and 80 min before "
              "#3; stall orders listen for pitch changes (~4.5 %/h of 300 MiB at peak) from then on, in every "
              "later release; flat before the flip; epoch, ascending"),
    dict(name="B09-b-flag-flip-320", seed=21009, kind="b", flag="firewood_quote_per_log",
         flag_at=sum(_B09[:2]) + 70, intervals=_B09,
         start="2027-12-25T10:30:00Z", service="firewood-delivery-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag firewood_quote_per_log on at 13:24:30, 70 min after #2 and 80 min before "
              "#3; quote cache keyed per log size (~4.5 %/h of 320 MiB at peak) from then on, in every later "
              "release; flat before the flip; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="B10-a-three-tasks-culprit-2-320", seed=21010, kind="a", culprit=2, tasks=3, roll_gap=4,
         intervals=gen_intervals(21010, 3, {2: 80, 3: 75}, lo=55, hi=85),
         start="2027-12-26T11:50:00Z", service="ice-fishing-permits",
         profile="orders", params={"payload_kb": 5}, peak_rps=150, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/permit-catch-log", "Keep ice fishing permit orders for the catch log"),
         note="3 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:45 (80 and 75 min leaking); each "
              "task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="B11-c-oom-fast-culprit-2-300", seed=21011, kind="c", culprit=2,
         intervals=[50, 45, 95, 35],
         start="2027-12-27T11:45:00Z", service="cranberry-sauce-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/harvest-batch-listeners", "Tell open sauce orders when a harvest batch is regraded"),
         note="leak from #2 at 13:20, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking; epoch"),
    dict(name="B12-none-frequent-orders-320", seed=21012, kind="none",
         intervals=gen_intervals(21012, 8, lo=15, hi=45),
         start="2027-12-28T11:30:00Z", service="new-year-gala-tickets",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 8 deploys 18-45 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="B13-e-lru-midday-800-320", seed=21013, kind="e",
         intervals=gen_intervals(21013, 2, lo=60, hi=100),
         start="2027-12-29T12:10:00Z", service="fur-hat-quotes",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "800"},
         note="bounded LRU (800 entries) refilling after each of 2 deploys 60-88 min apart, through the "
              "afternoon; must not alarm"),
    dict(name="B14-step-second-deploy-orders-300", seed=21014, kind="step", culprit=2,
         intervals=gen_intervals(21014, 3, lo=50, hi=85),
         start="2027-12-30T10:40:00Z", service="aurora-viewing-tours",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/aurora-forecast-at-boot", "Load the aurora forecast grid at boot"),
         note="level shift at #2 of 3 (12:57), orders route; no trend after; must not alarm; ascending"),
]

SCENARIOS = _RC + B_SCENARIOS
