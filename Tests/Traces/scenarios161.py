"""memblame's tracelab scenarios, batch 161: FF01..FF16 (real memory traces with labels).

(Named FF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-160 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA, FB, FC, FD and FE.  No case folder, scenario name or split
entry starts with "FF".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 161"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios161.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios161.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw161 FF01-... FF16-...

The mix of batch 158 (its template; batch 155 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 28-31 minutes, one frequent-deploy leak of each other kind for
contrast (d, a, c), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 23 deploys).  A blind
batch: all 16 cases are split "validation" (split161.json, regime tags as
split158.json).

Rotation: the b culprits at #7, #5, #2, #3, #8, #4 and #7 (FF01-FF07: the
multiset {2, 3, 4, 5, 7, 7, 8}; batch 158: #3, #8, #5, #4, #6, #2, #6;
155: #4, #6, #8, #2, #7, #5, #3; no b at the position its number had in
155 or 158, nor in 152), serving 13:03-14:49; the other kinds in the order
d, a, c (d #8 of 10, a #7 of 10, c #3 of 9; 158: a #4, d #5, c #6; 155:
c #5, a #6, d #7; 152: d #6, c #7, a #8; 148: a #5, c #4, d #2), on the
orders route as in 152 and 158; the LRUs in the morning, the afternoon and
the late afternoon (as batch 152; 158: evening fall, late evening, night;
155: small hours, dawn rise, noon), sizes 1195, 1430 and 1115 and starts
08:48, 14:27 and 16:52 (no LRU scenario had them); the step on the quote
route at #6 of 12 (158: orders #7 of 12; 155: quote #9 of 13; no quote
step had #6 of 12); kind f up the morning rise from 08:00 (152: 09:32; no
f started at 08:00); the flat service on the quote route (158's was
orders) with 23 deploys 16-18 min apart from 14:48 (no flat case started
at 14:48).

Loads: batch 160's units for the next batch (its main figures, frequent
a 0.0329, b 0.00331, c 0.0100, d 0.0183; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  At 100-125 req/s and 13-19 lines only six new b loads lie
within 0.4 % of the aim; the tolerance was widened in 0.1 % steps to 0.7 %
for the seventh (FF07 19 lines x 100 at 320, +0.62 %).  The frequent a
(2-3 KB, 90-130 req/s) is widened to 2.1 % (FF09 2 KB x 93 at 320,
-2.09 %: the only 2 KB load nearer the aim at 300 or 320 MiB, 2 x 95 at
320, was an earlier scenario's, and no 3 KB load lies within 90-130
req/s).  The frequent d 3 KB x 114 at 320 (+0.14 %), the frequent c 7 KB
x 84 at 300 (+0.35 %).  No load is one an earlier scenario had at the same
limit.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios160.py (11..2668) and
lists FF last (2669..2684).  Seeds 161001..161016, but FF04 161504 and
FF08 161508 (161004 and 161008 gave PR or pipeline numbers equal to
numbers of BZ09 and BZ11; the intervals keep gen_intervals(161004 and
161008, ...)).  Dates 2034-03-11
(FF01) to 2034-03-26 (FF16).  Limits BAABBABBBABAAABA (A 300, B 320 MiB;
no earlier batch of 16 had it or its first eight).  Cases of 300 samples
or more use epoch-second timestamps ("wire"); TimestampAscending for FF01,
FF03, FF05, FF07, FF08, FF09, FF10 and FF13 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Service names: Basque coastal towns; PR words: Basque dishes.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios160.py"))["SCENARIOS"]   # 11..2668

FF_SCENARIOS = [
    dict(name="FF01-b-frequent-deploys-culprit-7-of-10-320", seed=161001, kind="b", culprit=7,
         intervals=gen_intervals(161001, 10, lo=28, hi=31),
         start="2034-03-11T09:50:00Z", service="zumaia-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/zumaia-txangurro-quote-memo', 'Memoise zumaia quotes per txangurro and customer'),
         note='10 deploys 28-31 min apart from 09:50, culprit #7 at 13:22 (4 leaking intervals, 28-31 min, to 15:19; its own 29 min); ~5 %/h of 320 MiB at peak (16 lines x 118, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FF02-b-frequent-deploys-culprit-5-of-9-300", seed=161002, kind="b", culprit=5,
         intervals=gen_intervals(161002, 9, lo=28, hi=31),
         start="2034-03-12T12:00:00Z", service="getaria-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/getaria-marmitako-quote-memo', 'Memoise getaria quotes per marmitako and customer'),
         note='9 deploys 28-31 min apart from 12:00, culprit #5 at 14:31 (5 leaking intervals, 28-30 min, to 16:56; its own 30 min); ~5 %/h of 300 MiB at peak (15 lines x 118, -0.01 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FF03-b-frequent-deploys-culprit-2-of-9-300", seed=161003, kind="b", culprit=2,
         intervals=gen_intervals(161003, 9, lo=28, hi=31),
         start="2034-03-13T12:50:00Z", service="lekeitio-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/lekeitio-pintxo-quote-memo', 'Memoise lekeitio quotes per pintxo and customer'),
         note='9 deploys 28-31 min apart from 12:50, culprit #2 at 13:47 (8 leaking intervals, 28-31 min, to 17:42; its own 28 min); ~5 %/h of 300 MiB at peak (17 lines x 104, -0.12 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FF04-b-frequent-deploys-culprit-3-of-10-320", seed=161504, kind="b", culprit=3,
         intervals=gen_intervals(161004, 10, lo=28, hi=31),
         start="2034-03-14T13:20:00Z", service="ondarroa-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/ondarroa-txakoli-quote-memo', 'Memoise ondarroa quotes per txakoli and customer'),
         note='10 deploys 28-31 min apart from 13:20, culprit #3 at 14:49 (8 leaking intervals, 28-31 min, to 18:42; its own 30 min); ~5 %/h of 320 MiB at peak (17 lines x 111, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FF05-b-frequent-deploys-culprit-8-of-10-320", seed=161005, kind="b", culprit=8,
         intervals=gen_intervals(161005, 10, lo=28, hi=31),
         start="2034-03-15T09:10:00Z", service="bermeo-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/bermeo-gilda-quote-memo', 'Memoise bermeo quotes per gilda and customer'),
         note='10 deploys 28-31 min apart from 09:10, culprit #8 at 13:03 (3 leaking intervals, 30-30 min, to 14:33; its own 30 min); ~5 %/h of 320 MiB at peak (18 lines x 105, +0.09 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FF06-b-frequent-deploys-culprit-4-of-9-300", seed=161006, kind="b", culprit=4,
         intervals=gen_intervals(161006, 9, lo=28, hi=31),
         start="2034-03-16T12:15:00Z", service="mundaka-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/mundaka-piperrada-quote-memo', 'Memoise mundaka quotes per piperrada and customer'),
         note='9 deploys 28-31 min apart from 12:15, culprit #4 at 14:10 (6 leaking intervals, 28-31 min, to 17:10; its own 30 min); ~5 %/h of 300 MiB at peak (16 lines x 111, +0.33 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FF07-b-frequent-deploys-culprit-7-of-9-320", seed=161007, kind="b", culprit=7,
         intervals=gen_intervals(161007, 9, lo=28, hi=31),
         start="2034-03-17T10:05:00Z", service="elantxobe-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/elantxobe-kokotxa-quote-memo', 'Memoise elantxobe quotes per kokotxa and customer'),
         note='9 deploys 28-31 min apart from 10:05, culprit #7 at 13:35 (3 leaking intervals, 30-31 min, to 15:06; its own 31 min); ~5 %/h of 320 MiB at peak (19 lines x 100, +0.62 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FF08-d-frequent-deploys-culprit-8-of-10-320", seed=161508, kind="d", culprit=8,
         intervals=gen_intervals(161008, 10, lo=28, hi=31),
         start="2034-03-18T10:00:00Z", service="hondarribia-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=114, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/hondarribia-goxua-timers', 'Confirm hondarribia bookings from delayed goxua timers'),
         note='10 deploys 28-31 min apart from 10:00, culprit #8 at 13:59 (3 leaking intervals, 28-29 min, to 15:24; its own 29 min); ~5 %/h of 320 MiB at peak (3 KB x 114, +0.14 %); epoch, ascending'),
    dict(name="FF09-a-frequent-deploys-culprit-7-of-10-320", seed=161009, kind="a", culprit=7,
         intervals=gen_intervals(161009, 10, lo=28, hi=31),
         start="2034-03-19T11:10:00Z", service="pasaia-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=93, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/pasaia-pantxineta-history', 'Keep pasaia orders for the pantxineta history'),
         note='10 deploys 28-31 min apart from 11:10, culprit #7 at 14:41 (4 leaking intervals, 28-31 min, to 16:38; its own 28 min); ~5 %/h of 320 MiB at peak (2 KB x 93, -2.09 %); epoch, ascending'),
    dict(name="FF10-c-frequent-deploys-culprit-3-of-9-300", seed=161010, kind="c", culprit=3,
         intervals=gen_intervals(161010, 9, lo=28, hi=31),
         start="2034-03-20T11:45:00Z", service="zarautz-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=84, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('feat/zarautz-txistorra-listeners', 'Tell open zarautz bookings when a txistorra slot frees'),
         note='9 deploys 28-31 min apart from 11:45, culprit #3 at 13:14 (7 leaking intervals, 28-31 min, to 16:39; its own 30 min); ~5 %/h of 300 MiB at peak (7 KB x 84, +0.35 %); ascending'),
    dict(name="FF11-e-lru-morning-1195-320", seed=161011, kind="e",
         intervals=gen_intervals(161011, 8, lo=28, hi=31),
         start="2034-03-21T08:48:00Z", service="mutriku-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1195"},
         note='bounded LRU (1195 entries) refilling after each of 8 deploys 28-31 min apart from 08:48, through the morning to 13:10; must not alarm'),
    dict(name="FF12-e-lru-afternoon-1430-300", seed=161012, kind="e",
         intervals=gen_intervals(161012, 7, lo=28, hi=31),
         start="2034-03-22T14:27:00Z", service="bakio-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1430"},
         note='bounded LRU (1430 entries) refilling after each of 7 deploys 28-31 min apart from 14:27, through the afternoon to 18:24; must not alarm'),
    dict(name="FF13-e-lru-late-afternoon-1115-300", seed=161013, kind="e",
         intervals=gen_intervals(161013, 9, lo=28, hi=31),
         start="2034-03-23T16:52:00Z", service="plentzia-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1115"}, scan_by="TimestampAscending",
         note='bounded LRU (1115 entries) refilling after each of 9 deploys 28-31 min apart from 16:52, through the late afternoon to 21:48; must not alarm; ascending'),
    dict(name="FF14-step-frequent-quote-6-of-12-300", seed=161014, kind="step", culprit=6,
         intervals=gen_intervals(161014, 12, lo=28, hi=31),
         start="2034-03-24T10:10:00Z", service="armintza-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/armintza-porrusalda-table-at-boot', 'Load the armintza porrusalda table at boot'),
         note='level shift at #6 of 12 (13:08), quote route (20 lines, 400 SKUs, at 95 req/s); 12 deploys 28-31 min apart from 10:10 (own 28 min, then 29, 29, 30, 28, 29, 28 min after the step, to 16:29); no trend after; must not alarm; epoch'),
    dict(name="FF15-f-load-morning-rise-frequent-320", seed=161015, kind="f", workers=72,
         intervals=gen_intervals(161015, 8, lo=28, hi=31),
         start="2034-03-25T08:00:00Z", service="sopela-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load up the morning rise from 08:00 to 12:24, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="FF16-none-frequent-quote-23-deploys-300", seed=161016, kind="none",
         intervals=gen_intervals(161016, 23, lo=16, hi=18),
         start="2034-03-26T14:48:00Z", service="gorliz-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, quote route (20 lines, 400 SKUs, at 95 req/s), from 14:48 to 21:33; 23 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FF_SCENARIOS
