"""memblame's tracelab scenarios, batch 160: FE01..FE16 (real memory traces with labels).

(Named FE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-159 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA, FB, FC and FD.  No case folder, scenario name or split entry
starts with "FE".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 160"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios160.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios160.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw160 FE01-... FE16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
154 and 157 (batch 157 the template, batch 154 its predecessor).  A blind
batch: all 16 cases are split "validation" (split160.json, regime tags as
split157.json).

Rotation: the kinds are rotated away from batches 154 and 157 in every
regime, as batch 157 rotated them away from 150 and 154, keeping the counts
(leaking a 3, b 3, c 2, d 3): frequent non-b c (the one non-b kind left),
the two frequent b stay b, hourly d, few-hours a, culprit-last a, slow b,
fixed-later d, flag flip c, culprit-early d, multi-task a.  a is left only
by few-hours, culprit-last and multi-task, d only by hourly, fixed-later and
culprit-early: each takes all three.  Slow and flag flip each left b and c:
the b goes to slow, whose latest b, EX07 of batch 153, is older than flag
flip's FA06 (156); flag flip takes c.

PR and pipeline numbers: this file runs scenarios159.py (11..2652) and
lists FE last (2653..2668).  Seeds 160001..160016.  Dates 2034-02-23
(FE01) to 2034-03-10 (FE16).  Limits BABABABABBBAABAA (A 300, B 320 MiB).
Cases of 300 samples or more use ts_format "wire" (all but FE12, 280
samples, FE13, 285, and FE15, 254, ISO 8601); TimestampAscending for FE02,
FE05, FE08, FE11, FE13 and FE16.  The notes' "epoch" and "ascending" tags
are written from these fields.  Service names: places of Sao Tome (FE01-FE11)
and Madeira (FE12-FE16); PR words: Portuguese names of Azorean and Madeiran
birds.

Loads by batch 159's units for the next batch (its main figures, but the a
and c units over an hour or more without the slow FB07 and FD07, 0.0382 and
0.0196, as the brief's units decision asked: a 0.0329 frequent, 0.0382 an
hour or more; b 0.00323 / 0.00341; c 0.0130 / 0.0196; d 0.0173 / 0.0161;
%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of
the limit (per task for FE11; ~1.5 %/h for the slow FE07), within 0.4 %
of the aim but FE10 (+0.46 %, widened to 0.5 %: no d load at 320 MiB within
0.4 % was free of an earlier scenario's).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios159.py"))["SCENARIOS"]   # 11..2652

_I = {
    1: [41, 42, 40, 43, 41, 42, 40, 43, 42, 41],
    2: [21, 22, 20, 23, 21, 22, 23, 20, 21, 22, 20, 23, 21, 22, 20, 21],
    3: [44, 43, 45, 44, 43, 45, 44, 43, 45],
    4: [62, 61, 64, 63, 61, 64],
    5: [33, 32, 34, 31, 128, 33, 31, 32, 34],
    6: [23, 24, 22, 23, 24, 22, 23, 24, 22, 135],
    7: [27, 28, 26, 29, 66, 48, 27, 29, 28, 26, 29, 27],
    8: [37, 36, 38, 37, 36, 38, 37, 36, 38, 37, 36],
    9: [31, 29, 32, 30, 124, 30, 29, 31],
    10: [46, 35, 30, 31, 29, 30, 31, 29, 30, 31, 29, 30],
    11: [35, 34, 36, 35, 34, 36, 35, 34, 36, 35],
    12: [28, 27, 29, 28, 27, 29, 28, 27, 29, 28],
    13: [100, 80, 105],
    14: [27, 26, 28, 27, 26, 28, 27, 26, 28, 27, 26, 28],
    15: [58, 66, 61, 69],
    16: [21, 20, 22, 21, 22, 20, 21, 22, 20, 21, 22, 21, 20, 22, 21],
}

FE_SCENARIOS = [
    dict(name="FE01-c-frequent-deploys-culprit-5-of-9-320", seed=160001, kind="c", culprit=5,
         intervals=_I[1],
         start="2034-02-23T09:35:00Z", service="trindade-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=160, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/trindade-cagarro-listeners', 'Tell open trindade bookings when a cagarro slot frees'),
         note='9 deploys 40-43 min apart from 09:35, culprit #5 of 9 at 13:02 (5 leaking intervals, to 16:30); ~5 %/h of 320 MiB at peak (3 KB x 160, -0.16 %); epoch'),
    dict(name="FE02-b-frequent-deploys-culprit-9-of-15-300", seed=160002, kind="b", culprit=9,
         intervals=_I[2],
         start="2034-02-24T10:05:00Z", service="neves-quotes",
         profile="quote", params={'detail': 11, 'skus': 400}, peak_rps=165, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/neves-priolo-quote-memo', 'Memoise neves quotes per priolo and customer'),
         note='15 deploys 20-23 min apart from 10:05, culprit #9 of 15 at 13:18 (7 leaking intervals, to 15:47); ~5 %/h of 300 MiB at peak (11 lines x 165, +0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FE03-b-frequent-deploys-culprit-4-of-8-320", seed=160003, kind="b", culprit=4,
         intervals=_I[3],
         start="2034-02-25T08:50:00Z", service="guadalupe-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=129, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/guadalupe-milhafre-quote-memo', 'Memoise guadalupe quotes per milhafre and customer'),
         note='8 deploys 43-45 min apart from 08:50, culprit #4 of 8 at 11:46 (5 leaking intervals, to 15:26); ~5 %/h of 320 MiB at peak (15 lines x 129, +0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FE04-d-hourly-culprit-3-of-5-300", seed=160004, kind="d", culprit=3,
         intervals=_I[4],
         start="2034-02-26T08:15:00Z", service="angolares-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=182, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/angolares-garajau-timers', 'Confirm angolares bookings from delayed garajau timers'),
         note='hourly deploys (61-64 min apart) from 08:15, culprit #3 of 5 at 11:22, leaking intervals 63, 61, 64 min (to 14:30); ~5 %/h of 300 MiB at peak (2 KB x 182, +0.02 %); epoch'),
    dict(name="FE05-a-few-hours-128-culprit-4-of-8-320", seed=160005, kind="a", culprit=4,
         intervals=_I[5],
         start="2034-02-27T10:50:00Z", service="pantufo-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=164, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/pantufo-tentilhao-history', 'Keep pantufo orders for the tentilhao history'),
         note='culprit #4 of 8 at 13:00 after 33, 32, 34, 31 min healthy intervals, its own interval 128 min, then 33, 31, 32, 34 min still leaking (to 17:18); ~5 %/h of 320 MiB at peak (1 KB x 164, +0.24 %); epoch, ascending'),
    dict(name="FE06-a-culprit-last-9-of-9-135-300", seed=160006, kind="a", culprit=9,
         intervals=_I[6],
         start="2034-02-28T10:10:00Z", service="bombom-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=153, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/bombom-estrelinha-history', 'Keep bombom orders for the estrelinha history'),
         note='the culprit is the last deploy #9 at 13:37: one 135 min interval of evidence (to 15:52) after 9 healthy intervals of 22-24 min from 10:10; ~5 %/h of 300 MiB at peak (1 KB x 153, -0.25 %); epoch'),
    dict(name="FE07-b-slow-leak-culprit-4-of-11-320", seed=160007, kind="b", culprit=4,
         intervals=_I[7],
         start="2034-03-01T09:05:00Z", service="micolo-quotes",
         profile="quote", params={'detail': 5, 'skus': 400}, peak_rps=110, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/micolo-vinagreira-quote-memo', 'Memoise micolo quotes per vinagreira and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak (5 lines x 110, +0.03 %)) from #4 of 11 at 10:55 after 27, 28, 26, 29 min healthy intervals; 66, 48, 27, 29, 28, 26, 29, 27 min leaking intervals (to 15:35); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FE08-d-fixed-one-later-5-by-6-of-10-300", seed=160008, kind="d", culprit=5, fixed=6,
         intervals=_I[8],
         start="2034-03-02T09:40:00Z", service="diogovaz-bookings",
         profile="orders", params={'payload_kb': 5}, peak_rps=73, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/diogovaz-alveola-timers', 'Confirm diogovaz bookings from delayed alveola timers'),
         fixed_pr_title=('fix/diogovaz-toutinegra-timers-off', 'Confirm diogovaz toutinegra bookings at once instead of from timers'),
         note='leak from #5 at 12:44 (38 min; ~5 %/h of 300 MiB at peak (5 KB x 73, +0.29 %)) after 5 healthy intervals of 36-38 min from 09:40; fixed one deploy later by #6 at 13:22, then #7-#10 (37, 36, 38, 37, 36 min, to 16:26); epoch, ascending'),
    dict(name="FE09-c-flag-flip-58-min-in-v5-320", seed=160009, kind="c", flag="pinheira_melro_booking_listeners", flag_at=sum(_I[9][:4]) + 58,
         intervals=_I[9],
         start="2034-03-03T10:25:00Z", service="pinheira-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=159, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/pinheira-melro-listeners', 'Tell open pinheira bookings when a melro slot frees'),
         note="no culprit deploy: flag pinheira_melro_booking_listeners on at 13:24:30, 58 min into v5's 124 min interval, 66 min before #5; then #5-#7 (30, 29, 31 min, to 16:01); ~5 %/h of 320 MiB at peak (2 KB x 159, -0.28 %); epoch"),
    dict(name="FE10-d-culprit-early-2-of-11-320", seed=160010, kind="d", culprit=2,
         intervals=_I[10],
         start="2034-03-04T11:05:00Z", service="montecafe-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=130, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/montecafe-estorninho-timers', 'Confirm montecafe bookings from delayed estorninho timers'),
         note='culprit is the second deploy #2 of 11 at 12:26, after 46 min of v1 and 35 of v2; every later interval leaks (29-31 min, to 17:26); ~5 %/h of 320 MiB at peak (3 KB x 130, +0.46 %: widened to 0.5 %); epoch'),
    dict(name="FE11-a-two-tasks-gap-3-culprit-5-of-9-320", seed=160011, kind="a", culprit=5, tasks=2, roll_gap=3,
         intervals=_I[11],
         start="2034-03-05T09:20:00Z", service="agostinho-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=164, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/agostinho-galinhola-history', 'Keep agostinho orders for the galinhola history'),
         note='2 tasks, rolling deploys 3 min apart per task; 9 deploys 34-36 min apart from 09:20, culprit #5 of 9 at 12:14 (5 leaking intervals, to 15:10); ~5 %/h of 320 MiB at peak per task (2 KB x 164 over 2 tasks, +0.24 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name="FE12-e-lru-morning-0840-1490-300", seed=160012, kind="e",
         intervals=_I[12],
         start="2034-03-06T08:40:00Z", service="canical-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={'LRU_MAX': '1490'},
         note='bounded LRU (1490 entries) refilling after each of 9 deploys 27-29 min apart, from 08:40 up the morning rise to 13:20; must not alarm'),
    dict(name="FE13-e-lru-warmup-1310-2310-300", seed=160013, kind="e",
         intervals=_I[13],
         start="2034-03-07T13:10:00Z", service="tabua-quotes",
         profile="quote", params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, env={'LRU_MAX': '2310'}, scan_by="TimestampAscending",
         note='bounded LRU (2310 entries) warming for hours: 100, 80, 105 min intervals (2 deploys) from 13:10 over the afternoon peak to 17:55; must not alarm; ascending'),
    dict(name="FE14-step-quote-culprit-7-of-11-320", seed=160014, kind="step", culprit=7,
         intervals=_I[14],
         start="2034-03-08T14:05:00Z", service="lombada-quotes",
         profile="quote", params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format="wire",
         culprit_pr_title=('feat/lombada-painho-table-at-boot', 'Load the lombada painho table at boot'),
         note='level shift at #7 of 11 (17:14), quote route (20 lines, 2000 SKUs, at 90 req/s); 11 deploys 26-28 min apart from 14:05 (to 19:29); no trend after; must not alarm; epoch'),
    dict(name="FE15-f-load-afternoon-1340-300", seed=160015, kind="f", workers=72,
         intervals=_I[15],
         start="2034-03-09T13:40:00Z", service="estreito-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load from 13:40 over the afternoon peak to 17:54, across 3 deploys 58-69 min apart; must not alarm'),
    dict(name="FE16-none-frequent-quote-0820-300", seed=160016, kind="none",
         intervals=_I[16],
         start="2034-03-10T08:20:00Z", service="jardim-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines, 400 SKUs, at 95 req/s), from 08:20 up the morning to 13:36; 14 deploys 20-22 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FE_SCENARIOS
