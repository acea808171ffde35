"""memblame's tracelab scenarios, batch 173: FR01..FR16 (real memory traces with labels).

(Named FR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-172 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FQ.  No case folder, scenario name or split entry starts with
"FR".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 173"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios173.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios173.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw173 FR01-... FR16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
166 and 169 (batch 169 the template, batch 166 its predecessor).  A blind
batch: all 16 cases are split "validation" (split173.json, regime tags as
split169.json).

Rotation: the kinds are rotated away from batches 166 and 169 in every
regime, as batch 169 rotated them away from 163 and 166, keeping the counts
(leaking a 3, b 3, c 2, d 3): frequent non-b a (the one non-b kind left:
166 d, 169 c), the two frequent b stay b, hourly c, few-hours d,
culprit-last b, slow d, fixed-later a, flag flip a, culprit-early c,
multi-task d.  d is left only by few-hours (c, a), slow (a, c) and
multi-task (b, a): all three take it.  a is then left only by fixed-later
(c, d) and flag flip (d, b) besides the frequent case: both take it.
Hourly (a, d), culprit-last (d, a) and culprit-early (a, d) each leave b
and c, for one b and two c.  Batch 163 the tie-breaker (as batch 169 read
batch 160): it had b in hourly, c in culprit-last and c in culprit-early,
so hourly takes c; culprit-last and culprit-early cannot both avoid 163's
c with one b, so the next rule decides: culprit-last's latest b (162's
FG02) is older than culprit-early's (168's FM09), and culprit-early's
latest c (163's FH10) older than culprit-last's (168's FM02): culprit-last
takes b, culprit-early c (repeating 163's c there).

Loads by batch 172's units for the next batch (its main figures; its only
figure without the slow cases, c over an hour or more, rests on no case,
so the main figure is taken): a 0.0302 frequent, 0.0350 an hour or more;
b 0.00378 / 0.00494; c 0.0184 / 0.0153; d 0.0184 / 0.0171; %/h per unit
of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit
(per task for FR11; ~1.5 %/h for the slow FR07), all within 0.4 %, each a
load no earlier scenario had at its limit and task count.  Only FR01-FR03
take the frequent units.  Healthy loads are earlier batches'.  The "~N %/h"
in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios172.py (11..2860) and
lists FR last (2861..2876).  Seeds 173001..173016, but FR14 173114
(173014 gave a PR number equal to CF14's).  Dates 2034-09-03
(FR01) to 2034-09-18 (FR16).  Limits BAAAAABABABBABBB (A 300, B 320 MiB).
Every case has 300 samples or more and uses ts_format "wire";
TimestampAscending for FR02, FR05, FR06, FR07, FR08 and FR09.  The notes'
"epoch" and "ascending" tags are written from these fields.  Names:
islands of Vanuatu for the services, and villages of Vanuatu (and the
natangura palm) for the PR, fix, step and flag words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios172.py"))["SCENARIOS"]   # 11..2860

_I = {
    1: [41, 40, 42, 43, 41, 40, 42, 43, 41, 42],
    2: [21, 20, 22, 21, 20, 22, 21, 20, 22, 21, 20, 22, 21, 20, 22],
    3: [36, 35, 37, 36, 35, 37, 36, 35, 37, 36],
    4: [61, 60, 62, 63, 61, 62],
    5: [30, 32, 29, 31, 30, 128, 31, 29, 32, 30, 31],
    6: [34, 33, 35, 36, 34, 33, 35, 36, 34, 134],
    7: [32, 31, 33, 34, 60, 52, 32, 34, 31, 33, 32],
    8: [30, 29, 31, 32, 30, 29, 31, 32, 30, 29, 31],
    9: [33, 31, 34, 124, 32, 30, 33, 31],
    10: [52, 27, 32, 29, 31, 33, 30, 32, 29, 31, 33],
    11: [36, 35, 37, 38, 36, 35, 37, 38, 36, 37],
    12: [42, 40, 43, 41, 42, 40, 43, 41, 42, 41],
    13: [90, 115, 105],
    14: [39, 41, 38, 40, 39, 41, 38, 40, 39, 40],
    15: [71, 60, 67, 63, 69],
    16: [19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 20],
}

FR_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FR01-a-frequent-deploys-culprit-5-of-9-320', seed=173001, kind='a', culprit=5,
         intervals=_I[1],
         start='2034-09-03T09:35:00Z', service='ambrym-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=207, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/ambrym-lonnoc-history', 'Keep ambrym orders for the lonnoc history'),
         note='9 deploys 40-43 min apart from 09:35, culprit #5 of 9 at 13:02 (5 leaking intervals, to 16:30); ~5 %/h of 320 MiB at peak (1 KB x 207, +0.02 %); epoch'),
    dict(name='FR02-b-frequent-deploys-culprit-9-of-14-300', seed=173002, kind='b', culprit=9,
         intervals=_I[2],
         start='2034-09-04T10:05:00Z', service='malakula-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=194, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/malakula-wintua-quote-memo', 'Memoise malakula quotes per wintua and customer'),
         note='14 deploys 20-22 min apart from 10:05, culprit #9 of 14 at 13:14 (6 leaking intervals, to 15:20); ~5 %/h of 300 MiB at peak (8 lines x 194, +0.12 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FR03-b-frequent-deploys-culprit-6-of-9-300', seed=173003, kind='b', culprit=6,
         intervals=_I[3],
         start='2034-09-05T09:55:00Z', service='aneityum-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=129, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/aneityum-lamap-quote-memo', 'Memoise aneityum quotes per lamap and customer'),
         note='9 deploys 35-37 min apart from 09:55, culprit #6 of 9 at 13:31 (4 leaking intervals, to 15:55); ~5 %/h of 300 MiB at peak (12 lines x 129, -0.14 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FR04-c-hourly-culprit-3-of-5-300', seed=173004, kind='c', culprit=3,
         intervals=_I[4],
         start='2034-09-06T09:20:00Z', service='paama-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=191, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/paama-ranon-listeners', 'Tell open paama bookings when a ranon slot frees'),
         note='hourly deploys (60-63 min apart) from 09:20, culprit #3 of 5 at 12:23, leaking intervals 63, 61, 62 min (to 15:29); ~5 %/h of 300 MiB at peak (2 KB x 191, -0.25 %); epoch'),
    dict(name='FR05-d-few-hours-128-culprit-5-of-10-300', seed=173005, kind='d', culprit=5,
         intervals=_I[5],
         start='2034-09-07T10:10:00Z', service='tongoa-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=114, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/tongoa-melsisi-timers', 'Confirm tongoa bookings from delayed melsisi timers'),
         note='culprit #5 of 10 at 12:42 after 30, 32, 29, 31, 30 min healthy intervals, its own interval 128 min, then 31, 29, 32, 30, 31 min still leaking (to 17:23); ~5 %/h of 300 MiB at peak (3 KB x 114, -0.19 %); epoch, ascending'),
    dict(name='FR06-b-culprit-last-9-of-9-134-300', seed=173006, kind='b', culprit=9,
         intervals=_I[6],
         start='2034-09-08T09:30:00Z', service='gaua-quotes',
         profile='quote', params={'detail': 15, 'skus': 400}, peak_rps=79, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/gaua-bwatnapni-quote-memo', 'Memoise gaua quotes per bwatnapni and customer'),
         note='the culprit is the last deploy #9 at 14:40: one 134 min interval of evidence (to 16:54) after 9 healthy intervals of 33-36 min from 09:30; ~5 %/h of 300 MiB at peak (15 lines x 79, -0.09 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FR07-d-slow-leak-culprit-4-of-10-320', seed=173007, kind='d', culprit=4,
         intervals=_I[7],
         start='2034-09-09T11:40:00Z', service='ureparapara-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=110, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/ureparapara-lonorore-timers', 'Confirm ureparapara bookings from delayed lonorore timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 110, +0.32 %) from #4 of 10 at 13:50 after 32, 31, 33, 34 min healthy intervals from 11:40 (after the morning); 60, 52, 32, 34, 31, 33, 32 min leaking intervals (to 18:24); epoch, ascending'),
    dict(name='FR08-a-fixed-two-later-5-by-7-of-10-300', seed=173008, kind='a', culprit=5, fixed=7,
         intervals=_I[8],
         start='2034-09-10T10:35:00Z', service='maewo-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=167, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/maewo-imaki-history', 'Keep maewo orders for the imaki history'),
         fixed_pr_title=('fix/maewo-ipikel-history-off', 'Stop keeping maewo ipikel orders after the response'),
         note='leak from #5 at 13:07 (~5 %/h of 300 MiB at peak, 1 KB x 167, -0.25 %) after 5 healthy intervals of 29-32 min from 10:35; fixed two deploys later by #7 at 14:07 (#5 29 min, #6 31 min leaking), then #8-#10 (30, 29, 31 min, to 16:09); epoch, ascending'),
    dict(name='FR09-a-flag-flip-52-min-in-v4-320', seed=173009, kind='a', flag='motalava_natangura_order_history', flag_at=sum(_I[9][:3]) + 52,
         intervals=_I[9],
         start='2034-09-11T10:15:00Z', service='motalava-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=179, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag motalava_natangura_order_history on at 12:44:30, 52 min into v4's 124 min interval, 72 min before #4; then #4-#7 (32, 30, 33, 31 min, to 16:03); ~5 %/h of 320 MiB at peak (1 KB x 179, +0.24 %); epoch, ascending"),
    dict(name='FR10-c-culprit-early-2-of-10-300', seed=173010, kind='c', culprit=2,
         intervals=_I[10],
         start='2034-09-12T10:45:00Z', service='merelava-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=128, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/merelava-loltong-listeners', 'Tell open merelava bookings when a loltong slot frees'),
         note='culprit is the second deploy #2 of 10 at 12:04, after 52 min of v1 and 27 min of v2; every later interval leaks (29-33 min, to 16:44); ~5 %/h of 300 MiB at peak (3 KB x 128, +0.27 %); epoch'),
    dict(name='FR11-d-two-tasks-gap-3-culprit-4-of-9-320', seed=173011, kind='d', culprit=4, tasks=2, roll_gap=3,
         intervals=_I[11],
         start='2034-09-13T09:45:00Z', service='vanualava-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=183, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vanualava-atchin-timers', 'Confirm vanualava bookings from delayed atchin timers'),
         note='2 tasks, rolling deploys 3 min apart per task; 9 deploys 35-38 min apart from 09:45, culprit #4 of 9 at 12:11 (6 leaking intervals, to 15:50); each task ~5 %/h of 320 MiB at peak (4 KB x 183 over 2 tasks, +0.14 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FR12-e-lru-morning-1025-1535-320', seed=173012, kind='e',
         intervals=_I[12],
         start='2034-09-14T10:25:00Z', service='tegua-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1535'},
         note='bounded LRU (1535 entries) refilling after each of 9 deploys 40-43 min apart, from 10:25 over midday and the afternoon to 17:20; must not alarm; epoch'),
    dict(name='FR13-e-lru-warmup-1510-2420-300', seed=173013, kind='e',
         intervals=_I[13],
         start='2034-09-15T15:10:00Z', service='tutuba-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '2420'},
         note='bounded LRU (2420 entries) warming for hours: 90, 115, 105 min intervals (2 deploys) from 15:10 into the evening fall to 20:20; must not alarm; epoch'),
    dict(name='FR14-step-quote-culprit-5-of-9-320', seed=173114, kind='step', culprit=5,
         intervals=_I[14],
         start='2034-09-16T12:35:00Z', service='emao-quotes',
         profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/emao-uripiv-table-at-boot', 'Load the emao uripiv table at boot'),
         note='level shift at #5 of 9 (15:52), quote route (20 lines x 90, 2000 SKUs); 9 deploys 38-41 min apart from 12:35 over the afternoon (to 19:10); no trend after; must not alarm; epoch'),
    dict(name='FR15-f-load-evening-1710-320', seed=173015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-09-17T17:10:00Z', service='nguna-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 17:10 down the evening fall to 22:40, across 4 deploys 60-71 min apart; must not alarm; epoch'),
    dict(name='FR16-none-frequent-orders-1150-320', seed=173016, kind='none',
         intervals=_I[16],
         start='2034-09-18T11:50:00Z', service='lelepa-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 11:50 over midday and the afternoon to 17:14; 16 deploys 18-20 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FR_SCENARIOS
