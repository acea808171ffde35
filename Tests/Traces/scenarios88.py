"""memblame's tracelab scenarios, batch 88: CK01..CK16 (real memory traces with labels).

(Named CK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-87 used AA..AZ, BA..BZ, CA, CB, CC, CD, CE,
CF, CG, CH, CI and CJ.  No case folder, scenario name or split entry on main
or here starts with "CK"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 88"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios88.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios88.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw88 CK03-... CK06-...

(The mix of batch 85 (its template; batches 64, 66, 70, 76 and 82 of the
same kind): no long-interval case.  The longest case, CK03, has 353 samples
(about 88 s of recording); the 16 cases have 4 378 samples in all, kept
short for a recording budget of 1100 s.  Every case of 290 samples or more
(CK01, CK03, CK04, CK05, CK14) and two shorter ones (CK02, 287; CK11, 278)
use ts_format "wire" (epoch seconds), so that no metrics.json comes near
the 30 KB limit for an uncompressed file; the ISO 8601 cases have 267
samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios87.py (unchanged: scenarios86.py's
scenarios at 11..1484 (scenarios85.py's at 11..1468, CI at 1469..1484), CJ
at 1485..1500) and lists the CK scenarios last (1501..1516), as
scenarios87.py runs scenarios86.py.  Seeds are 88001..88016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw88/check_numbers.py,
batch 87's adapted); the intervals stay the draws of the first seed,
gen_intervals(880NN, ...).  Two seeds were bumped, once each: CK06 88106
(with 88006 its PRs 530244 and 530251 equal pipeline numbers of AP06) and
CK12 88112 (with 88012 its PR 532251 equals a pipeline number of AP09);
their intervals stay gen_intervals(88006, ...) and gen_intervals(88012,
...); the other fourteen are the first tried.  CK PRs 528450-533755 (CJ
ends at 528083), pipelines 1055888-1066515 (1055198), 7 digits.

The mix, as batch 85 (an eighth blind test of the weakest regime, after
batches 60, 64, 66, 70, 76, 82 and 85): cache leaks (b) next to the per-SKU
cache (400 SKUs, quote route) under deploys every 15-45 minutes, one
frequent-deploy leak of each other kind for contrast, and the healthy
services that look like them.  The draws differ from batches 85's and
82's: other seeds and so other intervals, the culprit positions (#3, #4,
#5, #6, #7 twice and #8; batch 85: #3 twice, #4, #5, #6, #7, #8; batch 82:
#3, #4, #5 twice, #6 twice, #7; no case at the position its number had in
either), a line count of its own for each b (18-24; batch 85: 16-22, batch
82: 17-23, and no case with the count its number had in either), culprits
from 13:03 to 16:24 (batch 85: 12:35 to 15:53; batch 82: 12:51 to 16:07),
the other kinds at other positions (CK08 a #4, CK09 d #3, CK10 c #6; batch
85: a #7, d #4, c #5; batch 82: a #6, c #4, d #5), the limits swapped (the
odd-numbered b at 320 MiB, the even at 300; batches 82 and 85 the
reverse), LRUs of other sizes and times of day (600 entries in the small
hours, 400 from the afternoon peak into the early evening, 1150 from the
late morning through the lunch bump; batch 85: 700 in the early morning,
450 through midday, 900 from the late evening into the night; batch 82:
500 in the morning, 1000 through the afternoon, 350 into the evening), the
step on the quote route at #7 of 9 (batch 85: orders, #6 of 9; batch 82:
quote, #4 of 9), kind f while the traffic rises through the morning (batch
85: falling through the evening; batch 82: rising from dawn) and the flat
service on the quote route from 10:40 (batch 85: orders from 12:10; batch
82: quote from 14:30; tracelab has no third route for a flat service, the
report route being kind f's):
  frequent-deploys (10): seven b next to the per-SKU cache of 400 SKUs
    (CK01 dev, CK02-CK07), 7-10 deploys 15-45 min apart
    (gen_intervals(seed, n, lo=15, hi=45)); the culprits at #3 (CK02), #4
    (CK06), #5 (CK04), #6 (CK07), #7 (CK01, CK05) and #8 (CK03), each case
    given one of the positions #3..#8 whose own interval in its seed's draw
    is 25 min or more (29-45 min); the windows start between 11:05 and
    13:00, so the culprits serve from 13:02:30 to 16:23:30 (0.98-1.00 of the
    peak); all seven aimed at ~5 %/h at peak; and one frequent-deploy leak
    of each other kind on the orders route: a (CK08, #4 of 7), d (CK09, #3
    of 7) and c (CK10, #6 of 8);
  healthy-lru (3): a bounded LRU (9000 SKUs, quote 22 lines at 95 req/s)
    with deploys 15-45 min apart, three sizes and times of day: 600
    entries in the small hours (CK11 dev, 7 deploys 26-45 min apart from
    02:40 to 07:18, the traffic 0.28-0.41 of the peak), 400 entries from
    the afternoon peak into the early evening (CK12, 7 deploys 25-42 min
    apart from 15:20 to 19:42, 1.00 to 0.84) and 1150 entries from the late
    morning through the lunch bump (CK13, 7 deploys 20-45 min apart from
    10:10 to 14:32, 0.66 to 0.98);
  healthy-step (1): a 60000-entry table loaded at boot from the step deploy
    #7 of 9 on (14:46), quote route (20 lines at 95, 400 SKUs, as CE14),
    16-38 min apart (CK14);
  healthy-load (1): kind f, reports in flight following the load up
    through the morning rise, from 07:50 (0.45 of the peak) to 12:17
    (0.96), across 7 deploys 19-45 min apart (gen_intervals(seed, 7, lo=15,
    hi=45)) (CK15);
  healthy-frequent (1): kind none on the quote route (20 lines at 95, 400
    SKUs, as CE16 and CJ14), 9 deploys 17-30 min apart (gen_intervals(seed,
    9, lo=16, hi=30)) from 10:40 through the lunch bump (CK16).

Split (Tests/Traces/split88.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CK01,
CK11), 14 validation.

  ten:    frequent-deploys CK01-CK10
  three:  healthy-lru CK11-CK13
  single: healthy-step CK14, healthy-load CK15, healthy-frequent CK16

10 leaking (b: CK01-CK07; a: CK08; d: CK09; c: CK10), 6 healthy
(CK11-CK13 e, CK14 step, CK15 f, CK16 none).

Loads by the units batch 87's README section gives for the next batch (the
rule over batches 85-87, "For the record": the mean over every case of
batches 85-87 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit)
(/work/tracelab-raw88/units.py reproduces them, units.out); only the
frequent units are used:
  b 0.00274 frequent (CH01-CH07, CI02, CI03, CJ11; batch 87 used 0.00275,
    batch 85 0.00321);
  a 0.0246 frequent (CH08 alone, 1.33 at 0.0185);
  c 0.00805 frequent (CH10 alone, 0.46 at 0.0175);
  d 0.0181 frequent (CH09 1.33 at 0.0119 and CI01 1.29 at 0.0158).
Each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw88/design.py, batch 85's adapted, picked for each b the
rate with the smallest error for the line count given to it, and for a, c
and d the pair of size and rate with the smallest error, in the usual
ranges: b 18-24 lines at 80-119 (at this unit no count under 18 at 300 MiB
or under 20 at 320 reaches ~5 %/h below 120 req/s), a 4-7 KB at 40-100, c
5-9 KB at 75-120, d 4-6 KB at 70-110; design.out;
/work/tracelab-raw88/verify.py checked it).  Aims at peak traffic, ~5 %/h:
  CK01 b 24 lines at 95, 320 MiB; CK02 b 19 at 113, 300; CK03 b 22 at 104,
  320; CK04 b 18 at 119, 300; CK05 b 20 at 114, 320; CK06 b 23 at 93, 300;
  CK07 b 21 at 109, 320; CK08 a 5 KB at 51, 320; CK09 d 4 KB at 86, 320;
  CK10 c 7 KB at 104, 300.
Every b is on the quote route with 400 SKUs (a bounded per-SKU cache in
good releases).  Healthy, earlier loads: CK11-CK13 quote 22 lines at 95
with 9000 SKUs (as CH11-CH13, CJ13), LRU_MAX 600, 400 and 1150, 320, 300
and 320 MiB; CK14 step, quote 20 lines at 95 with 400 SKUs and 60000
entries (as CE14), 320 MiB; CK15 report 450 KB held 430 ms at 100 req/s,
72 load threads (as CJ15, CH15), 320 MiB; CK16 quote 20 lines at 95 with
400 SKUs (as CE16, CJ14), 300 MiB.  Heap 160 MB everywhere.  The "~N %/h"
in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCJ = runpy.run_path(os.path.join(_HERE, "scenarios87.py"))["SCENARIOS"]   # 11..1500 (scenarios86.py's 11..1484, CJ 1485..1500)

CK_SCENARIOS = [
    # ================================================================== frequent-deploys (CK01 dev, CK02-CK10 validation)
    dict(name="CK01-b-frequent-deploys-culprit-7-320", seed=88001, kind="b", culprit=7,
         intervals=gen_intervals(88001, 9, lo=15, hi=45),
         start="2030-11-09T11:20:00Z", service="kestrel-merlin-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/kestrel-osprey-quote-memo", "Memoise kestrel merlin quotes per osprey and customer"),
         note="9 deploys 16-44 min apart from 11:20, culprit #7 at 14:48 (3 leaking intervals, 28-44 min, to 16:43; "
              "its own 43 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="CK02-b-frequent-deploys-culprit-3-300", seed=88002, kind="b", culprit=3,
         intervals=gen_intervals(88002, 7, lo=15, hi=45),
         start="2030-11-10T11:05:00Z", service="harrier-goshawk-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/harrier-sparrowhawk-quote-memo", "Memoise harrier goshawk quotes per sparrowhawk and customer"),
         note="7 deploys 23-42 min apart from 11:05, culprit #3 at 13:03 (5 leaking intervals, 23-42 min, to 15:52; "
              "its own 42 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CK03-b-frequent-deploys-culprit-8-320", seed=88003, kind="b", culprit=8,
         intervals=gen_intervals(88003, 10, lo=15, hi=45),
         start="2030-11-11T12:00:00Z", service="buzzard-peregrine-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/buzzard-gyrfalcon-quote-memo", "Memoise buzzard peregrine quotes per gyrfalcon and customer"),
         note="10 deploys 15-42 min apart from 12:00, culprit #8 at 16:24 (3 leaking intervals, 22-41 min, to "
              "17:53; its own 41 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="CK04-b-frequent-deploys-culprit-5-300", seed=88004, kind="b", culprit=5,
         intervals=gen_intervals(88004, 8, lo=15, hi=45),
         start="2030-11-12T11:30:00Z", service="lanner-saker-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/lanner-shikra-quote-memo", "Memoise lanner saker quotes per shikra and customer"),
         note="8 deploys 21-45 min apart from 11:30, culprit #5 at 14:17 (4 leaking intervals, 21-38 min, to 16:23; "
              "its own 36 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="CK05-b-frequent-deploys-culprit-7-320", seed=88005, kind="b", culprit=7,
         intervals=gen_intervals(88005, 9, lo=15, hi=45),
         start="2030-11-13T12:00:00Z", service="hakea-grevillea-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/hakea-waratah-quote-memo", "Memoise hakea grevillea quotes per waratah and customer"),
         note="9 deploys 21-45 min apart from 12:00, culprit #7 at 15:28 (3 leaking intervals, 26-45 min, to 17:23; "
              "its own 45 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CK06-b-frequent-deploys-culprit-4-300", seed=88106, kind="b", culprit=4,
         intervals=gen_intervals(88006, 7, lo=15, hi=45),
         start="2030-11-14T12:00:00Z", service="correa-eremophila-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/correa-lechenaultia-quote-memo", "Memoise correa eremophila quotes per lechenaultia and customer"),
         note="7 deploys 19-32 min apart from 12:00, culprit #4 at 13:42 (4 leaking intervals, 30-32 min, to 15:44; "
              "its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CK07-b-frequent-deploys-culprit-6-320", seed=88007, kind="b", culprit=6,
         intervals=gen_intervals(88007, 8, lo=15, hi=45),
         start="2030-11-15T13:00:00Z", service="antechinus-phascogale-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=109, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/antechinus-mulgara-quote-memo", "Memoise antechinus phascogale quotes per mulgara and customer"),
         note="8 deploys 17-39 min apart from 13:00, culprit #6 at 15:56 (3 leaking intervals, 21-29 min, to 17:14; "
              "its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CK08-a-frequent-deploys-culprit-4-320", seed=88008, kind="a", culprit=4,
         intervals=gen_intervals(88008, 7, lo=15, hi=45),
         start="2030-11-16T12:05:00Z", service="ningaui-planigale-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=51, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/ningaui-kangaroo-history", "Keep ningaui planigale orders for the kangaroo history"),
         note="7 deploys 22-31 min apart from 12:05, culprit #4 at 14:11 (4 leaking intervals, 22-28 min, to 15:49; "
              "its own 26 min); ~5 %/h of 320 MiB at peak"),
    dict(name="CK09-d-frequent-deploys-culprit-3-320", seed=88009, kind="d", culprit=3,
         intervals=gen_intervals(88009, 7, lo=15, hi=45),
         start="2030-11-17T12:15:00Z", service="mallee-gidgee-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=86, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/mallee-brigalow-timers", "Confirm mallee gidgee bookings from delayed brigalow timers"),
         note="7 deploys 19-39 min apart from 12:15, culprit #3 at 13:31 (5 leaking intervals, 21-39 min, to 16:03; "
              "its own 30 min); ~5 %/h of 320 MiB at peak"),
    dict(name="CK10-c-frequent-deploys-culprit-6-300", seed=88010, kind="c", culprit=6,
         intervals=gen_intervals(88010, 8, lo=15, hi=45),
         start="2030-11-18T12:15:00Z", service="marri-tuart-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=104, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/marri-wandoo-listeners", "Tell open marri tuart bookings when a wandoo frees"),
         note="8 deploys 20-44 min apart from 12:15, culprit #6 at 15:12 (3 leaking intervals, 20-39 min, to 16:36; "
              "its own 25 min); ~5 %/h of 300 MiB at peak; ascending"),
    # ================================================================== healthy-lru (CK11 dev, CK12-CK13 validation)
    dict(name="CK11-e-lru-small-hours-600-320", seed=88011, kind="e",
         intervals=gen_intervals(88011, 7, lo=15, hi=45),
         start="2030-11-19T02:40:00Z", service="ironbark-stringybark-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "600"}, ts_format="wire",
         note="bounded LRU (600 entries) refilling after each of 7 deploys 26-45 min apart, from 02:40 in the small "
              "hours (the traffic 0.30 of the peak, down to 0.28 at 04:00 and up to 0.41) to 07:18; must not alarm; "
              "epoch"),
    dict(name="CK12-e-lru-late-afternoon-400-300", seed=88112, kind="e",
         intervals=gen_intervals(88012, 7, lo=15, hi=45),
         start="2030-11-20T15:20:00Z", service="tallowwood-bloodwood-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "400"}, scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 7 deploys 25-42 min apart, from 15:20 at the "
              "afternoon peak into the early evening (the traffic falling from 1.00 to 0.84 of the peak) to 19:42; "
              "must not alarm; ascending"),
    dict(name="CK13-e-lru-late-morning-1150-320", seed=88013, kind="e",
         intervals=gen_intervals(88013, 7, lo=15, hi=45),
         start="2030-11-21T10:10:00Z", service="woollybutt-quandong-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1150"},
         note="bounded LRU (1150 entries) refilling after each of 7 deploys 20-45 min apart, from 10:10 in the late "
              "morning through the lunch bump (the traffic rising from 0.66 to 0.98 of the peak) to 14:32; must not "
              "alarm"),
    # ================================================================== healthy-step (single, validation)
    dict(name="CK14-step-frequent-quote-320", seed=88014, kind="step", culprit=7,
         intervals=gen_intervals(88014, 9, lo=15, hi=45),
         start="2030-11-22T11:30:00Z", service="besra-baza-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/besra-yate-table-at-boot", "Load the besra yate table at boot"),
         note="level shift at #7 of 9 (14:46), quote route (400 SKUs); 9 deploys 16-38 min apart (30, 38 and 28 min "
              "after the step); no trend after; must not alarm; epoch"),
    # ================================================================== healthy-load (single, validation)
    dict(name="CK15-f-load-morning-rise-frequent-320", seed=88015, kind="f", workers=72,
         intervals=gen_intervals(88015, 7, lo=15, hi=45),
         start="2030-11-23T07:50:00Z", service="possum-cassowary-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up through the morning rise, from 07:50 (0.45 of the peak) to "
              "12:17 (0.96), across 7 deploys 19-45 min apart; must not alarm; ascending"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="CK16-none-frequent-quote-300", seed=88016, kind="none",
         intervals=gen_intervals(88016, 9, lo=16, hi=30),
         start="2030-11-24T10:40:00Z", service="jabiru-galah-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 10:40 through the lunch bump into the afternoon (14:47); "
              "9 deploys 17-30 min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCJ + CK_SCENARIOS
