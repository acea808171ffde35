"""memblame's tracelab scenarios, batch 194: GM01..GM16 (real memory traces with labels).

(Named GM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-193 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GL.  No case folder, scenario name or split entry
starts with "GM".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 194"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios194.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios194.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw194 GM01-... GM16-...

A development batch (all 16 cases split "dev", split194.json): flat,
healthy services (kind none) deployed every 15-28 minutes from the
afternoon into the evening drift up 0.6-0.85 %/h over their last intervals
(development batch 183's GB08, blind batch 193's GL16, both named a leak),
which a slow leak from a deploy over the same hours would also do.  This
batch puts flat services and slow leaks side by side over the same hours
and rhythms, so a reading that tells them apart can be developed, with the
slow leaks it must not lose.

GM01-GM08: eight flat services (regime healthy-frequent), quote (odd) and
orders (even) alternating, deploy rhythms two each by gen_intervals(1940NN,
n, lo, hi) with (lo, hi) = (15, 18) GM01, GM06; (18, 22) GM02, GM05;
(21, 25) GM03, GM08; (24, 28) GM04, GM07; 14-24 deploys; first deploys
14:37, 15:03, 15:31, 15:56, 16:23, 16:49, 17:13, 17:38 (no earlier flat
case started, or had its first deploy, at any of these starts' minutes),
data to 21:10-23:10.  Quote loads 17-25 lines x 84-118 req/s (400 SKUs),
orders 3-6 KB x 92-103 req/s; none an earlier scenario's load at its limit.

GM09-GM14: six slow leaks from a deploy (regime slow-leak), kinds a, b, c,
d, b, d; ~1.5 %/h (GM09 a, GM11 c, GM13 b) or ~2.5 %/h (GM10 b, GM12 d,
GM14 d) of the case's own limit at peak; culprits #5, #8, #11, #6, #9, #12
of 17-20 deploys, at 17:05-19:44, never fixed.  GM15 (c, #7 of 18) and GM16
(a, #10 of 16): ~5 %/h (regime frequent-deploys).  All eight leaks have
deploys gen_intervals(1940NN, n, lo=16, hi=26) (16-26 min apart), first
deploys 14:44-17:27, data to 21:11-23:14.

Loads by batch 193's frequent units for the next batch (a 0.0481, b
0.00307, c 0.0130, d 0.0141; %/h per unit of size x rate at peak at
256 MiB, x 256 / limit), each within 0.5 % of its aim and no earlier
scenario's load at its limit: GM09 a 1 KB x 39 (320, 1.5, +0.05 %), GM10
b 9 lines x 113 (320, 2.5, -0.09 %), GM11 c 5 KB x 27 (300, 1.5,
-0.16 %), GM12 d 2 KB x 104 (300, 2.5, +0.11 %), GM13 b 13 lines x 47
(320, 1.5, +0.04 %), GM14 d 3 KB x 74 (320, 2.5, +0.17 %), GM15 c 3 KB x
150 (300, 5, -0.16 %), GM16 a 1 KB x 122 (300, 5, +0.15 %).  The "~N %/h"
in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios193.py (11..3196) and
lists GM last (3197..3212).  Seeds 194001..194016.  Dates 2035-09-25
(GM01) to 2035-10-10 (GM16), one day per case, after batch 193's
2035-09-09..09-24.  Limits ABBAABABBBAABBAA (A 300, B 320 MiB: eight of
each; no earlier batch had it).  Heap 160 MB, every case 344-445 samples,
so ts_format "wire" everywhere, newest first.  Every case is recorded with
--bytes.  Service names: moons of Uranus and Neptune; PR words: Quechua
words of the Inca world (quipu, chasqui, ayllu, apacheta, chullpa, huaca,
pirca, qhapaq) (from memory; none in any scenarios*.py, split*.json or the
README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios193.py"))["SCENARIOS"]   # 11..3196

GM_SCENARIOS = [
    # ================================================================== flat services (all dev)
    dict(name='GM01-none-frequent-quote-1421-300', seed=194001, kind='none',
         intervals=gen_intervals(194001, 24, lo=15, hi=18),
         start='2035-09-25T14:21:00Z', service='despina-quotes',
         profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (19 lines at 104 req/s, 400 SKUs), from 14:21 (first deploy 14:37) over the afternoon into the evening fall to 21:10; 24 deploys 15-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM02-none-frequent-orders-1443-320', seed=194002, kind='none',
         intervals=gen_intervals(194002, 20, lo=18, hi=22),
         start='2035-09-26T14:43:00Z', service='thalassa-orders',
         profile='orders', params={'payload_kb': 4}, peak_rps=103, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (4 KB at 103 req/s), from 14:43 (first deploy 15:03) over the afternoon into the evening fall to 21:47; 20 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM03-none-frequent-quote-1507-320', seed=194003, kind='none',
         intervals=gen_intervals(194003, 18, lo=21, hi=25),
         start='2035-09-27T15:07:00Z', service='halimede-quotes',
         profile='quote', params={'detail': 23, 'skus': 400}, peak_rps=91, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, quote route (23 lines at 91 req/s, 400 SKUs), from 15:07 (first deploy 15:31) over the afternoon into the evening fall to 22:18; 18 deploys 21-25 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM04-none-frequent-orders-1529-300', seed=194004, kind='none',
         intervals=gen_intervals(194004, 16, lo=24, hi=28),
         start='2035-09-28T15:29:00Z', service='psamathe-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=99, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, orders route (5 KB at 99 req/s), from 15:29 (first deploy 15:56) over the afternoon into the evening fall to 22:54; 16 deploys 24-28 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM05-none-frequent-quote-1601-300', seed=194005, kind='none',
         intervals=gen_intervals(194005, 20, lo=18, hi=22),
         start='2035-09-29T16:01:00Z', service='laomedeia-quotes',
         profile='quote', params={'detail': 17, 'skus': 400}, peak_rps=118, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (17 lines at 118 req/s, 400 SKUs), from 16:01 (first deploy 16:23) over the afternoon into the evening fall to 23:09; 20 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM06-none-frequent-orders-1634-320', seed=194006, kind='none',
         intervals=gen_intervals(194006, 22, lo=15, hi=18),
         start='2035-09-30T16:34:00Z', service='neso-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=92, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (3 KB at 92 req/s), from 16:34 (first deploy 16:49) over the afternoon into the evening fall to 22:54; 22 deploys 15-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM07-none-frequent-quote-1645-300', seed=194007, kind='none',
         intervals=gen_intervals(194007, 14, lo=24, hi=28),
         start='2035-10-01T16:45:00Z', service='sycorax-quotes',
         profile='quote', params={'detail': 25, 'skus': 400}, peak_rps=84, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (25 lines at 84 req/s, 400 SKUs), from 16:45 (first deploy 17:13) over the afternoon into the evening fall to 23:10; 14 deploys 24-28 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    dict(name='GM08-none-frequent-orders-1713-320', seed=194008, kind='none',
         intervals=gen_intervals(194008, 14, lo=21, hi=25),
         start='2035-10-02T17:13:00Z', service='prospero-orders',
         profile='orders', params={'payload_kb': 6}, peak_rps=96, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (6 KB at 96 req/s), from 17:13 (first deploy 17:38) over the afternoon into the evening fall to 22:57; 14 deploys 21-25 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
    # ================================================================== slow leaks and leaks from a deploy (all dev)
    dict(name='GM09-a-slow-leak-culprit-5-of-18-320', seed=194009, kind='a', culprit=5,
         intervals=gen_intervals(194009, 18, lo=16, hi=26),
         start='2035-10-03T16:19:00Z', service='setebos-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=39, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/setebos-quipu-history', 'Keep setebos orders for the quipu history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 39, +0.05 %) from #5 of 18 at 18:16 (its own 20 min, then 13 more leaking intervals of 17-26 min, to 23:14), after 21-26 min healthy intervals from 16:19 (first deploy 16:41); epoch'),
    dict(name='GM10-b-slow-leak-culprit-8-of-19-320', seed=194010, kind='b', culprit=8,
         intervals=gen_intervals(194010, 19, lo=16, hi=26),
         start='2035-10-04T14:20:00Z', service='trinculo-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=113, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/trinculo-chasqui-quote-memo', 'Memoise trinculo quotes per chasqui and customer'),
         note='slow leak (~2.5 %/h of 320 MiB at peak, 9 lines x 113, -0.09 %) from #8 of 19 at 17:05 (its own 19 min, then 11 more leaking intervals of 16-26 min, to 21:11), after 16-24 min healthy intervals from 14:20 (first deploy 14:44); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GM11-c-slow-leak-culprit-11-of-20-300', seed=194011, kind='c', culprit=11,
         intervals=gen_intervals(194011, 20, lo=16, hi=26),
         start='2035-10-05T14:37:00Z', service='francisco-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=27, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/francisco-ayllu-listeners', 'Tell open francisco bookings when an ayllu slot frees'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 5 KB x 27, -0.16 %) from #11 of 20 at 18:28 (its own 20 min, then 9 more leaking intervals of 16-24 min, to 21:44), after 16-25 min healthy intervals from 14:37 (first deploy 14:58); epoch'),
    dict(name='GM12-d-slow-leak-culprit-6-of-17-300', seed=194012, kind='d', culprit=6,
         intervals=gen_intervals(194012, 17, lo=16, hi=26),
         start='2035-10-06T17:05:00Z', service='margaret-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/margaret-apacheta-timers', 'Confirm margaret bookings from delayed apacheta timers'),
         note='slow leak (~2.5 %/h of 300 MiB at peak, 2 KB x 104, +0.11 %) from #6 of 17 at 18:56 (its own 23 min, then 11 more leaking intervals of 17-26 min, to 23:13), after 16-20 min healthy intervals from 17:05 (first deploy 17:27); epoch'),
    dict(name='GM13-b-slow-leak-culprit-9-of-19-320', seed=194013, kind='b', culprit=9,
         intervals=gen_intervals(194013, 19, lo=16, hi=26),
         start='2035-10-07T14:54:00Z', service='ferdinand-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=47, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ferdinand-chullpa-quote-memo', 'Memoise ferdinand quotes per chullpa and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 13 lines x 47, +0.04 %) from #9 of 19 at 18:12 (its own 16 min, then 10 more leaking intervals of 16-26 min, to 21:44), after 17-26 min healthy intervals from 14:54 (first deploy 15:18); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GM14-d-slow-leak-culprit-12-of-18-320', seed=194014, kind='d', culprit=12,
         intervals=gen_intervals(194014, 18, lo=16, hi=26),
         start='2035-10-08T15:23:00Z', service='perdita-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=74, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/perdita-huaca-timers', 'Confirm perdita bookings from delayed huaca timers'),
         note='slow leak (~2.5 %/h of 320 MiB at peak, 3 KB x 74, +0.17 %) from #12 of 18 at 19:44 (its own 22 min, then 6 more leaking intervals of 16-26 min, to 22:19), after 18-26 min healthy intervals from 15:23 (first deploy 15:42); epoch'),
    dict(name='GM15-c-frequent-deploys-culprit-7-of-18-300', seed=194015, kind='c', culprit=7,
         intervals=gen_intervals(194015, 18, lo=16, hi=26),
         start='2035-10-09T15:46:00Z', service='cupid-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=150, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/cupid-pirca-listeners', 'Tell open cupid bookings when a pirca slot frees'),
         note='18 deploys 16-26 min apart from 15:46 (first deploy 16:07), culprit #7 of 18 at 18:22 over the evening fall (its own 18 min, then 11 more leaking intervals of 17-26 min, to 22:22); ~5 %/h of 300 MiB at peak (3 KB x 150, -0.16 %); epoch'),
    dict(name='GM16-a-frequent-deploys-culprit-10-of-16-300', seed=194016, kind='a', culprit=10,
         intervals=gen_intervals(194016, 16, lo=16, hi=26),
         start='2035-10-10T16:43:00Z', service='juliet-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/juliet-qhapaq-history', 'Keep juliet orders for the qhapaq history'),
         note='16 deploys 17-26 min apart from 16:43 (first deploy 17:05), culprit #10 of 16 at 20:16 over the evening fall (its own 18 min, then 6 more leaking intervals of 17-25 min, to 22:39); ~5 %/h of 300 MiB at peak (1 KB x 122, +0.15 %); epoch'),
]

SCENARIOS = _RDS + GM_SCENARIOS
