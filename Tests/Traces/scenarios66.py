"""memblame's tracelab scenarios, batch 66: BO01..BO16 (real memory traces with labels).

(Named BO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-65 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI, BJ, BK, BL, BM and BN.  No case folder, scenario name or split
entry starts with "BO"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 66"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios66.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios66.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw66 BO12-... BO05-...

(No long-interval case: the longest, BO12, has 330 samples, about 83 s of
recording; the 16 cases have 4 453 samples in all, kept short for a
recording budget of 1100 s.  Every case over 295 samples (BO01, BO05,
BO09, BO12, BO13, BO14) and four shorter ones (BO03, BO06, BO08, BO11)
use ts_format "wire" (epoch seconds), so that no metrics.json comes near
the 30 KB limit for an uncompressed file; the ISO 8601 cases have 278
samples or fewer.)

PR and pipeline numbers: this file lists the scenarios of scenarios65.py
first, unchanged and in the same order (positions 11..1148, exactly as when
scenarios65.py is passed), and the BO scenarios after them (positions
1149..1164).  Only the BO scenarios are recorded from this file.  Seeds are
66001..66016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw66/check_numbers.py, batch 65's adapted to BO).

The mix, a third blind test of the weakest regime, as batches 60 and 64:
cache leaks (b) next to the per-SKU cache (400 SKUs, quote route) under
deploys every 15-45 minutes, a few other frequent-deploy leaks, and the
healthy services that look like them:
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (BO01 dev, BO02-BO07), 8-10 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (BO04), #4
    (BO02, BO06), #5 (BO03, BO07), #6 (BO05) and #7 (BO01), each case
    given one of these positions whose own interval in its seed's draw is
    25 min or more (31-45 min); the windows start between 10:30 and 14:30,
    so the culprits serve from 13:31:30 to 16:13:30; all seven aimed at
    ~5 %/h at peak (no slow one); and one frequent-deploy leak of each
    other kind on the orders route: a (BO08, #5 of 9), c (BO09, #8 of 10;
    its draw has no position #3..#7 with an own interval of 25 min) and d
    (BO10, #4 of 9);
  healthy-lru (3): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote) with
    deploys 15-45 min apart: late morning (BO11 dev, 8 deploys 20-41 min
    apart from 09:40 to 13:38), midday (BO12, 8 deploys 17-45 min apart
    from 11:45 to 17:15) and afternoon (BO13, 7 deploys 26-42 min apart
    from 14:10 to 19:08);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #5 of 9 on (13:04), quote route with 400 SKUs, 20-42 min apart (BO14,
    as BM14);
  healthy-frequent (2): kind none, 9 deploys (gen_intervals(seed, 9,
    lo=16, hi=30)): the quote route with the b cases' 400 SKUs and no
    cache, 16-30 min apart from 12:40 (BO15 dev, as BM15), and the orders
    route, 17-27 min apart from 11:00 (BO16, as BM16).

Split (Tests/Traces/split66.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BO01,
BO11, BO15), 13 validation.

  ten:    frequent-deploys BO01-BO10
  three:  healthy-lru BO11-BO13
  two:    healthy-frequent BO15-BO16
  single: healthy-step BO14

10 leaking (b: BO01-BO07; a: BO08; c: BO09; d: BO10), 6 healthy
(BO11-BO13 e, BO14 step, BO15 and BO16 none).

Loads by batch 65's "units for the next batch" (the rule moved on by one
batch: the mean over every case of batches 63-65 of a kind and class of
(its unit) x (its measured / aimed ratio), %/h per unit of load at peak
traffic at 256 MiB; multiply by 256 / limit for another limit)
(/work/tracelab-raw66/units.py reproduces all eight):
  a 0.0167 frequent (unchanged: BL01 0.99, BM09 0.76);
  b 0.00276 frequent (was 0.00268: BL02, BM01-BM08 with the slow BM07's
    0.43, BN01 1.32);
  c 0.0128 frequent (was 0.0142: BM10 1.38, BN02 0.80);
  d 0.0143 frequent (was 0.0134; batch 47's exception: BL03 0.90, BN03
    1.16 before their GCs; plain rule 0.00813).
Each load rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw66/design.py picked the pair of size and rate with the
smallest error in the usual ranges: b 15-22 lines at 80-119, a 4-7 KB at
40-100, c 5-9 KB at 75-120, d 4-6 KB at 70-110; design.out;
/work/tracelab-raw66/verify.py checked it).  Aims at peak traffic, ~5 %/h:
  BO01, BO03, BO05 and BO07 b 22 lines at 103 req/s, 320 MiB; BO02, BO04
  and BO06 b 18 lines at 118, 300 MiB; BO08 a 7 KB at 50, 300 MiB; BO09 c
  5 KB at 98, 320 MiB; BO10 d 5 KB at 82, 300 MiB.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: BO11-BO13 LRU_MAX 400, 9000 SKUs,
quote 22 lines at 95 (as BM11-BM13 and BN14), 320, 300 and 320 MiB; BO14
step, quote 20 lines at 95 with 60000 entries (as BM14), 400 SKUs, 300
MiB; BO15 quote 20 lines at 95 with 400 SKUs (as BM15), 320 MiB; BO16
orders 5 KB at 95 (as BM16 and BN16), 300 MiB.  Heap 160 MB everywhere.
The "~N %/h" in the notes are these aims, not measurements (see the
README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBN = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios65.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BN

BO_SCENARIOS = [
    # ================================================================== frequent-deploys (BO01 dev, BO02-BO10 validation)
    dict(name="BO01-b-frequent-deploys-culprit-7-320", seed=66001, kind="b", culprit=7,
         intervals=gen_intervals(66001, 10, lo=15, hi=45),
         start="2029-11-22T10:30:00Z", service="bilby-numbat-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bilby-quoll-quote-memo", "Memoise bilby numbat quotes per quoll and customer"),
         note="10 deploys 15-45 min apart from 10:30, culprit #7 at 13:36 (4 leaking intervals, 26-31 min; its own "
              "31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BO02-b-frequent-deploys-culprit-4-300", seed=66002, kind="b", culprit=4,
         intervals=gen_intervals(66002, 9, lo=15, hi=45),
         start="2029-11-23T14:30:00Z", service="barbet-lorikeet-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/barbet-rosella-quote-memo", "Memoise barbet lorikeet quotes per rosella and customer"),
         note="9 deploys 16-34 min apart from 14:30, culprit #4 at 16:14 (6 leaking intervals, 16-34 min; its own "
              "34 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BO03-b-frequent-deploys-culprit-5-320", seed=66003, kind="b", culprit=5,
         intervals=gen_intervals(66003, 9, lo=15, hi=45),
         start="2029-11-24T12:30:00Z", service="bustard-brolga-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bustard-corella-quote-memo", "Memoise bustard brolga quotes per corella and customer"),
         note="9 deploys 19-45 min apart from 12:30, culprit #5 at 15:02 (5 leaking intervals, 19-45 min; its own "
              "38 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BO04-b-frequent-deploys-culprit-3-300", seed=66004, kind="b", culprit=3,
         intervals=gen_intervals(66004, 8, lo=15, hi=45),
         start="2029-11-25T13:50:00Z", service="bergenia-begonia-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bergenia-buddleia-quote-memo", "Memoise bergenia begonia quotes per buddleia and customer"),
         note="8 deploys 17-44 min apart from 13:50, culprit #3 at 15:05 (6 leaking intervals, 17-44 min; its own "
              "38 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BO05-b-frequent-deploys-culprit-6-320", seed=66005, kind="b", culprit=6,
         intervals=gen_intervals(66005, 8, lo=15, hi=45),
         start="2029-11-26T11:10:00Z", service="banksia-boronia-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/banksia-spinifex-quote-memo", "Memoise banksia boronia quotes per spinifex and customer"),
         note="8 deploys 28-44 min apart from 11:10, culprit #6 at 14:56 (3 leaking intervals, 28-41 min; its own "
              "41 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BO06-b-frequent-deploys-culprit-4-300", seed=66006, kind="b", culprit=4,
         intervals=gen_intervals(66006, 9, lo=15, hi=45),
         start="2029-11-27T11:50:00Z", service="bluegum-coolibah-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bluegum-mulga-quote-memo", "Memoise bluegum coolibah quotes per mulga and customer"),
         note="9 deploys 16-45 min apart from 11:50, culprit #4 at 13:32 (6 leaking intervals, 18-45 min; its own "
              "38 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BO07-b-frequent-deploys-culprit-5-320", seed=66007, kind="b", culprit=5,
         intervals=gen_intervals(66007, 9, lo=15, hi=45),
         start="2029-11-28T13:10:00Z", service="brumby-jumbuck-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/brumby-bushranger-quote-memo", "Memoise brumby jumbuck quotes per bushranger and customer"),
         note="9 deploys 15-45 min apart from 13:10, culprit #5 at 15:44 (5 leaking intervals, 15-45 min; its own "
              "45 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BO08-a-frequent-deploys-culprit-5-300", seed=66008, kind="a", culprit=5,
         intervals=gen_intervals(66008, 9, lo=15, hi=45),
         start="2029-11-29T11:40:00Z", service="bombazine-buckram-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=50, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bombazine-calico-history", "Keep bombazine buckram orders for the calico history"),
         note="9 deploys 16-31 min apart from 11:40, culprit #5 at 13:57 (5 leaking intervals, 16-29 min; its own "
              "27 min); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BO09-c-frequent-deploys-culprit-8-320", seed=66009, kind="c", culprit=8,
         intervals=gen_intervals(66009, 10, lo=15, hi=45),
         start="2029-11-30T11:10:00Z", service="boobook-currawong-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/boobook-kookaburra-listeners", "Tell open boobook currawong bookings when a kookaburra frees"),
         note="10 deploys 16-43 min apart from 11:10, culprit #8 at 14:16 (3 leaking intervals, 37-43 min; its own "
              "43 min); ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="BO10-d-frequent-deploys-culprit-4-300", seed=66010, kind="d", culprit=4,
         intervals=gen_intervals(66010, 9, lo=15, hi=45),
         start="2029-12-01T12:00:00Z", service="bannock-cardamom-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=82, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bannock-nutmeg-timers", "Confirm bannock cardamom bookings from delayed nutmeg timers"),
         note="9 deploys 17-41 min apart from 12:00, culprit #4 at 14:02 (6 leaking intervals, 17-41 min; its own "
              "41 min); ~5 %/h of 300 MiB at peak"),
    # ================================================================== healthy-lru (BO11 dev, BO12-BO13 validation)
    dict(name="BO11-e-lru-late-morning-400-320", seed=66011, kind="e",
         intervals=gen_intervals(66011, 8, lo=15, hi=45),
         start="2029-12-02T09:40:00Z", service="borlotti-fenugreek-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 20-41 min apart, from 09:40 in the late "
              "morning through midday to 13:38; must not alarm; epoch"),
    dict(name="BO12-e-lru-midday-400-300", seed=66012, kind="e",
         intervals=gen_intervals(66012, 8, lo=15, hi=45),
         start="2029-12-03T11:45:00Z", service="blintz-pomelo-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 8 deploys 17-45 min apart, from 11:45 (midday) "
              "through the peak to 17:15; must not alarm; epoch, ascending"),
    dict(name="BO13-e-lru-afternoon-400-320", seed=66013, kind="e",
         intervals=gen_intervals(66013, 7, lo=15, hi=45),
         start="2029-12-04T14:10:00Z", service="bittersweet-loquat-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 7 deploys 26-42 min apart, from 14:10 through the "
              "afternoon peak to 19:08; must not alarm; epoch"),
    # ================================================================== healthy-step (single, validation)
    dict(name="BO14-step-frequent-quote-300", seed=66014, kind="step", culprit=5,
         intervals=gen_intervals(66014, 9, lo=15, hi=45),
         start="2029-12-05T11:00:00Z", service="briar-medlar-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/briar-quince-table-at-boot", "Load the briar quince table at boot"),
         note="level shift at #5 of 9 (13:04), quote route (400 SKUs); 9 deploys 20-42 min apart (20, 34, 39, 42 "
              "and 37 min after the step); no trend after; must not alarm; epoch, ascending"),
    # ================================================================== healthy-frequent (BO15 dev, BO16 validation)
    dict(name="BO15-none-frequent-quote-320", seed=66015, kind="none",
         intervals=gen_intervals(66015, 9, lo=16, hi=30),
         start="2029-12-06T12:40:00Z", service="boab-mangosteen-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (400 SKUs, no cache), 12:40 through the peak; 9 deploys 16-30 min apart: each "
              "short interval is mostly warm-up; must not alarm"),
    dict(name="BO16-none-frequent-orders-300", seed=66016, kind="none",
         intervals=gen_intervals(66016, 9, lo=16, hi=30),
         start="2029-12-07T11:00:00Z", service="bilboquet-tambourine-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 11:00 through the peak; 9 deploys 17-27 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),

]

SCENARIOS = _RBN + BO_SCENARIOS
