"""memblame's tracelab scenarios, batch 220: HM01..HM16 (real memory traces with labels).

(Named HM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-219 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HL.  No case folder, scenario name or split
entry starts with "HM".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 220"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios220.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios220.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw220 HM01-... HM16-...

The mix of batch 217 (its template; batch 214 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(a, d, c), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 22 deploys).  A blind batch: all
16 cases are split "validation" (split220.json, regime tags as
split217.json).

Rotation: the b culprits at #6, #3, #8, #5, #4, #7 and #6 (HM01-HM07: the
multiset {3, 4, 5, 6, 6, 7, 8}; batch 217: #4, #8, #6, #2, #7, #5, #3 =
{2, 3, 4, 5, 6, 7, 8}; 214: #3, #7, #5, #6, #2, #8, #5 = {2, 3, 5, 5, 6,
7, 8}; no b at the position its number had in 214 or 217), culprits
serving from 13:10:30 to 14:22:30 with 3-7 leaking intervals each; the
other kinds in the order a, d, c (198's, the order used longest ago; 217:
d, c, a; 214: c, a, d; checked in scenarios198/214/217.py) on the orders
route as in 217: a #8 of 10, d #5 of 9, c #2 of 9 (none the position its
kind had in 198, 201, 206, 209, 214 or 217); the LRUs over the evening
fall, the late evening and the night (as batch 209; 217: small hours, dawn
rise, noon; 214: morning, afternoon, late afternoon), sizes 1003, 1113 and
1263 (no LRU scenario had them) and starts 17:53, 21:17 and 23:32 (no LRU
scenario started at them); the step on the orders route (217: quote) at
#6 of 11 (214: orders #7 of 11; 217: quote #8 of 12), 6 intervals from the
step on; kind f over the afternoon peak from 13:48 (no f case started at
13:48; earlier afternoon-peak f cases started 13:00-14:40, e.g. 209's at
13:15); the flat service on the orders route (217's was quote) with 22
deploys 16-18 min apart from 13:43 (no flat case started at 13:43).

Loads: batch 219's units for the next batch (its main figures, frequent:
a 0.0387, b 0.00388, c 0.0189, d 0.0192; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: exactly seven loads lie within
0.4 % (13 x 116, 14 x 108 and 15 x 101 at 300; 13 x 124, 14 x 115, 16 x
101 and 15 x 107 at 320), all seven used: HM01 16 x 101 at 320 (+0.32 %),
HM02 14 x 115 at 320 (-0.05 %), HM03 13 x 116 at 300 (-0.14 %), HM04 13 x
124 at 320 (+0.07 %), HM05 15 x 107 at 320 (-0.36 %), HM06 14 x 108 at 300
(+0.12 %), HM07 15 x 101 at 300 (+0.32 %); only HM05's load had been used
before at the same limit (unavoidable: the seventh load within 0.4 %).
The frequent a: no load of 2-3 KB and 90-130 req/s within 1 % (2 KB needs
76-81 req/s), so the rate range was widened down to 81: HM08 2 KB x 81 at
320 (+0.31 %).  The frequent c 3 KB x 103 at 300 (-0.33 %), in range.  The
frequent d 3 KB x 102 at 300 (+0.27 %), in range.  HM08-HM10 have loads
no earlier scenario had at their limits.  Healthy loads are earlier
batches'.

PR and pipeline numbers: this file runs scenarios219.py (11..3612) and
lists HM last (3613..3628).  Seeds 220001..220016.  Dates 2036-11-14 (HM01)
to 2036-11-29 (HM16), one day per case (no scenario had them, by grep).
Limits BBABBAABAABAABBA (A 300, B 320 MiB; no earlier batch had it, its
flip, its reverse or its first eight).  Cases of 300 samples or more use
epoch-second timestamps ("wire"); ISO 8601 for HM01, HM02, HM05, HM07,
HM09, HM10, HM11, HM12, HM13 and HM15; TimestampAscending for HM01, HM02,
HM04, HM06, HM09, HM13, HM14 and HM16 (no earlier batch had this set).
The notes' "epoch" and "ascending" tags are written from these fields; the
"~5 %/h" in the notes are aims, not measurements.  Heap 160 MB everywhere.
Names: Sardinian villages for the services and Icelandic sweets for the PR
words (none in any scenarios*.py, split*.json or the README before, by
grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RHL = runpy.run_path(os.path.join(_HERE, "scenarios219.py"))["SCENARIOS"]   # 11..3612

HM_SCENARIOS = [
    dict(name="HM01-b-frequent-deploys-culprit-6-of-9-320", seed=220001, kind="b", culprit=6,
         intervals=gen_intervals(220001, 9, lo=28, hi=31),
         start="2036-11-14T10:25:00Z", service="ottana-quotes",
         profile="quote", params={'detail': 16, 'skus': 400}, peak_rps=101, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/ottana-ponnukaka-quote-memo', 'Memoise ottana quotes per ponnukaka and customer'),
         note='9 deploys 28-31 min apart from 10:25, culprit #6 at 13:20:30 (4 leaking intervals, 29-31 min, to 15:22; its own 30 min); ~5 %/h of 320 MiB at peak (16 lines x 101, +0.32 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HM02-b-frequent-deploys-culprit-3-of-9-320", seed=220002, kind="b", culprit=3,
         intervals=gen_intervals(220002, 9, lo=28, hi=31),
         start="2036-11-15T12:40:00Z", service="nurallao-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=115, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/nurallao-snudur-quote-memo', 'Memoise nurallao quotes per snudur and customer'),
         note='9 deploys 28-31 min apart from 12:40, culprit #3 at 14:08:30 (7 leaking intervals, 28-31 min, to 17:36; its own 28 min); ~5 %/h of 320 MiB at peak (14 lines x 115, -0.05 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HM03-b-frequent-deploys-culprit-8-of-10-300", seed=220003, kind="b", culprit=8,
         intervals=gen_intervals(220003, 10, lo=28, hi=31),
         start="2036-11-16T09:35:00Z", service="orroli-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=116, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/orroli-hjonaband-quote-memo', 'Memoise orroli quotes per hjonaband and customer'),
         note='10 deploys 28-31 min apart from 09:35, culprit #8 at 13:33:30 (3 leaking intervals, 28-31 min, to 15:02; its own 29 min); ~5 %/h of 300 MiB at peak (13 lines x 116, -0.14 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HM04-b-frequent-deploys-culprit-5-of-10-320", seed=220004, kind="b", culprit=5,
         intervals=gen_intervals(220004, 10, lo=28, hi=31),
         start="2036-11-17T11:55:00Z", service="escalaplano-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/escalaplano-lakkris-quote-memo', 'Memoise escalaplano quotes per lakkris and customer'),
         note='10 deploys 28-31 min apart from 11:55, culprit #5 at 14:22:30 (6 leaking intervals, 29-31 min, to 17:26; its own 30 min); ~5 %/h of 320 MiB at peak (13 lines x 124, +0.07 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="HM05-b-frequent-deploys-culprit-4-of-9-320", seed=220005, kind="b", culprit=4,
         intervals=gen_intervals(220005, 9, lo=28, hi=31),
         start="2036-11-18T11:15:00Z", service="seui-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/seui-thristur-quote-memo', 'Memoise seui quotes per thristur and customer'),
         note='9 deploys 28-31 min apart from 11:15, culprit #4 at 13:10:30 (6 leaking intervals, 28-31 min, to 16:07; its own 30 min); ~5 %/h of 320 MiB at peak (15 lines x 107, -0.36 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="HM06-b-frequent-deploys-culprit-7-of-10-300", seed=220006, kind="b", culprit=7,
         intervals=gen_intervals(220006, 10, lo=28, hi=31),
         start="2036-11-19T10:35:00Z", service="ussassai-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=108, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/ussassai-kokosbolla-quote-memo', 'Memoise ussassai quotes per kokosbolla and customer'),
         note='10 deploys 28-31 min apart from 10:35, culprit #7 at 13:58:30 (4 leaking intervals, 28-30 min, to 15:54; its own 30 min); ~5 %/h of 300 MiB at peak (14 lines x 108, +0.12 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="HM07-b-frequent-deploys-culprit-6-of-9-300", seed=220007, kind="b", culprit=6,
         intervals=gen_intervals(220007, 9, lo=28, hi=31),
         start="2036-11-20T10:55:00Z", service="osini-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=101, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/osini-romkula-quote-memo', 'Memoise osini quotes per romkula and customer'),
         note='9 deploys 28-31 min apart from 10:55, culprit #6 at 13:51:30 (4 leaking intervals, 28-30 min, to 15:47; its own 30 min); ~5 %/h of 300 MiB at peak (15 lines x 101, +0.32 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="HM08-a-frequent-deploys-culprit-8-of-10-320", seed=220008, kind="a", culprit=8,
         intervals=gen_intervals(220008, 10, lo=28, hi=31),
         start="2036-11-21T09:35:00Z", service="gairo-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=81, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/gairo-piparkaka-history', 'Keep gairo orders for the piparkaka history'),
         note='10 deploys 28-31 min apart from 09:35, culprit #8 at 13:27:30 (3 leaking intervals, 28-30 min, to 14:55; its own 30 min); ~5 %/h of 320 MiB at peak (2 KB x 81, +0.31 %); epoch'),
    dict(name="HM09-d-frequent-deploys-culprit-5-of-9-300", seed=220009, kind="d", culprit=5,
         intervals=gen_intervals(220009, 9, lo=28, hi=31),
         start="2036-11-22T11:55:00Z", service="sadali-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=102, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/sadali-kanilsnuda-timers', 'Confirm sadali bookings from delayed kanilsnuda timers'),
         note='9 deploys 28-31 min apart from 11:55, culprit #5 at 14:16:30 (5 leaking intervals, 28-31 min, to 16:45; its own 30 min); ~5 %/h of 300 MiB at peak (3 KB x 102, +0.27 %); ascending'),
    dict(name="HM10-c-frequent-deploys-culprit-2-of-9-300", seed=220010, kind="c", culprit=2,
         intervals=gen_intervals(220010, 9, lo=28, hi=31),
         start="2036-11-23T12:40:00Z", service="esterzili-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=103, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/esterzili-astarpungar-listeners', 'Tell open esterzili bookings when a astarpungar slot frees'),
         note='9 deploys 28-31 min apart from 12:40, culprit #2 at 13:39:30 (8 leaking intervals, 28-31 min, to 17:34; its own 29 min); ~5 %/h of 300 MiB at peak (3 KB x 103, -0.33 %)'),
    dict(name="HM11-e-lru-evening-fall-1003-320", seed=220011, kind="e",
         intervals=gen_intervals(220011, 8, lo=28, hi=31),
         start="2036-11-24T17:53:00Z", service="escolca-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1003"},
         note='bounded LRU (1003 entries) refilling after each of 8 deploys 28-31 min apart from 17:53, over the evening fall to 22:15; must not alarm'),
    dict(name="HM12-e-lru-late-evening-1113-300", seed=220012, kind="e",
         intervals=gen_intervals(220012, 8, lo=28, hi=31),
         start="2036-11-25T21:17:00Z", service="gergei-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1113"},
         note='bounded LRU (1113 entries) refilling after each of 8 deploys 28-31 min apart from 21:17, over the late evening to 01:43; must not alarm'),
    dict(name="HM13-e-lru-night-1263-300", seed=220013, kind="e",
         intervals=gen_intervals(220013, 8, lo=28, hi=31),
         start="2036-11-26T23:32:00Z", service="nuragus-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         env={"LRU_MAX": "1263"},
         note='bounded LRU (1263 entries) refilling after each of 8 deploys 28-31 min apart from 23:32, over the night to 03:58; must not alarm; ascending'),
    dict(name="HM14-step-frequent-orders-6-of-11-320", seed=220014, kind="step", culprit=6,
         intervals=gen_intervals(220014, 11, lo=28, hi=31),
         start="2036-11-27T09:15:00Z", service="genoni-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/genoni-sukkuladi-table-at-boot', 'Load the genoni sukkuladi table at boot'),
         note='level shift at #6 of 11 (12:16:30), orders route (5 KB x 90); 11 deploys 28-31 min apart from 09:15 (own 31 min, then 28, 28, 29, 28, 28 min after the step, to 15:09); 6 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="HM15-f-load-afternoon-peak-1348-frequent-320", seed=220015, kind="f", workers=72,
         intervals=gen_intervals(220015, 8, lo=28, hi=31),
         start="2036-11-28T13:48:00Z", service="gesturi-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load over the afternoon peak from 13:48 to 18:13, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="HM16-none-frequent-orders-22-deploys-300", seed=220016, kind="none",
         intervals=gen_intervals(220016, 22, lo=16, hi=18),
         start="2036-11-29T13:43:00Z", service="tuili-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB x 90), from 13:43 to 20:08; 22 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RHL + HM_SCENARIOS
