"""memblame's tracelab scenarios, batch 163: FH01..FH16 (real memory traces with labels).

(Named FH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-162 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA, FB, FC, FD, FE, FF and FG.  No case folder, scenario name or
split entry starts with "FH".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 163"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios163.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios163.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw163 FH01-... FH16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
157 and 160 (batch 160 the template, batch 157 its predecessor).  A blind
batch: all 16 cases are split "validation" (split163.json, regime tags as
split160.json).

Rotation: the kinds are rotated away from batches 157 and 160 in every
regime, as batch 160 rotated them away from 154 and 157, keeping the counts
(leaking a 3, b 3, c 2, d 3): frequent non-b a (the one non-b kind left),
the two frequent b stay b, hourly b, few-hours d, culprit-last c, slow d,
fixed-later a, flag flip a, culprit-early c, multi-task d.  d is left only
by few-hours, slow and multi-task, a only by fixed-later and flag flip (and
the frequent non-b case): each takes all.  Hourly, culprit-last and
culprit-early each left b and c, for one b and two c.  Batch 154 the
tie-breaker: it had c in hourly and culprit-last and b in culprit-early, so
culprit-early takes c, and the b goes to the one of hourly and culprit-last
whose latest b is the older: hourly (EO04, batch 144; culprit-last FG02,
162); culprit-last takes c.

PR and pipeline numbers: this file runs scenarios162.py (11..2700) and
lists FH last (2701..2716).  Seeds 163001..163016.  Dates 2034-04-12
(FH01) to 2034-04-27 (FH16).  Limits BAAABBAABAABBBBA (A 300, B 320 MiB).
Every case has 300 samples or more and uses ts_format "wire";
TimestampAscending for FH01, FH03, FH05, FH06, FH07 and FH14.  The notes'
"epoch" and "ascending" tags are written from these fields.

Loads by batch 162's units for the next batch (its main figures, but the b
and d units over an hour or more without the slow FE07 and FG07, 0.00421
and 0.0140, as the brief's units decision asked): a 0.0260 frequent,
0.0442 an hour or more; b 0.00329 / 0.00421; c 0.0120 / 0.0117; d 0.0157 /
0.0140 (%/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for FH11; ~1.5 %/h for the slow FH07), all
within 0.4 % of the aim, each a load no earlier scenario had at its limit.
Healthy loads are earlier batches'.  The "~N %/h" in the notes are aims,
not measurements.  Service names: towns of Brittany; PR and flag words:
Breton foods, drinks and kitchen words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios162.py"))["SCENARIOS"]   # 11..2700

_I = {
    1: [29, 31, 28, 30, 30, 28, 31, 29, 30, 28, 31, 29, 30],
    2: [18, 17, 19, 18, 19, 17, 18, 19, 17, 18, 19, 18, 17, 19, 18, 17, 19],
    3: [32, 34, 31, 33, 32, 34, 31, 33, 32, 34],
    4: [66, 68, 65, 67, 66, 68],
    5: [30, 32, 29, 31, 33, 106, 31, 29, 32, 30],
    6: [20, 19, 21, 20, 21, 19, 20, 21, 19, 20, 21, 146],
    7: [31, 30, 33, 32, 30, 31, 62, 52, 29, 28, 31, 30],
    8: [27, 29, 26, 28, 27, 29, 26, 28, 27, 29, 26, 28],
    9: [29, 31, 30, 117, 31, 30, 29, 31],
    10: [41, 44, 28, 30, 27, 29, 28, 30, 27, 29, 28, 30, 29],
    11: [25, 27, 24, 26, 25, 27, 24, 26, 25, 27, 24, 26],
    12: [34, 36, 33, 35, 34, 36, 33, 35, 34, 36],
    13: [95, 115, 90],
    14: [31, 33, 30, 32, 31, 33, 30, 32, 31, 33],
    15: [63, 57, 70, 60, 65],
    16: [24, 26, 23, 25, 24, 26, 23, 25, 24, 26, 23, 25, 24, 26, 25],
}

FH_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FH01-a-frequent-deploys-culprit-8-of-12-320', seed=163001, kind='a', culprit=8,
         intervals=_I[1],
         start='2034-04-12T09:34:00Z', service='quimper-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=120, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/quimper-kouign-history', 'Keep quimper orders for the kouign history'),
         note='12 deploys 28-31 min apart from 09:34, culprit #8 of 12 at 13:30 (5 leaking intervals, to 15:58); ~5 %/h of 320 MiB at peak (2 KB x 120, -0.16 %); epoch, ascending'),
    dict(name='FH02-b-frequent-deploys-culprit-11-of-16-300', seed=163002, kind='b', culprit=11,
         intervals=_I[2],
         start='2034-04-13T10:20:00Z', service='morlaix-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=137, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/morlaix-chouchen-quote-memo', 'Memoise morlaix quotes per chouchen and customer'),
         note='16 deploys 17-19 min apart from 10:20, culprit #11 of 16 at 13:39 (6 leaking intervals, to 15:27); ~5 %/h of 300 MiB at peak (13 lines x 137, +0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FH03-b-frequent-deploys-culprit-6-of-9-300', seed=163003, kind='b', culprit=6,
         intervals=_I[3],
         start='2034-04-14T10:05:00Z', service='concarneau-quotes',
         profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=99, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/concarneau-lipig-quote-memo', 'Memoise concarneau quotes per lipig and customer'),
         note='9 deploys 31-34 min apart from 10:05, culprit #6 of 9 at 13:21 (4 leaking intervals, to 15:31); ~5 %/h of 300 MiB at peak (18 lines x 99, +0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FH04-b-hourly-culprit-2-of-5-300', seed=163004, kind='b', culprit=2,
         intervals=_I[4],
         start='2034-04-15T11:00:00Z', service='douarnenez-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=116, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/douarnenez-gwastell-quote-memo', 'Memoise douarnenez quotes per gwastell and customer'),
         note='hourly deploys (65-68 min apart) from 11:00, culprit #2 of 5 at 13:14, leaking intervals 65, 67, 66, 68 min (to 17:40); ~5 %/h of 300 MiB at peak (12 lines x 116, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FH05-d-few-hours-106-culprit-5-of-9-320', seed=163005, kind='d', culprit=5,
         intervals=_I[5],
         start='2034-04-16T10:45:00Z', service='lannion-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=149, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/lannion-krampouezh-timers', 'Confirm lannion bookings from delayed krampouezh timers'),
         note='culprit #5 of 9 at 13:20 after 30, 32, 29, 31, 33 min healthy intervals, its own interval 106 min, then 31, 29, 32, 30 min still leaking (to 17:08); ~5 %/h of 320 MiB at peak (3 KB x 149, +0.13 %); epoch, ascending'),
    dict(name='FH06-c-culprit-last-11-of-11-146-320', seed=163006, kind='c', culprit=11,
         intervals=_I[6],
         start='2034-04-17T09:50:00Z', service='paimpol-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=178, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/paimpol-chistr-listeners', 'Tell open paimpol bookings when a chistr slot frees'),
         note='the culprit is the last deploy #11 at 13:31: one 146 min interval of evidence (to 15:57) after 11 healthy intervals of 19-21 min from 09:50; ~5 %/h of 320 MiB at peak (3 KB x 178, -0.04 %); epoch, ascending'),
    dict(name='FH07-d-slow-leak-culprit-6-of-11-300', seed=163007, kind='d', culprit=6,
         intervals=_I[7],
         start='2034-04-18T09:40:00Z', service='vannes-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=126, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/vannes-farz-timers', 'Confirm vannes bookings from delayed farz timers'),
         note='slow leak (~1.5 %/h of 300 MiB at peak (1 KB x 126, +0.35 %)) from #6 of 11 at 12:47 after 31, 30, 33, 32, 30, 31 min healthy intervals; 62, 52, 29, 28, 31, 30 min leaking intervals (to 16:39); epoch, ascending'),
    dict(name='FH08-a-fixed-two-later-4-by-6-of-11-300', seed=163008, kind='a', culprit=4, fixed=6,
         intervals=_I[8],
         start='2034-04-19T11:25:00Z', service='lorient-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=133, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/lorient-kaotigell-history', 'Keep lorient orders for the kaotigell history'),
         fixed_pr_title=('fix/lorient-youdig-history-off', 'Stop keeping lorient youdig orders after the response'),
         note='leak from #4 at 13:15 (~5 %/h of 300 MiB at peak (1 KB x 133, +0.33 %)) after 4 healthy intervals of 26-29 min from 11:25; #5 at 13:42 still leaks; fixed two deploys later by #6 at 14:11, then #7-#11 (26, 28, 27, 29, 26, 28 min, to 16:55); epoch'),
    dict(name='FH09-a-flag-flip-41-min-in-v4-320', seed=163009, kind='a', flag='roscoff_silzig_order_history', flag_at=sum(_I[9][:3]) + 41,
         intervals=_I[9],
         start='2034-04-20T11:35:00Z', service='roscoff-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=141, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag roscoff_silzig_order_history on at 13:46:30, 41 min into v4's 117 min interval, 76 min before #4; then #4-#7 (31, 30, 29, 31 min, to 17:03); ~5 %/h of 320 MiB at peak (1 KB x 141, -0.28 %); epoch"),
    dict(name='FH10-c-culprit-early-2-of-12-300', seed=163010, kind='c', culprit=2,
         intervals=_I[10],
         start='2034-04-21T11:20:00Z', service='pontivy-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=167, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/pontivy-bilig-listeners', 'Tell open pontivy bookings when a bilig slot frees'),
         note='culprit is the second deploy #2 of 12 at 12:45, after 41 min of v1 and 44 of v2; every later interval leaks (27-30 min, to 18:00); ~5 %/h of 300 MiB at peak (3 KB x 167, +0.04 %); epoch'),
    dict(name='FH11-d-three-tasks-gap-3-culprit-4-of-11-300', seed=163011, kind='d', culprit=4, tasks=3, roll_gap=3,
         intervals=_I[11],
         start='2034-04-22T11:40:00Z', service='landerneau-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=314, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/landerneau-kornigou-timers', 'Confirm landerneau bookings from delayed kornigou timers'),
         note='3 tasks, rolling deploys 3 min apart per task; 11 deploys 24-27 min apart from 11:40, culprit #4 of 11 at 13:22 (8 leaking intervals, to 16:46); each task ~5 %/h of 300 MiB at peak (4 KB x 314 over 3 tasks, +0.03 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FH12-e-lru-midday-1115-1455-320', seed=163012, kind='e',
         intervals=_I[12],
         start='2034-04-23T11:15:00Z', service='guingamp-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1455'}, ts_format='wire',
         note='bounded LRU (1455 entries) refilling after each of 9 deploys 33-36 min apart, from 11:15 over midday to 17:01; must not alarm; epoch'),
    dict(name='FH13-e-lru-warmup-1740-2455-320', seed=163013, kind='e',
         intervals=_I[13],
         start='2034-04-24T17:40:00Z', service='dinan-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, env={'LRU_MAX': '2455'}, ts_format='wire',
         note='bounded LRU (2455 entries) warming for hours: 95, 115, 90 min intervals (2 deploys) from 17:40 down the evening fall to 22:40; must not alarm; epoch'),
    dict(name='FH14-step-orders-culprit-5-of-9-320', seed=163014, kind='step', culprit=5,
         intervals=_I[14],
         start='2034-04-25T12:10:00Z', service='locronan-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/locronan-gochtial-table-at-boot', 'Load the locronan gochtial table at boot'),
         note='level shift at #5 of 9 (14:47), orders route (5 KB at 90 req/s); 9 deploys 30-33 min apart from 12:10 (to 17:26); no trend after; must not alarm; epoch, ascending'),
    dict(name='FH15-f-load-evening-1625-320', seed=163015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-04-26T16:25:00Z', service='audierne-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 16:25, just after the afternoon peak, down the evening fall to 21:40, across 4 deploys 57-70 min apart; must not alarm; epoch'),
    dict(name='FH16-none-frequent-orders-1250-300', seed=163016, kind='none',
         intervals=_I[16],
         start='2034-04-27T12:50:00Z', service='camaret-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 12:50 over the afternoon to 18:59; 14 deploys 23-26 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FH_SCENARIOS
