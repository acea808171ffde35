"""memblame's tracelab scenarios, batch 96: CS01..CS16 (real memory traces with labels).

(Named CS: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-95 used AA..AZ, BA..BZ and CA..CR.  No case
folder, scenario name or split entry on main or any other branch starts
with "CS"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 96"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios96.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios96.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw96 CS01-... CS16-...

(The rarer regimes of batch 93 (its template; batches 74, 77, 79, 81, 84,
87 and 90 of the same kind).  tracelab has no time compression, so the
long interval is 245 min (CS01, 385 samples, the longest case) and the
healthy long one 235 min (CS14, 310); the 16 cases have 4 311 samples in
all, for a recording budget of 1100 s.  Every case of 290 samples or more
(CS01, CS14) uses ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file; the ISO
8601 cases have 275 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios95.py (unchanged: scenarios94.py's
scenarios at 11..1612, CR at 1613..1628) and lists the CS scenarios last
(1629..1644), as scenarios95.py runs scenarios94.py.  Seeds are
96001..96016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw96/check_numbers.py, batch 95's adapted); the intervals
stay the draws of the first seed, gen_intervals(960NN, ...).  Two seeds
bumped: CS06's 96006 gave PRs 575054 and 575064, pipeline numbers of AT02
(scenario and case), so CS06 has seed 96106 (its intervals are written
out); CS08's 96008 gave PRs 575639 and 575650, pipeline numbers of AT03
(scenario and case), so CS08 has seed 96108 (its intervals still
gen_intervals(96008, ...)); the other fourteen are the first tried.  CS
PRs 573210-578561 (CR ends at 572914), pipelines 1145382-1155908
(1144783), 7 digits.

The mix, as batch 93 (the rarer regimes), the kinds rotated away from
batches 90 and 93 in every regime (batch 90: long-interval d, culprit-last
c, limit-raise c, multi-task d, quick-followup a, flag-flip b, slow a,
fixed-later c, culprit-early b, oom-fast d; batch 93: b, a, a, b, b, a, c,
d, a, a; here a, b, d, c, d, c, d, b, c, c): of the two kinds each regime
leaves, the one batch 87 did not use (batch 87: c, d, d, a, c, d, b, a, d,
c), as batch 93's choices all avoided batch 84's, but where a load known to
OOM decided: limit-raise leaves b and d, oom-fast b and c, and no b load is
known to OOM within about an hour, so limit-raise takes d with BW10's load
(64 KB x 180 req/s, as CB03, CJ03 and CM10) and oom-fast c with BU10's
load (75 KB x 178 req/s, as CB10, CJ10 and CM03): batch 87's kinds of these
two regimes, the only choices that avoid batches 90 and 93 there.  The
frequent-deploys case stays a b.  Leaking kinds a 1, b 3, c 4, d 3 (batch
93: a 5, b 4, c 1, d 1).
  long-interval: CS01 a, culprit #3 of 4 at 12:35 after 35, 40 and 35 min,
    then one 245 min (4 h 05) interval to 16:40, then 30 min still leaking
    (batch 93: #2 of 3 at 12:05, 250 min; batch 90: #3 of 4 at 13:20, 255);
  culprit-last: CS02 b, the last deploy #3 of 3 at 14:05 with 140 min after
    it (batch 93: #4 of 4 at 14:25, 145 min);
  limit-raise: CS03 d, BW10's load, culprit #3 at 12:40 (80 min, should OOM
    within the hour), limit 320 -> 688 MiB (heap 160 -> 344 MB; batches
    74-93: 640, 768, 768, 720, 640, 704, 672, 736) at #4 at 14:00, then #5
    at 14:35 (batch 93: #2, raise at #3, 300 MiB);
  multi-task: CS04 c on three tasks with rolling deploys 10 min apart
    (batches 74-93: 3, 4, 5, 6, 5, 4, 7, 8), culprit #3 of 4 at 13:39;
  quick-followup: CS05 d, culprit #3 at 13:25 followed 7 min later by an
    unrelated #4 (batches 74-93: 15, 12, 10, 14, 12, 13, 11, 9 min);
  flag-flip: CS06 c behind crickhowell_llandovery_fermata_alerts, on at
    14:14:30, 80 min into v3's 125 min interval, the series' third (batches
    74-95: 40-75 min in);
  slow-leak: CS07 d at ~1.5 %/h, #2 of 3 at 12:45, 100 and 90 min;
  fixed-later: CS08 b, the culprit #3 at 13:13, #4 still leaking, the fix
    #5 at 14:50 named in labels.json (batch 93: #2 fixed by #4);
  culprit-early: CS09 c, the culprit #1 after 40 min of v1 (batch 93: 30);
  oom-fast: CS10 c, BU10's load, culprit #2 of 4 at 13:10 (85 min interval;
    batch 93: #3 of 4);
  frequent-deploys: CS11 b, 9 deploys 16-41 min apart, the culprit #5 at
    13:42 (own 27 min; of #3..#9 of the draw, #3, #4, #5 and #7 had an own
    interval of 25 min or more; batch 93: #4 of 8, batch 90: #3 of 8), 21
    lines, 400 SKUs;
  healthy: CS12 a step at #5 of 6 (14:04) on the quote route (60000 entries
    at boot; batch 93: orders #4 of 5), CS13 a bounded LRU of 1125 entries
    (no scenario used it before) with 4 deploys 43-52 min apart from 12:20
    through the afternoon peak, CS14 kind none on the orders route with one
    235 min interval 11:15-15:10 (batch 93: quote, 08:30-12:30), CS15 kind f
    from the late afternoon peak (17:20) down the evening fall (21:55)
    (batch 93: the small hours; batch 90: the late morning), CS16 kind none
    on the quote route with 10 deploys 17-28 min apart from 09:40 (batch 93:
    orders from 10:35).
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Limits flipped from batch 93's case by case (CS01 320,
CS02 300, CS03 320, CS04 300, CS05 320, CS07 320, CS08 320, CS10 300, CS11
320, CS12 320, CS13 300, CS14 320, CS15 300, CS16 320), but CS06 and CS09
at 320 as CP06 and CP09 (at 300 MiB no c pair of 5-9 KB at 75-120 req/s is
within 0.4 % of ~4.5 %/h).

Split (split96.json, written by /work/tracelab-raw96/make_split.py before
recording): as batches 34-93, in each regime group of n >= 2 the
first-numbered case is dev, the others validation; single cases
validation.  Every regime has a single case, so 0 dev, 16 validation.  11
leaking (a: CS01; b: CS02, CS08, CS11; c: CS04, CS06, CS09, CS10; d: CS03,
CS05, CS07; CS06 with no culprit deploy; CS08 fixed two deploys later), 5
healthy (CS12 step, CS13 e, CS14 and CS16 none, CS15 f).

Loads by the units over batches 93-95 (the rule batch 93 used: the mean of
unit x measured/aimed over every case of a kind and class in the three
batches; %/h per unit of load at peak traffic at 256 MiB; multiply by 256 /
limit for another limit; per task divide the load by the number of tasks)
(/work/tracelab-raw96/units.py, units.out):
  a 0.0203 frequent (not used), 0.0178 over an hour or more;
  b 0.00255 frequent, 0.00226 over an hour or more;
  c 0.0127 frequent (not used), 0.0125 over an hour or more;
  d 0.0115 frequent (not used), 0.00658 over an hour or more.
The frequent unit for the frequent-deploys b, the units over an hour or
more for every other leaking case.  Each load rounded so the unit gives the
aim within 0.4 % (/work/tracelab-raw96/design.py, design.out).  Aims at
peak traffic as batch 93:
  long-interval ~3 %/h (CS01 a 5 KB at 42, 320 MiB); culprit-last ~4.5
  (CS02 b 22 lines at 106, 300); multi-task ~4.5 per task (CS04 c 5 KB at
  253 over 3 tasks, 300); quick-followup ~4.5 (CS05 d 6 KB at 142, 320);
  flag-flip ~4.5 (CS06 c 5 KB at 90, 320); slow-leak ~1.5 (CS07 d 3 KB at
  95, 320); fixed-later ~5 (CS08 b 24 lines at 115, 320); culprit-early
  ~4.5 (CS09 c 5 KB at 90, 320); frequent-deploys ~5 (CS11 b 21 lines at
  117, 320).  The d unit over an hour or more fell to 0.00658 (CP08's 0.43),
  so the d over an hour needs 142 req/s with 6 KB (d rates 70-160 here, not
  70-110); the b fixed-later at 320 MiB needs 24 lines (22 lines at 119
  give 4.73 %/h).  Not by the units: CS03 d 64 KB at 180, 320 MiB, heap 160
  MB, then 688 MiB and heap 344 MB from #4 (BW10's load); CS10 c 75 KB at
  178, 300 MiB, heap 160 MB (BU10's load).  Healthy, earlier loads: CS12
  step, quote 20 lines at 95 (400 SKUs) with 60000 entries (as CQ14), 320
  MiB; CS13 LRU_MAX 1125, 9000 SKUs, quote 22 lines at 95 (as CP13), 300
  MiB; CS14 orders 6 KB at 90 (as CM14), 320 MiB; CS15 report 450 KB held
  430 ms at 100 req/s, 72 load threads (as CP15), 300 MiB; CS16 quote 20
  lines at 95 with 400 SKUs (as CP14), 320 MiB.  Heap 160 MB everywhere but
  CS03 after its raise.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCR = runpy.run_path(os.path.join(_HERE, "scenarios95.py"))["SCENARIOS"]   # 11..1628 (scenarios94.py's 11..1612, CR 1613..1628)

_CS01 = [35, 40, 35, 245, 30]       # long interval a: culprit #3 at 12:35, 245 min (4 h 05) to 16:40, then 30 min
_CS02 = [45, 40, 45, 140]           # culprit-last b: #3 of 3 at 14:05, 140 min of evidence
_CS03 = [40, 35, 35, 80, 35, 30]    # limit raise d (BW10's load): culprit #3 at 12:40, raise at #4 at 14:00
_CS05 = [45, 40, 35, 7, 80, 40]     # quick follow-up d: culprit #3 at 13:25, the unrelated #4 7 min later
_CS06 = [45, 40, 125, 40]           # flag flip c: on 80 min into v3's 125 min interval (the series' third)
_CS07 = [40, 45, 100, 90]           # slow d: culprit #2 at 12:45, 100 and 90 min leaking
_CS10 = [45, 40, 85, 35, 30]        # oom-fast c (BU10's load): culprit #2 at 13:10 in an 85 min interval
_CS14 = [40, 235, 35]               # healthy long, orders: one 235 min interval 11:15-15:10

CS_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CS01-a-long-interval-245-culprit-3-320", seed=96001, kind="a", culprit=3,
         intervals=list(_CS01),
         start="2031-03-17T10:45:00Z", service="aberaeron-llandeilo-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=42, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aberaeron-cadenza-history", "Keep aberaeron llandeilo orders for the cadenza history"),
         note="culprit #3 at 12:35 after 35, 40 and 35 min healthy intervals, then one 245 min (4 h 05) interval "
              "(12:35-16:40) from the lunch bump through the peak into the late afternoon; ~3 %/h of 320 MiB at "
              "peak; #4 at 16:40 still leaks (30 min); epoch, ascending"),
    dict(name="CS02-b-culprit-last-3-300", seed=96002, kind="b", culprit=3,
         intervals=list(_CS02),
         start="2031-03-18T11:55:00Z", service="machynlleth-dolgellau-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/machynlleth-ostinato-quote-memo", "Memoise machynlleth dolgellau quotes per ostinato and customer"),
         note="the culprit is the last deploy #3 at 14:05: one 140 min interval of evidence (to 16:25) after 45, "
              "40 and 45 min healthy ones; ~4.5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs)"),
    dict(name="CS03-d-limit-raise-688", seed=96003, kind="d", culprit=3,
         limit_raise={"deploy": 4, "limit_mib": 688, "heap_mb": 344},
         intervals=list(_CS03),
         start="2031-03-19T10:50:00Z", service="beddgelert-porthmadog-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/beddgelert-glissando-timers", "Confirm beddgelert porthmadog bookings from delayed glissando timers"),
         limit_pr_title=("ops/beddgelert-porthmadog-bookings-memory-688", "Give the beddgelert porthmadog bookings task 688 MiB of memory after OOM restarts"),
         note="leak from #3 at 12:40 (BW10's load, 64 KB bookings at 180 req/s, heap 160 MB; CJ03's OOM 46 min in, "
              "CM10's 53) should OOM within the hour, within #3's 80 min; limit 320 -> 688 MiB (heap 344 MB) at #4 "
              "at 14:00, the percentages fall to 0.47 of the old scale and the leak goes on through #4 (35 min) "
              "and #5 (30 min); ascending"),
    dict(name="CS04-c-three-tasks-culprit-3-300", seed=96004, kind="c", culprit=3, tasks=3, roll_gap=10,
         intervals=gen_intervals(96004, 4, lo=45, hi=60),
         start="2031-03-20T11:00:00Z", service="criccieth-llanberis-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=253, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/criccieth-pizzicato-listeners", "Tell open criccieth llanberis bookings when a pizzicato frees"),
         note="3 tasks, rolling deploys 10 min apart per task; 4 deploys 48-57 min apart, culprit #3 at 13:39 (56 "
              "and 55 min leaking, to 15:30); each task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="CS05-d-quick-followup-culprit-3-320", seed=96005, kind="d", culprit=3,
         intervals=list(_CS05),
         start="2031-03-21T11:25:00Z", service="rhayader-tregaron-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=142, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/rhayader-rubato-timers", "Confirm rhayader tregaron bookings from delayed rubato timers"),
         note="culprit #3 at 13:25 runs only 7 min before an unrelated follow-up #4 at 13:32 (which still leaks, "
              "80 min), then #5 at 14:52 (40 min, to 15:32); ~4.5 %/h of 320 MiB at peak; ascending"),
    dict(name="CS06-c-flag-flip-320", seed=96106, kind="c", flag="crickhowell_llandovery_fermata_alerts",
         flag_at=sum(_CS06[:2]) + 80, intervals=list(_CS06),
         start="2031-03-22T11:30:00Z", service="crickhowell-llandovery-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag crickhowell_llandovery_fermata_alerts on at 14:14:30, 80 min after #2 and 45 "
              "min before #3 (v3's interval 125 min, the series' third), then #3 (40 min, to 15:40); open bookings "
              "told of fermata alerts (~4.5 %/h of 320 MiB at peak) from then on"),
    dict(name="CS07-d-slow-leak-culprit-2-320", seed=96007, kind="d", culprit=2,
         intervals=list(_CS07),
         start="2031-03-23T11:20:00Z", service="harlech-barmouth-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/harlech-tremolo-timers", "Confirm harlech barmouth bookings from delayed tremolo timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 12:45 after 40 and 45 min healthy intervals; "
              "100 and 90 min leaking intervals (to 15:55); ascending"),
    dict(name="CS08-b-fixed-two-later-320", seed=96108, kind="b", culprit=3, fixed=5,
         intervals=gen_intervals(96008, 5, lo=35, hi=55),
         start="2031-03-24T11:00:00Z", service="aberdaron-nefyn-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/aberdaron-vibrato-quote-memo", "Memoise aberdaron nefyn quotes per vibrato and customer"),
         fixed_pr_title=("fix/aberdaron-vibrato-quote-memo-bounded", "Bound the aberdaron nefyn quote memo to the vibrato SKUs"),
         note="leak from #3 at 13:13 (42 min, then #4 55 min still leaking; ~5 %/h of 320 MiB at peak) after 39, 54 "
              "and 40 min healthy intervals; fixed two deploys later by #5 at 14:50, then 38 min (to 15:28); good "
              "releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CS09-c-culprit-first-after-40-320", seed=96009, kind="c", culprit=1,
         intervals=gen_intervals(96009, 4, {0: 40}, lo=30, hi=70),
         start="2031-03-25T12:50:00Z", service="pwllheli-abersoch-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/pwllheli-legato-listeners", "Tell open pwllheli abersoch bookings when a legato frees"),
         note="culprit is the first deploy #1 at 13:30, after 40 min of v1; every later interval leaks (35, 53, 64 "
              "and 68 min, to 17:10; ~4.5 %/h of 320 MiB at peak); ascending"),
    dict(name="CS10-c-oom-fast-culprit-2-300", seed=96010, kind="c", culprit=2,
         intervals=list(_CS10),
         start="2031-03-26T11:45:00Z", service="narberth-saundersfoot-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/narberth-sforzando-listeners", "Tell open narberth saundersfoot bookings when a sforzando frees"),
         note="leak from #2 at 13:10, 75 KB bookings at 178 req/s (BU10's load; CJ10's OOM 46 min in, CM03's 47): "
              "OOM within about an hour of the onset (heap 160 MB), in #2 (85 min); #3 (35 min) and #4 (30 min) "
              "still leaking"),
    dict(name="CS11-b-frequent-deploys-culprit-5-320", seed=96011, kind="b", culprit=5,
         intervals=gen_intervals(96011, 9, lo=15, hi=45),
         start="2031-03-27T11:15:00Z", service="llangollen-corwen-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/llangollen-portamento-quote-memo", "Memoise llangollen corwen quotes per portamento and customer"),
         note="9 deploys 16-41 min apart from 11:15, culprit #5 at 13:42 (5 leaking intervals, 27, 16, 29, 24 and "
              "16 min, to 15:34; its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CS12-step-quote-culprit-5-320", seed=96012, kind="step", culprit=5,
         intervals=gen_intervals(96012, 6, lo=30, hi=45),
         start="2031-03-28T11:10:00Z", service="ruthin-denbigh-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/ruthin-mordent-table-at-boot", "Load the ruthin mordent table at boot"),
         note="level shift at #5 of 6 (14:04), quote route (400 SKUs); 6 deploys 30-44 min apart (44 and 32 min "
              "after the step, to 15:20); no trend after; must not alarm"),
    dict(name="CS13-e-lru-afternoon-1125-300", seed=96013, kind="e",
         intervals=gen_intervals(96013, 4, lo=40, hi=55),
         start="2031-03-29T12:20:00Z", service="llandrindod-builth-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1125"}, scan_by="TimestampAscending",
         note="bounded LRU (1125 entries) refilling after each of 4 deploys 43-52 min apart, from 12:20 through the "
              "afternoon peak to 16:26; must not alarm; ascending"),
    dict(name="CS14-none-long-interval-orders-320", seed=96014, kind="none",
         intervals=list(_CS14),
         start="2031-03-30T10:35:00Z", service="knighton-presteigne-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, orders route; one 235 min (3 h 55) interval (11:15-15:10) from the late morning through "
              "the lunch bump into the afternoon peak between 40 and 35 min ones; must not alarm; epoch"),
    dict(name="CS15-f-load-evening-fall-300", seed=96015, kind="f", workers=72,
         intervals=gen_intervals(96015, 3, lo=55, hi=75),
         start="2031-03-31T17:20:00Z", service="amlwch-beaumaris-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from the late afternoon peak (17:20, 0.98 of the peak) down the "
              "evening fall to 21:55 (0.65), across 3 deploys 63-73 min apart; must not alarm; ascending"),
    dict(name="CS16-none-frequent-quote-320", seed=96016, kind="none",
         intervals=gen_intervals(96016, 10, lo=16, hi=30),
         start="2031-04-01T09:40:00Z", service="llangefni-cemaes-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (400 SKUs, no cache), 09:40 up the morning rise through the lunch bump to "
              "13:56; 10 deploys 17-28 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCR + CS_SCENARIOS
