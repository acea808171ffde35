"""memblame's tracelab scenarios, batch 182: GA01..GA16 (real memory traces with labels).

(Named GA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-181 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ.  No case folder, scenario name or split entry starts with
"GA".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 182"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios182.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios182.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw182 GA01-... GA16-...

The rarer regimes, as batches 90, 93, ..., 176 and 179 (batch 179 the
template, batch 176 its predecessor).  A blind batch: all 16 cases are
split "validation" (split182.json, regime tags as split179.json).

Rotation: of the two kinds each regime leaves after batches 176 (a, b, d,
c, d, c, d, b, c, c) and 179 (c, d, c, a, c, d, b, a, d, d), the one batch
172 (b, a, a, b, b, a, c, d, a, a) did not use (that decided every
regime): d, c, b, d, a, b, a, c, b, b; but limit-raise (left a, b) and
oom-fast (left a, b) cannot take b (no b load is known to OOM within about
an hour) and take the other kind left, a: limit-raise a with BU03's load
(48 KB x 193 at 300 MiB, heap 160 MB, as BU03, DJ03, DT03, EX03, FG03 and
FQ03; OOMs 51-64 min in), oom-fast a with BZ10's load (64 KB x 193 at 320
MiB, heap 160 MB, as BZ10, ED10, EN10, EX10, FG10 and FQ10; OOMs 40.5-50.5
min in).  long-interval d, culprit-last c, limit-raise a, multi-task d,
quick-followup a, flag-flip b, slow-leak a, fixed-later c, culprit-early
b, oom-fast a; the frequent-deploys case stays a b.  Leaking a 4, b 3, c 2,
d 2.

Loads by batch 180's units for the next batch (its main figures, but the
figure without the slow cases where it prints one: b over an hour or more
0.00515 (main 0.00493); so a 0.0442, b 0.00515, c 0.0160, d 0.0192 over an
hour or more, b 0.00341 frequent; %/h per unit of size x rate at peak at
256 MiB, x 256 / limit), ~5 %/h of the limit (per task for GA04; ~1.5 %/h
for the slow GA07): GA01 d 2 KB x 163 (320, +0.15 %), GA02 c 3 KB x 122
(300, -0.06 %), GA04 d 4 KB x 244 over 3 tasks (320, -0.06 %), GA05 a 1 KB
x 142 (320, +0.42 %, widened to 0.5 %: every a load within 0.4 % at 320 is
an earlier scenario's), GA06 b 9 x 135 (320, +0.12 %), GA07 a 2 KB x 20
(300, slow, +0.58 %, widened to 0.6 %: 1 KB x 40 at 300 is an earlier
scenario's), GA08 c 2 KB x 183 (300, -0.06 %), GA09 b 12 x 101 (320,
-0.13 %), GA11 b 12 x 143 (300, frequent, -0.13 %); none an earlier
scenario's load at the same limit and task count.  Not by the units: GA03
and GA10 (their OOM loads).  Healthy loads are earlier batches'.  The
"~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios181.py (11..3004) and
lists GA last (3005..3020).  Seeds 182001..182016.  Dates 2035-03-17
(GA01) to 2035-04-01 (GA16), after batch 181's 2035-03-01..16.  Limits
BAABBBAABBABBAAA (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Cases of 300 samples or more use ts_format
"wire" (all but GA05, 283 samples: ISO 8601); TimestampAscending for GA02,
GA04, GA06, GA09, GA10, GA12, GA14 and GA15 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields.  Heap 160 MB everywhere but GA03 after its raise.  Service names:
towns of the Algarve (Portugal); PR and flag words: Portuguese (mostly
Algarvian) sweets and pastries.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios181.py"))["SCENARIOS"]   # 11..3004

_I = {
    1: [28, 30, 27, 236, 28, 29, 27, 30],
    2: [34, 36, 33, 35, 34, 36, 33, 35, 162],
    3: [29, 31, 27, 30, 92, 30, 31, 29, 32],
    4: [37, 39, 36, 38, 37, 39, 36, 38, 37, 39],
    5: [30, 28, 31, 29, 32, 30, 13, 31, 29, 30],
    6: [33, 31, 29, 30, 127, 32, 30],
    7: [29, 31, 30, 28, 32, 29, 30, 67, 52, 31, 29, 30],
    8: [30, 32, 29, 31, 28, 33, 30, 29, 31, 30, 28, 32],
    9: [49, 24, 31, 29, 30, 32, 28, 30, 31, 29, 30, 28, 31],
    10: [30, 28, 31, 29, 30, 27, 77, 31, 29, 30, 28],
    11: [27, 29, 26, 28, 27, 29, 26, 28, 27, 29, 26, 28, 27, 29, 26],
    12: [33, 35, 31, 34, 32, 36, 30, 34, 33, 35, 31],
    13: [44, 52, 37, 58, 41, 55, 39, 48],
    14: [31, 232, 29, 30],
    15: [56, 59, 55, 60, 57, 58],
    16: [21, 23, 20, 22, 21, 23, 20, 22, 21, 23, 20, 22, 21, 23, 20, 22, 21],
}

GA_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GA01-d-long-interval-236-culprit-3-of-7-320', seed=182001, kind='d', culprit=3,
         intervals=_I[1],
         start='2035-03-17T11:35:00Z', service='loule-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=163, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/loule-sonho-timers', 'Confirm loule bookings from delayed sonho timers'),
         note='culprit #3 of 7 at 13:00 after 28, 30, 27 min healthy intervals, then one 236 min (3 h 56) interval (13:00-16:56) across the afternoon peak; ~5 %/h of 320 MiB at peak (2 KB x 163, +0.15 %); #4-#7 still leak (28, 29, 27, 30 min, to 18:50); epoch'),
    dict(name='GA02-c-culprit-last-8-of-8-300', seed=182002, kind='c', culprit=8,
         intervals=_I[2],
         start='2035-03-18T09:04:00Z', service='albufeira-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/albufeira-trouxa-listeners', 'Tell open albufeira bookings when a trouxa slot frees'),
         note='the culprit is the last deploy #8 at 13:40: one 162 min interval of evidence (to 16:22) after eight healthy intervals of 33-36 min from 09:04; ~5 %/h of 300 MiB at peak (3 KB x 122, -0.06 %); epoch, ascending'),
    dict(name='GA03-a-limit-raise-855', seed=182003, kind='a', culprit=4, limit_raise={'deploy': 6, 'limit_mib': 855, 'heap_mb': 456},
         intervals=_I[3],
         start='2035-03-19T11:03:00Z', service='portimao-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format='wire',
         limit_pr_title=('ops/portimao-orders-memory-855', 'Give the portimao orders task 855 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/portimao-fartura-history', 'Keep portimao orders for the fartura history'),
         note="leak from #4 at 13:00 after four healthy intervals of 27-31 min (BU03's, DJ03's, DT03's, EX03's, FG03's and FQ03's load: 48 KB orders at 193 req/s, heap 160 MB, 300 MiB; their OOMs 51-64 min in) should OOM within #4's 92 min; #5 (30 min) still at 300 MiB; limit 300 -> 855 MiB (heap 456 MB) two deploys after the culprit, at #6 at 15:02, the percentages fall to 0.35 of the old scale and the leak goes on through #6 (31 min), #7 (29 min) and #8 (32 min, to 16:34); epoch"),
    dict(name='GA04-d-three-tasks-gap-3-culprit-5-of-9-320', seed=182004, kind='d', culprit=5, tasks=3, roll_gap=3,
         intervals=_I[4],
         start='2035-03-20T09:53:00Z', service='monchique-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=244, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/monchique-azevia-timers', 'Confirm monchique bookings from delayed azevia timers'),
         note='3 tasks, rolling deploys 3 min apart per task; 9 deploys 36-39 min apart from 09:53, culprit #5 of 9 at 13:00 (5 leaking intervals, to 16:09); each task ~5 %/h of 320 MiB at peak (4 KB x 244 over 3 tasks, -0.06 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name='GA05-a-quick-followup-culprit-6-320', seed=182005, kind='a', culprit=6,
         intervals=_I[5],
         start='2035-03-21T11:15:00Z', service='aljezur-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=142, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/aljezur-rabanada-history', 'Keep aljezur orders for the rabanada history'),
         note='culprit #6 of 9 at 14:15 runs only 13 min before an unrelated follow-up #7 at 14:28 (which still leaks, 31 min), then #8 (29 min), #9 (30 min) (to 15:58); ~5 %/h of 320 MiB at peak (1 KB x 142, +0.42 %)'),
    dict(name='GA06-b-flag-flip-62-min-in-v5-320', seed=182006, kind='b', flag='sagres_morgado_quote_memo', flag_at=sum(_I[6][:4]) + 62,
         intervals=_I[6],
         start='2035-03-22T10:28:00Z', service='sagres-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=135, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag sagres_morgado_quote_memo on at 13:32:30, 62 min into v5's 127 min interval, 65 min before #5; then #5 and #6 (32, 30 min, to 15:40); ~5 %/h of 320 MiB at peak (9 lines x 135, +0.12 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name='GA07-a-slow-leak-culprit-7-of-11-300', seed=182007, kind='a', culprit=7,
         intervals=_I[7],
         start='2035-03-23T10:11:00Z', service='alvor-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=20, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/alvor-domrodrigo-history', 'Keep alvor orders for the domrodrigo history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 2 KB x 20, +0.58 %) from #7 of 11 at 13:40 after 29, 31, 30, 28, 32, 29, 30 min healthy intervals; 67, 52, 31, 29, 30 min leaking intervals (to 17:09); epoch'),
    dict(name='GA08-c-fixed-three-later-5-by-8-of-11-300', seed=182008, kind='c', culprit=5, fixed=8,
         intervals=_I[8],
         start='2035-03-24T11:20:00Z', service='quarteira-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=183, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/quarteira-filhos-listeners', 'Tell open quarteira bookings when a filhos slot frees'),
         fixed_pr_title=('fix/quarteira-nogado-listeners', 'Remove the quarteira nogado booking listeners when a request ends'),
         note='leak from #5 at 13:50 (~5 %/h of 300 MiB at peak, 2 KB x 183, -0.06 %) after 5 healthy intervals of 29-32 min from 11:20; #5, #6 and #7 leak (33, 30, 29 min); fixed three deploys later by #8 at 15:22, then #9-#11 (30, 28 min, and 32 after #11, to 17:23); epoch'),
    dict(name='GA09-b-culprit-early-2-of-12-320', seed=182009, kind='b', culprit=2,
         intervals=_I[9],
         start='2035-03-25T12:13:00Z', service='vilamoura-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=101, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/vilamoura-alfeloa-quote-memo', 'Memoise vilamoura quotes per alfeloa and customer'),
         note='culprit is the second deploy #2 of 12 at 13:26, after 49 min of v1 and 24 of v2; every later interval leaks (28-32 min, to 18:55; ~5 %/h of 320 MiB at peak, 12 lines x 101, -0.13 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GA10-a-oom-fast-culprit-6-of-10-320', seed=182010, kind='a', culprit=6,
         intervals=_I[10],
         start='2035-03-26T10:10:00Z', service='alcoutim-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/alcoutim-docefino-history', 'Keep alcoutim orders for the docefino history'),
         note="leak from #6 of 10 at 13:05, 64 KB orders at 193 req/s (BZ10's, ED10's, EN10's, EX10's, FG10's and FQ10's load, 320 MiB; their OOMs 40.5-50.5 min in): OOM within about an hour of the onset (heap 160 MB), in #6 (77 min); #7-#10 (31, 29, 30, 28 min, to 16:20) still leaking; epoch, ascending"),
    dict(name='GA11-b-frequent-deploys-culprit-9-of-14-300', seed=182011, kind='b', culprit=9,
         intervals=_I[11],
         start='2035-03-27T09:13:00Z', service='estoi-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=143, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/estoi-alfarroba-quote-memo', 'Memoise estoi quotes per alfarroba and customer'),
         note='14 deploys 26-29 min apart from 09:13, culprit #9 of 14 at 13:20 (6 leaking intervals, to 16:05); ~5 %/h of 300 MiB at peak (12 lines x 143, -0.13 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GA12-step-quote-culprit-5-of-10-320', seed=182012, kind='step', culprit=5,
         intervals=_I[12],
         start='2035-03-28T11:40:00Z', service='armacao-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/armacao-medronho-table-at-boot', 'Load the armacao medronho table at boot'),
         note='level shift at #5 of 10 (14:25), quote route (20 lines at 95 req/s, 400 SKUs); 10 deploys 30-36 min apart from 11:40 (to 17:44); no trend after; must not alarm; epoch, ascending'),
    dict(name='GA13-e-lru-morning-rise-0650-1426-320', seed=182013, kind='e',
         intervals=_I[13],
         start='2035-03-29T06:50:00Z', service='carvoeiro-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1426'}, ts_format='wire',
         note='bounded LRU (1426 entries) refilling after each of 7 deploys 37-58 min apart, from 06:50 up the morning rise to 13:04; must not alarm; epoch'),
    dict(name='GA14-none-long-interval-232-orders-300', seed=182014, kind='none',
         intervals=_I[14],
         start='2035-03-30T15:15:00Z', service='ferragudo-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 232 min (3 h 52) interval (15:46-19:38) over the late afternoon and the evening fall between 31 and 29 min ones (to 20:37); must not alarm; epoch, ascending'),
    dict(name='GA15-f-load-peak-to-evening-1545-300', seed=182015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-03-31T15:45:00Z', service='odeceixe-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 15:45 over the afternoon peak down the evening fall to 21:30, across 5 deploys 55-60 min apart; must not alarm; epoch, ascending'),
    dict(name='GA16-none-frequent-orders-0948-300', seed=182016, kind='none',
         intervals=_I[16],
         start='2035-04-01T09:48:00Z', service='salema-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 09:48 up the morning rise to 15:53; 16 deploys 20-23 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GA_SCENARIOS
