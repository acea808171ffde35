"""memblame's tracelab scenarios, batch 203: GV01..GV16 (real memory
traces with labels).

(Named GV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-202 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GU.  No case folder, scenario name or split entry
starts with "GV".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 203"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios203.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios203.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw203 GV01-... GV16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
197 and 200 (batch 200 the template, batch 197 its predecessor).  A blind
batch: all 16 cases are split "validation" (split203.json, regime tags as
split200.json).

Rotation: the kinds are rotated away from batches 197 (d, then a, b, d, a,
c, d, a, c) and 200 (c, then d, a, a, b, d, c, d, a) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b a (the one non-b kind left: 197 d, 200 c);
the two frequent b stay b. That leaves two a, one b, two c, three d. a is
left only by fixed-later (c, d) and flag flip (d, c): both take it. d is
left only by few-hours (b, a), slow (a, b) and multi-task (c, a): all
three take it. Hourly (a, d), culprit-last (d, a) and culprit-early (a, d)
each leave b and c, for one b and two c: batch 193 (a, then c, d, c, d, a,
a, b, d) breaks the tie for culprit-early (it had b): c. Hourly and
culprit-last both had c in 193, so the b goes to the one whose latest b
case (by the split*.json regime tags, 201 and 202 included) is older:
hourly's is 184's GC04, culprit-last's 202's GU02, so hourly b and
culprit-last c. Here a, then b, d, c, d, a, a, c, d.

Loads by batch 200's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0355, b 0.00348, c 0.0101, d 0.0135; an hour or more a 0.0549, b
0.00343, c 0.0198, d 0.00865 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for GV11; ~1.5 %/h for
the slow GV07). Only GV01-GV03 take the frequent units. All within 0.4 %
but one, widened in 0.1 % steps only as needed: GV10 (c over an hour or
more, -0.52 %, to 0.6 %: at 0.0198 the only free c load within 0.4 % at
300 or 320 MiB, 2 KB x 158 at 320, is GV06's; at 300 2 KB x 148 (GU06), 3
KB x 99 (GK01), 4 KB x 74 (DE06), 5 KB x 59 (CD02) and 8 KB x 37 (GU09)
and at 320 3 KB x 105, 4 KB x 79, 5 KB x 63 and 7 KB x 45 are taken); the
limit pattern is the first (in a fixed shuffled order) needing the least
widening (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 100-400 over two
tasks; the nearest free load, ties to the rate nearest 150): GV01 a 5 KB x
33 (300, frequent, -0.03 %), GV02 b 11 lines x 163 (320, frequent, -0.17
%), GV03 b 8 lines x 224 (320, frequent, -0.22 %), GV04 b 8 lines x 228
(320, +0.10 %), GV05 d 3 KB x 226 (300, +0.09 %), GV06 c 2 KB x 158 (320,
+0.11 %), GV07 d 1 KB x 203 (300, slow, -0.11 %), GV08 a 1 KB x 107 (300,
+0.25 %), GV09 a 2 KB x 57 (320, +0.14 %), GV10 c 2 KB x 157 (320, -0.52
%), GV11 d 5 KB x 289 over 2 tasks (320, -0.01 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios202.py (11..3340) and
lists GV last (3341..3356). Seeds 203001..203016. Dates 2036-02-16 (GV01)
to 2036-03-02 (GV16), after batches 201's and 202's 2036-01-15..02-15.
Limits ABBBABAABBBAAAAB (A 300, B 320 MiB; no earlier batch had it, its
flip or its first eight). Cases of 300 samples or more use ts_format
"wire"; ISO 8601 for GV13; TimestampAscending for GV02, GV08, GV10, GV11,
GV13, GV14 (no earlier batch had this set). Heap 160 MB everywhere. Names:
Welsh mountains for the services, and Maori words (maunga, moana, rakau,
whenua, kainga, ngahere, marama, whetu, kereru, taniwha, kotuku, pounamu,
harakeke) for the PR, fix, flag and step words (from memory; none in any
scenarios*.py, split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios202.py"))["SCENARIOS"]   # 11..3340

_I = {
    1: [31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30],
    2: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21],
    3: [39, 38, 40, 39, 38, 40, 39, 38, 40, 39],
    4: [61, 60, 63, 62, 60, 63, 61],
    5: [32, 30, 33, 147, 31, 34, 30, 32],
    6: [37, 36, 39, 38, 36, 39, 37, 163],
    7: [30, 33, 31, 29, 32, 72, 67, 31, 29, 33],
    8: [40, 39, 42, 41, 40, 39, 42, 41, 40, 39],
    9: [31, 34, 30, 124, 32, 35, 31, 33],
    10: [47, 41, 31, 33, 30, 32, 31, 33, 30, 32, 31, 33],
    11: [47, 46, 49, 48, 47, 46, 49, 48, 47],
    12: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27, 29, 28],
    13: [93, 108, 97],
    14: [35, 34, 37, 36, 35, 34, 37, 36, 35, 34, 37],
    15: [44, 46, 43, 45, 44, 46, 43, 45],
    16: [23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23],
}

GV_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GV01-a-frequent-deploys-culprit-6-of-13-300', seed=203001, kind='a', culprit=6,
         intervals=_I[1],
         start='2036-02-16T10:15:00Z', service='tryfan-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=33, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/tryfan-maunga-history', 'Keep tryfan orders for the maunga history'),
         note='13 deploys 30-32 min apart from 10:15, culprit #6 of 13 at 13:21 (8 leaking intervals, to 17:28); ~5 %/h of 300 MiB at peak (5 KB x 33, -0.03 %); epoch'),
    dict(name='GV02-b-frequent-deploys-culprit-8-of-16-320', seed=203002, kind='b', culprit=8,
         intervals=_I[2],
         start='2036-02-17T11:40:00Z', service='glyder-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=163, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/glyder-moana-quote-memo', 'Memoise glyder quotes per moana and customer'),
         note='16 deploys 21-23 min apart from 11:40, culprit #8 of 16 at 14:35 (9 leaking intervals, to 17:53); ~5 %/h of 320 MiB at peak (11 lines x 163, -0.17 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GV03-b-frequent-deploys-culprit-4-of-9-320', seed=203003, kind='b', culprit=4,
         intervals=_I[3],
         start='2036-02-18T10:40:00Z', service='carnedd-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=224, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/carnedd-rakau-quote-memo', 'Memoise carnedd quotes per rakau and customer'),
         note='9 deploys 38-40 min apart from 10:40, culprit #4 of 9 at 13:16 (6 leaking intervals, to 17:10); ~5 %/h of 320 MiB at peak (8 lines x 224, -0.22 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GV04-b-hourly-culprit-4-of-6-320', seed=203004, kind='b', culprit=4,
         intervals=_I[4],
         start='2036-02-19T09:45:00Z', service='moelwyn-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=228, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/moelwyn-whenua-quote-memo', 'Memoise moelwyn quotes per whenua and customer'),
         note='hourly deploys (60-63 min apart) from 09:45, culprit #4 of 6 at 13:51, leaking intervals 60, 63, 61 min (to 16:55); ~5 %/h of 320 MiB at peak (8 lines x 228, +0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GV05-d-few-hours-147-culprit-3-of-7-300', seed=203005, kind='d', culprit=3,
         intervals=_I[5],
         start='2036-02-20T10:35:00Z', service='cadair-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=226, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/cadair-kainga-timers', 'Confirm cadair bookings from delayed kainga timers'),
         note='culprit #3 of 7 at 12:10 after 32, 30, 33 min healthy intervals, its own interval 147 min, then 31, 34, 30, 32 min still leaking (to 16:44); ~5 %/h of 300 MiB at peak (3 KB x 226, +0.09 %); epoch'),
    dict(name='GV06-c-culprit-last-7-of-7-163-320', seed=203006, kind='c', culprit=7,
         intervals=_I[6],
         start='2036-02-21T10:10:00Z', service='arenig-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=158, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/arenig-ngahere-listeners', 'Tell open arenig bookings when a ngahere slot frees'),
         note='the culprit is the last deploy #7 at 14:32: one 163 min interval of evidence (to 17:15) after 7 healthy intervals of 36-39 min from 10:10; ~5 %/h of 320 MiB at peak (2 KB x 158, +0.11 %); epoch'),
    dict(name='GV07-d-slow-leak-culprit-5-of-9-300', seed=203007, kind='d', culprit=5,
         intervals=_I[7],
         start='2036-02-22T10:50:00Z', service='rhinog-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=203, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/rhinog-marama-timers', 'Confirm rhinog bookings from delayed marama timers'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 203, -0.11 %) from #5 of 9 at 13:25 after 30, 33, 31, 29, 32 min healthy intervals from 10:50; 72, 67, 31, 29, 33 min leaking intervals (to 17:17); epoch'),
    dict(name='GV08-a-fixed-two-later-5-by-7-of-9-300', seed=203008, kind='a', culprit=5, fixed=7,
         intervals=_I[8],
         start='2036-02-23T10:05:00Z', service='pumlumon-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=107, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/pumlumon-whetu-history', 'Keep pumlumon orders for the whetu history'),
         fixed_pr_title=('fix/pumlumon-kotuku-history-trim', 'Drop pumlumon orders once answered, no kotuku history'),
         note='leak from #5 at 13:27 (~5 %/h of 300 MiB at peak, 1 KB x 107, +0.25 %) after 5 healthy intervals of 39-42 min from 10:05; fixed two deploys later by #7 at 14:48 (two leaking intervals, 39, 42 min), then 41, 40, 39 min (#7-#9, to 16:48); epoch, ascending'),
    dict(name='GV09-a-flag-flip-58-min-in-v4-320', seed=203009, kind='a', flag='cnicht_pounamu_order_history', flag_at=sum(_I[9][:3]) + 58,
         intervals=_I[9],
         start='2036-02-24T11:00:00Z', service='cnicht-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=57, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag cnicht_pounamu_order_history on at 13:32:30, 58 min into v4's 124 min interval, 66 min before #4; then #4-#7 (32, 35, 31, 33 min, to 16:50); ~5 %/h of 320 MiB at peak (2 KB x 57, +0.14 %); epoch"),
    dict(name='GV10-c-culprit-early-2-of-11-320', seed=203010, kind='c', culprit=2,
         intervals=_I[10],
         start='2036-02-25T09:55:00Z', service='elidir-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=157, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/elidir-kereru-listeners', 'Tell open elidir bookings when a kereru slot frees'),
         note='culprit is the second deploy #2 of 11 at 11:23, after 47 + 41 min (88 min) of v1 and v2; every later interval leaks (30-33 min, to 16:39); ~5 %/h of 320 MiB at peak (2 KB x 157, -0.52 %); epoch, ascending'),
    dict(name='GV11-d-two-tasks-gap-4-culprit-4-of-8-320', seed=203011, kind='d', culprit=4, tasks=2, roll_gap=4,
         intervals=_I[11],
         start='2036-02-26T10:25:00Z', service='siabod-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=289, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/siabod-taniwha-timers', 'Confirm siabod bookings from delayed taniwha timers'),
         note='2 tasks, rolling deploys 4 min apart per task; 8 deploys 46-49 min apart from 10:25, culprit #4 of 8 at 13:35 (5 leaking intervals, to 17:32); each task ~5 %/h of 320 MiB at peak (5 KB x 289 over 2 tasks, -0.01 %); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='GV12-e-lru-evening-1505-1590-300', seed=203012, kind='e',
         intervals=_I[12],
         start='2036-02-27T15:05:00Z', service='hebog-quotes',
         env={'LRU_MAX': '1590'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='bounded LRU (1590 entries) refilling after each of 12 deploys 27-29 min apart, from 15:05 over the late afternoon down into the evening, to 21:09; must not alarm; epoch'),
    dict(name='GV13-e-lru-warmup-1010-2590-300', seed=203013, kind='e',
         intervals=_I[13],
         start='2036-02-28T10:10:00Z', service='drosgl-quotes',
         env={'LRU_MAX': '2590'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='iso8601', scan_by='TimestampAscending',
         note='bounded LRU (2590 entries) warming for hours: 93, 108, 97 min intervals (2 deploys) from 10:10 up the late morning over midday to 15:08; must not alarm; ascending'),
    dict(name='GV14-step-orders-culprit-5-of-10-300', seed=203014, kind='step', culprit=5,
         intervals=_I[14],
         start='2036-02-29T14:25:00Z', service='llethr-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/llethr-harakeke-table-at-boot', 'Load the llethr harakeke table at boot'),
         note='level shift at #5 of 10 (17:22), orders route (5 KB x 90); 10 deploys 34-37 min apart from 14:25 over the afternoon peak into the evening to 20:55; no trend after; must not alarm; epoch, ascending'),
    dict(name='GV15-f-load-midday-1150-300', seed=203015, kind='f',
         intervals=_I[15],
         start='2036-03-01T11:50:00Z', service='crimpiau-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 11:50 over midday up to the afternoon peak to 17:46, across 7 deploys 43-46 min apart; must not alarm; epoch'),
    dict(name='GV16-none-frequent-quote-1315-320', seed=203016, kind='none',
         intervals=_I[16],
         start='2036-03-02T13:15:00Z', service='berwyn-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 13:15 over the afternoon peak into the evening to 20:32; 18 deploys 22-24 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GV_SCENARIOS
