"""memblame's tracelab scenarios, batch 89: CL01..CL16 (real memory traces with labels).

(Named CL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-88 used AA..AZ, BA..BZ, CA, CB, CC, CD, CE,
CF, CG, CH, CI, CJ and CK.  No case folder, scenario name or split entry on
main or here starts with "CL"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 89"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios89.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios89.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw89 CL03-... CL10-...

(The broad mix of batch 86 (its template; batches 73, 75, 78, 80 and 83 of
the same kind): no long-interval case.  The longest case, CL03, has 370
samples (about 93 s of recording); the 16 cases have 4 504 samples in all,
kept short for a recording budget of 1100 s.  Every case of 290 samples or
more (CL03, CL04, CL05, CL07, CL09, CL13) uses ts_format "wire" (epoch
seconds), so that no metrics.json comes near the 30 KB limit for an
uncompressed file; the ISO 8601 cases have 280 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios88.py (unchanged: scenarios87.py's
scenarios at 11..1500 (scenarios86.py's at 11..1484, CJ at 1485..1500), CK
at 1501..1516) and lists the CL scenarios last (1517..1532), as
scenarios88.py runs scenarios87.py.  Seeds are 89001..89016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw89/check_numbers.py,
batch 88's adapted); the intervals stay the draws of the first seed,
gen_intervals(890NN, ...).  One seed was bumped, once: CL16 89116 (with
89016 its PRs 539346, 539362 and 539374 equal pipeline numbers of AQ03);
its intervals stay gen_intervals(89016, ...); the other fifteen are the
first tried.  CL PRs 534023-539305 (CK ends at 533755), pipelines
1067000-1077564 (1066515), 7 digits.

The mix, as batch 86 (a broad blind validation over every leak kind), the
kinds rotated away from batches 83 and 86 in every regime (batch 83:
hourly b, few-hours c, culprit-last d, slow c, fixed-later b, night pause
a, culprit-early d, multi-task c; batch 86: a, b, c, a, c, then a flag flip
b in the night pause's place, a, d; here d, a, a, d, d, a flag flip c, b,
a), the frequent non-b case a c (batch 86: d, batch 83: a), the two
frequent b still b; of the two kinds each regime leaves, the one that
keeps the leak kinds even (a 3, b 3, c 2, d 3; batch 86: a 3, b 4, c 2, d
2; batch 83: a 2, b 4, c 3, d 2):
  frequent-deploys (3): CL01 (dev) c, #4 of 7 at 13:50, 19-41 min apart;
    CL02 b, #3 of 7 at 13:02, 22-45 min apart; CL03 b, #8 of 10 at 16:08,
    15-45 min apart (gen_intervals(seed, n, lo=15, hi=45); the culprits at
    #3, #4 and #8, none of batch 86's #6, #5 and #7 and none at the
    position its number had in batch 83 (#3, #4, #5), each one of the
    positions #3..#n of its draw whose own interval is 25 min or more);
    every b next to the per-SKU cache of 400 SKUs;
  hourly (1): CL04 d, 4 deploys 58-67 min apart, #3 of 4 at 14:18 (batches
    80, 83 and 86: #2 of 4);
  few-hours (1): CL05 a, 45 and 90 min, then the culprit #2 at 13:20 with
    130 min, then 50 min still leaking;
  culprit-last (1): CL06 a, the last deploy #4 at 14:45 with 120 min after it;
  slow-leak (1): CL07 d at ~1.5 %/h, #3 of 4 at 13:35, 85 and 90 min leaking;
  fixed-later (1): CL08 d, the culprit #3 at 13:44 (47 min, then #4 44 min
    still leaking), fixed two deploys later by #5 at 15:15 (batches 80 and
    83: #2 fixed by #3; batch 86: #2 fixed by #4);
  flag-flip (1): CL09 c behind a flag switched on at 14:09:30, 60 min into
    v4's 130 min interval (the series' fourth; batch 86's CI09: 65 min into
    v3's 135; batch 87's CJ06: 50 min into v3's 120; batch 84's CG06: 60 min
    into v2's 130), then #4 (45 min); no deploy to blame;
  culprit-early (1): CL10 b, the culprit #1 at 13:50 after 40 min of v1;
  multi-task (1): CL11 a on two tasks, rolling deploys 6 min apart (batch
    86: 5; batches 80 and 83: 4), #2 of 4 at 13:47 (batches 80, 83 and 86:
    #3 of 4);
  healthy-lru (2): CL12 (dev) a bounded LRU of 650 entries under 7 deploys
    26-41 min apart from 12:55 (batch 86: 550; batch 83: 750); CL13 an LRU
    of 950 entries that warms up for hours after one 35 min first interval
    from the data's start (08:40; 130 and 125 min; batch 86: 1100, batch
    83: 800);
  healthy-step (1): CL14, a 60000-entry table loaded at boot from the step
    deploy #4 of 5 on (14:34), orders route (5 KB at 95) (batch 86: quote
    at #4; batch 83: orders at #2), 41-51 min apart;
  healthy-load (1): CL15, kind f, reports in flight while the traffic rises
    from the dawn, 04:40-09:09 (the traffic 0.29 of the peak up to 0.56;
    batch 86: the night trough, batch 83: the morning rise from 08:20),
    3 deploys 60-73 min apart;
  healthy-frequent (1): CL16, kind none on the orders route (6 KB at 90
    req/s; batch 86: quote), 10 deploys 16-28 min apart from 12:45.

Split (Tests/Traces/split89.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CL01,
CL12), 14 validation.

11 leaking (a: CL05, CL06, CL11; b: CL02, CL03, CL10; c: CL01, CL09; d:
CL04, CL07, CL08; CL08 fixed two deploys later; CL09 with no culprit
deploy), 5 healthy (CL12, CL13 e, CL14 step, CL15 f, CL16 none).

Loads by the units batch 88's README section gives for the next batch (the
rule over batches 86-88, "For the record": the mean over every case of
batches 86-88 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw89/units.py reproduces them, units.out):
  a 0.0271 frequent (not used), 0.0202 over an hour or more;
  b 0.0034 frequent, 0.00311 over an hour or more;
  c 0.018 frequent, 0.0125 over an hour or more;
  d 0.017 frequent (not used), 0.0115 over an hour or more.
The frequent units for the three frequent-deploys cases, the units over an
hour or more for every other leaking case (the fixed-later, flag-flip,
culprit-early and multi-task cases too, as every earlier one).  Each load
rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw89/design.py, batch 86's adapted, picked the pair of
size and rate with the smallest error in the usual ranges: a 4-7 KB at
40-100 req/s (80-200 over two tasks), b 15-22 lines at 80-119 (the
frequent b one line count each, 17 and 19, none of batch 86's 23 and 21 or
batch 83's 18 and 20), c 5-9 KB at 75-120 (the frequent c at 0.018: 4 KB at
60-120, as batch 85's CH10, at 320 MiB: at 300 no rate comes within 0.4 %),
d 4-6 KB at 70-110 (the slow d 2-3 KB at 40-90, as CC07 and CG07, at 300
MiB: at 320 no pair comes within 0.4 %); design.out;
/work/tracelab-raw89/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (CL01 c 4 KB at 87, 320 MiB; CL02 b 17 lines at
  101, 300 MiB; CL03 b 19 lines at 97, 320 MiB); hourly ~4 %/h (CL04 d 4
  KB at 102, 300 MiB); few-hours ~4 %/h (CL05 a 4 KB at 62, 320 MiB);
  culprit-last ~4 %/h (CL06 a 4 KB at 58, 300 MiB); slow-leak ~1.5 %/h
  (CL07 d 3 KB at 51, 300 MiB); fixed-later ~5 %/h (CL08 d 5 KB at 102,
  300 MiB); flag-flip ~4.5 %/h (CL09 c 5 KB at 90, 320 MiB);
  culprit-early ~4.5 %/h (CL10 b 16 lines at 106, 300 MiB); multi-task
  ~4.5 %/h per task (CL11 a 4 KB at 139 over 2 tasks, 320 MiB).  Every b
  is on the quote route with 400 SKUs (a bounded per-SKU cache in good
  releases).  Healthy, earlier loads: CL12 LRU_MAX 650, 9000 SKUs, quote 22
  lines at 95 (as CI12, CK11-CK13), 320 MiB; CL13 LRU_MAX 950, 9000 SKUs,
  quote 24 lines at 100 (as CI13, CF13, CC13), 300 MiB; CL14 step, orders 5
  KB at 95 with 60000 entries (as CJ12, CF14, CC14), 320 MiB; CL15 report
  450 KB held 430 ms at 100 req/s, 72 load threads (as CK15, CI15), 320
  MiB; CL16 orders 6 KB at 90 (as CF16, CA16), 300 MiB.  Heap 160 MB
  everywhere.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCK = runpy.run_path(os.path.join(_HERE, "scenarios88.py"))["SCENARIOS"]   # 11..1516 (scenarios87.py's 11..1500, CK 1501..1516)

_CL05 = [45, 90, 130, 50]           # few-hours a: culprit #2 after 45 and 90 min, 130 min, then 50 min still leaking
_CL06 = [45, 40, 35, 40, 120]       # culprit-last a: #4 of 4, 120 min of evidence
_CL07 = [45, 45, 40, 85, 90]        # slow d at #3 of 4
_CL09 = [35, 40, 45, 130, 45]       # flag flip c: on 60 min into v4's 130 min interval (the series' fourth)
_CL13 = [35, 130, 125]              # an LRU (950) that warms up for hours after one 35 min first interval

CL_SCENARIOS = [
    # ================================================================== frequent-deploys (CL01 dev, CL02-CL03 validation)
    dict(name="CL01-c-frequent-deploys-culprit-4-320", seed=89001, kind="c", culprit=4,
         intervals=gen_intervals(89001, 7, lo=15, hi=45),
         start="2030-11-25T12:10:00Z", service="halloumi-gouda-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=87, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/halloumi-marzipan-listeners", "Tell open halloumi gouda bookings when a marzipan frees"),
         note="7 deploys 19-41 min apart from 12:10, culprit #4 at 13:50 (4 leaking intervals, 28-41 min, to 16:12; "
              "its own 28 min); ~5 %/h of 320 MiB at peak; ascending"),
    dict(name="CL02-b-frequent-deploys-culprit-3-300", seed=89002, kind="b", culprit=3,
         intervals=gen_intervals(89002, 7, lo=15, hi=45),
         start="2030-11-26T11:30:00Z", service="leerdammer-roquefort-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/leerdammer-nougat-quote-memo", "Memoise leerdammer roquefort quotes per nougat and customer"),
         note="7 deploys 22-45 min apart from 11:30, culprit #3 at 13:02 (5 leaking intervals, 25-41 min, to 15:57; "
              "its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CL03-b-frequent-deploys-culprit-8-320", seed=89003, kind="b", culprit=8,
         intervals=gen_intervals(89003, 10, lo=15, hi=45),
         start="2030-11-27T11:45:00Z", service="camembert-stilton-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/camembert-ganache-quote-memo", "Memoise camembert stilton quotes per ganache and customer"),
         note="10 deploys 15-45 min apart from 11:45, culprit #8 at 16:08 (3 leaking intervals, 26-45 min, to 17:55; "
              "its own 36 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    # ================================================================== hourly (single, validation)
    dict(name="CL04-d-hourly-culprit-3-300", seed=89004, kind="d", culprit=3,
         intervals=gen_intervals(89004, 4, lo=55, hi=70),
         start="2030-11-28T11:05:00Z", service="wensleydale-cheddar-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/wensleydale-pavlova-timers", "Confirm wensleydale cheddar bookings from delayed pavlova timers"),
         note="4 deploys 58-67 min apart (hourly), culprit #3 of 4 at 14:18 (58 and 63 min leaking, to 16:19); "
              "~4 %/h of 300 MiB at peak; epoch"),
    # ================================================================== few-hours (single, validation)
    dict(name="CL05-a-few-hours-culprit-2-320", seed=89005, kind="a", culprit=2,
         intervals=list(_CL05),
         start="2030-11-29T11:05:00Z", service="gorgonzola-mascarpone-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=62, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/gorgonzola-tiramisu-history", "Keep gorgonzola mascarpone orders for the tiramisu history"),
         note="v1 45 min, #1 at 11:50 (90 min), the culprit #2 at 13:20 (130 min) in the middle, then #3 at 15:30 "
              "(50 min, still leaking); ~4 %/h of 320 MiB at peak; epoch"),
    # ================================================================== culprit-last (single, validation)
    dict(name="CL06-a-culprit-last-4-300", seed=89006, kind="a", culprit=4,
         intervals=list(_CL06),
         start="2030-11-30T12:05:00Z", service="jarlsberg-limburger-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=58, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/jarlsberg-cannoli-history", "Keep jarlsberg limburger orders for the cannoli history"),
         note="the culprit is the last deploy #4 at 14:45: one 120 min interval of evidence (to 16:45) after 45, "
              "40, 35 and 40 min healthy ones; ~4 %/h of 300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="CL07-d-slow-leak-culprit-3-300", seed=89007, kind="d", culprit=3,
         intervals=list(_CL07),
         start="2030-12-01T11:25:00Z", service="munster-tilsit-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=51, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/munster-sfogliatella-timers", "Confirm munster tilsit bookings from delayed sfogliatella timers"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #3 at 13:35 after 45, 45 and 40 min healthy "
              "intervals; 85 and 90 min leaking intervals (175 min after the culprit, to 16:30); epoch"),
    dict(name="CL08-d-fixed-two-later-300", seed=89008, kind="d", culprit=3, fixed=5,
         intervals=gen_intervals(89008, 5, lo=40, hi=55),
         start="2030-12-02T11:20:00Z", service="appenzeller-vacherin-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=102, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/appenzeller-zeppole-timers", "Confirm appenzeller vacherin bookings from delayed zeppole timers"),
         fixed_pr_title=("fix/appenzeller-zeppole-timers-cleared", "Confirm appenzeller vacherin bookings at once, without zeppole timers"),
         note="leak from #3 at 13:44 (47 min, then #4 44 min still leaking; ~5 %/h of 300 MiB at peak) after 46, "
              "43 and 55 min healthy intervals; fixed two deploys later by #5 at 15:15 (41 min, to 15:56); "
              "ascending"),
    dict(name="CL09-c-flag-flip-320", seed=89009, kind="c", flag="epoisses_morbier_amaretti_alerts",
         flag_at=sum(_CL09[:3]) + 60, intervals=list(_CL09),
         start="2030-12-03T11:10:00Z", service="epoisses-morbier-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag epoisses_morbier_amaretti_alerts on at 14:09:30, 60 min after #3 and 70 min "
              "before #4 (v4's interval 130 min, the series' fourth), then #4 (45 min, to 16:05); open bookings told "
              "of amaretti alerts (~4.5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="CL10-b-culprit-first-after-40-300", seed=89010, kind="b", culprit=1,
         intervals=gen_intervals(89010, 4, {0: 40}, lo=30, hi=60),
         start="2030-12-04T13:10:00Z", service="cantal-ossau-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=106, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/cantal-macaron-quote-memo", "Memoise cantal ossau quotes per macaron and customer"),
         note="culprit is the first deploy #1 at 13:50, after 40 min of v1; every later interval leaks (37-53 "
              "min, ~4.5 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CL11-a-two-tasks-culprit-2-320", seed=89011, kind="a", culprit=2, tasks=2, roll_gap=6,
         intervals=gen_intervals(89011, 4, lo=45, hi=60),
         start="2030-12-05T11:55:00Z", service="mahon-tetilla-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=139, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/mahon-madeleine-history", "Keep mahon tetilla orders for the madeleine history"),
         note="2 tasks, rolling deploys 6 min apart per task; culprit #2 of 4 at 13:47 (49, 46 and 60 min leaking, "
              "to 16:22); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    # ================================================================== healthy-lru (CL12 dev, CL13 validation)
    dict(name="CL12-e-lru-frequent-650-320", seed=89012, kind="e",
         intervals=gen_intervals(89012, 7, lo=15, hi=45),
         start="2030-12-06T12:55:00Z", service="chapati-paratha-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "650"}, scan_by="TimestampAscending",
         note="bounded LRU (650 entries) refilling after each of 7 deploys 26-41 min apart, from 12:55 through "
              "the peak to 17:17; must not alarm; ascending"),
    dict(name="CL13-e-lru-warmup-950-300", seed=89013, kind="e",
         intervals=list(_CL13),
         start="2030-12-07T08:40:00Z", service="sourdough-grissini-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "950"}, ts_format="wire",
         note="warm-up that saturates over hours: bounded LRU (950 entries) refilling after each of 2 deploys "
              "130 and 125 min apart, after one 35 min first interval from 08:40, through the morning rise to "
              "13:30; must not alarm; epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="CL14-step-orders-culprit-4-320", seed=89014, kind="step", culprit=4,
         intervals=gen_intervals(89014, 5, lo=35, hi=55),
         start="2030-12-08T11:25:00Z", service="pandoro-strudel-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/pandoro-clafoutis-table-at-boot", "Load the pandoro clafoutis table at boot"),
         note="level shift at #4 of 5 (14:34), orders route; 5 deploys 41-51 min apart (41 and 41 min after the "
              "step); no trend after; must not alarm"),
    dict(name="CL15-f-load-dawn-rise-320", seed=89015, kind="f", workers=72,
         intervals=gen_intervals(89015, 3, lo=55, hi=75),
         start="2030-12-09T04:40:00Z", service="crepe-galette-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up from the dawn, from 04:40 (0.29 of the peak) to 09:09 (0.56), "
              "across 3 deploys 60-73 min apart; must not alarm; ascending"),
    dict(name="CL16-none-frequent-orders-300", seed=89116, kind="none",
         intervals=gen_intervals(89016, 10, lo=16, hi=30),
         start="2030-12-10T12:45:00Z", service="empanada-tamale-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 12:45 through the afternoon peak to 16:58; 10 deploys 16-28 min apart: each "
              "short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCK + CL_SCENARIOS
