"""memblame's tracelab scenarios, batch 223: HP01..HP16 (real memory traces with labels).

(Named HP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-222 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HO.  No case folder, scenario name or split
entry starts with "HP".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 223"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios223.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios223.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw223 HP01-... HP16-...

The mix of batch 220 (its template; batch 217 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(d, a, c), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 23 deploys).  A blind batch: all
16 cases are split "validation" (split223.json, regime tags as
split220.json).

Rotation: the b culprits at #8, #5, #2, #7, #3, #4 and #7 (HP01-HP07: the
multiset {2, 3, 4, 5, 7, 7, 8}; batch 220: #6, #3, #8, #5, #4, #7, #6 =
{3, 4, 5, 6, 6, 7, 8}; 217: #4, #8, #6, #2, #7, #5, #3 = {2, 3, 4, 5, 6,
7, 8}; read from scenarios220.py and scenarios217.py; no b at the position
its number had in 217 or 220), culprits serving from 13:06:30 to 14:20:30
with 3-8 leaking intervals each; the other kinds in the order d, a, c
(201's, the order used longest ago that neither 220 (a, d, c) nor 217 (d,
c, a) used; 214: c, a, d; 209: a, c, d; 206: c, d, a; 198: a, d, c;
checked in their scenario files) on the orders route as in 220: d #2 of 9,
a #6 of 10, c #8 of 10 (none the position its kind had in 214, 217 or
220); the LRUs over the morning, the afternoon and the late afternoon (as
batch 214; 220: evening fall, late evening, night; 217: small hours, dawn
rise, noon), sizes 1011, 1167 and 1389 (no LRU scenario had them) and
starts 08:53, 13:47 and 16:42 (no LRU scenario started at them); the step
on the quote route (220: orders) at #7 of 12 (220: orders #6 of 11; 217:
quote #8 of 12), 6 intervals from the step on; kind f over the morning
rise from 07:22 (no f case started at 07:22; earlier morning-rise f cases
started 04:30-10:50, e.g. 214's 07:44 and 201's 07:38, by grep); the flat service
on the quote route (220's was orders) with 23 deploys 16-18 min apart from
12:33 (no flat case started at 12:33).

Loads: batch 221's units for the next batch (its main figures, frequent:
a 0.0397, b 0.00404, c 0.0158, d 0.0104; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: only four loads lie within
0.4 % (13 x 112 and 14 x 104 at 300; 13 x 119 and 15 x 103 at 320), six
within 0.5 % (+ 14 x 110 and 14 x 111 at 320), so the tolerance was
widened in 0.1 % steps to 0.6 % (+ 13 x 111 and 14 x 103 at 300) and the
seven nearest used: HP01 14 x 104 at 300 (+0.39 %), HP02 13 x 111 at 300
(-0.51 %), HP03 15 x 103 at 320 (-0.13 %), HP04 14 x 110 at 320 (-0.45 %),
HP05 13 x 112 at 300 (+0.39 %), HP06 13 x 119 at 320 (-0.00 %), HP07 14 x
111 at 320 (+0.45 %); none used before at its limit.  The frequent a: no
load of 2-3 KB and 90-130 req/s within 1 % (2 KB needs 74 at 300, 79 at
320), so the rate range was widened down to 74: HP09 2 KB x 74 at 300
(+0.28 %; the one load within 0.4 % at 300, used before only by
development batch 171).  The frequent d 4 KB x 141 at 300 (+0.11 %) and
the frequent c 4 KB x 99 at 320 (+0.11 %), in range and new at their
limits.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios222.py (11..3660) and
lists HP last (3661..3676).  Seeds 223001..223016.  Dates 2037-01-01 (HP01)
to 2037-01-16 (HP16), one day per case (no scenario had them, by grep).
Limits AABBABBAABABBAAB (A 300, B 320 MiB; no earlier batch had it, its
flip, its reverse or its first eight).  Cases of 300 samples or more use
epoch-second timestamps ("wire"); ISO 8601 for HP03, HP05, HP06, HP08,
HP11, HP12, HP13 and HP15; TimestampAscending for HP02, HP03, HP06, HP09,
HP10, HP12, HP13 and HP15 (no earlier batch had this set).  The notes'
"epoch" and "ascending" tags are written from these fields; the "~5 %/h"
in the notes are aims, not measurements.  Heap 160 MB everywhere.  Names:
Welsh hills for the services and Finnish pastries for the PR words (none
in any scenarios*.py, split*.json or the README before, by grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RHO = runpy.run_path(os.path.join(_HERE, "scenarios222.py"))["SCENARIOS"]   # 11..3660

HP_SCENARIOS = [
    dict(name="HP01-b-frequent-deploys-culprit-8-of-10-300", seed=223001, kind="b", culprit=8,
         intervals=gen_intervals(223001, 10, lo=28, hi=31),
         start="2037-01-01T09:45:00Z", service="olewen-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=104, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/olewen-mokkapala-quote-memo', 'Memoise olewen quotes per mokkapala and customer'),
         note='10 deploys 28-31 min apart from 09:45, culprit #8 at 13:40:30 (3 leaking intervals, 28-29 min, to 15:07; its own 28 min); ~5 %/h of 300 MiB at peak (14 lines x 104, +0.39 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HP02-b-frequent-deploys-culprit-5-of-10-300", seed=223002, kind="b", culprit=5,
         intervals=gen_intervals(223002, 10, lo=28, hi=31),
         start="2037-01-02T10:50:00Z", service="cribyn-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=111, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/cribyn-kropsu-quote-memo', 'Memoise cribyn quotes per kropsu and customer'),
         note='10 deploys 28-31 min apart from 10:50, culprit #5 at 13:16:30 (6 leaking intervals, 28-31 min, to 16:15; its own 31 min); ~5 %/h of 300 MiB at peak (13 lines x 111, -0.51 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="HP03-b-frequent-deploys-culprit-2-of-9-320", seed=223003, kind="b", culprit=2,
         intervals=gen_intervals(223003, 9, lo=28, hi=31),
         start="2037-01-03T13:05:00Z", service="garnedd-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=103, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/garnedd-pannukakku-quote-memo', 'Memoise garnedd quotes per pannukakku and customer'),
         note='9 deploys 28-31 min apart from 13:05, culprit #2 at 14:04:30 (8 leaking intervals, 28-31 min, to 18:03; its own 31 min); ~5 %/h of 320 MiB at peak (15 lines x 103, -0.13 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HP04-b-frequent-deploys-culprit-7-of-10-320", seed=223004, kind="b", culprit=7,
         intervals=gen_intervals(223004, 10, lo=28, hi=31),
         start="2037-01-04T10:00:00Z", service="waunfach-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=110, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/waunfach-omenapiirakka-quote-memo', 'Memoise waunfach quotes per omenapiirakka and customer'),
         note='10 deploys 28-31 min apart from 10:00, culprit #7 at 13:24:30 (4 leaking intervals, 28-31 min, to 15:23; its own 30 min); ~5 %/h of 320 MiB at peak (14 lines x 110, -0.45 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HP05-b-frequent-deploys-culprit-3-of-9-300", seed=223005, kind="b", culprit=3,
         intervals=gen_intervals(223005, 9, lo=28, hi=31),
         start="2037-01-05T12:50:00Z", service="foelgoch-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/foelgoch-runebergintorttu-quote-memo', 'Memoise foelgoch quotes per runebergintorttu and customer'),
         note='9 deploys 28-31 min apart from 12:50, culprit #3 at 14:20:30 (7 leaking intervals, 28-31 min, to 17:48; its own 30 min); ~5 %/h of 300 MiB at peak (13 lines x 112, +0.39 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="HP06-b-frequent-deploys-culprit-4-of-9-320", seed=223006, kind="b", culprit=4,
         intervals=gen_intervals(223006, 9, lo=28, hi=31),
         start="2037-01-06T11:55:00Z", service="yrelen-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=119, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/yrelen-joulutorttu-quote-memo', 'Memoise yrelen quotes per joulutorttu and customer'),
         note='9 deploys 28-31 min apart from 11:55, culprit #4 at 13:54:30 (6 leaking intervals, 28-31 min, to 16:49; its own 28 min); ~5 %/h of 320 MiB at peak (13 lines x 119, -0.00 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HP07-b-frequent-deploys-culprit-7-of-10-320", seed=223007, kind="b", culprit=7,
         intervals=gen_intervals(223007, 10, lo=28, hi=31),
         start="2037-01-07T09:40:00Z", service="drumddu-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=111, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/drumddu-mustikkapiirakka-quote-memo', 'Memoise drumddu quotes per mustikkapiirakka and customer'),
         note='10 deploys 28-31 min apart from 09:40, culprit #7 at 13:06:30 (4 leaking intervals, 28-31 min, to 15:04; its own 28 min); ~5 %/h of 320 MiB at peak (14 lines x 111, +0.45 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HP08-d-frequent-deploys-culprit-2-of-9-300", seed=223008, kind="d", culprit=2,
         intervals=gen_intervals(223008, 9, lo=28, hi=31),
         start="2037-01-08T13:15:00Z", service="ysgafell-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=141, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/ysgafell-kampanisu-timers', 'Confirm ysgafell bookings from delayed kampanisu timers'),
         note='9 deploys 28-31 min apart from 13:15, culprit #2 at 14:11:30 (8 leaking intervals, 28-31 min, to 18:06; its own 28 min); ~5 %/h of 300 MiB at peak (4 KB x 141, +0.11 %)'),
    dict(name="HP09-a-frequent-deploys-culprit-6-of-10-300", seed=223009, kind="a", culprit=6,
         intervals=gen_intervals(223009, 10, lo=28, hi=31),
         start="2037-01-09T10:30:00Z", service="moelfamau-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=74, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/moelfamau-munkki-history', 'Keep moelfamau orders for the munkki history'),
         note='10 deploys 28-31 min apart from 10:30, culprit #6 at 13:30:30 (5 leaking intervals, 28-31 min, to 15:56; its own 31 min); ~5 %/h of 300 MiB at peak (2 KB x 74, +0.28 %); epoch, ascending'),
    dict(name="HP10-c-frequent-deploys-culprit-8-of-10-320", seed=223010, kind="c", culprit=8,
         intervals=gen_intervals(223010, 10, lo=28, hi=31),
         start="2037-01-10T09:50:00Z", service="corndu-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=99, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/corndu-rahkapiirakka-listeners', 'Tell open corndu bookings when a rahkapiirakka slot frees'),
         note='10 deploys 28-31 min apart from 09:50, culprit #8 at 13:42:30 (3 leaking intervals, 29-31 min, to 15:13; its own 30 min); ~5 %/h of 320 MiB at peak (4 KB x 99, +0.11 %); epoch, ascending'),
    dict(name="HP11-e-lru-morning-1011-300", seed=223011, kind="e",
         intervals=gen_intervals(223011, 8, lo=28, hi=31),
         start="2037-01-11T08:53:00Z", service="fanhir-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1011"},
         note='bounded LRU (1011 entries) refilling after each of 8 deploys 28-31 min apart from 08:53, over the morning to 13:25; must not alarm'),
    dict(name="HP12-e-lru-afternoon-1167-320", seed=223012, kind="e",
         intervals=gen_intervals(223012, 8, lo=28, hi=31),
         start="2037-01-12T13:47:00Z", service="blorenge-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         env={"LRU_MAX": "1167"},
         note='bounded LRU (1167 entries) refilling after each of 8 deploys 28-31 min apart from 13:47, over the afternoon to 18:13; must not alarm; ascending'),
    dict(name="HP13-e-lru-late-afternoon-1389-320", seed=223013, kind="e",
         intervals=gen_intervals(223013, 8, lo=28, hi=31),
         start="2037-01-13T16:42:00Z", service="skirrid-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         env={"LRU_MAX": "1389"},
         note='bounded LRU (1389 entries) refilling after each of 8 deploys 28-31 min apart from 16:42, over the late afternoon to 21:07; must not alarm; ascending'),
    dict(name="HP14-step-frequent-quote-7-of-12-300", seed=223014, kind="step", culprit=7,
         intervals=gen_intervals(223014, 12, lo=28, hi=31),
         start="2037-01-14T09:20:00Z", service="rhobell-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/rhobell-tippaleipa-table-at-boot', 'Load the rhobell tippaleipa table at boot'),
         note='level shift at #7 of 12 (12:48:30), quote route (20 lines x 95, 400 SKUs); 12 deploys 28-31 min apart from 09:20 (own 31 min, then 30, 31, 31, 31, 28 min after the step, to 15:51); 6 intervals from the step on; no trend after; must not alarm; epoch'),
    dict(name="HP15-f-load-morning-rise-0722-frequent-300", seed=223015, kind="f", workers=72,
         intervals=gen_intervals(223015, 8, lo=28, hi=31),
         start="2037-01-15T07:22:00Z", service="moelhebog-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load over the morning rise from 07:22 to 11:47, across 8 deploys 28-31 min apart; must not alarm; ascending'),
    dict(name="HP16-none-frequent-quote-23-deploys-320", seed=223016, kind="none",
         intervals=gen_intervals(223016, 23, lo=16, hi=18),
         start="2037-01-16T12:33:00Z", service="llwytmor-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 12:33 to 19:22; 23 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RHO + HP_SCENARIOS
