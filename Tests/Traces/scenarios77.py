"""memblame's tracelab scenarios, batch 77: BZ01..BZ16 (real memory traces with labels).

(Named BZ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-76 used AA..AZ and BA..BY (batch 76's BY is
listed in scenarios76.py, on this file's base commit bf6dbb8).  No case
folder, scenario name or split entry on main, traces76 or here starts with
"BZ"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 77"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios77.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios77.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw77 BZ01-... BZ10-...

(The rarer regimes, as batch 74 (its template for the mix).  tracelab has
no time compression (a sample is always 0.25 s of recording and one
simulated minute), so the long interval is 290 min (BZ01, 450 samples, the
longest case) and the healthy long one 285 min (BZ14, 365).  The 16 cases
have 4 659 samples in all, for a recording budget of 1100 s.  Every case of
290 samples or more (BZ01, BZ04, BZ06, BZ07, BZ08, BZ12, BZ14) uses
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 284 samples
or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios76.py (unchanged: scenarios75.py's
scenarios at 11..1308 (scenarios70.py's at 11..1212, batch 69's BR at
1213..1228, BT at 1229..1244, BU at 1245..1260, BV at 1261..1276, BW at
1277..1292, BX at 1293..1308), BY at 1309..1324) and lists the BZ
scenarios last (1325..1340), as scenarios74.py runs scenarios73.py.  As
with scenarios71.py-scenarios76.py, BR's committed deploys.csv are
reproduced only from scenarios69.py.  Seeds are 77001..77016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario (BW, BX and BY included), a case in real/, or a case
folder of batches 74 and 75 (not on this branch; read from main)
(/work/tracelab-raw77/check_numbers.py, batch 74's adapted to BZ and to
this chaining); the intervals stay the draws of the first seed,
gen_intervals(770NN, ...).
Two seeds were bumped, once each: BZ12 77112 (with 77012 two PRs equal to
pipeline numbers of AJ11) and BZ16 77116 (with 77016 a PR equal to a
pipeline number of AJ13); their intervals stay gen_intervals(77012, ...)
and gen_intervals(77016, ...); the other fourteen are the first tried.

The mix, the rarer regimes as batch 74 (11 leaking, 5 healthy; every
regime a single case).  The draws differ from batches 72 and 74: the kinds
(batch 72: long-interval d, culprit-last a, limit-raise a, three tasks d,
quick-followup b, flag flip b, slow a, fixed one later c, culprit-early a,
oom-fast c; batch 74: a, b, a, c, d, c, d, b fixed two later, c, d; here c,
d, c, a, c, d, b, a fixed one later, d, a; frequent-deploys stays a b),
the culprit positions, the times of day, the limits and the routes of the
healthy cases:
  long-interval: c, culprit #3 at 10:50 after 40, 35 and 45 min, then one
    290 min (4 h 50) interval from the late morning through midday and the
    afternoon peak (to 15:40), then 40 min still leaking (~3 %/h) (BZ01);
  culprit-last: d, the culprit is the last deploy #2 at 12:45 after 55 and
    50 min, 150 min of evidence (BZ02);
  limit-raise: c with BU10's load (75 KB orders at 178 req/s; BU10's OOMs
    46 and 92 min after its onset, BN11's, BL12's and BJ12's first 45-47),
    culprit #2 at 12:40 (75 min), OOM within the hour, then the limit
    raised 300 -> 768 MiB (heap 160 -> 384 MB) at #3 at 13:55 (40 min), #4
    at 14:35 (30 min) (BZ03);
  multi-task: a on 3 tasks with rolling deploys 4 min apart (batches 72
    and 74: 3), culprit #2 of 4 at 13:06 (gen_intervals(seed, 4, lo=50,
    hi=65)) (BZ04; metrics-ci.jsonl, gzipped after recording as every
    earlier multi-task case);
  quick-followup: c, culprit #3 at 13:35, the unrelated #4 12 min later
    (80 min, still leaking), #5 at 15:07 (40 min) (BZ05);
  flag-flip: d behind a flag switched on at 14:19:30, 40 min into v4's 120
    min interval (#3 at 13:40, #4 at 15:40), no deploy to blame (BZ06);
  slow-leak: b at ~1.5 %/h (10 detail lines at 71 req/s, as the older slow
    b's of 7-10 lines), culprit #2 at 13:20 after 50 and 40 min, then 105,
    90 and 35 min leaking (BZ07);
  fixed-later: a fixed by the next deploy (the fix named in labels.json;
    gen_intervals(seed, 4, lo=45, hi=65): the culprit #3 at 13:52 after
    three healthy intervals of 64 min, the fix #4 at 14:47, then 56 min)
    (BZ08);
  culprit-early: d, the culprit #1 at 12:40 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BZ09);
  oom-fast: a with a load not recorded before, 64 KB orders at 193 req/s,
    320 MiB, heap 160 MB (BU03's 48 KB at 193 had its OOM 61 min after the
    onset, BW03's 40 KB 76 min): OOM within about an hour of the onset #2
    at 13:05, in #2 (95 min); #3 (40 min) still leaking (BZ10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 9 deploys
    16-45 min apart (gen_intervals(seed, 9, lo=15, hi=45)), the culprit #5
    at 14:09 (own 45 min, 5 leaking intervals; #3, #5 and #7 of the draw
    had an own interval of 25 min or more) (BZ11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #4
    of 6 on (14:11), orders, 36-49 min apart (gen_intervals(seed, 6,
    lo=35, hi=50)) (BZ12);
  healthy-lru: a bounded LRU of 600 entries (batches 72 and 74: 400; 9000
    SKUs, quote 22 lines at 95 req/s) with 3 deploys 62-74 min apart
    (hourly; gen_intervals(seed, 3, lo=55, hi=75)) from 09:40 through the
    morning rise to 14:03 (BZ13);
  healthy-long: kind none on the quote route with 400 SKUs, one 285 min
    (4 h 45) interval 14:30-19:15 from the afternoon peak into the evening
    between 45 and 35 min ones (BZ14);
  healthy-load: kind f, reports in flight following the load down from
    20:20 (0.79 of the peak) to 00:20 (0.43) across 3 deploys 58-59 min
    apart (gen_intervals(seed, 3, lo=55, hi=75)) (BZ15);
  healthy-frequent: kind none on the orders route, 11 deploys 16-29 min
    apart (gen_intervals(seed, 11, lo=16, hi=30)) from 09:20 through the
    morning rise (BZ16).

Split (Tests/Traces/split77.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  Every regime has
a single case this batch, so 0 dev, 16 validation.

11 leaking (a: BZ04, BZ08, BZ10; b: BZ07, BZ11; c: BZ01, BZ03, BZ05; d:
BZ02, BZ06, BZ09; BZ06 with no culprit deploy; BZ08 fixed one deploy
later), 5 healthy (BZ12 step, BZ13 e, BZ14 and BZ16 none, BZ15 f).

Loads by the units batch 74's README gives for the next batch (batch 68's
rule over batches 72-74: the mean over every case of batches 72-74 of a
kind and class (frequent deploys; intervals of an hour or more) of (its
unit) x (its measured / aimed ratio), from the ratios the READMEs of
batches 72, 73 and 74 give in "The units, for the next batch"; %/h per
unit of load at peak traffic at 256 MiB; multiply by 256 / limit for
another limit; per task divide the load by the number of tasks) (batch
76's README is not on this branch; batch 76 took the same units)
(/work/tracelab-raw77/units.py reproduces them, units.out):
  a 0.0187 over an hour or more (batch 74: 0.0199);
  b 0.00346 frequent (0.00336), 0.00264 over an hour or more (0.00289);
  c 0.0115 over an hour or more (0.0113);
  d 0.0111 over an hour or more (0.0108).
The fixed-later, quick-followup and flag-flip cases use the units over an
hour or more, as every earlier one.  Each load rounded so the unit gives
the aim within 0.5 % (/work/tracelab-raw77/design.py picked the pair of size
and rate with the smallest error in the usual ranges: a 4-7 KB at 40-100
req/s (120-300 over three tasks), b 15-22 lines at 80-119 (the slow b 8-12
lines at 50-90), c 5-9 KB at 75-120 (the long-interval c 3-9 KB at 60-120,
since 5 KB at 75 gives 3.7 %/h), d 4-6 KB at 70-110; design.out;
/work/tracelab-raw77/verify.py checked it).  Aims at peak traffic:
  long-interval ~3 %/h (BZ01 c 3 KB at 102, 300 MiB); culprit-last ~4.5
  %/h (BZ02 d 5 KB at 95, 300 MiB); multi-task ~4.5 %/h per task (BZ04 a 7
  KB at 129 over 3 tasks, 320 MiB); quick-followup ~4.5 %/h (BZ05 c 5 KB at
  98, 320 MiB); flag-flip ~4.5 %/h (BZ06 d 5 KB at 95, 300 MiB); slow-leak
  ~1.5 %/h (BZ07 b 10 lines at 71, 320 MiB); fixed-later ~5 %/h (BZ08 a 4
  KB at 78, 300 MiB); culprit-early ~5 %/h (BZ09 d 6 KB at 94, 320 MiB);
  frequent-deploys ~5 %/h (BZ11 b 18 lines at 94, 300 MiB).
  Not by the units: BZ03 c 75 KB at 178 req/s, 300 MiB, heap 160 MB, then
  768 MiB and heap 384 MB from #3 (BU10's load); BZ10 a 64 KB at 193 req/s,
  320 MiB, heap 160 MB (untried; BU03's 48 KB and BW03's 40 KB at 193 had
  their OOMs 61 and 76 min after the onset).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BZ12 step, orders 5 KB at 95
  with 60000 entries (as BU12 and BX14), 320 MiB; BZ13 LRU_MAX 600, 9000
  SKUs, quote 22 lines at 95 (as BU13 and BW13 with 400), 320 MiB; BZ14
  quote 20 lines at 95 with 400 SKUs (as BU14 and BW16), 300 MiB; BZ15
  report 450 KB held 430 ms at 100 req/s, 72 load threads (as BU15 and
  BW15), 320 MiB; BZ16 orders 5 KB at 95 (as BU16), 300 MiB.  Heap 160 MB
  everywhere but BZ03 after its raise.
  The "~N %/h" in the notes are these aims, not measurements (see the
  README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBY = runpy.run_path(os.path.join(_HERE, "scenarios76.py"))["SCENARIOS"]   # 11..1324 (BR 1213..1228, BT 1229..1244, BU 1245..1260, BV 1261..1276, BW 1277..1292, BX 1293..1308, BY 1309..1324)

_BZ01 = [40, 35, 45, 290, 40]
_BZ02 = [55, 50, 150]
_BZ03 = [45, 40, 75, 40, 30]
_BZ05 = [45, 50, 40, 12, 80, 40]
_BZ06 = [45, 40, 50, 120, 45]
_BZ07 = [50, 40, 105, 90, 35]
_BZ10 = [50, 45, 95, 40]
_BZ14 = [45, 285, 35]

BZ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="BZ01-c-long-interval-290-culprit-3-300", seed=77001, kind="c", culprit=3,
         intervals=list(_BZ01),
         start="2030-05-17T08:50:00Z", service="barchan-yardang-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/barchan-ventifact-listeners", "Tell open barchan yardang bookings when a ventifact frees"),
         note="culprit #3 at 10:50 after 40, 35 and 45 min healthy intervals, then one 290 min (4 h 50) interval "
              "(10:50-15:40) from the late morning through midday and the afternoon peak; ~3 %/h of 300 MiB at "
              "peak; #4 at 15:40 still leaks (40 min); epoch, ascending"),
    dict(name="BZ02-d-culprit-last-2-300", seed=77002, kind="d", culprit=2,
         intervals=list(_BZ02),
         start="2030-05-18T11:00:00Z", service="batholith-laccolith-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/batholith-lopolith-timers", "Confirm batholith laccolith bookings from delayed lopolith timers"),
         note="the culprit is the last deploy #2 at 12:45: one 150 min interval of evidence (to 15:15) after 55 "
              "and 50 min healthy ones; ~4.5 %/h of 300 MiB at peak"),
    dict(name="BZ03-c-limit-raise-768", seed=77003, kind="c", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 768, "heap_mb": 384},
         intervals=list(_BZ03),
         start="2030-05-19T11:15:00Z", service="bajada-inselberg-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bajada-playa-listeners", "Tell open bajada inselberg bookings when a playa frees"),
         limit_pr_title=("ops/bajada-inselberg-bookings-memory-768", "Give the bajada inselberg bookings task 768 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:40 (BU10's load, 75 KB bookings at 178 req/s, heap 160 MB) should OOM within "
              "the hour, within #2's 75 min; limit 300 -> 768 MiB (heap 384 MB) at #3 at 13:55, the percentages "
              "fall to 0.39 of the old scale and the leak goes on through #3 (40 min) and #4 (30 min); ascending"),
    dict(name="BZ04-a-three-tasks-culprit-2-320", seed=77004, kind="a", culprit=2, tasks=3, roll_gap=4,
         intervals=gen_intervals(77004, 4, lo=50, hi=65),
         start="2030-05-20T11:00:00Z", service="bacalhau-feijoada-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=129, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bacalhau-moqueca-history", "Keep bacalhau feijoada orders for the moqueca history"),
         note="3 tasks, rolling deploys 4 min apart per task; 4 deploys 55-65 min apart, culprit #2 at 13:06 (65, "
              "55 and 62 min leaking); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="BZ05-c-quick-followup-culprit-3-320", seed=77005, kind="c", culprit=3,
         intervals=list(_BZ05),
         start="2030-05-21T11:20:00Z", service="brigadeiro-quindim-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=98, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/brigadeiro-cocada-listeners", "Tell open brigadeiro quindim bookings when a cocada frees"),
         note="culprit #3 at 13:35 runs only 12 min before an unrelated follow-up #4 at 13:47 (which still leaks, "
              "80 min), then #5 at 15:07 (40 min); ~4.5 %/h of 320 MiB at peak; ascending"),
    dict(name="BZ06-d-flag-flip-300", seed=77006, kind="d", flag="boerewors_bobotie_sosatie_reminders",
         flag_at=sum(_BZ06[:3]) + 40, intervals=list(_BZ06),
         start="2030-05-22T11:25:00Z", service="boerewors-bobotie-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag boerewors_bobotie_sosatie_reminders on at 14:19:30, 40 min after #3 and 80 "
              "min before #4 (v4's interval 120 min), then one last interval of 45 min; a delayed reminder timer "
              "per booking kept (~4.5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="BZ07-b-slow-leak-culprit-2-320", seed=77007, kind="b", culprit=2,
         intervals=list(_BZ07),
         start="2030-05-23T11:50:00Z", service="benzoin-labdanum-quotes",
         profile="quote", params={"detail": 10, "skus": 400}, peak_rps=71, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/benzoin-opoponax-quote-memo", "Memoise benzoin labdanum quotes per opoponax and customer"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:20 after 50 and 40 min healthy intervals; "
              "105, 90 and 35 min leaking intervals (230 min after the culprit, to 17:10); good releases warm a "
              "per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BZ08-a-fixed-one-later-300", seed=77008, kind="a", culprit=3, fixed=4,
         intervals=gen_intervals(77008, 4, lo=45, hi=65),
         start="2030-05-24T10:40:00Z", service="barbacoa-cochinita-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=78, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/barbacoa-carnitas-history", "Keep barbacoa cochinita orders for the carnitas history"),
         fixed_pr_title=("fix/barbacoa-carnitas-history-written", "Stop keeping barbacoa cochinita orders once the carnitas history is written"),
         note="leak from #3 at 13:52 (55 min, ~5 %/h of 300 MiB at peak) after three healthy intervals of 64 min; "
              "fixed by the next deploy #4 at 14:47 (56 min of the fixed release, to 15:43); epoch"),
    dict(name="BZ09-d-culprit-first-after-40-320", seed=77009, kind="d", culprit=1,
         intervals=gen_intervals(77009, 3, {0: 40}, lo=35, hi=80),
         start="2030-05-25T12:00:00Z", service="bister-gamboge-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=94, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bister-umber-timers", "Confirm bister gamboge bookings from delayed umber timers"),
         note="culprit is the first deploy #1 at 12:40, after 40 min of v1; every later interval leaks (71-78 "
              "min, ~5 %/h of 320 MiB at peak)"),
    dict(name="BZ10-a-oom-fast-culprit-2-320", seed=77010, kind="a", culprit=2,
         intervals=list(_BZ10),
         start="2030-05-26T11:30:00Z", service="birria-pozole-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=193, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/birria-menudo-history", "Keep birria pozole orders for the menudo history"),
         note="leak from #2 at 13:05, 64 KB orders at 193 req/s (a load not recorded before; BU03's 48 KB had its "
              "OOM 61 min in): OOM within about an hour of the onset (heap 160 MB), in #2 (95 min); #3 (40 min) "
              "still leaking"),
    dict(name="BZ11-b-frequent-deploys-culprit-5-300", seed=77011, kind="b", culprit=5,
         intervals=gen_intervals(77011, 9, lo=15, hi=45),
         start="2030-05-27T12:00:00Z", service="bodoni-garamond-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bodoni-caslon-quote-memo", "Memoise bodoni garamond quotes per caslon and customer"),
         note="9 deploys 16-45 min apart from 12:00, culprit #5 at 14:09 (5 leaking intervals, 45, 16, 30, 20 and "
              "44 min, to 16:44; its own 45 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BZ12-step-orders-culprit-4-320", seed=77112, kind="step", culprit=4,
         intervals=gen_intervals(77012, 6, lo=35, hi=50),
         start="2030-05-28T11:30:00Z", service="bigos-pierogi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/bigos-kielbasa-table-at-boot", "Load the bigos kielbasa table at boot"),
         note="level shift at #4 of 6 (14:11), orders route; 6 deploys 36-49 min apart (49, 44 and 43 min after "
              "the step); no trend after; must not alarm; epoch"),
    dict(name="BZ13-e-lru-hourly-600-320", seed=77013, kind="e",
         intervals=gen_intervals(77013, 3, lo=55, hi=75),
         start="2030-05-29T09:40:00Z", service="berlingot-calisson-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "600"}, scan_by="TimestampAscending",
         note="bounded LRU (600 entries) refilling after each of 3 deploys 62-74 min apart (hourly), from 09:40 "
              "through the morning rise to 14:03; must not alarm; ascending"),
    dict(name="BZ14-none-long-interval-quote-300", seed=77014, kind="none",
         intervals=list(_BZ14),
         start="2030-05-30T13:45:00Z", service="bredie-potjie-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache); one 285 min (4 h 45) interval (14:30-19:15) from the "
              "afternoon peak into the evening between 45 and 35 min ones; must not alarm; epoch, ascending"),
    dict(name="BZ15-f-load-evening-to-midnight-320", seed=77015, kind="f", workers=72,
         intervals=gen_intervals(77015, 3, lo=55, hi=75),
         start="2030-05-31T20:20:00Z", service="briolette-cabochon-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load down from the evening (20:20) to midnight (00:20), across 3 "
              "deploys 58-59 min apart; must not alarm"),
    dict(name="BZ16-none-frequent-orders-300", seed=77116, kind="none",
         intervals=gen_intervals(77016, 11, lo=16, hi=30),
         start="2030-06-01T09:20:00Z", service="bargello-shibori-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 09:20 through the morning rise to 14:03; 11 deploys 16-29 min apart: each "
              "short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RBY + BZ_SCENARIOS
