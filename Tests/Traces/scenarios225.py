"""memblame's tracelab scenarios, batch 225: HR01..HR16 (real memory traces with labels).

(Named HR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-224 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HQ.  No case folder, scenario name or split
entry starts with "HR".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 225"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios225.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios225.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw225 HR01-... HR16-...

The rarer regimes, as batches 90, 93, ..., 218 and 222 (batch 222 the
template, batch 218 its predecessor).  A blind batch: all 16 cases are
split "validation" (split225.json, regime tags as split222.json).

Rotation: of the two kinds each regime leaves after batches 218 (a, b, d,
c, d, c, d, b, c, c) and 222 (c, d, c, a, c, d, b, a, d, d), the one batch
215 (b, a, a, b, b, a, c, d, a, a) did not use (that decided every
regime): d, c, b, d, a, b, a, c, b, b; but limit-raise (left a, b) and
oom-fast (left a, b) cannot take b (no b load is known to OOM within about
an hour; batch 222's two OOMs were c and d loads, 223 and 224 had none)
and take the other kind left, a: limit-raise a with BU03's load (48 KB x
193 at 300 MiB, heap 160 MB, as BU03, DJ03, DT03, EX03, FG03, FQ03, GA03,
GK03, GU03 and HH03; OOMs 51-64 min in), oom-fast a with BZ10's load (64
KB x 193 at 320 MiB, heap 160 MB, as BZ10, ED10, EN10, EX10, FG10, FQ10,
GA10, GK10, GU10 and HH10; OOMs 38.5-50.5 min in), as batch 215 did.  Here
long-interval d, culprit-last c, limit-raise a, multi-task d,
quick-followup a, flag-flip b, slow-leak a, fixed-later c, culprit-early b,
oom-fast a; the frequent-deploys case stays a b.  Leaking a 4, b 3, c 2,
d 2.

Loads by batch 224's units for the next batch (its main figures; its one
figure without the slow cases rests on one case): over an hour or more a
0.0569, b 0.00143, c 0.0166, d 0.0173; frequent b 0.00316 (%/h per unit of
size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit (per
task for HR04; ~1.6 %/h for the slow HR07), within 0.4 % but HR07 (widened
in 0.1 % steps to 0.5 %: the nearest free a load at either limit is -0.43
%): HR01 d 2 KB x 181 (320, +0.20 %), HR02 c 8 KB x 44 (300, -0.28 %),
HR04 d 8 KB x 127 (300 over 3 tasks, -0.01 %), HR05 a 5 KB x 22 (320,
+0.14 %), HR06 b 20 lines x 205 (300, +0.06 %), HR07 a 1 KB x 35 (320,
slow, -0.43 %), HR08 c 8 KB x 47 (320, -0.13 %), HR09 b 19 lines x 230
(320, -0.01 %), HR11 b 13 lines x 152 (320, frequent, -0.09 %); none an
earlier scenario's load at the same limit and task count.  Not by the
units: HR03 and HR10 (their OOM loads).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios224.py (11..3692) and
lists HR last (3693..3708).  Seeds 225001..225016.  Dates 2037-02-02
(HR01) to 2037-02-17 (HR16), after batch 224's 2037-01-17..02-01.  Limits
BAAABABBBBBAAAAB (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip, its reverse or its first eight).  Every case has 300 samples or more
and uses ts_format "wire"; TimestampAscending for HR04, HR05, HR06, HR11,
HR13, HR16 (no earlier batch had this set).  Heap 160 MB everywhere but
HR03 after its raise.  Service names: Estonian rivers; PR, fix, step,
limit and flag words: Icelandic bird names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios224.py"))["SCENARIOS"]   # 11..3692

_I = {
    1: [36, 38, 221, 31, 33, 35, 32],
    2: [34, 36, 33, 35, 34, 36, 33, 179],
    3: [34, 36, 33, 35, 96, 30, 32, 29, 31, 28],
    4: [43, 45, 42, 44, 43, 45, 42, 44, 43],
    5: [30, 28, 31, 29, 13, 30, 27, 31, 29, 28, 30],
    6: [29, 31, 28, 30, 124, 31, 29, 30, 28],
    7: [30, 28, 31, 29, 32, 30, 60, 65, 29, 31, 28],
    8: [31, 29, 30, 44, 41, 30, 28, 31, 29, 30],
    9: [47, 44, 31, 29, 33, 30, 28, 32, 30, 29],
    10: [30, 32, 29, 86, 31, 28, 30, 29, 31],
    11: [27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 28, 26, 27, 28, 26, 27],
    12: [38, 40, 37, 41, 39, 38, 40, 37, 41, 39],
    13: [42, 57, 37, 51, 45, 59, 39, 48],
    14: [34, 233, 30, 32],
    15: [57, 60, 56, 59, 55, 58],
    16: [22, 21, 23, 22, 21, 23, 22, 23, 21, 22, 23, 21, 22, 23, 21, 22, 23],
}

HR_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HR01-d-long-interval-221-culprit-2-of-6-320', seed=225001, kind='d', culprit=2,
         intervals=_I[1],
         start='2037-02-02T11:51:00Z', service='emajogi-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=181, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/emajogi-hrafn-timers', 'Confirm emajogi bookings from delayed hrafn timers'),
         note='culprit #2 of 6 at 13:05 after 36 and 38 min healthy intervals, then one 221 min (3 h 41) interval (13:05-16:46) across the afternoon peak; ~5 %/h of 320 MiB at peak (2 KB x 181, +0.20 %); #3-#6 still leak (31, 33, 35, 32 min, to 18:57); epoch'),
    dict(name='HR02-c-culprit-last-7-of-7-300', seed=225002, kind='c', culprit=7,
         intervals=_I[2],
         start='2037-02-03T09:09:00Z', service='kasari-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=44, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/kasari-kria-listeners', 'Tell open kasari bookings when a kria slot frees'),
         note='the culprit is the last deploy #7 at 13:10: one 179 min interval of evidence (to 16:09) after seven healthy intervals of 33-36 min from 09:09; ~5 %/h of 300 MiB at peak (8 KB x 44, -0.28 %); epoch'),
    dict(name='HR03-a-limit-raise-1035', seed=225003, kind='a', culprit=4, limit_raise={'deploy': 6, 'limit_mib': 1035, 'heap_mb': 552},
         intervals=_I[3],
         start='2037-02-04T10:42:00Z', service='pirita-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format='wire',
         limit_pr_title=('ops/pirita-himbrimi-memory-1035', 'Give the pirita orders task 1035 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/pirita-lomur-history', 'Keep pirita orders for the lomur history'),
         note="leak from #4 at 13:00 after four healthy intervals of 33-36 min (the a OOM load of BU03, DJ03, DT03, EX03, FG03, FQ03, GA03, GK03, GU03 and HH03: 48 KB orders at 193 req/s, heap 160 MB, 300 MiB; their OOMs 51-64 min in) should OOM within #4's 96 min; #5 (30 min, from 14:36) still at 300 MiB; limit 300 -> 1035 MiB (heap 552 MB, the himbrimi change) two deploys after the culprit, at #6 at 15:06, the percentages fall to under a third of the old scale and the leak goes on through #6 (32 min), #7 (29 min), #8 (31 min) and #9 (28 min, to 17:06); epoch"),
    dict(name='HR04-d-three-tasks-gap-5-culprit-5-of-8-300', seed=225004, kind='d', culprit=5, tasks=3, roll_gap=5,
         intervals=_I[4],
         start='2037-02-05T09:33:00Z', service='vohandu-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=127, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/vohandu-stelkur-timers', 'Confirm vohandu bookings from delayed stelkur timers'),
         note='3 tasks, rolling deploys 5 min apart per task; 8 deploys 42-45 min apart from 09:33, culprit #5 of 8 at 13:10 (4 leaking intervals, to 16:04); each task ~5 %/h of 300 MiB at peak (8 KB x 127 over 3 tasks, -0.01 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name='HR05-a-quick-followup-culprit-4-320', seed=225005, kind='a', culprit=4,
         intervals=_I[5],
         start='2037-02-06T11:17:00Z', service='piusa-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=22, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/piusa-rjupa-history', 'Keep piusa orders for the rjupa history'),
         note='culprit #4 of 10 at 13:15 runs only 13 min before an unrelated follow-up #5 at 13:28 (which still leaks, 30 min), then #6-#10 (27, 31, 29, 28, 30 min, to 16:23); ~5 %/h of 320 MiB at peak (5 KB x 22, +0.14 %); epoch, ascending'),
    dict(name='HR06-b-flag-flip-45-min-in-v5-300', seed=225006, kind='b', flag='jagala_smyrill_quote_memo', flag_at=sum(_I[6][:4]) + 45,
         intervals=_I[6],
         start='2037-02-07T10:42:00Z', service='jagala-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=205, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag jagala_smyrill_quote_memo on at 13:25, 45 min into v5's 124 min interval (12:40-14:44), 79 min before #5; then #5-#8 (31, 29, 30, 28 min, to 16:42); ~5 %/h of 300 MiB at peak (20 lines x 205, +0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name='HR07-a-slow-leak-culprit-6-of-10-320', seed=225007, kind='a', culprit=6,
         intervals=_I[7],
         start='2037-02-08T10:15:00Z', service='valgejogi-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=35, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/valgejogi-haftyrdill-history', 'Keep valgejogi orders for the haftyrdill history'),
         note='slow leak (~1.6 %/h of 320 MiB at peak, 1 KB x 35, -0.43 %, widened) from #6 of 10 at 13:15 after 30, 28, 31, 29, 32, 30 min healthy intervals; 60, 65, 29, 31, 28 min leaking intervals (to 16:48); epoch'),
    dict(name='HR08-c-fixed-two-later-3-by-5-of-9-320', seed=225008, kind='c', culprit=3, fixed=5,
         intervals=_I[8],
         start='2037-02-09T11:50:00Z', service='loobu-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=47, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/loobu-hettumav-listeners', 'Tell open loobu bookings when a hettumav slot frees'),
         fixed_pr_title=('fix/loobu-sendlingur-listener-cleanup', 'Remove loobu sendlingur listeners when a booking closes'),
         note='leak from #3 at 13:20 (~5 %/h of 320 MiB at peak, 8 KB x 47, -0.13 %) after 3 healthy intervals of 29-31 min from 11:50; #3 (44 min) and #4 (41 min) leak; fixed two deploys later by #5 at 14:45, then #5-#9 (30, 28, 31, 29, 30 min, to 17:13); epoch'),
    dict(name='HR09-b-culprit-early-2-of-9-320', seed=225009, kind='b', culprit=2,
         intervals=_I[9],
         start='2037-02-10T11:39:00Z', service='ahja-quotes',
         profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=230, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ahja-jadrakan-quote-memo', 'Memoise ahja quotes per jadrakan and customer'),
         note='culprit is the second deploy #2 of 9 at 13:10, after 47 + 44 = 91 min of v1 and v2; every later interval leaks (28-33 min, to 17:12; ~5 %/h of 320 MiB at peak, 19 lines x 230, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HR10-a-oom-fast-culprit-3-of-8-320', seed=225010, kind='a', culprit=3,
         intervals=_I[10],
         start='2037-02-11T11:34:00Z', service='halliste-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/halliste-fyll-history', 'Keep halliste orders for the fyll history'),
         note="leak from #3 of 8 at 13:05, 64 KB orders at 193 req/s (the a OOM load of BZ10, ED10, EN10, EX10, FG10, FQ10, GA10, GK10, GU10 and HH10, 320 MiB; their OOMs 38.5-50.5 min in): OOM within about an hour of the onset (heap 160 MB), in #3 (86 min); #4-#8 (31, 28, 30, 29, 31 min, to 17:00) still leaking; epoch"),
    dict(name='HR11-b-frequent-deploys-culprit-6-of-15-320', seed=225011, kind='b', culprit=6,
         intervals=_I[11],
         start='2037-02-12T10:33:00Z', service='navesti-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=152, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/navesti-valur-quote-memo', 'Memoise navesti quotes per valur and customer'),
         note='15 deploys 26-28 min apart from 10:33, culprit #6 of 15 at 13:15 (10 leaking intervals, to 17:45); ~5 %/h of 320 MiB at peak (13 lines x 152, frequent unit, -0.09 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='HR12-step-quote-culprit-6-of-9-300', seed=225012, kind='step', culprit=6,
         intervals=_I[12],
         start='2037-02-13T12:12:00Z', service='pedja-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/pedja-skufur-table-at-boot', 'Load the pedja skufur table at boot'),
         note='level shift at #6 of 9 (16:05), quote route (20 lines at 95 req/s, 400 SKUs); 9 deploys 37-41 min apart from 12:12 (to 18:42), over the afternoon peak into the evening; no trend after; must not alarm; epoch'),
    dict(name='HR13-e-lru-afternoon-1110-1387-300', seed=225013, kind='e',
         intervals=_I[13],
         start='2037-02-14T11:10:00Z', service='porijogi-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'LRU_MAX': '1387'},
         note='bounded LRU (1387 entries) refilling after each of 7 deploys 37-59 min apart, from 11:10 over midday and the afternoon peak to 17:28; must not alarm; epoch, ascending'),
    dict(name='HR14-none-long-interval-233-orders-300', seed=225014, kind='none',
         intervals=_I[14],
         start='2037-02-15T16:56:00Z', service='poltsamaa-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 233 min (3 h 53) interval (17:30-21:23) down the evening between 34 and 30, 32 min ones (to 22:25); must not alarm; epoch'),
    dict(name='HR15-f-load-dawn-0325-300', seed=225015, kind='f', workers=72,
         intervals=_I[15],
         start='2037-02-16T03:25:00Z', service='vaana-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 03:25 through the night trough and the dawn up the morning rise to 09:10, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='HR16-none-frequent-quote-0025-320', seed=225016, kind='none',
         intervals=_I[16],
         start='2037-02-17T00:25:00Z', service='vigala-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 00:25 through the night trough into the dawn to 06:40; 16 deploys 21-23 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + HR_SCENARIOS
