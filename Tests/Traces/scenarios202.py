"""memblame's tracelab scenarios, batch 202: GU01..GU16 (real memory traces with labels).

(Named GU: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-201 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GT.  No case folder, scenario name or split entry
starts with "GU".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 202"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios202.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios202.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw202 GU01-... GU16-...

The rarer regimes, as batches 90, 93, ..., 196 and 199 (batch 199 the
template, batch 196 its predecessor).  A blind batch: all 16 cases are
split "validation" (split202.json, regime tags as split199.json).

Rotation: of the two kinds each regime leaves after batches 196 (d, c, d,
d, a, b, a, c, b, c) and 199 (b, a, c, b, b, a, c, d, a, d), the one batch
192 (c, d, a, a, c, d, b, a, d, a) did not use (that decided every
regime): a, b, b, c, d, c, d, b, c, b; but limit-raise (left a, b) and
oom-fast (left a, b) cannot take b (no b load is known to OOM within about
an hour) and take the other kind left, a: limit-raise a with BU03's load
(48 KB x 193 at 300 MiB, heap 160 MB, as BU03, DJ03, DT03, EX03, FG03,
FQ03, GA03 and GK03; OOMs 51-64 min in), oom-fast a with BZ10's load (64
KB x 193 at 320 MiB, heap 160 MB, as BZ10, ED10, EN10, EX10, FG10, FQ10,
GA10 and GK10; OOMs 38.5-50.5 min in).  Here long-interval a,
culprit-last b, limit-raise a, multi-task c, quick-followup d, flag-flip
c, slow-leak d, fixed-later b, culprit-early c, oom-fast a; the
frequent-deploys case stays a b.  Leaking a 3, b 3, c 3, d 2.

Loads by batch 200's units for the next batch (its main figures; it
prints no figure without the slow cases, none being set aside): over an
hour or more a 0.0549, b 0.00343, c 0.0198, d 0.00865; frequent b 0.00348
(%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h
of the limit (per task for GU04; ~1.5 %/h for the slow GU07), all within
0.4 %: GU01 a 1 KB x 114 (320, +0.14 %), GU02 b 12 lines x 152 (320, +0.10 %), GU04 c 4 KB x 237 over 3 tasks (320, +0.11 %), GU05 d 4 KB x 181 (320, +0.20 %), GU06 c 2 KB x 148 (300, +0.02 %), GU07 d 1 KB x 217 (320, slow, +0.11 %), GU08 b 19 lines x 96 (320, +0.10 %), GU09 c 8 KB x 37 (300, +0.02 %), GU11 b 13 lines x 138 (320, frequent, -0.11 %); none an earlier scenario's load at the same limit and task
count.  Not by the units: GU03 and GU10 (their OOM loads).  Healthy loads
are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.

PR and pipeline numbers: this file runs scenarios201.py (11..3324) and
lists GU last (3325..3340).  Seeds 202001..202016.  Dates 2036-01-31
(GU01) to 2036-02-15 (GU16), after batch 201's 2036-01-15..01-30.  Limits
BBABBABBABBAAAAA (A 300, B 320 MiB; no earlier batch of 16 had it, its flip or its
first eight).  Cases of 300 samples or more use ts_format "wire" (all but
GU03 (270 samples), GU05 (286) and GU06 (297): ISO 8601); TimestampAscending for GU01, GU05, GU09, GU10, GU15, GU16 (no earlier batch had this
set).  Heap 160 MB everywhere but GU03 after its raise.  Service names:
Icelandic waterfalls; PR, fix, step, limit and flag words: Hungarian words
for fruits and nature (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios201.py"))["SCENARIOS"]   # 11..3324

_I = {
    1: [26, 28, 25, 27, 26, 236, 29, 28],
    2: [41, 43, 40, 42, 41, 172],
    3: [30, 29, 93, 30, 29, 31, 28],
    4: [49, 51, 48, 50, 49, 51, 48, 50, 49],
    5: [30, 29, 31, 28, 32, 18, 31, 29, 30, 28],
    6: [30, 28, 31, 118, 29, 31, 30],
    7: [29, 31, 30, 28, 71, 52, 30, 29, 31, 28],
    8: [31, 29, 30, 28, 38, 33, 30, 28, 32, 29, 30],
    9: [66, 30, 28, 31, 29, 32, 30, 28, 31, 29, 30, 28],
    10: [30, 28, 31, 29, 84, 30, 29, 31, 28],
    11: [25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24],
    12: [33, 31, 35, 32, 34, 30, 36, 31, 34, 32],
    13: [44, 56, 39, 51, 47, 58, 36, 50],
    14: [31, 227, 29, 30],
    15: [57, 55, 60, 56, 59, 58],
    16: [30, 32, 29, 31, 30, 32, 29, 31, 30, 32, 29, 31, 30, 32, 29],
}

GU_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GU01-a-long-interval-236-culprit-5-of-7-320', seed=202001, kind='a', culprit=5,
         intervals=_I[1],
         start='2036-01-31T10:53:00Z', service='gullfoss-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=114, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/gullfoss-korte-history', 'Keep gullfoss orders for the korte history'),
         note='culprit #5 of 7 at 13:05 after 26, 28, 25, 27, 26 min healthy intervals, then one 236 min (3 h 56) interval (13:05-17:01) across the afternoon peak; ~5 %/h of 320 MiB at peak (1 KB x 114, +0.14 %); #6 and #7 still leak (29, 28 min, to 17:58); epoch, ascending'),
    dict(name='GU02-b-culprit-last-5-of-5-320', seed=202002, kind='b', culprit=5,
         intervals=_I[2],
         start='2036-02-01T09:48:00Z', service='dettifoss-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=152, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/dettifoss-szilva-quote-memo', 'Memoise dettifoss quotes per szilva and customer'),
         note='the culprit is the last deploy #5 at 13:15: one 172 min interval of evidence (to 16:07) after five healthy intervals of 40-43 min from 09:48; ~5 %/h of 320 MiB at peak (12 lines x 152, +0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GU03-a-limit-raise-930', seed=202003, kind='a', culprit=2, limit_raise={'deploy': 4, 'limit_mib': 930, 'heap_mb': 496},
         intervals=_I[3],
         start='2036-02-02T12:01:00Z', service='skogafoss-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         limit_pr_title=('ops/skogafoss-orders-memory-930', 'Give the skogafoss orders task 930 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/skogafoss-mogyoro-history', 'Keep skogafoss orders for the mogyoro history'),
         note="leak from #2 at 13:00 after two healthy intervals of 30 and 29 min (BU03's, DJ03's, DT03's, EX03's, FG03's, FQ03's, GA03's and GK03's load: 48 KB orders at 193 req/s, heap 160 MB, 300 MiB; their OOMs 51-64 min in) should OOM within #2's 93 min; #3 (30 min) still at 300 MiB; limit 300 -> 930 MiB (heap 496 MB, the hegy change) two deploys after the culprit, at #4 at 15:03, the percentages fall to under a third of the old scale and the leak goes on through #4 (29 min), #5 (31 min) and #6 (28 min, to 16:31)"),
    dict(name='GU04-c-three-tasks-gap-4-culprit-5-of-8-320', seed=202004, kind='c', culprit=5, tasks=3, roll_gap=4,
         intervals=_I[4],
         start='2036-02-03T09:03:00Z', service='godafoss-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=237, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/godafoss-malna-listeners', 'Tell open godafoss bookings when a malna slot frees'),
         note='3 tasks, rolling deploys 4 min apart per task; 8 deploys 48-51 min apart from 09:03, culprit #5 of 8 at 13:10 (4 leaking intervals, to 16:28); each task ~5 %/h of 320 MiB at peak (4 KB x 237 over 3 tasks, +0.11 %); metrics-ci.jsonl; epoch'),
    dict(name='GU05-d-quick-followup-culprit-5-320', seed=202005, kind='d', culprit=5,
         intervals=_I[5],
         start='2036-02-04T10:50:00Z', service='seljalandsfoss-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=181, heap_mb=160, limit_mib=320, scan_by='TimestampAscending',
         culprit_pr_title=('perf/seljalandsfoss-cseresznye-timers', 'Confirm seljalandsfoss bookings from delayed cseresznye timers'),
         note='culprit #5 of 9 at 13:20 runs only 18 min before an unrelated follow-up #6 at 13:38 (which still leaks, 31 min), then #7 (29 min), #8 (30 min), #9 (28 min) (to 15:36); ~5 %/h of 320 MiB at peak (4 KB x 181, +0.20 %); ascending'),
    dict(name='GU06-c-flag-flip-47-min-in-v4-300', seed=202006, kind='c', flag='svartifoss_barack_slot_watch', flag_at=sum(_I[6][:3]) + 47,
         intervals=_I[6],
         start='2036-02-05T11:14:00Z', service='svartifoss-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=148, heap_mb=160, limit_mib=300,
         note="no culprit deploy: flag svartifoss_barack_slot_watch on at 13:29:30, 47 min into v4's 118 min interval, 71 min before #4; then #4-#6 (29, 31, 30 min, to 16:11); ~5 %/h of 300 MiB at peak (2 KB x 148, +0.02 %)"),
    dict(name='GU07-d-slow-leak-culprit-4-of-9-320', seed=202007, kind='d', culprit=4,
         intervals=_I[7],
         start='2036-02-06T11:17:00Z', service='haifoss-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=217, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/haifoss-dinnye-timers', 'Confirm haifoss bookings from delayed dinnye timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 217, +0.11 %) from #4 of 9 at 13:15 after 29, 31, 30, 28 min healthy intervals; 71, 52, 30, 29, 31, 28 min leaking intervals (to 17:16); epoch'),
    dict(name='GU08-b-fixed-two-later-4-by-6-of-10-320', seed=202008, kind='b', culprit=4, fixed=6,
         intervals=_I[8],
         start='2036-02-07T11:27:00Z', service='hengifoss-quotes',
         profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=96, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/hengifoss-ribizli-quote-memo', 'Memoise hengifoss quotes per ribizli and customer'),
         fixed_pr_title=('fix/hengifoss-virag-quote-key', 'Key hengifoss virag quotes by SKU again'),
         note='leak from #4 at 13:25 (~5 %/h of 320 MiB at peak, 19 lines x 96, +0.10 %) after 4 healthy intervals of 28-31 min from 11:27; #4 (38 min) and #5 (33 min) leak; fixed two deploys later by #6 at 14:36, then #7-#10 (28-32 min, to 17:05); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GU09-c-culprit-early-1-of-11-300', seed=202009, kind='c', culprit=1,
         intervals=_I[9],
         start='2036-02-08T12:04:00Z', service='dynjandi-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=37, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/dynjandi-csillag-listeners', 'Tell open dynjandi bookings when a csillag slot frees'),
         note='culprit is the first deploy #1 of 11 at 13:10, after 66 min of v1; every later interval leaks (28-32 min, to 18:36; ~5 %/h of 300 MiB at peak, 8 KB x 37, +0.02 %); epoch, ascending'),
    dict(name='GU10-a-oom-fast-culprit-4-of-8-320', seed=202010, kind='a', culprit=4,
         intervals=_I[10],
         start='2036-02-09T11:07:00Z', service='glymur-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/glymur-tenger-history', 'Keep glymur orders for the tenger history'),
         note="leak from #4 of 8 at 13:05, 64 KB orders at 193 req/s (BZ10's, ED10's, EN10's, EX10's, FG10's, FQ10's, GA10's and GK10's load, 320 MiB; their OOMs 38.5-50.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (84 min); #5-#8 (30, 29, 31, 28 min, to 16:27) still leaking; epoch, ascending"),
    dict(name='GU11-b-frequent-deploys-culprit-9-of-16-320', seed=202011, kind='b', culprit=9,
         intervals=_I[11],
         start='2036-02-10T09:30:00Z', service='hraunfossar-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=138, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/hraunfossar-madar-quote-memo', 'Memoise hraunfossar quotes per madar and customer'),
         note='16 deploys 24-26 min apart from 09:30, culprit #9 of 16 at 13:15 (8 leaking intervals, to 16:34); ~5 %/h of 320 MiB at peak (13 lines x 138, frequent unit, -0.11 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GU12-step-quote-culprit-5-of-9-300', seed=202012, kind='step', culprit=5,
         intervals=_I[12],
         start='2036-02-11T14:00:00Z', service='barnafoss-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/barnafoss-kenyer-table-at-boot', 'Load the barnafoss kenyer table at boot'),
         note='level shift at #5 of 9 (16:45), quote route (20 lines at 95 req/s, 400 SKUs); 9 deploys 30-36 min apart from 14:00 (to 19:28); no trend after; must not alarm; epoch'),
    dict(name='GU13-e-lru-midday-1020-1183-300', seed=202013, kind='e',
         intervals=_I[13],
         start='2036-02-12T10:20:00Z', service='aldeyjarfoss-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1183'},
         note='bounded LRU (1183 entries) refilling after each of 7 deploys 36-58 min apart, from 10:20 over midday into the afternoon peak to 16:41; must not alarm; epoch'),
    dict(name='GU14-none-long-interval-227-orders-300', seed=202014, kind='none',
         intervals=_I[14],
         start='2036-02-13T21:45:00Z', service='kirkjufellsfoss-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 227 min (3 h 47) interval (22:16-02:03) through the late evening past midnight between 31 and 29, 30 min ones (to 03:02); must not alarm; epoch'),
    dict(name='GU15-f-load-morning-0720-300', seed=202015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-02-14T07:20:00Z', service='bruarfoss-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 07:20 up the morning rise to 13:05, across 5 deploys 55-60 min apart; must not alarm; epoch, ascending'),
    dict(name='GU16-none-frequent-quote-0410-300', seed=202016, kind='none',
         intervals=_I[16],
         start='2036-02-15T04:10:00Z', service='gljufrabui-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 04:10 up the morning rise to 11:47; 14 deploys 29-32 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GU_SCENARIOS
