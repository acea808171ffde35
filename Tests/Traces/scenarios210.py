"""memblame's tracelab scenarios, batch 210: HC01..HC16 (real memory traces with labels).

(Named HC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-209 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA, HB.  No case folder, scenario name or split
entry starts with "HC".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 210"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios210.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios210.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw210 HC01-... HC16-...

The rarer regimes, as batches 90, 93, ..., 202 and 207 (batch 207 the
template, batch 202 its predecessor).  A blind batch: all 16 cases are
split "validation" (split210.json, regime tags as split207.json).

Rotation: of the two kinds each regime leaves after batches 202 (a, b, a,
c, d, c, d, b, c, a) and 207 (c, d, d, a, c, d, b, a, d, c), the one batch
199 (b, a, c, b, b, a, c, d, a, d) did not use (that decided every
regime): d, c, b, d, a, b, a, c, b, b; but limit-raise (left b, c) and
oom-fast (left b, d) cannot take b (no b load is known to OOM within about
an hour; no section of batches 202-208 names one) and take the other kind left:
limit-raise c with the c OOM load (75 KB x 178 at 300 MiB, heap 160 MB, as
ET03, FD03, FJ10, FM03, FU10, FX03, GE10, GH03, GO10, GR03 and GZ10; OOMs
44.5-51.5 min in), oom-fast d with the d OOM load (64 KB x 180 at 320
MiB, heap 160 MB, as ET10, FD10, FJ03, FM10, FU03, FX10, GE03, GH10,
GO03, GR10 and GZ03; OOMs 52.5-54.5 min in).  Here long-interval d,
culprit-last c, limit-raise c, multi-task d, quick-followup a, flag-flip
b, slow-leak a, fixed-later c, culprit-early b, oom-fast d; the
frequent-deploys case stays a b.  Leaking a 2, b 3, c 3, d 3.

Loads by batch 208's units for the next batch (its main figures; it
prints no figure without the slow cases, none being set aside): over an
hour or more a 0.0317, b 0.00469, c 0.0197, d 0.0135; frequent b 0.00335
(%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h
of the limit (per task for HC04; ~1.5 %/h for the slow HC07), within 0.4
% but the two c cases, widened in 0.1 % steps to 0.9 % (every c load
within 0.8 % at 300 and 320 MiB is an earlier scenario's): HC01 d 2 KB x
231 (320, -0.21 %), HC02 c 6 KB x 50 (300, +0.86 %), HC04 d 7 KB x 186
over 3 tasks (300, -0.01 %), HC05 a 1 KB x 185 (300, +0.09 %), HC06 b 10
lines x 125 (300, +0.05 %), HC07 a 1 KB x 59 (320, slow, -0.25 %), HC08
c 2 KB x 160 (320, +0.86 %), HC09 b 9 lines x 148 (320, -0.05 %), HC11 b
12 lines x 146 (300, frequent, +0.17 %); none an earlier scenario's load
at the same limit and task count.  Not by the units: HC03 and HC10 (their
OOM loads).  Healthy loads are earlier batches'.  The "~N %/h" in the
notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios209.py (11..3452) and
lists HC last (3453..3468).  Seeds 210001..210016.  Dates 2036-06-07
(HC01) to 2036-06-22 (HC16), after batch 209's 2036-05-22..06-06.  Limits
BAAAAABBBBABBABA (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Every case has 300 samples or more and uses
ts_format "wire"; TimestampAscending for HC02, HC05, HC08, HC09, HC10,
HC12 (no earlier batch had this set).  Heap 160 MB everywhere but HC03
after its raise.  Service names: Scottish lochs; PR, fix, step, limit and
flag words: Estonian animal names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios209.py"))["SCENARIOS"]   # 11..3452

_I = {
    1: [31, 33, 30, 32, 241, 29, 31],
    2: [45, 47, 44, 46, 44, 47, 184],
    3: [28, 30, 27, 29, 31, 91, 30, 29, 31, 28],
    4: [45, 47, 44, 46, 44, 47, 45, 46],
    5: [32, 30, 33, 31, 16, 32, 30, 33, 31, 34],
    6: [30, 31, 141, 30, 29, 31, 28],
    7: [29, 31, 30, 28, 32, 62, 58, 30, 29, 31, 28],
    8: [31, 29, 30, 32, 28, 31, 29, 63, 30, 29, 31, 28],
    9: [49, 47, 30, 28, 31, 29, 32, 30, 28, 31, 29],
    10: [30, 28, 31, 29, 32, 30, 88, 30, 29, 31, 28],
    11: [30, 29, 31, 30, 29, 31, 30, 31, 29, 30, 31, 29, 30, 31, 29],
    12: [33, 35, 31, 34, 36, 32, 35, 33, 31],
    13: [44, 57, 38, 52, 41, 58, 36, 49],
    14: [30, 231, 29, 31],
    15: [57, 60, 55, 59, 56, 58],
    16: [24, 26, 23, 25, 24, 26, 23, 25, 24, 26, 23, 25, 24, 26, 23, 25, 24],
}

HC_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HC01-d-long-interval-241-culprit-4-of-6-320', seed=210001, kind='d', culprit=4,
         intervals=_I[1],
         start='2036-06-07T10:59:00Z', service='lomond-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=231, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/lomond-rebane-timers', 'Confirm lomond bookings from delayed rebane timers'),
         note='culprit #4 of 6 at 13:05 after 31, 33, 30, 32 min healthy intervals, then one 241 min (4 h 01) interval (13:05-17:06) across the afternoon peak; ~5 %/h of 320 MiB at peak (2 KB x 231, -0.21 %); #5 and #6 still leak (29, 31 min, to 18:06); epoch'),
    dict(name='HC02-c-culprit-last-6-of-6-300', seed=210002, kind='c', culprit=6,
         intervals=_I[2],
         start='2036-06-08T08:42:00Z', service='katrine-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=50, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/katrine-saarmas-listeners', 'Tell open katrine bookings when a saarmas slot frees'),
         note='the culprit is the last deploy #6 at 13:15: one 184 min interval of evidence (to 16:19) after six healthy intervals of 44-47 min from 08:42; ~5 %/h of 300 MiB at peak (6 KB x 50, +0.86 %, widened); epoch, ascending'),
    dict(name='HC03-c-limit-raise-975', seed=210003, kind='c', culprit=5, limit_raise={'deploy': 7, 'limit_mib': 975, 'heap_mb': 520},
         intervals=_I[3],
         start='2036-06-09T10:35:00Z', service='fyne-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire',
         limit_pr_title=('ops/fyne-tuhkur-memory-975', 'Give the fyne bookings task 975 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/fyne-nirk-listeners', 'Tell open fyne bookings when a nirk slot frees'),
         note="leak from #5 at 13:00 after five healthy intervals of 27-31 min (the c OOM load of ET03, FD03, FJ10, FM03, FU10, FX03, GE10, GH03, GO10, GR03 and GZ10: 75 KB orders at 178 req/s, heap 160 MB, 300 MiB; their OOMs 44.5-51.5 min in) should OOM within #5's 91 min; #6 (30 min, from 14:31) still at 300 MiB; limit 300 -> 975 MiB (heap 520 MB, the tuhkur change) two deploys after the culprit, at #7 at 15:01, the percentages fall to under a third of the old scale and the leak goes on through #7 (29 min), #8 (31 min) and #9 (28 min, to 16:29); epoch"),
    dict(name='HC04-d-three-tasks-gap-2-culprit-4-of-7-300', seed=210004, kind='d', culprit=4, tasks=3, roll_gap=2,
         intervals=_I[4],
         start='2036-06-10T10:08:00Z', service='rannoch-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=186, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/rannoch-kobras-timers', 'Confirm rannoch bookings from delayed kobras timers'),
         note='3 tasks, rolling deploys 2 min apart per task; 7 deploys 44-47 min apart from 10:08, culprit #4 of 7 at 13:10 (4 leaking intervals, to 16:12); each task ~5 %/h of 300 MiB at peak (7 KB x 186 over 3 tasks, -0.01 %); metrics-ci.jsonl; epoch'),
    dict(name='HC05-a-quick-followup-culprit-4-300', seed=210005, kind='a', culprit=4,
         intervals=_I[5],
         start='2036-06-11T11:14:00Z', service='shiel-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=185, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/shiel-hiir-history', 'Keep shiel orders for the hiir history'),
         note='culprit #4 of 9 at 13:20 runs only 16 min before an unrelated follow-up #5 at 13:36 (which still leaks, 32 min), then #6 (30 min), #7 (33 min), #8 (31 min), #9 (34 min) (to 16:16); ~5 %/h of 300 MiB at peak (1 KB x 185, +0.09 %); epoch, ascending'),
    dict(name='HC06-b-flag-flip-56-min-in-v3-300', seed=210006, kind='b', flag='maree_kajakas_quote_memo', flag_at=sum(_I[6][:2]) + 56,
         intervals=_I[6],
         start='2036-06-12T11:29:00Z', service='maree-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=125, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag maree_kajakas_quote_memo on at 13:25:30, 56 min into v3's 141 min interval (12:30-14:51), 85 min before #3; then #3-#6 (30, 29, 31, 28 min, to 16:49); ~5 %/h of 300 MiB at peak (10 lines x 125, +0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name='HC07-a-slow-leak-culprit-5-of-10-320', seed=210007, kind='a', culprit=5,
         intervals=_I[7],
         start='2036-06-13T10:45:00Z', service='linnhe-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=59, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/linnhe-toonekurg-history', 'Keep linnhe orders for the toonekurg history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 59, -0.25 %) from #5 of 10 at 13:15 after 29, 31, 30, 28, 32 min healthy intervals; 62, 58, 30, 29, 31, 28 min leaking intervals (to 17:13); epoch'),
    dict(name='HC08-c-fixed-one-later-7-by-8-of-11-320', seed=210008, kind='c', culprit=7, fixed=8,
         intervals=_I[8],
         start='2036-06-14T09:55:00Z', service='etive-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=160, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/etive-varblane-listeners', 'Tell open etive bookings when a varblane slot frees'),
         fixed_pr_title=('fix/etive-vares-listener-off', 'Drop the vares listener when an etive booking finishes'),
         note='leak from #7 at 13:25 (~5 %/h of 320 MiB at peak, 2 KB x 160, +0.86 %, widened) after 7 healthy intervals of 28-32 min from 09:55; #7 leaks for 63 min; fixed one deploy later by #8 at 14:28, then #9-#11 (30, 29, 31, 28 min, to 16:26); epoch, ascending'),
    dict(name='HC09-b-culprit-early-2-of-10-320', seed=210009, kind='b', culprit=2,
         intervals=_I[9],
         start='2036-06-15T11:34:00Z', service='morar-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=148, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/morar-tihane-quote-memo', 'Memoise morar quotes per tihane and customer'),
         note='culprit is the second deploy #2 of 10 at 13:10, after 96 min of v1 and v2 (49, 47 min); every later interval leaks (28-32 min, to 17:38; ~5 %/h of 320 MiB at peak, 9 lines x 148, -0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HC10-d-oom-fast-culprit-6-of-10-320', seed=210010, kind='d', culprit=6,
         intervals=_I[10],
         start='2036-06-16T10:05:00Z', service='assynt-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/assynt-lepatriinu-timers', 'Confirm assynt bookings from delayed lepatriinu timers'),
         note="leak from #6 of 10 at 13:05, 64 KB orders at 180 req/s (the d OOM load of ET10, FD10, FJ03, FM10, FU03, FX10, GE03, GH10, GO03, GR10 and GZ03, 320 MiB; their OOMs 52.5-54.5 min in): OOM within about an hour of the onset (heap 160 MB), in #6 (88 min); #7-#10 (30, 29, 31, 28 min, to 16:31) still leaking; epoch, ascending"),
    dict(name='HC11-b-frequent-deploys-culprit-6-of-14-300', seed=210011, kind='b', culprit=6,
         intervals=_I[11],
         start='2036-06-17T10:15:00Z', service='tummel-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=146, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/tummel-mesilane-quote-memo', 'Memoise tummel quotes per mesilane and customer'),
         note='14 deploys 29-31 min apart from 10:15, culprit #6 of 14 at 13:15 (9 leaking intervals, to 17:45); ~5 %/h of 300 MiB at peak (12 lines x 146, frequent unit, +0.17 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HC12-step-quote-culprit-3-of-8-320', seed=210012, kind='step', culprit=3,
         intervals=_I[12],
         start='2036-06-18T10:25:00Z', service='eriboll-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/eriboll-sipelgas-table-at-boot', 'Load the eriboll sipelgas table at boot'),
         note='level shift at #3 of 8 (12:04), quote route (20 lines at 95 req/s, 400 SKUs); 8 deploys 31-36 min apart from 10:25 (to 15:25), over midday into the afternoon; no trend after; must not alarm; epoch, ascending'),
    dict(name='HC13-e-lru-evening-2030-1239-320', seed=210013, kind='e',
         intervals=_I[13],
         start='2036-06-19T20:30:00Z', service='hourn-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1239'},
         note='bounded LRU (1239 entries) refilling after each of 7 deploys 36-58 min apart, from 20:30 down the evening into the night to 02:45; must not alarm; epoch'),
    dict(name='HC14-none-long-interval-231-orders-300', seed=210014, kind='none',
         intervals=_I[14],
         start='2036-06-20T17:10:00Z', service='torridon-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 231 min (3 h 51) interval (17:40-21:31) down the evening between 30 and 29, 31 min ones (to 22:31); must not alarm; epoch'),
    dict(name='HC15-f-load-evening-1950-320', seed=210015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-06-21T19:50:00Z', service='arkaig-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 19:50 down the evening into the night to 01:35, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='HC16-none-frequent-quote-1240-300', seed=210016, kind='none',
         intervals=_I[16],
         start='2036-06-22T12:40:00Z', service='quoich-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 12:40 over the afternoon peak to 19:36; 16 deploys 23-26 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HC_SCENARIOS
