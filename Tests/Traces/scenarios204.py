"""memblame's tracelab scenarios, batch 204: GW01..GW16 (real memory
traces with labels), development.

(Named GW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-203 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GV.  No case folder, scenario name or split entry
starts with "GW".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 204"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios204.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios204.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw204 GW01-... GW16-...

A development batch (every entry "dev" in split204.json), in the form of
batch 121.  A leak fixed ONE deploy later leaves one leaking interval of
30-80 min among deploys 28-60 min apart (blind batches 199 and 200 had such
leaks answered "no leak found", e.g. GS08), while a step removed one deploy
later, a bounded cache or a traffic change can also make one interval rise.
Batch 121 left fixes one deploy later out; this batch gives data on both
sides:

  - eight leaks fixed one deploy later (GW01-GW08, regime "fixed-later"),
    kinds a, b, c, d, a, b, c, d; the one leaking interval (pinned) 30, 35,
    40, 42 min (GW01-GW04, under 45) and 48, 55, 65, 80 min (GW05-GW08);
    culprits #4 of 9 (12:20), #7 of 11 (16:05), #6 of 10 (09:50), #4 of 8
    (18:55), #5 of 9 (14:45), #4 of 8 (11:05), #3 of 8 (17:30), #5 of 9
    (13:35) (0.63-1.00 of the peak), the fix the very next deploy, then 4
    or 5 intervals after the fix;
  - eight healthy services (must not alarm):
      three steps (a 60000-entry table loaded at boot) deployed and removed
      one deploy later with tracelab's `fixed` (labels.json keeps fixed_*
      null for a non-leaking kind): GW09 orders #4 at 10:40 to #5 at 11:15
      (35 min), GW10 quote #5 at 15:10 to #6 at 16:00 (50 min), GW11
      orders #3 at 13:00 to #4 at 14:10 (70 min) (regime "healthy-step");
      two bounded LRUs (kind e, sizes no scenario used) (regime
      "healthy-lru"): GW12 1117 entries up the morning ramp (07:40 to
      14:27), GW13 1342 entries over the evening fall (16:30 to 23:02);
      one kind f (reports in flight) up the morning rise, 07:30 to 14:39
      (regime "healthy-load");
      two flat services (quote GW15, orders GW16) whose one interval was
      drawn 65-80 min long (random.Random(seed).randint(65, 80) = 79 for
      both, put in place of v4's (GW15) and v5's (GW16) draw) (regime
      "healthy-frequent").

Intervals: every interval is the first draw of gen_intervals(2040NN, n,
lo=28, hi=60) (NN the case number, n the deploy count), with the leaking
(or step, or 79-min) interval pinned, written out here
(/work/tracelab-raw204/make_scen204.py; gen_intervals asserts hi, so the
pins above 60 are put in after the draw).  The start is set so that the
culprit (or step) falls at the aimed time.  Samples 359-460 per case.

Loads by the frequent units at the end of batch 200's section of the
README (%/h per unit of size x rate at peak at 256 MiB, x 256 / limit): a
0.0355, b 0.00348, c 0.0101, d 0.0135; every leak aims at ~5 %/h of its
limit at peak: GW01 a 2 KB x 83 (300 MiB, +0.57 %: 3 KB x 55, the only a
load of 2-4 KB within 0.5 %, is taken at 300), GW02 b 20 lines x 90 (320,
+0.22 %), GW03 c 5 KB x 124 (320, +0.19 %), GW04 d 7 KB x 62 (300, -0.01
%), GW05 a 4 KB x 44 (320, -0.03 %), GW06 b 19 lines x 89 (300, +0.43 %),
GW07 c 4 KB x 145 (300, -0.02 %), GW08 d 6 KB x 77 (320, -0.21 %).  The b
loads are widened out of 13-19 lines at 100-125 req/s: every b load there
within 1 % of the aim is taken at 300 and at 320 MiB.  Each leak load is
one no earlier scenario had at its limit (/work/tracelab-raw204/loads.json).
Every b is on the quote route with 400 SKUs.  Healthy, earlier loads:
steps orders 5 KB at 95 (GW09) and 90 (GW11), quote 20 lines at 95 with
400 SKUs (GW10); LRUs 9000 SKUs, quote 22 lines at 95; f reports 450 KB
held 430 ms at 100 req/s, 72 load threads; flat quote 20 lines at 95 with
400 SKUs, flat orders 5 KB at 90.  The "~5 %/h" in the notes are aims, not
measurements.

Limits ABBABAABABABBABA (A 300, B 320 MiB; neither it nor its flip in any
earlier batch); heap 160 MB everywhere; every case has 300 samples or more,
so all use ts_format "wire"; TimestampAscending for GW01, GW03, GW06,
GW08, GW10, GW11, GW14 and GW16.  Dates 2036-03-03 (GW01) to 2036-03-18
(GW16), one a day, after GV's (to 2036-03-02).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios203.py (unchanged: 11..3356) and lists
the GW scenarios last (3357..3372).  Seeds 204001..204016.
Names: Welsh towns for the services, Welsh words (cwtch, llwy, hwyl,
cariad, seren, enfys, niwl, glaw, telyn, castell, tarian) for the PR and
step words (from memory; none in any scenarios*.py, split*.json, the
README or a case's deploys.csv before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDV = runpy.run_path(os.path.join(_HERE, "scenarios203.py"))["SCENARIOS"]   # 11..3356

GW_SCENARIOS = [
    dict(name='GW01-a-fixed-one-later-30-4-of-9-300', seed=204001, kind='a', culprit=4, fixed=5,
         intervals=[57, 33, 44, 56, 30, 42, 36, 51, 55, 51],
         start='2036-03-03T09:10:00Z', service='conwy-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=83, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/conwy-cwtch-history', 'Keep conwy orders for the cwtch history'),
         fixed_pr_title=('fix/conwy-cwtch-history-off', 'Stop keeping conwy orders for the cwtch history'),
         note='leak (orders kept for the cwtch history, ~5 %/h of 300 MiB at peak, 2 KB x 83, +0.57 %) from #4 of 9 at 12:20, fixed one deploy later by #5 at 12:50: one leaking interval of 30 min; 9 deploys 28-60 min apart from 09:10 (v1 57 min), 5 flat intervals after the fix (42, 36, 51, 55, 51 min, to 16:45); epoch, ascending'),
    dict(name='GW02-b-fixed-one-later-35-7-of-11-320', seed=204002, kind='b', culprit=7, fixed=8,
         intervals=[30, 32, 44, 41, 36, 30, 29, 35, 34, 48, 43, 36],
         start='2036-03-04T12:03:00Z', service='tenby-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/tenby-llwy-quote-memo', 'Memoise tenby quotes per llwy and customer'),
         fixed_pr_title=('fix/tenby-llwy-quote-memo-per-sku', 'Key the tenby quote memo per llwy only'),
         note='leak (quote memo per llwy and customer, ~5 %/h of 320 MiB at peak, 20 lines x 90, +0.22 %) from #7 of 11 at 16:05, fixed one deploy later by #8 at 16:40: one leaking interval of 35 min; 11 deploys 28-60 min apart from 12:03 (v1 30 min), 4 flat intervals after the fix (34, 48, 43, 36 min, to 19:21); epoch'),
    dict(name='GW03-c-fixed-one-later-40-6-of-10-320', seed=204003, kind='c', culprit=6, fixed=7,
         intervals=[41, 35, 28, 30, 46, 28, 40, 39, 47, 41, 55],
         start='2036-03-05T06:22:00Z', service='solva-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/solva-hwyl-listeners', 'Tell open solva bookings when a hwyl frees'),
         fixed_pr_title=('fix/solva-hwyl-listener-off', 'Drop the hwyl listener when a solva booking finishes'),
         note='leak (a hwyl listener per booking, ~5 %/h of 320 MiB at peak, 5 KB x 124, +0.19 %) from #6 of 10 at 09:50, fixed one deploy later by #7 at 10:30: one leaking interval of 40 min; 10 deploys 28-60 min apart from 06:22 (v1 41 min), 4 flat intervals after the fix (39, 47, 41, 55 min, to 13:32); epoch, ascending'),
    dict(name='GW04-d-fixed-one-later-42-4-of-8-300', seed=204004, kind='d', culprit=4, fixed=5,
         intervals=[59, 55, 38, 49, 42, 57, 36, 50, 43],
         start='2036-03-06T15:34:00Z', service='rhossili-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=62, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/rhossili-cariad-timers', 'Confirm rhossili bookings from delayed cariad timers'),
         fixed_pr_title=('fix/rhossili-cariad-timers-off', 'Confirm rhossili bookings at once, without cariad timers'),
         note='leak (a cariad timer per booking, ~5 %/h of 300 MiB at peak, 7 KB x 62, -0.01 %) from #4 of 8 at 18:55, fixed one deploy later by #5 at 19:37: one leaking interval of 42 min; 8 deploys 28-60 min apart from 15:34 (v1 59 min), 4 flat intervals after the fix (57, 36, 50, 43 min, to 22:43); epoch'),
    dict(name='GW05-a-fixed-one-later-48-5-of-9-320', seed=204005, kind='a', culprit=5, fixed=6,
         intervals=[43, 46, 43, 45, 49, 48, 41, 60, 47, 38],
         start='2036-03-07T10:59:00Z', service='fishguard-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=44, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/fishguard-seren-history', 'Keep fishguard orders for the seren history'),
         fixed_pr_title=('fix/fishguard-seren-history-off', 'Stop keeping fishguard orders for the seren history'),
         note='leak (orders kept for the seren history, ~5 %/h of 320 MiB at peak, 4 KB x 44, -0.03 %) from #5 of 9 at 14:45, fixed one deploy later by #6 at 15:33: one leaking interval of 48 min; 9 deploys 28-60 min apart from 10:59 (v1 43 min), 4 flat intervals after the fix (41, 60, 47, 38 min, to 18:39); epoch'),
    dict(name='GW06-b-fixed-one-later-55-4-of-8-300', seed=204006, kind='b', culprit=4, fixed=5,
         intervals=[58, 54, 42, 33, 55, 50, 56, 36, 53],
         start='2036-03-08T07:58:00Z', service='kidwelly-quotes',
         profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=89, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/kidwelly-enfys-quote-memo', 'Memoise kidwelly quotes per enfys and customer'),
         fixed_pr_title=('fix/kidwelly-enfys-quote-memo-per-sku', 'Key the kidwelly quote memo per enfys only'),
         note='leak (quote memo per enfys and customer, ~5 %/h of 300 MiB at peak, 19 lines x 89, +0.43 %) from #4 of 8 at 11:05, fixed one deploy later by #5 at 12:00: one leaking interval of 55 min; 8 deploys 28-60 min apart from 07:58 (v1 58 min), 4 flat intervals after the fix (50, 56, 36, 53 min, to 15:15); epoch, ascending'),
    dict(name='GW07-c-fixed-one-later-65-3-of-8-300', seed=204007, kind='c', culprit=3, fixed=4,
         intervals=[56, 44, 52, 65, 29, 46, 51, 43, 56],
         start='2036-03-09T14:58:00Z', service='porthcawl-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=145, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/porthcawl-niwl-listeners', 'Tell open porthcawl bookings when a niwl frees'),
         fixed_pr_title=('fix/porthcawl-niwl-listener-off', 'Drop the niwl listener when a porthcawl booking finishes'),
         note='leak (a niwl listener per booking, ~5 %/h of 300 MiB at peak, 4 KB x 145, -0.02 %) from #3 of 8 at 17:30, fixed one deploy later by #4 at 18:35: one leaking interval of 65 min; 8 deploys 28-60 min apart from 14:58 (v1 56 min), 5 flat intervals after the fix (29, 46, 51, 43, 56 min, to 22:20); epoch'),
    dict(name='GW08-d-fixed-one-later-80-5-of-9-320', seed=204008, kind='d', culprit=5, fixed=6,
         intervals=[37, 42, 52, 50, 35, 80, 43, 34, 30, 51],
         start='2036-03-10T09:59:00Z', service='talgarth-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=77, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/talgarth-glaw-timers', 'Confirm talgarth bookings from delayed glaw timers'),
         fixed_pr_title=('fix/talgarth-glaw-timers-off', 'Confirm talgarth bookings at once, without glaw timers'),
         note='leak (a glaw timer per booking, ~5 %/h of 320 MiB at peak, 6 KB x 77, -0.21 %) from #5 of 9 at 13:35, fixed one deploy later by #6 at 14:55: one leaking interval of 80 min; 9 deploys 28-60 min apart from 09:59 (v1 37 min), 4 flat intervals after the fix (43, 34, 30, 51 min, to 17:33); epoch, ascending'),
    dict(name='GW09-step-orders-removed-one-later-35-300', seed=204009, kind='step', culprit=4, fixed=5,
         intervals=[29, 43, 37, 55, 35, 28, 50, 58, 46],
         start='2036-03-11T07:56:00Z', service='lampeter-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire',
         culprit_pr_title=('feat/lampeter-telyn-table-at-boot', 'Load the lampeter telyn table at boot'),
         fixed_pr_title=('revert/lampeter-telyn-table-at-boot', 'Revert loading the lampeter telyn table at boot'),
         note='a 60000-entry telyn table loaded at boot from #4 at 10:40, removed one deploy later by #5 at 11:15 (one 35 min interval), orders route (5 KB x 95); 8 deploys 28-60 min apart from 07:56, 4 intervals after (to 14:17); no trend; must not alarm; epoch'),
    dict(name='GW10-step-quote-removed-one-later-50-320', seed=204010, kind='step', culprit=5, fixed=6,
         intervals=[29, 45, 48, 31, 37, 50, 44, 29, 46],
         start='2036-03-12T12:00:00Z', service='cardigan-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/cardigan-castell-table-at-boot', 'Load the cardigan castell table at boot'),
         fixed_pr_title=('revert/cardigan-castell-table-at-boot', 'Revert loading the cardigan castell table at boot'),
         note='a 60000-entry castell table loaded at boot from #5 at 15:10, removed one deploy later by #6 at 16:00 (one 50 min interval), quote route (20 lines x 95, 400 SKUs); 8 deploys 28-60 min apart from 12:00, 3 intervals after (to 17:59); no trend; must not alarm; epoch, ascending'),
    dict(name='GW11-step-orders-removed-one-later-70-300', seed=204011, kind='step', culprit=3, fixed=4,
         intervals=[46, 56, 53, 70, 52, 52, 46, 58],
         start='2036-03-13T10:25:00Z', service='llandudno-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/llandudno-tarian-table-at-boot', 'Load the llandudno tarian table at boot'),
         fixed_pr_title=('revert/llandudno-tarian-table-at-boot', 'Revert loading the llandudno tarian table at boot'),
         note='a 60000-entry tarian table loaded at boot from #3 at 13:00, removed one deploy later by #4 at 14:10 (one 70 min interval), orders route (5 KB x 90); 7 deploys 28-60 min apart from 10:25, 4 intervals after (to 17:38); no trend; must not alarm; epoch, ascending'),
    dict(name='GW12-e-lru-morning-ramp-1117-320', seed=204012, kind='e',
         intervals=[57, 32, 60, 28, 46, 52, 44, 39, 49],
         start='2036-03-14T07:40:00Z', service='holyhead-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={'LRU_MAX': '1117'}, ts_format='wire',
         note='bounded LRU (1117 entries, quote 22 lines x 95, 9000 SKUs) refilling after each of 8 deploys 28-60 min apart from 07:40 up the morning ramp to the peak plateau, to 14:27; must not alarm; epoch'),
    dict(name='GW13-e-lru-evening-fall-1342-320', seed=204013, kind='e',
         intervals=[28, 32, 29, 34, 48, 37, 30, 31, 45, 46, 32],
         start='2036-03-15T16:30:00Z', service='brecon-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={'LRU_MAX': '1342'}, ts_format='wire',
         note='bounded LRU (1342 entries, quote 22 lines x 95, 9000 SKUs) refilling after each of 10 deploys 29-48 min apart from 16:30 over the evening fall of traffic, to 23:02; must not alarm; epoch'),
    dict(name='GW14-f-load-morning-rise-300', seed=204014, kind='f', workers=72,
         intervals=[50, 60, 41, 59, 46, 47, 30, 45, 51],
         start='2036-03-16T07:30:00Z', service='welshpool-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight (450 KB held 430 ms at 100 req/s, 72 load threads) follow the load from 07:30 up the morning rise to the peak plateau (to 14:39), across 8 deploys 30-60 min apart; must not alarm; epoch, ascending'),
    dict(name='GW15-none-quote-one-79-min-320', seed=204015, kind='none',
         intervals=[56, 49, 60, 79, 47, 41, 35, 31, 54],
         start='2036-03-17T10:20:00Z', service='caernarfon-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no leak, quote route (20 lines x 95, 400 SKUs), 8 deploys from 10:20 to 17:52, 31-60 min apart except v4's 79 min interval (#3 to #4); must not alarm; epoch"),
    dict(name='GW16-none-orders-one-79-min-300', seed=204016, kind='none',
         intervals=[48, 29, 37, 52, 79, 53, 55, 36, 38],
         start='2036-03-18T12:40:00Z', service='penarth-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no leak, orders route (5 KB x 90), 8 deploys from 12:40 to 19:47, 29-55 min apart except v5's 79 min interval (#4 to #5); must not alarm; epoch, ascending"),
]

SCENARIOS = _RDV + GW_SCENARIOS
