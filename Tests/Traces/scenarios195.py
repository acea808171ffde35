"""memblame's tracelab scenarios, batch 195: GN01..GN16 (real memory traces with labels).

(Named GN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-194 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GM.  No case folder, scenario name or split entry
starts with "GN".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 195"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios195.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios195.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw195 GN01-... GN16-...

The mix of batch 191 (its template; batch 188 its predecessor): a blind test
of cache leaks (b) in the per-SKU cache of 400 SKUs under deploys every
28-31 minutes, one frequent-deploy leak of each other kind for contrast
(d, c, a), and the healthy services that look like them (three bounded
LRUs, a step, kind f, a flat service with 23 deploys).  A blind batch: all
16 cases are split "validation" (split195.json, regime tags as
split191.json).

Rotation: the b culprits at #3, #7, #4, #6, #2, #8 and #4 (GN01-GN07: the
multiset {2, 3, 4, 4, 6, 7, 8}; batch 191: #5, #2, #7, #8, #5, #3, #6;
188: #6, #3, #8, #2, #4, #7, #5; no b at the position its number had in
188 or 191), serving 13:07-14:35 with 3-8 leaking intervals each; the
other kinds in the order d, c, a (174's, the order used longest ago; 191:
c, a, d; 188: a, c, d) on the orders route as in 191: d #5 of 10, c #6 of
9, a #4 of 10 (none the position its kind had in 188 or 191); the LRUs
over the small hours, the dawn rise and noon (as batch 185; 191: morning,
afternoon, late afternoon; 188: evening fall, late evening, night), sizes
1043, 1337 and 1188 (no LRU scenario had them) and starts 02:13, 05:47
and 11:13 (no LRU scenario started at them); the step on the quote route
(20 lines x 95, 400 SKUs; 191: orders) at #8 of 12 (188: quote #9 of 13;
191: orders #10 of 13; every quote position with 4-6 intervals from the
step among 11-13 deploys was used by some earlier batch), 5 intervals from
the step on; kind f down the evening fall from 17:45 (185: 17:40; no f
started at 17:45); the flat service on the quote route (191's was orders)
with 23 deploys 16-18 min apart from 12:07 (no flat case started at 12:07).

Loads: batch 193's units for the next batch (its frequent main figures:
a 0.0481, b 0.00307, c 0.0130, d 0.0141; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit; batch 194 is a development batch,
left out): ~5 %/h of the case's own limit at peak.  b at 13-19 lines and
100-125 req/s: only six b loads lie within 0.4 % of 5 %/h, so the seven
are widened in 0.1 % steps to 0.5 %, the seven nearest: GN01 18 x 113 at
320 (-0.09 %), GN02 18 x 106 at 300 (-0.03 %), GN03 19 x 107 at 320
(-0.14 %), GN04 16 x 119 at 300 (-0.24 %), GN05 17 x 120 at 320 (+0.20 %),
GN06 17 x 112 at 300 (-0.24 %), GN07 19 x 100 at 300 (-0.45 %); all but
GN01's are earlier scenarios' loads at the same limit (DZ04, BF07, DZ05,
EQ05, DZ07, CV11): the nearest free in-range b loads after 18 x 113 miss
by 0.55-1.13 %.  The frequent d 4 KB x 111 at 320 (+0.17 %).  The
frequent c 4 KB x 113 at 300 (+0.28 %).  The frequent a needs 122 (at
300) or 130 (at 320) KB x req/s, below 2 KB x 90: the rate range widened
to 2 KB x 61 at 300 (+0.15 %; 1 KB x 122 at 300 is GM16's load).  Healthy
loads are earlier batches'.

PR and pipeline numbers: this file runs scenarios194.py (11..3212) and
lists GN last (3213..3228).  Seeds 195001..195016.  Dates 2035-10-11
(GN01) to 2035-10-26 (GN16).  Limits BABABAABAABBABAB (A 300, B 320 MiB;
no earlier batch of 16 had it or its flip).  Cases of 300 samples or more
use epoch-second timestamps ("wire"); ISO 8601 for GN01, GN03, GN05,
GN09, GN11, GN12, GN13 and GN15; TimestampAscending for GN02, GN03, GN06,
GN08, GN09, GN12, GN14 and GN16 (no earlier batch had this set).  The
notes' "epoch" and "ascending" tags are written from these fields; the
"~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.  Names: Tuvalu's and the Cook Islands' villages for the
services and Korean rice cakes for the PR words (none in any
scenarios*.py, split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios194.py"))["SCENARIOS"]   # 11..3212

GN_SCENARIOS = [
    dict(name="GN01-b-frequent-deploys-culprit-3-of-9-320", seed=195001, kind="b", culprit=3,
         intervals=gen_intervals(195001, 9, lo=28, hi=31),
         start="2035-10-11T11:40:00Z", service="fongafale-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/fongafale-songpyeon-quote-memo', 'Memoise fongafale quotes per songpyeon and customer'),
         note='9 deploys 28-31 min apart from 11:40, culprit #3 at 13:07:30 (7 leaking intervals, 28-31 min, to 16:34; its own 29 min); ~5 %/h of 320 MiB at peak (18 lines x 113, -0.09 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GN02-b-frequent-deploys-culprit-7-of-10-300", seed=195002, kind="b", culprit=7,
         intervals=gen_intervals(195002, 10, lo=28, hi=31),
         start="2035-10-12T10:55:00Z", service="fakaifou-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/fakaifou-injeolmi-quote-memo', 'Memoise fakaifou quotes per injeolmi and customer'),
         note='10 deploys 28-31 min apart from 10:55, culprit #7 at 14:24:30 (4 leaking intervals, 28-31 min, to 16:20; its own 31 min); ~5 %/h of 300 MiB at peak (18 lines x 106, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GN03-b-frequent-deploys-culprit-4-of-9-320", seed=195003, kind="b", culprit=4,
         intervals=gen_intervals(195003, 9, lo=28, hi=31),
         start="2035-10-13T11:40:00Z", service="alapi-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/alapi-garaetteok-quote-memo', 'Memoise alapi quotes per garaetteok and customer'),
         note='9 deploys 28-31 min apart from 11:40, culprit #4 at 13:36:30 (6 leaking intervals, 29-31 min, to 16:36; its own 29 min); ~5 %/h of 320 MiB at peak (19 lines x 107, -0.14 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="GN04-b-frequent-deploys-culprit-6-of-10-300", seed=195004, kind="b", culprit=6,
         intervals=gen_intervals(195004, 10, lo=28, hi=31),
         start="2035-10-14T11:05:00Z", service="senala-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/senala-baekseolgi-quote-memo', 'Memoise senala quotes per baekseolgi and customer'),
         note='10 deploys 28-31 min apart from 11:05, culprit #6 at 14:02:30 (5 leaking intervals, 28-31 min, to 16:32; its own 30 min); ~5 %/h of 300 MiB at peak (16 lines x 119, -0.24 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GN05-b-frequent-deploys-culprit-2-of-9-320", seed=195005, kind="b", culprit=2,
         intervals=gen_intervals(195005, 9, lo=28, hi=31),
         start="2035-10-15T12:20:00Z", service="lakena-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/lakena-jeolpyeon-quote-memo', 'Memoise lakena quotes per jeolpyeon and customer'),
         note='9 deploys 28-31 min apart from 12:20, culprit #2 at 13:16:30 (8 leaking intervals, 28-31 min, to 17:07; its own 28 min); ~5 %/h of 320 MiB at peak (17 lines x 120, +0.20 %); good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="GN06-b-frequent-deploys-culprit-8-of-10-300", seed=195006, kind="b", culprit=8,
         intervals=gen_intervals(195006, 10, lo=28, hi=31),
         start="2035-10-16T10:40:00Z", service="tanrake-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/tanrake-sirutteok-quote-memo', 'Memoise tanrake quotes per sirutteok and customer'),
         note='10 deploys 28-31 min apart from 10:40, culprit #8 at 14:35:30 (3 leaking intervals, 28-29 min, to 16:01; its own 29 min); ~5 %/h of 300 MiB at peak (17 lines x 112, -0.24 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="GN07-b-frequent-deploys-culprit-4-of-10-300", seed=195007, kind="b", culprit=4,
         intervals=gen_intervals(195007, 10, lo=28, hi=31),
         start="2035-10-17T11:55:00Z", service="vaiaku-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/vaiaku-yakgwa-quote-memo', 'Memoise vaiaku quotes per yakgwa and customer'),
         note='10 deploys 28-31 min apart from 11:55, culprit #4 at 13:51:30 (7 leaking intervals, 28-31 min, to 17:21; its own 28 min); ~5 %/h of 300 MiB at peak (19 lines x 100, -0.45 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="GN08-d-frequent-deploys-culprit-5-of-10-320", seed=195008, kind="d", culprit=5,
         intervals=gen_intervals(195008, 10, lo=28, hi=31),
         start="2035-10-18T11:00:00Z", service="teone-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=111, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/teone-dasik-timers', 'Confirm teone bookings from delayed dasik timers'),
         note='10 deploys 28-31 min apart from 11:00, culprit #5 at 13:26:30 (6 leaking intervals, 28-31 min, to 16:22; its own 29 min); ~5 %/h of 320 MiB at peak (4 KB x 111, +0.17 %); epoch, ascending'),
    dict(name="GN09-c-frequent-deploys-culprit-6-of-9-300", seed=195009, kind="c", culprit=6,
         intervals=gen_intervals(195009, 9, lo=28, hi=31),
         start="2035-10-19T10:50:00Z", service="savave-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=113, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         culprit_pr_title=('feat/savave-gyeongdan-listeners', 'Tell open savave bookings when a gyeongdan slot frees'),
         note='9 deploys 28-31 min apart from 10:50, culprit #6 at 13:48:30 (4 leaking intervals, 28-30 min, to 15:45; its own 28 min); ~5 %/h of 300 MiB at peak (4 KB x 113, +0.28 %); ascending'),
    dict(name="GN10-a-frequent-deploys-culprit-4-of-10-300", seed=195010, kind="a", culprit=4,
         intervals=gen_intervals(195010, 10, lo=28, hi=31),
         start="2035-10-20T11:10:00Z", service="matavera-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=61, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/matavera-hwajeon-history', 'Keep matavera orders for the hwajeon history'),
         note='10 deploys 28-31 min apart from 11:10, culprit #4 at 13:10:30 (7 leaking intervals, 28-31 min, to 16:38; its own 31 min); ~5 %/h of 300 MiB at peak (2 KB x 61, +0.15 %); epoch'),
    dict(name="GN11-e-lru-small-hours-1043-320", seed=195011, kind="e",
         intervals=gen_intervals(195011, 8, lo=28, hi=31),
         start="2035-10-21T02:13:00Z", service="amuri-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1043"},
         note='bounded LRU (1043 entries) refilling after each of 8 deploys 28-31 min apart from 02:13, over the small hours to 06:36; must not alarm'),
    dict(name="GN12-e-lru-dawn-rise-1337-320", seed=195012, kind="e",
         intervals=gen_intervals(195012, 8, lo=28, hi=31),
         start="2035-10-22T05:47:00Z", service="oneroa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         env={"LRU_MAX": "1337"},
         note='bounded LRU (1337 entries) refilling after each of 8 deploys 28-31 min apart from 05:47, over the dawn rise to 10:11; must not alarm; ascending'),
    dict(name="GN13-e-lru-noon-1188-300", seed=195013, kind="e",
         intervals=gen_intervals(195013, 8, lo=28, hi=31),
         start="2035-10-23T11:13:00Z", service="tautu-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1188"},
         note='bounded LRU (1188 entries) refilling after each of 8 deploys 28-31 min apart from 11:13, over the noon to 15:36; must not alarm'),
    dict(name="GN14-step-frequent-quote-8-of-12-320", seed=195014, kind="step", culprit=8,
         intervals=gen_intervals(195014, 12, lo=28, hi=31),
         start="2035-10-24T08:50:00Z", service="ivirua-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/ivirua-bukkumi-table-at-boot', 'Load the ivirua bukkumi table at boot'),
         note='level shift at #8 of 12 (12:46:30), quote route (20 lines x 95, 400 SKUs); 12 deploys 28-31 min apart from 08:50 (own 29 min, then 29, 28, 28, 31 min after the step, to 15:12); 5 intervals from the step on; no trend after; must not alarm; epoch, ascending'),
    dict(name="GN15-f-load-evening-fall-1745-frequent-300", seed=195015, kind="f", workers=72,
         intervals=gen_intervals(195015, 8, lo=28, hi=31),
         start="2035-10-25T17:45:00Z", service="tamarua-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load down the evening fall from 17:45 to 22:07, across 8 deploys 28-31 min apart; must not alarm'),
    dict(name="GN16-none-frequent-quote-23-deploys-320", seed=195016, kind="none",
         intervals=gen_intervals(195016, 23, lo=16, hi=18),
         start="2035-10-26T12:07:00Z", service="vaimaanga-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines x 95, 400 SKUs), from 12:07 to 19:01; 23 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GN_SCENARIOS
