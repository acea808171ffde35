"""memblame's tracelab scenarios, batch 136: EG01..EG16 (real memory traces with labels).

(Named EG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-135 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EF.  No case folder, scenario name or split entry starts with "EG".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 136"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios136.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios136.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw136 EG01-... EG16-...

A DEVELOPMENT batch (all 16 "dev" in split136.json), as batches 121 and
125: bounded LRU caches (kind e) under deploys every 35-60 minutes whose
cache does not level off inside one interval, and leaks under the same
rhythm with early culprits, which a fix for the LRUs must not lose.
Every gap (and v1's interval) is a draw of gen_intervals(1360NN, n,
lo=35, hi=60), nothing pinned (/work/tracelab-raw136/make_scen.py,
design.out):

  EG01-EG09  healthy bounded LRUs (quote route, 22 lines at 95 req/s,
             9000 SKUs x 1M customers: nearly every request a new key),
             6-9 deploys, LRU sizes 865-1985 (none used by an earlier
             scenario); the morning ramp (EG01 from 03:35, EG02 05:50,
             EG03 07:20), the late-morning to early-afternoon rise (EG04
             09:05, EG05 10:25, EG06 11:10), steady (load "flat": EG07,
             EG08), the afternoon/evening decline (EG09 from 16:15).
  EG10-EG16  leaks, 6-9 deploys, never fixed: a #2 (EG10, morning ramp,
             1.0x), a #4 (EG11, flat, 0.6x), c #3 (EG12, late-morning
             rise, 0.6x), c #2 (EG13, steady at the afternoon peak, 1.5x),
             d #3 (EG14, morning ramp, 1.0x), d #4 (EG15, late-morning
             rise, 0.6x), b #3 (EG16, flat, 1.0x).

Loads of the leaks by batch 134's units for the next batch, class "an
hour or more" (that of earlier hourly and culprit-early cases): a 0.0312,
b 0.00259, c 0.0133, d 0.0159 %/h per unit of size x rate at peak at 256
MiB (x 256 / limit); 1.0x = ~5 %/h of the limit at peak; each size x rate
within 0.2 % of its aim.  Limits 320 MiB for the odd cases, 300 for the
even; heap 160 MB.

PR and pipeline numbers: this file runs scenarios135.py (11..2268) and
lists EG last (2269..2284).  Seeds 136001..136016.  Dates 2033-01-26
(EG01) to 2033-02-10 (EG16).  Cases of 260 samples or more use ts_format
"wire"; TimestampAscending for EG02, EG03, EG05, EG08, EG10, EG12, EG13,
EG15.  The notes give the design; aims are not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_REF = runpy.run_path(os.path.join(_HERE, "scenarios135.py"))["SCENARIOS"]   # 11..2268

EG_SCENARIOS = [{'name': 'EG01-e-lru-morning-ramp-0335-1530-320',
  'seed': 136001,
  'kind': 'e',
  'intervals': [60, 38, 41, 51, 45, 52, 50, 37, 59],
  'start': '2033-01-26T03:35:00Z',
  'service': 'cochabamba-quillacollo-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1530'},
  'note': 'bounded LRU (1530 entries) filling after every start under deploys every 35-60 min; the morning ramp; 8 '
          'deploys 37-59 min apart (v1 60) from 03:35 to 10:48 (traffic 0.28 -> 0.73 of the peak); about 1530 requests '
          'fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), 95-230 min at this '
          'traffic, longer than 9 of its 9 intervals; must not alarm; epoch',
  'ts_format': 'wire'},
 {'name': 'EG02-e-lru-morning-ramp-0550-1140-300',
  'seed': 136002,
  'kind': 'e',
  'intervals': [58, 43, 60, 36, 52, 58, 55, 57],
  'start': '2033-01-27T05:50:00Z',
  'service': 'oruro-huanuni-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 300,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1140'},
  'note': 'bounded LRU (1140 entries) filling after every start under deploys every 35-60 min; the morning ramp; 7 '
          'deploys 36-60 min apart (v1 58) from 05:50 to 12:49 (traffic 0.32 -> 0.99 of the peak); about 1140 requests '
          'fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), 49-139 min at this '
          'traffic, longer than 7 of its 8 intervals; must not alarm; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG03-e-lru-morning-ramp-0720-1985-320',
  'seed': 136003,
  'kind': 'e',
  'intervals': [52, 39, 58, 39, 56, 51, 36],
  'start': '2033-01-28T07:20:00Z',
  'service': 'potosi-tupiza-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1985'},
  'note': 'bounded LRU (1985 entries) filling after every start under deploys every 35-60 min; the morning ramp; 6 '
          'deploys 36-58 min apart (v1 52) from 07:20 to 12:51 (traffic 0.41 -> 1.00 of the peak); about 1985 requests '
          'fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), 85-189 min at this '
          'traffic, longer than 7 of its 7 intervals; must not alarm; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG04-e-lru-midday-rise-0905-1395-300',
  'seed': 136004,
  'kind': 'e',
  'intervals': [56, 38, 48, 52, 47, 48, 49, 35, 60],
  'start': '2033-01-29T09:05:00Z',
  'service': 'sucre-yotala-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 300,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1395'},
  'note': 'bounded LRU (1395 entries) filling after every start under deploys every 35-60 min; the late-morning to '
          'early-afternoon rise; 8 deploys 35-60 min apart (v1 56) from 09:05 to 16:18 (traffic 0.55 -> 1.00 of the '
          'peak); about 1395 requests fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), '
          '58-98 min at this traffic, longer than 8 of its 9 intervals; must not alarm; epoch',
  'ts_format': 'wire'},
 {'name': 'EG05-e-lru-midday-rise-1025-1270-320',
  'seed': 136005,
  'kind': 'e',
  'intervals': [58, 44, 47, 55, 56, 55, 38, 51],
  'start': '2033-01-30T10:25:00Z',
  'service': 'tarija-padcaya-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1270'},
  'note': 'bounded LRU (1270 entries) filling after every start under deploys every 35-60 min; the late-morning to '
          'early-afternoon rise; 7 deploys 38-56 min apart (v1 58) from 10:25 to 17:09 (traffic 0.69 -> 0.98 of the '
          'peak); about 1270 requests fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), '
          '53-71 min at this traffic, longer than 5 of its 8 intervals; must not alarm; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG06-e-lru-midday-rise-1110-1810-300',
  'seed': 136006,
  'kind': 'e',
  'intervals': [50, 35, 46, 36, 37, 57, 37],
  'start': '2033-01-31T11:10:00Z',
  'service': 'cobija-riberalta-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 300,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1810'},
  'note': 'bounded LRU (1810 entries) filling after every start under deploys every 35-60 min; the late-morning to '
          'early-afternoon rise; 6 deploys 35-57 min apart (v1 50) from 11:10 to 16:08 (traffic 0.79 -> 1.00 of the '
          'peak); about 1810 requests fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), '
          '76-88 min at this traffic, longer than 7 of its 7 intervals; must not alarm; epoch',
  'ts_format': 'wire'},
 {'name': 'EG07-e-lru-steady-1340-990-320',
  'seed': 136007,
  'kind': 'e',
  'intervals': [51, 36, 45, 51, 41, 55, 53, 41, 43],
  'start': '2033-02-01T13:40:00Z',
  'service': 'yacuiba-bermejo-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'env': {'LRU_MAX': '990'},
  'load': 'flat',
  'note': 'bounded LRU (990 entries) filling after every start under deploys every 35-60 min; steady traffic (load '
          'flat, 0.7 of the peak); 8 deploys 36-55 min apart (v1 51) from 13:40 to 20:36 (traffic 0.70 -> 0.70 of the '
          'peak); about 990 requests fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), '
          '59-59 min at this traffic, longer than 9 of its 9 intervals; must not alarm; epoch',
  'ts_format': 'wire'},
 {'name': 'EG08-e-lru-steady-0055-1665-300',
  'seed': 136008,
  'kind': 'e',
  'intervals': [43, 56, 60, 54, 48, 46, 36, 60],
  'start': '2033-02-02T00:55:00Z',
  'service': 'montero-warnes-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 300,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1665'},
  'load': 'flat',
  'note': 'bounded LRU (1665 entries) filling after every start under deploys every 35-60 min; steady traffic (load '
          'flat, 0.7 of the peak); 7 deploys 36-60 min apart (v1 43) from 00:55 to 07:38 (traffic 0.70 -> 0.70 of the '
          'peak); about 1665 requests fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), '
          '100-100 min at this traffic, longer than 8 of its 8 intervals; must not alarm; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG09-e-lru-evening-decline-1615-865-320',
  'seed': 136009,
  'kind': 'e',
  'intervals': [53, 52, 46, 35, 38, 46, 53, 49, 44],
  'start': '2033-02-03T16:15:00Z',
  'service': 'sacaba-punata-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'env': {'LRU_MAX': '865'},
  'note': 'bounded LRU (865 entries) filling after every start under deploys every 35-60 min; the afternoon/evening '
          'decline; 8 deploys 35-53 min apart (v1 53) from 16:15 to 23:11 (traffic 1.00 -> 0.53 of the peak); about '
          '865 requests fill it (22 lines at 95 req/s, 9000 SKUs x 1M customers: a new key per request), 36-64 min at '
          'this traffic, longer than 5 of its 9 intervals; must not alarm; epoch',
  'ts_format': 'wire'},
 {'name': 'EG10-a-culprit-early-2-of-7-300',
  'seed': 136010,
  'kind': 'a',
  'culprit': 2,
  'intervals': [41, 56, 49, 39, 53, 49, 35, 37],
  'start': '2033-02-04T07:03:00Z',
  'service': 'uyuni-challapata-orders',
  'profile': 'orders',
  'params': {'payload_kb': 2},
  'peak_rps': 94,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('feat/uyuni-saltena-history', 'Keep uyuni challapata orders for the saltena history'),
  'note': '7 deploys 35-56 min apart (v1 41) from 07:03 to 13:02; culprit #2 at 08:39:30 (1 restart before it: the '
          'intervals before it [41, 56], its own 49, the next 39); the morning ramp crossing the culprit; traffic 0.39 '
          '-> 0.52 at the culprit -> 1.00 at the end; 1.0x the a unit over an hour or more (~5.0 %/h of 300 MiB at '
          'peak); never fixed; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG11-a-hourly-culprit-4-of-8-320',
  'seed': 136011,
  'kind': 'a',
  'culprit': 4,
  'intervals': [55, 57, 35, 53, 56, 60, 45, 46, 45],
  'start': '2033-02-05T11:50:00Z',
  'service': 'camiri-vallegrande-orders',
  'profile': 'orders',
  'params': {'payload_kb': 2},
  'peak_rps': 60,
  'limit_mib': 320,
  'heap_mb': 160,
  'load': 'flat',
  'culprit_pr_title': ('feat/camiri-silpancho-history', 'Keep camiri vallegrande orders for the silpancho history'),
  'note': '8 deploys 35-60 min apart (v1 55) from 11:50 to 19:22; culprit #4 at 15:09:30 (3 restarts before it: the '
          'intervals before it [55, 57, 35, 53], its own 56, the next 60); steady traffic (load flat, 0.7 of the '
          'peak); traffic 0.70 -> 0.70 at the culprit -> 0.70 at the end; 0.6x the a unit over an hour or more (~3.0 '
          '%/h of 320 MiB at peak); never fixed; epoch',
  'ts_format': 'wire'},
 {'name': 'EG12-c-hourly-culprit-3-of-8-300',
  'seed': 136012,
  'kind': 'c',
  'culprit': 3,
  'intervals': [58, 55, 59, 57, 49, 49, 39, 41, 38],
  'start': '2033-02-06T08:58:00Z',
  'service': 'villazon-camargo-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 3},
  'peak_rps': 88,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('feat/villazon-majadito-listeners', 'Tell open villazon camargo bookings when a majadito frees'),
  'note': '8 deploys 38-59 min apart (v1 58) from 08:58 to 16:23; culprit #3 at 11:49:30 (2 restarts before it: the '
          'intervals before it [58, 55, 59], its own 57, the next 49); the late-morning to early-afternoon rise '
          'crossing the culprit; traffic 0.54 -> 0.90 at the culprit -> 1.00 at the end; 0.6x the c unit over an hour '
          'or more (~3.0 %/h of 300 MiB at peak); never fixed; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG13-c-culprit-early-2-of-6-320',
  'seed': 136013,
  'kind': 'c',
  'culprit': 2,
  'intervals': [35, 39, 54, 39, 46, 51, 36],
  'start': '2033-02-07T14:06:00Z',
  'service': 'coroico-caranavi-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 8},
  'peak_rps': 88,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('feat/coroico-chairo-listeners', 'Tell open coroico caranavi bookings when a chairo frees'),
  'note': '6 deploys 36-54 min apart (v1 35) from 14:06 to 19:06; culprit #2 at 15:19:30 (1 restart before it: the '
          'intervals before it [35, 39], its own 54, the next 39); steady traffic at the afternoon peak; traffic 0.98 '
          '-> 1.00 at the culprit -> 0.89 at the end; 1.5x the c unit over an hour or more (~7.5 %/h of 320 MiB at '
          'peak); never fixed; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG14-d-hourly-culprit-3-of-7-300',
  'seed': 136014,
  'kind': 'd',
  'culprit': 3,
  'intervals': [50, 38, 39, 38, 45, 38, 52, 47],
  'start': '2033-02-08T07:13:00Z',
  'service': 'sorata-achacachi-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 3},
  'peak_rps': 123,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/sorata-fricase-timers', 'Confirm sorata achacachi bookings from delayed fricase timers'),
  'note': '7 deploys 38-52 min apart (v1 50) from 07:13 to 13:00; culprit #3 at 09:19:30 (2 restarts before it: the '
          'intervals before it [50, 38, 39], its own 38, the next 45); the morning ramp crossing the culprit; traffic '
          '0.40 -> 0.58 at the culprit -> 1.00 at the end; 1.0x the d unit over an hour or more (~5.0 %/h of 300 MiB '
          'at peak); never fixed; epoch',
  'ts_format': 'wire'},
 {'name': 'EG15-d-hourly-culprit-4-of-9-320',
  'seed': 136015,
  'kind': 'd',
  'culprit': 4,
  'intervals': [44, 39, 42, 48, 37, 35, 58, 39, 44, 52],
  'start': '2033-02-09T09:17:00Z',
  'service': 'samaipata-mizque-bookings',
  'profile': 'orders',
  'params': {'payload_kb': 2},
  'peak_rps': 118,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/samaipata-sajta-timers', 'Confirm samaipata mizque bookings from delayed sajta timers'),
  'note': '9 deploys 35-58 min apart (v1 44) from 09:17 to 16:35; culprit #4 at 12:09:30 (3 restarts before it: the '
          'intervals before it [44, 39, 42, 48], its own 37, the next 35); the late-morning to early-afternoon rise '
          'crossing the culprit; traffic 0.57 -> 0.95 at the culprit -> 1.00 at the end; 0.6x the d unit over an hour '
          'or more (~3.0 %/h of 320 MiB at peak); never fixed; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'EG16-b-hourly-culprit-3-of-8-300',
  'seed': 136016,
  'kind': 'b',
  'culprit': 3,
  'intervals': [42, 60, 52, 41, 44, 37, 51, 57, 47],
  'start': '2033-02-10T11:56:00Z',
  'service': 'rurrenabaque-apolo-quotes',
  'profile': 'quote',
  'params': {'detail': 26, 'skus': 400},
  'peak_rps': 87,
  'limit_mib': 300,
  'heap_mb': 160,
  'load': 'flat',
  'culprit_pr_title': ('perf/rurrenabaque-cunape-quote-memo',
                       'Memoise rurrenabaque apolo quotes per cunape and customer'),
  'note': '8 deploys 37-60 min apart (v1 42) from 11:56 to 19:07; culprit #3 at 14:29:30 (2 restarts before it: the '
          'intervals before it [42, 60, 52], its own 41, the next 44); steady traffic (load flat, 0.7 of the peak); '
          'traffic 0.70 -> 0.70 at the culprit -> 0.70 at the end; 1.0x the b unit over an hour or more (~5.0 %/h of '
          '300 MiB at peak); never fixed; epoch',
  'ts_format': 'wire'}]

SCENARIOS = _REF + EG_SCENARIOS
