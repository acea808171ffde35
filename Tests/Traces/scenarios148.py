"""memblame's tracelab scenarios, batch 148: ES01..ES16 (real memory traces with labels).

(Named ES: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-147 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..ER.  No case folder, scenario name or split entry starts with "ES".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 148"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios148.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios148.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw148 ES01-... ES16-...

The mix of batch 145 (its template; batch 142 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 29-31 minutes, one frequent-deploy leak of each other kind for
contrast (a, c, d), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 26 deploys).  A blind
batch: all 16 cases are split "validation" (split148.json, regime tags as
split145.json).

Rotation: batch 145's, moved on by one cache batch: the b positions and
line counts away from batches 139, 142 and 145, the deploy counts away from
142 and 145; the other kinds in the order a, c, d; the LRUs in the evening
fall, the late evening and the night (batch 145: small hours, dawn rise,
noon; 142: morning, afternoon, late afternoon); the step and the flat
service on the quote route; kind f from the small hours over the dawn rise.

Loads: batch 147's units for the next batch (its main figures, frequent
a 0.0293, b 0.00372, c 0.0139, d 0.0170): ~5 %/h of the case's own limit
at peak traffic.

PR and pipeline numbers: this file runs scenarios147.py (11..2460) and
lists ES last (2461..2476).  Seeds 148001..148016, but ES16 148116 (148016's PR 869649 collided with a pipeline number of
BT07; its intervals are still 148016's draw).  Dates 2033-08-12
(ES01) to 2033-08-27 (ES16).  Limits AABBBBBABAABAABA (A 300, B 320 MiB).  Cases of 300
samples or more use epoch-second timestamps ("wire"); TimestampAscending
for ES02, ES05, ES06, ES07, ES10, ES12, ES15 and ES16.  Heap 160 MB everywhere.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios147.py"))["SCENARIOS"]   # 11..2460

ES_SCENARIOS = [
    dict(name="ES01-b-frequent-deploys-culprit-5-of-7-300", seed=148001, kind="b", culprit=5,
         intervals=gen_intervals(148001, 7, lo=29, hi=31),
         start="2033-08-12T11:15:00Z", service="morosaglia-venaco-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/morosaglia-fiadone-quote-memo', 'Memoise morosaglia venaco quotes per fiadone and customer'),
         note='7 deploys 29-31 min apart from 11:15, culprit #5 at 13:44 (3 leaking intervals, 29-31 min, to 15:13; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="ES02-b-frequent-deploys-culprit-3-of-9-300", seed=148002, kind="b", culprit=3,
         intervals=gen_intervals(148002, 9, lo=29, hi=31),
         start="2033-08-13T13:00:00Z", service="vezzani-zicavo-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=121, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/vezzani-canistrelli-quote-memo', 'Memoise vezzani zicavo quotes per canistrelli and customer'),
         note='9 deploys 29-31 min apart from 13:00, culprit #3 at 14:27 (7 leaking intervals, 30-31 min, to 18:02; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="ES03-b-frequent-deploys-culprit-4-of-10-320", seed=148003, kind="b", culprit=4,
         intervals=gen_intervals(148003, 10, lo=29, hi=31),
         start="2033-08-14T13:00:00Z", service="sermano-bustanico-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/sermano-brocciu-quote-memo', 'Memoise sermano bustanico quotes per brocciu and customer'),
         note='10 deploys 29-31 min apart from 13:00, culprit #4 at 15:01 (7 leaking intervals, 29-31 min, to 18:29; its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="ES04-b-frequent-deploys-culprit-7-of-9-320", seed=148004, kind="b", culprit=7,
         intervals=gen_intervals(148004, 9, lo=29, hi=31),
         start="2033-08-15T10:00:00Z", service="cervione-piedicroce-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/cervione-figatellu-quote-memo', 'Memoise cervione piedicroce quotes per figatellu and customer'),
         note='9 deploys 29-31 min apart from 10:00, culprit #7 at 13:28 (3 leaking intervals, 30-31 min, to 14:59; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="ES05-b-frequent-deploys-culprit-3-of-9-320", seed=148005, kind="b", culprit=3,
         intervals=gen_intervals(148005, 9, lo=29, hi=31),
         start="2033-08-16T13:25:00Z", service="moltifao-olmeta-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/moltifao-falculelle-quote-memo', 'Memoise moltifao olmeta quotes per falculelle and customer'),
         note='9 deploys 29-31 min apart from 13:25, culprit #3 at 14:53 (7 leaking intervals, 29-31 min, to 18:23; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="ES06-b-frequent-deploys-culprit-6-of-10-320", seed=148006, kind="b", culprit=6,
         intervals=gen_intervals(148006, 10, lo=29, hi=31),
         start="2033-08-17T11:10:00Z", service="oletta-patrimonio-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/oletta-prisuttu-quote-memo', 'Memoise oletta patrimonio quotes per prisuttu and customer'),
         note='10 deploys 29-31 min apart from 11:10, culprit #6 at 14:07 (5 leaking intervals, 29-31 min, to 16:37; its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="ES07-b-frequent-deploys-culprit-2-of-9-320", seed=148007, kind="b", culprit=2,
         intervals=gen_intervals(148007, 9, lo=29, hi=31),
         start="2033-08-18T12:40:00Z", service="calenzana-lumio-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=88, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/calenzana-lonzu-quote-memo', 'Memoise calenzana lumio quotes per lonzu and customer'),
         note='9 deploys 29-31 min apart from 12:40, culprit #2 at 13:40 (8 leaking intervals, 29-31 min, to 17:38; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="ES08-a-frequent-deploys-culprit-5-of-7-300", seed=148008, kind="a", culprit=5,
         intervals=gen_intervals(148008, 7, lo=29, hi=31),
         start="2033-08-19T11:40:00Z", service="montemaggiore-speloncato-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/montemaggiore-inuliata-history', 'Keep montemaggiore speloncato orders for the inuliata history'),
         note='7 deploys 29-31 min apart from 11:40, culprit #5 at 14:12 (3 leaking intervals, 29-30 min, to 15:40; its own 29 min); ~5 %/h of 300 MiB at peak'),
    dict(name="ES09-c-frequent-deploys-culprit-4-of-7-320", seed=148009, kind="c", culprit=4,
         intervals=gen_intervals(148009, 7, lo=29, hi=31),
         start="2033-08-20T12:50:00Z", service="belgodere-nessa-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=75, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/belgodere-migliacciu-listeners', 'Tell open belgodere nessa bookings when a migliacciu frees'),
         note='7 deploys 29-31 min apart from 12:50, culprit #4 at 14:49 (4 leaking intervals, 29-31 min, to 16:51; its own 29 min); ~5 %/h of 320 MiB at peak'),
    dict(name="ES10-d-frequent-deploys-culprit-2-of-9-300", seed=148010, kind="d", culprit=2,
         intervals=gen_intervals(148010, 9, lo=29, hi=31),
         start="2033-08-21T13:40:00Z", service="feliceto-pigna-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=115, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/feliceto-sturzapreti-timers', 'Confirm feliceto pigna bookings from delayed sturzapreti timers'),
         note='9 deploys 29-31 min apart from 13:40, culprit #2 at 14:42 (8 leaking intervals, 29-31 min, to 18:40; its own 29 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="ES11-e-lru-evening-fall-to-late-evening-935-300", seed=148011, kind="e",
         intervals=gen_intervals(148011, 7, lo=29, hi=31),
         start="2033-08-22T18:35:00Z", service="aregno-cateri-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "935"},
         note='bounded LRU (935 entries) refilling after each of 7 deploys 29-31 min apart from 18:35, from the early evening down the evening fall into the late evening to 22:36 (the traffic 0.92 to 0.58 of the peak); must not alarm'),
    dict(name="ES12-e-lru-late-evening-to-small-hours-1210-320", seed=148012, kind="e",
         intervals=gen_intervals(148012, 9, lo=29, hi=31),
         start="2033-08-23T21:20:00Z", service="sisco-pietracorbara-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1210"}, scan_by="TimestampAscending",
         note='bounded LRU (1210 entries) refilling after each of 9 deploys 29-31 min apart from 21:20, from the late evening through the night into the small hours to 02:15 (the traffic 0.70 to 0.32 of the peak); must not alarm; ascending'),
    dict(name="ES13-e-lru-night-over-small-hours-1330-300", seed=148013, kind="e",
         intervals=gen_intervals(148013, 10, lo=29, hi=31),
         start="2033-08-24T23:45:00Z", service="morsiglia-centuri-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1330"}, ts_format="wire",
         note='bounded LRU (1330 entries) refilling after each of 10 deploys 29-31 min apart from 23:45, from midnight over the small hours to the dawn to 05:14 (the traffic 0.48 to 0.30 of the peak); must not alarm; epoch'),
    dict(name="ES14-step-frequent-quote-7-of-11-300", seed=148014, kind="step", culprit=7,
         intervals=gen_intervals(148014, 11, lo=29, hi=31),
         start="2033-08-25T09:15:00Z", service="rogliano-canari-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/rogliano-pulenda-table-at-boot', 'Load the rogliano pulenda table at boot'),
         note='level shift at #7 of 11 (12:43), quote route (20 lines at 95 req/s, 400 SKUs); 11 deploys 29-31 min apart from 09:15 (31, 30, 29, 30 and 30 min after the step, to 15:13); no trend after; must not alarm; epoch'),
    dict(name="ES15-f-load-small-hours-over-dawn-rise-frequent-320", seed=148015, kind="f", workers=72,
         intervals=gen_intervals(148015, 9, lo=29, hi=31),
         start="2033-08-26T04:20:00Z", service="nonza-ghisoni-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note='reports in flight follow the load from the small hours over the dawn rise into the morning from 04:20 (0.28 of the peak) to 09:18 (0.57), across 9 deploys 29-31 min apart; must not alarm; ascending'),
    dict(name="ES16-none-frequent-quote-26-deploys-300", seed=148116, kind="none",
         intervals=gen_intervals(148016, 26, lo=16, hi=17),
         start="2033-08-27T11:05:00Z", service="sartene-levie-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 11:05 in the late morning over midday and the afternoon peak into the evening to 18:34 (the traffic 0.78 to 0.92 of the peak); 26 deploys 16-17 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDS + ES_SCENARIOS
