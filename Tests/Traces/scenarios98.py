"""memblame's tracelab scenarios, batch 98: CU01..CU16 (real memory traces with labels).

(Named CU: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-97 used AA..AZ, BA..BZ and CA..CT.  No case
folder, scenario name or split entry on main or any other branch starts
with "CU"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 98"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios98.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios98.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw98 CU01-... CU16-...

A broad blind batch over every leak kind (a, b, c, d), as batches 73, 75,
78, 80, 83, 86, 89, 92 and 95 (batch 95 its template for the mix and the
counts).  The kinds are rotated away from batches 92 and 95 in every
regime (batch 92: hourly c, few-hours d, culprit-last d, slow b,
fixed-later a, flag flip a, culprit-early c, multi-task c; batch 95: a, c,
c, a, c, d, a, b; here b, a, a, c, d, c, d, a), keeping the kinds even (a
3, b 3, c 3, d 2 leaking, as batch 95); the frequent non-b case is a c
(batch 95: d, batch 92: a); the two frequent b stay b.

The 16 cases have 4 302 samples in all, for a recording budget of 1100 s;
the longest, CU08, 312.  Every case of 285 samples or more (CU03, CU05,
CU07, CU08, CU13, CU14) uses ts_format "wire" (epoch seconds), so that no
metrics.json comes near the 30 KB limit for an uncompressed file; the ISO
8601 cases have 283 samples or fewer.  TimestampAscending for CU01, CU02,
CU05, CU07, CU09, CU11, CU13 and CU16 (batch 95: CR03, CR04, CR06, CR08,
CR10, CR12, CR14, CR15).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios97.py (unchanged: scenarios96.py's
scenarios at 11..1644, CT at 1645..1660) and lists the CU scenarios last
(1661..1676), as scenarios97.py runs scenarios96.py.  Seeds are
98001..98016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw98/check_numbers.py, batch 97's adapted); the intervals
stay the draws of the first seed, gen_intervals(980NN, ...).  All sixteen
seeds are the first tried (check_numbers.py: 0 errors at the first run).
CU PRs 584478-589693 (CT ends at 584118), pipelines 1167788-1178368
(1167214), 7 digits.  Dates follow CT's: 2031-04-18 (CU01) to 2031-05-03
(CU16).

The mix (/work/tracelab-raw98/design.py, design.out, design_draws.out):
  CU01 c, frequent: 8 deploys 18-44 min apart, culprit #4 at 13:21;
  CU02 b, frequent: 9 deploys 16-38 min apart, culprit #5 at 13:37;
  CU03 b, frequent: 9 deploys 17-41 min apart, culprit #6 at 14:03
    (no culprit at the position its number of deploys had in batch 95 (#4
    of 10, #3 of 9, #7 of 8) or batch 92 (#5 of 8, #6 of 8, #4 of 9); each
    position among those of its first-seed draw whose own interval is 25
    min or more);
  CU04 b hourly: 3 deploys 56-63 min apart, culprit #2 of 3 at 13:21;
  CU05 a few-hours: 35 and 90 min, the culprit #2 at 13:45 with 120 min,
    then 50 min still leaking;
  CU06 a culprit-last: the last deploy #2 at 13:45 with 140 min after it;
  CU07 c slow (~1.5 %/h): culprit #2 of 3 at 13:15, 85 and 105 min leaking;
  CU08 d fixed two deploys later: culprit #3 at 13:22, #4 still leaking,
    the fix #5 at 15:00;
  CU09 c behind a flag switched on at 14:29:30, 90 min into v2's 140 min
    interval (batch 95: 75 min in; batches 74-93: 40-70);
  CU10 d culprit-early: #1 after 40 min of v1 (batch 95: 45, 92: 35, 93: 30);
  CU11 a on two tasks, rolling deploys 8 min apart, culprit #2 of 4
    (batch 95: gap 9, #2 of 5; 92: gap 7, #3 of 5);
  healthy: CU12 a bounded LRU of 850 entries under 8 deploys 15-45 min
    apart from 12:35 (batch 95: 775 from 11:20; 92: 725); CU13 an LRU of
    1400 entries that warms up for hours (40, 125 and 135 min from 10:25;
    batch 95: 1300 from 11:05; 92: 1350 from 09:50); CU14 a 60000-entry
    table at boot from the step deploy #4 of 6 on the quote route (batch
    95: orders #2; 92: quote #3; 89: orders #4); CU15 kind f from the lunch
    bump into the afternoon peak, 11:40-15:46 (batch 95: the morning rise;
    92: the evening fall; 89: the dawn rise); CU16 a flat quote service
    (18 lines at 100 req/s) with 10 deploys 19-29 min apart from 14:10
    (batch 95: orders from 13:40; 92: quote from 10:50).
  Limits: batch 95's per case swapped (320 <-> 300), but CU02 and CU05 at
    320 (at 300 no load of their ranges is within 0.4 % of the aim) and
    CU03 at 300 to keep the two frequent b apart.

Split (Tests/Traces/split98.json, written and committed before recording):
0 dev, 16 validation, as the brief asked (as batches 94-97).  11 leaking
(a: CU05, CU06, CU11; b: CU02, CU03, CU04; c: CU01, CU07, CU09; d: CU08,
CU10; CU08 fixed two deploys later; CU09 with no culprit deploy), 5
healthy (CU12, CU13 LRU, CU14 step, CU15 f, CU16 flat).

Loads by the units batch 97's section gives for the next batch (the rule
over batches 95-97; /work/tracelab-raw98/units.py, units.out): frequent a
0.0246, b 0.00319, c 0.00902, d 0.0150; an hour or more a 0.0176, b
0.00336, c 0.0100, d 0.0119 (%/h per unit of load at peak traffic at 256
MiB; x 256 / limit for another limit; per task the load divided by the
number of tasks).  Aims at peak as batch 95: frequent ~5 %/h, hourly ~4,
few-hours ~4, culprit-last ~4, slow ~1.5, fixed-later ~5, flag flip ~4.5,
culprit-early ~4.5, multi-task ~4.5 per task; each load rounded so the
unit gives the aim within 0.4 % (/work/tracelab-raw98/verify.py,
verify.out).  Healthy, earlier loads.  Heap 160 MB everywhere.  The
"~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCT = runpy.run_path(os.path.join(_HERE, "scenarios97.py"))["SCENARIOS"]   # 11..1660 (scenarios96.py's 11..1644, CT 1645..1660)

_CU05 = [35, 90, 120, 50]           # few-hours a: culprit #2 after 35 and 90 min, 120 min, then 50 min still leaking
_CU06 = [60, 45, 140]               # culprit-last a: #2 of 2, 140 min of evidence
_CU07 = [45, 55, 85, 105]           # slow c at #2 of 3
_CU09 = [45, 140, 40, 35]           # flag flip c: on 90 min into v2's 140 min interval (the series' second)
_CU13 = [40, 125, 135]              # an LRU (1400) that warms up for hours after one 40 min first interval

CU_SCENARIOS = [
    # ================================================================== frequent-deploys
    dict(name="CU01-c-frequent-deploys-culprit-4-300", seed=98001, kind="c", culprit=4,
         intervals=gen_intervals(98001, 8, lo=15, hi=45),
         start="2031-04-18T11:20:00Z", service="streymoy-eysturoy-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=93, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/streymoy-francesinha-listeners", "Tell open streymoy eysturoy bookings when a francesinha frees"),
         note="8 deploys 18-44 min apart from 11:20, culprit #4 at 13:21 (5 leaking intervals, 18-25 min, to "
              "15:08; its own 25 min); ~5 %/h of 300 MiB at peak; ascending"),
    dict(name="CU02-b-frequent-deploys-culprit-5-320", seed=98002, kind="b", culprit=5,
         intervals=gen_intervals(98002, 9, lo=15, hi=45),
         start="2031-04-19T11:10:00Z", service="vagar-sandoy-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/vagar-alheira-quote-memo", "Memoise vagar sandoy quotes per alheira and customer"),
         note="9 deploys 16-38 min apart from 11:10, culprit #5 at 13:37 (5 leaking intervals, 18-38 min, to "
              "15:40; its own 38 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CU03-b-frequent-deploys-culprit-6-300", seed=98003, kind="b", culprit=6,
         intervals=gen_intervals(98003, 9, lo=15, hi=45),
         start="2031-04-20T11:05:00Z", service="suduroy-bordoy-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/suduroy-cozido-quote-memo", "Memoise suduroy bordoy quotes per cozido and customer"),
         note="9 deploys 17-41 min apart from 11:05, culprit #6 at 14:03 (4 leaking intervals, 17-39 min, to "
              "16:04; its own 29 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    # ================================================================== hourly
    dict(name="CU04-b-hourly-culprit-2-300", seed=98004, kind="b", culprit=2,
         intervals=gen_intervals(98004, 3, lo=55, hi=70),
         start="2031-04-21T11:15:00Z", service="kunoy-kalsoy-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/kunoy-bifana-quote-memo", "Memoise kunoy kalsoy quotes per bifana and customer"),
         note="3 deploys 56-63 min apart (hourly), culprit #2 of 3 at 13:21 (61 and 56 min leaking, to 15:18); "
              "~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== few-hours
    dict(name="CU05-a-few-hours-culprit-2-320", seed=98005, kind="a", culprit=2,
         intervals=list(_CU05),
         start="2031-04-22T11:40:00Z", service="vidoy-fugloy-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=71, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/vidoy-prego-history", "Keep vidoy fugloy orders for the prego history"),
         note="v1 35 min, #1 at 12:15 (90 min), the culprit #2 at 13:45 (120 min) in the middle, then #3 at 15:45 "
              "(50 min, still leaking, to 16:35); ~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== culprit-last
    dict(name="CU06-a-culprit-last-2-320", seed=98006, kind="a", culprit=2,
         intervals=list(_CU06),
         start="2031-04-23T12:00:00Z", service="svinoy-nolsoy-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=71, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/svinoy-chanfana-history", "Keep svinoy nolsoy orders for the chanfana history"),
         note="the culprit is the last deploy #2 at 13:45: one 140 min interval of evidence (to 16:05) after 60 "
              "and 45 min healthy ones; ~4 %/h of 320 MiB at peak"),
    # ================================================================== singles
    dict(name="CU07-c-slow-leak-culprit-2-300", seed=98007, kind="c", culprit=2,
         intervals=list(_CU07),
         start="2031-04-24T11:35:00Z", service="hestur-koltur-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=44, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/hestur-leitao-listeners", "Tell open hestur koltur bookings when a leitao frees"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:15 after 45 and 55 min healthy intervals; 85 "
              "and 105 min leaking intervals (190 min after the culprit, to 16:25); epoch, ascending"),
    dict(name="CU08-d-fixed-two-later-320", seed=98008, kind="d", culprit=3, fixed=5,
         intervals=gen_intervals(98008, 6, lo=40, hi=55),
         start="2031-04-25T11:15:00Z", service="skuvoy-mykines-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/skuvoy-alcatra-timers", "Confirm skuvoy mykines bookings from delayed alcatra timers"),
         fixed_pr_title=("fix/skuvoy-sarrabulho-timers-cleared", "Confirm skuvoy mykines bookings at once, no sarrabulho timers"),
         note="leak from #3 at 13:22 (54 min, then #4 44 min still leaking; ~5 %/h of 320 MiB at peak) after 40, "
              "40 and 47 min healthy intervals; fixed two deploys later by #5 at 15:00 (47 min), then #6 (40 min, "
              "to 16:27); epoch"),
    dict(name="CU09-c-flag-flip-300", seed=98009, kind="c", flag="dimun_hailuoto_acorda_listeners",
         flag_at=sum(_CU09[:1]) + 90, intervals=list(_CU09),
         start="2031-04-26T12:15:00Z", service="dimun-hailuoto-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=88, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag dimun_hailuoto_acorda_listeners on at 14:29:30, 90 min after #1 and 50 min "
              "before #2 (v2's interval 140 min, the series' second), then #2 (40 min) and #3 (35 min, to 16:35); "
              "an acorda listener per booking (~4.5 %/h of 300 MiB at peak) from then on; ascending"),
    dict(name="CU10-d-culprit-first-after-40-300", seed=98010, kind="d", culprit=1,
         intervals=gen_intervals(98010, 4, {0: 40}, lo=30, hi=60),
         start="2031-04-27T12:50:00Z", service="kimito-nagu-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=74, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/kimito-bolinhos-timers", "Confirm kimito nagu bookings from delayed bolinhos timers"),
         note="culprit is the first deploy #1 at 13:30, after 40 min of v1; every later interval leaks (35-53 "
              "min, to 16:35, ~4.5 %/h of 300 MiB at peak)"),
    dict(name="CU11-a-two-tasks-culprit-2-320", seed=98011, kind="a", culprit=2, tasks=2, roll_gap=8,
         intervals=gen_intervals(98011, 4, lo=40, hi=55),
         start="2031-04-28T11:45:00Z", service="korpo-houtskar-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=160, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/korpo-queijadas-history", "Keep korpo houtskar orders for the queijadas history"),
         note="2 tasks, rolling deploys 8 min apart per task; 4 deploys 52-55 min apart, culprit #2 of 4 at 13:23 "
              "(55, 54 and 55 min leaking, to 16:07); each task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; "
              "ascending"),
    # ================================================================== healthy-lru
    dict(name="CU12-e-lru-frequent-850-300", seed=98012, kind="e",
         intervals=gen_intervals(98012, 8, lo=15, hi=45),
         start="2031-04-29T12:35:00Z", service="inio-brando-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "850"},
         note="bounded LRU (850 entries) refilling after each of 8 deploys 15-45 min apart, from 12:35 through "
              "the afternoon peak to 16:35; must not alarm"),
    dict(name="CU13-e-lru-warmup-1400-320", seed=98013, kind="e",
         intervals=list(_CU13),
         start="2031-04-30T10:25:00Z", service="kumlinge-sottunga-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1400"}, ts_format="wire", scan_by="TimestampAscending",
         note="warm-up that saturates over hours: bounded LRU (1400 entries) refilling after each of 2 deploys "
              "125 and 135 min apart, after one 40 min first interval from 10:25, through the lunch bump into the "
              "peak to 15:25; must not alarm; epoch, ascending"),
    # ================================================================== healthy singles
    dict(name="CU14-step-quote-culprit-4-300", seed=98014, kind="step", culprit=4,
         intervals=gen_intervals(98014, 6, lo=35, hi=55),
         start="2031-05-01T11:40:00Z", service="foglo-kokar-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/foglo-travesseiros-table-at-boot", "Load the foglo travesseiros table at boot"),
         note="level shift at #4 of 6 (14:43), quote route; 6 deploys 39-50 min apart (39, 41 and 41 min after "
              "the step, to 16:44); no trend after; must not alarm; epoch"),
    dict(name="CU15-f-load-midday-rise-320", seed=98015, kind="f", workers=72,
         intervals=gen_intervals(98015, 3, lo=55, hi=75),
         start="2031-05-02T11:40:00Z", service="vardo-lumparland-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from the lunch bump into the afternoon peak, from 11:40 (0.87 of "
              "the peak) to 15:46 (1.00), across 3 deploys 57-72 min apart; must not alarm"),
    dict(name="CU16-none-frequent-quote-320", seed=98016, kind="none",
         intervals=gen_intervals(98016, 10, lo=16, hi=30),
         start="2031-05-03T14:10:00Z", service="eckero-geta-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, quote route (18 lines at 100 req/s), 14:10 through the afternoon peak into the early "
              "evening (18:53); 10 deploys 19-29 min apart: each short interval is mostly warm-up; must not alarm; "
              "ascending"),
]

SCENARIOS = _RCT + CU_SCENARIOS
