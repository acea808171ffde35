"""memblame's tracelab scenarios, batch 177: FV01..FV16 (real memory traces with labels).

(Named FV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-176 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FU.  No case folder, scenario name or split entry starts with
"FV".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 177"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios177.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios177.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw177 FV01-... FV16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
169 and 173 (batch 173 the template, batch 169 its predecessor).  A blind
batch: all 16 cases are split "validation" (split177.json, regime tags as
split173.json).

Rotation: the kinds are rotated away from batches 169 (c, then d, a, a, c,
d, b, d, a) and 173 (a, then c, d, b, d, a, a, c, d) in every regime, as
batch 173 rotated them away from 166 and 169, keeping the counts (leaking
a 3, b 3, c 2, d 3): frequent non-b d (the one non-b kind left: 169 c,
173 a), the two frequent b stay b, hourly a, few-hours b, culprit-last d,
slow a, fixed-later c, flag flip d, culprit-early a, multi-task c.  d is
left only by culprit-last (a, b) and flag flip (b, a) besides the
frequent case: both take it.  a is left only by hourly (d, c), slow (c, d)
and culprit-early (d, c): all three take it.  Few-hours (a, d),
fixed-later (d, a) and multi-task (a, d) each leave b and c, for one b and
two c.  Batch 166 the tie-breaker (as batch 173 read batch 163): it had c
in few-hours, c in fixed-later and b in multi-task, so multi-task takes c;
few-hours and fixed-later cannot both avoid 166's c with one b, so the
next rule decides: few-hours' latest b (171's FP12; 157's FB05 without
the development batches) is older than fixed-later's (176's FU08), and
fixed-later's latest c (168's FM08) older than few-hours' (171's FP13;
166's FK05 without the development batches): few-hours takes b,
fixed-later c (repeating 166's c there).

Loads by batch 176's units for the next batch (its main figures; it prints
no figure without the slow cases that differs): a 0.0410 frequent, 0.0535
an hour or more; b 0.00359 / 0.00392; c 0.0112 / 0.0143; d 0.0134 /
0.0190; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for FV11; ~1.5 %/h for the slow FV07).
Only FV01-FV03 take the frequent units.  Within 0.4 % but FV07 and FV10
(widened to 0.5 %: no integer a load at 300 MiB within 0.4 %; FV10's 1 KB
x 110, +0.44 %, was an earlier scenario's, so 2 KB x 55, +0.44 %): FV01 d
2 KB x 219 (300, +0.17 %), FV02 b 8 x 204 (300, -0.01 %), FV03 b 12 x 145
(320, -0.05 %), FV04 a 1 KB x 117 (320, +0.15 %), FV05 b 13 x 115 (300,
+0.02 %), FV06 d 2 KB x 164 (320, -0.29 %), FV07 a 1 KB x 33 (300, slow,
+0.44 %), FV08 c 10 KB x 41 (300, +0.06 %), FV09 d 4 KB x 82 (320,
-0.29 %), FV10 a 2 KB x 55 (300, +0.44 %), FV11 c 5 KB x 175 over 2 tasks
(320, +0.10 %); each a load no earlier scenario had at its limit and task
count.  Healthy loads are earlier batches'.  The "~N %/h" in the notes are
aims, not measurements.

PR and pipeline numbers: this file runs scenarios176.py (11..2924) and
lists FV last (2925..2940).  Seeds 177001..177016.  Dates 2034-10-21
(FV01) to 2034-11-05 (FV16), after FU16's 2034-10-20 and before batches
171's and 175's 2035-01 and 2035-02 dates.  Limits AABBABAABABBAABB (A
300, B 320 MiB).  Every case has 300 samples or more and uses ts_format
"wire"; TimestampAscending for FV01, FV04, FV07, FV09, FV14 and FV16.  The
notes' "epoch" and "ascending" tags are written from these fields.  Names:
towns of Moravia (Czech Republic) for the services, and Czech dishes for
the PR, fix, step and flag words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios176.py"))["SCENARIOS"]   # 11..2924

_I = {
    1: [27, 28, 26, 29, 27, 28, 26, 29, 27, 28, 26, 29],
    2: [24, 23, 25, 24, 23, 25, 24, 23, 25, 24, 23, 25, 24, 23],
    3: [39, 38, 40, 41, 39, 38, 40, 41, 39],
    4: [57, 56, 58, 59, 57, 58, 56],
    5: [32, 34, 31, 133, 33, 31, 34, 32, 33, 31],
    6: [23, 22, 24, 25, 23, 22, 24, 25, 23, 22, 24, 138],
    7: [31, 33, 30, 32, 31, 57, 50, 32, 30, 33, 31, 32],
    8: [29, 28, 30, 31, 29, 28, 30, 31, 29, 28, 30, 31],
    9: [33, 31, 142, 30, 32, 34, 31, 33],
    10: [57, 31, 29, 33, 30, 32, 29, 31, 33, 30, 32, 30],
    11: [33, 32, 34, 35, 33, 32, 34, 35, 33, 32, 34],
    12: [35, 34, 36, 37, 35, 34, 36, 37, 35, 34, 36],
    13: [110, 95, 125],
    14: [32, 31, 33, 34, 32, 31, 33, 34, 32, 31, 33, 34],
    15: [66, 59, 70, 62, 68],
    16: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21],
}

FV_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FV01-d-frequent-deploys-culprit-7-of-11-300', seed=177001, kind='d', culprit=7,
         intervals=_I[1],
         start='2034-10-21T09:50:00Z', service='prerov-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=219, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/prerov-svickova-timers', 'Confirm prerov bookings from delayed svickova timers'),
         note='11 deploys 26-29 min apart from 09:50, culprit #7 of 11 at 13:01 (5 leaking intervals, to 15:20); ~5 %/h of 300 MiB at peak (2 KB x 219, +0.17 %); epoch, ascending'),
    dict(name='FV02-b-frequent-deploys-culprit-8-of-13-300', seed=177002, kind='b', culprit=8,
         intervals=_I[2],
         start='2034-10-22T10:15:00Z', service='kromeriz-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=204, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/kromeriz-knedliky-quote-memo', 'Memoise kromeriz quotes per knedliky and customer'),
         note='13 deploys 23-25 min apart from 10:15, culprit #8 of 13 at 13:26 (6 leaking intervals, to 15:50); ~5 %/h of 300 MiB at peak (8 lines x 204, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FV03-b-frequent-deploys-culprit-6-of-8-320', seed=177003, kind='b', culprit=6,
         intervals=_I[3],
         start='2034-10-23T09:25:00Z', service='prostejov-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=145, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/prostejov-bramboraky-quote-memo', 'Memoise prostejov quotes per bramboraky and customer'),
         note='8 deploys 38-41 min apart from 09:25, culprit #6 of 8 at 13:20 (3 leaking intervals, to 15:20); ~5 %/h of 320 MiB at peak (12 lines x 145, -0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FV04-a-hourly-culprit-4-of-6-320', seed=177004, kind='a', culprit=4,
         intervals=_I[4],
         start='2034-10-24T09:05:00Z', service='vyskov-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=117, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/vyskov-trdelnik-history', 'Keep vyskov orders for the trdelnik history'),
         note='hourly deploys (56-59 min apart) from 09:05, culprit #4 of 6 at 12:55, leaking intervals 57, 58, 56 min (to 15:46); ~5 %/h of 320 MiB at peak (1 KB x 117, +0.15 %); epoch, ascending'),
    dict(name='FV05-b-few-hours-133-culprit-3-of-9-300', seed=177005, kind='b', culprit=3,
         intervals=_I[5],
         start='2034-10-25T10:20:00Z', service='hodonin-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=115, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/hodonin-utopenci-quote-memo', 'Memoise hodonin quotes per utopenci and customer'),
         note='culprit #3 of 9 at 11:57 after 32, 34, 31 min healthy intervals, its own interval 133 min, then 33, 31, 34, 32, 33, 31 min still leaking (to 17:24); ~5 %/h of 300 MiB at peak (13 lines x 115, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FV06-d-culprit-last-11-of-11-138-320', seed=177006, kind='d', culprit=11,
         intervals=_I[6],
         start='2034-10-26T09:40:00Z', service='breclav-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=164, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/breclav-hermelin-timers', 'Confirm breclav bookings from delayed hermelin timers'),
         note='the culprit is the last deploy #11 at 13:57: one 138 min interval of evidence (to 16:15) after 11 healthy intervals of 22-25 min from 09:40; ~5 %/h of 320 MiB at peak (2 KB x 164, -0.29 %); epoch'),
    dict(name='FV07-a-slow-leak-culprit-5-of-11-300', seed=177007, kind='a', culprit=5,
         intervals=_I[7],
         start='2034-10-27T11:30:00Z', service='znojmo-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=33, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/znojmo-kulajda-history', 'Keep znojmo orders for the kulajda history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 33, +0.44 %, widened to 0.5 %) from #5 of 11 at 14:07 after 31, 33, 30, 32, 31 min healthy intervals from 11:30 (after the morning); 57, 50, 32, 30, 33, 31, 32 min leaking intervals (to 18:32); epoch, ascending'),
    dict(name='FV08-c-fixed-three-later-5-by-8-of-11-300', seed=177008, kind='c', culprit=5, fixed=8,
         intervals=_I[8],
         start='2034-10-28T10:25:00Z', service='trebic-bookings',
         profile='orders', params={'payload_kb': 10}, peak_rps=41, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/trebic-buchty-listeners', 'Tell open trebic bookings when a buchty slot frees'),
         fixed_pr_title=('fix/trebic-smazak-listeners-off', 'Remove the trebic smazak listener when a booking finishes'),
         note='leak from #5 at 12:52 (~5 %/h of 300 MiB at peak, 10 KB x 41, +0.06 %) after 5 healthy intervals of 29-31 min from 10:25; #6 at 13:20 and #7 at 13:50 still leak; fixed three deploys later by #8 at 14:21, then #9-#11 (29, 28, 30, 31 min, to 16:19); epoch'),
    dict(name='FV09-d-flag-flip-66-min-in-v3-320', seed=177009, kind='d', flag='jihlava_tvaruzky_booking_timers', flag_at=sum(_I[9][:2]) + 66,
         intervals=_I[9],
         start='2034-10-29T10:30:00Z', service='jihlava-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=82, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag jihlava_tvaruzky_booking_timers on at 12:39:30, 66 min into v3's 142 min interval, 76 min before #3; then #3-#7 (30, 32, 34, 31, 33 min, to 16:36); ~5 %/h of 320 MiB at peak (4 KB x 82, -0.29 %); epoch, ascending"),
    dict(name='FV10-a-culprit-early-1-of-11-300', seed=177010, kind='a', culprit=1,
         intervals=_I[10],
         start='2034-10-30T10:50:00Z', service='vsetin-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=55, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/vsetin-vdolky-history', 'Keep vsetin orders for the vdolky history'),
         note='culprit is the first deploy #1 of 11 at 11:47, after 57 min of v1; every later interval leaks (29-33 min, to 17:27); ~5 %/h of 300 MiB at peak (2 KB x 55, +0.44 %, widened to 0.5 %); epoch'),
    dict(name='FV11-c-two-tasks-gap-6-culprit-5-of-10-320', seed=177011, kind='c', culprit=5, tasks=2, roll_gap=6,
         intervals=_I[11],
         start='2034-10-31T09:35:00Z', service='sumperk-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=175, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/sumperk-koblihy-listeners', 'Tell open sumperk bookings when a koblihy slot frees'),
         note='2 tasks, rolling deploys 6 min apart per task; 10 deploys 32-35 min apart from 09:35, culprit #5 of 10 at 12:22 (6 leaking intervals, to 15:42); each task ~5 %/h of 320 MiB at peak (5 KB x 175 over 2 tasks, +0.10 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FV12-e-lru-afternoon-1340-1470-320', seed=177012, kind='e',
         intervals=_I[12],
         start='2034-11-01T13:40:00Z', service='jesenik-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1470'},
         note='bounded LRU (1470 entries) refilling after each of 10 deploys 34-37 min apart, from 13:40 over the afternoon into the evening to 20:09; must not alarm; epoch'),
    dict(name='FV13-e-lru-warmup-0815-2435-300', seed=177013, kind='e',
         intervals=_I[13],
         start='2034-11-02T08:15:00Z', service='kyjov-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '2435'},
         note='bounded LRU (2435 entries) warming for hours: 110, 95, 125 min intervals (2 deploys) from 08:15 up the morning rise to 13:45; must not alarm; epoch'),
    dict(name='FV14-step-orders-culprit-6-of-11-300', seed=177014, kind='step', culprit=6,
         intervals=_I[14],
         start='2034-11-03T09:55:00Z', service='mikulov-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/mikulov-zelnacka-table-at-boot', 'Load the mikulov zelnacka table at boot'),
         note='level shift at #6 of 11 (13:08), orders route (5 KB x 90); 11 deploys 31-34 min apart from 09:55 over midday (to 16:25); no trend after; must not alarm; epoch, ascending'),
    dict(name='FV15-f-load-afternoon-1320-320', seed=177015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-11-04T13:20:00Z', service='olomouc-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 13:20 over the afternoon into the evening fall to 18:45, across 4 deploys 59-70 min apart; must not alarm; epoch'),
    dict(name='FV16-none-frequent-quote-1315-320', seed=177016, kind='none',
         intervals=_I[16],
         start='2034-11-05T13:15:00Z', service='litovel-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 13:15 over the afternoon into the evening to 19:28; 16 deploys 21-23 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FV_SCENARIOS
