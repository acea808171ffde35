"""memblame's tracelab scenarios, batch 215: HH01..HH16 (real memory traces with labels).

(Named HH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-214 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HG.  No case folder, scenario name or split
entry starts with "HH".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 215"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios215.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios215.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw215 HH01-... HH16-...

The rarer regimes, as batches 90, 93, ..., 207 and 210 (batch 210 the
template, batch 207 its predecessor).  A blind batch: all 16 cases are
split "validation" (split215.json, regime tags as split210.json).

Rotation: of the two kinds each regime leaves after batches 207 (c, d, d,
a, c, d, b, a, d, c) and 210 (d, c, c, d, a, b, a, c, b, d), the one batch
202 (a, b, a, c, d, c, d, b, c, a) did not use (that decided every
regime): b, a, b, b, b, a, c, d, a, b; but limit-raise (left a, b) and
oom-fast (left a, b) cannot take b (no b load is known to OOM within about
an hour; no section of batches 202-213 names one) and take the other kind
left: limit-raise a with BU03's a OOM load (48 KB x 193 at 300 MiB, heap
160 MB, as BU03, DJ03, DT03, EX03, FG03, FQ03, GA03, GK03 and GU03; OOMs
51-64 min in), oom-fast a with BZ10's a OOM load (64 KB x 193 at 320 MiB,
heap 160 MB, as BZ10, ED10, EN10, EX10, FG10, FQ10, GA10, GK10 and GU10;
OOMs 38.5-50.5 min in).  Here long-interval b, culprit-last a,
limit-raise a, multi-task b, quick-followup b, flag-flip a, slow-leak c,
fixed-later d, culprit-early a, oom-fast a; the frequent-deploys case
stays a b.  Leaking a 5, b 4, c 1, d 1.

Loads by batch 213's units for the next batch (its main figures; it
prints no figure without the slow cases, none being set aside): over an
hour or more a 0.0465, b 0.00421, c 0.0170, d 0.0142; frequent b 0.00381
(%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h
of the limit (per task for HH04; ~1.6 %/h for the slow HH07), all within
0.4 %: HH01 b 8 lines x 174 (300, +0.02 %), HH02 a 3 KB x 42 (300, -0.01
%), HH04 b 16 lines x 174 (300 over 2 tasks, +0.02 %), HH05 b 16 lines x
87 (300, +0.02 %), HH06 a 1 KB x 134 (320, -0.30 %), HH07 c 5 KB x 22
(300, slow, -0.27 %), HH08 d 4 KB x 110 (320, -0.03 %), HH09 a 6 KB x 21
(300, -0.01 %), HH11 b 10 lines x 164 (320, frequent, -0.03 %); none an
earlier scenario's load at the same limit and task count. Not by the
units: HH03 and HH10 (their OOM loads). Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios214.py (11..3532) and
lists HH last (3533..3548).  Seeds 215001..215016.  Dates 2036-08-26
(HH01) to 2036-09-10 (HH16), after batch 214's 2036-08-10..08-25.  Limits
AAAAABABABBBBBBA (A 300, B 320 MiB; no earlier batch of 16 had it, its flip or its
first eight).  Every case but HH05 (289 samples, ISO 8601) has 300
samples or more and uses ts_format "wire"; TimestampAscending for HH03, HH04, HH05, HH11, HH14, HH16
(no earlier batch had this set).  Heap 160 MB everywhere but HH03 after
its raise.  Service names: Swiss Alpine passes; PR, fix, step, limit and
flag words: Hungarian bird names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios214.py"))["SCENARIOS"]   # 11..3532

_I = {
    1: [35, 37, 229, 36, 34, 37],
    2: [28, 30, 27, 29, 28, 30, 27, 29, 167],
    3: [33, 35, 32, 34, 89, 31, 29, 32, 30],
    4: [41, 43, 40, 42, 41, 43, 40, 42],
    5: [27, 29, 26, 14, 28, 26, 29, 27, 28, 26, 29],
    6: [29, 31, 30, 28, 109, 30, 31, 29],
    7: [30, 28, 31, 29, 32, 30, 68, 57, 29, 31, 28, 30],
    8: [31, 29, 30, 28, 32, 47, 39, 30, 28, 31, 29, 30],
    9: [91, 30, 28, 31, 29, 32, 30, 28, 31, 29, 32, 30],
    10: [30, 28, 31, 29, 32, 30, 27, 85, 30, 29, 31, 28],
    11: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27, 29, 28, 27, 29, 28],
    12: [32, 34, 30, 35, 33, 31, 36, 30, 34, 32, 33],
    13: [47, 39, 55, 43, 59, 37, 51, 42],
    14: [31, 214, 30, 29],
    15: [59, 56, 60, 55, 58, 57],
    16: [21, 20, 22, 21, 20, 22, 21, 22, 20, 21, 22, 20, 21, 22, 20, 21, 20, 22, 21],
}

HH_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HH01-b-long-interval-229-culprit-2-of-5-300', seed=215001, kind='b', culprit=2,
         intervals=_I[1],
         start='2036-08-26T11:53:00Z', service='grimsel-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=174, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/grimsel-cinege-quote-memo', 'Memoise grimsel quotes per cinege and customer'),
         note='culprit #2 of 5 at 13:05 after 35, 37 min healthy intervals, then one 229 min (3 h 49) interval (13:05-16:54) across the afternoon peak; ~5 %/h of 300 MiB at peak (8 lines x 174, +0.02 %); #3-#5 still leak (36, 34, 37 min, to 18:41); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HH02-a-culprit-last-8-of-8-300', seed=215002, kind='a', culprit=8,
         intervals=_I[2],
         start='2036-08-27T09:27:00Z', service='furka-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=42, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/furka-gerle-history', 'Keep furka orders for the gerle history'),
         note='the culprit is the last deploy #8 at 13:15: one 167 min interval of evidence (to 16:02) after eight healthy intervals of 27-30 min from 09:27; ~5 %/h of 300 MiB at peak (3 KB x 42, -0.01 %); epoch'),
    dict(name='HH03-a-limit-raise-915', seed=215003, kind='a', culprit=4, limit_raise={'deploy': 6, 'limit_mib': 915, 'heap_mb': 488},
         intervals=_I[3],
         start='2036-08-28T10:46:00Z', service='susten-orders',
         profile='orders', params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         limit_pr_title=('ops/susten-bagoly-memory-915', 'Give the susten orders task 915 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/susten-harkaly-history', 'Keep susten orders for the harkaly history'),
         note="leak from #4 at 13:00 after four healthy intervals of 32-35 min (the a OOM load of BU03, DJ03, DT03, EX03, FG03, FQ03, GA03, GK03 and GU03: 48 KB orders at 193 req/s, heap 160 MB, 300 MiB; their OOMs 51-64 min in) should OOM within #4's 89 min; #5 (31 min, from 14:29) still at 300 MiB; limit 300 -> 915 MiB (heap 488 MB, the bagoly change) two deploys after the culprit, at #6 at 15:00, the percentages fall to under a third of the old scale and the leak goes on through #6 (29 min), #7 (32 min) and #8 (30 min, to 16:31); epoch, ascending"),
    dict(name='HH04-b-two-tasks-gap-5-culprit-2-of-7-300', seed=215004, kind='b', culprit=2, tasks=2, roll_gap=5,
         intervals=_I[4],
         start='2036-08-29T11:46:00Z', service='oberalp-quotes',
         profile='quote', params={'detail': 16, 'skus': 400}, peak_rps=174, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/oberalp-varju-quote-memo', 'Memoise oberalp quotes per varju and customer'),
         note='2 tasks, rolling deploys 5 min apart per task; 7 deploys 40-43 min apart from 11:46, culprit #2 of 7 at 13:10 (6 leaking intervals, to 17:18); each task ~5 %/h of 300 MiB at peak (16 lines x 174 over 2 tasks, +0.02 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch, ascending'),
    dict(name='HH05-b-quick-followup-culprit-3-300', seed=215005, kind='b', culprit=3,
         intervals=_I[5],
         start='2036-08-30T11:58:00Z', service='lukmanier-quotes',
         profile='quote', params={'detail': 16, 'skus': 400}, peak_rps=87, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         culprit_pr_title=('perf/lukmanier-fecske-quote-memo', 'Memoise lukmanier quotes per fecske and customer'),
         note='culprit #3 of 10 at 13:20 runs only 14 min before an unrelated follow-up #4 at 13:34 (which still leaks, 28 min), then #5-#10 (26, 29, 27, 28, 26, 29 min, to 16:47); ~5 %/h of 300 MiB at peak (16 lines x 87, +0.02 %); good releases warm a per-SKU cache (400 SKUs); 289 samples, ISO 8601, ascending'),
    dict(name='HH06-a-flag-flip-41-min-in-v5-320', seed=215006, kind='a', flag='bernina_golya_order_history', flag_at=sum(_I[6][:4]) + 41,
         intervals=_I[6],
         start='2036-08-31T10:48:00Z', service='bernina-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=134, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag bernina_golya_order_history on at 13:26:30, 41 min into v5's 109 min interval (12:46-14:35), 68 min before #5; then #5-#7 (30, 31, 29 min, to 16:05); ~5 %/h of 320 MiB at peak (1 KB x 134, -0.30 %); epoch"),
    dict(name='HH07-c-slow-leak-culprit-6-of-11-300', seed=215007, kind='c', culprit=6,
         intervals=_I[7],
         start='2036-09-01T10:15:00Z', service='maloja-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=22, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/maloja-vereb-listeners', 'Tell open maloja bookings when a vereb slot frees'),
         note='slow leak (~1.6 %/h of 300 MiB at peak, 5 KB x 22, -0.27 %) from #6 of 11 at 13:15 after 30, 28, 31, 29, 32, 30 min healthy intervals; 68, 57, 29, 31, 28, 30 min leaking intervals (to 17:18); epoch'),
    dict(name='HH08-d-fixed-two-later-5-by-7-of-11-320', seed=215008, kind='d', culprit=5, fixed=7,
         intervals=_I[8],
         start='2036-09-02T10:55:00Z', service='julier-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=110, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/julier-pinty-timers', 'Confirm julier bookings from delayed pinty timers'),
         fixed_pr_title=('fix/julier-kakukk-timers-off', 'Confirm julier kakukk bookings at once instead of from timers'),
         note='leak from #5 at 13:25 (~5 %/h of 320 MiB at peak, 4 KB x 110, -0.03 %) after 5 healthy intervals of 28-32 min from 10:55; #5 leaks for 47 min, #6 (an unrelated deploy) for 39 min; fixed two deploys later by #7 at 14:51, then #8-#11 (28, 31, 29, 30 min, to 17:19); epoch'),
    dict(name='HH09-a-culprit-early-1-of-11-300', seed=215009, kind='a', culprit=1,
         intervals=_I[9],
         start='2036-09-03T11:39:00Z', service='albula-orders',
         profile='orders', params={'payload_kb': 6}, peak_rps=21, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/albula-siraly-history', 'Keep albula orders for the siraly history'),
         note='culprit is the first deploy #1 of 11 at 13:10, after 91 min of v1; every later interval leaks (28-32 min, to 18:40; ~5 %/h of 300 MiB at peak, 6 KB x 21, -0.01 %); epoch'),
    dict(name='HH10-a-oom-fast-culprit-7-of-11-320', seed=215010, kind='a', culprit=7,
         intervals=_I[10],
         start='2036-09-04T09:38:00Z', service='fluela-orders',
         profile='orders', params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/fluela-csiz-history', 'Keep fluela orders for the csiz history'),
         note="leak from #7 of 11 at 13:05, 64 KB orders at 193 req/s (the a OOM load of BZ10, ED10, EN10, EX10, FG10, FQ10, GA10, GK10 and GU10, 320 MiB; their OOMs 38.5-50.5 min in): OOM within about an hour of the onset (heap 160 MB), in #7 (85 min); #8-#11 (30, 29, 31, 28 min, to 16:28) still leaking; epoch"),
    dict(name='HH11-b-frequent-deploys-culprit-5-of-15-320', seed=215011, kind='b', culprit=5,
         intervals=_I[11],
         start='2036-09-05T10:56:00Z', service='umbrail-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=164, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/umbrail-szarka-quote-memo', 'Memoise umbrail quotes per szarka and customer'),
         note='15 deploys 27-29 min apart from 10:56, culprit #5 of 15 at 13:15 (11 leaking intervals, to 18:24); ~5 %/h of 320 MiB at peak (10 lines x 164, frequent unit, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='HH12-step-orders-culprit-6-of-10-320', seed=215012, kind='step', culprit=6,
         intervals=_I[12],
         start='2036-09-06T16:00:00Z', service='klausen-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/klausen-gebics-table-at-boot', 'Load the klausen gebics table at boot'),
         note='level shift at #6 of 10 (19:15), orders route (5 KB at 90 req/s); 10 deploys 30-36 min apart from 16:00 (to 22:00), down the evening; no trend after; must not alarm; epoch'),
    dict(name='HH13-e-lru-midday-1120-1297-320', seed=215013, kind='e',
         intervals=_I[13],
         start='2036-09-07T11:20:00Z', service='pragel-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1297'},
         note='bounded LRU (1297 entries) refilling after each of 7 deploys 37-59 min apart, from 11:20 over midday and the afternoon peak to 17:33; must not alarm; epoch'),
    dict(name='HH14-none-long-interval-214-quote-320', seed=215014, kind='none',
         intervals=_I[14],
         start='2036-09-08T06:39:00Z', service='brunig-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 214 min (3 h 34) interval (07:10-10:44) up the morning rise between 31 and 30, 29 min ones (to 11:43); good releases warm a per-SKU cache; must not alarm; epoch, ascending'),
    dict(name='HH15-f-load-night-0040-320', seed=215015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-09-09T00:40:00Z', service='nufenen-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 00:40 through the night trough into the dawn to 06:25, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='HH16-none-frequent-orders-2210-300', seed=215016, kind='none',
         intervals=_I[16],
         start='2036-09-10T22:10:00Z', service='simplon-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s), from 22:10 through the late evening past midnight into the small hours to 04:49; 18 deploys 20-22 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + HH_SCENARIOS
