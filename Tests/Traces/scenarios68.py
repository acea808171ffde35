"""memblame's tracelab scenarios, batch 68: BQ01..BQ16 (real memory traces with labels).

(Named BQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-67 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO and BP.  No case folder, scenario name or
split entry starts with "BQ"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 68"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios68.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios68.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw68 BQ01-... BQ15-...

(The rarer regimes, as batch 62.  tracelab has no time compression (a
sample is always 0.25 s of recording and one simulated minute), so the long
rhythms are kept to one interval of 280 min (4 h 40) in the long-interval
leak BQ01 (415 samples, the longest case, about 104 s of recording) and one
of 270 min (4 h 30) in the flat healthy-long BQ15; the 16 cases have 4 677
samples in all, kept short for a recording budget of 1100 s.  Every case
over 300 samples (BQ01, BQ06, BQ10, BQ13, BQ15) and four shorter ones
(the limit raise BQ03, the three tasks BQ04, BQ09 and BQ14) use ts_format
"wire" (epoch seconds), so that no metrics.json comes near the 30 KB limit
for an uncompressed file; the ISO 8601 cases have 300 samples or fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios67.py
first, unchanged and in the same order (positions 11..1180, exactly as when
scenarios67.py is passed), and the BQ scenarios after them (positions
1181..1196).  Only the BQ scenarios are recorded from this file.  Seeds are
68001..68016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw68/check_numbers.py, batch 67's adapted to BQ).

The mix, the rarer regimes as batch 62 (11 leaking, 5 healthy):
  long-interval (1): c, the culprit #2 at 11:55 after 50 and 45 min, then
    one 280 min interval (11:55-16:35) through midday to the peak, then 40
    min still leaking; ~2 %/h at peak (BQ01);
  culprit-last (1): d, the culprit is the last deploy #4 at 11:35 after 40,
    45, 35 and 50 min healthy intervals: one 130 min interval of evidence
    (BQ02);
  limit-raise (1): a that reaches V8's heap limit (160 MB) about 50-55 min
    after the culprit #2 at 12:00 (110 min, so perhaps a second OOM near
    its end), then the container limit raised 300 -> 600 MiB (heap 160 ->
    320 MB) at the next deploy #3 at 13:50, so the percentages halve; #3
    60 min and #4 30 min still leaking (BQ03, BK05's form with a longer
    #2);
  multi-task (1): d on 3 tasks with rolling deploys 3 min apart, the
    culprit #2 of 3 at 14:24 (gen_intervals(seed, 3, lo=55, hi=70))
    (BQ04; metrics-ci.jsonl, gzipped after recording as every earlier
    multi-task case);
  quick-followup (1): b, the culprit #2 at 11:40, an unrelated #3 10 min
    after it at 11:50 (still leaking, 90 min), then #4 at 13:20 (45 min)
    (BQ05, BK09's form);
  night-pause (1): a traffic-driven c from an evening culprit, #2 at 21:05
    after 40 and 35 min, one 240 min night interval to 01:05 (the traffic
    falls from 0.73 of the peak to 0.38), then 35 min still leaking
    (BQ06);
  slow-leak (1): a at ~1.5 %/h, the culprit #2 at 13:00 after 45 and 40
    min, then 100 and 100 min leaking (BQ07);
  culprit-early (1): d, the culprit #1 at 13:30 after 40 min of v1
    (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80)) (BQ08);
  flag-flip (1): b behind a feature flag switched on at 13:34:30, 60 min
    after #2 and 70 min before #3 (v3's interval 130 min), then one last
    interval of 50 min; no deploy to blame (BQ09);
  fixed-later (1): a fixed two deploys later, the fix named in
    labels.json (gen_intervals(seed, 5, lo=40, hi=60); #2 at 12:39, the
    unrelated #3 at 13:38 still leaking, the fix #4 at 14:37) (BQ10);
  frequent-deploys (1): b next to the per-SKU cache of 400 SKUs, 8 deploys
    15-41 min apart (gen_intervals(seed, 8, lo=15, hi=45)), the culprit #6
    at 12:29 (own 35 min, 3 leaking intervals) (BQ11);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote 22 lines
    at 95 req/s) with 3 deploys 60-63 min apart from 12:30 (BQ12 dev,
    gen_intervals(seed, 3, lo=60, hi=75), as BK15), and a warm-up that
    saturates over hours: an LRU of 2000 entries (quote 24 lines at 100
    req/s, about 80-90 min to fill at midday traffic) with 2 deploys 130
    and 150 min apart from 09:45 (BQ13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #3 of 5 on (15:16), orders, 36-54 min apart (gen_intervals(seed, 5,
    lo=35, hi=55)) (BQ14);
  healthy-long (1): kind none on the quote route with 400 SKUs, one 270 min
    interval (13:10-17:40) through the peak into the evening between 30
    min ones (BQ15, BK13's form);
  healthy-load (1): kind f, reports in flight following the load from
    08:35 into the early afternoon, 3 deploys 62-74 min apart (BQ16, BK16's
    load).

Split (Tests/Traces/split68.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  1 dev (BQ12), 15
validation.

  two:    healthy-lru BQ12-BQ13
  single: long-interval BQ01, culprit-last BQ02, limit-raise BQ03,
          multi-task BQ04, quick-followup BQ05, night-pause BQ06, slow-leak
          BQ07, culprit-early BQ08, flag-flip BQ09, fixed-later BQ10,
          frequent-deploys BQ11, healthy-step BQ14, healthy-long BQ15,
          healthy-load BQ16

11 leaking (a: BQ03, BQ07, BQ10; b: BQ05, BQ09, BQ11; c: BQ01, BQ06; d:
BQ02, BQ04, BQ08; BQ10 fixed two deploys later; BQ09 with no culprit
deploy), 5 healthy (BQ12 and BQ13 e, BQ14 step, BQ15 none, BQ16 f).

Loads by batch 67's "units for the next batch" (the rule moved on by one
batch: the mean over every case of batches 65-67 of a kind and class
(frequent deploys; intervals of an hour or more) of (its unit) x (its
measured / aimed ratio), %/h per unit of load at peak traffic at 256 MiB;
multiply by 256 / limit for another limit; per task divide the load by the
number of tasks) (/work/tracelab-raw68/units.py reproduces all eight):
  a 0.018 frequent (not used), 0.0225 over an hour or more (was 0.0198);
  b 0.00335 frequent (was 0.00298), 0.00271 over an hour or more (was
    0.00341);
  c 0.0102 frequent (not used), 0.0119 over an hour or more (was 0.00903);
  d 0.0139 frequent (not used), 0.00964 over an hour or more (was
    0.00805).
The fixed-later and flag-flip cases use the units over an hour or more, as
every earlier one.  Each load rounded so the unit gives the aim within 0.5
% (/work/tracelab-raw68/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s, the slow a 2
KB at 35-100, b 15-22 lines at 80-119, c 5-9 KB at 75-120, the slow c 2-3
KB at 50-120, d 4-6 KB at 70-110 (5-7 KB at 200-300 over three tasks);
design.out; /work/tracelab-raw68/verify.py checked it).  Aims at peak
traffic:
  long-interval ~2 %/h (BQ01 c 2 KB at 105, 320 MiB); culprit-last ~4 %/h
  (BQ02 d 5 KB at 104, 320 MiB); multi-task ~4.5 %/h per task (BQ04 d 7 KB
  at 250 over 3 tasks, 320 MiB); quick-followup ~4.5 %/h (BQ05 b 18 lines
  at 108, 300 MiB); slow-leak ~1.5 %/h (BQ07 a 2 KB at 39, 300 MiB);
  culprit-early ~4.5 %/h (BQ08 d 6 KB at 91, 300 MiB); flag-flip ~4.5 %/h
  (BQ09 b 21 lines at 99, 320 MiB); fixed-later ~5 %/h (BQ10 a 4 KB at 65,
  300 MiB); frequent-deploys ~5 %/h (BQ11 b 21 lines at 89, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (21:04:30, 0.726
  of the peak, as BK08 and BP09): BQ06 c 6 KB at 113, 300 MiB, so ~6.9
  %/h at peak traffic and ~2.6 %/h at 01:05 (0.38 of the peak).
  The limit raise aims at an OOM about 50-55 min after the onset, from
  BK05's recording (a 40 KB at 193 req/s, 300 MiB, heap 160: 17 % -> 96.7
  % in 64 min, ~75 %/h, its OOM 65 min after the onset): BQ03 a 48 KB at
  193, 300 MiB (~90 %/h), heap 160 MB, then 600 MiB and heap 320 MB from
  #3 (~45 %/h of 600 MiB, about 330 MiB of RSS at the end of #3, under
  the heap of 320 MB).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: BQ12 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BK15), 320 MiB; BQ13 LRU_MAX 2000, 9000 SKUs,
  quote 24 lines at 100, 320 MiB; BQ14 step, orders 5 KB at 95 with 60000
  entries (as BK14 and BP14), 300 MiB; BQ15 quote 20 lines at 95 with 400
  SKUs (as BP16), 300 MiB; BQ16 report 450 KB held 430 ms at 100 req/s, 72
  load threads (as BK16), 320 MiB.  Heap 160 MB everywhere but BQ03 after
  its raise.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBP = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios67.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BP

_BQ01 = [50, 45, 280, 40]
_BQ02 = [40, 45, 35, 50, 130]
_BQ03 = [45, 50, 110, 60, 30]
_BQ05 = [45, 50, 10, 90, 45]
_BQ06 = [40, 35, 240, 35]
_BQ07 = [45, 40, 100, 100]
_BQ09 = [50, 65, 130, 50]
_BQ13 = [60, 150, 130]
_BQ15 = [30, 270, 30]

BQ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="BQ01-c-long-interval-280-culprit-2-320", seed=68001, kind="c", culprit=2,
         intervals=list(_BQ01),
         start="2029-12-24T10:20:00Z", service="bascinet-gorget-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bascinet-vambrace-listeners", "Tell open bascinet gorget bookings when a vambrace frees"),
         note="culprit #2 at 11:55 after 50 and 45 min healthy intervals, then one 280 min (4 h 40) interval "
              "(11:55-16:35) through midday to the peak; slow-ish leak (~2 %/h of 320 MiB at peak); #3 at 16:35 "
              "still leaks (40 min); epoch, ascending"),
    dict(name="BQ02-d-culprit-last-4-320", seed=68002, kind="d", culprit=4,
         intervals=list(_BQ02),
         start="2029-12-25T08:45:00Z", service="bavarois-bombe-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bavarois-bienenstich-timers", "Confirm bavarois bombe bookings from delayed bienenstich timers"),
         note="the culprit is the last deploy #4 at 11:35: one 130 min interval of evidence after 40, 45, 35 and "
              "50 min healthy ones; ~4 %/h of 320 MiB at peak"),
    dict(name="BQ03-a-limit-raise-600", seed=68003, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 600, "heap_mb": 320},
         intervals=list(_BQ03),
         start="2029-12-26T10:25:00Z", service="bombardon-sackbut-orders",
         profile="orders", params={"payload_kb": 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bombardon-serpent-history", "Keep bombardon sackbut orders for the serpent history"),
         limit_pr_title=("ops/bombardon-sackbut-orders-memory-600", "Give the bombardon sackbut orders task 600 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:00 (~90 %/h of 300 MiB at peak, heap 160 MB) should OOM about 50-55 min in, "
              "perhaps again near the end of #2's 110 min; limit 300 -> 600 MiB (heap 320 MB) at #3 at 13:50, "
              "the percentages halve and the leak goes on through #3 (60 min) and #4 (30 min); epoch"),
    dict(name="BQ04-d-three-tasks-culprit-2-320", seed=68004, kind="d", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(68004, 3, lo=55, hi=70),
         start="2029-12-27T12:10:00Z", service="boomslang-mamba-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=250, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/boomslang-taipan-timers", "Confirm boomslang mamba bookings from delayed taipan timers"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 14:24 (59 and 69 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="BQ05-b-quick-followup-culprit-2-300", seed=68005, kind="b", culprit=2,
         intervals=list(_BQ05),
         start="2029-12-28T10:05:00Z", service="basbousa-halva-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/basbousa-tahini-quote-memo", "Memoise basbousa halva quotes per tahini and customer"),
         note="culprit #2 at 11:40 runs only 10 min before an unrelated follow-up #3 at 11:50 (which still leaks, "
              "90 min), then #4 at 13:20 (45 min); ~4.5 %/h of 300 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs); ascending"),
    dict(name="BQ06-c-night-pause-evening-culprit-300", seed=68006, kind="c", culprit=2,
         intervals=list(_BQ06),
         start="2029-12-29T19:50:00Z", service="bandurria-dulcimer-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=113, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bandurria-zither-listeners", "Tell open bandurria dulcimer bookings when a zither frees"),
         note="leak from #2 at 21:05 (~5 %/h at 21:05), through a 240 min night interval to 01:05 where the slope "
              "follows the traffic down (to ~2.6 %/h); #3 still leaks (35 min); epoch"),
    dict(name="BQ07-a-slow-leak-culprit-2-300", seed=68007, kind="a", culprit=2,
         intervals=list(_BQ07),
         start="2029-12-30T11:35:00Z", service="bateleur-lammergeier-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=39, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/bateleur-caracara-history", "Keep bateleur lammergeier orders for the caracara history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:00 after 45 and 40 min healthy intervals; "
              "100 and 100 min leaking intervals (200 min after the culprit, to 16:20)"),
    dict(name="BQ08-d-culprit-first-after-40-300", seed=68008, kind="d", culprit=1,
         intervals=gen_intervals(68008, 3, {0: 40}, lo=35, hi=80),
         start="2029-12-31T12:50:00Z", service="bergamasco-komondor-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=91, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bergamasco-kuvasz-timers", "Confirm bergamasco komondor bookings from delayed kuvasz timers"),
         note="culprit is the first deploy #1 at 13:30, after 40 min of v1; every later interval leaks (39-75 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    dict(name="BQ09-b-flag-flip-320", seed=68009, kind="b", flag="baumkuchen_stollen_panettone_memo",
         flag_at=sum(_BQ09[:2]) + 60, intervals=list(_BQ09),
         start="2030-01-01T10:40:00Z", service="baumkuchen-kugelhopf-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag baumkuchen_stollen_panettone_memo on at 13:34:30, 60 min after #2 and 70 "
              "min before #3 (v3's interval 130 min), then one last interval of 50 min; quotes memoised per "
              "customer (~4.5 %/h of 320 MiB at peak) from then on; good releases warm a per-SKU cache (400 "
              "SKUs); epoch, ascending"),
    dict(name="BQ10-a-fixed-two-later-300", seed=68010, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(68010, 5, lo=40, hi=60),
         start="2030-01-02T11:15:00Z", service="bloodstone-carnelian-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=65, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bloodstone-chalcedony-history", "Keep bloodstone carnelian orders for the chalcedony history"),
         fixed_pr_title=("fix/bloodstone-chalcedony-history-written", "Stop keeping bloodstone carnelian orders once the chalcedony history is written"),
         note="leak from #2 at 12:39 (59 min, ~5 %/h of 300 MiB at peak); the unrelated #3 at 13:38 still leaks "
              "(59 min); fixed by #4 at 14:37 two deploys later (43 min of the fixed release, then #5 at 15:20, "
              "58 min); epoch"),
    dict(name="BQ11-b-frequent-deploys-culprit-6-320", seed=68011, kind="b", culprit=6,
         intervals=gen_intervals(68011, 8, lo=15, hi=45),
         start="2030-01-03T09:35:00Z", service="banchan-gimbap-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/banchan-bossam-quote-memo", "Memoise banchan gimbap quotes per bossam and customer"),
         note="8 deploys 15-41 min apart from 09:35, culprit #6 at 12:29 (3 leaking intervals, 20-41 min; its own "
              "35 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== healthy-lru (BQ12 dev, BQ13 validation)
    dict(name="BQ12-e-lru-hourly-400-320", seed=68012, kind="e",
         intervals=gen_intervals(68012, 3, lo=60, hi=75),
         start="2030-01-04T12:30:00Z", service="bushtit-verdin-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 60-63 min apart (hourly), from 12:30 "
              "through the peak to 16:35; must not alarm; ascending"),
    dict(name="BQ13-e-lru-warmup-2000-320", seed=68013, kind="e",
         intervals=list(_BQ13),
         start="2030-01-05T09:45:00Z", service="bayan-concertina-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "2000"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (2000 entries, ~80-90 min to fill at midday "
              "traffic) refilling after each of 2 deploys 150 and 130 min apart, from 09:45 through midday to "
              "15:25; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="BQ14-step-orders-culprit-3-300", seed=68014, kind="step", culprit=3,
         intervals=gen_intervals(68014, 5, lo=35, hi=55),
         start="2030-01-06T13:05:00Z", service="bodkin-selvedge-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/bodkin-gusset-table-at-boot", "Load the bodkin gusset table at boot"),
         note="level shift at #3 of 5 (15:16), orders route; 5 deploys 36-54 min apart (49, 40 and 36 min after "
              "the step); no trend after; must not alarm; epoch"),
    dict(name="BQ15-none-long-interval-quote-300", seed=68015, kind="none",
         intervals=list(_BQ15),
         start="2030-01-07T12:40:00Z", service="berceuse-nocturne-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache); one 270 min (4 h 30) interval (13:10-17:40) through the "
              "peak into the evening between 30 min ones; must not alarm; epoch, ascending"),
    dict(name="BQ16-f-load-morning-to-midday-320", seed=68016, kind="f", workers=72,
         intervals=gen_intervals(68016, 3, lo=55, hi=75),
         start="2030-01-08T08:35:00Z", service="barouche-phaeton-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load up from the morning (08:35) to midday (13:03), across 3 deploys "
              "62-74 min apart; must not alarm"),
]

SCENARIOS = _RBP + BQ_SCENARIOS
