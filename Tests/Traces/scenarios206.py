"""memblame's tracelab scenarios, batch 206: GY01..GY16 (real memory traces with labels).

(Named GY: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-205 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GX.  No case folder, scenario name or split entry
starts with "GY".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 206"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios206.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios206.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw206 GY01-... GY16-...

The mix of batch 201 (its template; batch 198 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(c, d, a), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 22 deploys).  A blind batch: all
16 cases are split "validation" (split206.json, regime tags as
split201.json).

Rotation: the b culprits at #8, #2, #3, #4, #5, #4 and #7 (GY01-GY07: the
multiset {2, 3, 4, 4, 5, 7, 8}; batch 201: {2, 3, 5, 6, 6, 7, 8}; 198:
{2, 3, 4, 5, 6, 7, 8}; no b at the position its number had in 198 or 201),
serving from 13:06:30 to 14:15:30 with 3-8 leaking intervals each; the
other kinds in the order c, d, a (185's, the order used longest ago; 201:
d, a, c; 198: a, d, c) on the orders route as in 201: c #3 of 9, d #7 of
10, a #6 of 10 (none the position its kind had in 191, 195, 198 or 201);
the LRUs over the small hours, the dawn rise and noon (as batch 195; 201:
morning, afternoon, late afternoon; 198: evening fall, late evening,
night), sizes 1027, 1303 and 1438 (no LRU scenario had them) and starts
02:27, 05:53 and 11:17 (no LRU scenario started at them); the step on the
orders route (201: quote) at #6 of 11 (198: orders #8 of 13; 201: quote #7
of 13), 5 intervals after the step; kind f down the evening fall from 17:55
(195: 17:45; 185: 17:40; no f started at 17:55); the flat service on the
orders route (201's was quote) with 22 deploys 16-18 min apart from 11:33
(no flat case started at 11:33).

Loads: batch 203's units for the next batch (its frequent main figures:
a 0.0263, b 0.00375, c 0.0172, d 0.0240; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: the six in-range loads within
0.4 % (13 x 120, 14 x 112, 15 x 104 at 300; 14 x 119, 15 x 111, 16 x 104
at 320) are all earlier scenarios'; the three free loads within 0.4 % lie
just outside the rate range, so the rate range was widened to 98-128 for
them: GY01 17 x 98 at 320 (-0.04 %), GY02 16 x 98 at 300 (+0.35 %), GY03
13 x 128 at 320 (-0.16 %); the other four repeat an earlier scenario's
load at the same limit (kept for the aim): GY04 14 x 119 at 320
(-0.04 %), GY05 15 x 111 at 320 (-0.10 %), GY06 13 x 120 at 300
(-0.16 %), GY07 15 x 104 at 300 (-0.16 %).  The frequent c: no free load
at 75-115 req/s within 0.4 % (3 x 114 and 4 x 85 at 300, 4 x 91 at 320
taken), so the aim was widened to 0.5 %: GY08 3 KB x 113 at 300
(-0.49 %).  The frequent d needs 244 (300) or 260 (320) KB x req/s, below
3 KB x 100 (3 x 81 at 300 and 3 x 87 at 320 are taken): the size range
widened to 2 KB: GY09 2 KB x 122 at 300 (-0.06 %).  The frequent a 2 KB x
119 at 320 (+0.15 %), in range.  GY01-GY03 and GY08-GY10 have loads no
earlier scenario had.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios205.py (11..3388) and
lists GY last (3389..3404).  Seeds 206001..206016.  Dates 2036-04-04
(GY01) to 2036-04-19 (GY16).  Limits BABBBAAAABAAABBB (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of 300
samples or more use epoch-second timestamps ("wire"); ISO 8601 for GY02,
GY04, GY06, GY08, GY11, GY12, GY13 and GY15; TimestampAscending for GY03,
GY08, GY09, GY10, GY11, GY12, GY13 and GY14 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Names: Andean volcanoes for the services and Bengali sweets
for the PR words (none in any scenarios*.py, split*.json or the README
before, by grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDX = runpy.run_path(os.path.join(_HERE, "scenarios205.py"))["SCENARIOS"]   # 11..3388

GY_SCENARIOS = [
    dict(name="GY01-b-frequent-deploys-culprit-8-of-10-320", seed=206001, kind="b", culprit=8,
         intervals=gen_intervals(206001, 10, lo=28, hi=31),
         start="2036-04-04T10:20:00Z", service="llaima-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/llaima-rasgulla-quote-memo', 'Memoise llaima quotes per rasgulla and customer'),
         note='10 deploys 28-31 min apart from 10:20, culprit #8 at 14:15:30 (3 leaking intervals, 28-31 min, to 15:44; its own 28 min); ~5 %/h of 320 MiB at peak (17 lines x 98, -0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GY02-b-frequent-deploys-culprit-2-of-9-300", seed=206002, kind="b", culprit=2,
         intervals=gen_intervals(206002, 9, lo=28, hi=31),
         start="2036-04-05T12:10:00Z", service="lascar-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/lascar-sandesh-quote-memo', 'Memoise lascar quotes per sandesh and customer'),
         note='9 deploys 28-31 min apart from 12:10, culprit #2 at 13:06:30 (8 leaking intervals, 28-31 min, to 17:02; its own 28 min); ~5 %/h of 300 MiB at peak (16 lines x 98, +0.35 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GY03-b-frequent-deploys-culprit-3-of-10-320", seed=206003, kind="b", culprit=3,
         intervals=gen_intervals(206003, 10, lo=28, hi=31),
         start="2036-04-06T11:45:00Z", service="parinacota-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=128, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/parinacota-mishti-quote-memo', 'Memoise parinacota quotes per mishti and customer'),
         note='10 deploys 28-31 min apart from 11:45, culprit #3 at 13:12:30 (8 leaking intervals, 28-31 min, to 17:11; its own 31 min); ~5 %/h of 320 MiB at peak (13 lines x 128, -0.16 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GY04-b-frequent-deploys-culprit-4-of-9-320", seed=206004, kind="b", culprit=4,
         intervals=gen_intervals(206004, 9, lo=28, hi=31),
         start="2036-04-07T11:35:00Z", service="antuco-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/antuco-chomchom-quote-memo', 'Memoise antuco quotes per chomchom and customer'),
         note='9 deploys 28-31 min apart from 11:35, culprit #4 at 13:27:30 (6 leaking intervals, 28-31 min, to 16:22; its own 28 min); ~5 %/h of 320 MiB at peak (14 lines x 119, -0.04 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GY05-b-frequent-deploys-culprit-5-of-10-320", seed=206005, kind="b", culprit=5,
         intervals=gen_intervals(206005, 10, lo=28, hi=31),
         start="2036-04-08T11:10:00Z", service="lonquimay-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/lonquimay-pantua-quote-memo', 'Memoise lonquimay quotes per pantua and customer'),
         note='10 deploys 28-31 min apart from 11:10, culprit #5 at 13:36:30 (6 leaking intervals, 28-30 min, to 16:30; its own 29 min); ~5 %/h of 320 MiB at peak (15 lines x 111, -0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GY06-b-frequent-deploys-culprit-4-of-9-300", seed=206006, kind="b", culprit=4,
         intervals=gen_intervals(206006, 9, lo=28, hi=31),
         start="2036-04-09T11:50:00Z", service="puyehue-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/puyehue-jilapi-quote-memo', 'Memoise puyehue quotes per jilapi and customer'),
         note='9 deploys 28-31 min apart from 11:50, culprit #4 at 13:46:30 (6 leaking intervals, 28-31 min, to 16:43; its own 31 min); ~5 %/h of 300 MiB at peak (13 lines x 120, -0.16 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GY07-b-frequent-deploys-culprit-7-of-10-300", seed=206007, kind="b", culprit=7,
         intervals=gen_intervals(206007, 10, lo=28, hi=31),
         start="2036-04-10T10:40:00Z", service="tronador-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/tronador-malpua-quote-memo', 'Memoise tronador quotes per malpua and customer'),
         note='10 deploys 28-31 min apart from 10:40, culprit #7 at 14:08:30 (4 leaking intervals, 28-31 min, to 16:06; its own 29 min); ~5 %/h of 300 MiB at peak (15 lines x 104, -0.16 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GY08-c-frequent-deploys-culprit-3-of-9-300", seed=206008, kind="c", culprit=3,
         intervals=gen_intervals(206008, 9, lo=28, hi=31),
         start="2036-04-11T11:40:00Z", service="lanin-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=113, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('feat/lanin-narkel-listeners', 'Tell open lanin bookings when a narkel slot frees'),
         note='9 deploys 28-31 min apart from 11:40, culprit #3 at 13:07:30 (7 leaking intervals, 28-31 min, to 16:34; its own 30 min); ~5 %/h of 300 MiB at peak (3 KB x 113, -0.49 %); ascending'),
    dict(name="GY09-d-frequent-deploys-culprit-7-of-10-300", seed=206009, kind="d", culprit=7,
         intervals=gen_intervals(206009, 10, lo=28, hi=31),
         start="2036-04-12T10:35:00Z", service="copahue-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/copahue-patishapta-timers', 'Confirm copahue bookings from delayed patishapta timers'),
         note='10 deploys 28-31 min apart from 10:35, culprit #7 at 13:56:30 (4 leaking intervals, 28-31 min, to 15:52; its own 28 min); ~5 %/h of 300 MiB at peak (2 KB x 122, -0.06 %); epoch, ascending'),
    dict(name="GY10-a-frequent-deploys-culprit-6-of-10-320", seed=206010, kind="a", culprit=6,
         intervals=gen_intervals(206010, 10, lo=28, hi=31),
         start="2036-04-13T10:55:00Z", service="mocho-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=119, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mocho-pitha-history', 'Keep mocho orders for the pitha history'),
         note='10 deploys 28-31 min apart from 10:55, culprit #6 at 13:51:30 (5 leaking intervals, 28-31 min, to 16:21; its own 28 min); ~5 %/h of 320 MiB at peak (2 KB x 119, +0.15 %); epoch, ascending'),
    dict(name="GY11-e-lru-small-hours-1027-300", seed=206011, kind="e",
         intervals=gen_intervals(206011, 8, lo=28, hi=31),
         start="2036-04-14T02:27:00Z", service="choshuenco-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1027"},
         note='bounded LRU (1027 entries) refilling after each of 8 deploys 28-31 min apart from 02:27, over the small hours to 06:46; must not alarm; ascending'),
    dict(name="GY12-e-lru-dawn-rise-1303-300", seed=206012, kind="e",
         intervals=gen_intervals(206012, 8, lo=28, hi=31),
         start="2036-04-15T05:53:00Z", service="planchon-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1303"},
         note='bounded LRU (1303 entries) refilling after each of 8 deploys 28-31 min apart from 05:53, over the dawn rise to 10:18; must not alarm; ascending'),
    dict(name="GY13-e-lru-noon-1438-300", seed=206013, kind="e",
         intervals=gen_intervals(206013, 8, lo=28, hi=31),
         start="2036-04-16T11:17:00Z", service="sollipulli-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1438"},
         note='bounded LRU (1438 entries) refilling after each of 8 deploys 28-31 min apart from 11:17, over the noon to 15:43; must not alarm; ascending'),
    dict(name="GY14-step-frequent-orders-6-of-11-320", seed=206014, kind="step", culprit=6,
         intervals=gen_intervals(206014, 11, lo=28, hi=31),
         start="2036-04-17T09:25:00Z", service="tupungato-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/tupungato-rasmalai-table-at-boot', 'Load the tupungato rasmalai table at boot'),
         note='level shift at #6 of 11 (12:22:30), orders route (5 KB x 90); 11 deploys 28-31 min apart from 09:25 (own 31 min, then 29, 31, 31, 31, 29 min after the step, to 15:25); 6 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="GY15-f-load-evening-fall-1755-frequent-320", seed=206015, kind="f", workers=72,
         intervals=gen_intervals(206015, 8, lo=28, hi=31),
         start="2036-04-18T17:55:00Z", service="descabezado-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load down the evening fall from 17:55 to 22:22, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="GY16-none-frequent-orders-22-deploys-320", seed=206016, kind="none",
         intervals=gen_intervals(206016, 22, lo=16, hi=18),
         start="2036-04-19T11:33:00Z", service="licancabur-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, orders route (5 KB x 90), from 11:33 to 17:56; 22 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDX + GY_SCENARIOS
