"""memblame's tracelab scenarios, batch 164: FI01..FI16 (real memory traces with labels).

(Named FI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-163 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FH.  No case folder, scenario name or split entry starts with
"FI".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 164"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios164.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios164.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw164 FI01-... FI16-...

The mix of batch 161 (its template; batch 158 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 28-31 minutes, one frequent-deploy leak of each other kind for
contrast (c, d, a), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 22 deploys).  A blind
batch: all 16 cases are split "validation" (split164.json, regime tags as
split161.json).

Rotation: the b culprits at #8, #2, #3, #6, #4, #7 and #5 (FI01-FI07: the
multiset {2, 3, 4, 5, 6, 7, 8}; batch 161: #7, #5, #2, #3, #8, #4, #7;
158: #3, #8, #5, #4, #6, #2, #6; 155: #4, #6, #8, #2, #7, #5, #3; no b at
the position its number had in 155, 158 or 161), serving 13:08-14:46; the
other kinds in the order c, d, a (c #8 of 10, d #4 of 9, a #3 of 10; 161:
d #8, a #7, c #3; 158: a #4, d #5, c #6; 155: c #5, a #6, d #7; 152: d #6,
c #7, a #8; 148: a #5, c #4, d #2: each position new for its kind), on the
orders route as in 161; the LRUs in the small hours, the dawn rise and
noon (as batch 155; 161: morning, afternoon, late afternoon; 158: evening
fall, late evening, night), sizes 945, 1360 and 1080 and starts 01:25,
04:50 and 10:37 (no LRU scenario had them); the step on the orders route
(161: quote) at #8 of 12 (158: orders #7 of 12; no orders step had #8 of
12); kind f down the evening fall from 17:10 (155: 16:55, 163: 16:25; no
f started at 17:10); the flat service on the orders route (161's was
quote) with 22 deploys 16-18 min apart from 11:45 (no flat case started
at 11:45).

Loads: batch 163's units for the next batch (its main figures, frequent
a 0.0300, b 0.00336, c 0.0169, d 0.0157; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  At 100-125 req/s and 13-19 lines no new b load lies within
0.4 % of the aim (16 x 109 and 14 x 125 at 300, 15 x 124, 16 x 116,
18 x 103 and 17 x 109 at 320 were earlier scenarios'); the tolerance was
widened in 0.1 % steps to keep every b load new: 0.5 % (FI03 17 x 103 at
300, +0.41 %), 0.7 % (FI01 16 x 117 at 320, +0.64 %), 0.8 % (FI02 15 x 125
at 320, +0.80 %), 2.4 % (FI04 16 x 119 at 320, FI05 15 x 119 at 300, FI06
17 x 112 at 320, each +2.36 %) and 5.7 % for the seventh (FI07 15 x 117 at
320, -5.65 %).  The frequent c is widened to 0.5 % (FI08 4 KB x 92 at 320,
-0.49 %; 4 x 87 at 300, +0.37 %, was an earlier scenario's).  The frequent
d 3 KB x 124 at 300 (-0.32 %), the frequent a 2 KB x 98 at 300 (+0.35 %).
No load is one an earlier scenario had at the same limit.  Healthy loads
are earlier batches'.

PR and pipeline numbers: this file runs scenarios163.py (11..2716) and
lists FI last (2717..2732).  Seeds 164001..164016.  Dates 2034-04-28
(FI01) to 2034-05-13 (FI16).  Limits BBABABBBAAABBAAA (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of 300
samples or more use epoch-second timestamps ("wire"); TimestampAscending
for FI01, FI03, FI04, FI07, FI08, FI10, FI11 and FI13 (no earlier batch
had this set).  The notes' "epoch" and "ascending" tags are written from
these fields; the "~5 %/h" in the notes are aims, not measurements.  Heap
160 MB everywhere.  Service names: places in Shetland; PR words: Shetland
foods and kitchen words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios163.py"))["SCENARIOS"]   # 11..2716

FI_SCENARIOS = [
    dict(name="FI01-b-frequent-deploys-culprit-8-of-10-320", seed=164001, kind="b", culprit=8,
         intervals=gen_intervals(164001, 10, lo=28, hi=31),
         start="2034-04-28T09:45:00Z", service="lerwick-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/lerwick-reestit-quote-memo', 'Memoise lerwick quotes per reestit and customer'),
         note='10 deploys 28-31 min apart from 09:45, culprit #8 at 13:38 (3 leaking intervals, 29-31 min, to 15:08; its own 29 min); ~5 %/h of 320 MiB at peak (16 lines x 117, +0.64 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FI02-b-frequent-deploys-culprit-2-of-9-320", seed=164002, kind="b", culprit=2,
         intervals=gen_intervals(164002, 9, lo=28, hi=31),
         start="2034-04-29T13:20:00Z", service="scalloway-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=125, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/scalloway-sassermaet-quote-memo', 'Memoise scalloway quotes per sassermaet and customer'),
         note='9 deploys 28-31 min apart from 13:20, culprit #2 at 14:19 (8 leaking intervals, 28-31 min, to 18:13; its own 29 min); ~5 %/h of 320 MiB at peak (15 lines x 125, +0.80 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FI03-b-frequent-deploys-culprit-3-of-10-300", seed=164003, kind="b", culprit=3,
         intervals=gen_intervals(164003, 10, lo=28, hi=31),
         start="2034-04-30T11:40:00Z", service="sumburgh-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/sumburgh-krappin-quote-memo', 'Memoise sumburgh quotes per krappin and customer'),
         note='10 deploys 28-31 min apart from 11:40, culprit #3 at 13:08 (8 leaking intervals, 28-31 min, to 17:07; its own 30 min); ~5 %/h of 300 MiB at peak (17 lines x 103, +0.41 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FI04-b-frequent-deploys-culprit-6-of-9-320", seed=164004, kind="b", culprit=6,
         intervals=gen_intervals(164004, 9, lo=28, hi=31),
         start="2034-05-01T11:45:00Z", service="hillswick-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/hillswick-vivda-quote-memo', 'Memoise hillswick quotes per vivda and customer'),
         note='9 deploys 28-31 min apart from 11:45, culprit #6 at 14:46 (4 leaking intervals, 29-30 min, to 16:43; its own 30 min); ~5 %/h of 320 MiB at peak (16 lines x 119, +2.36 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FI05-b-frequent-deploys-culprit-4-of-10-300", seed=164005, kind="b", culprit=4,
         intervals=gen_intervals(164005, 10, lo=28, hi=31),
         start="2034-05-02T11:30:00Z", service="sandness-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/sandness-blaand-quote-memo', 'Memoise sandness quotes per blaand and customer'),
         note='10 deploys 28-31 min apart from 11:30, culprit #4 at 13:26 (7 leaking intervals, 28-31 min, to 16:55; its own 28 min); ~5 %/h of 300 MiB at peak (15 lines x 119, +2.36 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FI06-b-frequent-deploys-culprit-7-of-9-320", seed=164006, kind="b", culprit=7,
         intervals=gen_intervals(164006, 9, lo=28, hi=31),
         start="2034-05-03T10:35:00Z", service="tingwall-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/tingwall-sillock-quote-memo', 'Memoise tingwall quotes per sillock and customer'),
         note='9 deploys 28-31 min apart from 10:35, culprit #7 at 14:06 (3 leaking intervals, 28-30 min, to 15:33; its own 28 min); ~5 %/h of 320 MiB at peak (17 lines x 112, +2.36 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FI07-b-frequent-deploys-culprit-5-of-10-320", seed=164007, kind="b", culprit=5,
         intervals=gen_intervals(164007, 10, lo=28, hi=31),
         start="2034-05-04T11:25:00Z", service="levenwick-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/levenwick-piltock-quote-memo', 'Memoise levenwick quotes per piltock and customer'),
         note='10 deploys 28-31 min apart from 11:25, culprit #5 at 13:53 (6 leaking intervals, 28-31 min, to 16:50; its own 29 min); ~5 %/h of 320 MiB at peak (15 lines x 117, -5.65 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FI08-c-frequent-deploys-culprit-8-of-10-320", seed=164008, kind="c", culprit=8,
         intervals=gen_intervals(164008, 10, lo=28, hi=31),
         start="2034-05-05T10:40:00Z", service="bixter-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=92, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/bixter-beremeal-listeners', 'Tell open bixter bookings when a beremeal slot frees'),
         note='10 deploys 28-31 min apart from 10:40, culprit #8 at 14:31 (3 leaking intervals, 28-31 min, to 16:00; its own 31 min); ~5 %/h of 320 MiB at peak (4 KB x 92, -0.49 %); epoch, ascending'),
    dict(name="FI09-d-frequent-deploys-culprit-4-of-9-300", seed=164009, kind="d", culprit=4,
         intervals=gen_intervals(164009, 9, lo=28, hi=31),
         start="2034-05-06T11:20:00Z", service="weisdale-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=124, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/weisdale-hufsi-timers', 'Confirm weisdale bookings from delayed hufsi timers'),
         note='9 deploys 28-31 min apart from 11:20, culprit #4 at 13:22 (6 leaking intervals, 29-31 min, to 16:20; its own 29 min); ~5 %/h of 300 MiB at peak (3 KB x 124, -0.32 %); epoch'),
    dict(name="FI10-a-frequent-deploys-culprit-3-of-10-300", seed=164010, kind="a", culprit=3,
         intervals=gen_intervals(164010, 10, lo=28, hi=31),
         start="2034-05-07T12:40:00Z", service="mossbank-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=98, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mossbank-tattie-history', 'Keep mossbank orders for the tattie history'),
         note='10 deploys 28-31 min apart from 12:40, culprit #3 at 14:09 (8 leaking intervals, 28-31 min, to 18:01; its own 30 min); ~5 %/h of 300 MiB at peak (2 KB x 98, +0.35 %); epoch, ascending'),
    dict(name="FI11-e-lru-small-hours-945-300", seed=164011, kind="e",
         intervals=gen_intervals(164011, 8, lo=28, hi=31),
         start="2034-05-08T01:25:00Z", service="ollaberry-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "945"}, scan_by="TimestampAscending",
         note='bounded LRU (945 entries) refilling after each of 8 deploys 28-31 min apart from 01:25, through the small hours to 05:56; must not alarm; ascending'),
    dict(name="FI12-e-lru-dawn-rise-1360-320", seed=164012, kind="e",
         intervals=gen_intervals(164012, 7, lo=28, hi=31),
         start="2034-05-09T04:50:00Z", service="eshaness-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1360"},
         note='bounded LRU (1360 entries) refilling after each of 7 deploys 28-31 min apart from 04:50, through the dawn rise to 08:42; must not alarm'),
    dict(name="FI13-e-lru-noon-1080-320", seed=164013, kind="e",
         intervals=gen_intervals(164013, 8, lo=28, hi=31),
         start="2034-05-10T10:37:00Z", service="baltasound-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1080"}, scan_by="TimestampAscending",
         note='bounded LRU (1080 entries) refilling after each of 8 deploys 28-31 min apart from 10:37, through the noon to 15:03; must not alarm; ascending'),
    dict(name="FI14-step-frequent-orders-8-of-12-300", seed=164014, kind="step", culprit=8,
         intervals=gen_intervals(164014, 12, lo=28, hi=31),
         start="2034-05-11T09:25:00Z", service="cullivoe-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/cullivoe-kishie-table-at-boot', 'Load the cullivoe kishie table at boot'),
         note='level shift at #8 of 12 (13:21), orders route (5 KB at 90 req/s); 12 deploys 28-31 min apart from 09:25 (own 30 min, then 29, 30, 28, 28 min after the step, to 15:46); no trend after; must not alarm; epoch'),
    dict(name="FI15-f-load-evening-fall-frequent-300", seed=164015, kind="f", workers=72,
         intervals=gen_intervals(164015, 8, lo=28, hi=31),
         start="2034-05-12T17:10:00Z", service="symbister-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load down the evening fall from 17:10 to 21:36, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="FI16-none-frequent-orders-22-deploys-300", seed=164016, kind="none",
         intervals=gen_intervals(164016, 22, lo=16, hi=18),
         start="2034-05-13T11:45:00Z", service="gulberwick-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s), from 11:45 to 18:15; 22 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FI_SCENARIOS
