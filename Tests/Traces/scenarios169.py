"""memblame's tracelab scenarios, batch 169: FN01..FN16 (real memory traces with labels).

(Named FN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-168 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FM.  No case folder, scenario name or split entry starts with
"FN".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 169"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios169.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios169.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw169 FN01-... FN16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
163 and 166 (batch 166 the template, batch 163 its predecessor).  A blind
batch: all 16 cases are split "validation" (split169.json, regime tags as
split166.json).

Rotation: the kinds are rotated away from batches 163 and 166 in every
regime, as batch 166 rotated them away from 160 and 163, keeping the counts
(leaking a 3, b 3, c 2, d 3): frequent non-b c (the one non-b kind left:
163 a, 166 d), the two frequent b stay b, hourly d, few-hours a,
culprit-last a, slow c, fixed-later d, flag flip b, culprit-early d,
multi-task a.  a is left only by few-hours, culprit-last and multi-task
(with b or c): all three take it.  d is then left only by hourly,
fixed-later and culprit-early: all three take it.  Slow and flag flip each
left b and c, for one b and one c.  Batch 160 the tie-breaker (as batch 166
read batch 157): it had b in slow and c in flag flip, so slow takes c and
flag flip b.

Loads by batch 168's units for the next batch (its main figures, but the
figure without the slow cases where it prints one resting on two cases or
more: a over an hour or more 0.0434 (FK04, FK10, FM05; main 0.0655); so a
0.0308 frequent, 0.0434 an hour or more; b 0.00322 / 0.00342; c 0.0105 /
0.0173; d 0.0170 / 0.0122; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for FN11; ~1.5 %/h for the
slow FN07), all within 0.4 %, each a load no earlier scenario had at its
limit and task count.  Healthy loads are earlier batches'.  The "~N %/h"
in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios168.py (11..2796) and
lists FN last (2797..2812).  Seeds 169001..169016, but FN06 169106
(169006 gave a PR number equal to CD10's).  Dates 2034-07-17 (FN01) to
2034-08-01 (FN16).  Limits ABAABBBBBAAAABAB (A 300, B 320 MiB).
Every case has 300 samples or more and uses ts_format "wire";
TimestampAscending for FN01, FN06, FN07, FN08 and FN09.  The notes'
"epoch" and "ascending" tags are written from these fields.  Names:
villages of Svaneti (Georgia) for the services, and mountains, rivers,
passes and churches of Svaneti for the PR and flag words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios168.py"))["SCENARIOS"]   # 11..2796

_I = {
    1: [33, 32, 34, 33, 32, 34, 33, 32, 34, 33, 32, 34],
    2: [29, 28, 30, 29, 28, 30, 29, 28, 30, 29, 28, 30, 29],
    3: [44, 43, 45, 44, 43, 45, 44, 43],
    4: [51, 53, 50, 52, 51, 53, 50, 52],
    5: [26, 28, 25, 27, 121, 26, 28, 25, 27, 26],
    6: [26, 28, 25, 27, 26, 28, 25, 27, 26, 28, 141],
    7: [35, 37, 34, 36, 35, 37, 55, 49, 36, 34, 37],
    8: [37, 39, 36, 38, 37, 39, 36, 38, 37, 39, 38],
    9: [35, 138, 34, 36, 33, 35, 34, 36],
    10: [48, 33, 31, 34, 32, 33, 31, 34, 32, 33, 31],
    11: [34, 36, 33, 35, 34, 36, 33, 35, 34, 36, 33, 35],
    12: [37, 39, 36, 38, 37, 39, 36, 38, 37, 39, 38],
    13: [100, 120, 95],
    14: [35, 37, 34, 36, 35, 37, 34, 36, 35, 37, 36],
    15: [64, 58, 69, 61, 66],
    16: [27, 29, 26, 28, 27, 29, 26, 28, 27, 29, 26, 28, 27, 29, 28, 26],
}

FN_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FN01-c-frequent-deploys-culprit-7-of-11-300', seed=169001, kind='c', culprit=7,
         intervals=_I[1],
         start='2034-07-17T10:05:00Z', service='becho-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=186, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/becho-tetnuldi-listeners', 'Tell open becho bookings when a tetnuldi slot frees'),
         note='11 deploys 32-34 min apart from 10:05, culprit #7 of 11 at 13:56 (5 leaking intervals, to 16:41); ~5 %/h of 300 MiB at peak (3 KB x 186, -0.01 %); epoch, ascending'),
    dict(name='FN02-b-frequent-deploys-culprit-7-of-12-320', seed=169002, kind='b', culprit=7,
         intervals=_I[2],
         start='2034-07-18T10:20:00Z', service='latali-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=194, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/latali-shkhara-quote-memo', 'Memoise latali quotes per shkhara and customer'),
         note='12 deploys 28-30 min apart from 10:20, culprit #7 of 12 at 13:43 (6 leaking intervals, to 16:37); ~5 %/h of 320 MiB at peak (10 lines x 194, -0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FN03-b-frequent-deploys-culprit-4-of-7-300', seed=169003, kind='b', culprit=4,
         intervals=_I[3],
         start='2034-07-19T09:40:00Z', service='lenjeri-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=140, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/lenjeri-laila-quote-memo', 'Memoise lenjeri quotes per laila and customer'),
         note='7 deploys 43-45 min apart from 09:40, culprit #4 of 7 at 12:36 (4 leaking intervals, to 15:31); ~5 %/h of 300 MiB at peak (13 lines x 140, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FN04-d-hourly-culprit-4-of-7-300', seed=169004, kind='d', culprit=4,
         intervals=_I[4],
         start='2034-07-20T09:10:00Z', service='mulakhi-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=160, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/mulakhi-hatsvali-timers', 'Confirm mulakhi bookings from delayed hatsvali timers'),
         note='hourly deploys (50-53 min apart) from 09:10, culprit #4 of 7 at 12:36, leaking intervals 51, 53, 50, 52 min (to 16:02); ~5 %/h of 300 MiB at peak (3 KB x 160, -0.06 %); epoch'),
    dict(name='FN05-a-few-hours-121-culprit-4-of-9-320', seed=169005, kind='a', culprit=4,
         intervals=_I[5],
         start='2034-07-21T10:30:00Z', service='tskhumari-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=36, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/tskhumari-koruldi-history', 'Keep tskhumari orders for the koruldi history'),
         note='culprit #4 of 9 at 12:16 after 26, 28, 25, 27 min healthy intervals, its own interval 121 min, then 26, 28, 25, 27, 26 min still leaking (to 16:29); ~5 %/h of 320 MiB at peak (4 KB x 36, -0.01 %); epoch'),
    dict(name='FN06-a-culprit-last-10-of-10-141-320', seed=169106, kind='a', culprit=10,
         intervals=_I[6],
         start='2034-07-22T09:25:00Z', service='etseri-orders',
         profile='orders', params={'payload_kb': 6}, peak_rps=24, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/etseri-chalaadi-history', 'Keep etseri orders for the chalaadi history'),
         note='the culprit is the last deploy #10 at 13:51: one 141 min interval of evidence (to 16:12) after 10 healthy intervals of 25-28 min from 09:25; ~5 %/h of 320 MiB at peak (6 KB x 24, -0.01 %); epoch, ascending'),
    dict(name='FN07-c-slow-leak-culprit-6-of-10-320', seed=169007, kind='c', culprit=6,
         intervals=_I[7],
         start='2034-07-23T09:05:00Z', service='khaishi-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=54, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/khaishi-enguri-listeners', 'Tell open khaishi bookings when an enguri slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 2 KB x 54, -0.35 %) from #6 of 10 at 12:39 after 35, 37, 34, 36, 35, 37 min healthy intervals; 55, 49, 36, 34, 37 min leaking intervals (to 16:10); epoch, ascending'),
    dict(name='FN08-d-fixed-one-later-6-by-7-of-10-320', seed=169008, kind='d', culprit=6, fixed=7,
         intervals=_I[8],
         start='2034-07-24T10:15:00Z', service='chuberi-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=128, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/chuberi-nenskra-timers', 'Confirm chuberi bookings from delayed nenskra timers'),
         fixed_pr_title=('fix/chuberi-mulkhura-timers-off', 'Clear the chuberi mulkhura timers when a booking finishes'),
         note='leak from #6 at 14:01 (~5 %/h of 320 MiB at peak, 4 KB x 128, -0.06 %) after 6 healthy intervals of 36-39 min from 10:15; fixed one deploy later by #7 at 14:37 (38 min), then #8-#10 (37, 39, 38 min, to 17:09); epoch, ascending'),
    dict(name='FN09-b-flag-flip-29-min-in-v2-320', seed=169009, kind='b', flag='nakra_dolra_quote_memo', flag_at=sum(_I[9][:1]) + 29,
         intervals=_I[9],
         start='2034-07-25T10:05:00Z', service='nakra-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=203, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag nakra_dolra_quote_memo on at 11:08:30, 29 min into v2's 138 min interval, 109 min before #2; then #2-#7 (34, 36, 33, 35, 34, 36 min, to 16:26); ~5 %/h of 320 MiB at peak (9 lines x 203, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name='FN10-d-culprit-early-1-of-10-300', seed=169010, kind='d', culprit=1,
         intervals=_I[10],
         start='2034-07-26T10:40:00Z', service='ipari-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=120, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/ipari-ughviri-timers', 'Confirm ipari bookings from delayed ughviri timers'),
         note='culprit is the first deploy #1 of 10 at 11:28, after 48 min of v1; every later interval leaks (31-34 min, to 16:52); ~5 %/h of 300 MiB at peak (4 KB x 120, -0.06 %); epoch'),
    dict(name='FN11-a-three-tasks-gap-4-culprit-6-of-11-300', seed=169011, kind='a', culprit=6, tasks=3, roll_gap=4,
         intervals=_I[11],
         start='2034-07-27T09:50:00Z', service='zhabeshi-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=135, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/zhabeshi-latpari-history', 'Keep zhabeshi orders for the latpari history'),
         note='3 tasks, rolling deploys 4 min apart per task; 11 deploys 33-36 min apart from 09:50, culprit #6 of 11 at 13:18 (6 leaking intervals, to 16:44); each task ~5 %/h of 300 MiB at peak (3 KB x 135 over 3 tasks, -0.01 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FN12-e-lru-evening-1705-1510-300', seed=169012, kind='e',
         intervals=_I[12],
         start='2034-07-28T17:05:00Z', service='adishi-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1510'},
         note='bounded LRU (1510 entries) refilling after each of 10 deploys 36-39 min apart, from 17:05 down the evening fall to 23:59; must not alarm; epoch'),
    dict(name='FN13-e-lru-warmup-1220-2380-300', seed=169013, kind='e',
         intervals=_I[13],
         start='2034-07-29T12:20:00Z', service='tsvirmi-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '2380'},
         note='bounded LRU (2380 entries) warming for hours: 100, 120, 95 min intervals (2 deploys) from 12:20 over the afternoon peak to 17:35; must not alarm; epoch'),
    dict(name='FN14-step-orders-culprit-4-of-10-320', seed=169014, kind='step', culprit=4,
         intervals=_I[14],
         start='2034-07-30T08:30:00Z', service='kheledi-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/kheledi-lamaria-table-at-boot', 'Load the kheledi lamaria table at boot'),
         note='level shift at #4 of 10 (10:52), orders route (5 KB at 90 req/s); 10 deploys 34-37 min apart from 08:30 up the morning rise (to 15:02); no trend after; must not alarm; epoch'),
    dict(name='FN15-f-load-morning-0740-300', seed=169015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-07-31T07:40:00Z', service='cholashi-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 07:40 up the morning rise to 12:58, across 4 deploys 58-69 min apart; must not alarm; epoch'),
    dict(name='FN16-none-frequent-orders-0915-320', seed=169016, kind='none',
         intervals=_I[16],
         start='2034-08-01T09:15:00Z', service='iprali-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 09:15 over the morning rise and midday to 16:35; 15 deploys 26-29 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FN_SCENARIOS
