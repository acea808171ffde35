"""memblame's tracelab scenarios, batch 128: DY01..DY16 (real memory traces with labels).

(Named DY: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-127 used AA..AZ, BA..BZ, CA..CZ and
DA..DX.  No case folder, scenario name or split entry starts with "DY".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 128"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios128.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios128.py --bytes \\
        --jobs 2 --budget 1200 --cases Tests/Traces/real --raw /work/tracelab-raw128 DY01-... DY16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, ..., 116,
119 and 124 (batch 124 the template for the regimes, the counts and the
section format, batch 119 its predecessor).  A blind batch: all 16 cases
are split "validation" (split128.json, regime tags as split124.json).

Rotation away from batches 119 and 124 in every regime (119: frequent c,
hourly d, few-hours a, culprit-last a, slow b, fixed-later d, flag c,
culprit-early d, multi-task a; 124: a, b, d, c, d, a, a, c, d): the
frequent non-b case is a d (the one non-b kind left), the two frequent b
stay b; a is left only by hourly, slow and culprit-early, and the counts of
batches 119 and 124 (a 3, b 3, c 2, d 3) need three a, so those three are
a; d is then left only by culprit-last and flag (d 2 there + the frequent
d); few-hours, fixed-later and multi-task each leave b and c, for one b and
two c: the b goes to few-hours, the regime whose latest b is the oldest
(DM05, batch 116; fixed-later DT08, batch 123; multi-task DQ04, batch 120;
development batch 121 left out), the c to fixed-later and multi-task.
Here: frequent d, b, b; hourly a, few-hours b, culprit-last d, slow a,
fixed-later c, flag d, culprit-early a, multi-task c.

Lessons of batches 124-127 applied: leaking intervals 25-33 min wherever
the regime leaves the length free (none under 25); the slow a after six
healthy intervals of 35-40 min; a at 60 req/s or more, c and d at 80 req/s
or more (per task), c at 5 KB or more, but the slow a; the two tasks of
DY11 replaced within 6 min (gap 5); every value called new checked against
every scenario of every other scenarios*.py file before the commit
(/work/tracelab-raw128/constraints.py); labels_expected.out printed before
the recording.

PR and pipeline numbers: this file runs scenarios127.py (11..2140) and
lists DY last (2141..2156).  Seeds 128001..128016 but DY02 128202 (with
128002's draw of intervals: 128002 and 128102 gave PRs that are pipeline
numbers of BI16; check_numbers.py).  Dates 2032-09-20 (DY01) to 2032-10-05
(DY16).  Limits case by case (300 or 320).  Cases of 260 samples or more
use ts_format "wire"; TimestampAscending for the odd-numbered cases.

Loads by batch 127's units for the next batch (a 0.0261 frequent, 0.0225
an hour or more; b 0.00295 / 0.00263; c 0.0130 / 0.0126; d 0.0174 /
0.0239; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
each within 0.4 % of its aim (~5 %/h of the limit at peak, per task for
DY11; ~1.5 %/h for the slow DY07): DY01 d 4 KB x 84 (300, frequent), DY02
b 21 lines x 101 (320, frequent), DY03 b 20 x 99 (300, frequent), DY04 a
4 KB x 65 (300), DY05 b 25 x 95 (320), DY06 d 3 KB x 87 (320), DY07 a 3 KB
x 26 (300, slow), DY08 c 5 KB x 93 (300), DY09 d 3 KB x 82 (300), DY10 a
3 KB x 87 (300), DY11 c 6 KB x 165 over 2 tasks (320).  Healthy loads are
earlier batches'.  Culprits (and DY09's flag) serve at 13:29:30.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios127.py"))["SCENARIOS"]   # 11..2140

DY_SCENARIOS = [{'name': 'DY01-d-frequent-deploys-culprit-3-of-8-300',
  'seed': 128001,
  'kind': 'd',
  'culprit': 3,
  'intervals': [27, 30, 27, 29, 25, 25, 30, 32, 31],
  'start': '2032-09-20T12:06:00Z',
  'service': 'dili-aileu-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 4},
  'peak_rps': 84,
  'heap_mb': 160,
  'limit_mib': 300,
  'scan_by': 'TimestampAscending',
  'culprit_pr_title': ('perf/dili-tukir-timers', 'Confirm dili aileu bookings from delayed tukir timers'),
  'note': '8 deploys from 12:06 to 16:22 ([27, 30, 27, 29, 25, 25, 30, 32, 31]); samples 256; ascending'},
 {'name': 'DY02-b-frequent-deploys-culprit-5-of-9-320',
  'seed': 128202,
  'kind': 'b',
  'culprit': 5,
  'intervals': [27, 27, 33, 29, 30, 31, 27, 32, 26, 30],
  'start': '2032-09-21T11:04:00Z',
  'service': 'baucau-venilale-quotes',
  'profile': 'quote',
  'params': {'detail': 21, 'skus': 400},
  'peak_rps': 101,
  'heap_mb': 160,
  'limit_mib': 320,
  'ts_format': 'wire',
  'culprit_pr_title': ('perf/baucau-katupa-quote-memo', 'Memoise baucau venilale quotes per katupa and customer'),
  'note': '9 deploys from 11:04 to 15:56 ([27, 27, 33, 29, 30, 31, 27, 32, 26, 30]); samples 292; epoch'},
 {'name': 'DY03-b-frequent-deploys-culprit-5-of-8-300',
  'seed': 128003,
  'kind': 'b',
  'culprit': 5,
  'intervals': [31, 30, 25, 28, 31, 33, 33, 31, 30],
  'start': '2032-09-22T11:05:00Z',
  'service': 'lospalos-tutuala-quotes',
  'profile': 'quote',
  'params': {'detail': 20, 'skus': 400},
  'peak_rps': 99,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending',
  'culprit_pr_title': ('perf/lospalos-sabuco-quote-memo', 'Memoise lospalos tutuala quotes per sabuco and customer'),
  'note': '8 deploys from 11:05 to 15:37 ([31, 30, 25, 28, 31, 33, 33, 31, 30]); samples 272; epoch, ascending'},
 {'name': 'DY04-a-hourly-culprit-3-of-5-300',
  'seed': 128004,
  'kind': 'a',
  'culprit': 3,
  'intervals': [56, 65, 66, 61, 57, 67],
  'start': '2032-09-23T10:23:00Z',
  'service': 'viqueque-uatolari-orders',
  'profile': 'orders',
  'params': {'payload_kb': 4},
  'peak_rps': 65,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'culprit_pr_title': ('feat/viqueque-batar-history', 'Keep viqueque uatolari orders for the batar history'),
  'note': '5 deploys from 10:23 to 16:35 ([56, 65, 66, 61, 57, 67]); samples 372; epoch'},
 {'name': 'DY05-b-few-hours-113-culprit-3-320',
  'seed': 128005,
  'kind': 'b',
  'culprit': 3,
  'intervals': [38, 35, 40, 113, 30, 27],
  'start': '2032-09-24T11:37:00Z',
  'service': 'suai-zumalai-quotes',
  'profile': 'quote',
  'params': {'detail': 25, 'skus': 400},
  'peak_rps': 95,
  'heap_mb': 160,
  'limit_mib': 320,
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending',
  'culprit_pr_title': ('perf/suai-tapai-quote-memo', 'Memoise suai zumalai quotes per tapai and customer'),
  'note': '5 deploys from 11:37 to 16:20 ([38, 35, 40, 113, 30, 27]); samples 283; epoch, ascending'},
 {'name': 'DY06-d-culprit-last-10-of-10-131-320',
  'seed': 128006,
  'kind': 'd',
  'culprit': 10,
  'intervals': [27, 30, 25, 29, 31, 26, 28, 25, 30, 27, 131],
  'start': '2032-09-25T08:52:00Z',
  'service': 'maliana-balibo-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 3},
  'peak_rps': 87,
  'heap_mb': 160,
  'limit_mib': 320,
  'ts_format': 'wire',
  'culprit_pr_title': ('perf/maliana-sassate-timers', 'Confirm maliana balibo bookings from delayed sassate timers'),
  'note': '10 deploys from 08:52 to 15:41 ([27, 30, 25, 29, 31, 26, 28, 25, 30, 27, 131]); samples 409; epoch'},
 {'name': 'DY07-a-slow-leak-culprit-6-of-9-300',
  'seed': 128007,
  'kind': 'a',
  'culprit': 6,
  'intervals': [37, 39, 36, 40, 35, 38, 76, 62, 31, 27],
  'start': '2032-09-26T09:45:00Z',
  'service': 'ermera-gleno-orders',
  'profile': 'orders',
  'params': {'payload_kb': 3},
  'peak_rps': 26,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending',
  'culprit_pr_title': ('feat/ermera-dodol-history', 'Keep ermera gleno orders for the dodol history'),
  'note': '9 deploys from 09:45 to 16:46 ([37, 39, 36, 40, 35, 38, 76, 62, 31, 27]); samples 421; epoch, ascending'},
 {'name': 'DY08-c-fixed-two-later-10-by-12-of-13-300',
  'seed': 128008,
  'kind': 'c',
  'culprit': 10,
  'fixed': 12,
  'intervals': [32, 25, 25, 32, 26, 25, 31, 27, 25, 25, 26, 25, 30, 28],
  'start': '2032-09-27T08:57:00Z',
  'service': 'ainaro-maubisse-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 5},
  'peak_rps': 93,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'culprit_pr_title': ('feat/ainaro-modo-listeners', 'Tell open ainaro maubisse bookings when a modo frees'),
  'fixed_pr_title': ('fix/ainaro-bibi-listeners-removed',
                     'Remove ainaro maubisse booking listeners when the bibi response ends'),
  'note': '13 deploys from 08:57 to 15:19 ([32, 25, 25, 32, 26, 25, 31, 27, 25, 25, 26, 25, 30, 28]); samples 382; '
          'epoch'},
 {'name': 'DY09-d-flag-flip-38-min-in-v7-300',
  'seed': 128009,
  'kind': 'd',
  'flag': 'manatuto_laclubar_akar_timers',
  'flag_at': 209,
  'intervals': [30, 26, 31, 27, 29, 28, 124, 35],
  'start': '2032-09-28T10:01:00Z',
  'service': 'manatuto-laclubar-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 3},
  'peak_rps': 82,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending',
  'note': '7 deploys from 10:01 to 15:31 ([30, 26, 31, 27, 29, 28, 124, 35]); samples 330; epoch, ascending'},
 {'name': 'DY10-a-culprit-first-after-41-300',
  'seed': 128010,
  'kind': 'a',
  'culprit': 1,
  'intervals': [41, 29, 31, 26, 32, 30, 30],
  'start': '2032-09-29T12:49:00Z',
  'service': 'liquica-bazartete-orders',
  'profile': 'orders',
  'params': {'payload_kb': 3},
  'peak_rps': 87,
  'heap_mb': 160,
  'limit_mib': 300,
  'culprit_pr_title': ('feat/liquica-fehuk-history', 'Keep liquica bazartete orders for the fehuk history'),
  'note': '6 deploys from 12:49 to 16:28 ([41, 29, 31, 26, 32, 30, 30]); samples 219'},
 {'name': 'DY11-c-two-tasks-gap-5-culprit-4-of-6-320',
  'seed': 128011,
  'kind': 'c',
  'culprit': 4,
  'tasks': 2,
  'roll_gap': 5,
  'intervals': [25, 30, 27, 32, 29, 28, 31],
  'start': '2032-09-30T11:36:00Z',
  'service': 'oecusse-pante-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 6},
  'peak_rps': 165,
  'heap_mb': 160,
  'limit_mib': 320,
  'scan_by': 'TimestampAscending',
  'culprit_pr_title': ('feat/oecusse-koto-listeners', 'Tell open oecusse pante bookings when a koto frees'),
  'note': '6 deploys from 11:36 to 14:58 ([25, 30, 27, 32, 29, 28, 31]); samples 202; ascending'},
 {'name': 'DY12-e-lru-afternoon-1145-320',
  'seed': 128012,
  'kind': 'e',
  'env': {'LRU_MAX': '1145'},
  'intervals': [32, 26, 30, 31, 26, 29, 31, 27, 27],
  'start': '2032-10-01T13:50:00Z',
  'service': 'atauro-beloi-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'heap_mb': 160,
  'limit_mib': 320,
  'note': '8 deploys from 13:50 to 18:09 ([32, 26, 30, 31, 26, 29, 31, 27, 27]); samples 259'},
 {'name': 'DY13-e-lru-warmup-1880-300',
  'seed': 128013,
  'kind': 'e',
  'env': {'LRU_MAX': '1880'},
  'intervals': [45, 120, 130],
  'start': '2032-10-02T09:10:00Z',
  'service': 'remexio-railaco-quotes',
  'profile': 'quote',
  'params': {'detail': 24, 'skus': 9000},
  'peak_rps': 100,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending',
  'note': '2 deploys from 09:10 to 14:05 ([45, 120, 130]); samples 295; epoch, ascending'},
 {'name': 'DY14-step-quote-culprit-3-of-9-320',
  'seed': 128014,
  'kind': 'step',
  'culprit': 3,
  'env': {'PRELOAD_ENTRIES': '60000'},
  'intervals': [34, 32, 34, 31, 34, 31, 33, 31, 33, 29],
  'start': '2032-10-03T11:50:00Z',
  'service': 'atsabe-letefoho-quotes',
  'profile': 'quote',
  'params': {'detail': 20, 'skus': 400},
  'peak_rps': 95,
  'heap_mb': 160,
  'limit_mib': 320,
  'ts_format': 'wire',
  'culprit_pr_title': ('feat/atsabe-etu-table-at-boot', 'Load the atsabe etu table at boot'),
  'note': '9 deploys from 11:50 to 17:12 ([34, 32, 34, 31, 34, 31, 33, 31, 33, 29]); samples 322; epoch'},
 {'name': 'DY15-f-load-morning-rise-0650-300',
  'seed': 128015,
  'kind': 'f',
  'workers': 72,
  'intervals': [68, 69, 69, 62],
  'start': '2032-10-04T06:50:00Z',
  'service': 'turiscai-fatuberliu-reports',
  'profile': 'report',
  'params': {'kb': 450, 'ms': 430},
  'peak_rps': 100,
  'heap_mb': 160,
  'limit_mib': 300,
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending',
  'note': '3 deploys from 06:50 to 11:18 ([68, 69, 69, 62]); samples 268; epoch, ascending'},
 {'name': 'DY16-none-frequent-quote-1535-320',
  'seed': 128016,
  'kind': 'none',
  'intervals': [22, 30, 22, 22, 28, 28, 28, 31, 23, 31],
  'start': '2032-10-05T15:35:00Z',
  'service': 'laga-lautem-quotes',
  'profile': 'quote',
  'params': {'detail': 20, 'skus': 400},
  'peak_rps': 95,
  'heap_mb': 160,
  'limit_mib': 320,
  'ts_format': 'wire',
  'note': '9 deploys from 15:35 to 20:00 ([22, 30, 22, 22, 28, 28, 28, 31, 23, 31]); samples 265; epoch'}]

SCENARIOS = _RDS + DY_SCENARIOS
