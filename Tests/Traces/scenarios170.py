"""memblame's tracelab scenarios, batch 170: FO01..FO16 (real memory traces with labels).

(Named FO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-169 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FN.  No case folder, scenario name or split entry starts with
"FO".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 170"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios170.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios170.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw170 FO01-... FO16-...

The mix of batch 167 (its template; batch 164 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 28-31 minutes, one frequent-deploy leak of each other kind for
contrast (c, a, d), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 23 deploys).  A blind
batch: all 16 cases are split "validation" (split170.json, regime tags as
split167.json).

Rotation: the b culprits at #2, #7, #7, #5, #3, #6 and #4 (FO01-FO07: the
multiset {2, 3, 4, 5, 6, 7, 7}; batch 167: #6, #3, #4, #8, #5, #8, #2;
164: #8, #2, #3, #6, #4, #7, #5; 161: #7, #5, #2, #3, #8, #4, #7; 158: #3,
#8, #5, #4, #6, #2, #6; 155: #4, #6, #8, #2, #7, #5, #3; no b at the
position its number had in 155, 158, 161, 164 or 167), serving 13:03-14:50;
the other kinds in the order c, a, d (167: a, c, d; 164: c, d, a; 161: d,
a, c; 158: a, d, c): c #4 of 10, a #5 of 9, d #2 of 10 on the orders
route as in 167 (each the one position its kind had not had since batch
148's a #5, c #4, d #2); the LRUs over the morning, the afternoon and the
late afternoon (as batch 161; 167: evening fall, late evening, night; 164:
small hours, dawn rise, noon), sizes 1020, 930 and 1065 and starts 08:57,
14:13 and 16:47 (no LRU scenario had them); the step on the orders route
(167: quote) at #9 of 12 (164: orders #8 of 12; 167: quote #8 of 13; no
step scenario had #9 of 12), 4 intervals from the step on; kind f up the
morning rise from 07:48 (161: 08:00; no f started at 07:48); the flat
service on the orders route (167's was quote) with 23 deploys 16-18 min
apart from 12:48 (no flat case started at 12:48).

Loads: batch 169's units for the next batch (its main figures, frequent
a 0.0308, b 0.00353, c 0.0144, d 0.0179; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  Every b load within 0.6 % of the aim at 100-125 req/s and 13-19
lines is an earlier scenario's at its limit (300: 16 x 104, 15 x 111,
14 x 119, 14 x 118, 15 x 110; 320: 15 x 118, 17 x 104, 16 x 111,
16 x 110), so the seven b loads are widened, each only to the 0.1 % step
its free load needs: FO04 17 x 103 at 320 (-1.10 %, to 1.2 %), FO05
14 x 125 at 320 (-1.16 %, 1.2 %), FO07 14 x 117 at 300 (-1.32 %, 1.4 %),
FO02 16 x 109 at 320 (-1.50 %, 1.5 %), FO06 15 x 109 at 300 (-1.50 %,
1.5 %), FO03 16 x 102 at 300 (-1.68 %, 1.7 %), FO01 15 x 116 at 320
(-1.72 %, 1.8 %): the seven closest free b loads.  The frequent c 4 KB x
102 at 300 (+0.27 %), a 2 KB x 95 at 300 (-0.13 %), d 3 KB x 116 at 320
(-0.33 %).  No load is one an earlier scenario had at the same limit.
Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios169.py (11..2812) and
lists FO last (2813..2828).  Seeds 170001..170016.  Dates 2034-08-02
(FO01) to 2034-08-17 (FO16).  Limits BBABBAAAABAABABB (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of
300 samples or more use epoch-second timestamps ("wire"); ISO 8601 for
FO03, FO09, FO11, FO12, FO13 and FO15; TimestampAscending for FO01, FO03,
FO04, FO05, FO06, FO07, FO13 and FO14 (no earlier batch had this set).
The notes' "epoch" and "ascending" tags are written from these fields;
the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Service names: towns of Friuli; PR words: Friulian foods.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios169.py"))["SCENARIOS"]   # 11..2812

FO_SCENARIOS = [
    dict(name="FO01-b-frequent-deploys-culprit-2-of-9-320", seed=170001, kind="b", culprit=2,
         intervals=gen_intervals(170001, 9, lo=28, hi=31),
         start="2034-08-02T12:15:00Z", service="udine-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/udine-frico-quote-memo', 'Memoise udine quotes per frico and customer'),
         note='9 deploys 28-31 min apart from 12:15, culprit #2 at 13:15 (8 leaking intervals, 29-31 min, to 17:15; its own 30 min); ~5 %/h of 320 MiB at peak (15 lines x 116, -1.72 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FO02-b-frequent-deploys-culprit-7-of-10-320", seed=170002, kind="b", culprit=7,
         intervals=gen_intervals(170002, 10, lo=28, hi=31),
         start="2034-08-03T10:55:00Z", service="pordenone-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/pordenone-cjarsons-quote-memo', 'Memoise pordenone quotes per cjarsons and customer'),
         note='10 deploys 28-31 min apart from 10:55, culprit #7 at 14:18 (4 leaking intervals, 29-31 min, to 16:18; its own 30 min); ~5 %/h of 320 MiB at peak (16 lines x 109, -1.50 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FO03-b-frequent-deploys-culprit-7-of-9-300", seed=170003, kind="b", culprit=7,
         intervals=gen_intervals(170003, 9, lo=28, hi=31),
         start="2034-08-04T10:40:00Z", service="gorizia-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/gorizia-musetto-quote-memo', 'Memoise gorizia quotes per musetto and customer'),
         note='9 deploys 28-31 min apart from 10:40, culprit #7 at 14:06 (3 leaking intervals, 28-31 min, to 15:36; its own 28 min); ~5 %/h of 300 MiB at peak (16 lines x 102, -1.68 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FO04-b-frequent-deploys-culprit-5-of-10-320", seed=170004, kind="b", culprit=5,
         intervals=gen_intervals(170004, 10, lo=28, hi=31),
         start="2034-08-05T11:20:00Z", service="cividale-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/cividale-brovada-quote-memo', 'Memoise cividale quotes per brovada and customer'),
         note='10 deploys 28-31 min apart from 11:20, culprit #5 at 13:45 (6 leaking intervals, 28-31 min, to 16:42; its own 30 min); ~5 %/h of 320 MiB at peak (17 lines x 103, -1.10 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FO05-b-frequent-deploys-culprit-3-of-9-320", seed=170005, kind="b", culprit=3,
         intervals=gen_intervals(170005, 9, lo=28, hi=31),
         start="2034-08-06T11:35:00Z", service="tolmezzo-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=125, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/tolmezzo-gubana-quote-memo', 'Memoise tolmezzo quotes per gubana and customer'),
         note='9 deploys 28-31 min apart from 11:35, culprit #3 at 13:03 (7 leaking intervals, 28-31 min, to 16:35; its own 31 min); ~5 %/h of 320 MiB at peak (14 lines x 125, -1.16 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FO06-b-frequent-deploys-culprit-6-of-10-300", seed=170006, kind="b", culprit=6,
         intervals=gen_intervals(170006, 10, lo=28, hi=31),
         start="2034-08-07T11:50:00Z", service="gemona-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/gemona-montasio-quote-memo', 'Memoise gemona quotes per montasio and customer'),
         note='10 deploys 28-31 min apart from 11:50, culprit #6 at 14:50 (5 leaking intervals, 28-31 min, to 17:18; its own 29 min); ~5 %/h of 300 MiB at peak (15 lines x 109, -1.50 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FO07-b-frequent-deploys-culprit-4-of-9-300", seed=170007, kind="b", culprit=4,
         intervals=gen_intervals(170007, 9, lo=28, hi=31),
         start="2034-08-08T11:30:00Z", service="sacile-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/sacile-pitina-quote-memo', 'Memoise sacile quotes per pitina and customer'),
         note='9 deploys 28-31 min apart from 11:30, culprit #4 at 13:31 (6 leaking intervals, 28-31 min, to 16:30; its own 28 min); ~5 %/h of 300 MiB at peak (14 lines x 117, -1.32 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FO08-c-frequent-deploys-culprit-4-of-10-300", seed=170008, kind="c", culprit=4,
         intervals=gen_intervals(170008, 10, lo=28, hi=31),
         start="2034-08-09T11:40:00Z", service="spilimbergo-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=102, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/spilimbergo-strucchi-listeners', 'Tell open spilimbergo bookings when a strucchi slot frees'),
         note='10 deploys 28-31 min apart from 11:40, culprit #4 at 13:34 (7 leaking intervals, 28-31 min, to 17:03; its own 31 min); ~5 %/h of 300 MiB at peak (4 KB x 102, +0.27 %); epoch'),
    dict(name="FO09-a-frequent-deploys-culprit-5-of-9-300", seed=170009, kind="a", culprit=5,
         intervals=gen_intervals(170009, 9, lo=28, hi=31),
         start="2034-08-10T11:00:00Z", service="maniago-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/maniago-presnitz-history', 'Keep maniago orders for the presnitz history'),
         note='9 deploys 28-31 min apart from 11:00, culprit #5 at 13:24 (5 leaking intervals, 28-29 min, to 15:47; its own 28 min); ~5 %/h of 300 MiB at peak (2 KB x 95, -0.13 %)'),
    dict(name="FO10-d-frequent-deploys-culprit-2-of-10-320", seed=170010, kind="d", culprit=2,
         intervals=gen_intervals(170010, 10, lo=28, hi=31),
         start="2034-08-11T12:45:00Z", service="codroipo-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=116, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/codroipo-pestat-timers', 'Confirm codroipo bookings from delayed pestat timers'),
         note='10 deploys 28-31 min apart from 12:45, culprit #2 at 13:44 (9 leaking intervals, 28-31 min, to 18:09; its own 31 min); ~5 %/h of 320 MiB at peak (3 KB x 116, -0.33 %); epoch'),
    dict(name="FO11-e-lru-morning-1020-300", seed=170011, kind="e",
         intervals=gen_intervals(170011, 8, lo=28, hi=31),
         start="2034-08-12T08:57:00Z", service="palmanova-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1020"},
         note='bounded LRU (1020 entries) refilling after each of 8 deploys 28-31 min apart from 08:57, through the morning to 13:24; must not alarm'),
    dict(name="FO12-e-lru-afternoon-930-300", seed=170012, kind="e",
         intervals=gen_intervals(170012, 7, lo=28, hi=31),
         start="2034-08-13T14:13:00Z", service="aquileia-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "930"},
         note='bounded LRU (930 entries) refilling after each of 7 deploys 28-31 min apart from 14:13, through the afternoon to 18:12; must not alarm'),
    dict(name="FO13-e-lru-late-afternoon-1065-320", seed=170013, kind="e",
         intervals=gen_intervals(170013, 9, lo=28, hi=31),
         start="2034-08-14T16:47:00Z", service="grado-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1065"}, scan_by="TimestampAscending",
         note='bounded LRU (1065 entries) refilling after each of 9 deploys 28-31 min apart from 16:47, through the late afternoon to 21:37; must not alarm; ascending'),
    dict(name="FO14-step-frequent-orders-9-of-12-300", seed=170014, kind="step", culprit=9,
         intervals=gen_intervals(170014, 12, lo=28, hi=31),
         start="2034-08-15T08:50:00Z", service="latisana-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/latisana-sclopit-table-at-boot', 'Load the latisana sclopit table at boot'),
         note='level shift at #9 of 12 (13:20), orders route (5 KB at 90 req/s); 12 deploys 28-31 min apart from 08:50 (own 30 min, then 31, 28, 29 min after the step, to 15:18); no trend after; must not alarm; epoch, ascending'),
    dict(name="FO15-f-load-morning-rise-0748-frequent-320", seed=170015, kind="f", workers=72,
         intervals=gen_intervals(170015, 8, lo=28, hi=31),
         start="2034-08-16T07:48:00Z", service="tarvisio-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load up the morning rise from 07:48 to 12:11, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="FO16-none-frequent-orders-23-deploys-320", seed=170016, kind="none",
         intervals=gen_intervals(170016, 23, lo=16, hi=18),
         start="2034-08-17T12:48:00Z", service="venzone-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s), from 12:48 to 19:30; 23 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FO_SCENARIOS
