"""memblame's tracelab scenarios, batch 101: CX01..CX16 (real memory traces with labels).

(Named CX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-100 used AA..AZ, BA..BZ and CA..CW.  No case
folder, scenario name or split entry on main or any other branch starts
with "CX"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 101"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios101.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios101.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw101 CX01-... CX16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92, 95 and 98 (batch 98 its template for the regimes
and the counts).  The kinds are rotated away from batches 95 and 98 in
every regime (batch 95: hourly a, few-hours c, culprit-last c, slow a,
fixed-later c, flag flip d, culprit-early a, multi-task b; batch 98: b, a,
a, c, d, c, d, a; here c, d, b, d, a, a, c, d); of the two kinds each
regime leaves, the ones that keep the kinds even (a 3, b 3, c 2, d 3
leaking; batches 95 and 98: a 3, b 3, c 3, d 2), with five repeats of
batch 92's kind (fixed-later a, flag flip a, culprit-early c, few-hours
d and hourly c repeat batch 92; a comes only from fixed-later, flag flip
and the frequent case).  The frequent non-b case is an a (batch 98: c,
batch 95: d); the two frequent b stay b.

The 16 cases have 4 327 samples in all, for a recording budget of 1100 s;
the longest, CX04, 303.  Every case of 280 samples or more (CX03, CX04,
CX05, CX07, CX08, CX14) uses ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file; the ISO
8601 cases have 275 samples or fewer.  TimestampAscending for CX02, CX04,
CX06, CX07, CX10, CX11, CX12 and CX15 (batch 98: CU01, CU02, CU05, CU07,
CU09, CU11, CU13, CU16; batch 95: CR03, CR04, CR06, CR08, CR10, CR12,
CR14, CR15).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios100.py (unchanged: scenarios99.py's
scenarios at 11..1692, CW at 1693..1708) and lists the CX scenarios last
(1709..1724), as scenarios100.py runs scenarios99.py.  Seeds are
101001..101016, each case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw101/check_numbers.py); the intervals stay the draws of
the first seed, gen_intervals(1010NN, ...).  Dates follow CW's:
2031-06-18 (CX01) to 2031-07-03 (CX16).

The mix (/work/tracelab-raw101/draws.py, draws.out, design.py, design.out):
  CX01 a, frequent: 9 deploys 15-40 min apart, culprit #7 at 13:39;
  CX02 b, frequent: 7 deploys 15-41 min apart, culprit #3 at 13:21;
  CX03 b, frequent: 8 deploys 16-43 min apart, culprit #6 at 13:53
    (the multiset #3, #6, #7; batch 98: #4 of 8, #5 of 9, #6 of 9; batch
    95: #4 of 10, #3 of 9, #7 of 8; none at the position its number of
    deploys had in batch 98 or 95; each position among those of its
    first-seed draw whose own interval is 25 min or more);
  CX04 c hourly: 4 deploys 55-62 min apart, culprit #2 of 4 at 13:20
    (batch 98: #2 of 3; 95: #3 of 4);
  CX05 d few-hours: 30, 40 and 60 min, the culprit #3 at 13:40 with 120
    min, then 40 min still leaking (batches 92-98: the culprit #2);
  CX06 b culprit-last: the last deploy #4 of 4 at 13:40 with 130 min after
    it (batch 98: #2 of 2; 95: #3 of 3);
  CX07 d slow (~1.5 %/h): culprit #3 of 4 at 13:10, 85 and 85 min leaking
    (batches 95 and 98: #2 of 3);
  CX08 a fixed two deploys later: culprit #4 at 13:23, #5 still leaking,
    the fix #6 at 14:50 (batch 98: #3 fixed by #5; 95: #2 fixed by #4);
  CX09 a behind a flag switched on at 14:24:30, 65 min into v3's 115 min
    interval, the series' third (batch 98: 90 min into v2's 140; 95: 75
    into v2's 130);
  CX10 c culprit-early: #1 after 50 min of v1 (batch 98: 40, 95: 45);
  CX11 d on two tasks, rolling deploys 6 min apart, culprit #3 of 4
    (batch 98: gap 8, #2 of 4; 95: gap 9, #2 of 5);
  healthy: CX12 a bounded LRU of 625 entries under 7 deploys 16-41 min
    apart from 11:50 (batch 98: 850 from 12:35; 95: 775 from 11:20); CX13
    an LRU of 1450 entries that warms up for hours (35, 125 and 115 min
    from 10:45; batch 98: 1400 from 10:25; 95: 1300 from 11:05); CX14 a
    60000-entry table at boot from the step deploy #4 of 5 on the orders
    route (batch 98: quote #4 of 6; 95: orders #2 of 5); CX15 kind f from
    the afternoon peak down into the evening, 16:35-20:51 (batch 98: the
    lunch bump into the peak; 95: the morning rise); CX16 a flat orders
    service (5 KB at 90 req/s) with 10 deploys 17-27 min apart from 11:20
    (batch 98: quote from 14:10; 95: orders from 13:40).
  Limits: batch 98's per case swapped (320 <-> 300).

Split (Tests/Traces/split101.json, written and committed before recording):
0 dev, 16 validation, as the brief asked (as batches 94-100).  11 leaking
(a: CX01, CX08, CX09; b: CX02, CX03, CX06; c: CX04, CX10; d: CX05, CX07,
CX11; CX08 fixed two deploys later; CX09 with no culprit deploy), 5
healthy (CX12, CX13 LRU, CX14 step, CX15 f, CX16 flat).

Loads by the units batch 100's section gives for the next batch (the rule
over batches 98-100): frequent a 0.0199, b 0.00256, c 0.0132, d 0.0163; an
hour or more a 0.0199, b 0.00269, c 0.00991, d 0.00774 (%/h per unit of
load, size x rate, at peak traffic at 256 MiB; x 256 / limit for another
limit; per task the load divided by the number of tasks).  The frequent
units for the three frequent-deploys cases, the units over an hour or more
for every other leaking case.  Every leaking case aims at ~5 %/h of its
limit at peak (per task for CX11), but the slow leak CX07 at ~1.5 %/h;
each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw101/loads.py, loads.out).  Healthy, earlier loads.
Heap 160 MB everywhere.  The "~N %/h" in the notes are these aims, not
measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCW = runpy.run_path(os.path.join(_HERE, "scenarios100.py"))["SCENARIOS"]   # 11..1708 (scenarios99.py's 11..1692, CW 1693..1708)

_CX05 = [30, 40, 60, 120, 40]       # few-hours d: culprit #3 after 30, 40 and 60 min, 120 min, then 40 min still leaking
_CX06 = [40, 35, 40, 30, 130]       # culprit-last b: #4 of 4, 130 min of evidence
_CX07 = [35, 35, 40, 85, 85]        # slow d at #3 of 4
_CX09 = [45, 40, 115, 40]           # flag flip a: on 65 min into v3's 115 min interval (the series' third)
_CX13 = [35, 125, 115]              # an LRU (1450) that warms up for hours after one 35 min first interval

CX_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="CX01-a-frequent-deploys-culprit-7-320", seed=101001, kind="a", culprit=7,
         intervals=gen_intervals(101001, 9, lo=15, hi=45),
         start="2031-06-18T10:30:00Z", service="andros-tinos-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=63, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/andros-khachapuri-history", "Keep andros tinos orders for the khachapuri history"),
         note="9 deploys 15-40 min apart from 10:30, culprit #7 at 13:39 (3 leaking intervals, 25-32 min, to "
              "15:05; its own 32 min); ~5 %/h of 320 MiB at peak"),
    dict(name="CX02-b-frequent-deploys-culprit-3-300", seed=101002, kind="b", culprit=3,
         intervals=gen_intervals(101002, 7, lo=15, hi=45),
         start="2031-06-19T11:25:00Z", service="syros-paros-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=88, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/syros-lobio-quote-memo", "Memoise syros paros quotes per lobio and customer"),
         note="7 deploys 15-41 min apart from 11:25, culprit #3 at 13:21 (5 leaking intervals, 15-39 min, to "
              "15:54; its own 36 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CX03-b-frequent-deploys-culprit-6-320", seed=101003, kind="b", culprit=6,
         intervals=gen_intervals(101003, 8, lo=15, hi=45),
         start="2031-06-20T11:00:00Z", service="naxos-milos-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/naxos-pkhali-quote-memo", "Memoise naxos milos quotes per pkhali and customer"),
         note="8 deploys 16-43 min apart from 11:00, culprit #6 at 13:53 (3 leaking intervals, 29-43 min, to "
              "15:41; its own 43 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    # ================================================================== hourly
    dict(name="CX04-c-hourly-culprit-2-320", seed=101004, kind="c", culprit=2,
         intervals=gen_intervals(101004, 4, lo=55, hi=65),
         start="2031-06-21T11:20:00Z", service="sifnos-serifos-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/sifnos-chakapuli-listeners", "Tell open sifnos serifos bookings when a chakapuli frees"),
         note="4 deploys 55-62 min apart (hourly), culprit #2 of 4 at 13:20 (59, 62 and 62 min leaking, to "
              "16:23); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours
    dict(name="CX05-d-few-hours-culprit-3-300", seed=101005, kind="d", culprit=3,
         intervals=list(_CX05),
         start="2031-06-22T11:30:00Z", service="kythnos-folegandros-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=108, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/kythnos-mtsvadi-timers", "Confirm kythnos folegandros bookings from delayed mtsvadi timers"),
         note="v1 30 min, #1 at 12:00 (40 min), #2 at 12:40 (60 min), the culprit #3 at 13:40 (120 min), then #4 "
              "at 15:40 (40 min, still leaking, to 16:20); ~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== culprit-last
    dict(name="CX06-b-culprit-last-4-300", seed=101006, kind="b", culprit=4,
         intervals=list(_CX06),
         start="2031-06-23T11:15:00Z", service="sikinos-amorgos-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/sikinos-badrijani-quote-memo", "Memoise sikinos amorgos quotes per badrijani and customer"),
         note="the culprit is the last deploy #4 at 13:40: one 130 min interval of evidence (to 15:50) after 40, "
              "35, 40 and 30 min healthy ones; ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    # ================================================================== singles
    dict(name="CX07-d-slow-leak-culprit-3-320", seed=101007, kind="d", culprit=3,
         intervals=list(_CX07),
         start="2031-06-24T11:20:00Z", service="donoussa-schinoussa-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=81, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/donoussa-ajapsandali-timers", "Confirm donoussa schinoussa bookings from delayed ajapsandali timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 13:10 after 35, 35 and 40 min healthy "
              "intervals; 85 and 85 min leaking intervals (170 min after the culprit, to 16:00); epoch, ascending"),
    dict(name="CX08-a-fixed-two-later-300", seed=101008, kind="a", culprit=4, fixed=6,
         intervals=gen_intervals(101008, 6, lo=35, hi=50),
         start="2031-06-25T10:35:00Z", service="iraklia-anafi-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=49, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/iraklia-chikhirtma-history", "Keep iraklia anafi orders for the chikhirtma history"),
         fixed_pr_title=("fix/iraklia-elarji-history-trimmed", "Trim the iraklia anafi elarji history"),
         note="leak from #4 at 13:23 (44 min, then #5 43 min still leaking; ~5 %/h of 300 MiB at peak) after 42, "
              "42, 38 and 46 min healthy intervals; fixed two deploys later by #6 at 14:50 (44 min, to 15:34); epoch"),
    dict(name="CX09-a-flag-flip-320", seed=101009, kind="a", flag="astypalea_kalymnos_kharcho_history",
         flag_at=sum(_CX09[:2]) + 65, intervals=list(_CX09),
         start="2031-06-26T11:55:00Z", service="astypalea-kalymnos-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=45, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag astypalea_kalymnos_kharcho_history on at 14:24:30, 65 min after #2 and 50 "
              "min before #3 (v3's interval 115 min, the series' third), then #3 (40 min, to 15:55); orders kept "
              "for the kharcho history (~5 %/h of 320 MiB at peak) from then on"),
    dict(name="CX10-c-culprit-first-after-50-320", seed=101010, kind="c", culprit=1,
         intervals=gen_intervals(101010, 4, {0: 50}, lo=30, hi=60),
         start="2031-06-27T12:40:00Z", service="leros-patmos-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=105, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/leros-satsivi-listeners", "Tell open leros patmos bookings when a satsivi frees"),
         note="culprit is the first deploy #1 at 13:30, after 50 min of v1; every later interval leaks (40-58 "
              "min, to 17:01, ~5 %/h of 320 MiB at peak); ascending"),
    dict(name="CX11-d-two-tasks-culprit-3-300", seed=101011, kind="d", culprit=3, tasks=2, roll_gap=6,
         intervals=gen_intervals(101011, 4, lo=40, hi=55),
         start="2031-06-28T11:00:00Z", service="lipsi-tilos-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=216, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/lipsi-churchkhela-timers", "Confirm lipsi tilos bookings from delayed churchkhela timers"),
         note="2 tasks, rolling deploys 6 min apart per task; 4 deploys 43-55 min apart, culprit #3 of 4 at 13:23 "
              "(55 and 43 min leaking, to 15:01); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl; "
              "ascending"),
    # ================================================================== healthy-lru
    dict(name="CX12-e-lru-frequent-625-320", seed=101012, kind="e",
         intervals=gen_intervals(101012, 7, lo=15, hi=45),
         start="2031-06-29T11:50:00Z", service="nisyros-kasos-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "625"}, scan_by="TimestampAscending",
         note="bounded LRU (625 entries) refilling after each of 7 deploys 16-41 min apart, from 11:50 through "
              "the lunch bump into the afternoon peak to 16:00; must not alarm; ascending"),
    dict(name="CX13-e-lru-warmup-1450-300", seed=101013, kind="e",
         intervals=list(_CX13),
         start="2031-06-30T10:45:00Z", service="karpathos-ikaria-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1450"},
         note="warm-up that saturates over hours: bounded LRU (1450 entries) refilling after each of 2 deploys "
              "125 and 115 min apart, after one 35 min first interval from 10:45, through the lunch bump into the "
              "peak to 15:20; must not alarm"),
    # ================================================================== healthy singles
    dict(name="CX14-step-orders-culprit-4-320", seed=101014, kind="step", culprit=4,
         intervals=gen_intervals(101014, 5, lo=35, hi=50),
         start="2031-07-01T11:40:00Z", service="fournoi-samos-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/fournoi-tklapi-table-at-boot", "Load the fournoi tklapi table at boot"),
         note="level shift at #4 of 5 (14:48), orders route; 5 deploys 45-49 min apart (49 and 46 min after the "
              "step, to 16:23); no trend after; must not alarm; epoch"),
    dict(name="CX15-f-load-afternoon-to-evening-300", seed=101015, kind="f", workers=72,
         intervals=gen_intervals(101015, 3, lo=55, hi=75),
         start="2031-07-02T16:35:00Z", service="chios-psara-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from the afternoon peak down into the evening, from 16:35 (1.00 "
              "of the peak) to 20:51 (0.75), across 3 deploys 58-75 min apart; must not alarm; ascending"),
    dict(name="CX16-none-frequent-orders-300", seed=101016, kind="none",
         intervals=gen_intervals(101016, 10, lo=16, hi=30),
         start="2031-07-03T11:20:00Z", service="oinousses-lesvos-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         note="no leak, orders route (5 KB at 90 req/s), 11:20 through the lunch bump into the afternoon peak "
              "(15:29); 10 deploys 17-27 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCW + CX_SCENARIOS
