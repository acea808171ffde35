"""memblame's tracelab scenarios, batch 157: FB01..FB16 (real memory traces with labels).

(Named FB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-156 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ and FA.  No case folder, scenario name or split entry starts with "FB".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 157"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios157.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios157.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw157 FB01-... FB16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
150 and 154 (batch 154 the template, batch 150 its predecessor).  A blind
batch: all 16 cases are split "validation" (split157.json, regime tags as
split154.json).

Rotation: the kinds are rotated away from batches 150 and 154 in every
regime, as batch 154 rotated them away from 147 and 150, keeping the counts
(leaking a 3, b 3, c 2, d 3): frequent non-b d (the one non-b kind left),
the two frequent b stay b, hourly a, few-hours b, culprit-last d, slow a,
fixed-later c, flag flip d, culprit-early a, multi-task c (d is left by the
frequent non-b case, culprit-last and flag flip only, a by hourly, slow and
culprit-early only; few-hours, fixed-later and multi-task each left b and c:
the b goes to few-hours, whose latest b, EI05 of batch 138, is older than
multi-task's EQ04 (146) and fixed-later's ET08 (149)).

PR and pipeline numbers: this file runs scenarios156.py (11..2604) and
lists FB last (2605..2620).  Seeds 157001..157016, but FB14 157114 and
FB16 157116 (157014 and 157016 collided with BX14's and BX15's numbers, and
so did 157514 and 157516).  Dates 2034-01-06 (FB01)
to 2034-01-21 (FB16).  Limits BABAAABBBBBAAAAB (A 300, B 320 MiB).  Cases
of 300 samples or more use ts_format "wire" (all but FB13 and FB15, ISO
8601); TimestampAscending for FB03, FB04, FB09, FB11, FB14 and FB15.  The
notes' "epoch" and "ascending" tags are written from these fields.

Loads by batch 156's units for the next batch (main figures: a 0.0319
frequent, 0.0641 an hour or more; b 0.00343 / 0.00384; c 0.0161 / 0.0128;
d 0.0168 / 0.0187; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for FB11; ~1.5 %/h for the
slow FB07).  Healthy loads are earlier batches'.  The "~N %/h" in the notes
are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios156.py"))["SCENARIOS"]   # 11..2604

_I = {
    1: [35, 34, 34, 37, 37, 35, 34, 37, 36, 35, 37, 34],
    2: [26, 27, 25, 27, 27, 26, 24, 27, 27, 25, 27, 25, 24, 24, 27],
    3: [37, 38, 39, 38, 38, 38, 38, 39, 37, 40, 37],
    4: [59, 59, 59, 56, 57, 56, 57],
    5: [31, 29, 29, 29, 30, 32, 115, 30, 30, 31],
    6: [28, 27, 27, 26, 27, 27, 27, 26, 28, 27, 160],
    7: [34, 33, 31, 32, 31, 70, 55, 30, 29, 31, 28, 32],
    8: [32, 32, 35, 33, 32, 32, 34, 33, 33, 34, 32, 32, 33],
    9: [30, 31, 29, 30, 31, 29, 145, 31, 29],
    10: [52, 38, 32, 33, 33, 32, 33, 33, 33, 32, 33, 32],
    11: [31, 33, 32, 30, 33, 33, 32, 30, 30, 32],
    12: [34, 33, 37, 34, 35, 34, 36, 34, 35],
    13: [85, 110, 95],
    14: [33, 30, 33, 32, 32, 34, 34, 34, 33, 30, 34],
    15: [64, 59, 67, 55],
    16: [18, 17, 17, 16, 16, 16, 16, 17, 19, 19, 16, 17, 17, 19, 18, 16, 17, 18],
}

FB_SCENARIOS = [
    dict(name="FB01-d-frequent-deploys-culprit-6-of-11-320", seed=157001, kind="d", culprit=6,
         intervals=_I[1],
         start="2034-01-06T10:14:00Z", service="quemchi-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/quemchi-cancato-timers', 'Confirm quemchi bookings from delayed cancato timers'),
         note='11 deploys 34-37 min apart from 10:14, culprit #6 of 11 at 13:45 (6 leaking intervals, to 17:19); ~5 %/h of 320 MiB at peak (3 KB x 124, -0.01 %); epoch'),
    dict(name="FB02-b-frequent-deploys-culprit-10-of-14-300", seed=157002, kind="b", culprit=10,
         intervals=_I[2],
         start="2034-01-07T09:45:00Z", service="dalcahue-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=125, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/dalcahue-chochoca-quote-memo', 'Memoise dalcahue quotes per chochoca and customer'),
         note='14 deploys 24-27 min apart from 09:45, culprit #10 of 14 at 14:05 (5 leaking intervals, to 16:13); ~5 %/h of 300 MiB at peak (14 lines x 125, +2.44 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FB03-b-frequent-deploys-culprit-3-of-10-320", seed=157003, kind="b", culprit=3,
         intervals=_I[3],
         start="2034-01-08T11:27:00Z", service="achao-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/achao-pulmay-quote-memo', 'Memoise achao quotes per pulmay and customer'),
         note='10 deploys 37-40 min apart from 11:27, culprit #3 of 10 at 13:20 (8 leaking intervals, to 18:26); ~5 %/h of 320 MiB at peak (15 lines x 124, +2.08 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FB04-a-hourly-culprit-4-of-6-300", seed=157004, kind="a", culprit=4,
         intervals=_I[4],
         start="2034-01-09T09:48:00Z", service="chonchi-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=92, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/chonchi-murta-history', 'Keep chonchi orders for the murta history'),
         note='hourly deploys (56-59 min apart) from 09:48, culprit #4 of 6 at 13:40, leaking intervals 57, 56, 57 min (to 16:31); ~5 %/h of 300 MiB at peak (1 KB x 92, +0.65 %); epoch, ascending'),
    dict(name="FB05-b-few-hours-115-culprit-6-of-9-300", seed=157005, kind="b", culprit=6,
         intervals=_I[5],
         start="2034-01-10T10:36:00Z", service="queilen-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=109, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/queilen-calafate-quote-memo', 'Memoise queilen quotes per calafate and customer'),
         note='culprit #6 of 9 at 13:35 after 31, 29, 29, 29, 30, 32 min healthy intervals, its own interval 115 min, then 30, 30, 31 min still leaking (to 17:02); ~5 %/h of 300 MiB at peak (14 lines x 109, +0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FB06-d-culprit-last-10-of-10-160-300", seed=157006, kind="d", culprit=10,
         intervals=_I[6],
         start="2034-01-11T09:21:00Z", service="quellon-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/quellon-michay-timers', 'Confirm quellon bookings from delayed michay timers'),
         note='the culprit is the last deploy #10 at 13:50: one 160 min interval of evidence (to 16:31) after 10 healthy intervals of 26-28 min from 09:21; ~5 %/h of 300 MiB at peak (3 KB x 104, -0.43 %); epoch'),
    dict(name="FB07-a-slow-leak-culprit-5-of-11-320", seed=157007, kind="a", culprit=5,
         intervals=_I[7],
         start="2034-01-12T10:45:00Z", service="curaco-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=29, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/curaco-maqui-history', 'Keep curaco orders for the maqui history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak (1 KB x 29, -0.86 %)) from #5 of 11 at 13:25 after 34, 33, 31, 32, 31 min healthy intervals; 70, 55, 30, 29, 31, 28, 32 min leaking intervals (to 18:01); epoch'),
    dict(name="FB08-c-fixed-three-later-6-by-9-of-12-320", seed=157008, kind="c", culprit=6, fixed=9,
         intervals=_I[8],
         start="2034-01-13T10:40:00Z", service="puqueldon-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=122, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/puqueldon-nalca-listeners', 'Tell open puqueldon bookings when a nalca slot frees'),
         fixed_pr_title=('fix/puqueldon-tepual-listeners-off', 'Remove the puqueldon tepual listener when a booking finishes'),
         note='leak from #6 at 13:55 (34, 33, 33 min, #7 and #8 still leaking; ~5 %/h of 320 MiB at peak (4 KB x 122, -0.06 %)) after 6 healthy intervals of 32-35 min from 10:40; fixed three deploys later by #9 at 15:35 (34 min), then #10-#12 (32, 32, 33 min, to 17:47); epoch'),
    dict(name="FB09-d-flag-flip-46-min-in-v7-320", seed=157009, kind="d", flag="cucao_ulmo_booking_timers", flag_at=sum(_I[9][:6]) + 46,
         intervals=_I[9],
         start="2034-01-14T09:55:00Z", service="cucao-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=111, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/cucao-ulmo-timers', 'Confirm cucao bookings from delayed ulmo timers'),
         note="no culprit deploy: flag cucao_ulmo_booking_timers on at 13:40:30, 46 min into v7's 145 min interval, 99 min before #7; then #7 and #8 (31 and 29 min, to 16:20); ~5 %/h of 320 MiB at peak (3 KB x 111, -0.37 %); epoch, ascending"),
    dict(name="FB10-a-culprit-early-2-of-11-320", seed=157010, kind="a", culprit=2,
         intervals=_I[10],
         start="2034-01-15T11:46:00Z", service="tenaun-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=98, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/tenaun-luma-history', 'Keep tenaun orders for the luma history'),
         note='culprit is the second deploy #2 of 11 at 13:15, after 52 min of v1 and 38 of v2; every later interval leaks (32-33 min, to 18:42); ~5 %/h of 320 MiB at peak (1 KB x 98, +0.51 %); epoch'),
    dict(name="FB11-c-three-tasks-gap-2-culprit-6-of-9-320", seed=157011, kind="c", culprit=6, tasks=3, roll_gap=2,
         intervals=_I[11],
         start="2034-01-16T10:24:00Z", service="quinchao-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=366, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/quinchao-arrayan-listeners', 'Tell open quinchao bookings when an arrayan slot frees'),
         note='3 tasks, rolling deploys 2 min apart per task; 9 deploys 30-33 min apart from 10:24, culprit #6 of 9 at 13:35 (4 leaking intervals, to 15:40); ~5 %/h of 320 MiB at peak per task (4 KB x 366 over 3 tasks, -0.06 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name="FB12-e-lru-afternoon-1520-1615-300", seed=157012, kind="e",
         intervals=_I[12],
         start="2034-01-17T15:20:00Z", service="chaiten-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={"LRU_MAX": "1615"}, ts_format="wire",
         note='bounded LRU (1615 entries) refilling after each of 8 deploys 33-37 min apart, from 15:20 over the afternoon peak to 20:32; must not alarm; epoch'),
    dict(name="FB13-e-lru-warmup-0735-2380-300", seed=157013, kind="e",
         intervals=_I[13],
         start="2034-01-18T07:35:00Z", service="futaleufu-quotes",
         profile="quote", params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, env={"LRU_MAX": "2380"},
         note='bounded LRU (2380 entries) warming for hours: 85, 110, 95 min intervals (2 deploys) from 07:35 up the morning rise to 12:25; must not alarm'),
    dict(name="FB14-step-orders-culprit-6-of-10-300", seed=157114, kind="step", culprit=6,
         intervals=_I[14],
         start="2034-01-19T09:57:00Z", service="cochamo-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/cochamo-chilco-table-at-boot', 'Load the cochamo chilco table at boot'),
         note='level shift at #6 of 10 (13:10), orders route (5 KB at 90 req/s); 10 deploys 30-34 min apart from 09:57 (to 15:56); no trend after; must not alarm; epoch, ascending'),
    dict(name="FB15-f-load-late-morning-1020-300", seed=157015, kind="f", workers=72,
         intervals=_I[15],
         start="2034-01-20T10:20:00Z", service="hornopiren-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load from 10:20 up the late morning over noon to 14:25, across 3 deploys 55-67 min apart; must not alarm; ascending'),
    dict(name="FB16-none-frequent-orders-1035-320", seed=157116, kind="none",
         intervals=_I[16],
         start="2034-01-21T10:35:00Z", service="calbuco-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s), from 10:35 over noon to 15:44; 17 deploys 16-19 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FB_SCENARIOS
