"""memblame's tracelab scenarios, batch 162: FG01..FG16 (real memory traces with labels).

(Named FG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-161 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA, FB, FC, FD, FE and FF.  No case folder, scenario name or split
entry starts with "FG".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 162"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios162.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios162.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw162 FG01-... FG16-...

The rarer regimes, as batches 90, 93, ..., 156 and 159 (batch 159 the
template, batch 156 its predecessor).  A blind batch: all 16 cases are split
"validation" (split162.json, regime tags as split159.json).

Rotation: of the two kinds each regime leaves after batches 156 and 159,
the one batch 153 did not use (that decided every regime), but limit-raise
(the rule gives b) and oom-fast (the rule gives b) cannot take b (no b load
is known to OOM within about an hour; batches 159-161 added none) and take
the other kind left, a: limit-raise a (BU03's 48 KB x 193 at 300 MiB, as
BU03, DJ03, DT03 and EX03), oom-fast a (BZ10's 64 KB x 193 at 320 MiB, as
BZ10, ED10, EN10 and EX10).  long-interval a, culprit-last b, limit-raise
a, multi-task c, quick-followup d, flag-flip c, slow-leak d, fixed-later
b, culprit-early c, oom-fast a; the frequent-deploys case stays a b.
Leaking a 3, b 3, c 3, d 2.

PR and pipeline numbers: this file runs scenarios161.py (11..2684) and
lists FG last (2685..2700).  Seeds 162001..162016, but FG06 162106
(162006 gave a PR number equal to one of CA02's).  Dates 2034-03-27
(FG01) to 2034-04-11 (FG16).  Limits ABABABBBABBAABAA (A 300, B 320 MiB).
Cases of 300 samples or more use ts_format "wire" (all but FG05, 253
samples, and FG10, 281, ISO 8601); TimestampAscending for FG02, FG05,
FG06, FG10, FG11, FG14 and FG15.  The notes' "epoch" and "ascending" tags
are written from these fields.

Loads by batch 161's units for the next batch (its main figures, but the b
and c units over an hour or more without the slow FD07 and FE07, 0.00338
and 0.0065, as the brief's units decision asked: a 0.0260 frequent, 0.0391
an hour or more; b 0.00328 / 0.00338; c 0.0120 / 0.0065; d 0.0157 /
0.0134; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for FG04; ~1.5 %/h for the slow FG07), all
within 0.4 %.  Not by the units: FG03 (BU03's OOM load) and FG10 (BZ10's).
Healthy loads are earlier batches'.  The "~N %/h" in the notes are aims,
not measurements.  Service names: towns of Sardinia; PR and flag words:
Sardinian foods and drinks.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios161.py"))["SCENARIOS"]   # 11..2684

_I = {
    1: [31, 28, 30, 224, 29, 31],
    2: [21, 20, 22, 21, 22, 20, 21, 22, 20, 21, 22, 20, 21, 139],
    3: [24, 22, 23, 25, 22, 24, 88, 31, 33, 30],
    4: [29, 31, 27, 30, 28, 31, 29, 27, 30, 28, 31, 29],
    5: [30, 29, 31, 28, 15, 30, 31, 29, 30],
    6: [30, 31, 29, 32, 28, 121, 30],
    7: [33, 31, 34, 30, 32, 65, 56, 30, 31, 29],
    8: [28, 31, 29, 27, 30, 31, 28, 30, 29, 31, 27, 30, 29],
    9: [52, 37, 29, 28, 30, 27, 29, 30, 28, 29, 27],
    10: [30, 29, 31, 71, 30, 29, 31, 30],
    11: [26, 28, 25, 27, 26, 28, 25, 27, 26, 28, 27, 25, 26, 28],
    12: [37, 33, 36, 31, 38, 34, 32, 39, 35],
    13: [47, 41, 56, 37, 53, 45, 58, 38],
    14: [34, 236, 30, 31],
    15: [62, 57, 68, 60, 66, 59],
    16: [19, 21, 18, 22, 20, 19, 21, 22, 18, 20, 21, 19, 22, 18, 20, 21],
}

FG_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FG01-a-long-interval-224-culprit-3-of-5-300', seed=162001, kind='a', culprit=3,
         intervals=_I[1],
         start='2034-03-27T11:40:00Z', service='alghero-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=150, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/alghero-sebada-history', 'Keep alghero orders for the sebada history'),
         note='culprit #3 of 5 at 13:09 after 31, 28, 30 min healthy intervals, then one 224 min (3 h 44) interval (13:09-16:53) across the afternoon peak; ~5 %/h of 300 MiB at peak (1 KB x 150, +0.10 %); #4 and #5 still leak (29 and 31 min, to 17:53); epoch'),
    dict(name='FG02-b-culprit-last-13-of-13-320', seed=162002, kind='b', culprit=13,
         intervals=_I[2],
         start='2034-03-28T09:05:00Z', service='bosa-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=132, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/bosa-fregola-quote-memo', 'Memoise bosa quotes per fregola and customer'),
         note='the culprit is the last deploy #13 at 13:38: one 139 min interval of evidence (to 15:57) after thirteen healthy intervals of 20-22 min from 09:05; ~5 %/h of 320 MiB at peak (14 lines x 132, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FG03-a-limit-raise-740', seed=162003, kind='a', culprit=6, limit_raise={'deploy': 8, 'limit_mib': 740, 'heap_mb': 392},
         intervals=_I[3],
         start='2034-03-29T10:28:00Z', service='arbatax-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format='wire',
         limit_pr_title=('ops/arbatax-orders-memory-740', 'Give the arbatax orders task 740 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/arbatax-zippole-history', 'Keep arbatax orders for the zippole history'),
         note="leak from #6 at 12:48 after six healthy intervals of 22-25 min (BU03's, DJ03's, DT03's and EX03's load: 48 KB orders at 193 req/s, heap 160 MB; their OOMs 51-64 min in) should OOM within #6's 88 min; #7 (31 min) still at 300 MiB; limit 300 -> 740 MiB (heap 392 MB) two deploys after the culprit, at #8 at 14:47, the percentages fall to 0.41 of the old scale and the leak goes on through #8 (33 min) and #9 (30 min, to 15:50); epoch"),
    dict(name='FG04-c-three-tasks-culprit-7-of-11-320', seed=162004, kind='c', culprit=7, tasks=3, roll_gap=2,
         intervals=_I[4],
         start='2034-03-30T10:05:00Z', service='nuoro-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=412, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/nuoro-filindeu-listeners', 'Tell open nuoro bookings when a filindeu slot frees'),
         note='3 tasks, rolling deploys 2 min apart per task; 11 deploys 27-31 min apart from 10:05, culprit #7 of 11 at 13:30 (5 leaking intervals, to 15:55); each task ~5 %/h of 320 MiB at peak (7 KB x 412 over 3 tasks, -0.02 %); metrics-ci.jsonl; epoch'),
    dict(name='FG05-d-quick-followup-culprit-4-300', seed=162005, kind='d', culprit=4,
         intervals=_I[5],
         start='2034-03-31T11:42:00Z', service='olbia-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=146, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         culprit_pr_title=('perf/olbia-mirto-timers', 'Confirm olbia bookings from delayed mirto timers'),
         note='culprit #4 of 8 at 13:40 runs only 15 min before an unrelated follow-up #5 at 13:55 (which still leaks, 30 min), then #6 (31 min), #7 (29 min), #8 (30 min) (to 15:55); ~5 %/h of 300 MiB at peak (3 KB x 146, +0.17 %); ascending'),
    dict(name='FG06-c-flag-flip-53-min-in-v6-320', seed=162106, kind='c', flag='sassari_pistoccu_booking_listeners', flag_at=sum(_I[6][:5]) + 53,
         intervals=_I[6],
         start='2034-04-01T11:00:00Z', service='sassari-bookings',
         profile='orders', params={'payload_kb': 9}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag sassari_pistoccu_booking_listeners on at about 14:23, 53 min after #5 and 68 min before #6 (v6's interval 121 min), then #6 (30 min, to 16:01); every booking's listeners kept (~5 %/h of 320 MiB at peak, 9 KB x 107, +0.15 %) from then on; epoch, ascending"),
    dict(name='FG07-d-slow-leak-culprit-5-of-9-320', seed=162007, kind='d', culprit=5,
         intervals=_I[7],
         start='2034-04-02T10:45:00Z', service='macomer-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=140, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/macomer-guttiau-timers', 'Confirm macomer bookings from delayed guttiau timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 140, +0.05 %) from #5 of 9 at 13:25 after 33, 31, 34, 30, 32 min healthy intervals; 65, 56, 30, 31, 29 min leaking intervals (to 16:56); epoch'),
    dict(name='FG08-b-fixed-two-later-7-by-9-of-12-320', seed=162008, kind='b', culprit=7, fixed=9,
         intervals=_I[8],
         start='2034-04-03T10:06:00Z', service='oristano-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=154, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/oristano-suspiriu-quote-memo', 'Memoise oristano quotes per suspiriu and customer'),
         fixed_pr_title=('fix/oristano-aranzada-quote-memo', 'Bound the oristano quote memo by aranzada and evict old customers'),
         note='leak from #7 at 13:30 (~5 %/h of 320 MiB at peak, 12 lines x 154, -0.06 %) after 7 healthy intervals of 27-31 min from 10:06; #8 at 14:00 still leaks; fixed two deploys later by #9 at 14:29, then #10-#12 (31, 27, 30, 29 min, to 16:26); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FG09-c-culprit-early-2-of-10-300', seed=162009, kind='c', culprit=2,
         intervals=_I[9],
         start='2034-04-04T12:01:00Z', service='iglesias-bookings',
         profile='orders', params={'payload_kb': 11}, peak_rps=82, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/iglesias-candelau-listeners', 'Tell open iglesias bookings when a candelau slot frees'),
         note='culprit is the second deploy #2 of 10 at 13:30, after 52 min of v1 and 37 of v2; every later interval leaks (27-30 min, to 17:47; ~5 %/h of 300 MiB at peak, 11 KB x 82, +0.06 %); epoch'),
    dict(name='FG10-a-oom-fast-culprit-3-of-7-320', seed=162010, kind='a', culprit=3,
         intervals=_I[10],
         start='2034-04-05T12:00:00Z', service='carbonia-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, scan_by='TimestampAscending',
         culprit_pr_title=('feat/carbonia-gueffus-history', 'Keep carbonia orders for the gueffus history'),
         note="leak from #3 of 7 at 13:30, 64 KB orders at 193 req/s (BZ10's, ED10's, EN10's and EX10's load; their OOMs 40.5-49.5 min in): OOM within about an hour of the onset (heap 160 MB), in #3 (71 min); #4-#7 (30, 29, 31, 30 min, to 16:41) still leaking; ascending"),
    dict(name='FG11-b-frequent-deploys-culprit-8-of-13-320', seed=162011, kind='b', culprit=8,
         intervals=_I[11],
         start='2034-04-06T10:18:00Z', service='cabras-quotes',
         profile='quote', params={'detail': 15, 'skus': 400}, peak_rps=127, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/cabras-tiliccas-quote-memo', 'Memoise cabras quotes per tiliccas and customer'),
         note='13 deploys 25-28 min apart from 10:18, culprit #8 of 13 at 13:50 (6 leaking intervals, to 16:30); ~5 %/h of 320 MiB at peak (15 lines x 127, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='FG12-step-quote-culprit-4-of-8-300', seed=162012, kind='step', culprit=4,
         intervals=_I[12],
         start='2034-04-07T11:13:00Z', service='posada-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/posada-copulet-table-at-boot', 'Load the posada copulet table at boot'),
         note='level shift at #4 of 8 (13:30), quote route (20 lines at 95 req/s, 400 SKUs); 8 deploys 31-39 min apart from 11:13 (to 16:28); no trend after; must not alarm; epoch'),
    dict(name='FG13-e-lru-morning-1205-300', seed=162013, kind='e',
         intervals=_I[13],
         start='2034-04-08T08:20:00Z', service='tempio-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1205'}, ts_format='wire',
         note='bounded LRU (1205 entries) refilling after each of 7 deploys 37-58 min apart, from 08:20 up the morning rise over noon to 14:35; must not alarm; epoch'),
    dict(name='FG14-none-long-interval-236-orders-320', seed=162014, kind='none',
         intervals=_I[14],
         start='2034-04-09T10:05:00Z', service='ozieri-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 236 min (3 h 56) interval (10:39-14:35) across the late morning and the afternoon peak between 34 and 30 min ones (to 15:36); must not alarm; epoch, ascending'),
    dict(name='FG15-f-load-dawn-0650-300', seed=162015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-04-10T06:50:00Z', service='lanusei-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 06:50 up the dawn and morning rise to 13:02, across 5 deploys 57-68 min apart; must not alarm; epoch, ascending'),
    dict(name='FG16-none-frequent-quote-1535-300', seed=162016, kind='none',
         intervals=_I[16],
         start='2034-04-11T15:35:00Z', service='muravera-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 15:35 down the late afternoon and evening fall to 20:56; 15 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FG_SCENARIOS
