"""memblame's tracelab scenarios, batch 71: BT01..BT16 (real memory traces with labels).

(Named BT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-70 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO, BP, BQ, BR and BS.  No case folder,
scenario name or split entry starts with "BT"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 71"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios71.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios71.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw71 BT04-... BT15-...

(A broad batch, as batch 69.  No long-interval case, as batches 63, 65, 67
and 69: tracelab has no time compression (a sample is always 0.25 s of
recording and one simulated minute); the longest rhythms here are BT05's
few-hours a (125 and 135 min), BT06's culprit-last interval (150 min),
BT09's night interval (225 min) and BT13's warm-up (135 and 120 min).  The
longest case, BT04, has 342 samples (about 86 s of recording); the 16
cases have 4 568 samples in all, kept short for a recording budget of 1100
s.  Every case of 300 samples or more (BT01, BT04, BT05, BT08, BT09, BT13)
and three shorter ones (BT07, BT12, BT16) use ts_format "wire" (epoch
seconds), so that no metrics.json comes near the 30 KB limit for an
uncompressed file; the ISO 8601 cases have 285 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): batches 69 and 70 were written at the same time on batch 68's
main, so scenarios69.py and scenarios70.py both run scenarios68.py and put
their 16 scenarios at the same positions 1197..1212 (batch 70 bumped six of
its seeds so that no BS number equals a BR number).  This file lists the
scenarios of scenarios70.py first, unchanged and in the same order
(scenarios68.py's at 11..1196, exactly as when scenarios68.py is passed,
and BS01..BS16 at 1197..1212, as when scenarios70.py is passed), then
batch 69's BR01..BR16 taken from scenarios69.py (unchanged, at 1213..1228,
after BS), and the BT scenarios last (1229..1244), so that BT's number
ranges lie after both BR's and BS's.  From this file deploy_records
reproduces the committed deploys.csv of every case up to BS16 but not
BR's (recorded at 1197..1212 from scenarios69.py: the committed files are
what counts); BT's numbers are checked against every committed case in
real/ (BR and BS included) and every scenario of this file.  Only the BT
scenarios are recorded from this file.  Seeds are 71001..71016, each
case's seed +100 (repeatedly) if its PR or pipeline numbers collide with
an earlier scenario or a case in real/ (/work/tracelab-raw71/check_numbers.py,
batch 70's adapted to BT).  Two seeds were bumped so, once each (the
intervals stay the draws of the first seed, gen_intervals(710NN, ...), as
batch 70's): BT10 71110 (with 71010 a PR equal to a pipeline of AG04) and
BT14 71114 (with 71014 two PRs equal to pipelines of AG06); the other
fourteen are the first tried.

The mix, a broad batch as batch 69 (11 leaking, 5 healthy):
  frequent-deploys (3): two b next to the per-SKU cache of 400 SKUs with 8
    deploys every 15-45 min (gen_intervals(seed, 8, lo=15, hi=45)), the
    culprits #5 at 14:17 (own 41 min, 4 leaking intervals, BT01 dev) and
    #3 at 14:32 (own 28 min, 6 leaking intervals, BT02), and a c with 8
    deploys 15-44 min apart, the culprit #4 at 13:37 (own 40 min, 5
    leaking intervals, BT03);
  hourly (1): d, 4 deploys 61-80 min apart (gen_intervals(seed, 4, lo=60,
    hi=85)), the culprit #2 of 4 at 12:25 (65, 76 and 61 min leaking)
    (BT04);
  few-hours (1): a, v1 50 min, #1 at 09:30 (125 min), the culprit #2 at
    11:35 (135 min), then #3 at 13:50 (30 min, still leaking) (BT05);
  culprit-last (1): c, the culprit is the last deploy #3 at 13:45 after 40,
    45 and 50 min, 150 min (2.5 h) of evidence (BT06);
  slow-leak (1): a at ~1.5 %/h, the culprit #2 at 14:00 after 40 and 45
    min, then 95 and 95 min leaking (BT07);
  fixed-later (1): b fixed two deploys later, the fix named in labels.json
    (gen_intervals(seed, 5, lo=40, hi=60); #2 at 12:38, the unrelated #3 at
    13:18 still leaking, the fix #4 at 14:15, #5 at 15:13) (BT08);
  night-pause (1): a traffic-driven d from an evening culprit, #2 at 21:10
    after 35 and 40 min, one 225 min night interval to 00:55 (the traffic
    falls from 0.72 of the peak to 0.39), then 35 min still leaking (BT09);
  culprit-early (1): c, the culprit #1 at 14:05 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BT10);
  multi-task (1): d on 2 tasks with rolling deploys 5 min apart, the
    culprit #2 of 3 at 13:42 (gen_intervals(seed, 3, lo=55, hi=70)) (BT11;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines at
    95 req/s) with 8 deploys 17-43 min apart from 11:40
    (gen_intervals(seed, 8, lo=15, hi=45), BT12 dev), and a warm-up that
    saturates over hours: an LRU of 1200 entries (quote 24 lines at 100
    req/s) with 2 deploys 135 and 120 min apart from 09:20 (BT13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #3 of 5 on (14:16), quote with 400 SKUs, 35-53 min apart
    (gen_intervals(seed, 5, lo=35, hi=55)) (BT14);
  healthy-frequent (1): kind none on the orders route, 9 deploys 20-30 min
    apart (gen_intervals(seed, 9, lo=16, hi=30)) from 14:20 into the
    evening (BT15);
  healthy-flat (1): kind none on the quote route with 400 SKUs, 3 deploys
    60-73 min apart (hourly; gen_intervals(seed, 3, lo=60, hi=85)) from
    10:30 (BT16, as BP16).

Split (Tests/Traces/split71.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (BT01,
BT12), 14 validation.

  three:  frequent-deploys BT01-BT03
  two:    healthy-lru BT12-BT13
  single: hourly BT04, few-hours BT05, culprit-last BT06, slow-leak BT07,
          fixed-later BT08, night-pause BT09, culprit-early BT10,
          multi-task BT11, healthy-step BT14, healthy-frequent BT15,
          healthy-flat BT16

11 leaking (a: BT05, BT07; b: BT01, BT02, BT08; c: BT03, BT06, BT10; d:
BT04, BT09, BT11; BT08 fixed two deploys later), 5 healthy (BT12 and BT13
e, BT14 step, BT15 and BT16 none).

Loads by batch 70's units for the next batch (the rule over batches 68-70,
batch 70's README "For the record": the mean over every case of batches
68-70 of a kind and class (frequent deploys; intervals of an hour or more)
of (its unit) x (its measured / aimed ratio), %/h per unit of load at peak
traffic at 256 MiB; multiply by 256 / limit for another limit; per task
divide the load by the number of tasks) (/work/tracelab-raw71/units.py
reproduces all eight):
  a 0.0207 frequent (not used), 0.0179 over an hour or more (was 0.0228);
  b 0.00264 frequent (was 0.00325), 0.00276 over an hour or more (was
    0.00243);
  c 0.0167 frequent (was 0.00909: BR03 1.93 and BS09 1.74 times their
    aims), 0.0102 over an hour or more (was 0.0122; BQ01's long interval,
    0.16, counts by the rule as in batch 70's units.py; without it 0.0144);
  d 0.018 frequent (not used), 0.0113 over an hour or more (was 0.0118).
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw71/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s, the slow a 2
KB at 35-100, b 15-22 lines at 80-119, c 5-9 KB at 75-120, d 4-6 KB at
70-110 (4-7 KB at 70-120 for the night pause, 150-240 over two tasks);
design.out; /work/tracelab-raw71/verify.py checked it).  Aims at peak
traffic:
  frequent-deploys ~5 %/h (BT01 b 20 lines at 111, 300 MiB; BT02 b 21
  lines at 113, 320 MiB; BT03 c 5 KB at 75, 320 MiB); hourly ~4 %/h (BT04 d
  6 KB at 74, 320 MiB); few-hours ~4 %/h (BT05 a 4 KB at 70, 320 MiB);
  culprit-last ~4 %/h (BT06 c 5 KB at 92, 300 MiB); slow-leak ~1.5 %/h
  (BT07 a 2 KB at 49, 300 MiB); fixed-later ~5 %/h (BT08 b 18 lines at 118,
  300 MiB); culprit-early ~4.5 %/h (BT10 c 6 KB at 92, 320 MiB);
  multi-task ~4.5 %/h per task (BT11 d 6 KB at 166 over 2 tasks, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (21:09:30, 0.719
  of the peak, as BK08, BP09 and BQ06): BT09 d 7 KB at 103, 300 MiB, so
  ~7.0 %/h at peak traffic and ~2.7 %/h at 00:55 (0.39 of the peak).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BT12 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BR12), 320 MiB; BT13 LRU_MAX 1200, 9000 SKUs,
  quote 24 lines at 100 (as BR13), 300 MiB; BT14 step, quote 20 lines at 95
  with 60000 entries and 400 SKUs (as BS14), 320 MiB; BT15 orders 5 KB at
  95 (as BS16), 300 MiB; BT16 quote 20 lines at 95 with 400 SKUs (as BP16),
  320 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the notes are these
  aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBS = runpy.run_path(os.path.join(_HERE, "scenarios70.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BQ (11..1196), BS (1197..1212)
_BR = [s for s in runpy.run_path(os.path.join(_HERE, "scenarios69.py"))["SCENARIOS"]
       if s["name"].startswith("BR")]                                        # BR01..BR16, here at 1213..1228

_BT05 = [50, 125, 135, 30]
_BT06 = [40, 45, 50, 150]
_BT07 = [40, 45, 95, 95]
_BT09 = [35, 40, 225, 35]
_BT13 = [50, 135, 120]

BT_SCENARIOS = [
    # ================================================================== frequent-deploys (BT01 dev, BT02-BT03 validation)
    dict(name="BT01-b-frequent-deploys-culprit-5-300", seed=71001, kind="b", culprit=5,
         intervals=gen_intervals(71001, 8, lo=15, hi=45),
         start="2030-02-10T11:15:00Z", service="bresaola-biltong-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bresaola-bottarga-quote-memo", "Memoise bresaola biltong quotes per bottarga and customer"),
         note="8 deploys 20-44 min apart from 11:15, culprit #5 at 14:17 (4 leaking intervals, 20-43 min; its own "
              "41 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BT02-b-frequent-deploys-culprit-3-320", seed=71002, kind="b", culprit=3,
         intervals=gen_intervals(71002, 8, lo=15, hi=45),
         start="2030-02-11T13:05:00Z", service="bryndza-oscypek-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bryndza-korbacik-quote-memo", "Memoise bryndza oscypek quotes per korbacik and customer"),
         note="8 deploys 15-45 min apart from 13:05, culprit #3 at 14:32 (6 leaking intervals, 15-45 min, to 17:38; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BT03-c-frequent-deploys-culprit-4-320", seed=71003, kind="c", culprit=4,
         intervals=gen_intervals(71003, 8, lo=15, hi=45),
         start="2030-02-12T11:50:00Z", service="benitoite-neptunite-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=75, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/benitoite-joaquinite-listeners", "Tell open benitoite neptunite bookings when a joaquinite frees"),
         note="8 deploys 15-44 min apart from 11:50, culprit #4 at 13:37 (5 leaking intervals, 18-44 min; its own "
              "40 min); ~5 %/h of 320 MiB at peak"),
    # ================================================================== hourly (single, validation)
    dict(name="BT04-d-hourly-culprit-2-320", seed=71004, kind="d", culprit=2,
         intervals=gen_intervals(71004, 4, lo=60, hi=85),
         start="2030-02-13T10:05:00Z", service="blackbutt-jarrah-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=74, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/blackbutt-karri-timers", "Confirm blackbutt jarrah bookings from delayed karri timers"),
         note="4 deploys 61-80 min apart (hourly), culprit #2 of 4 at 12:25 (65, 76 and 61 min leaking, to 15:47); "
              "~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="BT05-a-few-hours-culprit-2-320", seed=71005, kind="a", culprit=2,
         intervals=list(_BT05),
         start="2030-02-14T08:40:00Z", service="bladderwort-bogbean-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=70, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/bladderwort-vervain-history", "Keep bladderwort bogbean orders for the vervain history"),
         note="v1 50 min, #1 at 09:30 (125 min), the culprit #2 at 11:35 (135 min) in the middle, then #3 at "
              "13:50 (30 min, still leaking); ~4 %/h of 320 MiB at peak; epoch"),
    # ================================================================== culprit-last (single, validation)
    dict(name="BT06-c-culprit-last-3-300", seed=71006, kind="c", culprit=3,
         intervals=list(_BT06),
         start="2030-02-15T11:30:00Z", service="briard-beauceron-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/briard-mudi-listeners", "Tell open briard beauceron bookings when a mudi frees"),
         note="the culprit is the last deploy #3 at 13:45: one 150 min interval of evidence (to 16:15) after 40, 45 "
              "and 50 min healthy ones; ~4 %/h of 300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="BT07-a-slow-leak-culprit-2-300", seed=71007, kind="a", culprit=2,
         intervals=list(_BT07),
         start="2030-02-16T12:35:00Z", service="branle-galliard-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=49, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/branle-pavane-history", "Keep branle galliard orders for the pavane history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 14:00 after 40 and 45 min healthy intervals; "
              "95 and 95 min leaking intervals (190 min after the culprit, to 17:10); epoch"),
    dict(name="BT08-b-fixed-two-later-300", seed=71008, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(71008, 5, lo=40, hi=60),
         start="2030-02-17T10:40:00Z", service="barmbrack-farl-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/barmbrack-stottie-quote-memo", "Memoise barmbrack farl quotes per stottie and customer"),
         fixed_pr_title=("fix/barmbrack-quote-memo-per-sku", "Key barmbrack farl quotes per SKU again, not per stottie and customer"),
         note="leak from #2 at 12:38 (40 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 13:18 still leaks "
              "(57 min); fixed by #4 at 14:15 two deploys later (58 min of the fixed release, then #5 at 15:13, "
              "42 min); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BT09-d-night-pause-evening-culprit-300", seed=71009, kind="d", culprit=2,
         intervals=list(_BT09),
         start="2030-02-18T19:55:00Z", service="bilinga-okoume-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=103, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bilinga-sapele-timers", "Confirm bilinga okoume bookings from delayed sapele timers"),
         note="leak from #2 at 21:10 (~5 %/h at 21:10), through a 225 min night interval to 00:55 where the slope "
              "follows the traffic down (to ~2.7 %/h); #3 still leaks (35 min); epoch, ascending"),
    dict(name="BT10-c-culprit-first-after-40-320", seed=71110, kind="c", culprit=1,
         intervals=gen_intervals(71010, 3, {0: 40}, lo=35, hi=80),
         start="2030-02-19T13:25:00Z", service="bagworm-lacewing-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=92, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/bagworm-earwig-listeners", "Tell open bagworm lacewing bookings when an earwig frees"),
         note="culprit is the first deploy #1 at 14:05, after 40 min of v1; every later interval leaks (65-80 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="BT11-d-two-tasks-culprit-2-320", seed=71011, kind="d", culprit=2, tasks=2, roll_gap=5,
         intervals=gen_intervals(71011, 3, lo=55, hi=70),
         start="2030-02-20T11:30:00Z", service="brachiopod-crinoid-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=166, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/brachiopod-blastoid-timers", "Confirm brachiopod crinoid bookings from delayed blastoid timers"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #2 at 13:42 (56 and 65 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru (BT12 dev, BT13 validation)
    dict(name="BT12-e-lru-frequent-400-320", seed=71012, kind="e",
         intervals=gen_intervals(71012, 8, lo=15, hi=45),
         start="2030-02-21T11:40:00Z", service="bufflehead-wattlebird-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 17-43 min apart, from 11:40 through "
              "the peak to 16:00; must not alarm; epoch, ascending"),
    dict(name="BT13-e-lru-warmup-1200-300", seed=71013, kind="e",
         intervals=list(_BT13),
         start="2030-02-22T09:20:00Z", service="balafon-charango-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1200"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (1200 entries) refilling after each of 2 deploys "
              "135 and 120 min apart, from 09:20 through midday to 14:25; must not alarm; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="BT14-step-quote-culprit-3-320", seed=71114, kind="step", culprit=3,
         intervals=gen_intervals(71014, 5, lo=35, hi=55),
         start="2030-02-23T12:20:00Z", service="bushbuck-bluebuck-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/bushbuck-nyala-table-at-boot", "Load the bushbuck nyala table at boot"),
         note="level shift at #3 of 5 (14:16), quote route (400 SKUs); 5 deploys 35-53 min apart (41, 53 and 37 "
              "min after the step); no trend after; must not alarm; ascending"),
    dict(name="BT15-none-frequent-orders-300", seed=71015, kind="none",
         intervals=gen_intervals(71015, 9, lo=16, hi=30),
         start="2030-02-24T14:20:00Z", service="brushtail-dunnart-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 14:20 through the peak to 18:32; 9 deploys 20-30 min apart: each short "
              "interval is mostly warm-up; must not alarm"),
    dict(name="BT16-none-hourly-quote-320", seed=71016, kind="none",
         intervals=gen_intervals(71016, 3, lo=60, hi=85),
         start="2030-02-25T10:30:00Z", service="blaeberry-boysenberry-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 10:30 through midday to 14:45; 3 deploys 60-73 min apart "
              "(hourly); must not alarm; epoch, ascending"),
]

SCENARIOS = _RBS + _BR + BT_SCENARIOS
