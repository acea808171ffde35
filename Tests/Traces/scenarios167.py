"""memblame's tracelab scenarios, batch 167: FL01..FL16 (real memory traces with labels).

(Named FL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-166 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FK.  No case folder, scenario name or split entry starts with
"FL".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 167"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios167.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios167.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw167 FL01-... FL16-...

The mix of batch 164 (its template; batch 161 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 28-31 minutes, one frequent-deploy leak of each other kind for
contrast (a, c, d), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 22 deploys).  A blind
batch: all 16 cases are split "validation" (split167.json, regime tags as
split164.json).

Rotation: the b culprits at #6, #3, #4, #8, #5, #8 and #2 (FL01-FL07: the
multiset {2, 3, 4, 5, 6, 8, 8}; batch 164: #8, #2, #3, #6, #4, #7, #5;
161: #7, #5, #2, #3, #8, #4, #7; 158: #3, #8, #5, #4, #6, #2, #6; 155: #4,
#6, #8, #2, #7, #5, #3; no b at the position its number had in 155, 158,
161 or 164), serving 13:08-14:34; the other kinds in the order a, c, d
(a #2 of 9, c #2 of 10, d #3 of 9; 164: c #8, d #4, a #3; 161: d #8, a #7,
c #3; 158: a #4, d #5, c #6; 155: c #5, a #6, d #7; 152: d #6, c #7, a #8;
148: a #5, c #4, d #2: each position new for its kind over these batches),
on the orders route as in 164; the LRUs over the evening fall, the late
evening and the night (as batch 158; 164: small hours, dawn rise, noon;
161: morning, afternoon, late afternoon), sizes 1090, 1220 and 1005 and
starts 18:20, 21:05 and 23:10 (no LRU scenario had them); the step on the
quote route (164: orders) at #8 of 13 (161: quote #6 of 12; 164: orders #8
of 12; no quote step had #8 of 13), 6 intervals from the step on; kind f
over the afternoon peak from 13:25 (158: 13:10; no f started at 13:25);
the flat service on the quote route (164's was orders) with 22 deploys
16-18 min apart from 14:35 (no flat case started at 14:35).

Loads: batch 166's units for the next batch (its main figures, frequent
a 0.0291, b 0.00366, c 0.0155, d 0.0175; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  Six new b loads lie within 0.4 % of the aim (FL01 14 x 122 at
320, +0.02 %; FL02 15 x 107 at 300, +0.25 %; FL03 16 x 107 at 320,
+0.25 %; FL04 13 x 123 at 300, -0.12 %; FL05 15 x 114 at 320, +0.14 %;
FL07 14 x 114 at 300, -0.31 %); the seventh is widened to 0.5 % (FL06
17 x 100 at 320, -0.45 %).  The frequent a 2 KB x 101 at 300 (+0.32 %),
the frequent d 3 KB x 119 at 320 (-0.04 %); the frequent c is widened to
0.6 % (FL09 5 KB x 76 at 300, +0.52 %; no new c load at 75-115 req/s lies
within 0.5 % at 300 or 320).  No load is one an earlier scenario had at
the same limit.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios166.py (11..2764) and
lists FL last (2765..2780).  Seeds 167001..167016.  Dates 2034-06-15
(FL01) to 2034-06-30 (FL16).  Limits BABABBAAABBAABAB (A 300, B 320 MiB;
no earlier batch of 16 had it or its flip).  Cases of 300 samples or more
use epoch-second timestamps ("wire"); TimestampAscending for FL01, FL02,
FL05, FL06, FL09, FL11, FL14 and FL16 (no earlier batch had this set).
The notes' "epoch" and "ascending" tags are written from these fields;
the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Service names: towns of Tasmania; PR words: Tasmanian and
Australian foods and kitchen words.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios166.py"))["SCENARIOS"]   # 11..2764

FL_SCENARIOS = [
    dict(name="FL01-b-frequent-deploys-culprit-6-of-10-320", seed=167001, kind="b", culprit=6,
         intervals=gen_intervals(167001, 10, lo=28, hi=31),
         start="2034-06-15T10:10:00Z", service="hobart-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/hobart-leatherwood-quote-memo', 'Memoise hobart quotes per leatherwood and customer'),
         note='10 deploys 28-31 min apart from 10:10, culprit #6 at 13:08 (5 leaking intervals, 28-31 min, to 15:36; its own 29 min); ~5 %/h of 320 MiB at peak (14 lines x 122, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FL02-b-frequent-deploys-culprit-3-of-9-300", seed=167002, kind="b", culprit=3,
         intervals=gen_intervals(167002, 9, lo=28, hi=31),
         start="2034-06-16T12:10:00Z", service="devonport-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/devonport-pepperberry-quote-memo', 'Memoise devonport quotes per pepperberry and customer'),
         note='9 deploys 28-31 min apart from 12:10, culprit #3 at 13:39 (7 leaking intervals, 28-31 min, to 17:05; its own 30 min); ~5 %/h of 300 MiB at peak (15 lines x 107, +0.25 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FL03-b-frequent-deploys-culprit-4-of-10-320", seed=167003, kind="b", culprit=4,
         intervals=gen_intervals(167003, 10, lo=28, hi=31),
         start="2034-06-17T12:05:00Z", service="burnie-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/burnie-damper-quote-memo', 'Memoise burnie quotes per damper and customer'),
         note='10 deploys 28-31 min apart from 12:05, culprit #4 at 14:05 (7 leaking intervals, 28-30 min, to 17:26; its own 28 min); ~5 %/h of 320 MiB at peak (16 lines x 107, +0.25 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FL04-b-frequent-deploys-culprit-8-of-10-300", seed=167004, kind="b", culprit=8,
         intervals=gen_intervals(167004, 10, lo=28, hi=31),
         start="2034-06-18T10:35:00Z", service="ulverstone-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=123, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/ulverstone-lamington-quote-memo', 'Memoise ulverstone quotes per lamington and customer'),
         note='10 deploys 28-31 min apart from 10:35, culprit #8 at 14:34 (3 leaking intervals, 28-30 min, to 16:00; its own 28 min); ~5 %/h of 300 MiB at peak (13 lines x 123, -0.12 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FL05-b-frequent-deploys-culprit-5-of-9-320", seed=167005, kind="b", culprit=5,
         intervals=gen_intervals(167005, 9, lo=28, hi=31),
         start="2034-06-19T11:00:00Z", service="strahan-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/strahan-wattleseed-quote-memo', 'Memoise strahan quotes per wattleseed and customer'),
         note='9 deploys 28-31 min apart from 11:00, culprit #5 at 13:27 (5 leaking intervals, 28-31 min, to 15:55; its own 28 min); ~5 %/h of 320 MiB at peak (15 lines x 114, +0.14 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FL06-b-frequent-deploys-culprit-8-of-10-320", seed=167006, kind="b", culprit=8,
         intervals=gen_intervals(167006, 10, lo=28, hi=31),
         start="2034-06-20T10:25:00Z", service="bicheno-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/bicheno-saltbush-quote-memo', 'Memoise bicheno quotes per saltbush and customer'),
         note='10 deploys 28-31 min apart from 10:25, culprit #8 at 14:20 (3 leaking intervals, 28-30 min, to 15:47; its own 30 min); ~5 %/h of 320 MiB at peak (17 lines x 100, -0.45 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FL07-b-frequent-deploys-culprit-2-of-9-300", seed=167007, kind="b", culprit=2,
         intervals=gen_intervals(167007, 9, lo=28, hi=31),
         start="2034-06-21T12:50:00Z", service="deloraine-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/deloraine-crayfish-quote-memo', 'Memoise deloraine quotes per crayfish and customer'),
         note='9 deploys 28-31 min apart from 12:50, culprit #2 at 13:51 (8 leaking intervals, 28-31 min, to 17:50; its own 30 min); ~5 %/h of 300 MiB at peak (14 lines x 114, -0.31 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FL08-a-frequent-deploys-culprit-2-of-9-300", seed=167008, kind="a", culprit=2,
         intervals=gen_intervals(167008, 9, lo=28, hi=31),
         start="2034-06-22T12:15:00Z", service="scottsdale-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=101, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/scottsdale-billycan-history', 'Keep scottsdale orders for the billycan history'),
         note='9 deploys 28-31 min apart from 12:15, culprit #2 at 13:14 (8 leaking intervals, 28-31 min, to 17:07; its own 28 min); ~5 %/h of 300 MiB at peak (2 KB x 101, +0.32 %)'),
    dict(name="FL09-c-frequent-deploys-culprit-2-of-10-300", seed=167009, kind="c", culprit=2,
         intervals=gen_intervals(167009, 10, lo=28, hi=31),
         start="2034-06-23T13:10:00Z", service="huonville-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=76, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/huonville-warrigal-listeners', 'Tell open huonville bookings when a warrigal slot frees'),
         note='10 deploys 28-31 min apart from 13:10, culprit #2 at 14:12 (9 leaking intervals, 28-31 min, to 18:32; its own 28 min); ~5 %/h of 300 MiB at peak (5 KB x 76, +0.52 %); epoch, ascending'),
    dict(name="FL10-d-frequent-deploys-culprit-3-of-9-320", seed=167010, kind="d", culprit=3,
         intervals=gen_intervals(167010, 9, lo=28, hi=31),
         start="2034-06-24T12:20:00Z", service="cygnet-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=119, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/cygnet-muntries-timers', 'Confirm cygnet bookings from delayed muntries timers'),
         note='9 deploys 28-31 min apart from 12:20, culprit #3 at 13:46 (7 leaking intervals, 28-31 min, to 17:16; its own 28 min); ~5 %/h of 320 MiB at peak (3 KB x 119, -0.04 %)'),
    dict(name="FL11-e-lru-evening-fall-1090-320", seed=167011, kind="e",
         intervals=gen_intervals(167011, 8, lo=28, hi=31),
         start="2034-06-25T18:20:00Z", service="zeehan-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1090"}, scan_by="TimestampAscending",
         note='bounded LRU (1090 entries) refilling after each of 8 deploys 28-31 min apart from 18:20, through the evening fall to 22:44; must not alarm; ascending'),
    dict(name="FL12-e-lru-late-evening-1220-300", seed=167012, kind="e",
         intervals=gen_intervals(167012, 7, lo=28, hi=31),
         start="2034-06-26T21:05:00Z", service="evandale-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1220"},
         note='bounded LRU (1220 entries) refilling after each of 7 deploys 28-31 min apart from 21:05, through the late evening to 00:58; must not alarm'),
    dict(name="FL13-e-lru-night-1005-300", seed=167013, kind="e",
         intervals=gen_intervals(167013, 8, lo=28, hi=31),
         start="2034-06-27T23:10:00Z", service="westbury-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1005"},
         note='bounded LRU (1005 entries) refilling after each of 8 deploys 28-31 min apart from 23:10, through the night to 03:36; must not alarm'),
    dict(name="FL14-step-frequent-quote-8-of-13-320", seed=167014, kind="step", culprit=8,
         intervals=gen_intervals(167014, 13, lo=28, hi=31),
         start="2034-06-28T08:35:00Z", service="longford-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/longford-lillypilly-table-at-boot', 'Load the longford lillypilly table at boot'),
         note='level shift at #8 of 13 (12:31), quote route (20 lines at 95 req/s); 13 deploys 28-31 min apart from 08:35 (own 31 min, then 30, 29, 28, 30, 29 min after the step, to 15:28); no trend after; must not alarm; epoch, ascending'),
    dict(name="FL15-f-load-afternoon-peak-frequent-300", seed=167015, kind="f", workers=72,
         intervals=gen_intervals(167015, 8, lo=28, hi=31),
         start="2034-06-29T13:25:00Z", service="smithton-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load over the afternoon peak from 13:25 to 17:48, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="FL16-none-frequent-quote-22-deploys-320", seed=167016, kind="none",
         intervals=gen_intervals(167016, 22, lo=16, hi=18),
         start="2034-06-30T14:35:00Z", service="wynyard-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s), from 14:35 to 21:08; 22 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FL_SCENARIOS
