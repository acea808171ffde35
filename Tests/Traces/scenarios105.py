"""memblame's tracelab scenarios, batch 105: DB01..DB16 (real memory traces with labels).

(Named DB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-104 used AA..AZ, BA..BZ, CA..CZ and DA.  No
case folder, scenario name or split entry on main or any other branch
starts with "DB"; neither tracelab nor these files parse the prefix of a
name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 105"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios105.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios105.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw105 DB01-... DB16-...

The rarer regimes, as batches 90, 93, 96, 99 and 102 (batch 102 its
template), one case each.  The kinds are rotated away from batches 99 and
102 in every regime, as batch 102 rotated them away from batches 96 and 99
(batch 99: long-interval c, culprit-last d, limit-raise c, multi-task a,
quick-followup c, flag flip d, slow b, fixed-later a, culprit-early d,
oom-fast d; batch 102: d, c, a, d, a, b, a, c, b, a; here b, a, d, b, b,
a, c, d, a, c): of the two kinds each regime leaves, the one batch 96 did
not use (batch 96: a, b, d, c, d, c, d, b, c, c), but where a load known
to OOM decided: limit-raise leaves b and d, oom-fast b and c, no b load is
known to OOM within about an hour, so limit-raise takes d with BW10's load
(64 KB x 180 req/s, as CB03, CJ03, CM10, CS03 and CV10) and oom-fast c
with BU10's load (75 KB x 178 req/s, as CB10, CJ10, CM03, CS10 and CV03):
batch 96's kinds of these two regimes, the only choices there that avoid
batches 99 and 102 with a load known to OOM.  The frequent-deploys case
stays a b.  Leaking kinds a 3, b 4, c 2, d 2 (batch 102: a 4, b 3, c 2,
d 2; batch 99: a 2, b 2, c 3, d 4).

The 16 cases have 4 653 samples in all (batch 102: 4 179), for a
recording budget of 1100 s; the longest, DB01, 390.  Every case of 285
samples or more (DB01, DB02, DB06, DB07, DB08, DB09, DB11, DB12, DB14)
uses ts_format "wire" (epoch seconds); the ISO 8601 cases have 279 samples
or fewer.  TimestampAscending for the even-numbered cases, DB02, DB04,
..., DB16 (batch 102: the odd-numbered CY, batch 99: the even-numbered CV).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios104.py (unchanged: scenarios103.py's
scenarios at 11..1756, DA at 1757..1772) and lists the DB scenarios last
(1773..1788), as scenarios104.py runs scenarios103.py.  Seeds are
105001..105016, each case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw105/check_numbers.py, batch 104's adapted;
seed_search.py): DB04's 105004 gave PR 624676, a pipeline number of AX09,
and 105104..105704 each gave another of AX09's pipeline numbers, so DB04
has 105804; the fifteen others are the first tried.  The intervals stay
the draws of the first seed, gen_intervals(1050NN, ...).
Dates follow DA's: 2031-08-21 (DB01) to 2031-09-05 (DB16).

The mix (/work/tracelab-raw105/draws.py, draws.out, design.py, design.out):
  long-interval: DB01 b, culprit #5 of 6 at 12:45 after 25, 30, 25, 30 and
    25 min, then one 225 min interval to 16:30, then 30 min still leaking
    (batch 102: d #4 of 5 at 12:40, 230 min; 99: c #2 of 3 at 12:50, 240;
    96: a #3 of 4 at 12:35, 245);
  culprit-last: DB02 a, the last deploy #6 of 6 at 13:40 with 130 min
    after it (batch 102: c #5 of 5 at 13:50, 140 min; 99: d #2 of 2 at
    13:50, 150; 96: b #3 of 3 at 14:05, 140);
  limit-raise: DB03 d with BW10's load, culprit #4 at 12:55 (85 min
    interval, should OOM within the hour), limit 300 -> 675 MiB (heap 160
    -> 360 MB; batches 74-102: 640, 768, 768, 720, 640, 704, 672, 736, 688,
    660, 752) at #5 at 14:20, then #6 at 15:00 (batch 102: a #1, the raise
    at #2; 99: c #2, the raise at #3; 96: d #3, the raise at #4);
  multi-task: DB04 b on three tasks with rolling deploys 12 min apart
    (batches 74-102: 3, 4, 5, 6, 5, 4, 7, 8, 10, 9, 11), culprit #3 of 5
    at 13:29 (batch 102: d #2 of 4; 99: a #2 of 3; 96: c #3 of 4);
  quick-followup: DB05 b, culprit #5 at 13:05 followed 5 min later by an
    unrelated #6 (batches 74-102: 15, 12, 10, 14, 12, 13, 11, 9, 7, 8, 6
    min; batch 102 the culprit #4, 99 #2, 96 #3);
  flag-flip: DB06 a behind levice_humenne_rocoto_history, on at 13:39:30,
    55 min into v5's 125 min interval, the series' fifth (batch 102: 100
    into v4's 140; 99: 85 into v2's 130; 96: 80 into v3's 125; 101: 65
    into v3's 115; 104: 70 into v4's 120);
  slow-leak: DB07 c at ~1.5 %/h, #3 of 5 at 13:10, 90 and 80 min, then 30
    (batch 102: a #2 of 4; 99: b #3 of 4; 96: d #2 of 3);
  fixed-later: DB08 d, the culprit #5 at 13:18, #6 still leaking, the fix
    #7 at 14:29 named in labels.json (batch 102: c #1 fixed by #3; 99: a
    #2 fixed by #4; 96: b #3 fixed by #5; 101: #4 fixed by #6; 104: #2
    fixed by #4);
  culprit-early: DB09 a, the culprit #1 after 65 min of v1 (batch 102:
    60, 99: 55, 96: 40, 101: 50, 104: 35);
  oom-fast: DB10 c, BU10's load, culprit #4 of 5 at 13:05 (85 min
    interval), then #5 (30 min, still leaking; batch 102: a #3 of 3; 99: d
    #2 of 3; 96: c #2 of 4);
  frequent-deploys: DB11 b, 9 deploys 17-44 min apart, the culprit #6 at
    13:26 (own 34 min; of #3..#9 of the draw, #3, #4, #6 and #7 had an own
    interval of 25 min or more and 3 or more leaking intervals; batch 102:
    #4 of 9, 99: #7 of 8, 96: #5 of 9, 93: #4 of 8), 16 lines (batch 102:
    22, 99: 19, 96: 21, 93: 18), 400 SKUs;
  healthy: DB12 a step at #4 of 6 (12:52) on the orders route (60000
    entries at boot; batch 102: quote at #2 of 5, 99: orders at #3 of 5,
    96: quote at #5 of 6), DB13 a bounded LRU of 1275 entries (no scenario
    used it before) with 4 deploys 43-51 min apart from 18:05, the early
    evening into the late evening (batch 102: 1325 from 14:40, 99: 1200
    from 09:30, 96: 1125 from 12:20), DB14 kind none on the quote route
    with one 240 min interval 10:15-14:15, the morning rise through the
    lunch bump into the peak (batch 102: orders, 14:30-18:20; 99: quote,
    13:00-16:45; 96: orders, 11:15-15:10), DB15 kind f from 19:10 (0.88 of
    the peak) down the late evening fall to 23:40 (0.49; batch 102: the
    morning rise from 08:10, 99: the night fall from 21:30, 96: the
    evening fall from 17:20), DB16 kind none on the orders route with 10
    deploys 18-30 min apart from 07:50 up the morning rise (batch 102:
    quote from 15:40, 99: orders from 13:30, 96: quote from 09:40).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
102's case by case (DB01 300, DB02 320, DB03 300, DB04 320, DB05 300, DB06
300, DB07 320, DB08 300, DB09 300, DB10 320, DB11 300, DB12 300, DB13 320,
DB14 300, DB15 320, DB16 300).

Split (split105.json, written by /work/tracelab-raw105/make_split.py before
recording): every regime has a single case, so 0 dev, 16 validation, with
batch 102's regime tags.  11 leaking (a: DB02, DB06, DB09; b: DB01, DB04,
DB05, DB11; c: DB07, DB10; d: DB03, DB08; DB06 with no culprit deploy;
DB08 fixed two deploys later), 5 healthy (DB12 step, DB13 e, DB14 and
DB16 none, DB15 f).

Loads by the units batch 104's section gives for the next batch (the rule
over batches 102-104; %/h per unit of load, size x rate, at peak traffic
at 256 MiB; x 256 / limit for another limit; per task the load divided by
the number of tasks): frequent a 0.0150, b 0.00313, c 0.0158, d 0.0140;
an hour or more a 0.0227, b 0.00322, c 0.0130, d 0.00962.  The frequent
unit for DB11, the units over an hour or more for every other leaking
case.  Every leaking case aims at ~5 %/h of its limit at peak (per task
for DB04), but the slow leak DB07 at ~1.5 %/h; each load rounded so the
unit gives the aim within 0.4 % (/work/tracelab-raw105/loads.py,
loads.out):
  DB01 b 17 lines at 107, 300 MiB; DB02 a 5 KB at 55, 320; DB04 b 23
  lines at 253 over 3 tasks, 320; DB05 b 20 lines at 91, 300; DB06 a 6 KB
  at 43, 300; DB07 c 2 KB at 72, 320 (~1.5); DB08 d 7 KB at 87, 300; DB09
  a 3 KB at 86, 300; DB11 b 16 lines at 117, 300.  Not by the units: DB03
  d 64 KB at 180, 300 MiB, heap 160 MB, then 675 MiB and heap 360 MB from
  #5 (BW10's load); DB10 c 75 KB at 178, 320 MiB, heap 160 MB (BU10's
  load).  Healthy, earlier loads: DB12 step, orders 5 KB at 95 with 60000
  entries, 300 MiB (as CV12); DB13 LRU_MAX 1275, 9000 SKUs, quote 22 lines
  at 95, 320 MiB (as CY13); DB14 quote 20 lines at 95 (400 SKUs), 300 MiB
  (as CV14); DB15 report 450 KB held 430 ms at 100 req/s, 72 load threads,
  320 MiB (as CY15); DB16 orders 5 KB at 90, 300 MiB (as CV16 and CY14).
  Heap 160 MB everywhere but DB03 after its raise.  The "~N %/h" in the
  notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDA = runpy.run_path(os.path.join(_HERE, "scenarios104.py"))["SCENARIOS"]   # 11..1772 (scenarios103.py's 11..1756, DA 1757..1772)

_DB01 = [25, 30, 25, 30, 25, 225, 30]      # long interval b: culprit #5 at 12:45, 225 min to 16:30, then 30 min
_DB02 = [25, 30, 25, 30, 25, 30, 130]      # culprit-last a: #6 of 6 at 13:40, 130 min of evidence
_DB03 = [30, 25, 30, 30, 85, 40, 35]       # limit raise d (BW10's load): culprit #4 at 12:55, raise at #5 at 14:20
_DB05 = [30, 25, 30, 25, 30, 5, 85, 35]    # quick follow-up b: culprit #5 at 13:05, the unrelated #6 5 min later
_DB06 = [30, 25, 30, 35, 125, 40]          # flag flip a: on 55 min into v5's 125 min interval (the series' fifth)
_DB07 = [35, 40, 35, 90, 80, 30]           # slow c: culprit #3 at 13:10, 90, 80 and 30 min leaking
_DB10 = [30, 30, 35, 30, 85, 30]           # oom-fast c (BU10's load): culprit #4 of 5 at 13:05 in an 85 min interval
_DB14 = [35, 240, 35]                      # healthy long, quote: one 240 min interval 10:15-14:15

DB_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DB01-b-long-interval-225-culprit-5-300", seed=105001, kind="b", culprit=5,
         intervals=list(_DB01),
         start="2031-08-21T10:30:00Z", service="zilina-presov-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/zilina-ceviche-quote-memo", "Memoise zilina presov quotes per ceviche and customer"),
         note="culprit #5 at 12:45 after 25, 30, 25, 30 and 25 min healthy intervals, then one 225 min (3 h 45) "
              "interval (12:45-16:30) from the lunch bump through the peak into the late afternoon; ~5 %/h of 300 "
              "MiB at peak; #6 at 16:30 still leaks (30 min); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="DB02-a-culprit-last-6-320", seed=105002, kind="a", culprit=6,
         intervals=list(_DB02),
         start="2031-08-22T10:55:00Z", service="trnava-nitra-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=55, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/trnava-anticucho-history", "Keep trnava nitra orders for the anticucho history"),
         note="the culprit is the last deploy #6 at 13:40: one 130 min interval of evidence (to 15:50) after 25, "
              "30, 25, 30, 25 and 30 min healthy ones; ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="DB03-d-limit-raise-675", seed=105003, kind="d", culprit=4,
         limit_raise={"deploy": 5, "limit_mib": 675, "heap_mb": 360},
         intervals=list(_DB03),
         start="2031-08-23T11:00:00Z", service="kosice-poprad-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/kosice-tacacho-timers", "Confirm kosice poprad bookings from delayed tacacho timers"),
         limit_pr_title=("ops/kosice-poprad-bookings-memory-675", "Give the kosice poprad bookings task 675 MiB of memory after OOM restarts"),
         note="leak from #4 at 12:55 (BW10's load, 64 KB bookings at 180 req/s, heap 160 MB; CJ03's OOM 46 min in, "
              "CM10's 53, CS03's 54, CV10's 52) should OOM within the hour, within #4's 85 min; limit 300 -> 675 "
              "MiB (heap 360 MB) at #5 at 14:20, the percentages fall to 0.44 of the old scale and the leak goes "
              "on through #5 (40 min) and #6 (35 min)"),
    dict(name="DB04-b-three-tasks-culprit-3-320", seed=105804, kind="b", culprit=3, tasks=3, roll_gap=12,
         intervals=gen_intervals(105004, 5, lo=40, hi=50),
         start="2031-08-24T11:05:00Z", service="trencin-prievidza-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=253, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/trencin-juane-quote-memo", "Memoise trencin prievidza quotes per juane and customer"),
         note="3 tasks, rolling deploys 12 min apart per task; 5 deploys 43-50 min apart, culprit #3 of 5 at 13:29 "
              "(45, 47 and 43 min leaking, to 15:44); each task ~5 %/h of 320 MiB at peak; good releases warm a "
              "per-SKU cache (400 SKUs); metrics-ci.jsonl; ascending"),
    dict(name="DB05-b-quick-followup-culprit-5-300", seed=105005, kind="b", culprit=5,
         intervals=list(_DB05),
         start="2031-08-25T10:45:00Z", service="zvolen-michalovce-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=91, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/zvolen-pachamanca-quote-memo", "Memoise zvolen michalovce quotes per pachamanca and customer"),
         note="culprit #5 at 13:05 runs only 5 min before an unrelated follow-up #6 at 13:10 (which still leaks, "
              "85 min), then #7 at 14:35 (35 min, to 15:10); ~5 %/h of 300 MiB at peak; good releases warm a "
              "per-SKU cache (400 SKUs)"),
    dict(name="DB06-a-flag-flip-300", seed=105006, kind="a", flag="levice_humenne_rocoto_history",
         flag_at=sum(_DB06[:4]) + 55, intervals=list(_DB06),
         start="2031-08-26T10:45:00Z", service="levice-humenne-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=43, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag levice_humenne_rocoto_history on at 13:39:30, 55 min after #4 and 70 min "
              "before #5 (v5's interval 125 min, the series' fifth), then #5 (40 min, to 15:30); orders kept for "
              "the rocoto history (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="DB07-c-slow-leak-culprit-3-320", seed=105007, kind="c", culprit=3,
         intervals=list(_DB07),
         start="2031-08-27T11:20:00Z", service="bardejov-komarno-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=72, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/bardejov-tiradito-listeners", "Tell open bardejov komarno bookings when a tiradito frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 13:10 after 35, 40 and 35 min healthy "
              "intervals; 90, 80 and 30 min leaking intervals (to 16:30); epoch"),
    dict(name="DB08-d-fixed-two-later-300", seed=105008, kind="d", culprit=5, fixed=7,
         intervals=gen_intervals(105008, 7, lo=30, hi=45),
         start="2031-08-28T10:15:00Z", service="piestany-senica-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=87, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/piestany-carapulcra-timers", "Confirm piestany senica bookings from delayed carapulcra timers"),
         fixed_pr_title=("fix/piestany-picarones-timers-cleared", "Confirm piestany senica bookings at once, without picarones timers"),
         note="leak from #5 at 13:18 (40 min, then #6 31 min still leaking; ~5 %/h of 300 MiB at peak) after 35, "
              "38, 34, 37 and 39 min healthy intervals; fixed two deploys later by #7 at 14:29 (36 min, to "
              "15:05); epoch, ascending"),
    dict(name="DB09-a-culprit-first-after-65-300", seed=105009, kind="a", culprit=1,
         intervals=gen_intervals(105009, 4, {0: 65}, lo=30, hi=65),
         start="2031-08-29T12:15:00Z", service="skalica-lucenec-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/skalica-mazamorra-history", "Keep skalica lucenec orders for the mazamorra history"),
         note="culprit is the first deploy #1 at 13:20, after 65 min of v1; every later interval leaks (61, 49, 64 "
              "and 64 min, to 17:18; ~5 %/h of 300 MiB at peak); epoch"),
    dict(name="DB10-c-oom-fast-culprit-4-320", seed=105010, kind="c", culprit=4,
         intervals=list(_DB10),
         start="2031-08-30T11:00:00Z", service="ruzomberok-topolcany-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/ruzomberok-chicharron-listeners", "Tell open ruzomberok topolcany bookings when a chicharron frees"),
         note="leak from #4 of 5 at 13:05, 75 KB bookings at 178 req/s (BU10's load; CJ10's OOM 46 min in, CM03's "
              "47, CS10's 46, CV03's 47): OOM within about an hour of the onset (heap 160 MB), in #4 (85 min); #5 "
              "(30 min, to 15:00) still leaking; ascending"),
    dict(name="DB11-b-frequent-deploys-culprit-6-300", seed=105011, kind="b", culprit=6,
         intervals=gen_intervals(105011, 9, lo=15, hi=45),
         start="2031-08-31T10:00:00Z", service="handlova-snina-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/handlova-humita-quote-memo", "Memoise handlova snina quotes per humita and customer"),
         note="9 deploys 17-44 min apart from 10:00, culprit #6 at 13:26 (4 leaking intervals, 17-44 min, to "
              "15:29; its own 34 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="DB12-step-orders-culprit-4-300", seed=105012, kind="step", culprit=4,
         intervals=gen_intervals(105012, 6, lo=35, hi=50),
         start="2031-09-01T10:10:00Z", service="brezno-kezmarok-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/brezno-patasca-table-at-boot", "Load the brezno patasca table at boot"),
         note="level shift at #4 of 6 (12:52), orders route (5 KB at 95 req/s); 6 deploys 36-50 min apart (40, 50 "
              "and 46 min after the step, to 15:08); no trend after; must not alarm; epoch, ascending"),
    dict(name="DB13-e-lru-evening-1275-320", seed=105013, kind="e",
         intervals=gen_intervals(105013, 4, lo=40, hi=55),
         start="2031-09-02T18:05:00Z", service="pezinok-malacky-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1275"},
         note="bounded LRU (1275 entries) refilling after each of 4 deploys 43-51 min apart, from 18:05 through "
              "the early evening into the late evening to 22:07; must not alarm"),
    dict(name="DB14-none-long-interval-quote-300", seed=105014, kind="none",
         intervals=list(_DB14),
         start="2031-09-03T09:40:00Z", service="galanta-partizanske-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 240 min (4 h) interval (10:15-14:15) "
              "from the morning rise through the lunch bump into the peak between 35 min ones; must not alarm; "
              "epoch, ascending"),
    dict(name="DB15-f-load-late-evening-fall-320", seed=105015, kind="f", workers=72,
         intervals=gen_intervals(105015, 3, lo=55, hi=75),
         start="2031-09-04T19:10:00Z", service="hlohovec-stupava-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from 19:10 (0.88 of the peak) down the late evening fall to "
              "23:40 (0.49), across 3 deploys 59-71 min apart; must not alarm"),
    dict(name="DB16-none-frequent-orders-300", seed=105016, kind="none",
         intervals=gen_intervals(105016, 10, lo=16, hi=30),
         start="2031-09-05T07:50:00Z", service="detva-sabinov-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route (5 KB at 90 req/s), 07:50 up the morning rise into the lunch bump to 12:22; "
              "10 deploys 18-30 min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RDA + DB_SCENARIOS
