"""memblame's tracelab scenarios, batch 53: BB01..BB16 (real memory traces with labels).

(Named BB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-52 used AA..AZ and BA.  No case folder,
scenario name or split entry starts with "BB"; neither tracelab nor these
files parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 53"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios53.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios53.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw53 BB06-... BB11-...

(No long-interval case: every interval is 15-45 min; the longest case,
BB06, has 390 samples, about 98 s of recording; the 16 cases have 4 574
samples in all, kept short for a recording budget of 1100 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios52.py
first, unchanged and in the same order (positions 11..940, exactly as when
scenarios52.py is passed), and the BB scenarios after them (positions
941..956).  Only the BB scenarios are recorded from this file.  Seeds are
53001..53016 but for BB06, whose first seed (53006) gave a PR (334226)
equal to a pipeline number of B08 (B08-c-flag-flip-300, in real/): it got
53106 (the second tried, the +100 of the collision rule, as AZ12 in batch
51), its intervals still drawn with 53006 (see the README for the number
check, /work/tracelab-raw53/check_numbers.py, batch 36's).

The mix, TARGETED at services deployed every 15-45 minutes (the regime the
detector is weakest on), 16 cases, every one with deploys every 15-45 min:
seven leaking kind b (an unbounded per-customer quote cache next to the
bounded per-SKU cache of 400 SKUs that healthy releases warm, as BA01,
BA03, AZ02 and AZ05), 8-10 deploys, culprits #3 to #7, aimed at 3 to 6
%/h of the limit at peak traffic (varied), 300 or 320 MiB; three leaking
of kinds a, c and d (one each, culprits #4-#6 of 8-9 deploys); all ten
frequent-deploys.  Six healthy: two flat services (kind none; one orders,
one quote; healthy-frequent); a bounded cache of per-SKU size only
(healthy-frequent: tracelab requires a culprit 1..deploys for kind b, so a
kind b service whose bad version is never deployed cannot be written;
instead kind e with LRU_MAX 400 over 400 SKUs, a cache bounded at the size
of the good releases' per-SKU cache); two bounded LRU caches with the
frequent rhythm (kind e, as R04, S04, Y19, Z28 and Q18; healthy-lru); and
one step at one deploy (#4 of 8; healthy-step).  Every culprit and the
step deploy at 13:10.

Split (Tests/Traces/split53.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 13
validation.

  ten:    frequent-deploys BB01-BB10
  three:  healthy-frequent BB11-BB13
  two:    healthy-lru BB14-BB15
  single: healthy-step BB16

10 leaking (a: BB08; b: BB01-BB07; c: BB09; d: BB10), 6 healthy.

Loads scaled from what batches 50-52 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 52's rule moved on by one
batch: the mean over every case of the last three batches (50-52) of a
kind and class (frequent deploys; intervals of an hour or more), each
case's unit times its measured / aimed ratio, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit).  Batch 47's exception for d with frequent deploys is kept: a case
cut by major GCs counts with its ratio before them (AY04 1.10, not 0.87;
AZ04 1.07, not 0.54; BA05 1.32, not 1.30); by the plain rule the d
frequent unit would be 0.0119 (/work/tracelab-raw53/units.py).  Only the
frequent units are used by this batch:
  a (KB x req/s) with frequent deploys ~0.0247 (was 0.0227: AY01 1.34 at
    0.0178, AZ01 1.54 at 0.0189, BA02 0.93 at 0.0227);
  b (detail x req/s) with frequent deploys ~0.00294 (was 0.00276: AY02
    0.83 and AY05 0.69 at 0.00309, AZ02 1.17 and AZ05 1.14 at 0.00275,
    BA01 1.19 and BA03 1.19 at 0.00276);
  c (KB x req/s) with frequent deploys ~0.0119 (was 0.0120: AY03 1.14 at
    0.0118, AZ03 0.74 at 0.0130, BA04 1.06 at 0.0120);
  d (KB x req/s) with frequent deploys ~0.0154 (was 0.0135: AY04 1.10
    before its GC at 0.0128, AZ04 1.07 before its GCs at 0.0133, BA05
    1.32 before #8's GC at 0.0135).
(Over intervals of an hour or more, not used here: a ~0.0235, b ~0.00279,
c ~0.0102, d ~0.0105; units.py.)
Aims at peak traffic (frequent-deploys): BB01 b 4.5 %/h (20 lines at 90,
300 MiB); BB02 b 3 (14 at 91, 320); BB03 b 6 (24 at 100, 300); BB04 b 5
(21 at 101, 320); BB05 b 3.5 (15 at 93, 300); BB06 b 5.5 (22 at 106,
320); BB07 b 4 (17 at 94, 300); BB08 a 5 (4 KB at 63, 320); BB09 c 5 (6 KB
at 82, 300); BB10 d 5 (8 KB at 51, 320).  Healthy: BB11 none, orders, 9
deploys 16-41 min apart; BB12 none, quote, 10 deploys 17-45 min apart;
BB13 a cache bounded at 400 entries over 400 SKUs (kind e), 9 deploys
17-42 min apart; BB14 a bounded LRU (1200 entries, 4000 SKUs), 10 deploys
15-45 min apart; BB15 a bounded LRU (2000 entries, 7500 SKUs), 9 deploys
15-43 min apart; BB16 step (a 60000-entry table loaded at boot from #4 on),
quote, 8 deploys 15-37 min apart.  The "~N %/h" in the notes are these
aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBA = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios52.py"))["SCENARIOS"]   # R..I, AA..AZ, BA

BB_SCENARIOS = [
    # ================================================================== frequent-deploys (BB01 dev, BB02-BB10 validation)
    dict(name="BB01-b-frequent-deploys-culprit-5-300", seed=53001, kind="b", culprit=5,
         intervals=gen_intervals(53001, 9, lo=15, hi=45),
         start="2029-04-28T10:34:00Z", service="bobbin-lace-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bobbin-lacemaker-quote-memo", "Memoise bobbin lace quotes per lacemaker and bolster"),
         note="9 deploys 17-43 min apart, culprit #5 at 13:10 (5 leaking intervals, 17-29 min; its own 26 min); "
              "~4.5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BB02-b-frequent-deploys-culprit-3-320", seed=53002, kind="b", culprit=3,
         intervals=gen_intervals(53002, 8, lo=15, hi=45),
         start="2029-04-29T11:38:00Z", service="bubblegum-vending-quotes",
         profile="quote", params={"detail": 14, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bubblegum-gumball-quote-memo", "Memoise bubblegum vending quotes per gumball flavour and wrapper"),
         note="8 deploys 15-45 min apart, culprit #3 at 13:10 (6 leaking intervals, 15-42 min; its own 42 min); "
              "~3 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BB03-b-frequent-deploys-culprit-7-300", seed=53003, kind="b", culprit=7,
         intervals=gen_intervals(53003, 10, lo=15, hi=45),
         start="2029-04-30T09:57:00Z", service="babushka-shawl-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/babushka-knitter-quote-memo", "Memoise babushka shawl quotes per knitter and fringe"),
         note="10 deploys 19-45 min apart, culprit #7 at 13:10 (4 leaking intervals, 20-45 min; its own 23 min); "
              "~6 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BB04-b-frequent-deploys-culprit-4-320", seed=53004, kind="b", culprit=4,
         intervals=gen_intervals(53004, 8, lo=15, hi=45),
         start="2029-05-01T10:40:00Z", service="bobsled-chute-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/bobsled-brakeman-quote-memo", "Memoise bobsled chute quotes per brakeman and run"),
         note="8 deploys 23-44 min apart, culprit #4 at 13:10 (5 leaking intervals, 24-42 min; its own 42 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BB05-b-frequent-deploys-culprit-6-300", seed=53005, kind="b", culprit=6,
         intervals=gen_intervals(53005, 9, lo=15, hi=45),
         start="2029-05-02T10:51:00Z", service="baboon-troop-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/baboon-primatologist-quote-memo", "Memoise baboon troop quotes per primatologist and waterhole"),
         note="9 deploys 17-38 min apart, culprit #6 at 13:10 (4 leaking intervals, 24-38 min; its own 24 min); "
              "~3.5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BB06-b-frequent-deploys-culprit-3-320", seed=53106, kind="b", culprit=3,
         intervals=gen_intervals(53006, 10, lo=15, hi=45),
         start="2029-05-03T10:58:00Z", service="bebop-vinyl-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/bebop-sideman-quote-memo", "Memoise bebop vinyl quotes per sideman and matrix number"),
         note="10 deploys 17-45 min apart, culprit #3 at 13:10 (8 leaking intervals, 17-39 min; its own 31 min); "
              "~5.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BB07-b-frequent-deploys-culprit-7-300", seed=53007, kind="b", culprit=7,
         intervals=gen_intervals(53007, 9, lo=15, hi=45),
         start="2029-05-04T09:53:00Z", service="bibliophile-incunable-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bibliophile-bookbinder-quote-memo", "Memoise bibliophile incunable quotes per bookbinder and colophon"),
         note="9 deploys 17-42 min apart, culprit #7 at 13:10 (3 leaking intervals, 19-25 min; its own 19 min); "
              "~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BB08-a-frequent-deploys-culprit-4-320", seed=53008, kind="a", culprit=4,
         intervals=gen_intervals(53008, 8, lo=15, hi=45),
         start="2029-05-05T10:48:00Z", service="bobcat-mesa-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=63, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/bobcat-lynx-census-history", "Keep bobcat mesa orders for the lynx census history"),
         note="8 deploys 19-45 min apart, culprit #4 at 13:10 (5 leaking intervals, 19-45 min; its own 45 min); "
              "~5 %/h of 320 MiB at peak"),
    dict(name="BB09-c-frequent-deploys-culprit-6-300", seed=53009, kind="c", culprit=6,
         intervals=gen_intervals(53009, 9, lo=15, hi=45),
         start="2029-05-06T10:02:00Z", service="babbler-thicket-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=82, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/babbler-twitcher-listeners", "Tell open babbler thicket bookings when a twitcher frees"),
         note="9 deploys 15-44 min apart, culprit #6 at 13:10 (4 leaking intervals, 15-37 min; its own 27 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="BB10-d-frequent-deploys-culprit-5-320", seed=53010, kind="d", culprit=5,
         intervals=gen_intervals(53010, 8, lo=15, hi=45),
         start="2029-05-07T10:43:00Z", service="bubinga-veneer-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=51, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bubinga-flitch-slicing-timers", "Confirm bubinga veneer bookings from delayed flitch-slicing timers"),
         note="8 deploys 15-40 min apart, culprit #5 at 13:10 (4 leaking intervals, 15-40 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak"),
    # ================================================================== healthy-frequent (BB11 dev, BB12-BB13 validation)
    dict(name="BB11-none-frequent-orders-300", seed=53011, kind="none",
         intervals=gen_intervals(53011, 9, lo=15, hi=45),
         start="2029-05-08T11:20:00Z", service="bobolink-meadow-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 11:20 through the peak; 9 deploys 16-41 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="BB12-none-frequent-quote-320", seed=53012, kind="none",
         intervals=gen_intervals(53012, 10, lo=15, hi=45),
         start="2029-05-09T10:50:00Z", service="babassu-palm-quotes",
         profile="quote", params={"detail": 22}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, quote route, 10:50 through the peak; 10 deploys 17-45 min apart: each short interval is "
              "mostly warm-up; must not alarm; ascending"),
    dict(name="BB13-e-frequent-sku-sized-400-300", seed=53013, kind="e",
         intervals=gen_intervals(53013, 9, lo=15, hi=45),
         start="2029-05-10T10:40:00Z", service="bibimbap-gochujang-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, ts_format="wire", scan_by="TimestampAscending",
         note="a quote service with only a cache bounded at per-SKU size (LRU of 400 entries, 400 SKUs; the "
              "healthy side of the b cases, whose bad version is never deployed); 9 deploys 17-42 min apart, "
              "10:40 through the peak; must not alarm; epoch, ascending"),
    # ================================================================== healthy-lru (BB14 dev, BB15 validation)
    dict(name="BB14-e-lru-frequent-1200-300", seed=53014, kind="e",
         intervals=gen_intervals(53014, 10, lo=15, hi=45),
         start="2029-05-11T11:00:00Z", service="bobtail-sheepdog-quotes",
         profile="quote", params={"detail": 50, "skus": 4000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1200"}, ts_format="wire",
         note="bounded LRU (1200 entries) refilling after each of 10 deploys 15-45 min apart, 11:00 through the "
              "peak; must not alarm; epoch"),
    dict(name="BB15-e-lru-frequent-2000-320", seed=53015, kind="e",
         intervals=gen_intervals(53015, 9, lo=15, hi=45),
         start="2029-05-12T10:45:00Z", service="babka-braid-quotes",
         profile="quote", params={"detail": 38, "skus": 7500}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "2000"},
         note="bounded LRU (2000 entries) refilling after each of 9 deploys 15-43 min apart, 10:45 through the "
              "peak; must not alarm"),
    # ================================================================== healthy-step (single, validation)
    dict(name="BB16-step-frequent-quote-320", seed=53016, kind="step", culprit=4,
         intervals=gen_intervals(53016, 8, lo=15, hi=45),
         start="2029-05-13T11:09:00Z", service="bobwhite-covey-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bobwhite-covey-table-at-boot", "Load the bobwhite covey table at boot"),
         note="level shift at #4 of 8 (13:10), quote route; 8 deploys 15-37 min apart; no trend after; "
              "must not alarm; epoch, ascending"),
]

SCENARIOS = _RBA + BB_SCENARIOS
