"""memblame's tracelab scenarios, batch 185: GD01..GD16 (real memory traces with labels).

(Named GD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-184 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GC.  No case folder, scenario name or split entry
starts with "GD".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 185"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios185.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios185.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw185 GD01-... GD16-...

The mix of batch 181 (its template; batch 178 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(c, d, a), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 23 deploys).  A blind batch: all
16 cases are split "validation" (split185.json, regime tags as
split181.json).

Rotation: the b culprits at #3, #8, #4, #7, #2, #5 and #4 (GD01-GD07: the
multiset {2, 3, 4, 4, 5, 7, 8}; batch 181: #2, #5, #6, #3, #8, #4, #6;
178: #6, #3, #8, #2, #5, #8, #7; no b at the position its number had in
178 or 181), serving 13:03-14:33 with 3-9 leaking intervals each; the
other kinds in the order c, d, a (164's, the order used longest ago; 181:
d, a, c; 178: a, d, c; 174: d, c, a; 170: c, a, d; 167: a, c, d) on the
orders route as in 181: c #6 of 9, d #7 of 10, a #7 of 10 (none the
position its kind had in 170, 174, 178 or 181); the LRUs over the small
hours, the dawn rise and noon (as batch 174; 181: morning, afternoon,
late afternoon; 178: evening fall, late evening, night), sizes 1128, 1267
and 1392 (no LRU scenario had them) and starts 01:33, 05:33 and 10:58 (no
LRU scenario started at them); the step on the orders route (181: quote)
at #8 of 11 (no orders step had #8 of 11; 178: orders #9 of 13; 181:
quote #9 of 12), 4 intervals from the step on; kind f over the evening
fall from 17:40 (174: 17:25; no f started at 17:40); the flat service on
the orders route (181's was quote) with 23 deploys 16-18 min apart from
14:25 (no flat case started at 14:25).

Loads: batch 184's units for the next batch (its frequent main figures:
a 0.0233, b 0.00370, c 0.0188, d 0.0188; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  b at 13-19 lines and 100-125 req/s: only one free b load lies
within 0.4 % (14 x 113 at 300), so the seven are widened in 0.1 % steps
to the seven nearest free ones (2.3 %): GD01 14 x 113 at 300 (-0.10 %),
GD02 15 x 112 at 320 (-0.54 %), GD03 14 x 112 at 300 (-0.99 %), GD04
15 x 111 at 320 (-1.43 %), GD05 15 x 104 at 300 (-1.49 %), GD06 14 x 118
at 320 (-2.20 %), GD07 14 x 111 at 300 (-1.87 %).  The frequent c 4 KB x
83 at 320 (-0.13 %).  The frequent d 3 KB at 100-160 req/s: 3 KB x 110
at 320 (-0.74 %, widened to 0.8 %; 3 x 104 at 300 and 3 x 111 at 320 are
earlier scenarios').  The frequent a at 2-3 KB and 90-130 req/s: 2 KB x
126 at 300 (+0.21 %).  No load is one an earlier scenario had at the same
limit.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios184.py (11..3052) and
lists GD last (3053..3068).  Seeds 185001..185016.  Dates 2035-05-04
(GD01) to 2035-05-19 (GD16).  Limits ABABABABBAABABAB (A 300, B 320 MiB;
no earlier batch of 16 had it or its flip).  Cases of 300 samples or more
use epoch-second timestamps ("wire"); ISO 8601 for GD01, GD04, GD06,
GD08, GD11, GD12, GD13 and GD15; TimestampAscending for GD02, GD03, GD06,
GD08, GD09, GD12, GD13 and GD15 (no earlier batch had this set).  The
notes' "epoch" and "ascending" tags are written from these fields; the
"~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Service names: Alpine villages (and Laugharne); PR words:
Welsh dishes.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios184.py"))["SCENARIOS"]   # 11..3052

GD_SCENARIOS = [
    dict(name="GD01-b-frequent-deploys-culprit-3-of-9-300", seed=185001, kind="b", culprit=3,
         intervals=gen_intervals(185001, 9, lo=28, hi=31),
         start="2035-05-04T11:40:00Z", service="andermatt-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/andermatt-cawl-quote-memo', 'Memoise andermatt quotes per cawl and customer'),
         note='9 deploys 28-31 min apart from 11:40, culprit #3 at 13:10:30 (7 leaking intervals, 28-30 min, to 16:31; its own 28 min); ~5 %/h of 300 MiB at peak (14 lines x 113, -0.10 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GD02-b-frequent-deploys-culprit-8-of-10-320", seed=185002, kind="b", culprit=8,
         intervals=gen_intervals(185002, 10, lo=28, hi=31),
         start="2035-05-05T10:40:00Z", service="grindelwald-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/grindelwald-barabrith-quote-memo', 'Memoise grindelwald quotes per barabrith and customer'),
         note='10 deploys 28-31 min apart from 10:40, culprit #8 at 14:33:30 (3 leaking intervals, 28-31 min, to 16:03; its own 31 min); ~5 %/h of 320 MiB at peak (15 lines x 112, -0.54 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GD03-b-frequent-deploys-culprit-4-of-10-300", seed=185003, kind="b", culprit=4,
         intervals=gen_intervals(185003, 10, lo=28, hi=31),
         start="2035-05-06T11:25:00Z", service="zermatt-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/zermatt-laverbread-quote-memo', 'Memoise zermatt quotes per laverbread and customer'),
         note='10 deploys 28-31 min apart from 11:25, culprit #4 at 13:25:30 (7 leaking intervals, 28-31 min, to 16:53; its own 31 min); ~5 %/h of 300 MiB at peak (14 lines x 112, -0.99 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GD04-b-frequent-deploys-culprit-7-of-9-320", seed=185004, kind="b", culprit=7,
         intervals=gen_intervals(185004, 9, lo=28, hi=31),
         start="2035-05-07T10:50:00Z", service="gruyeres-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/gruyeres-glamorgan-quote-memo', 'Memoise gruyeres quotes per glamorgan and customer'),
         note='9 deploys 28-31 min apart from 10:50, culprit #7 at 14:15:30 (3 leaking intervals, 30-31 min, to 15:47; its own 30 min); ~5 %/h of 320 MiB at peak (15 lines x 111, -1.43 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GD05-b-frequent-deploys-culprit-2-of-10-300", seed=185005, kind="b", culprit=2,
         intervals=gen_intervals(185005, 10, lo=28, hi=31),
         start="2035-05-08T12:05:00Z", service="murren-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/murren-welshcake-quote-memo', 'Memoise murren quotes per welshcake and customer'),
         note='10 deploys 28-31 min apart from 12:05, culprit #2 at 13:03:30 (9 leaking intervals, 29-31 min, to 17:35; its own 31 min); ~5 %/h of 300 MiB at peak (15 lines x 104, -1.49 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GD06-b-frequent-deploys-culprit-5-of-9-320", seed=185006, kind="b", culprit=5,
         intervals=gen_intervals(185006, 9, lo=28, hi=31),
         start="2035-05-09T11:10:00Z", service="wengen-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/wengen-crempog-quote-memo', 'Memoise wengen quotes per crempog and customer'),
         note='9 deploys 28-31 min apart from 11:10, culprit #5 at 13:40:30 (5 leaking intervals, 28-31 min, to 16:04; its own 28 min); ~5 %/h of 320 MiB at peak (14 lines x 118, -2.20 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GD07-b-frequent-deploys-culprit-4-of-9-300", seed=185007, kind="b", culprit=4,
         intervals=gen_intervals(185007, 9, lo=28, hi=31),
         start="2035-05-10T12:00:00Z", service="brienz-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/brienz-faggots-quote-memo', 'Memoise brienz quotes per faggots and customer'),
         note='9 deploys 28-31 min apart from 12:00, culprit #4 at 13:58:30 (6 leaking intervals, 28-31 min, to 17:00; its own 31 min); ~5 %/h of 300 MiB at peak (14 lines x 111, -1.87 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GD08-c-frequent-deploys-culprit-6-of-9-320", seed=185008, kind="c", culprit=6,
         intervals=gen_intervals(185008, 9, lo=28, hi=31),
         start="2035-05-11T10:25:00Z", service="ascona-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=83, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/ascona-tatws-listeners', 'Tell open ascona bookings when a tatws slot frees'),
         note='9 deploys 28-31 min apart from 10:25, culprit #6 at 13:21:30 (4 leaking intervals, 29-30 min, to 15:20; its own 29 min); ~5 %/h of 320 MiB at peak (4 KB x 83, -0.13 %); ascending'),
    dict(name="GD09-d-frequent-deploys-culprit-7-of-10-320", seed=185009, kind="d", culprit=7,
         intervals=gen_intervals(185009, 10, lo=28, hi=31),
         start="2035-05-12T11:00:00Z", service="morcote-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=110, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/morcote-lobscows-timers', 'Confirm morcote bookings from delayed lobscows timers'),
         note='10 deploys 28-31 min apart from 11:00, culprit #7 at 14:26:30 (4 leaking intervals, 29-31 min, to 16:27; its own 29 min); ~5 %/h of 320 MiB at peak (3 KB x 110, -0.74 %); epoch, ascending'),
    dict(name="GD10-a-frequent-deploys-culprit-7-of-10-300", seed=185010, kind="a", culprit=7,
         intervals=gen_intervals(185010, 10, lo=28, hi=31),
         start="2035-05-13T10:30:00Z", service="soglio-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=126, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/soglio-teisen-history', 'Keep soglio orders for the teisen history'),
         note='10 deploys 28-31 min apart from 10:30, culprit #7 at 13:55:30 (4 leaking intervals, 28-30 min, to 15:54; its own 30 min); ~5 %/h of 300 MiB at peak (2 KB x 126, +0.21 %); epoch'),
    dict(name="GD11-e-lru-small-hours-1128-300", seed=185011, kind="e",
         intervals=gen_intervals(185011, 8, lo=28, hi=31),
         start="2035-05-14T01:33:00Z", service="oberstdorf-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1128"},
         note='bounded LRU (1128 entries) refilling after each of 8 deploys 28-31 min apart from 01:33, through the small hours to 05:59; must not alarm'),
    dict(name="GD12-e-lru-dawn-rise-1267-320", seed=185012, kind="e",
         intervals=gen_intervals(185012, 7, lo=28, hi=31),
         start="2035-05-15T05:33:00Z", service="mittenwald-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1267"}, scan_by="TimestampAscending",
         note='bounded LRU (1267 entries) refilling after each of 7 deploys 28-31 min apart from 05:33, over the dawn rise to 09:32; must not alarm; ascending'),
    dict(name="GD13-e-lru-noon-1392-300", seed=185013, kind="e",
         intervals=gen_intervals(185013, 8, lo=28, hi=31),
         start="2035-05-16T10:58:00Z", service="ruhpolding-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1392"}, scan_by="TimestampAscending",
         note='bounded LRU (1392 entries) refilling after each of 8 deploys 28-31 min apart from 10:58, around noon to 15:21; must not alarm; ascending'),
    dict(name="GD14-step-frequent-orders-8-of-11-320", seed=185014, kind="step", culprit=8,
         intervals=gen_intervals(185014, 11, lo=28, hi=31),
         start="2035-05-17T09:15:00Z", service="berchtesgaden-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/berchtesgaden-caerphilly-table-at-boot', 'Load the berchtesgaden caerphilly table at boot'),
         note='level shift at #8 of 11 (13:05:30), orders route (5 KB at 90 req/s); 11 deploys 28-31 min apart from 09:15 (own 28 min, then 28, 30, 28 min after the step, to 15:00); no trend after; must not alarm; epoch'),
    dict(name="GD15-f-load-evening-fall-1740-frequent-300", seed=185015, kind="f", workers=72,
         intervals=gen_intervals(185015, 8, lo=28, hi=31),
         start="2035-05-18T17:40:00Z", service="garmisch-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load over the evening fall from 17:40 to 22:03, across 8 deploys 28-31 min apart; must not alarm; ascending'),
    dict(name="GD16-none-frequent-orders-23-deploys-320", seed=185016, kind="none",
         intervals=gen_intervals(185016, 23, lo=16, hi=18),
         start="2035-05-19T14:25:00Z", service="laugharne-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s), from 14:25 to 21:17; 23 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GD_SCENARIOS
