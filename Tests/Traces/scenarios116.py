"""memblame's tracelab scenarios, batch 116: DM01..DM16 (real memory traces with labels).

(Named DM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-115 used AA..AZ, BA..BZ, CA..CZ and
DA..DL.  No case folder, scenario name or split entry on main or any other
branch starts with "DM"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 116"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios116.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios116.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw116 DM01-... DM16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92, 95, 98, 101, 104, 108 and 112 (batch 112 its
template for the regimes, the counts and the format).  The kinds are
rotated away from batches 108 and 112 in every regime, as batch 112
rotated them away from batches 104 and 108 (batch 108: hourly d,
few-hours a, culprit-last a, slow b, fixed-later d, flag flip c,
culprit-early d, multi-task a; batch 112: c, d, c, d, a, a, b, d; here
a, b, d, a, c, d, a, c); of the two kinds each regime leaves, those that
keep batch 112's counts (a 3, b 3, c 2, d 3 leaking).  The frequent non-b
case is a d (batch 112: a, batch 108: c: the one kind left), the two
frequent b stay b; a is then left only by hourly, slow and culprit-early,
so all three are a, and d only by culprit-last and flag flip, so both are
d; few-hours, fixed-later and multi-task each leave b and c, for one b and
two c: the b goes to few-hours, the regime whose latest b is the oldest
(CI05, batch 86; fixed-later DG08, batch 110; multi-task DB04, batch 105),
and the two c to fixed-later and multi-task (batch 104 had c in both
few-hours and fixed-later, b in multi-task: this choice repeats batch 104
in one regime, fixed-later, as any choice would).

The 16 cases have 4 617 samples in all, for a recording budget of 1100 s;
the longest, DM04, 359.  Every case of 266 samples or more (all but DM01,
DM03, DM10 and DM16) uses ts_format "wire" (epoch seconds); the ISO 8601
cases have 265 samples or fewer.  TimestampAscending for DM02, DM04, DM06,
DM09, DM11, DM12, DM13 and DM15 (batch 112: DI01, DI04, DI05, DI07, DI09,
DI12, DI14, DI16; batch 108: DE02, DE03, DE06, DE08, DE10, DE11, DE13,
DE15).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios115.py (unchanged: 11..1948,
scenarios114.py's 11..1932 and DL at 1933..1948) and lists the DM
scenarios last (1949..1964), as scenarios114.py runs scenarios113.py.
Seeds 116001..116016, a seed +100 only if its PR or pipeline numbers
collide (/work/tracelab-raw116/check_numbers.py): DM08 116108 (116008
gave PR 687650, a pipeline number of BD03; seed_search.py); its
intervals stay the draw of 116008, gen_intervals(116008, ...).  Dates follow
DL's: 2032-02-13 (DM01) to 2032-02-28 (DM16).

Deploy gaps: the frequent cases and the frequent LRU are
gen_intervals(1160NN, 8, lo=19, hi=41) (batch 112: 15-45, batch 108:
18-42); the hourly DM04 54-66 (batches 108 and 112: 55-65); the flat DM16
gen_intervals(116016, 9, lo=17, hi=31) (batch 112: 16-30, 10 deploys).

The mix (/work/tracelab-raw116/draws.py, draws.out, history.py,
history.out, constraints.py, constraints.out):
  DM01 d, frequent: 8 deploys 20-37 min apart, culprit #3 at 13:28;
  DM02 b, frequent: 8 deploys 21-40 min apart, culprit #5 at 13:30;
  DM03 b, frequent: 8 deploys 20-39 min apart, culprit #6 at 13:27
    (the multiset #3, #5, #6, which no broad batch 71-112 had; batch 112:
    #6 of 9, #4 of 8, #3 of 6; batch 108: #4 of 8, #6 of 8, #7 of 9; none
    at the position its case number had in either; each at a position of
    its first-seed draw whose own interval is 25 min or more, with 3 or
    more leaking intervals);
  DM04 a hourly: 5 deploys 54-66 min apart, culprit #2 of 5 at 13:31
    (batch 112: #4 of 5; 108: #3 of 5; no hourly case had #2 of 5);
  DM05 b few-hours: 30, 25, 35 and 20 min, then the culprit #4 of 6 at
    13:29 with 120 min, then 40 and 30 min still leaking (batch 112: #6 of
    7 with 115 min; 108: #5 of 6 with 105; no few-hours case had #4 of 6);
  DM06 d culprit-last: the last deploy #9 of 9 at 13:28 with 140 min
    after it, after nine intervals of 18-22 min (batch 112: #2 of 2, 145
    min; 108: #5 of 5, 125 min; 115: #3-#7; no culprit-last case had more
    than 8 deploys);
  DM07 a slow (~1.5 %/h): culprit #6 of 7 at 13:29, 90 and 80 min leaking
    (batch 112: #5 of 6; 108: #4 of 5; no slow leak had #6 of 7);
  DM08 c fixed two deploys later: culprit #4 at 13:30 after 37, 38, 45 and
    41 min, #5 still leaking, the fix the last deploy #6 at 15:00 (batch
    112: a #3 fixed by #5; 108: d #1 by #3; no c had #4 fixed by #6, CO08
    and CX08 (a) had);
  DM09 d behind a flag switched on at 13:29:30, 30 min into v4's 125 min
    interval, the series' fourth, 95 min before the next deploy (batch
    112: 25 into v3's 130; 108: 35 into v5's 115; no flag was switched on
    30 min into an interval before);
  DM10 a culprit-early: #1 of 4 after 46 min of v1 (batch 112: 58, 113:
    52, 108: 70; no culprit-#1 case had a v1 of 46 min);
  DM11 c on two tasks with rolling deploys 2 min apart, culprit #2 of 4
    at 13:31 in intervals of 61, 61, 61 and 50 min (batch 112: d, gap 11,
    #3 of 5; 108: a, gap 10, #4 of 5; no two-task case had a gap of 2 (R19,
    U17, W18 and Y13 had it on three or four tasks), no c on two tasks was
    #2 of 4);
  healthy: DM12 a bounded LRU of 710 entries under 8 deploys 23-39 min
    apart from 13:05 (no LRU used 710 or started at 13:05; batch 112: 590
    from 11:35; 108: 560 from 12:45); DM13 an LRU of 1750 entries that
    warms up for hours (45, 130 and 125 min from 08:45; no LRU used 1750
    or started at 08:45; batch 112: 1650 from 09:15; 108: 1550 from
    10:05); DM14 a 60000-entry table at boot from the step deploy #5 of 7
    on the orders route (batch 112: quote #3 of 7; 108: orders #3 of 4;
    only W22 of batch 6 had orders #5 of 7); DM15 kind f from 11:20 through
    the lunch bump into the afternoon peak, 11:20-15:57 (no f started at
    11:20; batch 112: 18:50-23:15; 108: 06:40-11:11); DM16 a flat orders
    service with 9 deploys 20-30 min apart from 14:00 (no flat case started
    at 14:00; batch 112: quote from 12:25; 108: orders from 13:05).
  Limits in fours from DM03 at 300: DM01-02 320, DM03-06 300, DM07-10
  320, DM11-14 300, DM15-16 320 (batch 112: threes from 01 at 320; 108:
  odd 320, even 300; no batch of 16 had this pattern; pairs from DM02 at
  320, tried first, were batches 94's and 103's; constraints.py).

Split (Tests/Traces/split116.json, written and committed before recording):
0 dev, 16 validation, batch 112's regime tags in the same order.  11
leaking (a: DM04, DM07, DM10; b: DM02, DM03, DM05; c: DM08, DM11; d:
DM01, DM06, DM09; DM08 fixed two deploys later; DM09 with no culprit
deploy), 5 healthy (DM12, DM13 LRU, DM14 step, DM15 f, DM16 flat).

Loads by the rule over batches 112, 113 and 114 (the three latest batches
with units of their own; batch 115 is a development batch;
/work/tracelab-raw116/units.py, units.out, "part 2"): frequent a 0.0209,
b 0.00264, c 0.0163, d 0.0154; an hour or more a 0.0218, b 0.00352, c
0.0112, d 0.0119 (%/h per unit of load, size x rate, at peak traffic at
256 MiB; x 256 / limit for another limit; per task the load divided by
the number of tasks).  The frequent units for the three frequent-deploys
cases, the units over an hour or more for every other leaking case.
Every leaking case aims at ~5 %/h of its limit at peak (per task for
DM11), but the slow leak DM07 at ~1.5 %/h; each load rounded so the unit
gives the aim within 0.4 % (/work/tracelab-raw116/loads.py, loads.out).
Healthy, earlier loads.  Heap 160 MB everywhere.  The "~N %/h" in the
notes are these aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDL = runpy.run_path(os.path.join(_HERE, "scenarios115.py"))["SCENARIOS"]   # 11..1948 (scenarios114.py's 11..1932, DL 1933..1948)

_DM05 = [30, 25, 35, 20, 120, 40, 30]              # few-hours b: culprit #4 of 6 after 30, 25, 35 and 20 min, 120 min, then 40 and 30 min still leaking
_DM06 = [20, 18, 22, 19, 21, 18, 22, 20, 19, 140]  # culprit-last d: #9 of 9 after eight short intervals, 140 min of evidence
_DM07 = [20, 25, 30, 25, 30, 25, 90, 80]           # slow a at #6 of 7
_DM09 = [35, 40, 30, 125, 40]                      # flag flip d: on 30 min into v4's 125 min interval (the series' fourth)
_DM13 = [45, 130, 125]                             # an LRU (1750) that warms up for hours after one 45 min first interval

DM_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="DM01-d-frequent-deploys-culprit-3-320", seed=116001, kind="d", culprit=3,
         intervals=gen_intervals(116001, 8, lo=19, hi=41),
         start="2032-02-13T12:05:00Z", service="mosta-naxxar-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=81, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/mosta-pastizzi-timers", "Confirm mosta naxxar bookings from delayed pastizzi timers"),
         note="8 deploys 20-37 min apart from 12:05, culprit #3 at 13:28 (6 leaking intervals, 20-36 min, to "
              "16:18; its own 36 min); ~5 %/h of 320 MiB at peak"),
    dict(name="DM02-b-frequent-deploys-culprit-5-320", seed=116002, kind="b", culprit=5,
         intervals=gen_intervals(116002, 8, lo=19, hi=41),
         start="2032-02-14T11:00:00Z", service="qormi-zebbug-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/qormi-ftira-quote-memo", "Memoise qormi zebbug quotes per ftira and customer"),
         note="8 deploys 21-40 min apart from 11:00, culprit #5 at 13:30 (4 leaking intervals, 24-40 min, to "
              "15:34; its own 35 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch, ascending"),
    dict(name="DM03-b-frequent-deploys-culprit-6-300", seed=116003, kind="b", culprit=6,
         intervals=gen_intervals(116003, 8, lo=19, hi=41),
         start="2032-02-15T10:45:00Z", service="zejtun-zabbar-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/zejtun-qassatat-quote-memo", "Memoise zejtun zabbar quotes per qassatat and customer"),
         note="8 deploys 20-39 min apart from 10:45, culprit #6 at 13:27 (3 leaking intervals, 20-39 min, to "
              "14:55; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly
    dict(name="DM04-a-hourly-culprit-2-300", seed=116004, kind="a", culprit=2,
         intervals=gen_intervals(116004, 5, lo=54, hi=66),
         start="2032-02-16T11:30:00Z", service="sliema-gzira-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=67, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/sliema-bigilla-history", "Keep sliema gzira orders for the bigilla history"),
         note="5 deploys 54-66 min apart (hourly) from 11:30, culprit #2 of 5 at 13:31 (54, 57, 60 and 66 min "
              "leaking, to 17:29); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours
    dict(name="DM05-b-few-hours-culprit-4-300", seed=116005, kind="b", culprit=4,
         intervals=list(_DM05),
         start="2032-02-17T11:40:00Z", service="mellieha-mgarr-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/mellieha-kapunata-quote-memo", "Memoise mellieha mgarr quotes per kapunata and customer"),
         note="v1 30 min, #1 at 12:09 (25 min), #2 at 12:34 (35 min), #3 at 13:09 (20 min), the culprit #4 at 13:29 "
              "(120 min), then #5 at 15:29 (40 min) and #6 at 16:09 (30 min, still leaking, to 16:40); ~5 %/h of "
              "300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== culprit-last
    dict(name="DM06-d-culprit-last-9-300", seed=116006, kind="d", culprit=9,
         intervals=list(_DM06),
         start="2032-02-18T10:30:00Z", service="birkirkara-balzan-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=123, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/birkirkara-timpana-timers", "Confirm birkirkara balzan bookings from delayed timpana timers"),
         note="the culprit is the last deploy #9 at 13:28: one 140 min interval of evidence (to 15:49) after nine "
              "healthy intervals of 18-22 min from 10:30; ~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== singles
    dict(name="DM07-a-slow-leak-culprit-6-320", seed=116007, kind="a", culprit=6,
         intervals=list(_DM07),
         start="2032-02-19T10:55:00Z", service="siggiewi-dingli-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=43, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/siggiewi-imqaret-history", "Keep siggiewi dingli orders for the imqaret history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #6 at 13:29 after 20, 25, 30, 25, 30 and 25 min healthy "
              "intervals; 90 and 80 min leaking intervals (170 min after the culprit, to 16:20); epoch"),
    dict(name="DM08-c-fixed-two-later-320", seed=116108, kind="c", culprit=4, fixed=6,
         intervals=gen_intervals(116008, 6, lo=35, hi=48),
         start="2032-02-20T10:50:00Z", service="marsaxlokk-marsaskala-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=93, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/marsaxlokk-aljotta-listeners", "Tell open marsaxlokk marsaskala bookings when an aljotta frees"),
         fixed_pr_title=("fix/marsaxlokk-bragioli-listeners-removed", "Remove the bragioli listener when a marsaxlokk marsaskala booking finishes"),
         note="leak from #4 at 13:30 (47 min, then #5 43 min still leaking; ~5 %/h of 320 MiB at peak) after 37, "
              "38, 45 and 41 min healthy intervals; fixed two deploys later by the last deploy #6 at 15:00, then "
              "38 min (to 15:39); epoch"),
    dict(name="DM09-d-flag-flip-320", seed=116009, kind="d", flag="zurrieq_qrendi_lampuki_timers",
         flag_at=sum(_DM09[:3]) + 30, intervals=list(_DM09),
         start="2032-02-21T11:15:00Z", service="zurrieq-qrendi-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=75, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag zurrieq_qrendi_lampuki_timers on at 13:29:30, 30 min after #3 and 95 min "
              "before #4 (v4's interval 125 min, the series' fourth), then #4 (40 min, to 15:45); bookings "
              "confirmed from delayed lampuki timers (~5 %/h of 320 MiB at peak) from then on; epoch, ascending"),
    dict(name="DM10-a-culprit-first-after-46-320", seed=116010, kind="a", culprit=1,
         intervals=gen_intervals(116010, 4, {0: 46}, lo=35, hi=60),
         start="2032-02-22T12:45:00Z", service="hamrun-attard-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=41, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/hamrun-kwarezimal-history", "Keep hamrun attard orders for the kwarezimal history"),
         note="culprit is the first deploy #1 of 4 at 13:30, after 46 min of v1; every later interval leaks (49, "
              "59, 41 and 47 min, to 16:47; ~5 %/h of 320 MiB at peak)"),
    dict(name="DM11-c-two-tasks-culprit-2-300", seed=116011, kind="c", culprit=2, tasks=2, roll_gap=2,
         intervals=gen_intervals(116011, 4, lo=50, hi=62),
         start="2032-02-23T11:30:00Z", service="msida-pieta-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=209, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/msida-gbejna-listeners", "Tell open msida pieta bookings when a gbejna frees"),
         note="2 tasks, rolling deploys 2 min apart per task; 4 deploys 61 and 50 min apart, culprit #2 of 4 at "
              "13:31 (61, 61 and 50 min leaking, to 16:24); each task ~5 %/h of 300 MiB at peak; "
              "metrics-ci.jsonl; epoch, ascending"),
    # ================================================================== healthy-lru
    dict(name="DM12-e-lru-afternoon-710-300", seed=116012, kind="e",
         intervals=gen_intervals(116012, 8, lo=19, hi=41),
         start="2032-02-24T13:05:00Z", service="xaghra-nadur-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "710"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (710 entries) refilling after each of 8 deploys 23-39 min apart, from 13:05 through the "
              "afternoon peak into the evening to 17:52; must not alarm; epoch, ascending"),
    dict(name="DM13-e-lru-warmup-1750-300", seed=116013, kind="e",
         intervals=list(_DM13),
         start="2032-02-25T08:45:00Z", service="xewkija-kercem-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1750"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1750 entries) refilling after each of 2 deploys "
              "130 and 125 min apart, after one 45 min first interval from 08:45, up the morning rise through "
              "the late morning to 13:45; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles
    dict(name="DM14-step-orders-culprit-5-300", seed=116014, kind="step", culprit=5,
         intervals=gen_intervals(116014, 7, lo=30, hi=45),
         start="2032-02-26T10:10:00Z", service="paola-tarxien-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/paola-figolli-table-at-boot", "Load the paola figolli table at boot"),
         note="level shift at #5 of 7 (13:29), orders route (5 KB at 95 req/s); 7 deploys 31-45 min apart from "
              "10:10 (37, 36 and 40 min after the step, to 15:23); no trend after; must not alarm; epoch"),
    dict(name="DM15-f-load-midday-320", seed=116015, kind="f", workers=72,
         intervals=gen_intervals(116015, 3, lo=55, hi=75),
         start="2032-02-27T11:20:00Z", service="luqa-gudja-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="reports in flight follow the load from 11:20 through the lunch bump into the afternoon peak to "
              "15:57, across 3 deploys 69-75 min apart; must not alarm; epoch, ascending"),
    dict(name="DM16-none-frequent-orders-320", seed=116016, kind="none",
         intervals=gen_intervals(116016, 9, lo=17, hi=31),
         start="2032-02-28T14:00:00Z", service="fgura-ghaxaq-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, orders route (5 KB at 90 req/s), 14:00 through the afternoon peak into the evening (18:25); "
              "9 deploys 20-30 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RDL + DM_SCENARIOS
