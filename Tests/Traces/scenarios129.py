"""memblame's tracelab scenarios, batch 129: DZ01..DZ16 (real memory traces with labels).

(Named DZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-128 used AA..AZ, BA..BZ, CA..CZ and
DA..DY.  No case folder, scenario name or split entry starts with "DZ";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 129"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios129.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios129.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw129 DZ01-... DZ16-...

The mix of batch 126 (its template; batch 122 its predecessor, and batches
85, 88, 91, 94, 97, 100, 103, 107, 111, 114 and 118 of the same kind):
cache leaks (b) under frequent deploys, one frequent-deploy leak of each
other kind, and the healthy services that look like them.  A blind batch:
all 16 cases are split "validation" (split129.json, regime tags as
split126.json).

  DZ01-DZ07  b (quote cache keyed by sku|customer|qty; good releases warm a
             per-SKU cache of 400 SKUs), 7-10 deploys 22-32 min apart,
             culprits #3 (DZ01, of 8), #6 (DZ02, of 8), #4 (DZ03, of 10),
             #7 (DZ04, of 9), #2 (DZ05, of 7), #8 (DZ06, of 10), #6 (DZ07,
             of 9): the multiset #2-#4, #6 twice, #7, #8; no case at the
             position its number had in batches 118, 122 or 126, nor with
             the deploy count its number had in batches 122 or 126; each
             culprit's own interval 25 min or more, 3-7 leaking intervals
             of 22 min or more.  b line counts 23, 21, 24, 18, 16, 20, 17,
             all different, none the count its number had in batches 118,
             122 or 126.
  DZ08-DZ10  one frequent-deploy leak of each other kind on the orders
             route, in the order a, c, d (batches 118, 122, 126 used c-d-a,
             d-a-c, a-d-c; of the orders left, a-c-d was used longest ago,
             batch 107): a #4 of 7, c #3 of 7, d #6 of 10, none at a
             position batches 118, 122 or 126 gave that kind or that number.
  DZ11-DZ13  healthy bounded LRUs (quote 22 lines at 95 req/s, 9000 SKUs)
             of sizes no scenario used (1235, 795, 1515), at start times
             more than 15 min from every earlier LRU start (only evening and
             night starts were left): 19:20 down the evening fall into the
             late evening, 21:35 into the night, 23:55 into the small hours.
  DZ14       a healthy step (60000 entries at boot) on the quote route at
             #4 of 10 (no step scenario had the quote route at #4 of 10).
  DZ15       kind f (reports in flight), 14:40 over the afternoon peak to
             19:16 (no f started at 14:40), 9 deploys.
  DZ16       kind none on the quote route, 17 deploys 21-30 min apart from
             16:00 down the evening fall (no flat case had 17 deploys or
             started at 16:00 on any route).

Deploy gaps: gen_intervals(1290NN, n, lo=22, hi=32) for DZ01-DZ15 and
gen_intervals(129016, 17, lo=21, hi=31) for DZ16: ranges no scenario file
used (batch 126: 20-31 and 19-30; 122: 20-32 and 18-30); lo=22 keeps the
20-21 min leaking intervals that read their warm-up (batch 126's lesson)
out, hi=32 stays under the falls 33 min in (batches 123-128); every
interval is its first seed's draw.

Loads by batch 128's units for the next batch (the units at the END of
batch 128's section; batches 121 and 125 are development batches):
frequent a 0.0284, b 0.00307, c 0.0130, d 0.0144 %/h per unit of load
(size x rate) at peak at 256 MiB (x 256 / limit); every leaking case aims
at ~5 %/h of its own limit at peak, each load within 0.4 % of the aim and
none an earlier scenario of its kind had at the same limit
(/work/tracelab-raw129/bassign129.py).  The c keeps DW10's payload (6 KB
x 80; the c unit rests on DW10 alone), the d DW09's payload near its rate
(3 KB x 136; what a d keeps per request rises with its rate), the a 3 KB x
69.  Healthy loads are earlier batches'.  Limits in a 300-300-320 cycle
from DZ01 (AABAABAABAABAABA, no earlier batch of 16 had it or its first
eight); heap 160 MB.

PR and pipeline numbers: this file runs scenarios128.py (11..2156) and
lists DZ last (2157..2172).  Seeds 129001..129016, except DZ04 129104
(129004 gave a PR number equal to a pipeline number of BJ09; the intervals
stay 129004's draw).  Dates 2032-10-06
(DZ01) to 2032-10-21 (DZ16).  Cases of 260 samples or more use ts_format
"wire"; TimestampAscending for DZ02, DZ03, DZ05, DZ08, DZ10, DZ12, DZ14,
DZ15 (no earlier batch had this set).  The notes give the design; the "~5 %/h" are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDY = runpy.run_path(os.path.join(_HERE, "scenarios128.py"))["SCENARIOS"]   # 11..2156 (scenarios127.py's 11..2140, DY 2141..2156)

DZ_SCENARIOS = [
    dict(name="DZ01-b-frequent-deploys-culprit-3-300", seed=129001, kind="b", culprit=3,
         intervals=gen_intervals(129001, 8, lo=22, hi=32),
         start="2032-10-06T12:45:00Z", service="lilongwe-blantyre-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/lilongwe-nsima-quote-memo', 'Memoise lilongwe blantyre quotes per nsima and customer'),
         note='8 deploys 22-32 min apart from 12:45, culprit #3 at 14:10 (6 leaking intervals, 23-32 min, to 17:07; its own 32 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DZ02-b-frequent-deploys-culprit-6-300", seed=129002, kind="b", culprit=6,
         intervals=gen_intervals(129002, 8, lo=22, hi=32),
         start="2032-10-07T12:25:00Z", service="mzuzu-zomba-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/mzuzu-chambo-quote-memo', 'Memoise mzuzu zomba quotes per chambo and customer'),
         note='8 deploys 22-32 min apart from 12:25, culprit #6 at 14:51 (3 leaking intervals, 22-32 min, to 16:14; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DZ03-b-frequent-deploys-culprit-4-320", seed=129003, kind="b", culprit=4,
         intervals=gen_intervals(129003, 10, lo=22, hi=32),
         start="2032-10-08T11:40:00Z", service="kasungu-mangochi-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/kasungu-kondowole-quote-memo', 'Memoise kasungu mangochi quotes per kondowole and customer'),
         note='10 deploys 22-32 min apart from 11:40, culprit #4 at 13:18 (7 leaking intervals, 22-32 min, to 16:37; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DZ04-b-frequent-deploys-culprit-7-300", seed=129104, kind="b", culprit=7,
         intervals=gen_intervals(129004, 9, lo=22, hi=32),
         start="2032-10-09T12:10:00Z", service="karonga-salima-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/karonga-thobwa-quote-memo', 'Memoise karonga salima quotes per thobwa and customer'),
         note='9 deploys 22-32 min apart from 12:10, culprit #7 at 15:20 (3 leaking intervals, 29-31 min, to 16:49; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DZ05-b-frequent-deploys-culprit-2-300", seed=129005, kind="b", culprit=2,
         intervals=gen_intervals(129005, 7, lo=22, hi=32),
         start="2032-10-10T12:55:00Z", service="nkhotakota-liwonde-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/nkhotakota-mandasi-quote-memo', 'Memoise nkhotakota liwonde quotes per mandasi and customer'),
         note='7 deploys 23-32 min apart from 12:55, culprit #2 at 13:43 (6 leaking intervals, 24-32 min, to 16:37; its own 32 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DZ06-b-frequent-deploys-culprit-8-320", seed=129006, kind="b", culprit=8,
         intervals=gen_intervals(129006, 10, lo=22, hi=32),
         start="2032-10-11T11:15:00Z", service="dedza-mchinji-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/dedza-zitumbuwa-quote-memo', 'Memoise dedza mchinji quotes per zitumbuwa and customer'),
         note='10 deploys 23-31 min apart from 11:15, culprit #8 at 14:57 (3 leaking intervals, 27-28 min, to 16:20; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DZ07-b-frequent-deploys-culprit-6-300", seed=129007, kind="b", culprit=6,
         intervals=gen_intervals(129007, 9, lo=22, hi=32),
         start="2032-10-12T11:45:00Z", service="nsanje-chikwawa-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/nsanje-kalongonda-quote-memo', 'Memoise nsanje chikwawa quotes per kalongonda and customer'),
         note='9 deploys 23-32 min apart from 11:45, culprit #6 at 14:24 (4 leaking intervals, 24-31 min, to 16:14; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DZ08-a-frequent-deploys-culprit-4-300", seed=129008, kind="a", culprit=4,
         intervals=gen_intervals(129008, 7, lo=22, hi=32),
         start="2032-10-13T12:10:00Z", service="mulanje-thyolo-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=69, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('feat/mulanje-chigumu-history', 'Keep mulanje thyolo orders for the chigumu history'),
         note='7 deploys 22-32 min apart from 12:10, culprit #4 at 13:54 (4 leaking intervals, 22-32 min, to 15:42; its own 32 min); ~5 %/h of 300 MiB at peak; ascending'),
    dict(name="DZ09-c-frequent-deploys-culprit-3-320", seed=129009, kind="c", culprit=3,
         intervals=gen_intervals(129009, 7, lo=22, hi=32),
         start="2032-10-14T12:55:00Z", service="balaka-ntcheu-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=80, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/balaka-futali-listeners', 'Tell open balaka ntcheu bookings when a futali frees'),
         note='7 deploys 22-29 min apart from 12:55, culprit #3 at 14:06 (5 leaking intervals, 22-29 min, to 16:13; its own 29 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DZ10-d-frequent-deploys-culprit-6-300", seed=129010, kind="d", culprit=6,
         intervals=gen_intervals(129010, 10, lo=22, hi=32),
         start="2032-10-15T11:00:00Z", service="rumphi-chitipa-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=136, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/rumphi-usipa-timers', 'Confirm rumphi chitipa bookings from delayed usipa timers'),
         note='10 deploys 22-31 min apart from 11:00, culprit #6 at 13:39 (5 leaking intervals, 22-31 min, to 15:56; its own 28 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="DZ11-e-lru-evening-fall-to-late-evening-1235-300", seed=129011, kind="e",
         intervals=gen_intervals(129011, 9, lo=22, hi=32),
         start="2032-10-16T19:20:00Z", service="mzimba-likoma-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1235"},
         note='bounded LRU (1235 entries) refilling after each of 9 deploys 23-30 min apart from 19:20, down the evening fall into the late evening to 23:26 (the traffic 0.87 to 0.51 of the peak); must not alarm'),
    dict(name="DZ12-e-lru-late-evening-into-night-795-320", seed=129012, kind="e",
         intervals=gen_intervals(129012, 8, lo=22, hi=32),
         start="2032-10-17T21:35:00Z", service="ntchisi-dowa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "795"}, scan_by="TimestampAscending",
         note='bounded LRU (795 entries) refilling after each of 8 deploys 25-30 min apart from 21:35, from the late evening into the night to 01:39 (the traffic 0.68 to 0.35 of the peak); must not alarm; ascending'),
    dict(name="DZ13-e-lru-midnight-into-small-hours-1515-300", seed=129013, kind="e",
         intervals=gen_intervals(129013, 7, lo=22, hi=32),
         start="2032-10-18T23:55:00Z", service="machinga-phalombe-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1515"},
         note='bounded LRU (1515 entries) refilling after each of 7 deploys 22-27 min apart from 23:55, from before midnight into the small hours to 03:08 (the traffic 0.47 to 0.29 of the peak); must not alarm'),
    dict(name="DZ14-step-frequent-quote-300", seed=129014, kind="step", culprit=4,
         intervals=gen_intervals(129014, 10, lo=22, hi=32),
         start="2032-10-19T11:20:00Z", service="chiradzulu-luchenza-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/chiradzulu-kampango-table-at-boot', 'Load the chiradzulu kampango table at boot'),
         note='level shift at #4 of 10 (12:57), quote route (20 lines at 95 req/s, 400 SKUs); 10 deploys 22-32 min apart from 11:20 (27, 22, 32, 28, 32, 29 and 23 min after the step, to 16:10); no trend after; must not alarm; epoch; ascending'),
    dict(name="DZ15-f-load-afternoon-peak-frequent-320", seed=129015, kind="f", workers=72,
         intervals=gen_intervals(129015, 9, lo=22, hi=32),
         start="2032-10-20T14:40:00Z", service="nkhatabay-mwanza-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note='reports in flight follow the load over the afternoon peak from 14:40 (0.99 of the peak) to 19:16 (0.88), across 9 deploys 22-32 min apart; must not alarm; epoch; ascending'),
    dict(name="DZ16-none-frequent-quote-300", seed=129016, kind="none",
         intervals=gen_intervals(129016, 17, lo=21, hi=31),
         start="2032-10-21T16:00:00Z", service="neno-chileka-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs, no per-SKU cache), from 16:00 over the late afternoon down the evening fall to 23:47 (the traffic 1.00 to 0.48 of the peak); 17 deploys 21-30 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDY + DZ_SCENARIOS
