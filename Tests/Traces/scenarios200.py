"""memblame's tracelab scenarios, batch 200: GS01..GS16 (real memory
traces with labels).

(Named GS: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-199 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GR.  No case folder, scenario name or split entry
starts with "GS".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 200"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios200.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios200.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw200 GS01-... GS16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
193 and 197 (batch 197 the template, batch 193 its predecessor).  A blind
batch: all 16 cases are split "validation" (split200.json, regime tags as
split197.json).

Rotation: the kinds are rotated away from batches 193 (a, then c, d, c, d,
a, a, b, d) and 197 (d, then a, b, d, a, c, d, a, c) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b c (the one non-b kind left: 193 a, 197 d);
the two frequent b stay b. That leaves one c and one b. a is left only by
few-hours (d, b), culprit-last (c, d) and multi-task (d, c): all three
take it. d is left only by hourly (c, a), fixed-later (a, c) and
culprit-early (b, a): all three take it. Slow (d, a) and flag flip (a, d)
each leave b and c, for one b and one c: batch 190 (c, then d, a, a, c, d,
b, d, a) breaks the tie (slow had c, flag flip had b): slow takes b and
flag flip c. Here c, then d, a, a, b, d, c, d, a.

Loads by batch 197's units for the next batch (its main figures, but a
over an hour or more from its figure without the slow case GP07: a 0.0680
(GO05, GO07, GP04, GP10), resting on four cases): frequent a 0.0418, b
0.00364, c 0.0177, d 0.0195; an hour or more a 0.0680, b 0.00430, c
0.0155, d 0.0143 (%/h per unit of size x rate at peak at 256 MiB, x 256 /
limit), ~5 %/h of the limit (per task for GS11; ~1.5 %/h for the slow
GS07). Only GS01-GS03 take the frequent units. All within 0.4 % but five,
widened in 0.1 % steps only as needed: GS04, GS08 and GS10 (d at 300 MiB,
-0.43 %, to 0.5 %: every d load within 0.4 % at 300 or 320 MiB is taken, 2
KB x 205, 5 KB x 82, 3 KB x 137 at 300 and 2 KB x 219 or 218, 3 KB x 146,
6 KB x 73, 4 KB x 109 at 320) and GS05 and GS06 (a, +0.97 % and -0.99 %,
to 1.0 %: at 300 MiB 1 KB x 86 and 2 KB x 43 are taken, at 320 1 KB x 92,
2 KB x 46 and 4 KB x 23, and the next free loads are about 1 % off); the
limit pattern is the first (in a fixed shuffled order) needing the least
widening (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 100-400 over three
tasks; the nearest free load, ties to the rate nearest 150): GS01 c 2 KB x
177 (320, frequent, +0.25 %), GS02 b 12 lines x 143 (320, frequent, -0.06
%), GS03 b 13 lines x 132 (320, frequent, -0.06 %), GS04 d 2 KB x 204
(300, -0.43 %), GS05 a 3 KB x 29 (300, +0.97 %), GS06 a 1 KB x 91 (320,
-0.99 %), GS07 b 8 lines x 51 (300, slow, -0.19 %), GS08 d 6 KB x 68 (300,
-0.43 %), GS09 c 2 KB x 202 (320, +0.19 %), GS10 d 8 KB x 51 (300, -0.43
%), GS11 a 1 KB x 259 over 3 tasks (300, +0.19 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios199.py (11..3292) and
lists GS last (3293..3308). Seeds 200001..200016. Dates 2035-12-30 (GS01)
to 2036-01-14 (GS16), after batches 198's and 199's 2035-11-28..12-29.
Limits BBBAABAABAAABABB (A 300, B 320 MiB; no earlier batch had it, its
flip or its first eight). Cases of 300 samples or more use ts_format
"wire"; ISO 8601 for GS13; TimestampAscending for GS01, GS06, GS09, GS10,
GS11, GS13 (no earlier batch had this set). Heap 160 MB everywhere. Names:
small Estonian islands for the services, and Basque words (etxe, itsaso,
ibai, zuhaitz, haize, euri, elur, hodei, txoko, basoa, errota, ilargi,
ekaitz) for the PR, fix, flag and step words (from memory; none in any
scenarios*.py, split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios199.py"))["SCENARIOS"]   # 11..3292

_I = {
    1: [37, 36, 38, 37, 36, 38, 37, 36, 38, 37, 36, 38],
    2: [26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27],
    3: [44, 43, 45, 44, 43, 45, 44, 43, 45],
    4: [54, 56, 53, 55, 54, 56, 53],
    5: [31, 33, 30, 34, 161, 32, 30, 33, 31],
    6: [47, 46, 49, 48, 46, 174],
    7: [30, 32, 29, 86, 58, 31, 29, 32, 30],
    8: [36, 38, 35, 37, 36, 38, 37, 35, 36, 38, 37],
    9: [31, 34, 30, 33, 32, 107, 31, 34, 30],
    10: [58, 33, 31, 34, 32, 33, 31, 34, 32, 33, 31, 34, 32],
    11: [43, 42, 45, 44, 43, 42, 45, 44, 43],
    12: [31, 33, 30, 32, 31, 33, 30, 32, 31, 33, 30, 32],
    13: [104, 91, 99],
    14: [30, 32, 29, 31, 30, 32, 29, 31, 30, 32, 29, 31],
    15: [49, 51, 48, 50, 49, 51, 48],
    16: [26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25],
}

GS_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GS01-c-frequent-deploys-culprit-4-of-11-320', seed=200001, kind='c', culprit=4,
         intervals=_I[1],
         start='2035-12-30T09:35:00Z', service='abruka-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=177, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/abruka-etxe-listeners', 'Tell open abruka bookings when a etxe slot frees'),
         note='11 deploys 36-38 min apart from 09:35, culprit #4 of 11 at 12:03 (8 leaking intervals, to 16:59); ~5 %/h of 320 MiB at peak (2 KB x 177, +0.25 %); epoch, ascending'),
    dict(name='GS02-b-frequent-deploys-culprit-6-of-14-320', seed=200002, kind='b', culprit=6,
         intervals=_I[2],
         start='2035-12-31T11:10:00Z', service='vilsandi-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=143, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vilsandi-itsaso-quote-memo', 'Memoise vilsandi quotes per itsaso and customer'),
         note='14 deploys 25-27 min apart from 11:10, culprit #6 of 14 at 13:46 (9 leaking intervals, to 17:40); ~5 %/h of 320 MiB at peak (12 lines x 143, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GS03-b-frequent-deploys-culprit-5-of-8-320', seed=200003, kind='b', culprit=5,
         intervals=_I[3],
         start='2036-01-01T10:30:00Z', service='prangli-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=132, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/prangli-ibai-quote-memo', 'Memoise prangli quotes per ibai and customer'),
         note='8 deploys 43-45 min apart from 10:30, culprit #5 of 8 at 14:09 (4 leaking intervals, to 17:06); ~5 %/h of 320 MiB at peak (13 lines x 132, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GS04-d-hourly-culprit-3-of-6-300', seed=200004, kind='d', culprit=3,
         intervals=_I[4],
         start='2036-01-02T10:20:00Z', service='naissaar-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=204, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/naissaar-zuhaitz-timers', 'Confirm naissaar bookings from delayed zuhaitz timers'),
         note='hourly deploys (53-56 min apart) from 10:20, culprit #3 of 6 at 13:03, leaking intervals 55, 54, 56, 53 min (to 16:41); ~5 %/h of 300 MiB at peak (2 KB x 204, -0.43 %); epoch'),
    dict(name='GS05-a-few-hours-161-culprit-4-of-8-300', seed=200005, kind='a', culprit=4,
         intervals=_I[5],
         start='2036-01-03T10:05:00Z', service='aegna-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=29, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/aegna-haize-history', 'Keep aegna orders for the haize history'),
         note='culprit #4 of 8 at 12:13 after 31, 33, 30, 34 min healthy intervals, its own interval 161 min, then 32, 30, 33, 31 min still leaking (to 17:00); ~5 %/h of 300 MiB at peak (3 KB x 29, +0.97 %); epoch'),
    dict(name='GS06-a-culprit-last-5-of-5-174-320', seed=200006, kind='a', culprit=5,
         intervals=_I[6],
         start='2036-01-04T09:55:00Z', service='osmussaar-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=91, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/osmussaar-euri-history', 'Keep osmussaar orders for the euri history'),
         note='the culprit is the last deploy #5 at 13:51: one 174 min interval of evidence (to 16:45) after 5 healthy intervals of 46-49 min from 09:55; ~5 %/h of 320 MiB at peak (1 KB x 91, -0.99 %); epoch, ascending'),
    dict(name='GS07-b-slow-leak-culprit-3-of-8-300', seed=200007, kind='b', culprit=3,
         intervals=_I[7],
         start='2036-01-05T11:05:00Z', service='piirissaar-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=51, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/piirissaar-elur-quote-memo', 'Memoise piirissaar quotes per elur and customer'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 8 lines x 51, -0.19 %) from #3 of 8 at 12:36 after 30, 32, 29 min healthy intervals from 11:05; 86, 58, 31, 29, 32, 30 min leaking intervals (to 17:02); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GS08-d-fixed-one-later-6-by-7-of-10-300', seed=200008, kind='d', culprit=6, fixed=7,
         intervals=_I[8],
         start='2036-01-06T10:15:00Z', service='manilaid-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=68, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/manilaid-hodei-timers', 'Confirm manilaid bookings from delayed hodei timers'),
         fixed_pr_title=('fix/manilaid-errota-timers-off', 'Confirm manilaid bookings at once, no errota timers'),
         note='leak from #6 at 13:55 (~5 %/h of 300 MiB at peak, 6 KB x 68, -0.43 %) after 6 healthy intervals of 35-38 min from 10:15; fixed one deploy later by #7 at 14:32 (one leaking interval, 37 min), then 35, 36, 38, 37 min (#7-#10, to 16:58); epoch'),
    dict(name='GS09-c-flag-flip-33-min-in-v6-320', seed=200009, kind='c', flag='mohni_ilargi_booking_listeners', flag_at=sum(_I[9][:5]) + 33,
         intervals=_I[9],
         start='2036-01-07T10:25:00Z', service='mohni-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=202, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag mohni_ilargi_booking_listeners on at 13:37:30, 33 min into v6's 107 min interval, 74 min before #6; then #6-#8 (31, 34, 30 min, to 16:27); ~5 %/h of 320 MiB at peak (2 KB x 202, +0.19 %); epoch, ascending"),
    dict(name='GS10-d-culprit-early-1-of-12-300', seed=200010, kind='d', culprit=1,
         intervals=_I[10],
         start='2036-01-08T10:00:00Z', service='rammu-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=51, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/rammu-txoko-timers', 'Confirm rammu bookings from delayed txoko timers'),
         note='culprit is the first deploy #1 of 12 at 10:58, after 58 min of v1; every later interval leaks (31-34 min, to 17:28); ~5 %/h of 300 MiB at peak (8 KB x 51, -0.43 %); epoch, ascending'),
    dict(name='GS11-a-three-tasks-gap-5-culprit-3-of-8-300', seed=200011, kind='a', culprit=3, tasks=3, roll_gap=5,
         intervals=_I[11],
         start='2036-01-09T11:00:00Z', service='kumari-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=259, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/kumari-basoa-history', 'Keep kumari orders for the basoa history'),
         note='3 tasks, rolling deploys 5 min apart per task; 8 deploys 42-45 min apart from 11:00, culprit #3 of 8 at 13:10 (6 leaking intervals, to 17:31); each task ~5 %/h of 300 MiB at peak (1 KB x 259 over 3 tasks, +0.19 %); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='GS12-e-lru-morning-0810-1605-300', seed=200012, kind='e',
         intervals=_I[12],
         start='2036-01-10T08:10:00Z', service='hanikatsi-quotes',
         env={'LRU_MAX': '1605'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='bounded LRU (1605 entries) refilling after each of 11 deploys 30-33 min apart, from 08:10 up the morning rise to midday, to 14:28; must not alarm; epoch'),
    dict(name='GS13-e-lru-warmup-1620-2560-320', seed=200013, kind='e',
         intervals=_I[13],
         start='2036-01-11T16:20:00Z', service='vaindloo-quotes',
         env={'LRU_MAX': '2560'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601', scan_by='TimestampAscending',
         note='bounded LRU (2560 entries) warming for hours: 104, 91, 99 min intervals (2 deploys) from 16:20 down the late afternoon into the evening to 21:14; must not alarm; ascending'),
    dict(name='GS14-step-quote-culprit-6-of-11-300', seed=200014, kind='step', culprit=6,
         intervals=_I[14],
         start='2036-01-12T11:35:00Z', service='kesselaid-quotes',
         env={'PRELOAD_ENTRIES': '60000'}, profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/kesselaid-ekaitz-table-at-boot', 'Load the kesselaid ekaitz table at boot'),
         note='level shift at #6 of 11 (14:39), quote route (20 lines x 90, 2000 SKUs); 11 deploys 29-32 min apart from 11:35 over midday and the afternoon peak to 17:41; no trend after; must not alarm; epoch'),
    dict(name='GS15-f-load-afternoon-1405-320', seed=200015, kind='f',
         intervals=_I[15],
         start='2036-01-13T14:05:00Z', service='vohilaid-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 14:05 over the afternoon peak down into the evening to 19:51, across 6 deploys 48-51 min apart; must not alarm; epoch'),
    dict(name='GS16-none-frequent-orders-0705-320', seed=200016, kind='none',
         intervals=_I[16],
         start='2036-01-14T07:05:00Z', service='harilaid-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 07:05 up the morning rise to 14:26; 16 deploys 25-27 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GS_SCENARIOS
