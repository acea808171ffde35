"""memblame's tracelab scenarios, batch 186: GE01..GE16 (real memory traces with labels).

(Named GE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-185 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GD.  No case folder, scenario name or split entry
starts with "GE".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 186"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios186.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios186.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw186 GE01-... GE16-...

The rarer regimes, as batches 90, 93, ..., 179 and 182 (batch 182 the
template, batch 179 its predecessor).  A blind batch: all 16 cases are
split "validation" (split186.json, regime tags as split182.json).

Rotation: of the two kinds each regime leaves after batches 179 (c, d, c,
a, c, d, b, a, d, d) and 182 (d, c, a, d, a, b, a, c, b, a: as recorded;
its limit-raise and oom-fast took a, not b), the one batch 176 (a, b, d,
c, d, c, d, b, c, c) did not use (that decided every regime): b, a, b, b,
b, a, c, d, a, b; but limit-raise (left b, d) and oom-fast (left b, c)
cannot take b (no b load is known to OOM within about an hour) and take
the other kind left: limit-raise d with the d OOM load (64 KB x 180 at 320
MiB, heap 160 MB, as ET10, FD10, FJ03, FM10, FU03 and FX10; OOMs 52.5 min
in), oom-fast c with the c OOM load (75 KB x 178 at 300 MiB, heap 160 MB,
as ET03, FD03, FJ10, FM03, FU10 and FX03; OOMs 44.5-48.5 min in).
long-interval b, culprit-last a, limit-raise d, multi-task b,
quick-followup b, flag-flip a, slow-leak c, fixed-later d, culprit-early
a, oom-fast c; the frequent-deploys case stays a b.  Leaking a 3, b 4, c
2, d 2.

Loads by batch 184's units for the next batch (its main figures, but the
figure without the slow cases where it prints one: a over an hour or more
0.0482 (main 0.0710); so a 0.0482, b 0.00317, c 0.0188, d 0.0194 over an
hour or more, b 0.00370 frequent; %/h per unit of size x rate at peak at
256 MiB, x 256 / limit), ~5 %/h of the limit (per task for GE04; ~1.5 %/h
for the slow GE07), all within 0.4 %: GE01 b 29 x 68 (320, +0.02 %), GE02
a 1 KB x 130 (320, +0.26 %), GE04 b 27 x 146 over 2 tasks (320, -0.03 %),
GE05 b 14 x 132 (300, -0.02 %), GE06 a 2 KB x 65 (320, +0.26 %), GE07 c 1
KB x 100 (320, slow, +0.27 %), GE08 d 2 KB x 151 (300, -0.01 %), GE09 a 5
KB x 26 (320, +0.26 %), GE11 b 13 x 130 (320, frequent, +0.05 %); none an
earlier scenario's load at the same limit and task count.  Not by the
units: GE03 and GE10 (their OOM loads).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios185.py (11..3068) and
lists GE last (3069..3084).  Seeds 186001..186016.  Dates 2035-05-20
(GE01) to 2035-06-04 (GE16), after batch 185's 2035-05-04..19.  Limits
BBBBABBABABAAAAA (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Cases of 300 samples or more use ts_format
"wire" (all but GE06, 294 samples: ISO 8601); TimestampAscending for GE03,
GE05, GE08, GE09, GE10, GE14, GE15 and GE16 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields.  Heap 160 MB everywhere but GE03 after its raise.  Service names:
moons of Saturn (Norse, Inuit and Gallic groups); PR and flag words: moons
of Uranus.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios185.py"))["SCENARIOS"]   # 11..3068

_I = {
    1: [27, 29, 26, 28, 30, 27, 221, 29, 28],
    2: [38, 40, 37, 39, 38, 40, 37, 170],
    3: [30, 28, 31, 90, 29, 31, 28, 33],
    4: [41, 43, 40, 42, 41, 43, 40, 42, 41, 43],
    5: [30, 28, 31, 29, 32, 30, 29, 17, 31, 29, 30, 32],
    6: [31, 29, 113, 30, 32, 28, 31],
    7: [30, 28, 31, 29, 32, 63, 55, 30, 29, 31, 28],
    8: [31, 29, 30, 28, 32, 30, 29, 31, 30, 28, 32, 30],
    9: [52, 33, 30, 28, 31, 29, 32, 30, 28, 31, 29],
    10: [29, 31, 28, 30, 81, 30, 29, 31, 28],
    11: [22, 24, 21, 23, 22, 24, 21, 23, 22, 24, 21, 23, 22, 24, 21, 23, 22],
    12: [34, 32, 36, 31, 35, 33, 30, 34, 32, 36],
    13: [47, 38, 56, 42, 59, 36, 51, 44],
    14: [30, 214, 28, 31],
    15: [57, 55, 60, 56, 59, 58],
    16: [23, 21, 24, 22, 23, 21, 24, 22, 23, 21, 24, 22, 23, 21, 24, 22],
}

GE_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GE01-b-long-interval-221-culprit-6-of-8-320', seed=186001, kind='b', culprit=6,
         intervals=_I[1],
         start='2035-05-20T10:18:00Z', service='ymir-quotes',
         profile='quote', params={'detail': 29, 'skus': 400}, peak_rps=68, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ymir-cordelia-quote-memo', 'Memoise ymir quotes per cordelia and customer'),
         note='culprit #6 of 8 at 13:05 after 27, 29, 26, 28, 30, 27 min healthy intervals, then one 221 min (3 h 41) interval (13:05-16:46) across the afternoon peak; ~5 %/h of 320 MiB at peak (29 lines x 68, +0.02 %); #7 and #8 still leak (29 and 28 min, to 17:43); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GE02-a-culprit-last-7-of-7-320', seed=186002, kind='a', culprit=7,
         intervals=_I[2],
         start='2035-05-21T09:06:00Z', service='paaliaq-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=130, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/paaliaq-ophelia-history', 'Keep paaliaq orders for the ophelia history'),
         note='the culprit is the last deploy #7 at 13:35: one 170 min interval of evidence (to 16:25) after seven healthy intervals of 37-40 min from 09:06; ~5 %/h of 320 MiB at peak (1 KB x 130, +0.26 %); epoch'),
    dict(name='GE03-d-limit-raise-870', seed=186003, kind='d', culprit=3, limit_raise={'deploy': 5, 'limit_mib': 870, 'heap_mb': 435},
         intervals=_I[3],
         start='2035-05-22T11:29:00Z', service='kiviuq-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         limit_pr_title=('ops/kiviuq-bookings-memory-870', 'Give the kiviuq bookings task 870 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/kiviuq-bianca-timers', 'Confirm kiviuq bookings from delayed bianca timers'),
         note="leak from #3 at 12:58 after three healthy intervals of 28-31 min (ET10's, FD10's, FJ03's, FM10's, FU03's and FX10's load: 64 KB orders at 180 req/s, heap 160 MB, 320 MiB; their OOMs 52.5 min in) should OOM within #3's 90 min; #4 (29 min) still at 320 MiB; limit 320 -> 870 MiB (heap 435 MB) two deploys after the culprit, at #5 at 14:57, the percentages fall to 0.37 of the old scale and the leak goes on through #5 (31 min), #6 (28 min) and #7 (33 min, to 16:29); epoch, ascending"),
    dict(name='GE04-b-two-tasks-gap-3-culprit-6-of-9-320', seed=186004, kind='b', culprit=6, tasks=2, roll_gap=3,
         intervals=_I[4],
         start='2035-05-23T09:10:00Z', service='ijiraq-quotes',
         profile='quote', params={'detail': 27, 'skus': 400}, peak_rps=146, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ijiraq-cressida-quote-memo', 'Memoise ijiraq quotes per cressida and customer'),
         note='2 tasks, rolling deploys 3 min apart per task; 9 deploys 40-43 min apart from 09:10, culprit #6 of 9 at 13:20 (4 leaking intervals, to 16:06); each task ~5 %/h of 320 MiB at peak (27 lines x 146 over 2 tasks, -0.03 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch'),
    dict(name='GE05-b-quick-followup-culprit-7-300', seed=186005, kind='b', culprit=7,
         intervals=_I[5],
         start='2035-05-24T10:11:00Z', service='siarnaq-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=132, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/siarnaq-desdemona-quote-memo', 'Memoise siarnaq quotes per desdemona and customer'),
         note='culprit #7 of 11 at 13:40 runs only 17 min before an unrelated follow-up #8 at 13:57 (which still leaks, 31 min), then #9 (29 min), #10 (30 min), #11 (32 min) (to 15:59); ~5 %/h of 300 MiB at peak (14 lines x 132, -0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GE06-a-flag-flip-47-min-in-v3-320', seed=186006, kind='a', flag='tarvos_portia_order_history', flag_at=sum(_I[6][:2]) + 47,
         intervals=_I[6],
         start='2035-05-25T11:35:00Z', service='tarvos-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=65, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag tarvos_portia_order_history on at 13:21:30, 47 min into v3's 113 min interval, 66 min before #3; then #3-#6 (30, 32, 28, 31 min, to 16:29); ~5 %/h of 320 MiB at peak (2 KB x 65, +0.26 %)"),
    dict(name='GE07-c-slow-leak-culprit-5-of-10-320', seed=186007, kind='c', culprit=5,
         intervals=_I[7],
         start='2035-05-26T10:50:00Z', service='mundilfari-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/mundilfari-rosalind-listeners', 'Tell open mundilfari bookings when a rosalind slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 100, +0.27 %) from #5 of 10 at 13:20 after 30, 28, 31, 29, 32 min healthy intervals; 63, 55, 30, 29, 31, 28 min leaking intervals (to 17:16); epoch'),
    dict(name='GE08-d-fixed-three-later-5-by-8-of-11-300', seed=186008, kind='d', culprit=5, fixed=8,
         intervals=_I[8],
         start='2035-05-27T11:00:00Z', service='suttungr-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=151, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/suttungr-belinda-timers', 'Confirm suttungr bookings from delayed belinda timers'),
         fixed_pr_title=('fix/suttungr-umbriel-timers-off', 'Confirm suttungr umbriel bookings at once instead of from timers'),
         note='leak from #5 at 13:30 (~5 %/h of 300 MiB at peak, 2 KB x 151, -0.01 %) after 5 healthy intervals of 28-32 min from 11:00; #5, #6 and #7 leak (30, 29, 31 min); fixed three deploys later by #8 at 15:00, then #9-#11 (28, 32 min, and 30 after #11, to 17:00); epoch, ascending'),
    dict(name='GE09-a-culprit-early-2-of-10-320', seed=186009, kind='a', culprit=2,
         intervals=_I[9],
         start='2035-05-28T11:50:00Z', service='thrymr-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=26, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/thrymr-titania-history', 'Keep thrymr orders for the titania history'),
         note='culprit is the second deploy #2 of 10 at 13:15, after 52 min of v1 and 33 of v2; every later interval leaks (28-32 min, to 17:43; ~5 %/h of 320 MiB at peak, 5 KB x 26, +0.26 %); epoch, ascending'),
    dict(name='GE10-c-oom-fast-culprit-4-of-8-300', seed=186010, kind='c', culprit=4,
         intervals=_I[10],
         start='2035-05-29T11:02:00Z', service='skathi-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/skathi-oberon-listeners', 'Tell open skathi bookings when an oberon slot frees'),
         note="leak from #4 of 8 at 13:00, 75 KB orders at 178 req/s (ET03's, FD03's, FJ10's, FM03's, FU10's and FX03's load, 300 MiB; their OOMs 44.5-48.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (81 min); #5-#8 (30, 29, 31, 28 min, to 16:19) still leaking; epoch, ascending"),
    dict(name='GE11-b-frequent-deploys-culprit-11-of-16-320', seed=186011, kind='b', culprit=11,
         intervals=_I[11],
         start='2035-05-30T09:18:00Z', service='erriapus-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=130, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/erriapus-caliban-quote-memo', 'Memoise erriapus quotes per caliban and customer'),
         note='16 deploys 21-24 min apart from 09:18, culprit #11 of 16 at 13:25 (6 leaking intervals, to 15:40); ~5 %/h of 320 MiB at peak (13 lines x 130, +0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GE12-step-orders-culprit-4-of-9-300', seed=186012, kind='step', culprit=4,
         intervals=_I[12],
         start='2035-05-31T10:37:00Z', service='albiorix-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/albiorix-stephano-table-at-boot', 'Load the albiorix stephano table at boot'),
         note='level shift at #4 of 9 (12:50), orders route (5 KB at 90 req/s); 9 deploys 30-36 min apart from 10:37 (to 16:10); no trend after; must not alarm; epoch'),
    dict(name='GE13-e-lru-evening-night-1930-1137-300', seed=186013, kind='e',
         intervals=_I[13],
         start='2035-06-01T19:30:00Z', service='bebhionn-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1137'}, ts_format='wire',
         note='bounded LRU (1137 entries) refilling after each of 7 deploys 36-59 min apart, from 19:30 down the evening fall into the night to 01:43; must not alarm; epoch'),
    dict(name='GE14-none-long-interval-214-orders-300', seed=186014, kind='none',
         intervals=_I[14],
         start='2035-06-02T10:35:00Z', service='bergelmir-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 214 min (3 h 34) interval (11:05-14:39) over midday up to the afternoon peak between 30 and 28 min ones (to 15:38); must not alarm; epoch, ascending'),
    dict(name='GE15-f-load-midday-1055-300', seed=186015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-06-03T10:55:00Z', service='bestla-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 10:55 over midday up to the afternoon peak to 16:40, across 5 deploys 55-60 min apart; must not alarm; epoch, ascending'),
    dict(name='GE16-none-frequent-quote-1225-300', seed=186016, kind='none',
         intervals=_I[16],
         start='2035-06-04T12:25:00Z', service='farbauti-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 12:25 over the afternoon peak to 18:25; 15 deploys 21-24 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GE_SCENARIOS
