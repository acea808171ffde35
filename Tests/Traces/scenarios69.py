"""memblame's tracelab scenarios, batch 69: BR01..BR16 (real memory traces with labels).

(Named BR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-68 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO, BP and BQ.  No case folder, scenario name or
split entry starts with "BR"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 69"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios69.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios69.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw69 BR05-... BR04-...

(A broad batch, as batch 67.  No long-interval case, as batches 63, 65 and
67: tracelab has no time compression (a sample is always 0.25 s of
recording and one simulated minute), so deploys 6-12 h apart would take
360-720 samples per interval; the longest rhythms here are BR05's few-hours
b (135 and 125 min), the two culprit-last intervals (165 and 135 min),
BR13's warm-up (140 and 125 min) and BR16's last interval (125 min).  The
longest case, BR05, has 340 samples (about 85 s of recording); the 16 cases
have 4 521 samples in all, kept short for a recording budget of 1100 s.
Every case over 300 samples (BR03, BR04, BR05, BR08, BR09, BR13) and two
shorter ones (BR07, BR15) use ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file; the ISO
8601 cases have 300 samples or fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios68.py
first, unchanged and in the same order (positions 11..1196, exactly as when
scenarios68.py is passed), and the BR scenarios after them (positions
1197..1212).  Only the BR scenarios are recorded from this file.  Seeds are
69001..69016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw69/check_numbers.py, batch 68's adapted to BR).

The mix, a broad batch as batch 67 (11 leaking, 5 healthy):
  frequent-deploys (3): two b next to the per-SKU cache of 400 SKUs with 8
    deploys every 15-45 min (gen_intervals(seed, 8, lo=15, hi=45)), the
    culprits #4 at 12:34 (own 40 min, 5 leaking intervals, BR01 dev) and
    #6 at 16:27 (own 31 min, 3 leaking intervals, BR02), and a c with 9
    deploys 15-44 min apart (gen_intervals(seed, 9, lo=15, hi=45)), the
    culprit #3 at 11:45 (own 44 min, 7 leaking intervals, BR03);
  hourly (1): a, 4 deploys 60-72 min apart (gen_intervals(seed, 4, lo=60,
    hi=85)), the culprit #3 of 4 at 12:35 (60 and 72 min leaking) (BR04);
  few-hours (1): b, v1 45 min, #1 at 09:50 (135 min), the culprit #2 at
    12:05 (125 min), then #3 at 14:10 (35 min, still leaking) (BR05,
    BN05's form);
  culprit-last (2): the culprit is the last deploy, an a at #3 of 3 at
    13:45 after 45, 50 and 40 min, 165 min of evidence (BR06 dev), and a d
    at #4 of 4 at 12:50 after 40, 35, 45 and 40 min, 135 min of evidence
    (BR07);
  slow-leak (1): c at ~1.5 %/h, the culprit #3 at 14:05 after 35, 45 and 40
    min, then 95 and 90 min leaking (BR08);
  fixed-later (1): d fixed one deploy later, the fix named in labels.json
    (gen_intervals(seed, 4, lo=45, hi=70); #2 at 12:54, the fix #3 at
    13:53, #4 at 14:59) (BR09);
  culprit-early (1): a, the culprit #1 at 14:00 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BR10);
  multi-task (1): d on 2 tasks with rolling deploys 4 min apart, the
    culprit #2 of 3 at 14:29 (gen_intervals(seed, 3, lo=55, hi=70), as
    BP10) (BR11; metrics-ci.jsonl, gzipped after recording as every
    earlier multi-task case);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines at
    95 req/s) with 8 deploys 16-44 min apart from 10:15
    (gen_intervals(seed, 8, lo=15, hi=45), BR12 dev, as BP12), and a
    warm-up that saturates over hours: an LRU of 1200 entries (quote 24
    lines at 100 req/s, about 75 min to fill at 09:50 and 50 min at midday
    traffic) with 2 deploys 140 and 125 min apart from 08:50 (BR13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #2 of 5 on (14:25), orders, 35-52 min apart (gen_intervals(seed, 5,
    lo=35, hi=55)) (BR14);
  healthy-frequent (1): kind none on the quote route with 400 SKUs, 9
    deploys 17-30 min apart (gen_intervals(seed, 9, lo=16, hi=30)) from
    14:45 into the evening (BR15);
  healthy-flat (1): kind none on the orders route, v1 45 min, #1 and #2 40
    and 50 min, then the last deploy #3 at 13:35 and one 125 min interval
    to the end of the data, the healthy form of a culprit-last case (BR16).

Split (Tests/Traces/split69.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BR01, BR06,
BR12), 13 validation.

  three:  frequent-deploys BR01-BR03
  two:    culprit-last BR06-BR07, healthy-lru BR12-BR13
  single: hourly BR04, few-hours BR05, slow-leak BR08, fixed-later BR09,
          culprit-early BR10, multi-task BR11, healthy-step BR14,
          healthy-frequent BR15, healthy-flat BR16

11 leaking (a: BR04, BR06, BR10; b: BR01, BR02, BR05; c: BR03, BR08; d:
BR07, BR09, BR11; BR09 fixed one deploy later), 5 healthy (BR12 and BR13
e, BR14 step, BR15 and BR16 none).

Loads by batch 68's "units for the next batch" (the rule moved on by one
batch: the mean over every case of batches 66-68 of a kind and class
(frequent deploys; intervals of an hour or more) of (its unit) x (its
measured / aimed ratio), %/h per unit of load at peak traffic at 256 MiB;
multiply by 256 / limit for another limit; per task divide the load by the
number of tasks) (/work/tracelab-raw69/units.py reproduces all eight):
  a 0.018 frequent (not used), 0.0228 over an hour or more (was 0.0225);
  b 0.00325 frequent (was 0.00335), 0.00243 over an hour or more (was
    0.00271);
  c 0.00909 frequent (was 0.0102; BO09 alone), 0.0122 over an hour or more
    (was 0.0119);
  d 0.0123 frequent (not used), 0.0118 over an hour or more (was 0.00964).
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw69/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s, b 15-22 lines
at 80-119, c 5-9 KB at 75-120, the slow c 2-3 KB at 50-120, d 4-6 KB at
70-110 (150-240 over two tasks); design.out; /work/tracelab-raw69/verify.py
checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BR01 b 17 lines at 113, 320 MiB; BR02 b 17
  lines at 106, 300 MiB; BR03 c 7 KB at 92, 300 MiB); hourly ~4 %/h (BR04 a
  4 KB at 55, 320 MiB); few-hours ~4 %/h (BR05 b 21 lines at 92, 300 MiB);
  culprit-last ~4 %/h (BR06 a 5 KB at 41, 300 MiB; BR07 d 4 KB at 106, 320
  MiB); slow-leak ~1.5 %/h (BR08 c 2 KB at 77, 320 MiB); fixed-later ~5
  %/h (BR09 d 6 KB at 83, 300 MiB); culprit-early ~4.5 %/h (BR10 a 4 KB at
  58, 300 MiB); multi-task ~4.5 %/h per task (BR11 d 6 KB at 159 over 2
  tasks, 320 MiB).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BR12 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BP12), 300 MiB; BR13 LRU_MAX 1200 (P18's; the
  LRU key holds the customer, so it fills after about 1200 requests, 75 min
  at 09:50 and 50 min at midday traffic), 9000 SKUs, quote 24 lines at 100 (as BQ13), 320
  MiB; BR14 step, orders 5 KB at 95 with 60000 entries (as BP14 and BQ14),
  300 MiB; BR15 quote 20 lines at 95 with 400 SKUs (as BP16 and BQ15), 300
  MiB; BR16 orders 5 KB at 95 (as BP15), 320 MiB.  Heap 160 MB everywhere.
  The "~N %/h" in the notes are these aims, not measurements (see the
  README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBQ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios68.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BQ

_BR05 = [45, 135, 125, 35]
_BR06 = [45, 50, 40, 165]
_BR07 = [40, 35, 45, 40, 135]
_BR08 = [35, 45, 40, 95, 90]
_BR13 = [60, 140, 125]
_BR16 = [45, 40, 50, 125]

BR_SCENARIOS = [
    # ================================================================== frequent-deploys (BR01 dev, BR02-BR03 validation)
    dict(name="BR01-b-frequent-deploys-culprit-4-320", seed=69001, kind="b", culprit=4,
         intervals=gen_intervals(69001, 8, lo=15, hi=45),
         start="2030-01-09T11:05:00Z", service="bushchat-stonechat-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bushchat-whinchat-quote-memo", "Memoise bushchat stonechat quotes per whinchat and customer"),
         note="8 deploys 16-40 min apart from 11:05, culprit #4 at 12:34 (5 leaking intervals, 16-40 min; its own "
              "40 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BR02-b-frequent-deploys-culprit-6-300", seed=69002, kind="b", culprit=6,
         intervals=gen_intervals(69002, 8, lo=15, hi=45),
         start="2030-01-10T13:40:00Z", service="beaufort-reblochon-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/beaufort-tomme-quote-memo", "Memoise beaufort reblochon quotes per tomme and customer"),
         note="8 deploys 17-45 min apart from 13:40, culprit #6 at 16:27 (3 leaking intervals, 28-45 min, to "
              "18:11; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="BR03-c-frequent-deploys-culprit-3-300", seed=69003, kind="c", culprit=3,
         intervals=gen_intervals(69003, 9, lo=15, hi=45),
         start="2030-01-11T10:20:00Z", service="batiste-cambric-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/batiste-lampas-listeners", "Tell open batiste cambric bookings when a lampas frees"),
         note="9 deploys 15-44 min apart from 10:20, culprit #3 at 11:45 (7 leaking intervals, 15-44 min; its own "
              "44 min); ~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="BR04-a-hourly-culprit-3-320", seed=69004, kind="a", culprit=3,
         intervals=gen_intervals(69004, 4, lo=60, hi=85),
         start="2030-01-12T09:20:00Z", service="barite-celestine-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=55, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/barite-anhydrite-history", "Keep barite celestine orders for the anhydrite history"),
         note="4 deploys 60-72 min apart (hourly), culprit #3 of 4 at 12:35 (60 and 72 min leaking, to 14:47); "
              "~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="BR05-b-few-hours-culprit-2-300", seed=69005, kind="b", culprit=2,
         intervals=list(_BR05),
         start="2030-01-13T09:05:00Z", service="bryony-tansy-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bryony-yarrow-quote-memo", "Memoise bryony tansy quotes per yarrow and customer"),
         note="v1 45 min, #1 at 09:50 (135 min), the culprit #2 at 12:05 (125 min) in the middle, then #3 at "
              "14:10 (35 min, still leaking); ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs); epoch"),
    # ================================================================== culprit-last (BR06 dev, BR07 validation)
    dict(name="BR06-a-culprit-last-3-300", seed=69006, kind="a", culprit=3,
         intervals=list(_BR06),
         start="2030-01-14T11:30:00Z", service="basenji-saluki-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=41, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/basenji-sloughi-history", "Keep basenji saluki orders for the sloughi history"),
         note="the culprit is the last deploy #3 at 13:45: one 165 min interval of evidence (to 16:30) after 45, 50 "
              "and 40 min healthy ones; ~4 %/h of 300 MiB at peak; ascending"),
    dict(name="BR07-d-culprit-last-4-320", seed=69007, kind="d", culprit=4,
         intervals=list(_BR07),
         start="2030-01-15T10:10:00Z", service="bolero-fandango-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bolero-sardana-timers", "Confirm bolero fandango bookings from delayed sardana timers"),
         note="the culprit is the last deploy #4 at 12:50: one 135 min interval of evidence (to 15:05) after 40, 35, "
              "45 and 40 min healthy ones; ~4 %/h of 320 MiB at peak; epoch"),
    # ================================================================== singles (all validation)
    dict(name="BR08-c-slow-leak-culprit-3-320", seed=69008, kind="c", culprit=3,
         intervals=list(_BR08),
         start="2030-01-16T12:05:00Z", service="bialy-challah-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=77, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bialy-pumpernickel-listeners", "Tell open bialy challah bookings when a pumpernickel frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 14:05 after 35, 45 and 40 min healthy intervals; "
              "95 and 90 min leaking intervals (185 min after the culprit, to 17:10); epoch, ascending"),
    dict(name="BR09-d-fixed-one-later-300", seed=69009, kind="d", culprit=2, fixed=3,
         intervals=gen_intervals(69009, 4, lo=45, hi=70),
         start="2030-01-17T10:45:00Z", service="bunya-kauri-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bunya-rimu-timers", "Confirm bunya kauri bookings from delayed rimu timers"),
         fixed_pr_title=("fix/bunya-rimu-timer-cleanup", "Confirm bunya kauri bookings at once, without rimu timers"),
         note="leak from #2 at 12:54 (59 min, ~5 %/h of 300 MiB at peak); fixed by the next deploy #3 at 13:53 "
              "(66 min of the fixed release, then #4 at 14:59, 64 min); epoch"),
    dict(name="BR10-a-culprit-first-after-40-300", seed=69010, kind="a", culprit=1,
         intervals=gen_intervals(69010, 3, {0: 40}, lo=35, hi=80),
         start="2030-01-18T13:20:00Z", service="botfly-cranefly-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=58, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/botfly-mayfly-history", "Keep botfly cranefly orders for the mayfly history"),
         note="culprit is the first deploy #1 at 14:00, after 40 min of v1; every later interval leaks (48-77 "
              "min, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="BR11-d-two-tasks-culprit-2-320", seed=69011, kind="d", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(69011, 3, lo=55, hi=70),
         start="2030-01-19T12:25:00Z", service="bora-mistral-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=159, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bora-sirocco-timers", "Confirm bora mistral bookings from delayed sirocco timers"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 14:29 (69 and 63 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru (BR12 dev, BR13 validation)
    dict(name="BR12-e-lru-frequent-400-300", seed=69012, kind="e",
         intervals=gen_intervals(69012, 8, lo=15, hi=45),
         start="2030-01-20T10:15:00Z", service="berbere-harissa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 8 deploys 16-44 min apart, from 10:15 through "
              "midday to 14:07; must not alarm"),
    dict(name="BR13-e-lru-warmup-1200-320", seed=69013, kind="e",
         intervals=list(_BR13),
         start="2030-01-21T08:50:00Z", service="ballade-rondeau-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1200"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1200 entries, ~75 min to fill at 09:50, ~50 at "
              "midday traffic) refilling after each of 2 deploys 140 and 125 min apart, from 08:50 through midday to "
              "14:15; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BR14-step-orders-culprit-2-300", seed=69014, kind="step", culprit=2,
         intervals=gen_intervals(69014, 5, lo=35, hi=55),
         start="2030-01-22T12:50:00Z", service="bharal-tahr-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/bharal-markhor-table-at-boot", "Load the bharal markhor table at boot"),
         note="level shift at #2 of 5 (14:25), orders route; 5 deploys 35-52 min apart (47, 52, 35 and 38 min "
              "after the step); no trend after; must not alarm; ascending"),
    dict(name="BR15-none-frequent-quote-300", seed=69015, kind="none",
         intervals=gen_intervals(69015, 9, lo=16, hi=30),
         start="2030-01-23T14:45:00Z", service="bryozoan-tunicate-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route (400 SKUs, no cache), 14:45 through the peak to 18:49; 9 deploys 17-30 min "
              "apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="BR16-none-last-interval-125-orders-320", seed=69016, kind="none",
         intervals=list(_BR16),
         start="2030-01-24T11:20:00Z", service="bisque-gazpacho-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, orders route, 11:20 through midday to the peak at 15:40; v1 45 min, #1 and #2 40 and 50 "
              "min, then the last deploy #3 at 13:35 and one 125 min interval to the end of the data (the healthy "
              "form of a culprit-last case); must not alarm"),
]

SCENARIOS = _RBQ + BR_SCENARIOS
