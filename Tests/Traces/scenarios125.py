"""memblame's tracelab scenarios, batch 125: DV01..DV16 (real memory traces with labels).

(Named DV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-124 used AA..AZ, BA..BZ, CA..CZ and
DA..DU.  No case folder, scenario name or split entry starts with "DV".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 125"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios125.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios125.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw125 DV01-... DV16-...

A DEVELOPMENT batch (all 16 "dev" in split125.json), as batch 121: kind b
(the quote cache keyed by sku|customer|qty; good releases warm a bounded
per-SKU cache of 400 SKUs) under frequent deploys, every 15-45 min, the
detector's weakest regime on blind data, varied case by case:

  DV01-DV12  b leaks, 8-14 deploys, every gap (and v1's interval) a draw of
             gen_intervals(1250NN, n, pins, lo=15, hi=45); the interval just
             before the culprit pinned short (15, 17, 18, 20 min: DV01, DV04,
             DV07, DV09) or long (40, 42, 43, 45 min: DV02, DV08, DV11, DV05),
             drawn in DV03 (26), DV06 (34), DV10 (35), DV12 (30); culprits
             #3 (DV01, DV08), #4 (DV02, DV06), #5 (DV09, DV12), #6 (DV04,
             DV11), #7 (DV05, DV10), #8 (DV03), #9 (DV07); traffic: flat all
             day (load "flat": DV01 at night, DV05 in the evening, DV12 in
             the afternoon), the morning ramp crossing the culprit (DV02,
             DV06, DV09), the midday rise (DV03, DV07, DV11), the afternoon
             decline after the culprit (DV04, DV08, DV10); DV05 fixed 4
             deploys later (#11), DV08 5 later (#8), the others never.
  DV13       kind none on the quote route (the per-SKU cache only), as DS16.
  DV14       bounded LRU (1260 entries) filling across the morning rise.
  DV15       bounded LRU (955 entries) at steady traffic (load "flat").
  DV16       a step on the quote route (60000 entries at boot from #5).
  Healthy gaps: gen_intervals(1250NN, n, lo=15, hi=45), not pinned.

Loads by batch 123's units for the next batch: b frequent 0.00298 %/h per
line x req/s at peak at 256 MiB (x 256 / limit): 1.0x = ~5 %/h of the
limit at peak (DV01, DV03, DV06, DV08, DV09, DV12), 0.6x ~3 %/h (DV02,
DV05, DV07, DV10), 1.5x ~7.5 %/h (DV04, DV11), each line count x rate
within 0.3 % of its aim (/work/tracelab-raw125/make_scen.py, design.out);
under load "flat" the traffic is 0.7 of the peak all day.  Healthy loads
are earlier batches' (quote 20 lines at 95 req/s with 400 SKUs; LRU quote
22 lines at 95 req/s with 9000 SKUs).  Limits 320 MiB for the odd cases,
300 for the even; heap 160 MB.

PR and pipeline numbers: this file runs scenarios124.py (11..2092) and
lists DV last (2093..2108).  Seeds 125001..125016.  Dates 2032-07-06
(DV01) to 2032-07-21 (DV16).  Cases of 300 samples or more use ts_format
"wire"; TimestampAscending for DV02, DV03, DV05, DV08, DV10, DV13, DV15,
DV16.  The notes give the design; aims are not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDU = runpy.run_path(os.path.join(_HERE, "scenarios124.py"))["SCENARIOS"]   # 11..2092

DV_SCENARIOS = [{'name': 'DV01-b-frequent-culprit-3-short-flat-320',
  'seed': 125001,
  'kind': 'b',
  'culprit': 3,
  'intervals': [21, 37, 15, 30, 31, 16, 34, 39, 39],
  'start': '2032-07-06T01:57:00Z',
  'service': 'salto-paysandu-quotes',
  'profile': 'quote',
  'params': {'detail': 20, 'skus': 400},
  'peak_rps': 105,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/salto-chivito-quote-memo', 'Memoise salto paysandu quotes per chivito and customer'),
  'load': 'flat',
  'note': '8 deploys 15-39 min apart from 01:57; culprit #3 at 03:09 after a 15 min interval (pinned short); its own '
          '30 min; flat traffic all day (load flat, 0.7 of the peak); traffic 0.70 -> 0.70 of the peak at the culprit '
          '-> 0.70 at the end (to 06:19); 1.0x the b frequent unit (~5.0 %/h of 320 MiB at peak); good releases warm a '
          'per-SKU cache (400 SKUs); ISO 8601'},
 {'name': 'DV02-b-frequent-culprit-4-long-morning-300',
  'seed': 125002,
  'kind': 'b',
  'culprit': 4,
  'intervals': [39, 40, 30, 40, 26, 25, 30, 44, 18, 39, 24],
  'start': '2032-07-07T07:11:00Z',
  'service': 'rivera-tacuarembo-quotes',
  'profile': 'quote',
  'params': {'detail': 13, 'skus': 400},
  'peak_rps': 91,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/rivera-faina-quote-memo', 'Memoise rivera tacuarembo quotes per faina and customer'),
  'note': '10 deploys 18-44 min apart from 07:11; culprit #4 at 09:39 after a 40 min interval (pinned long); its own '
          '26 min; the morning ramp crossing the culprit; traffic 0.40 -> 0.61 of the peak at the culprit -> 1.00 at '
          'the end (to 13:06); 0.6x the b frequent unit (~3.0 %/h of 300 MiB at peak); good releases warm a per-SKU '
          'cache (400 SKUs); epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV03-b-frequent-culprit-8-drawn-midday-320',
  'seed': 125003,
  'kind': 'b',
  'culprit': 8,
  'intervals': [27, 21, 17, 32, 37, 19, 15, 26, 40, 17, 26, 30],
  'start': '2032-07-08T08:46:00Z',
  'service': 'artigas-minas-quotes',
  'profile': 'quote',
  'params': {'detail': 21, 'skus': 400},
  'peak_rps': 100,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/artigas-milanesa-quote-memo', 'Memoise artigas minas quotes per milanesa and customer'),
  'note': '11 deploys 15-40 min apart from 08:46; culprit #8 at 11:59 after a 26 min interval (drawn); its own 40 min; '
          'the midday rise (lunch bump) crossing the culprit; traffic 0.53 -> 0.92 of the peak at the culprit -> 0.99 '
          'at the end (to 13:53); 1.0x the b frequent unit (~5.0 %/h of 320 MiB at peak); good releases warm a per-SKU '
          'cache (400 SKUs); epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV04-b-frequent-culprit-6-short-afternoon-300',
  'seed': 125004,
  'kind': 'b',
  'culprit': 6,
  'intervals': [31, 41, 30, 26, 15, 17, 45, 24, 33, 25, 36, 30],
  'start': '2032-07-09T14:40:00Z',
  'service': 'durazno-rocha-quotes',
  'profile': 'quote',
  'params': {'detail': 25, 'skus': 400},
  'peak_rps': 118,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/durazno-tortafrita-quote-memo',
                       'Memoise durazno rocha quotes per tortafrita and customer'),
  'note': '11 deploys 15-45 min apart from 14:40; culprit #6 at 17:19 after a 17 min interval (pinned short); its own '
          '45 min; the afternoon decline after the culprit; traffic 0.99 -> 0.98 of the peak at the culprit -> 0.77 at '
          'the end (to 20:33); 1.5x the b frequent unit (~7.5 %/h of 300 MiB at peak); good releases warm a per-SKU '
          'cache (400 SKUs); epoch',
  'ts_format': 'wire'},
 {'name': 'DV05-b-frequent-culprit-7-fixed-4-later-long-flat-320',
  'seed': 125005,
  'kind': 'b',
  'culprit': 7,
  'intervals': [23, 24, 34, 26, 33, 25, 45, 40, 29, 25, 38, 40, 21, 15],
  'start': '2032-07-10T18:10:00Z',
  'service': 'maldonado-colonia-quotes',
  'profile': 'quote',
  'params': {'detail': 17, 'skus': 400},
  'peak_rps': 74,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/maldonado-pascualina-quote-memo',
                       'Memoise maldonado colonia quotes per pascualina and customer'),
  'fixed': 11,
  'fixed_pr_title': ('fix/maldonado-pascualina-quote-memo-per-sku',
                     'Key the maldonado colonia quote memo per pascualina only'),
  'load': 'flat',
  'note': '13 deploys 15-45 min apart from 18:10; culprit #7 at 21:39 after a 45 min interval (pinned long); its own '
          '40 min; flat traffic all day (load flat, 0.7 of the peak); traffic 0.70 -> 0.70 of the peak at the culprit '
          '-> 0.70 at the end (to 01:08); 0.6x the b frequent unit (~3.0 %/h of 320 MiB at peak); good releases warm a '
          'per-SKU cache (400 SKUs); fixed 4 deploys later by #11 at 23:51 (132 leaking min), then 3 intervals; epoch, '
          'ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV06-b-frequent-culprit-4-drawn-morning-300',
  'seed': 125006,
  'kind': 'b',
  'culprit': 4,
  'intervals': [31, 32, 27, 34, 19, 38, 16, 15, 20, 15, 26, 15, 18],
  'start': '2032-07-11T08:16:00Z',
  'service': 'carmelo-canelones-quotes',
  'profile': 'quote',
  'params': {'detail': 24, 'skus': 400},
  'peak_rps': 82,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/carmelo-morcilla-quote-memo',
                       'Memoise carmelo canelones quotes per morcilla and customer'),
  'note': '12 deploys 15-38 min apart from 08:16; culprit #4 at 10:19 after a 34 min interval (drawn); its own 19 min; '
          'the morning ramp crossing the culprit; traffic 0.48 -> 0.68 of the peak at the culprit -> 1.00 at the end '
          '(to 13:22); 1.0x the b frequent unit (~5.0 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 '
          'SKUs); epoch',
  'ts_format': 'wire'},
 {'name': 'DV07-b-frequent-culprit-9-short-midday-320',
  'seed': 125007,
  'kind': 'b',
  'culprit': 9,
  'intervals': [28, 37, 33, 40, 26, 44, 28, 43, 18, 35, 26, 19, 16],
  'start': '2032-07-12T06:33:00Z',
  'service': 'trinidad-chuy-quotes',
  'profile': 'quote',
  'params': {'detail': 12, 'skus': 400},
  'peak_rps': 105,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/trinidad-choripan-quote-memo', 'Memoise trinidad chuy quotes per choripan and customer'),
  'note': '12 deploys 16-44 min apart from 06:33; culprit #9 at 11:29 after a 18 min interval (pinned short); its own '
          '35 min; the midday rise (lunch bump) crossing the culprit; traffic 0.36 -> 0.84 of the peak at the culprit '
          '-> 1.00 at the end (to 13:06); 0.6x the b frequent unit (~3.0 %/h of 320 MiB at peak); good releases warm a '
          'per-SKU cache (400 SKUs); epoch',
  'ts_format': 'wire'},
 {'name': 'DV08-b-frequent-culprit-3-fixed-5-later-long-afternoon-300',
  'seed': 125008,
  'kind': 'b',
  'culprit': 3,
  'intervals': [28, 17, 42, 34, 15, 31, 16, 38, 35, 40, 24],
  'start': '2032-07-13T15:13:00Z',
  'service': 'sarandi-tranqueras-quotes',
  'profile': 'quote',
  'params': {'detail': 18, 'skus': 400},
  'peak_rps': 109,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/sarandi-alfajor-quote-memo', 'Memoise sarandi tranqueras quotes per alfajor and customer'),
  'fixed': 8,
  'fixed_pr_title': ('fix/sarandi-alfajor-quote-memo-per-sku',
                     'Key the sarandi tranqueras quote memo per alfajor only'),
  'note': '10 deploys 15-42 min apart from 15:13; culprit #3 at 16:39 after a 42 min interval (pinned long); its own '
          '34 min; the afternoon decline after the culprit; traffic 0.99 -> 0.99 of the peak at the culprit -> 0.77 at '
          'the end (to 20:33); 1.0x the b frequent unit (~5.0 %/h of 300 MiB at peak); good releases warm a per-SKU '
          'cache (400 SKUs); fixed 5 deploys later by #8 at 18:53 (134 leaking min), then 3 intervals; epoch, '
          'ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV09-b-frequent-culprit-5-short-morning-320',
  'seed': 125009,
  'kind': 'b',
  'culprit': 5,
  'intervals': [32, 23, 23, 42, 20, 24, 39, 18, 45, 20, 25, 36],
  'start': '2032-07-14T06:30:00Z',
  'service': 'castillos-rosario-quotes',
  'profile': 'quote',
  'params': {'detail': 28, 'skus': 400},
  'peak_rps': 75,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/castillos-chaja-quote-memo', 'Memoise castillos rosario quotes per chaja and customer'),
  'note': '11 deploys 18-45 min apart from 06:30; culprit #5 at 08:49 after a 20 min interval (pinned short); its own '
          '24 min; the morning ramp crossing the culprit; traffic 0.35 -> 0.53 of the peak at the culprit -> 0.96 at '
          'the end (to 12:17); 1.0x the b frequent unit (~5.0 %/h of 320 MiB at peak); good releases warm a per-SKU '
          'cache (400 SKUs); epoch',
  'ts_format': 'wire'},
 {'name': 'DV10-b-frequent-culprit-7-drawn-afternoon-300',
  'seed': 125010,
  'kind': 'b',
  'culprit': 7,
  'intervals': [19, 20, 26, 45, 25, 31, 35, 30, 21, 17, 28],
  'start': '2032-07-15T14:49:00Z',
  'service': 'lascano-tarariras-quotes',
  'profile': 'quote',
  'params': {'detail': 14, 'skus': 400},
  'peak_rps': 84,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/lascano-buseca-quote-memo', 'Memoise lascano tarariras quotes per buseca and customer'),
  'note': '10 deploys 17-45 min apart from 14:49; culprit #7 at 18:09 after a 35 min interval (drawn); its own 30 min; '
          'the afternoon decline after the culprit; traffic 0.99 -> 0.94 of the peak at the culprit -> 0.84 at the end '
          '(to 19:46); 0.6x the b frequent unit (~3.0 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 '
          'SKUs); ISO 8601, ascending',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV11-b-frequent-culprit-6-long-midday-320',
  'seed': 125011,
  'kind': 'b',
  'culprit': 6,
  'intervals': [45, 39, 17, 33, 36, 43, 38, 29, 41, 30],
  'start': '2032-07-16T07:27:00Z',
  'service': 'cardona-piriapolis-quotes',
  'profile': 'quote',
  'params': {'detail': 30, 'skus': 400},
  'peak_rps': 105,
  'limit_mib': 320,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/cardona-puchero-quote-memo', 'Memoise cardona piriapolis quotes per puchero and customer'),
  'note': '9 deploys 17-43 min apart from 07:27; culprit #6 at 10:59 after a 43 min interval (pinned long); its own 38 '
          'min; the midday rise (lunch bump) crossing the culprit; traffic 0.42 -> 0.76 of the peak at the culprit -> '
          '1.00 at the end (to 13:18); 1.5x the b frequent unit (~7.5 %/h of 320 MiB at peak); good releases warm a '
          'per-SKU cache (400 SKUs); epoch',
  'ts_format': 'wire'},
 {'name': 'DV12-b-frequent-culprit-5-drawn-flat-300',
  'seed': 125012,
  'kind': 'b',
  'culprit': 5,
  'intervals': [34, 29, 19, 25, 30, 29, 21, 19, 15, 44, 44, 25, 33, 39, 33],
  'start': '2032-07-17T12:03:00Z',
  'service': 'atlantida-libertad-quotes',
  'profile': 'quote',
  'params': {'detail': 27, 'skus': 400},
  'peak_rps': 73,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit_pr_title': ('perf/atlantida-capeletis-quote-memo',
                       'Memoise atlantida libertad quotes per capeletis and customer'),
  'load': 'flat',
  'note': '14 deploys 15-44 min apart from 12:03; culprit #5 at 14:19 after a 30 min interval (drawn); its own 29 min; '
          'flat traffic all day (load flat, 0.7 of the peak); traffic 0.70 -> 0.70 of the peak at the culprit -> 0.70 '
          'at the end (to 19:22); 1.0x the b frequent unit (~5.0 %/h of 300 MiB at peak); good releases warm a per-SKU '
          'cache (400 SKUs); epoch',
  'ts_format': 'wire'},
 {'name': 'DV13-none-frequent-quote-320',
  'seed': 125013,
  'kind': 'none',
  'intervals': [27, 17, 27, 33, 37, 26, 41, 43, 43, 29, 26, 33],
  'start': '2032-07-18T10:05:00Z',
  'service': 'tupambae-vergara-quotes',
  'profile': 'quote',
  'params': {'detail': 20, 'skus': 400},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'note': 'no leak, quote route with only the per-SKU cache (20 lines, 400 SKUs, 95 req/s), as DS16; 11 deploys 17-43 '
          'min apart from 10:05 to 16:27 (traffic 0.65 -> 1.00 of the peak); must not alarm; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV14-e-lru-morning-rise-frequent-1260-300',
  'seed': 125014,
  'kind': 'e',
  'intervals': [29, 18, 26, 22, 33, 33, 18, 41, 17, 33, 16, 26],
  'start': '2032-07-19T07:35:00Z',
  'service': 'guichon-lavalleja-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 300,
  'heap_mb': 160,
  'env': {'LRU_MAX': '1260'},
  'note': 'bounded LRU (1260 entries) filling after every start, across the morning traffic rise; 11 deploys 16-41 min '
          'apart from 07:35 to 12:47 (traffic 0.43 -> 0.99 of the peak); must not alarm; epoch',
  'ts_format': 'wire'},
 {'name': 'DV15-e-lru-steady-frequent-955-320',
  'seed': 125015,
  'kind': 'e',
  'intervals': [24, 38, 22, 25, 31, 23, 35, 37, 23, 29, 19],
  'start': '2032-07-20T13:25:00Z',
  'service': 'ansina-progreso-quotes',
  'profile': 'quote',
  'params': {'detail': 22, 'skus': 9000},
  'peak_rps': 95,
  'limit_mib': 320,
  'heap_mb': 160,
  'env': {'LRU_MAX': '955'},
  'load': 'flat',
  'note': 'bounded LRU (955 entries) filling after every start, at steady traffic (load flat); 10 deploys 19-38 min '
          'apart from 13:25 to 18:31 (traffic 0.70 -> 0.70 of the peak); must not alarm; epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'},
 {'name': 'DV16-step-quote-frequent-culprit-5-300',
  'seed': 125016,
  'kind': 'step',
  'intervals': [28, 42, 39, 44, 18, 25, 18, 20, 23, 41, 24],
  'start': '2032-07-21T10:50:00Z',
  'service': 'fraybentos-dolores-quotes',
  'profile': 'quote',
  'params': {'detail': 20, 'skus': 400},
  'peak_rps': 95,
  'limit_mib': 300,
  'heap_mb': 160,
  'culprit': 5,
  'culprit_pr_title': ('feat/fraybentos-bizcocho-table-at-boot', 'Load the fraybentos bizcocho table at boot'),
  'note': 'a step on the quote route: a 60000-entry table loaded at boot from #5 on (20 lines, 400 SKUs, 95 req/s); 10 '
          'deploys 18-44 min apart from 10:50 to 16:12 (traffic 0.74 -> 1.00 of the peak); must not alarm; the step at '
          '#5 at 13:40 (its own 25 min, 5 intervals after); epoch, ascending',
  'ts_format': 'wire',
  'scan_by': 'TimestampAscending'}]

SCENARIOS = _RDU + DV_SCENARIOS
