"""memblame's tracelab scenarios, batch 100: CW01..CW16 (real memory traces with labels).

(Named CW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-99 used AA..AZ, BA..BZ and CA..CV.  No case
folder, scenario name or split entry on main or any other branch starts
with "CW"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 100"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios100.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios100.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw100 CW01-... CW16-...

The mix of batch 97 (its template; batches 94 and 97 of the same kind):
cache leaks (b) under frequent deploys.  16 cases, 4 209 samples in all,
for a recording budget of 1100 s.  Cases of 290 samples or more (CW03,
CW09) use ts_format "wire" (epoch seconds).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios99.py (unchanged: 11..1692, CV at
1677..1692) and lists the CW scenarios last (1693..1708).  Seeds
100001..100016 (a seed +100 only if its numbers collide; see
/work/tracelab-raw100/check_numbers.py).

The mix (/work/tracelab-raw100/draws.py, draws.out, gen100.py, design.out):
  seven b (CW01-CW07), 7-8 deploys 15-45 min apart, culprits at #5 (CW01,
    of 7), #3 (CW02, of 8), #6 (CW03, of 8), #5 (CW04, of 8), #4 (CW05, of
    8), #4 (CW06, of 7), #6 (CW07, of 8): the multiset #3, #4 twice, #5
    twice, #6 twice, which none of batches 85, 88, 91, 94, 97 had, no
    position three times, and no case at the position its number had in
    batches 91, 94 or 97; each with an own interval of 25 min or more and
    at least 3 leaking intervals; culprits serve from 11:56 (CW05) to
    15:04 (CW06); b line counts 26, 18, 21, 22, 20, 17, 24 (none the count
    its number had in batches 91, 94 or 97);
  one frequent-deploy leak of each other kind on the orders route in the
    order d, a, c (the one order of three kinds batches 82-97 left):
    d #4 of 8 (CW08), a #8 of 10 (CW09), c #4 of 8 (CW10), none at a
    position batches 91, 94 or 97 gave that kind or that number;
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (575, 875, 1175) at start times no LRU used:
    06:15 from dawn up the morning rise (CW11), 16:05 from the late
    afternoon into the evening (CW12), 22:25 from the late night into the
    small hours (CW13);
  a healthy step (60000 entries at boot) on the quote route at #5 of 8
    (11:37) (CW14) (batch 97: orders #4; 94: quote #3; 91: orders #5);
  a load change: kind f, reports, from midday through the afternoon
    peak, 12:10-16:24 (CW15) (batches 88 07:50, 91 21:20, 94 09:25, 97
    05:20);
  a flat service on the quote route from 10:05 (CW16) (batch 97: orders
    13:25; 94: quote 16:40; 91: orders 15:10).
  Limits in offset pairs from CW01 at 320: CW01 320, CW02-03 300, CW04-05
  320, CW06-07 300, CW08-09 320, CW10-11 300, CW12-13 320, CW14-15 300,
  CW16 320 (the reverse of batch 94's; 97: pairs from CT01-02 at 320).
  TimestampAscending for CW02, CW04, CW06, CW09, CW12, CW15.

Split (Tests/Traces/split100.json, written and committed before
recording): 0 dev, 16 validation.  10 leaking (b: CW01-CW07; d: CW08; a:
CW09; c: CW10), 6 healthy (CW11-CW13 a bounded LRU, CW14 step, CW15 f,
CW16 flat).

Loads by the units batch 99's section gives for the next batch (the rule
over batches 97-99), frequent: a 0.0246, b 0.00296, c 0.0125, d 0.0185
(%/h per unit of load at peak traffic at 256 MiB; x 256 / limit for
another limit).  Every leaking case aims at ~5 %/h at peak (within 0.6 %).
Heap 160 MB everywhere.  The "~N %/h" in the notes are aims, not
measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCV = runpy.run_path(os.path.join(_HERE, "scenarios99.py"))["SCENARIOS"]   # 11..1692 (CV 1677..1692)

CW_SCENARIOS = [
    dict(name="CW01-b-frequent-deploys-culprit-5-320", seed=100001, kind="b", culprit=5,
         intervals=gen_intervals(100001, 7, lo=15, hi=45),
         start="2031-06-02T09:20:00Z", service="ptuj-kranj-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=81, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/ptuj-potica-quote-memo', 'Memoise ptuj kranj quotes per potica and customer'),
         note='7 deploys 28-44 min apart from 09:20, culprit #5 at 12:10 (3 leaking intervals, 32-39 min, to 13:57; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="CW02-b-frequent-deploys-culprit-3-300", seed=100002, kind="b", culprit=3,
         intervals=gen_intervals(100002, 8, lo=15, hi=45),
         start="2031-06-03T11:10:00Z", service="celje-koper-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/celje-struklji-quote-memo', 'Memoise celje koper quotes per struklji and customer'),
         note='8 deploys 15-43 min apart from 11:10, culprit #3 at 12:35 (6 leaking intervals, 15-43 min, to 15:41; its own 38 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="CW03-b-frequent-deploys-culprit-6-300", seed=100003, kind="b", culprit=6,
         intervals=gen_intervals(100003, 8, lo=15, hi=45),
         start="2031-06-04T10:00:00Z", service="velenje-kamnik-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/velenje-jota-quote-memo', 'Memoise velenje kamnik quotes per jota and customer'),
         note='8 deploys 15-45 min apart from 10:00, culprit #6 at 13:06 (3 leaking intervals, 34-44 min, to 15:02; its own 38 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="CW04-b-frequent-deploys-culprit-5-320", seed=100004, kind="b", culprit=5,
         intervals=gen_intervals(100004, 8, lo=15, hi=45),
         start="2031-06-05T12:25:00Z", service="jesenice-bled-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/jesenice-gibanica-quote-memo', 'Memoise jesenice bled quotes per gibanica and customer'),
         note='8 deploys 15-42 min apart from 12:25, culprit #5 at 14:07 (4 leaking intervals, 20-42 min, to 16:16; its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="CW05-b-frequent-deploys-culprit-4-320", seed=100005, kind="b", culprit=4,
         intervals=gen_intervals(100005, 8, lo=15, hi=45),
         start="2031-06-06T09:40:00Z", service="piran-izola-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/piran-zlikrofi-quote-memo', 'Memoise piran izola quotes per zlikrofi and customer'),
         note='8 deploys 15-38 min apart from 09:40, culprit #4 at 11:56 (5 leaking intervals, 15-34 min, to 13:59; its own 34 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="CW06-b-frequent-deploys-culprit-4-300", seed=100006, kind="b", culprit=4,
         intervals=gen_intervals(100006, 7, lo=15, hi=45),
         start="2031-06-07T12:50:00Z", service="postojna-idrija-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/postojna-klobasa-quote-memo', 'Memoise postojna idrija quotes per klobasa and customer'),
         note='7 deploys 25-45 min apart from 12:50, culprit #4 at 15:04 (4 leaking intervals, 26-45 min, to 17:28; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="CW07-b-frequent-deploys-culprit-6-300", seed=100007, kind="b", culprit=6,
         intervals=gen_intervals(100007, 8, lo=15, hi=45),
         start="2031-06-08T10:25:00Z", service="bovec-tolmin-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=82, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/bovec-ricet-quote-memo', 'Memoise bovec tolmin quotes per ricet and customer'),
         note='8 deploys 17-41 min apart from 10:25, culprit #6 at 13:29 (3 leaking intervals, 21-37 min, to 15:04; its own 37 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="CW08-d-frequent-deploys-culprit-4-320", seed=100008, kind="d", culprit=4,
         intervals=gen_intervals(100008, 8, lo=15, hi=45),
         start="2031-06-09T11:35:00Z", service="trbovlje-brezice-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=84, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/trbovlje-prata-timers', 'Confirm trbovlje brezice bookings from delayed prata timers'),
         note='8 deploys 15-45 min apart from 11:35, culprit #4 at 13:31 (5 leaking intervals, 15-39 min, to 15:51; its own 33 min); ~5 %/h of 320 MiB at peak'),
    dict(name="CW09-a-frequent-deploys-culprit-8-320", seed=100009, kind="a", culprit=8,
         intervals=gen_intervals(100009, 10, lo=15, hi=45),
         start="2031-06-10T09:10:00Z", service="krsko-sezana-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=51, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/krsko-bujta-history', 'Keep krsko sezana orders for the bujta history'),
         note='10 deploys 17-45 min apart from 09:10, culprit #8 at 12:54 (3 leaking intervals, 23-38 min, to 14:24; its own 38 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="CW10-c-frequent-deploys-culprit-4-300", seed=100010, kind="c", culprit=4,
         intervals=gen_intervals(100010, 8, lo=15, hi=45),
         start="2031-06-11T11:50:00Z", service="vrhnika-logatec-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=78, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/vrhnika-zganci-listeners', 'Tell open vrhnika logatec bookings when a zganci frees'),
         note='8 deploys 18-41 min apart from 11:50, culprit #4 at 13:48 (5 leaking intervals, 19-41 min, to 16:11; its own 41 min); ~5 %/h of 300 MiB at peak'),
    dict(name="CW11-e-lru-dawn-morning-rise-575-300", seed=100011, kind="e",
         intervals=gen_intervals(100011, 7, lo=15, hi=45),
         start="2031-06-12T06:15:00Z", service="domzale-litija-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "575"},
         note='bounded LRU (575 entries) refilling after each of 7 deploys 19-40 min apart from 06:15, to 10:30 (the traffic 0.34 to 0.70 of the peak); must not alarm'),
    dict(name="CW12-e-lru-late-afternoon-to-evening-875-320", seed=100012, kind="e",
         intervals=gen_intervals(100012, 8, lo=15, hi=45),
         start="2031-06-13T16:05:00Z", service="ormoz-lendava-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "875"}, scan_by="TimestampAscending",
         note='bounded LRU (875 entries) refilling after each of 8 deploys 16-39 min apart from 16:05, to 20:13 (the traffic 1.00 to 0.80 of the peak); must not alarm; ascending'),
    dict(name="CW13-e-lru-late-night-small-hours-1175-320", seed=100013, kind="e",
         intervals=gen_intervals(100013, 7, lo=15, hi=45),
         start="2031-06-14T22:25:00Z", service="ajdovscina-zalec-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1175"},
         note='bounded LRU (1175 entries) refilling after each of 7 deploys 18-39 min apart from 22:25, to 02:39 (the traffic 0.60 to 0.30 of the peak); must not alarm'),
    dict(name="CW14-step-frequent-quote-300", seed=100014, kind="step", culprit=5,
         intervals=gen_intervals(100014, 8, lo=15, hi=45),
         start="2031-06-15T09:45:00Z", service="radovljica-trzic-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/radovljica-sirnica-table-at-boot', 'Load the radovljica sirnica table at boot'),
         note='level shift at #5 of 8 (11:37), quote route (20 lines at 95 req/s, 400 SKUs); 8 deploys 15-32 min apart from 09:45 (29, 32, 20, 19 min after the step, to 13:17); no trend after; must not alarm'),
    dict(name="CW15-f-load-midday-afternoon-peak-frequent-300", seed=100015, kind="f", workers=72,
         intervals=gen_intervals(100015, 8, lo=15, hi=45),
         start="2031-06-16T12:10:00Z", service="grosuplje-kocevje-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load from midday through the afternoon peak, from 12:10 (0.95 of the peak) to 16:24 (1.00), across 8 deploys 15-45 min apart; must not alarm; ascending'),
    dict(name="CW16-none-frequent-quote-320", seed=100016, kind="none",
         intervals=gen_intervals(100016, 9, lo=16, hi=30),
         start="2031-06-17T10:05:00Z", service="cerknica-ribnica-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), 10:05 through the late morning and the midday peak to 14:23; 9 deploys 19-30 min apart: each short interval is mostly warm-up; must not alarm'),
]

SCENARIOS = _RCV + CW_SCENARIOS
