"""memblame's tracelab scenarios, batch 84: CG01..CG16 (real memory traces with labels).

(Named CG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-83 used AA..AZ, BA..BZ, CA, CB, CC, CD, CE
and CF.  No case folder, scenario name or split entry on main or here starts
with "CG"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 84"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios84.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios84.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw84 CG01-... CG16-...

(The rarer regimes of batch 81 (its template; batches 74, 77 and 79 of the
same kind).  tracelab has no time compression, so the long interval is 260
min (CG01, 375 samples, the longest case) and the healthy long one 260 min
(CG14, 340); the 16 cases have 4 424 samples in all, for a recording budget
of 1100 s.  Every case of 290 samples or more (CG01, CG02, CG11, CG14) uses
ts_format "wire" (epoch seconds), so that no metrics.json comes near the 30
KB limit for an uncompressed file; the ISO 8601 cases have 285 samples or
fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios83.py (unchanged: scenarios82.py's
scenarios at 11..1420, CF at 1421..1436) and lists the CG scenarios last
(1437..1452), as scenarios83.py runs scenarios82.py.  Seeds are
84001..84016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw84/check_numbers.py, batch 83's adapted); the intervals
stay the draws of the first seed, gen_intervals(840NN, ...).  No seed was
bumped: all sixteen are the first tried (check_numbers.py, 0 errors).

The mix, as batch 81 (the rarer regimes), the kinds rotated away from
batches 79 and 81 where the regime allows it (batch 79: long-interval d,
culprit-last c, limit-raise d, multi-task d, quick-followup a, flag-flip b,
slow a, fixed-later c, culprit-early b, oom-fast c; batch 81: b, a, c, b,
b, a, c, d, a, d; here a, b, a, c, d, c, d, b, c, a); limit-raise and
oom-fast take a, the kind left by batches 79 and 81 with a load known to
OOM within about an hour (no b load is), with earlier loads (BU03's and
BZ10's); the frequent-deploys case stays a b:
  long-interval: a, culprit #2 at 11:30 after 40 and 35 min, one 260 min
    interval to 15:50, then 40 min still leaking (CG01);
  culprit-last: b, the last deploy #4 at 13:50 with 150 min after it (CG02);
  limit-raise: a with BU03's load (48 KB orders at 193 req/s, 300 MiB, heap
    160 MB; BU03's OOM 64 min after its onset), culprit #2 at 12:30 (90
    min), then the limit raised 300 -> 640 MiB (heap 160 -> 320 MB) at #3 at
    14:00 (40 min), #4 at 14:40 (30 min) (CG03);
  multi-task: c on 3 tasks with rolling deploys 5 min apart (batches 74,
    77, 79 and 81: 3, 4, 5 and 6), the culprit #2 of 3 at 13:52 (CG04;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  quick-followup: d, culprit #3 at 13:40, the unrelated #4 12 min later (75
    min, still leaking), #5 at 15:07 (40 min) (CG05);
  flag-flip: c behind a flag switched on at 13:14:30, 60 min into v2's 130
    min interval (batches 74, 77, 79 and 81: in v2, v4, v4, v3), no deploy
    to blame (CG06);
  slow-leak: d at ~1.5 %/h (3 KB orders at 45 req/s, 256 MiB), culprit #2
    of 3 at 13:05 after 45 and 40 min, then 100 and 95 min leaking (CG07);
  fixed-later: b fixed two deploys later (the culprit #2 at 13:03, the fix
    #4 at 14:21 named in labels.json, then #5), 400 SKUs (CG08);
  culprit-early: c, the culprit #1 at 13:20 after 40 min of v1 (CG09);
  oom-fast: a with BZ10's load (64 KB at 193 req/s, 320 MiB, heap 160 MB;
    BZ10's OOM 46 min after its onset), culprit #2 at 13:05 in an 85 min
    interval, then 35 min (CG10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 9 deploys
    27-45 min apart, the culprit #4 at 13:50 (own 45 min; #3..#7 of the
    draw had an own interval of 25 min or more; batches 74, 77, 79 and 81
    took #6 of 8, #5 of 9, #4 of 9, #5 of 10) (CG11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #4
    of 6 on (13:58), quote route (batches 74, 77, 79 and 81: quote, orders,
    quote, orders) (CG12);
  healthy-lru: a bounded LRU of 650 entries (batches 74-83: 400, 500, 600,
    1000, 800, 600, 700, 900, 750, 800) with 4 deploys 49-56 min apart from
    13:00 through the afternoon peak (CG13);
  healthy-long: kind none on the orders route, one 260 min interval
    13:00-17:20 through the afternoon peak between 40 min ones (batches 74,
    77, 79 and 81: orders, quote, orders in the morning, quote) (CG14);
  healthy-load: kind f, reports in flight following the load from the
    afternoon peak (15:00) into the evening fall (19:19) (batches 74, 77,
    79, 81 and 83: the evening to night, the evening to midnight, the dawn
    rise, the lunch bump to the peak, the morning rise) (CG15);
  healthy-frequent: kind none on the quote route (20 lines at 95 req/s, 400
    SKUs), 11 deploys 16-30 min apart from 12:00 through the afternoon
    peak (CG16).

Split (Tests/Traces/split84.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`,
the others `validation`; every single case is `validation`.  Every regime
has a single case, so 0 dev, 16 validation.  11 leaking (a: CG01, CG03,
CG10; b: CG02, CG08, CG11; c: CG04, CG06, CG09; d: CG05, CG07; CG06 with
no culprit deploy; CG08 fixed two deploys later), 5 healthy (CG12 step,
CG13 e, CG14 and CG16 none, CG15 f).

Loads by the units batch 83's README section gives for the next batch (the
rule over batches 81-83, "For the record": the mean over every case of
batches 81-83 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw84/units.py reproduces them, units.out):
  a 0.0185 frequent (not used), 0.0195 over an hour or more;
  b 0.00313 frequent, 0.00251 over an hour or more;
  c 0.0175 frequent (not used), 0.0105 over an hour or more;
  d 0.0119 frequent (not used), 0.0111 over an hour or more.
The fixed-later, quick-followup and flag-flip cases use the units over an
hour or more, as every earlier one.  Each load rounded so the unit gives
the aim within 0.4 % (/work/tracelab-raw84/design.py, batch 81's adapted,
picked the pair of size and rate with the smallest error in the usual
ranges: a 4-7 KB at 40-100 req/s (the long-interval a at 30-100), b 15-22
lines at 80-119, c 5-9 KB at 75-120 (225-360 over three tasks), d 4-6 KB
at 70-110, the slow d 3-4 KB at 40-110 (at 256 MiB: at 300 and 320 MiB no
pair came within 0.4 %); design.out; /work/tracelab-raw84/verify.py
checked it).  Aims at peak traffic:
  long-interval ~3 %/h (CG01 a 4 KB at 48, 320 MiB); culprit-last ~4.5
  (CG02 b 20 lines at 105, 300); multi-task ~4.5 per task (CG04 c 6 KB at
  268 over 3 tasks, 320); quick-followup ~4.5 (CG05 d 5 KB at 95, 300);
  flag-flip ~4.5 (CG06 c 5 KB at 107, 320); slow-leak ~1.5 (CG07 d 3 KB at
  45, 256); fixed-later ~5 (CG08 b 22 lines at 113, 320); culprit-early
  ~4.5 (CG09 c 6 KB at 84, 300); frequent-deploys ~5 (CG11 b 18 lines at
  111, 320).  Not by the units: CG03 a 48 KB at 193, 300 MiB, heap 160 MB,
  then 640 MiB and heap 320 MB from #3 (BU03's load); CG10 a 64 KB at 193,
  320 MiB, heap 160 MB (BZ10's load).  Every b is on the quote route with
  400 SKUs (a bounded per-SKU cache in good releases).  Healthy, earlier
  loads: CG12 step, quote 20 lines at 95 with 400 SKUs and 60000 entries
  (as BW12), 300 MiB; CG13 LRU_MAX 650, 9000 SKUs, quote 22 lines at 95
  (as CD13), 320 MiB; CG14 orders 5 KB at 95 (as BW14), 320 MiB; CG15
  report 450 KB held 430 ms at 100 req/s, 72 load threads (as CF15 and
  CD15), 320 MiB; CG16 quote 20 lines at 95 with 400 SKUs (as CD14), 300
  MiB.  Heap 160 MB everywhere but CG03 after its raise.  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCF = runpy.run_path(os.path.join(_HERE, "scenarios83.py"))["SCENARIOS"]   # 11..1436 (scenarios82.py's 11..1420, CF 1421..1436)

_CG01 = [40, 35, 260, 40]
_CG02 = [40, 35, 35, 40, 150]
_CG03 = [40, 45, 90, 40, 30]
_CG05 = [45, 45, 50, 12, 75, 40]
_CG06 = [45, 130, 40, 45]
_CG07 = [45, 40, 100, 95]
_CG10 = [40, 40, 85, 35]
_CG14 = [40, 260, 40]

CG_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CG01-a-long-interval-260-culprit-2-320", seed=84001, kind="a", culprit=2,
         intervals=list(_CG01),
         start="2030-09-06T10:15:00Z", service="lapwing-plover-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=48, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/lapwing-curlew-history", "Keep lapwing plover orders for the curlew history"),
         note="culprit #2 at 11:30 after 40 and 35 min healthy intervals, then one 260 min (4 h 20) interval "
              "(11:30-15:50) from the late morning through the afternoon peak; ~3 %/h of 320 MiB at peak; #3 at "
              "15:50 still leaks (40 min); epoch"),
    dict(name="CG02-b-culprit-last-4-300", seed=84002, kind="b", culprit=4,
         intervals=list(_CG02),
         start="2030-09-07T11:20:00Z", service="gannet-fulmar-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/gannet-petrel-quote-memo", "Memoise gannet fulmar quotes per petrel and customer"),
         note="the culprit is the last deploy #4 at 13:50: one 150 min interval of evidence (to 16:20) after 40, "
              "35, 35 and 40 min healthy ones; ~4.5 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch, ascending"),
    dict(name="CG03-a-limit-raise-640", seed=84003, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 640, "heap_mb": 320},
         intervals=list(_CG03),
         start="2030-09-08T11:05:00Z", service="shearwater-razorbill-orders",
         profile="orders", params={"payload_kb": 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/shearwater-guillemot-history", "Keep shearwater razorbill orders for the guillemot history"),
         limit_pr_title=("ops/shearwater-razorbill-orders-memory-640", "Give the shearwater razorbill orders task 640 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:30 (BU03's load, 48 KB orders at 193 req/s, heap 160 MB; its OOM 64 min in) "
              "should OOM about an hour in, within #2's 90 min; limit 300 -> 640 MiB (heap 320 MB) at #3 at 14:00, "
              "the percentages fall to 0.47 of the old scale and the leak goes on through #3 (40 min) and #4 (30 min)"),
    dict(name="CG04-c-three-tasks-culprit-2-320", seed=84004, kind="c", culprit=2, tasks=3, roll_gap=5,
         intervals=gen_intervals(84004, 3, lo=55, hi=75),
         start="2030-09-09T11:35:00Z", service="kittiwake-nightjar-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=268, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/kittiwake-wryneck-listeners", "Tell open kittiwake nightjar bookings when a wryneck frees"),
         note="3 tasks, rolling deploys 5 min apart per task; 3 deploys 68-72 min apart, culprit #2 at 13:52 (72 "
              "and 68 min leaking, to 16:12); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="CG05-d-quick-followup-culprit-3-300", seed=84005, kind="d", culprit=3,
         intervals=list(_CG05),
         start="2030-09-10T11:20:00Z", service="redstart-wheatear-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/redstart-dipper-timers", "Confirm redstart wheatear bookings from delayed dipper timers"),
         note="culprit #3 at 13:40 runs only 12 min before an unrelated follow-up #4 at 13:52 (which still leaks, "
              "75 min), then #5 at 15:07 (40 min); ~4.5 %/h of 300 MiB at peak; ascending"),
    dict(name="CG06-c-flag-flip-320", seed=84006, kind="c", flag="treecreeper_nuthatch_crossbill_alerts",
         flag_at=sum(_CG06[:1]) + 60, intervals=list(_CG06),
         start="2030-09-11T11:30:00Z", service="treecreeper-nuthatch-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=107, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag treecreeper_nuthatch_crossbill_alerts on at 13:14:30, 60 min after #1 and "
              "70 min before #2 (v2's interval 130 min), then intervals of 40 and 45 min; open bookings told of "
              "crossbill alerts (~4.5 %/h of 320 MiB at peak) from then on"),
    dict(name="CG07-d-slow-leak-culprit-2-256", seed=84007, kind="d", culprit=2,
         intervals=list(_CG07),
         start="2030-09-12T11:40:00Z", service="hawfinch-yellowhammer-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=45, heap_mb=160, limit_mib=256,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/hawfinch-ortolan-timers", "Confirm hawfinch yellowhammer bookings from delayed ortolan timers"),
         note="slow leak (~1.5 %/h of 256 MiB at peak) from #2 at 13:05 after 45 and 40 min healthy intervals; "
              "100 and 95 min leaking intervals (to 16:20); ascending"),
    dict(name="CG08-b-fixed-two-later-320", seed=84008, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(84008, 5, lo=35, hi=55),
         start="2030-09-13T11:35:00Z", service="grosbeak-waxwing-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/grosbeak-rosefinch-quote-memo", "Memoise grosbeak waxwing quotes per rosefinch and customer"),
         fixed_pr_title=("fix/grosbeak-rosefinch-quote-memo-bounded", "Bound the grosbeak waxwing quote memo to the rosefinch SKUs"),
         note="leak from #2 at 13:03 (37 min, then #3 41 min still leaking; ~5 %/h of 320 MiB at peak) after 43 "
              "and 45 min healthy intervals; fixed two deploys later by #4 at 14:21 (54 min), then #5 (48 min, to "
              "16:03); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CG09-c-culprit-first-after-40-300", seed=84009, kind="c", culprit=1,
         intervals=gen_intervals(84009, 3, {0: 40}, lo=40, hi=75),
         start="2030-09-14T12:40:00Z", service="nutcracker-magpie-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=84, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/nutcracker-chough-listeners", "Tell open nutcracker magpie bookings when a chough frees"),
         note="culprit is the first deploy #1 at 13:20, after 40 min of v1; every later interval leaks (59, 72 "
              "and 64 min, ~4.5 %/h of 300 MiB at peak); ascending"),
    dict(name="CG10-a-oom-fast-culprit-2-320", seed=84010, kind="a", culprit=2,
         intervals=list(_CG10),
         start="2030-09-15T11:45:00Z", service="tsavorite-spessartine-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=193, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/tsavorite-almandine-history", "Keep tsavorite spessartine orders for the almandine history"),
         note="leak from #2 at 13:05, 64 KB orders at 193 req/s (BZ10's load, its OOM 46 min in): OOM within "
              "about an hour of the onset (heap 160 MB), in #2 (85 min); #3 (35 min) still leaking"),
    dict(name="CG11-b-frequent-deploys-culprit-4-320", seed=84011, kind="b", culprit=4,
         intervals=gen_intervals(84011, 9, lo=15, hi=45),
         start="2030-09-16T12:00:00Z", service="uvarovite-andradite-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/uvarovite-grossular-quote-memo", "Memoise uvarovite andradite quotes per grossular and customer"),
         note="9 deploys 27-45 min apart from 12:00, culprit #4 at 13:50 (6 leaking intervals, 45, 41, 36, 39, 28 "
              "and 31 min, to 17:30; its own 45 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="CG12-step-quote-culprit-4-300", seed=84012, kind="step", culprit=4,
         intervals=gen_intervals(84012, 6, lo=30, hi=45),
         start="2030-09-17T11:30:00Z", service="tanzanite-iolite-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/tanzanite-kunzite-table-at-boot", "Load the tanzanite kunzite table at boot"),
         note="level shift at #4 of 6 (13:58), quote route (400 SKUs); 6 deploys 30-43 min apart (43, 35 and 39 "
              "min after the step); no trend after; must not alarm; ascending"),
    dict(name="CG13-e-lru-afternoon-650-320", seed=84013, kind="e",
         intervals=gen_intervals(84013, 4, lo=45, hi=60),
         start="2030-09-18T13:00:00Z", service="morganite-heliodor-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "650"},
         note="bounded LRU (650 entries) refilling after each of 4 deploys 49-56 min apart, from 13:00 through "
              "the afternoon peak to 17:22; must not alarm"),
    dict(name="CG14-none-long-interval-orders-320", seed=84014, kind="none",
         intervals=list(_CG14),
         start="2030-09-19T12:20:00Z", service="sodalite-lazurite-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route; one 260 min (4 h 20) interval (13:00-17:20) through the afternoon peak "
              "between 40 min ones; must not alarm; epoch, ascending"),
    dict(name="CG15-f-load-peak-to-evening-320", seed=84015, kind="f", workers=72,
         intervals=gen_intervals(84015, 3, lo=55, hi=75),
         start="2030-09-20T15:00:00Z", service="nepheline-leucite-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from the afternoon peak (15:00) into the evening fall (19:19), "
              "across 3 deploys 56-75 min apart; must not alarm; ascending"),
    dict(name="CG16-none-frequent-quote-300", seed=84016, kind="none",
         intervals=gen_intervals(84016, 11, lo=16, hi=30),
         start="2030-09-21T12:00:00Z", service="epidote-zoisite-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route (400 SKUs, no cache), 12:00 through the afternoon peak (16:21); 11 deploys "
              "16-30 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCF + CG_SCENARIOS
