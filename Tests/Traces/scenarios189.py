"""memblame's tracelab scenarios, batch 189: GH01..GH16 (real memory traces with labels).

(Named GH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-188 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GG.  No case folder, scenario name or split entry
starts with "GH".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 189"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios189.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios189.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw189 GH01-... GH16-...

The rarer regimes, as batches 90, 93, ..., 182 and 186 (batch 186 the
template, batch 182 its predecessor).  A blind batch: all 16 cases are
split "validation" (split189.json, regime tags as split186.json).

Rotation: of the two kinds each regime leaves after batches 182 (d, c, a,
d, a, b, a, c, b, a, as recorded) and 186 (b, a, d, b, b, a, c, d, a, c),
the one batch 179 (c, d, c, a, c, d, b, a, d, d) did not use (that decided
every regime): a, b, b, c, d, c, d, b, c, b; but limit-raise (left b, c)
and oom-fast (left b, d) cannot take b (no b load is known to OOM within
about an hour) and take the other kind left: limit-raise c with the c OOM
load (75 KB x 178 at 300 MiB, heap 160 MB, as ET03, FD03, FJ10, FM03,
FU10, FX03 and GE10; OOMs 44.5-48.5 min in), oom-fast d with the d OOM
load (64 KB x 180 at 320 MiB, heap 160 MB, as ET10, FD10, FJ03, FM10,
FU03, FX10 and GE03; OOMs 52.5-53.5 min in).  Here long-interval a,
culprit-last b, limit-raise c, multi-task c, quick-followup d, flag-flip
c, slow-leak d, fixed-later b, culprit-early c, oom-fast d; the
frequent-deploys case stays a b.  Leaking a 1, b 3, c 4, d 3.

Loads by batch 187's units for the next batch (its main figures, but a and
c over an hour or more from its figures without the slow cases, each
resting on two cases or more: a 0.0355 (GE02, GE06, GE09, GF04, GF10), c
0.0168 (GF05, GF11)): over an hour or more a 0.0355, b 0.00313, c 0.0168,
d 0.0182; frequent b 0.00338 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for GH04; ~1.5 %/h for
the slow GH07), all within 0.4 %: GH01 a 1 KB x 165 (300, -0.03 %), GH02
b 13 x 144 (300, -0.00 %), GH04 c 6 KB x 186 over 3 tasks (320,
-0.01 %), GH05 d 3 KB x 107 (300, -0.29 %), GH06 c 3 KB x 124 (320,
-0.01 %), GH07 d 1 KB x 103 (320, slow, -0.02 %), GH08 b 12 x 156 (300,
-0.00 %), GH09 c 2 KB x 186 (320, -0.01 %), GH11 b 10 x 185 (320,
frequent, +0.05 %); none an earlier scenario's load at the same limit and
task count.  Not by the units: GH03 and GH10 (their OOM loads).  Healthy
loads are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.

PR and pipeline numbers: this file runs scenarios188.py (11..3116) and
lists GH last (3117..3132).  Seeds 189001..189016.  Dates 2035-07-07
(GH01) to 2035-07-22 (GH16), after batch 188's 2035-06-21..07-06.  Limits
AAABABBABBBABAAB (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Cases of 300 samples or more use ts_format
"wire" (all but GH10, 293 samples, and GH14, 295: ISO 8601);
TimestampAscending for GH02, GH05, GH07, GH08, GH10, GH11, GH12 and GH15
(no earlier batch had this set).  Heap 160 MB everywhere but GH03 after
its raise.  Service names: Mongolian provinces and places; PR, fix, step
and flag words: Faroese bird names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios188.py"))["SCENARIOS"]   # 11..3116

_I = {
    1: [28, 26, 29, 27, 243, 30, 28],
    2: [42, 44, 41, 43, 42, 44, 176],
    3: [29, 31, 28, 30, 27, 31, 87, 30, 32, 29, 31],
    4: [32, 34, 31, 33, 32, 34, 31, 33, 32, 34, 31],
    5: [31, 29, 30, 32, 28, 30, 14, 31, 29, 30, 32],
    6: [30, 32, 29, 31, 136, 30, 28, 31],
    7: [30, 28, 31, 29, 32, 30, 59, 66, 30, 29, 31, 28],
    8: [31, 29, 30, 28, 32, 30, 34, 29, 31, 30, 28, 32],
    9: [63, 31, 29, 30, 32, 28, 30, 31, 29, 30, 28],
    10: [31, 29, 30, 85, 30, 28, 31, 29],
    11: [25, 27, 24, 26, 25, 27, 24, 26, 25, 27, 24, 26, 25, 27, 24, 26, 25],
    12: [33, 35, 31, 34, 32, 36, 30, 34, 33, 35, 31],
    13: [46, 39, 57, 43, 60, 36, 52, 41],
    14: [29, 207, 31, 28],
    15: [58, 56, 60, 55, 59, 57],
    16: [21, 23, 20, 22, 21, 23, 20, 22, 21, 23, 20, 22, 21, 23, 20, 22],
}

GH_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GH01-a-long-interval-243-culprit-4-of-6-300', seed=189001, kind='a', culprit=4,
         intervals=_I[1],
         start='2035-07-07T11:12:00Z', service='arkhangai-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=165, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/arkhangai-tjaldur-history', 'Keep arkhangai orders for the tjaldur history'),
         note='culprit #4 of 6 at 13:02 after 28, 26, 29, 27 min healthy intervals, then one 243 min (4 h 03) interval (13:02-17:05) across the afternoon peak; ~5 %/h of 300 MiB at peak (1 KB x 165, -0.03 %); #5 and #6 still leak (30 and 28 min, to 18:03); epoch'),
    dict(name='GH02-b-culprit-last-6-of-6-300', seed=189002, kind='b', culprit=6,
         intervals=_I[2],
         start='2035-07-08T09:14:00Z', service='dornod-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=144, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/dornod-havhestur-quote-memo', 'Memoise dornod quotes per havhestur and customer'),
         note='the culprit is the last deploy #6 at 13:30: one 176 min interval of evidence (to 16:26) after six healthy intervals of 41-44 min from 09:14; ~5 %/h of 300 MiB at peak (13 lines x 144, -0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GH03-c-limit-raise-885', seed=189003, kind='c', culprit=6, limit_raise={'deploy': 8, 'limit_mib': 885, 'heap_mb': 472},
         intervals=_I[3],
         start='2035-07-09T10:02:00Z', service='dornogovi-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire',
         limit_pr_title=('ops/dornogovi-bookings-memory-885', 'Give the dornogovi bookings task 885 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/dornogovi-lomvigi-listeners', 'Tell open dornogovi bookings when a lomvigi slot frees'),
         note="leak from #6 at 12:58 after six healthy intervals of 27-31 min (ET03's, FD03's, FJ10's, FM03's, FU10's, FX03's and GE10's load: 75 KB orders at 178 req/s, heap 160 MB, 300 MiB; their OOMs 44.5-48.5 min in) should OOM within #6's 87 min; #7 (30 min) still at 300 MiB; limit 300 -> 885 MiB (heap 472 MB) two deploys after the culprit, at #8 at 14:55, the percentages fall to 0.34 of the old scale and the leak goes on through #8 (32 min), #9 (29 min) and #10 (31 min, to 16:27); epoch"),
    dict(name='GH04-c-three-tasks-gap-4-culprit-7-of-10-320', seed=189004, kind='c', culprit=7, tasks=3, roll_gap=4,
         intervals=_I[4],
         start='2035-07-10T09:28:00Z', service='dundgovi-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=186, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/dundgovi-ritur-listeners', 'Tell open dundgovi bookings when a ritur slot frees'),
         note='3 tasks, rolling deploys 4 min apart per task; 10 deploys 31-34 min apart from 09:28, culprit #7 of 10 at 13:15 (4 leaking intervals, to 15:25); each task ~5 %/h of 320 MiB at peak (6 KB x 186 over 3 tasks, -0.01 %); metrics-ci.jsonl; epoch'),
    dict(name='GH05-d-quick-followup-culprit-6-300', seed=189005, kind='d', culprit=6,
         intervals=_I[5],
         start='2035-07-11T10:35:00Z', service='khentii-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=107, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/khentii-skrapur-timers', 'Confirm khentii bookings from delayed skrapur timers'),
         note='culprit #6 of 10 at 13:35 runs only 14 min before an unrelated follow-up #7 at 13:49 (which still leaks, 31 min), then #8 (29 min), #9 (30 min), #10 (32 min) (to 15:51); ~5 %/h of 300 MiB at peak (3 KB x 107, -0.29 %); epoch, ascending'),
    dict(name='GH06-c-flag-flip-38-min-in-v5-320', seed=189006, kind='c', flag='khuvsgul_skarvur_booking_listeners', flag_at=sum(_I[6][:4]) + 38,
         intervals=_I[6],
         start='2035-07-12T10:40:00Z', service='khuvsgul-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag khuvsgul_skarvur_booking_listeners on at 13:19:30, 38 min into v5's 136 min interval, 98 min before #5; then #5-#7 (30, 28, 31 min, to 16:27); ~5 %/h of 320 MiB at peak (3 KB x 124, -0.01 %); epoch"),
    dict(name='GH07-d-slow-leak-culprit-6-of-11-320', seed=189007, kind='d', culprit=6,
         intervals=_I[7],
         start='2035-07-13T10:25:00Z', service='omnogovi-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=103, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/omnogovi-kjogvi-timers', 'Confirm omnogovi bookings from delayed kjogvi timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 103, -0.02 %) from #6 of 11 at 13:25 after 30, 28, 31, 29, 32, 30 min healthy intervals; 59, 66, 30, 29, 31, 28 min leaking intervals (to 17:28); epoch, ascending'),
    dict(name='GH08-b-fixed-one-later-6-by-7-of-11-300', seed=189008, kind='b', culprit=6, fixed=7,
         intervals=_I[8],
         start='2035-07-14T10:40:00Z', service='orkhon-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=156, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/orkhon-starri-quote-memo', 'Memoise orkhon quotes per starri and customer'),
         fixed_pr_title=('fix/orkhon-spogvi-quote-memo', 'Key orkhon spogvi quotes by SKU only'),
         note='leak from #6 at 13:40 (~5 %/h of 300 MiB at peak, 12 lines x 156, -0.00 %) after 6 healthy intervals of 28-32 min from 10:40; #6 leaks (34 min); fixed one deploy later by #7 at 14:14, then #8-#11 (31, 30, 28 min, and 32 after #11, to 16:44); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GH09-c-culprit-early-1-of-10-320', seed=189009, kind='c', culprit=1,
         intervals=_I[9],
         start='2035-07-15T12:07:00Z', service='selenge-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=186, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/selenge-ravnur-listeners', 'Tell open selenge bookings when a ravnur slot frees'),
         note='culprit is the first deploy #1 of 10 at 13:10, after 63 min of v1; every later interval leaks (28-32 min, to 18:08; ~5 %/h of 320 MiB at peak, 2 KB x 186, -0.01 %); epoch'),
    dict(name='GH10-d-oom-fast-culprit-3-of-7-320', seed=189010, kind='d', culprit=3,
         intervals=_I[10],
         start='2035-07-16T11:32:00Z', service='zavkhan-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, scan_by='TimestampAscending',
         culprit_pr_title=('perf/zavkhan-gragas-timers', 'Confirm zavkhan bookings from delayed gragas timers'),
         note="leak from #3 of 7 at 13:02, 64 KB orders at 180 req/s (ET10's, FD10's, FJ03's, FM10's, FU03's, FX10's and GE03's load, 320 MiB; their OOMs 52.5-53.5 min in): OOM within about an hour of the onset (heap 160 MB), in #3 (85 min); #4-#7 (30, 28, 31, 29 min, to 16:25) still leaking; ascending"),
    dict(name='GH11-b-frequent-deploys-culprit-9-of-16-320', seed=189011, kind='b', culprit=9,
         intervals=_I[11],
         start='2035-07-17T09:31:00Z', service='govisumber-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=185, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/govisumber-kraka-quote-memo', 'Memoise govisumber quotes per kraka and customer'),
         note='16 deploys 24-27 min apart from 09:31, culprit #9 of 16 at 13:20 (8 leaking intervals, to 16:44); ~5 %/h of 320 MiB at peak (10 lines x 185, +0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='GH12-step-quote-culprit-3-of-10-300', seed=189012, kind='step', culprit=3,
         intervals=_I[12],
         start='2035-07-18T12:10:00Z', service='bayanolgii-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/bayanolgii-svartbakur-table-at-boot', 'Load the bayanolgii svartbakur table at boot'),
         note='level shift at #3 of 10 (13:49), quote route (20 lines at 95 req/s, 400 SKUs); 10 deploys 30-36 min apart from 12:10 (to 18:14); no trend after; must not alarm; epoch, ascending'),
    dict(name='GH13-e-lru-afternoon-evening-1510-1233-320', seed=189013, kind='e',
         intervals=_I[13],
         start='2035-07-19T15:10:00Z', service='govialtai-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1233'}, ts_format='wire',
         note='bounded LRU (1233 entries) refilling after each of 7 deploys 36-60 min apart, from 15:10 over the afternoon peak down the evening fall to 21:24; must not alarm; epoch'),
    dict(name='GH14-none-long-interval-207-orders-300', seed=189014, kind='none',
         intervals=_I[14],
         start='2035-07-20T07:20:00Z', service='tsagaannuur-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         note='no leak, orders route (5 KB at 90 req/s); one 207 min (3 h 27) interval (07:49-11:16) up the morning rise between 29 and 31 min ones (to 12:15); must not alarm'),
    dict(name='GH15-f-load-morning-0610-300', seed=189015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-07-21T06:10:00Z', service='altanbulag-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 06:10 up the morning rise to 11:55, across 5 deploys 55-60 min apart; must not alarm; epoch, ascending'),
    dict(name='GH16-none-frequent-orders-1435-320', seed=189016, kind='none',
         intervals=_I[16],
         start='2035-07-22T14:35:00Z', service='terelj-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 14:35 over the afternoon peak down the evening fall to 20:19; 15 deploys 20-23 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GH_SCENARIOS
