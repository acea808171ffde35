"""memblame's tracelab scenarios, batch 172: FQ01..FQ16 (real memory traces with labels).

(Named FQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-171 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FP.  No case folder, scenario name or split entry starts with
"FQ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 172"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios172.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios172.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw172 FQ01-... FQ16-...

The rarer regimes, as batches 90, 93, ..., 165 and 168 (batch 168 the
template, batch 165 its predecessor).  A blind batch: all 16 cases are split
"validation" (split172.json, regime tags as split165.json and split168.json).

Rotation: of the two kinds each regime leaves after batches 165 (c, d, d,
a, c, d, b, a, d, c) and 168 (d, c, c, d, a, b, a, c, b, d), the one batch
162 (a, b, a, c, d, c, d, b, c, a) did not use (that decided every regime),
but limit-raise and oom-fast (the rule gives b for both) cannot take b (no
b load is known to OOM within about an hour) and take the other kind left,
a, as batch 162 did: limit-raise a with BU03's load (48 KB x 193 at 300
MiB, heap 160 MB, as BU03, DJ03, DT03, EX03 and FG03; OOMs 51-64 min in,
FG03's 62.5), oom-fast a with BZ10's load (64 KB x 193 at 320 MiB, as
BZ10, ED10, EN10, EX10 and FG10; OOMs 40.5-49.5 min in, FG10's 46.5).
long-interval b, culprit-last a, limit-raise a, multi-task b,
quick-followup b, flag-flip a, slow-leak c, fixed-later d, culprit-early a,
oom-fast a; the frequent-deploys case stays a b.  Leaking a 5, b 4, c 1,
d 1.

Loads by batch 170's units for the next batch (its main figures, but the
figures without the slow cases where it prints them: a over an hour or
more 0.0397 (main 0.0427) and c over an hour or more 0.0168 (main
0.0133); so a 0.0302 frequent, 0.0397 an hour or more; b 0.00352 /
0.00323; c 0.0184 / 0.0168; d 0.0184 / 0.0157; %/h per unit of size x
rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for
FQ04; ~1.5 %/h for the slow FQ07), within 0.4 % but FQ06 (1 KB x 147 at
300, -0.40 %, widened to 0.5 %): only two free a loads lie within 0.4 %
(4 KB x 37 at 300, 1 KB x 158 at 320) and FQ02, FQ06 and FQ09 need three.
Not by the units: FQ03 (its OOM load) and FQ10 (its OOM load).  Healthy
loads are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.

PR and pipeline numbers: this file runs scenarios171.py (11..2844) and
lists FQ last (2845..2860).  Seeds 172001..172016, but FQ10 172110 (172010 gave a PR
number equal to one of CF04's).  Dates 2034-08-18
(FQ01) to 2034-09-02 (FQ16), after FO16's 2034-08-17 and before batch
171's 2035-01 dates.  Limits BBABAABAABABABAB (A 300, B 320 MiB).  Cases
of 300 samples or more use ts_format "wire" (all but FQ03, 258 samples,
FQ05, 285, and FQ06, 279: ISO 8601); TimestampAscending for FQ04, FQ05,
FQ07, FQ09, FQ10, FQ13 and FQ16.  The notes' "epoch" and "ascending" tags
are written from these fields.  Heap 160 MB everywhere but FQ03 after its
raise.  Service names: towns of Sri Lanka; PR and flag words: Sri Lankan
foods.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios171.py"))["SCENARIOS"]   # 11..2844

_I = {
    1: [28, 31, 29, 30, 27, 218, 30, 29],
    2: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 151],
    3: [24, 26, 23, 94, 30, 32, 29],
    4: [31, 33, 30, 32, 31, 33, 30, 32, 31, 33, 32],
    5: [30, 28, 31, 29, 30, 19, 31, 29, 30, 28],
    6: [30, 29, 131, 31, 28, 30],
    7: [31, 30, 32, 29, 31, 64, 51, 30, 32, 29, 31, 30],
    8: [29, 31, 30, 28, 32, 30, 31, 29, 30, 32, 28, 31],
    9: [44, 36, 29, 31, 30, 28, 32, 30, 29, 31, 30],
    10: [31, 29, 30, 28, 74, 30, 31, 29, 30],
    11: [30, 32, 29, 31, 30, 32, 29, 31, 30, 32, 29, 31, 30, 32],
    12: [32, 35, 31, 34, 30, 36, 33, 31, 35, 32, 34, 30],
    13: [42, 55, 38, 59, 36, 50, 41, 57],
    14: [32, 209, 29, 31],
    15: [62, 58, 65, 60, 64, 57],
    16: [22, 20, 24, 21, 23, 20, 22, 24, 21, 23, 20, 22, 24, 21, 23, 22],
}

FQ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FQ01-b-long-interval-218-culprit-5-of-7-320', seed=172001, kind='b', culprit=5,
         intervals=_I[1],
         start='2034-08-18T10:50:00Z', service='matara-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=215, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/matara-kiribath-quote-memo', 'Memoise matara quotes per kiribath and customer'),
         note='culprit #5 of 7 at 13:15 after 28, 31, 29, 30, 27 min healthy intervals, then one 218 min (3 h 38) interval (13:15-16:53) across the afternoon peak; ~5 %/h of 320 MiB at peak (9 lines x 215, +0.00 %); #6 and #7 still leak (30 and 29 min, to 17:52); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FQ02-a-culprit-last-12-of-12-320', seed=172002, kind='a', culprit=12,
         intervals=_I[2],
         start='2034-08-19T09:20:00Z', service='jaffna-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=158, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/jaffna-kottu-history', 'Keep jaffna orders for the kottu history'),
         note='the culprit is the last deploy #12 at 13:44: one 151 min interval of evidence (to 16:15) after twelve healthy intervals of 21-23 min from 09:20; ~5 %/h of 320 MiB at peak (1 KB x 158, +0.36 %); epoch'),
    dict(name='FQ03-a-limit-raise-810', seed=172003, kind='a', culprit=3, limit_raise={'deploy': 5, 'limit_mib': 810, 'heap_mb': 432},
         intervals=_I[3],
         start='2034-08-20T11:35:00Z', service='kandy-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         limit_pr_title=('ops/kandy-orders-memory-810', 'Give the kandy orders task 810 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/kandy-pittu-history', 'Keep kandy orders for the pittu history'),
         note="leak from #3 at 12:48 after three healthy intervals of 23-26 min (BU03's, DJ03's, DT03's, EX03's and FG03's load: 48 KB orders at 193 req/s, heap 160 MB, 300 MiB; their OOMs 51-64 min in, FG03's 62.5) should OOM within #3's 94 min; #4 (30 min) still at 300 MiB; limit 300 -> 810 MiB (heap 432 MB) two deploys after the culprit, at #5 at 14:52, the percentages fall to 0.37 of the old scale and the leak goes on through #5 (32 min) and #6 (29 min, to 15:53)"),
    dict(name='FQ04-b-two-tasks-gap-4-culprit-6-of-10-320', seed=172004, kind='b', culprit=6, tasks=2, roll_gap=4,
         intervals=_I[4],
         start='2034-08-21T10:10:00Z', service='badulla-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=387, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/badulla-lamprais-quote-memo', 'Memoise badulla quotes per lamprais and customer'),
         note='2 tasks, rolling deploys 4 min apart per task; 10 deploys 30-33 min apart from 10:10, culprit #6 of 10 at 13:20 (5 leaking intervals, to 15:58); each task ~5 %/h of 320 MiB at peak (10 lines x 387 over 2 tasks, +0.00 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch, ascending'),
    dict(name='FQ05-b-quick-followup-culprit-5-300', seed=172005, kind='b', culprit=5,
         intervals=_I[5],
         start='2034-08-22T11:45:00Z', service='haputale-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=227, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         culprit_pr_title=('perf/haputale-kavum-quote-memo', 'Memoise haputale quotes per kavum and customer'),
         note='culprit #5 of 9 at 14:13 runs only 19 min before an unrelated follow-up #6 at 14:32 (which still leaks, 31 min), then #7 (29 min), #8 (30 min), #9 (28 min) (to 16:30); ~5 %/h of 300 MiB at peak (8 lines x 227, +0.11 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name='FQ06-a-flag-flip-44-min-in-v3-300', seed=172006, kind='a', flag='dambulla_kokis_order_history', flag_at=sum(_I[6][:2]) + 44,
         intervals=_I[6],
         start='2034-08-23T11:00:00Z', service='dambulla-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=147, heap_mb=160, limit_mib=300,
         note="no culprit deploy: flag dambulla_kokis_order_history on at 12:42:30, 44 min into v3's 131 min interval, 87 min before #3; then #3-#5 (31, 28, 30 min, to 15:39); ~5 %/h of 300 MiB at peak (1 KB x 147, -0.40 %, widened to 0.5 %)"),
    dict(name='FQ07-c-slow-leak-culprit-5-of-11-320', seed=172007, kind='c', culprit=5,
         intervals=_I[7],
         start='2034-08-24T09:35:00Z', service='trincomalee-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=56, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/trincomalee-wattalapam-listeners', 'Tell open trincomalee bookings when a wattalapam slot frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 2 KB x 56, +0.35 %) from #5 of 11 at 12:08 after 31, 30, 32, 29, 31 min healthy intervals; 64, 51, 30, 32, 29, 31, 30 min leaking intervals (to 16:35); epoch, ascending'),
    dict(name='FQ08-d-fixed-two-later-6-by-8-of-11-300', seed=172008, kind='d', culprit=6, fixed=8,
         intervals=_I[8],
         start='2034-08-25T10:25:00Z', service='batticaloa-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=186, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/batticaloa-mallung-timers', 'Confirm batticaloa bookings from delayed mallung timers'),
         fixed_pr_title=('fix/batticaloa-polos-timers', 'Clear the batticaloa polos timers when a booking is confirmed'),
         note='leak from #6 at 13:25 (~5 %/h of 300 MiB at peak, 2 KB x 186, -0.32 %) after 6 healthy intervals of 28-32 min from 10:25; #7 (31 min) still leaks; fixed two deploys later by #8 at 14:25, then #9-#11 (30, 32, 28 min, and 31 after #11, to 16:26); epoch'),
    dict(name='FQ09-a-culprit-early-2-of-10-300', seed=172009, kind='a', culprit=2,
         intervals=_I[9],
         start='2034-08-26T12:40:00Z', service='kurunegala-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=37, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/kurunegala-aluwa-history', 'Keep kurunegala orders for the aluwa history'),
         note='culprit is the second deploy #2 of 10 at 14:00, after 44 min of v1 and 36 of v2; every later interval leaks (28-32 min, to 18:30; ~5 %/h of 300 MiB at peak, 4 KB x 37, +0.28 %); epoch, ascending'),
    dict(name='FQ10-a-oom-fast-culprit-4-of-8-320', seed=172110, kind='a', culprit=4,
         intervals=_I[10],
         start='2034-08-27T11:05:00Z', service='ratnapura-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/ratnapura-idiyappam-history', 'Keep ratnapura orders for the idiyappam history'),
         note="leak from #4 of 8 at 13:03, 64 KB orders at 193 req/s (BZ10's, ED10's, EN10's, EX10's and FG10's load, 320 MiB; their OOMs 40.5-49.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (74 min); #5-#8 (30, 31, 29, 30 min, to 16:17) still leaking; epoch, ascending"),
    dict(name='FQ11-b-frequent-deploys-culprit-7-of-13-300', seed=172011, kind='b', culprit=7,
         intervals=_I[11],
         start='2034-08-28T09:45:00Z', service='negombo-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=185, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/negombo-parippu-quote-memo', 'Memoise negombo quotes per parippu and customer'),
         note='13 deploys 29-32 min apart from 09:45, culprit #7 of 13 at 13:18 (7 leaking intervals, to 16:53); ~5 %/h of 300 MiB at peak (9 lines x 185, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FQ12-step-orders-culprit-7-of-11-320', seed=172012, kind='step', culprit=7,
         intervals=_I[12],
         start='2034-08-29T09:40:00Z', service='hambantota-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/hambantota-karapincha-table-at-boot', 'Load the hambantota karapincha table at boot'),
         note='level shift at #7 of 11 (13:31), orders route (5 KB at 90 req/s); 11 deploys 30-36 min apart from 09:40 (to 16:13); no trend after; must not alarm; epoch'),
    dict(name='FQ13-e-lru-morning-1365-300', seed=172013, kind='e',
         intervals=_I[13],
         start='2034-08-30T08:05:00Z', service='tangalle-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1365'}, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1365 entries) refilling after each of 7 deploys 36-59 min apart, from 08:05 up the morning rise to 14:23; must not alarm; epoch, ascending'),
    dict(name='FQ14-none-long-interval-209-orders-320', seed=172014, kind='none',
         intervals=_I[14],
         start='2034-08-31T09:20:00Z', service='chilaw-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 209 min (3 h 29) interval (09:52-13:21) up the morning rise to the early afternoon between 32 and 29 min ones (to 14:21); must not alarm; epoch'),
    dict(name='FQ15-f-load-afternoon-1305-300', seed=172015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-09-01T13:05:00Z', service='kalutara-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 13:05 over the afternoon peak into the evening to 19:11, across 5 deploys 57-65 min apart; must not alarm; epoch'),
    dict(name='FQ16-none-frequent-quote-0835-320', seed=172016, kind='none',
         intervals=_I[16],
         start='2034-09-02T08:35:00Z', service='vavuniya-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 08:35 up the morning rise to 14:27; 15 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FQ_SCENARIOS
