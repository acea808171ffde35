"""memblame's tracelab scenarios, batch 103: CZ01..CZ16 (real memory traces with labels).

(Named CZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-102 used AA..AZ, BA..BZ and CA..CY.  No case
folder, scenario name or split entry on main or any other branch starts
with "CZ"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 103"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios103.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios103.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw103 CZ01-... CZ16-...

The mix of batch 100 (its template; batches 94 and 97 of the same kind):
cache leaks (b) under frequent deploys.  16 cases, 4 167 samples in all,
for a recording budget of 1100 s.  Cases of 290 samples or more (CZ05,
CZ08) use ts_format "wire" (epoch seconds); the ISO 8601 cases have 288
samples or fewer.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios102.py (unchanged: 11..1740, CY at
1725..1740) and lists the CZ scenarios last (1741..1756).  Seeds
103001..103016, a seed +100 only if its PR or pipeline numbers collide
(/work/tracelab-raw103/check_numbers.py, batch 102's adapted): CZ12's
103012 gave PR 616211, the pipeline number of AW13, so CZ12 has 103112;
the fifteen others are the first tried.  The intervals stay the draws of
the first seed, gen_intervals(1030NN, ...).  Dates follow CY's:
2031-07-20 (CZ01) to 2031-08-04 (CZ16).

The mix (/work/tracelab-raw103/draws.py, draws.out, facts.py, facts.out,
design.py, design.out):
  seven b (CZ01-CZ07), 7-9 deploys 15-45 min apart, culprits at #6 (CZ01,
    of 8), #4 (CZ02, of 7), #5 (CZ03, of 7), #3 (CZ04, of 7), #7 (CZ05, of
    9), #5 (CZ06, of 7), #7 (CZ07, of 9): the multiset #3, #4, #5 twice,
    #6, #7 twice, which none of batches 85, 88, 91, 94, 97 and 100 had, no
    position three times, and no case at the position its number had in
    batches 94, 97 or 100; each with an own interval of 25 min or more and
    at least 3 leaking intervals in its first seed's draw (CZ05 and CZ07
    qualified only at #7); culprits serve from 12:26 (CZ07) to 15:07
    (CZ06); b line counts 25, 27, 20, 21, 19, 22, 26 (none the count its
    number had in batches 94, 97 or 100);
  one frequent-deploy leak of each other kind on the orders route in the
    order a, d, c (not used by batches 94, 97, 100; a-c-d and d-c-a were
    left because no first-seed draw of 103009 qualifies c at its allowed
    positions): a #7 of 9 (CZ08), d #3 of 7 (CZ09), c #5 of 7 (CZ10), none
    at a position batches 94, 97 or 100 gave that kind or that number;
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (425, 1025, 1275) at start times no LRU used:
    11:25 from the late morning into the afternoon peak (CZ11), 01:40 from
    the small hours through the trough to dawn (CZ12), 18:45 down the
    evening fall (CZ13);
  a healthy step (60000 entries at boot) on the orders route at #6 of 8
    (13:03) (CZ14) (batch 100: quote #5; 97: orders #4; 94: quote #3);
  a load change: kind f, reports, from midnight through the small hours
    into the trough, 23:55-04:15, 0.47 -> 0.28 of the peak (CZ15) (batches
    88-100 started at 07:50, 04:40, 09:15, 21:20, 17:05, 03:10, 09:25,
    06:20, 17:20, 05:20, 11:40, 21:30, 12:10);
  a flat service on the orders route from 12:35 (CZ16) (batch 100: quote
    10:05; 97: orders 13:25; 94: quote 16:40).
  Limits in offset pairs from CZ01 at 300 (batch 100's the other way
  round, as batch 94's): CZ01 300, CZ02-03 320, CZ04-05 300, CZ06-07 320,
  CZ08-09 300, CZ10-11 320, CZ12-13 300, CZ14-15 320, CZ16 300.
  TimestampAscending for CZ01, CZ03, CZ06, CZ08, CZ11, CZ14, CZ16.

Split (Tests/Traces/split103.json, written and committed before
recording): 0 dev, 16 validation.  10 leaking (b: CZ01-CZ07; a: CZ08; d:
CZ09; c: CZ10), 6 healthy (CZ11-CZ13 a bounded LRU, CZ14 step, CZ15 f,
CZ16 flat).

Loads by the units batch 102's section gives for the next batch (the rule
over batches 100-102), frequent: a 0.0215, b 0.00282, c 0.0105, d 0.0163
(%/h per unit of load at peak traffic at 256 MiB; x 256 / limit for
another limit).  Every leaking case aims at ~5 %/h of its own limit at
peak, each load within 0.4 % of the aim by the unit
(/work/tracelab-raw103/loads.py, loads.out).  Heap 160 MB everywhere.
The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCY = runpy.run_path(os.path.join(_HERE, "scenarios102.py"))["SCENARIOS"]   # 11..1740 (CY 1725..1740)

CZ_SCENARIOS = [
    dict(name="CZ01-b-frequent-deploys-culprit-6-300", seed=103001, kind="b", culprit=6,
         intervals=gen_intervals(103001, 8, lo=15, hi=45),
         start="2031-07-20T09:35:00Z", service="braga-coimbra-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=83, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/braga-queijada-quote-memo', 'Memoise braga coimbra quotes per queijada and customer'),
         note='8 deploys 20-45 min apart from 09:35, culprit #6 at 12:48 (3 leaking intervals, 26-29 min, to 14:11; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="CZ02-b-frequent-deploys-culprit-4-320", seed=103002, kind="b", culprit=4,
         intervals=gen_intervals(103002, 7, lo=15, hi=45),
         start="2031-07-21T11:55:00Z", service="aveiro-viseu-quotes",
         profile="quote", params={"detail": 27, "skus": 400}, peak_rps=82, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/aveiro-cataplana-quote-memo', 'Memoise aveiro viseu quotes per cataplana and customer'),
         note='7 deploys 15-42 min apart from 11:55, culprit #4 at 14:12 (4 leaking intervals, 15-38 min, to 15:52; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="CZ03-b-frequent-deploys-culprit-5-320", seed=103003, kind="b", culprit=5,
         intervals=gen_intervals(103003, 7, lo=15, hi=45),
         start="2031-07-22T11:00:00Z", service="leiria-evora-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/leiria-chourico-quote-memo', 'Memoise leiria evora quotes per chourico and customer'),
         note='7 deploys 20-44 min apart from 11:00, culprit #5 at 13:23 (3 leaking intervals, 40-44 min, to 15:28; its own 41 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="CZ04-b-frequent-deploys-culprit-3-300", seed=103004, kind="b", culprit=3,
         intervals=gen_intervals(103004, 7, lo=15, hi=45),
         start="2031-07-23T13:20:00Z", service="faro-tomar-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/faro-presunto-quote-memo', 'Memoise faro tomar quotes per presunto and customer'),
         note='7 deploys 19-45 min apart from 13:20, culprit #3 at 14:42 (5 leaking intervals, 19-45 min, to 17:12; its own 34 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="CZ05-b-frequent-deploys-culprit-7-300", seed=103005, kind="b", culprit=7,
         intervals=gen_intervals(103005, 9, lo=15, hi=45),
         start="2031-07-24T09:45:00Z", service="guarda-setubal-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/guarda-canja-quote-memo', 'Memoise guarda setubal quotes per canja and customer'),
         note='9 deploys 16-43 min apart from 09:45, culprit #7 at 13:06 (3 leaking intervals, 29-42 min, to 14:52; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="CZ06-b-frequent-deploys-culprit-5-320", seed=103006, kind="b", culprit=5,
         intervals=gen_intervals(103006, 7, lo=15, hi=45),
         start="2031-07-25T12:05:00Z", service="beja-chaves-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/beja-broa-quote-memo', 'Memoise beja chaves quotes per broa and customer'),
         note='7 deploys 20-45 min apart from 12:05, culprit #5 at 15:07 (3 leaking intervals, 33-39 min, to 16:53; its own 33 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="CZ07-b-frequent-deploys-culprit-7-320", seed=103007, kind="b", culprit=7,
         intervals=gen_intervals(103007, 9, lo=15, hi=45),
         start="2031-07-26T08:55:00Z", service="lamego-sintra-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/lamego-polvo-quote-memo', 'Memoise lamego sintra quotes per polvo and customer'),
         note='9 deploys 16-43 min apart from 08:55, culprit #7 at 12:26 (3 leaking intervals, 18-30 min, to 13:43; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="CZ08-a-frequent-deploys-culprit-7-300", seed=103008, kind="a", culprit=7,
         intervals=gen_intervals(103008, 9, lo=15, hi=45),
         start="2031-07-27T10:35:00Z", service="cascais-amadora-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=68, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/cascais-sardinhas-history', 'Keep cascais amadora orders for the sardinhas history'),
         note='9 deploys 16-44 min apart from 10:35, culprit #7 at 13:49 (3 leaking intervals, 34-44 min, to 15:48; its own 41 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="CZ09-d-frequent-deploys-culprit-3-300", seed=103009, kind="d", culprit=3,
         intervals=gen_intervals(103009, 7, lo=15, hi=45),
         start="2031-07-28T11:40:00Z", service="almada-barreiro-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=72, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/almada-tripas-timers', 'Confirm almada barreiro bookings from delayed tripas timers'),
         note='7 deploys 23-44 min apart from 11:40, culprit #3 at 13:34 (5 leaking intervals, 23-39 min, to 15:57; its own 26 min); ~5 %/h of 300 MiB at peak'),
    dict(name="CZ10-c-frequent-deploys-culprit-5-320", seed=103010, kind="c", culprit=5,
         intervals=gen_intervals(103010, 7, lo=15, hi=45),
         start="2031-07-29T11:40:00Z", service="elvas-estremoz-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=85, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/elvas-farinheira-listeners', 'Tell open elvas estremoz bookings when a farinheira frees'),
         note='7 deploys 16-40 min apart from 11:40, culprit #5 at 14:19 (3 leaking intervals, 16-40 min, to 15:45; its own 30 min); ~5 %/h of 320 MiB at peak'),
    dict(name="CZ11-e-lru-late-morning-into-peak-425-320", seed=103011, kind="e",
         intervals=gen_intervals(103011, 7, lo=15, hi=45),
         start="2031-07-30T11:25:00Z", service="mafra-ovar-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "425"}, scan_by="TimestampAscending",
         note='bounded LRU (425 entries) refilling after each of 7 deploys 15-41 min apart from 11:25, to 15:28 (the traffic 0.83 to 1.00 of the peak); must not alarm; ascending'),
    dict(name="CZ12-e-lru-small-hours-to-dawn-1025-300", seed=103112, kind="e",
         intervals=gen_intervals(103012, 8, lo=15, hi=45),
         start="2031-07-31T01:40:00Z", service="peniche-nazare-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1025"},
         note='bounded LRU (1025 entries) refilling after each of 8 deploys 17-40 min apart from 01:40, through the trough to 05:49 (the traffic 0.35 to 0.28 to 0.32 of the peak); must not alarm'),
    dict(name="CZ13-e-lru-evening-fall-1275-300", seed=103013, kind="e",
         intervals=gen_intervals(103013, 8, lo=15, hi=45),
         start="2031-08-01T18:45:00Z", service="obidos-tavira-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1275"},
         note='bounded LRU (1275 entries) refilling after each of 8 deploys 15-40 min apart from 18:45, down the evening fall to 22:26 (the traffic 0.91 to 0.60 of the peak); must not alarm'),
    dict(name="CZ14-step-frequent-orders-320", seed=103014, kind="step", culprit=6,
         intervals=gen_intervals(103014, 8, lo=15, hi=45),
         start="2031-08-02T10:10:00Z", service="lagos-olhao-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=('feat/lagos-migas-table-at-boot', 'Load the lagos migas table at boot'),
         note='level shift at #6 of 8 (13:03), orders route (5 KB at 95 req/s); 8 deploys 15-41 min apart from 10:10 (15, 17 and 27 min after the step, to 14:02); no trend after; must not alarm; ascending'),
    dict(name="CZ15-f-load-midnight-small-hours-trough-frequent-320", seed=103015, kind="f", workers=72,
         intervals=gen_intervals(103015, 8, lo=15, hi=45),
         start="2031-08-03T23:55:00Z", service="silves-valongo-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load from midnight through the small hours into the trough, from 23:55 (0.47 of the peak) to 04:15 (0.28), across 8 deploys 15-45 min apart; must not alarm'),
    dict(name="CZ16-none-frequent-orders-300", seed=103016, kind="none",
         intervals=gen_intervals(103016, 9, lo=16, hi=30),
         start="2031-08-04T12:35:00Z", service="barcelos-ericeira-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 95 req/s), 12:35 through the afternoon peak to 16:46; 9 deploys 18-30 min apart: each short interval is mostly warm-up; must not alarm; ascending'),
]

SCENARIOS = _RCY + CZ_SCENARIOS
