"""memblame's tracelab scenarios, batch 81: CD01..CD16 (real memory traces with labels).

(Named CD: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-80 used AA..AZ, BA..BZ, CA, CB and CC.  No
case folder, scenario name or split entry on main or here starts with
"CD"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 81"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios81.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios81.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw81 CD01-... CD14-...

(The rarer regimes, as batches 74, 77 and 79 (batch 79 its template for the
mix).  tracelab has no time compression (a sample is always 0.25 s of
recording and one simulated minute), so the long interval is 265 min (CD01,
415 samples, the longest case) and the healthy long one 255 min (CD14,
330).  The 16 cases have 4 524 samples in all, kept short for a recording
budget of 1100 s.  Every case of 290 samples or more (CD01, CD02, CD06,
CD11, CD14) uses ts_format "wire" (epoch seconds), so that no metrics.json
comes near the 30 KB limit for an uncompressed file; the ISO 8601 cases
have 285 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios80.py (unchanged: scenarios79.py's
scenarios at 11..1372 (scenarios78.py's at 11..1356, CB at 1357..1372), CC
at 1373..1388) and lists the CD scenarios last (1389..1404), as
scenarios80.py runs scenarios79.py.  Seeds are 81001..81016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw81/check_numbers.py,
batch 80's adapted); the intervals stay the draws of the first seed,
gen_intervals(810NN, ...).
One seed was bumped, once: CD04 81104 (with 81004 its PRs 490331 and
490337 equal pipeline numbers of AL09); its intervals stay
gen_intervals(81004, ...); the other fifteen are the first tried.

The mix, the rarer regimes as batches 74, 77 and 79 (11 leaking, 5
healthy; every regime a single case, so 0 dev, 16 validation).  The kinds
are rotated away from all three where the regime allows it (batch 74:
long-interval a, culprit-last b, limit-raise a, three tasks c,
quick-followup d, flag flip c, slow d, fixed-later b, culprit-early c,
oom-fast d; batch 77: c, d, c, a, c, d, b, a, d, a; batch 79: d, c, d, d,
a, b, a, c, b, c; here b, a, c, b, b, a, c, d, a, d; frequent-deploys stays
a b).  Each regime but two had used three of the four kinds, so the fourth
is taken; limit-raise and oom-fast had used a, c and d, and no b load is
known to OOM within about an hour (AM08's and U36's b OOMed 91 and 103 min
after their onsets), so they take the earlier loads of a c (BU10's, as
BZ03 and CB10) and a d (BW10's, as AS12, AU12, BH09 and CB03), each away
from batch 79's kind of the regime (d and c):
  long-interval: b, culprit #3 at 11:10 after 35, 40 and 40 min, then one
    265 min (4 h 25) interval (11:10-15:35) from the late morning through
    the afternoon peak, then 35 min still leaking (~3 %/h) (CD01);
  culprit-last: a, the last deploy #5 at 13:50 after 35, 30, 40, 35 and 30
    min, 145 min of evidence (CD02);
  limit-raise: c with BU10's load (75 KB orders at 178 req/s, heap 160 MB,
    300 MiB; its OOM came 46 min after its onset, BZ03's 48, CB10's 46),
    culprit #2 at 12:20 (70 min), OOM within the hour, then the limit
    raised 300 -> 720 MiB (heap 160 -> 384 MB; batches 74, 77 and 79: 640,
    768 and 768 MiB) at #3 at 13:30 (35 min), #4 at 14:05 (30 min) (CD03);
  multi-task: b on 3 tasks with rolling deploys 6 min apart (batches 74, 77
    and 79: 3, 4 and 5), the culprit #2 of 3 at 13:41 (batches 74, 77 and
    79: #3 of 4, #2 of 4, #3 of 4), 400 SKUs (CD04; metrics-ci.jsonl,
    gzipped after recording as every earlier multi-task case);
  quick-followup: b, culprit #3 at 13:45, the unrelated #4 14 min later
    (80 min, still leaking), #5 at 15:19 (40 min), 400 SKUs (CD05);
  flag-flip: a behind a flag switched on at 13:29:30, 65 min into v3's 135
    min interval (batches 74, 77 and 79: in v2, v4, v4), no deploy to
    blame (CD06);
  slow-leak: c at ~1.5 %/h (3 KB orders at 56 req/s), culprit #2 of 3 at
    13:05 after 40 and 45 min, then 105 and 95 min leaking (CD07);
  fixed-later: d fixed two deploys later (the culprit #2 at 13:04, the fix
    #4 at 14:39 named in labels.json, then #5) (CD08);
  culprit-early: a, the culprit #1 at 13:15 after 40 min of v1 (CD09);
  oom-fast: d with BW10's load (64 KB at 180 req/s, 320 MiB, heap 160 MB;
    BW10's OOM 50 min after its onset, CB03's 53), culprit #3 at 13:10 in
    an 85 min interval (batches 74, 77 and 79: #2), then 35 min (CD10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 10
    deploys 21-44 min apart, the culprit #5 at 14:36 (own 34 min; #3, #4,
    #5 and #6 of the draw had an own interval of 25 min or more among
    #3..#8; batches 74, 77 and 79 took #6 of 8, #5 of 9 and #4 of 9, batch
    80 #3 of 8 and #4 of 9) (CD11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #3
    of 6 on (13:50), orders route (batches 74, 77 and 79: quote, orders,
    quote) (CD12);
  healthy-lru: a bounded LRU of 700 entries (batches 74, 77 and 79: 400,
    600 and 800; batches 78 and 80: 500, 1000, 600, 900) with 4 deploys
    45-57 min apart from 10:00 through midday (CD13);
  healthy-long: kind none on the quote route (400 SKUs), one 255 min
    interval 11:30-15:45 from midday through the afternoon peak between 40
    and 35 min ones (batches 74, 77 and 79: orders, quote from 14:30,
    orders in the morning) (CD14);
  healthy-load: kind f, reports in flight following the load from 11:00
    (0.76 of the peak) through the lunch bump to the afternoon peak (15:31,
    1.00) (batches 74, 77 and 79: the evening fall, the evening to
    midnight, the dawn rise) (CD15);
  healthy-frequent: kind none on the orders route (5 KB at 100 req/s), 11
    deploys 16-28 min apart from 14:40 into the evening (19:20) (CD16).

Loads by the units batch 80's README section gives for the next batch (the
rule over batches 78-80, "For the record": the mean over every case of
batches 78-80 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw81/units.py reproduces them, units.out):
  a 0.0179 over an hour or more (batch 80: 0.0172); a frequent 0.0215 not
    used;
  b 0.00297 frequent (0.00312), 0.00275 over an hour or more (0.00245);
  c 0.0112 over an hour or more (0.0106); c frequent 0.0079 not used;
  d 0.00938 over an hour or more (0.00919); d frequent 0.0106 not used.
The fixed-later, quick-followup and flag-flip cases use the units over an
hour or more, as every earlier one.  Each load rounded so the unit gives
the aim within 0.4 % (/work/tracelab-raw81/design.py, batch 80's adapted,
picked the pair of size and rate with the smallest error in the usual
ranges: a 4-7 KB at 40-100 req/s (CD06 7 KB, so the three a differ), b
15-22 lines at 80-119 (the long-interval b 12-22 lines; 240-357 over three
tasks), d 4-6 KB at 70-110, the slow c 3-4 KB at 40-110; design.out;
/work/tracelab-raw81/verify.py checked it).  Aims at peak traffic:
  long-interval ~3 %/h (CD01 b 16 lines at 80, 300 MiB); culprit-last
  ~4.5 (CD02 a 5 KB at 59, 300); multi-task ~4.5 per task (CD04 b 21
  lines at 274 over 3 tasks, 300); quick-followup ~4.5 (CD05 b 22 lines at
  93, 320); flag-flip ~4.5 (CD06 a 7 KB at 45, 320); slow-leak ~1.5 (CD07
  c 3 KB at 56, 320); fixed-later ~5 (CD08 d 6 KB at 104, 300);
  culprit-early ~4.5 (CD09 a 5 KB at 63, 320); frequent-deploys ~5 (CD11 b
  17 lines at 116, 300).  Not by the units: CD03 c 75 KB at 178, 300 MiB,
  heap 160 MB, then 720 MiB and heap 384 MB from #3 (BU10's load); CD10 d
  64 KB at 180, 320 MiB, heap 160 MB (BW10's load).  Every b is on the
  quote route with 400 SKUs (a bounded per-SKU cache in good releases).
  Healthy, earlier loads but CD16's: CD12 step, orders 5 KB at 95 with
  60000 entries (as CC14, BX14 and BZ12), 300 MiB; CD13 LRU_MAX 700, 9000
  SKUs, quote 22 lines at 95 (as CB13 and CC12), 320 MiB; CD14 quote 20
  lines at 95 with 400 SKUs (as CB16 and BZ14), 320 MiB; CD15 report 450
  KB held 430 ms at 100 req/s, 72 load threads (as CC15, CB15 and BZ15),
  320 MiB; CD16 orders 5 KB at 100 (new; CC16: 4 KB at 110), 300 MiB.
  Heap 160 MB everywhere but CD03 after its raise.  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCC = runpy.run_path(os.path.join(_HERE, "scenarios80.py"))["SCENARIOS"]   # 11..1388 (scenarios79.py's 11..1372, CC 1373..1388)

_CD01 = [35, 40, 40, 265, 35]
_CD02 = [35, 30, 40, 35, 30, 145]
_CD03 = [40, 40, 70, 35, 30]
_CD05 = [45, 40, 50, 14, 80, 40]
_CD06 = [45, 40, 135, 45, 40]
_CD07 = [40, 45, 105, 95]
_CD10 = [35, 40, 40, 85, 35]
_CD14 = [40, 255, 35]

CD_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CD01-b-long-interval-265-culprit-3-300", seed=81001, kind="b", culprit=3,
         intervals=list(_CD01),
         start="2030-07-20T09:15:00Z", service="dulse-wakame-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=80, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/dulse-kombu-quote-memo", "Memoise dulse wakame quotes per kombu and customer"),
         note="culprit #3 at 11:10 after 35, 40 and 40 min healthy intervals, then one 265 min (4 h 25) interval "
              "(11:10-15:35) from the late morning through the afternoon peak; ~3 %/h of 300 MiB at peak; #4 at "
              "15:35 still leaks (35 min); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="CD02-a-culprit-last-5-300", seed=81002, kind="a", culprit=5,
         intervals=list(_CD02),
         start="2030-07-21T11:00:00Z", service="havarti-raclette-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=59, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/havarti-gruyere-history", "Keep havarti raclette orders for the gruyere history"),
         note="the culprit is the last deploy #5 at 13:50: one 145 min interval of evidence (to 16:15) after 35, "
              "30, 40, 35 and 30 min healthy ones; ~4.5 %/h of 300 MiB at peak; epoch"),
    dict(name="CD03-c-limit-raise-720", seed=81003, kind="c", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 720, "heap_mb": 384},
         intervals=list(_CD03),
         start="2030-07-22T11:00:00Z", service="olivine-zircon-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/olivine-beryl-listeners", "Tell open olivine zircon bookings when a beryl frees"),
         limit_pr_title=("ops/olivine-zircon-bookings-memory-720", "Give the olivine zircon bookings task 720 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:20 (BU10's load, 75 KB bookings at 178 req/s, heap 160 MB) should OOM within "
              "the hour, within #2's 70 min; limit 300 -> 720 MiB (heap 384 MB) at #3 at 13:30, the percentages "
              "fall to 0.42 of the old scale and the leak goes on through #3 (35 min) and #4 (30 min); ascending"),
    dict(name="CD04-b-three-tasks-culprit-2-300", seed=81104, kind="b", culprit=2, tasks=3, roll_gap=6,
         intervals=gen_intervals(81004, 3, lo=55, hi=75),
         start="2030-07-23T11:40:00Z", service="hoopoe-oriole-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=274, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/hoopoe-tanager-quote-memo", "Memoise hoopoe oriole quotes per tanager and customer"),
         note="3 tasks, rolling deploys 6 min apart per task; 3 deploys 55-70 min apart, culprit #2 at 13:41 (70 "
              "and 55 min leaking, to 15:46); each task ~4.5 %/h of 300 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs); metrics-ci.jsonl"),
    dict(name="CD05-b-quick-followup-culprit-3-320", seed=81005, kind="b", culprit=3,
         intervals=list(_CD05),
         start="2030-07-24T11:30:00Z", service="manchego-emmental-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/manchego-cotija-quote-memo", "Memoise manchego emmental quotes per cotija and customer"),
         note="culprit #3 at 13:45 runs only 14 min before an unrelated follow-up #4 at 13:59 (which still leaks, "
              "80 min), then #5 at 15:19 (40 min); ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs)"),
    dict(name="CD06-a-flag-flip-320", seed=81006, kind="a", flag="kalimba_mbira_kanun_history",
         flag_at=sum(_CD06[:2]) + 65, intervals=list(_CD06),
         start="2030-07-25T11:00:00Z", service="kalimba-mbira-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=45, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag kalimba_mbira_kanun_history on at 13:29:30, 65 min after #2 and 70 min "
              "before #3 (v3's interval 135 min), then intervals of 45 and 40 min; orders kept for the history "
              "(~4.5 %/h of 320 MiB at peak) from then on; epoch, ascending"),
    dict(name="CD07-c-slow-leak-culprit-2-320", seed=81007, kind="c", culprit=2,
         intervals=list(_CD07),
         start="2030-07-26T11:40:00Z", service="focaccia-ciabatta-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=56, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/focaccia-injera-listeners", "Tell open focaccia ciabatta bookings when an injera frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:05 after 40 and 45 min healthy intervals; "
              "105 and 95 min leaking intervals (to 16:25)"),
    dict(name="CD08-d-fixed-two-later-300", seed=81008, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(81008, 5, lo=35, hi=55),
         start="2030-07-27T11:30:00Z", service="jadeite-kyanite-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=104, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/jadeite-staurolite-timers", "Confirm jadeite kyanite bookings from delayed staurolite timers"),
         fixed_pr_title=("fix/jadeite-staurolite-timers-cleared", "Confirm jadeite kyanite bookings at once, without staurolite timers"),
         note="leak from #2 at 13:04 (53 min, then #3 42 min still leaking; ~5 %/h of 300 MiB at peak) after 50 "
              "and 44 min healthy intervals; fixed two deploys later by #4 at 14:39 (37 min), then #5 (53 min, to "
              "16:09); ascending"),
    dict(name="CD09-a-culprit-first-after-40-320", seed=81009, kind="a", culprit=1,
         intervals=gen_intervals(81009, 3, {0: 40}, lo=40, hi=75),
         start="2030-07-28T12:35:00Z", service="grouper-tilapia-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=63, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/grouper-pompano-history", "Keep grouper tilapia orders for the pompano history"),
         note="culprit is the first deploy #1 at 13:15, after 40 min of v1; every later interval leaks (67, 67 "
              "and 45 min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="CD10-d-oom-fast-culprit-3-320", seed=81010, kind="d", culprit=3,
         intervals=list(_CD10),
         start="2030-07-29T11:15:00Z", service="tamarack-ginkgo-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tamarack-hackberry-timers", "Confirm tamarack ginkgo bookings from delayed hackberry timers"),
         note="leak from #3 at 13:10, 64 KB bookings at 180 req/s (BW10's load, its OOM 50 min in): OOM within "
              "about an hour of the onset (heap 160 MB), in #3 (85 min); #4 (35 min) still leaking; ascending"),
    dict(name="CD11-b-frequent-deploys-culprit-5-300", seed=81011, kind="b", culprit=5,
         intervals=gen_intervals(81011, 10, lo=15, hi=45),
         start="2030-07-30T11:50:00Z", service="drumlin-esker-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/drumlin-tombolo-quote-memo", "Memoise drumlin esker quotes per tombolo and customer"),
         note="10 deploys 21-44 min apart from 11:50, culprit #5 at 14:36 (6 leaking intervals, 34, 27, 21, 22, 38 "
              "and 21 min, to 17:19; its own 34 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="CD12-step-orders-culprit-3-300", seed=81012, kind="step", culprit=3,
         intervals=gen_intervals(81012, 6, lo=30, hi=45),
         start="2030-07-31T11:50:00Z", service="chambray-gingham-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/chambray-taffeta-table-at-boot", "Load the chambray taffeta table at boot"),
         note="level shift at #3 of 6 (13:50), orders route; 6 deploys 35-44 min apart (40, 43, 44 and 36 min "
              "after the step); no trend after; must not alarm"),
    dict(name="CD13-e-lru-midday-700-320", seed=81013, kind="e",
         intervals=gen_intervals(81013, 4, lo=45, hi=60),
         start="2030-08-01T10:00:00Z", service="dibbler-kowari-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "700"}, scan_by="TimestampAscending",
         note="bounded LRU (700 entries) refilling after each of 4 deploys 45-57 min apart, from 10:00 through "
              "midday to 14:08; must not alarm; ascending"),
    dict(name="CD14-none-long-interval-quote-320", seed=81014, kind="none",
         intervals=list(_CD14),
         start="2030-08-02T10:50:00Z", service="galangal-nigella-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, quote route (400 SKUs, no cache); one 255 min (4 h 15) interval (11:30-15:45) from midday "
              "through the afternoon peak between 40 and 35 min ones; must not alarm; epoch"),
    dict(name="CD15-f-load-lunch-to-peak-320", seed=81015, kind="f", workers=72,
         intervals=gen_intervals(81015, 3, lo=55, hi=75),
         start="2030-08-03T11:00:00Z", service="muslin-percale-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from 11:00 (0.76 of the peak) through the lunch bump to the "
              "afternoon peak (15:31), across 3 deploys 61-72 min apart; must not alarm"),
    dict(name="CD16-none-frequent-orders-300", seed=81016, kind="none",
         intervals=gen_intervals(81016, 11, lo=16, hi=30),
         start="2030-08-04T14:40:00Z", service="asafoetida-annatto-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 14:40 from the afternoon peak into the evening (19:20); 11 deploys 16-28 min "
              "apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCC + CD_SCENARIOS
