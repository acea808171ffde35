"""memblame's tracelab scenarios, batch 31: AF01..AF14 (real memory traces with labels).

(Named AF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA, batch 27 AB, batch 28 AC, batch 29 AD
and batch 30 AE.  No case folder, scenario name or split entry starts with
"AF"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS), so "AF01-..." works as
"AE01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 31"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios31.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios31.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw31 AF01-... AF14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 31 does not
reuse the ranges of R..I, AA, AB, AC, AD and AE, this file lists the
scenarios of scenarios30.py first, unchanged and in the same order
(positions 11..598, exactly as when scenarios30.py is passed), and the AF
scenarios after them (positions 599..612).  Only the AF scenarios are
recorded from this file.  Seeds are 31001..31014 (see the README for the
number check).

This batch weights the detector's weakest regimes: six leaking cases with
deploys every 15-45 min (two of them kind b, the cache leak missed most) and
two with the culprit as the last deploy.

Split (Tests/Traces/split31.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  six:    frequent-deploys AF01-AF06
  two:    culprit-last AF07-AF08, healthy-frequent AF11-AF12 (AF12 a bounded
          LRU with frequent deploys, tagged healthy-frequent as R04, T05-T06,
          U04-U06, V05-V08, W23-W25, Y19 and Z28 were)
  single: hourly AF09, fixed-later AF10, healthy-lru AF13, healthy-flat AF14

10 leaking (a: AF01, AF07; b: AF02, AF05, AF08; c: AF03, AF06, AF10; d:
AF04, AF09; AF10 fixed by the next deploy), 4 healthy.

Loads scaled from what batch 30 measured (README, "Batch 30", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 30 scaled from
batch 29: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), the mean of the last two cases of a kind and regime where they
disagreed:
  a (KB x req/s) with frequent deploys ~0.016 (was 0.023: AE01 0.53 times
    -> 0.012, AC02 -> 0.019; the mean); for one interval of 3-3.5 h
    (culprit-last) ~0.017 (AB08 0.8 times at 0.021 over 165 min, the last a
    case with one long interval);
  b (detail x req/s) with frequent deploys ~0.0036 (was 0.0025: AE03 1.47
    times -> 0.0037, AD02 about 1.4 times in its longer intervals ->
    0.0035); for the single 3.5 h culprit-last interval ~0.0020 (was
    0.0017: AE08 1.15 times); skus 400 as in batches 20-30;
  c (KB x req/s) with frequent deploys ~0.011 (was 0.013: AE02 0.63 times
    -> 0.0082, AD03 1.2 times at 0.012 -> 0.0144; the mean); with intervals
    of 50-85 min ~0.015 (was 0.010: AE10 1.68 times -> 0.0168, AD05 1.45
    times at 0.009 -> 0.013; the mean);
  d (KB x req/s) with frequent deploys ~0.010 (no d frequent case in batch
    30: AD01 0.2 times at 0.016 -> 0.0032, AB02's later intervals 1.1
    times at 0.015 -> 0.0165; the mean); with intervals of an hour or more
    ~0.009 (was 0.010: AE05 0.83 times -> 0.0083, AE09 0.98 times ->
    0.0098; the mean).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AF01 a 4 KB at 92, 300 MiB; AF02 b 17 lines at
  96, 300 MiB; AF03 c 6 KB at 95, 320 MiB; AF04 d 6 KB at 104, 320 MiB; AF05
  b 18 lines at 96, 320 MiB; AF06 c 5 KB at 106, 300 MiB); culprit-last ~4
  %/h (AF07 a 3 KB at 98, 320 MiB, the last deploy #4 at 12:05, 205 min of
  evidence; AF08 b 25 lines at 100, 320 MiB, the last deploy #3 at 12:00,
  210 min of evidence); hourly ~4 %/h (AF09 d 5 KB at 104, 300 MiB);
  fixed-later ~5 %/h (AF10 c 4 KB at 98, 300 MiB, fixed by the next
  deploy).  Healthy: AF11 none, orders, 9 deploys 17-45 min apart; AF12 a
  bounded LRU (300 entries, 8000 SKUs) on the quote route, 9 deploys 21-44
  min apart; AF13 a bounded LRU (340 entries, 8500 SKUs) on the quote route
  from 11:15, 4 deploys 65-90 min apart (hourly); AF14 none, orders, 10:00
  into the afternoon, 4 deploys 60-84 min apart (hourly).  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RE = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios30.py"))["SCENARIOS"]   # R..I, AA, AB, AC, AD and AE

AF_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AF01 dev, AF02-AF06 validation)
    dict(name="AF01-a-frequent-deploys-culprit-4-300", seed=31001, kind="a", culprit=4,
         intervals=gen_intervals(31001, 9, lo=15, hi=45),
         start="2028-05-04T11:05:00Z", service="afloat-raft-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/raft-trip-replay", "Keep afloat raft orders for the trip replay"),
         note="9 deploys 21-45 min apart, culprit #4 at 13:12 (6 leaking intervals, 21-45 min; its own 42 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="AF02-b-frequent-deploys-culprit-7-300", seed=31002, kind="b", culprit=7,
         intervals=gen_intervals(31002, 10, lo=15, hi=45),
         start="2028-05-05T09:35:00Z", service="affix-stamp-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/stamp-quote-memo", "Memoise affix stamp quotes per sheet and ink"),
         note="10 deploys 17-45 min apart, culprit #7 at 13:15 (4 leaking intervals, 25-36 min; its own 25 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AF03-c-frequent-deploys-culprit-3-320", seed=31003, kind="c", culprit=3,
         intervals=gen_intervals(31003, 8, lo=15, hi=45),
         start="2028-05-06T12:05:00Z", service="afield-survey-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/survey-route-listeners", "Tell open afield survey bookings when a route is redrawn"),
         note="8 deploys 15-37 min apart, culprit #3 at 13:13 (6 leaking intervals, 15-37 min; its own 37 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AF04-d-frequent-deploys-culprit-5-320", seed=31004, kind="d", culprit=5,
         intervals=gen_intervals(31004, 9, lo=15, hi=45),
         start="2028-05-07T10:25:00Z", service="afterglow-lounge-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=104, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/lounge-table-timers", "Release afterglow lounge tables from delayed timers"),
         note="9 deploys 16-44 min apart, culprit #5 at 13:15 (5 leaking intervals, 16-44 min; its own 44 min); "
              "~5 %/h of 320 MiB at peak"),
    dict(name="AF05-b-frequent-deploys-culprit-6-320", seed=31005, kind="b", culprit=6,
         intervals=gen_intervals(31005, 10, lo=15, hi=45),
         start="2028-05-08T09:30:00Z", service="affluent-estate-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/estate-valuation-memo", "Memoise affluent estate quotes per parcel and buyer"),
         note="10 deploys 15-45 min apart, culprit #6 at 13:13 (5 leaking intervals, 15-42 min; its own 34 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AF06-c-frequent-deploys-culprit-5-300", seed=31006, kind="c", culprit=5,
         intervals=gen_intervals(31006, 8, lo=15, hi=45),
         start="2028-05-09T10:55:00Z", service="aftermath-cleanup-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/cleanup-crew-listeners", "Tell open aftermath cleanup bookings when a crew is reassigned"),
         note="8 deploys 15-44 min apart, culprit #5 at 13:16 (4 leaking intervals, 16-44 min; its own 23 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    # ================================================================== culprit-last (AF07 dev, AF08 validation)
    dict(name="AF07-a-culprit-last-320", seed=31007, kind="a", culprit=4,
         intervals=[50, 45, 35, 40, 205],
         start="2028-05-10T09:15:00Z", service="affinity-card-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/card-reward-audit", "Keep affinity card orders for the reward audit"),
         note="culprit is the last deploy #4 at 12:05 after 3 deploys 35-45 min apart: a single 205 min interval "
              "of evidence (~4 %/h of 320 MiB at peak); epoch"),
    dict(name="AF08-b-culprit-last-320", seed=31008, kind="b", culprit=3,
         intervals=[45, 55, 60, 210],
         start="2028-05-11T09:20:00Z", service="afar-trek-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/trek-route-quote-memo", "Memoise afar trek quotes per route and party"),
         note="culprit is the last deploy #3 at 12:00: a single 210 min interval of evidence (~4 %/h of 320 "
              "MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== singles (all validation)
    dict(name="AF09-d-hourly-culprit-3-300", seed=31009, kind="d", culprit=3,
         intervals=gen_intervals(31009, 4, lo=60, hi=90),
         start="2028-05-12T10:15:00Z", service="afternoon-tea-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/tea-table-timers", "Release afternoon tea tables from delayed timers"),
         note="4 deploys 60-85 min apart (hourly), culprit #3 at 13:15 (85 and 68 min leaking); ~4 %/h of "
              "300 MiB at peak"),
    dict(name="AF10-c-fixed-next-deploy", seed=31010, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(31010, 3, lo=50, hi=85),
         start="2028-05-13T10:50:00Z", service="affidavit-notary-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=98, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/notary-seal-listeners", "Tell open affidavit notary bookings when a seal expires"),
         fixed_pr_title=("fix/notary-seal-listeners-removed", "Remove affidavit notary seal listeners when a booking closes"),
         note="leak from #2 at 13:14 (~5 %/h of 300 MiB at peak), fixed by the next deploy #3 at 14:17 after 63 "
              "min (55 min of the fixed release to the end); epoch, ascending"),
    # ================================================================== healthy-frequent (AF11 dev, AF12 validation)
    dict(name="AF11-none-frequent-orders-320", seed=31011, kind="none",
         intervals=gen_intervals(31011, 9, lo=15, hi=45),
         start="2028-05-14T11:30:00Z", service="aftershave-grooming-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="no leak, orders route, 11:30 through the peak; 9 deploys 17-45 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AF12-e-lru-frequent-300-300", seed=31012, kind="e",
         intervals=gen_intervals(31012, 9, lo=15, hi=45),
         start="2028-05-15T11:20:00Z", service="afire-kiln-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "300"},
         note="bounded LRU (300 entries) refilling after each of 9 deploys 21-44 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy singles (validation)
    dict(name="AF13-e-lru-hourly-340-320", seed=31013, kind="e",
         intervals=gen_intervals(31013, 4, lo=60, hi=90),
         start="2028-05-16T11:15:00Z", service="aforesaid-clause-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 4 deploys 65-90 min apart (hourly), from 11:15 "
              "through the peak into the evening; must not alarm; ascending"),
    dict(name="AF14-none-hourly-orders-300", seed=31014, kind="none",
         intervals=gen_intervals(31014, 4, lo=60, hi=90),
         start="2028-05-17T10:00:00Z", service="afforest-sapling-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 10:00 into the afternoon (16:22 end); 4 deploys 60-84 min apart (hourly); "
              "must not alarm; epoch"),
]

SCENARIOS = _RE + AF_SCENARIOS
