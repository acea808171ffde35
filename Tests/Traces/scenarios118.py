"""memblame's tracelab scenarios, batch 118: DO01..DO16 (real memory traces with labels).

(Named DO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-117 used AA..AZ, BA..BZ, CA..CZ and
DA..DN.  No case folder, scenario name or split entry on main or any other
branch starts with "DO"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 118"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios118.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios118.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw118 DO01-... DO16-...

The mix of batch 114 (its template; batches 85, 88, 91, 94, 97, 100, 103,
107 and 111 of the same kind): cache leaks (b) under frequent deploys, one
frequent-deploy leak of each other kind, and the healthy services that
look like them.  A blind batch: all 16 cases are split "validation".  16
cases, 4 208 samples in all, for a recording budget of 1100 s.  Cases of
267 samples or more (DO01 269, DO03 290, DO05 285, DO06 282, DO08 295,
DO10 292, DO11 269, DO14 289, DO16 295) use ts_format "wire" (epoch
seconds); the ISO 8601 cases have 266 samples or fewer.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios117.py (unchanged: 11..1980,
scenarios116.py's 11..1964 and DN at 1965..1980) and lists the DO
scenarios last (1981..1996), as scenarios116.py runs scenarios115.py.
Seeds 118001..118016, a seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw118/check_numbers.py, batch 114's adapted;
seed_search.py): DO06's 118006 gave PR 698183, a pipeline number of
BE02, and 118106 two others of BE02, so DO06 has 118206; DO16's 118016
gave PRs 701755 and 701758, pipeline numbers of BE07, and 118116 the
second again, so DO16 has 118216; the fourteen others are the first
tried.  The intervals are the draws of the first seed,
gen_intervals(1180NN, ...).  Dates follow DN's: 2032-03-16 (DO01) to
2032-03-31 (DO16).

Deploy gaps: gen_intervals(1180NN, n, lo=20, hi=33) for DO01-DO15, a
range no scenario file used (batch 114: lo=18, hi=44; batch 111: lo=15,
hi=45).  The lessons of batches 113, 114 and 116: every interval of 34 min
or more fell 1.2 points or more 33 min in (batch 114: 9 of its 29 b
leaking intervals of 20 min or more, and 10 of its 18 healthy b intervals
of 34 min or more), which cut the plain ratios; with hi=33 no interval of
this batch reaches minute 34, and with lo=20 no leaking interval is under
the 20 min the ratios leave out (batch 114: 3 of 47).  Every first-seed
draw gives each of DO01-DO10 an allowed position with a deploy count its
number had in neither batch 111 nor 114 (/work/tracelab-raw118/
gapsearch.py).  The flat DO16: gen_intervals(118016, 12, lo=19, hi=31), a
range no scenario file used (batch 114: 18-32; 111: 16-30).

The mix (/work/tracelab-raw118/draws.py, draws.out, gapsearch.py,
combos.py, design.py, design.out, constraints.py, constraints.out,
history.py, history.out):
  seven b (DO01-DO07), 7-10 deploys 20-33 min apart, culprits at #6 (DO01,
    of 9), #3 (DO02, of 7), #5 (DO03, of 10), #4 (DO04, of 9), #8 (DO05,
    of 10), #7 (DO06, of 10), #4 (DO07, of 7): the multiset #3, #4 twice,
    #5, #6, #7, #8, which no earlier batch's (or prefix's) frequent b had
    (batch 114: #3, #4 twice, #5, #6 twice, #7; 111: #3 twice, #4, #6, #7
    twice, #8; 107: #3-#5, #6 twice, #7, #8), no position three times, and
    no case at the position its number had in batches 107, 111 or 114;
    each with an own interval of 25 min or more and at least 3 leaking
    intervals in its first seed's draw (DO02 qualified only at #3 and DO06
    only at #7, DO01 and DO03 at #5 or #6, DO04 at #3 or #4, DO05 at #5,
    #7 or #8, DO07 at #4 or #5; of the new multisets with no position three
    times, the one with every position from #3 to #8); no deploy count the
    same case number had in batches 111 or 114; culprits serve from
    13:18:30 (DO02) to 15:51:30 (DO05); b line counts 27, 18, 25, 19, 20,
    23, 22 (none the count its number had in batches 107, 111 or 114; DO04
    first had 23 lines and DO06 26 lines at 90 req/s, batch 117's DN11 load
    at the same limit, so DO06 took 23 at 102 and DO04 19 at 123);
  one frequent-deploy leak of each other kind on the orders route in the
    order c, d, a (batches 107, 111 and 114 used a-c-d, d-c-a and c-a-d;
    of the orders they left, c-d-a (batch 97), d-a-c (100) and a-d-c (103),
    c-d-a was used longest ago): c #8 of 10 (DO08), d #5 of 9 (DO09), a #7
    of 10 (DO10), none at a position batches 107, 111 or 114 gave that kind
    or that number (each draw qualified only these; d #5 of 7 would have
    been batch 97's CT09, so DO09 has 9 deploys);
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (610, 1190, 485) at start times no LRU used:
    02:05 from the small hours through the night trough (DO11), 13:35
    through the afternoon peak (DO12), 20:40 down the late evening fall to
    past midnight (DO13) (batch 114: 10:55, 14:50, 21:55; 111: 07:40,
    16:20, 00:20; batch 117's DN13 has 1060 entries from 06:35 up the
    morning rise: this batch's first draft had its size for DO12 and
    nearly its window for DO11 (from 05:50), so both changed; DO12's first
    start, 12:35, was CU12's);
  a healthy step (60000 entries at boot) on the orders route at #6 of 10
    (14:34) (DO14) (batch 114: quote #6 of 8; 111: orders #7 of 9; 107:
    quote #7 of 8; no step had the orders route at #6 of 10; the first
    draft's start, 10:35, put the step at 13:29, two minutes after batch
    117's DN12 step in nearly its window, so it starts at 11:40);
  a load change: kind f, reports, from 07:05 up the morning rise to 10:45,
    0.39 -> 0.73 of the peak (DO15) (no f started at 07:05; batch 114:
    00:40, 111: 20:45; batch 117's DN15 starts at 08:45 on the late
    morning rise, which this batch's first draft, 08:50, nearly repeated
    and so left; batches 114's and 116's f changed little in traffic);
  a flat service on the orders route with 12 deploys 19-29 min apart from
    17:45 down the evening fall to 22:40 (DO16) (batch 114: quote, 11
    deploys, 09:45; 111: orders, 10 deploys, 13:50; no flat case started at
    17:45 or had 12 deploys).
  Limits in threes from DO01-DO03 at 300: DO01-03 300, DO04-06 320,
  DO07-09 300, DO10-12 320, DO13-15 300, DO16 320 (no earlier batch of 16
  had this pattern, nor its first eight; batch 114: fours from 01 at 300;
  111: fours from 01 at 320; 112: threes from 01 at 320).
  TimestampAscending for DO01, DO04, DO05, DO07, DO10, DO12, DO14, DO15
  (no earlier batch had this set; batch 114: DK02, DK03, DK06, DK09,
  DK10, DK13, DK16).

Split (Tests/Traces/split118.json, written and committed before
recording): 0 dev, 16 validation, batch 114's regime tags.  10 leaking (b:
DO01-DO07; c: DO08; d: DO09; a: DO10), 6 healthy (DO11-DO13 a bounded
LRU, DO14 step, DO15 f, DO16 flat).

Loads by batch 116's units for the next batch (the rule over batches 113,
114 and 116: the mean of unit x measured/aimed over the cases of the three
latest batches with units of their own, at the units each was recorded
at; batch 115, development, left out; batch 117, recorded in parallel on
traces117, has no section on this branch; /work/tracelab-raw118/units.py,
units.out), frequent: a 0.0197, b 0.00267, c 0.0163, d 0.0139 (%/h per
unit of load at peak traffic at 256 MiB; x 256 / limit for another
limit).  Every leaking case aims at ~5 %/h of its own limit at peak, each
load within 0.4 % of the aim by the unit (/work/tracelab-raw118/loads.py,
loads.out).  Heap 160 MB everywhere.  The "~N %/h" in the notes are aims,
not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDN = runpy.run_path(os.path.join(_HERE, "scenarios117.py"))["SCENARIOS"]   # 11..1980 (scenarios116.py's 11..1964, DN 1965..1980)

DO_SCENARIOS = [
    dict(name="DO01-b-frequent-deploys-culprit-6-300", seed=118001, kind="b", culprit=6,
         intervals=gen_intervals(118001, 9, lo=20, hi=33),
         start="2032-03-16T11:20:00Z", service="kutaisi-batumi-quotes",
         profile="quote", params={"detail": 27, "skus": 400}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/kutaisi-ghomi-quote-memo', 'Memoise kutaisi batumi quotes per ghomi and customer'),
         note='9 deploys 20-32 min apart from 11:20, culprit #6 at 14:06 (4 leaking intervals, 20-29 min, to 15:49; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DO02-b-frequent-deploys-culprit-3-300", seed=118002, kind="b", culprit=3,
         intervals=gen_intervals(118002, 7, lo=20, hi=33),
         start="2032-03-17T12:05:00Z", service="rustavi-zugdidi-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/rustavi-pelamushi-quote-memo', 'Memoise rustavi zugdidi quotes per pelamushi and customer'),
         note='7 deploys 20-33 min apart from 12:05, culprit #3 at 13:19 (5 leaking intervals, 20-33 min, to 15:33; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DO03-b-frequent-deploys-culprit-5-300", seed=118003, kind="b", culprit=5,
         intervals=gen_intervals(118003, 10, lo=20, hi=33),
         start="2032-03-18T12:40:00Z", service="gori-telavi-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=88, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/gori-gozinaki-quote-memo', 'Memoise gori telavi quotes per gozinaki and customer'),
         note='10 deploys 21-33 min apart from 12:40, culprit #5 at 14:44 (6 leaking intervals, 24-33 min, to 17:30; its own 33 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DO04-b-frequent-deploys-culprit-4-320", seed=118004, kind="b", culprit=4,
         intervals=gen_intervals(118004, 9, lo=20, hi=33),
         start="2032-03-19T11:55:00Z", service="poti-khashuri-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=123, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/poti-sulguni-quote-memo', 'Memoise poti khashuri quotes per sulguni and customer'),
         note='9 deploys 20-32 min apart from 11:55, culprit #4 at 13:38 (6 leaking intervals, 20-32 min, to 16:21; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DO05-b-frequent-deploys-culprit-8-320", seed=118005, kind="b", culprit=8,
         intervals=gen_intervals(118005, 10, lo=20, hi=33),
         start="2032-03-20T12:25:00Z", service="samtredia-senaki-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/samtredia-kuchmachi-quote-memo', 'Memoise samtredia senaki quotes per kuchmachi and customer'),
         note='10 deploys 20-30 min apart from 12:25, culprit #8 at 15:52 (3 leaking intervals, 20-30 min, to 17:10; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="DO06-b-frequent-deploys-culprit-7-320", seed=118206, kind="b", culprit=7,
         intervals=gen_intervals(118006, 10, lo=20, hi=33),
         start="2032-03-21T10:35:00Z", service="zestaponi-marneuli-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('perf/zestaponi-mujuzhi-quote-memo', 'Memoise zestaponi marneuli quotes per mujuzhi and customer'),
         note='10 deploys 20-32 min apart from 10:35, culprit #7 at 13:37 (4 leaking intervals, 21-28 min, to 15:17; its own 26 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DO07-b-frequent-deploys-culprit-4-300", seed=118007, kind="b", culprit=4,
         intervals=gen_intervals(118007, 7, lo=20, hi=33),
         start="2032-03-22T14:05:00Z", service="ozurgeti-kobuleti-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/ozurgeti-chakhokhbili-quote-memo', 'Memoise ozurgeti kobuleti quotes per chakhokhbili and customer'),
         note='7 deploys 21-33 min apart from 14:05, culprit #4 at 15:33 (4 leaking intervals, 27-33 min, to 17:32; its own 27 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DO08-c-frequent-deploys-culprit-8-300", seed=118008, kind="c", culprit=8,
         intervals=gen_intervals(118008, 10, lo=20, hi=33),
         start="2032-03-23T10:15:00Z", service="tkibuli-borjomi-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('feat/tkibuli-tabaka-listeners', 'Tell open tkibuli borjomi bookings when a tabaka frees'),
         note='10 deploys 22-33 min apart from 10:15, culprit #8 at 13:53 (3 leaking intervals, 23-29 min, to 15:10; its own 29 min); ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="DO09-d-frequent-deploys-culprit-5-300", seed=118009, kind="d", culprit=5,
         intervals=gen_intervals(118009, 9, lo=20, hi=33),
         start="2032-03-24T12:10:00Z", service="akhaltsikhe-mtskheta-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=70, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/akhaltsikhe-matsoni-timers', 'Confirm akhaltsikhe mtskheta bookings from delayed matsoni timers'),
         note='9 deploys 20-31 min apart from 12:10, culprit #5 at 14:11 (5 leaking intervals, 22-31 min, to 16:21; its own 25 min); ~5 %/h of 300 MiB at peak'),
    dict(name="DO10-a-frequent-deploys-culprit-7-320", seed=118010, kind="a", culprit=7,
         intervals=gen_intervals(118010, 10, lo=20, hi=33),
         start="2032-03-25T11:45:00Z", service="sighnaghi-kvareli-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/sighnaghi-penovani-history', 'Keep sighnaghi kvareli orders for the penovani history'),
         note='10 deploys 20-31 min apart from 11:45, culprit #7 at 14:54 (4 leaking intervals, 20-31 min, to 16:37; its own 29 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="DO11-e-lru-small-hours-trough-610-320", seed=118011, kind="e",
         intervals=gen_intervals(118011, 9, lo=20, hi=33),
         start="2032-03-26T02:05:00Z", service="lanchkhuti-chiatura-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "610"}, ts_format="wire",
         note='bounded LRU (610 entries) refilling after each of 9 deploys 24-31 min apart from 02:05, from the small hours through the night trough (0.28 of the peak at 04:00) to 06:34 (the traffic 0.32 to 0.36 of the peak); must not alarm; epoch'),
    dict(name="DO12-e-lru-afternoon-peak-1190-320", seed=118012, kind="e",
         intervals=gen_intervals(118012, 8, lo=20, hi=33),
         start="2032-03-27T13:35:00Z", service="sachkhere-gurjaani-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1190"}, scan_by="TimestampAscending",
         note='bounded LRU (1190 entries) refilling after each of 8 deploys 20-32 min apart from 13:35, through the afternoon peak to 17:37 (the traffic 0.99 to 0.97 of the peak); must not alarm; ascending'),
    dict(name="DO13-e-lru-late-evening-fall-485-300", seed=118013, kind="e",
         intervals=gen_intervals(118013, 8, lo=20, hi=33),
         start="2032-03-28T20:40:00Z", service="lagodekhi-sagarejo-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "485"},
         note='bounded LRU (485 entries) refilling after each of 8 deploys 20-33 min apart from 20:40, down the late evening fall to past midnight to 00:48 (the traffic 0.76 to 0.40 of the peak); must not alarm'),
    dict(name="DO14-step-frequent-orders-300", seed=118014, kind="step", culprit=6,
         intervals=gen_intervals(118014, 10, lo=20, hi=33),
         start="2032-03-29T11:40:00Z", service="tsnori-kaspi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/tsnori-nadughi-table-at-boot', 'Load the tsnori nadughi table at boot'),
         note='level shift at #6 of 10 (14:35), orders route (5 KB at 95 req/s); 10 deploys 20-33 min apart from 11:40 (28, 22, 23, 21 and 20 min after the step, to 16:29); no trend after; must not alarm; epoch; ascending'),
    dict(name="DO15-f-load-early-morning-rise-frequent-300", seed=118015, kind="f", workers=72,
         intervals=gen_intervals(118015, 8, lo=20, hi=33),
         start="2032-03-30T07:05:00Z", service="khoni-abasha-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note='reports in flight follow the load up the morning rise from 07:05 (0.39 of the peak) to 10:45 (0.73), across 8 deploys 21-29 min apart; must not alarm; ascending'),
    dict(name="DO16-none-frequent-orders-320", seed=118216, kind="none",
         intervals=gen_intervals(118016, 12, lo=19, hi=31),
         start="2032-03-31T17:45:00Z", service="martvili-khobi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s), 17:45 from the late afternoon down the evening fall to 22:40 (the traffic 0.96 to 0.58 of the peak); 12 deploys 19-29 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDN + DO_SCENARIOS
