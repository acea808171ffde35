"""memblame's tracelab scenarios, batch 211: HD01..HD16 (real memory
traces with labels).

(Named HD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-210 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HC.  No case folder, scenario name or split
entry starts with "HD".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 211"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios211.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios211.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw211 HD01-... HD16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
203 and 208 (batch 208 the template, batch 203 its predecessor).  A blind
batch: all 16 cases are split "validation" (split211.json, regime tags as
split208.json).

Rotation: the kinds are rotated away from batches 203 (a, then b, d, c, d,
a, a, c, d) and 208 (d, then a, c, d, a, c, d, a, b) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b c (the one non-b kind left: 203 a, 208 d);
the two frequent b stay b. That leaves three a, one b, one c, three d. a
is left only by few-hours (d, c), culprit-last (c, d) and multi-task (d,
b): all three take it. d is then left only by hourly (b, a), fixed-later
(a, c) and culprit-early (c, a): all three take it. Slow (d, a) and flag
flip (a, d) each leave b and c, for one b and one c: batch 200 (c, then d,
a, a, b, d, c, d, a) breaks the tie (slow had b, flag flip c): slow c,
flag flip b. Here c, then d, a, a, c, d, b, d, a.

Loads by batch 208's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0337, b 0.00335, c 0.0150, d 0.0121; an hour or more a 0.0317, b
0.00469, c 0.0197, d 0.0135 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for HD11; ~1.5 %/h for
the slow HD07). Only HD01-HD03 take the frequent units. All within 0.4 %,
none widened (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 150-600 over three
tasks; the nearest free load, ties to the rate nearest 150): HD01 c 3 KB x
130 (300, frequent, -0.16 %), HD02 b 8 lines x 219 (300, frequent, +0.17
%), HD03 b 9 lines x 194 (300, frequent, -0.18 %), HD04 d 7 KB x 66 (320,
-0.21 %), HD05 a 5 KB x 37 (300, +0.09 %), HD06 a 1 KB x 197 (320, -0.08
%), HD07 c 1 KB x 89 (300, slow, -0.26 %), HD08 d 4 KB x 116 (320, +0.22
%), HD09 b 8 lines x 156 (300, -0.11 %), HD10 d 2 KB x 232 (320, +0.22 %),
HD11 a 3 KB x 197 over 3 tasks (320, -0.08 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios210.py (11..3468) and
lists HD last (3469..3484). Seeds 211001..211016. Dates 2036-06-23 (HD01)
to 2036-07-08 (HD16), one day per case (batches 209 and 210 use
2036-05-22..06-22; no scenario had these dates). Limits AAABABABABBABABB
(A 300, B 320 MiB; no earlier batch had it, its flip, its reverse or its
first eight). Cases of 300 samples or more use ts_format "wire"; ISO 8601
for HD13; TimestampAscending for HD04, HD05, HD08, HD10, HD13, HD15 (no
earlier batch had this set). Heap 160 MB everywhere. Names: Norwegian
mountains for the services, and Tagalog words (bundok, dagat, ilog,
bituin, buwan, gubat, pulo, bulaklak, bagyo, kidlat, tubig, lupa, bahay)
for the PR, fix, flag and step words (from memory; none in any
scenarios*.py, split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios210.py"))["SCENARIOS"]   # 11..3468

_I = {
    1: [29, 28, 30, 29, 28, 30, 29, 28, 30, 29, 28, 30, 29],
    2: [25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25],
    3: [46, 45, 47, 46, 45, 47, 46, 45, 47],
    4: [57, 56, 59, 58, 56, 59, 57],
    5: [34, 31, 33, 30, 128, 32, 29, 31, 34],
    6: [32, 31, 34, 33, 31, 34, 32, 33, 150],
    7: [30, 33, 31, 29, 84, 61, 32, 30, 33, 31],
    8: [44, 43, 46, 45, 44, 43, 46, 45, 44],
    9: [33, 30, 34, 31, 131, 32, 35, 30, 33],
    10: [54, 46, 39, 38, 41, 40, 39, 38, 41, 40],
    11: [55, 54, 57, 56, 55, 54, 57, 56],
    12: [35, 34, 36, 35, 34, 36, 35, 34, 36, 35, 34, 36],
    13: [98, 113, 87],
    14: [33, 32, 34, 33, 32, 34, 33, 32, 34, 33, 32, 34],
    15: [48, 47, 50, 49, 48, 47, 50, 49],
    16: [27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28, 27],
}

HD_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HD01-c-frequent-deploys-culprit-5-of-12-300', seed=211001, kind='c', culprit=5,
         intervals=_I[1],
         start='2036-06-23T11:00:00Z', service='galdho-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=130, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/galdho-bundok-listeners', 'Tell open galdho bookings when a bundok slot frees'),
         note='12 deploys 28-30 min apart from 11:00, culprit #5 of 12 at 13:24 (8 leaking intervals, to 17:17); ~5 %/h of 300 MiB at peak (3 KB x 130, -0.16 %); epoch'),
    dict(name='HD02-b-frequent-deploys-culprit-7-of-15-300', seed=211002, kind='b', culprit=7,
         intervals=_I[2],
         start='2036-06-24T10:50:00Z', service='glittertind-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=219, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/glittertind-dagat-quote-memo', 'Memoise glittertind quotes per dagat and customer'),
         note='15 deploys 24-26 min apart from 10:50, culprit #7 of 15 at 13:45 (9 leaking intervals, to 17:30); ~5 %/h of 300 MiB at peak (8 lines x 219, +0.17 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HD03-b-frequent-deploys-culprit-5-of-8-300', seed=211003, kind='b', culprit=5,
         intervals=_I[3],
         start='2036-06-25T10:00:00Z', service='snohetta-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=194, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/snohetta-ilog-quote-memo', 'Memoise snohetta quotes per ilog and customer'),
         note='8 deploys 45-47 min apart from 10:00, culprit #5 of 8 at 13:49 (4 leaking intervals, to 16:54); ~5 %/h of 300 MiB at peak (9 lines x 194, -0.18 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HD04-d-hourly-culprit-3-of-6-320', seed=211004, kind='d', culprit=3,
         intervals=_I[4],
         start='2036-06-26T10:10:00Z', service='gausta-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=66, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/gausta-bituin-timers', 'Confirm gausta bookings from delayed bituin timers'),
         note='hourly deploys (56-59 min apart) from 10:10, culprit #3 of 6 at 13:02, leaking intervals 58, 56, 59, 57 min (to 16:52); ~5 %/h of 320 MiB at peak (7 KB x 66, -0.21 %); epoch, ascending'),
    dict(name='HD05-a-few-hours-128-culprit-4-of-8-300', seed=211005, kind='a', culprit=4,
         intervals=_I[5],
         start='2036-06-27T10:40:00Z', service='slogen-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=37, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/slogen-buwan-history', 'Keep slogen orders for the buwan history'),
         note='culprit #4 of 8 at 12:48 after 34, 31, 33, 30 min healthy intervals, its own interval 128 min, then 32, 29, 31, 34 min still leaking (to 17:02); ~5 %/h of 300 MiB at peak (5 KB x 37, +0.09 %); epoch, ascending'),
    dict(name='HD06-a-culprit-last-8-of-8-150-320', seed=211006, kind='a', culprit=8,
         intervals=_I[6],
         start='2036-06-28T10:05:00Z', service='stetind-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=197, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/stetind-gubat-history', 'Keep stetind orders for the gubat history'),
         note='the culprit is the last deploy #8 at 14:25: one 150 min interval of evidence (to 16:55) after 8 healthy intervals of 31-34 min from 10:05; ~5 %/h of 320 MiB at peak (1 KB x 197, -0.08 %); epoch'),
    dict(name='HD07-c-slow-leak-culprit-4-of-9-300', seed=211007, kind='c', culprit=4,
         intervals=_I[7],
         start='2036-06-29T11:20:00Z', service='kjerag-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=89, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/kjerag-pulo-listeners', 'Tell open kjerag bookings when a pulo slot frees'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 89, -0.26 %) from #4 of 9 at 13:23 after 30, 33, 31, 29 min healthy intervals from 11:20; 84, 61, 32, 30, 33, 31 min leaking intervals (to 17:54); epoch'),
    dict(name='HD08-d-fixed-one-later-4-by-5-of-8-320', seed=211008, kind='d', culprit=4, fixed=5,
         intervals=_I[8],
         start='2036-06-30T10:20:00Z', service='besseggen-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=116, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/besseggen-bulaklak-timers', 'Confirm besseggen bookings from delayed bulaklak timers'),
         fixed_pr_title=('fix/besseggen-tubig-timer-cleanup', 'Confirm besseggen bookings at once, no tubig timers'),
         note='leak from #4 at 13:18 (~5 %/h of 320 MiB at peak, 4 KB x 116, +0.22 %) after 4 healthy intervals of 43-46 min from 10:20; fixed one deploy later by #5 at 14:02 (one leaking interval, 44 min), then 43, 46, 45, 44 min (#5-#8, to 17:00); epoch, ascending'),
    dict(name='HD09-b-flag-flip-47-min-in-v5-300', seed=211009, kind='b', flag='trolltind_lupa_quote_memo', flag_at=sum(_I[9][:4]) + 47,
         intervals=_I[9],
         start='2036-07-01T10:30:00Z', service='trolltind-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=156, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag trolltind_lupa_quote_memo on at 13:24:30, 47 min into v5's 131 min interval, 84 min before #5; then #5-#8 (32, 35, 30, 33 min, to 16:59); ~5 %/h of 300 MiB at peak (8 lines x 156, -0.11 %); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name='HD10-d-culprit-early-2-of-9-320', seed=211010, kind='d', culprit=2,
         intervals=_I[10],
         start='2036-07-02T10:15:00Z', service='falketind-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=232, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/falketind-bagyo-timers', 'Confirm falketind bookings from delayed bagyo timers'),
         note='culprit is deploy #2 of 9 at 11:55, after 54 + 46 min (100 min) of v1 and v2; every later interval leaks (38-41 min, to 17:11); ~5 %/h of 320 MiB at peak (2 KB x 232, +0.22 %); epoch, ascending'),
    dict(name='HD11-a-three-tasks-gap-3-culprit-4-of-7-320', seed=211011, kind='a', culprit=4, tasks=3, roll_gap=3,
         intervals=_I[11],
         start='2036-07-03T10:10:00Z', service='hornelen-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=197, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/hornelen-kidlat-history', 'Keep hornelen orders for the kidlat history'),
         note='3 tasks, rolling deploys 3 min apart per task; 7 deploys 54-57 min apart from 10:10, culprit #4 of 7 at 13:52 (4 leaking intervals, to 17:34); each task ~5 %/h of 320 MiB at peak (3 KB x 197 over 3 tasks, -0.08 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HD12-e-lru-morning-0925-1630-300', seed=211012, kind='e',
         intervals=_I[12],
         start='2036-07-04T09:25:00Z', service='kvitegga-quotes',
         env={'LRU_MAX': '1630'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='bounded LRU (1630 entries) refilling after each of 11 deploys 34-36 min apart, from 09:25 over midday into the afternoon, to 16:25; must not alarm; epoch'),
    dict(name='HD13-e-lru-warmup-1340-2545-320', seed=211013, kind='e',
         intervals=_I[13],
         start='2036-07-05T13:40:00Z', service='smorskred-quotes',
         env={'LRU_MAX': '2545'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601', scan_by='TimestampAscending',
         note='bounded LRU (2545 entries) warming for hours: 98, 113, 87 min intervals (2 deploys) from 13:40 over the afternoon peak to 18:38; must not alarm; ascending'),
    dict(name='HD14-step-orders-culprit-4-of-11-300', seed=211014, kind='step', culprit=4,
         intervals=_I[14],
         start='2036-07-06T06:40:00Z', service='snotind-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/snotind-bahay-table-at-boot', 'Load the snotind bahay table at boot'),
         note='level shift at #4 of 11 (08:52), orders route (5 KB x 90); 11 deploys 32-34 min apart from 06:40 up the morning to 13:16; no trend after; must not alarm; epoch'),
    dict(name='HD15-f-load-evening-1625-320', seed=211015, kind='f',
         intervals=_I[15],
         start='2036-07-07T16:25:00Z', service='lodalskapa-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 16:25 down the evening to 22:53, across 7 deploys 47-50 min apart; must not alarm; epoch, ascending'),
    dict(name='HD16-none-frequent-quote-0805-320', seed=211016, kind='none',
         intervals=_I[16],
         start='2036-07-08T08:05:00Z', service='storsylen-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 08:05 up the morning to 15:17; 15 deploys 26-28 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HD_SCENARIOS
