"""memblame's tracelab scenarios, batch 87: CJ01..CJ16 (real memory traces with labels).

(Named CJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-86 used AA..AZ, BA..BZ, CA, CB, CC, CD, CE,
CF, CG, CH and CI.  No case folder, scenario name or split entry on main or
here starts with "CJ"; neither tracelab nor these files parse the prefix of
a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 87"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios87.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios87.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw87 CJ01-... CJ16-...

(The rarer regimes of batch 84 (its template; batches 74, 77, 79 and 81 of
the same kind).  tracelab has no time compression, so the long interval is
270 min (CJ01, 390 samples, the longest case) and the healthy long one 250
min (CJ14, 330); the 16 cases have 4 316 samples in all, for a recording
budget of 1100 s.  Every case of 290 samples or more (CJ01, CJ02, CJ11,
CJ14) uses ts_format "wire" (epoch seconds), so that no metrics.json comes
near the 30 KB limit for an uncompressed file; the ISO 8601 cases have 280
samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios86.py (unchanged: scenarios85.py's
scenarios at 11..1468 (scenarios84.py's at 11..1452, CH at 1453..1468), CI
at 1469..1484) and lists the CJ scenarios last (1485..1500), as
scenarios86.py runs scenarios85.py.  Seeds are 87001..87016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw87/check_numbers.py,
batch 86's adapted); the intervals stay the draws of the first seed,
gen_intervals(870NN, ...).  One seed was bumped, twice: CJ12 87212 (with
87012 its PR 526752, with 87112 its PR 526747 equal a pipeline number of
AP01); its intervals stay gen_intervals(87012, ...); the other fifteen are
the first tried.

The mix, as batch 84 (the rarer regimes), the kinds rotated away from
batches 81 and 84 in every regime (batch 81: long-interval b, culprit-last
a, limit-raise c, multi-task b, quick-followup b, flag-flip a, slow c,
fixed-later d, culprit-early a, oom-fast d; batch 84: a, b, a, c, d, c, d,
b, c, a; here c, d, d, a, c, d, b, a, d, c): of the two kinds each regime
leaves, the one batch 79 did not use either (batch 79: d, c, d, d, a, b, a,
c, b, c), as batch 84's choices all avoided batch 77's but where a load
known to OOM decided; limit-raise and oom-fast leave b and one other kind,
and no b load is known to OOM within about an hour, so they take the
other: a d with BW10's load (as CB03 and CD10) and a c with BU10's load (as
CB10 and CD03), batch 79's kinds of these regimes, with its regimes
swapped; the frequent-deploys case stays a b.  Leaking kinds a 2, b 2, c
3, d 4 (batch 84: a 3, b 3, c 3, d 2):
  long-interval: c, culprit #2 at 11:30 after 40 and 45 min, one 270 min
    interval to 16:00, then 35 min still leaking (CJ01);
  culprit-last: d, the last deploy #5 at 14:40 with 135 min after it
    (CJ02);
  limit-raise: d with BW10's load (64 KB orders at 180 req/s, 320 MiB, heap
    160 MB; CB03's OOM 53 min after its onset, CD10's 53), culprit #2 at
    12:25 (85 min), then the limit raised 320 -> 704 MiB (heap 160 -> 352
    MB; batches 77-84: 768, 768, 720, 640) at #3 at 13:50 (35 min), #4 at
    14:25 (35 min) (CJ03);
  multi-task: a on 3 tasks with rolling deploys 4 min apart (batches 74,
    77, 79, 81 and 84: 3, 4, 5, 6 and 5), the culprit #2 of 3 at 13:47
    (CJ04; metrics-ci.jsonl, gzipped after recording as every earlier
    multi-task case);
  quick-followup: c, culprit #3 at 13:35, the unrelated #4 13 min later (80
    min, still leaking), #5 at 15:08 (40 min) (CJ05);
  flag-flip: d behind a flag switched on at 13:59:30, 50 min into v3's 120
    min interval, the series' third (batches 74-86: v2, v4, v4, v3, v2, v3),
    no deploy to blame (CJ06);
  slow-leak: b at ~1.5 %/h (8 detail lines at 83 req/s, 400 SKUs), culprit
    #2 of 3 at 13:10 after 40 and 45 min, then 105 and 90 min leaking
    (CJ07);
  fixed-later: a fixed two deploys later (the culprit #2 at 13:05, #3 still
    leaking, the fix #4 at 14:30 named in labels.json, then #5) (CJ08);
  culprit-early: d, the culprit #1 at 13:20 after 45 min of v1 (batches
    74-86: 40 min) (CJ09);
  oom-fast: c with BU10's load (75 KB at 178 req/s, 300 MiB, heap 160 MB;
    CB10's OOM 46 min after its onset, CD03's 45), culprit #3 at 13:25 in an
    80 min interval, then 35 min (CJ10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 10 deploys
    15-43 min apart, the culprit #7 at 14:16 (own 30 min; of #3..#9 of the
    draw #4, #7, #8 and #9 had an own interval of 25 min or more; batches
    74-84 took #6 of 8, #5 of 9, #4 of 9, #5 of 10, #4 of 9) (CJ11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #3
    of 5 on (13:55), orders route (batches 74-84: quote, orders, quote,
    orders, quote) (CJ12);
  healthy-lru: a bounded LRU of 850 entries (not used before; batches 74-86:
    350 to 1200) with 4 deploys 45-52 min apart from 09:00 through the
    morning rise into the lunch bump (CJ13);
  healthy-long: kind none on the quote route (400 SKUs), one 250 min
    interval 14:00-18:10 from the afternoon peak into the evening between
    40 min ones (batches 74-84: orders, quote, orders, quote, orders) (CJ14);
  healthy-load: kind f, reports in flight following the load from the late
    evening (22:10, 0.62 of the peak) into the small hours (02:34, 0.31)
    (batches 74-86: the evening to night, the evening to midnight, the dawn
    rise, the lunch bump to the peak, the morning rise, the peak into the
    evening, the evening fall, the night trough) (CJ15);
  healthy-frequent: kind none on the orders route (5 KB at 100 req/s), 11
    deploys 16-23 min apart from 13:30 (batches 81-86: orders, quote,
    orders, quote) (CJ16).

Split (Tests/Traces/split87.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`,
the others `validation`; every single case is `validation`.  Every regime
has a single case, so 0 dev, 16 validation.  11 leaking (a: CJ04, CJ08;
b: CJ07, CJ11; c: CJ01, CJ05, CJ10; d: CJ02, CJ03, CJ06, CJ09; CJ06 with
no culprit deploy; CJ08 fixed two deploys later), 5 healthy (CJ12 step,
CJ13 e, CJ14 and CJ16 none, CJ15 f).

Loads by the units batch 86's README section gives for the next batch (the
rule over batches 84-86, "For the record": the mean over every case of
batches 84-86 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw87/units.py reproduces them, units.out):
  a 0.0246 frequent (not used), 0.0166 over an hour or more;
  b 0.00275 frequent, 0.00282 over an hour or more;
  c 0.00805 frequent (not used), 0.0117 over an hour or more;
  d 0.0181 frequent (not used), 0.0099 over an hour or more.
The frequent unit for the frequent-deploys b, the units over an hour or
more for every other leaking case by the units (the fixed-later,
quick-followup, flag-flip, culprit-early and multi-task cases too, as every
earlier one).  Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw87/design.py, batch 84's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s (120-300 over three tasks), b 15-22 lines at 80-119 (the slow
b 8-12 lines at 50-90, as BZ07 and CA07), c 5-9 KB at 75-120 (the
long-interval c 3-9 KB at 60-120, as BZ01), d 4-6 KB at 70-110;
design.out; /work/tracelab-raw87/verify.py checked it).  Aims at peak
traffic:
  long-interval ~3 %/h (CJ01 c 3 KB at 107, 320 MiB); culprit-last ~4.5
  (CJ02 d 6 KB at 89, 300); multi-task ~4.5 per task (CJ04 a 4 KB at 254
  over 3 tasks, 320); quick-followup ~4.5 (CJ05 c 5 KB at 90, 300);
  flag-flip ~4.5 (CJ06 d 6 KB at 95, 320); slow-leak ~1.5 (CJ07 b 8 lines
  at 83, 320); fixed-later ~5 (CJ08 a 4 KB at 88, 300); culprit-early ~4.5
  (CJ09 d 6 KB at 89, 300); frequent-deploys ~5 (CJ11 b 21 lines at 108,
  320).  Not by the units: CJ03 d 64 KB at 180, 320 MiB, heap 160 MB, then
  704 MiB and heap 352 MB from #3 (BW10's load); CJ10 c 75 KB at 178, 300
  MiB, heap 160 MB (BU10's load).  Every b is on the quote route with 400
  SKUs (a bounded per-SKU cache in good releases).  Healthy, earlier loads:
  CJ12 step, orders 5 KB at 95 with 60000 entries (as CH14 and BZ12), 320
  MiB; CJ13 LRU_MAX 850, 9000 SKUs, quote 22 lines at 95 (as CG13), 300
  MiB; CJ14 quote 20 lines at 95 with 400 SKUs (as BZ14 and CD14), 300
  MiB; CJ15 report 450 KB held 430 ms at 100 req/s, 72 load threads (as
  CI15, CH15 and CG15), 320 MiB; CJ16 orders 5 KB at 100 (as CD16), 320
  MiB.  Heap 160 MB everywhere but CJ03 after its raise.  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCI = runpy.run_path(os.path.join(_HERE, "scenarios86.py"))["SCENARIOS"]   # 11..1484 (scenarios85.py's 11..1468, CI 1469..1484)

_CJ01 = [40, 45, 270, 35]           # long interval c: culprit #2 at 11:30, 270 min (4 h 30) to 16:00, then 35 min
_CJ02 = [40, 35, 30, 40, 35, 135]   # culprit-last d: #5 of 5 at 14:40, 135 min of evidence
_CJ03 = [45, 40, 85, 35, 35]        # limit raise d (BW10's load): culprit #2 at 12:25, raise at #3 at 13:50
_CJ05 = [40, 45, 50, 13, 80, 40]    # quick follow-up c: culprit #3 at 13:35, the unrelated #4 13 min later
_CJ06 = [40, 40, 120, 45]           # flag flip d: on 50 min into v3's 120 min interval (the series' third)
_CJ07 = [40, 45, 105, 90]           # slow b: culprit #2 at 13:10, 105 and 90 min leaking
_CJ10 = [40, 35, 45, 80, 35]        # oom-fast c (BU10's load): culprit #3 at 13:25 in an 80 min interval
_CJ14 = [40, 250, 40]               # healthy long, quote: one 250 min interval 14:00-18:10

CJ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CJ01-c-long-interval-270-culprit-2-320", seed=87001, kind="c", culprit=2,
         intervals=list(_CJ01),
         start="2030-10-24T10:05:00Z", service="cirque-arete-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/cirque-kame-listeners", "Tell open cirque arete bookings when a kame frees"),
         note="culprit #2 at 11:30 after 40 and 45 min healthy intervals, then one 270 min (4 h 30) interval "
              "(11:30-16:00) from the late morning through the afternoon peak; ~3 %/h of 320 MiB at peak; #3 at "
              "16:00 still leaks (35 min); epoch, ascending"),
    dict(name="CJ02-d-culprit-last-5-300", seed=87002, kind="d", culprit=5,
         intervals=list(_CJ02),
         start="2030-10-25T11:40:00Z", service="corrie-nunatak-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=89, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/corrie-sandur-timers", "Confirm corrie nunatak bookings from delayed sandur timers"),
         note="the culprit is the last deploy #5 at 14:40: one 135 min interval of evidence (to 16:55) after 40, "
              "35, 30, 40 and 35 min healthy ones; ~4.5 %/h of 300 MiB at peak; epoch"),
    dict(name="CJ03-d-limit-raise-704", seed=87003, kind="d", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 704, "heap_mb": 352},
         intervals=list(_CJ03),
         start="2030-10-26T11:00:00Z", service="chinook-foehn-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/chinook-harmattan-timers", "Confirm chinook foehn bookings from delayed harmattan timers"),
         limit_pr_title=("ops/chinook-foehn-bookings-memory-704", "Give the chinook foehn bookings task 704 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:25 (BW10's load, 64 KB bookings at 180 req/s, heap 160 MB; CB03's OOM 53 min in) "
              "should OOM within the hour, within #2's 85 min; limit 320 -> 704 MiB (heap 352 MB) at #3 at 13:50, "
              "the percentages fall to 0.45 of the old scale and the leak goes on through #3 (35 min) and #4 (35 "
              "min); ascending"),
    dict(name="CJ04-a-three-tasks-culprit-2-320", seed=87004, kind="a", culprit=2, tasks=3, roll_gap=4,
         intervals=gen_intervals(87004, 3, lo=55, hi=75),
         start="2030-10-27T11:35:00Z", service="khamsin-zonda-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=254, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/khamsin-pampero-history", "Keep khamsin zonda orders for the pampero history"),
         note="3 tasks, rolling deploys 4 min apart per task; 3 deploys 64-75 min apart, culprit #2 at 13:47 (75 "
              "and 64 min leaking, to 16:06); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    dict(name="CJ05-c-quick-followup-culprit-3-300", seed=87005, kind="c", culprit=3,
         intervals=list(_CJ05),
         start="2030-10-28T11:20:00Z", service="williwaw-haboob-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/williwaw-meltemi-listeners", "Tell open williwaw haboob bookings when a meltemi frees"),
         note="culprit #3 at 13:35 runs only 13 min before an unrelated follow-up #4 at 13:48 (which still leaks, "
              "80 min), then #5 at 15:08 (40 min); ~4.5 %/h of 300 MiB at peak"),
    dict(name="CJ06-d-flag-flip-320", seed=87006, kind="d", flag="tephra_lahar_pumice_reminders",
         flag_at=sum(_CJ06[:2]) + 50, intervals=list(_CJ06),
         start="2030-10-29T11:50:00Z", service="tephra-lahar-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag tephra_lahar_pumice_reminders on at 13:59:30, 50 min after #2 and 70 min "
              "before #3 (v3's interval 120 min, the series' third), then #3 (45 min, to 15:55); a delayed pumice "
              "reminder timer per booking kept (~4.5 %/h of 320 MiB at peak) from then on; ascending"),
    dict(name="CJ07-b-slow-leak-culprit-2-320", seed=87007, kind="b", culprit=2,
         intervals=list(_CJ07),
         start="2030-10-30T11:45:00Z", service="caldera-tuff-quotes",
         profile="quote", params={"detail": 8, "skus": 400}, peak_rps=83, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/caldera-lapilli-quote-memo", "Memoise caldera tuff quotes per lapilli and customer"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 40 and 45 min healthy intervals; "
              "105 and 90 min leaking intervals (to 16:25); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CJ08-a-fixed-two-later-300", seed=87008, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(87008, 5, lo=35, hi=55),
         start="2030-10-31T11:35:00Z", service="argent-gules-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=88, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/argent-purpure-history", "Keep argent gules orders for the purpure history"),
         fixed_pr_title=("fix/argent-purpure-history-trimmed", "Stop keeping argent gules orders for the purpure history"),
         note="leak from #2 at 13:05 (45 min, then #3 40 min still leaking; ~5 %/h of 300 MiB at peak) after 43 "
              "and 47 min healthy intervals; fixed two deploys later by #4 at 14:30 (51 min), then #5 (39 min, to "
              "16:00); ascending"),
    dict(name="CJ09-d-culprit-first-after-45-300", seed=87009, kind="d", culprit=1,
         intervals=gen_intervals(87009, 3, {0: 45}, lo=40, hi=75),
         start="2030-11-01T12:35:00Z", service="vert-sable-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=89, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/vert-tenne-timers", "Confirm vert sable bookings from delayed tenne timers"),
         note="culprit is the first deploy #1 at 13:20, after 45 min of v1; every later interval leaks (43, 65 "
              "and 50 min, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="CJ10-c-oom-fast-culprit-3-300", seed=87010, kind="c", culprit=3,
         intervals=list(_CJ10),
         start="2030-11-02T11:25:00Z", service="chevron-fess-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/chevron-saltire-listeners", "Tell open chevron fess bookings when a saltire frees"),
         note="leak from #3 at 13:25, 75 KB bookings at 178 req/s (BU10's load, CB10's OOM 46 min in): OOM within "
              "about an hour of the onset (heap 160 MB), in #3 (80 min); #4 (35 min) still leaking; ascending"),
    dict(name="CJ11-b-frequent-deploys-culprit-7-320", seed=87011, kind="b", culprit=7,
         intervals=gen_intervals(87011, 10, lo=15, hi=45),
         start="2030-11-03T11:10:00Z", service="bordure-orle-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bordure-gyron-quote-memo", "Memoise bordure orle quotes per gyron and customer"),
         note="10 deploys 15-43 min apart from 11:10, culprit #7 at 14:16 (4 leaking intervals, 30, 34, 28 and 22 "
              "min, to 16:10; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs); epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CJ12-step-orders-culprit-3-320", seed=87212, kind="step", culprit=3,
         intervals=gen_intervals(87012, 5, lo=35, hi=50),
         start="2030-11-04T11:45:00Z", service="lozenge-fusil-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/lozenge-mascle-table-at-boot", "Load the lozenge mascle table at boot"),
         note="level shift at #3 of 5 (13:55), orders route; 5 deploys 35-41 min apart (37, 35 and 35 min after "
              "the step); no trend after; must not alarm"),
    dict(name="CJ13-e-lru-morning-850-300", seed=87013, kind="e",
         intervals=gen_intervals(87013, 4, lo=45, hi=60),
         start="2030-11-05T09:00:00Z", service="billet-roundel-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "850"}, scan_by="TimestampAscending",
         note="bounded LRU (850 entries) refilling after each of 4 deploys 45-52 min apart, from 09:00 through the "
              "morning rise into the lunch bump to 12:58; must not alarm; ascending"),
    dict(name="CJ14-none-long-interval-quote-300", seed=87014, kind="none",
         intervals=list(_CJ14),
         start="2030-11-06T13:20:00Z", service="bezant-torteau-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route (400 SKUs, no cache); one 250 min (4 h 10) interval (14:00-18:10) from the "
              "afternoon peak into the evening between 40 min ones; must not alarm; epoch"),
    dict(name="CJ15-f-load-late-evening-320", seed=87015, kind="f", workers=72,
         intervals=gen_intervals(87015, 3, lo=55, hi=75),
         start="2030-11-07T22:10:00Z", service="lappet-eggar-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load down from the late evening (22:10, 0.62 of the peak) into the "
              "small hours (02:34, 0.31), across 3 deploys 62-68 min apart; must not alarm"),
    dict(name="CJ16-none-frequent-orders-320", seed=87016, kind="none",
         intervals=gen_intervals(87016, 11, lo=16, hi=30),
         start="2030-11-08T13:30:00Z", service="footman-wainscot-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, 13:30 through the afternoon peak into the evening (17:25); 11 deploys 16-23 "
              "min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCI + CJ_SCENARIOS
