"""memblame's tracelab scenarios, batch 110: DG01..DG16 (real memory traces with labels).

(Named DG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-109 used AA..AZ, BA..BZ, CA..CZ, DA, DB, DC,
DD, DE and DF.  No case folder, scenario name or split entry on main or any
other branch starts with "DG"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 110"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios110.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios110.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw110 DG01-... DG16-...

A blind validation batch of the rarer regimes, as batches 90, 93, 96, 99,
102 and 105 (batch 105 its template), one case each.  The kinds are rotated
away from batches 102 and 105 in every regime, as batch 105 rotated them
away from batches 99 and 102 (batch 102: long-interval d, culprit-last c,
limit-raise a, multi-task d, quick-followup a, flag flip b, slow a,
fixed-later c, culprit-early b, oom-fast a; batch 105: b, a, d, b, b, a, c,
d, a, c; here a, b, c, c, d, c, d, b, c, d): of the two kinds each regime
leaves, the one batch 99 did not use (batch 99: c, d, c, a, c, d, b, a, d,
d), but where a load known to OOM decided: limit-raise leaves b and c,
oom-fast b and d, and no b load is known to OOM within about an hour (the
three b cases in real/ with an OOM restart, AM08, U14 and U36, still had
theirs more than 90 min after the onset), so limit-raise takes c with
BU10's load (75 KB x 178 req/s, as CB10, CJ10, CM03, CS10, CV03 and DB10)
and oom-fast d with BW10's load (64 KB x 180 req/s, as CB03, CJ03, CM10,
CS03, CV10 and DB03): batch 99's kinds of these two regimes, the only
choices there that avoid batches 102 and 105 with a load known to OOM.
The frequent-deploys case stays a b.  Leaking kinds a 1, b 3, c 4, d 3
(batch 105: a 3, b 4, c 2, d 2; batch 102: a 4, b 3, c 2, d 2; batch 96,
the last rotation of the same three-batch cycle: a 1, b 3, c 4, d 3).

The 16 cases have 4 598 samples in all (batch 105: 4 653), for a
recording budget of 1100 s; the longest, DG01, 400.  Every case of 285
samples or more (DG01, DG02, DG03, DG06, DG07, DG08, DG12, DG14) uses
ts_format "wire" (epoch seconds); the ISO 8601 cases have 283 samples or
fewer.  TimestampAscending for the odd-numbered cases, DG01, DG03, ...,
DG15 (batch 105: the even-numbered DB, batch 102: the odd-numbered CY).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios109.py (unchanged: 11..1852,
scenarios108.py's 11..1836 and DF at 1837..1852) and lists the DG
scenarios last (1853..1868), as scenarios109.py runs scenarios108.py.
Seeds are 110001..110016, a case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw110/check_numbers.py, batch 108's adapted;
seed_search.py): DG04's 110004 gave PR 652680, a pipeline number of BA01,
so DG04 has 110104; DG12's 110012 and 110112 each gave PR 655431, a
pipeline number of BA05, so DG12 has 110212; the fourteen others are the
first tried.  The intervals stay the draws of the first seed,
gen_intervals(1100NN, ...).
Dates follow DF's: 2031-11-09 (DG01) to 2031-11-24 (DG16).

The mix (/work/tracelab-raw110/draws.py, draws.out, design.py, design.out,
history.py, history.out, constraints.py, constraints.out):
  long-interval: DG01 a, culprit #6 of 7 at 12:40 after 20, 25, 20, 25, 20
    and 25 min, then one 235 min interval to 16:35, then 30 min still
    leaking (batch 105: b #5 of 6 at 12:45, 225 min; 102: d #4 of 5 at
    12:40, 230; 99: c #2 of 3 at 12:50, 240; 96: a #3 of 4, 245; 93: b #2
    of 3, 250; 90: d #3 of 4, 255; no leaking interval of 235 min before);
  culprit-last: DG02 b, the last deploy #7 of 7 at 13:50 with 115 min after
    it (batch 105: a #6 of 6, 130 min; 102: c #5 of 5, 140; 99: d #2 of 2,
    150; 96: b #3 of 3, 140; 108: a #5 of 5, 125);
  limit-raise: DG03 c with BU10's load, culprit #5 at 12:35 (80 min
    interval, should OOM within the hour), limit 320 -> 712 MiB (heap 160
    -> 356 MB; batches 74-105: 640, 768, 768, 720, 640, 704, 672, 736, 688,
    660, 752, 675) at #6 at 13:55, then #7 at 14:35 (batch 105: d #4, the
    raise at #5; 102: a #1, the raise at #2; 99: c #2, the raise at #3; 96:
    d #3, the raise at #4);
  multi-task: DG04 c on three tasks with rolling deploys 13 min apart
    (batches 74-105: 3, 4, 5, 6, 5, 4, 7, 8, 10, 9, 11, 12; 108: 10 on two
    tasks), culprit #4 of 6 at 13:34 (batch 105: b #3 of 5; 102: d #2 of
    4; 99: a #2 of 3; 96: c #3 of 4);
  quick-followup: DG05 d, culprit #6 at 15:20 followed 4 min later by an
    unrelated #7 (batches 74-105: 15, 12, 10, 14, 12, 13, 11, 9, 7, 8, 6, 5
    min; batch 105 the culprit #5, 102 #4, 99 #2, 96 #3);
  flag-flip: DG06 c behind vaasa_seinajoki_lanttulaatikko_listeners, on at
    15:04:30, 95 min into v6's 135 min interval, the series' sixth (batch
    105: 55 into v5's 125; 102: 100 into v4's 140; 99: 85 into v2's 130;
    96: 80 into v3's 125; 108: 35 into v5's 115; no flag was switched on
    95 min into an interval before, and one other in a v6, R22's);
  slow-leak: DG07 d at ~1.5 %/h, #4 of 6 at 14:55, 80, 70 and 30 min
    (batch 105: c #3 of 5; 102: a #2 of 4; 99: b #3 of 4; 96: d #2 of 3;
    108: b #4 of 5);
  fixed-later: DG08 b, the culprit #6 at 13:40, #7 still leaking, the fix
    #8 at 14:54 named in labels.json (batch 105: d #5 fixed by #7; 102: c
    #1 fixed by #3; 99: a #2 fixed by #4; 96: b #3 fixed by #5; 108: d #1
    fixed by #3);
  culprit-early: DG09 c, the culprit #1 of 3 after 75 min of v1 (batch
    105: 65, 102: 60, 99: 55, 96: 40, 101: 50, 104: 35, 108: 70; each of
    those #1 of 4; no culprit-#1 case had a v1 of 75 min before);
  oom-fast: DG10 d, BW10's load, culprit #5 of 6 at 13:00 (75 min
    interval), then #6 (35 min, still leaking; batch 105: c #4 of 5, 85
    min; 102: a #3 of 3, 85; 99: d #2 of 3, 90; 96: c #2 of 4, 85);
  frequent-deploys: DG11 b, 9 deploys 16-40 min apart, the culprit #3 at
    13:18 (own 40 min; of #3..#9 of the draw, #3, #5 and #6 had an own
    interval of 25 min or more and 3 or more leaking intervals; batch 105:
    #6 of 9, 102: #4 of 9, 99: #7 of 8, 96: #5 of 9, 93: #4 of 8), 20 lines
    (batch 105: 16, 102: 22, 99: 19, 96: 21, 93: 18), 400 SKUs;
  healthy: DG12 a step at #6 of 7 (13:07) on the quote route (60000
    entries at boot; batch 105: orders at #4 of 6, 102: quote at #2 of 5,
    99: orders at #3 of 5, 96: quote at #5 of 6), DG13 a bounded LRU of
    1110 entries (no scenario used it) with 4 deploys 42-46 min apart from
    22:40, the late evening into the night (to 02:24; batch 105: 1275 from
    18:05, 102: 1325 from 14:40, 99: 1200 from 09:30, 96: 1125 from 12:20;
    no LRU started at 22:40), DG14 kind none on the orders route with one
    220 min interval 06:45-10:25, the dawn rise into the late morning
    (batch 105: quote, 10:15-14:15, 240 min; 102: orders, 14:30-18:20, 230;
    99: quote, 13:00-16:45, 225; 96: orders, 11:15-15:10, 235; no flat case
    had an interval of 220 min), DG15 kind f from 10:50 (0.74 of the peak)
    up the late-morning rise through the lunch bump to 14:56 (0.99; batch
    105: the late evening fall from 19:10, 102: the morning rise from
    08:10, 99: the night fall from 21:30, 96: the evening fall from 17:20;
    no f started at 10:50), and DG16 kind none on the quote route with 10
    deploys 16-30 min apart from 17:15 into the evening (to 21:25; batch
    105: orders from 07:50, 102: quote from 15:40, 99: orders from 13:30,
    96: quote from 09:40; no flat case started at 17:15).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
105's case by case (DG01 320, DG02 300, DG03 320, DG04 300, DG05 320, DG06
320, DG07 300, DG08 320, DG09 320, DG10 300, DG11 320, DG12 320, DG13 300,
DG14 320, DG15 300, DG16 320), with no exception (every aim has a load
within 0.4 % at its flipped limit, loads.out).

Split (split110.json, written by /work/tracelab-raw110/make_split.py before
recording): every regime has a single case, so 0 dev, 16 validation, with
batch 105's regime tags.  11 leaking (a: DG01; b: DG02, DG08, DG11; c:
DG03, DG04, DG06, DG09; d: DG05, DG07, DG10; DG06 with no culprit deploy;
DG08 fixed two deploys later), 5 healthy (DG12 step, DG13 e, DG14 and DG16
none, DG15 f).

Loads by the units batch 108's section gives for the next batch (the rule
over batches 105, 107 and 108; batch 109, a development batch, gave none;
%/h per unit of load, size x rate, at peak traffic at 256 MiB; x 256 /
limit for another limit; per task the load divided by the number of
tasks): frequent a 0.0256, b 0.00287, c 0.0141, d 0.0136; an hour or more
a 0.0183, b 0.00254, c 0.0149, d 0.0120.  The frequent unit for DG11, the
units over an hour or more for every other leaking case.  Every leaking
case aims at ~5 %/h of its limit at peak (per task for DG04), but the slow
leak DG07 at ~1.5 %/h; each load rounded so the unit gives the aim within
0.4 % (/work/tracelab-raw110/loads.py, loads.out):
  DG01 a 6 KB at 57, 320 MiB; DG02 b 24 lines at 96, 300; DG04 c 4 KB at
  295 over 3 tasks, 300; DG05 d 5 KB at 104, 320; DG06 c 6 KB at 70, 320;
  DG07 d 2 KB at 73, 300 (~1.5); DG08 b 23 lines at 107, 320; DG09 c 4 KB
  at 105, 320; DG11 b 20 lines at 109, 320.  Not by the units: DG03 c 75
  KB at 178, 320 MiB, heap 160 MB, then 712 MiB and heap 356 MB from #6
  (BU10's load); DG10 d 64 KB at 180, 300 MiB, heap 160 MB (BW10's load).
  Healthy, earlier loads: DG12 step, quote 20 lines at 95 (400 SKUs) with
  60000 entries, 320 MiB (as CY12); DG13 LRU_MAX 1110, 9000 SKUs, quote 22
  lines at 95, 300 MiB (as CY13, CZ13 and DB13); DG14 orders 5 KB at 90,
  320 MiB (as CY14); DG15 report 450 KB held 430 ms at 100 req/s, 72 load
  threads, 300 MiB (as CY15 and DB15); DG16 quote 20 lines at 95 (400
  SKUs), 320 MiB (as CY16).  Heap 160 MB everywhere but DG03 after its
  raise.  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDF = runpy.run_path(os.path.join(_HERE, "scenarios109.py"))["SCENARIOS"]   # 11..1852 (scenarios108.py's 11..1836, DF 1837..1852)

_DG01 = [20, 25, 20, 25, 20, 25, 235, 30]      # long interval a: culprit #6 at 12:40, 235 min to 16:35, then 30 min
_DG02 = [25, 20, 30, 25, 20, 30, 25, 115]      # culprit-last b: #7 of 7 at 13:50, 115 min of evidence
_DG03 = [25, 30, 30, 25, 30, 80, 40, 35]       # limit raise c (BU10's load): culprit #5 at 12:35, raise at #6 at 13:55
_DG05 = [25, 20, 25, 30, 20, 25, 4, 90, 30]    # quick follow-up d: culprit #6 at 15:20, the unrelated #7 4 min later
_DG06 = [35, 25, 30, 25, 30, 135, 40]          # flag flip c: on 95 min into v6's 135 min interval (the series' sixth)
_DG07 = [30, 35, 30, 35, 80, 70, 30]           # slow d: culprit #4 at 14:55, 80, 70 and 30 min leaking
_DG10 = [30, 25, 30, 25, 30, 75, 35]           # oom-fast d (BW10's load): culprit #5 of 6 at 13:00 in a 75 min interval
_DG14 = [35, 220, 35]                          # healthy long, orders: one 220 min interval 06:45-10:25

DG_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DG01-a-long-interval-235-culprit-6-320", seed=110001, kind="a", culprit=6,
         intervals=list(_DG01),
         start="2031-11-09T10:25:00Z", service="tampere-turku-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=57, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tampere-kalakukko-history", "Keep tampere turku orders for the kalakukko history"),
         note="culprit #6 at 12:40 after 20, 25, 20, 25, 20 and 25 min healthy intervals, then one 235 min (3 h 55) "
              "interval (12:40-16:35) from the lunch bump through the peak into the late afternoon; ~5 %/h of 320 "
              "MiB at peak; #7 at 16:35 still leaks (30 min); epoch, ascending"),
    dict(name="DG02-b-culprit-last-7-300", seed=110002, kind="b", culprit=7,
         intervals=list(_DG02),
         start="2031-11-10T10:55:00Z", service="oulu-jyvaskyla-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/oulu-mammi-quote-memo", "Memoise oulu jyvaskyla quotes per mammi and customer"),
         note="the culprit is the last deploy #7 at 13:50: one 115 min interval of evidence (to 15:45) after 25, "
              "20, 30, 25, 20, 30 and 25 min healthy ones; ~5 %/h of 300 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs); epoch"),
    dict(name="DG03-c-limit-raise-712", seed=110003, kind="c", culprit=5,
         limit_raise={"deploy": 6, "limit_mib": 712, "heap_mb": 356},
         intervals=list(_DG03),
         start="2031-11-11T10:15:00Z", service="lahti-kuopio-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/lahti-leipajuusto-listeners", "Tell open lahti kuopio bookings when a leipajuusto frees"),
         limit_pr_title=("ops/lahti-kuopio-bookings-memory-712", "Give the lahti kuopio bookings task 712 MiB of memory after OOM restarts"),
         note="leak from #5 at 12:35 (BU10's load, 75 KB bookings at 178 req/s, heap 160 MB; CM03's OOM 46 min in, "
              "CV03's 47, DB10's 47) should OOM within the hour, within #5's 80 min; limit 320 -> 712 MiB (heap "
              "356 MB) at #6 at 13:55, the percentages fall to 0.45 of the old scale and the leak goes on through "
              "#6 (40 min) and #7 (35 min); epoch, ascending"),
    dict(name="DG04-c-three-tasks-culprit-4-300", seed=110104, kind="c", culprit=4, tasks=3, roll_gap=13,
         intervals=gen_intervals(110004, 6, lo=35, hi=45),
         start="2031-11-12T11:05:00Z", service="pori-joensuu-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=295, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/pori-mustamakkara-listeners", "Tell open pori joensuu bookings when a mustamakkara frees"),
         note="3 tasks, rolling deploys 13 min apart per task; 6 deploys 35-42 min apart, culprit #4 of 6 at 13:34 "
              "(35, 42 and 42 min leaking, to 15:33); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="DG05-d-quick-followup-culprit-6-320", seed=110005, kind="d", culprit=6,
         intervals=list(_DG05),
         start="2031-11-13T12:55:00Z", service="lappeenranta-hameenlinna-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/lappeenranta-korvapuusti-timers", "Confirm lappeenranta hameenlinna bookings from delayed korvapuusti timers"),
         note="culprit #6 at 15:20 runs only 4 min before an unrelated follow-up #7 at 15:24 (which still leaks, "
              "90 min), then #8 at 16:54 (30 min, to 17:24); ~5 %/h of 320 MiB at peak; ascending"),
    dict(name="DG06-c-flag-flip-320", seed=110006, kind="c", flag="vaasa_seinajoki_lanttulaatikko_listeners",
         flag_at=sum(_DG06[:5]) + 95, intervals=list(_DG06),
         start="2031-11-14T11:05:00Z", service="vaasa-seinajoki-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=70, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag vaasa_seinajoki_lanttulaatikko_listeners on at 15:04:30, 95 min after #5 "
              "and 40 min before #6 (v6's interval 135 min, the series' sixth), then #6 (40 min, to 16:25); a "
              "lanttulaatikko listener per booking (~5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="DG07-d-slow-leak-culprit-4-300", seed=110007, kind="d", culprit=4,
         intervals=list(_DG07),
         start="2031-11-15T12:45:00Z", service="rovaniemi-mikkeli-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=73, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/rovaniemi-poronkaristys-timers", "Confirm rovaniemi mikkeli bookings from delayed poronkaristys timers"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #4 at 14:55 after 30, 35, 30 and 35 min healthy "
              "intervals; 80, 70 and 30 min leaking intervals (to 17:55); epoch, ascending"),
    dict(name="DG08-b-fixed-two-later-320", seed=110008, kind="b", culprit=6, fixed=8,
         intervals=gen_intervals(110008, 8, lo=30, hi=45),
         start="2031-11-16T09:50:00Z", service="kotka-salo-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/kotka-silakka-quote-memo", "Memoise kotka salo quotes per silakka and customer"),
         fixed_pr_title=("fix/kotka-vispipuuro-quote-memo-bounded", "Bound the kotka salo quote memo to the vispipuuro SKUs"),
         note="leak from #6 at 13:40 (36 min, then #7 38 min still leaking; ~5 %/h of 320 MiB at peak) after 37, "
              "42, 35, 34, 37 and 45 min healthy intervals; fixed two deploys later by #8 at 14:54 (42 min, to "
              "15:36); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="DG09-c-culprit-first-after-75-320", seed=110009, kind="c", culprit=1,
         intervals=gen_intervals(110009, 3, {0: 75}, lo=50, hi=75),
         start="2031-11-17T11:55:00Z", service="porvoo-kokkola-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=105, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/porvoo-kiisseli-listeners", "Tell open porvoo kokkola bookings when a kiisseli frees"),
         note="culprit is the first deploy #1 at 13:10, after 75 min of v1; every later interval leaks (67, 57 and "
              "67 min, to 16:21; ~5 %/h of 320 MiB at peak); ascending"),
    dict(name="DG10-d-oom-fast-culprit-5-300", seed=110010, kind="d", culprit=5,
         intervals=list(_DG10),
         start="2031-11-18T10:40:00Z", service="hyvinkaa-lohja-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/hyvinkaa-pulla-timers", "Confirm hyvinkaa lohja bookings from delayed pulla timers"),
         note="leak from #5 of 6 at 13:00, 64 KB bookings at 180 req/s (BW10's load; CM10's OOM 52 min in, CS03's "
              "54, CV10's 52, DB03's 52): OOM within about an hour of the onset (heap 160 MB), in #5 (75 min); #6 "
              "(35 min, to 14:50) still leaking"),
    dict(name="DG11-b-frequent-deploys-culprit-3-320", seed=110011, kind="b", culprit=3,
         intervals=gen_intervals(110011, 9, lo=15, hi=45),
         start="2031-11-19T11:40:00Z", service="jarvenpaa-rauma-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/jarvenpaa-rossolli-quote-memo", "Memoise jarvenpaa rauma quotes per rossolli and customer"),
         note="9 deploys 16-40 min apart from 11:40, culprit #3 at 13:18 (7 leaking intervals, 16-40 min, to "
              "16:23; its own 40 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="DG12-step-quote-culprit-6-320", seed=110212, kind="step", culprit=6,
         intervals=gen_intervals(110012, 7, lo=30, hi=45),
         start="2031-11-20T09:30:00Z", service="kajaani-kerava-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/kajaani-lohikeitto-table-at-boot", "Load the kajaani lohikeitto table at boot"),
         note="level shift at #6 of 7 (13:07), quote route (20 lines at 95 req/s, 400 SKUs); 7 deploys 31-41 min "
              "apart (36 and 38 min after the step, to 14:21); no trend after; must not alarm; epoch"),
    dict(name="DG13-e-lru-night-1110-300", seed=110013, kind="e",
         intervals=gen_intervals(110013, 4, lo=40, hi=55),
         start="2031-11-21T22:40:00Z", service="savonlinna-kouvola-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1110"}, scan_by="TimestampAscending",
         note="bounded LRU (1110 entries) refilling after each of 4 deploys 42-46 min apart, from 22:40 through "
              "the late evening into the night to 02:24; must not alarm; ascending"),
    dict(name="DG14-none-long-interval-orders-320", seed=110014, kind="none",
         intervals=list(_DG14),
         start="2031-11-22T06:10:00Z", service="imatra-raahe-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, orders route (5 KB at 90 req/s); one 220 min (3 h 40) interval (06:45-10:25) from the dawn "
              "rise into the late morning between 35 min ones; must not alarm; epoch"),
    dict(name="DG15-f-load-late-morning-rise-300", seed=110015, kind="f", workers=72,
         intervals=gen_intervals(110015, 3, lo=55, hi=75),
         start="2031-11-23T10:50:00Z", service="tornio-iisalmi-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from 10:50 (0.74 of the peak) up the late-morning rise through "
              "the lunch bump to 14:56 (0.99), across 3 deploys 55-66 min apart; must not alarm; ascending"),
    dict(name="DG16-none-frequent-quote-320", seed=110016, kind="none",
         intervals=gen_intervals(110016, 10, lo=16, hi=30),
         start="2031-11-24T17:15:00Z", service="varkaus-forssa-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs), 17:15 from the late afternoon into the "
              "evening to 21:25; 10 deploys 16-30 min apart: each short interval is mostly warm-up; must not "
              "alarm"),
]

SCENARIOS = _RDF + DG_SCENARIOS
