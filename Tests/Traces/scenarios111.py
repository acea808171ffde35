"""memblame's tracelab scenarios, batch 111: DH01..DH16 (real memory traces with labels).

(Named DH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-110 used AA..AZ, BA..BZ, CA..CZ, DA, DB,
DC, DD, DE, DF and DG.  No case folder, scenario name or split entry on
main or any other branch starts with "DH"; neither tracelab nor these files
parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 111"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios111.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios111.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw111 DH01-... DH16-...

The mix of batch 107 (its template; batches 85, 88, 91, 94, 97, 100 and
103 of the same kind): cache leaks (b) under frequent deploys, one
frequent-deploy leak of each other kind, and the healthy services that
look like them.  A blind batch: all 16 cases are split "validation".  16
cases, 4 409 samples in all, for a recording budget of 1100 s.  Cases of
290 samples or more (DH06 300, DH07 302, DH08 314, DH09 347, DH14 312) use
ts_format "wire" (epoch seconds); the ISO 8601 cases have 286 samples or
fewer.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios110.py (unchanged: 11..1868,
scenarios109.py's 11..1852 and DG at 1853..1868) and lists the DH
scenarios last (1869..1884), as scenarios109.py runs scenarios108.py.
Seeds 111001..111016, a seed +100 only if its PR or pipeline numbers
collide with an earlier scenario or a case in real/
(/work/tracelab-raw111/check_numbers.py, batch 107's adapted).  The
intervals are the draws of the first seed, gen_intervals(1110NN, ...).
Dates follow DG's: 2031-11-25 (DH01) to 2031-12-10 (DH16).

Deploy gaps: gen_intervals(1110NN, n, lo=15, hi=45) for DH01-DH15 (batches
94-103's gaps; batch 107: lo=18, hi=42) and gen_intervals(111016, 10,
lo=16, hi=30) for the flat DH16 (batch 103's; batch 107: lo=17, hi=33).

The mix (/work/tracelab-raw111/draws.py, draws.out, facts.py, facts.out,
design.py, design.out, constraints.py, constraints.out, history.py,
history.out):
  seven b (DH01-DH07), 7-10 deploys 15-45 min apart, culprits at #3 (DH01,
    of 8), #7 (DH02, of 10), #4 (DH03, of 7), #7 (DH04, of 10), #3 (DH05,
    of 7), #6 (DH06, of 9), #8 (DH07, of 10): the multiset #3 twice, #4,
    #6, #7 twice, #8, which no earlier batch's frequent b had, no position
    three times, and no case at the position its number had in batches
    100, 103 or 107; each with an own interval of 25 min or more and at
    least 3 leaking intervals in its first seed's draw (DH02 and DH04
    qualified only at #7, DH03 only at #4); culprits serve from 12:48:30
    (DH03) to 16:16:30 (DH02); b line counts 22, 25, 18, 26, 24, 20, 21
    (none the count its number had in batches 100, 103 or 107);
  one frequent-deploy leak of each other kind on the orders route in the
    order d, c, a (batches 100, 103 and 107 used d-a-c, a-d-c and a-c-d;
    of c-a-d, c-d-a and d-c-a, DH09's draw qualifies an a nowhere, which
    leaves c-d-a and d-c-a; d-c-a was last used longer ago (batch 91,
    d #6 of 8, c #7 of 9, a #5 of 7; c-d-a: batch 97)): d #6 of 9
    (DH08), c #7 of 10 (DH09), a #3 of 8 (DH10), none at a position
    batches 100, 103 or 107 gave that kind or that number;
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (1390, 535, 1165) at start times no LRU used:
    07:40 up the morning rise (DH11), 16:20 from the late afternoon into
    the evening (DH12), 00:20 through the night into the trough (DH13);
  a healthy step (60000 entries at boot) on the orders route at #7 of 9
    (13:46) (DH14) (batch 107: quote #7 of 8; 103: orders #6 of 8; 100:
    quote #5 of 8; 97: orders #4 of 8; no step had the orders route at #7
    of 9);
  a load change: kind f, reports, from 20:45 down the late evening into
    the night to 01:31, 0.76 -> 0.35 of the peak (DH15) (no f started at
    20:45 before; the nearest 20:20 and 21:20);
  a flat service on the orders route from 13:50 (DH16) (batch 107: quote
    14:55; 103: orders 12:35; 100: quote 10:05; 97: orders 13:25).
  Limits in fours from DH01-DH04 at 320: DH01-04 320, DH05-08 300,
  DH09-12 320, DH13-16 300 (no earlier batch of 16 had this pattern;
  batch 107: aligned pairs from 01-02 at 300; 103: offset pairs from 01
  at 300; 100: offset pairs from 01 at 320).
  TimestampAscending for DH01, DH04, DH05, DH08, DH11, DH12, DH15.

Split (Tests/Traces/split111.json, written and committed before
recording): 0 dev, 16 validation, batch 107's regime tags.  10 leaking (b:
DH01-DH07; d: DH08; c: DH09; a: DH10), 6 healthy (DH11-DH13 a bounded LRU,
DH14 step, DH15 f, DH16 flat).

Loads by the units batch 108's section gives for the next batch (the rule
over batches 105, 107 and 108), frequent: a 0.0256, b 0.00287, c 0.0141,
d 0.0136 (%/h per unit of load at peak traffic at 256 MiB; x 256 / limit
for another limit).  Every leaking case aims at ~5 %/h of its own limit at
peak, each load within 0.4 % of the aim by the unit
(/work/tracelab-raw111/loads.py, loads.out).  Heap 160 MB everywhere.
The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDG = runpy.run_path(os.path.join(_HERE, "scenarios110.py"))["SCENARIOS"]   # 11..1868 (scenarios109.py's 11..1852, DG 1853..1868)

DH_SCENARIOS = [
    dict(name="DH01-b-frequent-deploys-culprit-3-320", seed=111001, kind="b", culprit=3,
         intervals=gen_intervals(111001, 8, lo=15, hi=45),
         start="2031-11-25T13:05:00Z", service="debrecen-szeged-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/debrecen-halaszle-quote-memo', 'Memoise debrecen szeged quotes per halaszle and customer'),
         note='8 deploys 15-45 min apart from 13:05, culprit #3 at 14:18 (6 leaking intervals, 15-45 min, to 17:03; its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DH02-b-frequent-deploys-culprit-7-320", seed=111002, kind="b", culprit=7,
         intervals=gen_intervals(111002, 10, lo=15, hi=45),
         start="2031-11-26T13:20:00Z", service="miskolc-pecs-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/miskolc-paprikas-quote-memo', 'Memoise miskolc pecs quotes per paprikas and customer'),
         note='10 deploys 15-32 min apart from 13:20, culprit #7 at 16:17 (4 leaking intervals, 18-31 min, to 18:04; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DH03-b-frequent-deploys-culprit-4-320", seed=111003, kind="b", culprit=4,
         intervals=gen_intervals(111003, 7, lo=15, hi=45),
         start="2031-11-27T10:45:00Z", service="gyor-nyiregyhaza-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=121, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/gyor-rakott-quote-memo', 'Memoise gyor nyiregyhaza quotes per rakott and customer'),
         note='7 deploys 23-44 min apart from 10:45, culprit #4 at 12:49 (4 leaking intervals, 24-43 min, to 15:04; its own 41 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="DH04-b-frequent-deploys-culprit-7-320", seed=111004, kind="b", culprit=7,
         intervals=gen_intervals(111004, 10, lo=15, hi=45),
         start="2031-11-28T13:00:00Z", service="kecskemet-szombathely-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=84, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/kecskemet-tokany-quote-memo', 'Memoise kecskemet szombathely quotes per tokany and customer'),
         note='10 deploys 15-43 min apart from 13:00, culprit #7 at 15:26 (4 leaking intervals, 18-43 min, to 17:39; its own 37 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DH05-b-frequent-deploys-culprit-3-300", seed=111005, kind="b", culprit=3,
         intervals=gen_intervals(111005, 7, lo=15, hi=45),
         start="2031-11-29T12:10:00Z", service="szolnok-tatabanya-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/szolnok-hortobagyi-quote-memo', 'Memoise szolnok tatabanya quotes per hortobagyi and customer'),
         note='7 deploys 17-44 min apart from 12:10, culprit #3 at 13:33 (5 leaking intervals, 17-44 min, to 16:20; its own 38 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="DH06-b-frequent-deploys-culprit-6-300", seed=111006, kind="b", culprit=6,
         intervals=gen_intervals(111006, 9, lo=15, hi=45),
         start="2031-11-30T12:35:00Z", service="kaposvar-veszprem-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/kaposvar-somloi-quote-memo', 'Memoise kaposvar veszprem quotes per somloi and customer'),
         note='9 deploys 18-39 min apart from 12:35, culprit #6 at 15:51 (4 leaking intervals, 18-33 min, to 17:35; its own 33 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DH07-b-frequent-deploys-culprit-8-300", seed=111007, kind="b", culprit=8,
         intervals=gen_intervals(111007, 10, lo=15, hi=45),
         start="2031-12-01T12:05:00Z", service="bekescsaba-zalaegerszeg-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/bekescsaba-fasirt-quote-memo', 'Memoise bekescsaba zalaegerszeg quotes per fasirt and customer'),
         note='10 deploys 16-45 min apart from 12:05, culprit #8 at 15:02 (3 leaking intervals, 39-45 min, to 17:07; its own 41 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DH08-d-frequent-deploys-culprit-6-300", seed=111008, kind="d", culprit=6,
         intervals=gen_intervals(111008, 9, lo=15, hi=45),
         start="2031-12-02T11:00:00Z", service="sopron-eger-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/sopron-korozott-timers', 'Confirm sopron eger bookings from delayed korozott timers'),
         note='9 deploys 15-45 min apart from 11:00, culprit #6 at 13:55 (4 leaking intervals, 22-45 min, to 16:14; its own 42 min); ~5 %/h of 300 MiB at peak; epoch; ascending'),
    dict(name="DH09-c-frequent-deploys-culprit-7-320", seed=111009, kind="c", culprit=7,
         intervals=gen_intervals(111009, 10, lo=15, hi=45),
         start="2031-12-03T10:55:00Z", service="nagykanizsa-dunaujvaros-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=74, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=('feat/nagykanizsa-kolbasz-listeners', 'Tell open nagykanizsa dunaujvaros bookings when a kolbasz frees'),
         note='10 deploys 16-45 min apart from 10:55, culprit #7 at 14:36 (4 leaking intervals, 19-40 min, to 16:42; its own 40 min); ~5 %/h of 320 MiB at peak; epoch'),
    dict(name="DH10-a-frequent-deploys-culprit-3-320", seed=111010, kind="a", culprit=3,
         intervals=gen_intervals(111010, 8, lo=15, hi=45),
         start="2031-12-04T11:45:00Z", service="salgotarjan-cegled-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=61, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/salgotarjan-rantott-history', 'Keep salgotarjan cegled orders for the rantott history'),
         note='8 deploys 17-33 min apart from 11:45, culprit #3 at 13:09 (6 leaking intervals, 17-29 min, to 15:35; its own 26 min); ~5 %/h of 320 MiB at peak'),
    dict(name="DH11-e-lru-morning-rise-1390-320", seed=111011, kind="e",
         intervals=gen_intervals(111011, 9, lo=15, hi=45),
         start="2031-12-05T07:40:00Z", service="baja-godollo-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1390"}, scan_by="TimestampAscending",
         note='bounded LRU (1390 entries) refilling after each of 9 deploys 15-41 min apart from 07:40, up the morning rise to 11:35 (the traffic 0.43 to 0.86 of the peak); must not alarm; ascending'),
    dict(name="DH12-e-lru-afternoon-into-evening-535-320", seed=111012, kind="e",
         intervals=gen_intervals(111012, 7, lo=15, hi=45),
         start="2031-12-06T16:20:00Z", service="esztergom-keszthely-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "535"}, scan_by="TimestampAscending",
         note='bounded LRU (535 entries) refilling after each of 7 deploys 17-41 min apart from 16:20, from the late afternoon into the evening to 20:31 (the traffic 1.00 to 0.78 of the peak); must not alarm; ascending'),
    dict(name="DH13-e-lru-night-trough-1165-300", seed=111013, kind="e",
         intervals=gen_intervals(111013, 7, lo=15, hi=45),
         start="2031-12-07T00:20:00Z", service="siofok-gyula-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1165"},
         note='bounded LRU (1165 entries) refilling after each of 7 deploys 26-45 min apart from 00:20, through the night into the trough to 04:47 (the traffic 0.43 to 0.29 of the peak); must not alarm'),
    dict(name="DH14-step-frequent-orders-300", seed=111014, kind="step", culprit=7,
         intervals=gen_intervals(111014, 9, lo=15, hi=45),
         start="2031-12-08T10:05:00Z", service="kalocsa-mohacs-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/kalocsa-tarhonya-table-at-boot', 'Load the kalocsa tarhonya table at boot'),
         note='level shift at #7 of 9 (13:46), orders route (5 KB at 95 req/s); 9 deploys 16-45 min apart from 10:05 (26, 31 and 34 min after the step, to 15:17); no trend after; must not alarm; epoch'),
    dict(name="DH15-f-load-late-evening-into-night-frequent-300", seed=111015, kind="f", workers=72,
         intervals=gen_intervals(111015, 7, lo=15, hi=45),
         start="2031-12-09T20:45:00Z", service="tokaj-hatvan-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note='reports in flight follow the load from 20:45 (0.76 of the peak) down the late evening into the night to 01:31 (0.35), across 7 deploys 20-45 min apart; must not alarm; ascending'),
    dict(name="DH16-none-frequent-orders-300", seed=111016, kind="none",
         intervals=gen_intervals(111016, 10, lo=16, hi=30),
         start="2031-12-10T13:50:00Z", service="szekszard-paks-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         note='no leak, orders route (5 KB at 90 req/s), 13:50 across the afternoon plateau into the early evening to 18:05; 10 deploys 16-27 min apart: each short interval is mostly warm-up; must not alarm'),
]

SCENARIOS = _RDG + DH_SCENARIOS
