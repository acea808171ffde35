"""memblame's tracelab scenarios, batch 107: DD01..DD16 (real memory traces with labels).

(Named DD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-106 used AA..AZ, BA..BZ, CA..CZ, DA, DB and
DC.  No case folder, scenario name or split entry on main or any other
branch starts with "DD"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 107"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios107.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios107.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw107 DD01-... DD16-...

The mix of batch 103 (its template; batches 94, 97 and 100 of the same
kind): cache leaks (b) under frequent deploys, one frequent-deploy leak of
each other kind, and the healthy services that look like them.  A blind
batch: all 16 cases are split "validation" (batch 106 was a development
batch).  16 cases, 4 339 samples in all, for a recording budget of 1100 s.
Cases of 290 samples or more (DD06 358, DD10 312) use ts_format "wire"
(epoch seconds); the ISO 8601 cases have 286 samples or fewer.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios106.py (unchanged: 11..1804,
scenarios105.py's 11..1788 and DC at 1789..1804) and lists the DD scenarios
last (1805..1820), as scenarios106.py runs scenarios105.py.  Seeds
107001..107016, a seed +100 only if its PR or pipeline numbers collide with
an earlier scenario or a case in real/ (/work/tracelab-raw107/check_numbers.py,
batch 105's adapted).  The intervals are the draws of the first seed,
gen_intervals(1070NN, ...).  Dates follow DC's: 2031-09-22 (DD01) to
2031-10-07 (DD16).

Deploy gaps: gen_intervals(1070NN, n, lo=18, hi=42) for DD01-DD15 (batches
94-103: lo=15, hi=45) and gen_intervals(107016, 9, lo=17, hi=33) for the
flat DD16 (batch 103: lo=16, hi=30).

The mix (/work/tracelab-raw107/draws.py, draws.out, facts.py, facts.out,
design.py, design.out, constraints.py, constraints.out, history.py,
history.out):
  seven b (DD01-DD07), 7-10 deploys 18-42 min apart, culprits at #4 (DD01,
    of 7), #5 (DD02, of 7), #7 (DD03, of 9), #6 (DD04, of 9), #6 (DD05, of
    8), #8 (DD06, of 10), #3 (DD07, of 7): the multiset #3, #4, #5, #6
    twice, #7, #8, which none of batches 85, 88, 91, 94, 97, 100 and 103
    had, no position three times, and no case at the position its number
    had in batches 97, 100 or 103; each with an own interval of 25 min or
    more and at least 3 leaking intervals in its first seed's draw (DD03
    qualified only at #7, DD04 only at #6); culprits serve from 12:26
    (DD05) to 15:09 (DD07); b line counts 20, 22, 23, 25, 21, 18, 17 (none
    the count its number had in batches 97, 100 or 103);
  one frequent-deploy leak of each other kind on the orders route in the
    order a, c, d (batches 97, 100 and 103 used c-d-a, d-a-c and a-d-c; of
    a-c-d, c-a-d and d-c-a, DD10's draw qualifies only d, at #8 of 10,
    which leaves a-c-d and c-a-d, and a-c-d was last used by batch 82):
    a #5 of 8 (DD08), c #6 of 9 (DD09), d #8 of 10 (DD10), none at a
    position batches 97, 100 or 103 gave that kind or that number;
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (460, 940, 1475) at start times no LRU used:
    13:45 the afternoon plateau into the early evening (DD11), 03:25 from
    the trough through dawn into the morning rise (DD12), 19:40 down the
    evening fall into the night (DD13);
  a healthy step (60000 entries at boot) on the quote route at #7 of 8
    (13:18) (DD14) (batch 103: orders #6; 100: quote #5; 97: orders #4;
    94: quote #3);
  a load change: kind f, reports, from 18:25 down the early evening fall
    to 23:08, 0.93 -> 0.53 of the peak (DD15) (no f started between 17:50
    and 19:10 before);
  a flat service on the quote route from 14:55 (DD16) (batch 103: orders
    12:35; 100: quote 10:05; 97: orders 13:25; 94: quote 16:40).
  Limits in aligned pairs from DD01-DD02 at 300 (batch 91's pattern; 94
  and 103: offset pairs from 01 at 300, 100: from 01 at 320, 97: aligned
  pairs from 01-02 at 320): DD01-02 300, DD03-04 320, DD05-06 300, DD07-08
  320, DD09-10 300, DD11-12 320, DD13-14 300, DD15-16 320.
  TimestampAscending for DD02, DD04, DD07, DD09, DD10, DD13, DD15.

Split (Tests/Traces/split107.json, written and committed before
recording): 0 dev, 16 validation, batch 103's regime tags.  10 leaking (b:
DD01-DD07; a: DD08; c: DD09; d: DD10), 6 healthy (DD11-DD13 a bounded LRU,
DD14 step, DD15 f, DD16 flat).

Loads by the units batch 105's section gives for the next batch (the rule
over batches 103-105), frequent: a 0.0150, b 0.00309, c 0.0158, d 0.0140
(%/h per unit of load at peak traffic at 256 MiB; x 256 / limit for
another limit).  Every leaking case aims at ~5 %/h of its own limit at
peak, each load within 0.4 % of the aim by the unit
(/work/tracelab-raw107/loads.py, loads.out).  Heap 160 MB everywhere.
The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDC = runpy.run_path(os.path.join(_HERE, "scenarios106.py"))["SCENARIOS"]   # 11..1804 (scenarios105.py's 11..1788, DC 1789..1804)

DD_SCENARIOS = [
    dict(name="DD01-b-frequent-deploys-culprit-4-300", seed=107001, kind="b", culprit=4,
         intervals=gen_intervals(107001, 7, lo=18, hi=42),
         start="2031-09-22T11:45:00Z", service="temuco-valdivia-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/temuco-curanto-quote-memo', 'Memoise temuco valdivia quotes per curanto and customer'),
         note='7 deploys 19-41 min apart from 11:45, culprit #4 at 13:41 (4 leaking intervals, 27-31 min, to 15:37; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DD02-b-frequent-deploys-culprit-5-300", seed=107002, kind="b", culprit=5,
         intervals=gen_intervals(107002, 7, lo=18, hi=42),
         start="2031-09-23T11:55:00Z", service="osorno-arica-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=86, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/osorno-chorrillana-quote-memo', 'Memoise osorno arica quotes per chorrillana and customer'),
         note='7 deploys 22-40 min apart from 11:55, culprit #5 at 14:55 (3 leaking intervals, 22-37 min, to 16:22; its own 37 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DD03-b-frequent-deploys-culprit-7-320", seed=107003, kind="b", culprit=7,
         intervals=gen_intervals(107003, 9, lo=18, hi=42),
         start="2031-09-24T09:40:00Z", service="iquique-calama-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=88, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/iquique-sopaipilla-quote-memo', 'Memoise iquique calama quotes per sopaipilla and customer'),
         note='9 deploys 22-34 min apart from 09:40, culprit #7 at 12:51 (3 leaking intervals, 24-26 min, to 14:05; its own 26 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DD04-b-frequent-deploys-culprit-6-320", seed=107004, kind="b", culprit=6,
         intervals=gen_intervals(107004, 9, lo=18, hi=42),
         start="2031-09-25T10:30:00Z", service="copiapo-ovalle-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=81, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/copiapo-charquican-quote-memo', 'Memoise copiapo ovalle quotes per charquican and customer'),
         note='9 deploys 18-42 min apart from 10:30, culprit #6 at 13:09 (4 leaking intervals, 19-42 min, to 15:06; its own 34 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DD05-b-frequent-deploys-culprit-6-300", seed=107005, kind="b", culprit=6,
         intervals=gen_intervals(107005, 8, lo=18, hi=42),
         start="2031-09-26T09:25:00Z", service="rancagua-talca-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/rancagua-porotos-quote-memo', 'Memoise rancagua talca quotes per porotos and customer'),
         note='8 deploys 21-36 min apart from 09:25, culprit #6 at 12:27 (3 leaking intervals, 25-36 min, to 14:02; its own 34 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DD06-b-frequent-deploys-culprit-8-300", seed=107006, kind="b", culprit=8,
         intervals=gen_intervals(107006, 10, lo=18, hi=42),
         start="2031-09-27T10:10:00Z", service="chillan-curico-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/chillan-cazuela-quote-memo', 'Memoise chillan curico quotes per cazuela and customer'),
         note='10 deploys 18-39 min apart from 10:10, culprit #8 at 14:26 (3 leaking intervals, 26-39 min, to 16:08; its own 39 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DD07-b-frequent-deploys-culprit-3-320", seed=107007, kind="b", culprit=3,
         intervals=gen_intervals(107007, 7, lo=18, hi=42),
         start="2031-09-28T13:10:00Z", service="linares-angol-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/linares-pebre-quote-memo', 'Memoise linares angol quotes per pebre and customer'),
         note='7 deploys 19-41 min apart from 13:10, culprit #3 at 15:09 (5 leaking intervals, 19-40 min, to 17:47; its own 40 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DD08-a-frequent-deploys-culprit-5-320", seed=107008, kind="a", culprit=5,
         intervals=gen_intervals(107008, 8, lo=18, hi=42),
         start="2031-09-29T11:50:00Z", service="limache-ancud-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=104, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/limache-machas-history', 'Keep limache ancud orders for the machas history'),
         note='8 deploys 21-36 min apart from 11:50, culprit #5 at 13:57 (4 leaking intervals, 21-36 min, to 15:54; its own 32 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DD09-c-frequent-deploys-culprit-6-300", seed=107009, kind="c", culprit=6,
         intervals=gen_intervals(107009, 9, lo=18, hi=42),
         start="2031-09-30T10:15:00Z", service="coyhaique-illapel-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=74, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('feat/coyhaique-caldillo-listeners', 'Tell open coyhaique illapel bookings when a caldillo frees'),
         note='9 deploys 18-40 min apart from 10:15, culprit #6 at 13:03 (4 leaking intervals, 27-34 min, to 15:01; its own 27 min); ~5 %/h of 300 MiB at peak; ascending'),
    dict(name="DD10-d-frequent-deploys-culprit-8-300", seed=107010, kind="d", culprit=8,
         intervals=gen_intervals(107010, 10, lo=18, hi=42),
         start="2031-10-01T10:45:00Z", service="vallenar-quillota-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=84, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/vallenar-milcao-timers', 'Confirm vallenar quillota bookings from delayed milcao timers'),
         note='10 deploys 18-42 min apart from 10:45, culprit #8 at 14:08 (3 leaking intervals, 26-42 min, to 15:57; its own 26 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="DD11-e-lru-afternoon-plateau-460-320", seed=107011, kind="e",
         intervals=gen_intervals(107011, 7, lo=18, hi=42),
         start="2031-10-02T13:45:00Z", service="melipilla-talagante-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "460"},
         note='bounded LRU (460 entries) refilling after each of 7 deploys 21-42 min apart from 13:45, across the afternoon plateau into the early evening to 17:57 (the traffic 0.99 to 0.95 of the peak); must not alarm'),
    dict(name="DD12-e-lru-trough-to-morning-940-320", seed=107012, kind="e",
         intervals=gen_intervals(107012, 8, lo=18, hi=42),
         start="2031-10-03T03:25:00Z", service="villarrica-pucon-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "940"},
         note='bounded LRU (940 entries) refilling after each of 8 deploys 22-31 min apart from 03:25, from the trough through dawn into the morning rise to 07:36 (the traffic 0.28 to 0.43 of the peak); must not alarm'),
    dict(name="DD13-e-lru-evening-into-night-1475-300", seed=107013, kind="e",
         intervals=gen_intervals(107013, 8, lo=18, hi=42),
         start="2031-10-04T19:40:00Z", service="lebu-penco-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1475"}, scan_by="TimestampAscending",
         note='bounded LRU (1475 entries) refilling after each of 8 deploys 19-36 min apart from 19:40, down the evening fall into the night to 23:45 (the traffic 0.85 to 0.48 of the peak); must not alarm; ascending'),
    dict(name="DD14-step-frequent-quote-300", seed=107014, kind="step", culprit=7,
         intervals=gen_intervals(107014, 8, lo=18, hi=42),
         start="2031-10-05T09:50:00Z", service="coronel-parral-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/coronel-chapalele-table-at-boot', 'Load the coronel chapalele table at boot'),
         note='level shift at #7 of 8 (13:18), quote route (20 lines at 95 req/s); 8 deploys 20-34 min apart from 09:50 (22 and 33 min after the step, to 14:13); no trend after; must not alarm'),
    dict(name="DD15-f-load-early-evening-fall-frequent-320", seed=107015, kind="f", workers=72,
         intervals=gen_intervals(107015, 7, lo=18, hi=42),
         start="2031-10-06T18:25:00Z", service="cauquenes-tocopilla-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note='reports in flight follow the load from 18:25 (0.93 of the peak) down the early evening fall to 23:08 (0.53), across 7 deploys 25-41 min apart; must not alarm; ascending'),
    dict(name="DD16-none-frequent-quote-320", seed=107016, kind="none",
         intervals=gen_intervals(107016, 9, lo=17, hi=33),
         start="2031-10-07T14:55:00Z", service="mejillones-taltal-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), 14:55 across the afternoon plateau into the early evening to 19:06; 9 deploys 18-33 min apart: each short interval is mostly warm-up; must not alarm'),
]

SCENARIOS = _RDC + DD_SCENARIOS
