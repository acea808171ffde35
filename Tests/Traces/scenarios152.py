"""memblame's tracelab scenarios, batch 152: EW01..EW16 (real memory traces with labels).

(Named EW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-151 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EV.  No case folder, scenario name or split entry starts with "EW".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 152"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios152.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios152.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw152 EW01-... EW16-...

The mix of batch 148 (its template; batch 145 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 28-31 minutes, one frequent-deploy leak of each other kind for
contrast (d, c, a), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 27 deploys).  A blind
batch: all 16 cases are split "validation" (split152.json, regime tags as
split148.json).

Rotation: batch 148's, moved on by one cache batch: the b positions and
line counts away from batches 142, 145 and 148, the deploy counts away from
145 and 148; the other kinds in the order d, c, a; the LRUs in the morning,
the afternoon and the late afternoon (batch 148: evening fall, late
evening, night; 145: small hours, dawn rise, noon); the step and the flat
service on the orders route; kind f up the morning rise to midday.

Loads: batch 150's units for the next batch (its main figures, frequent
a 0.0328, b 0.00340, c 0.0160, d 0.0162): ~5 %/h of the case's own limit
at peak traffic; the b rates at 100-125 req/s (batch 150's lesson), which
leaves only five new b loads within 0.4 %: EW02, EW04, EW05, EW06 and EW10
are within 1.1 % (see the README).

PR and pipeline numbers: this file runs scenarios151.py (11..2524) and
lists EW last (2525..2540).  Seeds 152001..152016.  Dates 2033-10-17
(EW01) to 2033-11-01 (EW16).  Limits AAABBBBABBAABAAB (A 300, B 320 MiB).  Cases of 300
samples or more use epoch-second timestamps ("wire"); TimestampAscending
for EW01, EW03, EW06, EW07, EW08, EW11, EW13 and EW16.  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios151.py"))["SCENARIOS"]   # 11..2524

EW_SCENARIOS = [
    dict(name="EW01-b-frequent-deploys-culprit-2-of-9-300", seed=152001, kind="b", culprit=2,
         intervals=gen_intervals(152001, 9, lo=28, hi=31),
         start="2033-10-17T13:25:00Z", service="scuol-zernez-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=123, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/scuol-capuns-quote-memo', 'Memoise scuol zernez quotes per capuns and customer'),
         note='9 deploys 29-31 min apart from 13:25, culprit #2 at 14:23 (8 leaking intervals, 29-31 min, to 18:24; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EW02-b-frequent-deploys-culprit-4-of-10-300", seed=152002, kind="b", culprit=4,
         intervals=gen_intervals(152002, 10, lo=28, hi=31),
         start="2033-10-18T13:00:00Z", service="ftan-ardez-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/ftan-pizokel-quote-memo', 'Memoise ftan ardez quotes per pizokel and customer'),
         note='10 deploys 28-31 min apart from 13:00, culprit #4 at 14:57 (7 leaking intervals, 28-31 min, to 18:27; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EW03-b-frequent-deploys-culprit-7-of-9-300", seed=152003, kind="b", culprit=7,
         intervals=gen_intervals(152003, 9, lo=28, hi=31),
         start="2033-10-19T10:10:00Z", service="lavin-susch-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/lavin-maluns-quote-memo', 'Memoise lavin susch quotes per maluns and customer'),
         note='9 deploys 28-31 min apart from 10:10, culprit #7 at 13:29 (3 leaking intervals, 30-31 min, to 15:00; its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EW04-b-frequent-deploys-culprit-6-of-10-320", seed=152004, kind="b", culprit=6,
         intervals=gen_intervals(152004, 10, lo=28, hi=31),
         start="2033-10-20T11:55:00Z", service="samedan-bever-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/samedan-bizochels-quote-memo', 'Memoise samedan bever quotes per bizochels and customer'),
         note='10 deploys 28-31 min apart from 11:55, culprit #6 at 14:53 (5 leaking intervals, 28-31 min, to 17:20; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EW05-b-frequent-deploys-culprit-5-of-10-320", seed=152005, kind="b", culprit=5,
         intervals=gen_intervals(152005, 10, lo=28, hi=31),
         start="2033-10-21T11:35:00Z", service="zuoz-madulain-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/zuoz-conterna-quote-memo', 'Memoise zuoz madulain quotes per conterna and customer'),
         note='10 deploys 28-31 min apart from 11:35, culprit #5 at 14:03 (6 leaking intervals, 28-31 min, to 17:00; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EW06-b-frequent-deploys-culprit-3-of-9-320", seed=152006, kind="b", culprit=3,
         intervals=gen_intervals(152006, 9, lo=28, hi=31),
         start="2033-10-22T12:10:00Z", service="celerina-pontresina-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/celerina-tatsch-quote-memo', 'Memoise celerina pontresina quotes per tatsch and customer'),
         note='9 deploys 28-30 min apart from 12:10, culprit #3 at 13:38 (7 leaking intervals, 28-30 min, to 16:59; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EW07-b-frequent-deploys-culprit-5-of-10-320", seed=152007, kind="b", culprit=5,
         intervals=gen_intervals(152007, 10, lo=28, hi=31),
         start="2033-10-23T11:50:00Z", service="poschiavo-brusio-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/poschiavo-birnbrot-quote-memo', 'Memoise poschiavo brusio quotes per birnbrot and customer'),
         note='10 deploys 28-31 min apart from 11:50, culprit #5 at 14:12 (6 leaking intervals, 28-31 min, to 17:09; its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EW08-d-frequent-deploys-culprit-6-of-10-300", seed=152008, kind="d", culprit=6,
         intervals=gen_intervals(152008, 10, lo=28, hi=31),
         start="2033-10-24T11:50:00Z", service="disentis-sumvitg-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=121, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/disentis-nusstorte-timers', 'Confirm disentis sumvitg bookings from delayed nusstorte timers'),
         note='10 deploys 29-31 min apart from 11:50, culprit #6 at 14:48 (5 leaking intervals, 29-31 min, to 17:20; its own 31 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="EW09-c-frequent-deploys-culprit-7-of-9-320", seed=152009, kind="c", culprit=7,
         intervals=gen_intervals(152009, 9, lo=28, hi=31),
         start="2033-10-25T11:10:00Z", service="breil-laax-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=78, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/breil-salsiz-listeners', 'Tell open breil laax bookings when a salsiz frees'),
         note='9 deploys 28-31 min apart from 11:10, culprit #7 at 14:37 (3 leaking intervals, 29-31 min, to 16:07; its own 30 min); ~5 %/h of 320 MiB at peak'),
    dict(name="EW10-a-frequent-deploys-culprit-8-of-10-320", seed=152010, kind="a", culprit=8,
         intervals=gen_intervals(152010, 10, lo=28, hi=31),
         start="2033-10-26T09:50:00Z", service="falera-sagogn-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('feat/falera-chaschieu-history', 'Keep falera sagogn orders for the chaschieu history'),
         note='10 deploys 28-31 min apart from 09:50, culprit #8 at 13:45 (3 leaking intervals, 29-30 min, to 15:13; its own 29 min); ~5 %/h of 320 MiB at peak; epoch'),
    dict(name="EW11-e-lru-morning-rise-to-early-afternoon-960-300", seed=152011, kind="e",
         intervals=gen_intervals(152011, 10, lo=28, hi=31),
         start="2033-10-27T07:50:00Z", service="vrin-lumbrein-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "960"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (960 entries) refilling after each of 10 deploys 28-29 min apart from 07:50, from the morning up the morning rise over midday into the early afternoon to 13:06 (the traffic 0.45 to 1.00 of the peak); must not alarm; epoch; ascending'),
    dict(name="EW12-e-lru-afternoon-to-evening-1280-300", seed=152012, kind="e",
         intervals=gen_intervals(152012, 7, lo=28, hi=31),
         start="2033-10-28T15:57:00Z", service="tschlin-ramosch-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1280"},
         note='bounded LRU (1280 entries) refilling after each of 7 deploys 28-31 min apart from 15:57, from the afternoon peak down the evening fall into the evening to 19:56 (the traffic 1.00 to 0.83 of the peak); must not alarm'),
    dict(name="EW13-e-lru-late-afternoon-to-late-evening-1420-320", seed=152013, kind="e",
         intervals=gen_intervals(152013, 9, lo=28, hi=31),
         start="2033-10-29T17:42:00Z", service="valchava-fuldera-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1420"}, scan_by="TimestampAscending",
         note='bounded LRU (1420 entries) refilling after each of 9 deploys 28-31 min apart from 17:42, from the late afternoon down the evening fall into the late evening to 22:38 (the traffic 0.96 to 0.58 of the peak); must not alarm; ascending'),
    dict(name="EW14-step-frequent-orders-8-of-13-300", seed=152014, kind="step", culprit=8,
         intervals=gen_intervals(152014, 13, lo=28, hi=31),
         start="2033-10-30T09:25:00Z", service="mustair-zillis-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/mustair-gerstensuppe-table-at-boot', 'Load the mustair gerstensuppe table at boot'),
         note='level shift at #8 of 13 (13:20), orders route (4 KB at 95 req/s); 13 deploys 28-31 min apart from 09:25 (30, 28, 31, 29, 29 and 31 min after the step, to 16:18); no trend after; must not alarm; epoch'),
    dict(name="EW15-f-load-morning-rise-to-midday-frequent-300", seed=152015, kind="f", workers=72,
         intervals=gen_intervals(152015, 8, lo=28, hi=31),
         start="2033-10-31T09:32:00Z", service="andeer-splugen-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load up the morning rise to midday and the early afternoon from 09:32 (0.60 of the peak) to 13:56 (0.98), across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="EW16-none-frequent-orders-27-deploys-320", seed=152016, kind="none",
         intervals=gen_intervals(152016, 27, lo=16, hi=17),
         start="2033-11-01T09:55:00Z", service="thusis-savognin-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (4 KB at 95 req/s), from 09:55 in the morning over midday and the afternoon peak into the late afternoon to 17:41 (the traffic 0.63 to 0.97 of the peak); 27 deploys 16-17 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDS + EW_SCENARIOS
