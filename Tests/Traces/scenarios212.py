"""memblame's tracelab scenarios, batch 212: HE01..HE16 (real memory
traces with labels), development.

(Named HE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-211 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HD.  No case folder, scenario name or split
entry starts with "HE".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 212"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios212.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios212.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw212 HE01-... HE16-...

A development batch (every entry "dev" in split212.json), in the form of
batch 204 (itself in the form of batch 121).  The question: a step service
(a release that loads a 60000-entry table at boot, kept from its step
deploy on) under deploys 28-40 min apart sometimes has one release whose
boot climb is spread over 20-30 min instead of 2-3, so that one interval
rises steeply and ends where the others do; the detector then reads a leak
from that deploy fixed by the next one (blind 129's DZ14, 133's EM14,
210's HC12).  A real leak fixed one deploy later leaves one leaking
interval that ends ABOVE where the others do.  This batch gives data on
both sides:
  - ten healthy steps (HE01-HE10, regime "healthy-step"): kind "step",
    PRELOAD_ENTRIES 60000, the step at deploy #3, #5, #2, #4, #6, #2, #3,
    #5, #6, #4 (08:55, 10:29, 09:49, 11:47, 13:47, 12:44, 14:17, 16:05,
    17:18, 17:21) of 10, 12, 9, 11, 13, 10, 12, 9, 11, 9 deploys, nothing
    removed (no `fixed`); routes alternating quote (20 lines x 95 req/s,
    400 SKUs, as HC12) and orders (5 KB x 90, as HD14); starts 07:00 (the
    morning ramp) to 15:00, every case inside 07:00-21:00 (the last three
    into the evening fall);
  - four leaks fixed one deploy later (HE11-HE14, regime "fixed-later"),
    kinds a, b, c, d, the one leaking interval pinned at 32, 36, 40, 44
    min, culprits #5 of 9 (11:15), #7 of 11 (17:05), #3 of 8 (10:00), #4
    of 10 (14:20) (0.64-0.99 of the peak), the fix the very next deploy,
    then 4, 4, 5, 6 intervals after the fix;
  - two flat services (HE15 quote, HE16 orders, regime
    "healthy-frequent"), 11 and 12 deploys.

Intervals: every interval is the first draw of gen_intervals(2120NN, n,
lo=28, hi=40) (NN the case number, n the deploy count), with the leaking
interval pinned (drawn 32, 35, 29, 35; HE14's 44 is put in after the draw,
gen_intervals asserting hi), written out here
(/work/tracelab-raw212/make_scen212.py).  A leak's start is set so that
the culprit falls at the aimed time.  Samples 321-467 per case.

Loads by the frequent units at the end of batch 211's section of the
README (%/h per unit of size x rate at peak at 256 MiB, x 256 / limit): a
0.0310, b 0.00396, c 0.0173, d 0.0214; every leak aims at ~5 %/h of its
limit at peak: HE11 a 3 KB x 63 (300 MiB, -0.01 %), HE12 b 15 lines x 105
(320, -0.21 %, quote route, 400 SKUs), HE13 c 2 KB x 169 (300, -0.20 %),
HE14 d 2 KB x 146 (320, -0.02 %); none widened (a 2-4 KB, b 13-19 lines
at 100-125 req/s, c and d rates 50-200); each a load no earlier scenario
had at its limit (the nearest free load, ties to the rate nearest 150).
Healthy loads are earlier batches' (HC12's, HD14's, HD16's).  The "~5 %/h"
in the notes are aims, not measurements.

Limits BAABBABAABABABAB (A 300, B 320 MiB, eight of each; no earlier
16-case batch had it).  Heap 160 MB everywhere, --bytes.  Every case has
300 samples or more, so all use ts_format "wire"; TimestampAscending for
HE01, HE04, HE05, HE08, HE10, HE11, HE14 and HE16.  Dates 2036-07-09
(HE01) to 2036-07-24 (HE16), one a day, after HD's (to 2036-07-08; no
scenario had these dates).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios211.py (unchanged: 11..3484) and lists
the HE scenarios last (3485..3500).  Seeds 212001..212016.
Names: Lithuanian and Latvian rivers for the services (nemunas, neris,
sventoji, nevezis, dubysa, minija, merkys, sesupe, venta, zeimena,
lielupe, sirvinta, sesuvis, akmena, daugava, gauja) and Lithuanian words
(kalnas, ezeras, zvaigzde, menulis, saule, vejas, lietus, sniegas, miskas,
namas, akmuo, medis, debesis, laukas) for the PR and step words (from
memory; none in any scenarios*.py, split*.json or the README before, by
grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RHD = runpy.run_path(os.path.join(_HERE, "scenarios211.py"))["SCENARIOS"]   # 11..3484

HE_SCENARIOS = [
    dict(name='HE01-step-quote-culprit-3-of-10-320', seed=212001, kind='step', culprit=3,
         intervals=[39, 36, 40, 31, 30, 38, 33, 29, 30, 30, 35],
         start='2036-07-09T07:00:00Z', service='nemunas-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/nemunas-kalnas-table-at-boot', 'Load the nemunas kalnas table at boot'),
         note='level shift at #3 of 10 (08:55), quote route (20 lines x 95, 400 SKUs); 10 deploys 29-40 min apart from 07:00 (v1 39 min, to 13:11); a 60000-entry kalnas table loaded at boot from #3 on, not removed; no trend after; must not alarm; epoch, ascending'),
    dict(name='HE02-step-orders-culprit-5-of-12-300', seed=212002, kind='step', culprit=5,
         intervals=[39, 33, 33, 29, 40, 37, 33, 38, 37, 36, 32, 30, 32],
         start='2036-07-10T07:35:00Z', service='neris-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/neris-ezeras-table-at-boot', 'Load the neris ezeras table at boot'),
         note='level shift at #5 of 12 (10:29), orders route (5 KB x 90); 12 deploys 29-40 min apart from 07:35 (v1 39 min, to 15:04); a 60000-entry ezeras table loaded at boot from #5 on, not removed; no trend after; must not alarm; epoch'),
    dict(name='HE03-step-quote-culprit-2-of-9-300', seed=212003, kind='step', culprit=2,
         intervals=[35, 29, 36, 36, 35, 28, 39, 29, 31, 31],
         start='2036-07-11T08:45:00Z', service='sventoji-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/sventoji-zvaigzde-table-at-boot', 'Load the sventoji zvaigzde table at boot'),
         note='level shift at #2 of 9 (09:49), quote route (20 lines x 95, 400 SKUs); 9 deploys 28-39 min apart from 08:45 (v1 35 min, to 14:14); a 60000-entry zvaigzde table loaded at boot from #2 on, not removed; no trend after; must not alarm; epoch'),
    dict(name='HE04-step-orders-culprit-4-of-11-320', seed=212004, kind='step', culprit=4,
         intervals=[29, 30, 29, 39, 38, 37, 30, 36, 35, 36, 31, 32],
         start='2036-07-12T09:40:00Z', service='nevezis-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/nevezis-menulis-table-at-boot', 'Load the nevezis menulis table at boot'),
         note='level shift at #4 of 11 (11:47), orders route (5 KB x 90); 11 deploys 29-39 min apart from 09:40 (v1 29 min, to 16:22); a 60000-entry menulis table loaded at boot from #4 on, not removed; no trend after; must not alarm; epoch, ascending'),
    dict(name='HE05-step-quote-culprit-6-of-13-320', seed=212005, kind='step', culprit=6,
         intervals=[34, 30, 34, 39, 36, 39, 32, 37, 36, 29, 30, 32, 30, 29],
         start='2036-07-13T10:15:00Z', service='dubysa-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/dubysa-saule-table-at-boot', 'Load the dubysa saule table at boot'),
         note='level shift at #6 of 13 (13:47), quote route (20 lines x 95, 400 SKUs); 13 deploys 29-39 min apart from 10:15 (v1 34 min, to 18:02); a 60000-entry saule table loaded at boot from #6 on, not removed; no trend after; must not alarm; epoch, ascending'),
    dict(name='HE06-step-orders-culprit-2-of-10-300', seed=212006, kind='step', culprit=2,
         intervals=[37, 37, 38, 34, 28, 36, 31, 31, 30, 30, 39],
         start='2036-07-14T11:30:00Z', service='minija-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/minija-vejas-table-at-boot', 'Load the minija vejas table at boot'),
         note='level shift at #2 of 10 (12:44), orders route (5 KB x 90); 10 deploys 28-39 min apart from 11:30 (v1 37 min, to 17:41); a 60000-entry vejas table loaded at boot from #2 on, not removed; no trend after; must not alarm; epoch'),
    dict(name='HE07-step-quote-culprit-3-of-12-320', seed=212007, kind='step', culprit=3,
         intervals=[39, 38, 40, 31, 33, 36, 36, 38, 38, 38, 31, 35, 31],
         start='2036-07-15T12:20:00Z', service='merkys-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/merkys-lietus-table-at-boot', 'Load the merkys lietus table at boot'),
         note='level shift at #3 of 12 (14:17), quote route (20 lines x 95, 400 SKUs); 12 deploys 31-40 min apart from 12:20 (v1 39 min, to 20:04); a 60000-entry lietus table loaded at boot from #3 on, not removed; no trend after; must not alarm; epoch'),
    dict(name='HE08-step-orders-culprit-5-of-9-300', seed=212008, kind='step', culprit=5,
         intervals=[37, 28, 34, 33, 28, 36, 31, 37, 37, 31],
         start='2036-07-16T13:25:00Z', service='sesupe-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/sesupe-sniegas-table-at-boot', 'Load the sesupe sniegas table at boot'),
         note='level shift at #5 of 9 (16:05), orders route (5 KB x 90); 9 deploys 28-37 min apart from 13:25 (v1 37 min, to 18:57); a 60000-entry sniegas table loaded at boot from #5 on, not removed; no trend after; must not alarm; epoch, ascending'),
    dict(name='HE09-step-quote-culprit-6-of-11-300', seed=212009, kind='step', culprit=6,
         intervals=[40, 32, 37, 33, 34, 32, 39, 37, 30, 36, 37, 38],
         start='2036-07-17T13:50:00Z', service='venta-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/venta-miskas-table-at-boot', 'Load the venta miskas table at boot'),
         note='level shift at #6 of 11 (17:18), quote route (20 lines x 95, 400 SKUs); 11 deploys 30-39 min apart from 13:50 (v1 40 min, to 20:55); a 60000-entry miskas table loaded at boot from #6 on, not removed; no trend after; must not alarm; epoch'),
    dict(name='HE10-step-orders-culprit-4-of-9-320', seed=212010, kind='step', culprit=4,
         intervals=[30, 38, 37, 36, 33, 34, 37, 34, 35, 38],
         start='2036-07-18T15:00:00Z', service='zeimena-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/zeimena-namas-table-at-boot', 'Load the zeimena namas table at boot'),
         note='level shift at #4 of 9 (17:21), orders route (5 KB x 90); 9 deploys 33-38 min apart from 15:00 (v1 30 min, to 20:52); a 60000-entry namas table loaded at boot from #4 on, not removed; no trend after; must not alarm; epoch, ascending'),
    dict(name='HE11-a-fixed-one-later-32-5-of-9-300', seed=212011, kind='a', culprit=5, fixed=6,
         intervals=[28, 39, 29, 31, 35, 32, 33, 37, 32, 38],
         start='2036-07-19T08:33:00Z', service='lielupe-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=63, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/lielupe-akmuo-history', 'Keep lielupe orders for the akmuo history'),
         fixed_pr_title=('fix/lielupe-akmuo-history-off', 'Stop keeping lielupe orders for the akmuo history'),
         note='leak (orders kept for the akmuo history, ~5 %/h of 300 MiB at peak, 3 KB x 63, -0.01 %) from #5 of 9 at 11:15, fixed one deploy later by #6 at 11:47: one leaking interval of 32 min; 9 deploys 28-40 min apart from 08:33 (v1 28 min), 4 flat intervals after the fix (33, 37, 32, 38 min, to 14:07); epoch, ascending'),
    dict(name='HE12-b-fixed-one-later-36-7-of-11-320', seed=212012, kind='b', culprit=7, fixed=8,
         intervals=[30, 35, 40, 32, 34, 30, 34, 36, 32, 30, 31, 40],
         start='2036-07-20T13:10:00Z', service='sirvinta-quotes',
         profile='quote', params={'detail': 15, 'skus': 400}, peak_rps=105, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/sirvinta-medis-quote-memo', 'Memoise sirvinta quotes per medis and customer'),
         fixed_pr_title=('fix/sirvinta-medis-quote-memo-per-sku', 'Key the sirvinta quote memo per medis only'),
         note='leak (quote memo per medis and customer, ~5 %/h of 320 MiB at peak, 15 lines x 105, -0.21 %) from #7 of 11 at 17:05, fixed one deploy later by #8 at 17:41: one leaking interval of 36 min; 11 deploys 28-40 min apart from 13:10 (v1 30 min), 4 flat intervals after the fix (32, 30, 31, 40 min, to 19:54); epoch'),
    dict(name='HE13-c-fixed-one-later-40-3-of-8-300', seed=212013, kind='c', culprit=3, fixed=4,
         intervals=[40, 40, 34, 40, 33, 39, 31, 35, 29],
         start='2036-07-21T08:06:00Z', service='sesuvis-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=169, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/sesuvis-debesis-listeners', 'Tell open sesuvis bookings when a debesis frees'),
         fixed_pr_title=('fix/sesuvis-debesis-listener-off', 'Drop the debesis listener when a sesuvis booking finishes'),
         note='leak (a debesis listener per booking, ~5 %/h of 300 MiB at peak, 2 KB x 169, -0.20 %) from #3 of 8 at 10:00, fixed one deploy later by #4 at 10:40: one leaking interval of 40 min; 8 deploys 28-40 min apart from 08:06 (v1 40 min), 5 flat intervals after the fix (33, 39, 31, 35, 29 min, to 13:27); epoch'),
    dict(name='HE14-d-fixed-one-later-44-4-of-10-320', seed=212014, kind='d', culprit=4, fixed=5,
         intervals=[31, 40, 30, 35, 44, 30, 31, 34, 39, 40, 28],
         start='2036-07-22T12:04:00Z', service='akmena-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=146, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/akmena-laukas-timers', 'Confirm akmena bookings from delayed laukas timers'),
         fixed_pr_title=('fix/akmena-laukas-timers-off', 'Confirm akmena bookings at once, without laukas timers'),
         note='leak (a laukas timer per booking, ~5 %/h of 320 MiB at peak, 2 KB x 146, -0.02 %) from #4 of 10 at 14:20, fixed one deploy later by #5 at 15:04: one leaking interval of 44 min; 10 deploys 28-40 min apart from 12:04 (v1 31 min), 6 flat intervals after the fix (30, 31, 34, 39, 40, 28 min, to 18:26); epoch, ascending'),
    dict(name='HE15-none-frequent-quote-0905-300', seed=212015, kind='none',
         intervals=[30, 29, 39, 34, 40, 33, 39, 29, 31, 39, 36, 39],
         start='2036-07-23T09:05:00Z', service='daugava-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 09:05 to 16:03; 11 deploys 29-40 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='HE16-none-frequent-orders-1235-320', seed=212016, kind='none',
         intervals=[31, 29, 32, 32, 39, 34, 32, 39, 31, 39, 28, 28, 40],
         start='2036-07-24T12:35:00Z', service='gauja-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB x 90), from 12:35 to 19:49; 12 deploys 28-40 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RHD + HE_SCENARIOS
