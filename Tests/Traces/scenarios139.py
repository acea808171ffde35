"""memblame's tracelab scenarios, batch 139: EJ01..EJ16 (real memory traces with labels).

(Named EJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-138 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EI.  No case folder, scenario name or split entry starts with "EJ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 139"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios139.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios139.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw139 EJ01-... EJ16-...

Cache leaks under frequent deploys, the mix of batch 135 (its template;
batch 132 its predecessor), rotated away from batches 132 and 135 as batch
135 rotated away from 129 and 132.  A blind batch: all 16 cases are split
"validation" (split139.json, regime tags as split135.json).

Seven b with 7-10 deploys 29-32 min apart (a gap range no scenario file
used; batch 135's lesson: its 28 min leaking intervals read their warm-up;
no interval reaches 33 min): culprits #2 of 7, #4 of 7, #8 of 10, #3 of
9, #5 of 7, #7 of 10, #3 of 9 (EJ01-EJ07; the multiset #2-#5, #7, #8 with
#3 twice; no number at its position of batches 129, 132 or 135, nor at
its deploy count of 132 or 135).  One frequent-deploy leak of each other
kind in the order c, d, a (EJ08 c #2 of 7, EJ09 d #5 of 7, EJ10 a #7 of
10; batches 129, 132, 135 used a-c-d, d-c-a, c-a-d; c-d-a, batch 118's,
was used longest ago of the three left).  Three healthy bounded LRUs
(905, 1185, 1320 entries) from 18:10 (evening fall), 20:50 (late evening
into the night) and 23:20 (night into the small hours), away from batch
135's small-hours, dawn and midday starts and batch 132's morning,
afternoon and late-afternoon ones.  A step on the orders route at #4 of
10; kind f up the morning rise from 08:15; a flat orders service with 23
deploys 16-19 min apart from 09:25.

Loads by batch 138's units for the next batch (frequent a 0.0329, b
0.00333, c 0.0158, d 0.0154; %/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit at peak, each within 0.4 % and
new for its kind at its limit: EJ01 b 19 lines x 99 (320), EJ02 b 18 x
104 (320), EJ03 b 15 x 117 (300), EJ04 b 16 x 110 (300), EJ05 b 17 x 110
(320), EJ06 b 21 x 84 (300), EJ07 b 20 x 94 (320), EJ08 c 6 KB x 62
(300), EJ09 d 3 KB x 135 (320), EJ10 a 2 KB x 95 (320).  Healthy loads
are earlier batches'.  Limits BBAABABABBABAABA (A 300, B 320 MiB).

PR and pipeline numbers: this file runs scenarios138.py (11..2316) and
lists EJ last (2317..2332).  Seeds 139001..139016, EJ12 139112 (139012's
PR numbers collided; its intervals stay the draw of 139012).  Dates 2033-03-20
(EJ01) to 2033-04-04 (EJ16).  Cases of 260 samples or more use ts_format
"wire"; TimestampAscending for EJ01, EJ04, EJ06, EJ09, EJ11, EJ14, EJ15.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios138.py"))["SCENARIOS"]   # 11..2316

EJ_SCENARIOS = [
    dict(name="EJ01-b-frequent-deploys-culprit-2-of-7-320", seed=139001, kind="b", culprit=2,
         intervals=gen_intervals(139001, 7, lo=29, hi=32),
         start="2033-03-20T13:45:00Z", service="nuuk-sisimiut-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/nuuk-suaasat-quote-memo', 'Memoise nuuk sisimiut quotes per suaasat and customer'),
         note='7 deploys 29-32 min apart from 13:45, culprit #2 at 14:49 (6 leaking intervals, 29-31 min, to 17:46; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EJ02-b-frequent-deploys-culprit-4-of-7-320", seed=139002, kind="b", culprit=4,
         intervals=gen_intervals(139002, 7, lo=29, hi=32),
         start="2033-03-21T11:40:00Z", service="ilulissat-qaqortoq-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/ilulissat-mattak-quote-memo', 'Memoise ilulissat qaqortoq quotes per mattak and customer'),
         note='7 deploys 29-32 min apart from 11:40, culprit #4 at 13:42 (4 leaking intervals, 29-31 min, to 15:42; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EJ03-b-frequent-deploys-culprit-8-of-10-300", seed=139003, kind="b", culprit=8,
         intervals=gen_intervals(139003, 10, lo=29, hi=32),
         start="2033-03-22T10:20:00Z", service="aasiaat-maniitsoq-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/aasiaat-kiviaq-quote-memo', 'Memoise aasiaat maniitsoq quotes per kiviaq and customer'),
         note='10 deploys 29-32 min apart from 10:20, culprit #8 at 14:25 (3 leaking intervals, 29-29 min, to 15:52; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EJ04-b-frequent-deploys-culprit-3-of-9-300", seed=139004, kind="b", culprit=3,
         intervals=gen_intervals(139004, 9, lo=29, hi=32),
         start="2033-03-23T13:30:00Z", service="tasiilaq-paamiut-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/tasiilaq-ammassat-quote-memo', 'Memoise tasiilaq paamiut quotes per ammassat and customer'),
         note='9 deploys 29-31 min apart from 13:30, culprit #3 at 15:00 (7 leaking intervals, 29-31 min, to 18:32; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EJ05-b-frequent-deploys-culprit-5-of-7-320", seed=139005, kind="b", culprit=5,
         intervals=gen_intervals(139005, 7, lo=29, hi=32),
         start="2033-03-24T10:55:00Z", service="narsaq-uummannaq-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/narsaq-tuttu-quote-memo', 'Memoise narsaq uummannaq quotes per tuttu and customer'),
         note='7 deploys 29-32 min apart from 10:55, culprit #5 at 13:30 (3 leaking intervals, 29-32 min, to 15:02; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EJ06-b-frequent-deploys-culprit-7-of-10-300", seed=139006, kind="b", culprit=7,
         intervals=gen_intervals(139006, 10, lo=29, hi=32),
         start="2033-03-25T10:35:00Z", service="upernavik-qasigiannguit-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=84, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/upernavik-nikkut-quote-memo', 'Memoise upernavik qasigiannguit quotes per nikkut and customer'),
         note='10 deploys 29-32 min apart from 10:35, culprit #7 at 14:06 (4 leaking intervals, 29-32 min, to 16:11; its own 32 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EJ07-b-frequent-deploys-culprit-3-of-9-320", seed=139007, kind="b", culprit=3,
         intervals=gen_intervals(139007, 9, lo=29, hi=32),
         start="2033-03-26T13:10:00Z", service="nanortalik-qeqertarsuaq-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/nanortalik-mattaaq-quote-memo', 'Memoise nanortalik qeqertarsuaq quotes per mattaaq and customer'),
         note='9 deploys 29-32 min apart from 13:10, culprit #3 at 14:40 (7 leaking intervals, 29-32 min, to 18:13; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EJ08-c-frequent-deploys-culprit-2-of-7-300", seed=139008, kind="c", culprit=2,
         intervals=gen_intervals(139008, 7, lo=29, hi=32),
         start="2033-03-27T12:55:00Z", service="kangaatsiaq-narsarsuaq-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=62, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/kangaatsiaq-kalaaliaraq-listeners', 'Tell open kangaatsiaq narsarsuaq bookings when a kalaaliaraq frees'),
         note='7 deploys 29-32 min apart from 12:55, culprit #2 at 13:54 (6 leaking intervals, 29-32 min, to 16:55; its own 29 min); ~5 %/h of 300 MiB at peak'),
    dict(name="EJ09-d-frequent-deploys-culprit-5-of-7-320", seed=139009, kind="d", culprit=5,
         intervals=gen_intervals(139009, 7, lo=29, hi=32),
         start="2033-03-28T11:50:00Z", service="kangerlussuaq-qaanaaq-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=135, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/kangerlussuaq-puisi-timers', 'Confirm kangerlussuaq qaanaaq bookings from delayed puisi timers'),
         note='7 deploys 30-32 min apart from 11:50, culprit #5 at 14:27 (3 leaking intervals, 30-32 min, to 16:00; its own 32 min); ~5 %/h of 320 MiB at peak; ascending'),
    dict(name="EJ10-a-frequent-deploys-culprit-7-of-10-320", seed=139010, kind="a", culprit=7,
         intervals=gen_intervals(139010, 10, lo=29, hi=32),
         start="2033-03-29T10:05:00Z", service="kullorsuaq-ikerasak-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('feat/kullorsuaq-qajaasat-history', 'Keep kullorsuaq ikerasak orders for the qajaasat history'),
         note='10 deploys 30-32 min apart from 10:05, culprit #7 at 13:43 (4 leaking intervals, 32-32 min, to 15:51; its own 32 min); ~5 %/h of 320 MiB at peak; epoch'),
    dict(name="EJ11-e-lru-evening-fall-905-300", seed=139011, kind="e",
         intervals=gen_intervals(139011, 9, lo=29, hi=32),
         start="2033-03-30T18:10:00Z", service="saattut-niaqornat-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "905"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (905 entries) refilling after each of 9 deploys 29-32 min apart from 18:10, down the evening fall to 23:16 (the traffic 0.94 to 0.52 of the peak); must not alarm; epoch; ascending'),
    dict(name="EJ12-e-lru-late-evening-to-night-1185-320", seed=139112, kind="e",
         intervals=gen_intervals(139012, 8, lo=29, hi=32),
         start="2033-03-31T20:50:00Z", service="qullissat-kulusuk-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1185"}, ts_format="wire",
         note='bounded LRU (1185 entries) refilling after each of 8 deploys 29-32 min apart from 20:50, from the late evening into the night to 01:27 (the traffic 0.75 to 0.36 of the peak); must not alarm; epoch'),
    dict(name="EJ13-e-lru-night-to-small-hours-1320-300", seed=139013, kind="e",
         intervals=gen_intervals(139013, 9, lo=29, hi=32),
         start="2033-04-01T23:20:00Z", service="attu-tiniteqilaaq-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1320"}, ts_format="wire",
         note='bounded LRU (1320 entries) refilling after each of 9 deploys 29-32 min apart from 23:20, through the night into the small hours to 04:27 (the traffic 0.52 to 0.28 of the peak); must not alarm; epoch'),
    dict(name="EJ14-step-frequent-orders-4-of-10-300", seed=139014, kind="step", culprit=4,
         intervals=gen_intervals(139014, 10, lo=29, hi=32),
         start="2033-04-02T11:05:00Z", service="kuummiut-isortoq-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/kuummiut-akutaq-table-at-boot', 'Load the kuummiut akutaq table at boot'),
         note='level shift at #4 of 10 (13:09), orders route (4 KB at 95 req/s); 10 deploys 29-32 min apart from 11:05 (32, 30, 29, 31, 32, 30 and 30 min after the step, to 16:43); no trend after; must not alarm; epoch; ascending'),
    dict(name="EJ15-f-load-morning-rise-to-afternoon-frequent-320", seed=139015, kind="f", workers=72,
         intervals=gen_intervals(139015, 9, lo=29, hi=32),
         start="2033-04-03T08:15:00Z", service="arsuk-igaliku-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note='reports in flight follow the load up the morning rise towards the afternoon from 08:15 (0.48 of the peak) to 13:26 (0.99), across 9 deploys 29-32 min apart; must not alarm; epoch; ascending'),
    dict(name="EJ16-none-frequent-orders-23-deploys-300", seed=139016, kind="none",
         intervals=gen_intervals(139016, 23, lo=16, hi=19),
         start="2033-04-04T09:25:00Z", service="akunnaaq-oqaatsut-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note='no leak, orders route (4 KB at 95 req/s), from 09:25 up the late morning over midday into the afternoon to 16:27 (the traffic 0.59 to 1.00 of the peak); 23 deploys 16-19 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EJ_SCENARIOS
