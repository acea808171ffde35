"""memblame's tracelab scenarios, batch 222: HO01..HO16 (real memory traces with labels).

(Named HO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-221 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HN.  No case folder, scenario name or split
entry starts with "HO".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 222"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios222.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios222.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw222 HO01-... HO16-...

The rarer regimes, as batches 90, 93, ..., 215 and 218 (batch 218 the
template, batch 215 its predecessor).  A blind batch: all 16 cases are
split "validation" (split222.json, regime tags as split218.json).

Rotation: of the two kinds each regime leaves after batches 215 (b, a, a,
b, b, a, c, d, a, a) and 218 (a, b, d, c, d, c, d, b, c, c), the one batch
210 (d, c, c, d, a, b, a, c, b, d) did not use (that decided every
regime): c, d, b, a, c, d, b, a, d, b; but limit-raise (left b, c) and
oom-fast (left b, d) cannot take b (no b load is known to OOM within about
an hour; batch 218's section names none, nor do 219-221's) and take the
other kind left: limit-raise c with the c OOM load (75 KB x 178 at 300
MiB, heap 160 MB, as ET03, FD03, FJ10, FM03, FU10, FX03, GE10, GH03, GO10,
GR03, GZ10, HC03 and HK10; OOMs 44.5-51.5 min in), oom-fast d with the d
OOM load (64 KB x 180 at 320 MiB, heap 160 MB, as ET10, FD10, FJ03, FM10,
FU03, FX10, GE03, GH10, GO03, GR10, GZ03, HC10 and HK03; OOMs 52.5-55.5
min in), as batch 210 did.  Here long-interval c, culprit-last d,
limit-raise c, multi-task a, quick-followup c, flag-flip d, slow-leak b,
fixed-later a, culprit-early d, oom-fast d; the frequent-deploys case stays
a b.  Leaking a 2, b 2, c 3, d 4.

Loads by batch 221's units for the next batch (its main figures; it prints
no figure without the slow cases): over an hour or more a 0.0314, b
0.00492, c 0.0108, d 0.0158; frequent b 0.00404 (%/h per unit of size x
rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for
HO04; ~1.5 %/h for the slow HO07), within 0.4 % but HO06 (widened in 0.1 %
steps to 0.8 %: no free d load at 300 MiB is nearer, and 320 MiB has only
the two HO02 and HO09 take): HO01 c 3 KB x 181 (300, +0.09 %), HO02 d 6 KB
x 66 (320, +0.11 %), HO04 a 1 KB x 373 (300 over 2 tasks, -0.06 %), HO05 c
3 KB x 193 (320, +0.05 %), HO06 d 2 KB x 184 (300, -0.77 %), HO07 b 10
lines x 38 (320, slow, -0.29 %), HO08 a 1 KB x 199 (320, -0.02 %), HO09 d
2 KB x 197 (320, -0.40 %), HO11 b 10 lines x 145 (300, frequent, -0.02 %);
none an earlier scenario's load at the same limit and task count.  Not by
the units: HO03 and HO10 (their OOM loads).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios221.py (11..3644) and
lists HO last (3645..3660).  Seeds 222001..222016.  Dates 2036-12-16
(HO01) to 2036-12-31 (HO16), after batch 221's 2036-11-30..12-15.  Limits
ABAABABBBBAABBAA (A 300, B 320 MiB; no earlier batch of 16 had it, its flip
or its first eight).  Every case has 300 samples or more and uses
ts_format "wire"; TimestampAscending for HO02, HO03, HO05, HO07, HO12,
HO15 (no earlier batch had this set).  Heap 160 MB everywhere but HO03
after its raise.  Service names: Mongolian rivers and lakes; PR, fix,
step, limit and flag words: Finnish animal names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios221.py"))["SCENARIOS"]   # 11..3644

_I = {
    1: [33, 35, 32, 34, 236, 36, 34],
    2: [39, 41, 38, 40, 39, 41, 171],
    3: [31, 33, 30, 32, 30, 91, 29, 32, 30, 28, 31],
    4: [33, 35, 32, 34, 33, 35, 32, 34, 35],
    5: [28, 30, 27, 29, 31, 26, 15, 29, 27, 30, 28, 31],
    6: [30, 29, 118, 31, 28, 30, 29, 31],
    7: [29, 31, 28, 30, 32, 66, 59, 30, 28, 31, 29, 30],
    8: [30, 28, 31, 29, 32, 30, 52, 31, 29, 30, 28, 31],
    9: [88, 30, 28, 31, 29, 32, 30, 28, 31, 29, 32],
    10: [31, 29, 30, 28, 32, 83, 30, 29, 31, 28, 30],
    11: [23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 24, 22, 23, 24, 22],
    12: [33, 31, 35, 30, 34, 32, 36, 31, 33, 30, 34],
    13: [46, 38, 54, 41, 58, 36, 50, 44],
    14: [33, 208, 32, 31],
    15: [58, 55, 59, 56, 60, 57],
    16: [24, 23, 25, 24, 23, 25, 24, 25, 23, 24, 25, 23, 24, 25, 23, 24, 25],
}

HO_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HO01-c-long-interval-236-culprit-4-of-6-300', seed=222001, kind='c', culprit=4,
         intervals=_I[1],
         start='2036-12-16T10:51:00Z', service='kherlen-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=181, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/kherlen-karhu-listeners', 'Tell open kherlen bookings when a karhu slot frees'),
         note='culprit #4 of 6 at 13:05 after 33, 35, 32, 34 min healthy intervals, then one 236 min (3 h 56) interval (13:05-17:01) across the afternoon peak; ~5 %/h of 300 MiB at peak (3 KB x 181, +0.09 %); #5 and #6 still leak (36, 34 min, to 18:11); epoch'),
    dict(name='HO02-d-culprit-last-6-of-6-320', seed=222002, kind='d', culprit=6,
         intervals=_I[2],
         start='2036-12-17T09:17:00Z', service='onon-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=66, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/onon-susi-timers', 'Confirm onon bookings from delayed susi timers'),
         note='the culprit is the last deploy #6 at 13:15: one 171 min interval of evidence (to 16:06) after six healthy intervals of 38-41 min from 09:17; ~5 %/h of 320 MiB at peak (6 KB x 66, +0.11 %); epoch, ascending'),
    dict(name='HO03-c-limit-raise-1020', seed=222003, kind='c', culprit=5, limit_raise={'deploy': 7, 'limit_mib': 1020, 'heap_mb': 544},
         intervals=_I[3],
         start='2036-12-18T10:24:00Z', service='egiin-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         limit_pr_title=('ops/egiin-kettu-memory-1020', 'Give the egiin bookings task 1020 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/egiin-hirvi-listeners', 'Tell open egiin bookings when a hirvi slot frees'),
         note="leak from #5 at 13:00 after five healthy intervals of 30-33 min (the c OOM load of ET03, FD03, FJ10, FM03, FU10, FX03, GE10, GH03, GO10, GR03, GZ10, HC03 and HK10: 75 KB bookings at 178 req/s, heap 160 MB, 300 MiB; their OOMs 44.5-51.5 min in) should OOM within #5's 91 min; #6 (29 min, from 14:31) still at 300 MiB; limit 300 -> 1020 MiB (heap 544 MB, the kettu change) two deploys after the culprit, at #7 at 15:00, the percentages fall to under a third of the old scale and the leak goes on through #7 (32 min), #8 (30 min), #9 (28 min) and #10 (31 min, to 17:01); epoch, ascending"),
    dict(name='HO04-a-two-tasks-gap-6-culprit-4-of-8-300', seed=222004, kind='a', culprit=4, tasks=2, roll_gap=6,
         intervals=_I[4],
         start='2036-12-19T10:56:00Z', service='delger-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=373, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/delger-majava-history', 'Keep delger orders for the majava history'),
         note='2 tasks, rolling deploys 6 min apart per task; 8 deploys 32-35 min apart from 10:56, culprit #4 of 8 at 13:10 (5 leaking intervals, to 15:59); each task ~5 %/h of 300 MiB at peak (1 KB x 373 over 2 tasks, -0.06 %); metrics-ci.jsonl; epoch'),
    dict(name='HO05-c-quick-followup-culprit-6-320', seed=222005, kind='c', culprit=6,
         intervals=_I[5],
         start='2036-12-20T10:29:00Z', service='khalkh-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/khalkh-orava-listeners', 'Tell open khalkh bookings when an orava slot frees'),
         note='culprit #6 of 11 at 13:20 runs only 15 min before an unrelated follow-up #7 at 13:35 (which still leaks, 29 min), then #8-#11 (27, 30, 28, 31 min, to 16:00); ~5 %/h of 320 MiB at peak (3 KB x 193, +0.05 %); epoch, ascending'),
    dict(name='HO06-d-flag-flip-52-min-in-v3-300', seed=222006, kind='d', flag='buyant_janis_booking_timers', flag_at=sum(_I[6][:2]) + 52,
         intervals=_I[6],
         start='2036-12-21T11:34:00Z', service='buyant-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=184, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag buyant_janis_booking_timers on at 13:25, 52 min into v3's 118 min interval (12:33-14:31), 66 min before #3; then #3-#7 (31, 28, 30, 29, 31 min, to 17:00); ~5 %/h of 300 MiB at peak (2 KB x 184, -0.77 %, widened); epoch"),
    dict(name='HO07-b-slow-leak-culprit-5-of-11-320', seed=222007, kind='b', culprit=5,
         intervals=_I[7],
         start='2036-12-22T10:45:00Z', service='chuluut-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=38, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/chuluut-peura-quote-memo', 'Memoise chuluut quotes per peura and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 10 lines x 38, -0.29 %) from #5 of 11 at 13:15 after 29, 31, 28, 30, 32 min healthy intervals; 66, 59, 30, 28, 31, 29, 30 min leaking intervals (to 17:48); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HO08-a-fixed-one-later-6-by-7-of-11-320', seed=222008, kind='a', culprit=6, fixed=7,
         intervals=_I[8],
         start='2036-12-23T10:25:00Z', service='tamir-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=199, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/tamir-siili-history', 'Keep tamir orders for the siili history'),
         fixed_pr_title=('fix/tamir-saukko-history-cap', 'Cap the tamir saukko history again'),
         note='leak from #6 at 13:25 (~5 %/h of 320 MiB at peak, 1 KB x 199, -0.02 %) after 6 healthy intervals of 28-32 min from 10:25; #6 leaks for 52 min; fixed one deploy later by #7 at 14:17, then #8-#11 (29, 30, 28, 31 min, to 16:46); epoch'),
    dict(name='HO09-d-culprit-early-1-of-10-320', seed=222009, kind='d', culprit=1,
         intervals=_I[9],
         start='2036-12-24T11:42:00Z', service='baidrag-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=197, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/baidrag-sammakko-timers', 'Confirm baidrag bookings from delayed sammakko timers'),
         note='culprit is the first deploy #1 of 10 at 13:10, after 88 min of v1; every later interval leaks (28-32 min, to 18:10; ~5 %/h of 320 MiB at peak, 2 KB x 197, -0.40 %); epoch'),
    dict(name='HO10-d-oom-fast-culprit-5-of-10-320', seed=222010, kind='d', culprit=5,
         intervals=_I[10],
         start='2036-12-25T10:35:00Z', service='ongi-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ongi-naali-timers', 'Confirm ongi bookings from delayed naali timers'),
         note="leak from #5 of 10 at 13:05, 64 KB bookings at 180 req/s (the d OOM load of ET10, FD10, FJ03, FM10, FU03, FX10, GE03, GH10, GO03, GR10, GZ03, HC10 and HK03, 320 MiB; their OOMs 52.5-55.5 min in): OOM within about an hour of the onset (heap 160 MB), in #5 (83 min); #6-#10 (30, 29, 31, 28, 30 min, to 16:56) still leaking; epoch"),
    dict(name='HO11-b-frequent-deploys-culprit-8-of-17-300', seed=222011, kind='b', culprit=8,
         intervals=_I[11],
         start='2036-12-26T10:12:00Z', service='khanui-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=145, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/khanui-norppa-quote-memo', 'Memoise khanui quotes per norppa and customer'),
         note='17 deploys 22-24 min apart from 10:12, culprit #8 of 17 at 13:15 (10 leaking intervals, to 17:06); ~5 %/h of 300 MiB at peak (10 lines x 145, frequent unit, -0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HO12-step-orders-culprit-5-of-10-300', seed=222012, kind='step', culprit=5,
         intervals=_I[12],
         start='2036-12-27T00:30:00Z', service='kharaa-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/kharaa-sopuli-table-at-boot', 'Load the kharaa sopuli table at boot'),
         note='level shift at #5 of 10 (03:13), orders route (5 KB at 90 req/s); 10 deploys 30-36 min apart from 00:30 (to 06:29), through the night trough into the dawn; no trend after; must not alarm; epoch, ascending'),
    dict(name='HO13-e-lru-evening-1740-1213-320', seed=222013, kind='e',
         intervals=_I[13],
         start='2036-12-28T17:40:00Z', service='yeroo-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1213'},
         note='bounded LRU (1213 entries) refilling after each of 7 deploys 36-58 min apart, from 17:40 down the evening to 23:47; must not alarm; epoch'),
    dict(name='HO14-none-long-interval-208-quote-320', seed=222014, kind='none',
         intervals=_I[14],
         start='2036-12-29T11:17:00Z', service='shishged-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 208 min (3 h 28) interval (11:50-15:18) over midday and the afternoon peak between 33 and 32, 31 min ones (to 16:21); good releases warm a per-SKU cache; must not alarm; epoch'),
    dict(name='HO15-f-load-evening-1540-300', seed=222015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-12-30T15:40:00Z', service='orog-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 15:40 over the late afternoon down the evening to 21:25, across 5 deploys 55-60 min apart; must not alarm; epoch, ascending'),
    dict(name='HO16-none-frequent-orders-1420-300', seed=222016, kind='none',
         intervals=_I[16],
         start='2036-12-31T14:20:00Z', service='khovsgol-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 14:20 over the afternoon into the evening to 21:09; 16 deploys 23-25 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HO_SCENARIOS
