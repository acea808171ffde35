"""memblame's tracelab scenarios, batch 85: CH01..CH16 (real memory traces with labels).

(Named CH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-84 used AA..AZ, BA..BZ, CA, CB, CC, CD, CE,
CF and CG.  No case folder, scenario name or split entry on main or here
starts with "CH"; neither tracelab nor these files parse the prefix of a
name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 85"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios85.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios85.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw85 CH14-... CH16-...

(The mix of batch 82 (its template; batches 64, 66, 70 and 76 of the same
kind): no long-interval case.  The longest case, CH14, has 323 samples
(about 81 s of recording); the 16 cases have 4 284 samples in all, kept
short for a recording budget of 1100 s.  Every case of 290 samples or more
(CH03, CH04, CH08, CH09, CH14) and two shorter ones (CH02, CH11) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 265 samples
or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios84.py (unchanged: scenarios83.py's
scenarios at 11..1436 (scenarios82.py's at 11..1420, CF at 1421..1436), CG
at 1437..1452) and lists the CH scenarios last (1453..1468), as
scenarios84.py runs scenarios83.py.  Seeds are 85001..85016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw85/check_numbers.py,
batch 84's adapted); the intervals stay the draws of the first seed,
gen_intervals(850NN, ...).

The mix, as batch 82 (a seventh blind test of the weakest regime, after
batches 60, 64, 66, 70, 76 and 82): cache leaks (b) next to the per-SKU
cache (400 SKUs, quote route) under deploys every 15-45 minutes, one
frequent-deploy leak of each other kind for contrast, and the healthy
services that look like them.  The draws differ from batch 82's: other
seeds and so other intervals, the culprit positions (#3 twice, #4, #5, #6,
#7 and #8 once each; batch 82: #3, #4, #5 twice, #6 twice, #7), a line
count of its own for each b (16-22; batch 82: 17-23, and no case with the
count its number had in batch 82), culprits from 12:35 to 15:53 (batch 82:
12:51 to 16:07), the other kinds at other positions and in another order
(CH08 a #7, CH09 d #4, CH10 c #5; batch 82: CE08 a #6, CE09 c #4, CE10 d
#5: seed 85010's draw qualifies only #5, batch 82's d position, so the c
takes it), LRUs of other sizes and times of day (700 entries in the early
morning, 450 through midday, 900 from the late evening into the night;
batch 82: 500 in the morning, 1000 through the afternoon, 350 into the
evening), the step on the orders route at #6 of 9 (batch 82: quote, #4 of
9), kind f while the traffic falls through the evening (batch 82: rising
from dawn) and the flat service on the orders route (batch 82: quote):
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (CH01 dev, CH02-CH07), 7-10 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (CH01,
    CH07), #4 (CH05), #5 (CH06), #6 (CH03), #7 (CH02) and #8 (CH04), each
    case given one of the positions #3..#8 whose own interval in its
    seed's draw is 25 min or more (27-41 min); the windows start between
    11:20 and 12:20, so the culprits serve from 12:34:30 to 15:52:30
    (0.98-1.00 of the peak); all seven aimed at ~5 %/h at peak; and one
    frequent-deploy leak of each other kind on the orders route: a (CH08,
    #7 of 9), d (CH09, #4 of 7) and c (CH10, #5 of 9);
  healthy-lru (3): a bounded LRU (9000 SKUs, quote 22 lines at 95 req/s)
    with deploys 15-45 min apart, three sizes and times of day: 700
    entries in the early morning (CH11 dev, 8 deploys 21-39 min apart from
    07:10 to 11:52, the traffic rising from 0.40 to 0.90 of the peak), 450
    entries through midday (CH12, 8 deploys 16-42 min apart from 11:40 to
    15:49) and 900 entries from the late evening into the night (CH13, 8
    deploys 16-42 min apart from 21:10 to 01:33, the traffic falling from
    0.72 to 0.35 of the peak);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #6 of 9 on (15:12), orders route (5 KB at 95, as BY14 and BX14), 18-43
    min apart (CH14);
  healthy-load (1): kind f, reports in flight following the load down
    through the evening fall, from 17:30 (0.97 of the peak) to 21:55
    (0.65), across 7 deploys 19-45 min apart (gen_intervals(seed, 7, lo=15,
    hi=45)) (CH15);
  healthy-frequent (1): kind none on the orders route (5 KB at 95, as BY16
    and CG14), 9 deploys 16-30 min apart (gen_intervals(seed, 9, lo=16,
    hi=30)) from 12:10 through the afternoon peak (CH16).

Split (Tests/Traces/split85.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CH01,
CH11), 14 validation.

  ten:    frequent-deploys CH01-CH10
  three:  healthy-lru CH11-CH13
  single: healthy-step CH14, healthy-load CH15, healthy-frequent CH16

10 leaking (b: CH01-CH07; a: CH08; d: CH09; c: CH10), 6 healthy
(CH11-CH13 e, CH14 step, CH15 f, CH16 none).

Loads by the units batch 84's README section gives for the next batch (the
rule over batches 82-84, "For the record": the mean over every case of
batches 82-84 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit)
(/work/tracelab-raw85/units.py reproduces them, units.out); only the
frequent units are used:
  b 0.00321 frequent (CE01-CE07, CF02, CF03, CG11; batch 84 used 0.00313,
    batch 82 0.00297);
  a 0.0185 frequent (CE08 1.00 and CF01 0.72, both at 0.0215);
  c 0.0175 frequent (CE09 alone, 2.22 at 0.0079);
  d 0.0119 frequent (CE10 alone, 1.12 at 0.0106).
Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw85/design.py, batch 82's adapted, picked for each b the
rate with the smallest error for the line count given to it, and for a, c
and d the pair of size and rate with the smallest error, in the usual
ranges: b 16-22 lines at 80-119 (at this unit 16, 17, 19 and 22 lines
come within 0.4 % only at 300 MiB, 18 only at 320), a 4-7 KB at 40-100
(at 300 MiB: at 320 no pair comes within 0.4 %), c 4-9 KB at 75-120 (4 KB
under the usual 5-9: at 0.0175 every 5-9 KB pair at 75-120 gives 5.25 %/h
or more at 320 MiB), d 4-6 KB at 70-110; design.out;
/work/tracelab-raw85/verify.py checked it).  Aims at peak traffic, ~5 %/h:
  CH01 b 19 lines at 96, 300 MiB; CH02 b 18 at 108, 320; CH03 b 16 at
  114, 300; CH04 b 21 at 93, 320; CH05 b 17 at 107, 300; CH06 b 20 at 97,
  320; CH07 b 22 at 83, 300; CH08 a 4 KB at 79, 300; CH09 d 6 KB at 82,
  300; CH10 c 4 KB at 89, 320.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: CH11-CH13 quote 22 lines at 95
with 9000 SKUs (as CE11-CE13, CG13), LRU_MAX 700, 450 and 900, 320, 300 and
320 MiB; CH14 step, orders 5 KB at 95 with 60000 entries (as BY14, BX14),
320 MiB; CH15 report 450 KB held 430 ms at 100 req/s, 72 load threads (as
CG15, CE15), 300 MiB; CH16 orders 5 KB at 95 (as BY16, CG14), 300 MiB.
Heap 160 MB everywhere.  The "~N %/h" in the notes are these aims, not
measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCG = runpy.run_path(os.path.join(_HERE, "scenarios84.py"))["SCENARIOS"]   # 11..1452 (scenarios83.py's 11..1436, CG 1437..1452)

CH_SCENARIOS = [
    # ================================================================== frequent-deploys (CH01 dev, CH02-CH10 validation)
    dict(name="CH01-b-frequent-deploys-culprit-3-300", seed=85001, kind="b", culprit=3,
         intervals=gen_intervals(85001, 7, lo=15, hi=45),
         start="2030-09-22T11:40:00Z", service="scamorza-provolone-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/scamorza-caciocavallo-quote-memo", "Memoise scamorza provolone quotes per caciocavallo and customer"),
         note="7 deploys 20-37 min apart from 11:40, culprit #3 at 13:11 (5 leaking intervals, 20-36 min, to 15:19; "
              "its own 36 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CH02-b-frequent-deploys-culprit-7-320", seed=85002, kind="b", culprit=7,
         intervals=gen_intervals(85002, 9, lo=15, hi=45),
         start="2030-09-23T12:10:00Z", service="stracchino-pecorino-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/stracchino-robiola-quote-memo", "Memoise stracchino pecorino quotes per robiola and customer"),
         note="9 deploys 17-39 min apart from 12:10, culprit #7 at 15:15 (3 leaking intervals, 25-39 min, to 16:46; "
              "its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="CH03-b-frequent-deploys-culprit-6-300", seed=85003, kind="b", culprit=6,
         intervals=gen_intervals(85003, 8, lo=15, hi=45),
         start="2030-09-24T11:35:00Z", service="farandole-tarantella-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/farandole-saltarello-quote-memo", "Memoise farandole tarantella quotes per saltarello and customer"),
         note="8 deploys 25-45 min apart from 11:35, culprit #6 at 14:41 (3 leaking intervals, 39-40 min, to 16:40; "
              "its own 40 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="CH04-b-frequent-deploys-culprit-8-320", seed=85004, kind="b", culprit=8,
         intervals=gen_intervals(85004, 10, lo=15, hi=45),
         start="2030-09-25T12:20:00Z", service="furlana-bergamasca-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/furlana-siciliana-quote-memo", "Memoise furlana bergamasca quotes per siciliana and customer"),
         note="10 deploys 18-42 min apart from 12:20, culprit #8 at 15:53 (3 leaking intervals, 22-42 min, to 17:26; "
              "its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CH05-b-frequent-deploys-culprit-4-300", seed=85005, kind="b", culprit=4,
         intervals=gen_intervals(85005, 8, lo=15, hi=45),
         start="2030-09-26T11:20:00Z", service="barquentine-xebec-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/barquentine-tartane-quote-memo", "Memoise barquentine xebec quotes per tartane and customer"),
         note="8 deploys 15-41 min apart from 11:20, culprit #4 at 12:35 (5 leaking intervals, 16-41 min, to 15:15; "
              "its own 41 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CH06-b-frequent-deploys-culprit-5-320", seed=85006, kind="b", culprit=5,
         intervals=gen_intervals(85006, 8, lo=15, hi=45),
         start="2030-09-27T12:00:00Z", service="tramontane-levanter-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tramontane-libeccio-quote-memo", "Memoise tramontane levanter quotes per libeccio and customer"),
         note="8 deploys 16-38 min apart from 12:00, culprit #5 at 14:07 (4 leaking intervals, 22-36 min, to 15:59; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CH07-b-frequent-deploys-culprit-3-300", seed=85007, kind="b", culprit=3,
         intervals=gen_intervals(85007, 7, lo=15, hi=45),
         start="2030-09-28T11:55:00Z", service="scarab-weevil-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=83, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/scarab-cockchafer-quote-memo", "Memoise scarab weevil quotes per cockchafer and customer"),
         note="7 deploys 23-41 min apart from 11:55, culprit #3 at 13:34 (5 leaking intervals, 23-36 min, to 16:11; "
              "its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CH08-a-frequent-deploys-culprit-7-300", seed=85008, kind="a", culprit=7,
         intervals=gen_intervals(85008, 9, lo=15, hi=45),
         start="2030-09-29T11:40:00Z", service="fedora-trilby-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=79, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/fedora-homburg-history", "Keep fedora trilby orders for the homburg history"),
         note="9 deploys 16-43 min apart from 11:40, culprit #7 at 14:49 (3 leaking intervals, 24-43 min, to 16:34; "
              "its own 43 min); ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="CH09-d-frequent-deploys-culprit-4-300", seed=85009, kind="d", culprit=4,
         intervals=gen_intervals(85009, 7, lo=15, hi=45),
         start="2030-09-30T11:10:00Z", service="hyssop-costmary-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=82, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/hyssop-tormentil-timers", "Confirm hyssop costmary bookings from delayed tormentil timers"),
         note="7 deploys 29-44 min apart from 11:10, culprit #4 at 13:48 (4 leaking intervals, 29-41 min, to 16:05; "
              "its own 35 min); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="CH10-c-frequent-deploys-culprit-5-320", seed=85010, kind="c", culprit=5,
         intervals=gen_intervals(85010, 9, lo=15, hi=45),
         start="2030-10-01T13:05:00Z", service="celesta-glockenspiel-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=89, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/celesta-vibraphone-listeners", "Tell open celesta glockenspiel bookings when a vibraphone frees"),
         note="9 deploys 15-38 min apart from 13:05, culprit #5 at 15:05 (5 leaking intervals, 17-38 min, to 17:11; "
              "its own 38 min); ~5 %/h of 320 MiB at peak"),
    # ================================================================== healthy-lru (CH11 dev, CH12-CH13 validation)
    dict(name="CH11-e-lru-early-morning-700-320", seed=85011, kind="e",
         intervals=gen_intervals(85011, 8, lo=15, hi=45),
         start="2030-10-02T07:10:00Z", service="woad-madder-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "700"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (700 entries) refilling after each of 8 deploys 21-39 min apart, from 07:10 in the early "
              "morning (the traffic rising from 0.40 to 0.90 of the peak) to 11:52; must not alarm; epoch, ascending"),
    dict(name="CH12-e-lru-midday-450-300", seed=85012, kind="e",
         intervals=gen_intervals(85012, 8, lo=15, hi=45),
         start="2030-10-03T11:40:00Z", service="froe-billhook-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "450"},
         note="bounded LRU (450 entries) refilling after each of 8 deploys 16-42 min apart, from 11:40 through "
              "midday to 15:49; must not alarm"),
    dict(name="CH13-e-lru-night-900-320", seed=85013, kind="e",
         intervals=gen_intervals(85013, 8, lo=15, hi=45),
         start="2030-10-04T21:10:00Z", service="cornel-guelder-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "900"},
         note="bounded LRU (900 entries) refilling after each of 8 deploys 16-42 min apart, from 21:10 in the late "
              "evening into the night (the traffic falling from 0.72 to 0.35 of the peak) to 01:33; must not alarm"),
    # ================================================================== healthy-step (single, validation)
    dict(name="CH14-step-frequent-orders-320", seed=85014, kind="step", culprit=6,
         intervals=gen_intervals(85014, 9, lo=15, hi=45),
         start="2030-10-05T11:55:00Z", service="lamprey-hagfish-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/lamprey-paddlefish-table-at-boot", "Load the lamprey paddlefish table at boot"),
         note="level shift at #6 of 9 (15:12), orders route; 9 deploys 18-43 min apart (43, 37, 26 and 20 min after "
              "the step); no trend after; must not alarm; epoch, ascending"),
    # ================================================================== healthy-load (single, validation)
    dict(name="CH15-f-load-evening-fall-frequent-300", seed=85015, kind="f", workers=72,
         intervals=gen_intervals(85015, 7, lo=15, hi=45),
         start="2030-10-06T17:30:00Z", service="sourwood-whitebeam-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load down through the evening fall, from 17:30 (0.97 of the peak) to "
              "21:55 (0.65), across 7 deploys 19-45 min apart; must not alarm"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="CH16-none-frequent-orders-300", seed=85016, kind="none",
         intervals=gen_intervals(85016, 9, lo=16, hi=30),
         start="2030-10-07T12:10:00Z", service="gurnard-dragonet-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route, 12:10 through the afternoon peak to 16:01; 9 deploys 16-30 min apart: each "
              "short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCG + CH_SCENARIOS
