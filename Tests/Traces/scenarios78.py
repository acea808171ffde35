"""memblame's tracelab scenarios, batch 78: CA01..CA16 (real memory traces with labels).

(Named CA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-77 used AA..AZ and BA..BZ.  No case folder,
scenario name or split entry on main or here starts with "CA"; neither
tracelab nor these files parse the prefix of a name (deploy_records takes
the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 78"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios78.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios78.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw78 CA05-... CA10-...

(A broad batch, as batches 73 and 75 (their template).  No long-interval
case, as batches 63, 65, ..., 73 and 75: tracelab has no time compression
(a sample is always 0.25 s of recording and one simulated minute); the
longest rhythms here are CA05's few-hours a (115 and 135 min), CA06's
culprit-last interval (140 min), CA09's night interval (220 min) and CA13's
warm-up (130 and 120 min).  The longest cases, CA05 and CA09, have 335
samples (about 84 s of recording); the 16 cases have 4 534 samples in all,
kept short for a recording budget of 1100 s.  Every case of 290 samples or
more (CA03, CA05, CA08, CA09, CA13) uses ts_format "wire" (epoch seconds),
so that no metrics.json comes near the 30 KB limit for an uncompressed
file; the ISO 8601 cases have 283 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios77.py (unchanged: scenarios76.py's
scenarios at 11..1324 (scenarios70.py's at 11..1212, batch 69's BR at
1213..1228, BT at 1229..1244, BU at 1245..1260, BV at 1261..1276, BW at
1277..1292, BX at 1293..1308, BY at 1309..1324), BZ at 1325..1340) and
lists the CA scenarios last (1341..1356), as scenarios77.py runs
scenarios76.py.  As with scenarios71.py-scenarios77.py, BR's committed
deploys.csv are reproduced only from scenarios69.py.  Seeds are
78001..78016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/ (every earlier
batch's folders are on this branch) (/work/tracelab-raw78/check_numbers.py,
batch 77's adapted to CA and to this chaining); the intervals stay the
draws of the first seed, gen_intervals(780NN, ...).
One seed was bumped, once: CA10 78110 (with 78010 its PR 475621 equals a
pipeline number of AK04); its intervals stay gen_intervals(78010, ...); the
other fifteen are the first tried.

The mix, a broad batch as batches 73 and 75 (11 leaking, 5 healthy).  The
draws differ from batches 73 and 75: the frequent d is the dev case (CA01)
and the two frequent b follow it; the kinds of the single regimes (batch
73: hourly c, few-hours b, culprit-last a, slow c, fixed-later a,
night-pause c, culprit-early d, multi-task a; batch 75: a, c, d, a, c, a,
b, c; here d, a, c, b, d, c, a, a), the culprit positions (#5 of 8, #3 of 8
and #7 of 9 frequent; #2 of 3 hourly; #3 of 3 culprit-last; #3 fixed by #4
with #5 after it; #2 of 4 on two tasks), the times of day, the LRU sizes
(500 and 1000 entries; batches 73 and 75: 400 and 1200), the step on the
quote route at #3 of 5, kind f through the morning rise and the flat
frequent service on the orders route with 6 KB at 90 req/s:
  frequent-deploys (3): a d with 8 deploys 26-44 min apart
    (gen_intervals(seed, 8, lo=15, hi=45)), the culprit #5 at 13:46 (own 30
    min, 4 leaking intervals; CA01 dev), and two b next to the per-SKU
    cache of 400 SKUs: 8 deploys 18-42 min apart, the culprit #3 at 14:00
    (own 40 min, 6 leaking intervals, CA02), and 9 deploys 17-45 min apart
    (gen_intervals(seed, 9, lo=15, hi=45)), the culprit #7 at 14:21 (own 44
    min, 3 leaking intervals, CA03);
  hourly (1): d, 3 deploys 69-78 min apart (gen_intervals(seed, 3, lo=60,
    hi=85)), the culprit #2 of 3 at 13:31 (78 and 69 min leaking) (CA04);
  few-hours (1): a, v1 40 min, #1 at 10:25 (115 min), the culprit #2 at
    12:20 (135 min), then #3 at 14:35 (45 min, still leaking) (CA05);
  culprit-last (1): c, the culprit is the last deploy #3 at 13:50 after 45,
    50 and 40 min, 140 min of evidence (CA06);
  slow-leak (1): b at ~1.5 %/h (12 detail lines at 57 req/s), the culprit
    #2 of 3 at 13:30 after 45 and 40 min, then 100 and 95 min leaking
    (CA07);
  fixed-later (1): d fixed by the next deploy, the fix named in labels.json
    (gen_intervals(seed, 5, lo=45, hi=60); the culprit #3 at 14:12 (58
    min), the fix #4 at 15:10 (56 min), then #5 (48 min)) (CA08);
  night-pause (1): c from an evening culprit, #2 at 20:15 after 40 and 35
    min, one 220 min night interval to 23:55 (the traffic falls from 0.80
    of the peak to 0.47), then 40 min still leaking (CA09);
  culprit-early (1): a, the culprit #1 at 13:15 after 40 min of v1, 4
    deploys 37-59 min apart (gen_intervals(seed, 4, {0: 40}, lo=30,
    hi=60)) (CA10);
  multi-task (1): a on 2 tasks with rolling deploys 3 min apart, the
    culprit #2 of 4 at 13:34 (gen_intervals(seed, 4, lo=45, hi=60)) (CA11;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  healthy-lru (2): a bounded LRU of 500 entries (9000 SKUs, quote 22 lines
    at 95 req/s) with 8 deploys 17-42 min apart from 12:00
    (gen_intervals(seed, 8, lo=15, hi=45), CA12 dev), and a warm-up that
    saturates over hours: an LRU of 1000 entries (quote 24 lines at 100
    req/s) with 2 deploys 130 and 120 min apart from 08:35 (CA13);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #3 of 5 on (14:11), quote, 400 SKUs, 37-52 min apart
    (gen_intervals(seed, 5, lo=35, hi=55)) (CA14);
  healthy-load (1): kind f, reports in flight following the load up through
    the morning rise, from 07:30 (0.42 of the peak) to 11:55 (0.91) across
    3 deploys 59-75 min apart (gen_intervals(seed, 3, lo=55, hi=75); O14's
    load) (CA15);
  healthy-frequent (1): kind none on the orders route, 10 deploys 17-29 min
    apart (gen_intervals(seed, 10, lo=16, hi=30)) from 15:30 through the
    afternoon into the evening (CA16).

Split (Tests/Traces/split78.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CA01,
CA12), 14 validation.

  three:  frequent-deploys CA01-CA03
  two:    healthy-lru CA12-CA13
  single: hourly CA04, few-hours CA05, culprit-last CA06, slow-leak CA07,
          fixed-later CA08, night-pause CA09, culprit-early CA10,
          multi-task CA11, healthy-step CA14, healthy-load CA15,
          healthy-frequent CA16

11 leaking (a: CA05, CA10, CA11; b: CA02, CA03, CA07; c: CA06, CA09; d:
CA01, CA04, CA08; CA08 fixed one deploy later), 5 healthy (CA12 and CA13 e,
CA14 step, CA15 f, CA16 none).

Loads by the units batch 77's README section gives for the next batch
(batch 68's rule over batches 75-77: the mean over every case of batches
75-77 of a kind and class (frequent deploys; intervals of an hour or more)
of (its unit) x (its measured / aimed ratio), from the ratios the sections
of batches 75, 76 and 77 give in "The units, for the next batch"; %/h per
unit of load at peak traffic at 256 MiB; multiply by 256 / limit for
another limit; per task divide the load by the number of tasks)
(/work/tracelab-raw78/units.py reproduces them, units.out):
  a 0.0212 over an hour or more (batch 77: 0.0187);
  b 0.00197 frequent (0.00346), 0.00274 over an hour or more (0.00264);
  c 0.00999 over an hour or more (0.0115);
  d 0.0152 frequent (0.0137), 0.0111 over an hour or more (0.0111).
The fixed-later case uses the unit over an hour or more, as every earlier
one.  Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw78/design.py picked the pair of size and rate with the
smallest error in the usual ranges: a 4-7 KB at 40-100 req/s (80-200 over
two tasks), b 15-22 lines at 80-119 (the slow b 8-12 lines at 50-90), c 5-9
KB at 75-120 (the night pause 5-9 KB at 75-130), d 4-6 KB at 70-110;
design.out; /work/tracelab-raw78/verify.py checked it).  The frequent b
unit 0.00197 needs 2 974 lines x req/s for ~5 %/h at 300 MiB (3 172 at
320), more than 22 lines at 119 req/s give, so both frequent b have 300 MiB
and a size of their own, 23 and 24 lines (BV13's LRU had 24), with rates up
to 130 req/s.  Aims at peak traffic:
  frequent-deploys ~5 %/h (CA01 d 5 KB at 77, 300 MiB; CA02 b 23 lines at
  129, 300 MiB; CA03 b 24 lines at 124, 300 MiB); hourly ~4 %/h (CA04 d 5
  KB at 90, 320 MiB); few-hours ~4 %/h (CA05 a 4 KB at 59, 320 MiB);
  culprit-last ~4 %/h (CA06 c 5 KB at 94, 300 MiB); slow-leak ~1.5 %/h
  (CA07 b 12 lines at 57, 320 MiB); fixed-later ~5 %/h (CA08 d 6 KB at 88,
  300 MiB); culprit-early ~4.5 %/h (CA10 a 5 KB at 53, 320 MiB); multi-task
  ~4.5 %/h per task (CA11 a 5 KB at 106 over 2 tasks, 320 MiB).
  The night pause aims at ~5 %/h at the culprit's traffic (20:14:30, 0.800
  of the peak, as BV09, BX09 and BT09): CA09 c 6 KB at 122, 300 MiB, so
  ~6.2 %/h at peak traffic and ~2.9 %/h at 23:55 (0.47 of the peak).
  Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
  good releases).  Healthy, earlier loads: CA12 LRU_MAX 500 (batches 73 and
  75: 400), 9000 SKUs, quote 22 lines at 95 (as BX12), 320 MiB; CA13
  LRU_MAX 1000 (1200), 9000 SKUs, quote 24 lines at 100 (as BX13), 300 MiB;
  CA14 step, quote 20 lines at 95 with 60000 entries and 400 SKUs (as
  BV14), 320 MiB; CA15 report 500 KB held 430 ms at 100 req/s, 72 load
  threads (as BX15, BV15 and O14), 300 MiB; CA16 orders 6 KB at 90 (batch
  73's BV16 and batch 77's BZ16: 5 KB at 95), 320 MiB.  Heap 160 MB
  everywhere.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBZ = runpy.run_path(os.path.join(_HERE, "scenarios77.py"))["SCENARIOS"]   # 11..1340 (BR 1213..1228, BT 1229..1244, BU 1245..1260, BV 1261..1276, BW 1277..1292, BX 1293..1308, BY 1309..1324, BZ 1325..1340)

_CA05 = [40, 115, 135, 45]
_CA06 = [45, 50, 40, 140]
_CA07 = [45, 40, 100, 95]
_CA09 = [40, 35, 220, 40]
_CA13 = [50, 130, 120]

CA_SCENARIOS = [
    # ================================================================== frequent-deploys (CA01 dev, CA02-CA03 validation)
    dict(name="CA01-d-frequent-deploys-culprit-5-300", seed=78001, kind="d", culprit=5,
         intervals=gen_intervals(78001, 8, lo=15, hi=45),
         start="2030-06-02T11:05:00Z", service="chalcocite-covellite-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=77, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/chalcocite-digenite-timers", "Confirm chalcocite covellite bookings from delayed digenite timers"),
         note="8 deploys 26-44 min apart from 11:05, culprit #5 at 13:46 (4 leaking intervals, 26-38 min, to 15:48; "
              "its own 30 min); ~5 %/h of 300 MiB at peak"),
    dict(name="CA02-b-frequent-deploys-culprit-3-300", seed=78002, kind="b", culprit=3,
         intervals=gen_intervals(78002, 8, lo=15, hi=45),
         start="2030-06-03T12:30:00Z", service="cachapa-hallaca-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=129, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/cachapa-tequeno-quote-memo", "Memoise cachapa hallaca quotes per tequeno and customer"),
         note="8 deploys 18-42 min apart from 12:30, culprit #3 at 14:00 (6 leaking intervals, 18-41 min, to 17:01; "
              "its own 40 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CA03-b-frequent-deploys-culprit-7-300", seed=78003, kind="b", culprit=7,
         intervals=gen_intervals(78003, 9, lo=15, hi=45),
         start="2030-06-04T10:55:00Z", service="cabrales-idiazabal-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=124, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/cabrales-roncal-quote-memo", "Memoise cabrales idiazabal quotes per roncal and customer"),
         note="9 deploys 17-45 min apart from 10:55, culprit #7 at 14:21 (3 leaking intervals, 44, 17 and 39 min, "
              "to 16:01; its own 44 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs); epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="CA04-d-hourly-culprit-2-320", seed=78004, kind="d", culprit=2,
         intervals=gen_intervals(78004, 3, lo=60, hi=85),
         start="2030-06-05T11:20:00Z", service="chacarera-cueca-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/chacarera-malambo-timers", "Confirm chacarera cueca bookings from delayed malambo timers"),
         note="3 deploys 69-78 min apart (hourly), culprit #2 of 3 at 13:31 (78 and 69 min leaking, to 15:58); "
              "~4 %/h of 320 MiB at peak"),
    # ================================================================== few-hours (single, validation)
    dict(name="CA05-a-few-hours-culprit-2-320", seed=78005, kind="a", culprit=2,
         intervals=list(_CA05),
         start="2030-06-06T09:45:00Z", service="cobia-wahoo-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=59, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/cobia-dorado-history", "Keep cobia wahoo orders for the dorado history"),
         note="v1 40 min, #1 at 10:25 (115 min), the culprit #2 at 12:20 (135 min) in the middle, then #3 at "
              "14:35 (45 min, still leaking); ~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== culprit-last (single, validation)
    dict(name="CA06-c-culprit-last-3-300", seed=78006, kind="c", culprit=3,
         intervals=list(_CA06),
         start="2030-06-07T11:35:00Z", service="chiffchaff-firecrest-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/chiffchaff-goldcrest-listeners", "Tell open chiffchaff firecrest bookings when a goldcrest frees"),
         note="the culprit is the last deploy #3 at 13:50: one 140 min interval of evidence (to 16:10) after 45, "
              "50 and 40 min healthy ones; ~4 %/h of 300 MiB at peak"),
    # ================================================================== singles (all validation)
    dict(name="CA07-b-slow-leak-culprit-2-320", seed=78007, kind="b", culprit=2,
         intervals=list(_CA07),
         start="2030-06-08T12:05:00Z", service="cavatelli-orecchiette-quotes",
         profile="quote", params={"detail": 12, "skus": 400}, peak_rps=57, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/cavatelli-casarecce-quote-memo", "Memoise cavatelli orecchiette quotes per casarecce and customer"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:30 after 45 and 40 min healthy intervals; "
              "100 and 95 min leaking intervals (195 min after the culprit, to 16:45); good releases warm a "
              "per-SKU cache (400 SKUs); ascending"),
    dict(name="CA08-d-fixed-one-later-300", seed=78008, kind="d", culprit=3, fixed=4,
         intervals=gen_intervals(78008, 5, lo=45, hi=60),
         start="2030-06-09T11:30:00Z", service="catalpa-tupelo-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=88, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/catalpa-sassafras-timers", "Confirm catalpa tupelo bookings from delayed sassafras timers"),
         fixed_pr_title=("fix/catalpa-sassafras-timer-cleanup", "Confirm catalpa tupelo bookings at once, without sassafras timers"),
         note="leak from #3 at 14:12 (58 min, ~5 %/h of 300 MiB at peak) after 56, 53 and 53 min healthy "
              "intervals; fixed by the next deploy #4 at 15:10 (56 min of the fixed release), then #5 at 16:06 "
              "(48 min, to 16:54); epoch, ascending"),
    dict(name="CA09-c-night-pause-evening-culprit-300", seed=78009, kind="c", culprit=2,
         intervals=list(_CA09),
         start="2030-06-10T19:00:00Z", service="chawan-chasen-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=122, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/chawan-natsume-listeners", "Tell open chawan chasen bookings when a natsume frees"),
         note="leak from #2 at 20:15 (~5 %/h at 20:15), through a 220 min night interval to 23:55 where the slope "
              "follows the traffic down (to ~2.9 %/h); #3 still leaks (40 min); epoch"),
    dict(name="CA10-a-culprit-first-after-40-320", seed=78110, kind="a", culprit=1,
         intervals=gen_intervals(78010, 4, {0: 40}, lo=30, hi=60),
         start="2030-06-11T12:35:00Z", service="cicada-katydid-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=53, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/cicada-weta-history", "Keep cicada katydid orders for the weta history"),
         note="culprit is the first deploy #1 at 13:15, after 40 min of v1; every later interval leaks (37-59 "
              "min, ~4.5 %/h of 320 MiB at peak); ascending"),
    dict(name="CA11-a-two-tasks-culprit-2-320", seed=78011, kind="a", culprit=2, tasks=2, roll_gap=3,
         intervals=gen_intervals(78011, 4, lo=45, hi=60),
         start="2030-06-12T12:00:00Z", service="cuatro-bandola-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=106, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/cuatro-tiple-history", "Keep cuatro bandola orders for the tiple history"),
         note="2 tasks, rolling deploys 3 min apart per task; culprit #2 of 4 at 13:34 (55, 56 and 52 min "
              "leaking); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    # ================================================================== healthy-lru (CA12 dev, CA13 validation)
    dict(name="CA12-e-lru-frequent-500-320", seed=78012, kind="e",
         intervals=gen_intervals(78012, 8, lo=15, hi=45),
         start="2030-06-13T12:00:00Z", service="cubeb-mahleb-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "500"}, scan_by="TimestampAscending",
         note="bounded LRU (500 entries) refilling after each of 8 deploys 17-42 min apart, from 12:00 through "
              "the peak to 16:38; must not alarm; ascending"),
    dict(name="CA13-e-lru-warmup-1000-300", seed=78013, kind="e",
         intervals=list(_CA13),
         start="2030-06-14T08:35:00Z", service="cowrie-limpet-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1000"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1000 entries) refilling after each of 2 deploys "
              "130 and 120 min apart, from 08:35 through the morning rise to 13:35; must not alarm; epoch, "
              "ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CA14-step-quote-culprit-3-320", seed=78014, kind="step", culprit=3,
         intervals=gen_intervals(78014, 5, lo=35, hi=55),
         start="2030-06-15T12:00:00Z", service="cecropia-ceiba-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/cecropia-capirona-table-at-boot", "Load the cecropia capirona table at boot"),
         note="level shift at #3 of 5 (14:11), quote route (400 SKUs); 5 deploys 37-52 min apart (43, 39 and 52 "
              "min after the step); no trend after; must not alarm"),
    dict(name="CA15-f-load-morning-rise-300", seed=78015, kind="f", workers=72,
         intervals=gen_intervals(78015, 3, lo=55, hi=75),
         start="2030-06-16T07:30:00Z", service="criollo-mangalarga-reports",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up through the morning rise, from 07:30 (0.42 of the peak) to "
              "11:55 (0.91), across 3 deploys 59-75 min apart; must not alarm; ascending"),
    dict(name="CA16-none-frequent-orders-320", seed=78016, kind="none",
         intervals=gen_intervals(78016, 10, lo=16, hi=30),
         start="2030-06-17T15:30:00Z", service="crewel-tatting-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, orders route, 15:30 through the afternoon into the evening to 19:50; 10 deploys 17-29 min "
              "apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RBZ + CA_SCENARIOS
