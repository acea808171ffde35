"""memblame's tracelab scenarios, batch 83: CF01..CF16 (real memory traces with labels).

(Named CF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-82 used AA..AZ, BA..BZ, CA, CB, CC, CD and
CE.  No case folder, scenario name or split entry on main or here starts
with "CF"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 83"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios83.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios83.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw83 CF04-... CF16-...

(The broad mix of batch 80 (its template; batches 73, 75 and 78 of the same
kind): no long-interval case.  The longest case, CF04, has 330 samples
(about 83 s of recording); the 16 cases have 4 586 samples in all, kept
short for a recording budget of 1100 s.  Every case of 290 samples or more
(CF01, CF02, CF03, CF04, CF05, CF07, CF08, CF09) uses ts_format "wire"
(epoch seconds), so that no metrics.json comes near the 30 KB limit for an
uncompressed file; the ISO 8601 cases have 285 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios82.py (unchanged: scenarios81.py's
scenarios at 11..1404 (scenarios80.py's at 11..1388, CD at 1389..1404), CE
at 1405..1420) and lists the CF scenarios last (1421..1436), as
scenarios82.py runs scenarios81.py.  The pipeline numbers pass 1 000 000
here (seven digits; deploy_records draws them as integers, 5000 + 700 x
position + ...).  Seeds are 83001..83016, each case's seed +100
(repeatedly) if its PR or pipeline numbers collide with an earlier scenario
or a case in real/ (/work/tracelab-raw83/check_numbers.py, batch 82's
adapted); the intervals stay the draws of the first seed,
gen_intervals(830NN, ...).  One seed was bumped, once: CF02 83102 (with
83002 its PRs 500852 and 500862 equal pipeline numbers of AM08); its
intervals stay gen_intervals(83002, ...); the other fifteen are the first
tried.

The mix, as batch 80 (a broad blind validation over every leak kind), the
kinds rotated away from batches 78 and 80 wherever the regime allows it
(batch 78: hourly d, few-hours a, culprit-last c, slow b, fixed-later d,
night-pause c, culprit-early a, multi-task a; batch 80: c, d, a, d, a, d,
c, b; here b, c, d, c, b, a, d, c), the frequent non-b case an a (batch
78: d, batch 80: c), the two frequent b still b:
  frequent-deploys (3): CF01 (dev) a, #3 of 7 at 14:31, 19-45 min apart;
    CF02 b, #4 of 7 at 14:30, 25-45 min apart; CF03 b, #5 of 9 at 14:20,
    20-42 min apart (gen_intervals(seed, n, lo=15, hi=45); the culprits at
    one of the positions #3..#7 whose own interval is 25 min or more);
    every b next to the per-SKU cache of 400 SKUs;
  hourly (1): CF04 b, 4 deploys 66-70 min apart, #2 of 4 at 13:23;
  few-hours (1): CF05 c, 35 and 95 min, then the culprit #2 at 13:15 with
    140 min, then 45 min still leaking;
  culprit-last (1): CF06 d, the last deploy #4 at 14:35 with 130 min after it;
  slow-leak (1): CF07 c at ~1.5 %/h, #3 of 4 at 13:40, 90 and 85 min leaking;
  fixed-later (1): CF08 b, the culprit #2 at 13:39 (45 min), fixed by the
    next deploy #3 at 14:24, then #4 and #5;
  night-pause (1): CF09 a, the culprit #2 at 20:40, a 200 min night
    interval to 00:00, then 40 min;
  culprit-early (1): CF10 d, the culprit #1 at 13:35 after 40 min of v1;
  multi-task (1): CF11 c on two tasks, rolling deploys 4 min apart, #3 of
    4 at 14:20;
  healthy-lru (2): CF12 (dev) a bounded LRU of 750 entries under 7 deploys
    27-39 min apart; CF13 an LRU of 800 entries that warms up for hours
    after one 45 min first interval from the data's start (08:00; 120 and
    120 min);
  healthy-step (1): CF14, a 60000-entry table loaded at boot from the step
    deploy #2 of 5 on (orders, 37-52 min apart);
  healthy-load (1): CF15, kind f, reports in flight while the traffic rises
    through the morning (08:20, 0.49 of the peak, to 12:42, 0.99), 3
    deploys 61-69 min apart;
  healthy-frequent (1): CF16, kind none, orders 6 KB at 90 req/s, 10
    deploys 16-30 min apart from 13:00.

Split (Tests/Traces/split83.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CF01,
CF12), 14 validation.

11 leaking (a: CF01, CF09; b: CF02, CF03, CF04, CF08; c: CF05, CF07, CF11;
d: CF06, CF10; CF08 fixed one deploy later), 5 healthy (CF12, CF13 e, CF14
step, CF15 f, CF16 none).

Loads by the units batch 82's README section gives for the next batch (the
rule over batches 80-82, "For the record": the mean over every case of
batches 80-82 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw83/units.py reproduces them, units.out):
  a 0.0215 frequent (CE08 alone), 0.0194 over an hour or more;
  b 0.00298 frequent, 0.00258 over an hour or more;
  c 0.0127 frequent (not used), 0.00962 over an hour or more;
  d 0.0119 frequent (not used), 0.0116 over an hour or more.
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw83/design.py, batch 80's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s, b 15-22 lines at 80-119 (the frequent b 17-23, as batch 82),
c 5-9 KB at 75-120 (150-240 over two tasks; the slow c 3-4 KB at 50-110),
d 4-6 KB at 70-110, the night pause a 4-7 KB at 40-140; design.out;
/work/tracelab-raw83/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (CF01 a 4 KB at 68, 300 MiB; CF02 b 18 lines at
  109, 300 MiB; CF03 b 20 lines at 105, 320 MiB); hourly ~4 %/h (CF04 b 17
  lines at 114, 320 MiB); few-hours ~4 %/h (CF05 c 6 KB at 81, 300 MiB);
  culprit-last ~4 %/h (CF06 d 4 KB at 101, 300 MiB); slow-leak ~1.5 %/h
  (CF07 c 3 KB at 65, 320 MiB); fixed-later ~5 %/h (CF08 b 21 lines at
  108, 300 MiB); culprit-early ~4.5 %/h (CF10 d 5 KB at 97, 320 MiB);
  multi-task ~4.5 %/h per task (CF11 c 7 KB at 167 over 2 tasks, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (20:39:30, 0.764
  of the peak, as CC09, CA09, BX09 and BV09 at theirs): CF09 a 5 KB at 79,
  300 MiB, so ~6.5 %/h at peak traffic.  Every b is on the quote route with
  400 SKUs (a bounded per-SKU cache in good releases).  Healthy, earlier
  loads but CF16's: CF12 LRU_MAX 750 (batch 80: 600), 9000 SKUs, quote 22
  lines at 95 (as CC12), 300 MiB; CF13 LRU_MAX 800 (900), 9000 SKUs, quote
  24 lines at 100 (as CC13), 320 MiB; CF14 step, orders 5 KB at 95 with
  60000 entries (as CC14), 300 MiB; CF15 report 450 KB held 430 ms at 100
  req/s, 72 load threads (as CE15, CC15), 320 MiB; CF16 orders 6 KB at 90
  (as CA16), 300 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the notes
  are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCE = runpy.run_path(os.path.join(_HERE, "scenarios82.py"))["SCENARIOS"]   # 11..1420 (scenarios81.py's 11..1404, CE 1405..1420)

_CF05 = [35, 95, 140, 45]           # few-hours c: culprit #2 after 35 and 95 min, 140 min, then 45 min still leaking
_CF06 = [35, 40, 40, 35, 130]       # culprit-last d: #4 of 4, 130 min of evidence
_CF07 = [40, 40, 45, 90, 85]        # slow c at #3 of 4
_CF09 = [40, 40, 200, 40]           # night pause a: culprit #2 at 20:40, 200 min to 00:00, then 40 min
_CF13 = [45, 120, 120]              # an LRU (800) that warms up for hours after one 45 min first interval

CF_SCENARIOS = [
    # ================================================================== frequent-deploys (CF01 dev, CF02-CF03 validation)
    dict(name="CF01-a-frequent-deploys-culprit-3-300", seed=83001, kind="a", culprit=3,
         intervals=gen_intervals(83001, 7, lo=15, hi=45),
         start="2030-08-21T12:30:00Z", service="zander-wrasse-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=68, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/zander-loach-history", "Keep zander wrasse orders for the loach history"),
         note="7 deploys 19-45 min apart from 12:30, culprit #3 at 14:31 (5 leaking intervals, 19-45 min, to 17:39; "
              "its own 45 min); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="CF02-b-frequent-deploys-culprit-4-300", seed=83102, kind="b", culprit=4,
         intervals=gen_intervals(83002, 7, lo=15, hi=45),
         start="2030-08-22T11:55:00Z", service="pappardelle-ditalini-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/pappardelle-rigatoni-quote-memo", "Memoise pappardelle ditalini quotes per rigatoni and customer"),
         note="7 deploys 25-45 min apart from 11:55, culprit #4 at 14:30 (4 leaking intervals, 25-41 min, to 16:54; "
              "its own 40 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CF03-b-frequent-deploys-culprit-5-320", seed=83003, kind="b", culprit=5,
         intervals=gen_intervals(83003, 9, lo=15, hi=45),
         start="2030-08-23T11:55:00Z", service="cassiopeia-andromeda-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/cassiopeia-cepheus-quote-memo", "Memoise cassiopeia andromeda quotes per cepheus and customer"),
         note="9 deploys 20-42 min apart from 11:55, culprit #5 at 14:20 (5 leaking intervals, 20-42 min, to 16:53; "
              "its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="CF04-b-hourly-culprit-2-320", seed=83004, kind="b", culprit=2,
         intervals=gen_intervals(83004, 4, lo=55, hi=70),
         start="2030-08-24T11:15:00Z", service="perseus-cygnus-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/perseus-auriga-quote-memo", "Memoise perseus cygnus quotes per auriga and customer"),
         note="4 deploys 66-70 min apart (hourly), culprit #2 of 4 at 13:23 (70, 66 and 66 min leaking, to 16:45); "
              "~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="CF05-c-few-hours-culprit-2-300", seed=83005, kind="c", culprit=2,
         intervals=list(_CF05),
         start="2030-08-25T11:05:00Z", service="persimmon-sapodilla-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/persimmon-longan-listeners", "Tell open persimmon sapodilla bookings when a longan frees"),
         note="v1 35 min, #1 at 11:40 (95 min), the culprit #2 at 13:15 (140 min) in the middle, then #3 at "
              "15:35 (45 min, still leaking); ~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== culprit-last (single, validation)
    dict(name="CF06-d-culprit-last-4-300", seed=83006, kind="d", culprit=4,
         intervals=list(_CF06),
         start="2030-08-26T12:05:00Z", service="durian-jackfruit-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=101, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/durian-soursop-timers", "Confirm durian jackfruit bookings from delayed soursop timers"),
         note="the culprit is the last deploy #4 at 14:35: one 130 min interval of evidence (to 16:45) after 35, "
              "40, 40 and 35 min healthy ones; ~4 %/h of 300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="CF07-c-slow-leak-culprit-3-320", seed=83007, kind="c", culprit=3,
         intervals=list(_CF07),
         start="2030-08-27T11:35:00Z", service="cherimoya-feijoa-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=65, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/cherimoya-tamarillo-listeners", "Tell open cherimoya feijoa bookings when a tamarillo frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 13:40 after 40, 40 and 45 min healthy "
              "intervals; 90 and 85 min leaking intervals (175 min after the culprit, to 16:35); epoch"),
    dict(name="CF08-b-fixed-one-later-300", seed=83008, kind="b", culprit=2, fixed=3,
         intervals=gen_intervals(83008, 5, lo=40, hi=55),
         start="2030-08-28T12:00:00Z", service="kumquat-yuzu-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/kumquat-sudachi-quote-memo", "Memoise kumquat yuzu quotes per sudachi and customer"),
         fixed_pr_title=("fix/kumquat-sudachi-quote-memo-bounded", "Stop memoising kumquat yuzu quotes per sudachi and customer"),
         note="leak from #2 at 13:39 (45 min, ~5 %/h of 300 MiB at peak) after 53 and 46 min healthy intervals; "
              "fixed by the next deploy #3 at 14:24 (52 min of the fixed release), then #4 (53 min) and #5 (43 "
              "min, to 16:52); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="CF09-a-night-pause-evening-culprit-300", seed=83009, kind="a", culprit=2,
         intervals=list(_CF09),
         start="2030-08-29T19:20:00Z", service="tenrec-solenodon-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=79, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tenrec-pademelon-history", "Keep tenrec solenodon orders for the pademelon history"),
         note="leak from #2 at 20:40 (~5 %/h at 20:40), through a 200 min night interval to 00:00 where the slope "
              "follows the traffic down; #3 still leaks (40 min); epoch, ascending"),
    dict(name="CF10-d-culprit-first-after-40-320", seed=83010, kind="d", culprit=1,
         intervals=gen_intervals(83010, 4, {0: 40}, lo=30, hi=60),
         start="2030-08-30T12:55:00Z", service="hellebore-snowdrop-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=97, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/hellebore-crocus-timers", "Confirm hellebore snowdrop bookings from delayed crocus timers"),
         note="culprit is the first deploy #1 at 13:35, after 40 min of v1; every later interval leaks (41-56 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="CF11-c-two-tasks-culprit-3-320", seed=83011, kind="c", culprit=3, tasks=2, roll_gap=4,
         intervals=gen_intervals(83011, 4, lo=45, hi=60),
         start="2030-08-31T11:30:00Z", service="wisteria-astilbe-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=167, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/wisteria-verbena-listeners", "Tell open wisteria astilbe bookings when a verbena frees"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #3 of 4 at 14:20 (58 and 52 min leaking, to "
              "16:10); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru (CF12 dev, CF13 validation)
    dict(name="CF12-e-lru-frequent-750-300", seed=83012, kind="e",
         intervals=gen_intervals(83012, 7, lo=15, hi=45),
         start="2030-09-01T12:10:00Z", service="marimba-djembe-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "750"},
         note="bounded LRU (750 entries) refilling after each of 7 deploys 27-39 min apart, from 12:10 through "
              "the peak to 16:44; must not alarm"),
    dict(name="CF13-e-lru-warmup-800-320", seed=83013, kind="e",
         intervals=list(_CF13),
         start="2030-09-02T08:00:00Z", service="psaltery-theorbo-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "800"},
         note="warm-up that saturates over hours: bounded LRU (800 entries) refilling after each of 2 deploys "
              "120 and 120 min apart, after one 45 min first interval from 08:00, through the morning rise to "
              "12:45; must not alarm"),
    # ================================================================== healthy singles (all validation)
    dict(name="CF14-step-orders-culprit-2-300", seed=83014, kind="step", culprit=2,
         intervals=gen_intervals(83014, 5, lo=35, hi=55),
         start="2030-09-03T11:50:00Z", service="wallaroo-cuscus-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/wallaroo-kabosu-table-at-boot", "Load the wallaroo kabosu table at boot"),
         note="level shift at #2 of 5 (13:24), orders route; 5 deploys 37-52 min apart (40, 39, 52 and 37 min "
              "after the step); no trend after; must not alarm; ascending"),
    dict(name="CF15-f-load-morning-rise-320", seed=83015, kind="f", workers=72,
         intervals=gen_intervals(83015, 3, lo=55, hi=75),
         start="2030-09-04T08:20:00Z", service="hurdy-gurdy-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load up through the morning (08:20, 0.49 of the peak, to 12:42, "
              "0.99), across 3 deploys 61-69 min apart; must not alarm"),
    dict(name="CF16-none-frequent-orders-300", seed=83016, kind="none",
         intervals=gen_intervals(83016, 10, lo=16, hi=30),
         start="2030-09-05T13:00:00Z", service="buckeye-mulberry-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 13:00 through the afternoon to 17:14; 10 deploys 16-30 min apart: each "
              "short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCE + CF_SCENARIOS
