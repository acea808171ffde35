"""memblame's tracelab scenarios, batch 92: CO01..CO16 (real memory traces with labels).

(Named CO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-91 used AA..AZ, BA..BZ and CA..CN.  No case
folder, scenario name or split entry on main or here starts with "CO";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 92"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios92.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios92.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw92 CO08-... CO04-...

(The broad mix of batch 89 (its template; batches 73, 75, 78, 80, 83 and 86
of the same kind): no long-interval case.  The longest case, CO08, has 344
samples; the 16 cases have 4 568 samples in all, kept short for a
recording budget of 1100 s.  Every case of 289 samples or more (CO01,
CO02, CO03, CO04, CO05, CO08, CO11, CO13) uses ts_format "wire" (epoch
seconds), so that no metrics.json comes near the 30 KB limit for an
uncompressed file; the ISO 8601 cases have 280 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios91.py (unchanged: scenarios90.py's
scenarios at 11..1548 (scenarios89.py's at 11..1532, CM at 1533..1548), CN
at 1549..1564) and lists the CO scenarios last (1565..1580), as
scenarios91.py runs scenarios90.py.  Seeds are 92001..92016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw92/check_numbers.py,
batch 91's adapted); the intervals stay the draws of the first seed,
gen_intervals(920NN, ...).  No seed was bumped: all sixteen are the
first tried.  CO PRs 550767-556120 (CN ends at 550570), pipelines
1100521-1111250 (1099986), 7 digits.

The mix, as batch 89 (a broad blind validation over every leak kind), the
kinds rotated away from batches 86 and 89 in every regime (batch 86:
hourly a, few-hours b, culprit-last c, slow a, fixed-later c, flag flip b,
culprit-early a, multi-task d; batch 89: d, a, a, d, d, c, b, a; here c,
d, d, b, a, a, c, c), the frequent non-b case an a (batch 89: c, batch
86: d), the two frequent b still b; of the two kinds each regime leaves,
the ones that keep the leak kinds even (a 3, b 3, c 3, d 2; batch 89: a 3,
b 3, c 2, d 3; batch 86: a 3, b 4, c 2, d 2):
  frequent-deploys (3): CO01 (dev) a, #5 of 8 at 13:51, 17-45 min apart;
    CO02 b, #6 of 8 at 14:32, 16-45 min apart; CO03 b, #4 of 9 at 13:51,
    17-42 min apart (gen_intervals(seed, n, lo=15, hi=45); the culprits at
    #5, #6 and #4, none of batch 89's #4, #3 and #8 and none at the
    position its number had in batch 86 (#6, #5, #7), each one of the
    positions #3..#n of its draw whose own interval is 25 min or more);
    every b next to the per-SKU cache of 400 SKUs;
  hourly (1): CO04 c, 4 deploys 61-70 min apart, #2 of 4 at 13:42 (batch
    89: #3 of 4; batches 80, 83 and 86: #2 of 4);
  few-hours (1): CO05 d, 50 and 85 min, then the culprit #2 at 13:10 with
    140 min, then 45 min still leaking;
  culprit-last (1): CO06 d, the last deploy #3 at 14:35 with 140 min after
    it (batches 86 and 89: #4 with 125 and 120 min);
  slow-leak (1): CO07 b at ~1.5 %/h, #2 of 3 at 13:15, 95 and 90 min
    leaking (400 SKUs);
  fixed-later (1): CO08 a, the culprit #4 at 14:05 (51 min, then #5 50 min
    still leaking), fixed two deploys later by #6 at 15:46 (48 min, to
    16:34) (batch 89: #3 fixed by #5; batch 86: #2 fixed by #4);
  flag-flip (1): CO09 a behind a flag switched on at 13:49:30, 55 min into
    v2's 125 min interval (the series' second; batch 89's CL09: 60 min
    into v4's 130; batch 86's CI09: 65 min into v3's 135), then #2 (45
    min) and #3 (40 min); no deploy to blame;
  culprit-early (1): CO10 c, the culprit #1 at 14:00 after 35 min of v1
    (batches 86 and 89: 40 min);
  multi-task (1): CO11 c on two tasks, rolling deploys 7 min apart (batch
    89: 6; batch 86: 5), #3 of 5 at 14:04 (batch 89: #2 of 4; batch 86: #3
    of 4);
  healthy-lru (2): CO12 (dev) a bounded LRU of 725 entries under 7 deploys
    27-45 min apart from 12:30 (batch 89: 650; batch 86: 550); CO13 an LRU
    of 1350 entries that warms up for hours after one 30 min first interval
    from the data's start (09:50, through the late morning into the peak;
    135 and 130 min; batch 89: 950 from 08:40, batch 86: 1100 from 08:25);
  healthy-step (1): CO14, a 60000-entry table loaded at boot from the step
    deploy #3 of 5 on (14:09), quote route (400 SKUs) (batch 89: orders at
    #4; batch 86: quote at #4), 36-54 min apart;
  healthy-load (1): CO15, kind f, reports in flight while the traffic falls
    from the afternoon peak into the evening, 17:05-21:37 (the traffic 0.99
    of the peak down to 0.68; batch 89: the dawn rise, batch 86: the night
    trough), 3 deploys 58-72 min apart;
  healthy-frequent (1): CO16, kind none on the quote route (18 lines at
    100 req/s, 400 SKUs; batch 89: orders, batch 86: quote 20 at 95), 10
    deploys 16-30 min apart from 10:50.

Split (Tests/Traces/split92.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CO01,
CO12), 14 validation.

11 leaking (a: CO01, CO08, CO09; b: CO02, CO03, CO07; c: CO04, CO10,
CO11; d: CO05, CO06; CO08 fixed two deploys later; CO09 with no culprit
deploy), 5 healthy (CO12, CO13 e, CO14 step, CO15 f, CO16 none).

Loads by the units batch 91's README section gives for the next batch (the
rule over batches 89-91: the mean over every case of batches 89-91 of a
kind and class (frequent deploys; intervals of an hour or more) of (its
unit) x (its measured / aimed ratio); %/h per unit of load at peak traffic
at 256 MiB; multiply by 256 / limit for another limit; per task divide the
load by the number of tasks) (/work/tracelab-raw92/units.py reproduces
them, units.out):
  a 0.0287 frequent, 0.0207 over an hour or more;
  b 0.00265 frequent, 0.00282 over an hour or more;
  c 0.00826 frequent (not used), 0.012 over an hour or more;
  d 0.0156 frequent (not used), 0.0092 over an hour or more.
The frequent units for the three frequent-deploys cases, the units over an
hour or more for every other leaking case (the fixed-later, flag-flip,
culprit-early and multi-task cases too, as every earlier one).  Each load
rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw92/design.py, batch 89's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s, b 15-22 lines at 80-119 (the frequent b one line count
each, 22 and 20, none of batch 89's 17 and 19 or batch 86's 23 and 21, both
at 320 MiB: at 300 the nearest, 22 at 101 and 20 at 110, are 0.49 and
0.45 % off; the slow b 6-10 lines at 60-100, as CJ07), c 5-9 KB at 75-120
(150-240 over two tasks), d 4-6 KB at 70-110; design.out;
/work/tracelab-raw92/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (CO01 a 4 KB at 51, 300 MiB; CO02 b 22 lines at
  107, 320 MiB; CO03 b 20 lines at 118, 320 MiB); hourly ~4 %/h (CO04 c 5
  KB at 78, 300 MiB); few-hours ~4 %/h (CO05 d 5 KB at 102, 300 MiB);
  culprit-last ~4 %/h (CO06 d 5 KB at 109, 320 MiB); slow-leak ~1.5 %/h
  (CO07 b 7 lines at 89, 300 MiB); fixed-later ~5 %/h (CO08 a 7 KB at 43,
  320 MiB); flag-flip ~4.5 %/h (CO09 a 5 KB at 51, 300 MiB);
  culprit-early ~4.5 %/h (CO10 c 5 KB at 88, 300 MiB); multi-task ~4.5
  %/h per task (CO11 c 6 KB at 156 over 2 tasks, 320 MiB).  Every b is on
  the quote route with 400 SKUs (a bounded per-SKU cache in good
  releases).  Healthy, earlier loads: CO12 LRU_MAX 725, 9000 SKUs, quote 22
  lines at 95 (as CL12, CI12), 300 MiB; CO13 LRU_MAX 1350, 9000 SKUs,
  quote 24 lines at 100 (as CL13, CI13), 320 MiB; CO14 step, quote 20
  lines at 95 (400 SKUs) with 60000 entries (as CI14), 300 MiB; CO15
  report 450 KB held 430 ms at 100 req/s, 72 load threads (as CL15, CN15),
  320 MiB; CO16 quote 18 lines at 100 (400 SKUs), 320 MiB.  Heap 160 MB
  everywhere.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCN = runpy.run_path(os.path.join(_HERE, "scenarios91.py"))["SCENARIOS"]   # 11..1564 (scenarios90.py's 11..1548, CN 1549..1564)

_CO05 = [50, 85, 140, 45]           # few-hours d: culprit #2 after 50 and 85 min, 140 min, then 45 min still leaking
_CO06 = [50, 45, 40, 140]           # culprit-last d: #3 of 3, 140 min of evidence
_CO07 = [45, 50, 95, 90]            # slow b at #2 of 3
_CO09 = [40, 125, 45, 40]           # flag flip a: on 55 min into v2's 125 min interval (the series' second)
_CO13 = [30, 135, 130]              # an LRU (1350) that warms up for hours after one 30 min first interval

CO_SCENARIOS = [
    # ================================================================== frequent-deploys (CO01 dev, CO02-CO03 validation)
    dict(name="CO01-a-frequent-deploys-culprit-5-300", seed=92001, kind="a", culprit=5,
         intervals=gen_intervals(92001, 8, lo=15, hi=45),
         start="2031-01-12T11:10:00Z", service="tiree-barra-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=51, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/tiree-zurek-history", "Keep tiree barra orders for the zurek history"),
         note="8 deploys 17-45 min apart from 11:10, culprit #5 at 13:51 (4 leaking intervals, 31-45 min, to 16:15; "
              "its own 31 min); ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="CO02-b-frequent-deploys-culprit-6-320", seed=92002, kind="b", culprit=6,
         intervals=gen_intervals(92002, 8, lo=15, hi=45),
         start="2031-01-13T11:05:00Z", service="eriskay-colonsay-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/eriskay-golabki-quote-memo", "Memoise eriskay colonsay quotes per golabki and customer"),
         note="8 deploys 16-45 min apart from 11:05, culprit #6 at 14:32 (3 leaking intervals, 16-45 min, to 15:59; "
              "its own 45 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="CO03-b-frequent-deploys-culprit-4-320", seed=92003, kind="b", culprit=4,
         intervals=gen_intervals(92003, 9, lo=15, hi=45),
         start="2031-01-14T11:35:00Z", service="islay-raasay-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/islay-placki-quote-memo", "Memoise islay raasay quotes per placki and customer"),
         note="9 deploys 17-42 min apart from 11:35, culprit #4 at 13:51 (6 leaking intervals, 17-40 min, to 16:42; "
              "its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="CO04-c-hourly-culprit-2-300", seed=92004, kind="c", culprit=2,
         intervals=gen_intervals(92004, 4, lo=55, hi=70),
         start="2031-01-15T11:45:00Z", service="eigg-canna-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=78, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/eigg-kopytka-listeners", "Tell open eigg canna bookings when a kopytka frees"),
         note="4 deploys 61-70 min apart (hourly), culprit #2 of 4 at 13:42 (63, 70 and 70 min leaking, to 17:05); "
              "~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== few-hours (single, validation)
    dict(name="CO05-d-few-hours-culprit-2-300", seed=92005, kind="d", culprit=2,
         intervals=list(_CO05),
         start="2031-01-16T10:55:00Z", service="lismore-kerrera-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/lismore-pampuchy-timers", "Confirm lismore kerrera bookings from delayed pampuchy timers"),
         note="v1 50 min, #1 at 11:45 (85 min), the culprit #2 at 13:10 (140 min) in the middle, then #3 at 15:30 "
              "(45 min, still leaking, to 16:15); ~4 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== culprit-last (single, validation)
    dict(name="CO06-d-culprit-last-3-320", seed=92006, kind="d", culprit=3,
         intervals=list(_CO06),
         start="2031-01-17T12:20:00Z", service="lunga-ulva-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=109, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/lunga-faworki-timers", "Confirm lunga ulva bookings from delayed faworki timers"),
         note="the culprit is the last deploy #3 at 14:35: one 140 min interval of evidence (to 16:55) after 50, "
              "45 and 40 min healthy ones; ~4 %/h of 320 MiB at peak"),
    # ================================================================== singles (all validation)
    dict(name="CO07-b-slow-leak-culprit-2-300", seed=92007, kind="b", culprit=2,
         intervals=list(_CO07),
         start="2031-01-18T11:40:00Z", service="gigha-arran-quotes",
         profile="quote", params={"detail": 7, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/gigha-paczki-quote-memo", "Memoise gigha arran quotes per paczki and customer"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:15 after 45 and 50 min healthy intervals; 95 "
              "and 90 min leaking intervals (185 min after the culprit, to 16:20); good releases warm a per-SKU "
              "cache (400 SKUs); ascending"),
    dict(name="CO08-a-fixed-two-later-320", seed=92008, kind="a", culprit=4, fixed=6,
         intervals=gen_intervals(92008, 6, lo=40, hi=55),
         start="2031-01-19T10:50:00Z", service="cumbrae-unst-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=43, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/cumbrae-sernik-history", "Keep cumbrae unst orders for the sernik history"),
         fixed_pr_title=("fix/cumbrae-sernik-history-written", "Stop keeping cumbrae unst orders once the sernik history is written"),
         note="leak from #4 at 14:05 (51 min, then #5 50 min still leaking; ~5 %/h of 320 MiB at peak) after 45, "
              "49, 46 and 55 min healthy intervals; fixed two deploys later by #6 at 15:46 (48 min, to 16:34); "
              "epoch"),
    dict(name="CO09-a-flag-flip-300", seed=92009, kind="a", flag="fetlar_foula_makowiec_history",
         flag_at=sum(_CO09[:1]) + 55, intervals=list(_CO09),
         start="2031-01-20T12:15:00Z", service="fetlar-foula-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=51, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag fetlar_foula_makowiec_history on at 13:49:30, 55 min after #1 and 70 min "
              "before #2 (v2's interval 125 min, the series' second), then #2 (45 min) and #3 (40 min, to 16:25); "
              "orders kept for the makowiec history (~4.5 %/h of 300 MiB at peak) from then on; ascending"),
    dict(name="CO10-c-culprit-first-after-35-300", seed=92010, kind="c", culprit=1,
         intervals=gen_intervals(92010, 4, {0: 35}, lo=30, hi=60),
         start="2031-01-21T13:25:00Z", service="whalsay-bressay-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=88, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/whalsay-racuchy-listeners", "Tell open whalsay bressay bookings when a racuchy frees"),
         note="culprit is the first deploy #1 at 14:00, after 35 min of v1; every later interval leaks (44-50 "
              "min, to 17:07, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="CO11-c-two-tasks-culprit-3-320", seed=92011, kind="c", culprit=3, tasks=2, roll_gap=7,
         intervals=gen_intervals(92011, 5, lo=40, hi=55),
         start="2031-01-22T11:30:00Z", service="westray-sanday-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=156, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/westray-kolaczki-listeners", "Tell open westray sanday bookings when a kolaczki frees"),
         note="2 tasks, rolling deploys 7 min apart per task; 5 deploys 42-50 min apart, culprit #3 of 5 at 14:04 "
              "(42, 50 and 43 min leaking, to 16:19); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; "
              "epoch, ascending"),
    # ================================================================== healthy-lru (CO12 dev, CO13 validation)
    dict(name="CO12-e-lru-frequent-725-300", seed=92012, kind="e",
         intervals=gen_intervals(92012, 7, lo=15, hi=45),
         start="2031-01-23T12:30:00Z", service="stronsay-eday-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "725"},
         note="bounded LRU (725 entries) refilling after each of 7 deploys 27-45 min apart, from 12:30 through "
              "the peak to 17:02; must not alarm"),
    dict(name="CO13-e-lru-warmup-1350-320", seed=92013, kind="e",
         intervals=list(_CO13),
         start="2031-01-24T09:50:00Z", service="rousay-shapinsay-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1350"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1350 entries) refilling after each of 2 deploys "
              "135 and 130 min apart, after one 30 min first interval from 09:50, through the late morning into "
              "the peak to 14:45; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CO14-step-quote-culprit-3-300", seed=92014, kind="step", culprit=3,
         intervals=gen_intervals(92014, 5, lo=35, hi=55),
         start="2031-01-25T11:50:00Z", service="vatersay-berneray-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/vatersay-mazurek-table-at-boot", "Load the vatersay mazurek table at boot"),
         note="level shift at #3 of 5 (14:09), quote route (400 SKUs); 5 deploys 36-54 min apart (36, 54 and 40 "
              "min after the step, to 16:19); no trend after; must not alarm"),
    dict(name="CO15-f-load-evening-fall-320", seed=92015, kind="f", workers=72,
         intervals=gen_intervals(92015, 3, lo=55, hi=75),
         start="2031-01-26T17:05:00Z", service="benbecula-taransay-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load down from the afternoon peak into the evening, from 17:05 (0.99 "
              "of the peak) to 21:37 (0.68), across 3 deploys 58-72 min apart; must not alarm"),
    dict(name="CO16-none-frequent-quote-320", seed=92016, kind="none",
         intervals=gen_intervals(92016, 10, lo=16, hi=30),
         start="2031-01-27T10:50:00Z", service="scalpay-staffa-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 10:50 through the late morning into the afternoon peak "
              "(15:04); 10 deploys 16-30 min apart: each short interval is mostly warm-up; must not alarm; "
              "ascending"),
]

SCENARIOS = _RCN + CO_SCENARIOS
