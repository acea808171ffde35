"""memblame's tracelab scenarios, batch 132: EC01..EC16 (real memory traces with labels).

(Named EC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-131 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA and EB.  No case folder, scenario name or split entry starts with "EC".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 132"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios132.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios132.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw132 EC01-... EC16-...

Cache leaks under frequent deploys: the mix of batch 129 (its template;
batch 126 its predecessor).  A blind batch: all 16 cases are split
"validation" (split132.json, regime tags as split129.json).

Rotation, batch 129's moved on by one cache batch: positions and b line
counts away from batches 122, 126 and 129, deploy counts away from 126
and 129.  Seven b next to the per-SKU cache of 400 SKUs, culprits #7 of 9,
#5 of 10, #3 of 9, #4 of 10, #8 of 10, #6 of 9 and #2 of 10 (EC01-EC07);
one frequent-deploy leak of each other kind in the order d, c, a (EC08 d
#7 of 10, EC09 c #4 of 10, EC10 a #3 of 8); three bounded LRUs (1460 from
08:05, 735 from 13:15, 1045 from 16:30); a step on the orders route at #6
of 11; kind f from 05:35 up the dawn and morning rise; a flat orders
service with 19 deploys from 10:25.  Deploy gaps gen_intervals(1320NN, n,
lo=26, hi=32) (the flat case lo=20, hi=27): no leaking interval under 26
min or over 32 (the lessons of batches 129-131).  The flat case was first
committed and recorded with lo=23, hi=31 (529 samples): its epoch
metrics.json was 32 826 bytes, over the 30 KB a metrics.json may have, so
it was changed to lo=20, hi=27 (451 samples) and recorded again.

PR and pipeline numbers: this file runs scenarios131.py (11..2204) and
lists EC last (2205..2220).  Seeds 132001..132016, but EC02 132202 and
EC10 132310 with the draws of 132002 and 132010 (the PRs of 132002,
132102, 132010, 132110 and 132210 collided with pipelines of BK16 and
BL04; check_numbers.py, seed_search.py).  Dates 2032-11-23
(EC01) to 2032-12-08 (EC16).  Limits AAABBBBBAABABABA (A 300, B 320 MiB).
Cases of 260 samples or more use ts_format "wire"; TimestampAscending for
EC01, EC04, EC06, EC09, EC11, EC13, EC14 and EC16.

Loads by batch 131's units for the next batch (frequent a 0.0273, b
0.00319, c 0.0146, d 0.0181; %/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit: EC01 b 16 lines x 115 (300),
EC02 b 19 x 97 (300), EC03 b 23 x 80 (300), EC04 b 15 x 131 (320), EC05
b 18 x 109 (320), EC06 b 17 x 115 (320), EC07 b 22 x 89 (320), EC08 d 3
KB x 115 (320), EC09 c 6 KB x 67 (300), EC10 a 2 KB x 107 (300).  Healthy
loads are earlier batches'.  The "~5 %/h" in the notes are aims, not
measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios131.py"))["SCENARIOS"]   # 11..2204

EC_SCENARIOS = [
    dict(name="EC01-b-frequent-deploys-culprit-7-300", seed=132001, kind="b", culprit=7,
         intervals=gen_intervals(132001, 9, lo=26, hi=32),
         start="2032-11-23T10:50:00Z", service="maseru-teyateyaneng-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/maseru-moroho-quote-memo', 'Memoise maseru teyateyaneng quotes per moroho and customer'),
         note='9 deploys 26-32 min apart from 10:50, culprit #7 at 14:12 (3 leaking intervals, 26-32 min, to 15:39; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EC02-b-frequent-deploys-culprit-5-300", seed=132202, kind="b", culprit=5,
         intervals=gen_intervals(132002, 10, lo=26, hi=32),
         start="2032-11-24T11:20:00Z", service="mafeteng-hlotse-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/mafeteng-likhobe-quote-memo', 'Memoise mafeteng hlotse quotes per likhobe and customer'),
         note='10 deploys 26-30 min apart from 11:20, culprit #5 at 13:39 (6 leaking intervals, 28-30 min, to 16:34; its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EC03-b-frequent-deploys-culprit-3-300", seed=132003, kind="b", culprit=3,
         intervals=gen_intervals(132003, 9, lo=26, hi=32),
         start="2032-11-25T13:20:00Z", service="mohaleshoek-maputsoe-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=80, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/mohaleshoek-motoho-quote-memo', 'Memoise mohaleshoek maputsoe quotes per motoho and customer'),
         note='9 deploys 27-32 min apart from 13:20, culprit #3 at 14:49 (7 leaking intervals, 27-32 min, to 18:19; its own 27 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EC04-b-frequent-deploys-culprit-4-320", seed=132004, kind="b", culprit=4,
         intervals=gen_intervals(132004, 10, lo=26, hi=32),
         start="2032-11-26T11:30:00Z", service="qachasnek-quthing-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=131, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/qachasnek-lesheleshele-quote-memo', 'Memoise qachasnek quthing quotes per lesheleshele and customer'),
         note='10 deploys 26-32 min apart from 11:30, culprit #4 at 13:20 (7 leaking intervals, 26-32 min, to 16:42; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EC05-b-frequent-deploys-culprit-8-320", seed=132005, kind="b", culprit=8,
         intervals=gen_intervals(132005, 10, lo=26, hi=32),
         start="2032-11-27T11:25:00Z", service="mokhotlong-thabatseka-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/mokhotlong-sekoankoane-quote-memo', 'Memoise mokhotlong thabatseka quotes per sekoankoane and customer'),
         note='10 deploys 26-32 min apart from 11:25, culprit #8 at 15:15 (3 leaking intervals, 26-28 min, to 16:35; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EC06-b-frequent-deploys-culprit-6-320", seed=132006, kind="b", culprit=6,
         intervals=gen_intervals(132006, 9, lo=26, hi=32),
         start="2032-11-28T11:30:00Z", service="semonkong-roma-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/semonkong-makoenya-quote-memo', 'Memoise semonkong roma quotes per makoenya and customer'),
         note='9 deploys 26-32 min apart from 11:30, culprit #6 at 14:23 (4 leaking intervals, 27-32 min, to 16:20; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EC07-b-frequent-deploys-culprit-2-320", seed=132007, kind="b", culprit=2,
         intervals=gen_intervals(132007, 10, lo=26, hi=32),
         start="2032-11-29T12:55:00Z", service="morija-mapoteng-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/morija-bohobe-quote-memo', 'Memoise morija mapoteng quotes per bohobe and customer'),
         note='10 deploys 27-32 min apart from 12:55, culprit #2 at 13:53 (9 leaking intervals, 27-32 min, to 18:11; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EC08-d-frequent-deploys-culprit-7-320", seed=132008, kind="d", culprit=7,
         intervals=gen_intervals(132008, 10, lo=26, hi=32),
         start="2032-11-30T11:10:00Z", service="peka-malealea-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/peka-joala-timers', 'Confirm peka malealea bookings from delayed joala timers'),
         note='10 deploys 26-32 min apart from 11:10, culprit #7 at 14:34 (4 leaking intervals, 26-32 min, to 16:30; its own 32 min); ~5 %/h of 320 MiB at peak; epoch'),
    dict(name="EC09-c-frequent-deploys-culprit-4-300", seed=132009, kind="c", culprit=4,
         intervals=gen_intervals(132009, 10, lo=26, hi=32),
         start="2032-12-01T11:35:00Z", service="hatsane-mazenod-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=67, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/hatsane-mokopu-listeners', 'Tell open hatsane mazenod bookings when a mokopu frees'),
         note='10 deploys 26-32 min apart from 11:35, culprit #4 at 13:29 (7 leaking intervals, 27-32 min, to 16:58; its own 27 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="EC10-a-frequent-deploys-culprit-3-300", seed=132310, kind="a", culprit=3,
         intervals=gen_intervals(132010, 8, lo=26, hi=32),
         start="2032-12-02T12:35:00Z", service="leribe-likalaneng-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=107, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('feat/leribe-sekhama-history', 'Keep leribe likalaneng orders for the sekhama history'),
         note='8 deploys 27-32 min apart from 12:35, culprit #3 at 14:03 (6 leaking intervals, 27-31 min, to 17:03; its own 31 min); ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="EC11-e-lru-morning-rise-to-midday-1460-320", seed=132011, kind="e",
         intervals=gen_intervals(132011, 7, lo=26, hi=32),
         start="2032-12-03T08:05:00Z", service="ramabanta-sehlabathebe-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1460"}, scan_by="TimestampAscending",
         note='bounded LRU (1460 entries) refilling after each of 7 deploys 26-32 min apart from 08:05, up the morning rise towards midday to 11:50 (the traffic 0.47 to 0.90 of the peak); must not alarm; ascending'),
    dict(name="EC12-e-lru-afternoon-peak-to-evening-735-300", seed=132012, kind="e",
         intervals=gen_intervals(132012, 10, lo=26, hi=32),
         start="2032-12-04T13:15:00Z", service="letseng-marakabei-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "735"}, ts_format="wire",
         note='bounded LRU (735 entries) refilling after each of 10 deploys 26-32 min apart from 13:15, over the afternoon peak into the evening to 18:30 (the traffic 1.00 to 0.93 of the peak); must not alarm; epoch'),
    dict(name="EC13-e-lru-late-afternoon-to-night-1045-320", seed=132013, kind="e",
         intervals=gen_intervals(132013, 8, lo=26, hi=32),
         start="2032-12-05T16:30:00Z", service="moyeni-matelile-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1045"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1045 entries) refilling after each of 8 deploys 27-32 min apart from 16:30, from the late afternoon down the evening fall into the night to 20:52 (the traffic 1.00 to 0.75 of the peak); must not alarm; epoch; ascending'),
    dict(name="EC14-step-frequent-orders-300", seed=132014, kind="step", culprit=6,
         intervals=gen_intervals(132014, 11, lo=26, hi=32),
         start="2032-12-06T10:00:00Z", service="manzini-mbabane-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/manzini-nyekoe-table-at-boot', 'Load the manzini nyekoe table at boot'),
         note='level shift at #6 of 11 (12:51), orders route (5 KB at 90 req/s); 11 deploys 26-32 min apart from 10:00 (27, 32, 31, 29, 32 and 32 min after the step, to 15:54); no trend after; must not alarm; epoch; ascending'),
    dict(name="EC15-f-load-dawn-rise-frequent-320", seed=132015, kind="f", workers=72,
         intervals=gen_intervals(132015, 10, lo=26, hi=32),
         start="2032-12-07T05:35:00Z", service="siteki-nhlangano-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note='reports in flight follow the load up the dawn and morning rise from 05:35 (0.31 of the peak) to 10:48 (0.74), across 10 deploys 26-32 min apart; must not alarm; epoch'),
    dict(name="EC16-none-frequent-orders-300", seed=132016, kind="none",
         intervals=gen_intervals(132016, 19, lo=20, hi=27),
         start="2032-12-08T10:25:00Z", service="lobamba-mankayane-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s), from 10:25 up the late morning over the afternoon peak to 17:56 (the traffic 0.69 to 0.95 of the peak); 19 deploys 20-27 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDS + EC_SCENARIOS
