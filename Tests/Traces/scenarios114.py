"""memblame's tracelab scenarios, batch 114: DK01..DK16 (real memory traces with labels).

(Named DK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-113 used AA..AZ, BA..BZ, CA..CZ, DA, DB,
DC, DD, DE, DF, DG, DH, DI and DJ.  No case folder, scenario name or split
entry on main or any other branch starts with "DK"; neither tracelab nor
these files parse the prefix of a name (deploy_records takes the position
in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 114"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios114.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios114.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw114 DK01-... DK16-...

The mix of batch 111 (its template; batches 85, 88, 91, 94, 97, 100, 103
and 107 of the same kind): cache leaks (b) under frequent deploys, one
frequent-deploy leak of each other kind, and the healthy services that
look like them.  A blind batch: all 16 cases are split "validation".  16
cases, 4 747 samples in all, for a recording budget of 1100 s.  Cases of
295 samples or more (DK01 348, DK02 303, DK03 295, DK07 347, DK09 322,
DK10 331, DK14 304, DK15 311, DK16 308) use ts_format "wire" (epoch
seconds); the ISO 8601 cases have 289 samples or fewer.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios113.py (unchanged: 11..1916,
scenarios112.py's 11..1900 and DJ at 1901..1916) and lists the DK
scenarios last (1917..1932), as scenarios112.py runs scenarios111.py.
Seeds 114001..114016, a seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw114/check_numbers.py, batch 111's adapted;
seed_search.py): DK04's 114004 gave PR 675089, a pipeline number of BC01,
so DK04 has 114104; the fifteen others are the first tried.  The
intervals are the draws of the first seed, gen_intervals(1140NN, ...).
Dates follow DJ's: 2032-01-12 (DK01) to 2032-01-27 (DK16).

Deploy gaps: gen_intervals(1140NN, n, lo=18, hi=44) for DK01-DK15, a
range no scenario file used (batch 111: lo=15, hi=45, batches 94-103's;
batch 107: lo=18, hi=42); with 15, 16 or 17 as lo (and any hi from 40 to
45) some first-seed draw gives no allowed position to a b or to the a or
d (/work/tracelab-raw114/gapsearch.py), and lo=18 also leaves fewer
leaking intervals under the 20 min that the ratios leave out (3 of the 47:
DK01 #8 18 min, DK05 #6 19 and #8 18; batch 111: 8 of 44).  The flat
DK16: gen_intervals(114016, 11, lo=18, hi=32), a range no scenario file
used (batch 111: 16-30; 107: 17-33).

The mix (/work/tracelab-raw114/draws.py, draws.out, gapsearch.py,
design.py, design.out, constraints.py, constraints.out, history.py,
history.out):
  seven b (DK01-DK07), 7-10 deploys 18-44 min apart, culprits at #7 (DK01,
    of 10), #6 (DK02, of 9), #3 (DK03, of 8), #5 (DK04, of 7), #4 (DK05,
    of 9), #4 (DK06, of 8), #6 (DK07, of 9): the multiset #3, #4 twice,
    #5, #6 twice, #7, which no earlier batch's (or prefix's) frequent b
    had (the first choice, #5 for DK07, gave BO's #3, #4 twice, #5 twice,
    #6, #7), no position three times, no culprit at #8, and no case at
    the position its number had in batches 103, 107 or 111; each with an
    own interval of 25 min or more and at least 3 leaking intervals in its
    first seed's draw (DK05 and DK06 qualified only at #4, so DK04 took #5;
    DK01 at #5 or #7, DK02 and DK03 at #3 or #6, DK04 at #4 or #5, DK07 at
    #4, #5 or #6; DK07 with 9 deploys, as #6 of 8 was CK07's and CW07's);
    no deploy count the same case number had in batches 107 or 111;
    culprits serve from 12:59:30 (DK07) to 16:12:30 (DK06); b line
    counts 18, 21, 22, 17, 23, 19, 16 (none the count its number had in
    batches 103, 107 or 111; DK04 first had 15 lines at 122 req/s, batch
    113's DJ11 load at the same limit, and took 17 at 108 instead);
  one frequent-deploy leak of each other kind on the orders route in the
    order c, a, d (batches 103, 107 and 111 used a-d-c, a-c-d and d-c-a;
    of the orders they left, c-a-d (batch 94) and c-d-a (batch 97), c-a-d
    was used longer ago): c #4 of 7 (DK08), a #4 of 8 (DK09), d #4 of 9
    (DK10), none at a position batches 103, 107 or 111 gave that kind or
    that number (DK09's draw qualified the a only at #4; DK10's the d at #4
    or #7, and #7 of 9 was batch 94's CQ10);
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (745, 1290, 415; not batch 109's) at start
    times no LRU used: 10:55 from the late morning through the lunch bump
    into the afternoon peak (DK11), 14:50 from the afternoon peak into the
    evening fall (DK12), 21:55 from the late evening into the night (DK13)
    (batch 111: 07:40 up the morning rise, 16:20 the late afternoon into
    the evening, 00:20 the night into the trough; 107: 13:45, 03:25,
    19:40; 113's DJ13: 05:25 up the dawn rise, which this batch's first
    draft, 05:35, nearly repeated and so left);
  a healthy step (60000 entries at boot) on the quote route at #6 of 8
    (13:32) (DK14) (batch 111: orders #7 of 9; 107: quote #7 of 8; 103:
    orders #6 of 8; no step had the quote route at #6 of 8);
  a load change: kind f, reports, from 00:40 after midnight down into the
    night trough and out of it to 05:51, 0.41 -> 0.28 -> 0.32 of the peak
    (DK15) (no f started between 23:55 (CZ15) and 01:55 (CI15); batch 111:
    20:45, 107: 18:25, 113's DJ15: 03:50, which this batch's first draft,
    03:45, nearly repeated and so left);
  a flat service on the quote route from 09:45 up the late-morning rise
    into the afternoon (DK16) (batch 111: orders 13:50; 107: quote 14:55;
    103: orders 12:35; no flat case started at 09:45).
  Limits in fours from DK01-DK04 at 300: DK01-04 300, DK05-08 320,
  DK09-12 300, DK13-16 320 (no earlier batch of 16 had this pattern, nor
  its first eight; batch 111: fours from 01 at 320; 112: threes from 01
  at 320; 107: aligned pairs from 01-02 at 300).
  TimestampAscending for DK02, DK03, DK06, DK09, DK10, DK13, DK16 (no
  earlier batch had this set).

Split (Tests/Traces/split114.json, written and committed before
recording): 0 dev, 16 validation, batch 111's regime tags.  10 leaking (b:
DK01-DK07; c: DK08; a: DK09; d: DK10), 6 healthy (DK11-DK13 a bounded LRU,
DK14 step, DK15 f, DK16 flat).

Loads by the units over batches 110, 111 and 112 (the usual rule: the mean
of unit x measured/aimed over the cases of the three latest blind batches,
at the units each was recorded at; batches 106 and 109, development, left
out; batch 113 not yet recorded when these were fixed;
/work/tracelab-raw114/units.py, units.out), frequent: a 0.0229, b 0.00320,
c 0.0111, d 0.0141 (%/h per unit of load at peak traffic at 256 MiB; x 256
/ limit for another limit).  Every leaking case aims at ~5 %/h of its own
limit at peak, each load within 0.4 % of the aim by the unit
(/work/tracelab-raw114/loads.py, loads.out).  Heap 160 MB everywhere.
The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDJ = runpy.run_path(os.path.join(_HERE, "scenarios113.py"))["SCENARIOS"]   # 11..1916 (scenarios112.py's 11..1900, DJ 1901..1916)

DK_SCENARIOS = [
    dict(name="DK01-b-frequent-deploys-culprit-7-300", seed=114001, kind="b", culprit=7,
         intervals=gen_intervals(114001, 10, lo=18, hi=44),
         start="2032-01-12T10:40:00Z", service="akureyri-reykjanesbaer-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/akureyri-hangikjot-quote-memo', 'Memoise akureyri reykjanesbaer quotes per hangikjot and customer'),
         note='10 deploys 18-44 min apart from 10:40, culprit #7 at 14:39 (4 leaking intervals, 18-40 min, to 16:28; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DK02-b-frequent-deploys-culprit-6-300", seed=114002, kind="b", culprit=6,
         intervals=gen_intervals(114002, 9, lo=18, hi=44),
         start="2032-01-13T12:05:00Z", service="selfoss-husavik-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/selfoss-plokkfiskur-quote-memo', 'Memoise selfoss husavik quotes per plokkfiskur and customer'),
         note='9 deploys 21-40 min apart from 12:05, culprit #6 at 15:14 (4 leaking intervals, 21-35 min, to 17:08; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DK03-b-frequent-deploys-culprit-3-300", seed=114003, kind="b", culprit=3,
         intervals=gen_intervals(114003, 8, lo=18, hi=44),
         start="2032-01-14T11:20:00Z", service="isafjordur-egilsstadir-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/isafjordur-kleinur-quote-memo', 'Memoise isafjordur egilsstadir quotes per kleinur and customer'),
         note='8 deploys 21-43 min apart from 11:20, culprit #3 at 13:17 (6 leaking intervals, 21-43 min, to 16:15; its own 25 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DK04-b-frequent-deploys-culprit-5-300", seed=114104, kind="b", culprit=5,
         intervals=gen_intervals(114004, 7, lo=18, hi=44),
         start="2032-01-15T13:10:00Z", service="borgarnes-hveragerdi-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/borgarnes-hakarl-quote-memo', 'Memoise borgarnes hveragerdi quotes per hakarl and customer'),
         note='7 deploys 19-43 min apart from 13:10, culprit #5 at 15:58 (3 leaking intervals, 26-36 min, to 17:32; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DK05-b-frequent-deploys-culprit-4-320", seed=114005, kind="b", culprit=4,
         intervals=gen_intervals(114005, 9, lo=18, hi=44),
         start="2032-01-16T11:55:00Z", service="grindavik-keflavik-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/grindavik-flatkaka-quote-memo', 'Memoise grindavik keflavik quotes per flatkaka and customer'),
         note='9 deploys 18-42 min apart from 11:55, culprit #4 at 13:46 (6 leaking intervals, 18-42 min, to 16:37; its own 41 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DK06-b-frequent-deploys-culprit-4-320", seed=114006, kind="b", culprit=4,
         intervals=gen_intervals(114006, 8, lo=18, hi=44),
         start="2032-01-17T14:35:00Z", service="hafnarfjordur-kopavogur-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/hafnarfjordur-laufabraud-quote-memo', 'Memoise hafnarfjordur kopavogur quotes per laufabraud and customer'),
         note='8 deploys 19-39 min apart from 14:35, culprit #4 at 16:13 (5 leaking intervals, 22-39 min, to 18:34; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DK07-b-frequent-deploys-culprit-6-320", seed=114007, kind="b", culprit=6,
         intervals=gen_intervals(114007, 9, lo=18, hi=44),
         start="2032-01-18T09:40:00Z", service="gardabaer-mosfellsbaer-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/gardabaer-ponnukokur-quote-memo', 'Memoise gardabaer mosfellsbaer quotes per ponnukokur and customer'),
         note='9 deploys 26-43 min apart from 09:40, culprit #6 at 13:00 (4 leaking intervals, 31-42 min, to 15:27; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DK08-c-frequent-deploys-culprit-4-320", seed=114008, kind="c", culprit=4,
         intervals=gen_intervals(114008, 7, lo=18, hi=44),
         start="2032-01-19T12:15:00Z", service="akranes-vestmannaeyjar-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=94, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/akranes-kjotsupa-listeners', 'Tell open akranes vestmannaeyjar bookings when a kjotsupa frees'),
         note='7 deploys 24-44 min apart from 12:15, culprit #4 at 14:41 (4 leaking intervals, 24-36 min, to 16:37; its own 29 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DK09-a-frequent-deploys-culprit-4-300", seed=114009, kind="a", culprit=4,
         intervals=gen_intervals(114009, 8, lo=18, hi=44),
         start="2032-01-20T10:50:00Z", service="saudarkrokur-dalvik-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=64, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/saudarkrokur-rugbraud-history', 'Keep saudarkrokur dalvik orders for the rugbraud history'),
         note='8 deploys 21-43 min apart from 10:50, culprit #4 at 13:34 (5 leaking intervals, 21-42 min, to 16:12; its own 25 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="DK10-d-frequent-deploys-culprit-4-300", seed=114010, kind="d", culprit=4,
         intervals=gen_intervals(114010, 9, lo=18, hi=44),
         start="2032-01-21T11:35:00Z", service="blonduos-olafsvik-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=104, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/blonduos-hardfiskur-timers', 'Confirm blonduos olafsvik bookings from delayed hardfiskur timers'),
         note='9 deploys 23-39 min apart from 11:35, culprit #4 at 14:09 (6 leaking intervals, 23-39 min, to 17:06; its own 25 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="DK11-e-lru-late-morning-into-peak-745-300", seed=114011, kind="e",
         intervals=gen_intervals(114011, 8, lo=18, hi=44),
         start="2032-01-22T10:55:00Z", service="stykkisholmur-siglufjordur-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "745"},
         note='bounded LRU (745 entries) refilling after each of 8 deploys 24-44 min apart from 10:55, from the late morning through the lunch bump into the afternoon peak to 15:44 (the traffic 0.75 to 1.00 of the peak); must not alarm'),
    dict(name="DK12-e-lru-afternoon-peak-into-evening-1290-300", seed=114012, kind="e",
         intervals=gen_intervals(114012, 7, lo=18, hi=44),
         start="2032-01-23T14:50:00Z", service="seydisfjordur-neskaupstadur-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1290"},
         note='bounded LRU (1290 entries) refilling after each of 7 deploys 20-43 min apart from 14:50, from the afternoon peak into the evening fall to 19:30 (the traffic 0.99 to 0.86 of the peak); must not alarm'),
    dict(name="DK13-e-lru-evening-into-night-415-320", seed=114013, kind="e",
         intervals=gen_intervals(114013, 7, lo=18, hi=44),
         start="2032-01-24T21:55:00Z", service="hofn-hella-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "415"}, scan_by="TimestampAscending",
         note='bounded LRU (415 entries) refilling after each of 7 deploys 24-42 min apart from 21:55, from the late evening into the night to 02:19 (the traffic 0.65 to 0.31 of the peak); must not alarm; ascending'),
    dict(name="DK14-step-frequent-quote-320", seed=114014, kind="step", culprit=6,
         intervals=gen_intervals(114014, 8, lo=18, hi=44),
         start="2032-01-25T10:10:00Z", service="eskifjordur-bolungarvik-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/eskifjordur-lifrarpylsa-table-at-boot', 'Load the eskifjordur lifrarpylsa table at boot'),
         note='level shift at #6 of 8 (13:32), quote route (20 lines at 95 req/s, 400 SKUs); 8 deploys 22-43 min apart from 10:10 (42, 26 and 34 min after the step, to 15:14); no trend after; must not alarm; epoch'),
    dict(name="DK15-f-load-after-midnight-trough-frequent-320", seed=114015, kind="f", workers=72,
         intervals=gen_intervals(114015, 8, lo=18, hi=44),
         start="2032-01-26T00:40:00Z", service="patreksfjordur-grundarfjordur-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note='reports in flight follow the load from 00:40 (0.41 of the peak) after midnight down into the night trough (0.28 at 04:00) and out of it to 05:51 (0.32), across 8 deploys 20-42 min apart; must not alarm; epoch'),
    dict(name="DK16-none-frequent-quote-320", seed=114016, kind="none",
         intervals=gen_intervals(114016, 11, lo=18, hi=32),
         start="2032-01-27T09:45:00Z", service="thorlakshofn-hvolsvollur-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), 09:45 up the late-morning rise through the lunch bump into the afternoon to 14:53; 11 deploys 18-32 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDJ + DK_SCENARIOS
