"""memblame's tracelab scenarios, batch 82: CE01..CE16 (real memory traces with labels).

(Named CE: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-81 used AA..AZ, BA..BZ, CA, CB, CC and CD.
No case folder, scenario name or split entry on main, on traces81 or here
starts with "CE"; neither tracelab nor these files parse the prefix of a
name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 82"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios82.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios82.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw82 CE04-... CE16-...

(The mix of batch 76 (its template; batches 64, 66 and 70 of the same
kind): no long-interval case.  The longest cases, CE04 and CE09, have 317
samples (about 80 s of recording); the 16 cases have 4 468 samples in all,
kept short for a recording budget of 1100 s.  Every case of 290 samples or
more (CE02, CE03, CE04, CE07, CE09) and two shorter ones (CE10, CE14) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 289 samples
or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios81.py (unchanged: scenarios80.py's
scenarios at 11..1388 (scenarios79.py's at 11..1372, CC at 1373..1388), CD
at 1389..1404) and lists the CE scenarios last (1405..1420), as
scenarios81.py runs scenarios80.py.  Seeds are 82001..82016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (or a CD folder of batch 81)
(/work/tracelab-raw82/check_numbers.py, batch 80's adapted); the
intervals stay the draws of the first seed, gen_intervals(820NN, ...).
Two seeds were bumped, once each: CE06 82106 (with 82006 its PRs 496595,
496600 and 496605 equal pipeline numbers of AM02) and CE08 82108 (with
82008 its PR 497250 equals a pipeline number of AM03); their intervals stay
gen_intervals(82006, ...) and gen_intervals(82008, ...); the other
fourteen are the first tried.

The mix, as batch 76 (a sixth blind test of the weakest regime, after
batches 60, 64, 66, 70 and 76): cache leaks (b) next to the per-SKU cache
(400 SKUs, quote route) under deploys every 15-45 minutes, one
frequent-deploy leak of each other kind for contrast, and the healthy
services that look like them.  The draws differ from batch 76's: other
seeds and so other intervals, the culprit positions (#3 once, #4 once, #5
twice, #6 twice, #7 once; batch 76: #3, #4 twice, #5, #6, #7 twice), a line
count of its own for each b (17-23; batch 76: 15-22), culprits from 12:51
to 16:07 (batch 76: 12:43 to 16:17), the other kinds at other positions (a
#6, c #4, d #5; batch 76: a #5, c #6, d #3), LRUs of other sizes and times
of day (500 entries in the morning, 1000 through the afternoon, 350 into
the evening; batch 76: 300, 800 and 400 under a flat load), the step on
the quote route (batch 76: orders), kind f while the traffic rises from
dawn (batch 76: from 07:45) and the flat service on the quote route
(batch 76: orders):
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (CE01 dev, CE02-CE07), 8-9 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (CE03), #4
    (CE07), #5 (CE01, CE06), #6 (CE02, CE05) and #7 (CE04), each case
    given one of the positions #3..#8 whose own interval in its seed's
    draw is 25 min or more (28-44 min); the windows start between 10:30
    and 12:55, so the culprits serve from 12:51:30 to 16:07:30 (0.98-1.00
    of the peak); all seven aimed at ~5 %/h at peak; and one
    frequent-deploy leak of each other kind on the orders route: a (CE08,
    #6 of 9), c (CE09, #4 of 8) and d (CE10, #5 of 9);
  healthy-lru (3): a bounded LRU (9000 SKUs, quote 22 lines at 95 req/s)
    with deploys 15-45 min apart, three sizes and times of day: 500
    entries in the morning (CE11 dev, 8 deploys 16-39 min apart from 09:30
    to 13:43, the traffic rising from 0.59 of the peak), 1000 entries
    through the afternoon (CE12, 8 deploys 21-40 min apart from 13:20 to
    18:09) and 350 entries into the evening (CE13, 8 deploys 16-40 min
    apart from 17:00 to 21:24, the traffic falling from 0.99 to 0.70 of
    the peak);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #4 of 9 on (14:04), quote route (20 lines at 95 with 400 SKUs, as
    BS14, BO14 and BM14), 18-38 min apart (CE14);
  healthy-load (1): kind f, reports in flight following the load up from
    dawn (06:20, 0.35 of the peak) to 10:52 (0.75) across 8 deploys 15-43
    min apart (gen_intervals(seed, 8, lo=15, hi=45)) (CE15);
  healthy-frequent (1): kind none on the quote route (20 lines at 95 with
    400 SKUs, as CD14, BS15 and BO15), 9 deploys 17-28 min apart
    (gen_intervals(seed, 9, lo=16, hi=30)) from 14:30 into the early
    evening (CE16).

Split (Tests/Traces/split82.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CE01,
CE11), 14 validation.

  ten:    frequent-deploys CE01-CE10
  three:  healthy-lru CE11-CE13
  single: healthy-step CE14, healthy-load CE15, healthy-frequent CE16

10 leaking (b: CE01-CE07; a: CE08; c: CE09; d: CE10), 6 healthy
(CE11-CE13 e, CE14 step, CE15 f, CE16 none).

Loads by the units batch 80's README section gives for the next batch (the
rule over batches 78-80, "For the record": the mean over every case of
batches 78-80 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit)
(/work/tracelab-raw82/units.py reproduces them, units.out); only the
frequent units are used:
  b 0.00297 frequent (CA02 1.76, CA03 1.91, CB11 1.63, CC02 0.57, CC03
    0.75; batch 80 used 0.00312, batch 76 0.00346);
  a 0.0215 frequent (none in batches 78-80: batch 78's, BY08's 1.04 at
    0.0207 among those behind it);
  c 0.0079 frequent (CC01 alone, 0.52 at 0.0152);
  d 0.0106 frequent (CA01 alone, 0.70 before its falls at 0.0152, batch
    47's exception).
Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw82/design.py, batch 80's adapted, picked for each b the
rate with the smallest error for the line count given to it, and for a, c
and d the pair of size and rate with the smallest error, in the usual
ranges: b 17-23 lines at 80-119 (15 and 16 lines would need more than 119
req/s at this unit; 23 lines as batch 78's CA02), a 4-7 KB at 40-100, c
5-9 KB at 75-120, d 4-6 KB at 70-110; design.out;
/work/tracelab-raw82/verify.py checked it).  Aims at peak traffic, ~5 %/h:
  CE01 b 17 lines at 116, 300 MiB; CE02 b 21 at 100, 320; CE03 b 23 at
  86, 300; CE04 b 19 at 111, 320; CE05 b 22 at 90, 300; CE06 b 18 at 117,
  320; CE07 b 20 at 99, 300; CE08 a 5 KB at 58, 320; CE09 c 7 KB at 106,
  300; CE10 d 6 KB at 98, 320.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: CE11-CE13 quote 22 lines at 95
with 9000 SKUs (as BY11-BY13, CC12, CD13), LRU_MAX 500, 1000 and 350, 300,
320 and 300 MiB; CE14 step, quote 20 lines at 95 with 400 SKUs and 60000
entries (as BS14, BO14, BM14), 300 MiB; CE15 report 450 KB held 430 ms at
100 req/s, 72 load threads (as CD15, CC15, CB15), 320 MiB; CE16 quote 20
lines at 95 with 400 SKUs (as CD14, BS15), 320 MiB.  Heap 160 MB
everywhere.  The "~N %/h" in the notes are these aims, not measurements
(see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCD = runpy.run_path(os.path.join(_HERE, "scenarios81.py"))["SCENARIOS"]   # 11..1404 (scenarios80.py's 11..1388, CD 1389..1404)

CE_SCENARIOS = [
    # ================================================================== frequent-deploys (CE01 dev, CE02-CE10 validation)
    dict(name="CE01-b-frequent-deploys-culprit-5-300", seed=82001, kind="b", culprit=5,
         intervals=gen_intervals(82001, 9, lo=15, hi=45),
         start="2030-08-05T11:40:00Z", service="kakapo-kokako-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/kakapo-takahe-quote-memo", "Memoise kakapo kokako quotes per takahe and customer"),
         note="9 deploys 17-35 min apart from 11:40, culprit #5 at 13:57 (5 leaking intervals, 17-35 min, to 16:27; "
              "its own 35 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CE02-b-frequent-deploys-culprit-6-320", seed=82002, kind="b", culprit=6,
         intervals=gen_intervals(82002, 8, lo=15, hi=45),
         start="2030-08-06T11:10:00Z", service="usnea-cladonia-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/usnea-lobaria-quote-memo", "Memoise usnea cladonia quotes per lobaria and customer"),
         note="8 deploys 19-45 min apart from 11:10, culprit #6 at 14:23 (3 leaking intervals, 23-42 min, to 16:05; "
              "its own 37 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CE03-b-frequent-deploys-culprit-3-300", seed=82003, kind="b", culprit=3,
         intervals=gen_intervals(82003, 8, lo=15, hi=45),
         start="2030-08-07T11:50:00Z", service="prehnite-thomsonite-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/prehnite-natrolite-quote-memo", "Memoise prehnite thomsonite quotes per natrolite and customer"),
         note="8 deploys 15-45 min apart from 11:50, culprit #3 at 13:43 (6 leaking intervals, 15-44 min, to 17:01; "
              "its own 43 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CE04-b-frequent-deploys-culprit-7-320", seed=82004, kind="b", culprit=7,
         intervals=gen_intervals(82004, 9, lo=15, hi=45),
         start="2030-08-08T12:30:00Z", service="spleenwort-polypody-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/spleenwort-moonwort-quote-memo", "Memoise spleenwort polypody quotes per moonwort and customer"),
         note="9 deploys 20-44 min apart from 12:30, culprit #7 at 16:08 (3 leaking intervals, 28-40 min, to 17:47; "
              "its own 40 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="CE05-b-frequent-deploys-culprit-6-300", seed=82005, kind="b", culprit=6,
         intervals=gen_intervals(82005, 9, lo=15, hi=45),
         start="2030-08-09T12:55:00Z", service="mazurka-polonaise-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/mazurka-allemande-quote-memo", "Memoise mazurka polonaise quotes per allemande and customer"),
         note="9 deploys 17-44 min apart from 12:55, culprit #6 at 15:14 (4 leaking intervals, 29-44 min, to 17:28; "
              "its own 44 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CE06-b-frequent-deploys-culprit-5-320", seed=82106, kind="b", culprit=5,
         intervals=gen_intervals(82006, 9, lo=15, hi=45),
         start="2030-08-10T12:15:00Z", service="shiitake-maitake-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/shiitake-enoki-quote-memo", "Memoise shiitake maitake quotes per enoki and customer"),
         note="9 deploys 15-45 min apart from 12:15, culprit #5 at 14:14 (5 leaking intervals, 28-45 min, to 16:58; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CE07-b-frequent-deploys-culprit-4-300", seed=82007, kind="b", culprit=4,
         intervals=gen_intervals(82007, 8, lo=15, hi=45),
         start="2030-08-11T10:30:00Z", service="nautilus-whelk-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/nautilus-cuttlefish-quote-memo", "Memoise nautilus whelk quotes per cuttlefish and customer"),
         note="8 deploys 19-44 min apart from 10:30, culprit #4 at 12:52 (5 leaking intervals, 19-36 min, to 15:23; "
              "its own 33 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CE08-a-frequent-deploys-culprit-6-320", seed=82108, kind="a", culprit=6,
         intervals=gen_intervals(82008, 9, lo=15, hi=45),
         start="2030-08-12T12:00:00Z", service="pelmeni-vareniki-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=58, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/pelmeni-gyoza-history", "Keep pelmeni vareniki orders for the gyoza history"),
         note="9 deploys 15-37 min apart from 12:00, culprit #6 at 14:24 (4 leaking intervals, 28-37 min, to 16:32; "
              "its own 35 min); ~5 %/h of 320 MiB at peak; ascending"),
    dict(name="CE09-c-frequent-deploys-culprit-4-300", seed=82009, kind="c", culprit=4,
         intervals=gen_intervals(82009, 8, lo=15, hi=45),
         start="2030-08-13T11:20:00Z", service="cirrus-altocumulus-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=106, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/cirrus-nimbostratus-listeners", "Tell open cirrus altocumulus bookings when a nimbostratus frees"),
         note="8 deploys 31-41 min apart from 11:20, culprit #4 at 13:26 (5 leaking intervals, 34-41 min, to 16:37; "
              "its own 39 min); ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="CE10-d-frequent-deploys-culprit-5-320", seed=82010, kind="d", culprit=5,
         intervals=gen_intervals(82010, 9, lo=15, hi=45),
         start="2030-08-14T13:10:00Z", service="stilbite-heulandite-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/stilbite-chabazite-timers", "Confirm stilbite heulandite bookings from delayed chabazite timers"),
         note="9 deploys 18-39 min apart from 13:10, culprit #5 at 15:20 (5 leaking intervals, 18-34 min, to 17:24; "
              "its own 33 min); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== healthy-lru (CE11 dev, CE12-CE13 validation)
    dict(name="CE11-e-lru-morning-500-300", seed=82011, kind="e",
         intervals=gen_intervals(82011, 8, lo=15, hi=45),
         start="2030-08-15T09:30:00Z", service="pukeko-morepork-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "500"},
         note="bounded LRU (500 entries) refilling after each of 8 deploys 16-39 min apart, from 09:30 in the "
              "morning (the traffic rising from 0.59 of the peak) to 13:43; must not alarm"),
    dict(name="CE12-e-lru-afternoon-1000-320", seed=82012, kind="e",
         intervals=gen_intervals(82012, 8, lo=15, hi=45),
         start="2030-08-16T13:20:00Z", service="sphagnum-hypnum-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1000"}, scan_by="TimestampAscending",
         note="bounded LRU (1000 entries) refilling after each of 8 deploys 21-40 min apart, from 13:20 through the "
              "afternoon to 18:09; must not alarm; ascending"),
    dict(name="CE13-e-lru-evening-350-300", seed=82013, kind="e",
         intervals=gen_intervals(82013, 8, lo=15, hi=45),
         start="2030-08-17T17:00:00Z", service="kantele-nyckelharpa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "350"},
         note="bounded LRU (350 entries) refilling after each of 8 deploys 16-40 min apart, from 17:00 into the "
              "evening (the traffic falling from 0.99 to 0.70 of the peak) to 21:24; must not alarm"),
    # ================================================================== healthy-step (single, validation)
    dict(name="CE14-step-frequent-quote-300", seed=82014, kind="step", culprit=4,
         intervals=gen_intervals(82014, 9, lo=15, hi=45),
         start="2030-08-18T12:30:00Z", service="drawknife-travisher-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/drawknife-scorp-table-at-boot", "Load the drawknife scorp table at boot"),
         note="level shift at #4 of 9 (14:05), quote route; 9 deploys 18-38 min apart (38, 23, 22, 32, 22 and 34 "
              "min after the step); no trend after; must not alarm; epoch"),
    # ================================================================== healthy-load (single, validation)
    dict(name="CE15-f-load-dawn-rise-frequent-320", seed=82015, kind="f", workers=72,
         intervals=gen_intervals(82015, 8, lo=15, hi=45),
         start="2030-08-19T06:20:00Z", service="courante-chaconne-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up from dawn (06:20, 0.35 of the peak) to 10:52 (0.75), across 8 "
              "deploys 15-43 min apart; must not alarm; ascending"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="CE16-none-frequent-quote-320", seed=82016, kind="none",
         intervals=gen_intervals(82016, 9, lo=16, hi=30),
         start="2030-08-20T14:30:00Z", service="matsutake-shimeji-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (400 SKUs, no cache), 14:30 into the early evening (18:12); 9 deploys 17-28 min "
              "apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCD + CE_SCENARIOS
