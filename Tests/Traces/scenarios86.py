"""memblame's tracelab scenarios, batch 86: CI01..CI16 (real memory traces with labels).

(Named CI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-85 used AA..AZ, BA..BZ, CA, CB, CC, CD, CE,
CF, CG and CH.  No case folder, scenario name or split entry on main or here
starts with "CI"; neither tracelab nor these files parse the prefix of a
name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 86"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios86.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios86.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw86 CI01-... CI16-...

(The broad mix of batch 83 (its template; batches 73, 75, 78 and 80 of the
same kind): no long-interval case.  The longest case, CI01, has 331 samples
(about 83 s of recording); the 16 cases have 4 490 samples in all, kept
short for a recording budget of 1100 s.  Every case of 290 samples or more
(CI01, CI03, CI04, CI05, CI07, CI08, CI13) uses ts_format "wire" (epoch
seconds), so that no metrics.json comes near the 30 KB limit for an
uncompressed file; the ISO 8601 cases have 280 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios85.py (unchanged: scenarios84.py's
scenarios at 11..1452 (scenarios83.py's at 11..1436, CG at 1437..1452), CH
at 1453..1468) and lists the CI scenarios last (1469..1484), as
scenarios85.py runs scenarios84.py.  Seeds are 86001..86016, each case's
seed +100 (repeatedly) if its PR or pipeline numbers collide with an
earlier scenario or a case in real/ (/work/tracelab-raw86/check_numbers.py,
batch 85's adapted); the intervals stay the draws of the first seed,
gen_intervals(860NN, ...).  No seed was bumped: all sixteen are the first
tried (check_numbers.py, 0 errors).

The mix, as batch 83 (a broad blind validation over every leak kind), the
kinds rotated away from batches 80 and 83 in every regime (batch 80:
hourly c, few-hours d, culprit-last a, slow d, fixed-later a, night-pause
d, culprit-early c, multi-task b; batch 83: b, c, d, c, b, a, d, c; here
a, b, c, a, c, then a flag flip b in the night pause's place, a, d), the
frequent non-b case a d (batch 80: c, batch 83: a), the two frequent b
still b; of the two kinds each regime leaves, the one that keeps the leak
kinds even (a 3, b 4, c 2, d 2; batch 83: a 2, b 4, c 3, d 2):
  frequent-deploys (3): CI01 (dev) d, #6 of 9 at 14:23, 19-42 min apart;
    CI02 b, #5 of 8 at 14:12, 22-43 min apart; CI03 b, #7 of 9 at 14:52,
    15-44 min apart (gen_intervals(seed, n, lo=15, hi=45); the culprits at
    #5, #6 and #7 (batch 83: #3, #4, #5; batch 80: #3, #3, #4), each one
    of the positions #3..#8 of its draw whose own interval is 25 min or
    more); every b next to the per-SKU cache of 400 SKUs;
  hourly (1): CI04 a, 4 deploys 57-62 min apart, #2 of 4 at 13:46;
  few-hours (1): CI05 b, 40 and 100 min, then the culprit #2 at 13:20 with
    135 min, then 45 min still leaking;
  culprit-last (1): CI06 c, the last deploy #4 at 14:35 with 125 min after it;
  slow-leak (1): CI07 a at ~1.5 %/h, #3 of 4 at 13:35, 95 and 80 min leaking;
  fixed-later (1): CI08 c, the culprit #2 at 13:26 (46 min, then #3 53 min
    still leaking), fixed two deploys later by #4 at 15:05, then #5;
  flag-flip (1): CI09 b behind a flag switched on at 13:49:30, 65 min into
    v3's 135 min interval (the series' third; batch 84's CG06: 60 min into
    v2's 130), then #3 (45 min); no deploy to blame;
  culprit-early (1): CI10 a, the culprit #1 at 13:35 after 40 min of v1;
  multi-task (1): CI11 d on two tasks, rolling deploys 5 min apart (batches
    80 and 83: 4), #3 of 4 at 14:19;
  healthy-lru (2): CI12 (dev) a bounded LRU of 550 entries under 8 deploys
    18-41 min apart from 12:40 (batch 83: 750; batch 80: 600); CI13 an LRU
    of 1100 entries that warms up for hours after one 40 min first interval
    from the data's start (08:25; 125 and 125 min; batch 83: 800, batch 80:
    900);
  healthy-step (1): CI14, a 60000-entry table loaded at boot from the step
    deploy #4 of 5 on (14:31), quote route (400 SKUs) (batches 80 and 83:
    orders at #3 and #2), 36-52 min apart;
  healthy-load (1): CI15, kind f, reports in flight through the night
    trough, 01:55-06:05 (the traffic 0.33 of the peak, down to 0.28 at
    04:00 and back to 0.33; batch 83: the morning rise, batch 80: the
    afternoon peak into the evening), 3 deploys 58-69 min apart;
  healthy-frequent (1): CI16, kind none on the quote route (20 lines at 95
    req/s, 400 SKUs; batches 80 and 83: orders), 10 deploys 16-30 min apart
    from 10:30.

Split (Tests/Traces/split86.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev (CI01,
CI12), 14 validation.

11 leaking (a: CI04, CI07, CI10; b: CI02, CI03, CI05, CI09; c: CI06, CI08;
d: CI01, CI11; CI08 fixed two deploys later; CI09 with no culprit deploy),
5 healthy (CI12, CI13 e, CI14 step, CI15 f, CI16 none).

Loads by the units batch 85's README section gives for the next batch (the
rule over batches 83-85, "For the record": the mean over every case of
batches 83-85 of a kind and class (frequent deploys; intervals of an hour
or more) of (its unit) x (its measured / aimed ratio); %/h per unit of load
at peak traffic at 256 MiB; multiply by 256 / limit for another limit; per
task divide the load by the number of tasks)
(/work/tracelab-raw86/units.py reproduces them, units.out):
  a 0.0200 frequent (not used), 0.0204 over an hour or more;
  b 0.00257 frequent, 0.0029 over an hour or more;
  c 0.00805 frequent (not used), 0.0106 over an hour or more;
  d 0.0158 frequent, 0.00826 over an hour or more.
Batch 85's section gives both classes (batch 85 used only its frequent
ones), so no unit is taken from batch 84's section.  The frequent units for
the three frequent-deploys cases, the units over an hour or more for every
other leaking case (the fixed-later, flag-flip, culprit-early and
multi-task cases too, as every earlier one).  Each load rounded so the
unit gives the aim within 0.4 % (/work/tracelab-raw86/design.py, batch
83's adapted, picked the pair of size and rate with the smallest error in
the usual ranges: a 4-7 KB at 40-100 req/s (the slow a 2-3 KB at 30-70,
as BT07, BU07, BX07 and CB07), b 15-22 lines at 80-119 (the frequent b:
at 0.00257 fewer than 19 lines need more than 119 req/s, so one count each
of 21 and 23 lines), c 5-9 KB at 75-120 (the culprit-last c at 320 MiB: at
300 no pair comes within 0.4 %), d 4-6 KB at 70-110 (140-220 over two
tasks, at 300 MiB: at 320 no pair comes within 0.4 %); design.out;
/work/tracelab-raw86/verify.py checked it).  Aims at peak traffic:
  frequent-deploys ~5 %/h (CI01 d 4 KB at 99, 320 MiB; CI02 b 23 lines at
  99, 300 MiB; CI03 b 21 lines at 116, 320 MiB); hourly ~4 %/h (CI04 a 5
  KB at 46, 300 MiB); few-hours ~4 %/h (CI05 b 15 lines at 115, 320 MiB);
  culprit-last ~4 %/h (CI06 c 5 KB at 94, 320 MiB); slow-leak ~1.5 %/h
  (CI07 a 2 KB at 46, 320 MiB); fixed-later ~5 %/h (CI08 c 5 KB at 118,
  320 MiB); flag-flip ~4.5 %/h (CI09 b 18 lines at 101, 300 MiB);
  culprit-early ~4.5 %/h (CI10 a 6 KB at 43, 300 MiB); multi-task ~4.5
  %/h per task (CI11 d 6 KB at 213 over 2 tasks, 300 MiB).  Every b is on
  the quote route with 400 SKUs (a bounded per-SKU cache in good releases).
  Healthy, earlier loads: CI12 LRU_MAX 550, 9000 SKUs, quote 22 lines at 95
  (as CF12, CH11-CH13), 300 MiB; CI13 LRU_MAX 1100, 9000 SKUs, quote 24
  lines at 100 (as CF13, CC13), 320 MiB; CI14 step, quote 20 lines at 95
  with 400 SKUs and 60000 entries (as CG12, CA14), 300 MiB; CI15 report 450
  KB held 430 ms at 100 req/s, 72 load threads (as CH15, CG15, CF15), 320
  MiB; CI16 quote 20 lines at 95 with 400 SKUs (as CG16, CB16), 300 MiB.
  Heap 160 MB everywhere.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCH = runpy.run_path(os.path.join(_HERE, "scenarios85.py"))["SCENARIOS"]   # 11..1468 (scenarios84.py's 11..1452, CH 1453..1468)

_CI05 = [40, 100, 135, 45]          # few-hours b: culprit #2 after 40 and 100 min, 135 min, then 45 min still leaking
_CI06 = [40, 35, 45, 35, 125]       # culprit-last c: #4 of 4, 125 min of evidence
_CI07 = [45, 40, 40, 95, 80]        # slow a at #3 of 4
_CI09 = [40, 45, 135, 45]           # flag flip b: on 65 min into v3's 135 min interval (the series' third)
_CI13 = [40, 125, 125]              # an LRU (1100) that warms up for hours after one 40 min first interval

CI_SCENARIOS = [
    # ================================================================== frequent-deploys (CI01 dev, CI02-CI03 validation)
    dict(name="CI01-d-frequent-deploys-culprit-6-320", seed=86001, kind="d", culprit=6,
         intervals=gen_intervals(86001, 9, lo=15, hi=45),
         start="2030-10-08T11:00:00Z", service="cinnabar-realgar-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/cinnabar-orpiment-timers", "Confirm cinnabar realgar bookings from delayed orpiment timers"),
         note="9 deploys 19-42 min apart from 11:00, culprit #6 at 14:23 (4 leaking intervals, 19-38 min, to 16:31; "
              "its own 34 min); ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="CI02-b-frequent-deploys-culprit-5-300", seed=86002, kind="b", culprit=5,
         intervals=gen_intervals(86002, 8, lo=15, hi=45),
         start="2030-10-09T11:50:00Z", service="malachite-chrysocolla-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/malachite-rhodochrosite-quote-memo", "Memoise malachite chrysocolla quotes per rhodochrosite and customer"),
         note="8 deploys 22-43 min apart from 11:50, culprit #5 at 14:12 (4 leaking intervals, 28-43 min, to 16:29; "
              "its own 36 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="CI03-b-frequent-deploys-culprit-7-320", seed=86003, kind="b", culprit=7,
         intervals=gen_intervals(86003, 9, lo=15, hi=45),
         start="2030-10-10T11:25:00Z", service="smithsonite-hemimorphite-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=116, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/smithsonite-vanadinite-quote-memo", "Memoise smithsonite hemimorphite quotes per vanadinite and customer"),
         note="9 deploys 15-44 min apart from 11:25, culprit #7 at 14:52 (3 leaking intervals, 26-34 min, to 16:21; "
              "its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (single, validation)
    dict(name="CI04-a-hourly-culprit-2-300", seed=86004, kind="a", culprit=2,
         intervals=gen_intervals(86004, 4, lo=55, hi=70),
         start="2030-10-11T11:40:00Z", service="wulfenite-crocoite-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=46, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/wulfenite-scolecite-history", "Keep wulfenite crocoite orders for the scolecite history"),
         note="4 deploys 57-62 min apart (hourly), culprit #2 of 4 at 13:46 (61, 61 and 62 min leaking, to 16:50); "
              "~4 %/h of 300 MiB at peak; epoch, ascending"),
    # ================================================================== few-hours (single, validation)
    dict(name="CI05-b-few-hours-culprit-2-320", seed=86005, kind="b", culprit=2,
         intervals=list(_CI05),
         start="2030-10-12T11:00:00Z", service="apophyllite-selenite-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=115, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/apophyllite-dolomite-quote-memo", "Memoise apophyllite selenite quotes per dolomite and customer"),
         note="v1 40 min, #1 at 11:40 (100 min), the culprit #2 at 13:20 (135 min) in the middle, then #3 at "
              "15:35 (45 min, still leaking); ~4 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 "
              "SKUs); epoch, ascending"),
    # ================================================================== culprit-last (single, validation)
    dict(name="CI06-c-culprit-last-4-320", seed=86006, kind="c", culprit=4,
         intervals=list(_CI06),
         start="2030-10-13T12:00:00Z", service="ankerite-siderite-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=94, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/ankerite-magnesite-listeners", "Tell open ankerite siderite bookings when a magnesite frees"),
         note="the culprit is the last deploy #4 at 14:35: one 125 min interval of evidence (to 16:40) after 40, "
              "35, 45 and 35 min healthy ones; ~4 %/h of 320 MiB at peak"),
    # ================================================================== singles (all validation)
    dict(name="CI07-a-slow-leak-culprit-3-320", seed=86007, kind="a", culprit=3,
         intervals=list(_CI07),
         start="2030-10-14T11:30:00Z", service="aragonite-strontianite-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=46, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/aragonite-witherite-history", "Keep aragonite strontianite orders for the witherite history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 13:35 after 45, 40 and 40 min healthy "
              "intervals; 95 and 80 min leaking intervals (175 min after the culprit, to 16:30); epoch, ascending"),
    dict(name="CI08-c-fixed-two-later-320", seed=86008, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(86008, 5, lo=40, hi=55),
         start="2030-10-15T11:40:00Z", service="cerussite-anglesite-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=118, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/cerussite-sphalerite-listeners", "Tell open cerussite anglesite bookings when a sphalerite frees"),
         fixed_pr_title=("fix/cerussite-sphalerite-listener-cleanup", "Remove the sphalerite listener when a cerussite anglesite booking finishes"),
         note="leak from #2 at 13:26 (46 min, then #3 53 min still leaking; ~5 %/h of 320 MiB at peak) after 54 "
              "and 52 min healthy intervals; fixed two deploys later by #4 at 15:05 (53 min), then #5 (42 min, to "
              "16:40); epoch"),
    dict(name="CI09-b-flag-flip-300", seed=86009, kind="b", flag="minivet_sunbird_leafbird_memo",
         flag_at=sum(_CI09[:2]) + 65, intervals=list(_CI09),
         start="2030-10-16T11:20:00Z", service="minivet-sunbird-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=101, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag minivet_sunbird_leafbird_memo on at 13:49:30, 65 min after #2 and 70 min "
              "before #3 (v3's interval 135 min, the series' third), then #3 (45 min, to 15:45); quotes memoised per "
              "leafbird and customer (~4.5 %/h of 300 MiB at peak) from then on; good releases warm a per-SKU cache "
              "(400 SKUs); ascending"),
    dict(name="CI10-a-culprit-first-after-40-300", seed=86010, kind="a", culprit=1,
         intervals=gen_intervals(86010, 4, {0: 40}, lo=30, hi=60),
         start="2030-10-17T12:55:00Z", service="tinkerbird-honeyguide-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=43, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/tinkerbird-broadbill-history", "Keep tinkerbird honeyguide orders for the broadbill history"),
         note="culprit is the first deploy #1 at 13:35, after 40 min of v1; every later interval leaks (31-59 "
              "min, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="CI11-d-two-tasks-culprit-3-300", seed=86011, kind="d", culprit=3, tasks=2, roll_gap=5,
         intervals=gen_intervals(86011, 4, lo=45, hi=60),
         start="2030-10-18T11:35:00Z", service="toucanet-aracari-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=213, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/toucanet-spiderhunter-timers", "Confirm toucanet aracari bookings from delayed spiderhunter timers"),
         note="2 tasks, rolling deploys 5 min apart per task; culprit #3 of 4 at 14:19 (58 and 46 min leaking, to "
              "16:03); each task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== healthy-lru (CI12 dev, CI13 validation)
    dict(name="CI12-e-lru-frequent-550-300", seed=86012, kind="e",
         intervals=gen_intervals(86012, 8, lo=15, hi=45),
         start="2030-10-19T12:40:00Z", service="earthstar-stinkhorn-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "550"},
         note="bounded LRU (550 entries) refilling after each of 8 deploys 18-41 min apart, from 12:40 through "
              "the peak to 16:49; must not alarm"),
    dict(name="CI13-e-lru-warmup-1100-320", seed=86013, kind="e",
         intervals=list(_CI13),
         start="2030-10-20T08:25:00Z", service="chaga-reishi-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1100"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1100 entries) refilling after each of 2 deploys "
              "125 and 125 min apart, after one 40 min first interval from 08:25, through the morning rise to "
              "13:15; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CI14-step-quote-culprit-4-300", seed=86014, kind="step", culprit=4,
         intervals=gen_intervals(86014, 5, lo=35, hi=55),
         start="2030-10-21T11:30:00Z", service="aldebaran-betelgeuse-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/aldebaran-procyon-table-at-boot", "Load the aldebaran procyon table at boot"),
         note="level shift at #4 of 5 (14:31), quote route (400 SKUs); 5 deploys 36-52 min apart (52 and 37 min "
              "after the step); no trend after; must not alarm"),
    dict(name="CI15-f-load-night-trough-320", seed=86015, kind="f", workers=72,
         intervals=gen_intervals(86015, 3, lo=55, hi=75),
         start="2030-10-22T01:55:00Z", service="arcturus-fomalhaut-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load through the night trough (01:55, 0.33 of the peak, down to 0.28 "
              "at 04:00 and back to 0.33 at 06:05), across 3 deploys 58-69 min apart; must not alarm"),
    dict(name="CI16-none-frequent-quote-300", seed=86016, kind="none",
         intervals=gen_intervals(86016, 10, lo=16, hi=30),
         start="2030-10-23T10:30:00Z", service="achernar-canopus-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (400 SKUs, no cache), 10:30 through the late morning into the afternoon peak "
              "(14:41); 10 deploys 16-30 min apart: each short interval is mostly warm-up; must not alarm; "
              "ascending"),
]

SCENARIOS = _RCH + CI_SCENARIOS
