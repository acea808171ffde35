"""memblame's tracelab scenarios, batch 209: HB01..HB16 (real memory traces with labels).

(Named HB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-208 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA.  No case folder, scenario name or split entry
starts with "HB".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 209"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios209.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios209.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw209 HB01-... HB16-...

The mix of batch 206 (its template; batch 201 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(a, c, d), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 23 deploys).  A blind batch: all
16 cases are split "validation" (split209.json, regime tags as
split206.json).

Rotation: the b culprits at #6, #5, #2, #3, #8, #3 and #4 (HB01-HB07: the
multiset {2, 3, 3, 4, 5, 6, 8}; batch 206: {2, 3, 4, 4, 5, 7, 8}; 201:
{2, 3, 5, 6, 6, 7, 8}; no b at the position its number had in 201 or 206),
serving from 13:03:30 to 14:17:30 with 3-9 leaking intervals each; the
other kinds in the order a, c, d (188's, the order used longest ago; 206:
c, d, a; 201: d, a, c) on the orders route as in 206: a #7 of 10, c #4 of
9, d #4 of 10 (none the position its kind had in 195, 198, 201 or 206);
the LRUs over the evening fall, the late evening and the night (as batch
198; 206: small hours, dawn rise, noon; 201: morning, afternoon, late
afternoon), sizes 1057, 1212 and 1373 (no LRU scenario had them) and
starts 17:47, 21:13 and 23:24 (no LRU scenario started at them); the step
on the quote route (206: orders) at #9 of 13 (201: quote #7 of 13; 206:
orders #6 of 11), 5 intervals from the step on; kind f over the afternoon
peak from 13:15 (198: 13:55; others 13:00-14:10 and 12:10-12:40; no f
started at 13:15); the flat service on the quote route (206's was orders)
with 23 deploys 16-18 min apart from 10:43 (no flat case started at 10:43).

Loads: batch 208's units for the next batch (its frequent figures: a
0.0337, b 0.00335, c 0.0150, d 0.0121; %/h per unit of size x rate at peak
traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit at
peak.  b at 13-19 lines and 100-125 req/s: all eight in-range loads within
0.4 % (14 x 125, 15 x 117, 16 x 109, 17 x 103 at 300; 15 x 124, 16 x 117,
17 x 110, 18 x 104 at 320) are earlier scenarios'; the free loads within
0.4 % nearest the range are 18 x 97 and 19 x 92 at 300, so the rate range
was widened to 92-125 for them: HB01 19 x 92 at 300 (-0.06 %), HB03 18 x 97
at 300 (-0.18 %); the other five repeat an earlier scenario's load at the
same limit (kept for the aim): HB02 17 x 110 at 320 (+0.23 %), HB04 15 x
124 at 320 (-0.30 %), HB05 14 x 125 at 300 (+0.05 %), HB06 16 x 109 at 300
(-0.29 %), HB07 18 x 104 at 320 (+0.34 %).  The frequent a: the only
in-range load within 0.4 %, 2 KB x 93 at 320, is taken; the rate range
widened to 87: HB08 2 KB x 87 at 300 (+0.08 %).  The frequent c 5 KB x 83
at 320 (-0.40 %, at the edge; 4 x 98 and 5 x 78 at 300, 4 x 104 at 320
taken), in range.  The frequent d 3 KB x 172 at 320 (-0.10 %), in range.
HB01, HB03 and HB08-HB10 have loads no earlier scenario had at their limit.
Healthy loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios208.py (11..3436) and
lists HB last (3437..3452).  Seeds 209001..209016.  Dates 2036-05-22
(HB01) to 2036-06-06 (HB16).  Limits ABABAABABBABABBA (A 300, B 320 MiB;
no earlier batch had it, its flip, its reverse or its first eight).  Cases
of 300 samples or more use epoch-second timestamps ("wire"); ISO 8601 for
HB02, HB04, HB06, HB11, HB12, HB13 and HB15; TimestampAscending for HB01,
HB04, HB05, HB08, HB09, HB12, HB14 and HB16 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Names: Kyrgyz and Tajik lakes and valleys for the services and
Romanian and Hungarian sweets for the PR words (none in any scenarios*.py,
split*.json or the README before, by grep).
"""

import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RHA = runpy.run_path(os.path.join(_HERE, "scenarios208.py"))["SCENARIOS"]   # 11..3436

