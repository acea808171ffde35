"""memblame's tracelab scenarios, batch 76: BY01..BY16 (real memory traces with labels).

(Named BY: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-75 used AA..AZ and BA..BX (batch 75's BX
was merged into main, b5c8ba4, while this file was being written).  No
case folder, scenario name or split entry on main or here starts with
"BY"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 76"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios76.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios76.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw76 BY05-... BY16-...

(The mix of batch 70 (its template): no long-interval case.  The longest
case, BY05, has 336 samples (about 84 s of recording); the 16 cases have
4 345 samples in all, kept short for a recording budget of 1100 s.  Every
case of 290 samples or more (BY01, BY04, BY05, BY09) and two shorter ones
(BY06, BY14) use ts_format "wire" (epoch seconds), so that no metrics.json
comes near the 30 KB limit for an uncompressed file; the ISO 8601 cases
have 288 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios75.py (unchanged: scenarios74.py's
scenarios at 11..1292 (scenarios70.py's at 11..1212, batch 69's BR at
1213..1228, BT at 1229..1244, BU at 1245..1260, BV at 1261..1276, BW at
1277..1292), BX at 1293..1308) and lists the BY scenarios last
(1309..1324), as scenarios73.py runs scenarios72.py.  As with
scenarios71.py-scenarios75.py, BR's committed deploys.csv are reproduced
only from scenarios69.py.  Seeds are 76001..76016, each case's seed +100
(repeatedly) if its PR or pipeline numbers collide with an earlier
scenario (BW and BX included), a case in real/, or a case folder of
batches 74 and 75 (/work/tracelab-raw76/check_numbers.py, batch 74's
adapted to BY and to this chaining); the intervals stay the draws of the
first seed, gen_intervals(760NN, ...).
Two seeds were bumped: BY04 76104 (with 76004 two PRs equal to pipeline
numbers of AI13) and BY14 76214 (with 76014 a PR equal to a pipeline
number of AJ04, with 76114 two more of AJ04); the other fourteen are the
first tried.

The mix, as batch 70 (a fifth blind test of the weakest regime, after
batches 60, 64, 66 and 70): cache leaks (b) next to the per-SKU cache (400
SKUs, quote route) under deploys every 15-45 minutes, one frequent-deploy
leak of each other kind for contrast, and the healthy services that look
like them.  The draws differ from batch 70's: other seeds, the culprit
positions (#3 once, #4 twice, #5 once, #6 once, #7 twice; batch 70: #3,
#4, #5 twice, #6 twice, #7), a line count of its own for each b (15-22;
batch 70: 17 everywhere), culprits from 12:43 to 16:17 (batch 70: 13:20 to
15:44), the other kinds at other positions (a #5, c #6, d #3; batch 70: a
#6, c #4, d #6), LRUs of three sizes and traffic shapes (batch 70: 400
entries at three times of day), the step on the orders route, kind f
(reports in flight while the morning traffic rises) and one flat service
(orders):
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (BY01 dev, BY02-BY07), 8-10 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (BY07), #4
    (BY02, BY06), #5 (BY05), #6 (BY03) and #7 (BY01, BY04), each case
    given one of the positions #3..#7 whose own interval in its seed's draw
    is 25 min or more (28-42 min); the windows start between 10:20 and
    14:00, so the culprits serve from 12:43:30 to 16:17:30 (0.98-1.00 of
    the peak); all seven aimed at ~5 %/h at peak; and one frequent-deploy
    leak of each other kind on the orders route: a (BY08, #5 of 9), c
    (BY09, #6 of 9) and d (BY10, #3 of 8);
  healthy-lru (3): a bounded LRU (9000 SKUs, quote 22 lines at 95 req/s)
    with deploys 15-45 min apart, three sizes and traffic shapes: 300
    entries in the morning (BY11 dev, 8 deploys 20-36 min apart from 08:30
    to 12:39, the traffic rising from 0.50 of the peak), 800 entries
    through the afternoon peak (BY12, 8 deploys 15-43 min apart from 13:10
    to 17:22) and 400 entries under a flat load (BY13, load "flat": 0.7 of
    the peak all day, 7 deploys 15-40 min apart from 15:30 to 19:52);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #5 of 8 on (14:34), orders route, 22-38 min apart (BY14, orders 5 KB at
    95 as BX14 and BR14);
  healthy-load (1): kind f, reports in flight following the load up from
    07:45 (0.44 of the peak) to 12:30 (0.98) across 7 deploys 24-45 min
    apart (gen_intervals(seed, 7, lo=15, hi=45); O14's load) (BY15);
  healthy-frequent (1): kind none on the orders route, 9 deploys 16-30 min
    apart (gen_intervals(seed, 9, lo=16, hi=30)) from 10:50 through the
    peak (BY16).

Split (Tests/Traces/split76.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (BY01,
BY11), 14 validation.

  ten:    frequent-deploys BY01-BY10
  three:  healthy-lru BY11-BY13
  single: healthy-step BY14, healthy-load BY15, healthy-frequent BY16

10 leaking (b: BY01-BY07; a: BY08; c: BY09; d: BY10), 6 healthy
(BY11-BY13 e, BY14 step, BY15 f, BY16 none).

Loads by the units batch 74's README gives for the next batch (batch 68's
rule over batches 72-74: the mean over every case of batches 72-74 of a
kind and class (frequent deploys; intervals of an hour or more) of (its
unit) x (its measured / aimed ratio), from the ratios the READMEs of
batches 72, 73 and 74 give in "The units, for the next batch"; %/h per
unit of load at peak traffic at 256 MiB; multiply by 256 / limit for
another limit) (/work/tracelab-raw76/units.py reproduces the six units
batch 74's README gives; units.out); only the frequent units are used:
  b 0.00346 frequent (BU11 1.26, BV01 1.37, BV02 1.32, BW11 0.92; batch 75
    used 0.00336, batch 70 0.00325);
  d 0.0137 frequent (BV03 alone, 0.76 before its falls; batch 47's
    exception);
  a 0.0207 and c 0.00735 frequent: batches 72-74 have no frequent a or c,
    so these keep the units last in force, BS08's and BT03's (batch 74's
    README names both as the last).
Batch 75 was merged into main (b5c8ba4) while this batch was being made;
its README gives units for the next batch by the rule over batches 73-75
(b 0.0032 and d 0.013 frequent; a and c frequent unchanged).  This batch
keeps batch 74's units, as fixed for it beforehand (its b unit 8 % and its
d unit 5 % above batch 75's; see the README).  Each load rounded so the unit gives the aim within
0.5 % (/work/tracelab-raw76/design.py picked, for the size given to each
case, the rate with the smallest error in the usual ranges: b 15-22 lines
at 80-119, a 4-7 KB at 40-100, c 5-9 KB at 75-120, d 4-6 KB at 70-110;
design.out; /work/tracelab-raw76/verify.py checked it).  Aims at peak
traffic, ~5 %/h:
  BY01 b 16 lines at 106, 300 MiB; BY02 b 18 at 100, 320; BY03 b 17 at
  100, 300; BY04 b 21 at 86, 320; BY05 b 15 at 113, 300; BY06 b 19 at 95,
  320; BY07 b 22 at 82, 320; BY08 a 6 KB at 47, 300; BY09 c 8 KB at 106,
  320; BY10 d 4 KB at 107, 300.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: BY11-BY13 quote 22 lines at 95
with 9000 SKUs (as BS11-BS13, BV12, BX12), LRU_MAX 300, 800 and 400, 300,
320 and 300 MiB; BY14 step, orders 5 KB at 95 with 60000 entries (as BX14
and BR14), 320 MiB; BY15 report 500 KB held 430 ms at 100 req/s, 72 load
threads (as BX15, BV15 and O14), 320 MiB; BY16 orders 5 KB at 95 (as BS16
and BV16), 300 MiB.  Heap 160 MB everywhere.  The "~N %/h" in the notes
are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RBX = runpy.run_path(os.path.join(_HERE, "scenarios75.py"))["SCENARIOS"]   # 11..1308 (BR 1213..1228, BT 1229..1244, BU 1245..1260, BV 1261..1276, BW 1277..1292, BX 1293..1308)

BY_SCENARIOS = [
    # ================================================================== frequent-deploys (BY01 dev, BY02-BY10 validation)
    dict(name="BY01-b-frequent-deploys-culprit-7-300", seed=76001, kind="b", culprit=7,
         intervals=gen_intervals(76001, 10, lo=15, hi=45),
         start="2030-05-01T12:00:00Z", service="buttonbush-bugleweed-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/buttonbush-beebalm-quote-memo", "Memoise buttonbush bugleweed quotes per beebalm and customer"),
         note="10 deploys 17-45 min apart from 12:00, culprit #7 at 14:42 (4 leaking intervals, 30-45 min, to 17:12; "
              "its own 34 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BY02-b-frequent-deploys-culprit-4-320", seed=76002, kind="b", culprit=4,
         intervals=gen_intervals(76002, 8, lo=15, hi=45),
         start="2030-05-02T11:05:00Z", service="bearberry-buffaloberry-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bearberry-salmonberry-quote-memo", "Memoise bearberry buffaloberry quotes per salmonberry and customer"),
         note="8 deploys 19-35 min apart from 11:05, culprit #4 at 12:44 (5 leaking intervals, 24-35 min, to 15:12; "
              "its own 33 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="BY03-b-frequent-deploys-culprit-6-300", seed=76003, kind="b", culprit=6,
         intervals=gen_intervals(76003, 9, lo=15, hi=45),
         start="2030-05-03T13:40:00Z", service="belemnite-baculite-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/belemnite-orthoceras-quote-memo", "Memoise belemnite baculite quotes per orthoceras and customer"),
         note="9 deploys 16-41 min apart from 13:40, culprit #6 at 15:51 (4 leaking intervals, 17-41 min, to 18:00; "
              "its own 41 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BY04-b-frequent-deploys-culprit-7-320", seed=76104, kind="b", culprit=7,
         intervals=gen_intervals(76004, 9, lo=15, hi=45),
         start="2030-05-04T10:45:00Z", service="babirusa-banteng-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=86, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/babirusa-anoa-quote-memo", "Memoise babirusa banteng quotes per anoa and customer"),
         note="9 deploys 15-42 min apart from 10:45, culprit #7 at 14:11 (3 leaking intervals, 22-42 min, to 15:39; "
              "its own 42 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BY05-b-frequent-deploys-culprit-5-300", seed=76005, kind="b", culprit=5,
         intervals=gen_intervals(76005, 8, lo=15, hi=45),
         start="2030-05-05T10:20:00Z", service="bocaccio-bonefish-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/bocaccio-butterfish-quote-memo", "Memoise bocaccio bonefish quotes per butterfish and customer"),
         note="8 deploys 28-43 min apart from 10:20, culprit #5 at 13:21 (4 leaking intervals, 36-43 min, to 15:56; "
              "its own 37 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="BY06-b-frequent-deploys-culprit-4-320", seed=76006, kind="b", culprit=4,
         intervals=gen_intervals(76006, 9, lo=15, hi=45),
         start="2030-05-06T14:00:00Z", service="beryllonite-bustamite-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/beryllonite-bementite-quote-memo", "Memoise beryllonite bustamite quotes per bementite and customer"),
         note="9 deploys 16-45 min apart from 14:00, culprit #4 at 16:18 (6 leaking intervals, 16-31 min, to 18:37; "
              "its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="BY07-b-frequent-deploys-culprit-3-320", seed=76007, kind="b", culprit=3,
         intervals=gen_intervals(76007, 8, lo=15, hi=45),
         start="2030-05-07T12:20:00Z", service="brayer-burin-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=82, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/brayer-baren-quote-memo", "Memoise brayer burin quotes per baren and customer"),
         note="8 deploys 15-40 min apart from 12:20, culprit #3 at 13:47 (6 leaking intervals, 15-40 min, to 16:05; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BY08-a-frequent-deploys-culprit-5-300", seed=76008, kind="a", culprit=5,
         intervals=gen_intervals(76008, 9, lo=15, hi=45),
         start="2030-05-08T11:50:00Z", service="bourbon-sazerac-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=47, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bourbon-negroni-history", "Keep bourbon sazerac orders for the negroni history"),
         note="9 deploys 17-44 min apart from 11:50, culprit #5 at 14:31 (5 leaking intervals, 17-41 min, to 16:38; "
              "its own 26 min); ~5 %/h of 300 MiB at peak; ascending"),
    dict(name="BY09-c-frequent-deploys-culprit-6-320", seed=76009, kind="c", culprit=6,
         intervals=gen_intervals(76009, 9, lo=15, hi=45),
         start="2030-05-09T10:50:00Z", service="bonobo-tamaraw-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=106, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/bonobo-seladang-listeners", "Tell open bonobo tamaraw bookings when a seladang frees"),
         note="9 deploys 17-40 min apart from 10:50, culprit #6 at 13:56 (4 leaking intervals, 17-38 min, to 15:46; "
              "its own 38 min); ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="BY10-d-frequent-deploys-culprit-3-300", seed=76010, kind="d", culprit=3,
         intervals=gen_intervals(76010, 8, lo=15, hi=45),
         start="2030-05-10T13:40:00Z", service="brassica-borecole-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=107, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/brassica-broccolini-timers", "Confirm brassica borecole bookings from delayed broccolini timers"),
         note="8 deploys 23-38 min apart from 13:40, culprit #3 at 14:48 (6 leaking intervals, 25-38 min, to 17:53; "
              "its own 25 min); ~5 %/h of 300 MiB at peak"),
    # ================================================================== healthy-lru (BY11 dev, BY12-BY13 validation)
    dict(name="BY11-e-lru-morning-300-300", seed=76011, kind="e",
         intervals=gen_intervals(76011, 8, lo=15, hi=45),
         start="2030-05-11T08:30:00Z", service="butterwort-sundew-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "300"}, scan_by="TimestampAscending",
         note="bounded LRU (300 entries) refilling after each of 8 deploys 20-36 min apart, from 08:30 in the "
              "morning (the traffic rising from half the peak) to 12:39; must not alarm; ascending"),
    dict(name="BY12-e-lru-afternoon-800-320", seed=76012, kind="e",
         intervals=gen_intervals(76012, 8, lo=15, hi=45),
         start="2030-05-12T13:10:00Z", service="barbotine-bucchero-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "800"},
         note="bounded LRU (800 entries) refilling after each of 8 deploys 15-43 min apart, from 13:10 through the "
              "afternoon peak to 17:22; must not alarm"),
    dict(name="BY13-e-lru-flat-load-400-300", seed=76013, kind="e",
         intervals=gen_intervals(76013, 7, lo=15, hi=45),
         start="2030-05-13T15:30:00Z", service="bouclette-barege-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, load="flat", scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 7 deploys 15-40 min apart, 15:30 to 19:52 under a "
              "flat load (0.7 of the peak all day); must not alarm; ascending"),
    # ================================================================== healthy-step (single, validation)
    dict(name="BY14-step-frequent-orders-320", seed=76214, kind="step", culprit=5,
         intervals=gen_intervals(76014, 8, lo=15, hi=45),
         start="2030-05-14T11:40:00Z", service="boater-bowler-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/boater-beret-table-at-boot", "Load the boater beret table at boot"),
         note="level shift at #5 of 8 (14:35), orders route; 8 deploys 22-38 min apart (23, 32, 25 and 22 min "
              "after the step); no trend after; must not alarm; epoch"),
    # ================================================================== healthy-load (single, validation)
    dict(name="BY15-f-load-morning-rise-frequent-320", seed=76015, kind="f", workers=72,
         intervals=gen_intervals(76015, 7, lo=15, hi=45),
         start="2030-05-15T07:45:00Z", service="bandeau-bustier-reports",
         profile="report", params={"kb": 500, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up from the morning (07:45, 0.44 of the peak) to 12:30 (0.98), "
              "across 7 deploys 24-45 min apart; must not alarm; ascending"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="BY16-none-frequent-orders-300", seed=76016, kind="none",
         intervals=gen_intervals(76016, 9, lo=16, hi=30),
         start="2030-05-16T10:50:00Z", service="bokchoy-tatsoi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 10:50 through the peak to 14:42; 9 deploys 16-30 min apart: each short "
              "interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RBX + BY_SCENARIOS
