"""memblame's tracelab scenarios, batch 122: DS01..DS16 (real memory traces with labels).

(Named DS: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-121 used AA..AZ, BA..BZ, CA..CZ and
DA..DR.  No case folder, scenario name or split entry on main or any other
branch starts with "DS"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 122"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios122.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios122.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw122 DS01-... DS16-...

The mix of batch 118 (its template; batch 114 its predecessor, and batches
85, 88, 91, 94, 97, 100, 103, 107 and 111 of the same kind): cache leaks
(b) under frequent deploys, one frequent-deploy leak of each other kind,
and the healthy services that look like them.  A blind batch: all 16 cases
are split "validation".  16 cases, 4 209 samples in all, for a recording
budget of 1100 s.  Cases of 260 samples or more (DS02 287, DS03 270, DS04
281, DS07 301, DS08 260, DS09 292, DS14 296, DS16 367) use ts_format
"wire" (epoch seconds); the ISO 8601 cases have 241 samples or fewer.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios121.py (unchanged: 11..2044,
scenarios120.py's 11..2028 and DR at 2029..2044) and lists the DS
scenarios last (2045..2060), as scenarios116.py runs scenarios115.py.
Seeds 122001..122016, a seed +100 (repeatedly) only if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw122/check_numbers.py; seed_search.py).  The intervals
are the draws of the first seed, gen_intervals(1220NN, ...).  Dates follow
DR's: 2032-05-19 (DS01) to 2032-06-03 (DS16).

Deploy gaps: gen_intervals(1220NN, n, lo=20, hi=32) for DS01-DS15, a
range no scenario file used (batch 118: lo=20, hi=33; batch 114: lo=18,
hi=44), with hi <= 33 and lo >= 20 for the lessons of batches 113-118 (no
interval reaches the falls 33 min in; no leaking interval under the 20 min
the ratios leave out).  Every first-seed draw gives each of DS01-DS10 an
allowed position with a deploy count its number had in neither batch 114
nor 118 (/work/tracelab-raw122/gapsearch.py).  The flat DS16:
gen_intervals(122016, 13, lo=18, hi=30), a range no scenario file used
(batch 118: 19-31; 114: 18-32).

The mix (/work/tracelab-raw122/gapsearch.py, combos.py, draws.py,
facts.py, limits_search.py, make_scen.py, constraints122.py):
  seven b (DS01-DS07), 7-10 deploys 20-32 min apart, culprits at #4 (DS01,
    of 7), #8 (DS02, of 10), #7 (DS03, of 9), #8 (DS04, of 10), #6 (DS05,
    of 8), #5 (DS06, of 7), #3 (DS07, of 10): the multiset #3-#7 and #8
    twice, which no earlier prefix's frequent b had (batch 118: #3, #4
    twice, #5-#8; 114: #3, #4 twice, #5, #6 twice, #7; 111: #3 twice, #4,
    #6, #7 twice, #8), no position three times, and no case at the
    position its number had in batches 111, 114 or 118; each with an own
    interval of 25 min or more and at least 3 leaking intervals in its
    first seed's draw (of the new multisets the draws allow with no
    position three times, the one with every position from #3 to #8); no
    deploy count the same case number had in batches 114 or 118 (among the
    counts a position allowed, the one fewest earlier frequent b had);
    culprits serve from 13:23:30 (DS07) to 15:24:30 (DS04); b line counts
    19, 24, 21, 16, 22, 18, 15 (none the count its number had in batches
    111, 114 or 118);
  one frequent-deploy leak of each other kind on the orders route in the
    order d, a, c (batches 111, 114 and 118 used d-c-a, c-a-d and c-d-a;
    of the orders they left, a-c-d (batch 107), d-a-c (100) and a-d-c
    (103), d-a-c was used longest ago): d #3 of 9 (DS08), a #8 of 10
    (DS09), c #5 of 7 (DS10), none at a position batches 111, 114 or 118
    gave that kind or that number;
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (565, 1315, 880) at start times no LRU used:
    04:25 up the dawn rise (DS11), 15:50 from the late afternoon down the
    evening fall (DS12), 23:05 from before midnight into the night trough
    (DS13) (batch 118: 02:05, 13:35, 20:40; 114: 10:55, 14:50, 21:55);
  a healthy step (60000 entries at boot) on the quote route at #5 of 10
    (14:49:30) (DS14) (batch 118: orders #6 of 10; 114: quote #6 of 8;
    111: orders #7 of 9; no step had the quote route at #5 of 10);
  a load change: kind f, reports, from 18:05 down the evening fall to
    22:07, 0.95 -> 0.63 of the peak (DS15) (no f started at 18:05; batch
    118: 07:05 up the morning rise, 114: 00:40, 111: 20:45; the lessons of
    batches 114 and 116: a window with a change of traffic, here a fall);
  a flat service on the quote route with 14 deploys 21-30 min apart from
    08:25 up the morning rise to 14:32 (DS16) (batch 118: orders, 12
    deploys, 17:45; 114: quote, 11, 09:45; no flat case started at 08:25
    or had 14 deploys).
  Limits alternating from DS03 at 300: DS01-02 320, then DS03 300, DS04
  320, ... DS15 300, DS16 320 (no earlier batch of 16 had this pattern,
  nor its first eight; the a, DS09, at 300, where an a pair of batch
  105's range meets the aim, the c, DS10, at 320, where its 6 KB pair
  does; of the new patterns with both, the only one that gives the seven
  b new loads with different line counts and the d a 6 KB pair;
  limits_search.py, bassign.py).
  TimestampAscending for DS02, DS03, DS06, DS08, DS09, DS12, DS13, DS16
  (no earlier batch had this set).

Split (Tests/Traces/split122.json, written and committed before
recording): 0 dev, 16 validation, batch 118's regime tags.  10 leaking (b:
DS01-DS07; d: DS08; a: DS09; c: DS10), 6 healthy (DS11-DS13 a bounded
LRU, DS14 step, DS15 f, DS16 flat).

Loads by batch 120's units for the next batch (the rule over batches 118,
119 and 120; batch 121, development, left out; /work/tracelab-raw122/
next120.json), frequent: a 0.0262, b 0.00325, c 0.0143, d 0.00903 (%/h
per unit of load at peak traffic at 256 MiB; x 256 / limit for another
limit).  Every leaking case aims at ~5 %/h of its own limit at peak, each
load within 0.4 % of the aim by the unit (/work/tracelab-raw122/loads.py,
loads.out).  The lessons of batches 119 and 120: the d unit rests on DO09
(6 KB) alone and a d's memory per request does not follow its payload, so
the d has 6 KB (6 x 115); the c unit rests on DO08 (4 KB) and DP01 (8
KB), so the c has 6 KB (6 x 73); the a unit rests on DO10 (3 KB) alone,
and at 300 MiB 4 x 56 is the only a pair within 0.4 %.  Heap 160 MB
everywhere.  The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDR = runpy.run_path(os.path.join(_HERE, "scenarios121.py"))["SCENARIOS"]   # 11..2044 (scenarios120.py's 11..2028, DR 2029..2044)

DS_SCENARIOS = [
    dict(name="DS01-b-frequent-deploys-culprit-4-320", seed=122001, kind="b", culprit=4,
         intervals=gen_intervals(122001, 7, lo=20, hi=32),
         start="2032-05-19T12:20:00Z", service="antsirabe-toamasina-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/antsirabe-romazava-quote-memo', 'Memoise antsirabe toamasina quotes per romazava and customer'),
         note='7 deploys 22-32 min apart from 12:20, culprit #4 at 14:12 (4 leaking intervals, 27-31 min, to 16:07; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DS02-b-frequent-deploys-culprit-8-320", seed=122002, kind="b", culprit=8,
         intervals=gen_intervals(122002, 10, lo=20, hi=32),
         start="2032-05-20T11:10:00Z", service="mahajanga-fianarantsoa-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/mahajanga-ravitoto-quote-memo', 'Memoise mahajanga fianarantsoa quotes per ravitoto and customer'),
         note='10 deploys 20-32 min apart from 11:10, culprit #8 at 14:39 (3 leaking intervals, 20-29 min, to 15:57; its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DS03-b-frequent-deploys-culprit-7-300", seed=122003, kind="b", culprit=7,
         intervals=gen_intervals(122003, 9, lo=20, hi=32),
         start="2032-05-21T10:25:00Z", service="toliara-antsiranana-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/toliara-koba-quote-memo', 'Memoise toliara antsiranana quotes per koba and customer'),
         note='9 deploys 20-32 min apart from 10:25, culprit #7 at 13:27 (3 leaking intervals, 26-32 min, to 14:55; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DS04-b-frequent-deploys-culprit-8-320", seed=122004, kind="b", culprit=8,
         intervals=gen_intervals(122004, 10, lo=20, hi=32),
         start="2032-05-22T12:00:00Z", service="morondava-ambositra-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/morondava-mofogasy-quote-memo', 'Memoise morondava ambositra quotes per mofogasy and customer'),
         note='10 deploys 22-31 min apart from 12:00, culprit #8 at 15:25 (3 leaking intervals, 22-28 min, to 16:41; its own 26 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DS05-b-frequent-deploys-culprit-6-300", seed=122005, kind="b", culprit=6,
         intervals=gen_intervals(122005, 8, lo=20, hi=32),
         start="2032-05-23T10:55:00Z", service="ambovombe-farafangana-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=82, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/ambovombe-lasary-quote-memo', 'Memoise ambovombe farafangana quotes per lasary and customer'),
         note='8 deploys 21-32 min apart from 10:55, culprit #6 at 13:46 (3 leaking intervals, 21-27 min, to 14:56; its own 27 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DS06-b-frequent-deploys-culprit-5-320", seed=122006, kind="b", culprit=5,
         intervals=gen_intervals(122006, 7, lo=20, hi=32),
         start="2032-05-24T13:00:00Z", service="manakara-maroantsetra-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/manakara-henakisoa-quote-memo', 'Memoise manakara maroantsetra quotes per henakisoa and customer'),
         note='7 deploys 21-29 min apart from 13:00, culprit #5 at 15:01 (3 leaking intervals, 24-29 min, to 16:19; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DS07-b-frequent-deploys-culprit-3-300", seed=122007, kind="b", culprit=3,
         intervals=gen_intervals(122007, 10, lo=20, hi=32),
         start="2032-05-25T12:05:00Z", service="sambava-ihosy-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/sambava-tsaramaso-quote-memo', 'Memoise sambava ihosy quotes per tsaramaso and customer'),
         note='10 deploys 23-32 min apart from 12:05, culprit #3 at 13:24 (8 leaking intervals, 23-32 min, to 17:06; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DS08-d-frequent-deploys-culprit-3-320", seed=122008, kind="d", culprit=3,
         intervals=gen_intervals(122008, 9, lo=20, hi=32),
         start="2032-05-26T12:50:00Z", service="miandrivazo-ambatondrazaka-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/miandrivazo-voanjobory-timers', 'Confirm miandrivazo ambatondrazaka bookings from delayed voanjobory timers'),
         note='9 deploys 20-32 min apart from 12:50, culprit #3 at 14:03 (7 leaking intervals, 20-32 min, to 17:10; its own 29 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="DS09-a-frequent-deploys-culprit-8-300", seed=122009, kind="a", culprit=8,
         intervals=gen_intervals(122009, 10, lo=20, hi=32),
         start="2032-05-27T11:50:00Z", service="mananjary-vohemar-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=56, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mananjary-kitoza-history', 'Keep mananjary vohemar orders for the kitoza history'),
         note='10 deploys 21-31 min apart from 11:50, culprit #8 at 15:17 (3 leaking intervals, 26-30 min, to 16:42; its own 30 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="DS10-c-frequent-deploys-culprit-5-320", seed=122010, kind="c", culprit=5,
         intervals=gen_intervals(122010, 7, lo=20, hi=32),
         start="2032-05-28T11:40:00Z", service="antalaha-fenoarivo-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=73, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/antalaha-mokary-listeners', 'Tell open antalaha fenoarivo bookings when a mokary frees'),
         note='7 deploys 23-30 min apart from 11:40, culprit #5 at 13:55 (3 leaking intervals, 23-30 min, to 15:13; its own 25 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DS11-e-lru-dawn-rise-565-300", seed=122011, kind="e",
         intervals=gen_intervals(122011, 8, lo=20, hi=32),
         start="2032-05-29T04:25:00Z", service="moramanga-ambanja-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "565"},
         note='bounded LRU (565 entries) refilling after each of 8 deploys 21-32 min apart from 04:25, from the end of the night trough up the dawn rise to 08:21 (the traffic 0.28 to 0.49 of the peak); must not alarm'),
    dict(name="DS12-e-lru-late-afternoon-fall-1315-320", seed=122012, kind="e",
         intervals=gen_intervals(122012, 9, lo=20, hi=32),
         start="2032-05-30T15:50:00Z", service="ambatolampy-betafo-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1315"}, scan_by="TimestampAscending",
         note='bounded LRU (1315 entries) refilling after each of 9 deploys 20-32 min apart from 15:50, from the late afternoon down the evening fall to 20:07 (the traffic 1.00 to 0.81 of the peak); must not alarm; ascending'),
    dict(name="DS13-e-lru-midnight-trough-880-300", seed=122013, kind="e",
         intervals=gen_intervals(122013, 8, lo=20, hi=32),
         start="2032-05-31T23:05:00Z", service="ampanihy-betroka-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "880"}, scan_by="TimestampAscending",
         note='bounded LRU (880 entries) refilling after each of 8 deploys 20-31 min apart from 23:05, from before midnight down into the night trough to 03:05 (the traffic 0.54 to 0.29 of the peak); must not alarm; ascending'),
    dict(name="DS14-step-frequent-quote-320", seed=122014, kind="step", culprit=5,
         intervals=gen_intervals(122014, 10, lo=20, hi=32),
         start="2032-06-01T12:40:00Z", service="maintirano-marovoay-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/maintirano-godrogodro-table-at-boot', 'Load the maintirano godrogodro table at boot'),
         note='level shift at #5 of 10 (14:50), quote route (20 lines, 400 SKUs, at 95 req/s); 10 deploys 21-32 min apart from 12:40 (26, 22, 28, 32, 32 and 26 min after the step, to 17:36); no trend after; must not alarm; epoch'),
    dict(name="DS15-f-load-evening-fall-frequent-300", seed=122015, kind="f", workers=72,
         intervals=gen_intervals(122015, 8, lo=20, hi=32),
         start="2032-06-02T18:05:00Z", service="mandritsara-andapa-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note='reports in flight follow the load down the evening fall from 18:05 (0.95 of the peak) to 22:07 (0.63), across 8 deploys 22-32 min apart; must not alarm'),
    dict(name="DS16-none-frequent-quote-320", seed=122016, kind="none",
         intervals=gen_intervals(122016, 14, lo=18, hi=30),
         start="2032-06-03T08:25:00Z", service="vatomandry-ambalavao-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note='no leak, quote route (20 lines, 400 SKUs, at 95 req/s), from 08:25 up the morning rise into the early afternoon to 14:32 (the traffic 0.50 to 0.98 of the peak); 14 deploys 21-30 min apart: each short interval is mostly warm-up; must not alarm; epoch; ascending'),
]

SCENARIOS = _RDR + DS_SCENARIOS
