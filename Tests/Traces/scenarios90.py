"""memblame's tracelab scenarios, batch 90: CM01..CM16 (real memory traces with labels).

(Named CM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-89 used AA..AZ, BA..BZ and CA..CL.  No case
folder, scenario name or split entry on main or here starts with "CM";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 90"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios90.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios90.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw90 CM01-... CM16-...

(The rarer regimes of batch 87 (its template; batches 74, 77, 79, 81 and 84
of the same kind).  tracelab has no time compression, so the long interval
is 255 min (CM01, 390 samples, the longest case) and the healthy long one
245 min (CM14, 315); the 16 cases have 4 299 samples in all, for a
recording budget of 1100 s.  Every case of 290 samples or more (CM01, CM02,
CM11, CM14) uses ts_format "wire" (epoch seconds), so that no metrics.json
comes near the 30 KB limit for an uncompressed file; the ISO 8601 cases
have 284 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios89.py (unchanged: scenarios88.py's
scenarios at 11..1516 (scenarios87.py's at 11..1500, CK at 1501..1516), CL
at 1517..1532) and lists the CM scenarios last (1533..1548), as
scenarios89.py runs scenarios88.py.  Seeds are 90001..90016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw90/check_numbers.py,
batch 89's adapted); the intervals stay the draws of the first seed,
gen_intervals(900NN, ...).  No seed was bumped: the sixteen are the first
tried.  CM PRs 539665-544894 (CL ends at 539305), pipelines
1078346-1088750 (1077564), 7 digits.

The mix, as batch 87 (the rarer regimes), the kinds rotated away from
batches 84 and 87 in every regime (batch 84: long-interval a, culprit-last
b, limit-raise a, multi-task c, quick-followup d, flag-flip c, slow d,
fixed-later b, culprit-early c, oom-fast a; batch 87: c, d, d, a, c, d, b,
a, d, c; here d, c, c, d, a, b, a, c, b, d): of the two kinds each regime
leaves, the one batch 81 did not use either (batch 81: b, a, c, b, b, a, c,
d, a, d), as batch 87's choices all avoided batch 79's, but where a load
known to OOM decided: limit-raise and oom-fast leave b and one other kind
(c and d), and no b load is known to OOM within about an hour, so they take
the other, a c with BU10's load (as CD03, CB10 and CJ10) and a d with
BW10's load (as CD10, CB03 and CJ03), batch 81's kinds of these regimes;
the frequent-deploys case stays a b.  Leaking kinds a 2, b 3, c 3, d 3
(batch 87: a 2, b 2, c 3, d 4):
  long-interval: d at ~3 %/h, culprit #3 of 4 at 13:20 after 35, 30 and 40
    min, one 255 min interval from the early afternoon through the peak
    into the early evening (to 17:35), then 30 min still leaking (batches
    74-87: the culprit #2, #3, #2, #3, #2, #2, from 10:25-12:30) (CM01);
  culprit-last: c, the last deploy #4 of 4 at 15:10 with 130 min after it
    (CM02);
  limit-raise: c with BU10's load (75 KB bookings at 178 req/s, 300 MiB,
    heap 160 MB; CD03's OOM 45 min after its onset, CB10's 46, CJ10's 45),
    culprit #3 at 12:50 (80 min; batches 74-87 #3, #2, #2, #2, #2, #2), then
    the limit raised 300 -> 672 MiB (heap 160 -> 360 MB; batches 74-87:
    640, 768, 768, 720, 640, 704) at #4 at 14:10 (35 min), #5 at 14:45 (30
    min) (CM03);
  multi-task: d on 3 tasks with rolling deploys 7 min apart (batches 74,
    77, 79, 81, 84 and 87: 3, 4, 5, 6, 5 and 4), the culprit #3 of 4 at
    14:02 (CM04; metrics-ci.jsonl, gzipped after recording as every earlier
    multi-task case);
  quick-followup: a, culprit #2 at 13:20, the unrelated #3 11 min later (85
    min, still leaking; batches 74-87: 15, 12, 10, 14, 12 and 13 min), #4 at
    14:56 (40 min) (CM05);
  flag-flip: b (400 SKUs) behind a flag switched on at 13:29:30, 45 min
    into v2's 125 min interval, the series' second (batches 74-89: 55 min
    into v2, 40 into v4, 55 into v4, 65 into v3, 60 into v2, 65 into v3, 50
    into v3, 60 into v4), no deploy to blame (CM06);
  slow-leak: a at ~1.5 %/h (2 KB at 40 req/s), culprit #2 of 3 at 13:15
    after 45 and 40 min, then 100 and 95 min leaking (CM07);
  fixed-later: c fixed two deploys later (the culprit #3 at 13:30, #4 still
    leaking, the fix #5 at 15:07 named in labels.json; batches 74-87: #2
    fixed by #4 but BZ08's #3 fixed by #4) (CM08);
  culprit-early: b (400 SKUs), the culprit #1 at 13:05 after 50 min of v1
    (batches 74-86: 40 min, batch 87: 45) (CM09);
  oom-fast: d with BW10's load (64 KB at 180 req/s, 320 MiB, heap 160 MB;
    CD10's OOM 53 min after its onset, CB03's 53, CJ03's 45), culprit #2 of
    4 at 12:55 in an 80 min interval, then 35 and 30 min (CM10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 8 deploys
    20-43 min apart, the culprit #3 at 13:38 (own 42 min; of #3..#7 of the
    draw #3, #5, #6 and #7 had an own interval of 25 min or more; batches
    74-87 took #6 of 8, #5 of 9, #4 of 9, #5 of 10, #4 of 9, #7 of 10)
    (CM11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #2
    of 4 on (13:35), quote route, 400 SKUs (batches 74, 77, 79, 81, 84, 87
    and 89: quote, orders, quote, orders, quote, orders, orders) (CM12);
  healthy-lru: a bounded LRU of 1050 entries (no scenario used it before;
    batches 74-89: 300 to 1200; batches 74, 77, 79, 81, 84 and 87: 400,
    600, 800, 700, 650 and 850) with 4 deploys 40-53 min apart from 15:10,
    from the peak into the evening (19:11) (CM13);
  healthy-long: kind none on the orders route (6 KB at 90 req/s), one 245
    min interval 16:55-21:00 from the peak down the evening between 35 min
    ones (batches 74-87: orders, quote, orders, quote, orders, quote)
    (CM14);
  healthy-load: kind f, reports in flight following the load up from the
    late morning (09:15, 0.57 of the peak) through the lunch bump (13:21,
    1.00) (batches 74, 77, 79, 81, 84 and 87: the evening to night, the
    evening to midnight, the dawn rise, the lunch bump to the peak, the
    peak into the evening, the late evening into the small hours; the
    other batches of 75-89: the night to the morning, the morning rise
    (four times), the dawn rise (twice), the afternoon fall, the evening
    fall and the night trough) (CM15);
  healthy-frequent: kind none on the quote route (20 lines at 95 req/s, 400
    SKUs), 10 deploys 16-30 min apart from 11:20 (batches 81-89: orders,
    quote, orders, quote, orders, quote, orders, quote, orders) (CM16).

Split (Tests/Traces/split90.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`,
the others `validation`; every single case is `validation`.  Every regime
has a single case, so 0 dev, 16 validation.  11 leaking (a: CM05, CM07;
b: CM06, CM09, CM11; c: CM02, CM03, CM08; d: CM01, CM04, CM10; CM06 with
no culprit deploy; CM08 fixed two deploys later), 5 healthy (CM12 step,
CM13 e, CM14 and CM16 none, CM15 f).

Loads by the units batch 89's README section gives for the next batch (the
rule over batches 87-89, "For the record": the mean over every case of
batches 87-89 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw90/units.py reproduces them, units.out):
  a 0.0271 frequent (not used), 0.0219 over an hour or more;
  b 0.00304 frequent, 0.00257 over an hour or more;
  c 0.0127 frequent (not used), 0.0123 over an hour or more;
  d 0.0136 frequent (not used), 0.00913 over an hour or more.
The frequent unit for the frequent-deploys b, the units over an hour or
more for every other leaking case by the units (the fixed-later,
quick-followup, flag-flip, culprit-early and multi-task cases too, as every
earlier one).  Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw90/design.py, batch 87's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s (the slow a 2 KB at 40-60, as BX07, CB07 and CI07), b 15-22
lines at 80-119 (the frequent b 20 lines: none of batch 87's 21, batch
89's 19 or this batch's flag b's 18), c 5-9 KB at 75-120, d 4-6 KB at
70-110 (210-330 over three tasks); design.out; /work/tracelab-raw90/verify.py
checked it).  Aims at peak traffic:
  long-interval ~3 %/h (CM01 d 5 KB at 77, 300 MiB); culprit-last ~4.5
  (CM02 c 6 KB at 76, 320); multi-task ~4.5 per task (CM04 d 6 KB at 308
  over 3 tasks, 320); quick-followup ~4.5 (CM05 a 4 KB at 60, 300);
  flag-flip ~4.5 (CM06 b 18 lines at 114, 300); slow-leak ~1.5 (CM07 a 2 KB
  at 40, 300); fixed-later ~5 (CM08 c 5 KB at 95, 300); culprit-early ~4.5
  (CM09 b 19 lines at 115, 320); frequent-deploys ~5 (CM11 b 20 lines at
  103, 320).  Not by the units: CM03 c 75 KB at 178, 300 MiB, heap 160 MB,
  then 672 MiB and heap 360 MB from #4 (BU10's load); CM10 d 64 KB at 180,
  320 MiB, heap 160 MB (BW10's load).  Every b is on the quote route with
  400 SKUs (a bounded per-SKU cache in good releases).  Healthy, earlier
  loads: CM12 step, quote 20 lines at 95 with 400 SKUs and 60000 entries
  (as CG12), 300 MiB; CM13 LRU_MAX 1050, 9000 SKUs, quote 22 lines at 95
  (as CJ13 and CG13), 320 MiB; CM14 orders 6 KB at 90 (as CB14), 300 MiB;
  CM15 report 450 KB held 430 ms at 100 req/s, 72 load threads (as CL15,
  CJ15 and CI15), 320 MiB; CM16 quote 20 lines at 95 with 400 SKUs (as
  CG16 and CB16), 300 MiB.  Heap 160 MB everywhere but CM03 after its
  raise.  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCL = runpy.run_path(os.path.join(_HERE, "scenarios89.py"))["SCENARIOS"]   # 11..1532 (scenarios88.py's 11..1516, CL 1517..1532)

_CM01 = [35, 30, 40, 255, 30]       # long interval d: culprit #3 at 13:20, 255 min (4 h 15) to 17:35, then 30 min
_CM02 = [40, 35, 45, 40, 130]       # culprit-last c: #4 of 4 at 15:10, 130 min of evidence
_CM03 = [40, 35, 45, 80, 35, 30]    # limit raise c (BU10's load): culprit #3 at 12:50, raise at #4 at 14:10
_CM05 = [40, 45, 11, 85, 40]        # quick follow-up a: culprit #2 at 13:20, the unrelated #3 11 min later
_CM06 = [40, 125, 45]               # flag flip b: on 45 min into v2's 125 min interval (the series' second)
_CM07 = [45, 40, 100, 95]           # slow a: culprit #2 at 13:15, 100 and 95 min leaking
_CM10 = [40, 45, 80, 35, 30]        # oom-fast d (BW10's load): culprit #2 at 12:55 in an 80 min interval
_CM14 = [35, 245, 35]               # healthy long, orders: one 245 min interval 16:55-21:00

CM_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CM01-d-long-interval-255-culprit-3-300", seed=90001, kind="d", culprit=3,
         intervals=list(_CM01),
         start="2030-12-11T11:35:00Z", service="conch-murex-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=77, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/conch-cockle-timers", "Confirm conch murex bookings from delayed cockle timers"),
         note="culprit #3 at 13:20 after 35, 30 and 40 min healthy intervals, then one 255 min (4 h 15) interval "
              "(13:20-17:35) from the early afternoon through the peak into the early evening; ~3 %/h of 300 MiB at "
              "peak; #4 at 17:35 still leaks (30 min); epoch"),
    dict(name="CM02-c-culprit-last-4-320", seed=90002, kind="c", culprit=4,
         intervals=list(_CM02),
         start="2030-12-12T12:30:00Z", service="tellin-volute-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=76, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tellin-nerite-listeners", "Tell open tellin volute bookings when a nerite frees"),
         note="the culprit is the last deploy #4 at 15:10: one 130 min interval of evidence (to 17:20) after 40, "
              "35, 45 and 40 min healthy ones; ~4.5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="CM03-c-limit-raise-672", seed=90003, kind="c", culprit=3,
         limit_raise={"deploy": 4, "limit_mib": 672, "heap_mb": 360},
         intervals=list(_CM03),
         start="2030-12-13T10:50:00Z", service="chiton-trochus-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/chiton-wentletrap-listeners", "Tell open chiton trochus bookings when a wentletrap frees"),
         limit_pr_title=("ops/chiton-trochus-bookings-memory-672", "Give the chiton trochus bookings task 672 MiB of memory after OOM restarts"),
         note="leak from #3 at 12:50 (BU10's load, 75 KB bookings at 178 req/s, heap 160 MB; CD03's OOM 45 min in) "
              "should OOM within the hour, within #3's 80 min; limit 300 -> 672 MiB (heap 360 MB) at #4 at 14:10, "
              "the percentages fall to 0.45 of the old scale and the leak goes on through #4 (35 min) and #5 (30 "
              "min)"),
    dict(name="CM04-d-three-tasks-culprit-3-320", seed=90004, kind="d", culprit=3, tasks=3, roll_gap=7,
         intervals=gen_intervals(90004, 4, lo=45, hi=60),
         start="2030-12-14T11:20:00Z", service="kerning-ligature-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=308, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/kerning-pilcrow-timers", "Confirm kerning ligature bookings from delayed pilcrow timers"),
         note="3 tasks, rolling deploys 7 min apart per task; 4 deploys 49-58 min apart, culprit #3 at 14:02 (57 "
              "and 49 min leaking, to 15:48); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="CM05-a-quick-followup-culprit-2-300", seed=90005, kind="a", culprit=2,
         intervals=list(_CM05),
         start="2030-12-15T11:55:00Z", service="tittle-cedilla-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=60, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/tittle-ogonek-history", "Keep tittle cedilla orders for the ogonek history"),
         note="culprit #2 at 13:20 runs only 11 min before an unrelated follow-up #3 at 13:31 (which still leaks, "
              "85 min), then #4 at 14:56 (40 min, to 15:36); ~4.5 %/h of 300 MiB at peak; ascending"),
    dict(name="CM06-b-flag-flip-300", seed=90006, kind="b", flag="macron_breve_caron_memo",
         flag_at=sum(_CM06[:1]) + 45, intervals=list(_CM06),
         start="2030-12-16T12:05:00Z", service="macron-breve-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=300,
         note="no culprit deploy: flag macron_breve_caron_memo on at 13:29:30, 45 min after #1 and 80 min before #2 "
              "(v2's interval 125 min, the series' second), then #2 (45 min, to 15:35); quotes memoised per caron and "
              "customer (~4.5 %/h of 300 MiB at peak) from then on; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CM07-a-slow-leak-culprit-2-300", seed=90007, kind="a", culprit=2,
         intervals=list(_CM07),
         start="2030-12-17T11:50:00Z", service="plinth-architrave-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=40, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/plinth-pediment-history", "Keep plinth architrave orders for the pediment history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:15 after 45 and 40 min healthy intervals; "
              "100 and 95 min leaking intervals (to 16:30); ascending"),
    dict(name="CM08-c-fixed-two-later-300", seed=90008, kind="c", culprit=3, fixed=5,
         intervals=gen_intervals(90008, 5, lo=35, hi=55),
         start="2030-12-18T11:00:00Z", service="frieze-triglyph-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/frieze-metope-listeners", "Tell open frieze triglyph bookings when a metope frees"),
         fixed_pr_title=("fix/frieze-metope-listener-cleanup", "Remove the metope listener when a frieze triglyph booking finishes"),
         note="leak from #3 at 13:30 (42 min, then #4 55 min still leaking; ~5 %/h of 300 MiB at peak) after 51, 54 "
              "and 45 min healthy intervals; fixed two deploys later by #5 at 15:07 (37 min, to 15:44)"),
    dict(name="CM09-b-culprit-first-after-50-320", seed=90009, kind="b", culprit=1,
         intervals=gen_intervals(90009, 3, {0: 50}, lo=40, hi=75),
         start="2030-12-19T12:15:00Z", service="dentil-guttae-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/dentil-echinus-quote-memo", "Memoise dentil guttae quotes per echinus and customer"),
         note="culprit is the first deploy #1 at 13:05, after 50 min of v1; every later interval leaks (61, 75 "
              "and 62 min, ~4.5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CM10-d-oom-fast-culprit-2-320", seed=90010, kind="d", culprit=2,
         intervals=list(_CM10),
         start="2030-12-20T11:30:00Z", service="turbot-pollock-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/turbot-haddock-timers", "Confirm turbot pollock bookings from delayed haddock timers"),
         note="leak from #2 at 12:55, 64 KB bookings at 180 req/s (BW10's load, CD10's OOM 53 min in, CJ03's 45): "
              "OOM within about an hour of the onset (heap 160 MB), in #2 (80 min); #3 (35 min) and #4 (30 min) "
              "still leaking"),
    dict(name="CM11-b-frequent-deploys-culprit-3-320", seed=90011, kind="b", culprit=3,
         intervals=gen_intervals(90011, 8, lo=15, hi=45),
         start="2030-12-21T11:45:00Z", service="grunion-tilefish-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/grunion-plaice-quote-memo", "Memoise grunion tilefish quotes per plaice and customer"),
         note="8 deploys 20-43 min apart from 11:45, culprit #3 at 13:38 (6 leaking intervals, 42, 20, 41, 39, 38 "
              "and 43 min, to 17:21; its own 42 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CM12-step-quote-culprit-2-300", seed=90012, kind="step", culprit=2,
         intervals=gen_intervals(90012, 4, lo=35, hi=50),
         start="2030-12-22T12:10:00Z", service="morel-russula-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/morel-amanita-table-at-boot", "Load the morel amanita table at boot"),
         note="level shift at #2 of 4 (13:35), quote route (400 SKUs); 4 deploys 39-48 min apart (48, 39 and 44 "
              "min after the step); no trend after; must not alarm; ascending"),
    dict(name="CM13-e-lru-evening-1050-320", seed=90013, kind="e",
         intervals=gen_intervals(90013, 4, lo=40, hi=55),
         start="2030-12-23T15:10:00Z", service="boletus-puffball-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1050"},
         note="bounded LRU (1050 entries) refilling after each of 4 deploys 40-53 min apart, from 15:10 through the "
              "peak into the evening to 19:11; must not alarm"),
    dict(name="CM14-none-long-interval-orders-300", seed=90014, kind="none",
         intervals=list(_CM14),
         start="2030-12-24T16:20:00Z", service="tibia-fibula-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route; one 245 min (4 h 05) interval (16:55-21:00) from the peak down the evening "
              "(traffic 1.00 to 0.73) between 35 min ones; must not alarm; epoch"),
    dict(name="CM15-f-load-late-morning-320", seed=90015, kind="f", workers=72,
         intervals=gen_intervals(90015, 3, lo=55, hi=75),
         start="2030-12-25T09:15:00Z", service="patella-scapula-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up from the late morning (09:15, 0.57 of the peak) through the "
              "lunch bump (13:21, 1.00), across 3 deploys 56-67 min apart; must not alarm; ascending"),
    dict(name="CM16-none-frequent-quote-300", seed=90016, kind="none",
         intervals=gen_intervals(90016, 10, lo=16, hi=30),
         start="2030-12-26T11:20:00Z", service="mammatus-virga-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route (400 SKUs, no cache), 11:20 through the lunch bump and the afternoon to 15:39; "
              "10 deploys 16-30 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCL + CM_SCENARIOS
