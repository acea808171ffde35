"""memblame's tracelab scenarios, batch 190: GI01..GI16 (real memory
traces with labels).

(Named GI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-189 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GH.  No case folder, scenario name or split entry
starts with "GI".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 190"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios190.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios190.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw190 GI01-... GI16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
184 and 187 (batch 187 the template, batch 184 its predecessor).  A blind
batch: all 16 cases are split "validation" (split190.json, regime tags as
split187.json).

Rotation: the kinds are rotated away from batches 184 (a, then b, d, c, d,
a, a, c, d) and 187 (d, then a, c, d, a, b, d, a, c) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3,
b 3, c 2, d 3): frequent non-b c (the one non-b kind left: 184 a, 187 d);
the two frequent b stay b.  a is left only by few-hours (d, c),
culprit-last (c, d) and multi-task (d, c): all three take it.  d is left
only by hourly (b, a), fixed-later (a, b) and culprit-early (c, a): all
three take it.  Slow (d, a) and flag flip (a, d) each leave b and c, for
one b and one c.  Batch 180 the tie-breaker (slow b, flag flip c): slow
takes c, flag flip b.  Here c, then d, a, a, c, d, b, d, a.

Loads by batch 187's units for the next batch (its main figures, but a and
c over an hour or more from its figures without the slow cases GE07 and
GF07: a 0.0355 (GE02, GE06, GE09, GF04, GF10), c 0.0168 (GF05, GF11)):
frequent a 0.0333, b 0.00338, c 0.00902, d 0.0106; an hour or more a
0.0355, b 0.00313, c 0.0168, d 0.0182 (%/h per unit of size x rate at peak
at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for GI11; ~1.5
%/h for the slow GI07). Only GI01-GI03 take the frequent units. All within
0.4 % (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 100-400 over two tasks;
the nearest free load, ties to the rate nearest 150): GI01 c 3 KB x 231
(320, frequent, +0.01 %), GI02 b 11 lines x 168 (320, frequent, -0.06 %),
GI03 b 8 lines x 217 (300, frequent, +0.14 %), GI04 d 7 KB x 49 (320,
-0.12 %), GI05 a 1 KB x 176 (320, -0.03 %), GI06 a 2 KB x 88 (320, -0.03
%), GI07 c 1 KB x 112 (320, slow, +0.35 %), GI08 d 7 KB x 46 (300, +0.02
%), GI09 b 18 lines x 104 (300, -0.00 %), GI10 d 8 KB x 43 (320, +0.17 %),
GI11 a 2 KB x 165 over 2 tasks (300, -0.03 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios189.py (11..3132) and
lists GI last (3133..3148). Seeds 190001..190016. Dates 2035-07-23 (GI01)
to 2035-08-07 (GI16), after batches 188's and 189's 2035-06-21..07-22.
Limits BBABBBBAABAAABAA (A 300, B 320 MiB; no earlier batch had it, its
flip or its first eight). Cases of 300 samples or more use ts_format
"wire"; ISO 8601 for GI03; TimestampAscending for GI01, GI04, GI08, GI09,
GI14, GI16 (no earlier batch had this set). Heap 160 MB everywhere. Names:
islands and atolls of the Federated States of Micronesia for the services,
and Palauan words (money, elders, taro fields, houses, villages, customs)
for the PR, fix, step and flag words (from memory; none in any
scenarios*.py, split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios189.py"))["SCENARIOS"]   # 11..3132

_I = {
    1: [31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30, 32],
    2: [25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25],
    3: [16, 15, 17, 16, 15, 17, 16, 15, 17, 16, 15, 17, 16, 15, 17, 16, 15, 17],
    4: [58, 57, 60, 59, 58, 60, 57],
    5: [33, 31, 34, 32, 152, 31, 33, 30, 34, 32],
    6: [35, 34, 36, 37, 35, 34, 36, 37, 137],
    7: [30, 29, 31, 28, 30, 71, 62, 29, 31, 28, 30],
    8: [36, 35, 37, 38, 36, 37, 35, 38, 36, 37, 35, 38],
    9: [32, 30, 118, 31, 34, 30, 33, 32],
    10: [52, 36, 31, 29, 32, 30, 33, 29, 31, 30, 32, 28],
    11: [31, 33, 30, 32, 31, 33, 30, 32, 31, 33, 30],
    12: [28, 27, 29, 30, 28, 27, 29, 30, 28, 27, 29, 30],
    13: [118, 106, 114],
    14: [29, 28, 30, 31, 29, 28, 30, 31, 29, 28, 30, 31, 29],
    15: [60, 64, 58, 67, 56, 61],
    16: [17, 16, 18, 17, 16, 18, 17, 16, 18, 17, 16, 18, 17, 16, 18, 17, 16, 18, 17, 16],
}

GI_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GI01-c-frequent-deploys-culprit-6-of-11-320', seed=190001, kind='c', culprit=6,
         intervals=_I[1],
         start='2035-07-23T10:05:00Z', service='ulithi-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=231, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/ulithi-udoud-listeners', 'Tell open ulithi bookings when a udoud slot frees'),
         note='11 deploys 30-32 min apart from 10:05, culprit #6 of 11 at 13:11 (6 leaking intervals, to 16:17); ~5 %/h of 320 MiB at peak (3 KB x 231, +0.01 %); epoch, ascending'),
    dict(name='GI02-b-frequent-deploys-culprit-5-of-12-320', seed=190002, kind='b', culprit=5,
         intervals=_I[2],
         start='2035-07-24T11:20:00Z', service='woleai-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=168, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/woleai-toluk-quote-memo', 'Memoise woleai quotes per toluk and customer'),
         note='12 deploys 24-26 min apart from 11:20, culprit #5 of 12 at 13:24 (8 leaking intervals, to 16:45); ~5 %/h of 320 MiB at peak (11 lines x 168, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GI03-b-frequent-deploys-culprit-10-of-17-300', seed=190003, kind='b', culprit=10,
         intervals=_I[3],
         start='2035-07-25T11:55:00Z', service='satawal-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=217, heap_mb=160, limit_mib=300, ts_format='iso8601',
         culprit_pr_title=('perf/satawal-rubak-quote-memo', 'Memoise satawal quotes per rubak and customer'),
         note='17 deploys 15-17 min apart from 11:55, culprit #10 of 17 at 14:35 (8 leaking intervals, to 16:43); ~5 %/h of 300 MiB at peak (8 lines x 217, +0.14 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name='GI04-d-hourly-culprit-4-of-6-320', seed=190004, kind='d', culprit=4,
         intervals=_I[4],
         start='2035-07-26T09:30:00Z', service='lamotrek-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=49, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/lamotrek-mesei-timers', 'Confirm lamotrek bookings from delayed mesei timers'),
         note='hourly deploys (57-60 min apart) from 09:30, culprit #4 of 6 at 13:24, leaking intervals 58, 60, 57 min (to 16:19); ~5 %/h of 320 MiB at peak (7 KB x 49, -0.12 %); epoch, ascending'),
    dict(name='GI05-a-few-hours-152-culprit-4-of-9-320', seed=190005, kind='a', culprit=4,
         intervals=_I[5],
         start='2035-07-27T10:15:00Z', service='ifalik-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=176, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/ifalik-omengat-history', 'Keep ifalik orders for the omengat history'),
         note='culprit #4 of 9 at 12:25 after 33, 31, 34, 32 min healthy intervals, its own interval 152 min, then 31, 33, 30, 34, 32 min still leaking (to 17:37); ~5 %/h of 320 MiB at peak (1 KB x 176, -0.03 %); epoch'),
    dict(name='GI06-a-culprit-last-8-of-8-137-320', seed=190006, kind='a', culprit=8,
         intervals=_I[6],
         start='2035-07-28T10:05:00Z', service='eauripik-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=88, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/eauripik-beluu-history', 'Keep eauripik orders for the beluu history'),
         note='the culprit is the last deploy #8 at 14:49: one 137 min interval of evidence (to 17:06) after 8 healthy intervals of 34-37 min from 10:05; ~5 %/h of 320 MiB at peak (2 KB x 88, -0.03 %); epoch'),
    dict(name='GI07-c-slow-leak-culprit-5-of-10-320', seed=190007, kind='c', culprit=5,
         intervals=_I[7],
         start='2035-07-29T10:50:00Z', service='ngulu-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=112, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/ngulu-blai-listeners', 'Tell open ngulu bookings when a blai slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 112, +0.35 %) from #5 of 10 at 13:18 after 30, 29, 31, 28, 30 min healthy intervals from 10:50; 71, 62, 29, 31, 28, 30 min leaking intervals (to 17:29); epoch'),
    dict(name='GI08-d-fixed-one-later-5-by-6-of-11-300', seed=190008, kind='d', culprit=5, fixed=6,
         intervals=_I[8],
         start='2035-07-30T10:25:00Z', service='puluwat-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=46, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/puluwat-bersoech-timers', 'Confirm puluwat bookings from delayed bersoech timers'),
         fixed_pr_title=('fix/puluwat-chebul-timers-off', 'Confirm puluwat chebul bookings at once instead of from timers'),
         note='leak from #5 at 13:27 (~5 %/h of 300 MiB at peak, 7 KB x 46, +0.02 %) after 5 healthy intervals of 35-38 min from 10:25; fixed one deploy later by #6 at 14:04 (one leaking interval, 37 min), then 35, 38, 36, 37, 35, 38 min (#6-#11, to 17:43); epoch, ascending'),
    dict(name='GI09-b-flag-flip-41-min-in-v3-300', seed=190009, kind='b', flag='pulap_ulengang_quote_memo', flag_at=sum(_I[9][:2]) + 41,
         intervals=_I[9],
         start='2035-07-31T11:20:00Z', service='pulap-quotes',
         profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag pulap_ulengang_quote_memo on at 13:02:30, 41 min into v3's 118 min interval, 77 min before #3; then #3-#7 (31, 34, 30, 33, 32 min, to 17:00); ~5 %/h of 300 MiB at peak (18 lines x 104, -0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name='GI10-d-culprit-early-2-of-11-320', seed=190010, kind='d', culprit=2,
         intervals=_I[10],
         start='2035-08-01T10:35:00Z', service='losap-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=43, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/losap-ngasech-timers', 'Confirm losap bookings from delayed ngasech timers'),
         note='culprit is the second deploy #2 of 11 at 12:03, after 52 min of v1 and 36 min of v2; every later interval leaks (28-33 min, to 17:08); ~5 %/h of 320 MiB at peak (8 KB x 43, +0.17 %); epoch'),
    dict(name='GI11-a-two-tasks-gap-5-culprit-6-of-10-300', seed=190011, kind='a', culprit=6, tasks=2, roll_gap=5,
         intervals=_I[11],
         start='2035-08-02T11:05:00Z', service='namoluk-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=165, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/namoluk-diall-history', 'Keep namoluk orders for the diall history'),
         note='2 tasks, rolling deploys 5 min apart per task; 10 deploys 30-33 min apart from 11:05, culprit #6 of 10 at 14:15 (5 leaking intervals, to 16:51); each task ~5 %/h of 300 MiB at peak (2 KB x 165 over 2 tasks, -0.03 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GI12-e-lru-dawn-0540-1540-300', seed=190012, kind='e',
         intervals=_I[12],
         start='2035-08-03T05:40:00Z', service='satawan-quotes',
         env={'LRU_MAX': '1540'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='bounded LRU (1540 entries) refilling after each of 11 deploys 27-30 min apart, from 05:40 up the dawn rise to 11:22; must not alarm; epoch'),
    dict(name='GI13-e-lru-warmup-0920-2555-300', seed=190013, kind='e',
         intervals=_I[13],
         start='2035-08-04T09:20:00Z', service='lukunor-quotes',
         env={'LRU_MAX': '2555'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='bounded LRU (2555 entries) warming for hours: 118, 106, 114 min intervals (2 deploys) from 09:20 up the late morning to 14:58; must not alarm; epoch'),
    dict(name='GI14-step-orders-culprit-7-of-12-320', seed=190014, kind='step', culprit=7,
         intervals=_I[14],
         start='2035-08-05T12:20:00Z', service='nukuoro-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/nukuoro-klobak-table-at-boot', 'Load the nukuoro klobak table at boot'),
         note='level shift at #7 of 12 (15:45), orders route (5 KB x 90); 12 deploys 28-31 min apart from 12:20 over midday and the afternoon peak to 18:43; no trend after; must not alarm; epoch, ascending'),
    dict(name='GI15-f-load-evening-1735-300', seed=190015, kind='f',
         intervals=_I[15],
         start='2035-08-06T17:35:00Z', service='mokil-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 17:35 down the evening fall to 23:41, across 5 deploys 56-67 min apart; must not alarm; epoch'),
    dict(name='GI16-none-frequent-quote-1235-300', seed=190016, kind='none',
         intervals=_I[16],
         start='2035-08-07T12:35:00Z', service='pingelap-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 12:35 over the afternoon peak to 18:14; 19 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GI_SCENARIOS
