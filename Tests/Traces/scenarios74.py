"""memblame's tracelab scenarios, batch 74: BW01..BW16 (real memory traces with labels).

(Named BW: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-73 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO, BP, BQ, BR, BS, BT, BU and BV.  No case
folder, scenario name or split entry starts with "BW"; neither tracelab nor
these files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 74"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios74.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios74.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw74 BW01-... BW09-...

(The rarer regimes, as batch 72 (its template for the mix; batch 73's for
the rest).  tracelab has no time compression (a sample is always 0.25 s of
recording and one simulated minute), so the long interval is 260 min (BW01,
390 samples, the longest case) and the healthy long one 260 min (BW14,
345).  The 16 cases have 4 483 samples in all, for a recording budget of
1100 s.  Every case of 290 samples or more (BW01, BW02, BW03, BW06, BW07,
BW08, BW14) uses ts_format "wire" (epoch seconds), so that no metrics.json
comes near the 30 KB limit for an uncompressed file; the ISO 8601 cases have
273 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios73.py (unchanged: scenarios72.py's
scenarios at 11..1260 (scenarios70.py's at 11..1212, batch 69's BR at
1213..1228, BT at 1229..1244, BU at 1245..1260), BV at 1261..1276) and lists
the BW scenarios last (1277..1292).  As with scenarios71.py-scenarios73.py,
BR's committed deploys.csv are reproduced only from scenarios69.py.  Seeds
are 74001..74016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw74/check_numbers.py, batch 73's adapted to BW); the
intervals stay the draws of the first seed, gen_intervals(740NN, ...).
Three seeds were bumped, once each: BW02 74102 (with 74002 a PR equal to
a pipeline number of AH10), BW04 74104 (with 74004 a PR equal to a
pipeline number of AH11) and BW06 74106 (with 74006 two PRs equal to
pipeline numbers of AH12); the other thirteen are the first tried.

The mix, the rarer regimes as batch 72 (11 leaking, 5 healthy; every
regime a single case).  The draws differ from batch 72's: the kinds (batch
72: long-interval d, culprit-last a, three tasks d, quick-followup b, flag
flip b, slow a, fixed one later c, culprit-early a, oom-fast c; here a, b,
c, d, c, d, b fixed two later, c, d), the culprit positions, the times of
day, the aims and the routes of the healthy cases:
  long-interval: a, culprit #2 at 12:30 after 45 and 40 min, then one 260
    min (4 h 20) interval through the afternoon peak (to 16:50), then 45
    min still leaking (~3.5 %/h) (BW01);
  culprit-last: b, the culprit is the last deploy #4 at 14:05 after 40, 35,
    50 and 40 min, 140 min of evidence (BW02);
  limit-raise: a with BK05's load (40 KB orders at 193 req/s), culprit #3
    at 13:25 (85 min), OOM about an hour after the onset, then the limit
    raised 320 -> 640 MiB (heap 160 -> 320 MB) at #4 at 14:50 (55 min), #5
    at 15:45 (35 min) (BW03);
  multi-task: c on 3 tasks with rolling deploys 3 min apart, culprit #3 of
    4 at 14:05 (gen_intervals(seed, 4, lo=45, hi=60)) (BW04;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  quick-followup: d, culprit #2 at 12:20, the unrelated #3 15 min later
    (85 min, still leaking), #4 at 14:00 (45 min) (BW05);
  flag-flip: c behind a flag switched on at 12:49:30, 55 min into v2's 140
    min interval (#1 at 11:55, #2 at 14:15, #3 at 15:15), no deploy to
    blame (BW06);
  slow-leak: d at ~1.5 %/h (2 KB orders, as BE10, BG09 and BJ13), culprit
    #3 at 14:00 after 35, 45 and 40 min, then 100 and 80 min leaking
    (BW07);
  fixed-later: b fixed two deploys later (the fix named in labels.json;
    gen_intervals(seed, 5, lo=40, hi=60): #2 at 12:44, #3 at 13:31, the
    fix #4 at 14:31, #5 at 15:22) (BW08);
  culprit-early: c, the culprit #1 at 14:00 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BW09);
  oom-fast: d with AU12's, AS12's and BH09's load (64 KB orders at 180
    req/s, 320 MiB; their OOMs 53-58 min after the onset): OOM within about
    an hour of the onset #2 at 12:50, in #2 (90 min); #3 (40 min) still
    leaking (BW10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 8 deploys
    16-40 min apart (gen_intervals(seed, 8, lo=15, hi=45)), the culprit #6
    at 14:35 (own 35 min, 3 leaking intervals; #3, #4, #6 and #7 of the
    draw had an own interval of 25 min or more) (BW11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #3
    of 5 on (14:00), quote with 400 SKUs, 35-55 min apart
    (gen_intervals(seed, 5, lo=35, hi=55)) (BW12);
  healthy-lru: a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines at 95
    req/s) with 3 deploys 60-79 min apart (hourly; gen_intervals(seed, 3,
    lo=60, hi=80)) from 13:25 through the peak into the evening (BW13);
  healthy-long: kind none on the orders route, one 260 min (4 h 20)
    interval 11:20-15:40 between 45 and 40 min ones (BW14, as BK13's
    route);
  healthy-load: kind f, reports in flight following the load down from
    the evening (17:50, 0.96 of the peak) to 22:06 (0.63) across 3 deploys
    60-67 min apart (gen_intervals(seed, 3, lo=55, hi=75)) (BW15);
  healthy-frequent: kind none on the quote route with 400 SKUs, 10 deploys
    16-30 min apart (gen_intervals(seed, 10, lo=16, hi=30)) from 12:40
    through the afternoon (BW16).

Split (Tests/Traces/split74.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  Every regime has
a single case this batch, so 0 dev, 16 validation.

11 leaking (a: BW01, BW03; b: BW02, BW08, BW11; c: BW04, BW06, BW09; d:
BW05, BW07, BW10; BW06 with no culprit deploy; BW08 fixed two deploys
later), 5 healthy (BW12 step, BW13 e, BW14 and BW16 none, BW15 f).

Loads by the units of the rule over batches 71-73 (batch 68's rule: the
mean over every case of batches 71-73 of a kind and class (frequent
deploys; intervals of an hour or more) of (its unit) x (its measured /
aimed ratio), from the ratios the READMEs of batches 71, 72 and 73 give in
"The units, for the next batch"; batch 73's README gives them "for the
record"; %/h per unit of load at peak traffic at 256 MiB; multiply by 256 /
limit for another limit; per task divide the load by the number of tasks)
(/work/tracelab-raw74/units.py, units.out):
  a 0.0199 over an hour or more (was 0.0204);
  b 0.00336 frequent (was 0.00272), 0.00289 over an hour or more (was
    0.00291);
  c 0.0113 over an hour or more (was 0.00958);
  d 0.0108 over an hour or more (was 0.00986).
The fixed-later, quick-followup and flag-flip cases use the units over an
hour or more, as every earlier one.  Each load rounded so the unit gives
the aim within 0.5 % (/work/tracelab-raw74/design.py picked the pair of size
and rate with the smallest error in the usual ranges: a 4-7 KB at 40-100
req/s, b 15-22 lines at 80-119, c 5-9 KB at 75-120 (225-360 over three
tasks), d 4-6 KB at 70-110 (the slow d 2 KB at 35-120); design.out;
/work/tracelab-raw74/verify.py checked it).  Aims at peak traffic:
  long-interval ~3.5 %/h (BW01 a 4 KB at 55, 320 MiB); culprit-last ~4.5
  %/h (BW02 b 18 lines at 108, 320 MiB); multi-task ~4.5 %/h per task
  (BW04 c 6 KB at 249 over 3 tasks, 320 MiB); quick-followup ~4.5 %/h (BW05
  d 5 KB at 104, 320 MiB); flag-flip ~4.5 %/h (BW06 c 6 KB at 83, 320 MiB);
  slow-leak ~1.5 %/h (BW07 d 2 KB at 87, 320 MiB); fixed-later ~5 %/h
  (BW08 b 22 lines at 92, 300 MiB); culprit-early ~5 %/h (BW09 c 5 KB at
  104, 300 MiB); frequent-deploys ~5 %/h (BW11 b 20 lines at 93, 320 MiB).
  Not by the units: BW03 a 40 KB at 193 req/s, 320 MiB, heap 160 MB, then
  640 MiB and heap 320 MB from #4 (BK05's load, its OOM 65 min after the
  onset); BW10 d 64 KB at 180 req/s, 320 MiB (AU12's, AS12's and BH09's
  load, their OOMs 53-58 min after the onset).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BW12 step, quote 20 lines at 95
  with 60000 entries and 400 SKUs (as BV14), 300 MiB; BW13 LRU_MAX 400,
  9000 SKUs, quote 22 lines at 95 (as BU13), 300 MiB; BW14 orders 5 KB at
  95 (as BU16), 320 MiB; BW15 report 450 KB held 430 ms at 100 req/s, 72
  load threads (as BU15), 320 MiB; BW16 quote 20 lines at 95 with 400 SKUs
  (as BU14), 300 MiB.  Heap 160 MB everywhere but BW03 after its raise.
  The "~N %/h" in the notes are these aims, not measurements (see the
  README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBV = runpy.run_path(os.path.join(_HERE, "scenarios73.py"))["SCENARIOS"]   # 11..1276 (BR 1213..1228, BT 1229..1244, BU 1245..1260, BV 1261..1276)

_BW01 = [45, 40, 260, 45]
_BW02 = [40, 35, 50, 40, 140]
_BW03 = [40, 50, 45, 85, 55, 35]
_BW05 = [50, 45, 15, 85, 45]
_BW06 = [40, 140, 60, 55]
_BW07 = [35, 45, 40, 100, 80]
_BW10 = [45, 50, 90, 40]
_BW14 = [45, 260, 40]

BW_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="BW01-a-long-interval-260-culprit-2-320", seed=74001, kind="a", culprit=2,
         intervals=list(_BW01),
         start="2030-03-30T11:05:00Z", service="barbera-nebbiolo-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=55, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/barbera-grignolino-history", "Keep barbera nebbiolo orders for the grignolino history"),
         note="culprit #2 at 12:30 after 45 and 40 min healthy intervals, then one 260 min (4 h 20) interval "
              "(12:30-16:50) through the afternoon peak; ~3.5 %/h of 320 MiB at peak; #3 at 16:50 still leaks "
              "(45 min); epoch"),
    dict(name="BW02-b-culprit-last-4-320", seed=74102, kind="b", culprit=4,
         intervals=list(_BW02),
         start="2030-03-31T11:20:00Z", service="bancha-sencha-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bancha-gyokuro-quote-memo", "Memoise bancha sencha quotes per gyokuro and customer"),
         note="the culprit is the last deploy #4 at 14:05: one 140 min interval of evidence (to 16:25) after 40, "
              "35, 50 and 40 min healthy ones; ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch, ascending"),
    dict(name="BW03-a-limit-raise-640", seed=74003, kind="a", culprit=3,
         limit_raise={"deploy": 4, "limit_mib": 640, "heap_mb": 320},
         intervals=list(_BW03),
         start="2030-04-01T11:10:00Z", service="britzka-curricle-orders",
         profile="orders", params={"payload_kb": 40}, peak_rps=193, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/britzka-tilbury-history", "Keep britzka curricle orders for the tilbury history"),
         limit_pr_title=("ops/britzka-curricle-orders-memory-640", "Give the britzka curricle orders task 640 MiB of memory after OOM restarts"),
         note="leak from #3 at 13:25 (BK05's load, heap 160 MB) should OOM about an hour in, within #3's 85 min; "
              "limit 320 -> 640 MiB (heap 320 MB) at #4 at 14:50, the percentages halve and the leak goes on "
              "through #4 (55 min) and #5 (35 min); epoch"),
    dict(name="BW04-c-three-tasks-culprit-3-320", seed=74104, kind="c", culprit=3, tasks=3, roll_gap=3,
         intervals=gen_intervals(74004, 4, lo=45, hi=60),
         start="2030-04-02T11:30:00Z", service="buntline-sheepshank-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=249, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/buntline-martingale-listeners", "Tell open buntline sheepshank bookings when a martingale frees"),
         note="3 tasks, rolling deploys 3 min apart per task; 4 deploys 45-55 min apart, culprit #3 at 14:05 (45 "
              "and 52 min leaking); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    dict(name="BW05-d-quick-followup-culprit-2-320", seed=74005, kind="d", culprit=2,
         intervals=list(_BW05),
         start="2030-04-03T10:45:00Z", service="bradawl-spokeshave-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bradawl-gimlet-timers", "Confirm bradawl spokeshave bookings from delayed gimlet timers"),
         note="culprit #2 at 12:20 runs only 15 min before an unrelated follow-up #3 at 12:35 (which still leaks, "
              "85 min), then #4 at 14:00 (45 min); ~4.5 %/h of 320 MiB at peak"),
    dict(name="BW06-c-flag-flip-320", seed=74106, kind="c", flag="bartizan_merlon_crenel_alerts",
         flag_at=sum(_BW06[:1]) + 55, intervals=list(_BW06),
         start="2030-04-04T11:15:00Z", service="bartizan-merlon-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=83, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag bartizan_merlon_crenel_alerts on at 12:49:30, 55 min after #1 and 85 min "
              "before #2 (v2's interval 140 min), then intervals of 60 and 55 min; a listener per booking kept "
              "(~4.5 %/h of 320 MiB at peak) from then on; epoch, ascending"),
    dict(name="BW07-d-slow-leak-culprit-3-320", seed=74007, kind="d", culprit=3,
         intervals=list(_BW07),
         start="2030-04-05T12:00:00Z", service="boerboel-puli-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=87, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/boerboel-lagotto-timers", "Confirm boerboel puli bookings from delayed lagotto timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 14:00 after 35, 45 and 40 min healthy "
              "intervals; 100 and 80 min leaking intervals (180 min after the culprit, to 17:00); epoch"),
    dict(name="BW08-b-fixed-two-later-300", seed=74008, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(74008, 5, lo=40, hi=60),
         start="2030-04-06T11:05:00Z", service="butterbean-flageolet-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/butterbean-cannellini-quote-memo", "Memoise butterbean flageolet quotes per cannellini and customer"),
         fixed_pr_title=("fix/butterbean-quote-memo-per-sku", "Key butterbean flageolet quotes per SKU again, not per cannellini and customer"),
         note="leak from #2 at 12:44 (47 and 60 min, ~5 %/h of 300 MiB at peak); fixed two deploys later by #4 at "
              "14:31 (then 51 and 51 min); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BW09-c-culprit-first-after-40-300", seed=74009, kind="c", culprit=1,
         intervals=gen_intervals(74009, 3, {0: 40}, lo=35, hi=80),
         start="2030-04-07T13:20:00Z", service="burbank-greengage-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/burbank-mirabelle-listeners", "Tell open burbank greengage bookings when a mirabelle frees"),
         note="culprit is the first deploy #1 at 14:00, after 40 min of v1; every later interval leaks (45-61 "
              "min, ~5 %/h of 300 MiB at peak); ascending"),
    dict(name="BW10-d-oom-fast-culprit-2-320", seed=74010, kind="d", culprit=2,
         intervals=list(_BW10),
         start="2030-04-08T11:15:00Z", service="bicorne-kepi-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bicorne-tricorne-timers", "Confirm bicorne kepi bookings from delayed tricorne timers"),
         note="leak from #2 at 12:50, 64 KB orders at 180 req/s (as AS12, AU12 and BH09): OOM within about an "
              "hour of the onset (heap 160 MB), in #2 (90 min); #3 (40 min) still leaking; ascending"),
    dict(name="BW11-b-frequent-deploys-culprit-6-320", seed=74011, kind="b", culprit=6,
         intervals=gen_intervals(74011, 8, lo=15, hi=45),
         start="2030-04-09T12:00:00Z", service="bosc-comice-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bosc-seckel-quote-memo", "Memoise bosc comice quotes per seckel and customer"),
         note="8 deploys 16-40 min apart from 12:00, culprit #6 at 14:35 (3 leaking intervals, 35, 27 and 34 min, "
              "to 16:11; its own 35 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs)"),
    # ================================================================== healthy singles (all validation)
    dict(name="BW12-step-quote-culprit-3-300", seed=74012, kind="step", culprit=3,
         intervals=gen_intervals(74012, 5, lo=35, hi=55),
         start="2030-04-10T12:05:00Z", service="braeburn-bramley-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/braeburn-pippin-table-at-boot", "Load the braeburn pippin table at boot"),
         note="level shift at #3 of 5 (14:00), quote route (400 SKUs); 5 deploys 35-55 min apart (52, 55 and 51 "
              "min after the step); no trend after; must not alarm; ascending"),
    dict(name="BW13-e-lru-hourly-400-300", seed=74013, kind="e",
         intervals=gen_intervals(74013, 3, lo=60, hi=80),
         start="2030-04-11T13:25:00Z", service="bachata-merengue-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 3 deploys 60-79 min apart (hourly), from 13:25 "
              "through the peak into the evening to 17:56; must not alarm"),
    dict(name="BW14-none-long-interval-orders-320", seed=74014, kind="none",
         intervals=list(_BW14),
         start="2030-04-12T10:35:00Z", service="baselard-falchion-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, orders route; one 260 min (4 h 20) interval (11:20-15:40) from the late morning through "
              "the peak between 45 and 40 min ones; must not alarm; epoch"),
    dict(name="BW15-f-load-evening-to-night-320", seed=74015, kind="f", workers=72,
         intervals=gen_intervals(74015, 3, lo=55, hi=75),
         start="2030-04-13T17:50:00Z", service="brocatelle-organza-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load down from the evening (17:50) towards the night (22:06), "
              "across 3 deploys 60-67 min apart; must not alarm; ascending"),
    dict(name="BW16-none-frequent-quote-300", seed=74016, kind="none",
         intervals=gen_intervals(74016, 10, lo=16, hi=30),
         start="2030-04-14T12:40:00Z", service="bobstay-jibboom-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 12:40 through the afternoon to 17:02; 10 deploys 16-30 "
              "min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RBV + BW_SCENARIOS
