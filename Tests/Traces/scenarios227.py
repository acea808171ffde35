"""memblame's tracelab scenarios, batch 227: HT01..HT16 (real memory
traces with labels).

(Named HT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-226 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HS.  No case folder, scenario name or split
entry starts with "HT".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 227"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios227.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios227.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw227 HT01-... HT16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
221 and 224 (batch 224 the template, batch 221 its predecessor; batches
204, 205 and 212 are development batches, left out; batches 225 and 226
were made beside it by other helpers). A blind batch: all 16 cases are
split "validation" (split227.json, regime tags as split224.json).

Rotation: the kinds are rotated away from batches 221 (a, then b, d, c, d,
a, a, c, d) and 224 (d, then a, c, d, a, c, d, a, b) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b c (the one non-b kind left: 221 a, 224 d);
the two frequent b stay b. That leaves three a, one b, one c, three d. a
is left only by few-hours (221 d, 224 c), culprit-last (c, d) and
multi-task (d, b): all three take it. d is left only by hourly (b, a),
fixed-later (a, c) and culprit-early (c, a): all three take it. Slow (d,
a) and flag flip (a, d) each leave b and c, for one b and one c: batch 219
(c, then d, a, a, b, d, c, d, a) had b in slow and c in flag flip, so slow
c and flag flip b (no tie left for the split files to break). Here c, then
d, a, a, c, d, b, d, a.

Loads by batch 224's units for the next batch (its main figures; its one
figure without the slow cases, b over an hour or more 0.00128, rests on
one case, so the main 0.00143 stands): frequent a 0.0349, b 0.00316, c
0.0177, d 0.0190; an hour or more a 0.0569, b 0.00143, c 0.0166, d 0.0173
(%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of
the limit (per task for HT11; ~1.5 %/h for the slow HT07). Only HT01-HT03
take the frequent units. All within 0.4 %, none widened. Loads (sizes 1-8
KB or 7-20 lines, 20-240 req/s, 150-420 over three tasks; the nearest free
load, ties to the rate nearest 150): HT01 c 6 KB x 59 (320, frequent,
+0.25 %), HT02 b 9 lines x 206 (300, frequent, -0.01 %), HT03 b 12 lines x
165 (320, frequent, +0.11 %), HT04 d 2 KB x 180 (320, -0.35 %), HT05 a 2
KB x 55 (320, +0.14 %), HT06 a 1 KB x 103 (300, +0.02 %), HT07 c 1 KB x
113 (320, slow, +0.04 %), HT08 d 2 KB x 170 (300, +0.39 %), HT09 b 19
lines x 216 (300, +0.16 %), HT10 d 5 KB x 68 (300, +0.39 %), HT11 a 2 KB x
165 over 3 tasks (320, +0.14 %); each a load no earlier scenario had at
its limit and task count. Healthy loads are earlier batches'. The "~N %/h"
in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios226.py (11..3724) and
lists HT last (3725..3740). Seeds 227001..227016, none changed (no HT PR
or pipeline equal to one of the other entries' by tracelab's
deploy_records). Dates 2037-03-06 (HT01) to 2037-03-21 (HT16), one day per
case (batch 226 used 2037-02-18..03-05; no scenario had these dates).
Limits BABBBABAAABBABAA (A 300, B 320 MiB; no earlier batch had it, its
flip, its reverse or its first eight). Cases of 300 samples or more use
ts_format "wire"; ISO 8601 for HT13; TimestampAscending for HT01, HT03,
HT06, HT09, HT13, HT15 (no earlier batch had this set). Heap 160 MB
everywhere. Names: Finnish rivers for the services, and Estonian words
(vikerkaar, lumehelves, kuuvalgus, udupilv, tormituul, rannaliiv,
metsatukk, kaljurahn, vihmasadu, kasemets, kadakas, pilvepiir,
koidutaevas) for the PR, fix, flag and step words (from memory, without
diacritics; none in any scenarios*.py, split*.json or the README before,
by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios226.py"))["SCENARIOS"]   # 11..3724

_I = {
    1: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27],
    2: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22],
    3: [44, 43, 45, 44, 43, 45, 44, 43, 45],
    4: [52, 51, 54, 53, 51, 54, 52, 53],
    5: [30, 28, 31, 29, 134, 31, 28, 30],
    6: [33, 32, 35, 34, 32, 35, 33, 147],
    7: [32, 30, 34, 31, 100, 64, 33, 30, 31],
    8: [46, 45, 47, 46, 45, 47, 46, 45, 47],
    9: [37, 34, 109, 35, 33, 36, 34],
    10: [74, 51, 53, 52, 55, 54, 53],
    11: [54, 53, 55, 52, 54, 55, 53],
    12: [38, 37, 39, 38, 37, 39, 38, 37, 39, 38],
    13: [101, 88, 110],
    14: [43, 42, 44, 43, 42, 44, 43, 42],
    15: [48, 47, 49, 48, 47, 49, 48, 47],
    16: [26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27],
}

HT_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HT01-c-frequent-deploys-culprit-4-of-10-320', seed=227001, kind='c', culprit=4,
         intervals=_I[1],
         start='2037-03-06T11:05:00Z', service='kemijoki-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=59, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/kemijoki-vikerkaar-listeners', 'Tell open kemijoki bookings when a vikerkaar slot frees'),
         note='10 deploys 27-29 min apart from 11:05, culprit #4 of 10 at 12:56:30 (7 leaking intervals, to 16:12); ~5 %/h of 320 MiB at peak (6 KB x 59, +0.25 %); epoch, ascending'),
    dict(name='HT02-b-frequent-deploys-culprit-9-of-15-300', seed=227002, kind='b', culprit=9,
         intervals=_I[2],
         start='2037-03-07T10:35:00Z', service='oulujoki-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=206, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/oulujoki-lumehelves-quote-memo', 'Memoise oulujoki quotes per lumehelves and customer'),
         note='15 deploys 21-23 min apart from 10:35, culprit #9 of 15 at 13:52:30 (7 leaking intervals, to 16:27); ~5 %/h of 300 MiB at peak (9 lines x 206, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HT03-b-frequent-deploys-culprit-5-of-8-320', seed=227003, kind='b', culprit=5,
         intervals=_I[3],
         start='2037-03-08T09:40:00Z', service='kymijoki-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=165, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/kymijoki-kuuvalgus-quote-memo', 'Memoise kymijoki quotes per kuuvalgus and customer'),
         note='8 deploys 43-45 min apart from 09:40, culprit #5 of 8 at 13:18:30 (4 leaking intervals, to 16:16); ~5 %/h of 320 MiB at peak (12 lines x 165, +0.11 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HT04-d-hourly-culprit-4-of-7-320', seed=227004, kind='d', culprit=4,
         intervals=_I[4],
         start='2037-03-09T08:50:00Z', service='vuoksi-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vuoksi-udupilv-timers', 'Confirm vuoksi bookings from delayed udupilv timers'),
         note='hourly deploys (51-54 min apart) from 08:50, culprit #4 of 7 at 12:19:30, leaking intervals 51, 54, 52, 53 min (to 15:50); ~5 %/h of 320 MiB at peak (2 KB x 180, -0.35 %); epoch'),
    dict(name='HT05-a-few-hours-134-culprit-4-of-7-320', seed=227005, kind='a', culprit=4,
         intervals=_I[5],
         start='2037-03-10T10:15:00Z', service='tornionjoki-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=55, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/tornionjoki-tormituul-history', 'Keep tornionjoki orders for the tormituul history'),
         note='culprit #4 of 7 at 12:12:30 after 30, 28, 31, 29 min healthy intervals, its own interval 134 min, then 31, 28, 30 min still leaking (to 15:56); ~5 %/h of 320 MiB at peak (2 KB x 55, +0.14 %); epoch'),
    dict(name='HT06-a-culprit-last-7-of-7-147-300', seed=227006, kind='a', culprit=7,
         intervals=_I[6],
         start='2037-03-11T09:55:00Z', service='iijoki-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=103, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/iijoki-rannaliiv-history', 'Keep iijoki orders for the rannaliiv history'),
         note='the culprit is the last deploy #7 at 13:48:30: one 147 min interval of evidence (to 16:16) after 7 healthy intervals of 32-35 min from 09:55; ~5 %/h of 300 MiB at peak (1 KB x 103, +0.02 %); epoch, ascending'),
    dict(name='HT07-c-slow-leak-culprit-4-of-8-320', seed=227007, kind='c', culprit=4,
         intervals=_I[7],
         start='2037-03-12T10:05:00Z', service='ounasjoki-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=113, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/ounasjoki-metsatukk-listeners', 'Tell open ounasjoki bookings when a metsatukk slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 113, +0.04 %) from #4 of 8 at 12:11:30 after 32, 30, 34, 31 min healthy intervals from 10:05; 100, 64, 33, 30, 31 min leaking intervals (to 16:30); epoch'),
    dict(name='HT08-d-fixed-one-later-5-by-6-of-8-300', seed=227008, kind='d', culprit=5, fixed=6,
         intervals=_I[8],
         start='2037-03-13T09:45:00Z', service='kokemaenjoki-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=170, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/kokemaenjoki-kaljurahn-timers', 'Confirm kokemaenjoki bookings from delayed kaljurahn timers'),
         fixed_pr_title=('fix/kokemaenjoki-kadakas-timer-cleanup', 'Confirm kokemaenjoki bookings at once, no kadakas timers'),
         note='leak from #5 at 13:33:30 (~5 %/h of 300 MiB at peak, 2 KB x 170, +0.39 %) after 5 healthy intervals of 45-47 min from 09:45; fixed one deploy later by #6 at 14:20:30 (one leaking interval, 47 min), then 46, 45, 47 min (#6-#8, to 16:39); epoch'),
    dict(name='HT09-b-flag-flip-52-min-in-v3-300', seed=227009, kind='b', flag='porvoonjoki_pilvepiir_quote_memo', flag_at=sum(_I[9][:2]) + 52,
         intervals=_I[9],
         start='2037-03-14T10:50:00Z', service='porvoonjoki-quotes',
         profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=216, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag porvoonjoki_pilvepiir_quote_memo on at 12:52:30, 52 min into v3's 109 min interval, 57 min before #3; then #3-#6 (35, 33, 36, 34 min, to 16:08); ~5 %/h of 300 MiB at peak (19 lines x 216, +0.16 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name='HT10-d-culprit-early-2-of-6-300', seed=227010, kind='d', culprit=2,
         intervals=_I[10],
         start='2037-03-15T09:10:00Z', service='vantaanjoki-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=68, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/vantaanjoki-vihmasadu-timers', 'Confirm vantaanjoki bookings from delayed vihmasadu timers'),
         note='culprit is deploy #2 of 6 at 11:14:30, after 74 min of v1 and 51 min of v2; every later interval leaks (52-55 min, to 15:42); ~5 %/h of 300 MiB at peak (5 KB x 68, +0.39 %); epoch'),
    dict(name='HT11-a-three-tasks-gap-6-culprit-2-of-6-320', seed=227011, kind='a', culprit=2, tasks=3, roll_gap=6,
         intervals=_I[11],
         start='2037-03-16T10:40:00Z', service='lapuanjoki-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=165, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/lapuanjoki-kasemets-history', 'Keep lapuanjoki orders for the kasemets history'),
         note='3 tasks, rolling deploys 6 min apart per task; 6 deploys 52-55 min apart from 10:40, culprit #2 of 6 at 12:26:30 (5 leaking intervals, to 16:56); each task ~5 %/h of 320 MiB at peak (2 KB x 165 over 3 tasks, +0.14 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HT12-e-lru-evening-1610-1735-320', seed=227012, kind='e',
         intervals=_I[12],
         start='2037-03-17T16:10:00Z', service='kalajoki-quotes',
         env={'LRU_MAX': '1735'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='bounded LRU (1735 entries) refilling after each of 9 deploys 37-39 min apart, from 16:10 over the evening to 22:30; must not alarm; epoch'),
    dict(name='HT13-e-lru-warmup-0735-2560-300', seed=227013, kind='e',
         intervals=_I[13],
         start='2037-03-18T07:35:00Z', service='siikajoki-quotes',
         env={'LRU_MAX': '2560'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='iso8601', scan_by='TimestampAscending',
         note='bounded LRU (2560 entries) warming for hours: 101, 88, 110 min intervals (2 deploys) from 07:35 up the morning to 12:34; must not alarm; ascending'),
    dict(name='HT14-step-orders-culprit-4-of-7-320', seed=227014, kind='step', culprit=4,
         intervals=_I[14],
         start='2037-03-19T08:15:00Z', service='simojoki-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/simojoki-koidutaevas-table-at-boot', 'Load the simojoki koidutaevas table at boot'),
         note='level shift at #4 of 7 (11:06:30), orders route (5 KB x 90, 60000 entries); 7 deploys 42-44 min apart from 08:15 up the morning to 13:58; no trend after; must not alarm; epoch'),
    dict(name='HT15-f-load-evening-1540-300', seed=227015, kind='f',
         intervals=_I[15],
         start='2037-03-20T15:40:00Z', service='karjaanjoki-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 15:40 over the evening fall to 22:03, across 7 deploys 47-49 min apart; must not alarm; epoch, ascending'),
    dict(name='HT16-none-frequent-quote-0410-300', seed=227016, kind='none',
         intervals=_I[16],
         start='2037-03-21T04:10:00Z', service='aurajoki-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 04:10 through the dawn and up the morning to 10:40; 14 deploys 25-27 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HT_SCENARIOS
