"""memblame's tracelab scenarios, batch 218: HK01..HK16 (real memory traces with labels).

(Named HK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-217 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HJ.  No case folder, scenario name or split
entry starts with "HK".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 218"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios218.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios218.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw218 HK01-... HK16-...

The rarer regimes, as batches 90, 93, ..., 210 and 215 (batch 215 the
template, batch 210 its predecessor).  A blind batch: all 16 cases are
split "validation" (split218.json, regime tags as split215.json).

Rotation: of the two kinds each regime leaves after batches 210 (d, c, c,
d, a, b, a, c, b, d) and 215 (b, a, a, b, b, a, c, d, a, a), the one batch
207 (c, d, d, a, c, d, b, a, d, c) did not use (that decided every
regime): a, b, b, c, d, c, d, b, c, b; but limit-raise (left b, d) and
oom-fast (left b, c) cannot take b (no b load is known to OOM within about
an hour; no section of batches 207-216 names one) and take the other kind
left: limit-raise d with the d OOM load (64 KB x 180 at 320 MiB, heap 160
MB, as ET10, FD10, FJ03, FM10, FU03, FX10, GE03, GH10, GO03, GR10, GZ03
and HC10; OOMs 52.5-54.5 min in), oom-fast c with the c OOM load (75 KB x
178 at 300 MiB, heap 160 MB, as ET03, FD03, FJ10, FM03, FU10, FX03, GE10,
GH03, GO10, GR03, GZ10 and HC03; OOMs 44.5-51.5 min in), as batch 207
did.  Here long-interval a, culprit-last b, limit-raise d, multi-task c,
quick-followup d, flag-flip c, slow-leak d, fixed-later b, culprit-early
c, oom-fast c; the frequent-deploys case stays a b.  Leaking a 1, b 3, c
4, d 3.

Loads by batch 216's units for the next batch (its main figures, but its
figures without the slow cases for a and c over an hour or more, each
resting on two cases or more): over an hour or more a 0.0274, b 0.00269,
c 0.00859, d 0.00999; frequent b 0.00344 (%/h per unit of size x rate at
peak at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for HK04;
~1.4 %/h for the slow HK07), all within 0.4 %: HK01 a 2 KB x 114 (320, -0.04 %), HK02 b 18 lines x 121 (300, -0.01 %), HK04 c 8 KB x 273 (320 over 3 tasks, +0.06 %), HK05 d 5 KB x 125 (320, -0.10 %), HK06 c 4 KB x 182 (320, +0.06 %), HK07 d 1 KB x 164 (300, slow, -0.14 %), HK08 b 14 lines x 166 (320, +0.02 %), HK09 c 3 KB x 227 (300, -0.16 %), HK11 b 13 lines x 131 (300, frequent, -0.02 %); none an earlier
scenario's load at the same limit and task count.  Not by the units: HK03
and HK10 (their OOM loads).  Healthy loads are earlier batches'.  The "~N
%/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios217.py (11..3580) and
lists HK last (3581..3596).  Seeds 218001..218016.  Dates 2036-10-13
(HK01) to 2036-10-28 (HK16), after batch 217's 2036-09-27..10-12.  Limits
BABBBBABAAAABABA (A 300, B 320 MiB; no earlier batch of 16 had it, its flip or its
first eight).  Every case has 300 samples or more and uses ts_format
"wire"; TimestampAscending for HK06, HK07, HK08, HK09, HK12, HK16 (no earlier batch had this set).
Heap 160 MB everywhere but HK03 after its raise.  Service names: Japanese
mountains; PR, fix, step, limit and flag words: Swahili animal names
(from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios217.py"))["SCENARIOS"]   # 11..3580

_I = {
    1: [39, 41, 38, 247, 40, 38],
    2: [49, 51, 48, 50, 49, 176],
    3: [37, 39, 36, 94, 31, 29, 32, 30, 28],
    4: [37, 39, 36, 38, 37, 39, 36, 38, 37],
    5: [29, 31, 28, 30, 27, 17, 30, 28, 31, 29, 32],
    6: [30, 28, 31, 132, 29, 31, 30, 28],
    7: [31, 29, 32, 28, 64, 61, 30, 29, 31, 28, 30],
    8: [30, 32, 29, 31, 42, 37, 45, 29, 31, 28, 30],
    9: [45, 41, 30, 28, 31, 29, 32, 30, 28, 31, 29, 32],
    10: [31, 29, 30, 28, 81, 30, 29, 31, 28, 30],
    11: [25, 24, 26, 25, 24, 26, 25, 26, 24, 25, 26, 24, 25, 26, 24, 25, 26],
    12: [31, 35, 33, 30, 34, 32, 36, 31, 33, 35],
    13: [44, 52, 38, 57, 41, 49, 36, 55],
    14: [30, 226, 31, 28],
    15: [57, 60, 55, 59, 56, 58],
    16: [19, 18, 20, 19, 18, 20, 19, 20, 18, 19, 20, 18, 19, 20, 18, 19, 18, 20, 19, 20, 18],
}

HK_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HK01-a-long-interval-247-culprit-3-of-5-320', seed=218001, kind='a', culprit=3,
         intervals=_I[1],
         start='2036-10-13T11:07:00Z', service='hakusan-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=114, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/hakusan-simba-history', 'Keep hakusan orders for the simba history'),
         note='culprit #3 of 5 at 13:05 after 39, 41, 38 min healthy intervals, then one 247 min (4 h 07) interval (13:05-17:12) across the afternoon peak; ~5 %/h of 320 MiB at peak (2 KB x 114, -0.04 %); #4 and #5 still leak (40, 38 min, to 18:30); epoch'),
    dict(name='HK02-b-culprit-last-5-of-5-300', seed=218002, kind='b', culprit=5,
         intervals=_I[2],
         start='2036-10-14T09:08:00Z', service='chokai-quotes',
         profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=121, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/chokai-chui-quote-memo', 'Memoise chokai quotes per chui and customer'),
         note='the culprit is the last deploy #5 at 13:15: one 176 min interval of evidence (to 16:11) after five healthy intervals of 48-51 min from 09:08; ~5 %/h of 300 MiB at peak (18 lines x 121, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HK03-d-limit-raise-1005', seed=218003, kind='d', culprit=3, limit_raise={'deploy': 5, 'limit_mib': 1005, 'heap_mb': 536},
         intervals=_I[3],
         start='2036-10-15T11:08:00Z', service='gassan-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         limit_pr_title=('ops/gassan-punda-memory-1005', 'Give the gassan bookings task 1005 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/gassan-nyati-timers', 'Confirm gassan bookings from delayed nyati timers'),
         note="leak from #3 at 13:00 after three healthy intervals of 36-39 min (the d OOM load of ET10, FD10, FJ03, FM10, FU03, FX10, GE03, GH10, GO03, GR10, GZ03 and HC10: 64 KB bookings at 180 req/s, heap 160 MB, 320 MiB; their OOMs 52.5-54.5 min in) should OOM within #3's 94 min; #4 (31 min, from 14:34) still at 320 MiB; limit 320 -> 1005 MiB (heap 536 MB, the punda change) two deploys after the culprit, at #5 at 15:05, the percentages fall to under a third of the old scale and the leak goes on through #5 (29 min), #6 (32 min), #7 (30 min) and #8 (28 min, to 17:04); epoch"),
    dict(name='HK04-c-three-tasks-gap-7-culprit-3-of-8-320', seed=218004, kind='c', culprit=3, tasks=3, roll_gap=7,
         intervals=_I[4],
         start='2036-10-16T11:18:00Z', service='bandai-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=273, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/bandai-fisi-listeners', 'Tell open bandai bookings when a fisi slot frees'),
         note='3 tasks, rolling deploys 7 min apart per task; 8 deploys 36-39 min apart from 11:18, culprit #3 of 8 at 13:10 (6 leaking intervals, to 16:55); each task ~5 %/h of 320 MiB at peak (8 KB x 273 over 3 tasks, +0.06 %); metrics-ci.jsonl; epoch'),
    dict(name='HK05-d-quick-followup-culprit-5-320', seed=218005, kind='d', culprit=5,
         intervals=_I[5],
         start='2036-10-17T10:55:00Z', service='akagi-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=125, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/akagi-nyani-timers', 'Confirm akagi bookings from delayed nyani timers'),
         note='culprit #5 of 10 at 13:20 runs only 17 min before an unrelated follow-up #6 at 13:37 (which still leaks, 30 min), then #7-#10 (28, 31, 29, 32 min, to 16:07); ~5 %/h of 320 MiB at peak (5 KB x 125, -0.10 %); epoch'),
    dict(name='HK06-c-flag-flip-63-min-in-v4-320', seed=218006, kind='c', flag='haruna_swala_booking_listeners', flag_at=sum(_I[6][:3]) + 63,
         intervals=_I[6],
         start='2036-10-18T10:52:00Z', service='haruna-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=182, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag haruna_swala_booking_listeners on at 13:23:30, 63 min into v4's 132 min interval (12:21-14:33), 69 min before #4; then #4-#7 (29, 31, 30, 28 min, to 16:31); ~5 %/h of 320 MiB at peak (4 KB x 182, +0.06 %); epoch, ascending"),
    dict(name='HK07-d-slow-leak-culprit-4-of-10-300', seed=218007, kind='d', culprit=4,
         intervals=_I[7],
         start='2036-10-19T11:15:00Z', service='myoko-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=164, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/myoko-korongo-timers', 'Confirm myoko bookings from delayed korongo timers'),
         note='slow leak (~1.4 %/h of 300 MiB at peak, 1 KB x 164, -0.14 %) from #4 of 10 at 13:15 after 31, 29, 32, 28 min healthy intervals; 64, 61, 30, 29, 31, 28, 30 min leaking intervals (to 17:48); epoch, ascending'),
    dict(name='HK08-b-fixed-three-later-4-by-7-of-10-320', seed=218008, kind='b', culprit=4, fixed=7,
         intervals=_I[8],
         start='2036-10-20T11:23:00Z', service='kirishima-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=166, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/kirishima-bundi-quote-memo', 'Memoise kirishima quotes per bundi and customer'),
         fixed_pr_title=('fix/kirishima-kasuku-quote-key', 'Key kirishima kasuku quotes by SKU again'),
         note='leak from #4 at 13:25 (~5 %/h of 320 MiB at peak, 14 lines x 166, +0.02 %) after 4 healthy intervals of 29-32 min from 11:23; #4 leaks for 42 min, #5 and #6 (unrelated deploys) for 37 and 45 min; fixed three deploys later by #7 at 15:29, then #8-#10 (31, 28, 30 min, to 17:27); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HK09-c-culprit-early-2-of-11-300', seed=218009, kind='c', culprit=2,
         intervals=_I[9],
         start='2036-10-21T11:44:00Z', service='daisetsu-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=227, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/daisetsu-njiwa-listeners', 'Tell open daisetsu bookings when a njiwa slot frees'),
         note='culprit is the second deploy #2 of 11 at 13:10, after 45 min of v1 and 41 of v2 (86 min); every later interval leaks (28-32 min, to 18:10; ~5 %/h of 300 MiB at peak, 3 KB x 227, -0.16 %); epoch, ascending'),
    dict(name='HK10-c-oom-fast-culprit-4-of-9-300', seed=218010, kind='c', culprit=4,
         intervals=_I[10],
         start='2036-10-22T11:07:00Z', service='tokachi-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/tokachi-sungura-listeners', 'Tell open tokachi bookings when a sungura slot frees'),
         note="leak from #4 of 9 at 13:05, 75 KB bookings at 178 req/s (the c OOM load of ET03, FD03, FJ10, FM03, FU10, FX03, GE10, GH03, GO10, GR03, GZ10 and HC03, 300 MiB; their OOMs 44.5-51.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (81 min); #5-#9 (30, 29, 31, 28, 30 min, to 16:54) still leaking; epoch"),
    dict(name='HK11-b-frequent-deploys-culprit-7-of-16-300', seed=218011, kind='b', culprit=7,
         intervals=_I[11],
         start='2036-10-23T10:20:00Z', service='yotei-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=131, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/yotei-ngamia-quote-memo', 'Memoise yotei quotes per ngamia and customer'),
         note='16 deploys 24-26 min apart from 10:20, culprit #7 of 16 at 13:15 (10 leaking intervals, to 17:26); ~5 %/h of 300 MiB at peak (13 lines x 131, frequent unit, -0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HK12-step-quote-culprit-4-of-9-300', seed=218012, kind='step', culprit=4,
         intervals=_I[12],
         start='2036-10-24T06:31:00Z', service='iwaki-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/iwaki-mbuzi-table-at-boot', 'Load the iwaki mbuzi table at boot'),
         note='level shift at #4 of 9 (08:40), quote route (20 lines at 95 req/s, 400 SKUs); 9 deploys 30-36 min apart from 06:31 (to 12:01), up the morning rise to midday; no trend after; must not alarm; epoch, ascending'),
    dict(name='HK13-e-lru-dawn-0450-1157-320', seed=218013, kind='e',
         intervals=_I[13],
         start='2036-10-25T04:50:00Z', service='hakkoda-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1157'},
         note='bounded LRU (1157 entries) refilling after each of 7 deploys 36-57 min apart, from 04:50 through the dawn and up the morning rise to 11:02; must not alarm; epoch'),
    dict(name='HK14-none-long-interval-226-orders-300', seed=218014, kind='none',
         intervals=_I[14],
         start='2036-10-26T00:50:00Z', service='kaimon-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s); one 226 min (3 h 46) interval (01:20-05:06) through the night trough between 30 and 31, 28 min ones (to 06:05); must not alarm; epoch'),
    dict(name='HK15-f-load-midday-0920-320', seed=218015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-10-27T09:20:00Z', service='shirane-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 09:20 up the morning over midday into the afternoon to 15:05, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='HK16-none-frequent-quote-0615-300', seed=218016, kind='none',
         intervals=_I[16],
         start='2036-10-28T06:15:00Z', service='asahidake-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 06:15 up the morning rise to 12:54; 20 deploys 18-20 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + HK_SCENARIOS
