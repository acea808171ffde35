"""memblame's tracelab scenarios, batch 219: HL01..HL16 (real memory
traces with labels).

(Named HL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-218 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HK.  No case folder, scenario name or split
entry starts with "HL".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 219"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios219.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios219.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw219 HL01-... HL16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
213 and 216 (batch 216 the template, batch 213 its predecessor; batches
204, 205 and 212 are development batches, left out). A blind batch: all 16
cases are split "validation" (split219.json, regime tags as
split216.json).

Rotation: the kinds are rotated away from batches 213 (a, then c, d, b, d,
a, a, c, d) and 216 (d, then a, b, d, a, c, d, a, c) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b c (the one non-b kind left: 213 a, 216 d);
the two frequent b stay b. That leaves three a, one b, one c, three d. a
is left only by few-hours (213 d, 216 b), culprit-last (b, d) and
multi-task (d, c): all three take it. d is left only by hourly (c, a),
fixed-later (a, c) and culprit-early (c, a): all three take it. Slow (d,
a) and flag flip (a, d) each leave b and c, for one b and one c: batch 211
(c, then d, a, a, c, d, b, d, a) had c in slow and b in flag flip, so slow
b and flag flip c (no further tie-break needed). Here c, then d, a, a, b,
d, c, d, a.

Loads by batch 216's units for the next batch (its main figures, but for a
and c over an hour or more its figures without the slow cases HH07 and
HI07, which rest on five and two cases): frequent a 0.0440, b 0.00344, c
0.0107, d 0.0124; an hour or more a 0.0274, b 0.00269, c 0.00859, d
0.00999 (%/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for HL11; ~1.5 %/h for the slow HL07). Only
HL01-HL03 take the frequent units. All within 0.4 %. Loads (sizes 1-8 KB
or 7-20 lines, 20-240 req/s, 150-600 over two tasks; the nearest free
load, ties to the rate nearest 150): HL01 c 4 KB x 137 (300, frequent,
+0.07 %), HL02 b 12 lines x 142 (300, frequent, +0.04 %), HL03 b 8 lines x
213 (300, frequent, +0.04 %), HL04 d 4 KB x 147 (300, +0.25 %), HL05 a 3
KB x 76 (320, -0.04 %), HL06 a 1 KB x 214 (300, +0.07 %), HL07 b 17 lines
x 41 (320, slow, -0.00 %), HL08 d 3 KB x 209 (320, +0.22 %), HL09 c 4 KB x
171 (300, +0.28 %), HL10 d 4 KB x 156 (320, -0.26 %), HL11 a 2 KB x 214
over 2 tasks (300, +0.07 %); each a load no earlier scenario had at its
limit and task count. Healthy loads are earlier batches'. The "~N %/h" in
the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios218.py (11..3596) and
lists HL last (3597..3612). Seeds 219001..219016. Dates 2036-10-29 (HL01)
to 2036-11-13 (HL16), one day per case (batches 217 and 218 used
2036-09-27..10-28; no scenario had these dates). Limits AAAABABBABABBABB
(A 300, B 320 MiB; no earlier batch had it, its flip, its reverse or its
first eight). Cases of 300 samples or more use ts_format "wire"; ISO 8601
for HL13; TimestampAscending for HL01, HL04, HL05, HL08, HL11, HL12 (no
earlier batch had this set). Heap 160 MB everywhere. Names: Polish rivers
for the services, and Welsh words (lleuad, coedwig, ynys, craig, tonnau,
derwen, gwynt, mellt, cymylau, machlud, gwawr, rhaeadr, grug) for the PR,
fix, flag and step words (from memory; none in any scenarios*.py,
split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios218.py"))["SCENARIOS"]   # 11..3596

_I = {
    1: [26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25],
    2: [29, 28, 30, 29, 28, 30, 29, 28, 30, 29, 28, 30, 29, 28],
    3: [30, 29, 31, 30, 29, 31, 30, 29, 31, 30, 29],
    4: [58, 57, 60, 59, 57, 60, 58],
    5: [32, 28, 31, 29, 133, 30, 31, 28],
    6: [32, 31, 34, 33, 31, 34, 32, 33, 136],
    7: [31, 33, 30, 32, 84, 61, 29, 32, 30, 33],
    8: [34, 33, 35, 34, 33, 35, 34, 33, 35, 34, 33],
    9: [33, 35, 31, 34, 32, 127, 30, 34, 31],
    10: [73, 40, 39, 41, 40, 39, 41, 40, 39, 41],
    11: [54, 53, 56, 55, 53, 56, 54],
    12: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27, 29, 28],
    13: [104, 91, 97],
    14: [45, 44, 46, 45, 44, 46, 45, 44, 46],
    15: [38, 40, 37, 39, 38, 40, 37, 39],
    16: [27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28],
}

HL_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HL01-c-frequent-deploys-culprit-7-of-13-300', seed=219001, kind='c', culprit=7,
         intervals=_I[1],
         start='2036-10-29T10:55:00Z', service='wisla-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=137, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/wisla-lleuad-listeners', 'Tell open wisla bookings when a lleuad slot frees'),
         note='13 deploys 25-27 min apart from 10:55, culprit #7 of 13 at 13:56:30 (7 leaking intervals, to 16:58); ~5 %/h of 300 MiB at peak (4 KB x 137, +0.07 %); epoch, ascending'),
    dict(name='HL02-b-frequent-deploys-culprit-9-of-13-300', seed=219002, kind='b', culprit=9,
         intervals=_I[2],
         start='2036-10-30T10:10:00Z', service='odra-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=142, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/odra-coedwig-quote-memo', 'Memoise odra quotes per coedwig and customer'),
         note='13 deploys 28-30 min apart from 10:10, culprit #9 of 13 at 14:30:30 (5 leaking intervals, to 16:55); ~5 %/h of 300 MiB at peak (12 lines x 142, +0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HL03-b-frequent-deploys-culprit-5-of-10-300', seed=219003, kind='b', culprit=5,
         intervals=_I[3],
         start='2036-10-31T11:20:00Z', service='warta-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=213, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/warta-ynys-quote-memo', 'Memoise warta quotes per ynys and customer'),
         note='10 deploys 29-31 min apart from 11:20, culprit #5 of 10 at 13:48:30 (6 leaking intervals, to 16:49); ~5 %/h of 300 MiB at peak (8 lines x 213, +0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HL04-d-hourly-culprit-4-of-6-300', seed=219004, kind='d', culprit=4,
         intervals=_I[4],
         start='2036-11-01T09:35:00Z', service='narew-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=147, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/narew-craig-timers', 'Confirm narew bookings from delayed craig timers'),
         note='hourly deploys (57-60 min apart) from 09:35, culprit #4 of 6 at 13:28:30, leaking intervals 57, 60, 58 min (to 16:24); ~5 %/h of 300 MiB at peak (4 KB x 147, +0.25 %); epoch, ascending'),
    dict(name='HL05-a-few-hours-133-culprit-4-of-7-320', seed=219005, kind='a', culprit=4,
         intervals=_I[5],
         start='2036-11-02T11:35:00Z', service='pilica-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=76, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/pilica-tonnau-history', 'Keep pilica orders for the tonnau history'),
         note='culprit #4 of 7 at 13:34:30 after 32, 28, 31, 29 min healthy intervals, its own interval 133 min, then 30, 31, 28 min still leaking (to 17:17); ~5 %/h of 320 MiB at peak (3 KB x 76, -0.04 %); epoch, ascending'),
    dict(name='HL06-a-culprit-last-8-of-8-136-300', seed=219006, kind='a', culprit=8,
         intervals=_I[6],
         start='2036-11-03T09:30:00Z', service='bzura-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=214, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/bzura-derwen-history', 'Keep bzura orders for the derwen history'),
         note='the culprit is the last deploy #8 at 13:49:30: one 136 min interval of evidence (to 16:06) after 8 healthy intervals of 31-34 min from 09:30; ~5 %/h of 300 MiB at peak (1 KB x 214, +0.07 %); epoch'),
    dict(name='HL07-b-slow-leak-culprit-4-of-9-320', seed=219007, kind='b', culprit=4,
         intervals=_I[7],
         start='2036-11-04T11:00:00Z', service='drweca-quotes',
         profile='quote', params={'detail': 17, 'skus': 400}, peak_rps=41, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/drweca-gwynt-quote-memo', 'Memoise drweca quotes per gwynt and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 17 lines x 41, -0.00 %) from #4 of 9 at 13:05:30 after 31, 33, 30, 32 min healthy intervals from 11:00; 84, 61, 29, 32, 30, 33 min leaking intervals (to 17:35); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HL08-d-fixed-one-later-5-by-6-of-10-320', seed=219008, kind='d', culprit=5, fixed=6,
         intervals=_I[8],
         start='2036-11-05T11:30:00Z', service='wieprz-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=209, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/wieprz-mellt-timers', 'Confirm wieprz bookings from delayed mellt timers'),
         fixed_pr_title=('fix/wieprz-gwawr-timers-off', 'Confirm wieprz bookings at once, without gwawr timers'),
         note='leak from #5 at 14:18:30 (~5 %/h of 320 MiB at peak, 3 KB x 209, +0.22 %) after 5 healthy intervals of 33-35 min from 11:30; fixed one deploy later by #6 at 14:53:30 (one leaking interval, 35 min), then 34, 33, 35, 34, 33 min (#6-#10, to 17:43); epoch, ascending'),
    dict(name='HL09-c-flag-flip-44-min-in-v6-300', seed=219009, kind='c', flag='notec_rhaeadr_booking_listeners', flag_at=sum(_I[9][:5]) + 44,
         intervals=_I[9],
         start='2036-11-06T09:25:00Z', service='notec-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=171, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag notec_rhaeadr_booking_listeners on at 12:53:30, 44 min into v6's 127 min interval, 83 min before #6; then #6-#8 (30, 34, 31 min, to 15:52); ~5 %/h of 300 MiB at peak (4 KB x 171, +0.28 %); epoch"),
    dict(name='HL10-d-culprit-early-1-of-9-320', seed=219010, kind='d', culprit=1,
         intervals=_I[10],
         start='2036-11-07T09:15:00Z', service='wkra-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=156, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/wkra-cymylau-timers', 'Confirm wkra bookings from delayed cymylau timers'),
         note='culprit is deploy #1 of 9 at 10:27:30, after 73 min of v1; every later interval leaks (39-41 min, to 16:28); ~5 %/h of 320 MiB at peak (4 KB x 156, -0.26 %); epoch'),
    dict(name='HL11-a-two-tasks-gap-3-culprit-4-of-6-300', seed=219011, kind='a', culprit=4, tasks=2, roll_gap=3,
         intervals=_I[11],
         start='2036-11-08T11:45:00Z', service='brda-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=214, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/brda-machlud-history', 'Keep brda orders for the machlud history'),
         note='2 tasks, rolling deploys 3 min apart per task; 6 deploys 53-56 min apart from 11:45, culprit #4 of 6 at 15:22:30 (3 leaking intervals, to 18:06); each task ~5 %/h of 300 MiB at peak (2 KB x 214 over 2 tasks, +0.07 %); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='HL12-e-lru-midday-1150-1655-320', seed=219012, kind='e',
         intervals=_I[12],
         start='2036-11-09T11:50:00Z', service='dunajec-quotes',
         env={'LRU_MAX': '1655'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1655 entries) refilling after each of 12 deploys 27-29 min apart, from 11:50 over midday into the late afternoon, to 17:54; must not alarm; epoch, ascending'),
    dict(name='HL13-e-lru-warmup-1515-2555-320', seed=219013, kind='e',
         intervals=_I[13],
         start='2036-11-10T15:15:00Z', service='bobr-quotes',
         env={'LRU_MAX': '2555'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601',
         note='bounded LRU (2555 entries) warming for hours: 104, 91, 97 min intervals (2 deploys) from 15:15 over the late afternoon to 20:07; must not alarm'),
    dict(name='HL14-step-quote-culprit-4-of-8-300', seed=219014, kind='step', culprit=4,
         intervals=_I[14],
         start='2036-11-11T09:10:00Z', service='nysa-quotes',
         env={'PRELOAD_ENTRIES': '60000'}, profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/nysa-grug-table-at-boot', 'Load the nysa grug table at boot'),
         note='level shift at #4 of 8 (12:09:30), quote route (20 lines x 90, 2000 SKUs); 8 deploys 44-46 min apart from 09:10 over the morning to 15:55; no trend after; must not alarm; epoch'),
    dict(name='HL15-f-load-evening-1820-320', seed=219015, kind='f',
         intervals=_I[15],
         start='2036-11-12T18:20:00Z', service='prosna-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 18:20 down the evening fall to 23:28, across 7 deploys 37-40 min apart; must not alarm; epoch'),
    dict(name='HL16-none-frequent-orders-0820-320', seed=219016, kind='none',
         intervals=_I[16],
         start='2036-11-13T08:20:00Z', service='gwda-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 08:20 over the morning into the afternoon to 15:05; 14 deploys 26-28 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HL_SCENARIOS
