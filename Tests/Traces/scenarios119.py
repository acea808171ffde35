"""memblame's tracelab scenarios, batch 119: DP01..DP16 (real memory traces with labels).

(Named DP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-118 used AA..AZ, BA..BZ, CA..CZ and
DA..DO.  No case folder, scenario name or split entry on main or any other
branch starts with "DP"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 119"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios119.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios119.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw119 DP01-... DP16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92, 95, 98, 101, 104, 108, 112 and 116 (batch 116 its
template for the regimes, the counts and the format; batch 112 its
predecessor).  The kinds are rotated away from batches 112 and 116 in
every regime, as batch 116 rotated them away from batches 108 and 112
(batch 112: hourly c, few-hours d, culprit-last c, slow d, fixed-later a,
flag flip a, culprit-early b, multi-task d; batch 116: a, b, d, a, c, d,
a, c; here d, a, a, b, d, c, d, a); of the two kinds each regime leaves,
those that keep batch 116's counts (a 3, b 3, c 2, d 3 leaking).  The
frequent non-b case is a c (batch 116: d, batch 112: a; b excluded: the
one kind left), the two frequent b stay b; a is then left only by
few-hours, culprit-last and multi-task, so all three are a, and d only by
hourly, fixed-later and culprit-early, so all three are d; slow and flag
flip each leave b and c, for one b and one c: the b goes to slow, the
regime whose latest b is the older (DL09, batch 115, and DJ07, batch 113;
flag flip's DN06, batch 117), and the c to the flag flip.

The 16 cases have 4 418 samples in all, for a recording budget of 1100 s;
the longest, DP04, 448.  Every case of 260 samples or more (DP02, DP04,
DP05, DP06, DP07, DP08, DP09, DP13, DP14, DP16) uses ts_format "wire"
(epoch seconds); the ISO 8601 cases have 249 samples or fewer.
TimestampAscending for DP01, DP03, DP06, DP08, DP10, DP11, DP14 and DP16
(batch 116: DM02, DM04, DM06, DM09, DM11, DM12, DM13, DM15; batch 112:
DI01, DI04, DI05, DI07, DI09, DI12, DI14, DI16).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios118.py (unchanged: 11..1996,
scenarios117.py's 11..1980 and DO at 1981..1996) and lists the DP
scenarios last (1997..2012), as scenarios116.py runs scenarios115.py.
Seeds 119001..119016, a seed +100 only if its PR or pipeline numbers
collide (/work/tracelab-raw119/check_numbers.py): DP02 119102 (119002
gave PR 702344, a pipeline number of BE08) and DP10 119110 (119010 gave
PR 705123, a pipeline number of BE12; seed_search.py); their intervals
stay the draws of 119002 and 119010, gen_intervals(119002, ...) and
gen_intervals(119010, ...).  Dates follow DO's:
2032-04-01 (DP01) to 2032-04-16 (DP16).

Lessons of batches 116-118 applied (their "What did not go as intended"):
no leaking interval under 22 min (batch 118: a 20 min interval reads its
warm-up); where the regime allows it, leaking intervals of 33 min or less
(falls about 33 min in cut the plain ratios of batches 113-116): the
frequent cases (22-33 min), the fixed-later d (24-32), the culprit-early d
(24-32 after its v1) and the multi-task a (25-33); the slow b after four
healthy intervals of 35-40 min (DM07's of 20-30 min and DJ07's of 25-30
min read faster than their slow leaks); an a at 60 req/s or more, a c or d
at 80 or more and a c at 5 KB or more (DM10, DO08, DO09); the two tasks
replaced 1 min apart (batch 116's two tasks 2 min apart read 1.12); kind f
up the steepest part of the morning rise (DM15's flat midday window held
little change of traffic).

The mix (/work/tracelab-raw119/draws.py, draws.out, history.py,
history.out, constraints.py, constraints.out):
  DP01 c, frequent: 7 deploys 23-32 min apart, culprit #4 at 13:29;
  DP02 b, frequent: 10 deploys 22-30 min apart, culprit #8 at 13:29;
  DP03 b, frequent: 7 deploys 24-31 min apart, culprit #5 at 13:29
    (the multiset #4, #5, #8, which no broad batch had; batch 116: #3,
    #5, #6 of 8; batch 112: #6 of 9, #4 of 8, #3 of 6; none at the
    position its case number had in either; each at a position of its
    first-seed draw of gen_intervals(1190NN, n, lo=22, hi=33) whose own
    interval is 25 min or more, with 3 or more leaking intervals);
  DP04 d hourly: 6 deploys 63-66 min apart from 08:12 (v1 59 min),
    culprit #5 of 6 at 13:29, 65 and 65 min leaking (batch 116: #2 of 5;
    112: #4 of 5; no hourly case had #5 of 6);
  DP05 a few-hours: 35, 30 and 40 min, then the culprit #3 of 5 at 13:29
    with 110 min, then 30 and 25 min still leaking (batch 116: #4 of 6;
    112: #6 of 7; no few-hours case had #3 of 5);
  DP06 a culprit-last: the last deploy #7 of 7 at 13:29 with 126 min
    after it, after seven intervals of 23-31 min (batch 116: d #9 of 9,
    140 min; 112: c #2 of 2, 145; no culprit-last a had #7 of 7, and no
    culprit-last case 126 min after its culprit);
  DP07 b slow (~1.5 %/h): culprit #4 of 7 at 13:29 after 40, 35, 40 and
    35 min, then 90, 70, 30 and 25 min leaking (batch 116: a #6 of 7; 112:
    d #5 of 6; no slow leak had #4 of 7);
  DP08 d fixed two deploys later: culprit #6 at 13:29 after 26-32 min
    intervals, #7 still leaking (31 and 29 min), the fix the last deploy
    #8 at 14:29 (batch 116: c #4 fixed by #6; 112: a #3 by #5; no d had
    #6 fixed by #8);
  DP09 c behind a flag switched on at 13:29:30, 47 min into v5's 120 min
    interval, the series' fifth, 73 min before the next deploy (batch 116:
    30 into v4's 125; 112: 25 into v3's 130; no flag was switched on 47
    min into an interval before);
  DP10 d culprit-early: #1 of 6 after 48 min of v1, then 24-29 min
    intervals (batch 116: 46; 117: 57; no culprit-#1 case had a v1 of 48
    min);
  DP11 a on two tasks with rolling deploys 1 min apart, culprit #2 of 5
    at 13:29 in intervals of 28-33 min (batch 116: c, gap 2, #2 of 4; 112:
    d, gap 11, #3 of 5; no multi-task case had a gap of 1, and no
    multi-task a #2 of 5);
  healthy: DP12 a bounded LRU of 685 entries under 8 deploys 22-32 min
    apart from 14:05 (no LRU used 685 or started at 14:05; batch 116: 710
    from 13:05; 112: 590 from 11:35); DP13 an LRU of 1850 entries that
    warms up for hours (40, 125 and 135 min from 09:25; no LRU used 1850
    or started at 09:25; batch 116: 1750 from 08:45; 112: 1650 from
    09:15); DP14 a 60000-entry table at boot from the step deploy #3 of 8
    on the quote route (batch 116: orders #5 of 7; 112: quote #3 of 7; no
    step on the quote route at #3 of 8); DP15 kind f from 08:05 up the
    morning rise to 12:14 (no f started at 08:05; batch 116: 11:20-15:57;
    112: 18:50-23:15); DP16 a flat quote service with 9 deploys 22-31 min
    apart from 15:20 (no flat case started at 15:20; batch 116: orders
    from 14:00; 112: quote from 12:25).
  Limits in fours from DP02 at 300: DP01 320, DP02-05 300, DP06-09 320,
  DP10-13 300, DP14-16 320 (batch 116: fours from DM03 at 300; 112:
  threes from 01 at 320; no batch of 16 had this pattern, nor its first
  eight; it puts the culprit-last a at 320, where the a unit over an hour
  or more has a 4 KB load at 60 req/s or more; constraints.py).

Split (Tests/Traces/split119.json, written and committed before recording):
0 dev, 16 validation, batch 116's regime tags in the same order.  11
leaking (a: DP05, DP06, DP11; b: DP02, DP03, DP07; c: DP01, DP09; d:
DP04, DP08, DP10; DP08 fixed two deploys later; DP09 with no culprit
deploy), 5 healthy (DP12, DP13 LRU, DP14 step, DP15 f, DP16 flat).

Loads by batch 118's units for the next batch (the rule over batches 116,
117 and 118; /work/tracelab-raw119/units.py, units.out, "part 1"):
frequent b 0.00354, c 0.00880; over an hour or more a 0.0256, b 0.00301,
c 0.0107, d 0.0115 (%/h per unit of load, size x rate, at peak traffic at
256 MiB; x 256 / limit for another limit; per task the load divided by
the number of tasks).  The frequent units for the three frequent-deploys
cases, the units over an hour or more for every other leaking case.
Every leaking case aims at ~5 %/h of its limit at peak (per task for
DP11), but the slow leak DP07 at ~1.5 %/h; each load rounded so the unit
gives the aim within 0.4 % (/work/tracelab-raw119/loads.py, loads.out).
Healthy, earlier loads.  Heap 160 MB everywhere.  The "~N %/h" in the
notes are these aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDO = runpy.run_path(os.path.join(_HERE, "scenarios118.py"))["SCENARIOS"]   # 11..1996 (scenarios117.py's 11..1980, DO 1981..1996)

_DP05 = [35, 30, 40, 110, 30, 25]                  # few-hours a: culprit #3 of 5 after 35, 30 and 40 min, 110 min, then 30 and 25 min still leaking
_DP06 = [27, 24, 30, 26, 29, 23, 31, 126]          # culprit-last a: #7 of 7 after seven intervals of 23-31 min, 126 min of evidence
_DP07 = [40, 35, 40, 35, 90, 70, 30, 25]           # slow b at #4 of 7 after four healthy intervals of 35-40 min
_DP09 = [35, 40, 30, 35, 120, 40]                  # flag flip c: on 47 min into v5's 120 min interval (the series' fifth)
_DP10 = [48] + gen_intervals(119010, 6, lo=24, hi=32)[1:]   # culprit-early d: v1 48 min, then the draw's 24-29 min
_DP13 = [40, 125, 135]                             # an LRU (1850) that warms up for hours after one 40 min first interval

DP_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="DP01-c-frequent-deploys-culprit-4-320", seed=119001, kind="c", culprit=4,
         intervals=gen_intervals(119001, 7, lo=22, hi=33),
         start="2032-04-01T11:32:00Z", service="torshavn-klaksvik-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=89, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/torshavn-knettir-listeners", "Tell open torshavn klaksvik bookings when a knettir frees"),
         note="7 deploys 23-32 min apart from 11:32, culprit #4 at 13:29 (4 leaking intervals, 23-26 min, to "
              "15:08; its own 26 min); ~5 %/h of 320 MiB at peak; ascending"),
    dict(name="DP02-b-frequent-deploys-culprit-8-300", seed=119102, kind="b", culprit=8,
         intervals=gen_intervals(119002, 10, lo=22, hi=33),
         start="2032-04-02T10:08:00Z", service="runavik-tvoroyri-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/runavik-skerpikjot-quote-memo", "Memoise runavik tvoroyri quotes per skerpikjot and customer"),
         note="10 deploys 22-30 min apart from 10:08, culprit #8 at 13:29 (3 leaking intervals, 25-29 min, to "
              "14:50; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="DP03-b-frequent-deploys-culprit-5-300", seed=119003, kind="b", culprit=5,
         intervals=gen_intervals(119003, 7, lo=22, hi=33),
         start="2032-04-03T11:06:00Z", service="vagur-fuglafjordur-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/vagur-garnatalg-quote-memo", "Memoise vagur fuglafjordur quotes per garnatalg and customer"),
         note="7 deploys 24-31 min apart from 11:06, culprit #5 at 13:29 (3 leaking intervals, 24-31 min, to "
              "14:53; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== hourly
    dict(name="DP04-d-hourly-culprit-5-300", seed=119004, kind="d", culprit=5,
         intervals=gen_intervals(119004, 6, lo=53, hi=67),
         start="2032-04-04T08:12:00Z", service="vestmanna-sorvagur-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/vestmanna-raest-timers", "Confirm vestmanna sorvagur bookings from delayed raest timers"),
         note="6 deploys 63-66 min apart (hourly) from 08:12, culprit #5 of 6 at 13:29 (65 and 65 min leaking, to "
              "15:40); ~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== few-hours
    dict(name="DP05-a-few-hours-culprit-3-300", seed=119005, kind="a", culprit=3,
         intervals=list(_DP05),
         start="2032-04-05T11:45:00Z", service="hvalba-sandavagur-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=76, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/hvalba-tvost-history", "Keep hvalba sandavagur orders for the tvost history"),
         note="v1 35 min, #1 at 12:19 (30 min), #2 at 12:49 (40 min), the culprit #3 at 13:29 (110 min), then #4 "
              "at 15:19 (30 min) and #5 at 15:49 (25 min, still leaking, to 16:15); ~5 %/h of 300 MiB at peak; "
              "epoch"),
    # ================================================================== culprit-last
    dict(name="DP06-a-culprit-last-7-320", seed=119006, kind="a", culprit=7,
         intervals=list(_DP06),
         start="2032-04-06T10:20:00Z", service="eidi-gota-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=61, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/eidi-rullupylsa-history", "Keep eidi gota orders for the rullupylsa history"),
         note="the culprit is the last deploy #7 at 13:29: one 126 min interval of evidence (to 15:36) after seven "
              "healthy intervals of 23-31 min from 10:20; ~5 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== singles
    dict(name="DP07-b-slow-leak-culprit-4-320", seed=119007, kind="b", culprit=4,
         intervals=list(_DP07),
         start="2032-04-07T11:00:00Z", service="leirvik-skopun-quotes",
         profile="quote", params={"detail": 7, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/leirvik-turrur-quote-memo", "Memoise leirvik skopun quotes per turrur and customer"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #4 of 7 at 13:29 after 40, 35, 40 and 35 min healthy "
              "intervals; 90, 70, 30 and 25 min leaking intervals (to 17:05); good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    dict(name="DP08-d-fixed-two-later-320", seed=119008, kind="d", culprit=6, fixed=8,
         intervals=gen_intervals(119008, 8, lo=24, hi=32),
         start="2032-04-08T10:31:00Z", service="hoyvik-kollafjordur-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=109, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/hoyvik-rastkjot-timers", "Confirm hoyvik kollafjordur bookings from delayed rastkjot timers"),
         fixed_pr_title=("fix/hoyvik-drylur-timers-cleared", "Confirm hoyvik kollafjordur bookings at once, without drylur timers"),
         note="leak from #6 at 13:29 (31 min, then #7 29 min still leaking; ~5 %/h of 320 MiB at peak) after 26, "
              "31, 32, 32, 32 and 26 min healthy intervals; fixed two deploys later by the last deploy #8 at 14:29, "
              "then 24 min (to 14:54); epoch, ascending"),
    dict(name="DP09-c-flag-flip-320", seed=119009, kind="c", flag="midvagur_saltangara_lundi_listeners",
         flag_at=sum(_DP09[:4]) + 47, intervals=list(_DP09),
         start="2032-04-09T10:23:00Z", service="midvagur-saltangara-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=117, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag midvagur_saltangara_lundi_listeners on at 13:29:30, 47 min after #4 and 73 "
              "min before #5 (v5's interval 120 min, the series' fifth), then #5 (40 min, to 15:23); a lundi "
              "listener per booking (~5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="DP10-d-culprit-first-after-48-300", seed=119110, kind="d", culprit=1,
         intervals=list(_DP10),
         start="2032-04-10T12:42:00Z", service="strendur-sumba-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=85, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/strendur-blodpylsa-timers", "Confirm strendur sumba bookings from delayed blodpylsa timers"),
         note="culprit is the first deploy #1 of 6 at 13:29, after 48 min of v1; every later interval leaks (24, "
              "25, 29, 26, 26 and 28 min, to 16:08; ~5 %/h of 300 MiB at peak); ascending"),
    dict(name="DP11-a-two-tasks-culprit-2-300", seed=119011, kind="a", culprit=2, tasks=2, roll_gap=1,
         intervals=gen_intervals(119011, 5, lo=25, hi=33),
         start="2032-04-11T12:29:00Z", service="porkeri-hov-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=153, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/porkeri-spik-history", "Keep porkeri hov orders for the spik history"),
         note="2 tasks, rolling deploys 1 min apart per task; 5 deploys 28-33 min apart from 12:29, culprit #2 of 5 "
              "at 13:29 (31, 28, 33 and 30 min leaking, to 15:32); each task ~5 %/h of 300 MiB at peak; "
              "metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru
    dict(name="DP12-e-lru-afternoon-685-300", seed=119012, kind="e",
         intervals=gen_intervals(119012, 8, lo=22, hi=33),
         start="2032-04-12T14:05:00Z", service="famjin-vidareidi-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "685"},
         note="bounded LRU (685 entries) refilling after each of 8 deploys 22-32 min apart, from 14:05 through the "
              "afternoon peak into the evening to 18:03; must not alarm"),
    dict(name="DP13-e-lru-warmup-1850-300", seed=119013, kind="e",
         intervals=list(_DP13),
         start="2032-04-13T09:25:00Z", service="gjogv-tjornuvik-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1850"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (1850 entries) refilling after each of 2 deploys "
              "125 and 135 min apart, after one 40 min first interval from 09:25, up the morning rise through "
              "the late morning to 14:25; must not alarm; epoch"),
    # ================================================================== healthy singles
    dict(name="DP14-step-quote-culprit-3-320", seed=119014, kind="step", culprit=3,
         intervals=gen_intervals(119014, 8, lo=26, hi=38),
         start="2032-04-14T11:55:00Z", service="hvannasund-kirkjubour-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/hvannasund-grindabuff-table-at-boot", "Load the hvannasund grindabuff table at boot"),
         note="level shift at #3 of 8 (13:29), quote route (20 lines at 95 req/s, 400 SKUs); 8 deploys 28-37 min "
              "apart from 11:55 (34, 37, 34, 28, 35 and 28 min after the step, to 16:46); no trend after; must not "
              "alarm; epoch, ascending"),
    dict(name="DP15-f-load-morning-rise-320", seed=119015, kind="f", workers=72,
         intervals=gen_intervals(119015, 3, lo=55, hi=75),
         start="2032-04-15T08:05:00Z", service="oyndarfjordur-skalavik-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from 08:05 up the steepest part of the morning rise to 12:14, "
              "across 3 deploys 55-69 min apart; must not alarm"),
    dict(name="DP16-none-frequent-quote-320", seed=119016, kind="none",
         intervals=gen_intervals(119016, 9, lo=22, hi=31),
         start="2032-04-16T15:20:00Z", service="toftir-glyvrar-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs), 15:20 from the late afternoon into the "
              "evening (19:44); 9 deploys 22-31 min apart: each short interval is mostly warm-up; must not alarm; "
              "epoch, ascending"),
]

SCENARIOS = _RDO + DP_SCENARIOS
