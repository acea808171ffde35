"""memblame's tracelab scenarios, batch 72: BU01..BU16 (real memory traces with labels).

(Named BU: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-71 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO, BP, BQ, BR, BS and BT.  No case folder,
scenario name or split entry starts with "BU"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 72"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios72.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios72.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw72 BU01-... BU16-...

(The rarer regimes, as batch 68.  tracelab has no time compression (a
sample is always 0.25 s of recording and one simulated minute), so the long
interval is 275 min (BU01, 410 samples, the longest case) and the healthy
long one 270 min (BU14, 350).  The 16 cases have 4 560 samples in all, for
a recording budget of 1100 s.  Every case of 290 samples or more (BU01,
BU02, BU03, BU06, BU07, BU08, BU14) uses ts_format "wire" (epoch seconds),
so that no metrics.json comes near the 30 KB limit for an uncompressed
file; the ISO 8601 cases have 272 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios71.py (unchanged: scenarios70.py's
scenarios at 11..1212, batch 69's BR at 1213..1228, BT at 1229..1244) and
lists the BU scenarios last (1245..1260).  As with scenarios71.py, BR's
committed deploys.csv are reproduced only from scenarios69.py.  Seeds are
72001..72016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw72/check_numbers.py, batch 71's adapted to BU); the
intervals stay the draws of the first seed, gen_intervals(720NN, ...).
One seed was bumped, twice: BU08 72208 (with 72008 two PRs, with 72108
three PRs equal to pipelines of AG11); the other fifteen are the first
tried.

The mix, the rarer regimes as batch 68 (11 leaking, 5 healthy; every
regime a single case):
  long-interval: d, culprit #2 at 11:40 after 50 and 45 min, then one 275
    min (4 h 35) interval through midday to the peak (to 16:15), then 40
    min still leaking (~3 %/h) (BU01);
  culprit-last: a, the culprit is the last deploy #3 at 13:40 after 50, 45
    and 55 min, 150 min (2.5 h) of evidence (BU02);
  limit-raise: a with BQ03's load, culprit #2 at 12:00 (110 min), OOM
    about an hour after the onset, limit 300 -> 600 MiB (heap 160 -> 320
    MB) at #3 at 13:50 (60 min), #4 at 14:50 (35 min) (BU03);
  multi-task: d on 3 tasks with rolling deploys 3 min apart, culprit #2 of
    3 at 13:27 (gen_intervals(seed, 3, lo=55, hi=70)) (BU04;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  quick-followup: b, culprit #2 at 12:05, the unrelated #3 10 min later
    (95 min, still leaking), #4 at 13:50 (40 min) (BU05);
  flag-flip: b behind a flag switched on at 13:29:30, 60 min into v3's 135
    min interval (#2 at 12:30, #3 at 14:45), no deploy to blame (BU06);
  slow-leak: a at ~1.5 %/h, culprit #2 at 13:50 after 45 and 45 min, then
    100 and 100 min leaking (BU07);
  fixed-later: c fixed by the next deploy (the fix named in labels.json;
    gen_intervals(seed, 4, lo=55, hi=80): #2 at 13:00, the fix #3 at 13:56,
    #4 at 15:12) (BU08);
  culprit-early: a, the culprit #1 at 13:50 after 40 min of v1
    (gen_intervals(seed, 4, {0: 40}, lo=35, hi=80)) (BU09);
  oom-fast: c with BN11's load (75 KB orders at 178 req/s, 300 MiB): OOM
    about 45-55 min after the onset #2 at 13:10, in #2 (95 min); #3 (40
    min) still leaking (BU10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 8 deploys
    21-38 min apart (gen_intervals(seed, 8, lo=15, hi=45)), the culprit #4
    at 14:10 (own 29 min, 5 leaking intervals) (BU11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #2
    of 5 on (13:57), orders, 35-47 min apart (gen_intervals(seed, 5, lo=35,
    hi=55)) (BU12);
  healthy-lru: a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines at 95
    req/s) with 3 deploys 62-74 min apart (hourly; gen_intervals(seed, 3,
    lo=60, hi=75)) from 11:50 (BU13, as BQ12);
  healthy-long: kind none on the quote route with 400 SKUs, one 270 min
    (4 h 30) interval 12:35-17:05 between 40 min ones (BU14, as BQ15);
  healthy-load: kind f, reports in flight following the morning load from
    08:20 to 12:33 across 3 deploys 58-74 min apart (BU15, as BQ16);
  healthy-frequent: kind none on the orders route, 10 deploys 16-29 min
    apart (gen_intervals(seed, 10, lo=16, hi=30)) from 15:10 into the
    evening (BU16).

Split (Tests/Traces/split72.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  Every regime has
a single case this batch, so 0 dev, 16 validation.

Loads by batch 71's units for the next batch (the rule over batches 69-71,
batch 71's README "For the record"; %/h per unit of load at peak traffic at
256 MiB; multiply by 256 / limit for another limit; per task divide the
load by the number of tasks) (/work/tracelab-raw72/units.py):
  a 0.0187 over an hour or more; b 0.00272 frequent, 0.00295 over an hour
  or more; c 0.0118 over an hour or more; d 0.0107 over an hour or more.
The fixed-later, quick-followup and flag-flip cases use the units over an
hour or more, as every earlier one.  Each load rounded so the unit gives
the aim within 0.5 % (/work/tracelab-raw72/design.py, design.out; verify.py
checked it).  Aims at peak traffic:
  long-interval ~3 %/h (BU01 d 5 KB at 70, 320 MiB); culprit-last ~4 %/h
  (BU02 a 5 KB at 50, 300 MiB); multi-task ~4.5 %/h per task (BU04 d 6 KB
  at 263 over 3 tasks, 320 MiB); quick-followup ~4.5 %/h (BU05 b 19 lines
  at 94, 300 MiB); flag-flip ~4.5 %/h (BU06 b 18 lines at 106, 320 MiB);
  slow-leak ~1.5 %/h (BU07 a 2 KB at 47, 300 MiB); fixed-later ~5 %/h
  (BU08 c 6 KB at 83, 300 MiB); culprit-early ~4.5 %/h (BU09 a 7 KB at 43,
  320 MiB); frequent-deploys ~5 %/h (BU11 b 20 lines at 115, 320 MiB).
  Not by the units: BU03 a 48 KB at 193 req/s, 300 MiB, heap 160 MB, then
  600 MiB and heap 320 MB from #3 (BQ03's load, its OOM 64 min after the
  onset); BU10 c 75 KB at 178 req/s, 300 MiB (BN11's, BL12's and BJ12's
  load, their first OOM 45-47 min after the onset).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BU12 step, orders 5 KB at 95
  with 60000 entries (as BQ14), 300 MiB; BU13 LRU_MAX 400, 9000 SKUs, quote
  22 lines at 95 (as BQ12), 320 MiB; BU14 quote 20 lines at 95 with 400
  SKUs (as BQ15), 300 MiB; BU15 report 450 KB held 430 ms at 100 req/s, 72
  load threads (as BQ16), 320 MiB; BU16 orders 5 KB at 95 (as BT15), 300
  MiB.  Heap 160 MB everywhere but BU03 after its raise.  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBT = runpy.run_path(os.path.join(_HERE, "scenarios71.py"))["SCENARIOS"]   # 11..1244 (BS 1197..1212, BR 1213..1228, BT 1229..1244)

_BU01 = [50, 45, 275, 40]
_BU02 = [50, 45, 55, 150]
_BU03 = [45, 55, 110, 60, 35]
_BU05 = [40, 60, 10, 95, 40]
_BU06 = [55, 60, 135, 50]
_BU07 = [45, 45, 100, 100]
_BU10 = [50, 50, 95, 40]
_BU14 = [40, 270, 40]

BU_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="BU01-d-long-interval-275-culprit-2-320", seed=72001, kind="d", culprit=2,
         intervals=list(_BU01),
         start="2030-02-26T10:05:00Z", service="bilimbi-rambutan-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=70, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bilimbi-padauk-timers", "Confirm bilimbi rambutan bookings from delayed padauk timers"),
         note="culprit #2 at 11:40 after 50 and 45 min healthy intervals, then one 275 min (4 h 35) interval "
              "(11:40-16:15) through midday to the peak; ~3 %/h of 320 MiB at peak; #3 at 16:15 still leaks "
              "(40 min); epoch, ascending"),
    dict(name="BU02-a-culprit-last-3-300", seed=72002, kind="a", culprit=3,
         intervals=list(_BU02),
         start="2030-02-27T11:10:00Z", service="bloater-kipper-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=50, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bloater-buckling-history", "Keep bloater kipper orders for the buckling history"),
         note="the culprit is the last deploy #3 at 13:40: one 150 min interval of evidence (to 16:10) after 50, 45 "
              "and 55 min healthy ones; ~4 %/h of 300 MiB at peak; epoch"),
    dict(name="BU03-a-limit-raise-600", seed=72003, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 600, "heap_mb": 320},
         intervals=list(_BU03),
         start="2030-02-28T10:20:00Z", service="bonnethead-mako-orders",
         profile="orders", params={"payload_kb": 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bonnethead-porbeagle-history", "Keep bonnethead mako orders for the porbeagle history"),
         limit_pr_title=("ops/bonnethead-mako-orders-memory-600", "Give the bonnethead mako orders task 600 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:00 (BQ03's load, ~90 %/h of 300 MiB at peak, heap 160 MB) should OOM about an "
              "hour in, perhaps again near the end of #2's 110 min; limit 300 -> 600 MiB (heap 320 MB) at #3 at "
              "13:50, the percentages halve and the leak goes on through #3 (60 min) and #4 (35 min); epoch, "
              "ascending"),
    dict(name="BU04-d-three-tasks-culprit-2-320", seed=72004, kind="d", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(72004, 3, lo=55, hi=70),
         start="2030-03-01T11:15:00Z", service="brassavola-laelia-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=263, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/brassavola-cattleya-timers", "Confirm brassavola laelia bookings from delayed cattleya timers"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:27 (68 and 63 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="BU05-b-quick-followup-culprit-2-300", seed=72005, kind="b", culprit=2,
         intervals=list(_BU05),
         start="2030-03-02T10:25:00Z", service="bayberry-lentisk-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bayberry-dodder-quote-memo", "Memoise bayberry lentisk quotes per dodder and customer"),
         note="culprit #2 at 12:05 runs only 10 min before an unrelated follow-up #3 at 12:15 (which still leaks, "
              "95 min), then #4 at 13:50 (40 min); ~4.5 %/h of 300 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs); ascending"),
    dict(name="BU06-b-flag-flip-320", seed=72006, kind="b", flag="boatbill_shoebill_hamerkop_memo",
         flag_at=sum(_BU06[:2]) + 60, intervals=list(_BU06),
         start="2030-03-03T10:35:00Z", service="boatbill-shoebill-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag boatbill_shoebill_hamerkop_memo on at 13:29:30, 60 min after #2 and 75 "
              "min before #3 (v3's interval 135 min), then one last interval of 50 min; quotes memoised per "
              "customer (~4.5 %/h of 320 MiB at peak) from then on; good releases warm a per-SKU cache (400 "
              "SKUs); epoch"),
    dict(name="BU07-a-slow-leak-culprit-2-300", seed=72007, kind="a", culprit=2,
         intervals=list(_BU07),
         start="2030-03-04T12:20:00Z", service="bitterling-ruffe-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=47, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bitterling-coot-history", "Keep bitterling ruffe orders for the coot history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:50 after 45 and 45 min healthy intervals; "
              "100 and 100 min leaking intervals (200 min after the culprit, to 17:10); epoch, ascending"),
    dict(name="BU08-c-fixed-one-later-300", seed=72208, kind="c", culprit=2, fixed=3,
         intervals=gen_intervals(72008, 4, lo=55, hi=80),
         start="2030-03-05T10:50:00Z", service="bismuth-antimony-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bismuth-tellurium-listeners", "Tell open bismuth antimony bookings when a tellurium frees"),
         fixed_pr_title=("fix/bismuth-tellurium-listener-cleanup", "Remove the tellurium listener when a bismuth antimony booking finishes"),
         note="leak from #2 at 13:00 (56 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 13:56 "
              "(76 min of the fixed release, then #4 at 15:12, 62 min); epoch, ascending"),
    dict(name="BU09-a-culprit-first-after-40-320", seed=72009, kind="a", culprit=1,
         intervals=gen_intervals(72009, 4, {0: 40}, lo=35, hi=80),
         start="2030-03-06T13:10:00Z", service="boulle-marquetry-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=43, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/boulle-parquetry-history", "Keep boulle marquetry orders for the parquetry history"),
         note="culprit is the first deploy #1 at 13:50, after 40 min of v1; every later interval leaks (37-75 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="BU10-c-oom-fast-culprit-2-300", seed=72010, kind="c", culprit=2,
         intervals=list(_BU10),
         start="2030-03-07T11:30:00Z", service="bushmaster-jararaca-orders",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bushmaster-heddle-listeners", "Tell open bushmaster jararaca orders when a heddle camp changes"),
         note="leak from #2 at 13:10, 75 KB orders at 178 req/s (as BJ12, BL12 and BN11): OOM about 45-55 min "
              "after the onset (heap 160 MB), in #2 (95 min); #3 (40 min) still leaking"),
    dict(name="BU11-b-frequent-deploys-culprit-4-320", seed=72011, kind="b", culprit=4,
         intervals=gen_intervals(72011, 8, lo=15, hi=45),
         start="2030-03-08T12:05:00Z", service="blutwurst-knackwurst-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/blutwurst-freekeh-quote-memo", "Memoise blutwurst knackwurst quotes per freekeh and customer"),
         note="8 deploys 21-38 min apart from 12:05, culprit #4 at 14:10 (5 leaking intervals, 21-37 min; its own "
              "29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BU12-step-orders-culprit-2-300", seed=72012, kind="step", culprit=2,
         intervals=gen_intervals(72012, 5, lo=35, hi=55),
         start="2030-03-09T12:40:00Z", service="boxthorn-goji-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/boxthorn-wolfberry-table-at-boot", "Load the boxthorn wolfberry table at boot"),
         note="level shift at #2 of 5 (13:57), orders route; 5 deploys 35-47 min apart (46, 41, 47 and 36 min "
              "after the step); no trend after; must not alarm"),
    dict(name="BU13-e-lru-hourly-400-320", seed=72013, kind="e",
         intervals=gen_intervals(72013, 3, lo=60, hi=75),
         start="2030-03-10T11:50:00Z", service="bunchberry-cloudberry-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 62-74 min apart (hourly), from 11:50 "
              "through the peak to 16:14; must not alarm; ascending"),
    dict(name="BU14-none-long-interval-quote-300", seed=72014, kind="none",
         intervals=list(_BU14),
         start="2030-03-11T11:55:00Z", service="bullhead-sculpin-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache); one 270 min (4 h 30) interval (12:35-17:05) through the "
              "peak into the evening between 40 min ones; must not alarm; epoch, ascending"),
    dict(name="BU15-f-load-morning-to-midday-320", seed=72015, kind="f", workers=72,
         intervals=gen_intervals(72015, 3, lo=55, hi=75),
         start="2030-03-12T08:20:00Z", service="bushlark-ouzel-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load up from the morning (08:20) to midday (12:33), across 3 deploys "
              "58-74 min apart; must not alarm"),
    dict(name="BU16-none-frequent-orders-300", seed=72016, kind="none",
         intervals=gen_intervals(72016, 10, lo=16, hi=30),
         start="2030-03-13T15:10:00Z", service="bloodroot-trillium-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 15:10 through the afternoon into the evening to 19:06; 10 deploys 16-29 min "
              "apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RBT + BU_SCENARIOS
