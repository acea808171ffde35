"""memblame's tracelab scenarios, batch 70: BS01..BS16 (real memory traces with labels).

(Named BS: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-68 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM, BN, BO, BP and BQ, and batch 69, being recorded on
the unmerged branch traces69, uses BR.  No case folder, scenario name or
split entry on main or on traces69 starts with "BS"; neither tracelab nor
these files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 70"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios70.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios70.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw70 BS06-... BS16-...

(No long-interval case: the longest, BS06, has 338 samples, about 85 s of
recording; the 16 cases have 4 497 samples in all, kept short for a
recording budget of 1100 s.  Every case of 300 samples or more (BS03,
BS04, BS06, BS10, BS14) and four shorter ones (BS05, BS09, BS12, BS16) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the 30
KB limit for an uncompressed file; the ISO 8601 cases have 294 samples or
fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios68.py
first, unchanged and in the same order (positions 11..1196, exactly as when
scenarios68.py is passed), and the BS scenarios after them (positions
1197..1212).  Batch 69's scenarios69.py (unmerged, branch traces69) puts
its BR scenarios at the same positions, so its number ranges overlap these;
the check also compares every BS number with every BR number.  Only the BS
scenarios are recorded from this file.  Seeds are 70001..70016 (batch 69
uses 69001..69016), each case's seed +100 (repeatedly) if its PR or
pipeline numbers collide with an earlier scenario, a case in real/ or a BR
scenario (/work/tracelab-raw70/check_numbers.py, batch 68's adapted to BS).
Six seeds were bumped so (the intervals stay the draws of the first seed,
gen_intervals(700NN, ...), as P02's and AK02's did): BS03 70103, BS07
70107 and BS15 70115 (a PR shared with BR03, BR07 and BR15), BS02 70202
(BR02 twice), BS10 70210 (a PR equal to a pipeline of AF02, then a PR of
BR10) and BS09 70309 (BR09 three times); the other ten are the first
tried.

The mix, a fourth blind test of the weakest regime, as batches 60, 64 and
66 (batch 66 the template): cache leaks (b) next to the per-SKU cache (400
SKUs, quote route) under deploys every 15-45 minutes, one frequent-deploy
leak of each other kind, and the healthy services that look like them:
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (BS01 dev, BS02-BS07), 8-10 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (BS02), #4
    (BS03), #5 (BS05, BS06), #6 (BS01, BS07) and #7 (BS04), each case
    given one of the positions #3..#7 whose own interval in its seed's draw
    is 25 min or more (27-43 min); the windows start between 10:15 and
    13:40, so the culprits serve from 13:20:30 to 15:44:30; all seven aimed
    at ~5 %/h at peak; and one frequent-deploy leak of each other kind on
    the orders route: a (BS08, #6 of 9), c (BS09, #4 of 9) and d (BS10, #6
    of 9);
  healthy-lru (3): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote) with
    deploys 15-45 min apart at three times of day: morning (BS11 dev, 8
    deploys 17-41 min apart from 08:20 to 12:42, the traffic rising from
    0.49 of the peak), afternoon (BS12, 9 deploys 16-45 min apart from
    12:50 to 17:46) and late afternoon into the evening (BS13, 7 deploys
    15-44 min apart from 16:45 to 21:04, the traffic falling to 0.73);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #4 of 8 on (13:41), quote route with 400 SKUs, 16-45 min apart (BS14,
    as BO14);
  healthy-frequent (2): kind none, 9 deploys (gen_intervals(seed, 9,
    lo=16, hi=30)): the quote route with the b cases' 400 SKUs and no
    cache, 17-29 min apart from 13:20 (BS15 dev, as BO15), and the orders
    route, 19-30 min apart from 10:35 (BS16, as BO16).

Split (Tests/Traces/split70.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BS01,
BS11, BS15), 13 validation.

  ten:    frequent-deploys BS01-BS10
  three:  healthy-lru BS11-BS13
  two:    healthy-frequent BS15-BS16
  single: healthy-step BS14

10 leaking (b: BS01-BS07; a: BS08; c: BS09; d: BS10), 6 healthy
(BS11-BS13 e, BS14 step, BS15 and BS16 none).

Loads by the rule of batches 58-68 over batches 66-68 (the mean over every
case of those batches of a kind and class of (its unit) x (its measured /
aimed ratio), %/h per unit of load at peak traffic at 256 MiB; multiply by
256 / limit for another limit): batch 68's README gives these for the next
batch ("For the record"); batch 69's ratios are not on main, so the rule
does not move on past batch 68 (batch 69 uses the same units)
(/work/tracelab-raw70/units.py reproduces all eight; only the frequent ones
are used):
  a 0.018 frequent (BO08 1.08);
  b 0.00325 frequent (BO01-BO07 0.97-1.43, BP01 1.02, BP02 1.30, BQ11
    0.75; batch 66 used 0.00276);
  c 0.00909 frequent (BO09 0.71);
  d 0.0123 frequent (batch 47's exception: BO10 0.86 before its GC; plain
    rule 0.00901).
Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw70/design.py picked the pair of size and rate with the
smallest error in the usual ranges: b 15-22 lines at 80-119, a 4-7 KB at
40-100, c 5-9 KB at 75-120, d 4-6 KB at 70-110; design.out;
/work/tracelab-raw70/verify.py checked it).  Aims at peak traffic, ~5 %/h:
  BS01, BS03, BS05 and BS07 b 17 lines at 106 req/s, 300 MiB; BS02, BS04
  and BS06 b 17 lines at 113, 320 MiB; BS08 a 4 KB at 87, 320 MiB; BS09 c
  7 KB at 92, 300 MiB; BS10 d 5 KB at 102, 320 MiB.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: BS11-BS13 LRU_MAX 400, 9000 SKUs,
quote 22 lines at 95 (as BO11-BO13), 300, 320 and 300 MiB; BS14 step,
quote 20 lines at 95 with 60000 entries (as BO14), 400 SKUs, 320 MiB; BS15
quote 20 lines at 95 with 400 SKUs (as BO15), 300 MiB; BS16 orders 5 KB at
95 (as BO16), 320 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the notes
are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBQ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios68.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BQ

BS_SCENARIOS = [
    # ================================================================== frequent-deploys (BS01 dev, BS02-BS10 validation)
    dict(name="BS01-b-frequent-deploys-culprit-6-300", seed=70001, kind="b", culprit=6,
         intervals=gen_intervals(70001, 10, lo=15, hi=45),
         start="2030-01-25T11:20:00Z", service="bulbul-drongo-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bulbul-myna-quote-memo", "Memoise bulbul drongo quotes per myna and customer"),
         note="10 deploys 15-37 min apart from 11:20, culprit #6 at 13:21 (5 leaking intervals, 21-37 min; its own "
              "31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BS02-b-frequent-deploys-culprit-3-320", seed=70202, kind="b", culprit=3,
         intervals=gen_intervals(70002, 8, lo=15, hi=45),
         start="2030-01-26T13:40:00Z", service="bengaline-broadcloth-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bengaline-seersucker-quote-memo", "Memoise bengaline broadcloth quotes per seersucker and customer"),
         note="8 deploys 15-41 min apart from 13:40, culprit #3 at 15:01 (6 leaking intervals, 17-41 min; its own "
              "31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BS03-b-frequent-deploys-culprit-4-300", seed=70103, kind="b", culprit=4,
         intervals=gen_intervals(70003, 9, lo=15, hi=45),
         start="2030-01-27T11:55:00Z", service="bourree-gavotte-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bourree-sarabande-quote-memo", "Memoise bourree gavotte quotes per sarabande and customer"),
         note="9 deploys 16-41 min apart from 11:55, culprit #4 at 14:10 (6 leaking intervals, 16-38 min; its own "
              "33 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BS04-b-frequent-deploys-culprit-7-320", seed=70004, kind="b", culprit=7,
         intervals=gen_intervals(70004, 9, lo=15, hi=45),
         start="2030-01-28T10:15:00Z", service="baglama-domra-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/baglama-gusli-quote-memo", "Memoise baglama domra quotes per gusli and customer"),
         note="9 deploys 15-43 min apart from 10:15, culprit #7 at 14:12 (3 leaking intervals, 27-39 min; its own "
              "27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BS05-b-frequent-deploys-culprit-5-300", seed=70005, kind="b", culprit=5,
         intervals=gen_intervals(70005, 9, lo=15, hi=45),
         start="2030-01-29T12:35:00Z", service="barbel-trevally-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/barbel-kingfish-quote-memo", "Memoise barbel trevally quotes per kingfish and customer"),
         note="9 deploys 15-36 min apart from 12:35, culprit #5 at 14:59 (5 leaking intervals, 15-36 min; its own "
              "28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BS06-b-frequent-deploys-culprit-5-320", seed=70006, kind="b", culprit=5,
         intervals=gen_intervals(70006, 8, lo=15, hi=45),
         start="2030-01-30T10:50:00Z", service="burnet-chervil-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/burnet-sorrel-quote-memo", "Memoise burnet chervil quotes per sorrel and customer"),
         note="8 deploys 22-45 min apart from 10:50, culprit #5 at 13:43 (4 leaking intervals, 38-45 min; its own "
              "43 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BS07-b-frequent-deploys-culprit-6-300", seed=70107, kind="b", culprit=6,
         intervals=gen_intervals(70007, 9, lo=15, hi=45),
         start="2030-01-31T13:15:00Z", service="boninite-gabbro-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/boninite-dolerite-quote-memo", "Memoise boninite gabbro quotes per dolerite and customer"),
         note="9 deploys 15-41 min apart from 13:15, culprit #6 at 15:45 (4 leaking intervals, 32-41 min; its own "
              "32 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BS08-a-frequent-deploys-culprit-6-320", seed=70008, kind="a", culprit=6,
         intervals=gen_intervals(70008, 9, lo=15, hi=45),
         start="2030-02-01T11:45:00Z", service="barque-caravel-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=87, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/barque-carrack-history", "Keep barque caravel orders for the carrack history"),
         note="9 deploys 17-42 min apart from 11:45, culprit #6 at 14:13 (4 leaking intervals, 20-40 min; its own "
              "34 min); ~5 %/h of 320 MiB at peak"),
    dict(name="BS09-c-frequent-deploys-culprit-4-300", seed=70309, kind="c", culprit=4,
         intervals=gen_intervals(70009, 9, lo=15, hi=45),
         start="2030-02-02T12:25:00Z", service="borzoi-vizsla-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/borzoi-weimaraner-listeners", "Tell open borzoi vizsla bookings when a weimaraner frees"),
         note="9 deploys 15-42 min apart from 12:25, culprit #4 at 14:25 (6 leaking intervals, 15-39 min; its own "
              "35 min); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BS10-d-frequent-deploys-culprit-6-320", seed=70210, kind="d", culprit=6,
         intervals=gen_intervals(70010, 9, lo=15, hi=45),
         start="2030-02-03T10:40:00Z", service="bomboloni-cruller-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bomboloni-churro-timers", "Confirm bomboloni cruller bookings from delayed churro timers"),
         note="9 deploys 26-38 min apart from 10:40, culprit #6 at 14:02 (4 leaking intervals, 26-32 min; its own "
              "32 min); ~5 %/h of 320 MiB at peak; epoch"),
    # ================================================================== healthy-lru (BS11 dev, BS12-BS13 validation)
    dict(name="BS11-e-lru-morning-400-300", seed=70011, kind="e",
         intervals=gen_intervals(70011, 8, lo=15, hi=45),
         start="2030-02-04T08:20:00Z", service="butte-tepui-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 17-41 min apart, from 08:20 in the "
              "morning (the traffic rising from about half the peak) to 12:42; must not alarm; ascending"),
    dict(name="BS12-e-lru-afternoon-400-320", seed=70012, kind="e",
         intervals=gen_intervals(70012, 9, lo=15, hi=45),
         start="2030-02-05T12:50:00Z", service="bocote-wenge-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 9 deploys 16-45 min apart, from 12:50 through the "
              "afternoon peak to 17:46; must not alarm; epoch"),
    dict(name="BS13-e-lru-evening-400-300", seed=70013, kind="e",
         intervals=gen_intervals(70013, 7, lo=15, hi=45),
         start="2030-02-06T16:45:00Z", service="bluethroat-dunlin-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 7 deploys 15-44 min apart, from 16:45 (late "
              "afternoon) into the evening to 21:04, the traffic falling; must not alarm"),
    # ================================================================== healthy-step (single, validation)
    dict(name="BS14-step-frequent-quote-320", seed=70014, kind="step", culprit=4,
         intervals=gen_intervals(70014, 8, lo=15, hi=45),
         start="2030-02-07T11:30:00Z", service="bouldering-piton-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bouldering-moraine-table-at-boot", "Load the bouldering moraine table at boot"),
         note="level shift at #4 of 8 (13:41), quote route (400 SKUs); 8 deploys 16-45 min apart (37, 41, 16, 34 "
              "and 41 min after the step); no trend after; must not alarm; epoch, ascending"),
    # ================================================================== healthy-frequent (BS15 dev, BS16 validation)
    dict(name="BS15-none-frequent-quote-300", seed=70115, kind="none",
         intervals=gen_intervals(70015, 9, lo=16, hi=30),
         start="2030-02-08T13:20:00Z", service="buvette-trattoria-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 13:20 through the peak; 9 deploys 17-29 min apart: each "
              "short interval is mostly warm-up; must not alarm; ascending"),
    dict(name="BS16-none-frequent-orders-320", seed=70016, kind="none",
         intervals=gen_intervals(70016, 9, lo=16, hi=30),
         start="2030-02-09T10:35:00Z", service="bandy-telemark-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, orders route, 10:35 through the peak; 9 deploys 19-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),

]

SCENARIOS = _RBQ + BS_SCENARIOS
