"""memblame's tracelab scenarios, batch 58: BG01..BG16 (real memory traces with labels).

(Named BG: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-57 used AA..AZ, BA, BB, BC, BD, BE and BF.
No case folder, scenario name or split entry starts with "BG"; neither
tracelab nor these files parse the prefix of a name (deploy_records takes
the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 58"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios58.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios58.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw58 BG16-... BG13-...

(No long-interval case: the longest, BG16, has 367 samples, about 92 s of
recording; the 16 cases have 4 609 samples in all, kept short for a
recording budget of 1100 s.  The two longest, BG13 and BG16, and every case
over 300 samples use ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file.)

PR and pipeline numbers: this file lists the scenarios of scenarios57.py
first, unchanged and in the same order (positions 11..1020, exactly as when
scenarios57.py is passed), and the BG scenarios after them (positions
1021..1036).  Only the BG scenarios are recorded from this file.  Seeds are
58001..58016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw58/check_numbers.py, batch 57's adapted to BG).

The mix has a purpose: more cases of the weakest regime, cache leaks (b)
under frequent deploys next to a bounded per-SKU cache (batch 57's blind
miss BF03 was one), plus a broad blind validation:
  frequent-deploys (6): three b on the quote route next to a bounded
    per-SKU cache of 400 SKUs (BG01 dev, BG02, BG03), an a (BG04), a c
    (BG05) and a d (BG06); 8-9 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)), culprit #4 or #5 at 13:10;
  culprit-early (2): b next to the per-SKU cache (BG07 dev) and c (BG08),
    the culprit #1 at 11:30 after 40 min of v1;
  slow-leak (2): d (BG09 dev) and b next to the per-SKU cache (BG10),
    ~1.5 %/h, the culprit #2 at 13:10 after two 50 min healthy intervals,
    then 95 and 100 min leaking;
  multi-task (1): c, 2 tasks, rolling deploys 4 min apart, culprit #2 of 3
    (BG11, metrics-ci.jsonl);
  hourly (1): d, 3 deploys 60-73 min apart, culprit #2 (BG12);
  few-hours (1): b next to the per-SKU cache, intervals 45, 150, 130, 35,
    culprit #2 (BG13);
  healthy-frequent (1): none, quote route, 9 deploys 16-29 min apart (BG14);
  healthy-lru (2): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote) with 8
    deploys 21-43 min apart (BG15 dev) and with 3 deploys 65-115 min apart
    (BG16).

Split (Tests/Traces/split58.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev (BG01,
BG07, BG09, BG15), 12 validation.

  six:    frequent-deploys BG01-BG06
  two:    culprit-early BG07-BG08, slow-leak BG09-BG10, healthy-lru BG15-BG16
  single: multi-task BG11, hourly BG12, few-hours BG13, healthy-frequent BG14

13 leaking (a: BG04; b: BG01, BG02, BG03, BG07, BG10, BG13; c: BG05,
BG08, BG11; d: BG06, BG09, BG12), 3 healthy (BG14 none, BG15 and BG16 e).

Loads scaled from what batches 55-57 measured (README, "What did not go as
intended" and "units for the next batch": the measured / aimed ratios), by
batch 57's rule moved on by one batch: the mean over every case of the last
three batches (55-57) of a kind and class (frequent deploys; intervals of
an hour or more), each case's unit times its measured / aimed ratio, as
%/h per unit of load at peak traffic, normalised to 256 MiB (multiply by
256 / limit for another limit; per task divide the load by the number of
tasks) (/work/tracelab-raw58/units.py).  Batch 47's exception for d with
frequent deploys is kept: a case cut by major GCs counts with its ratio
before them (BD04 1.10, not 0.81; BF04 1.10, not 0.88; BE01 had no GC
drop, 0.67); by the plain rule the d frequent unit would be 0.0116.  The
flag flips count with their ratio from the flip (BD11, BE11, BF11); the
slow leaks BD10 (9 lines b), BE10 (2 KB d) and BF10 (2 KB a) count
(without them the a unit over an hour or more would be 0.0188, the b unit
0.00229, the d unit 0.0122); BD13 and BE13 count per task.  No case of
batch 54 counts any longer (BC01-BC13 dropped out of the three-batch
window):
  a (KB x req/s) with frequent deploys ~0.0189 (was 0.0199: BD03 0.88 at
    0.0212, BE02 0.93 at 0.0203, BF05 0.97 at 0.0199); over intervals of
    an hour or more ~0.0193 (was 0.0203: BD09 0.70, BD12 0.73 at 0.0230,
    BE08 1.32, BE11 1.11, BE13 0.74 at 0.0198, BF06 0.84, BF10 1.11 at
    0.0203), not used by this batch;
  b (detail x req/s) with frequent deploys ~0.00317 (was 0.00312: BD02
    1.41 and BD05 1.17 at 0.00259, BE03 1.20 and BE05 1.24 at 0.00260,
    BF01 1.04 and BF03 0.89 at 0.00312); over intervals of an hour or more
    ~0.00261 (was 0.00246: BD06 0.89, BD10 1.45 at 0.00245, BE09 1.13 at
    0.00239, BF07 0.81 at 0.00246, each with its plain ratio), for the
    culprit-early, slow and few-hours b;
  c (KB x req/s) with frequent deploys ~0.0106 (was 0.0125: BD01 1.06 at
    0.0130, BE04 0.78 at 0.0133, BF02 0.61 at 0.0125); over intervals of
    an hour or more ~0.0105 (was 0.0124: BD07 0.83 at 0.0122, BE06 0.91,
    BE12 1.38 at 0.0118, BF09 0.63, BF11 0.60 at 0.0124), for the
    culprit-early c and per task for the two-task c;
  d (KB x req/s) with frequent deploys ~0.0141 (was 0.0136: BD04 1.10
    before its GCs at 0.0156, BE01 0.67 at 0.0154, BF04 1.10 before its
    GCs at 0.0136); over intervals of an hour or more ~0.0129 (was 0.0121:
    BD08 1.64, BD11 1.77, BD13 1.50 at 0.00836, BE07 0.94, BE10 1.49 at
    0.0114, BF08 1.07, BF12 0.72 at 0.0121), for the slow and the hourly d.
Each load is rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw58/design.py picked the pair of size and rate with the
smallest error in the usual ranges, /work/tracelab-raw58/verify.py checked
it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BG01 b 21 lines at 94, 320 MiB; BG02 b 21
  lines at 88, 300 MiB; BG03 b 21 lines at 94, 320 MiB; BG04 a 5 KB at
  62, 300 MiB; BG05 c 6 KB at 98, 320 MiB; BG06 d 5 KB at 83, 300 MiB);
  culprit-early ~4.5 %/h (BG07 b 22 lines at 98, 320 MiB; BG08 c 5 KB at
  100, 300 MiB); slow-leak ~1.5 %/h (BG09 d 2 KB at 73, 320 MiB; BG10 b 8
  lines at 84, 300 MiB); multi-task ~4.5 %/h per task (BG11 c 9 KB at 119
  over 2 tasks, 320 MiB); hourly ~4 %/h (BG12 d 4 KB at 91, 300 MiB);
  few-hours ~4 %/h (BG13 b 22 lines at 87, 320 MiB).  Every b is on the
  quote route with 400 SKUs (a bounded per-SKU cache in good releases).
  Healthy: BG14 none, quote, 20 lines at 95 (as BD14), 300 MiB; BG15 and
  BG16 a bounded LRU (400 entries, 9000 SKUs), quote, 22 lines at 95 (as
  BD15 and BE15), 320 and 300 MiB.  Heap 160 MB everywhere.  The "~N %/h"
  in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBF = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios57.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BF

_SLOW = [50, 50, 95, 100]
_BG13 = [45, 150, 130, 35]

BG_SCENARIOS = [
    # ================================================================== frequent-deploys (BG01 dev, BG02-BG06 validation)
    dict(name="BG01-b-frequent-deploys-culprit-4-320", seed=58001, kind="b", culprit=4,
         intervals=gen_intervals(58001, 8, lo=15, hi=45),
         start="2029-07-17T11:05:00Z", service="bridal-corsage-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bridal-boutonniere-quote-memo", "Memoise bridal corsage quotes per boutonniere and peony"),
         note="8 deploys 16-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 16-45 min; its own 21 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BG02-b-frequent-deploys-culprit-5-300", seed=58002, kind="b", culprit=5,
         intervals=gen_intervals(58002, 8, lo=15, hi=45),
         start="2029-07-18T10:24:00Z", service="barleycorn-malthouse-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=88, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/barleycorn-wort-quote-memo", "Memoise barleycorn malthouse quotes per wort and mash"),
         note="8 deploys 24-45 min apart, culprit #5 at 13:10 (4 leaking intervals, 24-45 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BG03-b-frequent-deploys-culprit-5-320", seed=58003, kind="b", culprit=5,
         intervals=gen_intervals(58003, 9, lo=15, hi=45),
         start="2029-07-19T10:56:00Z", service="bouillabaisse-rouille-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bouillabaisse-fennel-quote-memo", "Memoise bouillabaisse rouille quotes per fennel and croutons"),
         note="9 deploys 16-44 min apart, culprit #5 at 13:10 (5 leaking intervals, 20-39 min; its own 20 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BG04-a-frequent-deploys-culprit-5-300", seed=58004, kind="a", culprit=5,
         intervals=gen_intervals(58004, 9, lo=15, hi=45),
         start="2029-07-20T11:02:00Z", service="bumpercar-fairground-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=62, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bumpercar-dodgem-history", "Keep bumpercar fairground orders for the dodgem history"),
         note="9 deploys 17-44 min apart, culprit #5 at 13:10 (5 leaking intervals, 22-44 min; its own 31 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BG05-c-frequent-deploys-culprit-5-320", seed=58005, kind="c", culprit=5,
         intervals=gen_intervals(58005, 8, lo=15, hi=45),
         start="2029-07-21T10:20:00Z", service="bathhouse-steamroom-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=98, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/bathhouse-plunge-listeners", "Tell open bathhouse steamroom bookings when a plunge frees"),
         note="8 deploys 17-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 17-37 min; its own 34 min); "
              "~5 %/h of 320 MiB at peak"),
    dict(name="BG06-d-frequent-deploys-culprit-4-300", seed=58006, kind="d", culprit=4,
         intervals=gen_intervals(58006, 8, lo=15, hi=45),
         start="2029-07-22T11:25:00Z", service="belltower-steeple-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=83, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/belltower-bellrope-timers", "Confirm belltower steeple bookings from delayed bellrope timers"),
         note="8 deploys 16-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 21-45 min; its own 45 min); "
              "~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== culprit-early (BG07 dev, BG08 validation)
    dict(name="BG07-b-culprit-first-after-40-320", seed=58007, kind="b", culprit=1,
         intervals=gen_intervals(58007, 3, {0: 40}, lo=35, hi=80),
         start="2029-07-23T10:50:00Z", service="butterchurn-creamery-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/butterchurn-dairymaid-quote-memo", "Memoise butterchurn creamery quotes per dairymaid and whey"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (63-74 "
              "min, ~4.5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BG08-c-culprit-first-after-40-300", seed=58008, kind="c", culprit=1,
         intervals=gen_intervals(58008, 3, {0: 40}, lo=35, hi=80),
         start="2029-07-24T10:50:00Z", service="basecamp-mountaineer-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/basecamp-sherpa-listeners", "Tell open basecamp mountaineer bookings when a sherpa frees"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (64-70 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    # ================================================================== slow-leak (BG09 dev, BG10 validation)
    dict(name="BG09-d-slow-leak-culprit-2-320", seed=58009, kind="d", culprit=2,
         intervals=list(_SLOW),
         start="2029-07-25T11:30:00Z", service="bandshell-euphonium-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=73, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bandshell-promenade-timers", "Confirm bandshell euphonium bookings from delayed promenade timers"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); ascending"),
    dict(name="BG10-b-slow-leak-culprit-2-300", seed=58010, kind="b", culprit=2,
         intervals=list(_SLOW),
         start="2029-07-26T11:30:00Z", service="botanist-fernery-quotes",
         profile="quote", params={"detail": 8, "skus": 400}, peak_rps=84, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/botanist-frond-quote-memo", "Memoise botanist fernery quotes per frond and spore"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    # ================================================================== singles (all validation)
    dict(name="BG11-c-two-tasks-culprit-2-320", seed=58011, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(58011, 3, lo=55, hi=80),
         start="2029-07-27T11:06:00Z", service="boathook-oarsman-bookings",
         profile="orders", params={"payload_kb": 9}, peak_rps=119, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/boathook-sculler-listeners", "Tell open boathook oarsman bookings when a sculler frees"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (76 and 78 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="BG12-d-hourly-culprit-2-300", seed=58012, kind="d", culprit=2,
         intervals=gen_intervals(58012, 3, lo=60, hi=85),
         start="2029-07-28T10:36:00Z", service="bellwether-ewe-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=91, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bellwether-crook-timers", "Confirm bellwether ewe bookings from delayed crook timers"),
         note="3 deploys 60-73 min apart (hourly), culprit #2 at 13:10 in the middle (62 and 60 min leaking); "
              "~4 %/h of 300 MiB at peak"),
    dict(name="BG13-b-few-hours-culprit-2-320", seed=58013, kind="b", culprit=2,
         intervals=list(_BG13),
         start="2029-07-29T09:55:00Z", service="bramblewood-flapjack-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bramblewood-waffle-quote-memo", "Memoise bramblewood flapjack quotes per waffle and griddlecake"),
         note="v1 45 min, #1 at 10:40 (150 min), the culprit #2 at 13:10 (130 min) in the middle, then #3 at "
              "15:20 (35 min, still leaking); ~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch, ascending"),
    dict(name="BG14-none-frequent-quote-300", seed=58014, kind="none",
         intervals=gen_intervals(58014, 9, lo=15, hi=30),
         start="2029-07-30T11:40:00Z", service="belvedere-dovecote-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route, 11:40 through the peak; 9 deploys 16-29 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    # ================================================================== healthy-lru (BG15 dev, BG16 validation)
    dict(name="BG15-e-lru-frequent-400-320", seed=58015, kind="e",
         intervals=gen_intervals(58015, 8, lo=15, hi=45),
         start="2029-07-31T11:00:00Z", service="bayleaf-herbarium-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 21-43 min apart, 11:00 through the "
              "peak; must not alarm; epoch"),
    dict(name="BG16-e-lru-hours-400-300", seed=58016, kind="e",
         intervals=gen_intervals(58016, 3, lo=60, hi=120),
         start="2029-08-01T10:10:00Z", service="bargepole-lockkeeper-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 65-115 min apart, 10:10 through the "
              "peak; must not alarm; epoch, ascending"),
]

SCENARIOS = _RBF + BG_SCENARIOS
