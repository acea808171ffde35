"""memblame's tracelab scenarios, batch 41: AP01..AP16 (real memory traces with labels).

(Named AP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-40 used AA..AO.  No case folder, scenario
name or split entry starts with "AP"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 41"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios41.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios41.py --bytes \
        --jobs 2 --budget 1200 --cases Tests/Traces/real --raw ../tracelab-raw41 AP05-... AP11-...

(No long-interval case: the longest, AP05, has 441 samples, 110 s of
recording; the 16 cases have 5 166 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios40.py
first, unchanged and in the same order (positions 11..744, exactly as when
scenarios40.py is passed), and the AP scenarios after them (positions
745..760).  Only the AP scenarios are recorded from this file.  Seeds are
41001..41016 (see the README for the number check).

The mix, weighted to the detector's weak regimes: six leaking cases with
deploys every 15-45 min (a, b, c, d, b, d; culprits #3 to #9 of 8-12
deploys), two of them (AP05 b, AP06 d) a slow leak at about half the usual
aim (~2.5 %/h) under frequent deploys; three feature-flag flips inside an
interval, 35-75 min after a deploy, with no culprit deploy (b, d, c); two
culprit-early cases (a after 55 min of v1, d after 45 min; the culprit #1);
a fix two deploys later (d); two tasks with rolling deploys (b,
metrics-ci.jsonl); and three healthy cases (a flat orders service with
deploys every 15-30 min, a bounded LRU with deploys every 25-40 min, a step
at one deploy with hourly deploys).

Split (Tests/Traces/split41.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 13
validation.

  six:    frequent-deploys AP01-AP06 (AP05 and AP06 the slow leaks)
  three:  flag-flip AP07-AP09
  two:    culprit-early AP10-AP11
  single: fixed-later AP12, multi-task AP13, healthy-frequent AP14 (a flat
          orders service, as AJ11, AL13, AN13 and AO10), healthy-lru AP15 (a
          bounded LRU with deploys every 25-40 min, as Q18 and Z25; the
          frequent-deploy LRUs AF12-AO11 were tagged healthy-frequent),
          healthy-step AP16 (as AI13, AK14, AL15, AM16 and AO12)

13 leaking (a: AP01, AP10; b: AP02, AP05, AP07, AP13; c: AP03, AP09; d:
AP04, AP06, AP08, AP11, AP12; AP07-AP09 flag flips with no culprit deploy;
AP12 fixed two deploys later), 3 healthy.

Loads scaled from what batches 38-40 measured (README, "What did not go as
intended": the measured / aimed ratios), as batch 40 scaled from batches
37-39: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0236 (was 0.0264: AO01 0.72
    times -> 0.0190, AN04 -> 0.0282; the mean); over intervals of an hour
    or more ~0.0227 (was 0.020 in batch 39, not used in batch 40: AN12 1.28
    times per task -> 0.0256, AN07 0.99 times -> 0.0198; the mean), for
    the culprit-early case;
  b (detail x req/s) with frequent deploys ~0.0030 (was 0.0022: AO02 1.40
    times -> 0.0031, AO05 1.31 times -> 0.0029; the mean 0.00298); over
    intervals of an hour or more ~0.0029 (was 0.0021: AO06 1.42 times ->
    0.0030, AO09 1.38 times -> 0.0029; the mean 0.00294), for the flag flip
    (as AM11) and per task for the two-task case (as AL12);
  c (KB x req/s) with frequent deploys ~0.0154 (was 0.0104: AO03 1.67
    times -> 0.0174, AN03 -> 0.0135; the mean); over intervals of an hour
    or more ~0.0122 (was 0.0085 in batch 39, not used in batch 40: AN05
    1.69 times -> 0.0144, AN09 1.18 times -> 0.0100; the mean), for the
    flag flip;
  d (KB x req/s) with frequent deploys ~0.0127 (was 0.0095: AO04 1.85
    times -> 0.0176, AN02 -> 0.0079; the mean); over intervals of an hour
    or more ~0.0109 (was 0.0097: AO07 1.04 times -> 0.0101, AO08 1.21 times
    -> 0.0117; the mean), for the flag flip, the culprit-early and the
    fixed-later case.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AP01 a 3 KB at 88, 320 MiB; AP02 b 21 lines at
  93, 300 MiB; AP03 c 4 KB at 101, 320 MiB; AP04 d 5 KB at 92, 300 MiB),
  and ~2.5 %/h for the two slow leaks (AP05 b 11 lines at 95, 320 MiB; AP06
  d 4 KB at 61, 320 MiB); flag-flip ~4.5 %/h (AP07 b 20 lines at 97, 320
  MiB; AP08 d 6 KB at 81, 300 MiB; AP09 c 5 KB at 92, 320 MiB);
  culprit-early ~4.5 %/h (AP10 a 3 KB at 83, 320 MiB; AP11 d 7 KB at 69,
  300 MiB); fixed-later ~5 %/h (AP12 d 6 KB at 90, 300 MiB); multi-task
  ~4.5 %/h per task (AP13 b 22 lines at 176 over 2 tasks, 320 MiB).
  Healthy: AP14 none, orders, 10 deploys 15-30 min apart; AP15 a bounded
  LRU (330 entries, 8000 SKUs), 9 deploys 25-40 min apart; AP16 step (a
  60000-entry table loaded at boot from #2 on), quote, 4 deploys 63-76 min
  apart (hourly).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RO = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios40.py"))["SCENARIOS"]   # R..I, AA..AO

_AP07 = [60, 50, 135, 75]
_AP08 = [45, 60, 70, 150, 60]
_AP09 = [70, 55, 120, 80]

AP_SCENARIOS = [
    # ================================================================== frequent-deploys (AP01 dev, AP02-AP06 validation)
    dict(name="AP01-a-frequent-deploys-culprit-6-320", seed=41001, kind="a", culprit=6,
         intervals=gen_intervals(41001, 10, lo=15, hi=45),
         start="2028-10-07T09:55:00Z", service="appaloosa-stable-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/appaloosa-foal-registry", "Keep appaloosa stable orders for the foal registry"),
         note="10 deploys 16-44 min apart, culprit #6 at 13:10 (5 leaking intervals, 16-42 min; its own 16 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AP02-b-frequent-deploys-culprit-4-300", seed=41002, kind="b", culprit=4,
         intervals=gen_intervals(41002, 9, lo=15, hi=45),
         start="2028-10-08T11:22:00Z", service="apothecary-jar-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/apothecary-tincture-quote-memo", "Memoise apothecary jar quotes per tincture and chemist"),
         note="9 deploys 19-40 min apart, culprit #4 at 13:10 (6 leaking intervals, 25-40 min; its own 40 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AP03-c-frequent-deploys-culprit-8-320", seed=41003, kind="c", culprit=8,
         intervals=gen_intervals(41003, 11, lo=15, hi=45),
         start="2028-10-09T09:11:00Z", service="aperture-lens-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=101, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aperture-shutter-listeners", "Tell open aperture lens bookings when a shutter slot moves"),
         note="11 deploys 15-43 min apart, culprit #8 at 13:10 (4 leaking intervals, 19-40 min; its own 19 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AP04-d-frequent-deploys-culprit-3-300", seed=41004, kind="d", culprit=3,
         intervals=gen_intervals(41004, 8, lo=15, hi=45),
         start="2028-10-10T12:06:00Z", service="appliance-repair-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/appliance-callback-timers", "Release appliance repair bookings from delayed callback timers"),
         note="8 deploys 16-42 min apart, culprit #3 at 13:10 (6 leaking intervals, 27-42 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="AP05-b-frequent-slow-culprit-9-320", seed=41005, kind="b", culprit=9,
         intervals=gen_intervals(41005, 12, lo=15, hi=45),
         start="2028-10-11T08:17:00Z", service="appetizer-platter-quotes",
         profile="quote", params={"detail": 11, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/appetizer-course-quote-memo", "Memoise appetizer platter quotes per course and caterer"),
         note="12 deploys 15-44 min apart, culprit #9 at 13:10 (4 leaking intervals, 32-43 min; its own 43 min); "
              "slow leak, ~2.5 %/h of 320 MiB at peak (half the usual aim); good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    dict(name="AP06-d-frequent-slow-culprit-5-320", seed=41006, kind="d", culprit=5,
         intervals=gen_intervals(41006, 10, lo=15, hi=45),
         start="2028-10-12T10:15:00Z", service="applause-stage-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=61, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/applause-encore-timers", "Release applause stage bookings from delayed encore timers"),
         note="10 deploys 16-45 min apart, culprit #5 at 13:10 (6 leaking intervals, 16-45 min; its own 28 min); "
              "slow leak, ~2.5 %/h of 320 MiB at peak (half the usual aim); ascending"),
    # ================================================================== flag-flip (AP07 dev, AP08-AP09 validation)
    dict(name="AP07-b-flag-flip-320", seed=41007, kind="b", flag="apogee_orbit_memo",
         flag_at=sum(_AP07[:2]) + 45, intervals=_AP07,
         start="2028-10-13T10:25:00Z", service="apogee-orbit-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag apogee_orbit_memo on at 12:59:30, 45 min after #2 and 90 min before #3; "
              "quotes memoised per orbit and observer (~4.5 %/h of 320 MiB at peak) from then on, in every later "
              "release; flat before the flip; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AP08-d-flag-flip-300", seed=41008, kind="d", flag="apartment_viewing_timers",
         flag_at=sum(_AP08[:3]) + 75, intervals=_AP08,
         start="2028-10-14T09:10:00Z", service="apartment-lease-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag apartment_viewing_timers on at 13:19:30, 75 min after #3 and 75 min before "
              "#4; viewings released from delayed timers (~4.5 %/h of 300 MiB at peak) from then on, in every "
              "later release; flat before the flip; epoch, ascending"),
    dict(name="AP09-c-flag-flip-320", seed=41009, kind="c", flag="apse_chapel_push",
         flag_at=sum(_AP09[:2]) + 35, intervals=_AP09,
         start="2028-10-15T10:05:00Z", service="apse-chapel-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag apse_chapel_push on at 12:44:30, 35 min after #2 and 85 min before #3; "
              "listener leak (~4.5 %/h of 320 MiB at peak) from then on, in every later release; flat before the "
              "flip; ascending"),
    # ================================================================== culprit-early (AP10 dev, AP11 validation)
    dict(name="AP10-a-culprit-first-after-55-320", seed=41010, kind="a", culprit=1,
         intervals=gen_intervals(41010, 3, {0: 55}, lo=40, hi=85),
         start="2028-10-16T10:35:00Z", service="apparel-rack-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=83, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/apparel-fitting-history", "Keep apparel rack orders for the fitting history"),
         note="culprit is the first deploy #1 at 11:30, after 55 min of v1; every later interval leaks (64-76 "
              "min, ~4.5 %/h of 320 MiB at peak); epoch"),
    dict(name="AP11-d-culprit-first-after-45-300", seed=41011, kind="d", culprit=1,
         intervals=gen_intervals(41011, 3, {0: 45}, lo=40, hi=85),
         start="2028-10-17T10:45:00Z", service="approach-runway-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=69, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/runway-slot-timers", "Release approach runway bookings from delayed slot timers"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (46-79 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    # ================================================================== singles (all validation)
    dict(name="AP12-d-fixed-two-later-300", seed=41012, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(41012, 5, lo=50, hi=85),
         start="2028-10-18T11:06:00Z", service="apprentice-guild-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/guild-indenture-timers", "Release apprentice guild bookings from delayed indenture timers"),
         fixed_pr_title=("fix/guild-indenture-timers-cleared", "Check apprentice guild indentures at once instead of in delayed timers"),
         note="leak from #2 at 13:10 (67 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 14:17 still leaks "
              "(59 min); fixed two deploys later by #4 at 15:16 (61 min of the fixed release, then #5 at 16:17, "
              "80 min); epoch"),
    dict(name="AP13-b-two-tasks-culprit-2-320", seed=41013, kind="b", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(41013, 3, lo=55, hi=85),
         start="2028-10-19T11:14:00Z", service="aperitif-bar-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=176, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/aperitif-vermouth-quote-memo", "Memoise aperitif bar quotes per vermouth and bartender"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (68 and 81 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AP14-none-frequent-orders-300", seed=41014, kind="none",
         intervals=gen_intervals(41014, 10, lo=15, hi=30),
         start="2028-10-20T11:30:00Z", service="appendix-note-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 10 deploys 15-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AP15-e-lru-frequent-330-320", seed=41015, kind="e",
         intervals=gen_intervals(41015, 9, lo=20, hi=40),
         start="2028-10-21T11:20:00Z", service="apollo-crater-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 25-40 min apart, 11:20 through the "
              "peak; must not alarm"),
    dict(name="AP16-step-hourly-quote-300", seed=41016, kind="step", culprit=2,
         intervals=gen_intervals(41016, 4, lo=60, hi=90),
         start="2028-10-22T10:42:00Z", service="aptitude-score-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/aptitude-grade-table-at-boot", "Load the aptitude score grade table at boot"),
         note="level shift at #2 of 4 (13:10), quote route; 4 deploys 63-76 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RO + AP_SCENARIOS
