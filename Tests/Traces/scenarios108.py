"""memblame's tracelab scenarios, batch 108: DE01..DE16 (real memory traces with labels).

(Named DE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-107 used AA..AZ, BA..BZ, CA..CZ, DA, DB, DC
and DD.  No case folder, scenario name or split entry on main or any other
branch starts with "DE"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 108"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios108.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios108.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw108 DE01-... DE16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92, 95, 98, 101 and 104 (batch 104 its template for
the regimes and the counts).  The kinds are rotated away from batches 101
and 104 in every regime, as batch 104 rotated them away from batches 98
and 101 (batch 101: hourly c, few-hours d, culprit-last b, slow d,
fixed-later a, flag flip a, culprit-early c, multi-task d; batch 104: a,
c, d, a, c, d, a, b; here d, a, a, b, d, c, d, a); of the two kinds each
regime leaves, those that keep the kinds as batch 104's (a 3, b 3, c 2,
d 3 leaking): a comes only from few-hours, culprit-last and multi-task, d
only from hourly, fixed-later and culprit-early, so all six are fixed;
slow and flag flip leave b and c each, and both choices repeat one of
batch 98's kinds (slow c, flag flip c): slow b and flag flip c, because
batch 105, the latest with a slow leak, had a slow c.  The frequent non-b
case is a c (batch 104: d, batch 101: a: the one kind left); the two
frequent b stay b.

The 16 cases have 4 546 samples in all, for a recording budget of 1100 s;
the longest, DE04, 384.  Every case of 285 samples or more (DE03, DE04,
DE05, DE06, DE07, DE09, DE10, DE13) uses ts_format "wire" (epoch
seconds); the ISO 8601 cases have 278 samples or fewer.
TimestampAscending for DE02, DE03, DE06, DE08, DE10, DE11, DE13 and DE15
(batch 104: DA01, DA03, DA05, DA08, DA09, DA13, DA14, DA16; batch 101:
CX02, CX04, CX06, CX07, CX10, CX11, CX12, CX15).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios107.py (unchanged: 11..1820,
scenarios106.py's 11..1804 and DD at 1805..1820) and lists the DE
scenarios last (1821..1836), as scenarios107.py runs scenarios106.py.
Seeds 108001..108016, a seed +100 only if its PR or pipeline numbers
collide (/work/tracelab-raw108/check_numbers.py): DE12 108112 and DE16
108116 (the first seeds' PRs hit pipeline numbers of AZ05 and AZ07); the
intervals stay the draws of the first seed, gen_intervals(1080NN, ...).  Dates follow DD's:
2031-10-08 (DE01) to 2031-10-23 (DE16).

Deploy gaps: the frequent cases and the frequent LRU are
gen_intervals(1080NN, n, lo=18, hi=42), as batch 107's (batch 104:
lo=15, hi=45, whose draw for DE01 qualified only at #5 and #7, the
positions batches 104 and 101 gave case 01), and the flat DE16
gen_intervals(108016, 10, lo=17, hi=33), as batch 107's (batch 104:
lo=16, hi=30).

The mix (/work/tracelab-raw108/draws.py, draws.out, facts.py, facts.out,
design.py, design.out, constraints.py, constraints.out, history.py,
history.out):
  DE01 c, frequent: 8 deploys 21-37 min apart, culprit #4 at 13:23;
  DE02 b, frequent: 8 deploys 24-41 min apart, culprit #6 at 13:32;
  DE03 b, frequent: 9 deploys 19-39 min apart, culprit #7 at 13:29
    (the multiset #4, #6, #7; batch 104: #5 of 8, #7 of 9, #4 of 8; batch
    101: #7 of 9, #3 of 7, #6 of 8; no broad batch had it; none at the
    position its case number had in batch 104 or 101; each at a position
    of its first-seed draw whose own interval is 25 min or more, with 3 or
    more leaking intervals);
  DE04 d hourly: 5 deploys 63-64 min apart, culprit #3 of 5 at 13:31
    (batch 104: #3 of 4; 101: #2 of 4; no broad batch had 5 hourly
    deploys; F03, F04 and G06 had #3 of 5);
  DE05 a few-hours: 35, 30, 40, 25 and 35 min, then the culprit #5 at
    13:34 with 105 min, then 40 min still leaking (batch 104: #4 with 110
    min; 101: #3 with 120);
  DE06 a culprit-last: the last deploy #5 of 5 at 13:29 with 125 min
    after it (batch 104: #3 of 3; 101: #4 of 4);
  DE07 b slow (~1.5 %/h): culprit #4 of 5 at 13:24, 90 and 80 min leaking
    (batch 104: #2 of 4; 101: #3 of 4);
  DE08 d fixed two deploys later: culprit #1 at 13:29 after 35 min of v1,
    #2 still leaking, the fix #3 at 14:48 (batch 104: #2 fixed by #4; 101:
    #4 fixed by #6; batch 102's CY08, a c, had #1 fixed by #3);
  DE09 c behind a flag switched on at 13:34:30, 35 min into v5's 115 min
    interval, the series' fifth (batch 104: 70 into v4's 120; 101: 65
    into v3's 115; AP09, a c, 35 into v3's 120);
  DE10 d culprit-early: #1 after 70 min of v1 (batch 104: 35, 101: 50,
    98: 40, 95: 45, 99: 55, 102: 60, 105: 65);
  DE11 a on two tasks, rolling deploys 10 min apart, culprit #4 of 5
    (batch 104: gap 7, #2 of 3; 101: gap 6, #3 of 4; 98: gap 8, #2 of 4);
  healthy: DE12 a bounded LRU of 560 entries under 8 deploys 20-40 min
    apart from 12:45 (batch 104: 325 from 12:25; 101: 625 from 11:50);
    DE13 an LRU of 1550 entries that warms up for hours (45, 130 and 115
    min from 10:05; batch 104: 1375 from 09:55; 101: 1450 from 10:45);
    DE14 a 60000-entry table at boot from the step deploy #3 of 4 on the
    orders route (batch 104: quote #3 of 5; 101: orders #4 of 5); DE15
    kind f up the morning rise, 06:40-11:11 (batch 104: 13:50-18:15; 101:
    16:35-20:51); DE16 a flat orders service with 10 deploys 18-33 min
    apart from 13:05 (batch 104: quote from 12:45; 101: orders from 11:20).
  Limits alternate, flipped from batch 104's: odd cases 320, even cases
  300.

Split (Tests/Traces/split108.json, written and committed before recording):
0 dev, 16 validation, batch 104's regime tags in the same order.  11
leaking (a: DE05, DE06, DE11; b: DE02, DE03, DE07; c: DE01, DE09; d:
DE04, DE08, DE10; DE08 fixed two deploys later; DE09 with no culprit
deploy), 5 healthy (DE12, DE13 LRU, DE14 step, DE15 f, DE16 flat).

Loads by the units batch 107's section gives for the next batch (the rule
over batches 104, 105 and 107), as batch 105 used batch 104's: frequent a
0.0256, b 0.00250, c 0.0106, d 0.0149; an hour or more a 0.0198, b
0.00232, c 0.0161, d 0.0115 (%/h per unit of load, size x rate, at peak
traffic at 256 MiB; x 256 / limit for another limit; per task the load
divided by the number of tasks).  The frequent units for the three
frequent-deploys cases, the units over an hour or more for every other
leaking case.  Every leaking case aims at ~5 %/h of its limit at peak (per
task for DE11), but the slow leak DE07 at ~1.5 %/h; each load rounded so
the unit gives the aim within 0.4 % (/work/tracelab-raw108/loads.py,
loads.out).  Healthy, earlier loads.  Heap 160 MB everywhere.  The "~N
%/h" in the notes are these aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDD = runpy.run_path(os.path.join(_HERE, "scenarios107.py"))["SCENARIOS"]   # 11..1820 (scenarios106.py's 11..1804, DD 1805..1820)

_DE05 = [35, 30, 40, 25, 35, 105, 40]   # few-hours a: culprit #5 after 35, 30, 40, 25 and 35 min, 105 min, then 40 min still leaking
_DE06 = [30, 35, 30, 40, 35, 125]       # culprit-last a: #5 of 5, 125 min of evidence
_DE07 = [35, 30, 35, 40, 90, 80]        # slow b at #4 of 5
_DE09 = [30, 35, 30, 40, 115, 40]       # flag flip c: on 35 min into v5's 115 min interval (the series' fifth)
_DE13 = [45, 130, 115]                  # an LRU (1550) that warms up for hours after one 45 min first interval

DE_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="DE01-c-frequent-deploys-culprit-4-320", seed=108001, kind="c", culprit=4,
         intervals=gen_intervals(108001, 8, lo=18, hi=42),
         start="2031-10-08T11:25:00Z", service="brasov-sibiu-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=118, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/brasov-sarmale-listeners", "Tell open brasov sibiu bookings when a sarmale frees"),
         note="8 deploys 21-37 min apart from 11:25, culprit #4 at 13:23 (5 leaking intervals, 21-37 min, to "
              "15:55; its own 31 min); ~5 %/h of 320 MiB at peak"),
    dict(name="DE02-b-frequent-deploys-culprit-6-300", seed=108002, kind="b", culprit=6,
         intervals=gen_intervals(108002, 8, lo=18, hi=42),
         start="2031-10-09T10:35:00Z", service="cluj-iasi-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/cluj-mici-quote-memo", "Memoise cluj iasi quotes per mici and customer"),
         note="8 deploys 24-41 min apart from 10:35, culprit #6 at 13:32 (3 leaking intervals, 27-35 min, to "
              "15:02; its own 27 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="DE03-b-frequent-deploys-culprit-7-320", seed=108003, kind="b", culprit=7,
         intervals=gen_intervals(108003, 9, lo=18, hi=42),
         start="2031-10-10T09:55:00Z", service="timisoara-oradea-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/timisoara-mamaliga-quote-memo", "Memoise timisoara oradea quotes per mamaliga and customer"),
         note="9 deploys 19-39 min apart from 09:55, culprit #7 at 13:29 (3 leaking intervals, 25-33 min, to "
              "14:54; its own 26 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch, ascending"),
    # ================================================================== hourly
    dict(name="DE04-d-hourly-culprit-3-300", seed=108004, kind="d", culprit=3,
         intervals=gen_intervals(108004, 5, lo=55, hi=65),
         start="2031-10-11T10:20:00Z", service="arad-constanta-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/arad-ciorba-timers", "Confirm arad constanta bookings from delayed ciorba timers"),
         note="5 deploys 63-64 min apart (hourly), culprit #3 of 5 at 13:31 (64, 64 and 64 min leaking, to 16:44); "
              "~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== few-hours
    dict(name="DE05-a-few-hours-culprit-5-320", seed=108005, kind="a", culprit=5,
         intervals=list(_DE05),
         start="2031-10-12T10:50:00Z", service="craiova-galati-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=79, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/craiova-papanasi-history", "Keep craiova galati orders for the papanasi history"),
         note="v1 35 min, #1 at 11:24 (30 min), #2 at 11:54 (40 min), #3 at 12:34 (25 min), #4 at 12:59 (35 min), "
              "the culprit #5 at 13:34 (105 min), then #6 at 15:19 (40 min, still leaking, to 16:00); ~5 %/h of "
              "320 MiB at peak; epoch"),
    # ================================================================== culprit-last
    dict(name="DE06-a-culprit-last-5-300", seed=108006, kind="a", culprit=5,
         intervals=list(_DE06),
         start="2031-10-13T10:40:00Z", service="ploiesti-pitesti-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=74, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/ploiesti-cozonac-history", "Keep ploiesti pitesti orders for the cozonac history"),
         note="the culprit is the last deploy #5 at 13:29: one 125 min interval of evidence (to 15:35) after 30, "
              "35, 30, 40 and 35 min healthy ones; ~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== singles
    dict(name="DE07-b-slow-leak-culprit-4-320", seed=108007, kind="b", culprit=4,
         intervals=list(_DE07),
         start="2031-10-14T11:05:00Z", service="bacau-suceava-quotes",
         profile="quote", params={"detail": 8, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bacau-zacusca-quote-memo", "Memoise bacau suceava quotes per zacusca and customer"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #4 at 13:24 after 35, 30, 35 and 40 min healthy "
              "intervals; 90 and 80 min leaking intervals (170 min after the culprit, to 16:15); good releases "
              "warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="DE08-d-fixed-two-later-300", seed=108008, kind="d", culprit=1, fixed=3,
         intervals=gen_intervals(108008, 5, lo=35, hi=50),
         start="2031-10-15T12:55:00Z", service="sighisoara-medias-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=85, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/sighisoara-tochitura-timers", "Confirm sighisoara medias bookings from delayed tochitura timers"),
         fixed_pr_title=("fix/sighisoara-drob-timers-cleared", "Confirm sighisoara medias bookings at once, without drob timers"),
         note="leak from #1 at 13:29 (43 min, then #2 36 min still leaking; ~5 %/h of 300 MiB at peak) after 35 "
              "min of v1; fixed two deploys later by #3 at 14:48 (35 min), then #4 and #5 (48 and 41 min, to "
              "16:53); ascending"),
    dict(name="DE09-c-flag-flip-320", seed=108009, kind="c", flag="deva_hunedoara_jumari_listeners",
         flag_at=sum(_DE09[:4]) + 35, intervals=list(_DE09),
         start="2031-10-16T10:45:00Z", service="deva-hunedoara-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=97, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag deva_hunedoara_jumari_listeners on at 13:34:30, 35 min after #4 and 80 min "
              "before #5 (v5's interval 115 min, the series' fifth), then #5 (40 min, to 15:35); a jumari "
              "listener per booking (~5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="DE10-d-culprit-first-after-70-300", seed=108010, kind="d", culprit=1,
         intervals=gen_intervals(108010, 4, {0: 70}, lo=30, hi=70),
         start="2031-10-17T12:20:00Z", service="bistrita-zalau-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bistrita-chiftele-timers", "Confirm bistrita zalau bookings from delayed chiftele timers"),
         note="culprit is the first deploy #1 at 13:29, after 70 min of v1; every later interval leaks (62-64 "
              "min, to 17:43, ~5 %/h of 300 MiB at peak); epoch, ascending"),
    dict(name="DE11-a-two-tasks-culprit-4-320", seed=108011, kind="a", culprit=4, tasks=2, roll_gap=10,
         intervals=gen_intervals(108011, 5, lo=40, hi=55),
         start="2031-10-18T10:25:00Z", service="botosani-vaslui-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=158, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/botosani-plachie-history", "Keep botosani vaslui orders for the plachie history"),
         note="2 tasks, rolling deploys 10 min apart per task; 5 deploys 41-48 min apart, culprit #4 of 5 at "
              "13:28 (47 and 47 min leaking, to 15:03); each task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl; "
              "ascending"),
    # ================================================================== healthy-lru
    dict(name="DE12-e-lru-frequent-560-300", seed=108112, kind="e",
         intervals=gen_intervals(108012, 8, lo=18, hi=42),
         start="2031-10-19T12:45:00Z", service="focsani-buzau-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "560"},
         note="bounded LRU (560 entries) refilling after each of 8 deploys 20-40 min apart, from 12:45 through "
              "the afternoon peak to 17:04; must not alarm"),
    dict(name="DE13-e-lru-warmup-1550-320", seed=108013, kind="e",
         intervals=list(_DE13),
         start="2031-10-20T10:05:00Z", service="braila-tulcea-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1550"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1550 entries) refilling after each of 2 deploys "
              "130 and 115 min apart, after one 45 min first interval from 10:05, through the lunch bump into the "
              "peak to 14:55; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles
    dict(name="DE14-step-orders-culprit-3-300", seed=108014, kind="step", culprit=3,
         intervals=gen_intervals(108014, 4, lo=35, hi=50),
         start="2031-10-21T11:45:00Z", service="slatina-caracal-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/slatina-ghiveci-table-at-boot", "Load the slatina ghiveci table at boot"),
         note="level shift at #3 of 4 (13:51), orders route (5 KB at 95 req/s); 4 deploys 37-42 min apart (39 "
              "and 42 min after the step, to 15:13); no trend after; must not alarm"),
    dict(name="DE15-f-load-morning-rise-320", seed=108015, kind="f", workers=72,
         intervals=gen_intervals(108015, 3, lo=55, hi=75),
         start="2031-10-22T06:40:00Z", service="turda-fagaras-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up the morning rise, from 06:40 (0.36 of the peak) to 11:11 "
              "(0.79), across 3 deploys 61-72 min apart; must not alarm; ascending"),
    dict(name="DE16-none-frequent-orders-300", seed=108116, kind="none",
         intervals=gen_intervals(108016, 10, lo=17, hi=33),
         start="2031-10-23T13:05:00Z", service="sinaia-predeal-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         note="no leak, orders route (5 KB at 90 req/s), 13:05 through the afternoon peak (17:19); 10 deploys "
              "18-33 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RDD + DE_SCENARIOS
