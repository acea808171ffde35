"""memblame's tracelab scenarios, batch 181: FZ01..FZ16 (real memory traces with labels).

(Named FZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-180 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FY.  No case folder, scenario name or split entry starts with
"FZ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 181"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios181.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios181.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw181 FZ01-... FZ16-...

The mix of batch 178 (its template; batch 174 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(d, a, c), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 22 deploys).  A blind batch: all
16 cases are split "validation" (split181.json, regime tags as
split178.json).

Rotation: the b culprits at #2, #5, #6, #3, #8, #4 and #6 (FZ01-FZ07: the
multiset {2, 3, 4, 5, 6, 6, 8}; batch 178: #6, #3, #8, #2, #5, #8, #7;
174: #4, #8, #5, #7, #6, #2, #3; no b at the position its number had in
174 or 178), serving 13:02-14:40 with 3-8 leaking intervals each; the
other kinds in the order d, a, c (161's, the order used longest ago; 178:
a, d, c; 174: d, c, a; 170: c, a, d; 167: a, c, d; 164: c, d, a) on the
orders route as in 178: d #4 of 10, a #6 of 9, c #7 of 10 (none the
position its kind had in 167, 170, 174 or 178); the LRUs over the
morning, the afternoon and the late afternoon (as batch 170; 178: evening
fall, late evening, night; 174: small hours, dawn rise, noon), sizes 1172,
1347 and 1008 (no LRU scenario had them) and starts 08:52, 14:18 and
16:43 (no LRU scenario started at them); the step on the quote route
(178: orders) at #9 of 12 (174: quote #10 of 13; 178: orders #9 of 13; no
quote step had #9 of 12), 4 intervals from the step on; kind f over the
morning rise from 07:52 (170: 07:48; no f started at 07:52); the flat
service on the quote route (178's was orders) with 22 deploys 16-18 min
apart from 13:17 (no flat case started at 13:17).

Loads: batch 180's units for the next batch (its frequent main figures:
a 0.0321, b 0.00341, c 0.0146, d 0.0162; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  b at 13-19 lines and 100-125 req/s: every b load within 6.0 %
at 300 and 320 MiB is an earlier scenario's, so the seven are widened in
0.1 % steps to the seven nearest free ones (7.7 %): FZ01 14 x 123 at 320
(-6.05 %), FZ02 13 x 124 at 300 (-6.19 %), FZ03 16 x 123 at 320
(+7.37 %), FZ04 16 x 106 at 320 (-7.47 %), FZ05 15 x 113 at 320
(-7.52 %), FZ06 14 x 121 at 320 (-7.58 %), FZ07 13 x 122 at 300
(-7.70 %).  The frequent d 3 KB at 100-160 req/s: 3 KB x 120 at 300
(-0.47 %, widened to 0.5 %; 3 x 121 at 300 is an earlier scenario's).
The frequent a at 2-3 KB and 90-130 req/s: 2 KB x 92 at 300 (+0.80 %,
widened to 0.8 %; 2 x 91 at 300 and 2 x 97 at 320 are taken).  The
frequent c 4 KB x 107 at 320 (-0.02 %).  No load is one an earlier
scenario had at the same limit.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios180.py (11..2988) and
lists FZ last (2989..3004).  Seeds 181001..181016.  Dates 2035-03-01
(FZ01) to 2035-03-16 (FZ16).  Limits BABBBBAAABABABAA (A 300, B 320 MiB;
no earlier batch of 16 had it or its flip).  Cases of 300 samples or more
use epoch-second timestamps ("wire"); ISO 8601 for FZ01, FZ03, FZ06,
FZ09, FZ11, FZ12, FZ13 and FZ15; TimestampAscending for FZ03, FZ05, FZ06,
FZ07, FZ08, FZ09, FZ12 and FZ13 (no earlier batch had this set).  The
notes' "epoch" and "ascending" tags are written from these fields; the
"~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Service names: towns of Scotland; PR words: Scottish dishes.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios180.py"))["SCENARIOS"]   # 11..2988

FZ_SCENARIOS = [
    dict(name="FZ01-b-frequent-deploys-culprit-2-of-9-320", seed=181001, kind="b", culprit=2,
         intervals=gen_intervals(181001, 9, lo=28, hi=31),
         start="2035-03-01T12:05:00Z", service="kirkwall-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=123, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/kirkwall-clapshot-quote-memo', 'Memoise kirkwall quotes per clapshot and customer'),
         note='9 deploys 28-31 min apart from 12:05, culprit #2 at 13:02:30 (8 leaking intervals, 29-31 min, to 17:01; its own 29 min); ~5 %/h of 320 MiB at peak (14 lines x 123, -6.05 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FZ02-b-frequent-deploys-culprit-5-of-10-300", seed=181002, kind="b", culprit=5,
         intervals=gen_intervals(181002, 10, lo=28, hi=31),
         start="2035-03-02T11:20:00Z", service="stornoway-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/stornoway-skirlie-quote-memo', 'Memoise stornoway quotes per skirlie and customer'),
         note='10 deploys 28-31 min apart from 11:20, culprit #5 at 13:50:30 (6 leaking intervals, 28-31 min, to 16:50; its own 31 min); ~5 %/h of 300 MiB at peak (13 lines x 124, -6.19 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FZ03-b-frequent-deploys-culprit-6-of-9-320", seed=181003, kind="b", culprit=6,
         intervals=gen_intervals(181003, 9, lo=28, hi=31),
         start="2035-03-03T11:30:00Z", service="tobermory-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=123, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/tobermory-cranachan-quote-memo', 'Memoise tobermory quotes per cranachan and customer'),
         note='9 deploys 28-31 min apart from 11:30, culprit #6 at 14:22:30 (4 leaking intervals, 28-31 min, to 16:21; its own 28 min); ~5 %/h of 320 MiB at peak (16 lines x 123, +7.37 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FZ04-b-frequent-deploys-culprit-3-of-10-320", seed=181004, kind="b", culprit=3,
         intervals=gen_intervals(181004, 10, lo=28, hi=31),
         start="2035-03-04T11:55:00Z", service="portree-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/portree-stovies-quote-memo', 'Memoise portree quotes per stovies and customer'),
         note='10 deploys 28-31 min apart from 11:55, culprit #3 at 13:20:30 (8 leaking intervals, 28-31 min, to 17:14; its own 31 min); ~5 %/h of 320 MiB at peak (16 lines x 106, -7.47 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FZ05-b-frequent-deploys-culprit-8-of-10-320", seed=181005, kind="b", culprit=8,
         intervals=gen_intervals(181005, 10, lo=28, hi=31),
         start="2035-03-05T10:40:00Z", service="balivanich-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/balivanich-crowdie-quote-memo', 'Memoise balivanich quotes per crowdie and customer'),
         note='10 deploys 28-31 min apart from 10:40, culprit #8 at 14:40:30 (3 leaking intervals, 28-30 min, to 16:09; its own 30 min); ~5 %/h of 320 MiB at peak (15 lines x 113, -7.52 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FZ06-b-frequent-deploys-culprit-4-of-9-320", seed=181006, kind="b", culprit=4,
         intervals=gen_intervals(181006, 9, lo=28, hi=31),
         start="2035-03-06T11:35:00Z", service="lochmaddy-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=121, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/lochmaddy-cabbieclaw-quote-memo', 'Memoise lochmaddy quotes per cabbieclaw and customer'),
         note='9 deploys 28-31 min apart from 11:35, culprit #4 at 13:32:30 (6 leaking intervals, 28-31 min, to 16:30; its own 29 min); ~5 %/h of 320 MiB at peak (14 lines x 121, -7.58 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FZ07-b-frequent-deploys-culprit-6-of-10-300", seed=181007, kind="b", culprit=6,
         intervals=gen_intervals(181007, 10, lo=28, hi=31),
         start="2035-03-07T11:10:00Z", service="tarbert-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/tarbert-partan-quote-memo', 'Memoise tarbert quotes per partan and customer'),
         note='10 deploys 28-31 min apart from 11:10, culprit #6 at 14:11:30 (5 leaking intervals, 29-31 min, to 16:42; its own 29 min); ~5 %/h of 300 MiB at peak (13 lines x 122, -7.70 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FZ08-d-frequent-deploys-culprit-4-of-10-300", seed=181008, kind="d", culprit=4,
         intervals=gen_intervals(181008, 10, lo=28, hi=31),
         start="2035-03-08T11:50:00Z", service="brodick-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=120, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/brodick-rumbledethumps-timers', 'Confirm brodick bookings from delayed rumbledethumps timers'),
         note='10 deploys 28-31 min apart from 11:50, culprit #4 at 13:45:30 (7 leaking intervals, 28-31 min, to 17:14; its own 31 min); ~5 %/h of 300 MiB at peak (3 KB x 120, -0.47 %); epoch, ascending'),
    dict(name="FZ09-a-frequent-deploys-culprit-6-of-9-300", seed=181009, kind="a", culprit=6,
         intervals=gen_intervals(181009, 9, lo=28, hi=31),
         start="2035-03-09T11:05:00Z", service="rothesay-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=92, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('feat/rothesay-clootie-history', 'Keep rothesay orders for the clootie history'),
         note='9 deploys 28-31 min apart from 11:05, culprit #6 at 14:00:30 (4 leaking intervals, 28-30 min, to 15:56; its own 28 min); ~5 %/h of 300 MiB at peak (2 KB x 92, +0.80 %); ascending'),
    dict(name="FZ10-c-frequent-deploys-culprit-7-of-10-320", seed=181010, kind="c", culprit=7,
         intervals=gen_intervals(181010, 10, lo=28, hi=31),
         start="2035-03-10T10:05:00Z", service="millport-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/millport-bridie-listeners', 'Tell open millport bookings when a bridie slot frees'),
         note='10 deploys 28-31 min apart from 10:05, culprit #7 at 13:28:30 (4 leaking intervals, 28-31 min, to 15:29; its own 31 min); ~5 %/h of 320 MiB at peak (4 KB x 107, -0.02 %); epoch'),
    dict(name="FZ11-e-lru-morning-1172-300", seed=181011, kind="e",
         intervals=gen_intervals(181011, 8, lo=28, hi=31),
         start="2035-03-11T08:52:00Z", service="stromness-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1172"},
         note='bounded LRU (1172 entries) refilling after each of 8 deploys 28-31 min apart from 08:52, through the morning to 13:19; must not alarm'),
    dict(name="FZ12-e-lru-afternoon-1347-320", seed=181012, kind="e",
         intervals=gen_intervals(181012, 8, lo=28, hi=31),
         start="2035-03-12T14:18:00Z", service="castlebay-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1347"}, scan_by="TimestampAscending",
         note='bounded LRU (1347 entries) refilling after each of 8 deploys 28-31 min apart from 14:18, through the afternoon to 18:48; must not alarm; ascending'),
    dict(name="FZ13-e-lru-late-afternoon-1008-300", seed=181013, kind="e",
         intervals=gen_intervals(181013, 7, lo=28, hi=31),
         start="2035-03-13T16:43:00Z", service="dunvegan-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1008"}, scan_by="TimestampAscending",
         note='bounded LRU (1008 entries) refilling after each of 7 deploys 28-31 min apart from 16:43, through the late afternoon to 20:44; must not alarm; ascending'),
    dict(name="FZ14-step-frequent-quote-9-of-12-320", seed=181014, kind="step", culprit=9,
         intervals=gen_intervals(181014, 12, lo=28, hi=31),
         start="2035-03-14T09:05:00Z", service="ullapool-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/ullapool-cockaleekie-table-at-boot', 'Load the ullapool cockaleekie table at boot'),
         note='level shift at #9 of 12 (13:32:30), quote route (20 lines at 95 req/s, 400 SKUs); 12 deploys 28-31 min apart from 09:05 (own 29 min, then 28, 30, 31 min after the step, to 15:31); no trend after; must not alarm; epoch'),
    dict(name="FZ15-f-load-morning-rise-0752-frequent-300", seed=181015, kind="f", workers=72,
         intervals=gen_intervals(181015, 8, lo=28, hi=31),
         start="2035-03-15T07:52:00Z", service="cullen-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load over the morning rise from 07:52 to 12:21, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="FZ16-none-frequent-quote-22-deploys-300", seed=181016, kind="none",
         intervals=gen_intervals(181016, 22, lo=16, hi=18),
         start="2035-03-16T13:17:00Z", service="arbroath-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 13:17 to 19:48; 22 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FZ_SCENARIOS
