"""memblame's tracelab scenarios, batch 178: FW01..FW16 (real memory traces with labels).

(Named FW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-177 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FV.  No case folder, scenario name or split entry starts with
"FW".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 178"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios178.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios178.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw178 FW01-... FW16-...

The mix of batch 174 (its template; batch 170 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(a, d, c), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 21 deploys).  A blind batch: all
16 cases are split "validation" (split178.json, regime tags as
split174.json).

Rotation: the b culprits at #6, #3, #8, #2, #5, #8 and #7 (FW01-FW07: the
multiset {2, 3, 5, 6, 7, 8, 8}; batch 174: #4, #8, #5, #7, #6, #2, #3;
170: #2, #7, #7, #5, #3, #6, #4; no b at the position its number had in
170 or 174), serving 13:01-14:39 with 3-8 leaking intervals each; the
other kinds in the order a, d, c (174: d, c, a; 170: c, a, d; 167: a, c,
d; 164: c, d, a; 161: d, a, c) on the orders route as in 174: a #3 of 9,
d #6 of 10, c #5 of 10 (none the position its kind had in 167, 170 or
174); the LRUs over the evening fall, the late evening and the night (as
batch 167; 174: small hours, dawn rise, noon; 170: morning, afternoon,
late afternoon), sizes 1163, 1288 and 1036 (no LRU scenario had them) and
starts 18:28, 21:27 and 23:28 (no LRU scenario started at them); the step
on the orders route (174: quote) at #9 of 13 (170: orders #9 of 12; 174:
quote #10 of 13; no orders step had #9 of 13), 5 intervals from the step
on; kind f over the afternoon peak from 13:35 (167: 13:25; no f started
at 13:35); the flat service on the orders route (174's was quote) with 21
deploys 16-18 min apart from 12:27 (no flat case started at 12:27).

Loads: batch 177's units for the next batch (its frequent main figures:
a 0.0312, b 0.00392, c 0.0112, d 0.0197; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak.  b at 13-19 lines and 100-125 req/s: only three free loads lie
within 0.4 % (13 x 115 and 14 x 107 at 300, 15 x 106 and 13 x 123 at 320
are earlier scenarios'), so four are widened in 0.1 % steps to the next
free ones: FW01 14 x 114 at 320 (+0.10 %), FW02 15 x 100 at 300
(+0.35 %), FW03 16 x 100 at 320 (+0.35 %), FW04 13 x 122 at 320
(-0.53 %, widened to 0.6 %), FW06 15 x 107 at 320 (+0.67 %, 0.7 %), FW05
14 x 106 at 300 (-0.72 %, 0.8 %), FW07 14 x 113 at 320 (-0.78 %, 0.8 %);
no other b load lies within 0.8 %.  The frequent a at 2-3 KB and 90-130
req/s: every 2 KB load within 1.8 % at 300 and 320 is an earlier
scenario's, so 2 KB x 102 at 320 (+1.84 %, widened to 1.9 %).  The
frequent d 3 KB at 100-160 req/s: 3 KB x 105 at 320 (-0.71 %, widened to
0.8 %; 3 x 106 at 320 and 3 x 100 at 300 are earlier scenarios').  The
frequent c 7 KB x 75 at 300 (+0.35 %).  No load is one an earlier
scenario had at the same limit.  Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios177.py (11..2940) and
lists FW last (2941..2956).  Seeds 178001..178016.  Dates 2034-11-06
(FW01) to 2034-11-21 (FW16), after FV16's 2034-11-05.  Limits
BABBABBBBAAABAAA (A 300, B 320 MiB; no earlier batch of 16 had it or its
flip).  Cases of 300 samples or more use epoch-second timestamps
("wire"); ISO 8601 for FW04, FW05, FW08, FW11, FW12, FW13 and FW15;
TimestampAscending for FW02, FW05, FW07, FW09, FW12, FW14, FW15 and FW16
(no earlier batch had this set).  The notes' "epoch" and "ascending" tags
are written from these fields; the "~5 %/h" in the notes are aims, not
measurements.  Heap 160 MB everywhere.  Service names: towns of
Lithuania; PR words: Lithuanian foods (without diacritics).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios177.py"))["SCENARIOS"]   # 11..2940

FW_SCENARIOS = [
    dict(name="FW01-b-frequent-deploys-culprit-6-of-9-320", seed=178001, kind="b", culprit=6,
         intervals=gen_intervals(178001, 9, lo=28, hi=31),
         start="2034-11-06T10:25:00Z", service="zarasai-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/zarasai-burokeliai-quote-memo', 'Memoise zarasai quotes per burokeliai and customer'),
         note='9 deploys 28-31 min apart from 10:25, culprit #6 at 13:31 (4 leaking intervals, 30-30 min, to 15:31; its own 30 min); ~5 %/h of 320 MiB at peak (14 lines x 114, +0.10 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FW02-b-frequent-deploys-culprit-3-of-10-300", seed=178002, kind="b", culprit=3,
         intervals=gen_intervals(178002, 10, lo=28, hi=31),
         start="2034-11-07T11:40:00Z", service="moletai-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/moletai-suktiniai-quote-memo', 'Memoise moletai quotes per suktiniai and customer'),
         note='10 deploys 28-31 min apart from 11:40, culprit #3 at 13:09 (8 leaking intervals, 28-31 min, to 17:03; its own 31 min); ~5 %/h of 300 MiB at peak (15 lines x 100, +0.35 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FW03-b-frequent-deploys-culprit-8-of-10-320", seed=178003, kind="b", culprit=8,
         intervals=gen_intervals(178003, 10, lo=28, hi=31),
         start="2034-11-08T10:10:00Z", service="ignalina-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/ignalina-ausukai-quote-memo', 'Memoise ignalina quotes per ausukai and customer'),
         note='10 deploys 28-31 min apart from 10:10, culprit #8 at 14:05 (3 leaking intervals, 30-31 min, to 15:37; its own 30 min); ~5 %/h of 320 MiB at peak (16 lines x 100, +0.35 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FW04-b-frequent-deploys-culprit-2-of-9-320", seed=178004, kind="b", culprit=2,
         intervals=gen_intervals(178004, 9, lo=28, hi=31),
         start="2034-11-09T12:05:00Z", service="kupiskis-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/kupiskis-zagareliai-quote-memo', 'Memoise kupiskis quotes per zagareliai and customer'),
         note='9 deploys 28-31 min apart from 12:05, culprit #2 at 13:01 (8 leaking intervals, 28-31 min, to 16:53; its own 28 min); ~5 %/h of 320 MiB at peak (13 lines x 122, -0.53 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="FW05-b-frequent-deploys-culprit-5-of-9-300", seed=178005, kind="b", culprit=5,
         intervals=gen_intervals(178005, 9, lo=28, hi=31),
         start="2034-11-10T11:55:00Z", service="pasvalys-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('perf/pasvalys-krupnikas-quote-memo', 'Memoise pasvalys quotes per krupnikas and customer'),
         note='9 deploys 28-31 min apart from 11:55, culprit #5 at 14:20 (5 leaking intervals, 28-31 min, to 16:46; its own 29 min); ~5 %/h of 300 MiB at peak (14 lines x 106, -0.72 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="FW06-b-frequent-deploys-culprit-8-of-10-320", seed=178006, kind="b", culprit=8,
         intervals=gen_intervals(178006, 10, lo=28, hi=31),
         start="2034-11-11T09:50:00Z", service="pakruojis-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/pakruojis-koldunai-quote-memo', 'Memoise pakruojis quotes per koldunai and customer'),
         note='10 deploys 28-31 min apart from 09:50, culprit #8 at 13:44 (3 leaking intervals, 28-29 min, to 15:10; its own 29 min); ~5 %/h of 320 MiB at peak (15 lines x 107, +0.67 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="FW07-b-frequent-deploys-culprit-7-of-10-320", seed=178007, kind="b", culprit=7,
         intervals=gen_intervals(178007, 10, lo=28, hi=31),
         start="2034-11-12T11:10:00Z", service="sakiai-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/sakiai-kotletai-quote-memo', 'Memoise sakiai quotes per kotletai and customer'),
         note='10 deploys 28-31 min apart from 11:10, culprit #7 at 14:39 (4 leaking intervals, 29-31 min, to 16:39; its own 29 min); ~5 %/h of 320 MiB at peak (14 lines x 113, -0.78 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FW08-a-frequent-deploys-culprit-3-of-9-320", seed=178008, kind="a", culprit=3,
         intervals=gen_intervals(178008, 9, lo=28, hi=31),
         start="2034-11-13T11:50:00Z", service="kalvarija-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=102, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/kalvarija-sriuba-history', 'Keep kalvarija orders for the sriuba history'),
         note='9 deploys 28-31 min apart from 11:50, culprit #3 at 13:18 (7 leaking intervals, 28-31 min, to 16:43; its own 29 min); ~5 %/h of 320 MiB at peak (2 KB x 102, +1.84 %)'),
    dict(name="FW09-d-frequent-deploys-culprit-6-of-10-320", seed=178009, kind="d", culprit=6,
         intervals=gen_intervals(178009, 10, lo=28, hi=31),
         start="2034-11-14T11:15:00Z", service="lazdijai-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=105, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/lazdijai-meduolis-timers', 'Confirm lazdijai bookings from delayed meduolis timers'),
         note='10 deploys 28-31 min apart from 11:15, culprit #6 at 14:10 (5 leaking intervals, 29-31 min, to 16:40; its own 30 min); ~5 %/h of 320 MiB at peak (3 KB x 105, -0.71 %); epoch, ascending'),
    dict(name="FW10-c-frequent-deploys-culprit-5-of-10-300", seed=178010, kind="c", culprit=5,
         intervals=gen_intervals(178010, 10, lo=28, hi=31),
         start="2034-11-15T11:20:00Z", service="birstonas-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=75, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/birstonas-kisielius-listeners', 'Tell open birstonas bookings when a kisielius slot frees'),
         note='10 deploys 28-31 min apart from 11:20, culprit #5 at 13:46 (6 leaking intervals, 28-31 min, to 16:41; its own 31 min); ~5 %/h of 300 MiB at peak (7 KB x 75, +0.35 %); epoch'),
    dict(name="FW11-e-lru-evening-fall-1163-300", seed=178011, kind="e",
         intervals=gen_intervals(178011, 8, lo=28, hi=31),
         start="2034-11-16T18:28:00Z", service="kaisiadorys-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1163"},
         note='bounded LRU (1163 entries) refilling after each of 8 deploys 28-31 min apart from 18:28, through the evening fall to 22:54; must not alarm'),
    dict(name="FW12-e-lru-late-evening-1288-300", seed=178012, kind="e",
         intervals=gen_intervals(178012, 7, lo=28, hi=31),
         start="2034-11-17T21:27:00Z", service="trakai-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1288"}, scan_by="TimestampAscending",
         note='bounded LRU (1288 entries) refilling after each of 7 deploys 28-31 min apart from 21:27, through the late evening to 01:22; must not alarm; ascending'),
    dict(name="FW13-e-lru-night-1036-320", seed=178013, kind="e",
         intervals=gen_intervals(178013, 8, lo=28, hi=31),
         start="2034-11-18T23:28:00Z", service="salcininkai-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1036"},
         note='bounded LRU (1036 entries) refilling after each of 8 deploys 28-31 min apart from 23:28, through the night to 03:48; must not alarm'),
    dict(name="FW14-step-frequent-orders-9-of-13-300", seed=178014, kind="step", culprit=9,
         intervals=gen_intervals(178014, 13, lo=28, hi=31),
         start="2034-11-19T08:33:00Z", service="svencionys-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/svencionys-pyragas-table-at-boot', 'Load the svencionys pyragas table at boot'),
         note='level shift at #9 of 13 (13:03), orders route (5 KB at 90 req/s); 13 deploys 28-31 min apart from 08:33 (own 29 min, then 30, 28, 31, 30 min after the step, to 15:31); no trend after; must not alarm; epoch, ascending'),
    dict(name="FW15-f-load-afternoon-peak-1335-frequent-300", seed=178015, kind="f", workers=72,
         intervals=gen_intervals(178015, 8, lo=28, hi=31),
         start="2034-11-20T13:35:00Z", service="skuodas-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load over the afternoon peak from 13:35 to 18:04, across 8 deploys 28-31 min apart; must not alarm; ascending'),
    dict(name="FW16-none-frequent-orders-21-deploys-300", seed=178016, kind="none",
         intervals=gen_intervals(178016, 21, lo=16, hi=18),
         start="2034-11-21T12:27:00Z", service="rietavas-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s), from 12:27 to 18:37; 21 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + FW_SCENARIOS
