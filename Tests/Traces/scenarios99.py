"""memblame's tracelab scenarios, batch 99: CV01..CV16 (real memory traces with labels).

(Named CV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-98 used AA..AZ, BA..BZ and CA..CU.  No case
folder, scenario name or split entry on main or any other branch starts
with "CV"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 99"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios99.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios99.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw99 CV01-... CV16-...

The rarer regimes, as batches 90, 93 and 96 (batch 96 its template), one
case each.  The kinds are rotated away from batches 93 and 96 in every
regime, as batch 96 rotated them away from batches 90 and 93 (batch 93:
long-interval b, culprit-last a, limit-raise a, multi-task b,
quick-followup b, flag flip a, slow c, fixed-later d, culprit-early a,
oom-fast a; batch 96: a, b, d, c, d, c, d, b, c, c; here c, d, c, a, c,
d, b, a, d, d): of the two kinds each regime leaves, the one batch 90 did
not use (batch 90: d, c, c, d, a, b, a, c, b, d), but where a load known
to OOM decided: limit-raise and oom-fast each leave b and one other kind
(limit-raise b or c, oom-fast b or d), no b load is known to OOM within
about an hour, so limit-raise takes c with BU10's load (75 KB x 178 req/s,
as CB10, CJ10, CM03 and CS10) and oom-fast d with BW10's load (64 KB x 180
req/s, as CB03, CJ03, CM10 and CS03): batch 90's kinds of these two
regimes, the only choices there that avoid batches 93 and 96.  The
frequent-deploys case stays a b.  Leaking kinds a 2, b 2, c 3, d 4.

The 16 cases have 4 119 samples in all, for a recording budget of 1100 s;
the longest, CV01, 355.  Every case of 285 samples or more (CV01, CV07,
CV09, CV14) uses ts_format "wire" (epoch seconds); the ISO 8601 cases have
284 samples or fewer.  TimestampAscending for CV02, CV04, CV06, CV08,
CV10, CV12, CV14 and CV16 (batch 96: the odd-numbered CS).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios98.py (unchanged: scenarios97.py's
scenarios at 11..1660, CU at 1661..1676) and lists the CV scenarios last
(1677..1692), as scenarios98.py runs scenarios97.py.  Seeds are
99001..99016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw99/check_numbers.py, batch 98's adapted); the intervals
stay the draws of the first seed, gen_intervals(990NN, ...).  Dates follow
CU's: 2031-05-04 (CV01) to 2031-05-19 (CV16).

The mix (/work/tracelab-raw99/design.py, design.out, design_draws.out):
  long-interval: CV01 c at ~3 %/h, culprit #2 of 3 at 12:50 after 40 and
    45 min, then one 240 min (4 h) interval to 16:50, then 30 min still
    leaking (batch 96: a #3 of 4 at 12:35, 245 min);
  culprit-last: CV02 d, the last deploy #2 of 2 at 13:50 with 150 min
    after it (batch 96: b #3 of 3 at 14:05, 140 min);
  limit-raise: CV03 c with BU10's load, culprit #2 at 13:00 (85 min
    interval, should OOM within the hour), limit 300 -> 660 MiB (heap 160
    -> 352 MB; batches 74-96: 640, 768, 768, 720, 640, 704, 672, 736, 688)
    at #3 at 14:25, then #4 at 15:05 (batch 96: d #3, raise at #4, 320);
  multi-task: CV04 a on three tasks with rolling deploys 9 min apart
    (batches 74-96: 3, 4, 5, 6, 5, 4, 7, 8, 10), culprit #2 of 3 at 13:21;
  quick-followup: CV05 c, culprit #2 at 13:15 followed 8 min later by an
    unrelated #3 (batches 74-96: 15, 12, 10, 14, 12, 13, 11, 9, 7 min);
  flag-flip: CV06 d behind liskeard_redruth_yawl_reminders, on at 14:09:30,
    85 min into v2's 130 min interval, the series' second (batch 96: 80
    into v3's 125; batches 74-95: 40-75 min in, CU09 90 into v2's 140);
  slow-leak: CV07 b at ~1.5 %/h, #3 of 4 at 13:05, 95 and 90 min (batch
    96: d #2 of 3 at 12:45);
  fixed-later: CV08 a, the culprit #2 at 13:18, #3 still leaking, the fix
    #4 at 15:02 named in labels.json (batch 96: b #3 fixed by #5);
  culprit-early: CV09 d, the culprit #1 after 55 min of v1 (batch 96: 40,
    batch 93: 30);
  oom-fast: CV10 d, BW10's load, culprit #2 of 3 at 12:58 (90 min
    interval; batch 96: c #2 of 4 at 13:10);
  frequent-deploys: CV11 b, 8 deploys 16-41 min apart, the culprit #7 at
    13:56 (own 41 min; of #3..#8 of the draw, #3, #7 and #8 had an own
    interval of 25 min or more; batch 96: #5 of 9, batch 93: #4 of 8), 19
    lines, 400 SKUs;
  healthy: CV12 a step at #3 of 5 (13:17) on the orders route (60000
    entries at boot; batch 96: quote at #5 of 6), CV13 a bounded LRU of
    1200 entries (no scenario used it before) with 4 deploys 41-51 min
    apart from 09:30 up the morning rise (batch 96: 1125 from 12:20), CV14
    kind none on the quote route with one 225 min interval 13:00-16:45
    (batch 96: orders, 11:15-15:10), CV15 kind f from 21:30 down the night
    fall to 02:14 (0.69 -> 0.32 of the peak; batch 96: 17:20-21:55),
    CV16 kind none on the orders route with 11 deploys 15-28 min apart
    from 13:30 (batch 96: quote from 09:40).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
96's case by case (CV01 300, CV02 320, CV03 300, CV04 320, CV05 300, CV06
300, CV07 300, CV08 300, CV09 300, CV10 320, CV11 300, CV12 300, CV13 320,
CV14 300, CV15 320, CV16 300).

Split (split99.json, written by /work/tracelab-raw99/make_split.py before
recording): as batches 34-96, in each regime group of n >= 2 the
first-numbered case is dev, the others validation; single cases
validation.  Every regime has a single case, so 0 dev, 16 validation.  11
leaking (a: CV04, CV08; b: CV07, CV11; c: CV01, CV03, CV05; d: CV02,
CV06, CV09, CV10; CV06 with no culprit deploy; CV08 fixed two deploys
later), 5 healthy (CV12 step, CV13 e, CV14 and CV16 none, CV15 f).

Loads by the units over batches 96-98 (batch 98's section, "units for the
next batch"; %/h per unit of load at peak traffic at 256 MiB; multiply by
256 / limit for another limit; per task divide the load by the number of
tasks) (/work/tracelab-raw99/units.py, units.out):
  a 0.0246 frequent (not used), 0.0220 over an hour or more;
  b 0.00309 frequent, 0.00274 over an hour or more;
  c 0.0125 frequent (not used), 0.00844 over an hour or more;
  d 0.0185 frequent (not used), 0.0105 over an hour or more.
Each load rounded so the unit gives the aim within 0.4 % (design.out).
Aims at peak traffic as batch 96:
  long-interval ~3 %/h (CV01 c 5 KB at 83, 300 MiB); culprit-last ~4.5
  (CV02 d 5 KB at 107, 320); multi-task ~4.5 per task (CV04 a 4 KB at 192
  over 3 tasks, 320); quick-followup ~4.5 (CV05 c 6 KB at 104, 300);
  flag-flip ~4.5 (CV06 d 6 KB at 84, 300); slow-leak ~1.5 (CV07 b 6 lines
  at 107, 300); fixed-later ~5 (CV08 a 7 KB at 38, 300); culprit-early
  ~4.5 (CV09 d 6 KB at 84, 300); frequent-deploys ~5 (CV11 b 19 lines at
  100, 300).  Not by the units: CV03 c 75 KB at 178, 300 MiB, heap 160 MB,
  then 660 MiB and heap 352 MB from #3 (BU10's load); CV10 d 64 KB at 180,
  320 MiB, heap 160 MB (BW10's load).  Healthy: CV12 step, orders 5 KB at
  95 with 60000 entries, 300 MiB; CV13 LRU_MAX 1200, 9000 SKUs, quote 22
  lines at 95, 320 MiB; CV14 quote 20 lines at 95 with 400 SKUs, 300 MiB;
  CV15 report 500 KB held 400 ms at 100 req/s, 72 load threads, 320 MiB;
  CV16 orders 5 KB at 90, 300 MiB.  Heap 160 MB everywhere but CV03 after
  its raise.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCU = runpy.run_path(os.path.join(_HERE, "scenarios98.py"))["SCENARIOS"]   # 11..1676 (scenarios97.py's 11..1660, CU 1661..1676)

_CV01 = [40, 45, 240, 30]           # long interval c: culprit #2 at 12:50, 240 min (4 h) to 16:50, then 30 min
_CV02 = [50, 45, 150]               # culprit-last d: #2 of 2 at 13:50, 150 min of evidence
_CV03 = [45, 40, 85, 40, 35]        # limit raise c (BU10's load): culprit #2 at 13:00, raise at #3 at 14:25
_CV05 = [50, 45, 8, 80, 40]         # quick follow-up c: culprit #2 at 13:15, the unrelated #3 8 min later
_CV06 = [50, 130, 40]               # flag flip d: on 85 min into v2's 130 min interval (the series' second)
_CV07 = [35, 35, 35, 95, 90]        # slow b: culprit #3 at 13:05, 95 and 90 min leaking
_CV10 = [40, 45, 90, 35]            # oom-fast d (BW10's load): culprit #2 at 12:58 in a 90 min interval
_CV14 = [45, 225, 40]               # healthy long, quote: one 225 min interval 13:00-16:45

CV_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CV01-c-long-interval-240-culprit-2-300", seed=99001, kind="c", culprit=2,
         intervals=list(_CV01),
         start="2031-05-04T11:25:00Z", service="padstow-bodmin-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/padstow-transom-listeners", "Tell open padstow bodmin bookings when a transom frees"),
         note="culprit #2 at 12:50 after 40 and 45 min healthy intervals, then one 240 min (4 h) interval "
              "(12:50-16:50) from the lunch bump through the peak into the late afternoon; ~3 %/h of 300 MiB at "
              "peak; #3 at 16:50 still leaks (30 min); epoch"),
    dict(name="CV02-d-culprit-last-2-320", seed=99002, kind="d", culprit=2,
         intervals=list(_CV02),
         start="2031-05-05T12:15:00Z", service="truro-falmouth-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=107, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/truro-keelson-timers", "Confirm truro falmouth bookings from delayed keelson timers"),
         note="the culprit is the last deploy #2 at 13:50: one 150 min interval of evidence (to 16:20) after 50 "
              "and 45 min healthy ones; ~4.5 %/h of 320 MiB at peak; ascending"),
    dict(name="CV03-c-limit-raise-660", seed=99003, kind="c", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 660, "heap_mb": 352},
         intervals=list(_CV03),
         start="2031-05-06T11:35:00Z", service="penzance-newquay-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/penzance-scupper-listeners", "Tell open penzance newquay bookings when a scupper frees"),
         limit_pr_title=("ops/penzance-newquay-bookings-memory-660", "Give the penzance newquay bookings task 660 MiB of memory after OOM restarts"),
         note="leak from #2 at 13:00 (BU10's load, 75 KB bookings at 178 req/s, heap 160 MB; CJ10's OOM 46 min in, "
              "CM03's 47, CS10's 46) should OOM within the hour, within #2's 85 min; limit 300 -> 660 MiB (heap "
              "352 MB) at #3 at 14:25, the percentages fall to 0.45 of the old scale and the leak goes on through "
              "#3 (40 min) and #4 (35 min)"),
    dict(name="CV04-a-three-tasks-culprit-2-320", seed=99004, kind="a", culprit=2, tasks=3, roll_gap=9,
         intervals=gen_intervals(99004, 3, lo=45, hi=60),
         start="2031-05-07T11:30:00Z", service="fowey-looe-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=192, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/fowey-rowlock-history", "Keep fowey looe orders for the rowlock history"),
         note="3 tasks, rolling deploys 9 min apart per task; 3 deploys 49-57 min apart, culprit #2 at 13:21 (51 "
              "and 49 min leaking, to 15:01); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="CV05-c-quick-followup-culprit-2-300", seed=99005, kind="c", culprit=2,
         intervals=list(_CV05),
         start="2031-05-08T11:40:00Z", service="bude-launceston-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=104, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bude-ketch-listeners", "Tell open bude launceston bookings when a ketch frees"),
         note="culprit #2 at 13:15 runs only 8 min before an unrelated follow-up #3 at 13:23 (which still leaks, "
              "80 min), then #4 at 14:43 (40 min, to 15:23); ~4.5 %/h of 300 MiB at peak"),
    dict(name="CV06-d-flag-flip-300", seed=99006, kind="d", flag="liskeard_redruth_yawl_reminders",
         flag_at=sum(_CV06[:1]) + 85, intervals=list(_CV06),
         start="2031-05-09T11:55:00Z", service="liskeard-redruth-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=84, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag liskeard_redruth_yawl_reminders on at 14:09:30, 85 min after #1 and 45 min "
              "before #2 (v2's interval 130 min, the series' second), then #2 (40 min, to 15:35); bookings "
              "confirmed from delayed yawl reminders (~4.5 %/h of 300 MiB at peak) from then on; ascending"),
    dict(name="CV07-b-slow-leak-culprit-3-300", seed=99007, kind="b", culprit=3,
         intervals=list(_CV07),
         start="2031-05-10T11:20:00Z", service="camborne-helston-quotes",
         profile="quote", params={"detail": 6, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/camborne-sloop-quote-memo", "Memoise camborne helston quotes per sloop and customer"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #3 at 13:05 after 35, 35 and 35 min healthy intervals; "
              "95 and 90 min leaking intervals (to 16:10); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CV08-a-fixed-two-later-300", seed=99008, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(99008, 4, lo=40, hi=60),
         start="2031-05-11T11:55:00Z", service="hayle-marazion-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=38, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/hayle-coracle-history", "Keep hayle marazion orders for the coracle history"),
         fixed_pr_title=("fix/hayle-coracle-history-trimmed", "Trim the hayle marazion coracle history"),
         note="leak from #2 at 13:18 (54 min, then #3 50 min still leaking; ~5 %/h of 300 MiB at peak) after 42 "
              "and 41 min healthy intervals; fixed two deploys later by #4 at 15:02, then 53 min (to 15:55); "
              "ascending"),
    dict(name="CV09-d-culprit-first-after-55-300", seed=99009, kind="d", culprit=1,
         intervals=gen_intervals(99009, 4, {0: 55}, lo=30, hi=70),
         start="2031-05-12T12:25:00Z", service="mevagissey-polperro-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=84, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/mevagissey-pinnace-timers", "Confirm mevagissey polperro bookings from delayed pinnace timers"),
         note="culprit is the first deploy #1 at 13:20, after 55 min of v1; every later interval leaks (54, 40, 70 "
              "and 70 min, to 17:14; ~4.5 %/h of 300 MiB at peak); epoch"),
    dict(name="CV10-d-oom-fast-culprit-2-320", seed=99010, kind="d", culprit=2,
         intervals=list(_CV10),
         start="2031-05-13T11:33:00Z", service="tintagel-boscastle-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tintagel-dhow-timers", "Confirm tintagel boscastle bookings from delayed dhow timers"),
         note="leak from #2 at 12:58, 64 KB bookings at 180 req/s (BW10's load; CJ03's OOM 46 min in, CM10's 53, "
              "CS03's 54): OOM within about an hour of the onset (heap 160 MB), in #2 (90 min); #3 (35 min) still "
              "leaking; ascending"),
    dict(name="CV11-b-frequent-deploys-culprit-7-300", seed=99011, kind="b", culprit=7,
         intervals=gen_intervals(99011, 8, lo=15, hi=45),
         start="2031-05-14T11:00:00Z", service="lostwithiel-saltash-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/lostwithiel-sampan-quote-memo", "Memoise lostwithiel saltash quotes per sampan and customer"),
         note="8 deploys 16-41 min apart from 11:00, culprit #7 at 13:56 (2 leaking intervals, 41 and 38 min, to "
              "15:15; its own 41 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== healthy singles (all validation)
    dict(name="CV12-step-orders-culprit-3-300", seed=99012, kind="step", culprit=3,
         intervals=gen_intervals(99012, 5, lo=30, hi=50),
         start="2031-05-15T11:05:00Z", service="callington-penryn-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/callington-wherry-table-at-boot", "Load the callington wherry table at boot"),
         note="level shift at #3 of 5 (13:17), orders route; 5 deploys 30-50 min apart (45, 30 and 39 min after "
              "the step, to 15:11); no trend after; must not alarm; ascending"),
    dict(name="CV13-e-lru-morning-1200-320", seed=99013, kind="e",
         intervals=gen_intervals(99013, 4, lo=40, hi=55),
         start="2031-05-16T09:30:00Z", service="perranporth-wadebridge-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1200"},
         note="bounded LRU (1200 entries) refilling after each of 4 deploys 41-51 min apart, from 09:30 up the "
              "morning rise to 13:23; must not alarm"),
    dict(name="CV14-none-long-interval-quote-300", seed=99014, kind="none",
         intervals=list(_CV14),
         start="2031-05-17T12:15:00Z", service="torpoint-porthleven-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache); one 225 min (3 h 45) interval (13:00-16:45) through the "
              "afternoon peak between 45 and 40 min ones; must not alarm; epoch, ascending"),
    dict(name="CV15-f-load-night-fall-320", seed=99015, kind="f", workers=72,
         intervals=gen_intervals(99015, 3, lo=60, hi=80),
         start="2031-05-18T21:30:00Z", service="mousehole-zennor-reports",
         profile="report", params={"kb": 500, "ms": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from the evening (21:30, 0.69 of the peak) down the night fall "
              "to 02:14 (0.32), across 3 deploys 70-79 min apart; must not alarm"),
    dict(name="CV16-none-frequent-orders-300", seed=99016, kind="none",
         intervals=gen_intervals(99016, 11, lo=15, hi=28),
         start="2031-05-19T13:30:00Z", service="coverack-portscatho-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 13:30 through the afternoon peak to 17:53; 11 deploys 15-28 min apart: each "
              "short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCU + CV_SCENARIOS
