"""memblame's tracelab scenarios, batch 179: FX01..FX16 (real memory traces with labels).

(Named FX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-178 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FW.  No case folder, scenario name or split entry starts with
"FX".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 179"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios179.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios179.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw179 FX01-... FX16-...

The rarer regimes, as batches 90, 93, ..., 172 and 176 (batch 176 the
template, batch 172 its predecessor).  A blind batch: all 16 cases are split
"validation" (split179.json, regime tags as split176.json).

Rotation: of the two kinds each regime leaves after batches 172 (b, a, a,
b, b, a, c, d, a, a) and 176 (a, b, d, c, d, c, d, b, c, c), the one batch
168 (d, c, c, d, a, b, a, c, b, d) did not use (that decided every regime),
but limit-raise (the rule gives b; left b, c) and oom-fast (the rule gives
b; left b, d) cannot take b (no b load is known to OOM within about an
hour) and take the other kind left: limit-raise c with the c OOM load (75
KB x 178 at 300 MiB, heap 160 MB, as ET03, FD03, FJ10, FM03 and FU10; OOMs
44.5-48.5 min in), oom-fast d with the d OOM load (64 KB x 180 at 320 MiB,
heap 160 MB, as ET10, FD10, FJ03, FM10 and FU03; OOMs 52.5 min in).
long-interval c, culprit-last d, limit-raise c, multi-task a,
quick-followup c, flag-flip d, slow-leak b, fixed-later a, culprit-early d,
oom-fast d; the frequent-deploys case stays a b.  Leaking a 2, b 2, c 3,
d 4.

Loads by batch 178's units for the next batch (its main figures, but the
figure without the slow cases where it prints one: a over an hour or more
0.0417 (main 0.0718); so a 0.0417, b 0.00393, c 0.0141, d 0.0166 over an
hour or more, b 0.00385 frequent; %/h per unit of size x rate at peak at
256 MiB, x 256 / limit), ~5 %/h of the limit (per task for FX04; ~1.5 %/h
for the slow FX07), all within 0.4 %: FX01 c 3 KB x 148 (320, +0.17 %),
FX02 d 4 KB x 88 (300, -0.28 %), FX04 a 1 KB x 281 over 2 tasks (300,
-0.01 %), FX05 c 4 KB x 104 (300, +0.11 %), FX06 d 2 KB x 188 (320,
-0.13 %), FX07 b 3 x 149 (300, slow, -0.06 %), FX08 a 1 KB x 141 (300,
+0.35 %), FX09 d 2 KB x 176 (300, -0.28 %), FX11 b 14 x 116 (320, frequent,
+0.04 %); none an earlier scenario's load at the same limit and task count.
Not by the units: FX03 (its OOM load) and FX10 (its OOM load).  Healthy
loads are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.

PR and pipeline numbers: this file runs scenarios178.py (11..2956) and
lists FX last (2957..2972).  Seeds 179001..179016.  Dates 2034-11-22
(FX01) to 2034-12-07 (FX16), after FW16's 2034-11-21 and before batches
171's and 175's 2035-01 and 2035-02 dates.  Limits BAAAABAAABBBABBB (A
300, B 320 MiB).  Cases of 300 samples or more use ts_format "wire" (all
but FX05, 255 samples, and FX06, 292: ISO 8601); TimestampAscending for
FX03, FX06, FX08, FX09, FX11, FX13, FX14 and FX15.  The notes' "epoch" and
"ascending" tags are written from these fields.  Heap 160 MB everywhere
but FX03 after its raise.  Service names: towns of Zeeland (the
Netherlands); PR and flag words: Dutch pastries, sweets and snacks.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios178.py"))["SCENARIOS"]   # 11..2956

_I = {
    1: [30, 28, 31, 29, 227, 30, 28],
    2: [28, 27, 29, 28, 27, 29, 28, 29, 27, 28, 148],
    3: [27, 29, 26, 28, 30, 88, 31, 33, 29, 30],
    4: [33, 35, 32, 34, 33, 35, 32, 34, 33, 35, 32],
    5: [29, 31, 30, 28, 15, 32, 30, 29, 31],
    6: [31, 29, 30, 142, 29, 31],
    7: [30, 32, 29, 31, 28, 30, 61, 57, 31, 29, 30, 32],
    8: [31, 29, 30, 32, 28, 34, 31, 29, 30, 32, 30],
    9: [58, 27, 30, 31, 29, 32, 28, 30, 31, 29, 30, 32],
    10: [30, 29, 31, 28, 30, 84, 31, 29, 30, 28],
    11: [24, 26, 23, 25, 24, 26, 23, 25, 24, 26, 23, 25, 24, 26, 23, 25],
    12: [32, 34, 31, 35, 33, 30, 36, 32, 34, 31, 35, 33],
    13: [45, 38, 57, 42, 53, 36, 60, 49],
    14: [29, 244, 31, 30],
    15: [59, 62, 58, 63, 60, 61],
    16: [21, 23, 20, 24, 22, 21, 23, 20, 24, 22, 21, 23, 20, 24, 22, 21],
}

FX_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FX01-c-long-interval-227-culprit-4-of-6-320', seed=179001, kind='c', culprit=4,
         intervals=_I[1],
         start='2034-11-22T11:07:00Z', service='vlissingen-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=148, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/vlissingen-bolus-listeners', 'Tell open vlissingen bookings when a bolus slot frees'),
         note='culprit #4 of 6 at 13:05 after 30, 28, 31, 29 min healthy intervals, then one 227 min (3 h 47) interval (13:05-16:52) across the afternoon peak; ~5 %/h of 320 MiB at peak (3 KB x 148, +0.17 %); #5 and #6 still leak (30 and 28 min, to 17:50); epoch'),
    dict(name='FX02-d-culprit-last-10-of-10-300', seed=179002, kind='d', culprit=10,
         intervals=_I[2],
         start='2034-11-23T09:02:00Z', service='middelburg-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=88, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/middelburg-babbelaar-timers', 'Confirm middelburg bookings from delayed babbelaar timers'),
         note='the culprit is the last deploy #10 at 13:42: one 148 min interval of evidence (to 16:10) after ten healthy intervals of 27-29 min from 09:02; ~5 %/h of 300 MiB at peak (4 KB x 88, -0.28 %); epoch'),
    dict(name='FX03-c-limit-raise-840', seed=179003, kind='c', culprit=5, limit_raise={'deploy': 7, 'limit_mib': 840, 'heap_mb': 448},
         intervals=_I[3],
         start='2034-11-24T10:35:00Z', service='zierikzee-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         limit_pr_title=('ops/zierikzee-bookings-memory-840', 'Give the zierikzee bookings task 840 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/zierikzee-zeekraal-listeners', 'Tell open zierikzee bookings when a zeekraal slot frees'),
         note="leak from #5 at 12:55 after five healthy intervals of 26-30 min (ET03's, FD03's, FJ10's, FM03's and FU10's load: 75 KB orders at 178 req/s, heap 160 MB, 300 MiB; their OOMs 44.5-48.5 min in) should OOM within #5's 88 min; #6 (31 min) still at 300 MiB; limit 300 -> 840 MiB (heap 448 MB) two deploys after the culprit, at #7 at 14:54, the percentages fall to 0.36 of the old scale and the leak goes on through #7 (33 min), #8 (29 min) and #9 (30 min, to 16:26); epoch, ascending"),
    dict(name='FX04-a-two-tasks-gap-2-culprit-7-of-10-300', seed=179004, kind='a', culprit=7, tasks=2, roll_gap=2,
         intervals=_I[4],
         start='2034-11-25T09:40:00Z', service='veere-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=281, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/veere-lamsoor-history', 'Keep veere orders for the lamsoor history'),
         note='2 tasks, rolling deploys 2 min apart per task; 10 deploys 32-35 min apart from 09:40, culprit #7 of 10 at 13:34 (4 leaking intervals, to 15:48); each task ~5 %/h of 300 MiB at peak (1 KB x 281 over 2 tasks, -0.01 %); metrics-ci.jsonl; epoch'),
    dict(name='FX05-c-quick-followup-culprit-4-300', seed=179005, kind='c', culprit=4,
         intervals=_I[5],
         start='2034-11-26T11:50:00Z', service='domburg-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=104, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/domburg-suikerbrood-listeners', 'Tell open domburg bookings when a suikerbrood slot frees'),
         note='culprit #4 of 8 at 13:48 runs only 15 min before an unrelated follow-up #5 at 14:03 (which still leaks, 32 min), then #6 (30 min), #7 (29 min), #8 (31 min) (to 16:05); ~5 %/h of 300 MiB at peak (4 KB x 104, +0.11 %)'),
    dict(name='FX06-d-flag-flip-33-min-in-v4-320', seed=179006, kind='d', flag='hulst_poffert_booking_timers', flag_at=sum(_I[6][:3]) + 33,
         intervals=_I[6],
         start='2034-11-27T11:05:00Z', service='hulst-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=188, heap_mb=160, limit_mib=320, scan_by='TimestampAscending',
         note="no culprit deploy: flag hulst_poffert_booking_timers on at 13:08:30, 33 min into v4's 142 min interval, 109 min before #4; then #4 and #5 (29, 31 min, to 15:57); ~5 %/h of 320 MiB at peak (2 KB x 188, -0.13 %); ascending"),
    dict(name='FX07-b-slow-leak-culprit-6-of-11-300', seed=179007, kind='b', culprit=6,
         intervals=_I[7],
         start='2034-11-28T10:10:00Z', service='terneuzen-quotes',
         profile='quote', params={'detail': 3, 'skus': 400}, peak_rps=149, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/terneuzen-bitterkoek-quote-memo', 'Memoise terneuzen quotes per bitterkoek and customer'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 3 lines x 149, -0.06 %) from #6 of 11 at 13:10 after 30, 32, 29, 31, 28, 30 min healthy intervals; 61, 57, 31, 29, 30, 32 min leaking intervals (to 17:10); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FX08-a-fixed-one-later-5-by-6-of-10-300', seed=179008, kind='a', culprit=5, fixed=6,
         intervals=_I[8],
         start='2034-11-29T10:50:00Z', service='sluis-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=141, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/sluis-kniepertje-history', 'Keep sluis orders for the kniepertje history'),
         fixed_pr_title=('fix/sluis-rookworst-history', 'Bound the sluis order history by rookworst and drop old orders'),
         note='leak from #5 at 13:20 (~5 %/h of 300 MiB at peak, 1 KB x 141, +0.35 %) after 5 healthy intervals of 28-32 min from 10:50; #5 leaks for 34 min; fixed one deploy later by #6 at 13:54, then #7-#10 (29, 30, 32 min, and 30 after #10, to 16:26); epoch, ascending'),
    dict(name='FX09-d-culprit-early-2-of-11-300', seed=179009, kind='d', culprit=2,
         intervals=_I[9],
         start='2034-11-30T12:05:00Z', service='yerseke-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=176, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/yerseke-oliebol-timers', 'Confirm yerseke bookings from delayed oliebol timers'),
         note='culprit is the second deploy #2 of 11 at 13:30, after 58 min of v1 and 27 of v2; every later interval leaks (28-32 min, to 18:32; ~5 %/h of 300 MiB at peak, 2 KB x 176, -0.28 %); epoch, ascending'),
    dict(name='FX10-d-oom-fast-culprit-5-of-9-320', seed=179010, kind='d', culprit=5,
         intervals=_I[10],
         start='2034-12-01T10:30:00Z', service='kapelle-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/kapelle-hopje-timers', 'Confirm kapelle bookings from delayed hopje timers'),
         note="leak from #5 of 9 at 12:58, 64 KB orders at 180 req/s (ET10's, FD10's, FJ03's, FM10's and FU03's load, 320 MiB; their OOMs 52.5 min in): OOM within about an hour of the onset (heap 160 MB), in #5 (84 min); #6-#9 (31, 29, 30, 28 min, to 16:20) still leaking; epoch"),
    dict(name='FX11-b-frequent-deploys-culprit-9-of-15-320', seed=179011, kind='b', culprit=9,
         intervals=_I[11],
         start='2034-12-02T09:50:00Z', service='tholen-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=116, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/tholen-ontbijtkoek-quote-memo', 'Memoise tholen quotes per ontbijtkoek and customer'),
         note='15 deploys 23-26 min apart from 09:50, culprit #9 of 15 at 13:30 (7 leaking intervals, to 16:22); ~5 %/h of 320 MiB at peak (14 lines x 116, +0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='FX12-step-orders-culprit-6-of-11-320', seed=179012, kind='step', culprit=6,
         intervals=_I[12],
         start='2034-12-03T10:40:00Z', service='brouwershaven-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/brouwershaven-tompouce-table-at-boot', 'Load the brouwershaven tompouce table at boot'),
         note='level shift at #6 of 11 (13:55), orders route (5 KB at 90 req/s); 11 deploys 30-36 min apart from 10:40 (to 17:16); no trend after; must not alarm; epoch'),
    dict(name='FX13-e-lru-midday-1219-300', seed=179013, kind='e',
         intervals=_I[13],
         start='2034-12-04T11:20:00Z', service='arnemuiden-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1219'}, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1219 entries) refilling after each of 7 deploys 36-60 min apart, from 11:20 over midday and the afternoon peak to 17:40; must not alarm; epoch, ascending'),
    dict(name='FX14-none-long-interval-244-orders-320', seed=179014, kind='none',
         intervals=_I[14],
         start='2034-12-05T13:20:00Z', service='kruiningen-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 244 min (4 h 04) interval (13:49-17:53) over the afternoon peak into the evening between 29 and 31 min ones (to 18:54); must not alarm; epoch, ascending'),
    dict(name='FX15-f-load-morning-0735-320', seed=179015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-12-06T07:35:00Z', service='westkapelle-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 07:35 up the morning rise to 13:38, across 5 deploys 58-63 min apart; must not alarm; epoch, ascending'),
    dict(name='FX16-none-frequent-quote-1755-320', seed=179016, kind='none',
         intervals=_I[16],
         start='2034-12-07T17:55:00Z', service='oostburg-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 17:55 over the evening fall to 23:46; 15 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FX_SCENARIOS
