"""memblame's tracelab scenarios, batch 64: BM01..BM16 (real memory traces with labels).

(Named BM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-63 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK and BL.  No case folder, scenario name or split entry starts
with "BM"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 64"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios64.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios64.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw64 BM05-... BM07-...

(No long-interval case: the longest, BM05, has 347 samples, about 87 s of
recording; the 16 cases have 4 625 samples in all, kept short for a
recording budget of 1100 s.  Every case over 295 samples (BM02, BM03, BM05,
BM06, BM07, BM10, BM11) and three shorter ones (BM09, BM13, BM14) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 284 samples
or fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios63.py
first, unchanged and in the same order (positions 11..1116, exactly as when
scenarios63.py is passed), and the BM scenarios after them (positions
1117..1132).  Only the BM scenarios are recorded from this file.  Seeds are
64001..64016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw64/check_numbers.py, batch 63's adapted to BM).

The mix, a second blind test of the weakest regime, as batch 60's: cache
leaks (b) next to the per-SKU cache (400 SKUs, quote route) under deploys
every 15-45 minutes, and the healthy services that look like them:
  frequent-deploys (10): eight b next to the per-SKU cache of 400 SKUs
    (BM01 dev, BM02-BM08), 8-10 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (BM04), #4
    (BM01, BM08), #5 (BM03, BM06), #6 (BM02, BM07) and #7 (BM05), each
    case given one of the planned positions whose own interval in its
    seed's draw is 25 min or more (25-39 min); the windows start between
    10:50 and 14:30, so the culprits serve from 13:19:30 to 16:33:30 (not
    all at 13:10 as batch 60's); seven aimed at ~5 %/h at peak, one, BM07,
    a slow b at ~2.5 %/h (half the usual rate); and two frequent-deploy
    leaks of other kinds: a (BM09, #4 of 8) and c (BM10, #5 of 9) on the
    orders route (a c because batch 63 had no c with frequent deploys);
  healthy-lru (3): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote) with
    frequent deploys, from 07:20 in the morning traffic ramp (BM11 dev, 8
    deploys 25-44 min apart, gen_intervals(seed, 8, lo=20, hi=45), as
    BI14), from 11:30 midday (BM12, 9 deploys 15-42 min apart) and from
    14:00 in the afternoon (BM13, 8 deploys 25-37 min apart);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #5 of 9 on (13:20), quote route with 400 SKUs, 15-45 min apart (BM14,
    as BB16 and BF15 with frequent deploys);
  healthy-frequent (2): kind none, 9 deploys (gen_intervals(seed, 9,
    lo=16, hi=30)): the quote route with the b cases' 400 SKUs and no
    cache, 16-30 min apart from 13:00 (BM15 dev, as BI15), and the orders
    route, 18-30 min apart from 11:20 (BM16, as BL16).

Split (Tests/Traces/split64.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BM01,
BM11, BM15), 13 validation.

  ten:    frequent-deploys BM01-BM10
  three:  healthy-lru BM11-BM13
  two:    healthy-frequent BM15-BM16
  single: healthy-step BM14

10 leaking (b: BM01-BM08; a: BM09; c: BM10), 6 healthy (BM11-BM13 e,
BM14 step, BM15 and BM16 none).

Loads by batch 63's "units for the next batch" (the rule moved on by one
batch: the mean over every case of batches 61-63 of a kind and class of
(its unit) x (its measured / aimed ratio), %/h per unit of load at peak
traffic at 256 MiB; multiply by 256 / limit for another limit)
(/work/tracelab-raw64/units.py reproduces all eight):
  a 0.0190 frequent (was 0.0191: BJ01 0.95, BL01 0.99);
  b 0.00301 frequent (was 0.00304: BL02 0.99 alone; batch 60's b no longer
    count);
  c 0.0103 frequent (unchanged: BJ02 0.45, BK10 1.32).
Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw64/design.py picked the pair of size and rate with the
smallest error in the usual ranges: b 15-22 lines at 80-119, the slow b
9-14 lines at 80-119, a 4-7 KB at 40-100, c 5-9 KB at 75-120; design.out;
/work/tracelab-raw64/verify.py checked it).  Aims at peak traffic:
  ~5 %/h: BM01, BM03 and BM05 b 21 lines at 99 req/s, 320 MiB; BM02, BM04,
  BM06 and BM08 b 18 lines at 108, 300 MiB; BM09 a 7 KB at 47, 320 MiB;
  BM10 c 5 KB at 114, 300 MiB;
  ~2.5 %/h: BM07 b 13 lines at 80, 320 MiB.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: BM11-BM13 LRU_MAX 400, 9000 SKUs,
quote 22 lines at 95 (as BI12-BI14 and BL14), 320, 300 and 320 MiB; BM14
step, quote 20 lines at 95 with 60000 entries (as BB16 and BF15), 400
SKUs, 300 MiB; BM15 quote 20 lines at 95 with 400 SKUs (as BI15), 320 MiB;
BM16 orders 5 KB at 95 (as BL16), 300 MiB.  Heap 160 MB everywhere.  The
"~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBL = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios63.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BL

BM_SCENARIOS = [
    # ================================================================== frequent-deploys (BM01 dev, BM02-BM10 validation)
    dict(name="BM01-b-frequent-deploys-culprit-4-320", seed=64001, kind="b", culprit=4,
         intervals=gen_intervals(64001, 8, lo=15, hi=45),
         start="2029-10-21T11:20:00Z", service="blackthorn-damson-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/blackthorn-snowberry-quote-memo", "Memoise blackthorn damson quotes per snowberry and customer"),
         note="8 deploys 16-41 min apart from 11:20, culprit #4 at 13:35 (5 leaking intervals, 16-41 min; its own "
              "25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BM02-b-frequent-deploys-culprit-6-300", seed=64002, kind="b", culprit=6,
         intervals=gen_intervals(64002, 9, lo=15, hi=45),
         start="2029-10-22T13:10:00Z", service="bladderwrack-kelp-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bladderwrack-rockpool-quote-memo", "Memoise bladderwrack kelp quotes per rockpool and customer"),
         note="9 deploys 20-43 min apart from 13:10, culprit #6 at 16:34 (4 leaking intervals, 20-29 min; its own "
              "29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BM03-b-frequent-deploys-culprit-5-320", seed=64003, kind="b", culprit=5,
         intervals=gen_intervals(64003, 8, lo=15, hi=45),
         start="2029-10-23T10:50:00Z", service="bracken-fiddlehead-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bracken-tussock-quote-memo", "Memoise bracken fiddlehead quotes per tussock and customer"),
         note="8 deploys 16-44 min apart from 10:50, culprit #5 at 13:20 (4 leaking intervals, 24-44 min; its own "
              "39 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BM04-b-frequent-deploys-culprit-3-300", seed=64004, kind="b", culprit=3,
         intervals=gen_intervals(64004, 9, lo=15, hi=45),
         start="2029-10-24T14:00:00Z", service="brambling-siskin-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/brambling-redpoll-quote-memo", "Memoise brambling siskin quotes per redpoll and customer"),
         note="9 deploys 19-44 min apart from 14:00, culprit #3 at 15:11 (7 leaking intervals, 19-44 min; its own "
              "27 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BM05-b-frequent-deploys-culprit-7-320", seed=64005, kind="b", culprit=7,
         intervals=gen_intervals(64005, 10, lo=15, hi=45),
         start="2029-10-25T11:00:00Z", service="brougham-coachman-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/brougham-landau-quote-memo", "Memoise brougham coachman quotes per landau and customer"),
         note="10 deploys 16-43 min apart from 11:00, culprit #7 at 14:49 (4 leaking intervals, 17-42 min; its "
              "own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BM06-b-frequent-deploys-culprit-5-300", seed=64006, kind="b", culprit=5,
         intervals=gen_intervals(64006, 10, lo=15, hi=45),
         start="2029-10-26T12:20:00Z", service="buckthorn-sallow-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/buckthorn-catkin-quote-memo", "Memoise buckthorn sallow quotes per catkin and customer"),
         note="10 deploys 15-45 min apart from 12:20, culprit #5 at 15:03 (6 leaking intervals, 15-41 min; its "
              "own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="BM07-b-frequent-deploys-culprit-6-320", seed=64007, kind="b", culprit=6,
         intervals=gen_intervals(64007, 10, lo=15, hi=45),
         start="2029-10-27T11:40:00Z", service="bonito-skipjack-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bonito-groundbait-quote-memo", "Memoise bonito skipjack quotes per groundbait and customer"),
         note="10 deploys 15-42 min apart from 11:40, culprit #6 at 14:09 (5 leaking intervals, 31-42 min; its "
              "own 37 min); ~2.5 %/h of 320 MiB at peak (a slow b, half the usual rate); good releases warm a "
              "per-SKU cache (400 SKUs); epoch"),
    dict(name="BM08-b-frequent-deploys-culprit-4-300", seed=64008, kind="b", culprit=4,
         intervals=gen_intervals(64008, 9, lo=15, hi=45),
         start="2029-10-28T14:30:00Z", service="boudin-gumbo-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/boudin-okra-quote-memo", "Memoise boudin gumbo quotes per okra and customer"),
         note="9 deploys 20-36 min apart from 14:30, culprit #4 at 16:00 (6 leaking intervals, 22-36 min; its own "
              "28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BM09-a-frequent-deploys-culprit-4-320", seed=64009, kind="a", culprit=4,
         intervals=gen_intervals(64009, 8, lo=15, hi=45),
         start="2029-10-29T12:00:00Z", service="bearskin-guardsman-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=47, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bearskin-busby-history", "Keep bearskin guardsman orders for the busby history"),
         note="8 deploys 18-42 min apart from 12:00, culprit #4 at 13:45 (5 leaking intervals, 27-39 min; its own "
              "27 min); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="BM10-c-frequent-deploys-culprit-5-300", seed=64010, kind="c", culprit=5,
         intervals=gen_intervals(64010, 9, lo=15, hi=45),
         start="2029-10-30T11:30:00Z", service="burgee-spinnaker-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=114, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/burgee-dinghy-listeners", "Tell open burgee spinnaker bookings when a dinghy frees"),
         note="9 deploys 16-45 min apart from 11:30, culprit #5 at 14:00 (5 leaking intervals, 16-45 min; its own "
              "45 min); ~5 %/h of 300 MiB at peak; epoch"),
    # ================================================================== healthy-lru (BM11 dev, BM12-BM13 validation)
    dict(name="BM11-e-lru-morning-400-320", seed=64011, kind="e",
         intervals=gen_intervals(64011, 8, lo=20, hi=45),
         start="2029-10-31T07:20:00Z", service="bromeliad-epiphyte-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 25-44 min apart, from 07:20 in the "
              "morning traffic ramp to 12:44 (traffic rising all the time); must not alarm; epoch"),
    dict(name="BM12-e-lru-frequent-400-300", seed=64012, kind="e",
         intervals=gen_intervals(64012, 9, lo=15, hi=45),
         start="2029-11-01T11:30:00Z", service="bruschetta-crostini-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 9 deploys 15-42 min apart, 11:30 through the "
              "peak; must not alarm"),
    dict(name="BM13-e-lru-afternoon-400-320", seed=64013, kind="e",
         intervals=gen_intervals(64013, 8, lo=15, hi=45),
         start="2029-11-02T14:00:00Z", service="bushbaby-galago-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 25-37 min apart, from 14:00 through "
              "the afternoon peak to 18:50; must not alarm; epoch, ascending"),
    # ================================================================== healthy-step (single, validation)
    dict(name="BM14-step-frequent-quote-300", seed=64014, kind="step", culprit=5,
         intervals=gen_intervals(64014, 9, lo=15, hi=45),
         start="2029-11-03T10:50:00Z", service="brindle-whippet-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/brindle-greyhound-table-at-boot", "Load the brindle greyhound table at boot"),
         note="level shift at #5 of 9 (13:21), quote route (400 SKUs); 9 deploys 16-45 min apart (34, 16, 40, 19 "
              "and 23 min after the step); no trend after; must not alarm; epoch, ascending"),
    # ================================================================== healthy-frequent (BM15 dev, BM16 validation)
    dict(name="BM15-none-frequent-quote-320", seed=64015, kind="none",
         intervals=gen_intervals(64015, 9, lo=16, hi=30),
         start="2029-11-04T13:00:00Z", service="butterbur-coltsfoot-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (400 SKUs, no cache), 13:00 through the peak; 9 deploys 16-30 min apart: each "
              "short interval is mostly warm-up; must not alarm"),
    dict(name="BM16-none-frequent-orders-300", seed=64016, kind="none",
         intervals=gen_intervals(64016, 9, lo=16, hi=30),
         start="2029-11-05T11:20:00Z", service="bothy-croft-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:20 through the peak; 9 deploys 18-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RBL + BM_SCENARIOS
