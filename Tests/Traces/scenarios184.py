"""memblame's tracelab scenarios, batch 184: GC01..GC16 (real memory traces with labels).

(Named GC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-183 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA, GB.  No case folder, scenario name or split entry
starts with "GC".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 184"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios184.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios184.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw184 GC01-... GC16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
177 and 180 (batch 180 the template, batch 177 its predecessor).  A blind
batch: all 16 cases are split "validation" (split184.json, regime tags as
split180.json).

Rotation: the kinds are rotated away from batches 177 (d, then a, b, d, a,
c, d, a, c) and 180 (c, then d, a, a, b, d, c, d, a) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3,
b 3, c 2, d 3): frequent non-b a (the one non-b kind left: 177 d, 180 c),
the two frequent b stay b.  d is left only by few-hours (b, a), slow (a,
b) and multi-task (c, a): all three take it.  a is left only by
fixed-later (c, d) and flag flip (d, c) besides the frequent case: both
take it.  Hourly (a, d), culprit-last (d, a) and culprit-early (a, d) each
leave b and c, for one b and two c.  Batch 173 the tie-breaker (hourly c,
culprit-last b, culprit-early c): culprit-last takes c; hourly and
culprit-early both had c, and one b cannot keep both off it, so the next
rule decides for the b: hourly's latest b (175's FT12; 163's FH04 without
the development batches) is older than culprit-early's (182's GA09), so
hourly takes b and culprit-early c.  Here a, then b, d, c, d, a, a, c, d.

Loads by batch 182's units for the next batch (its main figures, but a
over an hour or more from its figure without the slow case GA07, 0.0430
(FY05, FY06, FY11, GA05: four cases)): frequent a 0.0282, b 0.00375,
c 0.0158, d 0.0188; an hour or more a 0.0430, b 0.00402, c 0.0175,
d 0.0190 (%/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for GC11; ~1.5 %/h for the slow GC07).
Only GC01-GC03 take the frequent units.  All within 0.4 %: GC01 a 2 KB x
111 (320, frequent, +0.17 %), GC02 b 11 x 142 (300, frequent, -0.03 %),
GC03 b 12 x 139 (320, frequent, +0.08 %), GC04 b 9 x 162 (300, +0.03 %),
GC05 d 2 KB x 154 (300, -0.13 %), GC06 c 5 KB x 67 (300, +0.05 %), GC07 d
1 KB x 99 (320, slow, +0.32 %), GC08 a 2 KB x 68 (300, -0.19 %), GC09 a
1 KB x 145 (320, -0.24 %), GC10 c 2 KB x 179 (320, +0.24 %), GC11 d 2 KB
x 329 over 2 tasks (320, +0.02 %); each a load no earlier scenario had at
its limit and task count.  Healthy loads are earlier batches'.  The
"~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios183.py (11..3036) and
lists GC last (3037..3052).  Seeds 184001..184016.  Dates 2035-04-18
(GC01) to 2035-05-03 (GC16), after batch 183's 2035-04-02..17.  Limits
BABAAABABBBBAABA (A 300, B 320 MiB).  Every case has 300 samples or more
and uses ts_format "wire"; TimestampAscending for GC03, GC06, GC07, GC08,
GC09 and GC15.  Names: places of the Isle of Man for the services, and
Manx dishes and Manx words and folklore for the PR, fix, step and flag
words (from memory; none in any earlier scenarios*.py, split*.json or the
README, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios183.py"))["SCENARIOS"]   # 11..3036

_I = {
    1: [38, 37, 40, 39, 38, 37, 40, 39, 38, 37, 40],
    2: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27, 29, 28],
    3: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23],
    4: [63, 61, 65, 62, 64, 61, 65],
    5: [32, 30, 33, 31, 34, 124, 30, 33, 31, 32],
    6: [27, 26, 28, 29, 27, 26, 28, 29, 27, 26, 146],
    7: [29, 31, 30, 28, 32, 29, 31, 59, 66, 30, 28, 31],
    8: [33, 31, 34, 32, 33, 31, 34, 32, 33, 31, 34],
    9: [30, 33, 31, 131, 32, 30, 34, 31],
    10: [45, 33, 30, 32, 31, 29, 33, 30, 32, 31, 29],
    11: [35, 34, 36, 37, 35, 34, 36, 37, 35, 34],
    12: [32, 31, 33, 34, 32, 31, 33, 34, 32, 31, 33],
    13: [112, 103, 117],
    14: [25, 24, 26, 27, 25, 24, 26, 27, 25, 24, 26, 27],
    15: [62, 57, 68, 55, 66, 60],
    16: [23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22],
}

GC_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GC01-a-frequent-deploys-culprit-3-of-10-320', seed=184001, kind='a', culprit=3,
         intervals=_I[1],
         start='2035-04-18T10:40:00Z', service='ramsey-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=111, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/ramsey-queenies-history', 'Keep ramsey orders for the queenies history'),
         note='10 deploys 37-40 min apart from 10:40, culprit #3 of 10 at 12:34 (8 leaking intervals, to 17:43); ~5 %/h of 320 MiB at peak (2 KB x 111, +0.17 %); epoch'),
    dict(name='GC02-b-frequent-deploys-culprit-9-of-12-300', seed=184002, kind='b', culprit=9,
         intervals=_I[2],
         start='2035-04-19T09:40:00Z', service='castletown-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=142, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/castletown-bonnag-quote-memo', 'Memoise castletown quotes per bonnag and customer'),
         note='12 deploys 27-29 min apart from 09:40, culprit #9 of 12 at 13:51 (4 leaking intervals, to 15:44); ~5 %/h of 300 MiB at peak (11 lines x 142, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GC03-b-frequent-deploys-culprit-10-of-14-320', seed=184003, kind='b', culprit=10,
         intervals=_I[3],
         start='2035-04-20T10:55:00Z', service='laxey-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=139, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/laxey-chollag-quote-memo', 'Memoise laxey quotes per chollag and customer'),
         note='14 deploys 21-23 min apart from 10:55, culprit #10 of 14 at 14:34 (5 leaking intervals, to 16:25); ~5 %/h of 320 MiB at peak (12 lines x 139, +0.08 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GC04-b-hourly-culprit-3-of-6-300', seed=184004, kind='b', culprit=3,
         intervals=_I[4],
         start='2035-04-21T09:35:00Z', service='onchan-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=162, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/onchan-priddhas-quote-memo', 'Memoise onchan quotes per priddhas and customer'),
         note='hourly deploys (61-65 min apart) from 09:35, culprit #3 of 6 at 12:43, leaking intervals 62, 64, 61, 65 min (to 16:56); ~5 %/h of 300 MiB at peak (9 lines x 162, +0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GC05-d-few-hours-124-culprit-5-of-9-300', seed=184005, kind='d', culprit=5,
         intervals=_I[5],
         start='2035-04-22T10:25:00Z', service='ballasalla-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=154, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/ballasalla-sollaghan-timers', 'Confirm ballasalla bookings from delayed sollaghan timers'),
         note='culprit #5 of 9 at 13:04 after 32, 30, 33, 31, 34 min healthy intervals, its own interval 124 min, then 30, 33, 31, 32 min still leaking (to 17:15); ~5 %/h of 300 MiB at peak (2 KB x 154, -0.13 %); epoch'),
    dict(name='GC06-c-culprit-last-10-of-10-146-300', seed=184006, kind='c', culprit=10,
         intervals=_I[6],
         start='2035-04-23T10:10:00Z', service='ballaugh-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=67, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/ballaugh-cowree-listeners', 'Tell open ballaugh bookings when a cowree slot frees'),
         note='the culprit is the last deploy #10 at 14:42: one 146 min interval of evidence (to 17:09) after 10 healthy intervals of 26-29 min from 10:10; ~5 %/h of 300 MiB at peak (5 KB x 67, +0.05 %); epoch, ascending'),
    dict(name='GC07-d-slow-leak-culprit-7-of-11-320', seed=184007, kind='d', culprit=7,
         intervals=_I[7],
         start='2035-04-24T10:15:00Z', service='jurby-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=99, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/jurby-jough-timers', 'Confirm jurby bookings from delayed jough timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 99, +0.32 %) from #7 of 11 at 13:44 after 29, 31, 30, 28, 32, 29, 31 min healthy intervals from 10:15; 59, 66, 30, 28, 31 min leaking intervals (to 17:19); epoch, ascending'),
    dict(name='GC08-a-fixed-two-later-4-by-6-of-10-300', seed=184008, kind='a', culprit=4, fixed=6,
         intervals=_I[8],
         start='2035-04-25T11:05:00Z', service='foxdale-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=68, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/foxdale-mheillea-history', 'Keep foxdale orders for the mheillea history'),
         fixed_pr_title=('fix/foxdale-buggane-history-off', 'Stop keeping foxdale orders for the buggane history'),
         note='leak from #4 at 13:14 (~5 %/h of 300 MiB at peak, 2 KB x 68, -0.19 %) after 4 healthy intervals of 31-34 min from 11:05; fixed two deploys later by #6 at 14:18 (leaking intervals 33, 31 min), then 34, 32, 33, 31, 34 min (#6-#10, to 17:03); epoch, ascending'),
    dict(name='GC09-a-flag-flip-58-min-in-v4-320', seed=184009, kind='a', flag='santon_moddey_order_history', flag_at=sum(_I[9][:3]) + 58,
         intervals=_I[9],
         start='2035-04-26T10:50:00Z', service='santon-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=145, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag santon_moddey_order_history on at 13:21:30, 58 min into v4's 131 min interval, 73 min before #4; then #4-#7 (32, 30, 34, 31 min, to 16:42); ~5 %/h of 320 MiB at peak (1 KB x 145, -0.24 %); epoch, ascending"),
    dict(name='GC10-c-culprit-early-2-of-10-320', seed=184010, kind='c', culprit=2,
         intervals=_I[10],
         start='2035-04-27T11:20:00Z', service='sulby-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=179, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/sulby-fenodyree-listeners', 'Tell open sulby bookings when a fenodyree slot frees'),
         note='culprit is the second deploy #2 of 10 at 12:37, after 45 min of v1 and 33 min of v2; every later interval leaks (29-33 min, to 17:15); ~5 %/h of 320 MiB at peak (2 KB x 179, +0.24 %); epoch'),
    dict(name='GC11-d-two-tasks-gap-4-culprit-4-of-9-320', seed=184011, kind='d', culprit=4, tasks=2, roll_gap=4,
         intervals=_I[11],
         start='2035-04-28T09:50:00Z', service='glenmaye-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=329, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/glenmaye-lhiannan-timers', 'Confirm glenmaye bookings from delayed lhiannan timers'),
         note='2 tasks, rolling deploys 4 min apart per task; 9 deploys 34-37 min apart from 09:50, culprit #4 of 9 at 12:11 (6 leaking intervals, to 15:43); each task ~5 %/h of 320 MiB at peak (2 KB x 329 over 2 tasks, +0.02 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GC12-e-lru-morning-0725-1465-320', seed=184012, kind='e',
         intervals=_I[12],
         start='2035-04-29T07:25:00Z', service='colby-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1465'},
         note='bounded LRU (1465 entries) refilling after each of 10 deploys 31-34 min apart, from 07:25 up the morning rise to 13:21; must not alarm; epoch'),
    dict(name='GC13-e-lru-warmup-1350-2465-300', seed=184013, kind='e',
         intervals=_I[13],
         start='2035-04-30T13:50:00Z', service='cregneash-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '2465'},
         note='bounded LRU (2465 entries) warming for hours: 112, 103, 117 min intervals (2 deploys) from 13:50 over the afternoon peak into the evening to 19:22; must not alarm; epoch'),
    dict(name='GC14-step-orders-culprit-5-of-11-300', seed=184014, kind='step', culprit=5,
         intervals=_I[14],
         start='2035-05-01T17:10:00Z', service='dalby-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/dalby-tholtan-table-at-boot', 'Load the dalby tholtan table at boot'),
         note='level shift at #5 of 11 (19:16), orders route (5 KB x 90); 11 deploys 24-27 min apart from 17:10 down the evening fall (to 22:16); no trend after; must not alarm; epoch'),
    dict(name='GC15-f-load-morning-0605-320', seed=184015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-05-02T06:05:00Z', service='kirkmichael-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 06:05 up the morning rise to 12:13, across 5 deploys 55-68 min apart; must not alarm; epoch, ascending'),
    dict(name='GC16-none-frequent-quote-1820-300', seed=184016, kind='none',
         intervals=_I[16],
         start='2035-05-03T18:20:00Z', service='porterin-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 18:20 down the evening fall to 00:50; 16 deploys 22-24 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GC_SCENARIOS
