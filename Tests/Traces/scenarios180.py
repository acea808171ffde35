"""memblame's tracelab scenarios, batch 180: FY01..FY16 (real memory traces with labels).

(Named FY: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-179 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FX.  No case folder, scenario name or split entry starts with
"FY".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 180"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios180.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios180.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw180 FY01-... FY16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
173 and 177 (batch 177 the template, batch 173 its predecessor).  A blind
batch: all 16 cases are split "validation" (split180.json, regime tags as
split177.json).

Rotation: the kinds are rotated away from batches 173 (a, then c, d, b, d,
a, a, c, d) and 177 (d, then a, b, d, a, c, d, a, c) in every regime, as
batch 177 rotated them away from 169 and 173, keeping the counts (leaking
a 3, b 3, c 2, d 3): frequent non-b c (the one non-b kind left: 173 a,
177 d), the two frequent b stay b, hourly d, few-hours a, culprit-last a,
slow b, fixed-later d, flag flip c, culprit-early d, multi-task a.  a is
left only by few-hours (d, b), culprit-last (b, d) and multi-task (d, c):
all three take it.  d is left only by hourly (c, a), fixed-later (a, c)
and culprit-early (c, a): all three take it.  Slow (d, a) and flag flip
(a, d) both leave b and c, for one b and one c.  Batch 169 the tie-breaker
(as batch 177 read batch 166): it had c in slow and b in flag flip, so
slow takes b and flag flip c, both avoiding 169's kind.

Loads by batch 179's units for the next batch (its main figures, but a
over an hour or more from its figure without the slow cases, 0.0451 (FV04,
FV10, FX04, FX08: four cases); its b without the slow cases, 0.00372,
rests on FV05 alone, so the main 0.00422 is taken): frequent a 0.0321,
b 0.00364, c 0.0165, d 0.0211; an hour or more a 0.0451, b 0.00422,
c 0.0161, d 0.0150 (%/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for FY11; ~1.5 %/h for the
slow FY07).  Only FY01-FY03 take the frequent units.  Within 0.4 % but
FY05 and FY06 (widened to 0.5 %: at 320 MiB 1 KB x 139 (+0.30 %) and
1 KB x 138 are earlier scenarios'; at 300 MiB 1 KB x 130 and 2 KB x 65
are, the next 1 KB x 129 is -0.71 %): FY01 c 5 KB x 71 (300, frequent,
-0.03 %), FY02 b 7 x 230 (300, frequent, +0.02 %), FY03 b 17 x 101 (320,
frequent, -0.00 %), FY04 d 3 KB x 139 (320, +0.08 %), FY05 a 2 KB x 69
(320, -0.42 %), FY06 a 3 KB x 46 (320, -0.42 %), FY07 b 3 x 148 (320,
slow, -0.07 %), FY08 d 2 KB x 208 (320, -0.16 %), FY09 c 2 KB x 194 (320,
-0.05 %), FY10 d 2 KB x 195 (300, -0.16 %), FY11 a 1 KB x 390 over 3
tasks (300, +0.06 %); each a load no earlier scenario had at its limit
and task count.  Healthy loads are earlier batches'.  The "~N %/h" in the
notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios179.py (11..2972) and
lists FY last (2973..2988).  Seeds 180001..180016.  Dates 2034-12-08
(FY01) to 2034-12-23 (FY16), after FX16's 2034-12-07 and before batches
171's and 175's 2035-01 and 2035-02 dates.  Limits AABBBBBBBAAABAAA (A
300, B 320 MiB).  Every case has 300 samples or more and uses ts_format
"wire"; TimestampAscending for FY05, FY07, FY08, FY09, FY10 and FY13.  The
notes' "epoch" and "ascending" tags are written from these fields.  Names:
towns of the Alentejo (Portugal) for the services, and Portuguese (mostly
Alentejan) dishes and sweets for the PR, fix, step and flag words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios179.py"))["SCENARIOS"]   # 11..2972

_I = {
    1: [34, 33, 35, 36, 34, 33, 35, 36, 34, 33, 35],
    2: [31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30, 32, 31],
    3: [43, 42, 44, 45, 43, 42, 44, 45, 43],
    4: [52, 51, 53, 54, 52, 53, 51, 54],
    5: [31, 33, 30, 32, 116, 30, 32, 31, 33, 30, 32],
    6: [21, 20, 22, 23, 21, 20, 22, 23, 21, 20, 22, 23, 129],
    7: [30, 32, 29, 31, 33, 30, 55, 63, 31, 29, 32, 30],
    8: [32, 31, 33, 34, 32, 31, 33, 34, 32, 31, 33, 34],
    9: [34, 118, 31, 33, 30, 32, 34, 31, 33],
    10: [41, 24, 31, 29, 32, 30, 33, 29, 31, 30, 32, 29],
    11: [31, 30, 32, 33, 31, 30, 32, 33, 31, 30, 32],
    12: [35, 34, 36, 33, 35, 34, 36, 33, 35, 34, 36],
    13: [105, 120, 98],
    14: [29, 28, 30, 31, 29, 28, 30, 31, 29, 28, 30, 31, 29],
    15: [64, 71, 58, 67, 61, 69],
    16: [20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20],
}

FY_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FY01-c-frequent-deploys-culprit-6-of-10-300', seed=180001, kind='c', culprit=6,
         intervals=_I[1],
         start='2034-12-08T10:05:00Z', service='portalegre-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=71, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/portalegre-sericaia-listeners', 'Tell open portalegre bookings when a sericaia slot frees'),
         note='10 deploys 33-36 min apart from 10:05, culprit #6 of 10 at 13:30 (5 leaking intervals, to 16:23); ~5 %/h of 300 MiB at peak (5 KB x 71, -0.03 %); epoch'),
    dict(name='FY02-b-frequent-deploys-culprit-5-of-12-300', seed=180002, kind='b', culprit=5,
         intervals=_I[2],
         start='2034-12-09T09:50:00Z', service='serpa-quotes',
         profile='quote', params={'detail': 7, 'skus': 400}, peak_rps=230, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/serpa-ensopado-quote-memo', 'Memoise serpa quotes per ensopado and customer'),
         note='12 deploys 30-32 min apart from 09:50, culprit #5 of 12 at 12:24 (8 leaking intervals, to 16:33); ~5 %/h of 300 MiB at peak (7 lines x 230, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FY03-b-frequent-deploys-culprit-4-of-8-320', seed=180003, kind='b', culprit=4,
         intervals=_I[3],
         start='2034-12-10T10:10:00Z', service='moura-quotes',
         profile='quote', params={'detail': 17, 'skus': 400}, peak_rps=101, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/moura-tiborna-quote-memo', 'Memoise moura quotes per tiborna and customer'),
         note='8 deploys 42-45 min apart from 10:10, culprit #4 of 8 at 13:04 (5 leaking intervals, to 16:41); ~5 %/h of 320 MiB at peak (17 lines x 101, -0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FY04-d-hourly-culprit-5-of-7-320', seed=180004, kind='d', culprit=5,
         intervals=_I[4],
         start='2034-12-11T08:55:00Z', service='mertola-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=139, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/mertola-encharcada-timers', 'Confirm mertola bookings from delayed encharcada timers'),
         note='hourly deploys (51-54 min apart) from 08:55, culprit #5 of 7 at 13:17, leaking intervals 53, 51, 54 min (to 15:55); ~5 %/h of 320 MiB at peak (3 KB x 139, +0.08 %); epoch'),
    dict(name='FY05-a-few-hours-116-culprit-4-of-10-320', seed=180005, kind='a', culprit=4,
         intervals=_I[5],
         start='2034-12-12T10:35:00Z', service='grandola-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=69, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/grandola-pezinhos-history', 'Keep grandola orders for the pezinhos history'),
         note='culprit #4 of 10 at 12:41 after 31, 33, 30, 32 min healthy intervals, its own interval 116 min, then 30, 32, 31, 33, 30, 32 min still leaking (to 17:45); ~5 %/h of 320 MiB at peak (2 KB x 69, -0.42 %, widened to 0.5 %); epoch, ascending'),
    dict(name='FY06-a-culprit-last-12-of-12-129-320', seed=180006, kind='a', culprit=12,
         intervals=_I[6],
         start='2034-12-13T09:45:00Z', service='vidigueira-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=46, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/vidigueira-toucinho-history', 'Keep vidigueira orders for the toucinho history'),
         note='the culprit is the last deploy #12 at 14:03: one 129 min interval of evidence (to 16:12) after 12 healthy intervals of 20-23 min from 09:45; ~5 %/h of 320 MiB at peak (3 KB x 46, -0.42 %, widened to 0.5 %); epoch'),
    dict(name='FY07-b-slow-leak-culprit-6-of-11-320', seed=180007, kind='b', culprit=6,
         intervals=_I[7],
         start='2034-12-14T10:45:00Z', service='borba-quotes',
         profile='quote', params={'detail': 3, 'skus': 400}, peak_rps=148, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/borba-boleima-quote-memo', 'Memoise borba quotes per boleima and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 3 lines x 148, -0.07 %) from #6 of 11 at 13:50 after 30, 32, 29, 31, 33, 30 min healthy intervals from 10:45; 55, 63, 31, 29, 32, 30 min leaking intervals (to 17:50); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='FY08-d-fixed-one-later-6-by-7-of-11-320', seed=180008, kind='d', culprit=6, fixed=7,
         intervals=_I[8],
         start='2034-12-15T10:15:00Z', service='redondo-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=208, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/redondo-sarapatel-timers', 'Confirm redondo bookings from delayed sarapatel timers'),
         fixed_pr_title=('fix/redondo-favada-timers-off', 'Clear the redondo favada timers when a booking finishes'),
         note='leak from #6 at 13:28 (~5 %/h of 320 MiB at peak, 2 KB x 208, -0.16 %) after 6 healthy intervals of 31-34 min from 10:15; fixed one deploy later by #7 at 14:01 (one 33 min leaking interval), then #8-#11 (34, 32, 31, 33, 34 min, to 16:45); epoch, ascending'),
    dict(name='FY09-c-flag-flip-47-min-in-v2-320', seed=180009, kind='c', flag='arraiolos_poejo_booking_listeners', flag_at=sum(_I[9][:1]) + 47,
         intervals=_I[9],
         start='2034-12-16T10:40:00Z', service='arraiolos-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=194, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag arraiolos_poejo_booking_listeners on at 12:00:30, 47 min into v2's 118 min interval, 71 min before #2; then #2-#8 (31, 33, 30, 32, 34, 31, 33 min, to 16:56); ~5 %/h of 320 MiB at peak (2 KB x 194, -0.05 %); epoch, ascending"),
    dict(name='FY10-d-culprit-early-2-of-11-300', seed=180010, kind='d', culprit=2,
         intervals=_I[10],
         start='2034-12-17T10:55:00Z', service='montemor-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=195, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/montemor-cacholada-timers', 'Confirm montemor bookings from delayed cacholada timers'),
         note='culprit is the second deploy #2 of 11 at 12:00, after 41 min of v1 and 24 min of v2; every later interval leaks (29-33 min, to 17:06); ~5 %/h of 300 MiB at peak (2 KB x 195, -0.16 %); epoch, ascending'),
    dict(name='FY11-a-three-tasks-gap-5-culprit-6-of-10-300', seed=180011, kind='a', culprit=6, tasks=3, roll_gap=5,
         intervals=_I[11],
         start='2034-12-18T09:25:00Z', service='odemira-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=390, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/odemira-empadas-history', 'Keep odemira orders for the empadas history'),
         note='3 tasks, rolling deploys 5 min apart per task; 10 deploys 30-33 min apart from 09:25, culprit #6 of 10 at 12:32 (5 leaking intervals, to 15:10); each task ~5 %/h of 300 MiB at peak (1 KB x 390 over 3 tasks, +0.06 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='FY12-e-lru-evening-1555-1390-300', seed=180012, kind='e',
         intervals=_I[12],
         start='2034-12-19T15:55:00Z', service='ourique-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1390'},
         note='bounded LRU (1390 entries) refilling after each of 10 deploys 33-36 min apart, from 15:55 over the late afternoon into the evening to 22:16; must not alarm; epoch'),
    dict(name='FY13-e-lru-warmup-1105-2390-320', seed=180013, kind='e',
         intervals=_I[13],
         start='2034-12-20T11:05:00Z', service='almodovar-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'LRU_MAX': '2390'},
         note='bounded LRU (2390 entries) warming for hours: 105, 120, 98 min intervals (2 deploys) from 11:05 over midday into the afternoon to 16:28; must not alarm; epoch, ascending'),
    dict(name='FY14-step-quote-culprit-7-of-12-300', seed=180014, kind='step', culprit=7,
         intervals=_I[14],
         start='2034-12-21T14:50:00Z', service='castroverde-quotes',
         profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/castroverde-beldroegas-table-at-boot', 'Load the castroverde beldroegas table at boot'),
         note='level shift at #7 of 12 (18:15), quote route (20 lines x 90, 2000 SKUs); 12 deploys 28-31 min apart from 14:50 over the afternoon into the evening (to 21:13); no trend after; must not alarm; epoch'),
    dict(name='FY15-f-load-midday-1005-300', seed=180015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-12-22T10:05:00Z', service='alvito-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 10:05 over midday and the afternoon to 16:35, across 5 deploys 58-71 min apart; must not alarm; epoch'),
    dict(name='FY16-none-frequent-orders-1540-300', seed=180016, kind='none',
         intervals=_I[16],
         start='2034-12-23T15:40:00Z', service='sines-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 15:40 over the late afternoon into the evening to 22:00; 18 deploys 19-21 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FY_SCENARIOS
