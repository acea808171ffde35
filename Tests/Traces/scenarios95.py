"""memblame's tracelab scenarios, batch 95: CR01..CR16 (real memory traces with labels).

(Named CR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-94 used AA..AZ, BA..BZ and CA..CQ.  No case
folder, scenario name or split entry on main, traces94 or here starts with
"CR"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 95"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios95.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios95.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw95 CR04-... CR01-...

(The broad mix of batch 92 (its template; batches 73, 75, 78, 80, 83, 86
and 89 of the same kind): no long-interval case.  The longest case, CR04,
has 319 samples; the 16 cases have 4 381 samples in all, kept short for a
recording budget of 1100 s.  Every case of 285 samples or more (CR01, CR04,
CR05, CR11, CR13) uses ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file; the ISO
8601 cases have 282 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios94.py (unchanged, exactly as committed
on traces94: scenarios93.py's scenarios at 11..1596, CQ at 1597..1612) and
lists the CR scenarios last (1613..1628), as scenarios94.py runs
scenarios93.py.  Seeds are 95001..95016, each case's seed +100 (repeatedly)
if its PR or pipeline numbers collide with an earlier scenario or a case in
real/ (/work/tracelab-raw95/check_numbers.py, batch 93's adapted); the
intervals stay the draws of the first seed, gen_intervals(950NN, ...).
One seed bumped: CR12's 95012 gave PR 571432, a pipeline number of AS13
(scenario and case), so CR12 has seed 95112 (its intervals still
gen_intervals(95012, ...)); the other fifteen are the first tried.  CR
PRs 567638-572914 (CQ ends at 567271), pipelines 1134167-1144783
(1133431), 7 digits.

The mix, as batch 92 (a broad blind validation over every leak kind), the
kinds rotated away from batches 89 and 92 in every regime (batch 89:
hourly d, few-hours a, culprit-last a, slow d, fixed-later d, flag flip c,
culprit-early b, multi-task a; batch 92: c, d, d, b, a, a, c, c; here a, c,
c, a, c, d, a, b), the frequent non-b case a d (batch 92: a, batch 89: c),
the two frequent b still b; of the two kinds each regime leaves, the ones
that keep the leak kinds even (a 3, b 3, c 3, d 2; batch 92: a 3, b 3, c 3,
d 2; batch 89: a 3, b 3, c 2, d 3):
  frequent-deploys (3): CR01 d, #4 of 10 at 13:43, 15-42 min apart; CR02
    b, #3 of 9 at 13:23, 17-45 min apart; CR03 b, #7 of 8 at 14:32, 16-45
    min apart (gen_intervals(seed, n, lo=15, hi=45); the culprits at #4, #3
    and #7, none at the position its number of deploys had in batch 92 (#5
    of 8, #6 of 8, #4 of 9) or batch 89 (#4 of 7, #3 of 7, #8 of 10), each
    one of the positions #3..#n of its draw whose own interval is 25 min or
    more); every b next to the per-SKU cache of 400 SKUs;
  hourly (1): CR04 a, 4 deploys 56-67 min apart, #3 of 4 at 14:17 (batch
    92: #2 of 4; batch 89: #3 of 4);
  few-hours (1): CR05 c, 40 and 80 min, then the culprit #2 at 13:15 with
    140 min, then 40 min still leaking;
  culprit-last (1): CR06 c, the last deploy #3 at 14:20 with 135 min after
    it (batch 92: #3 with 140 min; batch 89: #4 with 120 min);
  slow-leak (1): CR07 a at ~1.5 %/h, #2 of 3 at 13:05, 90 and 100 min
    leaking;
  fixed-later (1): CR08 c, the culprit #2 at 13:13 (44 min, then #3 52 min
    still leaking), fixed two deploys later by #4 at 14:49 (45 min, then #5
    41 min, to 16:15) (batch 92: #4 fixed by #6; batch 89: #3 fixed by #5);
  flag-flip (1): CR09 d behind a flag switched on at 14:04:30, 75 min into
    v2's 130 min interval (the series' second; batch 92's CO09: 55 min
    into v2's 125; batch 89's CL09: 60 min into v4's 130; batch 93's CP06:
    70 min into v3's 120), then #2 (45 min) and #3 (40 min); no deploy to
    blame;
  culprit-early (1): CR10 a, the culprit #1 at 13:50 after 45 min of v1
    (batch 92: 35 min; batches 86 and 89: 40; batch 93: 30);
  multi-task (1): CR11 b on two tasks, rolling deploys 9 min apart (batch
    92: 7; batch 89: 6; batch 93: 8 over three tasks), #2 of 5 at 13:25
    (batch 92: #3 of 5; batch 89: #2 of 4), 400 SKUs;
  healthy-lru (2): CR12 a bounded LRU of 775 entries under 7 deploys 20-36
    min apart from 11:20 (batch 92: 725 from 12:30; batch 89: 650 from
    12:55); CR13 an LRU of 1300 entries that warms up for hours after one
    35 min first interval from the data's start (11:05, through the lunch
    bump into the peak; 125 and 125 min; batch 92: 1350 from 09:50, batch
    89: 950 from 08:40);
  healthy-step (1): CR14, a 60000-entry table loaded at boot from the step
    deploy #2 of 5 on (13:37), orders route (batch 92: quote at #3; batch
    89: orders at #4), 35-54 min apart;
  healthy-load (1): CR15, kind f, reports in flight while the traffic rises
    through the morning, 06:20-10:44 (0.35 of the peak up to 0.73; batch
    92: the evening fall, batch 89: the dawn rise), 3 deploys 60-70 min
    apart;
  healthy-frequent (1): CR16, kind none on the orders route (6 KB at 90
    req/s; batch 92: quote, batch 89: orders), 10 deploys 16-29 min apart
    from 13:40 through the peak into the early evening.

Split (Tests/Traces/split95.json, written and committed before recording):
as the brief asked, every case is `validation` (0 development, 16
validation); the regime tags are batch 92's.

11 leaking (a: CR04, CR07, CR10; b: CR02, CR03, CR11; c: CR05, CR06, CR08;
d: CR01, CR09; CR08 fixed two deploys later; CR09 with no culprit deploy),
5 healthy (CR12, CR13 e, CR14 step, CR15 f, CR16 none).

Loads by the units batch 93's README section gives for the next batch (the
rule over batches 91-93: the mean over every case of batches 91-93 of a
kind and class (frequent deploys; intervals of an hour or more) of (its
unit) x (its measured / aimed ratio); %/h per unit of load at peak traffic
at 256 MiB; multiply by 256 / limit for another limit; per task divide the
load by the number of tasks) (/work/tracelab-raw95/units.py reproduces
them, units.out; batch 94's section, which could give newer ones, was not
written when this batch was designed):
  a 0.0251 frequent (not used), 0.0179 over an hour or more;
  b 0.00305 frequent, 0.00225 over an hour or more;
  c 0.00914 frequent (not used), 0.00953 over an hour or more;
  d 0.0156 frequent, 0.00958 over an hour or more.
The frequent units for the three frequent-deploys cases, the units over an
hour or more for every other leaking case (the fixed-later, flag-flip,
culprit-early and multi-task cases too, as every earlier one).  Each load
rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw95/design.py, batch 92's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s, b 15-22 lines at 80-119 (the frequent b one line count each:
23 (batch 86's count; none of batch 92's 22 and 20, batch 89's 17 and 19,
batch 93's 18) at 320 MiB and 16 at 120 req/s, one above the usual range,
at 300 MiB), c 5-9 KB at 75-120, d 4-6 KB at 70-110, the slow a 2-3 KB at
30-60 (as CI07's 2 KB at 46), the b over two tasks 15-22 lines at 160-240;
design.out; /work/tracelab-raw95/verify.py checks it).  Aims at peak
traffic:
  frequent-deploys ~5 %/h (CR01 d 5 KB at 80, 320 MiB; CR02 b 23 lines at
  89, 320 MiB; CR03 b 16 lines at 120, 300 MiB); hourly ~4 %/h (CR04 a 4 KB
  at 70, 320 MiB); few-hours ~4 %/h (CR05 c 5 KB at 105, 320 MiB);
  culprit-last ~4 %/h (CR06 c 6 KB at 82, 300 MiB); slow-leak ~1.5 %/h
  (CR07 a 3 KB at 35, 320 MiB); fixed-later ~5 %/h (CR08 c 7 KB at 88, 300
  MiB); flag-flip ~4.5 %/h (CR09 d 6 KB at 98, 320 MiB); culprit-early
  ~4.5 %/h (CR10 a 5 KB at 63, 320 MiB); multi-task ~4.5 %/h per task
  (CR11 b 22 lines at 213 over 2 tasks, 300 MiB).  Every b is on the quote
  route with 400 SKUs (a bounded per-SKU cache in good releases).  Healthy,
  earlier loads: CR12 LRU_MAX 775, 9000 SKUs, quote 22 lines at 95 (as
  CO12, CL12), 320 MiB; CR13 LRU_MAX 1300, 9000 SKUs, quote 24 lines at 100
  (as CO13, CL13), 300 MiB; CR14 step, orders 5 KB at 95 with 60000
  entries (as CL14, CP12), 320 MiB; CR15 report 450 KB held 430 ms at 100
  req/s, 72 load threads (as CO15, CL15), 300 MiB; CR16 orders 6 KB at 90
  (as CL16, CP16), 300 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCQ = runpy.run_path(os.path.join(_HERE, "scenarios94.py"))["SCENARIOS"]   # 11..1612 (scenarios93.py's 11..1596, CQ 1597..1612)

_CR05 = [40, 80, 140, 40]           # few-hours c: culprit #2 after 40 and 80 min, 140 min, then 40 min still leaking
_CR06 = [40, 50, 45, 135]           # culprit-last c: #3 of 3, 135 min of evidence
_CR07 = [50, 40, 90, 100]           # slow a at #2 of 3
_CR09 = [45, 130, 45, 40]           # flag flip d: on 75 min into v2's 130 min interval (the series' second)
_CR13 = [35, 125, 125]              # an LRU (1300) that warms up for hours after one 35 min first interval
_CR12 = gen_intervals(95012, 7, lo=15, hi=45)   # drawn with the first seed; the scenario's seed is 95112 (PR collision)

CR_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="CR01-d-frequent-deploys-culprit-4-320", seed=95001, kind="d", culprit=4,
         intervals=gen_intervals(95001, 10, lo=15, hi=45),
         start="2031-03-01T12:00:00Z", service="fano-romo-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/fano-gulyas-timers", "Confirm fano romo bookings from delayed gulyas timers"),
         note="10 deploys 15-42 min apart from 12:00, culprit #4 at 13:43 (7 leaking intervals, 17-42 min, to "
              "17:02; its own 42 min); ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="CR02-b-frequent-deploys-culprit-3-320", seed=95002, kind="b", culprit=3,
         intervals=gen_intervals(95002, 9, lo=15, hi=45),
         start="2031-03-02T11:20:00Z", service="anholt-laeso-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/anholt-lecso-quote-memo", "Memoise anholt laeso quotes per lecso and customer"),
         note="9 deploys 17-45 min apart from 11:20, culprit #3 at 13:23 (7 leaking intervals, 17-30 min, to 16:02; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CR03-b-frequent-deploys-culprit-7-300", seed=95003, kind="b", culprit=7,
         intervals=gen_intervals(95003, 8, lo=15, hi=45),
         start="2031-03-03T11:20:00Z", service="samso-aero-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/samso-langos-quote-memo", "Memoise samso aero quotes per langos and customer"),
         note="8 deploys 16-45 min apart from 11:20, culprit #7 at 14:32 (2 leaking intervals, 33 and 45 min, to "
              "15:50; its own 33 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== hourly
    dict(name="CR04-a-hourly-culprit-3-320", seed=95004, kind="a", culprit=3,
         intervals=gen_intervals(95004, 4, lo=55, hi=70),
         start="2031-03-04T11:00:00Z", service="langeland-bornholm-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=70, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/langeland-palacsinta-history", "Keep langeland bornholm orders for the palacsinta history"),
         note="4 deploys 56-67 min apart (hourly), culprit #3 of 4 at 14:17 (66 and 56 min leaking, to 16:19); "
              "~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours
    dict(name="CR05-c-few-hours-culprit-2-320", seed=95005, kind="c", culprit=2,
         intervals=list(_CR05),
         start="2031-03-05T11:15:00Z", service="falster-lolland-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/falster-dobos-listeners", "Tell open falster lolland bookings when a dobos frees"),
         note="v1 40 min, #1 at 11:55 (80 min), the culprit #2 at 13:15 (140 min) in the middle, then #3 at 15:35 "
              "(40 min, still leaking, to 16:15); ~4 %/h of 320 MiB at peak; epoch"),
    # ================================================================== culprit-last
    dict(name="CR06-c-culprit-last-3-300", seed=95006, kind="c", culprit=3,
         intervals=list(_CR06),
         start="2031-03-06T12:05:00Z", service="endelave-tuno-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=82, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/endelave-retes-listeners", "Tell open endelave tuno bookings when a retes frees"),
         note="the culprit is the last deploy #3 at 14:20: one 135 min interval of evidence (to 16:35) after 40, "
              "50 and 45 min healthy ones; ~4 %/h of 300 MiB at peak; ascending"),
    # ================================================================== singles
    dict(name="CR07-a-slow-leak-culprit-2-320", seed=95007, kind="a", culprit=2,
         intervals=list(_CR07),
         start="2031-03-07T11:35:00Z", service="sejero-mors-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=35, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/sejero-pogacsa-history", "Keep sejero mors orders for the pogacsa history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:05 after 50 and 40 min healthy intervals; 90 "
              "and 100 min leaking intervals (190 min after the culprit, to 16:15)"),
    dict(name="CR08-c-fixed-two-later-300", seed=95008, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(95008, 5, lo=40, hi=55),
         start="2031-03-08T11:35:00Z", service="livo-strynoe-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=88, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/livo-kifli-listeners", "Tell open livo strynoe bookings when a kifli frees"),
         fixed_pr_title=("fix/livo-kifli-listeners-removed", "Remove the kifli listener when a livo strynoe booking finishes"),
         note="leak from #2 at 13:13 (44 min, then #3 52 min still leaking; ~5 %/h of 300 MiB at peak) after 53 "
              "and 45 min healthy intervals; fixed two deploys later by #4 at 14:49 (45 min), then #5 (41 min, to "
              "16:15); ascending"),
    dict(name="CR09-d-flag-flip-320", seed=95009, kind="d", flag="avernakoe_drejoe_porkolt_reminders",
         flag_at=sum(_CR09[:1]) + 75, intervals=list(_CR09),
         start="2031-03-09T12:05:00Z", service="avernakoe-drejoe-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=98, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag avernakoe_drejoe_porkolt_reminders on at 14:04:30, 75 min after #1 and 55 "
              "min before #2 (v2's interval 130 min, the series' second), then #2 (45 min) and #3 (40 min, to "
              "16:25); bookings confirmed from delayed porkolt reminder timers (~4.5 %/h of 320 MiB at peak) from "
              "then on"),
    dict(name="CR10-a-culprit-first-after-45-320", seed=95010, kind="a", culprit=1,
         intervals=gen_intervals(95010, 4, {0: 45}, lo=30, hi=60),
         start="2031-03-10T13:05:00Z", service="hjarnoe-egholm-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=63, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/hjarnoe-turos-history", "Keep hjarnoe egholm orders for the turos history"),
         note="culprit is the first deploy #1 at 13:50, after 45 min of v1; every later interval leaks (35-59 "
              "min, to 17:09, ~4.5 %/h of 320 MiB at peak); ascending"),
    dict(name="CR11-b-two-tasks-culprit-2-300", seed=95011, kind="b", culprit=2, tasks=2, roll_gap=9,
         intervals=gen_intervals(95011, 5, lo=40, hi=55),
         start="2031-03-11T11:45:00Z", service="fejoe-femoe-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=213, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/fejoe-csusza-quote-memo", "Memoise fejoe femoe quotes per csusza and customer"),
         note="2 tasks, rolling deploys 9 min apart per task; 5 deploys 42-55 min apart, culprit #2 of 5 at 13:25 "
              "(55, 46, 42 and 44 min leaking, to 16:32); each task ~4.5 %/h of 300 MiB at peak; good releases "
              "warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch"),
    # ================================================================== healthy-lru
    dict(name="CR12-e-lru-frequent-775-320", seed=95112, kind="e",
         intervals=list(_CR12),
         start="2031-03-12T11:20:00Z", service="askoe-baagoe-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "775"}, scan_by="TimestampAscending",
         note="bounded LRU (775 entries) refilling after each of 7 deploys 20-36 min apart, from 11:20 through "
              "the lunch bump into the peak to 15:06; must not alarm; ascending"),
    dict(name="CR13-e-lru-warmup-1300-300", seed=95013, kind="e",
         intervals=list(_CR13),
         start="2031-03-13T11:05:00Z", service="thuroe-siroe-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1300"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (1300 entries) refilling after each of 2 deploys "
              "125 min apart, after one 35 min first interval from 11:05, through the lunch bump into the peak to "
              "15:50; must not alarm; epoch"),
    # ================================================================== healthy singles
    dict(name="CR14-step-orders-culprit-2-320", seed=95014, kind="step", culprit=2,
         intervals=gen_intervals(95014, 5, lo=35, hi=55),
         start="2031-03-14T12:15:00Z", service="venoe-agersoe-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/venoe-fozelek-table-at-boot", "Load the venoe fozelek table at boot"),
         note="level shift at #2 of 5 (13:37), orders route; 5 deploys 35-54 min apart (54, 52, 36 and 50 min "
              "after the step, to 16:49); no trend after; must not alarm; ascending"),
    dict(name="CR15-f-load-morning-rise-300", seed=95015, kind="f", workers=72,
         intervals=gen_intervals(95015, 3, lo=55, hi=75),
         start="2031-03-15T06:20:00Z", service="barsoe-aaroe-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up the morning rise, from 06:20 (0.35 of the peak) to 10:44 "
              "(0.73), across 3 deploys 60-70 min apart; must not alarm; ascending"),
    dict(name="CR16-none-frequent-orders-300", seed=95016, kind="none",
         intervals=gen_intervals(95016, 10, lo=16, hi=30),
         start="2031-03-16T13:40:00Z", service="bogoe-hesseloe-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 13:40 through the afternoon peak into the early evening (17:38); 10 deploys "
              "16-29 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCQ + CR_SCENARIOS
