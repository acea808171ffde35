"""memblame's tracelab scenarios, batch 159: FD01..FD16 (real memory traces with labels).

(Named FD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-158 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA, FB and FC.  No case folder, scenario name or split entry starts
with "FD".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 159"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios159.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios159.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw159 FD01-... FD16-...

The rarer regimes, as batches 90, 93, ..., 153 and 156 (batch 156 the
template, batch 153 its predecessor).  A blind batch: all 16 cases are split
"validation" (split159.json, regime tags as split156.json).

Rotation: of the two kinds each regime leaves after batches 153 and 156,
the one batch 149 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 156-158 added none) and take the other kind left:
limit-raise c (ET03's 75 KB x 178, as ET03 itself, EK03, EQ10 and FA10),
oom-fast d (ET10's 64 KB x 180, as EQ03, EK10 and FA03).  long-interval b,
culprit-last a, limit-raise c, multi-task b, quick-followup b, flag-flip a,
slow-leak c, fixed-later d, culprit-early a, oom-fast d; the
frequent-deploys case stays a b.  Leaking a 3, b 4, c 2, d 2.

PR and pipeline numbers: this file runs scenarios158.py (11..2636) and
lists FD last (2637..2652).  Seeds 159001..159016.  Dates 2034-02-07
(FD01) to 2034-02-22 (FD16).  Limits BBABAABBBBAAAAAB (A 300, B 320 MiB).
Cases of 300 samples or more use ts_format "wire" (all but FD05, 288
samples, and FD06, 261, ISO 8601); TimestampAscending for FD01, FD02,
FD04, FD06, FD07, FD10 and FD12.  The notes' "epoch" and "ascending" tags
are written from these fields.

Loads by batch 158's units for the next batch (its main figures, but the
a unit over an hour or more without the slow FA07 and FB07, 0.0435, as the
brief's units decision asked: a 0.0329 frequent, 0.0435 an hour or more;
b 0.00318 / 0.00391; c 0.0130 / 0.0175; d 0.0173 / 0.0153; %/h per unit
of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit
(per task for FD04; ~1.5 %/h for the slow FD07).  Not by the units: FD03
(ET03's OOM load) and FD10 (ET10's).  Healthy loads are earlier batches'.
The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios158.py"))["SCENARIOS"]   # 11..2636

_I = {
    1: [29, 31, 28, 30, 212, 27, 30],
    2: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 150],
    3: [23, 25, 22, 24, 23, 25, 22, 80, 30, 34, 32],
    4: [30, 29, 31, 28, 32, 30, 29, 31, 30, 28, 32],
    5: [30, 31, 29, 28, 32, 18, 30, 29, 31, 30],
    6: [30, 29, 31, 140, 31],
    7: [32, 34, 31, 33, 35, 32, 63, 58, 30, 29, 31],
    8: [30, 29, 31, 28, 32, 30, 33, 30, 29, 31, 30, 28],
    9: [49, 35, 29, 28, 30, 27, 29, 30, 28, 29, 27, 30, 28, 29],
    10: [30, 29, 31, 28, 75, 30, 29, 31, 30],
    11: [27, 28, 26, 29, 27, 28, 26, 29, 28, 27, 26, 29, 28],
    12: [35, 33, 38, 31, 36, 39, 32, 34, 37, 33],
    13: [46, 53, 38, 59, 42, 50, 36, 55],
    14: [32, 228, 30, 29],
    15: [61, 58, 67, 63, 70, 59],
    16: [20, 22, 19, 21, 18, 22, 20, 19, 21, 18, 22, 20, 19, 21, 20, 22],
}

FD_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FD01-b-long-interval-212-culprit-4-of-6-320', seed=159001, kind='b', culprit=4,
         intervals=_I[1],
         start='2034-02-07T11:22:00Z', service='relva-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=123, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/relva-malassada-quote-memo', 'Memoise relva quotes per malassada and customer'),
         note='culprit #4 of 6 at 13:20 after 29, 31, 28, 30 min healthy intervals, then one 212 min (3 h 32) interval (13:20-16:52) across the afternoon peak; ~5 %/h of 320 MiB at peak (13 lines x 123, +0.0 %); #5 and #6 still leak (27 and 30 min, to 17:49); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FD02-a-culprit-last-12-of-12-320', seed=159002, kind='a', culprit=12,
         intervals=_I[2],
         start='2034-02-08T09:16:00Z', service='agualva-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=72, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/agualva-linguica-history', 'Keep agualva orders for the linguica history'),
         note='the culprit is the last deploy #12 at 13:40: one 150 min interval of evidence (to 16:10) after twelve healthy intervals of 21-23 min from 09:16; ~5 %/h of 320 MiB at peak (2 KB x 72, +0.2 %); epoch, ascending'),
    dict(name='FD03-c-limit-raise-690', seed=159003, kind='c', culprit=7, limit_raise={'deploy': 9, 'limit_mib': 690, 'heap_mb': 368},
         intervals=_I[3],
         start='2034-02-09T10:06:00Z', service='biscoitos-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire',
         limit_pr_title=('ops/biscoitos-bookings-memory-690', 'Give the biscoitos bookings task 690 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/biscoitos-ananas-listeners', 'Tell open biscoitos bookings when an ananas slot frees'),
         note="leak from #7 at 12:50 after seven healthy intervals of 22-25 min (ET03's, EK03's, EQ10's and FA10's load: 75 KB bookings at 178 req/s, heap 160 MB; their OOMs 38.5-47.5 min in) should OOM within #7's 80 min; #8 (30 min) still at 300 MiB; limit 300 -> 690 MiB (heap 368 MB) two deploys after the culprit, at #9 at 14:40, the percentages fall to 0.43 of the old scale and the leak goes on through #9 (34 min) and #10 (32 min, to 15:46); epoch"),
    dict(name='FD04-b-two-tasks-culprit-6-of-10-320', seed=159004, kind='b', culprit=6, tasks=2, roll_gap=1,
         intervals=_I[4],
         start='2034-02-10T10:30:00Z', service='fenais-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=246, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/fenais-maracuja-quote-memo', 'Memoise fenais quotes per maracuja and customer'),
         note='2 tasks, rolling deploys 1 min apart per task; 10 deploys 28-32 min apart from 10:30, culprit #6 of 10 at 13:30 (5 leaking intervals, to 16:00); each task ~5 %/h of 320 MiB at peak (13 lines x 246 over 2 tasks, +0.0 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch, ascending'),
    dict(name='FD05-b-quick-followup-culprit-5-300', seed=159005, kind='b', culprit=5,
         intervals=_I[5],
         start='2034-02-11T11:35:00Z', service='ribeirinha-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/ribeirinha-nespera-quote-memo', 'Memoise ribeirinha quotes per nespera and customer'),
         note='culprit #5 of 9 at 14:05 runs only 18 min before an unrelated follow-up #6 at 14:23 (which still leaks, 30 min), then #7 (29 min), #8 (31 min), #9 (30 min) (to 16:23); ~5 %/h of 300 MiB at peak (14 lines x 107, -0.0 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name='FD06-a-flag-flip-34-min-in-v4-300', seed=159006, kind='a', flag='urzelina_alfenim_order_history', flag_at=sum(_I[6][:3]) + 34,
         intervals=_I[6],
         start='2034-02-12T11:26:00Z', service='urzelina-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=135, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         note="no culprit deploy: flag urzelina_alfenim_order_history on at 13:29:30, 34 min after #3 and 106 min before #4 (v4's interval 140 min), then #4 (31 min, to 15:47); every order kept (~5 %/h of 300 MiB at peak, 1 KB x 135, +0.2 %) from then on; ascending"),
    dict(name='FD07-c-slow-leak-culprit-6-of-10-320', seed=159007, kind='c', culprit=6,
         intervals=_I[7],
         start='2034-02-13T10:13:00Z', service='piedade-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/piedade-cavala-listeners', 'Tell open piedade bookings when a cavala slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 107, -0.1 %) from #6 of 10 at 13:30 after 32, 34, 31, 33, 35, 32 min healthy intervals; 63, 58, 30, 29, 31 min leaking intervals (to 17:01); epoch, ascending'),
    dict(name='FD08-d-fixed-one-later-6-by-7-of-11-320', seed=159008, kind='d', culprit=6, fixed=7,
         intervals=_I[8],
         start='2034-02-14T10:30:00Z', service='cedros-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=136, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/cedros-cherne-timers', 'Confirm cedros bookings from delayed cherne timers'),
         fixed_pr_title=('fix/cedros-goraz-timers-off', 'Confirm cedros goraz bookings at once instead of from timers'),
         note='leak from #6 at 13:30 (33 min; ~5 %/h of 320 MiB at peak, 3 KB x 136, -0.1 %) after 6 healthy intervals of 28-32 min from 10:30; fixed by the next deploy #7 at 14:03 (30 min), then #8-#11 (29, 31, 30, 28 min, to 16:31); epoch'),
    dict(name='FD09-a-culprit-early-2-of-13-320', seed=159009, kind='a', culprit=2,
         intervals=_I[9],
         start='2034-02-15T12:06:00Z', service='flamengos-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=144, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/flamengos-abrotea-history', 'Keep flamengos orders for the abrotea history'),
         note='culprit is the second deploy #2 of 13 at 13:30, after 49 min of v1 and 35 of v2; every later interval leaks (27-30 min, to 19:14; ~5 %/h of 320 MiB at peak, 1 KB x 144, +0.2 %); epoch'),
    dict(name='FD10-d-oom-fast-culprit-4-of-8-320', seed=159010, kind='d', culprit=4,
         intervals=_I[10],
         start='2034-02-16T11:32:00Z', service='lajedo-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/lajedo-tremoco-timers', 'Confirm lajedo bookings from delayed tremoco timers'),
         note="leak from #4 of 8 at 13:30, 64 KB bookings at 180 req/s (ET10's, FA03's, EQ03's and EK10's load; their OOMs 44.5-52.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (75 min); #5-#8 (30, 29, 31, 30 min, to 16:45) still leaking; epoch, ascending"),
    dict(name='FD11-b-frequent-deploys-culprit-6-of-12-300', seed=159011, kind='b', culprit=6,
         intervals=_I[11],
         start='2034-02-17T10:45:00Z', service='rosais-quotes',
         profile='quote', params={'detail': 15, 'skus': 400}, peak_rps=123, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/rosais-fofas-quote-memo', 'Memoise rosais quotes per fofas and customer'),
         note='12 deploys 26-29 min apart from 10:45, culprit #6 of 12 at 13:30 (7 leaking intervals, to 16:43); ~5 %/h of 300 MiB at peak (15 lines x 123, +0.1 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FD12-step-orders-culprit-5-of-9-300', seed=159012, kind='step', culprit=5,
         intervals=_I[12],
         start='2034-02-18T10:37:00Z', service='manadas-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=95, heap_mb=160, limit_mib=300, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/manadas-morcela-table-at-boot', 'Load the manadas morcela table at boot'),
         note='level shift at #5 of 9 (13:30), orders route (4 KB at 95 req/s); 9 deploys 31-39 min apart from 10:37 (to 16:25); no trend after; must not alarm; epoch, ascending'),
    dict(name='FD13-e-lru-afternoon-1135-300', seed=159013, kind='e',
         intervals=_I[13],
         start='2034-02-19T13:05:00Z', service='prainha-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1135'}, ts_format='wire',
         note='bounded LRU (1135 entries) refilling after each of 7 deploys 36-59 min apart, from 13:05 over the afternoon peak to 19:24; must not alarm; epoch'),
    dict(name='FD14-none-long-interval-228-orders-300', seed=159014, kind='none',
         intervals=_I[14],
         start='2034-02-20T15:20:00Z', service='raminho-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 228 min (3 h 48) interval (15:52-19:40) down the evening fall between 32 and 30 min ones; must not alarm; epoch'),
    dict(name='FD15-f-load-evening-1730-300', seed=159015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-02-21T17:30:00Z', service='altares-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 17:30 down the evening fall to 23:48, across 5 deploys 58-70 min apart; must not alarm; epoch'),
    dict(name='FD16-none-frequent-quote-0940-320', seed=159016, kind='none',
         intervals=_I[16],
         start='2034-02-22T09:40:00Z', service='serreta-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 09:40 up the morning rise over noon to 15:04; 15 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FD_SCENARIOS
