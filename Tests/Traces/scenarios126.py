"""memblame's tracelab scenarios, batch 126: DW01..DW16 (real memory traces with labels).

(Named DW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-125 used AA..AZ, BA..BZ, CA..CZ and
DA..DV.  No case folder, scenario name or split entry starts with "DW";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 126"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios126.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios126.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw126 DW01-... DW16-...

The mix of batch 122 (its template; batch 118 its predecessor, and batches
85, 88, 91, 94, 97, 100, 103, 107, 111 and 114 of the same kind): cache
leaks (b) under frequent deploys, one frequent-deploy leak of each other
kind, and the healthy services that look like them.  A blind batch: all 16
cases are split "validation".  16 cases, 4 057 samples in all.

  DW01-DW07  b (quote cache keyed by sku|customer|qty; good releases warm a
             per-SKU cache of 400 SKUs), 8-10 deploys 20-31 min apart,
             culprits #8 (DW01, of 10), #4 (DW02, of 9), #2 (DW03, of 8),
             #6 (DW04, of 8), #5 (DW05, of 9), #3 (DW06, of 8), #5 (DW07,
             of 8): the multiset #2-#6, #5 twice and #8, which no earlier
             group of frequent b of one prefix had; no case at the position
             its number had in batches 114, 118 or 122, nor with the deploy
             count its number had in batches 118 or 122; each culprit's own
             interval 25 min or more, 3-7 leaking intervals of 20 min or
             more.  b line counts 17, 23, 18, 20, 24, 22, 19, all different,
             none the count its number had in batches 114, 118 or 122.
  DW08-DW10  one frequent-deploy leak of each other kind on the orders
             route, in the order a, d, c (batches 114, 118, 122 used c-a-d,
             c-d-a, d-a-c; of the orders left, a-d-c was used longest ago,
             batch 103): a #5 of 8, d #2 of 8, c #2 of 9, none at a
             position batches 114, 118 or 122 gave that kind or that number.
  DW11-DW13  healthy bounded LRUs (quote 22 lines at 95 req/s, 9000 SKUs)
             of sizes no scenario used (1130, 670, 1410), at start times
             more than 15 min from every earlier LRU start: 05:50 up the
             dawn rise to the late morning, 18:25 down the evening fall,
             01:15 through the small hours trough.
  DW14       a healthy step (60000 entries at boot) on the orders route at
             #3 of 9 (no step scenario had the orders route at #3 of 9).
  DW15       kind f (reports in flight), 10:05 up the late morning rise to
             14:02 (no f started at 10:05), 9 deploys.
  DW16       kind none on the orders route, 16 deploys 19-28 min apart from
             07:15 up the morning rise (no flat case had 16 deploys or
             started at 07:15 on any route).

Deploy gaps: gen_intervals(1260NN, n, lo=20, hi=31) for DW01-DW15 and
gen_intervals(126016, 16, lo=19, hi=30) for DW16: ranges no scenario file
used (batch 122: 20-32 and 18-30; 118: 20-33 and 19-31); every interval is
its first seed's draw.

Loads by batch 124's units for the next batch (the units at the END of
batch 124's section; batches 121 and 125 are development batches):
frequent a 0.0258, b 0.00303, c 0.0112, d 0.0163 %/h per unit of load
(size x rate) at peak at 256 MiB (x 256 / limit); every leaking case aims
at ~5 %/h of its own limit at peak, each load within 0.4 % of the aim and
none an earlier scenario of its kind had at the same limit
(/work/tracelab-raw126/bassign126.py).  The d unit rests on DS08 alone
(6 KB x 115 req/s) and what a d keeps per request rises with its rate
(batch 122's lesson), so the d keeps DS08's rate range: 3 KB x 128; the c
unit rests on DS10 alone (6 KB x 73), so the c keeps its payload: 6 KB x
87; the a 3 KB x 81 (at 300 MiB no a pair lies within 0.4 %).  Healthy
loads are earlier batches'.  Limits in a 300-320-320 cycle from DW01
(ABBABBABBABBABBA, no earlier batch of 16 had it or its first eight);
heap 160 MB.

PR and pipeline numbers: this file runs scenarios125.py (11..2108) and
lists DW last (2109..2124).  Seeds 126001..126016, except DW02 126102, DW06 126106, DW08 126108 and
DW14 126514 (the first seeds gave PR numbers equal to pipeline numbers of
BH16, BI02, BI03 and BI06; the intervals stay the first seeds' draws).  Dates 2032-07-22
(DW01) to 2032-08-06 (DW16).  Cases of 260 samples or more use ts_format
"wire" (DW01 284, DW05 267, DW11 282, DW16 392); TimestampAscending for
DW01, DW04, DW06, DW07, DW10, DW11, DW13, DW16.  The notes give the
design; the "~5 %/h" are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDV = runpy.run_path(os.path.join(_HERE, "scenarios125.py"))["SCENARIOS"]   # 11..2108 (scenarios124.py's 11..2092, DV 2093..2108)

DW_SCENARIOS = [
    dict(name="DW01-b-frequent-deploys-culprit-8-300", seed=126001, kind="b", culprit=8,
         intervals=gen_intervals(126001, 10, lo=20, hi=31),
         start="2032-07-22T11:35:00Z", service="maputo-beira-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/maputo-matapa-quote-memo', 'Memoise maputo beira quotes per matapa and customer'),
         note='10 deploys 21-31 min apart from 11:35, culprit #8 at 15:04 (3 leaking intervals, 21-28 min, to 16:19; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DW02-b-frequent-deploys-culprit-4-320", seed=126102, kind="b", culprit=4,
         intervals=gen_intervals(126002, 9, lo=20, hi=31),
         start="2032-07-23T12:05:00Z", service="nampula-chimoio-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/nampula-xima-quote-memo', 'Memoise nampula chimoio quotes per xima and customer'),
         note='9 deploys 20-29 min apart from 12:05, culprit #4 at 13:39 (6 leaking intervals, 20-29 min, to 16:08; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DW03-b-frequent-deploys-culprit-2-320", seed=126003, kind="b", culprit=2,
         intervals=gen_intervals(126003, 8, lo=20, hi=31),
         start="2032-07-24T13:30:00Z", service="nacala-quelimane-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/nacala-chamussa-quote-memo', 'Memoise nacala quelimane quotes per chamussa and customer'),
         note='8 deploys 21-30 min apart from 13:30, culprit #2 at 14:18 (7 leaking intervals, 21-30 min, to 17:18; its own 26 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DW04-b-frequent-deploys-culprit-6-300", seed=126004, kind="b", culprit=6,
         intervals=gen_intervals(126004, 8, lo=20, hi=31),
         start="2032-07-25T12:50:00Z", service="tete-lichinga-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/tete-mucapata-quote-memo', 'Memoise tete lichinga quotes per mucapata and customer'),
         note='8 deploys 22-29 min apart from 12:50, culprit #6 at 15:24 (3 leaking intervals, 22-27 min, to 16:36; its own 27 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DW05-b-frequent-deploys-culprit-5-320", seed=126005, kind="b", culprit=5,
         intervals=gen_intervals(126005, 9, lo=20, hi=31),
         start="2032-07-26T11:05:00Z", service="pemba-inhambane-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=86, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/pemba-piripiri-quote-memo', 'Memoise pemba inhambane quotes per piripiri and customer'),
         note='9 deploys 20-31 min apart from 11:05, culprit #5 at 13:14 (5 leaking intervals, 24-31 min, to 15:32; its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DW06-b-frequent-deploys-culprit-3-320", seed=126106, kind="b", culprit=3,
         intervals=gen_intervals(126006, 8, lo=20, hi=31),
         start="2032-07-27T13:15:00Z", service="maxixe-dondo-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/maxixe-rissois-quote-memo', 'Memoise maxixe dondo quotes per rissois and customer'),
         note='8 deploys 20-31 min apart from 13:15, culprit #3 at 14:44 (6 leaking intervals, 20-31 min, to 17:14; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DW07-b-frequent-deploys-culprit-5-300", seed=126007, kind="b", culprit=5,
         intervals=gen_intervals(126007, 8, lo=20, hi=31),
         start="2032-07-28T11:45:00Z", service="cuamba-montepuez-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/cuamba-chacuti-quote-memo', 'Memoise cuamba montepuez quotes per chacuti and customer'),
         note='8 deploys 22-31 min apart from 11:45, culprit #5 at 13:56 (4 leaking intervals, 22-31 min, to 15:39; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DW08-a-frequent-deploys-culprit-5-320", seed=126108, kind="a", culprit=5,
         intervals=gen_intervals(126008, 8, lo=20, hi=31),
         start="2032-07-29T12:20:00Z", service="angoche-gurue-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=81, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/angoche-nhangana-history', 'Keep angoche gurue orders for the nhangana history'),
         note='8 deploys 23-30 min apart from 12:20, culprit #5 at 14:31 (4 leaking intervals, 23-30 min, to 16:20; its own 27 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DW09-d-frequent-deploys-culprit-2-320", seed=126009, kind="d", culprit=2,
         intervals=gen_intervals(126009, 8, lo=20, hi=31),
         start="2032-07-30T12:40:00Z", service="chokwe-mocuba-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=128, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/chokwe-badjias-timers', 'Confirm chokwe mocuba bookings from delayed badjias timers'),
         note='8 deploys 23-31 min apart from 12:40, culprit #2 at 13:35 (7 leaking intervals, 23-31 min, to 16:42; its own 27 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DW10-c-frequent-deploys-culprit-2-300", seed=126010, kind="c", culprit=2,
         intervals=gen_intervals(126010, 9, lo=20, hi=31),
         start="2032-07-31T13:25:00Z", service="manica-xaixai-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=87, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('feat/manica-mbowa-listeners', 'Tell open manica xaixai bookings when a mbowa frees'),
         note='9 deploys 20-31 min apart from 13:25, culprit #2 at 14:12 (8 leaking intervals, 20-31 min, to 17:34; its own 29 min); ~5 %/h of 300 MiB at peak; ascending'),
    dict(name="DW11-e-lru-dawn-to-late-morning-1130-320", seed=126011, kind="e",
         intervals=gen_intervals(126011, 10, lo=20, hi=31),
         start="2032-08-01T05:50:00Z", service="vilanculos-mocimboa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1130"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1130 entries) refilling after each of 10 deploys 20-31 min apart from 05:50, from the dawn rise to the late morning to 10:32 (the traffic 0.32 to 0.70 of the peak); must not alarm; epoch; ascending'),
    dict(name="DW12-e-lru-evening-fall-670-320", seed=126012, kind="e",
         intervals=gen_intervals(126012, 7, lo=20, hi=31),
         start="2032-08-02T18:25:00Z", service="marrupa-milange-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "670"},
         note='bounded LRU (670 entries) refilling after each of 7 deploys 20-31 min apart from 18:25, from the early evening down the evening fall to 21:48 (the traffic 0.93 to 0.66 of the peak); must not alarm'),
    dict(name="DW13-e-lru-small-hours-trough-1410-300", seed=126013, kind="e",
         intervals=gen_intervals(126013, 9, lo=20, hi=31),
         start="2032-08-03T01:15:00Z", service="nhamatanda-catandica-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1410"}, scan_by="TimestampAscending",
         note='bounded LRU (1410 entries) refilling after each of 9 deploys 20-30 min apart from 01:15, from after midnight through the small hours trough to 05:21 (the traffic 0.37 to 0.30 of the peak); must not alarm; ascending'),
    dict(name="DW14-step-frequent-orders-320", seed=126514, kind="step", culprit=3,
         intervals=gen_intervals(126014, 9, lo=20, hi=31),
         start="2032-08-04T12:10:00Z", service="massinga-chibuto-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/massinga-mandioca-table-at-boot', 'Load the massinga mandioca table at boot'),
         note='level shift at #3 of 9 (13:31), orders route (5 KB at 95 req/s); 9 deploys 20-31 min apart from 12:10 (26, 24, 20, 20, 20, 23 and 31 min after the step, to 16:15); no trend after; must not alarm'),
    dict(name="DW15-f-load-late-morning-rise-frequent-320", seed=126015, kind="f", workers=72,
         intervals=gen_intervals(126015, 9, lo=20, hi=31),
         start="2032-08-05T10:05:00Z", service="manhica-moatize-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load up the late morning rise from 10:05 (0.65 of the peak) to 14:02 (0.98), across 9 deploys 21-29 min apart; must not alarm'),
    dict(name="DW16-none-frequent-orders-300", seed=126016, kind="none",
         intervals=gen_intervals(126016, 16, lo=19, hi=30),
         start="2032-08-06T07:15:00Z", service="ulongue-mandimba-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s), from 07:15 up the morning rise into the early afternoon to 13:47 (the traffic 0.40 to 0.99 of the peak); 16 deploys 19-28 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDV + DW_SCENARIOS
