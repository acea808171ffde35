"""memblame's tracelab scenarios, batch 201: GT01..GT16 (real memory traces with labels).

(Named GT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-200 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GS.  No case folder, scenario name or split entry
starts with "GT".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 201"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios201.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios201.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw201 GT01-... GT16-...

The mix of batch 198 (its template; batch 195 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(d, a, c), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 21 deploys).  A blind batch: all
16 cases are split "validation" (split201.json, regime tags as
split198.json).

Rotation: the b culprits at #5, #3, #6, #8, #7, #2 and #6 (GT01-GT07: the
multiset {2, 3, 5, 6, 6, 7, 8}; batch 198: #4, #5, #8, #2, #6, #7, #3;
195: #3, #7, #4, #6, #2, #8, #4; 191: {2, 3, 5, 5, 6, 7, 8}; no b at the
position its number had in 195 or 198), serving from 13:03:30 to 14:32:30 with 3-8
leaking intervals each; the other kinds in the order d, a, c (181's, the
order used longest ago; 198: a, d, c; 195: d, c, a) on the orders route as
in 198: d #6 of 10, a #3 of 9, c #5 of 10 (none the position its kind had
in 191, 195 or 198); the LRUs over the morning, the afternoon and the late
afternoon (as batch 191; 198: evening fall, late evening, night; 195: small
hours, dawn rise, noon), sizes 1013, 1258 and 1402 (no LRU scenario had
them) and starts 08:43, 14:08 and 16:33 (no LRU scenario started at them);
the step on the quote route (198: orders) at #7 of 13 (no quote step had
#7 of 13; 195: quote #8 of 12; 198: orders #8 of 13), 7 intervals from the
step on; kind f up the morning rise from 07:38 (191: 07:27; 181: 07:52; no
f started at 07:38); the flat service on the quote route (198's was orders)
with 21 deploys 16-18 min apart from 10:13 (no flat case started at 10:13).

Loads: batch 200's units for the next batch (its frequent main figures:
a 0.0355, b 0.00348, c 0.0101, d 0.0135; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: the seven in-range loads within
0.4 % of 5 %/h (three at 300, four at 320) are all earlier scenarios' at
the same limit, and so is every in-range b load within 1.2 %; two free
loads lie within 0.4 % just outside the rate range, so the rate range was
widened to 99-128 for them: GT01 14 x 128 at 320 (-0.22 %) and GT02
17 x 99 at 300 (-0.04 %), both no earlier scenario's; the other five repeat
an earlier scenario's load at the same limit (kept for the aim): GT03
15 x 112 at 300 (-0.22 %), GT04 18 x 100 at 320 (+0.22 %), GT05 14 x 120
at 300 (-0.22 %), GT06 16 x 112 at 320 (-0.22 %), GT07 17 x 106 at 320
(+0.34 %).  The frequent d 3 KB x 154 at 320 (-0.21 %), in range, no
earlier scenario's.  The frequent a needs 165 (300) or 176 (320)
KB x req/s, below 2 KB x 90 (2 KB x 88 at 320 is taken): the rate range
widened to 3 KB x 55 at 300 (-0.03 %, no earlier scenario's).  The
frequent c 6 KB x 103 at 320 (-0.13 %, no earlier scenario's).  Healthy
loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios200.py (11..3308) and
lists GT last (3309..3324).  Seeds 201001..201016.  Dates 2036-01-15
(GT01) to 2036-01-30 (GT16).  Limits BAABABBBABABAABA (A 300, B 320 MiB;
no earlier batch of 16 had it, its flip or its first eight).  Cases of 300
samples or more use epoch-second timestamps ("wire"); ISO 8601 for GT03,
GT05, GT06, GT09, GT11, GT12, GT13 and GT15; TimestampAscending for GT01,
GT03, GT05, GT06, GT08, GT11, GT13 and GT14 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Names: Adriatic islands (and two Aegean ones) for the
services and Turkish sweets for the PR words (none in any scenarios*.py,
split*.json or the README before, by grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios200.py"))["SCENARIOS"]   # 11..3308

GT_SCENARIOS = [
    dict(name="GT01-b-frequent-deploys-culprit-5-of-10-320", seed=201001, kind="b", culprit=5,
         intervals=gen_intervals(201001, 10, lo=28, hi=31),
         start="2036-01-15T10:50:00Z", service="kaprije-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=128, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/kaprije-kunefe-quote-memo', 'Memoise kaprije quotes per kunefe and customer'),
         note='10 deploys 28-31 min apart from 10:50, culprit #5 at 13:18:30 (6 leaking intervals, 28-31 min, to 16:16; its own 29 min); ~5 %/h of 320 MiB at peak (14 lines x 128, -0.22 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GT02-b-frequent-deploys-culprit-3-of-9-300", seed=201002, kind="b", culprit=3,
         intervals=gen_intervals(201002, 9, lo=28, hi=31),
         start="2036-01-16T11:35:00Z", service="zlarin-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/zlarin-revani-quote-memo', 'Memoise zlarin quotes per revani and customer'),
         note='9 deploys 28-31 min apart from 11:35, culprit #3 at 13:03:30 (7 leaking intervals, 29-31 min, to 16:37; its own 31 min); ~5 %/h of 300 MiB at peak (17 lines x 99, -0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GT03-b-frequent-deploys-culprit-6-of-9-300", seed=201003, kind="b", culprit=6,
         intervals=gen_intervals(201003, 9, lo=28, hi=31),
         start="2036-01-17T11:20:00Z", service="prvic-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/prvic-sekerpare-quote-memo', 'Memoise prvic quotes per sekerpare and customer'),
         note='9 deploys 28-31 min apart from 11:20, culprit #6 at 14:16:30 (4 leaking intervals, 28-31 min, to 16:15; its own 31 min); ~5 %/h of 300 MiB at peak (15 lines x 112, -0.22 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GT04-b-frequent-deploys-culprit-8-of-10-320", seed=201004, kind="b", culprit=8,
         intervals=gen_intervals(201004, 10, lo=28, hi=31),
         start="2036-01-18T10:40:00Z", service="unije-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/unije-kazandibi-quote-memo', 'Memoise unije quotes per kazandibi and customer'),
         note='10 deploys 28-31 min apart from 10:40, culprit #8 at 14:32:30 (3 leaking intervals, 28-31 min, to 16:02; its own 31 min); ~5 %/h of 320 MiB at peak (18 lines x 100, +0.22 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GT05-b-frequent-deploys-culprit-7-of-9-300", seed=201005, kind="b", culprit=7,
         intervals=gen_intervals(201005, 9, lo=28, hi=31),
         start="2036-01-19T10:40:00Z", service="molat-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/molat-tulumba-quote-memo', 'Memoise molat quotes per tulumba and customer'),
         note='9 deploys 28-31 min apart from 10:40, culprit #7 at 14:05:30 (3 leaking intervals, 31-31 min, to 15:39; its own 31 min); ~5 %/h of 300 MiB at peak (14 lines x 120, -0.22 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GT06-b-frequent-deploys-culprit-2-of-9-320", seed=201006, kind="b", culprit=2,
         intervals=gen_intervals(201006, 9, lo=28, hi=31),
         start="2036-01-20T12:10:00Z", service="vrgada-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/vrgada-helva-quote-memo', 'Memoise vrgada quotes per helva and customer'),
         note='9 deploys 28-31 min apart from 12:10, culprit #2 at 13:08:30 (8 leaking intervals, 28-31 min, to 17:03; its own 31 min); ~5 %/h of 320 MiB at peak (16 lines x 112, -0.22 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GT07-b-frequent-deploys-culprit-6-of-10-320", seed=201007, kind="b", culprit=6,
         intervals=gen_intervals(201007, 10, lo=28, hi=31),
         start="2036-01-21T11:00:00Z", service="krapanj-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/krapanj-gullac-quote-memo', 'Memoise krapanj quotes per gullac and customer'),
         note='10 deploys 28-31 min apart from 11:00, culprit #6 at 13:51:30 (5 leaking intervals, 28-31 min, to 16:20; its own 28 min); ~5 %/h of 320 MiB at peak (17 lines x 106, +0.34 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GT08-d-frequent-deploys-culprit-6-of-10-320", seed=201008, kind="d", culprit=6,
         intervals=gen_intervals(201008, 10, lo=28, hi=31),
         start="2036-01-22T10:45:00Z", service="ilovik-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=154, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/ilovik-pismaniye-timers', 'Confirm ilovik bookings from delayed pismaniye timers'),
         note='10 deploys 28-31 min apart from 10:45, culprit #6 at 13:41:30 (5 leaking intervals, 28-30 min, to 16:07; its own 28 min); ~5 %/h of 320 MiB at peak (3 KB x 154, -0.21 %); epoch, ascending'),
    dict(name="GT09-a-frequent-deploys-culprit-3-of-9-300", seed=201009, kind="a", culprit=3,
         intervals=gen_intervals(201009, 9, lo=28, hi=31),
         start="2036-01-23T11:40:00Z", service="zverinac-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=55, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/zverinac-kadayif-history', 'Keep zverinac orders for the kadayif history'),
         note='9 deploys 28-31 min apart from 11:40, culprit #3 at 13:09:30 (7 leaking intervals, 28-31 min, to 16:36; its own 28 min); ~5 %/h of 300 MiB at peak (3 KB x 55, -0.03 %)'),
    dict(name="GT10-c-frequent-deploys-culprit-5-of-10-320", seed=201010, kind="c", culprit=5,
         intervals=gen_intervals(201010, 10, lo=28, hi=31),
         start="2036-01-24T11:30:00Z", service="sestrunj-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=103, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/sestrunj-irmik-listeners', 'Tell open sestrunj bookings when a irmik slot frees'),
         note='10 deploys 28-31 min apart from 11:30, culprit #5 at 13:56:30 (6 leaking intervals, 28-30 min, to 16:51; its own 28 min); ~5 %/h of 320 MiB at peak (6 KB x 103, -0.13 %); epoch'),
    dict(name="GT11-e-lru-morning-1013-300", seed=201011, kind="e",
         intervals=gen_intervals(201011, 8, lo=28, hi=31),
         start="2036-01-25T08:43:00Z", service="rivanj-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1013"},
         note='bounded LRU (1013 entries) refilling after each of 8 deploys 28-31 min apart from 08:43, over the morning to 13:05; must not alarm; ascending'),
    dict(name="GT12-e-lru-afternoon-1258-320", seed=201012, kind="e",
         intervals=gen_intervals(201012, 8, lo=28, hi=31),
         start="2036-01-26T14:08:00Z", service="premuda-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1258"},
         note='bounded LRU (1258 entries) refilling after each of 8 deploys 28-31 min apart from 14:08, over the afternoon to 18:33; must not alarm'),
    dict(name="GT13-e-lru-late-afternoon-1402-300", seed=201013, kind="e",
         intervals=gen_intervals(201013, 7, lo=28, hi=31),
         start="2036-01-27T16:33:00Z", service="drvenik-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1402"},
         note='bounded LRU (1402 entries) refilling after each of 7 deploys 28-31 min apart from 16:33, over the late afternoon to 20:28; must not alarm; ascending'),
    dict(name="GT14-step-frequent-quote-7-of-13-300", seed=201014, kind="step", culprit=7,
         intervals=gen_intervals(201014, 13, lo=28, hi=31),
         start="2036-01-28T09:10:00Z", service="smokvica-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/smokvica-sutlac-table-at-boot', 'Load the smokvica sutlac table at boot'),
         note='level shift at #7 of 13 (12:38:30), quote route (20 lines x 95, 400 SKUs); 13 deploys 28-31 min apart from 09:10 (own 30 min, then 31, 29, 29, 29, 31, 29 min after the step, to 16:07); 7 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="GT15-f-load-morning-rise-0738-frequent-320", seed=201015, kind="f", workers=72,
         intervals=gen_intervals(201015, 8, lo=28, hi=31),
         start="2036-01-29T07:38:00Z", service="kimolos-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load up the morning rise from 07:38 to 12:01, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="GT16-none-frequent-quote-21-deploys-300", seed=201016, kind="none",
         intervals=gen_intervals(201016, 21, lo=16, hi=18),
         start="2036-01-30T10:13:00Z", service="alonissos-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 10:13 to 16:34; 21 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GT_SCENARIOS
