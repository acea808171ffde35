"""memblame's tracelab scenarios, batch 176: FU01..FU16 (real memory traces with labels).

(Named FU: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-175 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FT.  No case folder, scenario name or split entry starts with
"FU".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 176"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios176.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios176.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw176 FU01-... FU16-...

The rarer regimes, as batches 90, 93, ..., 168 and 172 (batch 172 the
template, batch 168 its predecessor).  A blind batch: all 16 cases are split
"validation" (split176.json, regime tags as split172.json).

Rotation: of the two kinds each regime leaves after batches 168 (d, c, c,
d, a, b, a, c, b, d) and 172 (b, a, a, b, b, a, c, d, a, a), the one batch
165 (c, d, d, a, c, d, b, a, d, c) did not use (that decided every regime),
but limit-raise (the rule gives b; left b, d) and oom-fast (the rule gives
b; left b, c) cannot take b (no b load is known to OOM within about an
hour) and take the other kind left: limit-raise d with the d OOM load (64
KB x 180 at 320 MiB, heap 160 MB, as ET10, FD10, FJ03 and FM10; OOMs 52.5
min in), oom-fast c with the c OOM load (75 KB x 178 at 300 MiB, heap 160
MB, as ET03, FD03, FJ10 and FM03; OOMs 44.5-48.5 min in, FM03's 45.5).
long-interval a, culprit-last b, limit-raise d, multi-task c,
quick-followup d, flag-flip c, slow-leak d, fixed-later b, culprit-early c,
oom-fast c; the frequent-deploys case stays a b.  Leaking a 1, b 3, c 4,
d 3.

Loads by batch 174's units for the next batch (its main figures, but the
figure without the slow cases where it prints one: c over an hour or more
0.0158 (main 0.0186); so a 0.0410 frequent, 0.0419 an hour or more; b
0.00364 / 0.00488; c 0.0112 / 0.0158; d 0.0134 / 0.0185; %/h per unit of
size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit (per
task for FU04; ~1.5 %/h for the slow FU07), all within 0.4 %: FU01 a 1 KB
x 140 (300, +0.11 %), FU02 b 10 x 120 (300, -0.06 %), FU04 c 4 KB x 297
over 3 tasks (320, +0.11 %), FU05 d 2 KB x 158 (300, -0.23 %), FU06 c 3
KB x 132 (320, +0.11 %), FU07 d 1 KB x 101 (320, slow, -0.35 %), FU08 b 8
x 160 (320, -0.06 %), FU09 c 7 KB x 53 (300, +0.04 %), FU11 b 10 x 161
(300, frequent, +0.02 %); none an earlier scenario's load at the same
limit and task count.  Not by the units: FU03 (its OOM load) and FU10 (its
OOM load).  Healthy loads are earlier batches'.  The "~N %/h" in the notes
are aims, not measurements.

PR and pipeline numbers: this file runs scenarios175.py (11..2908) and
lists FU last (2909..2924).  Seeds 176001..176016.  Dates 2034-10-05
(FU01) to 2034-10-20 (FU16), after FS16's 2034-10-04 and before batches
171's and 175's 2035-01 and 2035-02 dates.  Limits AABBABBBAAABABBA (A
300, B 320 MiB).  Cases of 300 samples or more use ts_format "wire" (all
but FU03, 264 samples, FU05, 288, FU06, 293, and FU10, 289: ISO 8601);
TimestampAscending for FU01, FU02, FU03, FU05, FU11, FU14 and FU16.  The
notes' "epoch" and "ascending" tags are written from these fields.  Heap
160 MB everywhere but FU03 after its raise.  Service names: towns of
Flanders (Belgium); PR and flag words: Flemish foods.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios175.py"))["SCENARIOS"]   # 11..2908

_I = {
    1: [29, 31, 28, 212, 31, 29, 30],
    2: [31, 33, 30, 32, 30, 33, 31, 32, 30, 156],
    3: [25, 27, 91, 29, 33, 31, 28],
    4: [28, 26, 29, 27, 28, 26, 29, 27, 28, 26, 29, 27],
    5: [30, 28, 31, 29, 30, 32, 18, 31, 29, 30],
    6: [30, 29, 31, 27, 118, 30, 28],
    7: [31, 29, 32, 30, 66, 53, 31, 29, 30, 32, 29],
    8: [30, 32, 29, 31, 30, 28, 32, 30, 29, 31, 30],
    9: [53, 31, 29, 31, 30, 28, 32, 30, 29, 31],
    10: [31, 29, 30, 79, 30, 31, 29, 30],
    11: [26, 28, 25, 27, 26, 28, 25, 27, 26, 28, 25, 27, 26, 28, 25],
    12: [33, 31, 35, 30, 34, 32, 36, 31, 33, 35, 30, 34, 32],
    13: [44, 52, 37, 58, 41, 55, 39, 47],
    14: [31, 238, 30, 28],
    15: [61, 58, 64, 59, 62, 60],
    16: [22, 20, 24, 21, 23, 20, 22, 24, 21, 23, 20, 22, 24, 21, 23, 22],
}

FU_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FU01-a-long-interval-212-culprit-3-of-6-300', seed=176001, kind='a', culprit=3,
         intervals=_I[1],
         start='2034-10-05T11:35:00Z', service='aalst-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=140, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/aalst-stoverij-history', 'Keep aalst orders for the stoverij history'),
         note='culprit #3 of 6 at 13:03 after 29, 31, 28 min healthy intervals, then one 212 min (3 h 32) interval (13:03-16:35) across the afternoon peak; ~5 %/h of 300 MiB at peak (1 KB x 140, +0.11 %); #4-#6 still leak (31, 29 and 30 min, to 18:05); epoch, ascending'),
    dict(name='FU02-b-culprit-last-9-of-9-300', seed=176002, kind='b', culprit=9,
         intervals=_I[2],
         start='2034-10-06T09:00:00Z', service='lokeren-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=120, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/lokeren-waterzooi-quote-memo', 'Memoise lokeren quotes per waterzooi and customer'),
         note='the culprit is the last deploy #9 at 13:42: one 156 min interval of evidence (to 16:18) after nine healthy intervals of 30-33 min from 09:00; ~5 %/h of 300 MiB at peak (10 lines x 120, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FU03-d-limit-raise-825', seed=176003, kind='d', culprit=2, limit_raise={'deploy': 4, 'limit_mib': 825, 'heap_mb': 412},
         intervals=_I[3],
         start='2034-10-07T12:00:00Z', service='ninove-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, scan_by='TimestampAscending',
         limit_pr_title=('ops/ninove-bookings-memory-825', 'Give the ninove bookings task 825 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/ninove-speculoos-timers', 'Confirm ninove bookings from delayed speculoos timers'),
         note="leak from #2 at 12:52 after two healthy intervals of 25 and 27 min (ET10's, FD10's, FJ03's and FM10's load: 64 KB orders at 180 req/s, heap 160 MB, 320 MiB; their OOMs 52.5 min in) should OOM within #2's 91 min; #3 (29 min) still at 320 MiB; limit 320 -> 825 MiB (heap 412 MB) two deploys after the culprit, at #4 at 14:52, the percentages fall to 0.39 of the old scale and the leak goes on through #4 (33 min), #5 (31 min) and #6 (28 min, to 16:24); ascending"),
    dict(name='FU04-c-three-tasks-gap-2-culprit-7-of-11-320', seed=176004, kind='c', culprit=7, tasks=3, roll_gap=2,
         intervals=_I[4],
         start='2034-10-08T10:15:00Z', service='tienen-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=297, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/tienen-mattentaart-listeners', 'Tell open tienen bookings when a mattentaart slot frees'),
         note='3 tasks, rolling deploys 2 min apart per task; 11 deploys 26-29 min apart from 10:15, culprit #7 of 11 at 13:28 (5 leaking intervals, to 15:45); each task ~5 %/h of 320 MiB at peak (4 KB x 297 over 3 tasks, +0.11 %); metrics-ci.jsonl; epoch'),
    dict(name='FU05-d-quick-followup-culprit-6-300', seed=176005, kind='d', culprit=6,
         intervals=_I[5],
         start='2034-10-09T10:50:00Z', service='diest-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=158, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         culprit_pr_title=('perf/diest-krakeling-timers', 'Confirm diest bookings from delayed krakeling timers'),
         note='culprit #6 of 9 at 13:50 runs only 18 min before an unrelated follow-up #7 at 14:08 (which still leaks, 31 min), then #8 (29 min), #9 (30 min) (to 15:38); ~5 %/h of 300 MiB at peak (2 KB x 158, -0.23 %); ascending'),
    dict(name='FU06-c-flag-flip-57-min-in-v5-320', seed=176006, kind='c', flag='ieper_hutsepot_booking_listeners', flag_at=sum(_I[6][:4]) + 57,
         intervals=_I[6],
         start='2034-10-10T10:18:00Z', service='ieper-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=132, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag ieper_hutsepot_booking_listeners on at 13:11:30, 57 min into v5's 118 min interval, 61 min before #5; then #5 and #6 (30, 28 min, to 15:11); ~5 %/h of 320 MiB at peak (3 KB x 132, +0.11 %)"),
    dict(name='FU07-d-slow-leak-culprit-4-of-10-320', seed=176007, kind='d', culprit=4,
         intervals=_I[7],
         start='2034-10-11T10:50:00Z', service='poperinge-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=101, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/poperinge-smoutebollen-timers', 'Confirm poperinge bookings from delayed smoutebollen timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 101, -0.35 %) from #4 of 10 at 12:52 after 31, 29, 32, 30 min healthy intervals; 66, 53, 31, 29, 30, 32, 29 min leaking intervals (to 17:22); epoch'),
    dict(name='FU08-b-fixed-three-later-4-by-7-of-10-320', seed=176008, kind='b', culprit=4, fixed=7,
         intervals=_I[8],
         start='2034-10-12T11:15:00Z', service='waregem-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=160, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/waregem-mastellen-quote-memo', 'Memoise waregem quotes per mastellen and customer'),
         fixed_pr_title=('fix/waregem-bloedpens-quote-memo', 'Bound the waregem quote memo by bloedpens and evict old customers'),
         note='leak from #4 at 13:17 (~5 %/h of 320 MiB at peak, 8 lines x 160, -0.06 %) after 4 healthy intervals of 29-32 min from 11:15; #5 (30 min) and #6 (28 min) still leak; fixed three deploys later by #7 at 14:47, then #8-#10 (30, 29, 31 min, and 30 after #10, to 16:47); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FU09-c-culprit-early-2-of-9-300', seed=176009, kind='c', culprit=2,
         intervals=_I[9],
         start='2034-10-13T12:05:00Z', service='tielt-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=53, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/tielt-babelutte-listeners', 'Tell open tielt bookings when a babelutte slot frees'),
         note='culprit is the second deploy #2 of 9 at 13:29, after 53 min of v1 and 31 of v2; every later interval leaks (28-32 min, to 17:29; ~5 %/h of 300 MiB at peak, 7 KB x 53, +0.04 %); epoch'),
    dict(name='FU10-c-oom-fast-culprit-3-of-7-300', seed=176010, kind='c', culprit=3,
         intervals=_I[10],
         start='2034-10-14T11:25:00Z', service='eeklo-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/eeklo-peperkoek-listeners', 'Tell open eeklo bookings when a peperkoek slot frees'),
         note="leak from #3 of 7 at 12:55, 75 KB orders at 178 req/s (ET03's, FD03's, FJ10's and FM03's load, 300 MiB; their OOMs 44.5-48.5 min in): OOM within about an hour of the onset (heap 160 MB), in #3 (79 min); #4-#7 (30, 31, 29, 30 min, to 16:14) still leaking"),
    dict(name='FU11-b-frequent-deploys-culprit-8-of-14-300', seed=176011, kind='b', culprit=8,
         intervals=_I[11],
         start='2034-10-15T10:00:00Z', service='zottegem-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=161, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/zottegem-stoemp-quote-memo', 'Memoise zottegem quotes per stoemp and customer'),
         note='14 deploys 25-28 min apart from 10:00, culprit #8 of 14 at 13:32 (7 leaking intervals, to 16:37); ~5 %/h of 300 MiB at peak (10 lines x 161, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='FU12-step-quote-culprit-8-of-12-320', seed=176012, kind='step', culprit=8,
         intervals=_I[12],
         start='2034-10-16T09:35:00Z', service='herentals-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/herentals-kletskop-table-at-boot', 'Load the herentals kletskop table at boot'),
         note='level shift at #8 of 12 (13:57), quote route (20 lines at 95 req/s, 400 SKUs); 12 deploys 30-36 min apart from 09:35 (to 16:41); no trend after; must not alarm; epoch'),
    dict(name='FU13-e-lru-evening-1033-300', seed=176013, kind='e',
         intervals=_I[13],
         start='2034-10-17T18:45:00Z', service='tongeren-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1033'}, ts_format='wire',
         note='bounded LRU (1033 entries) refilling after each of 7 deploys 37-58 min apart, from 18:45 down the evening fall into the night to 00:58; must not alarm; epoch'),
    dict(name='FU14-none-long-interval-238-orders-320', seed=176014, kind='none',
         intervals=_I[14],
         start='2034-10-18T11:12:00Z', service='oudenaarde-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 238 min (3 h 58) interval (11:43-15:41) over midday and the afternoon peak between 31 and 30 min ones (to 16:39); must not alarm; epoch, ascending'),
    dict(name='FU15-f-load-dawn-0455-320', seed=176015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-10-19T04:55:00Z', service='hasselt-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 04:55 up the dawn and morning rise to 10:59, across 5 deploys 58-64 min apart; must not alarm; epoch'),
    dict(name='FU16-none-frequent-orders-1505-300', seed=176016, kind='none',
         intervals=_I[16],
         start='2034-10-20T15:05:00Z', service='torhout-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s), from 15:05 over the late afternoon into the evening to 20:57; 15 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FU_SCENARIOS
