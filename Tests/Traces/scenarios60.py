"""memblame's tracelab scenarios, batch 60: BI01..BI16 (real memory traces with labels).

(Named BI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-59 used AA..AZ, BA, BB, BC, BD, BE, BF, BG
and BH.  No case folder, scenario name or split entry starts with "BI";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 60"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios60.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios60.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw60 BI05-... BI14-...

(No long-interval case: the longest, BI05, has 367 samples, about 92 s of
recording; the 16 cases have 4 710 samples in all, kept short for a
recording budget of 1100 s.  Every case over 300 samples (BI04, BI05, BI08,
BI09, BI13, BI14) and three shorter ones (BI02, BI07, BI16) use ts_format
"wire" (epoch seconds), so that no metrics.json comes near the 30 KB limit
for an uncompressed file.)

PR and pipeline numbers: this file lists the scenarios of scenarios59.py
first, unchanged and in the same order (positions 11..1052, exactly as when
scenarios59.py is passed), and the BI scenarios after them (positions
1053..1068).  Only the BI scenarios are recorded from this file.  Seeds are
60001..60016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw60/check_numbers.py, batch 59's adapted to BI).
One collision: BI04's first seed (60004) gave a PR (372688) equal to a
pipeline number of I09 (I09-d-fixed-two-later, a scenario and a case in
real/); it got 60104 (the second tried, the +100 of the collision rule, as
BB06 in batch 53), its intervals still drawn with 60004
(/work/tracelab-raw60/check_numbers_collision.out, the first run, 2
errors).  Every other seed is the first one tried, 60001-60003 and
60005-60016 (check_numbers_before.out, the second run, 0 errors;
deploy_records reproduces all 1 042 deploys.csv in real/).  BI PRs
371686-376857 (BH ends at 371260), pipelines 742341-752853 (BH ends at
741684).

The mix, weighted to the weakest regime, cache leaks (kind b) on the quote
route next to a bounded per-SKU cache of 400 SKUs under deploys every
15-45 minutes, and to the bounded caches that look like them:
  frequent-deploys (8): b next to the per-SKU cache (400 SKUs), 8-10
    deploys 15-45 min apart (gen_intervals(seed, n, lo=15, hi=45)), the
    culprit at 13:10: #4 of 8 (BI01 dev), #6 of 9 (BI02), #3 of 8 (BI03),
    #5 of 9 (BI04, ~3 %/h), #7 of 10 (BI05), #4 of 9 (BI06), #6 of 10
    (BI07, ~3 %/h), #5 of 8 (BI08); six at ~5 %/h, two at ~3 %/h;
  hourly (1): b next to the per-SKU cache, 3 deploys 69-84 min apart
    (gen_intervals(seed, 3, lo=60, hi=85)), culprit #2 at 13:10 (BI09);
  culprit-early (1): b next to the per-SKU cache, the culprit #1 at 11:30
    after 40 min of v1 (gen_intervals(seed, 3, {0: 40}, lo=35, hi=80))
    (BI10);
  slow-leak (1): b next to the per-SKU cache, ~1.5 %/h, the culprit #2 at
    13:10 after two 50 min healthy intervals, then 95 and 100 min leaking
    (BI11);
  healthy-lru (3): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote): 8
    deploys 15-44 min apart from 11:00 (BI12 dev) and 9 deploys 21-43 min
    apart from 10:45 (BI13), both gen_intervals(seed, n, lo=15, hi=45); 9
    deploys 24-45 min apart (gen_intervals(seed, 9, lo=20, hi=45)) from
    07:20, in the morning traffic ramp (0.41 of the peak at 07:20, 1.00 at
    13:00) (BI14);
  healthy-frequent (2): kind none on the quote route with 400 SKUs, 9
    deploys (gen_intervals(seed, 9, lo=16, hi=30)): 19-29 min apart from
    11:40 through the peak (BI15 dev) and 16-30 min apart from 07:40, in
    the morning traffic ramp (0.43 of the peak at 07:40, 0.89 at 11:45)
    (BI16).  tracelab's kind none builds every quote afresh and keeps no
    cache (the per-SKU cache lives only in kind b's good releases, and
    tracelab requires a culprit deploy for kind b): these two are the
    quote service with the b cases' catalogue of 400 SKUs and no cache at
    all, as BB12, BD14 and BG14 (whose catalogues were 2000 SKUs).  The
    cached stand-in batch 53 used (BB13, kind e with LRU_MAX 400 over 400
    SKUs) is an LRU keyed by SKU and customer, which churns as the
    healthy-lru cases do; it was not used here.

Split (Tests/Traces/split60.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev (BI01,
BI12, BI15), 13 validation.

  eight:  frequent-deploys BI01-BI08
  three:  healthy-lru BI12-BI14
  two:    healthy-frequent BI15-BI16
  single: hourly BI09, culprit-early BI10, slow-leak BI11

11 leaking, all b (BI01-BI11), 5 healthy (BI12-BI14 e, BI15-BI16 none).

Loads scaled from what batches 57-59 measured (README, "What did not go as
intended" and "units for the next batch": the measured / aimed ratios), by
batch 59's rule moved on by one batch: the mean over every case of the last
three batches (57-59) of a kind and class (frequent deploys; intervals of
an hour or more), each case's unit times its measured / aimed ratio, as
%/h per unit of load at peak traffic, normalised to 256 MiB (multiply by
256 / limit for another limit; per task divide the load by the number of
tasks) (/work/tracelab-raw60/units.py, which also reproduces all eight of
batch 59's units from batches 56-58).  Batch 47's exception for d with
frequent deploys is kept (BF04 1.10, BG06 1.02, BH03 1.22 before their
GCs; by the plain rule the d frequent unit would be 0.0115).  The flag
flips count with their ratio from the flip (BF11, BH07); the slow leaks
BF10 (2 KB a), BG09 (2 KB d), BG10 (8 lines b) and BH11 (2 KB c) count;
BG11 and BH10 count per task; the night pause BH08 counts with its ratio
at 21:00 (0.86), as AY13's did.  No case of batch 56 counts any longer
(BE01-BE13 dropped out of the three-batch window).  Only the b units are
used by this batch:
  b (detail x req/s) with frequent deploys ~0.00262 (was 0.00268: BF01
    1.04 and BF03 0.89 at 0.00312, BG01 0.71, BG02 0.68 and BG03 0.63 at
    0.00317, BH01 1.23 at 0.00268);
  b over intervals of an hour or more ~0.00318 (was 0.00288: BF07 0.81 at
    0.00246, BG07 0.93, BG10 1.54 and BG13 1.24 at 0.00261, BH06 1.45 and
    BH10 1.13 per task at 0.00288), for the hourly, the culprit-early and
    the slow b (without the slow BG10 it would be 0.00302).
(Not used here: a ~0.0199 frequent, ~0.0190 over an hour or more; c
~0.0120 and ~0.00994; d ~0.0151 and ~0.0122; units.py.)
Each load is rounded so the unit gives the aim within 0.5 %
(/work/tracelab-raw60/design.py picked the pair of size and rate with the
smallest error in the usual ranges: 19-22 lines at 80-119 req/s for ~5
%/h, 12-18 lines at 80-119 for ~3 %/h, as BB02 and BB05 had 14 and 15
lines, 15-22 lines for the hourly, 6-10 lines at 70-119 for the slow leak;
/work/tracelab-raw60/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (BI01, BI03 and BI05 b 20 lines at 119, 320 MiB;
  BI02, BI06 and BI08 b 20 lines at 112, 300 MiB) and ~3 %/h (BI04 b 12
  lines at 112, 300 MiB; BI07 b 13 lines at 110, 320 MiB); hourly ~4 %/h
  (BI09 b 18 lines at 82, 300 MiB); culprit-early ~4.5 %/h (BI10 b 19
  lines at 93, 320 MiB); slow-leak ~1.5 %/h (BI11 b 7 lines at 79, 300
  MiB).  Every b is on the quote route with 400 SKUs (a bounded per-SKU
  cache in good releases).  Healthy, earlier loads: BI12-BI14 LRU_MAX 400,
  9000 SKUs, quote 22 lines at 95 (as BG15 and BH15), 320, 300 and 320
  MiB; BI15 and BI16 quote 20 lines at 95 (as BD14 and BG14) with 400
  SKUs, 300 and 320 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBH = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios59.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BH

_BI11 = [50, 50, 95, 100]

BI_SCENARIOS = [
    # ================================================================== frequent-deploys (BI01 dev, BI02-BI08 validation)
    dict(name="BI01-b-frequent-deploys-culprit-4-320", seed=60001, kind="b", culprit=4,
         intervals=gen_intervals(60001, 8, lo=15, hi=45),
         start="2029-08-18T11:07:00Z", service="bobbinet-tulle-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bobbinet-ruffle-quote-memo", "Memoise bobbinet tulle quotes per ruffle and flounce"),
         note="8 deploys 15-44 min apart, culprit #4 at 13:10 (5 leaking intervals, 15-44 min; its own 44 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BI02-b-frequent-deploys-culprit-6-300", seed=60002, kind="b", culprit=6,
         intervals=gen_intervals(60002, 9, lo=15, hi=45),
         start="2029-08-19T10:10:00Z", service="bluegrass-fiddle-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bluegrass-mandolin-quote-memo", "Memoise bluegrass fiddle quotes per mandolin and dobro"),
         note="9 deploys 21-42 min apart, culprit #6 at 13:10 (4 leaking intervals, 21-35 min; its own 35 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BI03-b-frequent-deploys-culprit-3-320", seed=60003, kind="b", culprit=3,
         intervals=gen_intervals(60003, 8, lo=15, hi=45),
         start="2029-08-20T11:19:00Z", service="bowerbird-rainforest-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bowerbird-trinket-quote-memo", "Memoise bowerbird rainforest quotes per trinket and quill"),
         note="8 deploys 22-42 min apart, culprit #3 at 13:10 (6 leaking intervals, 22-42 min; its own 22 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BI04-b-frequent-deploys-culprit-5-300", seed=60104, kind="b", culprit=5,
         intervals=gen_intervals(60004, 9, lo=15, hi=45),
         start="2029-08-21T10:40:00Z", service="barcarolle-gondolier-quotes",
         profile="quote", params={"detail": 12, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/barcarolle-oarlock-quote-memo", "Memoise barcarolle gondolier quotes per oarlock and vaporetto"),
         note="9 deploys 18-45 min apart, culprit #5 at 13:10 (5 leaking intervals, 18-40 min; its own 39 min); "
              "~3 %/h of 300 MiB at peak (a lower aim); good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="BI05-b-frequent-deploys-culprit-7-320", seed=60005, kind="b", culprit=7,
         intervals=gen_intervals(60005, 10, lo=15, hi=45),
         start="2029-08-22T09:14:00Z", service="bandoneon-tango-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bandoneon-milonga-quote-memo", "Memoise bandoneon tango quotes per milonga and ocho"),
         note="10 deploys 21-40 min apart, culprit #7 at 13:10 (4 leaking intervals, 26-38 min; its own 30 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BI06-b-frequent-deploys-culprit-4-300", seed=60006, kind="b", culprit=4,
         intervals=gen_intervals(60006, 9, lo=15, hi=45),
         start="2029-08-23T11:03:00Z", service="buckboard-wagoner-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/buckboard-singletree-quote-memo", "Memoise buckboard wagoner quotes per singletree and felloe"),
         note="9 deploys 15-43 min apart, culprit #4 at 13:10 (6 leaking intervals, 15-43 min; its own 28 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BI07-b-frequent-deploys-culprit-6-320", seed=60007, kind="b", culprit=6,
         intervals=gen_intervals(60007, 10, lo=15, hi=45),
         start="2029-08-24T10:26:00Z", service="bluebottle-jellyfish-quotes",
         profile="quote", params={"detail": 13, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bluebottle-tentacle-quote-memo", "Memoise bluebottle jellyfish quotes per tentacle and medusa"),
         note="10 deploys 15-43 min apart, culprit #6 at 13:10 (5 leaking intervals, 15-37 min; its own 31 min); "
              "~3 %/h of 320 MiB at peak (a lower aim); good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="BI08-b-frequent-deploys-culprit-5-300", seed=60008, kind="b", culprit=5,
         intervals=gen_intervals(60008, 8, lo=15, hi=45),
         start="2029-08-25T10:10:00Z", service="bedouin-oasis-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=112, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bedouin-dromedary-quote-memo", "Memoise bedouin oasis quotes per dromedary and dune"),
         note="8 deploys 20-45 min apart, culprit #5 at 13:10 (4 leaking intervals, 29-43 min; its own 43 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== singles (all validation)
    dict(name="BI09-b-hourly-culprit-2-300", seed=60009, kind="b", culprit=2,
         intervals=gen_intervals(60009, 3, lo=60, hi=85),
         start="2029-08-26T10:49:00Z", service="blowtorch-solder-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=82, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/blowtorch-flux-quote-memo", "Memoise blowtorch solder quotes per flux and nib"),
         note="3 deploys 69-84 min apart (hourly), culprit #2 at 13:10 in the middle (79 and 84 min leaking); "
              "~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BI10-b-culprit-first-after-40-320", seed=60010, kind="b", culprit=1,
         intervals=gen_intervals(60010, 3, {0: 40}, lo=35, hi=80),
         start="2029-08-27T10:50:00Z", service="bassinet-lullaby-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bassinet-rocker-quote-memo", "Memoise bassinet lullaby quotes per rocker and mobile"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (54-67 "
              "min, ~4.5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BI11-b-slow-leak-culprit-2-300", seed=60011, kind="b", culprit=2,
         intervals=list(_BI11),
         start="2029-08-28T11:30:00Z", service="bookmobile-librarian-quotes",
         profile="quote", params={"detail": 7, "skus": 400}, peak_rps=79, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bookmobile-paperback-quote-memo", "Memoise bookmobile librarian quotes per paperback and kerbside"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:10 after 50 and 50 min healthy intervals; "
              "95 and 100 min leaking intervals (195 min after the culprit); good releases warm a per-SKU cache "
              "(400 SKUs)"),
    # ================================================================== healthy-lru (BI12 dev, BI13-BI14 validation)
    dict(name="BI12-e-lru-frequent-400-320", seed=60012, kind="e",
         intervals=gen_intervals(60012, 8, lo=15, hi=45),
         start="2029-08-29T11:00:00Z", service="bocce-pallino-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"},
         note="bounded LRU (400 entries) refilling after each of 8 deploys 15-44 min apart, 11:00 through the "
              "peak; must not alarm"),
    dict(name="BI13-e-lru-frequent-400-300", seed=60013, kind="e",
         intervals=gen_intervals(60013, 9, lo=15, hi=45),
         start="2029-08-30T10:45:00Z", service="birdhouse-nestbox-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 9 deploys 21-43 min apart, 10:45 through the "
              "peak; must not alarm; epoch, ascending"),
    dict(name="BI14-e-lru-morning-400-320", seed=60014, kind="e",
         intervals=gen_intervals(60014, 9, lo=20, hi=45),
         start="2029-08-31T07:20:00Z", service="bittern-reedbed-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, ts_format="wire",
         note="bounded LRU (400 entries) refilling after each of 9 deploys 24-45 min apart, from 07:20 in the "
              "morning traffic ramp to 13:03 (traffic rising all the time); must not alarm; epoch"),
    # ================================================================== healthy-frequent (BI15 dev, BI16 validation)
    dict(name="BI15-none-frequent-quote-300", seed=60015, kind="none",
         intervals=gen_intervals(60015, 9, lo=16, hi=30),
         start="2029-09-01T11:40:00Z", service="boxcar-caboose-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route (400 SKUs, no cache), 11:40 through the peak; 9 deploys 19-29 min apart: each "
              "short interval is mostly warm-up; must not alarm"),
    dict(name="BI16-none-morning-quote-320", seed=60016, kind="none",
         intervals=gen_intervals(60016, 9, lo=16, hi=30),
         start="2029-09-02T07:40:00Z", service="bandicoot-wombat-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), from 07:40 in the morning traffic ramp to 11:46; 9 "
              "deploys 16-30 min apart: each short interval is mostly warm-up while traffic rises; must not "
              "alarm; epoch, ascending"),
]

SCENARIOS = _RBH + BI_SCENARIOS
