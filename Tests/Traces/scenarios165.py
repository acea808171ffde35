"""memblame's tracelab scenarios, batch 165: FJ01..FJ16 (real memory traces with labels).

(Named FJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-164 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FI.  No case folder, scenario name or split entry starts with
"FJ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 165"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios165.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios165.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw165 FJ01-... FJ16-...

The rarer regimes, as batches 90, 93, ..., 159 and 162 (batch 162 the
template, batch 159 its predecessor).  A blind batch: all 16 cases are split
"validation" (split165.json, regime tags as split162.json).

Rotation: of the two kinds each regime leaves after batches 159 and 162,
the one batch 156 did not use (that decided every regime), but limit-raise
(the rule gives b) and oom-fast (the rule gives b) cannot take b (no b load
is known to OOM within about an hour) and take the other kind left:
limit-raise d (64 KB x 180 at 320 MiB, heap 160 MB, as CB03, CJ03, ...,
EQ03 and FA03; ET10's and FD10's OOMs 52.5 min in), oom-fast c (75 KB x
178 at 300 MiB, as EK03, ET03, FD03, EH10, EQ10 and FA10; ET03's and
FD03's OOMs 44.5 and 47.5 min in).  long-interval c, culprit-last d,
limit-raise d, multi-task a, quick-followup c, flag-flip d, slow-leak b,
fixed-later a, culprit-early d, oom-fast c; the frequent-deploys case stays
a b.  Leaking a 2, b 2, c 3, d 4.

PR and pipeline numbers: this file runs scenarios164.py (11..2732) and
lists FJ last (2733..2748).  Seeds 165001..165016, but FJ06 165106
(165006 gave a PR number equal to one of CB10's).  Dates 2034-05-14
(FJ01) to 2034-05-29 (FJ16).  Limits AABABAAABAABBBBB (A 300, B 320 MiB).
Cases of 300 samples or more use ts_format "wire" (all but FJ05, 282
samples, and FJ06, 284, ISO 8601); TimestampAscending for FJ03, FJ06,
FJ07, FJ08, FJ11, FJ13 and FJ15.  The notes' "epoch" and "ascending" tags
are written from these fields.

Loads by batch 164's units for the next batch (its main figures, which equal
its figures without the slow cases: a 0.0316 frequent, 0.0450 an hour or
more; b 0.00357 / 0.00352; c 0.0155 / 0.0147; d 0.0188 / 0.0195; %/h per
unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit
(per task for FJ04; ~1.5 %/h for the slow FJ07), all within 0.4 %.  Not by
the units: FJ03 (its OOM load) and FJ10 (its OOM load).  Healthy loads are
earlier batches'.  The "~N %/h" in the notes are aims, not measurements.
Service names: towns of Galicia; PR and flag words: Galician foods and
drinks.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios164.py"))["SCENARIOS"]   # 11..2732

_I = {
    1: [29, 31, 28, 30, 27, 241, 30],
    2: [24, 23, 25, 24, 23, 25, 24, 23, 25, 24, 143],
    3: [26, 24, 27, 23, 25, 87, 31, 32, 30],
    4: [32, 34, 31, 33, 32, 34, 31, 33, 32, 34],
    5: [28, 30, 29, 31, 27, 30, 17, 31, 29, 30],
    6: [31, 29, 134, 30, 32, 28],
    7: [30, 33, 31, 29, 32, 30, 31, 68, 54, 29, 31, 30],
    8: [30, 28, 31, 29, 32, 30, 29, 31, 28, 30, 32, 29],
    9: [47, 33, 28, 30, 29, 31, 27, 30, 28, 29, 31, 30],
    10: [29, 31, 28, 30, 32, 78, 30, 29, 31],
    11: [31, 33, 30, 32, 31, 30, 33, 32, 30, 31, 33, 32, 30],
    12: [33, 35, 31, 36, 32, 34, 30, 35, 33, 31, 36, 32],
    13: [44, 52, 38, 57, 41, 49, 36, 55],
    14: [33, 214, 29, 31],
    15: [61, 66, 58, 64, 59, 67],
    16: [21, 19, 23, 20, 22, 19, 21, 23, 20, 22, 19, 21, 23, 20, 22, 21],
}

FJ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FJ01-c-long-interval-241-culprit-5-of-6-300', seed=165001, kind='c', culprit=5,
         intervals=_I[1],
         start='2034-05-14T10:45:00Z', service='betanzos-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=133, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/betanzos-filloas-listeners', 'Tell open betanzos bookings when a filloas slot frees'),
         note='culprit #5 of 6 at 13:10 after 29, 31, 28, 30, 27 min healthy intervals, then one 241 min (4 h 01) interval (13:10-17:11) across the afternoon peak; ~5 %/h of 300 MiB at peak (3 KB x 133, +0.10 %); #6 still leaks (30 min, to 17:41); epoch'),
    dict(name='FJ02-d-culprit-last-10-of-10-300', seed=165002, kind='d', culprit=10,
         intervals=_I[2],
         start='2034-05-15T10:40:00Z', service='ribadeo-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=150, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/ribadeo-lacon-timers', 'Confirm ribadeo bookings from delayed lacon timers'),
         note='the culprit is the last deploy #10 at 14:40: one 143 min interval of evidence (to 17:03) after ten healthy intervals of 23-25 min from 10:40; ~5 %/h of 300 MiB at peak (2 KB x 150, -0.16 %); epoch'),
    dict(name='FJ03-d-limit-raise-780', seed=165003, kind='d', culprit=5, limit_raise={'deploy': 7, 'limit_mib': 780, 'heap_mb': 390},
         intervals=_I[3],
         start='2034-05-16T10:50:00Z', service='viveiro-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         limit_pr_title=('ops/viveiro-bookings-memory-780', 'Give the viveiro bookings task 780 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/viveiro-grelos-timers', 'Confirm viveiro bookings from delayed grelos timers'),
         note="leak from #5 at 12:55 after five healthy intervals of 23-27 min (CB03's, CJ03's, CS03's, DN03's, EH03's, EQ03's and FA03's load: 64 KB bookings at 180 req/s, heap 160 MB, 320 MiB; as ET10's and FD10's, whose OOMs came 52.5 min in) should OOM within #5's 87 min; #6 (31 min) still at 320 MiB; limit 320 -> 780 MiB (heap 390 MB) two deploys after the culprit, at #7 at 14:53, the percentages fall to 0.41 of the old scale and the leak goes on through #7 (32 min) and #8 (30 min, to 15:55); epoch, ascending"),
    dict(name='FJ04-a-two-tasks-culprit-5-of-9-300', seed=165004, kind='a', culprit=5, tasks=2, roll_gap=3,
         intervals=_I[4],
         start='2034-05-17T11:05:00Z', service='mondonedo-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=260, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/mondonedo-queimada-history', 'Keep mondonedo orders for the queimada history'),
         note='2 tasks, rolling deploys 3 min apart per task; 9 deploys 31-34 min apart from 11:05, culprit #5 of 9 at 13:47 (5 leaking intervals, to 16:31); each task ~5 %/h of 300 MiB at peak (1 KB x 260 over 2 tasks, -0.16 %); metrics-ci.jsonl; epoch'),
    dict(name='FJ05-c-quick-followup-culprit-6-320', seed=165005, kind='c', culprit=6,
         intervals=_I[5],
         start='2034-05-18T10:50:00Z', service='cambados-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=71, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/cambados-cachelos-listeners', 'Tell open cambados bookings when a cachelos slot frees'),
         note='culprit #6 of 9 at 13:45 runs only 17 min before an unrelated follow-up #7 at 14:02 (which still leaks, 31 min), then #8 (29 min), #9 (30 min) (to 15:32); ~5 %/h of 320 MiB at peak (6 KB x 71, +0.20 %)'),
    dict(name='FJ06-d-flag-flip-46-min-in-v3-300', seed=165106, kind='d', flag='sanxenxo_zorza_booking_timers', flag_at=sum(_I[6][:2]) + 46,
         intervals=_I[6],
         start='2034-05-19T12:10:00Z', service='sanxenxo-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=60, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         note="no culprit deploy: flag sanxenxo_zorza_booking_timers on at about 13:56, 46 min after #2 and 88 min before #3 (v3's interval 134 min), then #3-#5 (30, 32, 28 min, to 16:54); every booking's timer kept (~5 %/h of 300 MiB at peak, 5 KB x 60, -0.16 %) from then on; ascending"),
    dict(name='FJ07-b-slow-leak-culprit-7-of-11-300', seed=165007, kind='b', culprit=7,
         intervals=_I[7],
         start='2034-05-20T09:44:00Z', service='allariz-quotes',
         profile='quote', params={'detail': 5, 'skus': 400}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/allariz-androlla-quote-memo', 'Memoise allariz quotes per androlla and customer'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 5 lines x 100, +0.12 %) from #7 of 11 at 13:20 after 30, 33, 31, 29, 32, 30, 31 min healthy intervals; 68, 54, 29, 31, 30 min leaking intervals (to 16:52); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FJ08-a-fixed-three-later-5-by-8-of-11-300', seed=165008, kind='a', culprit=5, fixed=8,
         intervals=_I[8],
         start='2034-05-21T11:10:00Z', service='celanova-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=130, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/celanova-botelo-history', 'Keep celanova orders for the botelo history'),
         fixed_pr_title=('fix/celanova-xoubas-history', 'Trim the celanova order history by xoubas and drop old orders'),
         note='leak from #5 at 13:40 (~5 %/h of 300 MiB at peak, 1 KB x 130, -0.16 %) after 5 healthy intervals of 28-32 min from 11:10; #6 at 14:10 and #7 at 14:39 still leak; fixed three deploys later by #8 at 15:10, then #9-#11 (28, 30, 32, 29 min, to 17:09); epoch, ascending'),
    dict(name='FJ09-d-culprit-early-2-of-11-320', seed=165009, kind='d', culprit=2,
         intervals=_I[9],
         start='2034-05-22T12:15:00Z', service='lalin-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/lalin-raxo-timers', 'Confirm lalin bookings from delayed raxo timers'),
         note='culprit is the second deploy #2 of 11 at 13:35, after 47 min of v1 and 33 of v2; every later interval leaks (27-31 min, to 18:28; ~5 %/h of 320 MiB at peak, 3 KB x 107, +0.15 %); epoch'),
    dict(name='FJ10-c-oom-fast-culprit-5-of-8-300', seed=165010, kind='c', culprit=5,
         intervals=_I[10],
         start='2034-05-23T11:00:00Z', service='ortigueira-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/ortigueira-orujo-listeners', 'Tell open ortigueira bookings when an orujo slot frees'),
         note="leak from #5 of 8 at 13:30, 75 KB bookings at 178 req/s (EK03's, ET03's, FD03's, EH10's, EQ10's and FA10's load, 300 MiB; ET03's and FD03's OOMs 44.5 and 47.5 min in): OOM within about an hour of the onset (heap 160 MB), in #5 (78 min); #6-#8 (30, 29, 31 min, to 16:18) still leaking; epoch"),
    dict(name='FJ11-b-frequent-deploys-culprit-7-of-12-300', seed=165011, kind='b', culprit=7,
         intervals=_I[11],
         start='2034-05-24T10:05:00Z', service='arzua-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=149, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/arzua-pulpo-quote-memo', 'Memoise arzua quotes per pulpo and customer'),
         note='12 deploys 30-33 min apart from 10:05, culprit #7 of 12 at 13:45 (6 leaking intervals, to 16:53); ~5 %/h of 300 MiB at peak (11 lines x 149, -0.14 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='FJ12-step-orders-culprit-5-of-11-320', seed=165012, kind='step', culprit=5,
         intervals=_I[12],
         start='2034-05-25T10:20:00Z', service='baiona-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/baiona-amendoas-table-at-boot', 'Load the baiona amendoas table at boot'),
         note='level shift at #5 of 11 (13:07), orders route (5 KB at 90 req/s); 11 deploys 30-36 min apart from 10:20 (to 16:58); no trend after; must not alarm; epoch'),
    dict(name='FJ13-e-lru-evening-1170-320', seed=165013, kind='e',
         intervals=_I[13],
         start='2034-05-26T16:40:00Z', service='padron-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1170'}, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1170 entries) refilling after each of 7 deploys 36-57 min apart, from 16:40 down the evening fall to 22:52; must not alarm; epoch, ascending'),
    dict(name='FJ14-none-long-interval-214-orders-320', seed=165014, kind='none',
         intervals=_I[14],
         start='2034-05-27T12:30:00Z', service='noia-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 214 min (3 h 34) interval (13:03-16:37) across the afternoon peak between 33 and 29 min ones (to 17:37); must not alarm; epoch'),
    dict(name='FJ15-f-load-morning-0945-320', seed=165015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-05-28T09:45:00Z', service='carballo-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 09:45 up the morning rise over noon to 16:00, across 5 deploys 58-67 min apart; must not alarm; epoch, ascending'),
    dict(name='FJ16-none-frequent-orders-1257-320', seed=165016, kind='none',
         intervals=_I[16],
         start='2034-05-29T12:57:00Z', service='chantada-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 12:57 over the afternoon peak to 18:33; 15 deploys 19-23 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FJ_SCENARIOS
