"""memblame's tracelab scenarios, batch 198: GQ01..GQ16 (real memory traces with labels).

(Named GQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-197 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GP.  No case folder, scenario name or split entry
starts with "GQ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 198"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios198.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios198.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw198 GQ01-... GQ16-...

The mix of batch 195 (its template; batch 191 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(a, d, c), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 24 deploys).  A blind batch: all
16 cases are split "validation" (split198.json, regime tags as
split195.json).

Rotation: the b culprits at #4, #5, #8, #2, #6, #7 and #3 (GQ01-GQ07: the
multiset {2, 3, 4, 5, 6, 7, 8}; batch 195: #3, #7, #4, #6, #2, #8, #4;
191: #5, #2, #7, #8, #5, #3, #6; no b at the position its number had in
191 or 195), serving 13:04-14:32 with 3-8 leaking intervals each; the
other kinds in the order a, d, c (178's, the order used longest ago; 195:
d, c, a; 191: c, a, d) on the orders route as in 195: a #5 of 10, d #3 of
9, c #7 of 10 (none the position its kind had in 191 or 195); the LRUs
over the evening fall, the late evening and the night (as batch 188; 195:
small hours, dawn rise, noon; 191: morning, afternoon, late afternoon),
sizes 1063, 1226 and 1381 (no LRU scenario had them) and starts 18:22,
21:48 and 23:16 (no LRU scenario started at them); the step on the orders
route (5 KB x 90; 195: quote) at #8 of 13 (191: orders #10 of 13; 195:
quote #8 of 12; every orders position with 4-6 intervals after the step
among 11-13 deploys was used by some earlier batch: #8 of 13 last by EW14,
the longest ago), 6 intervals from the step on; kind f over the afternoon
peak from 13:55 (188: 13:45; 178: 13:35; no f started at 13:55); the flat
service on the orders route (195's was quote) with 24 deploys 16-18 min
apart from 09:57 (no flat case started at 09:57).

Loads: batch 197's units for the next batch (its frequent main figures:
a 0.0418, b 0.00364, c 0.0177, d 0.0195; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: exactly seven b loads lie
within 0.4 % of 5 %/h (four at 300, three at 320), all earlier scenarios'
loads at the same limit (FT12, FZ02, FL02, FS07, FY03, FZ01, FL03; every
in-range b load within 1.2 % is taken), kept for the aim: GQ01 17 x 101 at
320 (-0.00 %), GQ02 14 x 123 at 320 (+0.29 %), GQ03 14 x 115 at 300
(+0.02 %), GQ04 13 x 124 at 300 (+0.14 %), GQ05 15 x 107 at 300
(-0.29 %), GQ06 16 x 107 at 320 (-0.29 %), GQ07 16 x 101 at 300
(+0.39 %).  The frequent a needs 140 (300) or 150 (320) KB x req/s, below
2 KB x 90: the rate range widened to 3 KB x 50 at 320 (+0.32 %, no earlier
scenario's).  The frequent d 3 KB x 100 at 300 (-0.16 %; EI06's load: the
only in-range d loads within 0.4 % are 3 x 100 at 300 and 3 x 107 at 320,
both taken; the nearest free in-range one, 3 x 101 at 300, misses by
0.84 %, so the aim was kept).  The frequent c 4 KB x 83 at 300 (+0.29 %).  Healthy loads
are earlier batches'.

PR and pipeline numbers: this file runs scenarios197.py (11..3260) and
lists GQ last (3261..3276).  Seeds 198001..198016.  Dates 2035-11-28
(GQ01) to 2035-12-13 (GQ16).  Limits BBAAABABAABBABAB (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of 300
samples or more use epoch-second timestamps ("wire"); ISO 8601 for GQ02,
GQ04, GQ06, GQ09, GQ11, GQ12, GQ13 and GQ15; TimestampAscending for GQ01,
GQ04, GQ05, GQ08, GQ10, GQ11, GQ13 and GQ16 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Names: Maltese and Gozitan places for the services and
Portuguese sweets for the PR words (none in any scenarios*.py, split*.json
or the README before, by grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios197.py"))["SCENARIOS"]   # 11..3260

GQ_SCENARIOS = [
    dict(name="GQ01-b-frequent-deploys-culprit-4-of-10-320", seed=198001, kind="b", culprit=4,
         intervals=gen_intervals(198001, 10, lo=28, hi=31),
         start="2035-11-28T11:20:00Z", service="gharb-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/gharb-filhoses-quote-memo', 'Memoise gharb quotes per filhoses and customer'),
         note='10 deploys 28-31 min apart from 11:20, culprit #4 at 13:17:30 (7 leaking intervals, 28-31 min, to 16:45; its own 29 min); ~5 %/h of 320 MiB at peak (17 lines x 101, -0.00 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GQ02-b-frequent-deploys-culprit-5-of-9-320", seed=198002, kind="b", culprit=5,
         intervals=gen_intervals(198002, 9, lo=28, hi=31),
         start="2035-11-29T11:40:00Z", service="qala-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=123, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/qala-areias-quote-memo', 'Memoise qala quotes per areias and customer'),
         note='9 deploys 28-31 min apart from 11:40, culprit #5 at 14:06:30 (5 leaking intervals, 28-31 min, to 16:34; its own 30 min); ~5 %/h of 320 MiB at peak (14 lines x 123, +0.29 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GQ03-b-frequent-deploys-culprit-8-of-10-300", seed=198003, kind="b", culprit=8,
         intervals=gen_intervals(198003, 10, lo=28, hi=31),
         start="2035-11-30T10:35:00Z", service="munxar-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/munxar-pampilho-quote-memo', 'Memoise munxar quotes per pampilho and customer'),
         note='10 deploys 28-31 min apart from 10:35, culprit #8 at 14:32:30 (3 leaking intervals, 28-31 min, to 16:02; its own 31 min); ~5 %/h of 300 MiB at peak (14 lines x 115, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GQ04-b-frequent-deploys-culprit-2-of-9-300", seed=198004, kind="b", culprit=2,
         intervals=gen_intervals(198004, 9, lo=28, hi=31),
         start="2035-12-01T12:05:00Z", service="sannat-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/sannat-tigelada-quote-memo', 'Memoise sannat quotes per tigelada and customer'),
         note='9 deploys 28-31 min apart from 12:05, culprit #2 at 13:04:30 (8 leaking intervals, 28-30 min, to 16:56; its own 29 min); ~5 %/h of 300 MiB at peak (13 lines x 124, +0.14 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GQ05-b-frequent-deploys-culprit-6-of-10-300", seed=198005, kind="b", culprit=6,
         intervals=gen_intervals(198005, 10, lo=28, hi=31),
         start="2035-12-02T10:50:00Z", service="ghasri-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/ghasri-bolinhol-quote-memo', 'Memoise ghasri quotes per bolinhol and customer'),
         note='10 deploys 28-31 min apart from 10:50, culprit #6 at 13:47:30 (5 leaking intervals, 28-30 min, to 16:13; its own 28 min); ~5 %/h of 300 MiB at peak (15 lines x 107, -0.29 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GQ06-b-frequent-deploys-culprit-7-of-9-320", seed=198006, kind="b", culprit=7,
         intervals=gen_intervals(198006, 9, lo=28, hi=31),
         start="2035-12-03T11:00:00Z", service="birzebbuga-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/birzebbuga-fartes-quote-memo', 'Memoise birzebbuga quotes per fartes and customer'),
         note='9 deploys 28-31 min apart from 11:00, culprit #7 at 14:25:30 (3 leaking intervals, 28-29 min, to 15:51; its own 28 min); ~5 %/h of 320 MiB at peak (16 lines x 107, -0.29 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GQ07-b-frequent-deploys-culprit-3-of-10-300", seed=198007, kind="b", culprit=3,
         intervals=gen_intervals(198007, 10, lo=28, hi=31),
         start="2035-12-04T12:10:00Z", service="kirkop-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/kirkop-ferradura-quote-memo', 'Memoise kirkop quotes per ferradura and customer'),
         note='10 deploys 28-31 min apart from 12:10, culprit #3 at 13:37:30 (8 leaking intervals, 28-31 min, to 17:32; its own 31 min); ~5 %/h of 300 MiB at peak (16 lines x 101, +0.39 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GQ08-a-frequent-deploys-culprit-5-of-10-320", seed=198008, kind="a", culprit=5,
         intervals=gen_intervals(198008, 10, lo=28, hi=31),
         start="2035-12-05T11:15:00Z", service="mqabba-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=50, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mqabba-charuto-history', 'Keep mqabba orders for the charuto history'),
         note='10 deploys 28-31 min apart from 11:15, culprit #5 at 13:42:30 (6 leaking intervals, 28-31 min, to 16:39; its own 28 min); ~5 %/h of 320 MiB at peak (3 KB x 50, +0.32 %); epoch, ascending'),
    dict(name="GQ09-d-frequent-deploys-culprit-3-of-9-300", seed=198009, kind="d", culprit=3,
         intervals=gen_intervals(198009, 9, lo=28, hi=31),
         start="2035-12-06T11:45:00Z", service="ghajnsielem-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/ghajnsielem-esquecido-timers', 'Confirm ghajnsielem bookings from delayed esquecido timers'),
         note='9 deploys 28-31 min apart from 11:45, culprit #3 at 13:15:30 (7 leaking intervals, 28-31 min, to 16:44; its own 28 min); ~5 %/h of 300 MiB at peak (3 KB x 100, -0.16 %)'),
    dict(name="GQ10-c-frequent-deploys-culprit-7-of-10-300", seed=198010, kind="c", culprit=7,
         intervals=gen_intervals(198010, 10, lo=28, hi=31),
         start="2035-12-07T10:40:00Z", service="xlendi-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=83, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/xlendi-lampreia-listeners', 'Tell open xlendi bookings when a lampreia slot frees'),
         note='10 deploys 28-31 min apart from 10:40, culprit #7 at 14:08:30 (4 leaking intervals, 28-30 min, to 16:04; its own 28 min); ~5 %/h of 300 MiB at peak (4 KB x 83, +0.29 %); epoch, ascending'),
    dict(name="GQ11-e-lru-evening-fall-1063-320", seed=198011, kind="e",
         intervals=gen_intervals(198011, 8, lo=28, hi=31),
         start="2035-12-08T18:22:00Z", service="marsalforn-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         env={"LRU_MAX": "1063"},
         note='bounded LRU (1063 entries) refilling after each of 8 deploys 28-31 min apart from 18:22, over the evening fall to 22:44; must not alarm; ascending'),
    dict(name="GQ12-e-lru-late-evening-1226-320", seed=198012, kind="e",
         intervals=gen_intervals(198012, 7, lo=28, hi=31),
         start="2035-12-09T21:48:00Z", service="dwejra-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1226"},
         note='bounded LRU (1226 entries) refilling after each of 7 deploys 28-31 min apart from 21:48, over the late evening to 01:46; must not alarm'),
    dict(name="GQ13-e-lru-night-1381-300", seed=198013, kind="e",
         intervals=gen_intervals(198013, 8, lo=28, hi=31),
         start="2035-12-10T23:16:00Z", service="hondoq-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1381"},
         note='bounded LRU (1381 entries) refilling after each of 8 deploys 28-31 min apart from 23:16, over the night to 03:40; must not alarm; ascending'),
    dict(name="GQ14-step-frequent-orders-8-of-13-320", seed=198014, kind="step", culprit=8,
         intervals=gen_intervals(198014, 13, lo=28, hi=31),
         start="2035-12-11T08:40:00Z", service="swieqi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/swieqi-pinhoada-table-at-boot', 'Load the swieqi pinhoada table at boot'),
         note='level shift at #8 of 13 (12:35:30), orders route (5 KB x 90); 13 deploys 28-31 min apart from 08:40 (own 28 min, then 28, 28, 28, 30, 31 min after the step, to 15:29); 6 intervals from the step on; no trend after; must not alarm; epoch'),
    dict(name="GQ15-f-load-afternoon-peak-1355-frequent-300", seed=198015, kind="f", workers=72,
         intervals=gen_intervals(198015, 8, lo=28, hi=31),
         start="2035-12-12T13:55:00Z", service="ibragg-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load over the afternoon peak from 13:55 to 18:16, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="GQ16-none-frequent-orders-24-deploys-320", seed=198016, kind="none",
         intervals=gen_intervals(198016, 24, lo=16, hi=18),
         start="2035-12-13T09:57:00Z", service="kappara-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB x 90), from 09:57 to 17:03; 24 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GQ_SCENARIOS
