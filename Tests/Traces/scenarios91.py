"""memblame's tracelab scenarios, batch 91: CN01..CN16 (real memory traces with labels).

(Named CN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-90 used AA..AZ, BA..BZ and CA..CM.  No case
folder, scenario name or split entry on main or here starts with "CN";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 91"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios91.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios91.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw91 CN09-... CN10-...

(The mix of batch 88 (its template; batches 64, 66, 70, 76, 82 and 85 of
the same kind): no long-interval case.  The longest case, CN09, has 323
samples; the 16 cases have 4 205 samples in all, kept short for a
recording budget of 1100 s.  Every case of 290 samples or more (CN01,
CN02, CN08, CN09) and two shorter ones (CN11, 271; CN12, 282) use
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 269 samples
or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios90.py (unchanged: scenarios89.py's
scenarios at 11..1532 (scenarios88.py's at 11..1516, CL at 1517..1532), CM
at 1533..1548) and lists the CN scenarios last (1549..1564), as
scenarios90.py runs scenarios89.py.  Seeds are 91001..91016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw91/check_numbers.py,
batch 90's adapted); the intervals stay the draws of the first seed,
gen_intervals(910NN, ...).  Three seeds were bumped: CN02 twice, 91102
(with 91002 its PRs 545521 and 545529 equal pipeline numbers of AQ12) and
91202 (with 91102 its PRs 545519 and 545521 equal pipeline numbers of
AQ12), CN12 once, 91112 (with 91012 its PR 549188 equals a pipeline number
of AQ17), and CN16 once, 91116 (with 91016 its PRs 550543 and 550548 equal
pipeline numbers of AR01); their intervals stay gen_intervals(91002, ...),
gen_intervals(91012, ...) and gen_intervals(91016, ...); the other
thirteen are the first tried.  CN PRs 545293-550570 (CM ends at 544894),
pipelines 1089358-1099986 (1088750), 7 digits.

The mix, as batch 88 (a ninth blind test of the weakest regime, after
batches 60, 64, 66, 70, 76, 82, 85 and 88): cache leaks (b) next to the
per-SKU cache (400 SKUs, quote route) under deploys every 15-45 minutes,
one frequent-deploy leak of each other kind for contrast, and the healthy
services that look like them.  The draws differ from batches 88's and
85's: other seeds and so other intervals, the culprit positions (#3, #4,
#5 twice, #6, #7 and #8; batch 88: #3, #4, #5, #6, #7 twice, #8; batch 85:
#3 twice, #4, #5, #6, #7, #8; batch 82: #3, #4, #5 twice, #6 twice, #7; no
case at the position its number had in any of the three), a line count of
its own for each b (19-25; batch 88: 18-24, batch 85: 16-22, batch 82:
17-23, and no case with the count its number had in any of them), culprits
from 12:49 to 16:41 (batch 88: 13:03 to 16:24; batch 85: 12:35 to 15:53),
the other kinds in another order and at other positions (CN08 d #6, CN09 c
#7, CN10 a #5; batch 88: a #4, d #3, c #6; batch 85: a #7, d #4, c #5;
batch 82: a #6, c #4, d #5), the limits in pairs (CN01-CN02 300 MiB,
CN03-CN04 320, CN05-CN06 300, CN07-CN08 320, CN09-CN10 300, CN11-CN12 320,
CN13-CN14 300, CN15-CN16 320; batch 88 the odd-numbered b at 320 and the
even at 300, batches 82 and 85 the reverse), LRUs of sizes no scenario
used before and at other times of day (825 entries from dawn through the
morning rise, 525 from the evening into the late evening, 1250 from the
early afternoon through the peak; batch 88: 600 in the small hours, 400
from the afternoon peak into the early evening, 1150 from the late
morning; batch 85: 700 in the early morning, 450 through midday, 900 from
the late evening into the night), the step on the orders route at #5 of 9
(batch 88: quote, #7 of 9; batch 85: orders, #6 of 9; batch 82: quote, #4
of 9), kind f while the traffic falls from the late evening into the night
(batch 88: rising through the morning; batch 85: falling through the
evening; batch 82: rising from dawn) and the flat service on the orders
route from 15:10 (batch 88: quote from 10:40; batch 85: orders from 12:10;
batch 82: quote from 14:30):
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (CN01 dev, CN02-CN07), 7-10 deploys 15-44 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (CN06), #4
    (CN04), #5 (CN03, CN05), #6 (CN01), #7 (CN07) and #8 (CN02), each case
    given one of the positions #3..#8 whose own interval in its seed's draw
    is 25 min or more (31-40 min); the windows start between 11:15 and
    13:20, so the culprits serve from 12:48:30 to 16:40:30 (0.98-1.00 of
    the peak); all seven aimed at ~5 %/h at peak; and one frequent-deploy
    leak of each other kind on the orders route: d (CN08, #6 of 8), c (CN09,
    #7 of 9) and a (CN10, #5 of 7);
  healthy-lru (3): a bounded LRU (9000 SKUs, quote 22 lines at 95 req/s)
    with deploys 15-45 min apart, three sizes and times of day: 825
    entries from dawn through the morning rise (CN11 dev, 9 deploys 15-36
    min apart from 05:10 to 09:41, the traffic 0.30-0.61 of the peak), 525
    entries from the evening into the late evening (CN12, 8 deploys 17-45
    min apart from 19:00 to 23:42, 0.89 to 0.49) and 1250 entries from the
    early afternoon through the peak (CN13, 9 deploys 18-40 min apart from
    12:50 to 17:18, 0.98-1.00);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #5 of 9 on (14:00), orders route (5 KB at 95, as CH14), 15-45 min apart
    (CN14);
  healthy-load (1): kind f, reports in flight following the load down from
    the late evening into the night, from 21:20 (0.70 of the peak) to 01:35
    (0.35), across 8 deploys 19-45 min apart (gen_intervals(seed, 8, lo=15,
    hi=45)) (CN15);
  healthy-frequent (1): kind none on the orders route (5 KB at 95, as
    CH16), 9 deploys 18-30 min apart (gen_intervals(seed, 9, lo=16, hi=30))
    from 15:10 through the afternoon peak into the evening (CN16).

Split (Tests/Traces/split91.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CN01,
CN11), 14 validation.

  ten:    frequent-deploys CN01-CN10
  three:  healthy-lru CN11-CN13
  single: healthy-step CN14, healthy-load CN15, healthy-frequent CN16

10 leaking (b: CN01-CN07; d: CN08; c: CN09; a: CN10), 6 healthy
(CN11-CN13 e, CN14 step, CN15 f, CN16 none).

Loads by the units batch 90's README section gives for the next batch (the
rule over batches 88-90, "For the record": the mean over every case of
batches 88-90 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit)
(/work/tracelab-raw91/units.py reproduces them, units.out); only the
frequent units are used:
  b 0.00287 frequent (CK01-CK07, CL02, CL03, CM11; batch 90 used 0.00304,
    batch 88 0.00274);
  a 0.0271 frequent (CK08 alone, 1.10 at 0.0246);
  c 0.0127 frequent (CK10 2.24 at 0.00805 and CL01 0.41 at 0.018);
  d 0.0136 frequent (CK09 alone, 0.75 before its fall at 0.0181).
Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw91/design.py, batch 88's adapted, picked for each b the
rate with the smallest error for the line count given to it, and for d, c
and a the pair of size and rate with the smallest error, in the usual
ranges: b 19-25 lines at 80-119 (at this unit no whole rate brings 19 or
25 lines at 300 MiB within 0.4 % of the aim, so the b at 300 MiB have
20-24 lines and 19 and 25 went to 320 MiB), a 4-7 KB at 40-100, c 5-9 KB
at 75-120, d 4-6 KB at 70-110; design.out; /work/tracelab-raw91/verify.py
checked it).
Aims at peak traffic, ~5 %/h:
  CN01 b 22 lines at 93, 300 MiB; CN02 b 20 at 102, 300; CN03 b 19 at 115,
  320; CN04 b 25 at 87, 320; CN05 b 21 at 97, 300; CN06 b 24 at 85, 300;
  CN07 b 23 at 95, 320; CN08 d 5 KB at 92, 320; CN09 c 6 KB at 77, 300;
  CN10 a 4 KB at 54, 300.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: CN11-CN13 quote 22 lines at 95
with 9000 SKUs (as CK11-CK13), LRU_MAX 825, 525 and 1250, 320, 320 and 300
MiB; CN14 step, orders 5 KB at 95 with 60000 entries (as CH14), 300 MiB;
CN15 report 450 KB held 430 ms at 100 req/s, 72 load threads (as CK15,
CH15), 320 MiB; CN16 orders 5 KB at 95 (as CH16), 320 MiB.  Heap 160 MB
everywhere.  The "~N %/h" in the notes are these aims, not measurements
(see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCM = runpy.run_path(os.path.join(_HERE, "scenarios90.py"))["SCENARIOS"]   # 11..1548 (scenarios89.py's 11..1532, CM 1533..1548)

CN_SCENARIOS = [
    # ================================================================== frequent-deploys (CN01 dev, CN02-CN10 validation)
    dict(name="CN01-b-frequent-deploys-culprit-6-300", seed=91001, kind="b", culprit=6,
         intervals=gen_intervals(91001, 9, lo=15, hi=45),
         start="2030-12-27T11:15:00Z", service="lactarius-cortinarius-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/lactarius-mycena-quote-memo", "Memoise lactarius cortinarius quotes per mycena and customer"),
         note="9 deploys 18-43 min apart from 11:15, culprit #6 at 14:16 (4 leaking intervals, 18-40 min, to 16:06; "
              "its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CN02-b-frequent-deploys-culprit-8-300", seed=91202, kind="b", culprit=8,
         intervals=gen_intervals(91002, 10, lo=15, hi=45),
         start="2030-12-28T13:00:00Z", service="marasmius-clitocybe-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/marasmius-tricholoma-quote-memo", "Memoise marasmius clitocybe quotes per tricholoma and customer"),
         note="10 deploys 16-42 min apart from 13:00, culprit #8 at 16:41 (3 leaking intervals, 17-37 min, to "
              "17:55; its own 37 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch, ascending"),
    dict(name="CN03-b-frequent-deploys-culprit-5-320", seed=91003, kind="b", culprit=5,
         intervals=gen_intervals(91003, 7, lo=15, hi=45),
         start="2030-12-29T11:50:00Z", service="hydnum-craterellus-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/hydnum-gyromitra-quote-memo", "Memoise hydnum craterellus quotes per gyromitra and customer"),
         note="7 deploys 15-36 min apart from 11:50, culprit #5 at 13:50 (3 leaking intervals, 31-34 min, to 15:29; "
              "its own 34 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CN04-b-frequent-deploys-culprit-4-320", seed=91004, kind="b", culprit=4,
         intervals=gen_intervals(91004, 7, lo=15, hi=45),
         start="2030-12-30T12:05:00Z", service="sparassis-laetiporus-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/sparassis-ganoderma-quote-memo", "Memoise sparassis laetiporus quotes per ganoderma and customer"),
         note="7 deploys 18-44 min apart from 12:05, culprit #4 at 14:02 (4 leaking intervals, 21-40 min, to 16:17; "
              "its own 38 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CN05-b-frequent-deploys-culprit-5-300", seed=91005, kind="b", culprit=5,
         intervals=gen_intervals(91005, 7, lo=15, hi=45),
         start="2030-12-31T13:20:00Z", service="trametes-phellinus-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/trametes-auricularia-quote-memo", "Memoise trametes phellinus quotes per auricularia and customer"),
         note="7 deploys 19-40 min apart from 13:20, culprit #5 at 15:08 (3 leaking intervals, 34-40 min, to 16:58; "
              "its own 40 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CN06-b-frequent-deploys-culprit-3-300", seed=91006, kind="b", culprit=3,
         intervals=gen_intervals(91006, 7, lo=15, hi=45),
         start="2031-01-01T11:40:00Z", service="tremella-calocera-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=85, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/tremella-geastrum-quote-memo", "Memoise tremella calocera quotes per geastrum and customer"),
         note="7 deploys 17-44 min apart from 11:40, culprit #3 at 12:49 (5 leaking intervals, 25-44 min, to 15:38; "
              "its own 37 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CN07-b-frequent-deploys-culprit-7-320", seed=91007, kind="b", culprit=7,
         intervals=gen_intervals(91007, 9, lo=15, hi=45),
         start="2031-01-02T12:35:00Z", service="lycoperdon-bovista-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/lycoperdon-scleroderma-quote-memo", "Memoise lycoperdon bovista quotes per scleroderma and customer"),
         note="9 deploys 17-35 min apart from 12:35, culprit #7 at 15:37 (3 leaking intervals, 21-34 min, to 17:04; "
              "its own 34 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CN08-d-frequent-deploys-culprit-6-320", seed=91008, kind="d", culprit=6,
         intervals=gen_intervals(91008, 8, lo=15, hi=45),
         start="2031-01-03T11:10:00Z", service="pholiota-armillaria-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/pholiota-hypholoma-timers", "Confirm pholiota armillaria bookings from delayed hypholoma timers"),
         note="8 deploys 25-45 min apart from 11:10, culprit #6 at 14:23 (3 leaking intervals, 28-44 min, to 16:09; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="CN09-c-frequent-deploys-culprit-7-300", seed=91009, kind="c", culprit=7,
         intervals=gen_intervals(91009, 9, lo=15, hi=45),
         start="2031-01-04T11:30:00Z", service="gymnopilus-inocybe-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=77, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/gymnopilus-entoloma-listeners", "Tell open gymnopilus inocybe bookings when an entoloma frees"),
         note="9 deploys 21-45 min apart from 11:30, culprit #7 at 15:05 (3 leaking intervals, 24-45 min, to 16:53; "
              "its own 45 min); ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="CN10-a-frequent-deploys-culprit-5-300", seed=91010, kind="a", culprit=5,
         intervals=gen_intervals(91010, 7, lo=15, hi=45),
         start="2031-01-05T11:25:00Z", service="leccinum-suillus-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=54, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/leccinum-hygrophorus-history", "Keep leccinum suillus orders for the hygrophorus history"),
         note="7 deploys 20-38 min apart from 11:25, culprit #5 at 13:40 (3 leaking intervals, 20-34 min, to 15:03; "
              "its own 34 min); ~5 %/h of 300 MiB at peak"),
    # ================================================================== healthy-lru (CN11 dev, CN12-CN13 validation)
    dict(name="CN11-e-lru-dawn-825-320", seed=91011, kind="e",
         intervals=gen_intervals(91011, 9, lo=15, hi=45),
         start="2031-01-06T05:10:00Z", service="morchella-helvella-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "825"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (825 entries) refilling after each of 9 deploys 15-36 min apart, from 05:10 at dawn "
              "through the morning rise (the traffic rising from 0.30 to 0.61 of the peak) to 09:41; must not "
              "alarm; epoch, ascending"),
    dict(name="CN12-e-lru-late-evening-525-320", seed=91112, kind="e",
         intervals=gen_intervals(91012, 8, lo=15, hi=45),
         start="2031-01-07T19:00:00Z", service="peziza-sarcoscypha-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "525"}, ts_format="wire",
         note="bounded LRU (525 entries) refilling after each of 8 deploys 17-45 min apart, from 19:00 in the "
              "evening into the late evening (the traffic falling from 0.89 to 0.49 of the peak) to 23:42; must not "
              "alarm; epoch"),
    dict(name="CN13-e-lru-early-afternoon-1250-300", seed=91013, kind="e",
         intervals=gen_intervals(91013, 9, lo=15, hi=45),
         start="2031-01-08T12:50:00Z", service="xylaria-daldinia-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1250"}, scan_by="TimestampAscending",
         note="bounded LRU (1250 entries) refilling after each of 9 deploys 18-40 min apart, from 12:50 in the "
              "early afternoon through the peak (the traffic 0.98-1.00 of the peak) to 17:18; must not alarm; "
              "ascending"),
    # ================================================================== healthy-step (single, validation)
    dict(name="CN14-step-frequent-orders-300", seed=91014, kind="step", culprit=5,
         intervals=gen_intervals(91014, 9, lo=15, hi=45),
         start="2031-01-09T12:20:00Z", service="cordyceps-lentinula-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/cordyceps-flammulina-table-at-boot", "Load the cordyceps flammulina table at boot"),
         note="level shift at #5 of 9 (14:00), orders route (5 KB at 95 req/s); 9 deploys 15-45 min apart (24, 45, "
              "39, 32 and 24 min after the step); no trend after; must not alarm; ascending"),
    # ================================================================== healthy-load (single, validation)
    dict(name="CN15-f-load-late-evening-frequent-320", seed=91015, kind="f", workers=72,
         intervals=gen_intervals(91015, 8, lo=15, hi=45),
         start="2031-01-10T21:20:00Z", service="pleurotus-agrocybe-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load down from the late evening into the night, from 21:20 (0.70 of the "
              "peak) to 01:35 (0.35), across 8 deploys 19-45 min apart; must not alarm"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="CN16-none-frequent-orders-320", seed=91116, kind="none",
         intervals=gen_intervals(91016, 9, lo=16, hi=30),
         start="2031-01-11T15:10:00Z", service="stropharia-pluteus-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, orders route (5 KB at 95 req/s), 15:10 through the afternoon peak into the evening (19:13); "
              "9 deploys 18-30 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCM + CN_SCENARIOS
