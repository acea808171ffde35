"""memblame's tracelab scenarios, batch 188: GG01..GG16 (real memory traces with labels).

(Named GG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-187 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GF.  No case folder, scenario name or split entry
starts with "GG".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 188"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios188.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios188.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw188 GG01-... GG16-...

The mix of batch 185 (its template; batch 181 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(a, c, d), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 21 deploys).  A blind batch: all
16 cases are split "validation" (split188.json, regime tags as
split185.json).

Rotation: the b culprits at #6, #3, #8, #2, #4, #7 and #5 (GG01-GG07: the
multiset {2, 3, 4, 5, 6, 7, 8}; batch 185: #3, #8, #4, #7, #2, #5, #4;
181: #2, #5, #6, #3, #8, #4, #6; no b at the position its number had in
181 or 185), serving 13:04-14:34 with 3-8 leaking intervals each; the
other kinds in the order a, c, d (167's, the order used longest ago; 185:
c, d, a; 181: d, a, c; 178: a, d, c; 174: d, c, a; 170: c, a, d; 164: c,
d, a) on the orders route as in 185: a #8 of 10, c #2 of 9, d #3 of 10
(none the position its kind had in 170, 174, 178, 181 or 185); the LRUs
over the evening fall, the late evening and the night (as batch 178;
185: small hours, dawn rise, noon; 181: morning, afternoon, late
afternoon), sizes 1153, 1321 and 1206 (no LRU scenario had them) and
starts 18:32, 21:42 and 23:38 (no LRU scenario started at them); the step
on the quote route (20 lines x 95, 400 SKUs; 185: orders) at #9 of 13
(181: quote #9 of 12; 185: orders #8 of 11; the quote step's 4-6-interval
position used longest ago, 2033's EZ14), 5 intervals from the step on;
kind f over the afternoon peak from 13:45 (178: 13:35; no f started at
13:45); the flat service on the quote route (185's was orders) with 21
deploys 16-18 min apart from 11:18 (no flat case started at 11:18).

Loads: batch 187's units for the next batch (its frequent main figures:
a 0.0333, b 0.00338, c 0.00902, d 0.0106; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  b at 13-19 lines and 100-125 req/s: every b load within 6.8 %
of 5 %/h is an earlier scenario's at its limit, so the seven are widened
in 0.1 % steps to the seven nearest free ones (7.3 %): GG01 17 x 109 at
300 (+6.89 %), GG02 18 x 103 at 300 (+6.95 %), GG03 19 x 104 at 320
(+6.86 %), GG04 18 x 110 at 320 (+7.08 %), GG05 16 x 116 at 300
(+7.06 %), GG06 16 x 124 at 320 (+7.29 %), GG07 15 x 124 at 300
(+7.29 %).  The frequent a at 2-3 KB and 90-130 req/s: 2 KB x 92 at 320
(-1.96 %, widened to 2.0 %: 2 x 94 and 2 x 93 at 320 are earlier
scenarios', nothing at 300 within 9 %).  The frequent c 9 KB x 77 at 320
(+0.01 %).  The frequent d 3 KB x 197 at 320 (+0.23 %).  No load is one
an earlier scenario had at the same limit.  Healthy loads are earlier
batches'.

PR and pipeline numbers: this file runs scenarios187.py (11..3100) and
lists GG last (3101..3116).  Seeds 188001..188016.  Dates 2035-06-21
(GG01) to 2035-07-06 (GG16).  Limits AABBABABBBBABAAA (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of
300 samples or more use epoch-second timestamps ("wire"); ISO 8601 for
GG01, GG04, GG06, GG11, GG12, GG13 and GG15; TimestampAscending for GG01,
GG02, GG07, GG11, GG13, GG14, GG15 and GG16 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160
MB everywhere.  Names: Ethiopian towns for the services and Ethiopian
dishes for the PR words (none in any scenarios*.py, split*.json or the
README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios187.py"))["SCENARIOS"]   # 11..3100

GG_SCENARIOS = [
    dict(name="GG01-b-frequent-deploys-culprit-6-of-9-300", seed=188001, kind="b", culprit=6,
         intervals=gen_intervals(188001, 9, lo=28, hi=31),
         start="2035-06-21T10:45:00Z", service="gondar-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/gondar-kitfo-quote-memo', 'Memoise gondar quotes per kitfo and customer'),
         note='9 deploys 28-31 min apart from 10:45, culprit #6 at 13:41:30 (4 leaking intervals, 29-31 min, to 15:42; its own 30 min); ~5 %/h of 300 MiB at peak (17 lines x 109, +6.89 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GG02-b-frequent-deploys-culprit-3-of-10-300", seed=188002, kind="b", culprit=3,
         intervals=gen_intervals(188002, 10, lo=28, hi=31),
         start="2035-06-22T11:45:00Z", service="lalibela-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/lalibela-shiro-quote-memo', 'Memoise lalibela quotes per shiro and customer'),
         note='10 deploys 28-31 min apart from 11:45, culprit #3 at 13:11:30 (8 leaking intervals, 29-31 min, to 17:12; its own 31 min); ~5 %/h of 300 MiB at peak (18 lines x 103, +6.95 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GG03-b-frequent-deploys-culprit-8-of-10-320", seed=188003, kind="b", culprit=8,
         intervals=gen_intervals(188003, 10, lo=28, hi=31),
         start="2035-06-23T10:25:00Z", service="axum-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/axum-tibs-quote-memo', 'Memoise axum quotes per tibs and customer'),
         note='10 deploys 28-31 min apart from 10:25, culprit #8 at 14:21:30 (3 leaking intervals, 29-31 min, to 15:53; its own 31 min); ~5 %/h of 320 MiB at peak (19 lines x 104, +6.86 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GG04-b-frequent-deploys-culprit-2-of-9-320", seed=188004, kind="b", culprit=2,
         intervals=gen_intervals(188004, 9, lo=28, hi=31),
         start="2035-06-24T12:05:00Z", service="harar-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/harar-genfo-quote-memo', 'Memoise harar quotes per genfo and customer'),
         note='9 deploys 28-31 min apart from 12:05, culprit #2 at 13:04:30 (8 leaking intervals, 28-31 min, to 17:01; its own 30 min); ~5 %/h of 320 MiB at peak (18 lines x 110, +7.08 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GG05-b-frequent-deploys-culprit-4-of-10-300", seed=188005, kind="b", culprit=4,
         intervals=gen_intervals(188005, 10, lo=28, hi=31),
         start="2035-06-25T11:35:00Z", service="bahirdar-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/bahirdar-firfir-quote-memo', 'Memoise bahirdar quotes per firfir and customer'),
         note='10 deploys 28-31 min apart from 11:35, culprit #4 at 13:30:30 (7 leaking intervals, 28-31 min, to 16:58; its own 30 min); ~5 %/h of 300 MiB at peak (16 lines x 116, +7.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GG06-b-frequent-deploys-culprit-7-of-9-320", seed=188006, kind="b", culprit=7,
         intervals=gen_intervals(188006, 9, lo=28, hi=31),
         start="2035-06-26T11:10:00Z", service="dessie-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/dessie-ayib-quote-memo', 'Memoise dessie quotes per ayib and customer'),
         note='9 deploys 28-31 min apart from 11:10, culprit #7 at 14:33:30 (3 leaking intervals, 31 min, to 16:07; its own 31 min); ~5 %/h of 320 MiB at peak (16 lines x 124, +7.29 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GG07-b-frequent-deploys-culprit-5-of-9-300", seed=188007, kind="b", culprit=5,
         intervals=gen_intervals(188007, 9, lo=28, hi=31),
         start="2035-06-27T11:20:00Z", service="jimma-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/jimma-dabo-quote-memo', 'Memoise jimma quotes per dabo and customer'),
         note='9 deploys 28-31 min apart from 11:20, culprit #5 at 13:52:30 (5 leaking intervals, 28-31 min, to 16:23; its own 28 min); ~5 %/h of 300 MiB at peak (15 lines x 124, +7.29 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GG08-a-frequent-deploys-culprit-8-of-10-320", seed=188008, kind="a", culprit=8,
         intervals=gen_intervals(188008, 10, lo=28, hi=31),
         start="2035-06-28T10:05:00Z", service="adama-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=92, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/adama-dulet-history', 'Keep adama orders for the dulet history'),
         note='10 deploys 28-31 min apart from 10:05, culprit #8 at 14:00:30 (3 leaking intervals, 28-29 min, to 15:27; its own 29 min); ~5 %/h of 320 MiB at peak (2 KB x 92, -1.96 %); epoch'),
    dict(name="GG09-c-frequent-deploys-culprit-2-of-9-320", seed=188009, kind="c", culprit=2,
         intervals=gen_intervals(188009, 9, lo=28, hi=31),
         start="2035-06-29T12:10:00Z", service="hawassa-bookings",
         profile="orders", params={"payload_kb": 9}, peak_rps=77, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/hawassa-gored-listeners', 'Tell open hawassa bookings when a gored slot frees'),
         note='9 deploys 28-31 min apart from 12:10, culprit #2 at 13:10:30 (8 leaking intervals, 29-31 min, to 17:14; its own 31 min); ~5 %/h of 320 MiB at peak (9 KB x 77, +0.01 %); epoch'),
    dict(name="GG10-d-frequent-deploys-culprit-3-of-10-320", seed=188010, kind="d", culprit=3,
         intervals=gen_intervals(188010, 10, lo=28, hi=31),
         start="2035-06-30T11:50:00Z", service="mekelle-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=197, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/mekelle-atkilt-timers', 'Confirm mekelle bookings from delayed atkilt timers'),
         note='10 deploys 28-31 min apart from 11:50, culprit #3 at 13:17:30 (8 leaking intervals, 28-31 min, to 17:15; its own 30 min); ~5 %/h of 320 MiB at peak (3 KB x 197, +0.23 %); epoch'),
    dict(name="GG11-e-lru-evening-fall-1153-320", seed=188011, kind="e",
         intervals=gen_intervals(188011, 8, lo=28, hi=31),
         start="2035-07-01T18:32:00Z", service="gambela-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1153"}, scan_by="TimestampAscending",
         note='bounded LRU (1153 entries) refilling after each of 8 deploys 28-31 min apart from 18:32, over the evening fall to 23:04; must not alarm; ascending'),
    dict(name="GG12-e-lru-late-evening-1321-300", seed=188012, kind="e",
         intervals=gen_intervals(188012, 7, lo=28, hi=31),
         start="2035-07-02T21:42:00Z", service="arbaminch-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1321"},
         note='bounded LRU (1321 entries) refilling after each of 7 deploys 28-31 min apart from 21:42, over the late evening to 01:35; must not alarm'),
    dict(name="GG13-e-lru-night-1206-320", seed=188013, kind="e",
         intervals=gen_intervals(188013, 8, lo=28, hi=31),
         start="2035-07-03T23:38:00Z", service="sodo-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1206"}, scan_by="TimestampAscending",
         note='bounded LRU (1206 entries) refilling after each of 8 deploys 28-31 min apart from 23:38, over the night to 04:01; must not alarm; ascending'),
    dict(name="GG14-step-frequent-quote-9-of-13-300", seed=188014, kind="step", culprit=9,
         intervals=gen_intervals(188014, 13, lo=28, hi=31),
         start="2035-07-04T08:55:00Z", service="asosa-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/asosa-chechebsa-table-at-boot', 'Load the asosa chechebsa table at boot'),
         note='level shift at #9 of 13 (13:18:30), quote route (20 lines x 95, 400 SKUs); 13 deploys 28-31 min apart from 08:55 (own 31 min, then 29, 30, 31, 29 min after the step, to 15:49); 5 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="GG15-f-load-afternoon-peak-1345-frequent-300", seed=188015, kind="f", workers=72,
         intervals=gen_intervals(188015, 8, lo=28, hi=31),
         start="2035-07-05T13:45:00Z", service="diredawa-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load over the afternoon peak from 13:45 to 18:16, across 8 deploys 28-31 min apart; must not alarm; ascending'),
    dict(name="GG16-none-frequent-quote-21-deploys-300", seed=188016, kind="none",
         intervals=gen_intervals(188016, 21, lo=16, hi=18),
         start="2035-07-06T11:18:00Z", service="nekemte-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 11:18 to 17:35; 21 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GG_SCENARIOS