HB_SCENARIOS = [
    dict(name="HB01-b-frequent-deploys-culprit-6-of-10-300", seed=209001, kind="b", culprit=6,
         intervals=gen_intervals(209001, 10, lo=28, hi=31),
         start="2036-05-22T10:35:00Z", service="issykkul-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/issykkul-mucenici-quote-memo', 'Memoise issykkul quotes per mucenici and customer'),
         note='10 deploys 28-31 min apart from 10:35, culprit #6 at 13:29:30 (5 leaking intervals, 28-31 min, to 15:57; its own 31 min); ~5 %/h of 300 MiB at peak (19 lines x 92, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="HB02-b-frequent-deploys-culprit-5-of-9-320", seed=209002, kind="b", culprit=5,
         intervals=gen_intervals(209002, 9, lo=28, hi=31),
         start="2036-05-23T11:10:00Z", service="sonkul-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/sonkul-amandina-quote-memo', 'Memoise sonkul quotes per amandina and customer'),
         note='9 deploys 28-31 min apart from 11:10, culprit #5 at 13:40:30 (5 leaking intervals, 28-31 min, to 16:06; its own 31 min); ~5 %/h of 320 MiB at peak (17 lines x 110, +0.23 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="HB03-b-frequent-deploys-culprit-2-of-10-300", seed=209003, kind="b", culprit=2,
         intervals=gen_intervals(209003, 10, lo=28, hi=31),
         start="2036-05-24T12:05:00Z", service="chatyrkul-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/chatyrkul-savarina-quote-memo', 'Memoise chatyrkul quotes per savarina and customer'),
         note='10 deploys 28-31 min apart from 12:05, culprit #2 at 13:03:30 (9 leaking intervals, 28-31 min, to 17:29; its own 29 min); ~5 %/h of 300 MiB at peak (18 lines x 97, -0.18 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HB04-b-frequent-deploys-culprit-3-of-9-320", seed=209004, kind="b", culprit=3,
         intervals=gen_intervals(209004, 9, lo=28, hi=31),
         start="2036-05-25T11:50:00Z", service="sarychelek-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/sarychelek-joffre-quote-memo', 'Memoise sarychelek quotes per joffre and customer'),
         note='9 deploys 28-31 min apart from 11:50, culprit #3 at 13:13:30 (7 leaking intervals, 28-31 min, to 16:40; its own 29 min); ~5 %/h of 320 MiB at peak (15 lines x 124, -0.30 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="HB05-b-frequent-deploys-culprit-8-of-10-300", seed=209005, kind="b", culprit=8,
         intervals=gen_intervals(209005, 10, lo=28, hi=31),
         start="2036-05-26T10:20:00Z", service="kelsuu-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=125, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/kelsuu-colaci-quote-memo', 'Memoise kelsuu quotes per colaci and customer'),
         note='10 deploys 28-31 min apart from 10:20, culprit #8 at 14:17:30 (3 leaking intervals, 28-31 min, to 15:48; its own 31 min); ~5 %/h of 300 MiB at peak (14 lines x 125, +0.05 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="HB06-b-frequent-deploys-culprit-3-of-9-300", seed=209006, kind="b", culprit=3,
         intervals=gen_intervals(209006, 9, lo=28, hi=31),
         start="2036-05-27T12:00:00Z", service="kolkogur-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/kolkogur-vargabeles-quote-memo', 'Memoise kolkogur quotes per vargabeles and customer'),
         note='9 deploys 28-31 min apart from 12:00, culprit #3 at 13:27:30 (7 leaking intervals, 29-30 min, to 16:55; its own 29 min); ~5 %/h of 300 MiB at peak (16 lines x 109, -0.29 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="HB07-b-frequent-deploys-culprit-4-of-10-320", seed=209007, kind="b", culprit=4,
         intervals=gen_intervals(209007, 10, lo=28, hi=31),
         start="2036-05-28T11:55:00Z", service="iskanderkul-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/iskanderkul-gerbeaud-quote-memo', 'Memoise iskanderkul quotes per gerbeaud and customer'),
         note='10 deploys 28-31 min apart from 11:55, culprit #4 at 13:52:30 (7 leaking intervals, 28-30 min, to 17:15; its own 29 min); ~5 %/h of 320 MiB at peak (18 lines x 104, +0.34 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="HB08-a-frequent-deploys-culprit-7-of-10-300", seed=209008, kind="a", culprit=7,
         intervals=gen_intervals(209008, 10, lo=28, hi=31),
         start="2036-05-29T10:45:00Z", service="yashilkul-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=87, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/yashilkul-flodni-history', 'Keep yashilkul orders for the flodni history'),
         note='10 deploys 28-31 min apart from 10:45, culprit #7 at 14:07:30 (4 leaking intervals, 28-31 min, to 16:05; its own 29 min); ~5 %/h of 300 MiB at peak (2 KB x 87, +0.08 %); epoch, ascending'),
    dict(name="HB09-c-frequent-deploys-culprit-4-of-9-320", seed=209009, kind="c", culprit=4,
         intervals=gen_intervals(209009, 9, lo=28, hi=31),
         start="2036-05-30T11:15:00Z", service="zorkul-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=83, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/zorkul-kremes-listeners', 'Tell open zorkul bookings when a kremes slot frees'),
         note='9 deploys 28-31 min apart from 11:15, culprit #4 at 13:16:30 (6 leaking intervals, 28-31 min, to 16:15; its own 31 min); ~5 %/h of 320 MiB at peak (5 KB x 83, -0.40 %); epoch, ascending'),
    dict(name="HB10-d-frequent-deploys-culprit-4-of-10-320", seed=209010, kind="d", culprit=4,
         intervals=gen_intervals(209010, 10, lo=28, hi=31),
         start="2036-05-31T11:40:00Z", service="alaudin-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=172, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/alaudin-kalacs-timers', 'Confirm alaudin bookings from delayed kalacs timers'),
         note='10 deploys 28-31 min apart from 11:40, culprit #4 at 13:38:30 (7 leaking intervals, 28-31 min, to 17:02; its own 28 min); ~5 %/h of 320 MiB at peak (3 KB x 172, -0.10 %); epoch'),
    dict(name="HB11-e-lru-evening-fall-1057-300", seed=209011, kind="e",
         intervals=gen_intervals(209011, 8, lo=28, hi=31),
         start="2036-06-01T17:47:00Z", service="kulikalon-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1057"},
         note='bounded LRU (1057 entries) refilling after each of 8 deploys 28-31 min apart from 17:47, over the evening fall to 22:08; must not alarm'),
    dict(name="HB12-e-lru-late-evening-1212-320", seed=209012, kind="e",
         intervals=gen_intervals(209012, 8, lo=28, hi=31),
         start="2036-06-02T21:13:00Z", service="marguzor-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         env={"LRU_MAX": "1212"},
         note='bounded LRU (1212 entries) refilling after each of 8 deploys 28-31 min apart from 21:13, over the late evening to 01:42; must not alarm; ascending'),
    dict(name="HB13-e-lru-night-1373-300", seed=209013, kind="e",
         intervals=gen_intervals(209013, 8, lo=28, hi=31),
         start="2036-06-03T23:24:00Z", service="haftkul-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1373"},
         note='bounded LRU (1373 entries) refilling after each of 8 deploys 28-31 min apart from 23:24, over the night to 03:53; must not alarm'),
    dict(name="HB14-step-frequent-quote-9-of-13-320", seed=209014, kind="step", culprit=9,
         intervals=gen_intervals(209014, 13, lo=28, hi=31),
         start="2036-06-04T08:55:00Z", service="bulunkul-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/bulunkul-rigojancsi-table-at-boot', 'Load the bulunkul rigojancsi table at boot'),
         note='level shift at #9 of 13 (13:26:30), quote route (20 lines x 95, 400 SKUs); 13 deploys 28-31 min apart from 08:55 (own 30 min, then 28, 28, 29, 31 min after the step, to 15:53); 5 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="HB15-f-load-afternoon-peak-1315-frequent-320", seed=209015, kind="f", workers=72,
         intervals=gen_intervals(209015, 8, lo=28, hi=31),
         start="2036-06-05T13:15:00Z", service="sarez-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load over the afternoon peak from 13:15 to 17:39, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="HB16-none-frequent-quote-23-deploys-300", seed=209016, kind="none",
         intervals=gen_intervals(209016, 23, lo=16, hi=18),
         start="2036-06-06T10:43:00Z", service="shakhdara-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 10:43 to 17:28; 23 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RHA + HB_SCENARIOS
