"""memblame's tracelab scenarios, batch 112: DI01..DI16 (real memory traces with labels).

(Named DI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-111 used AA..AZ, BA..BZ, CA..CZ, DA, DB,
DC, DD, DE, DF, DG and DH.  No case folder, scenario name or split entry on
main or any other branch starts with "DI"; neither tracelab nor these files
parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 112"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios112.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios112.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw112 DI01-... DI16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92, 95, 98, 101, 104 and 108 (batch 108 its template
for the regimes and the counts).  The kinds are rotated away from batches
104 and 108 in every regime, as batch 108 rotated them away from batches
101 and 104 (batch 104: hourly a, few-hours c, culprit-last d, slow a,
fixed-later c, flag flip d, culprit-early a, multi-task b; batch 108: d,
a, a, b, d, c, d, a; here c, d, c, d, a, a, b, d); of the two kinds each
regime leaves, those that keep the kinds as batch 108's (a 3, b 3, c 2,
d 3 leaking).  The frequent non-b case is an a (batch 108: c, batch 104:
d: the one kind left), the two frequent b stay b; a is then left only by
fixed-later and flag flip, so both are a, and d only by few-hours, slow and
multi-task, so all three are d; hourly, culprit-last and culprit-early
each leave b and c, for one b and two c: the b goes to culprit-early,
because it is the only choice that repeats the kind of no regime's latest
batch (batch 110: culprit-last b, culprit-early c; batch 108: hourly d),
as batch 108 took slow b because batch 105, the latest with a slow leak,
had a slow c.  (The kinds are batch 101's in seven of the nine places,
the six without a choice and hourly c; culprit-last and culprit-early
have 101's b and c the other way round.)

The 16 cases have 4 554 samples in all, for a recording budget of 1100 s;
the longest, DI04, 361.  Every case of 285 samples or more (DI01, DI04,
DI05, DI07, DI08, DI10, DI11, DI13, DI14) uses ts_format "wire" (epoch
seconds); the ISO 8601 cases have 265 samples or fewer.
TimestampAscending for DI01, DI04, DI05, DI07, DI09, DI12, DI14 and DI16
(batch 108: DE02, DE03, DE06, DE08, DE10, DE11, DE13, DE15; batch 104:
DA01, DA03, DA05, DA08, DA09, DA13, DA14, DA16).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios111.py (unchanged: 11..1884,
scenarios110.py's 11..1868 and DH at 1869..1884) and lists the DI
scenarios last (1885..1900), as scenarios109.py runs scenarios108.py.
Seeds 112001..112016, a seed +100 only if its PR or pipeline numbers
collide (/work/tracelab-raw112/check_numbers.py): DI16 112216 (112016
gave a PR that is a pipeline number of BB07, and 112116 another of BB07;
seed_search.py took +100 until none collided); the intervals stay the
draws of the first seed, gen_intervals(1120NN, ...).  Dates follow DH's:
2031-12-11 (DI01) to 2031-12-26 (DI16).

Deploy gaps: the frequent cases and the frequent LRU are
gen_intervals(1120NN, n, lo=15, hi=45), batch 104's (batch 108: lo=18,
hi=42, because batch 104's gaps gave DE01's draw no position but 104's and
101's; here every first-seed draw qualifies at a new position with them),
and the flat DI16 gen_intervals(112016, 10, lo=16, hi=30), batch 104's
(batch 108: lo=17, hi=33).

The mix (/work/tracelab-raw112/draws.py, draws.out, facts.py, facts.out,
design.py, design.out, constraints.py, constraints.out, history.py,
history.out):
  DI01 a, frequent: 9 deploys 18-38 min apart, culprit #6 at 13:30;
  DI02 b, frequent: 8 deploys 21-37 min apart, culprit #4 at 13:26;
  DI03 b, frequent: 6 deploys 26-44 min apart, culprit #3 at 13:28
    (the multiset #3, #4, #6; batch 108: #4 of 8, #6 of 8, #7 of 9; batch
    104: #5 of 8, #7 of 9, #4 of 8; no broad batch had it; none at the
    position its case number had in batch 108 or 104; each at a position
    of its first-seed draw whose own interval is 25 min or more, with 3 or
    more leaking intervals);
  DI04 c hourly: 5 deploys 56-64 min apart, culprit #4 of 5 at 13:29
    (batch 108: #3 of 5; 104: #3 of 4; no hourly case had #4 of 5);
  DI05 d few-hours: 30, 25, 35, 25, 30 and 20 min, then the culprit #6 at
    13:34 with 115 min, then 35 min still leaking (batch 108: #5 with 105
    min; 104: #4 with 110);
  DI06 c culprit-last: the last deploy #2 of 2 at 13:24 with 145 min after
    it, after 55 and 45 min (batch 108: #5 of 5, 125 min; 104: #3 of 3,
    135 min);
  DI07 d slow (~1.5 %/h): culprit #5 of 6 at 13:24, 95 and 75 min leaking
    (batch 108: #4 of 5; 104: #2 of 4; no slow leak had #5 of 6);
  DI08 a fixed two deploys later: culprit #3 at 13:29 after 38, 44 and 48
    min, #4 still leaking, the fix #5 at 14:49 (batch 108: #1 fixed by #3;
    104: #2 fixed by #4; no a had #3 fixed by #5);
  DI09 a behind a flag switched on at 13:29:30, 25 min into v3's 130 min
    interval, the series' third (batch 108: 35 into v5's 115; 104: 70 into
    v4's 120; no flag was switched on 25 min into an interval before);
  DI10 b culprit-early: #1 of 5 after 58 min of v1 (batch 108: 70, 104:
    35, 110: 75, 105: 65, 102: 60, 101: 50, each #1 of 3 or 4; no
    culprit-#1 case had a v1 of 58 min before, and no culprit-early case
    of batches 26-110 was #1 of 5; V15, V17 and Y04 of batches 5 and 7
    were);
  DI11 d on two tasks, rolling deploys 11 min apart, culprit #3 of 5
    (batch 108: gap 10, #4 of 5; 104: gap 7, #2 of 3; 101: gap 6, #3 of 4;
    no two-task case had a gap of 11);
  healthy: DI12 a bounded LRU of 590 entries under 8 deploys 17-44 min
    apart from 11:35 (batch 108: 560 from 12:45; 104: 325 from 12:25);
    DI13 an LRU of 1650 entries that warms up for hours (50, 125 and 120
    min from 09:15; batch 108: 1550 from 10:05; 104: 1375 from 09:55);
    DI14 a 60000-entry table at boot from the step deploy #3 of 7 on the
    quote route (batch 108: orders #3 of 4; 104: quote #3 of 5; no step had
    the quote route at #3 of 7); DI15 kind f down the evening fall,
    18:50-23:15 (batch 108: 06:40-11:11; 104: 13:50-18:15); DI16 a flat
    quote service with 10 deploys 16-29 min apart from 12:25 (batch 108:
    orders from 13:05; 104: quote from 12:45).
  Limits in threes from DI01 at 320: DI01-03 320, DI04-06 300, DI07-09
  320, DI10-12 300, DI13-15 320, DI16 300 (batch 108: odd 320, even 300;
  104: odd 300, even 320; no batch of 16 had this pattern: the aligned
  pairs from 01 at 320 were batch 97's, the fours from 01 at 320 batch
  111's).

Split (Tests/Traces/split112.json, written and committed before recording):
0 dev, 16 validation, batch 108's regime tags in the same order.  11
leaking (a: DI01, DI08, DI09; b: DI02, DI03, DI10; c: DI04, DI06; d:
DI05, DI07, DI11; DI08 fixed two deploys later; DI09 with no culprit
deploy), 5 healthy (DI12, DI13 LRU, DI14 step, DI15 f, DI16 flat).

Loads by the units batch 110's section gives for the next batch (the rule
over batches 107, 108 and 110), but c over an hour or more: frequent a
0.0256, b 0.00292; an hour or more a 0.0184, b 0.00276, c 0.0107, d 0.0127
(%/h per unit of load, size x rate, at peak traffic at 256 MiB; x 256 /
limit for another limit; per task the load divided by the number of
tasks).  The c unit over an hour or more is the 0.0107 batch 110's section
gives with DG04's tasks over their own lifetimes (0.70) and DG06 up to its
fall (0.71), not the rule's 0.00783 (DG04's service average 0.26, DG06's 30
min after its flip 0.37): this batch's two c over an hour or more (DI04,
DI06) are single-task cases with a culprit deploy, and the two low ratios
came from the way those two cases were measured (three tasks replaced one
by one inside 35-42 min intervals; a flip 95 min into a 135 min interval),
not from a slower leak per task; the plain single-task c, DE09 before them
and DG09, read 0.78 and 0.63 (0.0126 and 0.0094 at their units, mean
0.0110).  The frequent units for the three frequent-deploys cases, the
units over an hour or more for every other leaking case.  Every leaking
case aims at ~5 %/h of its limit at peak (per task for DI11), but the slow
leak DI07 at ~1.5 %/h; each load rounded so the unit gives the aim within
0.4 % (/work/tracelab-raw112/loads.py, loads.out).  Healthy, earlier
loads.  Heap 160 MB everywhere.  The "~N %/h" in the notes are these aims,
not measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDH = runpy.run_path(os.path.join(_HERE, "scenarios111.py"))["SCENARIOS"]   # 11..1884 (scenarios110.py's 11..1868, DH 1869..1884)

_DI05 = [30, 25, 35, 25, 30, 20, 115, 35]   # few-hours d: culprit #6 after 30, 25, 35, 25, 30 and 20 min, 115 min, then 35 min still leaking
_DI06 = [55, 45, 145]                       # culprit-last c: #2 of 2, 145 min of evidence
_DI07 = [25, 35, 30, 35, 30, 95, 75]        # slow d at #5 of 6
_DI09 = [40, 35, 130, 45]                   # flag flip a: on 25 min into v3's 130 min interval (the series' third)
_DI13 = [50, 125, 120]                      # an LRU (1650) that warms up for hours after one 50 min first interval

DI_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="DI01-a-frequent-deploys-culprit-6-320", seed=112001, kind="a", culprit=6,
         intervals=gen_intervals(112001, 9, lo=15, hi=45),
         start="2031-12-11T10:30:00Z", service="kaunas-klaipeda-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=61, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/kaunas-cepelinai-history", "Keep kaunas klaipeda orders for the cepelinai history"),
         note="9 deploys 18-38 min apart from 10:30, culprit #6 at 13:30 (4 leaking intervals, 23-38 min, to "
              "15:37; its own 38 min); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="DI02-b-frequent-deploys-culprit-4-320", seed=112002, kind="b", culprit=4,
         intervals=gen_intervals(112002, 8, lo=15, hi=45),
         start="2031-12-12T11:45:00Z", service="siauliai-panevezys-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/siauliai-kugelis-quote-memo", "Memoise siauliai panevezys quotes per kugelis and customer"),
         note="8 deploys 21-37 min apart from 11:45, culprit #4 at 13:26 (5 leaking intervals, 21-35 min, to "
              "15:44; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="DI03-b-frequent-deploys-culprit-3-320", seed=112003, kind="b", culprit=3,
         intervals=gen_intervals(112003, 6, lo=15, hi=45),
         start="2031-12-13T11:40:00Z", service="alytus-marijampole-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/alytus-vedarai-quote-memo", "Memoise alytus marijampole quotes per vedarai and customer"),
         note="6 deploys 26-44 min apart from 11:40, culprit #3 at 13:28 (4 leaking intervals, 26-44 min, to "
              "15:49; its own 40 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly
    dict(name="DI04-c-hourly-culprit-4-300", seed=112004, kind="c", culprit=4,
         intervals=gen_intervals(112004, 5, lo=55, hi=65),
         start="2031-12-14T09:25:00Z", service="mazeikiai-jonava-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=91, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/mazeikiai-sakotis-listeners", "Tell open mazeikiai jonava bookings when a sakotis frees"),
         note="5 deploys 56-64 min apart (hourly) from 09:25, culprit #4 of 5 at 13:29 (58 and 58 min leaking, to "
              "15:26); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours
    dict(name="DI05-d-few-hours-culprit-6-300", seed=112005, kind="d", culprit=6,
         intervals=list(_DI05),
         start="2031-12-15T10:50:00Z", service="utena-kedainiai-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=77, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/utena-skilandis-timers", "Confirm utena kedainiai bookings from delayed skilandis timers"),
         note="v1 30 min, #1 at 11:19 (25 min), #2 at 11:44 (35 min), #3 at 12:19 (25 min), #4 at 12:44 (30 min), "
              "#5 at 13:14 (20 min), the culprit #6 at 13:34 (115 min), then #7 at 15:29 (35 min, still leaking, "
              "to 16:05); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== culprit-last
    dict(name="DI06-c-culprit-last-2-300", seed=112006, kind="c", culprit=2,
         intervals=list(_DI06),
         start="2031-12-16T11:45:00Z", service="telsiai-taurage-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=78, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/telsiai-kibinai-listeners", "Tell open telsiai taurage bookings when a kibinai frees"),
         note="the culprit is the last deploy #2 at 13:24: one 145 min interval of evidence (to 15:50) after 55 and "
              "45 min healthy ones; ~5 %/h of 300 MiB at peak"),
    # ================================================================== singles
    dict(name="DI07-d-slow-leak-culprit-5-320", seed=112007, kind="d", culprit=5,
         intervals=list(_DI07),
         start="2031-12-17T10:50:00Z", service="ukmerge-visaginas-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=74, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/ukmerge-spurgos-timers", "Confirm ukmerge visaginas bookings from delayed spurgos timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #5 at 13:24 after 25, 35, 30, 35 and 30 min healthy "
              "intervals; 95 and 75 min leaking intervals (170 min after the culprit, to 16:15); epoch, ascending"),
    dict(name="DI08-a-fixed-two-later-320", seed=112008, kind="a", culprit=3, fixed=5,
         intervals=gen_intervals(112008, 6, lo=35, hi=50),
         start="2031-12-18T11:20:00Z", service="kretinga-silute-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=85, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/kretinga-kastinys-history", "Keep kretinga silute orders for the kastinys history"),
         fixed_pr_title=("fix/kretinga-grybukai-history-trimmed", "Trim the kretinga silute grybukai history"),
         note="leak from #3 at 13:29 (35 min, then #4 45 min still leaking; ~5 %/h of 320 MiB at peak) after 38, "
              "44 and 48 min healthy intervals; fixed two deploys later by #5 at 14:49 (46 min), then #6 (47 min, "
              "to 16:23); epoch"),
    dict(name="DI09-a-flag-flip-320", seed=112009, kind="a", flag="radviliskis_palanga_tinginys_history",
         flag_at=sum(_DI09[:2]) + 25, intervals=list(_DI09),
         start="2031-12-19T11:50:00Z", service="radviliskis-palanga-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=68, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag radviliskis_palanga_tinginys_history on at 13:29:30, 25 min after #2 and "
              "105 min before #3 (v3's interval 130 min, the series' third), then #3 (45 min, to 16:00); orders "
              "kept for the tinginys history (~5 %/h of 320 MiB at peak) from then on; ascending"),
    dict(name="DI10-b-culprit-first-after-58-300", seed=112010, kind="b", culprit=1,
         intervals=gen_intervals(112010, 5, {0: 58}, lo=35, hi=60),
         start="2031-12-20T12:30:00Z", service="druskininkai-rokiskis-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/druskininkai-balandeliai-quote-memo", "Memoise druskininkai rokiskis quotes per balandeliai and customer"),
         note="culprit is the first deploy #1 of 5 at 13:27, after 58 min of v1; every later interval leaks (45, "
              "47, 35, 53 and 59 min, to 17:27; ~5 %/h of 300 MiB at peak); good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    dict(name="DI11-d-two-tasks-culprit-3-300", seed=112011, kind="d", culprit=3, tasks=2, roll_gap=11,
         intervals=gen_intervals(112011, 5, lo=45, hi=60),
         start="2031-12-21T11:00:00Z", service="birzai-elektrenai-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=231, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/birzai-virtiniai-timers", "Confirm birzai elektrenai bookings from delayed virtiniai timers"),
         note="2 tasks, rolling deploys 11 min apart per task; 5 deploys 48-59 min apart, culprit #3 of 5 at "
              "13:31 (59, 59 and 50 min leaking, to 16:20); each task ~5 %/h of 300 MiB at peak; "
              "metrics-ci.jsonl; epoch"),
    # ================================================================== healthy-lru
    dict(name="DI12-e-lru-frequent-590-300", seed=112012, kind="e",
         intervals=gen_intervals(112012, 8, lo=15, hi=45),
         start="2031-12-22T11:35:00Z", service="kursenai-garliava-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "590"}, scan_by="TimestampAscending",
         note="bounded LRU (590 entries) refilling after each of 8 deploys 17-44 min apart, from 11:35 through "
              "the lunch bump into the afternoon peak to 15:42; must not alarm; ascending"),
    dict(name="DI13-e-lru-warmup-1650-320", seed=112013, kind="e",
         intervals=list(_DI13),
         start="2031-12-23T09:15:00Z", service="jurbarkas-vilkaviskis-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1650"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (1650 entries) refilling after each of 2 deploys "
              "125 and 120 min apart, after one 50 min first interval from 09:15, up the late-morning rise "
              "through the lunch bump to 14:10; must not alarm; epoch"),
    # ================================================================== healthy singles
    dict(name="DI14-step-quote-culprit-3-320", seed=112014, kind="step", culprit=3,
         intervals=gen_intervals(112014, 7, lo=30, hi=45),
         start="2031-12-24T11:40:00Z", service="raseiniai-anyksciai-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/raseiniai-saltibarsciai-table-at-boot", "Load the raseiniai saltibarsciai table at boot"),
         note="level shift at #3 of 7 (13:28), quote route (20 lines at 95 req/s, 400 SKUs); 7 deploys 30-43 min "
              "apart from 11:40 (30, 43, 40, 33 and 38 min after the step, to 16:33); no trend after; must not "
              "alarm; epoch, ascending"),
    dict(name="DI15-f-load-evening-fall-320", seed=112015, kind="f", workers=72,
         intervals=gen_intervals(112015, 3, lo=55, hi=75),
         start="2031-12-25T18:50:00Z", service="prienai-joniskis-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load down the evening fall, from 18:50 (0.91 of the peak) to 23:15 "
              "(0.52), across 3 deploys 64-75 min apart; must not alarm"),
    dict(name="DI16-none-frequent-quote-300", seed=112216, kind="none",
         intervals=gen_intervals(112016, 10, lo=16, hi=30),
         start="2031-12-26T12:25:00Z", service="kelme-varena-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs), 12:25 through the lunch bump and the "
              "afternoon peak (16:28); 10 deploys 16-29 min apart: each short interval is mostly warm-up; must "
              "not alarm; ascending"),
]

SCENARIOS = _RDH + DI_SCENARIOS
