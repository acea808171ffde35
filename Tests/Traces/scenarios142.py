"""memblame's tracelab scenarios, batch 142: EM01..EM16 (real memory traces with labels).

(Named EM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-141 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EL.  No case folder, scenario name or split entry starts with "EM".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 142"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios142.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios142.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw142 EM01-... EM16-...

Cache leaks under frequent deploys, the mix of batch 139 (its template;
batch 135 its predecessor), rotated away from batches 135 and 139 as batch
139 rotated away from 132 and 135.  A blind batch: all 16 cases are split
"validation" (split142.json, regime tags as split139.json).

Seven b with 9-10 deploys 30-32 min apart (a gap range no scenario file
used as a range; batch 139's lesson: lo >= 29, no interval of 33 min or
more): culprits #3 of 9, #6 of 10, #2 of 9, #5 of 10, #4 of 10, #2 of 9,
#7 of 10 (EM01-EM07; the multiset #2-#7 with #2 twice; no number at its
position of batches 132, 135 or 139, nor at its deploy count of 135 or
139).  One frequent-deploy leak of each other kind in the order d, a, c
(EM08 d #3 of 10, EM09 a #2 of 9, EM10 c #5 of 8; batches 132, 135, 139
used d-c-a, c-a-d, c-d-a; d-a-c, batch 122's, was used longest ago of the
three left).  Three healthy bounded LRUs (965, 1255, 1415 entries) from
08:22 (morning into the early afternoon), 14:30 (afternoon peak into the
evening fall) and 17:20 (late afternoon into the late evening), away from
batch 139's evening and night starts and batch 135's small-hours, dawn
and midday ones.  A step on the quote route at #5 of 13; kind f over the
afternoon peak into the evening from 13:20; a flat quote service with 24
deploys 15-18 min apart from 11:15.

Loads by batch 141's units for the next batch (frequent a 0.0332, b
0.00337, c 0.0169, d 0.0202; %/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit at peak, each within 0.4 % and
new for its kind at its limit: EM01 b 20 lines x 87 (300), EM02 b 16 x
116 (320), EM03 b 17 x 109 (320), EM04 b 19 x 98 (320), EM05 b 15 x 116
(300), EM06 b 22 x 84 (320), EM07 b 18 x 103 (320), EM08 d 3 KB x 97
(300), EM09 a 3 KB x 63 (320), EM10 c 4 KB x 87 (300).  Healthy loads
are earlier batches'.  Limits ABBBABBABAABAABA (A 300, B 320 MiB).

PR and pipeline numbers: this file runs scenarios141.py (11..2364) and
lists EM last (2365..2380).  Seeds 142001..142016, EM12 142112 (142012's
PR numbers collided; its intervals stay the draw of 142012).  Dates 2033-05-07
(EM01) to 2033-05-22 (EM16).  Cases of 260 samples or more use ts_format
"wire"; TimestampAscending for EM02, EM03, EM07, EM08, EM10, EM12, EM13,
EM16.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios141.py"))["SCENARIOS"]   # 11..2364

EM_SCENARIOS = [
    dict(name="EM01-b-frequent-deploys-culprit-3-of-9-300", seed=142001, kind="b", culprit=3,
         intervals=gen_intervals(142001, 9, lo=30, hi=32),
         start="2033-05-07T12:35:00Z", service="angra-horta-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/angra-espetada-quote-memo', 'Memoise angra horta quotes per espetada and customer'),
         note='9 deploys 30-32 min apart from 12:35, culprit #3 at 14:09 (7 leaking intervals, 30-32 min, to 17:50; its own 32 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EM02-b-frequent-deploys-culprit-6-of-10-320", seed=142002, kind="b", culprit=6,
         intervals=gen_intervals(142002, 10, lo=30, hi=32),
         start="2033-05-08T10:30:00Z", service="ribeiragrande-lagoa-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/ribeiragrande-lapas-quote-memo', 'Memoise ribeiragrande lagoa quotes per lapas and customer'),
         note='10 deploys 30-32 min apart from 10:30, culprit #6 at 13:37 (5 leaking intervals, 30-32 min, to 16:13; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EM03-b-frequent-deploys-culprit-2-of-9-320", seed=142003, kind="b", culprit=2,
         intervals=gen_intervals(142003, 9, lo=30, hi=32),
         start="2033-05-09T13:50:00Z", service="povoacao-nordeste-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/povoacao-levedo-quote-memo', 'Memoise povoacao nordeste quotes per levedo and customer'),
         note='9 deploys 30-32 min apart from 13:50, culprit #2 at 14:52 (8 leaking intervals, 30-32 min, to 18:59; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EM04-b-frequent-deploys-culprit-5-of-10-320", seed=142004, kind="b", culprit=5,
         intervals=gen_intervals(142004, 10, lo=30, hi=32),
         start="2033-05-10T11:15:00Z", service="vilafranca-lajes-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/vilafranca-sovada-quote-memo', 'Memoise vilafranca lajes quotes per sovada and customer'),
         note='10 deploys 30-32 min apart from 11:15, culprit #5 at 13:51 (6 leaking intervals, 30-31 min, to 16:53; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EM05-b-frequent-deploys-culprit-4-of-10-300", seed=142005, kind="b", culprit=4,
         intervals=gen_intervals(142005, 10, lo=30, hi=32),
         start="2033-05-11T12:30:00Z", service="madalena-velas-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/madalena-caco-quote-memo', 'Memoise madalena velas quotes per caco and customer'),
         note='10 deploys 30-32 min apart from 12:30, culprit #4 at 14:34 (7 leaking intervals, 30-32 min, to 18:10; its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EM06-b-frequent-deploys-culprit-2-of-9-320", seed=142006, kind="b", culprit=2,
         intervals=gen_intervals(142006, 9, lo=30, hi=32),
         start="2033-05-12T14:00:00Z", service="calheta-corvo-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=84, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/calheta-lambecas-quote-memo', 'Memoise calheta corvo quotes per lambecas and customer'),
         note='9 deploys 30-32 min apart from 14:00, culprit #2 at 15:03 (8 leaking intervals, 30-32 min, to 19:10; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EM07-b-frequent-deploys-culprit-7-of-10-320", seed=142007, kind="b", culprit=7,
         intervals=gen_intervals(142007, 10, lo=30, hi=32),
         start="2033-05-13T10:45:00Z", service="fajazinha-feteiras-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/fajazinha-inhame-quote-memo', 'Memoise fajazinha feteiras quotes per inhame and customer'),
         note='10 deploys 30-32 min apart from 10:45, culprit #7 at 14:21 (4 leaking intervals, 30-32 min, to 16:24; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EM08-d-frequent-deploys-culprit-3-of-10-300", seed=142008, kind="d", culprit=3,
         intervals=gen_intervals(142008, 10, lo=30, hi=32),
         start="2033-05-14T12:25:00Z", service="capelas-rabodepeixe-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/capelas-cracas-timers', 'Confirm capelas rabodepeixe bookings from delayed cracas timers'),
         note='10 deploys 30-32 min apart from 12:25, culprit #3 at 13:59 (8 leaking intervals, 30-32 min, to 18:06; its own 31 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="EM09-a-frequent-deploys-culprit-2-of-9-320", seed=142009, kind="a", culprit=2,
         intervals=gen_intervals(142009, 9, lo=30, hi=32),
         start="2033-05-15T13:45:00Z", service="furnas-mosteiros-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=63, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('feat/furnas-cavaco-history', 'Keep furnas mosteiros orders for the cavaco history'),
         note='9 deploys 30-32 min apart from 13:45, culprit #2 at 14:45 (8 leaking intervals, 30-32 min, to 18:54; its own 31 min); ~5 %/h of 320 MiB at peak; epoch'),
    dict(name="EM10-c-frequent-deploys-culprit-5-of-8-300", seed=142010, kind="c", culprit=5,
         intervals=gen_intervals(142010, 8, lo=30, hi=32),
         start="2033-05-16T11:05:00Z", service="ginetes-candelaria-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=87, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/ginetes-torresmos-listeners', 'Tell open ginetes candelaria bookings when a torresmos frees'),
         note='8 deploys 30-32 min apart from 11:05, culprit #5 at 13:38 (4 leaking intervals, 31-32 min, to 15:44; its own 32 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="EM11-e-lru-morning-to-early-afternoon-965-300", seed=142011, kind="e",
         intervals=gen_intervals(142011, 10, lo=30, hi=32),
         start="2033-05-17T08:22:00Z", service="funchal-machico-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "965"}, ts_format="wire",
         note='bounded LRU (965 entries) refilling after each of 10 deploys 30-32 min apart from 08:22, from the morning rise over midday into the early afternoon to 13:59 (the traffic 0.49 to 0.98 of the peak); must not alarm; epoch'),
    dict(name="EM12-e-lru-afternoon-to-evening-fall-1255-320", seed=142112, kind="e",
         intervals=gen_intervals(142012, 7, lo=30, hi=32),
         start="2033-05-18T14:30:00Z", service="camacha-canico-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1255"}, scan_by="TimestampAscending",
         note='bounded LRU (1255 entries) refilling after each of 7 deploys 30-32 min apart from 14:30, from the afternoon peak into the evening fall to 18:36 (the traffic 0.98 to 0.92 of the peak); must not alarm; ascending'),
    dict(name="EM13-e-lru-late-afternoon-to-late-evening-1415-300", seed=142013, kind="e",
         intervals=gen_intervals(142013, 8, lo=30, hi=32),
         start="2033-05-19T17:20:00Z", service="santana-moniz-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1415"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1415 entries) refilling after each of 8 deploys 30-32 min apart from 17:20, from the late afternoon down the evening fall into the late evening to 22:03 (the traffic 0.98 to 0.64 of the peak); must not alarm; epoch; ascending'),
    dict(name="EM14-step-frequent-quote-5-of-13-300", seed=142014, kind="step", culprit=5,
         intervals=gen_intervals(142014, 13, lo=30, hi=32),
         start="2033-05-20T09:00:00Z", service="seixal-curral-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/seixal-chicharros-table-at-boot', 'Load the seixal chicharros table at boot'),
         note='level shift at #5 of 13 (11:33), quote route (20 lines at 95 req/s, 400 SKUs); 13 deploys 30-32 min apart from 09:00 (31, 32, 30, 32, 30, 32, 31, 30 and 30 min after the step, to 16:11); no trend after; must not alarm; epoch'),
    dict(name="EM15-f-load-afternoon-peak-to-evening-frequent-320", seed=142015, kind="f", workers=72,
         intervals=gen_intervals(142015, 10, lo=30, hi=32),
         start="2033-05-21T13:20:00Z", service="freiras-prazeres-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note='reports in flight follow the load over the afternoon peak into the evening fall from 13:20 (1.00 of the peak) to 19:01 (0.89), across 10 deploys 30-32 min apart; must not alarm; epoch'),
    dict(name="EM16-none-frequent-quote-24-deploys-300", seed=142016, kind="none",
         intervals=gen_intervals(142016, 24, lo=15, hi=18),
         start="2033-05-22T11:15:00Z", service="gaula-boaventura-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 11:15 over midday and the afternoon peak into the evening to 18:05 (the traffic 0.80 to 0.95 of the peak); 24 deploys 15-18 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDS + EM_SCENARIOS
