"""memblame's tracelab scenarios, batch 34: AI01..AI14 (real memory traces with labels).

(Named AI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA, batch 27 AB, batch 28 AC, batch 29 AD,
batch 30 AE, batch 31 AF, batch 32 AG and batch 33 AH.  No case folder,
scenario name or split entry starts with "AI"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS), so "AI01-..." works as "AH01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 34"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios34.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios34.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw34 AI01-... AI14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 34 does not
reuse the ranges of R..I, AA, AB, AC, AD, AE, AF, AG and AH, this file lists
the scenarios of scenarios33.py first, unchanged and in the same order
(positions 11..640, exactly as when scenarios33.py is passed), and the AI
scenarios after them (positions 641..654). Only the AI scenarios are recorded
from this file.  Seeds are 34001..34014 (see the README for the number check).

Weighted to frequent deploys again: five leaking cases with deploys every
15-45 min (a, b, d, c, b; culprits #3 to #8 of 8-10 deploys), two
culprit-last (c with 200 min of evidence, b with 170 min), one few-hours (d,
2-2.5 h intervals, one interval after the culprit's), one hourly (c), one
fixed by the next deploy (a), and four healthy cases.

Split (Tests/Traces/split34.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  five:   frequent-deploys AI01-AI05
  two:    culprit-last AI06-AI07, healthy-frequent AI11-AI12 (AI12 a bounded
          LRU with frequent deploys, tagged healthy-frequent as AF12, AG12
          and AH12 were)
  single: few-hours AI08, hourly AI09, fixed-later AI10, healthy-step AI13,
          healthy-flat AI14

10 leaking (a: AI01, AI10; b: AI02, AI05, AI07; c: AI04, AI06, AI09; d:
AI03, AI08; AI10 fixed by the next deploy), 4 healthy.

Loads scaled from what batch 33 measured (README, "Batch 33", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 33 scaled from
batch 32: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), the mean of the last two cases of a kind and regime where they
disagreed:
  a (KB x req/s) with frequent deploys ~0.024 (was 0.023: AH03 1.02 times
    -> 0.0235, AG02 1.44 times at 0.017 -> 0.0245; the mean); with
    intervals of an hour or more ~0.021 (was 0.020: AH06 1.07 times ->
    0.0214, AD10 0.96 times -> 0.020), for the fixed-later case;
  b (detail x req/s) with frequent deploys ~0.0029 (was 0.0032): the mean
    of the last three batches' measured units, as in batch 33 (AH02 0.86
    and AH05 0.90 times at 0.0032 -> 0.0028; AG01, AG04, AG06 -> 0.0036;
    AF02, AF05 -> 0.0023); for one long interval (culprit-last) ~0.0024
    (no b culprit-last case since batch 31: AF08 1.38 times at 0.0020 over
    210 min -> 0.0028, AE08 1.15 times at 0.0017 over 195 min -> 0.0020;
    the mean); skus 400 as in batches 20-33;
  c (KB x req/s) with frequent deploys ~0.0125 (was 0.012: AH01 1.06 times
    -> 0.0127, AG03 1.02 times -> 0.0122; the mean); over one 3-3.5 h
    interval ~0.010 (was 0.008: AH10 1.45 times over 160 min -> 0.0116,
    AG07 1.05 times over 205 min -> 0.0084; the mean); hourly ~0.011 (no c
    hourly case since batch 29: AD05 1.45 times at 0.009 -> 0.013, AB04
    about 1.1 times at 0.0086 -> 0.0095; the mean, also near AH10's
    0.0116);
  d (KB x req/s) with frequent deploys ~0.0154 (was 0.0156: AH04 0.93 times
    -> 0.0145, AG05 1.81 times at 0.009 -> 0.0163; the mean); over 2-3 h
    intervals ~0.0087 unchanged (AH08 1.00 times over 200 min; AD06 as
    aimed over 165 min).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AI01 a 3 KB at 81, 300 MiB; AI02 b 22 lines at
  98, 320 MiB; AI03 d 4 KB at 101, 320 MiB; AI04 c 5 KB at 94, 300 MiB;
  AI05 b 21 lines at 96, 300 MiB); culprit-last ~4 %/h (AI06 c 5 KB at 100,
  320 MiB, the last deploy #3 at 12:00, 200 min of evidence; AI07 b 21 lines
  at 99, 320 MiB, the last deploy #4 at 12:15, 170 min of evidence);
  few-hours ~4 %/h (AI08 d 6 KB at 115, 384 MiB, heap 192, 120, 150, 135
  and 125 min intervals, the culprit #2 at 12:10, #3 at 14:25 still leaks);
  hourly ~4 %/h (AI09 c 5 KB at 91, 320 MiB); fixed-later ~5 %/h (AI10 a
  3 KB at 93, 300 MiB, fixed by the next deploy).  Healthy: AI11 none,
  quote, 9 deploys 21-45 min apart; AI12 a bounded LRU (320 entries, 8000
  SKUs) on the quote route, 9 deploys 15-40 min apart; AI13 a step (a
  60000-entry table loaded at boot from #2 on) on the orders route, 4
  deploys 65-84 min apart (hourly); AI14 none, orders, 10:05 into the
  afternoon, 4 deploys 60-82 min apart (hourly).  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RH = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios33.py"))["SCENARIOS"]   # R..I, AA, AB, AC, AD, AE, AF, AG and AH

AI_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AI01 dev, AI02-AI05 validation)
    dict(name="AI01-a-frequent-deploys-culprit-5-300", seed=34001, kind="a", culprit=5,
         intervals=gen_intervals(34001, 9, lo=15, hi=45),
         start="2028-06-15T10:35:00Z", service="aileron-trim-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/trim-audit-trail", "Keep aileron trim orders for the audit trail"),
         note="9 deploys 17-45 min apart, culprit #5 at 13:11 (5 leaking intervals, 17-44 min; its own 24 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    dict(name="AI02-b-frequent-deploys-culprit-6-320", seed=34002, kind="b", culprit=6,
         intervals=gen_intervals(34002, 10, lo=15, hi=45),
         start="2028-06-16T11:10:00Z", service="aioli-jar-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/jar-blend-quote-memo", "Memoise aioli jar quotes per blend and grocer"),
         note="10 deploys 15-39 min apart, culprit #6 at 13:13 (5 leaking intervals, 17-33 min; its own 33 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AI03-d-frequent-deploys-culprit-4-320", seed=34003, kind="d", culprit=4,
         intervals=gen_intervals(34003, 8, lo=15, hi=45),
         start="2028-06-17T11:20:00Z", service="airship-berth-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=101, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/berth-mooring-timers", "Release airship berth bookings from delayed mooring timers"),
         note="8 deploys 16-40 min apart, culprit #4 at 13:12 (5 leaking intervals, 16-33 min; its own 30 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AI04-c-frequent-deploys-culprit-8-300", seed=34004, kind="c", culprit=8,
         intervals=gen_intervals(34004, 10, lo=15, hi=45),
         start="2028-06-18T10:00:00Z", service="aikido-dojo-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/dojo-mat-listeners", "Tell open aikido dojo bookings when a mat is reassigned"),
         note="10 deploys 15-44 min apart, culprit #8 at 13:14 (3 leaking intervals, 32-40 min; its own 32 min); "
              "~5 %/h of 300 MiB at peak"),
    dict(name="AI05-b-frequent-deploys-culprit-3-300", seed=34005, kind="b", culprit=3,
         intervals=gen_intervals(34005, 9, lo=15, hi=45),
         start="2028-06-19T11:35:00Z", service="aigrette-plume-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/plume-dye-quote-memo", "Memoise aigrette plume quotes per dye and milliner"),
         note="9 deploys 16-44 min apart, culprit #3 at 13:12 (7 leaking intervals, 26-41 min; its own 35 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== culprit-last (AI06 dev, AI07 validation)
    dict(name="AI06-c-culprit-last-320", seed=34006, kind="c", culprit=3,
         intervals=[50, 45, 55, 200],
         start="2028-06-20T09:30:00Z", service="airfield-hangar-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/hangar-door-listeners", "Tell open airfield hangar bookings when a door slot moves"),
         note="culprit is the last deploy #3 at 12:00 after 2 deploys 45-55 min apart: a single 200 min interval "
              "of evidence (~4 %/h of 320 MiB at peak); epoch"),
    dict(name="AI07-b-culprit-last-320", seed=34007, kind="b", culprit=4,
         intervals=[40, 55, 35, 50, 170],
         start="2028-06-21T09:15:00Z", service="airlock-seal-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/seal-gasket-quote-memo", "Memoise airlock seal quotes per gasket and fitter"),
         note="culprit is the last deploy #4 at 12:15 after 3 deploys 35-55 min apart: a single 170 min interval "
              "of evidence (~4 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== singles (all validation)
    dict(name="AI08-d-few-hours-culprit-2-384", seed=34008, kind="d", culprit=2,
         intervals=[120, 150, 135, 125],
         start="2028-06-22T07:40:00Z", service="airway-chart-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=115, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/chart-renewal-timers", "Release airway chart bookings from delayed renewal timers"),
         note="v1 120 min, #1 at 09:40 (150 min), culprit #2 at 12:10 (135 min), #3 at 14:25 (125 min, still "
              "leaking; few hours: 260 min leaking through the afternoon); ~4 %/h of 384 MiB at peak; epoch, "
              "ascending"),
    dict(name="AI09-c-hourly-culprit-2-320", seed=34009, kind="c", culprit=2,
         intervals=gen_intervals(34009, 4, lo=60, hi=90),
         start="2028-06-23T10:45:00Z", service="aisle-shelf-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=91, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/shelf-restock-listeners", "Tell open aisle shelf bookings when a restock lands"),
         note="4 deploys 72-86 min apart (hourly), culprit #2 at 13:13 (72, 77 and 86 min leaking); ~4 %/h of 320 "
              "MiB at peak"),
    dict(name="AI10-a-fixed-next-300", seed=34010, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(34010, 3, lo=50, hi=85),
         start="2028-06-24T11:00:00Z", service="aide-memoire-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=93, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/memoire-note-history", "Keep aide-memoire orders for the note history"),
         fixed_pr_title=("fix/memoire-note-history-ids", "Keep only order ids in the aide-memoire note history"),
         note="leak from #2 at 13:17 (80 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 14:37 "
              "(79 min of the fixed release to the end); epoch, ascending"),
    # ================================================================== healthy-frequent (AI11 dev, AI12 validation)
    dict(name="AI11-none-frequent-quote-320", seed=34011, kind="none",
         intervals=gen_intervals(34011, 9, lo=15, hi=45),
         start="2028-06-25T11:30:00Z", service="aileron-hinge-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route, 11:30 through the peak; 9 deploys 21-45 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AI12-e-lru-frequent-320-300", seed=34012, kind="e",
         intervals=gen_intervals(34012, 9, lo=15, hi=45),
         start="2028-06-26T11:20:00Z", service="aiguille-peak-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "320"},
         note="bounded LRU (320 entries) refilling after each of 9 deploys 15-40 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy singles (validation)
    dict(name="AI13-step-hourly-orders-320", seed=34013, kind="step", culprit=2,
         intervals=gen_intervals(34013, 4, lo=60, hi=90),
         start="2028-06-27T10:30:00Z", service="aioli-press-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/press-recipe-table-at-boot", "Load the aioli press recipe table at boot"),
         note="level shift at #2 of 4 (13:05), orders route; 4 deploys 65-84 min apart (hourly); no trend after; "
              "must not alarm; ascending"),
    dict(name="AI14-none-hourly-orders-300", seed=34014, kind="none",
         intervals=gen_intervals(34014, 4, lo=60, hi=90),
         start="2028-06-28T10:05:00Z", service="airtight-tin-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 10:05 into the afternoon (15:51 end); 4 deploys 60-82 min apart (hourly); "
              "must not alarm; epoch"),
]

SCENARIOS = _RH + AI_SCENARIOS
