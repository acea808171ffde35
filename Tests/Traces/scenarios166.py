"""memblame's tracelab scenarios, batch 166: FK01..FK16 (real memory traces with labels).

(Named FK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-165 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FJ.  No case folder, scenario name or split entry starts with
"FK".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 166"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios166.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios166.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw166 FK01-... FK16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
160 and 163 (batch 163 the template, batch 160 its predecessor).  A blind
batch: all 16 cases are split "validation" (split166.json, regime tags as
split163.json).

Rotation: the kinds are rotated away from batches 160 and 163 in every
regime, as batch 163 rotated them away from 157 and 160, keeping the counts
(leaking a 3, b 3, c 2, d 3): frequent non-b d (the one non-b kind left:
160 c, 163 a), the two frequent b stay b, hourly a, few-hours c,
culprit-last d, slow a, fixed-later c, flag flip d, culprit-early a,
multi-task b.  d is left only by culprit-last and flag flip (and the
frequent non-b case): each takes it.  a is left only by hourly, slow and
culprit-early (with c or b): all three take it.  Few-hours, fixed-later
and multi-task each left b and c, for one b and two c.  Batch 157 the
tie-breaker: it had b in few-hours and c in fixed-later and multi-task, so
few-hours takes c; fixed-later and multi-task both want b, and the b goes
to the one whose latest b is the older: multi-task (FD04, batch 159;
fixed-later FG08, 162); fixed-later takes c.

PR and pipeline numbers: this file runs scenarios165.py (11..2748) and
lists FK last (2749..2764).  Seeds 166001..166016, but FK02 166202 and
FK08 166308: 166002 and 166008, and then 166102 and 166108, gave PR
numbers equal to CB16's and CC03's (so did 166208 for FK08).  Dates 2034-05-30
(FK01) to 2034-06-14 (FK16).  Limits BAABBAAABBABBABA (A 300, B 320 MiB).
Every case has 300 samples or more and uses ts_format "wire";
TimestampAscending for FK05, FK06, FK07, FK10, FK13, FK14 and FK16.  The
notes' "epoch" and "ascending" tags are written from these fields.

Loads by batch 165's units for the next batch (its main figures, but the d
unit over an hour or more without the slow FH07 and FJ07, 0.0146 (five
cases); the b unit over an hour or more without them rests on FH04 alone,
so the main 0.00375, as the brief's units decision asked): a 0.0316
frequent, 0.0451 an hour or more; b 0.00378 / 0.00375; c 0.0155 / 0.0143;
d 0.0188 / 0.0146 (%/h per unit of size x rate at peak at 256 MiB, x 256 /
limit), ~5 %/h of the limit (per task for FK11; ~1.5 %/h for the slow
FK07), all within 0.4 % but FK10 (1 KB x 138 at 320 MiB, -0.42 %: widened
to 0.5 %; the one free a load within 0.4 % over an hour or more, 1 KB x
139 at 320, went to FK04), each a load no earlier scenario had at its
limit.  Healthy loads are earlier batches'.  The "~N %/h" in the notes are
aims, not measurements.  Service names: towns of Friesland; PR and flag
words: West Frisian foods, drinks and kitchen words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios165.py"))["SCENARIOS"]   # 11..2748

_I = {
    1: [37, 35, 38, 36, 37, 35, 38, 36, 37, 35, 36],
    2: [25, 27, 24, 26, 25, 27, 24, 26, 25, 27, 24, 26, 25, 27],
    3: [40, 42, 39, 41, 40, 42, 39, 41, 40],
    4: [56, 58, 55, 57, 56, 58, 55],
    5: [35, 37, 34, 139, 36, 34, 37, 35, 36],
    6: [30, 32, 29, 31, 30, 32, 29, 31, 152],
    7: [30, 28, 31, 29, 30, 58, 45, 29, 31, 28, 30, 29, 31],
    8: [33, 35, 32, 34, 33, 35, 32, 34, 33, 35, 34],
    9: [31, 29, 112, 30, 32, 28, 31, 29],
    10: [63, 31, 29, 30, 28, 32, 30, 29, 31, 28, 30, 29],
    11: [30, 32, 29, 31, 30, 32, 29, 31, 30, 32, 31],
    12: [31, 33, 30, 32, 31, 33, 30, 32, 31, 33, 32],
    13: [105, 85, 110],
    14: [29, 31, 28, 30, 29, 31, 28, 30, 29, 31, 30],
    15: [62, 68, 59, 66, 63],
    16: [22, 24, 21, 23, 22, 24, 21, 23, 22, 24, 21, 23, 22, 24, 23, 22],
}

FK_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FK01-d-frequent-deploys-culprit-6-of-10-320', seed=166001, kind='d', culprit=6,
         intervals=_I[1],
         start='2034-05-30T09:50:00Z', service='leeuwarden-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=166, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/leeuwarden-sukerbole-timers', 'Confirm leeuwarden bookings from delayed sukerbole timers'),
         note='10 deploys 35-38 min apart from 09:50, culprit #6 of 10 at 13:28 (5 leaking intervals, to 16:30); ~5 %/h of 320 MiB at peak (2 KB x 166, -0.13 %); epoch'),
    dict(name='FK02-b-frequent-deploys-culprit-8-of-13-300', seed=166202, kind='b', culprit=8,
         intervals=_I[2],
         start='2034-05-31T10:10:00Z', service='sneek-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=155, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/sneek-dumkes-quote-memo', 'Memoise sneek quotes per dumkes and customer'),
         note='13 deploys 24-27 min apart from 10:10, culprit #8 of 13 at 13:34 (6 leaking intervals, to 16:08); ~5 %/h of 300 MiB at peak (10 lines x 155, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FK03-b-frequent-deploys-culprit-5-of-8-300', seed=166003, kind='b', culprit=5,
         intervals=_I[3],
         start='2034-06-01T09:25:00Z', service='harlingen-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=141, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/harlingen-oranjekoek-quote-memo', 'Memoise harlingen quotes per oranjekoek and customer'),
         note='8 deploys 39-42 min apart from 09:25, culprit #5 of 8 at 12:47 (4 leaking intervals, to 15:29); ~5 %/h of 300 MiB at peak (11 lines x 141, +0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FK04-a-hourly-culprit-3-of-6-320', seed=166004, kind='a', culprit=3,
         intervals=_I[4],
         start='2034-06-02T08:35:00Z', service='dokkum-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=139, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/dokkum-beerenburg-history', 'Keep dokkum orders for the beerenburg history'),
         note='hourly deploys (55-58 min apart) from 08:35, culprit #3 of 6 at 11:24, leaking intervals 57, 56, 58, 55 min (to 15:10); ~5 %/h of 320 MiB at peak (1 KB x 139, +0.30 %); epoch'),
    dict(name='FK05-c-few-hours-139-culprit-3-of-8-320', seed=166005, kind='c', culprit=3,
         intervals=_I[5],
         start='2034-06-03T10:25:00Z', service='franeker-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=146, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/franeker-drabbelkoek-listeners', 'Tell open franeker bookings when a drabbelkoek slot frees'),
         note='culprit #3 of 8 at 12:11 after 35, 37, 34 min healthy intervals, its own interval 139 min, then 36, 34, 37, 35, 36 min still leaking (to 17:28); ~5 %/h of 320 MiB at peak (3 KB x 146, +0.21 %); epoch, ascending'),
    dict(name='FK06-d-culprit-last-8-of-8-152-300', seed=166006, kind='d', culprit=8,
         intervals=_I[6],
         start='2034-06-04T10:35:00Z', service='bolsward-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=134, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/bolsward-kruidkoek-timers', 'Confirm bolsward bookings from delayed kruidkoek timers'),
         note='the culprit is the last deploy #8 at 14:39: one 152 min interval of evidence (to 17:11) after 8 healthy intervals of 29-32 min from 10:35; ~5 %/h of 300 MiB at peak (3 KB x 134, +0.17 %); epoch, ascending'),
    dict(name='FK07-a-slow-leak-culprit-5-of-12-300', seed=166007, kind='a', culprit=5,
         intervals=_I[7],
         start='2034-06-05T09:15:00Z', service='heerenveen-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=39, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/heerenveen-tsiis-history', 'Keep heerenveen orders for the tsiis history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 39, +0.06 %) from #5 of 12 at 11:43 after 30, 28, 31, 29, 30 min healthy intervals; 58, 45, 29, 31, 28, 30, 29, 31 min leaking intervals (to 16:24); epoch, ascending'),
    dict(name='FK08-c-fixed-three-later-3-by-6-of-10-300', seed=166308, kind='c', culprit=3, fixed=6,
         intervals=_I[8],
         start='2034-06-06T11:40:00Z', service='drachten-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=137, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/drachten-molke-listeners', 'Tell open drachten bookings when a molke slot frees'),
         fixed_pr_title=('fix/drachten-buter-listeners-off', 'Remove the drachten buter listener when a booking finishes'),
         note='leak from #3 at 13:20 (~5 %/h of 300 MiB at peak, 3 KB x 137, +0.31 %) after 3 healthy intervals of 33, 35, 32 min from 11:40; #4 at 13:54 and #5 at 14:27 still leak; fixed three deploys later by #6 at 15:02, then #7-#10 (32, 34, 33, 35, 34 min, to 17:50); epoch'),
    dict(name='FK09-d-flag-flip-64-min-in-v3-320', seed=166009, kind='d', flag='joure_leppel_booking_timers', flag_at=sum(_I[9][:2]) + 64,
         intervals=_I[9],
         start='2034-06-07T11:05:00Z', service='joure-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag joure_leppel_booking_timers on at 13:08:30, 64 min into v3's 112 min interval, 48 min before #3; then #3-#7 (30, 32, 28, 31, 29 min, to 16:27); ~5 %/h of 320 MiB at peak (4 KB x 107, -0.02 %); epoch"),
    dict(name='FK10-a-culprit-early-1-of-11-320', seed=166010, kind='a', culprit=1,
         intervals=_I[10],
         start='2034-06-08T10:50:00Z', service='workum-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=138, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/workum-foarke-history', 'Keep workum orders for the foarke history'),
         note='culprit is the first deploy #1 of 11 at 11:53, after 63 min of v1; every later interval leaks (28-32 min, to 17:20); ~5 %/h of 320 MiB at peak (1 KB x 138, -0.42 %: widened to 0.5 %); epoch, ascending'),
    dict(name='FK11-b-two-tasks-gap-5-culprit-5-of-10-300', seed=166011, kind='b', culprit=5, tasks=2, roll_gap=5,
         intervals=_I[11],
         start='2034-06-09T09:40:00Z', service='hindeloopen-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=284, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/hindeloopen-panne-quote-memo', 'Memoise hindeloopen quotes per panne and customer'),
         note='2 tasks, rolling deploys 5 min apart per task; 10 deploys 29-32 min apart from 09:40, culprit #5 of 10 at 12:12 (6 leaking intervals, to 15:17); each task ~5 %/h of 300 MiB at peak (11 lines x 284 over 2 tasks, -0.03 %); good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FK12-e-lru-afternoon-1438-1440-320', seed=166012, kind='e',
         intervals=_I[12],
         start='2034-06-10T14:38:00Z', service='stavoren-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1440'}, ts_format='wire',
         note='bounded LRU (1440 entries) refilling after each of 10 deploys 30-33 min apart, from 14:38 over the afternoon peak to 20:26; must not alarm; epoch'),
    dict(name='FK13-e-lru-warmup-0658-2350-320', seed=166013, kind='e',
         intervals=_I[13],
         start='2034-06-11T06:58:00Z', service='makkum-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, env={'LRU_MAX': '2350'}, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (2350 entries) warming for hours: 105, 85, 110 min intervals (2 deploys) from 06:58 up the morning rise to 11:58; must not alarm; epoch, ascending'),
    dict(name='FK14-step-quote-culprit-6-of-10-300', seed=166014, kind='step', culprit=6,
         intervals=_I[14],
         start='2034-06-12T15:45:00Z', service='lemmer-quotes',
         profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/lemmer-sipel-table-at-boot', 'Load the lemmer sipel table at boot'),
         note='level shift at #6 of 10 (18:43), quote route (20 lines, 2000 SKUs, at 90 req/s); 10 deploys 28-31 min apart from 15:45 (to 21:11); no trend after; must not alarm; epoch, ascending'),
    dict(name='FK15-f-load-midday-1125-320', seed=166015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-06-13T11:25:00Z', service='sloten-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 11:25 over noon up to the afternoon peak, to 16:43, across 4 deploys 59-68 min apart; must not alarm; epoch'),
    dict(name='FK16-none-frequent-quote-1450-300', seed=166016, kind='none',
         intervals=_I[16],
         start='2034-06-14T14:50:00Z', service='wolvega-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines, 400 SKUs, at 95 req/s), from 14:50 over the afternoon peak to 20:51; 15 deploys 21-24 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FK_SCENARIOS
