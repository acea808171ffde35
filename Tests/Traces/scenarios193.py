"""memblame's tracelab scenarios, batch 193: GL01..GL16 (real memory
traces with labels).

(Named GL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-192 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GK.  No case folder, scenario name or split entry
starts with "GL".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 193"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios193.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios193.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw193 GL01-... GL16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
187 and 190 (batch 190 the template, batch 187 its predecessor).  A blind
batch: all 16 cases are split "validation" (split193.json, regime tags as
split190.json).

Rotation: the kinds are rotated away from batches 187 (d, then a, c, d, a,
b, d, a, c) and 190 (c, then d, a, a, c, d, b, d, a) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b a (the one non-b kind left: 187 d, 190 c);
the two frequent b stay b. Besides the frequent case, a is left only by
fixed-later (b, d) and flag flip (d, b): both take it. d is left only by
few-hours (c, a), slow (a, c) and multi-task (c, a): all three take it.
Hourly (a, d), culprit-last (d, a) and culprit-early (a, d) each leave b
and c, for one b and two c. Batch 184 (a, then b, d, c, d, a, a, c, d)
breaks the tie for hourly (it had b): hourly takes c. Culprit-last and
culprit-early both had c in 184: the b goes to the one whose latest b case
(by the split*.json regime tags) is older: culprit-early (latest b 182's
GA09) against culprit-last (latest b 189's GH02; batch 192's culprit-last
and culprit-early are d), so culprit-early takes b and culprit-last c (the
c reading agrees: culprit-last's latest c, 184's GC06, is older than
culprit-early's, 189's GH09). Here a, then c, d, c, d, a, a, b, d.

Loads by batch 190's units for the next batch (its main figures, but c and
d over an hour or more from its figures without the slow cases GH07 and
GI07: c 0.0197 (GH04, GH06, GH09), d 0.0126 (GH05, GI04, GI08, GI10)):
frequent a 0.0296, b 0.00412, c 0.0162, d 0.0186; an hour or more a
0.0457, b 0.00335, c 0.0197, d 0.0126 (%/h per unit of size x rate at peak
at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for GL11; ~1.5
%/h for the slow GL07). Only GL01-GL03 take the frequent units. All within
0.4 % (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 100-400 over three tasks;
the nearest free load, ties to the rate nearest 150): GL01 a 1 KB x 211
(320, frequent, -0.07 %), GL02 b 18 lines x 79 (300, frequent, -0.01 %),
GL03 b 11 lines x 138 (320, frequent, +0.07 %), GL04 c 6 KB x 53 (320,
+0.23 %), GL05 d 8 KB x 62 (320, -0.01 %), GL06 c 2 KB x 149 (300, +0.19
%), GL07 d 4 KB x 35 (300, slow, +0.35 %), GL08 a 1 KB x 137 (320, +0.17
%), GL09 a 2 KB x 64 (300, -0.17 %), GL10 b 10 lines x 175 (300, +0.05 %),
GL11 d 5 KB x 279 over 3 tasks (300, -0.01 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios192.py (11..3180) and
lists GL last (3181..3196). Seeds 193001..193016. Dates 2035-09-09 (GL01)
to 2035-09-24 (GL16), after batches 191's and 192's 2035-08-08..09-08.
Limits BABBBAABAAAABABB (A 300, B 320 MiB; no earlier batch had it, its
flip or its first eight). Cases of 300 samples or more use ts_format
"wire"; ISO 8601 for GL13; TimestampAscending for GL01, GL07, GL09, GL10,
GL11, GL12 (no earlier batch had this set). Heap 160 MB everywhere. Names:
small islands of the Outer Hebrides for the services, and Scottish Gaelic
words (machair, bothan, cailleach, sgeir, cnoc, lochan, bealach, coire,
airigh, geodha, sithean, tobar, clachan) for the PR, fix, flag and step
words (from memory; none in any scenarios*.py, split*.json or the README
before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios192.py"))["SCENARIOS"]   # 11..3180

_I = {
    1: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27],
    2: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21],
    3: [39, 38, 40, 39, 38, 40, 39, 38, 40, 39],
    4: [64, 62, 66, 63, 65, 62],
    5: [32, 30, 33, 131, 31, 34, 30, 33, 31],
    6: [39, 41, 38, 40, 39, 41, 38, 168],
    7: [30, 28, 31, 29, 30, 28, 67, 75, 29, 31, 28],
    8: [28, 30, 27, 29, 28, 30, 27, 29, 28, 30, 27, 29],
    9: [33, 31, 34, 128, 32, 30, 33, 31],
    10: [86, 35, 37, 34, 36, 35, 37, 34, 36, 35, 37],
    11: [35, 37, 34, 36, 35, 37, 34, 36, 35, 37],
    12: [33, 35, 32, 34, 33, 35, 32, 34, 33, 35, 32, 34],
    13: [112, 95, 84],
    14: [34, 33, 35, 36, 34, 33, 35, 36, 34, 33, 35, 36],
    15: [62, 59, 65, 58, 63, 57],
    16: [23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23],
}

GL_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GL01-a-frequent-deploys-culprit-7-of-13-320', seed=193001, kind='a', culprit=7,
         intervals=_I[1],
         start='2035-09-09T10:10:00Z', service='mingulay-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=211, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/mingulay-machair-history', 'Keep mingulay orders for the machair history'),
         note='13 deploys 27-29 min apart from 10:10, culprit #7 of 13 at 13:26 (7 leaking intervals, to 16:41); ~5 %/h of 320 MiB at peak (1 KB x 211, -0.07 %); epoch, ascending'),
    dict(name='GL02-b-frequent-deploys-culprit-9-of-16-300', seed=193002, kind='b', culprit=9,
         intervals=_I[2],
         start='2035-09-10T11:05:00Z', service='pabbay-quotes',
         profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=79, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/pabbay-bothan-quote-memo', 'Memoise pabbay quotes per bothan and customer'),
         note='16 deploys 21-23 min apart from 11:05, culprit #9 of 16 at 14:23 (8 leaking intervals, to 17:18); ~5 %/h of 300 MiB at peak (18 lines x 79, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GL03-b-frequent-deploys-culprit-3-of-9-320', seed=193003, kind='b', culprit=3,
         intervals=_I[3],
         start='2035-09-11T10:40:00Z', service='sandray-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=138, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/sandray-cailleach-quote-memo', 'Memoise sandray quotes per cailleach and customer'),
         note='9 deploys 38-40 min apart from 10:40, culprit #3 of 9 at 12:37 (7 leaking intervals, to 17:10); ~5 %/h of 320 MiB at peak (11 lines x 138, +0.07 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GL04-c-hourly-culprit-2-of-5-320', seed=193004, kind='c', culprit=2,
         intervals=_I[4],
         start='2035-09-12T11:15:00Z', service='grimsay-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=53, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/grimsay-sgeir-listeners', 'Tell open grimsay bookings when a sgeir slot frees'),
         note='hourly deploys (62-66 min apart) from 11:15, culprit #2 of 5 at 13:21, leaking intervals 66, 63, 65, 62 min (to 17:37); ~5 %/h of 320 MiB at peak (6 KB x 53, +0.23 %); epoch'),
    dict(name='GL05-d-few-hours-131-culprit-3-of-8-320', seed=193005, kind='d', culprit=3,
         intervals=_I[5],
         start='2035-09-13T10:25:00Z', service='killegray-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=62, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/killegray-cnoc-timers', 'Confirm killegray bookings from delayed cnoc timers'),
         note='culprit #3 of 8 at 12:00 after 32, 30, 33 min healthy intervals, its own interval 131 min, then 31, 34, 30, 33, 31 min still leaking (to 16:50); ~5 %/h of 320 MiB at peak (8 KB x 62, -0.01 %); epoch'),
    dict(name='GL06-c-culprit-last-7-of-7-168-300', seed=193006, kind='c', culprit=7,
         intervals=_I[6],
         start='2035-09-14T09:35:00Z', service='ensay-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=149, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/ensay-lochan-listeners', 'Tell open ensay bookings when a lochan slot frees'),
         note='the culprit is the last deploy #7 at 14:11: one 168 min interval of evidence (to 16:59) after 7 healthy intervals of 38-41 min from 09:35; ~5 %/h of 300 MiB at peak (2 KB x 149, +0.19 %); epoch'),
    dict(name='GL07-d-slow-leak-culprit-6-of-10-300', seed=193007, kind='d', culprit=6,
         intervals=_I[7],
         start='2035-09-15T10:05:00Z', service='hellisay-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=35, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/hellisay-bealach-timers', 'Confirm hellisay bookings from delayed bealach timers'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 4 KB x 35, +0.35 %) from #6 of 10 at 13:01 after 30, 28, 31, 29, 30, 28 min healthy intervals from 10:05; 67, 75, 29, 31, 28 min leaking intervals (to 16:51); epoch, ascending'),
    dict(name='GL08-a-fixed-two-later-6-by-8-of-11-320', seed=193008, kind='a', culprit=6, fixed=8,
         intervals=_I[8],
         start='2035-09-16T11:00:00Z', service='fuday-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=137, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/fuday-coire-history', 'Keep fuday orders for the coire history'),
         fixed_pr_title=('fix/fuday-sithean-history-off', 'Stop keeping fuday orders for the sithean history'),
         note='leak from #6 at 13:52 (~5 %/h of 320 MiB at peak, 1 KB x 137, +0.17 %) after 6 healthy intervals of 27-30 min from 11:00; fixed two deploys later by #8 at 14:48 (leaking intervals 27, 29 min), then 28, 30, 27, 29 min (#8-#11, to 16:42); epoch'),
    dict(name='GL09-a-flag-flip-66-min-in-v4-300', seed=193009, kind='a', flag='wiay_tobar_order_history', flag_at=sum(_I[9][:3]) + 66,
         intervals=_I[9],
         start='2035-09-17T10:45:00Z', service='wiay-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=64, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag wiay_tobar_order_history on at 13:28:30, 66 min into v4's 128 min interval, 62 min before #4; then #4-#7 (32, 30, 33, 31 min, to 16:37); ~5 %/h of 300 MiB at peak (2 KB x 64, -0.17 %); epoch, ascending"),
    dict(name='GL10-b-culprit-early-1-of-10-300', seed=193010, kind='b', culprit=1,
         intervals=_I[10],
         start='2035-09-18T10:20:00Z', service='flodday-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=175, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/flodday-airigh-quote-memo', 'Memoise flodday quotes per airigh and customer'),
         note='culprit is the first deploy #1 of 10 at 11:46, after 86 min of v1; every later interval leaks (34-37 min, to 17:42); ~5 %/h of 300 MiB at peak (10 lines x 175, +0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GL11-d-three-tasks-gap-4-culprit-4-of-9-300', seed=193011, kind='d', culprit=4, tasks=3, roll_gap=4,
         intervals=_I[11],
         start='2035-09-19T11:10:00Z', service='gighay-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=279, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/gighay-geodha-timers', 'Confirm gighay bookings from delayed geodha timers'),
         note='3 tasks, rolling deploys 4 min apart per task; 9 deploys 34-37 min apart from 11:10, culprit #4 of 9 at 13:32 (6 leaking intervals, to 17:06); each task ~5 %/h of 300 MiB at peak (5 KB x 279 over 3 tasks, -0.01 %); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='GL12-e-lru-evening-1540-1585-300', seed=193012, kind='e',
         intervals=_I[12],
         start='2035-09-20T15:40:00Z', service='lingay-quotes',
         env={'LRU_MAX': '1585'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1585 entries) refilling after each of 11 deploys 32-35 min apart, from 15:40 over the late afternoon and down the evening to 22:22; must not alarm; epoch, ascending'),
    dict(name='GL13-e-lru-warmup-0635-2580-320', seed=193013, kind='e',
         intervals=_I[13],
         start='2035-09-21T06:35:00Z', service='shillay-quotes',
         env={'LRU_MAX': '2580'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601',
         note='bounded LRU (2580 entries) warming for hours: 112, 95, 84 min intervals (2 deploys) from 06:35 up the morning rise to 11:26; must not alarm'),
    dict(name='GL14-step-quote-culprit-5-of-11-300', seed=193014, kind='step', culprit=5,
         intervals=_I[14],
         start='2035-09-22T14:50:00Z', service='boreray-quotes',
         env={'PRELOAD_ENTRIES': '60000'}, profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/boreray-clachan-table-at-boot', 'Load the boreray clachan table at boot'),
         note='level shift at #5 of 11 (17:42), quote route (20 lines x 90, 2000 SKUs); 11 deploys 33-36 min apart from 14:50 over the afternoon peak into the evening to 21:44; no trend after; must not alarm; epoch'),
    dict(name='GL15-f-load-midday-1035-320', seed=193015, kind='f',
         intervals=_I[15],
         start='2035-09-23T10:35:00Z', service='vallay-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 10:35 up the late morning to the afternoon peak (16:39), across 5 deploys 57-65 min apart; must not alarm; epoch'),
    dict(name='GL16-none-frequent-orders-1525-320', seed=193016, kind='none',
         intervals=_I[16],
         start='2035-09-24T15:25:00Z', service='oronsay-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 15:25 down the late afternoon and evening to 22:42; 18 deploys 22-24 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GL_SCENARIOS
