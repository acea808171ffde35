"""memblame's tracelab scenarios, batch 155: EZ01..EZ16 (real memory traces with labels).

(Named EZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-154 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EY.  No case folder, scenario name or split entry starts with "EZ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 155"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios155.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios155.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw155 EZ01-... EZ16-...

The mix of batch 152 (its template; batch 148 its predecessor): a blind test
of cache leaks (b) next to the per-SKU cache of 400 SKUs under deploys
every 28-31 minutes, one frequent-deploy leak of each other kind for
contrast (c, a, d), and the healthy services that look like them (three
bounded LRUs, a step, kind f, a flat service with 24 deploys).  A blind
batch: all 16 cases are split "validation" (split155.json, regime tags as
split152.json).

Rotation: the b culprits at #4, #6, #8, #2, #7, #5 and #3 (EZ01-EZ07: the
multiset #2-#8 once each; batch 152: #2, #4, #7, #6, #5, #3, #5; 148: #5,
#3, #4, #7, #3, #6, #2; no b at the position its number had in 148 or
152), serving 13:15-14:49; the other kinds in the order c, a, d (c #5 of
9, a #6 of 10, d #7 of 10; 152: d #6, c #7, a #8; 148: a #5, c #4, d #2);
the LRUs in the small hours, up the dawn rise and over noon (148: evening
fall, late evening, night; 152: morning, afternoon, late afternoon),
sizes 1070, 1380 and 1160 (no LRU scenario had them); the step on the
quote route at #9 of 13; kind f down the evening fall; the flat service
on the quote route with 24 deploys 16-18 min apart from 12:43.

Loads: batch 154's units for the next batch (its main figures, frequent
a 0.0326, b 0.00345, c 0.0123, d 0.0185): ~5 %/h of the case's own limit
at peak traffic.  At 100-125 req/s and 13-19 lines only one new b load
lies within 0.4 % of the aim (15 x 121 at 320 MiB); the tolerance was
widened in 0.1 % steps to 2.3 %, the first that gives seven different b
loads no scenario had at that limit (see the README).  The frequent a
(2 KB, 90-130 req/s) is widened to 2.3 % too (2 KB x 98 at 320, +2.23 %;
every 2 KB load nearer the aim at 300 or 320 MiB was an earlier
scenario's).

PR and pipeline numbers: this file runs scenarios154.py (11..2572) and
lists EZ last (2573..2588).  Seeds 155001..155016.  Dates 2033-12-05
(EZ01) to 2033-12-20 (EZ16).  Limits BABBABABBBAABAAA (A 300, B 320 MiB;
no earlier batch of 16 had it or its first eight).  Cases of 300 samples or
more use epoch-second timestamps ("wire"); TimestampAscending for EZ01,
EZ04, EZ06, EZ09, EZ10, EZ12, EZ14 and EZ15 (no earlier batch had this
set).  The notes' "epoch" and "ascending" tags are written from these
fields; the "~5 %/h" in the notes are aims, not measurements.  Heap 160 MB
everywhere.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios154.py"))["SCENARIOS"]   # 11..2572

EZ_SCENARIOS = [
    dict(name="EZ01-b-frequent-deploys-culprit-4-of-10-320", seed=155001, kind="b", culprit=4,
         intervals=gen_intervals(155001, 10, lo=28, hi=31),
         start="2033-12-05T11:50:00Z", service="orissaare-salme-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=121, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/orissaare-kohuke-quote-memo', 'Memoise orissaare salme quotes per kohuke and customer'),
         note='10 deploys 28-31 min apart from 11:50, culprit #4 at 13:49 (7 leaking intervals, 28-31 min, to 17:17; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EZ02-b-frequent-deploys-culprit-6-of-9-300", seed=155002, kind="b", culprit=6,
         intervals=gen_intervals(155002, 9, lo=28, hi=31),
         start="2033-12-06T11:40:00Z", service="leisi-kihelkonna-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/leisi-kringel-quote-memo', 'Memoise leisi kihelkonna quotes per kringel and customer'),
         note='9 deploys 28-31 min apart from 11:40, culprit #6 at 14:37 (4 leaking intervals, 28-31 min, to 16:33; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EZ03-b-frequent-deploys-culprit-8-of-10-320", seed=155003, kind="b", culprit=8,
         intervals=gen_intervals(155003, 10, lo=28, hi=31),
         start="2033-12-07T09:35:00Z", service="ruhnu-vormsi-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/ruhnu-mannavaht-quote-memo', 'Memoise ruhnu vormsi quotes per mannavaht and customer'),
         note='10 deploys 28-31 min apart from 09:35, culprit #8 at 13:28 (3 leaking intervals, 28-31 min, to 14:55; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EZ04-b-frequent-deploys-culprit-2-of-9-320", seed=155004, kind="b", culprit=2,
         intervals=gen_intervals(155004, 9, lo=28, hi=31),
         start="2033-12-08T13:20:00Z", service="kihnu-lihula-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/kihnu-kamavaht-quote-memo', 'Memoise kihnu lihula quotes per kamavaht and customer'),
         note='9 deploys 28-31 min apart from 13:20, culprit #2 at 14:20 (8 leaking intervals, 28-31 min, to 18:15; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EZ05-b-frequent-deploys-culprit-7-of-10-300", seed=155005, kind="b", culprit=7,
         intervals=gen_intervals(155005, 10, lo=28, hi=31),
         start="2033-12-09T09:55:00Z", service="noarootsi-kohila-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/noarootsi-mulgipuder-quote-memo', 'Memoise noarootsi kohila quotes per mulgipuder and customer'),
         note='10 deploys 28-31 min apart from 09:55, culprit #7 at 13:16 (4 leaking intervals, 28-31 min, to 15:13; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EZ06-b-frequent-deploys-culprit-5-of-9-320", seed=155006, kind="b", culprit=5,
         intervals=gen_intervals(155006, 9, lo=28, hi=31),
         start="2033-12-10T12:20:00Z", service="haljala-vihula-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/haljala-sepik-quote-memo', 'Memoise haljala vihula quotes per sepik and customer'),
         note='9 deploys 28-31 min apart from 12:20, culprit #5 at 14:49 (5 leaking intervals, 28-31 min, to 17:20; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EZ07-b-frequent-deploys-culprit-3-of-10-300", seed=155007, kind="b", culprit=3,
         intervals=gen_intervals(155007, 10, lo=28, hi=31),
         start="2033-12-11T12:40:00Z", service="kuusalu-kehra-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/kuusalu-kiluleib-quote-memo', 'Memoise kuusalu kehra quotes per kiluleib and customer'),
         note='10 deploys 28-31 min apart from 12:40, culprit #3 at 14:07 (8 leaking intervals, 28-31 min, to 18:04; its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EZ08-c-frequent-deploys-culprit-5-of-9-320", seed=155008, kind="c", culprit=5,
         intervals=gen_intervals(155008, 9, lo=28, hi=31),
         start="2033-12-12T12:00:00Z", service="aegviidu-kallaste-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=85, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/aegviidu-tangupuder-listeners', 'Tell open aegviidu kallaste bookings when a tangupuder frees'),
         note='9 deploys 28-31 min apart from 12:00, culprit #5 at 14:24 (5 leaking intervals, 28-31 min, to 16:53; its own 31 min); ~5 %/h of 320 MiB at peak'),
    dict(name="EZ09-a-frequent-deploys-culprit-6-of-10-320", seed=155009, kind="a", culprit=6,
         intervals=gen_intervals(155009, 10, lo=28, hi=31),
         start="2033-12-13T10:45:00Z", service="varnja-kolkja-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/varnja-hapukapsas-history', 'Keep varnja kolkja orders for the hapukapsas history'),
         note='10 deploys 28-31 min apart from 10:45, culprit #6 at 13:42 (5 leaking intervals, 28-31 min, to 16:08; its own 30 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="EZ10-d-frequent-deploys-culprit-7-of-10-320", seed=155010, kind="d", culprit=7,
         intervals=gen_intervals(155010, 10, lo=28, hi=31),
         start="2033-12-14T10:35:00Z", service="vastseliina-obinitsa-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=113, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/vastseliina-seljanka-timers', 'Confirm vastseliina obinitsa bookings from delayed seljanka timers'),
         note='10 deploys 28-31 min apart from 10:35, culprit #7 at 14:02 (4 leaking intervals, 29-31 min, to 16:03; its own 31 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="EZ11-e-lru-small-hours-1070-300", seed=155011, kind="e",
         intervals=gen_intervals(155011, 7, lo=28, hi=31),
         start="2033-12-15T01:05:00Z", service="sindi-audru-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1070"},
         note='bounded LRU (1070 entries) refilling after each of 7 deploys 28-31 min apart from 01:05, in the small hours to 05:00 (the traffic 0.38 to 0.29 of the peak); must not alarm'),
    dict(name="EZ12-e-lru-dawn-rise-1380-300", seed=155012, kind="e",
         intervals=gen_intervals(155012, 8, lo=28, hi=31),
         start="2033-12-16T04:40:00Z", service="hanila-virtsu-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1380"},
         scan_by="TimestampAscending",
         note='bounded LRU (1380 entries) refilling after each of 8 deploys 28-31 min apart from 04:40, up the dawn rise to 09:11 (the traffic 0.29 to 0.56 of the peak); must not alarm; ascending'),
    dict(name="EZ13-e-lru-noon-1160-320", seed=155013, kind="e",
         intervals=gen_intervals(155013, 7, lo=28, hi=31),
         start="2033-12-17T10:23:00Z", service="muhu-kuivastu-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1160"},
         note='bounded LRU (1160 entries) refilling after each of 7 deploys 28-31 min apart from 10:23, over noon to 14:17 (the traffic 0.68 to 0.98 of the peak); must not alarm'),
    dict(name="EZ14-step-frequent-quote-9-of-13-300", seed=155014, kind="step", culprit=9,
         intervals=gen_intervals(155014, 13, lo=28, hi=31),
         start="2033-12-18T09:10:00Z", service="koguva-pahkla-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/koguva-pannkook-table-at-boot', 'Load the koguva pannkook table at boot'),
         note='level shift at #9 of 13 (13:37), quote route (20 lines at 95 req/s, 400 SKUs); 13 deploys 28-31 min apart from 09:10 (28, 29, 29, 31 and 31 min after the step, to 16:05); no trend after; must not alarm; epoch; ascending'),
    dict(name="EZ15-f-load-evening-fall-frequent-300", seed=155015, kind="f", workers=72,
         intervals=gen_intervals(155015, 8, lo=28, hi=31),
         start="2033-12-19T16:55:00Z", service="emmaste-kassari-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note='reports in flight follow the load down the evening fall from 16:55 (0.99 of the peak) to 21:23 (0.70), across 8 deploys 28-31 min apart; must not alarm; ascending'),
    dict(name="EZ16-none-frequent-quote-24-deploys-300", seed=155016, kind="none",
         intervals=gen_intervals(155016, 24, lo=16, hi=18),
         start="2033-12-20T12:43:00Z", service="laulasmaa-kaali-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 12:43 over the afternoon peak into the evening to 19:49 (the traffic 0.99 to 0.83 of the peak); 24 deploys 16-18 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EZ_SCENARIOS
