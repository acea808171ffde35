"""memblame's tracelab scenarios, batch 145: EP01..EP16 (real memory traces with labels).

(Named EP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-144 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EO.  No case folder, scenario name or split entry starts with "EP".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 145"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios145.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios145.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw145 EP01-... EP16-...

The mix of batch 142 (its template; batch 139 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 30-31 minutes, one frequent-deploy leak of each other kind for
contrast (a, d, c), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 25 deploys).  A blind
batch: all 16 cases are split "validation" (split145.json, regime tags as
split142.json).

Rotation: batch 142's, moved on by one cache batch: the b positions and
line counts away from batches 135, 139 and 142, the deploy counts away from
139 and 142; the other kinds in the order a, d, c; the LRUs in the small
hours, the dawn rise and from noon (batch 142: morning, afternoon, late
afternoon; 139: evening, late evening, night); the step and the flat
service on the orders route; kind f from the late evening into the small
hours.

Loads: batch 144's units for the next batch (its main figures, frequent
a 0.0315, b 0.00355, c 0.0154, d 0.0121): ~5 %/h of the case's own limit
at peak traffic.

PR and pipeline numbers: this file runs scenarios144.py (11..2412) and
lists EP last (2413..2428).  Seeds 145001..145016, but EP02 145102, EP10
145210, EP14 145414 and EP16 145416 (first seeds collided; intervals still
the first seeds' draws).  Dates 2033-06-24 (EP01)
to 2033-07-09 (EP16).  Limits AABABBAABBABBABA (A 300, B 320 MiB).  Cases
of 300 samples or more use epoch-second timestamps ("wire");
TimestampAscending for EP01, EP04, EP05, EP06, EP09, EP11, EP14 and EP15.
Heap 160 MB everywhere.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios144.py"))["SCENARIOS"]   # 11..2412

EP_SCENARIOS = [
    dict(name="EP01-b-frequent-deploys-culprit-8-of-10-300", seed=145001, kind="b", culprit=8,
         intervals=gen_intervals(145001, 10, lo=30, hi=31),
         start="2033-06-24T10:35:00Z", service="orgosolo-fonni-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=127, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/orgosolo-culurgiones-quote-memo', 'Memoise orgosolo fonni quotes per culurgiones and customer'),
         note='10 deploys 30-31 min apart from 10:35, culprit #8 at 14:40 (3 leaking intervals, 30-31 min, to 16:11; its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EP02-b-frequent-deploys-culprit-2-of-8-300", seed=145102, kind="b", culprit=2,
         intervals=gen_intervals(145002, 8, lo=30, hi=31),
         start="2033-06-25T12:45:00Z", service="mamoiada-oliena-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/mamoiada-malloreddus-quote-memo', 'Memoise mamoiada oliena quotes per malloreddus and customer'),
         note='8 deploys 30-31 min apart from 12:45, culprit #2 at 13:46 (7 leaking intervals, 30-31 min, to 17:21; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EP03-b-frequent-deploys-culprit-3-of-7-320", seed=145003, kind="b", culprit=3,
         intervals=gen_intervals(145003, 7, lo=30, hi=31),
         start="2033-06-26T12:55:00Z", service="dorgali-bitti-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=88, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/dorgali-porceddu-quote-memo', 'Memoise dorgali bitti quotes per porceddu and customer'),
         note='7 deploys 30-31 min apart from 12:55, culprit #3 at 14:26 (5 leaking intervals, 30-31 min, to 16:59; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EP04-b-frequent-deploys-culprit-4-of-7-300", seed=145004, kind="b", culprit=4,
         intervals=gen_intervals(145004, 7, lo=30, hi=31),
         start="2033-06-27T13:00:00Z", service="gavoi-ollolai-quotes",
         profile="quote", params={"detail": 12, "skus": 400}, peak_rps=137, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/gavoi-seadas-quote-memo', 'Memoise gavoi ollolai quotes per seadas and customer'),
         note='7 deploys 30-31 min apart from 13:00, culprit #4 at 15:02 (4 leaking intervals, 31-31 min, to 17:06; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EP05-b-frequent-deploys-culprit-2-of-8-320", seed=145005, kind="b", culprit=2,
         intervals=gen_intervals(145005, 8, lo=30, hi=31),
         start="2033-06-28T12:30:00Z", service="tonara-desulo-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=84, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/tonara-fregula-quote-memo', 'Memoise tonara desulo quotes per fregula and customer'),
         note='8 deploys 30-31 min apart from 12:30, culprit #2 at 13:31 (7 leaking intervals, 30-31 min, to 17:02; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EP06-b-frequent-deploys-culprit-5-of-7-320", seed=145006, kind="b", culprit=5,
         intervals=gen_intervals(145006, 7, lo=30, hi=31),
         start="2033-06-29T12:20:00Z", service="aritzo-belvi-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/aritzo-pardulas-quote-memo', 'Memoise aritzo belvi quotes per pardulas and customer'),
         note='7 deploys 30-31 min apart from 12:20, culprit #5 at 14:52 (3 leaking intervals, 30-31 min, to 16:24; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EP07-b-frequent-deploys-culprit-6-of-8-300", seed=145007, kind="b", culprit=6,
         intervals=gen_intervals(145007, 8, lo=30, hi=31),
         start="2033-06-30T11:00:00Z", service="sorgono-atzara-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/sorgono-papassinos-quote-memo', 'Memoise sorgono atzara quotes per papassinos and customer'),
         note='8 deploys 30-31 min apart from 11:00, culprit #6 at 14:05 (3 leaking intervals, 31-31 min, to 15:38; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EP08-a-frequent-deploys-culprit-4-of-9-300", seed=145008, kind="a", culprit=4,
         intervals=gen_intervals(145008, 9, lo=30, hi=31),
         start="2033-07-01T11:35:00Z", service="teulada-orune-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=93, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('feat/teulada-casizolu-history', 'Keep teulada orune orders for the casizolu history'),
         note='9 deploys 30-31 min apart from 11:35, culprit #4 at 13:38 (6 leaking intervals, 30-31 min, to 16:41; its own 31 min); ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="EP09-d-frequent-deploys-culprit-8-of-10-320", seed=145009, kind="d", culprit=8,
         intervals=gen_intervals(145009, 10, lo=30, hi=31),
         start="2033-07-02T10:10:00Z", service="onifai-siniscola-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=129, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/onifai-suspiros-timers', 'Confirm onifai siniscola bookings from delayed suspiros timers'),
         note='10 deploys 30-31 min apart from 10:10, culprit #8 at 14:13 (3 leaking intervals, 30-31 min, to 15:44; its own 30 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="EP10-c-frequent-deploys-culprit-3-of-7-320", seed=145210, kind="c", culprit=3,
         intervals=gen_intervals(145010, 7, lo=30, hi=31),
         start="2033-07-03T13:20:00Z", service="tortoli-torpe-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=81, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/tortoli-zippulas-listeners', 'Tell open tortoli torpe bookings when a zippulas frees'),
         note='7 deploys 30-31 min apart from 13:20, culprit #3 at 14:52 (5 leaking intervals, 30-31 min, to 17:24; its own 30 min); ~5 %/h of 320 MiB at peak'),
    dict(name="EP11-e-lru-small-hours-over-dawn-rise-1470-300", seed=145011, kind="e",
         intervals=gen_intervals(145011, 8, lo=30, hi=31),
         start="2033-07-04T02:30:00Z", service="budoni-galtelli-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1470"}, scan_by="TimestampAscending",
         note='bounded LRU (1470 entries) refilling after each of 8 deploys 30-31 min apart from 02:30, from the small hours over the dawn rise into the early morning to 07:05 (the traffic 0.31 to 0.39 of the peak); must not alarm; ascending'),
    dict(name="EP12-e-lru-dawn-rise-to-late-morning-890-320", seed=145012, kind="e",
         intervals=gen_intervals(145012, 10, lo=30, hi=31),
         start="2033-07-05T05:40:00Z", service="irgoli-loculi-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "890"}, ts_format="wire",
         note='bounded LRU (890 entries) refilling after each of 10 deploys 30-31 min apart from 05:40, from the dawn up the morning rise into the late morning to 11:16 (the traffic 0.31 to 0.81 of the peak); must not alarm; epoch'),
    dict(name="EP13-e-lru-noon-to-afternoon-peak-1010-320", seed=145013, kind="e",
         intervals=gen_intervals(145013, 7, lo=30, hi=31),
         start="2033-07-06T11:58:00Z", service="orosei-baunei-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1010"},
         note='bounded LRU (1010 entries) refilling after each of 7 deploys 30-31 min apart from 11:58, from noon over the early afternoon to the afternoon peak to 16:03 (the traffic 0.92 to 1.00 of the peak); must not alarm'),
    dict(name="EP14-step-frequent-orders-6-of-12-300", seed=145414, kind="step", culprit=6,
         intervals=gen_intervals(145014, 12, lo=30, hi=31),
         start="2033-07-07T09:00:00Z", service="urzulei-talana-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/urzulei-carasau-table-at-boot', 'Load the urzulei carasau table at boot'),
         note='level shift at #6 of 12 (12:02), orders route (4 KB at 95 req/s); 12 deploys 30-31 min apart from 09:00 (31, 31, 30, 30, 31, 30 and 30 min after the step, to 15:35); no trend after; must not alarm; epoch; ascending'),
    dict(name="EP15-f-load-late-evening-to-small-hours-frequent-320", seed=145015, kind="f", workers=72,
         intervals=gen_intervals(145015, 10, lo=30, hi=31),
         start="2033-07-08T21:45:00Z", service="triei-lotzorai-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note='reports in flight follow the load from the late evening through the night into the small hours from 21:45 (0.66 of the peak) to 03:22 (0.28), across 10 deploys 30-31 min apart; must not alarm; epoch; ascending'),
    dict(name="EP16-none-frequent-orders-25-deploys-300", seed=145416, kind="none",
         intervals=gen_intervals(145016, 25, lo=16, hi=18),
         start="2033-07-09T10:15:00Z", service="girasole-arzana-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note='no leak, orders route (4 KB at 95 req/s), from 10:15 over midday and the afternoon peak into the evening to 17:34 (the traffic 0.67 to 0.97 of the peak); 25 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EP_SCENARIOS
