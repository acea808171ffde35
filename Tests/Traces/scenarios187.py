"""memblame's tracelab scenarios, batch 187: GF01..GF16 (real memory traces with labels).

(Named GF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-186 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GE.  No case folder, scenario name or split entry
starts with "GF".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 187"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios187.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios187.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw187 GF01-... GF16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
180 and 184 (batch 184 the template, batch 180 its predecessor).  A blind
batch: all 16 cases are split "validation" (split187.json, regime tags as
split184.json).

Rotation: the kinds are rotated away from batches 180 (c, then d, a, a, b,
d, c, d, a) and 184 (a, then b, d, c, d, a, a, c, d) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3,
b 3, c 2, d 3): frequent non-b d (the one non-b kind left: 180 c, 184 a);
the two frequent b stay b.  d is left besides only by culprit-last (b, d)
and flag flip (b, d): both take it.  a is left only by hourly (a, c), slow
(a, c) and culprit-early (a, b): all three take it.  Few-hours, fixed-later
and multi-task each leave b and c, for one b and two c.  Batch 177 the
tie-breaker (few-hours b, fixed-later c, multi-task c): few-hours takes c;
fixed-later and multi-task both had c, so the next rule decides: the b
goes to fixed-later (its latest b 176's FU08, older than multi-task's
186's GE04), and read for the c the same (multi-task's latest c 177's
FV11 is older than fixed-later's 182's GA08).  Here d, then a, c, d, a,
b, d, a, c (not the brief's c, c, b over few-hours, fixed-later,
multi-task: both readings of the rule give c, b, c).

Loads by batch 186's units for the next batch (its main figures, but c and
d over an hour or more from its figures without the slow cases GC07 and
GE07: c 0.0183 (GC06, GC10), d 0.0182 (GC05, GC11, GE08)): frequent a
0.0258, b 0.00335, c 0.00902, d 0.0169; an hour or more a 0.0343, b
0.00274, c 0.0183, d 0.0182 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for GF11; ~1.5 %/h for
the slow GF07).  Only GF01-GF03 take the frequent units.  GF01 d 2 KB x
185 (320, frequent, +0.05 %), GF02 b 11 x 159 (300, frequent, -0.00 %),
GF03 b 14 x 133 (320, frequent, -0.20 %), GF04 a 1 KB x 171 (300,
+0.10 %), GF05 c 2 KB x 171 (320, +0.14 %), GF06 d 2 KB x 161 (300,
+0.02 %), GF07 a 1 KB x 51 (300, slow, -0.48 %: widened to 0.5 %, no
load within 0.4 %), GF08 b 15 x 152 (320, -0.04 %), GF09 d 2 KB x 172
(320, +0.17 %), GF10 a 1 KB x 182 (320, -0.12 %), GF11 c 5 KB x 205 over
3 tasks (320, +0.04 %); each a load no earlier scenario had at its limit
and task count.  Healthy loads are earlier batches'.  The "~N %/h" in the
notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios186.py (11..3084) and
lists GF last (3085..3100).  Seeds 187001..187016.  Dates 2035-06-05
(GF01) to 2035-06-20 (GF16), after batch 186's 2035-05-20..06-04.  Limits
BABABAABBBBAABAA (A 300, B 320 MiB).  Every case has 300 samples or more
and uses ts_format "wire"; TimestampAscending for GF05, GF08, GF09, GF13,
GF14 and GF15.  Names: islands, villages and districts of Tonga and Samoa
for the services, and Tongan words (foods, dress, dance, barkcloth) and
Tongan islands for the PR, fix, step and flag words (from memory; none in
any earlier scenarios*.py, split*.json or the README, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios186.py"))["SCENARIOS"]   # 11..3084

_I = {
    1: [42, 41, 44, 43, 42, 41, 44, 43, 42, 41],
    2: [35, 34, 36, 35, 34, 36, 35, 34, 36, 35, 34],
    3: [19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19],
    4: [69, 67, 71, 68, 70, 67],
    5: [31, 29, 32, 30, 33, 31, 141, 30, 32, 29, 31],
    6: [31, 33, 30, 32, 31, 33, 30, 32, 31, 157],
    7: [30, 28, 31, 29, 64, 57, 30, 29, 31, 28, 30],
    8: [32, 34, 31, 33, 32, 34, 31, 33, 32, 34, 31, 33],
    9: [31, 33, 30, 32, 109, 31, 34, 30, 33],
    10: [68, 31, 29, 32, 30, 33, 29, 31, 30, 32, 28],
    11: [39, 41, 38, 40, 39, 41, 38, 40, 39],
    12: [33, 31, 34, 32, 33, 31, 34, 32, 33, 31, 34, 32],
    13: [109, 121, 100],
    14: [24, 23, 25, 26, 24, 23, 25, 26, 24, 23, 25, 26, 24],
    15: [61, 58, 66, 57, 63, 60],
    16: [20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21],
}

GF_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GF01-d-frequent-deploys-culprit-4-of-9-320', seed=187001, kind='d', culprit=4,
         intervals=_I[1],
         start='2035-06-05T09:50:00Z', service='vavau-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=185, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vavau-otaika-timers', 'Confirm vavau bookings from delayed otaika timers'),
         note='9 deploys 41-44 min apart from 09:50, culprit #4 of 9 at 12:40 (6 leaking intervals, to 16:53); ~5 %/h of 320 MiB at peak (2 KB x 185, +0.05 %); epoch'),
    dict(name='GF02-b-frequent-deploys-culprit-6-of-10-300', seed=187002, kind='b', culprit=6,
         intervals=_I[2],
         start='2035-06-06T10:05:00Z', service='haapai-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=159, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/haapai-kumala-quote-memo', 'Memoise haapai quotes per kumala and customer'),
         note='10 deploys 34-36 min apart from 10:05, culprit #6 of 10 at 13:34 (5 leaking intervals, to 16:29); ~5 %/h of 300 MiB at peak (11 lines x 159, -0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GF03-b-frequent-deploys-culprit-8-of-15-320', seed=187003, kind='b', culprit=8,
         intervals=_I[3],
         start='2035-06-07T10:30:00Z', service='eua-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=133, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/eua-manioke-quote-memo', 'Memoise eua quotes per manioke and customer'),
         note='15 deploys 18-20 min apart from 10:30, culprit #8 of 15 at 13:01 (8 leaking intervals, to 15:34); ~5 %/h of 320 MiB at peak (14 lines x 133, -0.20 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GF04-a-hourly-culprit-3-of-5-300', seed=187004, kind='a', culprit=3,
         intervals=_I[4],
         start='2035-06-08T10:00:00Z', service='niuafoou-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=171, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/niuafoou-feke-history', 'Keep niuafoou orders for the feke history'),
         note='hourly deploys (67-71 min apart) from 10:00, culprit #3 of 5 at 13:27, leaking intervals 68, 70, 67 min (to 16:52); ~5 %/h of 300 MiB at peak (1 KB x 171, +0.10 %); epoch'),
    dict(name='GF05-c-few-hours-141-culprit-6-of-10-320', seed=187005, kind='c', culprit=6,
         intervals=_I[5],
         start='2035-06-09T09:40:00Z', service='tongatapu-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=171, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/tongatapu-tupenu-listeners', 'Tell open tongatapu bookings when a tupenu slot frees'),
         note='culprit #6 of 10 at 12:46 after 31, 29, 32, 30, 33, 31 min healthy intervals, its own interval 141 min, then 30, 32, 29, 31 min still leaking (to 17:09); ~5 %/h of 320 MiB at peak (2 KB x 171, +0.14 %); epoch, ascending'),
    dict(name='GF06-d-culprit-last-9-of-9-157-300', seed=187006, kind='d', culprit=9,
         intervals=_I[6],
         start='2035-06-10T09:55:00Z', service='houma-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=161, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/houma-taovala-timers', 'Confirm houma bookings from delayed taovala timers'),
         note='the culprit is the last deploy #9 at 14:38: one 157 min interval of evidence (to 17:15) after 9 healthy intervals of 30-33 min from 09:55; ~5 %/h of 300 MiB at peak (2 KB x 161, +0.02 %); epoch'),
    dict(name='GF07-a-slow-leak-culprit-4-of-10-300', seed=187007, kind='a', culprit=4,
         intervals=_I[7],
         start='2035-06-11T11:35:00Z', service='kanokupolu-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=51, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/kanokupolu-kiekie-history', 'Keep kanokupolu orders for the kiekie history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 51, -0.48 %) from #4 of 10 at 13:33 after 30, 28, 31, 29 min healthy intervals from 11:35; 64, 57, 30, 29, 31, 28, 30 min leaking intervals (to 18:02); epoch'),
    dict(name='GF08-b-fixed-three-later-3-by-6-of-11-320', seed=187008, kind='b', culprit=3, fixed=6,
         intervals=_I[8],
         start='2035-06-12T11:00:00Z', service='nukunuku-quotes',
         profile='quote', params={'detail': 15, 'skus': 400}, peak_rps=152, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/nukunuku-uiha-quote-memo', 'Memoise nukunuku quotes per uiha and customer'),
         fixed_pr_title=('fix/nukunuku-maulu-memo-off', 'Key nukunuku quotes by maulu SKU only'),
         note='leak from #3 at 12:37 (~5 %/h of 320 MiB at peak, 15 lines x 152, -0.04 %) after 3 healthy intervals of 31-34 min from 11:00; fixed three deploys later by #6 at 14:16 (leaking intervals 33, 32, 34 min), then 31, 33, 32, 34, 31, 33 min (#6-#11, to 17:30); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GF09-d-flag-flip-34-min-in-v5-320', seed=187009, kind='d', flag='fahefa_lakalaka_timers', flag_at=sum(_I[9][:4]) + 34,
         intervals=_I[9],
         start='2035-06-13T10:40:00Z', service='fahefa-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=172, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag fahefa_lakalaka_timers on at 13:19:30, 34 min into v5's 109 min interval, 75 min before #5; then #5-#8 (31, 34, 30, 33 min, to 16:43); ~5 %/h of 320 MiB at peak (2 KB x 172, +0.17 %); epoch, ascending"),
    dict(name='GF10-a-culprit-early-1-of-10-320', seed=187010, kind='a', culprit=1,
         intervals=_I[10],
         start='2035-06-14T11:05:00Z', service='upolu-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=182, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/upolu-hahake-history', 'Keep upolu orders for the hahake history'),
         note='culprit is the first deploy #1 of 10 at 12:13, after 68 min of v1; every later interval leaks (28-33 min, to 17:18); ~5 %/h of 320 MiB at peak (1 KB x 182, -0.12 %); epoch'),
    dict(name='GF11-c-three-tasks-gap-6-culprit-5-of-8-320', seed=187011, kind='c', culprit=5, tasks=3, roll_gap=6,
         intervals=_I[11],
         start='2035-06-15T10:10:00Z', service='apolima-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=205, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/apolima-fotuha-listeners', 'Tell open apolima bookings when a fotuha slot frees'),
         note='3 tasks, rolling deploys 6 min apart per task; 8 deploys 38-41 min apart from 10:10, culprit #5 of 8 at 13:27 (4 leaking intervals, to 16:05); each task ~5 %/h of 320 MiB at peak (5 KB x 205 over 3 tasks, +0.04 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GF12-e-lru-midday-1215-1515-300', seed=187012, kind='e',
         intervals=_I[12],
         start='2035-06-16T12:15:00Z', service='lefaga-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1515'},
         note='bounded LRU (1515 entries) refilling after each of 11 deploys 31-34 min apart, from 12:15 over midday and the afternoon peak to 18:45; must not alarm; epoch'),
    dict(name='GF13-e-lru-warmup-1605-2510-300', seed=187013, kind='e',
         intervals=_I[13],
         start='2035-06-17T16:05:00Z', service='tofua-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'LRU_MAX': '2510'},
         note='bounded LRU (2510 entries) warming for hours: 109, 121, 100 min intervals (2 deploys) from 16:05 down the evening to 21:35; must not alarm; epoch, ascending'),
    dict(name='GF14-step-quote-culprit-6-of-12-320', seed=187014, kind='step', culprit=6,
         intervals=_I[14],
         start='2035-06-18T08:40:00Z', service='lifuka-quotes',
         profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/lifuka-ngatu-table-at-boot', 'Load the lifuka ngatu table at boot'),
         note='level shift at #6 of 12 (11:05), quote route (20 lines x 90); 12 deploys 23-26 min apart from 08:40 up the morning to 13:58; no trend after; must not alarm; epoch, ascending'),
    dict(name='GF15-f-load-afternoon-1410-300', seed=187015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-06-19T14:10:00Z', service='nomuka-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 14:10 over the afternoon peak into the evening to 20:15, across 5 deploys 57-66 min apart; must not alarm; epoch, ascending'),
    dict(name='GF16-none-frequent-orders-0910-300', seed=187016, kind='none',
         intervals=_I[16],
         start='2035-06-20T09:10:00Z', service='ofolanga-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 09:10 up the morning to 15:10; 17 deploys 19-21 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GF_SCENARIOS
