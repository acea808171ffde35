"""memblame's tracelab scenarios, batch 191: GJ01..GJ16 (real memory traces with labels).

(Named GJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-190 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GI.  No case folder, scenario name or split entry
starts with "GJ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 191"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios191.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios191.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw191 GJ01-... GJ16-...

The mix of batch 188 (its template; batch 185 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(c, a, d), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 22 deploys).  A blind batch: all
16 cases are split "validation" (split191.json, regime tags as
split188.json).

Rotation: the b culprits at #5, #2, #7, #8, #5, #3 and #6 (GJ01-GJ07: the
multiset {2, 3, 5, 5, 6, 7, 8}; batch 188: #6, #3, #8, #2, #4, #7, #5;
185: #3, #8, #4, #7, #2, #5, #4; no b at the position its number had in
185 or 188), serving 13:09-14:31 with 3-9 leaking intervals each; the
other kinds in the order c, a, d (170's, the order used longest ago; 188:
a, c, d; 185: c, d, a; 181: d, a, c; 178: a, d, c; 174: d, c, a) on the
orders route as in 188: c #4 of 9, a #2 of 10, d #8 of 10 (none the
position its kind had in 185 or 188); the LRUs over the morning, the
afternoon and the late afternoon (as batch 181; 188: evening fall, late
evening, night; 185: small hours, dawn rise, noon), sizes 1097, 1274 and
1418 (no LRU scenario had them) and starts 08:37, 13:57 and 16:28 (no LRU
scenario started at them); the step on the orders route (5 KB x 90; 188:
quote) at #10 of 13 (185: orders #8 of 11; 188: quote #9 of 13; no orders
step among 11-13 deploys had #10 of 13), 4 intervals from the step on;
kind f up the morning rise from 07:27 (181: 07:52; no f started at
07:27); the flat service on the orders route (188's was quote) with 22
deploys 16-18 min apart from 10:58 (no flat case started at 10:58).

Loads: batch 190's units for the next batch (its frequent main figures:
a 0.0296, b 0.00412, c 0.0162, d 0.0186; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  b at 13-19 lines and 100-125 req/s: only four b loads lie
within 0.4 % of 5 %/h (none an earlier scenario's), so the seven are
widened in 0.1 % steps to 0.6 %, the seven nearest: GJ01 15 x 101 at 320
(-0.13 %), GJ02 13 x 117 at 320 (+0.26 %), GJ03 13 x 109 at 300
(-0.36 %), GJ04 14 x 108 at 320 (-0.33 %), GJ05 14 x 102 at 300
(+0.41 %), GJ06 13 x 110 at 300 (+0.55 %), GJ07 14 x 101 at 300
(-0.58 %).  The frequent c 5 KB x 77 at 320 (-0.21 %; at 300 the two
loads within 1 %, 4 x 90 and 4 x 91, are earlier scenarios').  The frequent a 2 KB x
99 at 300 (+0.02 %).  The frequent d 3 KB x 105 at 300 (-0.01 %).  No
load is one an earlier scenario had at the same limit.  Healthy loads are
earlier batches'.

PR and pipeline numbers: this file runs scenarios190.py (11..3148) and
lists GJ last (3149..3164).  Seeds 191001..191016.  Dates 2035-08-08
(GJ01) to 2035-08-23 (GJ16).  Limits BBABAAABAABABBBA (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of
300 samples or more use epoch-second timestamps ("wire"); ISO 8601 for
GJ01, GJ05, GJ06, GJ08, GJ11, GJ12, GJ13 and GJ15; TimestampAscending
for GJ01, GJ04, GJ05, GJ07, GJ09, GJ11, GJ12 and GJ15 (no earlier batch
had this set).  The notes' "epoch" and "ascending" tags are written from
these fields; the "~5 %/h" in the notes are aims, not measurements.  Heap
160 MB everywhere.  Names: Nauru's districts and places for the services
and Japanese sweets for the PR words (none in any scenarios*.py,
split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios190.py"))["SCENARIOS"]   # 11..3148

GJ_SCENARIOS = [
    dict(name="GJ01-b-frequent-deploys-culprit-5-of-9-320", seed=191001, kind="b", culprit=5,
         intervals=gen_intervals(191001, 9, lo=28, hi=31),
         start="2035-08-08T11:10:00Z", service="yaren-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/yaren-warabimochi-quote-memo', 'Memoise yaren quotes per warabimochi and customer'),
         note='9 deploys 28-31 min apart from 11:10, culprit #5 at 13:40:30 (5 leaking intervals, 28-29 min, to 16:03; its own 28 min); ~5 %/h of 320 MiB at peak (15 lines x 101, -0.13 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GJ02-b-frequent-deploys-culprit-2-of-10-320", seed=191002, kind="b", culprit=2,
         intervals=gen_intervals(191002, 10, lo=28, hi=31),
         start="2035-08-09T12:10:00Z", service="aiwo-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/aiwo-kuzumochi-quote-memo', 'Memoise aiwo quotes per kuzumochi and customer'),
         note='10 deploys 28-31 min apart from 12:10, culprit #2 at 13:09:30 (9 leaking intervals, 29-31 min, to 17:38; its own 29 min); ~5 %/h of 320 MiB at peak (13 lines x 117, +0.26 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GJ03-b-frequent-deploys-culprit-7-of-10-300", seed=191003, kind="b", culprit=7,
         intervals=gen_intervals(191003, 10, lo=28, hi=31),
         start="2035-08-10T10:55:00Z", service="anabar-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/anabar-sakuramochi-quote-memo', 'Memoise anabar quotes per sakuramochi and customer'),
         note='10 deploys 28-31 min apart from 10:55, culprit #7 at 14:19:30 (4 leaking intervals, 28-30 min, to 16:15; its own 28 min); ~5 %/h of 300 MiB at peak (13 lines x 109, -0.36 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GJ04-b-frequent-deploys-culprit-8-of-10-320", seed=191004, kind="b", culprit=8,
         intervals=gen_intervals(191004, 10, lo=28, hi=31),
         start="2035-08-11T10:05:00Z", service="anetan-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/anetan-kashiwamochi-quote-memo', 'Memoise anetan quotes per kashiwamochi and customer'),
         note='10 deploys 28-31 min apart from 10:05, culprit #8 at 14:04:30 (3 leaking intervals, 29-30 min, to 15:33; its own 29 min); ~5 %/h of 320 MiB at peak (14 lines x 108, -0.33 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GJ05-b-frequent-deploys-culprit-5-of-9-300", seed=191005, kind="b", culprit=5,
         intervals=gen_intervals(191005, 9, lo=28, hi=31),
         start="2035-08-12T11:00:00Z", service="anibare-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/anibare-yatsuhashi-quote-memo', 'Memoise anibare quotes per yatsuhashi and customer'),
         note='9 deploys 28-31 min apart from 11:00, culprit #5 at 13:27:30 (5 leaking intervals, 29-31 min, to 15:57; its own 29 min); ~5 %/h of 300 MiB at peak (14 lines x 102, +0.41 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GJ06-b-frequent-deploys-culprit-3-of-9-300", seed=191006, kind="b", culprit=3,
         intervals=gen_intervals(191006, 9, lo=28, hi=31),
         start="2035-08-13T12:25:00Z", service="baitsi-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/baitsi-imagawayaki-quote-memo', 'Memoise baitsi quotes per imagawayaki and customer'),
         note='9 deploys 28-31 min apart from 12:25, culprit #3 at 13:49:30 (7 leaking intervals, 28-31 min, to 17:12; its own 28 min); ~5 %/h of 300 MiB at peak (13 lines x 110, +0.55 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GJ07-b-frequent-deploys-culprit-6-of-10-300", seed=191007, kind="b", culprit=6,
         intervals=gen_intervals(191007, 10, lo=28, hi=31),
         start="2035-08-14T11:35:00Z", service="buada-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/buada-nerikiri-quote-memo', 'Memoise buada quotes per nerikiri and customer'),
         note='10 deploys 28-31 min apart from 11:35, culprit #6 at 14:31:30 (5 leaking intervals, 29-31 min, to 16:59; its own 29 min); ~5 %/h of 300 MiB at peak (14 lines x 101, -0.58 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GJ08-c-frequent-deploys-culprit-4-of-9-320", seed=191008, kind="c", culprit=4,
         intervals=gen_intervals(191008, 9, lo=28, hi=31),
         start="2035-08-15T11:25:00Z", service="denigomodu-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=77, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/denigomodu-higashi-listeners', 'Tell open denigomodu bookings when a higashi slot frees'),
         note='9 deploys 28-31 min apart from 11:25, culprit #4 at 13:19:30 (6 leaking intervals, 28-31 min, to 16:21; its own 29 min); ~5 %/h of 320 MiB at peak (5 KB x 77, -0.21 %)'),
    dict(name="GJ09-a-frequent-deploys-culprit-2-of-10-300", seed=191009, kind="a", culprit=2,
         intervals=gen_intervals(191009, 10, lo=28, hi=31),
         start="2035-08-16T12:10:00Z", service="ijuw-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=99, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/ijuw-karukan-history', 'Keep ijuw orders for the karukan history'),
         note='10 deploys 28-31 min apart from 12:10, culprit #2 at 13:06:30 (9 leaking intervals, 28-31 min, to 17:37; its own 31 min); ~5 %/h of 300 MiB at peak (2 KB x 99, +0.02 %); epoch, ascending'),
    dict(name="GJ10-d-frequent-deploys-culprit-8-of-10-300", seed=191010, kind="d", culprit=8,
         intervals=gen_intervals(191010, 10, lo=28, hi=31),
         start="2035-08-17T10:10:00Z", service="meneng-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=105, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/meneng-kintsuba-timers', 'Confirm meneng bookings from delayed kintsuba timers'),
         note='10 deploys 28-31 min apart from 10:10, culprit #8 at 14:09:30 (3 leaking intervals, 29-31 min, to 15:40; its own 30 min); ~5 %/h of 300 MiB at peak (3 KB x 105, -0.01 %); epoch'),
    dict(name="GJ11-e-lru-morning-1097-320", seed=191011, kind="e",
         intervals=gen_intervals(191011, 8, lo=28, hi=31),
         start="2035-08-18T08:37:00Z", service="nibok-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1097"}, scan_by="TimestampAscending",
         note='bounded LRU (1097 entries) refilling after each of 8 deploys 28-31 min apart from 08:37, over the morning to 13:02; must not alarm; ascending'),
    dict(name="GJ12-e-lru-afternoon-1274-300", seed=191012, kind="e",
         intervals=gen_intervals(191012, 8, lo=28, hi=31),
         start="2035-08-19T13:57:00Z", service="uaboe-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1274"}, scan_by="TimestampAscending",
         note='bounded LRU (1274 entries) refilling after each of 8 deploys 28-31 min apart from 13:57, over the afternoon to 18:21; must not alarm; ascending'),
    dict(name="GJ13-e-lru-late-afternoon-1418-320", seed=191013, kind="e",
         intervals=gen_intervals(191013, 7, lo=28, hi=31),
         start="2035-08-20T16:28:00Z", service="moqua-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1418"},
         note='bounded LRU (1418 entries) refilling after each of 7 deploys 28-31 min apart from 16:28, over the late afternoon to 20:25; must not alarm'),
    dict(name="GJ14-step-frequent-orders-10-of-13-320", seed=191014, kind="step", culprit=10,
         intervals=gen_intervals(191014, 13, lo=28, hi=31),
         start="2035-08-21T08:20:00Z", service="topside-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/topside-suhama-table-at-boot', 'Load the topside suhama table at boot'),
         note='level shift at #10 of 13 (13:16:30), orders route (5 KB x 90); 13 deploys 28-31 min apart from 08:20 (own 28 min, then 29, 30, 31 min after the step, to 15:15); 4 intervals from the step on; no trend after; must not alarm; epoch'),
    dict(name="GJ15-f-load-morning-rise-0727-frequent-320", seed=191015, kind="f", workers=72,
         intervals=gen_intervals(191015, 8, lo=28, hi=31),
         start="2035-08-22T07:27:00Z", service="capelle-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         note='reports in flight follow the load up the morning rise from 07:27 to 11:55, across 8 deploys 28-31 min apart; must not alarm; ascending'),
    dict(name="GJ16-none-frequent-orders-22-deploys-300", seed=191016, kind="none",
         intervals=gen_intervals(191016, 22, lo=16, hi=18),
         start="2035-08-23T10:58:00Z", service="commandridge-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, orders route (5 KB x 90), from 10:58 to 17:26; 22 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GJ_SCENARIOS
