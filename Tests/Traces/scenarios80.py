"""memblame's tracelab scenarios, batch 80: CC01..CC16 (real memory traces with labels).

(Named CC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-79 used AA..AZ, BA..BZ, CA and CB.  No case
folder, scenario name or split entry on main or here starts with "CC";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 80"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios80.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios80.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw80 CC05-... CC09-...

(A broad batch, as batches 73, 75 and 78 (batch 78 its template for the
regimes).  No long-interval case, as batches 63, 65, ..., 75 and 78:
tracelab has no time compression (a sample is always 0.25 s of recording
and one simulated minute); the longest rhythms here are CC05's few-hours d
(105 and 145 min), CC06's culprit-last interval (135 min), CC09's night
interval (205 min) and CC13's warm-up (130 and 120 min).  The longest
cases, CC05 and CC09, have 330 samples (about 83 s of recording); the 16
cases have 4 534 samples in all, kept short for a recording budget of
1100 s.  Every case of 290 samples or more (CC01, CC03, CC04, CC05, CC06,
CC07, CC09, CC13) uses ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file; the ISO
8601 cases have 286 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios79.py (unchanged: scenarios78.py's
scenarios at 11..1356 (scenarios77.py's at 11..1340, CA at 1341..1356), CB
at 1357..1372) and lists the CC scenarios last (1373..1388), as
scenarios79.py runs scenarios78.py.  Seeds are 80001..80016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw80/check_numbers.py,
batch 79's adapted); the intervals stay the draws of the first seed,
gen_intervals(800NN, ...).
One seed was bumped, twice: CC14 80214 (with 80014 its PRs 488230 and
488232, with 80114 its PR 488232, equal pipeline numbers of AL06); its
intervals stay gen_intervals(80014, ...); the other fifteen are the first
tried.

The mix, a broad batch as batches 73, 75 and 78 (11 leaking, 5 healthy).
The kinds are rotated away from batches 75 and 78 wherever the regime
allows it: the frequent non-b case is a c (batches 73, 75 and 78: d) and
the dev case, the two frequent b follow it; the single regimes (batch 75:
hourly a, few-hours c, culprit-last d, slow a, fixed-later c, night-pause
a, culprit-early b, multi-task c; batch 78: d, a, c, b, d, c, a, a; here c,
d, a, d, a, d, c, b).  The culprit positions (#3 of 9 c, #3 of 8 and #4 of
9 b frequent; #2 of 4 hourly; #4 of 4 culprit-last; #2 fixed by #3 with #4
and #5 after it; #3 of 4 on two tasks), the times of day, the LRU sizes
(600 and 900 entries; batch 78: 500 and 1000), the step on the orders
route at #3 of 5, kind f from the afternoon peak into the evening and the
flat frequent service on the orders route in the morning differ from
batch 78's:
  frequent-deploys (3): a c with 9 deploys 16-45 min apart
    (gen_intervals(seed, 9, lo=15, hi=45)), the culprit #3 at 13:46 (own 45
    min, 7 leaking intervals; CC01 dev), and two b next to the per-SKU
    cache of 400 SKUs: 8 deploys 16-45 min apart
    (gen_intervals(seed, 8, lo=15, hi=45)), the culprit #3 at 13:59 (own 45
    min, 6 leaking intervals, CC02), and 9 deploys 19-44 min apart, the
    culprit #4 at 14:09 (own 40 min, 6 leaking intervals, CC03);
  hourly (1): c, 4 deploys 57-69 min apart (gen_intervals(seed, 4, lo=55,
    hi=70)), the culprit #2 of 4 at 13:33 (69, 62 and 65 min leaking)
    (CC04);
  few-hours (1): d, v1 35 min, #1 at 10:55 (105 min), the culprit #2 at
    12:40 (145 min), then #3 at 15:05 (45 min, still leaking) (CC05);
  culprit-last (1): a, the culprit is the last deploy #4 at 14:20 after 35,
    45, 40 and 35 min, 135 min of evidence (CC06);
  slow-leak (1): d at ~1.5 %/h (3 KB orders at 68 req/s), the culprit #3
    of 4 at 13:45 after 40, 45 and 40 min, then 95 and 85 min leaking
    (CC07);
  fixed-later (1): a fixed by the next deploy, the fix named in labels.json
    (gen_intervals(seed, 5, lo=40, hi=55); the culprit #2 at 13:32 (45
    min), the fix #3 at 14:17 (49 min), then #4 (47 min) and #5 (53 min))
    (CC08);
  night-pause (1): d from an evening culprit, #2 at 20:35 after 45 and 40
    min, one 205 min night interval to 00:00 (the traffic falls from 0.77
    of the peak to 0.46), then 40 min still leaking (CC09);
  culprit-early (1): c, the culprit #1 at 13:30 after 40 min of v1, 4
    deploys 41-49 min apart (gen_intervals(seed, 4, {0: 40}, lo=30,
    hi=60)) (CC10);
  multi-task (1): b on 2 tasks with rolling deploys 4 min apart, the
    culprit #3 of 4 at 14:13 (gen_intervals(seed, 4, lo=45, hi=60)), 400
    SKUs (CC11; metrics-ci.jsonl, gzipped after recording as every earlier
    multi-task case);
  healthy-lru (2): a bounded LRU of 600 entries (9000 SKUs, quote 22 lines
    at 95 req/s) with 8 deploys 16-33 min apart from 12:20
    (gen_intervals(seed, 8, lo=15, hi=45), CC12 dev), and a warm-up that
    saturates over hours: an LRU of 900 entries (quote 24 lines at 100
    req/s) with 2 deploys 130 and 120 min apart from 08:10 (CC13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #3 of 5 on (13:41), orders 5 KB at 95 req/s, 40-54 min apart
    (gen_intervals(seed, 5, lo=35, hi=55)) (CC14);
  healthy-load (1): kind f, reports in flight following the load down from
    the afternoon peak (15:30, 1.00) into the evening (20:12, 0.80) across
    3 deploys 65-74 min apart (gen_intervals(seed, 3, lo=55, hi=75)) (CC15);
  healthy-frequent (1): kind none on the orders route (4 KB at 110 req/s),
    10 deploys 18-28 min apart (gen_intervals(seed, 10, lo=16, hi=30)) from
    09:50 through the morning rise to 14:10 (CC16).

Split (Tests/Traces/split80.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CC01,
CC12), 14 validation.

  three:  frequent-deploys CC01-CC03
  two:    healthy-lru CC12-CC13
  single: hourly CC04, few-hours CC05, culprit-last CC06, slow-leak CC07,
          fixed-later CC08, night-pause CC09, culprit-early CC10,
          multi-task CC11, healthy-step CC14, healthy-load CC15,
          healthy-frequent CC16

11 leaking (a: CC06, CC08; b: CC02, CC03, CC11; c: CC01, CC04, CC10; d:
CC05, CC07, CC09; CC08 fixed one deploy later), 5 healthy (CC12 and CC13 e,
CC14 step, CC15 f, CC16 none).

Loads by the units batch 79's README section gives for the next batch (the
rule over batches 77-79, "For the record": the mean over every case of
batches 77-79 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw80/units.py reproduces them, units.out):
  a 0.0172 over an hour or more (batch 79: 0.0181);
  b 0.00312 frequent (0.00214), 0.00245 over an hour or more (0.00218);
  c 0.0152 frequent (none in batches 77-79: batch 78's), 0.0106 over an
    hour or more (0.0113);
  d 0.00919 over an hour or more (0.00992); d frequent 0.0106 not used.
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw80/design.py, batch 78's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s, b 15-22 lines at 80-119 (160-238 over two tasks), c 5-9 KB
at 75-120, d 4-6 KB at 70-110 (the slow d 3-4 KB at 50-110, the night
pause 4-7 KB at 70-140); design.out; /work/tracelab-raw80/verify.py
checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (CC01 c 5 KB at 77, 300 MiB; CC02 b 20 lines at
  94, 300 MiB; CC03 b 22 lines at 91, 320 MiB); hourly ~4 %/h (CC04 c 5
  KB at 94, 320 MiB); few-hours ~4 %/h (CC05 d 5 KB at 102, 300 MiB);
  culprit-last ~4 %/h (CC06 a 4 KB at 68, 300 MiB); slow-leak ~1.5 %/h
  (CC07 d 3 KB at 68, 320 MiB); fixed-later ~5 %/h (CC08 a 4 KB at 85, 300
  MiB); culprit-early ~4.5 %/h (CC10 c 5 KB at 106, 320 MiB); multi-task
  ~4.5 %/h per task (CC11 b 22 lines at 209 over 2 tasks, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (20:34:30, 0.771
  of the peak, as CA09, BX09 and BV09 at theirs): CC09 d 7 KB at 118, 300
  MiB, so ~6.5 %/h at peak traffic and ~3.0 %/h at 00:00 (0.46 of the
  peak).  Every b is on the quote route with 400 SKUs (a bounded per-SKU
  cache in good releases).  Healthy, earlier loads but CC16's: CC12
  LRU_MAX 600 (batch 78: 500), 9000 SKUs, quote 22 lines at 95 (as CA12),
  300 MiB; CC13 LRU_MAX 900 (1000), 9000 SKUs, quote 24 lines at 100 (as
  CA13), 320 MiB; CC14 step, orders 5 KB at 95 with 60000 entries (as BX14
  and BZ12), 300 MiB; CC15 report 450 KB held 430 ms at 100 req/s, 72 load
  threads (as CB15 and BZ15), 320 MiB; CC16 orders 4 KB at 110 (new;
  CA16: 6 KB at 90), 300 MiB.  Heap 160 MB everywhere.  The "~N %/h" in
  the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCB = runpy.run_path(os.path.join(_HERE, "scenarios79.py"))["SCENARIOS"]   # 11..1372 (scenarios78.py's 11..1356, CB 1357..1372)

_CC05 = [35, 105, 145, 45]
_CC06 = [35, 45, 40, 35, 135]
_CC07 = [40, 45, 40, 95, 85]
_CC09 = [45, 40, 205, 40]
_CC13 = [45, 130, 120]

CC_SCENARIOS = [
    # ================================================================== frequent-deploys (CC01 dev, CC02-CC03 validation)
    dict(name="CC01-c-frequent-deploys-culprit-3-300", seed=80001, kind="c", culprit=3,
         intervals=gen_intervals(80001, 9, lo=15, hi=45),
         start="2030-07-04T12:35:00Z", service="tourmaline-spodumene-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=77, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tourmaline-lepidolite-listeners", "Tell open tourmaline spodumene bookings when a lepidolite frees"),
         note="9 deploys 16-45 min apart from 12:35, culprit #3 at 13:46 (7 leaking intervals, 17-45 min, to 17:25; "
              "its own 45 min); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="CC02-b-frequent-deploys-culprit-3-300", seed=80002, kind="b", culprit=3,
         intervals=gen_intervals(80002, 8, lo=15, hi=45),
         start="2030-07-05T12:25:00Z", service="jicama-tomatillo-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/jicama-epazote-quote-memo", "Memoise jicama tomatillo quotes per epazote and customer"),
         note="8 deploys 16-45 min apart from 12:25, culprit #3 at 13:59 (6 leaking intervals, 17-45 min, to 16:44; "
              "its own 45 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CC03-b-frequent-deploys-culprit-4-320", seed=80003, kind="b", culprit=4,
         intervals=gen_intervals(80003, 9, lo=15, hi=45),
         start="2030-07-06T12:15:00Z", service="arepa-pupusa-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/arepa-chayote-quote-memo", "Memoise arepa pupusa quotes per chayote and customer"),
         note="9 deploys 19-44 min apart from 12:15, culprit #4 at 14:09 (6 leaking intervals, 20-43 min, to 17:12; "
              "its own 40 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="CC04-c-hourly-culprit-2-320", seed=80004, kind="c", culprit=2,
         intervals=gen_intervals(80004, 4, lo=55, hi=70),
         start="2030-07-07T11:30:00Z", service="quetzal-trogon-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=94, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/quetzal-hoatzin-listeners", "Tell open quetzal trogon bookings when a hoatzin frees"),
         note="4 deploys 57-69 min apart (hourly), culprit #2 of 4 at 13:33 (69, 62 and 65 min leaking, to 16:49); "
              "~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="CC05-d-few-hours-culprit-2-300", seed=80005, kind="d", culprit=2,
         intervals=list(_CC05),
         start="2030-07-08T10:20:00Z", service="sitar-veena-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/sitar-mridangam-timers", "Confirm sitar veena bookings from delayed mridangam timers"),
         note="v1 35 min, #1 at 10:55 (105 min), the culprit #2 at 12:40 (145 min) in the middle, then #3 at "
              "15:05 (45 min, still leaking); ~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== culprit-last (single, validation)
    dict(name="CC06-a-culprit-last-4-300", seed=80006, kind="a", culprit=4,
         intervals=list(_CC06),
         start="2030-07-09T11:45:00Z", service="gharial-caiman-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=68, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/gharial-tuatara-history", "Keep gharial caiman orders for the tuatara history"),
         note="the culprit is the last deploy #4 at 14:20: one 135 min interval of evidence (to 16:35) after 35, "
              "45, 40 and 35 min healthy ones; ~4 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="CC07-d-slow-leak-culprit-3-320", seed=80007, kind="d", culprit=3,
         intervals=list(_CC07),
         start="2030-07-10T11:40:00Z", service="pangolin-aardwolf-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=68, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/pangolin-kinkajou-timers", "Confirm pangolin aardwolf bookings from delayed kinkajou timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 13:45 after 40, 45 and 40 min healthy "
              "intervals; 95 and 85 min leaking intervals (180 min after the culprit, to 16:45); epoch"),
    dict(name="CC08-a-fixed-one-later-300", seed=80008, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(80008, 5, lo=40, hi=55),
         start="2030-07-11T12:00:00Z", service="serow-takin-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=85, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/serow-goral-history", "Keep serow takin orders for the goral history"),
         fixed_pr_title=("fix/serow-goral-history-trimmed", "Stop keeping serow takin orders for the goral history"),
         note="leak from #2 at 13:32 (45 min, ~5 %/h of 300 MiB at peak) after 51 and 41 min healthy intervals; "
              "fixed by the next deploy #3 at 14:17 (49 min of the fixed release), then #4 (47 min) and #5 (53 "
              "min, to 16:46); ascending"),
    dict(name="CC09-d-night-pause-evening-culprit-300", seed=80009, kind="d", culprit=2,
         intervals=list(_CC09),
         start="2030-07-12T19:10:00Z", service="ptarmigan-capercaillie-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=118, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/ptarmigan-whimbrel-timers", "Confirm ptarmigan capercaillie bookings from delayed whimbrel timers"),
         note="leak from #2 at 20:35 (~5 %/h at 20:35), through a 205 min night interval to 00:00 where the slope "
              "follows the traffic down (to ~3.0 %/h); #3 still leaks (40 min); epoch, ascending"),
    dict(name="CC10-c-culprit-first-after-40-320", seed=80010, kind="c", culprit=1,
         intervals=gen_intervals(80010, 4, {0: 40}, lo=30, hi=60),
         start="2030-07-13T12:50:00Z", service="samphire-purslane-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/samphire-feverfew-listeners", "Tell open samphire purslane bookings when a feverfew frees"),
         note="culprit is the first deploy #1 at 13:30, after 40 min of v1; every later interval leaks (41-49 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="CC11-b-two-tasks-culprit-3-320", seed=80011, kind="b", culprit=3, tasks=2, roll_gap=4,
         intervals=gen_intervals(80011, 4, lo=45, hi=60),
         start="2030-07-14T11:45:00Z", service="olingo-cacomistle-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=209, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/olingo-tapir-quote-memo", "Memoise olingo cacomistle quotes per tapir and customer"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #3 of 4 at 14:13 (48 and 58 min leaking, to "
              "15:59); each task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru (CC12 dev, CC13 validation)
    dict(name="CC12-e-lru-frequent-600-300", seed=80012, kind="e",
         intervals=gen_intervals(80012, 8, lo=15, hi=45),
         start="2030-07-15T12:20:00Z", service="sanderling-turnstone-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "600"},
         note="bounded LRU (600 entries) refilling after each of 8 deploys 16-33 min apart, from 12:20 through "
              "the peak to 16:30; must not alarm"),
    dict(name="CC13-e-lru-warmup-900-320", seed=80013, kind="e",
         intervals=list(_CC13),
         start="2030-07-16T08:10:00Z", service="hellbender-mudpuppy-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "900"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (900 entries) refilling after each of 2 deploys "
              "130 and 120 min apart, from 08:10 through the morning rise to 13:05; must not alarm; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="CC14-step-orders-culprit-3-300", seed=80214, kind="step", culprit=3,
         intervals=gen_intervals(80014, 5, lo=35, hi=55),
         start="2030-07-17T11:40:00Z", service="rhyolite-dacite-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/rhyolite-trachyte-table-at-boot", "Load the rhyolite trachyte table at boot"),
         note="level shift at #3 of 5 (13:41), orders route; 5 deploys 40-54 min apart (54, 46 and 46 min after "
              "the step); no trend after; must not alarm; ascending"),
    dict(name="CC15-f-load-afternoon-fall-320", seed=80015, kind="f", workers=72,
         intervals=gen_intervals(80015, 3, lo=55, hi=75),
         start="2030-07-18T15:30:00Z", service="shakuhachi-guzheng-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load down from the afternoon peak (15:30, 1.00 of the peak) into the "
              "evening (20:12, 0.80), across 3 deploys 65-74 min apart; must not alarm"),
    dict(name="CC16-none-frequent-orders-300", seed=80016, kind="none",
         intervals=gen_intervals(80016, 10, lo=16, hi=30),
         start="2030-07-19T09:50:00Z", service="ignimbrite-scoria-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=110, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 09:50 through the morning rise to 14:10; 10 deploys 18-28 min apart: each "
              "short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCB + CC_SCENARIOS
