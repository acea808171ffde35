"""memblame's tracelab scenarios, batch 207: GZ01..GZ16 (real memory traces with labels).

(Named GZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-206 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GY.  No case folder, scenario name or split entry
starts with "GZ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 207"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios207.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios207.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw207 GZ01-... GZ16-...

The rarer regimes, as batches 90, 93, ..., 199 and 202 (batch 202 the
template, batch 199 its predecessor).  A blind batch: all 16 cases are
split "validation" (split207.json, regime tags as split202.json).

Rotation: of the two kinds each regime leaves after batches 199 (b, a, c,
b, b, a, c, d, a, d) and 202 (a, b, a, c, d, c, d, b, c, a), the one batch
196 (d, c, d, d, a, b, a, c, b, c) did not use (that decided every
regime): c, d, b, a, c, d, b, a, d, b; but limit-raise (left b, d) and
oom-fast (left b, c) cannot take b (no b load is known to OOM within about
an hour) and take the other kind left: limit-raise d with the d OOM load
(64 KB x 180 at 320 MiB, heap 160 MB, as ET10, FD10, FJ03, FM10, FU03,
FX10, GE03, GH10, GO03 and GR10; OOMs 52.5-54.5 min in), oom-fast c with
the c OOM load (75 KB x 178 at 300 MiB, heap 160 MB, as ET03, FD03, FJ10,
FM03, FU10, FX03, GE10, GH03, GO10 and GR03; OOMs 44.5-51.5 min in).  Here
long-interval c, culprit-last d, limit-raise d, multi-task a,
quick-followup c, flag-flip d, slow-leak b, fixed-later a, culprit-early
d, oom-fast c; the frequent-deploys case stays a b.  Leaking a 2, b 2, c 3,
d 4.

Loads by batch 203's units for the next batch (its main figures; it
prints no figure without the slow cases, none being set aside): over an
hour or more a 0.0296, b 0.00321, c 0.0156, d 0.0189; frequent b 0.00375
(%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h
of the limit (per task for GZ04; ~1.5 %/h for the slow GZ07), all within
0.4 %: GZ01 c 2 KB x 200 (320, -0.16 %), GZ02 d 2 KB x 165 (320, -0.21 %), GZ04 a 3 KB x 132 over 2 tasks (300, +0.02 %), GZ05 c 3 KB x 125 (300, -0.16 %), GZ06 d 2 KB x 155 (300, -0.01 %), GZ07 b 9 lines x 61 (300, slow, +0.25 %), GZ08 a 6 KB x 33 (300, +0.02 %), GZ09 d 6 KB x 55 (320, -0.21 %), GZ11 b 7 lines x 238 (320, frequent, -0.04 %; 17 x 98 and 14 x 119 at 320, the same load, are batch 206's GY01 and GY04); none an earlier scenario's load at the same limit and task
count.  Not by the units: GZ03 and GZ10 (their OOM loads).  Healthy loads
are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.

PR and pipeline numbers: this file runs scenarios206.py (11..3404) and
lists GZ last (3405..3420).  Seeds 207001..207016.  Dates 2036-04-20
(GZ01) to 2036-05-05 (GZ16), after batch 206's 2036-04-04..04-19.  Limits
BBBAAAAABABABABB (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Every case has 300 samples or more and uses
ts_format "wire"; TimestampAscending for GZ04, GZ07, GZ09, GZ10, GZ12,
GZ13 (no earlier batch had this set).  Heap 160 MB everywhere but GZ03
after its raise.  Service names: Norwegian fjords (short names); PR, fix,
step, limit and flag words: Finnish bird names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios206.py"))["SCENARIOS"]   # 11..3404

_I = {
    1: [27, 29, 26, 222, 28, 30, 27],
    2: [33, 35, 32, 34, 33, 35, 32, 178],
    3: [26, 24, 27, 25, 26, 24, 27, 96, 30, 29, 31, 28],
    4: [53, 55, 52, 54, 53, 55, 52, 54],
    5: [29, 31, 28, 30, 32, 29, 13, 31, 28, 30, 29],
    6: [29, 31, 28, 30, 30, 127, 31, 29, 30],
    7: [29, 31, 30, 66, 55, 30, 29, 31, 28],
    8: [31, 29, 30, 28, 32, 30, 41, 37, 44, 30, 28, 31, 29],
    9: [78, 30, 28, 31, 29, 32, 30, 28, 31, 29, 32],
    10: [30, 28, 31, 29, 32, 86, 30, 29, 31, 28],
    11: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23],
    12: [34, 32, 30, 35, 31, 33, 36, 30, 32, 34],
    13: [46, 38, 57, 42, 53, 37, 59, 45],
    14: [29, 218, 30, 31],
    15: [58, 55, 60, 56, 59, 57],
    16: [19, 18, 20, 19, 18, 20, 19, 20, 18, 19, 20, 18, 19, 20, 18, 19, 20, 18, 19, 20],
}

GZ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GZ01-c-long-interval-222-culprit-3-of-6-320', seed=207001, kind='c', culprit=3,
         intervals=_I[1],
         start='2036-04-20T11:43:00Z', service='geiranger-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=200, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/geiranger-tikka-listeners', 'Tell open geiranger bookings when a tikka slot frees'),
         note='culprit #3 of 6 at 13:05 after 27, 29, 26 min healthy intervals, then one 222 min (3 h 42) interval (13:05-16:47) across the afternoon peak; ~5 %/h of 320 MiB at peak (2 KB x 200, -0.16 %); #4-#6 still leak (28, 30, 27 min, to 18:12); epoch'),
    dict(name='GZ02-d-culprit-last-7-of-7-320', seed=207002, kind='d', culprit=7,
         intervals=_I[2],
         start='2036-04-21T09:21:00Z', service='hardanger-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=165, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/hardanger-sorsa-timers', 'Confirm hardanger bookings from delayed sorsa timers'),
         note='the culprit is the last deploy #7 at 13:15: one 178 min interval of evidence (to 16:13) after seven healthy intervals of 32-35 min from 09:21; ~5 %/h of 320 MiB at peak (2 KB x 165, -0.21 %); epoch'),
    dict(name='GZ03-d-limit-raise-990', seed=207003, kind='d', culprit=7, limit_raise={'deploy': 9, 'limit_mib': 990, 'heap_mb': 495},
         intervals=_I[3],
         start='2036-04-22T09:56:00Z', service='naeroy-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         limit_pr_title=('ops/naeroy-varis-memory-990', 'Give the naeroy bookings task 990 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/naeroy-haukka-timers', 'Confirm naeroy bookings from delayed haukka timers'),
         note="leak from #7 at 12:55 after seven healthy intervals of 24-27 min (the d OOM load of ET10, FD10, FJ03, FM10, FU03, FX10, GE03, GH10, GO03 and GR10: 64 KB orders at 180 req/s, heap 160 MB, 320 MiB; their OOMs 52.5-54.5 min in) should OOM within #7's 96 min; #8 (30 min) still at 320 MiB; limit 320 -> 990 MiB (heap 495 MB, the varis change) two deploys after the culprit, at #9 at 14:01, the percentages fall to about a third of the old scale and the leak goes on through #9 (29 min), #10 (31 min) and #11 (28 min, to 16:29); epoch"),
    dict(name='GZ04-a-two-tasks-gap-3-culprit-3-of-7-300', seed=207004, kind='a', culprit=3, tasks=2, roll_gap=3,
         intervals=_I[4],
         start='2036-04-23T10:20:00Z', service='lysefjord-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=132, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/lysefjord-harakka-history', 'Keep lysefjord orders for the harakka history'),
         note='2 tasks, rolling deploys 3 min apart per task; 7 deploys 52-55 min apart from 10:20, culprit #3 of 7 at 13:00 (5 leaking intervals, to 17:28); each task ~5 %/h of 300 MiB at peak (3 KB x 132 over 2 tasks, +0.02 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name='GZ05-c-quick-followup-culprit-6-300', seed=207005, kind='c', culprit=6,
         intervals=_I[5],
         start='2036-04-24T10:21:00Z', service='porsanger-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=125, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/porsanger-joutsen-listeners', 'Tell open porsanger bookings when a joutsen slot frees'),
         note='culprit #6 of 10 at 13:20 runs only 13 min before an unrelated follow-up #7 at 13:33 (which still leaks, 31 min), then #8 (28 min), #9 (30 min), #10 (29 min) (to 15:31); ~5 %/h of 300 MiB at peak (3 KB x 125, -0.16 %); epoch'),
    dict(name='GZ06-d-flag-flip-34-min-in-v6-300', seed=207006, kind='d', flag='varanger_kurki_confirm_timers', flag_at=sum(_I[6][:5]) + 34,
         intervals=_I[6],
         start='2036-04-25T10:24:00Z', service='varanger-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=155, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag varanger_kurki_confirm_timers on at 13:25:30, 34 min into v6's 127 min interval, 93 min before #6; then #6-#8 (31, 29, 30 min, to 16:29); ~5 %/h of 300 MiB at peak (2 KB x 155, -0.01 %); epoch"),
    dict(name='GZ07-b-slow-leak-culprit-3-of-8-300', seed=207007, kind='b', culprit=3,
         intervals=_I[7],
         start='2036-04-26T11:45:00Z', service='tysfjord-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=61, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/tysfjord-peippo-quote-memo', 'Memoise tysfjord quotes per peippo and customer'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 9 lines x 61, +0.25 %) from #3 of 8 at 13:15 after 29, 31, 30 min healthy intervals; 66, 55, 30, 29, 31, 28 min leaking intervals (to 17:14); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GZ08-a-fixed-three-later-6-by-9-of-12-300', seed=207008, kind='a', culprit=6, fixed=9,
         intervals=_I[8],
         start='2036-04-27T10:25:00Z', service='storfjord-orders',
         profile='orders', params={'payload_kb': 6}, peak_rps=33, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/storfjord-tiainen-history', 'Keep storfjord orders for the tiainen history'),
         fixed_pr_title=('fix/storfjord-kottarainen-history-off', 'Stop keeping storfjord orders for the kottarainen history'),
         note='leak from #6 at 13:25 (~5 %/h of 300 MiB at peak, 6 KB x 33, +0.02 %) after 6 healthy intervals of 28-32 min from 10:25; #6 (41 min), #7 (37 min) and #8 (44 min) leak; fixed three deploys later by #9 at 15:27, then #10-#12 (28-31 min, to 17:25); epoch'),
    dict(name='GZ09-d-culprit-early-1-of-10-320', seed=207009, kind='d', culprit=1,
         intervals=_I[9],
         start='2036-04-28T11:52:00Z', service='nordfjord-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=55, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/nordfjord-rastas-timers', 'Confirm nordfjord bookings from delayed rastas timers'),
         note='culprit is the first deploy #1 of 10 at 13:10, after 78 min of v1; every later interval leaks (28-32 min, to 18:10; ~5 %/h of 320 MiB at peak, 6 KB x 55, -0.21 %); epoch, ascending'),
    dict(name='GZ10-c-oom-fast-culprit-5-of-9-300', seed=207010, kind='c', culprit=5,
         intervals=_I[10],
         start='2036-04-29T10:35:00Z', service='oslofjord-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/oslofjord-kiuru-listeners', 'Tell open oslofjord bookings when a kiuru slot frees'),
         note="leak from #5 of 9 at 13:05, 75 KB orders at 178 req/s (the c OOM load of ET03, FD03, FJ10, FM03, FU10, FX03, GE10, GH03, GO10 and GR03, 300 MiB; their OOMs 44.5-51.5 min in): OOM within about an hour of the onset (heap 160 MB), in #5 (86 min); #6-#9 (30, 29, 31, 28 min, to 16:29) still leaking; epoch, ascending"),
    dict(name='GZ11-b-frequent-deploys-culprit-8-of-17-320', seed=207011, kind='b', culprit=8,
         intervals=_I[11],
         start='2036-04-30T10:20:00Z', service='ofotfjord-quotes',
         profile='quote', params={'detail': 7, 'skus': 400}, peak_rps=238, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ofotfjord-sieppo-quote-memo', 'Memoise ofotfjord quotes per sieppo and customer'),
         note='17 deploys 21-23 min apart from 10:20, culprit #8 of 17 at 13:15 (10 leaking intervals, to 16:56); ~5 %/h of 320 MiB at peak (7 lines x 238, frequent unit, -0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GZ12-step-orders-culprit-4-of-9-300', seed=207012, kind='step', culprit=4,
         intervals=_I[12],
         start='2036-05-01T06:29:00Z', service='malangen-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/malangen-kuikka-table-at-boot', 'Load the malangen kuikka table at boot'),
         note='level shift at #4 of 9 (08:40), orders route (5 KB at 90 req/s); 9 deploys 30-36 min apart from 06:29 (to 11:56), up the morning rise; no trend after; must not alarm; epoch, ascending'),
    dict(name='GZ13-e-lru-early-morning-0330-1327-320', seed=207013, kind='e',
         intervals=_I[13],
         start='2036-05-02T03:30:00Z', service='altafjord-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'LRU_MAX': '1327'},
         note='bounded LRU (1327 entries) refilling after each of 7 deploys 37-59 min apart, from 03:30 out of the night trough up the morning rise to 09:47; must not alarm; epoch, ascending'),
    dict(name='GZ14-none-long-interval-218-quote-300', seed=207014, kind='none',
         intervals=_I[14],
         start='2036-05-03T11:51:00Z', service='vestfjord-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 218 min (3 h 38) interval (12:20-15:58) over midday and the afternoon peak between 29 and 30, 31 min ones (to 16:59); good releases warm a per-SKU cache; must not alarm; epoch'),
    dict(name='GZ15-f-load-afternoon-1340-320', seed=207015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-05-04T13:40:00Z', service='aurland-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 13:40 over the afternoon peak down into the evening to 19:25, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='GZ16-none-frequent-orders-1910-320', seed=207016, kind='none',
         intervals=_I[16],
         start='2036-05-05T19:10:00Z', service='lustra-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 19:10 down the evening into the night to 01:31; 19 deploys 18-20 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GZ_SCENARIOS
