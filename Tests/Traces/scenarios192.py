"""memblame's tracelab scenarios, batch 192: GK01..GK16 (real memory traces with labels).

(Named GK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-191 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GJ.  No case folder, scenario name or split entry
starts with "GK".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 192"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios192.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios192.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw192 GK01-... GK16-...

The rarer regimes, as batches 90, 93, ..., 186 and 189 (batch 189 the
template, batch 186 its predecessor).  A blind batch: all 16 cases are
split "validation" (split192.json, regime tags as split189.json).

Rotation: of the two kinds each regime leaves after batches 186 (b, a, d,
b, b, a, c, d, a, c) and 189 (a, b, c, c, d, c, d, b, c, d), the one batch
182 (d, c, a, d, a, b, a, c, b, a, as recorded) did not use (that decided
every regime): c, d, b, a, c, d, b, a, d, b; but limit-raise (left a, b)
and oom-fast (left a, b) cannot take b (no b load is known to OOM within
about an hour) and take the other kind left, a: limit-raise a with BU03's
load (48 KB x 193 at 300 MiB, heap 160 MB, as BU03, DJ03, DT03, EX03,
FG03, FQ03 and GA03; OOMs 51-64 min in), oom-fast a with BZ10's load (64
KB x 193 at 320 MiB, heap 160 MB, as BZ10, ED10, EN10, EX10, FG10, FQ10
and GA10; OOMs 38.5-50.5 min in).  Here long-interval c, culprit-last d,
limit-raise a, multi-task a, quick-followup c, flag-flip d, slow-leak b,
fixed-later a, culprit-early d, oom-fast a; the frequent-deploys case
stays a b.  Leaking a 4, b 2, c 2, d 3.

Loads by batch 190's units for the next batch (its main figures, but c and
d over an hour or more from its figures without the slow cases, each
resting on two cases or more: c 0.0197 (GH04, GH06, GH09), d 0.0126
(GH05, GI04, GI08, GI10)): over an hour or more a 0.0457, b 0.00335, c
0.0197, d 0.0126; frequent b 0.00412 (%/h per unit of size x rate at peak
at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for GK04; ~1.5
%/h for the slow GK07), all within 0.4 %: GK01 c 3 KB x 99 (300,
-0.14 %), GK02 d 3 KB x 155 (300, -0.01 %), GK04 a 2 KB x 128 over 2
tasks (300, -0.17 %), GK05 c 3 KB x 106 (320, +0.23 %), GK06 d 4 KB x 116
(300, -0.22 %), GK07 b 10 x 56 (320, slow, +0.05 %), GK08 a 1 KB x 128
(300, -0.17 %), GK09 d 4 KB x 124 (320, -0.01 %), GK11 b 9 x 158 (300,
frequent, -0.01 %); none an earlier scenario's load at the same limit and
task count.  Not by the units: GK03 and GK10 (their OOM loads).  Healthy
loads are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.

PR and pipeline numbers: this file runs scenarios191.py (11..3164) and
lists GK last (3165..3180).  Seeds 192001..192016.  Dates 2035-08-24
(GK01) to 2035-09-08 (GK16), after batch 191's 2035-08-08..08-23.  Limits
AAAABABABBABBBAB (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Cases of 300 samples or more use ts_format
"wire" (all but GK05, 288 samples: ISO 8601); TimestampAscending for
GK01, GK03, GK04, GK06, GK09 and GK14 (no earlier batch had this set).
Heap 160 MB everywhere but GK03 after its raise.  Service names: Slovenian
rivers; PR, fix, step and flag words: Slovene tree names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios191.py"))["SCENARIOS"]   # 11..3164

_I = {
    1: [28, 30, 27, 29, 26, 229, 29, 31],
    2: [46, 48, 45, 47, 46, 167],
    3: [30, 28, 31, 27, 29, 89, 30, 31, 28, 30],
    4: [37, 39, 36, 38, 37, 39, 36, 38, 37, 39],
    5: [31, 29, 32, 30, 28, 16, 30, 32, 29, 31],
    6: [30, 32, 29, 121, 31, 28, 30],
    7: [30, 28, 31, 29, 62, 57, 30, 29, 31, 28],
    8: [29, 31, 30, 28, 33, 31, 30, 29, 32, 28, 30],
    9: [74, 29, 31, 30, 28, 32, 30, 29, 31, 28, 30, 29],
    10: [30, 28, 31, 29, 27, 79, 31, 29, 30],
    11: [29, 31, 28, 30, 29, 31, 28, 30, 29, 31, 28, 30, 29, 31, 28],
    12: [33, 35, 31, 34, 32, 36, 30, 34, 33, 35, 31],
    13: [44, 58, 37, 51, 40, 59, 35, 47],
    14: [31, 226, 29, 30],
    15: [57, 59, 55, 60, 56, 58],
    16: [23, 25, 22, 24, 23, 25, 22, 24, 23, 25, 22, 24, 23, 25, 22, 24],
}

GK_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GK01-c-long-interval-229-culprit-5-of-7-300', seed=192001, kind='c', culprit=5,
         intervals=_I[1],
         start='2035-08-24T10:46:00Z', service='drava-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=99, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/drava-bukev-listeners', 'Tell open drava bookings when a bukev slot frees'),
         note='culprit #5 of 7 at 13:06 after 28, 30, 27, 29, 26 min healthy intervals, then one 229 min (3 h 49) interval (13:06-16:55) across the afternoon peak; ~5 %/h of 300 MiB at peak (3 KB x 99, -0.14 %); #6 and #7 still leak (29 and 31 min, to 17:55); epoch, ascending'),
    dict(name='GK02-d-culprit-last-5-of-5-300', seed=192002, kind='d', culprit=5,
         intervals=_I[2],
         start='2035-08-25T09:33:00Z', service='soca-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=155, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/soca-hrast-timers', 'Confirm soca bookings from delayed hrast timers'),
         note='the culprit is the last deploy #5 at 13:25: one 167 min interval of evidence (to 16:12) after five healthy intervals of 45-48 min from 09:33; ~5 %/h of 300 MiB at peak (3 KB x 155, -0.01 %); epoch'),
    dict(name='GK03-a-limit-raise-900', seed=192003, kind='a', culprit=5, limit_raise={'deploy': 7, 'limit_mib': 900, 'heap_mb': 480},
         intervals=_I[3],
         start='2035-08-26T10:33:00Z', service='krka-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         limit_pr_title=('ops/krka-orders-memory-900', 'Give the krka orders task 900 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/krka-lipa-history', 'Keep krka orders for the lipa history'),
         note="leak from #5 at 12:58 after five healthy intervals of 27-31 min (BU03's, DJ03's, DT03's, EX03's, FG03's, FQ03's and GA03's load: 48 KB orders at 193 req/s, heap 160 MB, 300 MiB; their OOMs 51-64 min in) should OOM within #5's 89 min; #6 (30 min) still at 300 MiB; limit 300 -> 900 MiB (heap 480 MB) two deploys after the culprit, at #7 at 14:57, the percentages fall to 0.33 of the old scale and the leak goes on through #7 (31 min), #8 (28 min) and #9 (30 min, to 16:26); epoch, ascending"),
    dict(name='GK04-a-two-tasks-gap-6-culprit-5-of-9-300', seed=192004, kind='a', culprit=5, tasks=2, roll_gap=6,
         intervals=_I[4],
         start='2035-08-27T10:10:00Z', service='kolpa-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=128, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/kolpa-smreka-history', 'Keep kolpa orders for the smreka history'),
         note='2 tasks, rolling deploys 6 min apart per task; 9 deploys 36-39 min apart from 10:10, culprit #5 of 9 at 13:17 (5 leaking intervals, to 16:26); each task ~5 %/h of 300 MiB at peak (2 KB x 128 over 2 tasks, -0.17 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name='GK05-c-quick-followup-culprit-5-320', seed=192005, kind='c', culprit=5,
         intervals=_I[5],
         start='2035-08-28T11:10:00Z', service='savinja-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=106, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/savinja-jelka-listeners', 'Tell open savinja bookings when a jelka slot frees'),
         note='culprit #5 of 9 at 13:40 runs only 16 min before an unrelated follow-up #6 at 13:56 (which still leaks, 30 min), then #7 (32 min), #8 (29 min), #9 (31 min) (to 15:58); ~5 %/h of 320 MiB at peak (3 KB x 106, +0.23 %)'),
    dict(name='GK06-d-flag-flip-55-min-in-v4-300', seed=192006, kind='d', flag='idrijca_breza_delayed_confirm', flag_at=sum(_I[6][:3]) + 55,
         intervals=_I[6],
         start='2035-08-29T11:00:00Z', service='idrijca-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=116, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag idrijca_breza_delayed_confirm on at 13:25:30, 55 min into v4's 121 min interval, 66 min before #4; then #4-#6 (31, 28, 30 min, to 16:01); ~5 %/h of 300 MiB at peak (4 KB x 116, -0.22 %); epoch, ascending"),
    dict(name='GK07-b-slow-leak-culprit-4-of-9-320', seed=192007, kind='b', culprit=4,
         intervals=_I[7],
         start='2035-08-30T11:22:00Z', service='vipava-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=56, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vipava-javor-quote-memo', 'Memoise vipava quotes per javor and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 10 lines x 56, +0.05 %) from #4 of 9 at 13:20 after 30, 28, 31, 29 min healthy intervals; 62, 57, 30, 29, 31, 28 min leaking intervals (to 17:17); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GK08-a-fixed-two-later-4-by-6-of-10-300', seed=192008, kind='a', culprit=4, fixed=6,
         intervals=_I[8],
         start='2035-08-31T11:37:00Z', service='ledava-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=128, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/ledava-macesen-history', 'Keep ledava orders for the macesen history'),
         fixed_pr_title=('fix/ledava-vrba-history-off', 'Stop keeping ledava orders for the vrba history'),
         note='leak from #4 at 13:35 (~5 %/h of 300 MiB at peak, 1 KB x 128, -0.17 %) after 4 healthy intervals of 28-31 min from 11:37; #4 (33 min) and #5 (31 min) leak; fixed two deploys later by #6 at 14:39, then #7-#10 (29, 32, 28 min, and 30 after #10, to 17:08); epoch'),
    dict(name='GK09-d-culprit-early-1-of-11-320', seed=192009, kind='d', culprit=1,
         intervals=_I[9],
         start='2035-09-01T11:51:00Z', service='dravinja-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/dravinja-kostanj-timers', 'Confirm dravinja bookings from delayed kostanj timers'),
         note='culprit is the first deploy #1 of 11 at 13:05, after 74 min of v1; every later interval leaks (28-32 min, to 18:32; ~5 %/h of 320 MiB at peak, 4 KB x 124, -0.01 %); epoch, ascending'),
    dict(name='GK10-a-oom-fast-culprit-5-of-8-320', seed=192010, kind='a', culprit=5,
         intervals=_I[10],
         start='2035-09-02T10:43:00Z', service='meza-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/meza-brest-history', 'Keep meza orders for the brest history'),
         note="leak from #5 of 8 at 13:08, 64 KB orders at 193 req/s (BZ10's, ED10's, EN10's, EX10's, FG10's, FQ10's and GA10's load, 320 MiB; their OOMs 38.5-50.5 min in): OOM within about an hour of the onset (heap 160 MB), in #5 (79 min); #6-#8 (31, 29, 30 min, to 15:57) still leaking; epoch"),
    dict(name='GK11-b-frequent-deploys-culprit-8-of-14-300', seed=192011, kind='b', culprit=8,
         intervals=_I[11],
         start='2035-09-03T09:20:00Z', service='pesnica-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=158, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/pesnica-gaber-quote-memo', 'Memoise pesnica quotes per gaber and customer'),
         note='14 deploys 28-31 min apart from 09:20, culprit #8 of 14 at 13:16 (7 leaking intervals, to 16:42); ~5 %/h of 300 MiB at peak (9 lines x 158, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GK12-step-orders-culprit-5-of-10-320', seed=192012, kind='step', culprit=5,
         intervals=_I[12],
         start='2035-09-04T11:35:00Z', service='sotla-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/sotla-leska-table-at-boot', 'Load the sotla leska table at boot'),
         note='level shift at #5 of 10 (14:20), orders route (5 KB at 90 req/s); 10 deploys 30-36 min apart from 11:35 (to 17:39); no trend after; must not alarm; epoch'),
    dict(name='GK13-e-lru-morning-midday-0835-1283-320', seed=192013, kind='e',
         intervals=_I[13],
         start='2035-09-05T08:35:00Z', service='hudinja-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1283'}, ts_format='wire',
         note='bounded LRU (1283 entries) refilling after each of 7 deploys 35-59 min apart, from 08:35 up the morning rise over midday to 14:46; must not alarm; epoch'),
    dict(name='GK14-none-long-interval-226-quote-320', seed=192014, kind='none',
         intervals=_I[14],
         start='2035-09-06T12:45:00Z', service='kokra-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 226 min (3 h 46) interval (13:16-17:02) over the afternoon peak between 31 and 29 min ones (to 18:01); must not alarm; epoch, ascending'),
    dict(name='GK15-f-load-afternoon-1240-300', seed=192015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-09-07T12:40:00Z', service='mislinja-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 12:40 over the afternoon peak down the evening fall to 18:25, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='GK16-none-frequent-quote-0810-320', seed=192016, kind='none',
         intervals=_I[16],
         start='2035-09-08T08:10:00Z', service='polskava-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 08:10 up the morning rise to 14:26; 15 deploys 22-25 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GK_SCENARIOS
