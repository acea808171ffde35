"""memblame's tracelab scenarios, batch 104: DA01..DA16 (real memory traces with labels).

(Named DA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-103 used AA..AZ, BA..BZ and CA..CZ.  No case
folder, scenario name or split entry on main or any other branch starts
with "DA"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 104"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios104.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios104.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw104 DA01-... DA16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92, 95, 98 and 101 (batch 101 its template for the
regimes and the counts).  The kinds are rotated away from batches 98 and
101 in every regime (batch 98: hourly b, few-hours a, culprit-last a, slow
c, fixed-later d, flag flip c, culprit-early d, multi-task a; batch 101: c,
d, b, d, a, a, c, d; here a, c, d, a, c, d, a, b); of the two kinds each
regime leaves, the ones that keep the kinds as batch 101's (a 3, b 3, c 2,
d 3 leaking).  The frequent non-b case is a d (batch 101: a, batch 98: c:
the one kind left); the two frequent b stay b.

The 16 cases have 4 281 samples in all, for a recording budget of 1100 s;
the longest, DA04, 309.  Every case of 285 samples or more (DA02, DA04,
DA05, DA07, DA08, DA13) uses ts_format "wire" (epoch seconds); the ISO
8601 cases have 274 samples or fewer.  TimestampAscending for DA01, DA03,
DA05, DA08, DA09, DA13, DA14 and DA16 (batch 101: CX02, CX04, CX06, CX07,
CX10, CX11, CX12, CX15).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios103.py (unchanged: 11..1740 and CZ at
1741..1756) and lists the DA scenarios last (1757..1772).  Seeds
104001..104016, a seed +100 only if its PR or pipeline numbers collide
(/work/tracelab-raw104/check_numbers.py); the intervals stay the draws of
the first seed, gen_intervals(1040NN, ...).  Dates follow CZ's:
2031-08-05 (DA01) to 2031-08-20 (DA16).

The mix (/work/tracelab-raw104/draws.py, draws.out, design.py, design.out):
  DA01 d, frequent: 8 deploys 16-45 min apart, culprit #5 at 13:33;
  DA02 b, frequent: 9 deploys 16-43 min apart, culprit #7 at 13:36;
  DA03 b, frequent: 8 deploys 18-39 min apart, culprit #4 at 13:30
    (the multiset #4, #5, #7; batch 101: #7 of 9, #3 of 7, #6 of 8; batch
    98: #4 of 8, #5 of 9, #6 of 9; none at the position its case number
    had in batch 101 or 98; each at a position of its first-seed draw
    whose own interval is 25 min or more, with 3 or more leaking intervals);
  DA04 a hourly: 4 deploys 60-64 min apart, culprit #3 of 4 at 13:31
    (batch 101: #2 of 4; 98: #2 of 3);
  DA05 c few-hours: 30, 35, 45 and 40 min, the culprit #4 at 13:35 with
    110 min, then 35 min still leaking (batch 101: #3; 92-98: #2);
  DA06 d culprit-last: the last deploy #3 of 3 at 13:30 with 135 min after
    it (batch 101: #4 of 4; 98: #2 of 2);
  DA07 a slow (~1.5 %/h): culprit #2 of 4 at 13:25, 80, 70 and 55 min
    leaking (batch 101: #3 of 4; 98: #2 of 3);
  DA08 c fixed two deploys later: culprit #2 at 13:29, #3 still leaking,
    the fix #4 at 14:47 (batch 101: #4 fixed by #6; 98: #3 fixed by #5);
  DA09 d behind a flag switched on at 14:09:30, 70 min into v4's 120 min
    interval, the series' fourth (batch 101: 65 into v3's 115; 98: 90 into
    v2's 140);
  DA10 a culprit-early: #1 after 35 min of v1 (batch 101: 50, 98: 40);
  DA11 b on two tasks, rolling deploys 7 min apart, culprit #2 of 3
    (batch 101: gap 6, #3 of 4; 98: gap 8, #2 of 4);
  healthy: DA12 a bounded LRU of 325 entries under 8 deploys 19-44 min
    apart from 12:25 (batch 101: 625 from 11:50; 98: 850 from 12:35); DA13
    an LRU of 1375 entries that warms up for hours (40, 120 and 130 min
    from 09:55; batch 101: 1450 from 10:45; 98: 1400 from 10:25); DA14 a
    60000-entry table at boot from the step deploy #3 of 5 on the quote
    route (batch 101: orders #4 of 5; 98: quote #4 of 6); DA15 kind f from
    the afternoon peak into the early evening, 13:50-18:15 (batch 101:
    16:35-20:51; 98: 11:40-15:46); DA16 a flat quote service with 10
    deploys 16-29 min apart from 12:45 (batch 101: orders from 11:20; 98:
    quote from 14:10).
  Limits alternate: odd cases 300, even cases 320.

Split (Tests/Traces/split104.json, written and committed before recording):
0 dev, 16 validation, batch 101's regime tags in the same order.  11
leaking (a: DA04, DA07, DA10; b: DA02, DA03, DA11; c: DA05, DA08; d: DA01,
DA06, DA09; DA08 fixed two deploys later; DA09 with no culprit deploy), 5
healthy (DA12, DA13 LRU, DA14 step, DA15 f, DA16 flat).

Loads by the units batch 103's section gives for the next batch (the rule
over batches 101-103): frequent a 0.0191, b 0.00341, c 0.0158, d 0.0117;
an hour or more a 0.0204, b 0.00340, c 0.0119, d 0.0123 (%/h per unit of
load, size x rate, at peak traffic at 256 MiB; x 256 / limit for another
limit; per task the load divided by the number of tasks).  The frequent
units for the three frequent-deploys cases, the units over an hour or more
for every other leaking case.  Every leaking case aims at ~5 %/h of its
limit at peak (per task for DA11), but the slow leak DA07 at ~1.5 %/h;
each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw104/loads.py, loads.out).  Healthy, earlier loads.
Heap 160 MB everywhere.  The "~N %/h" in the notes are these aims, not
measurements.
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCZ = runpy.run_path(os.path.join(_HERE, "scenarios103.py"))["SCENARIOS"]   # 11..1756 (scenarios102.py's 11..1740, CZ 1741..1756)

_DA05 = [30, 35, 45, 40, 110, 35]   # few-hours c: culprit #4 after 30, 35, 45 and 40 min, 110 min, then 35 min still leaking
_DA06 = [45, 40, 50, 135]           # culprit-last d: #3 of 3, 135 min of evidence
_DA07 = [40, 45, 80, 70, 55]        # slow a at #2 of 4
_DA09 = [40, 35, 45, 120, 30]       # flag flip d: on 70 min into v4's 120 min interval (the series' fourth)
_DA13 = [40, 120, 130]              # an LRU (1375) that warms up for hours after one 40 min first interval

DA_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="DA01-d-frequent-deploys-culprit-5-300", seed=104001, kind="d", culprit=5,
         intervals=gen_intervals(104001, 8, lo=15, hi=45),
         start="2031-08-05T10:50:00Z", service="tromso-bodo-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tromso-rendang-timers", "Confirm tromso bodo bookings from delayed rendang timers"),
         note="8 deploys 16-45 min apart from 10:50, culprit #5 at 13:33 (4 leaking intervals, 16-43 min, to "
              "15:24; its own 43 min); ~5 %/h of 300 MiB at peak; ascending"),
    dict(name="DA02-b-frequent-deploys-culprit-7-320", seed=104002, kind="b", culprit=7,
         intervals=gen_intervals(104002, 9, lo=15, hi=45),
         start="2031-08-06T10:35:00Z", service="alta-narvik-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/alta-gudeg-quote-memo", "Memoise alta narvik quotes per gudeg and customer"),
         note="9 deploys 16-43 min apart from 10:35, culprit #7 at 13:37 (3 leaking intervals, 29-42 min, to "
              "15:21; its own 42 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="DA03-b-frequent-deploys-culprit-4-300", seed=104003, kind="b", culprit=4,
         intervals=gen_intervals(104003, 8, lo=15, hi=45),
         start="2031-08-07T11:40:00Z", service="harstad-molde-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=86, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/harstad-soto-quote-memo", "Memoise harstad molde quotes per soto and customer"),
         note="8 deploys 18-39 min apart from 11:40, culprit #4 at 13:31 (5 leaking intervals, 18-39 min, to "
              "15:37; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== hourly
    dict(name="DA04-a-hourly-culprit-3-320", seed=104004, kind="a", culprit=3,
         intervals=gen_intervals(104004, 4, lo=55, hi=65),
         start="2031-08-08T10:25:00Z", service="alesund-hamar-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=51, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/alesund-bakso-history", "Keep alesund hamar orders for the bakso history"),
         note="4 deploys 60-64 min apart (hourly), culprit #3 of 4 at 13:31 (60 and 63 min leaking, to 15:34); "
              "~5 %/h of 320 MiB at peak; epoch"),
    # ================================================================== few-hours
    dict(name="DA05-c-few-hours-culprit-4-300", seed=104005, kind="c", culprit=4,
         intervals=list(_DA05),
         start="2031-08-09T11:05:00Z", service="lillehammer-gjovik-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=82, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/lillehammer-pempek-listeners", "Tell open lillehammer gjovik bookings when a pempek frees"),
         note="v1 30 min, #1 at 11:35 (35 min), #2 at 12:10 (45 min), #3 at 12:55 (40 min), the culprit #4 at "
              "13:35 (110 min), then #5 at 15:25 (35 min, still leaking, to 16:00); ~5 %/h of 300 MiB at peak; "
              "epoch, ascending"),
    # ================================================================== culprit-last
    dict(name="DA06-d-culprit-last-3-320", seed=104006, kind="d", culprit=3,
         intervals=list(_DA06),
         start="2031-08-10T11:15:00Z", service="kongsberg-drammen-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=85, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/kongsberg-rawon-timers", "Confirm kongsberg drammen bookings from delayed rawon timers"),
         note="the culprit is the last deploy #3 at 13:30: one 135 min interval of evidence (to 15:45) after 45, "
              "40 and 50 min healthy ones; ~5 %/h of 320 MiB at peak"),
    # ================================================================== singles
    dict(name="DA07-a-slow-leak-culprit-2-300", seed=104007, kind="a", culprit=2,
         intervals=list(_DA07),
         start="2031-08-11T12:00:00Z", service="moss-halden-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=43, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/moss-lontong-history", "Keep moss halden orders for the lontong history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:25 after 40 and 45 min healthy intervals; "
              "80, 70 and 55 min leaking intervals (205 min after the culprit, to 16:50); epoch"),
    dict(name="DA08-c-fixed-two-later-320", seed=104008, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(104008, 6, lo=35, hi=50),
         start="2031-08-12T12:05:00Z", service="sarpsborg-larvik-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=75, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/sarpsborg-ketoprak-listeners", "Tell open sarpsborg larvik bookings when a ketoprak frees"),
         fixed_pr_title=("fix/sarpsborg-semur-listeners-removed", "Remove the semur listener when a sarpsborg larvik booking finishes"),
         note="leak from #2 at 13:29 (40 min, then #3 38 min still leaking; ~5 %/h of 320 MiB at peak) after 42 "
              "and 42 min healthy intervals; fixed two deploys later by #4 at 14:47 (41 min), then #5 and #6 (43 "
              "and 44 min, to 16:55); epoch, ascending"),
    dict(name="DA09-d-flag-flip-300", seed=104009, kind="d", flag="sandefjord_tonsberg_opor_timers",
         flag_at=sum(_DA09[:3]) + 70, intervals=list(_DA09),
         start="2031-08-13T11:00:00Z", service="sandefjord-tonsberg-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag sandefjord_tonsberg_opor_timers on at 14:09:30, 70 min after #3 and 50 min "
              "before #4 (v4's interval 120 min, the series' fourth), then #4 (30 min, to 15:30); bookings "
              "confirmed from delayed opor timers (~5 %/h of 300 MiB at peak) from then on; ascending"),
    dict(name="DA10-a-culprit-first-after-35-320", seed=104010, kind="a", culprit=1,
         intervals=gen_intervals(104010, 4, {0: 35}, lo=30, hi=60),
         start="2031-08-14T12:55:00Z", service="arendal-grimstad-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=51, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/arendal-pecel-history", "Keep arendal grimstad orders for the pecel history"),
         note="culprit is the first deploy #1 at 13:30, after 35 min of v1; every later interval leaks (48-59 "
              "min, to 16:56, ~5 %/h of 320 MiB at peak)"),
    dict(name="DA11-b-two-tasks-culprit-2-300", seed=104011, kind="b", culprit=2, tasks=2, roll_gap=7,
         intervals=gen_intervals(104011, 3, lo=40, hi=55),
         start="2031-08-15T11:40:00Z", service="mandal-egersund-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=164, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/mandal-siomay-quote-memo", "Memoise mandal egersund quotes per siomay and customer"),
         note="2 tasks, rolling deploys 7 min apart per task; 3 deploys 40-54 min apart, culprit #2 of 3 at 13:29 "
              "(40 and 48 min leaking, to 14:57); each task ~5 %/h of 300 MiB at peak; good releases warm a "
              "per-SKU cache (400 SKUs); metrics-ci.jsonl"),
    # ================================================================== healthy-lru
    dict(name="DA12-e-lru-frequent-325-320", seed=104012, kind="e",
         intervals=gen_intervals(104012, 8, lo=15, hi=45),
         start="2031-08-16T12:25:00Z", service="haugesund-stord-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "325"},
         note="bounded LRU (325 entries) refilling after each of 8 deploys 19-44 min apart, from 12:25 through "
              "the afternoon peak to 16:49; must not alarm"),
    dict(name="DA13-e-lru-warmup-1375-300", seed=104013, kind="e",
         intervals=list(_DA13),
         start="2031-08-17T09:55:00Z", service="voss-floro-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1375"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1375 entries) refilling after each of 2 deploys "
              "120 and 130 min apart, after one 40 min first interval from 09:55, through the lunch bump into the "
              "peak to 14:45; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles
    dict(name="DA14-step-quote-culprit-3-320", seed=104014, kind="step", culprit=3,
         intervals=gen_intervals(104014, 5, lo=35, hi=50),
         start="2031-08-18T11:35:00Z", service="forde-steinkjer-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/forde-martabak-table-at-boot", "Load the forde martabak table at boot"),
         note="level shift at #3 of 5 (13:55), quote route; 5 deploys 44-50 min apart (46, 45 and 36 min after "
              "the step, to 16:02); no trend after; must not alarm; ascending"),
    dict(name="DA15-f-load-peak-to-early-evening-300", seed=104015, kind="f", workers=72,
         intervals=gen_intervals(104015, 3, lo=55, hi=75),
         start="2031-08-19T13:50:00Z", service="levanger-namsos-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from the afternoon peak into the early evening, from 13:50 to "
              "18:15, across 3 deploys 60-70 min apart; must not alarm"),
    dict(name="DA16-none-frequent-quote-320", seed=104016, kind="none",
         intervals=gen_intervals(104016, 10, lo=16, hi=30),
         start="2031-08-20T12:45:00Z", service="mosjoen-vadso-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, quote route (18 lines at 100 req/s), 12:45 through the afternoon peak (16:41); 10 "
              "deploys 16-29 min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCZ + DA_SCENARIOS
