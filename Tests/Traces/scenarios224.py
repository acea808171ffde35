"""memblame's tracelab scenarios, batch 224: HQ01..HQ16 (real memory
traces with labels).

(Named HQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-223 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HP.  No case folder, scenario name or split
entry starts with "HQ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 224"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios224.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios224.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw224 HQ01-... HQ16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
219 and 221 (batch 221 the template, batch 219 its predecessor; batches
204, 205 and 212 are development batches, left out; batches 222 and 223
were made beside it by other helpers). A blind batch: all 16 cases are
split "validation" (split224.json, regime tags as split221.json).

Rotation: the kinds are rotated away from batches 219 (c, then d, a, a, b,
d, c, d, a) and 221 (a, then b, d, c, d, a, a, c, d) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b d (the one non-b kind left: 219 c, 221 a);
the two frequent b stay b. That leaves three a, one b, two c, two d. a is
left only by hourly (219 d, 221 b), slow (b, d) and culprit-early (d, c):
all three take it. d is then left only by culprit-last (a, c) and flag
flip (c, a): both take it. Few-hours (a, d), fixed-later (d, a) and
multi-task (a, d) each leave b and c, for one b and two c: batch 216 (d,
then a, b, d, a, c, d, a, c) had b in few-hours, so few-hours c; it had c
in both fixed-later and multi-task, so the b goes to the one whose latest
b case is older by the split*.json regime tags: multi-task (HH04, batch
215) against fixed-later (HK08, batch 218; development batches 204's GW06
and 212's HE12 left out): multi-task b, fixed-later c. Here d, then a, c,
d, a, c, d, a, b.

Loads by batch 221's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0397, b 0.00404, c 0.0158, d 0.0104; an hour or more a 0.0314, b
0.00492, c 0.0108, d 0.0158 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for HQ11; ~1.5 %/h for
the slow HQ07). Only HQ01-HQ03 take the frequent units. Two loads widened,
both d over an hour or more (0.0158): every load of 1-8 KB and 20-240
req/s within 0.6 % of the aim was already used at both limits (300: 2 KB x
185 and 186, 3 x 123 and 124, 4 x 93, 5 x 74, 6 x 62, 7 x 53; 320: 2 x 197
and 198, 3 x 132, 4 x 99, 5 x 79, 6 x 66), so the tolerance was widened in
0.1 % steps: HQ06 to 0.8 % (8 KB x 46 at 300, -0.77 %, the one free load
there within 0.8 %) and HQ09 to 0.9 % (7 KB x 57 at 320, +0.87 %); the
limit pattern was chosen to keep the widening smallest. All other loads
within 0.4 %. Loads (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 150-600
over two tasks; the nearest free load, ties to the rate nearest 150): HQ01
d 4 KB x 150 (320, frequent, -0.16 %), HQ02 b 9 lines x 161 (300,
frequent, -0.09 %), HQ03 b 17 lines x 91 (320, frequent, -0.00 %), HQ04 a
1 KB x 187 (300, +0.21 %), HQ05 c 4 KB x 136 (300, +0.27 %), HQ06 d 8 KB x
46 (300, -0.77 %), HQ07 a 1 KB x 56 (300, slow, +0.03 %), HQ08 c 8 KB x 68
(300, +0.27 %), HQ09 d 7 KB x 57 (320, +0.87 %), HQ10 a 1 KB x 186 (300,
-0.32 %), HQ11 b 11 lines x 231 over 2 tasks (320, +0.01 %); each a load
no earlier scenario had at its limit and task count. Healthy loads are
earlier batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios223.py (11..3676) and
lists HQ last (3677..3692). Seeds 224001..224016, none changed (no HQ PR
or pipeline equal to one of the other entries' by tracelab's
deploy_records). Dates 2037-01-17 (HQ01) to 2037-02-01 (HQ16), one day per
case (batch 223 used 2037-01-01..01-16; no scenario had these dates).
Limits BABAAAAABABBBABB (A 300, B 320 MiB; no earlier batch had it, its
flip, its reverse or its first eight). Cases of 300 samples or more use
ts_format "wire"; ISO 8601 for HQ13; TimestampAscending for HQ04, HQ05,
HQ07, HQ10, HQ13, HQ15 (no earlier batch had this set). Heap 160 MB
everywhere. Names: Czech rivers for the services, and Latvian words
(menesis, mezs, akmens, vilni, ozols, vejs, zibens, migla, saulriets,
ritausma, krasts, strauts, virsi) for the PR, fix, flag and step words
(from memory; none in any scenarios*.py, split*.json or the README before,
by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios223.py"))["SCENARIOS"]   # 11..3676

_I = {
    1: [32, 31, 33, 32, 31, 33, 32, 31, 33, 32, 31, 33],
    2: [25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24],
    3: [41, 40, 42, 41, 40, 42, 41, 40, 42, 41],
    4: [56, 55, 58, 57, 55, 58, 56],
    5: [29, 31, 28, 30, 32, 27, 126, 30, 29],
    6: [43, 42, 45, 44, 42, 158],
    7: [31, 29, 33, 30, 32, 28, 95, 58, 31, 29],
    8: [40, 39, 41, 40, 39, 41, 40, 39, 41, 40],
    9: [35, 32, 34, 33, 121, 31, 34, 32],
    10: [81, 46, 45, 47, 46, 45, 47, 46],
    11: [48, 47, 50, 49, 47, 50, 48, 49],
    12: [35, 34, 36, 35, 34, 36, 35, 34, 36, 35, 34],
    13: [92, 107, 99],
    14: [36, 35, 37, 36, 35, 37, 36, 35, 37],
    15: [44, 42, 45, 43, 44, 42, 45, 43],
    16: [30, 29, 31, 30, 29, 31, 30, 29, 31, 30, 29, 31, 30, 29],
}

HQ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HQ01-d-frequent-deploys-culprit-5-of-11-320', seed=224001, kind='d', culprit=5,
         intervals=_I[1],
         start='2037-01-17T10:45:00Z', service='vltava-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=150, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vltava-menesis-timers', 'Confirm vltava bookings from delayed menesis timers'),
         note='11 deploys 31-33 min apart from 10:45, culprit #5 of 11 at 13:23:30 (7 leaking intervals, to 17:09); ~5 %/h of 320 MiB at peak (4 KB x 150, -0.16 %); epoch'),
    dict(name='HQ02-b-frequent-deploys-culprit-8-of-13-300', seed=224002, kind='b', culprit=8,
         intervals=_I[2],
         start='2037-01-18T11:25:00Z', service='doubrava-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=161, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/doubrava-mezs-quote-memo', 'Memoise doubrava quotes per mezs and customer'),
         note='13 deploys 24-26 min apart from 11:25, culprit #8 of 13 at 14:43:30 (6 leaking intervals, to 17:14); ~5 %/h of 300 MiB at peak (9 lines x 161, -0.09 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HQ03-b-frequent-deploys-culprit-6-of-9-320', seed=224003, kind='b', culprit=6,
         intervals=_I[3],
         start='2037-01-19T09:50:00Z', service='morava-quotes',
         profile='quote', params={'detail': 17, 'skus': 400}, peak_rps=91, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/morava-akmens-quote-memo', 'Memoise morava quotes per akmens and customer'),
         note='9 deploys 40-42 min apart from 09:50, culprit #6 of 9 at 13:55:30 (4 leaking intervals, to 16:40); ~5 %/h of 320 MiB at peak (17 lines x 91, -0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HQ04-a-hourly-culprit-3-of-6-300', seed=224004, kind='a', culprit=3,
         intervals=_I[4],
         start='2037-01-20T09:05:00Z', service='ohre-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=187, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/ohre-vilni-history', 'Keep ohre orders for the vilni history'),
         note='hourly deploys (55-58 min apart) from 09:05, culprit #3 of 6 at 11:53:30, leaking intervals 57, 55, 58, 56 min (to 15:40); ~5 %/h of 300 MiB at peak (1 KB x 187, +0.21 %); epoch, ascending'),
    dict(name='HQ05-c-few-hours-126-culprit-6-of-8-300', seed=224005, kind='c', culprit=6,
         intervals=_I[5],
         start='2037-01-21T10:40:00Z', service='sazava-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=136, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/sazava-ozols-listeners', 'Tell open sazava bookings when a ozols slot frees'),
         note='culprit #6 of 8 at 13:36:30 after 29, 31, 28, 30, 32, 27 min healthy intervals, its own interval 126 min, then 30, 29 min still leaking (to 16:42); ~5 %/h of 300 MiB at peak (4 KB x 136, +0.27 %); epoch, ascending'),
    dict(name='HQ06-d-culprit-last-5-of-5-158-300', seed=224006, kind='d', culprit=5,
         intervals=_I[6],
         start='2037-01-22T09:20:00Z', service='berounka-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=46, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/berounka-vejs-timers', 'Confirm berounka bookings from delayed vejs timers'),
         note='the culprit is the last deploy #5 at 12:55:30: one 158 min interval of evidence (to 15:34) after 5 healthy intervals of 42-45 min from 09:20; ~5 %/h of 300 MiB at peak (8 KB x 46, -0.77 %); epoch'),
    dict(name='HQ07-a-slow-leak-culprit-6-of-9-300', seed=224007, kind='a', culprit=6,
         intervals=_I[7],
         start='2037-01-23T09:50:00Z', service='chrudimka-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=56, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/chrudimka-zibens-history', 'Keep chrudimka orders for the zibens history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 56, +0.03 %) from #6 of 9 at 12:52:30 after 31, 29, 33, 30, 32, 28 min healthy intervals from 09:50; 95, 58, 31, 29 min leaking intervals (to 16:26); epoch, ascending'),
    dict(name='HQ08-c-fixed-three-later-4-by-7-of-9-300', seed=224008, kind='c', culprit=4, fixed=7,
         intervals=_I[8],
         start='2037-01-24T10:10:00Z', service='svratka-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=68, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/svratka-migla-listeners', 'Tell open svratka bookings when a migla slot frees'),
         fixed_pr_title=('fix/svratka-krasts-listener-cleanup', 'Remove svratka booking listeners once answered, no krasts slots'),
         note='leak from #4 at 12:49:30 (~5 %/h of 300 MiB at peak, 8 KB x 68, +0.27 %) after 4 healthy intervals of 39-41 min from 10:10; fixed three deploys later by #7 at 14:49:30 (three leaking intervals, 39, 41, 40 min), then 39, 41, 40 min (#7-#9, to 16:50); epoch'),
    dict(name='HQ09-d-flag-flip-31-min-in-v5-320', seed=224009, kind='d', flag='luznice_strauts_booking_timers', flag_at=sum(_I[9][:4]) + 31,
         intervals=_I[9],
         start='2037-01-25T10:35:00Z', service='luznice-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=57, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag luznice_strauts_booking_timers on at 13:19:30, 31 min into v5's 121 min interval, 90 min before #5; then #5-#7 (31, 34, 32 min, to 16:27); ~5 %/h of 320 MiB at peak (7 KB x 57, +0.87 %); epoch"),
    dict(name='HQ10-a-culprit-early-1-of-7-300', seed=224010, kind='a', culprit=1,
         intervals=_I[10],
         start='2037-01-26T09:30:00Z', service='otava-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=186, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/otava-saulriets-history', 'Keep otava orders for the saulriets history'),
         note='culprit is deploy #1 of 7 at 10:50:30, after 81 min of v1; every later interval leaks (45-47 min, to 16:13); ~5 %/h of 300 MiB at peak (1 KB x 186, -0.32 %); epoch, ascending'),
    dict(name='HQ11-b-two-tasks-gap-4-culprit-4-of-7-320', seed=224011, kind='b', culprit=4, tasks=2, roll_gap=4,
         intervals=_I[11],
         start='2037-01-27T10:50:00Z', service='dyje-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=231, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/dyje-ritausma-quote-memo', 'Memoise dyje quotes per ritausma and customer'),
         note='2 tasks, rolling deploys 4 min apart per task; 7 deploys 47-50 min apart from 10:50, culprit #4 of 7 at 14:03:30 (4 leaking intervals, to 17:18); each task ~5 %/h of 320 MiB at peak (11 lines x 231 over 2 tasks, +0.01 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HQ12-e-lru-afternoon-1335-1710-320', seed=224012, kind='e',
         intervals=_I[12],
         start='2037-01-28T13:35:00Z', service='becva-quotes',
         env={'LRU_MAX': '1710'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='bounded LRU (1710 entries) refilling after each of 10 deploys 34-36 min apart, from 13:35 over the afternoon to 19:59; must not alarm; epoch'),
    dict(name='HQ13-e-lru-warmup-1025-2585-320', seed=224013, kind='e',
         intervals=_I[13],
         start='2037-01-29T10:25:00Z', service='jizera-quotes',
         env={'LRU_MAX': '2585'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601', scan_by='TimestampAscending',
         note='bounded LRU (2585 entries) warming for hours: 92, 107, 99 min intervals (2 deploys) from 10:25 over midday to 15:23; must not alarm; ascending'),
    dict(name='HQ14-step-quote-culprit-5-of-8-300', seed=224014, kind='step', culprit=5,
         intervals=_I[14],
         start='2037-01-30T17:35:00Z', service='orlice-quotes',
         env={'PRELOAD_ENTRIES': '60000'}, profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/orlice-virsi-table-at-boot', 'Load the orlice virsi table at boot'),
         note='level shift at #5 of 8 (20:33:30), quote route (20 lines x 90, 2000 SKUs, 60000 entries); 8 deploys 35-37 min apart from 17:35 over the evening to 22:59; no trend after; must not alarm; epoch'),
    dict(name='HQ15-f-load-afternoon-1215-320', seed=224015, kind='f',
         intervals=_I[15],
         start='2037-01-31T12:15:00Z', service='opava-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 12:15 over the afternoon peak to 18:03, across 7 deploys 42-45 min apart; must not alarm; epoch, ascending'),
    dict(name='HQ16-none-frequent-orders-0040-320', seed=224016, kind='none',
         intervals=_I[16],
         start='2037-02-01T00:40:00Z', service='ploucnice-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 00:40 through the night and the dawn to 07:39; 13 deploys 29-31 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HQ_SCENARIOS
