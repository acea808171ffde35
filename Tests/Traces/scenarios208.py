"""memblame's tracelab scenarios, batch 208: HA01..HA16 (real memory
traces with labels).

(Named HA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-207 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ.  No case folder, scenario name or split entry
starts with "HA".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 208"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios208.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios208.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw208 HA01-... HA16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
200 and 203 (batch 203 the template, batch 200 its predecessor).  A blind
batch: all 16 cases are split "validation" (split208.json, regime tags as
split203.json).

Rotation: the kinds are rotated away from batches 200 (c, then d, a, a, b,
d, c, d, a) and 203 (a, then b, d, c, d, a, a, c, d) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b d (the one non-b kind left: 200 c, 203 a);
the two frequent b stay b. That leaves three a, one b, two c, two d. a is
left only by hourly (d, b), slow (b, d) and culprit-early (d, c): all
three take it. d is left only by culprit-last (a, c) and flag flip (c, a):
both take it. Few-hours (a, d), fixed-later (d, a) and multi-task (a, d)
each leave b and c, for one b and two c: batch 197 (d, then a, b, d, a, c,
d, a, c) breaks the tie for few-hours (it had b): c. Fixed-later and
multi-task both had c in 197, so the b goes to the one whose latest b case
(by the split*.json regime tags, 204-207 included) is older: fixed-later's
is 204's GW02/GW06 (development; 202's GU08 the latest validation one),
multi-task's 199's GR04, so multi-task b and fixed-later c. Here d, then
a, c, d, a, c, d, a, b.

Loads by batch 203's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0263, b 0.00375, c 0.0172, d 0.0240; an hour or more a 0.0296, b
0.00321, c 0.0156, d 0.0189 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for HA11; ~1.5 %/h for
the slow HA07). Only HA01-HA03 take the frequent units. All within 0.4 %
but five, widened in 0.1 % steps only as needed: HA04 (a over an hour or
more, +0.404 %, to 0.5 %: 1 KB x 198, 2 x 99, 3 x 66, 6 x 33 at 300 and 1
x 211 at 320 are taken by GX09, GJ09, AY09, GZ08, GL01), HA10 (a, -0.48 %,
to 0.5 %: the same, and 4 KB x 53 at 320 is HA04's), HA07 (slow a, -0.54
%, to 0.6 %: no load of 1-8 KB at 20 req/s or more comes nearer to 1.5
%/h), HA06 and HA09 (d over an hour or more, +0.64 %, to 0.7 %: 2 KB x
155, 3 x 103, 5 x 62 at 300 and 2 x 165, 2 x 166, 3 x 110, 4 x 83, 5 x 66,
6 x 55, 7 x 47 at 320 are taken by GZ06, GX08, BG04, GZ02, FK01, GD09,
AZ01, GX12, GZ09, BM09); the limit pattern is the first (in a fixed
shuffled order) needing the least widening (sizes 1-8 KB or 7-20 lines,
20-240 req/s, 100-400 over two tasks; the nearest free load, ties to the
rate nearest 150): HA01 d 4 KB x 61 (300, frequent, -0.06 %), HA02 b 17
lines x 92 (300, frequent, +0.10 %), HA03 b 9 lines x 185 (320, frequent,
-0.10 %), HA04 a 4 KB x 53 (320, +0.40 %), HA05 c 8 KB x 50 (320, -0.16
%), HA06 d 2 KB x 156 (300, +0.64 %), HA07 a 1 KB x 63 (320, slow, -0.54
%), HA08 c 2 KB x 201 (320, +0.34 %), HA09 d 6 KB x 52 (300, +0.64 %),
HA10 a 1 KB x 197 (300, -0.48 %), HA11 b 11 lines x 354 over 2 tasks (320,
-0.00 %); each a load no earlier scenario had at its limit and task count.
Healthy loads are earlier batches'. The "~N %/h" in the notes are aims,
not measurements.

PR and pipeline numbers: this file runs scenarios207.py (11..3420) and
lists HA last (3421..3436). Seeds 208001..208016. Dates 2086-05-06 (HA01)
to 2086-05-21 (HA16), as the brief sets them (batches 206 and 207 use
2036-04-04..05-05; no scenario had a 2086 date). Limits AABBBABBAABAAABB
(A 300, B 320 MiB; no earlier batch had it, its flip or its first eight).
Cases of 300 samples or more use ts_format "wire"; ISO 8601 for HA13;
TimestampAscending for HA01, HA02, HA03, HA04, HA07, HA11 (no earlier
batch had this set). Heap 160 MB everywhere. Names: Slovenian mountains
for the services, and Swahili words (mlima, ziwa, mwezi, nyota, upepo,
mvua, kisiwa, msitu, twiga, kifaru, pwani, kiboko, mto) for the PR, fix,
flag and step words (from memory; none in any scenarios*.py, split*.json
or the README before, by grep; mto only inside "promtool").
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios207.py"))["SCENARIOS"]   # 11..3420

_I = {
    1: [34, 33, 35, 34, 33, 35, 34, 33, 35, 34, 33, 35, 34],
    2: [19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19],
    3: [42, 41, 43, 42, 41, 43, 42, 41],
    4: [65, 64, 67, 66, 64, 67],
    5: [31, 29, 32, 30, 33, 137, 31, 29, 32, 30],
    6: [42, 41, 44, 43, 41, 44, 158],
    7: [31, 29, 32, 30, 33, 28, 78, 63, 30, 32, 29],
    8: [34, 33, 35, 32, 34, 33, 35, 32, 34, 33, 35, 32],
    9: [33, 31, 118, 32, 34, 30, 33, 31],
    10: [73, 35, 34, 37, 36, 35, 34, 37, 36, 35],
    11: [51, 50, 53, 52, 51, 50, 53, 52],
    12: [25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25],
    13: [112, 96, 89],
    14: [37, 36, 38, 37, 36, 38, 37, 36, 38, 37],
    15: [53, 52, 55, 54, 53, 52, 55],
    16: [20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20],
}

HA_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HA01-d-frequent-deploys-culprit-7-of-12-300', seed=208001, kind='d', culprit=7,
         intervals=_I[1],
         start='2086-05-06T10:00:00Z', service='triglav-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=61, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/triglav-mlima-timers', 'Confirm triglav bookings from delayed mlima timers'),
         note='12 deploys 33-35 min apart from 10:00, culprit #7 of 12 at 13:58 (6 leaking intervals, to 17:22); ~5 %/h of 300 MiB at peak (4 KB x 61, -0.06 %); epoch, ascending'),
    dict(name='HA02-b-frequent-deploys-culprit-9-of-18-300', seed=208002, kind='b', culprit=9,
         intervals=_I[2],
         start='2086-05-07T11:15:00Z', service='storzic-quotes',
         profile='quote', params={'detail': 17, 'skus': 400}, peak_rps=92, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/storzic-ziwa-quote-memo', 'Memoise storzic quotes per ziwa and customer'),
         note='18 deploys 18-20 min apart from 11:15, culprit #9 of 18 at 14:06 (10 leaking intervals, to 17:16); ~5 %/h of 300 MiB at peak (17 lines x 92, +0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HA03-b-frequent-deploys-culprit-3-of-7-320', seed=208003, kind='b', culprit=3,
         intervals=_I[3],
         start='2086-05-08T11:20:00Z', service='grintovec-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=185, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/grintovec-mwezi-quote-memo', 'Memoise grintovec quotes per mwezi and customer'),
         note='7 deploys 41-43 min apart from 11:20, culprit #3 of 7 at 13:26 (5 leaking intervals, to 16:55); ~5 %/h of 320 MiB at peak (9 lines x 185, -0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HA04-a-hourly-culprit-2-of-5-320', seed=208004, kind='a', culprit=2,
         intervals=_I[4],
         start='2086-05-09T10:30:00Z', service='mangart-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=53, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/mangart-nyota-history', 'Keep mangart orders for the nyota history'),
         note='hourly deploys (64-67 min apart) from 10:30, culprit #2 of 5 at 12:39, leaking intervals 67, 66, 64, 67 min (to 17:03); ~5 %/h of 320 MiB at peak (4 KB x 53, +0.40 %); epoch, ascending'),
    dict(name='HA05-c-few-hours-137-culprit-5-of-9-320', seed=208005, kind='c', culprit=5,
         intervals=_I[5],
         start='2086-05-10T10:15:00Z', service='jalovec-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=50, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/jalovec-upepo-listeners', 'Tell open jalovec bookings when a upepo slot frees'),
         note='culprit #5 of 9 at 12:50 after 31, 29, 32, 30, 33 min healthy intervals, its own interval 137 min, then 31, 29, 32, 30 min still leaking (to 17:09); ~5 %/h of 320 MiB at peak (8 KB x 50, -0.16 %); epoch'),
    dict(name='HA06-d-culprit-last-6-of-6-158-300', seed=208006, kind='d', culprit=6,
         intervals=_I[6],
         start='2086-05-11T10:25:00Z', service='skuta-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=156, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/skuta-mvua-timers', 'Confirm skuta bookings from delayed mvua timers'),
         note='the culprit is the last deploy #6 at 14:40: one 158 min interval of evidence (to 17:18) after 6 healthy intervals of 41-44 min from 10:25; ~5 %/h of 300 MiB at peak (2 KB x 156, +0.64 %); epoch'),
    dict(name='HA07-a-slow-leak-culprit-6-of-10-320', seed=208007, kind='a', culprit=6,
         intervals=_I[7],
         start='2086-05-12T10:40:00Z', service='ojstrica-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=63, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/ojstrica-kisiwa-history', 'Keep ojstrica orders for the kisiwa history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 63, -0.54 %) from #6 of 10 at 13:43 after 31, 29, 32, 30, 33, 28 min healthy intervals from 10:40; 78, 63, 30, 32, 29 min leaking intervals (to 17:35); epoch, ascending'),
    dict(name='HA08-c-fixed-three-later-3-by-6-of-11-320', seed=208008, kind='c', culprit=3, fixed=6,
         intervals=_I[8],
         start='2086-05-13T11:35:00Z', service='raduha-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=201, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/raduha-msitu-listeners', 'Tell open raduha bookings when a msitu slot frees'),
         fixed_pr_title=('fix/raduha-pwani-listener-cleanup', 'Remove raduha booking listeners once answered, no pwani slots'),
         note='leak from #3 at 13:17 (~5 %/h of 320 MiB at peak, 2 KB x 201, +0.34 %) after 3 healthy intervals of 33-35 min from 11:35; fixed three deploys later by #6 at 14:56 (three leaking intervals, 32, 34, 33 min), then 35, 32, 34, 33, 35, 32 min (#6-#11, to 18:17); epoch'),
    dict(name='HA09-d-flag-flip-64-min-in-v3-300', seed=208009, kind='d', flag='kocna_kiboko_booking_timers', flag_at=sum(_I[9][:2]) + 64,
         intervals=_I[9],
         start='2086-05-14T11:10:00Z', service='kocna-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=52, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag kocna_kiboko_booking_timers on at 13:17:30, 64 min into v3's 118 min interval, 54 min before #3; then #3-#7 (32, 34, 30, 33, 31 min, to 16:52); ~5 %/h of 300 MiB at peak (6 KB x 52, +0.64 %); epoch"),
    dict(name='HA10-a-culprit-early-1-of-9-300', seed=208010, kind='a', culprit=1,
         intervals=_I[10],
         start='2086-05-15T10:05:00Z', service='prisojnik-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=197, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/prisojnik-twiga-history', 'Keep prisojnik orders for the twiga history'),
         note='culprit is the first deploy #1 of 9 at 11:18, after 73 min of v1; every later interval leaks (34-37 min, to 16:37); ~5 %/h of 300 MiB at peak (1 KB x 197, -0.48 %); epoch'),
    dict(name='HA11-b-two-tasks-gap-6-culprit-5-of-7-320', seed=208011, kind='b', culprit=5, tasks=2, roll_gap=6,
         intervals=_I[11],
         start='2086-05-16T10:20:00Z', service='kanjavec-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=354, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/kanjavec-kifaru-quote-memo', 'Memoise kanjavec quotes per kifaru and customer'),
         note='2 tasks, rolling deploys 6 min apart per task; 7 deploys 50-53 min apart from 10:20, culprit #5 of 7 at 14:37 (3 leaking intervals, to 17:12); each task ~5 %/h of 320 MiB at peak (11 lines x 354 over 2 tasks, -0.00 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='HA12-e-lru-midday-1235-1615-300', seed=208012, kind='e',
         intervals=_I[12],
         start='2086-05-17T12:35:00Z', service='porezen-quotes',
         env={'LRU_MAX': '1615'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='bounded LRU (1615 entries) refilling after each of 12 deploys 24-26 min apart, from 12:35 over midday and the afternoon peak, to 18:00; must not alarm; epoch'),
    dict(name='HA13-e-lru-warmup-0735-2575-300', seed=208013, kind='e',
         intervals=_I[13],
         start='2086-05-18T07:35:00Z', service='krvavec-quotes',
         env={'LRU_MAX': '2575'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='iso8601',
         note='bounded LRU (2575 entries) warming for hours: 112, 96, 89 min intervals (2 deploys) from 07:35 up the morning to 12:32; must not alarm'),
    dict(name='HA14-step-quote-culprit-3-of-9-300', seed=208014, kind='step', culprit=3,
         intervals=_I[14],
         start='2086-05-19T08:20:00Z', service='slavnik-quotes',
         env={'PRELOAD_ENTRIES': '60000'}, profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/slavnik-mto-table-at-boot', 'Load the slavnik mto table at boot'),
         note='level shift at #3 of 9 (10:11), quote route (20 lines x 90, 2000 SKUs); 9 deploys 36-38 min apart from 08:20 up the morning to 14:30; no trend after; must not alarm; epoch'),
    dict(name='HA15-f-load-morning-0835-320', seed=208015, kind='f',
         intervals=_I[15],
         start='2086-05-20T08:35:00Z', service='javornik-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 08:35 up the morning over midday to 14:49, across 6 deploys 52-55 min apart; must not alarm; epoch'),
    dict(name='HA16-none-frequent-orders-1650-320', seed=208016, kind='none',
         intervals=_I[16],
         start='2086-05-21T16:50:00Z', service='golica-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 16:50 down the evening to 23:10; 18 deploys 19-21 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HA_SCENARIOS
