"""memblame's tracelab scenarios, batch 174: FS01..FS16 (real memory traces with labels).

(Named FS: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-173 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FR.  No case folder, scenario name or split entry starts with
"FS".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 174"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios174.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios174.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw174 FS01-... FS16-...

The mix of batch 170 (its template; batch 167 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(d, c, a), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 21 deploys).  A blind batch: all
16 cases are split "validation" (split174.json, regime tags as
split170.json).

Rotation: the b culprits at #4, #8, #5, #7, #6, #2 and #3 (FS01-FS07: the
multiset {2, 3, 4, 5, 6, 7, 8}; batch 170: #2, #7, #7, #5, #3, #6, #4;
167: #6, #3, #4, #8, #5, #8, #2; 164: #8, #2, #3, #6, #4, #7, #5; 161: #7,
#5, #2, #3, #8, #4, #7; no b at the position its number had in 161, 164,
167 or 170), serving 13:07-14:32; the other kinds in the order d, c, a
(170: c, a, d; 167: a, c, d; 164: c, d, a; 161: d, a, c) on the orders
route as in 170: d #5 of 10, c #3 of 9, a #4 of 10 (none the position its
kind had in 167 or 170); the LRUs over the small hours, the dawn rise and
noon (as batch 164; 170: morning, afternoon, late afternoon; 167: evening
fall, late evening, night), sizes 1112, 1243 and 1377 (no LRU scenario had
them) and starts 01:50, 05:15 and 10:43 (no LRU scenario started at
them); the step on the quote route (170: orders) at #10 of 13 (167: quote
#8 of 13; 170: orders #9 of 12; no quote step had #10 of 13), 4 intervals
from the step on; kind f down the evening fall from 17:25 (164: 17:10; no
f started at 17:25); the flat service on the quote route (170's was
orders) with 21 deploys 16-18 min apart from 13:22 (no flat case started
at 13:22).

Loads: batch 173's units for the next batch (its main figures, frequent
a 0.0405, b 0.00354, c 0.0184, d 0.0184; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  Every b load within 1.6 % of the aim at 100-125 req/s and 13-19
lines is an earlier scenario's at its limit, so the seven b loads are the
seven closest free ones, widened in 0.1 % steps to 2.4 %: FS01 14 x 124
at 320 (-1.67 %), FS04 17 x 102 at 320 (-1.79 %), FS02 13 x 125 at 300
(-1.82 %), FS03 14 x 116 at 300 (-1.88 %), FS05 15 x 108 at 300
(-2.13 %), FS06 16 x 108 at 320 (-2.13 %), FS07 16 x 101 at 300
(-2.37 %).  The frequent d 3 KB x 106 at 300 (-0.14 %; every d load
within 1.6 % at 320 is an earlier one's), c 4 KB x 85 at 320 (+0.10 %).
The frequent a cannot reach the aim at 2-3 KB and 90-130 req/s (the
lowest load, 2 KB x 90, is 5.83 %/h at 320 and 6.22 %/h at 300): a 2 KB x
90 at 320 (+16.6 %, the closest the ranges allow).  No load is one an
earlier scenario had at the same limit.  Healthy loads are earlier
batches'.

PR and pipeline numbers: this file runs scenarios173.py (11..2876) and
lists FS last (2877..2892).  Seeds 174001..174016.  Dates 2034-09-19
(FS01) to 2034-10-04 (FS16).  Limits BAABABAABBABBABA (A 300, B 320 MiB;
no earlier batch of 16 had it or its flip).  Cases of 300 samples or more
use epoch-second timestamps ("wire"); ISO 8601 for FS05, FS06, FS09, FS11,
FS12, FS13 and FS15; TimestampAscending for FS01, FS03, FS06, FS08, FS09,
FS12, FS14 and FS16 (no earlier batch had this set).  The notes' "epoch"
and "ascending" tags are written from these fields; the "~5 %/h" in the
notes are aims, not measurements.  Heap 160 MB everywhere.  Service names:
towns of Brittany; PR words: Breton foods.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios173.py"))["SCENARIOS"]   # 11..2876

FS_SCENARIOS = [
    dict(name="FS01-b-frequent-deploys-culprit-4-of-9-320", seed=174001, kind="b", culprit=4,
         intervals=gen_intervals(174001, 9, lo=28, hi=31),
         start="2034-09-19T11:10:00Z", service="fougeres-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/fougeres-craquelin-quote-memo', 'Memoise fougeres quotes per craquelin and customer'),
         note='9 deploys 28-31 min apart from 11:10, culprit #4 at 13:11 (6 leaking intervals, 28-31 min, to 16:10; its own 31 min); ~5 %/h of 320 MiB at peak (14 lines x 124, -1.67 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FS02-b-frequent-deploys-culprit-8-of-10-300", seed=174002, kind="b", culprit=8,
         intervals=gen_intervals(174002, 10, lo=28, hi=31),
         start="2034-09-20T10:05:00Z", service="vitre-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=125, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/vitre-lambig-quote-memo', 'Memoise vitre quotes per lambig and customer'),
         note='10 deploys 28-31 min apart from 10:05, culprit #8 at 14:02 (3 leaking intervals, 29-30 min, to 15:31; its own 29 min); ~5 %/h of 300 MiB at peak (13 lines x 125, -1.82 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FS03-b-frequent-deploys-culprit-5-of-10-300", seed=174003, kind="b", culprit=5,
         intervals=gen_intervals(174003, 10, lo=28, hi=31),
         start="2034-09-21T11:20:00Z", service="redon-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/redon-cotriade-quote-memo', 'Memoise redon quotes per cotriade and customer'),
         note='10 deploys 28-31 min apart from 11:20, culprit #5 at 13:53 (6 leaking intervals, 28-31 min, to 16:49; its own 28 min); ~5 %/h of 300 MiB at peak (14 lines x 116, -1.88 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FS04-b-frequent-deploys-culprit-7-of-10-320", seed=174004, kind="b", culprit=7,
         intervals=gen_intervals(174004, 10, lo=28, hi=31),
         start="2034-09-22T10:15:00Z", service="carhaix-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/carhaix-bigorneau-quote-memo', 'Memoise carhaix quotes per bigorneau and customer'),
         note='10 deploys 28-31 min apart from 10:15, culprit #7 at 13:40 (4 leaking intervals, 29-31 min, to 15:42; its own 29 min); ~5 %/h of 320 MiB at peak (17 lines x 102, -1.79 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FS05-b-frequent-deploys-culprit-6-of-9-300", seed=174005, kind="b", culprit=6,
         intervals=gen_intervals(174005, 9, lo=28, hi=31),
         start="2034-09-23T11:35:00Z", service="auray-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/auray-gavottes-quote-memo', 'Memoise auray quotes per gavottes and customer'),
         note='9 deploys 28-31 min apart from 11:35, culprit #6 at 14:32 (4 leaking intervals, 29-31 min, to 16:32; its own 31 min); ~5 %/h of 300 MiB at peak (15 lines x 108, -2.13 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FS06-b-frequent-deploys-culprit-2-of-9-320", seed=174006, kind="b", culprit=2,
         intervals=gen_intervals(174006, 9, lo=28, hi=31),
         start="2034-09-24T12:05:00Z", service="ploermel-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/ploermel-palets-quote-memo', 'Memoise ploermel quotes per palets and customer'),
         note='9 deploys 28-31 min apart from 12:05, culprit #2 at 13:07 (8 leaking intervals, 28-31 min, to 17:02; its own 31 min); ~5 %/h of 320 MiB at peak (16 lines x 108, -2.13 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FS07-b-frequent-deploys-culprit-3-of-10-300", seed=174007, kind="b", culprit=3,
         intervals=gen_intervals(174007, 10, lo=28, hi=31),
         start="2034-09-25T12:40:00Z", service="josselin-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/josselin-andouille-quote-memo', 'Memoise josselin quotes per andouille and customer'),
         note='10 deploys 28-31 min apart from 12:40, culprit #3 at 14:07 (8 leaking intervals, 28-31 min, to 18:01; its own 29 min); ~5 %/h of 300 MiB at peak (16 lines x 101, -2.37 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FS08-d-frequent-deploys-culprit-5-of-10-300", seed=174008, kind="d", culprit=5,
         intervals=gen_intervals(174008, 10, lo=28, hi=31),
         start="2034-09-26T11:20:00Z", service="quintin-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=106, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/quintin-cidre-timers', 'Confirm quintin bookings from delayed cidre timers'),
         note='10 deploys 28-31 min apart from 11:20, culprit #5 at 13:48 (6 leaking intervals, 28-31 min, to 16:46; its own 30 min); ~5 %/h of 300 MiB at peak (3 KB x 106, -0.14 %); epoch, ascending'),
    dict(name="FS09-c-frequent-deploys-culprit-3-of-9-320", seed=174009, kind="c", culprit=3,
         intervals=gen_intervals(174009, 9, lo=28, hi=31),
         start="2034-09-27T12:05:00Z", service="rostrenen-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=85, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/rostrenen-kig-ha-farz-listeners', 'Tell open rostrenen bookings when a kig-ha-farz slot frees'),
         note='9 deploys 28-31 min apart from 12:05, culprit #3 at 13:36 (7 leaking intervals, 28-31 min, to 17:01; its own 30 min); ~5 %/h of 320 MiB at peak (4 KB x 85, +0.10 %); ascending'),
    dict(name="FS10-a-frequent-deploys-culprit-4-of-10-320", seed=174010, kind="a", culprit=4,
         intervals=gen_intervals(174010, 10, lo=28, hi=31),
         start="2034-09-28T11:25:00Z", service="malestroit-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/malestroit-far-breton-history', 'Keep malestroit orders for the far-breton history'),
         note='10 deploys 28-31 min apart from 11:25, culprit #4 at 13:25 (7 leaking intervals, 28-31 min, to 16:52; its own 29 min); ~5.8 %/h of 320 MiB at peak (2 KB x 90, +16.6 %: the lowest a load the ranges allow); epoch'),
    dict(name="FS11-e-lru-small-hours-1112-300", seed=174011, kind="e",
         intervals=gen_intervals(174011, 8, lo=28, hi=31),
         start="2034-09-29T01:50:00Z", service="combourg-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1112"},
         note='bounded LRU (1112 entries) refilling after each of 8 deploys 28-31 min apart from 01:50, through the small hours to 06:14; must not alarm'),
    dict(name="FS12-e-lru-dawn-rise-1243-320", seed=174012, kind="e",
         intervals=gen_intervals(174012, 7, lo=28, hi=31),
         start="2034-09-30T05:15:00Z", service="hennebont-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1243"}, scan_by="TimestampAscending",
         note='bounded LRU (1243 entries) refilling after each of 7 deploys 28-31 min apart from 05:15, through the dawn rise to 09:14; must not alarm; ascending'),
    dict(name="FS13-e-lru-noon-1377-320", seed=174013, kind="e",
         intervals=gen_intervals(174013, 8, lo=28, hi=31),
         start="2034-10-01T10:43:00Z", service="plouha-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1377"},
         note='bounded LRU (1377 entries) refilling after each of 8 deploys 28-31 min apart from 10:43, through the noon to 15:09; must not alarm'),
    dict(name="FS14-step-frequent-quote-10-of-13-300", seed=174014, kind="step", culprit=10,
         intervals=gen_intervals(174014, 13, lo=28, hi=31),
         start="2034-10-02T08:40:00Z", service="binic-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/binic-patatez-table-at-boot', 'Load the binic patatez table at boot'),
         note='level shift at #10 of 13 (13:31), quote route (20 lines at 95 req/s); 13 deploys 28-31 min apart from 08:40 (own 30 min, then 29, 30, 28 min after the step, to 15:28); no trend after; must not alarm; epoch, ascending'),
    dict(name="FS15-f-load-evening-fall-1725-frequent-320", seed=174015, kind="f", workers=72,
         intervals=gen_intervals(174015, 8, lo=28, hi=31),
         start="2034-10-03T17:25:00Z", service="lamballe-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load down the evening fall from 17:25 to 21:52, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="FS16-none-frequent-quote-21-deploys-300", seed=174016, kind="none",
         intervals=gen_intervals(174016, 21, lo=16, hi=18),
         start="2034-10-04T13:22:00Z", service="loudeac-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s), from 13:22 to 19:38; 21 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FS_SCENARIOS
