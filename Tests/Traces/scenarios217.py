"""memblame's tracelab scenarios, batch 217: HJ01..HJ16 (real memory traces with labels).

(Named HJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-216 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HI.  No case folder, scenario name or split
entry starts with "HJ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 217"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios217.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios217.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw217 HJ01-... HJ16-...

The mix of batch 214 (its template; batch 209 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(d, c, a), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 24 deploys).  A blind batch: all
16 cases are split "validation" (split217.json, regime tags as
split214.json).

Rotation: the b culprits at #4, #8, #6, #2, #7, #5 and #3 (HJ01-HJ07: the
multiset {2, 3, 4, 5, 6, 7, 8}; batch 214: #3, #7, #5, #6, #2, #8, #5 =
{2, 3, 5, 5, 6, 7, 8}; 209: #6, #5, #2, #3, #8, #3, #4 = {2, 3, 3, 4, 5,
6, 8}; no b at the position its number had in 209 or 214), serving from
13:04:30 to 14:22:30 with 3-8 leaking intervals each; the other kinds in
the order d, c, a (195's, the order used longest ago; 214: c, a, d; 209:
a, c, d; checked in scenarios195/209/214.py) on the orders route as in
214: d #3 of 9, c #7 of 10, a #5 of 10 (none the position its kind had in
201, 206, 209 or 214); the LRUs over the small hours, the dawn rise and
noon (as batch 206; 214: morning, afternoon, late afternoon; 209: evening
fall, late evening, night), sizes 1029, 1178 and 1333 (no LRU scenario had
them) and starts 02:57, 05:57 and 11:27 (no LRU scenario started at
them); the step on the quote route (214: orders) at #8 of 12 (209: quote
#9 of 13; 214: orders #7 of 11), 5 intervals from the step on; kind f over
the evening fall from 17:15 (no f case started at 17:15; the evening f
cases started 14:05-22:10, e.g. 195's at 17:45 and 206's at 17:55); the
flat service on the quote route (214's was orders) with 24 deploys 16-18
min apart from 11:03 (no flat case started at 11:03).

Loads: batch 216's units for the next batch (its main figures, frequent:
a 0.0440, b 0.00344, c 0.0107, d 0.0124; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: seven loads lie within 0.4 %
(17 x 100, 14 x 122 and 15 x 114 at 300; 18 x 101, 15 x 121, 17 x 107 and
16 x 114 at 320), all seven used: HJ01 18 x 101 at 320 (+0.06 %), HJ02 15
x 121 at 320 (-0.10 %), HJ03 14 x 122 at 300 (+0.28 %), HJ04 17 x 100 at
300 (-0.19 %), HJ05 15 x 114 at 300 (+0.39 %), HJ06 17 x 107 at 320 (+0.12
%), HJ07 16 x 114 at 320 (+0.39 %); seven different loads, but every one
of them (and every other in-range b load within 1 %) had been used by an
earlier scenario at the same limit, so the repeat could not be avoided
inside the ranges and the aim.  The frequent a: no load of 2-3 KB and
90-130 req/s within 1 % (2 KB needs 66-71 req/s), so the rate range was
widened down to 71: HJ10 2 KB x 71 at 320 (-0.03 %; GO05 had that load at
320, as every a load within 0.4 % had; the unused ones within 1 %, 2 KB x
66 at 300, 3 KB x 47 at 320 and 1 KB x 132 or 143, miss by 0.67-0.88 %).  The frequent c 6 KB x 97 at 320 (-0.36 %), in
range.  The frequent d 4 KB x 118 at 300 (-0.11 %), in range.  HJ08 and
HJ09 have loads no earlier scenario had at their limits.  Healthy loads
are earlier batches'.

PR and pipeline numbers: this file runs scenarios216.py (11..3564) and
lists HJ last (3565..3580).  Seeds 217001..217016 (no PR or pipeline
number collides with an earlier scenario's).  Dates 2036-09-27 (HJ01) to
2036-10-12 (HJ16), one day per case (no scenario had them, by grep).
Limits BBAAABBABBABAABA (A 300, B 320 MiB; no earlier batch had it, its
flip, its reverse or its first eight).  Cases of 300 samples or more use
epoch-second timestamps ("wire"); ISO 8601 for HJ01, HJ04, HJ06, HJ07,
HJ08, HJ11, HJ12, HJ13 and HJ15; TimestampAscending for HJ01, HJ03, HJ04,
HJ07, HJ09, HJ12, HJ14 and HJ16 (no earlier batch had this set).  The
notes' "epoch" and "ascending" tags are written from these fields; the
"~5 %/h" in the notes are aims, not measurements.  Heap 160 MB everywhere.
Names: Zambian and Malawian parks, lakes and rivers for the services and
Georgian and Azerbaijani sweets for the PR words (none in any
scenarios*.py, split*.json or the README before, by grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RHI = runpy.run_path(os.path.join(_HERE, "scenarios216.py"))["SCENARIOS"]   # 11..3564

HJ_SCENARIOS = [
    dict(name="HJ01-b-frequent-deploys-culprit-4-of-9-320", seed=217001, kind="b", culprit=4,
         intervals=gen_intervals(217001, 9, lo=28, hi=31),
         start="2036-09-27T11:25:00Z", service="kafue-quotes",
         profile="quote", params={'detail': 18, 'skus': 400}, peak_rps=101, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/kafue-nazuki-quote-memo', 'Memoise kafue quotes per nazuki and customer'),
         note='9 deploys 28-31 min apart from 11:25, culprit #4 at 13:17:30 (6 leaking intervals, 28-31 min, to 16:12; its own 28 min); ~5 %/h of 320 MiB at peak (18 lines x 101, +0.06 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HJ02-b-frequent-deploys-culprit-8-of-10-320", seed=217002, kind="b", culprit=8,
         intervals=gen_intervals(217002, 10, lo=28, hi=31),
         start="2036-09-28T10:25:00Z", service="luangwa-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=121, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/luangwa-qada-quote-memo', 'Memoise luangwa quotes per qada and customer'),
         note='10 deploys 28-31 min apart from 10:25, culprit #8 at 14:22:30 (3 leaking intervals, 29-30 min, to 15:51; its own 29 min); ~5 %/h of 320 MiB at peak (15 lines x 121, -0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HJ03-b-frequent-deploys-culprit-6-of-10-300", seed=217003, kind="b", culprit=6,
         intervals=gen_intervals(217003, 10, lo=28, hi=31),
         start="2036-09-29T10:45:00Z", service="kasanka-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/kasanka-shakarlama-quote-memo', 'Memoise kasanka quotes per shakarlama and customer'),
         note='10 deploys 28-31 min apart from 10:45, culprit #6 at 13:46:30 (5 leaking intervals, 28-31 min, to 16:12; its own 29 min); ~5 %/h of 300 MiB at peak (14 lines x 122, +0.28 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="HJ04-b-frequent-deploys-culprit-2-of-9-300", seed=217004, kind="b", culprit=2,
         intervals=gen_intervals(217004, 9, lo=28, hi=31),
         start="2036-09-30T12:10:00Z", service="liuwa-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/liuwa-janjukha-quote-memo', 'Memoise liuwa quotes per janjukha and customer'),
         note='9 deploys 28-31 min apart from 12:10, culprit #2 at 13:09:30 (8 leaking intervals, 28-31 min, to 17:08; its own 31 min); ~5 %/h of 300 MiB at peak (17 lines x 100, -0.19 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HJ05-b-frequent-deploys-culprit-7-of-10-300", seed=217005, kind="b", culprit=7,
         intervals=gen_intervals(217005, 10, lo=28, hi=31),
         start="2036-10-01T10:45:00Z", service="nyika-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=114, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/nyika-kaklucha-quote-memo', 'Memoise nyika quotes per kaklucha and customer'),
         note='10 deploys 28-31 min apart from 10:45, culprit #7 at 14:05:30 (4 leaking intervals, 28-31 min, to 16:02; its own 28 min); ~5 %/h of 300 MiB at peak (15 lines x 114, +0.39 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HJ06-b-frequent-deploys-culprit-5-of-9-320", seed=217006, kind="b", culprit=5,
         intervals=gen_intervals(217006, 9, lo=28, hi=31),
         start="2036-10-02T11:05:00Z", service="lukusuzi-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/lukusuzi-pakhlava-quote-memo', 'Memoise lukusuzi quotes per pakhlava and customer'),
         note='9 deploys 28-31 min apart from 11:05, culprit #5 at 13:33:30 (5 leaking intervals, 28-31 min, to 16:03; its own 30 min); ~5 %/h of 320 MiB at peak (17 lines x 107, +0.12 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="HJ07-b-frequent-deploys-culprit-3-of-9-320", seed=217007, kind="b", culprit=3,
         intervals=gen_intervals(217007, 9, lo=28, hi=31),
         start="2036-10-03T11:40:00Z", service="majete-quotes",
         profile="quote", params={'detail': 16, 'skus': 400}, peak_rps=114, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/majete-tatara-quote-memo', 'Memoise majete quotes per tatara and customer'),
         note='9 deploys 28-31 min apart from 11:40, culprit #3 at 13:04:30 (7 leaking intervals, 28-31 min, to 16:31; its own 29 min); ~5 %/h of 320 MiB at peak (16 lines x 114, +0.39 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HJ08-d-frequent-deploys-culprit-3-of-9-300", seed=217008, kind="d", culprit=3,
         intervals=gen_intervals(217008, 9, lo=28, hi=31),
         start="2036-10-04T11:45:00Z", service="isangano-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=118, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/isangano-shekerbura-timers', 'Confirm isangano bookings from delayed shekerbura timers'),
         note='9 deploys 28-31 min apart from 11:45, culprit #3 at 13:13:30 (7 leaking intervals, 28-31 min, to 16:39; its own 31 min); ~5 %/h of 300 MiB at peak (4 KB x 118, -0.11 %)'),
    dict(name="HJ09-c-frequent-deploys-culprit-7-of-10-320", seed=217009, kind="c", culprit=7,
         intervals=gen_intervals(217009, 10, lo=28, hi=31),
         start="2036-10-05T10:35:00Z", service="lengwe-bookings",
         profile="orders", params={'payload_kb': 6}, peak_rps=97, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/lengwe-mutaki-listeners', 'Tell open lengwe bookings when a mutaki slot frees'),
         note='10 deploys 28-31 min apart from 10:35, culprit #7 at 13:58:30 (4 leaking intervals, 28-31 min, to 16:00; its own 28 min); ~5 %/h of 320 MiB at peak (6 KB x 97, -0.36 %); epoch, ascending'),
    dict(name="HJ10-a-frequent-deploys-culprit-5-of-10-320", seed=217010, kind="a", culprit=5,
         intervals=gen_intervals(217010, 10, lo=28, hi=31),
         start="2036-10-06T11:05:00Z", service="sumbu-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=71, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/sumbu-nabat-history', 'Keep sumbu orders for the nabat history'),
         note='10 deploys 28-31 min apart from 11:05, culprit #5 at 13:36:30 (6 leaking intervals, 28-30 min, to 16:31; its own 30 min); ~5 %/h of 320 MiB at peak (2 KB x 71, -0.03 %); epoch'),
    dict(name="HJ11-e-lru-small-hours-1029-300", seed=217011, kind="e",
         intervals=gen_intervals(217011, 8, lo=28, hi=31),
         start="2036-10-07T02:57:00Z", service="lochinvar-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1029"},
         note='bounded LRU (1029 entries) refilling after each of 8 deploys 28-31 min apart from 02:57, over the small hours to 07:24; must not alarm'),
    dict(name="HJ12-e-lru-dawn-rise-1178-320", seed=217012, kind="e",
         intervals=gen_intervals(217012, 8, lo=28, hi=31),
         start="2036-10-08T05:57:00Z", service="bangweulu-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         env={"LRU_MAX": "1178"},
         note='bounded LRU (1178 entries) refilling after each of 8 deploys 28-31 min apart from 05:57, over the dawn rise to 10:23; must not alarm; ascending'),
    dict(name="HJ13-e-lru-noon-1333-300", seed=217013, kind="e",
         intervals=gen_intervals(217013, 8, lo=28, hi=31),
         start="2036-10-09T11:27:00Z", service="kalungwishi-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1333"},
         note='bounded LRU (1333 entries) refilling after each of 8 deploys 28-31 min apart from 11:27, over noon to 15:55; must not alarm'),
    dict(name="HJ14-step-frequent-quote-8-of-12-300", seed=217014, kind="step", culprit=8,
         intervals=gen_intervals(217014, 12, lo=28, hi=31),
         start="2036-10-10T09:05:00Z", service="mweru-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/mweru-feshmek-table-at-boot', 'Load the mweru feshmek table at boot'),
         note='level shift at #8 of 12 (13:05:30), quote route (20 lines x 95, 400 SKUs); 12 deploys 28-31 min apart from 09:05 (own 31 min, then 30, 30, 30, 28 min after the step, to 15:35); 5 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="HJ15-f-load-evening-fall-1715-frequent-320", seed=217015, kind="f", workers=72,
         intervals=gen_intervals(217015, 8, lo=28, hi=31),
         start="2036-10-11T17:15:00Z", service="lusenga-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load down the evening fall from 17:15 to 21:45, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="HJ16-none-frequent-quote-24-deploys-300", seed=217016, kind="none",
         intervals=gen_intervals(217016, 24, lo=16, hi=18),
         start="2036-10-12T11:03:00Z", service="kasempa-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 11:03 to 18:07; 24 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RHI + HJ_SCENARIOS
