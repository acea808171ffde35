"""memblame's tracelab scenarios, batch 199: GR01..GR16 (real memory traces with labels).

(Named GR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-198 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GQ.  No case folder, scenario name or split entry
starts with "GR".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 199"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios199.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios199.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw199 GR01-... GR16-...

The rarer regimes, as batches 90, 93, ..., 192 and 196 (batch 196 the
template, batch 192 its predecessor).  A blind batch: all 16 cases are
split "validation" (split199.json, regime tags as split196.json).

Rotation: of the two kinds each regime leaves after batches 192 (c, d, a,
a, c, d, b, a, d, a) and 196 (d, c, d, d, a, b, a, c, b, c), the one batch
189 (a, b, c, c, d, c, d, b, c, d) did not use (that decided every
regime): b, a, b, b, b, a, c, d, a, b; but limit-raise (left b, c) and
oom-fast (left b, d) cannot take b (no b load is known to OOM within about
an hour) and take the other kind left: limit-raise c with the c OOM load
(75 KB x 178 at 300 MiB, heap 160 MB, as ET03, FD03, FJ10, FM03, FU10,
FX03, GE10, GH03 and GO10; OOMs 44.5-51.5 min in), oom-fast d with the d
OOM load (64 KB x 180 at 320 MiB, heap 160 MB, as ET10, FD10, FJ03, FM10,
FU03, FX10, GE03, GH10 and GO03; OOMs 52.5-54.5 min in).  Here
long-interval b, culprit-last a, limit-raise c, multi-task b,
quick-followup b, flag-flip a, slow-leak c, fixed-later d, culprit-early
a, oom-fast d; the frequent-deploys case stays a b.  Leaking a 3, b 4,
c 2, d 2.

Loads by batch 197's units for the next batch (its main figures, but a
over an hour or more from its figure without the slow cases, resting on
four cases: 0.0680 (GO05, GO07, GP04, GP10; GP07 set aside by batch 180's
test)): over an hour or more a 0.0680, b 0.00430, c 0.0155, d 0.0143;
frequent b 0.00364 (%/h per unit of size x rate at peak at 256 MiB, x 256
/ limit), ~5 %/h of the limit (per task for GR04; ~1.5 %/h for the slow
GR07), all within 0.4 %: GR01 b 11 x 132 (320, -0.10 %), GR02 a 1 KB x 92 (320, +0.10 %), GR04 b 12 x 227 over 2 tasks (300, -0.05 %), GR05 b 11 x 124 (300, +0.10 %), GR06 a 4 KB x 23 (320, +0.10 %), GR07 c 1 KB x 121 (320, slow, +0.03 %), GR08 d 2 KB x 218 (320, -0.24 %), GR09 a 1 KB x 86 (300, -0.19 %), GR11 b 11 x 156 (320, frequent, -0.06 %); none an earlier scenario's load at
the same limit and task count.  Not by the units: GR03 and GR10 (their
OOM loads).  Healthy loads are earlier batches'.  The "~N %/h" in the
notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios198.py (11..3276) and
lists GR last (3277..3292).  Seeds 199001..199016.  Dates 2035-12-14
(GR01) to 2035-12-29 (GR16), after batch 198's 2035-11-28..12-13.  Limits
BBAAABBBABBAAABA (A 300, B 320 MiB; no earlier batch of 16 had it, its flip
or its first eight).  Cases of 300 samples or more use ts_format "wire"
(all but GR03, 295 samples, and GR05, 258: ISO 8601); TimestampAscending
for GR04, GR05, GR14, GR15, GR16 (no earlier batch had this set).  Heap 160 MB everywhere but
GR03 after its raise.  Service names: mountains of the Japanese Alps; PR,
fix, step, limit and flag words: Japanese tree names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios198.py"))["SCENARIOS"]   # 11..3276

_I = {
    1: [29, 27, 30, 28, 233, 31, 29, 30],
    2: [37, 39, 36, 38, 36, 39, 189],
    3: [30, 28, 31, 88, 29, 30, 31, 28],
    4: [45, 47, 44, 46, 45, 47, 44, 46, 45],
    5: [30, 32, 29, 17, 31, 28, 30, 29, 32],
    6: [30, 28, 31, 29, 131, 30, 29, 31],
    7: [30, 28, 31, 29, 32, 30, 74, 49, 30, 29, 31, 28],
    8: [31, 29, 30, 42, 30, 28, 31, 29, 32, 30, 28],
    9: [47, 58, 30, 28, 31, 29, 32, 30, 28, 31, 29, 30],
    10: [31, 29, 30, 87, 30, 28, 31, 29, 30],
    11: [26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26],
    12: [34, 31, 35, 32, 33, 30, 36, 31, 34, 32, 35],
    13: [43, 57, 38, 52, 46, 59, 37, 49],
    14: [28, 212, 30, 31],
    15: [56, 60, 57, 59, 55, 58],
    16: [26, 28, 25, 27, 26, 28, 25, 27, 26, 28, 25, 27, 26, 28, 25],
}

GR_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GR01-b-long-interval-233-culprit-4-of-7-320', seed=199001, kind='b', culprit=4,
         intervals=_I[1],
         start='2035-12-14T11:16:00Z', service='hotaka-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=132, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/hotaka-keyaki-quote-memo', 'Memoise hotaka quotes per keyaki and customer'),
         note='culprit #4 of 7 at 13:10 after 29, 27, 30, 28 min healthy intervals, then one 233 min (3 h 53) interval (13:10-17:03) across the afternoon peak; ~5 %/h of 320 MiB at peak (11 lines x 132, -0.10 %); #5-#7 still leak (31, 29, 30 min, to 18:33); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GR02-a-culprit-last-6-of-6-320', seed=199002, kind='a', culprit=6,
         intervals=_I[2],
         start='2035-12-15T09:30:00Z', service='yarigatake-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=92, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/yarigatake-hinoki-history', 'Keep yarigatake orders for the hinoki history'),
         note='the culprit is the last deploy #6 at 13:15: one 189 min interval of evidence (to 16:24) after six healthy intervals of 36-39 min from 09:30; ~5 %/h of 320 MiB at peak (1 KB x 92, +0.10 %); epoch'),
    dict(name='GR03-c-limit-raise-945', seed=199003, kind='c', culprit=3, limit_raise={'deploy': 5, 'limit_mib': 945, 'heap_mb': 504},
         intervals=_I[3],
         start='2035-12-16T11:31:00Z', service='tateyama-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         limit_pr_title=('ops/tateyama-bookings-memory-945', 'Give the tateyama bookings task 945 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/tateyama-sugi-listeners', 'Tell open tateyama bookings when a sugi slot frees'),
         note="leak from #3 at 13:00 after three healthy intervals of 28-31 min (ET03's, FD03's, FJ10's, FM03's, FU10's, FX03's, GE10's, GH03's and GO10's load: 75 KB orders at 178 req/s, heap 160 MB, 300 MiB; their OOMs 44.5-51.5 min in) should OOM within #3's 88 min; #4 (29 min) still at 300 MiB; limit 300 -> 945 MiB (heap 504 MB) two deploys after the culprit, at #5 at 14:57, the percentages fall to under a third of the old scale and the leak goes on through #5 (30 min), #6 (31 min) and #7 (28 min, to 16:26)"),
    dict(name='GR04-b-two-tasks-gap-7-culprit-4-of-8-300', seed=199004, kind='b', culprit=4, tasks=2, roll_gap=7,
         intervals=_I[4],
         start='2035-12-17T10:03:00Z', service='shirouma-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=227, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/shirouma-buna-quote-memo', 'Memoise shirouma quotes per buna and customer'),
         note='2 tasks, rolling deploys 7 min apart per task; 8 deploys 44-47 min apart from 10:03, culprit #4 of 8 at 13:05 (5 leaking intervals, to 16:52); each task ~5 %/h of 300 MiB at peak (12 lines x 227 over 2 tasks, -0.05 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch, ascending'),
    dict(name='GR05-b-quick-followup-culprit-3-300', seed=199005, kind='b', culprit=3,
         intervals=_I[5],
         start='2035-12-18T11:54:00Z', service='kashimayari-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=124, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         culprit_pr_title=('perf/kashimayari-kusunoki-quote-memo', 'Memoise kashimayari quotes per kusunoki and customer'),
         note='culprit #3 of 8 at 13:25 runs only 17 min before an unrelated follow-up #4 at 13:42 (which still leaks, 31 min), then #5 (28 min), #6 (30 min), #7 (29 min), #8 (32 min) (to 16:12); ~5 %/h of 300 MiB at peak (11 lines x 124, +0.10 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name='GR06-a-flag-flip-63-min-in-v5-320', seed=199006, kind='a', flag='tsurugi_kaede_order_history', flag_at=sum(_I[6][:4]) + 63,
         intervals=_I[6],
         start='2035-12-19T10:26:00Z', service='tsurugi-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=23, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag tsurugi_kaede_order_history on at 13:26:30, 63 min into v5's 131 min interval, 68 min before #5; then #5-#7 (30, 29, 31 min, to 16:05); ~5 %/h of 320 MiB at peak (4 KB x 23, +0.10 %); epoch"),
    dict(name='GR07-c-slow-leak-culprit-6-of-11-320', seed=199007, kind='c', culprit=6,
         intervals=_I[7],
         start='2035-12-20T10:20:00Z', service='norikura-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=121, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/norikura-enju-listeners', 'Tell open norikura bookings when an enju slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 121, +0.03 %) from #6 of 11 at 13:20 after 30, 28, 31, 29, 32, 30 min healthy intervals; 74, 49, 30, 29, 31, 28 min leaking intervals (to 17:21); epoch'),
    dict(name='GR08-d-fixed-one-later-3-by-4-of-10-320', seed=199008, kind='d', culprit=3, fixed=4,
         intervals=_I[8],
         start='2035-12-21T12:00:00Z', service='ontake-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=218, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ontake-momiji-timers', 'Confirm ontake bookings from delayed momiji timers'),
         fixed_pr_title=('fix/ontake-sakaki-timers-off', 'Confirm ontake sakaki bookings at once again'),
         note='leak from #3 at 13:30 (~5 %/h of 320 MiB at peak, 2 KB x 218, -0.24 %) after 3 healthy intervals of 29-31 min from 12:00; #3 leaks (42 min); fixed one deploy later by #4 at 14:12 (30 min), then #5-#10 (28-32 min, to 17:40); epoch'),
    dict(name='GR09-a-culprit-early-2-of-11-300', seed=199009, kind='a', culprit=2,
         intervals=_I[9],
         start='2035-12-22T11:20:00Z', service='yatsugatake-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=86, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/yatsugatake-tsubaki-history', 'Keep yatsugatake orders for the tsubaki history'),
         note='culprit is the second deploy #2 of 11 at 13:05, after 47 min of v1 and 58 min of v2 (105 min); every later interval leaks (28-32 min, to 18:03; ~5 %/h of 300 MiB at peak, 1 KB x 86, -0.19 %); epoch'),
    dict(name='GR10-d-oom-fast-culprit-3-of-8-320', seed=199010, kind='d', culprit=3,
         intervals=_I[10],
         start='2035-12-23T11:40:00Z', service='kaikoma-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/kaikoma-ichou-timers', 'Confirm kaikoma bookings from delayed ichou timers'),
         note="leak from #3 of 8 at 13:10, 64 KB orders at 180 req/s (ET10's, FD10's, FJ03's, FM10's, FU03's, FX10's, GE03's, GH10's and GO03's load, 320 MiB; their OOMs 52.5-54.5 min in): OOM within about an hour of the onset (heap 160 MB), in #3 (87 min); #4-#8 (30, 28, 31, 29, 30 min, to 17:05) still leaking; epoch"),
    dict(name='GR11-b-frequent-deploys-culprit-7-of-15-320', seed=199011, kind='b', culprit=7,
         intervals=_I[11],
         start='2035-12-24T10:11:00Z', service='senjo-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=156, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/senjo-konara-quote-memo', 'Memoise senjo quotes per konara and customer'),
         note='15 deploys 26-28 min apart from 10:11, culprit #7 of 15 at 13:19 (9 leaking intervals, to 17:22); ~5 %/h of 320 MiB at peak (11 lines x 156, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GR12-step-orders-culprit-6-of-10-300', seed=199012, kind='step', culprit=6,
         intervals=_I[12],
         start='2035-12-25T07:45:00Z', service='kitadake-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/kitadake-mizunara-table-at-boot', 'Load the kitadake mizunara table at boot'),
         note='level shift at #6 of 10 (11:00), orders route (5 KB at 90 req/s); 10 deploys 30-36 min apart from 07:45 (to 13:48); no trend after; must not alarm; epoch'),
    dict(name='GR13-e-lru-evening-1740-1047-300', seed=199013, kind='e',
         intervals=_I[13],
         start='2035-12-26T17:40:00Z', service='ainodake-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1047'},
         note='bounded LRU (1047 entries) refilling after each of 7 deploys 37-59 min apart, from 17:40 down the evening fall to 00:01; must not alarm; epoch'),
    dict(name='GR14-none-long-interval-212-quote-300', seed=199014, kind='none',
         intervals=_I[14],
         start='2035-12-27T06:12:00Z', service='akaishi-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 212 min (3 h 32) interval (06:40-10:12) up the morning rise between 28 and 30 min ones (to 11:13); must not alarm; epoch, ascending'),
    dict(name='GR15-f-load-night-0105-320', seed=199015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-12-28T01:05:00Z', service='hijiri-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 01:05 through the night trough to 06:50, across 5 deploys 55-60 min apart; must not alarm; epoch, ascending'),
    dict(name='GR16-none-frequent-orders-1550-300', seed=199016, kind='none',
         intervals=_I[16],
         start='2035-12-29T15:50:00Z', service='tekari-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s), from 15:50 over the afternoon peak into the evening to 22:27; 14 deploys 25-28 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GR_SCENARIOS
