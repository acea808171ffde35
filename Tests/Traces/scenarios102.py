"""memblame's tracelab scenarios, batch 102: CY01..CY16 (real memory traces with labels).

(Named CY: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-101 used AA..AZ, BA..BZ and CA..CX.  No case
folder, scenario name or split entry on main or any other branch starts
with "CY"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 102"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios102.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios102.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw102 CY01-... CY16-...

The rarer regimes, as batches 90, 93, 96 and 99 (batch 99 its template),
one case each.  The kinds are rotated away from batches 96 and 99 in every
regime, as batch 99 rotated them away from batches 93 and 96 (batch 96:
long-interval a, culprit-last b, limit-raise d, multi-task c,
quick-followup d, flag flip c, slow d, fixed-later b, culprit-early c,
oom-fast c; batch 99: c, d, c, a, c, d, b, a, d, d; here d, c, a, d, a,
b, a, c, b, a): of the two kinds each regime leaves, the one batch 93 did
not use (batch 93: b, a, a, b, b, a, c, d, a, a), but where a load known
to OOM decided: limit-raise and oom-fast each leave a and b, no b load is
known to OOM within about an hour, so limit-raise takes a with BU03's load
(48 KB x 193 req/s, as CG03 and CP03) and oom-fast a with BZ10's load (64
KB x 193 req/s, as CG10 and CP10): batch 93's kinds of these two regimes,
the only choices there that avoid batches 96 and 99 with a load known to
OOM.  The frequent-deploys case stays a b.  Leaking kinds a 4, b 3, c 2,
d 2 (batch 99: a 2, b 2, c 3, d 4).

The 16 cases have 4 179 samples in all (batch 99: 4 119), for a recording
budget of 1100 s; the longest, CY01, 370.  Every case of 285 samples or
more (CY01, CY02, CY07, CY14) uses ts_format "wire" (epoch seconds); the
ISO 8601 cases have 275 samples or fewer.  TimestampAscending for the
odd-numbered cases, CY01, CY03, ..., CY15 (batch 99: the even-numbered CV,
batch 96: the odd-numbered CS).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios101.py (unchanged: scenarios100.py's
scenarios at 11..1708, CX at 1709..1724) and lists the CY scenarios last
(1725..1740), as scenarios101.py runs scenarios100.py.  Seeds are
102001..102016, each case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw102/check_numbers.py, batch 101's adapted): CY16's
102016 gave PR 612174, the pipeline number of AW07, so CY16 has 102116;
the fifteen others are the first tried.  The intervals stay the draws of
the first seed, gen_intervals(1020NN, ...).
Dates follow CX's: 2031-07-04 (CY01) to 2031-07-19 (CY16).

The mix (/work/tracelab-raw102/draws.py, draws.out, design.py, design.out):
  long-interval: CY01 d, culprit #4 of 5 at 12:40 after 30, 25, 30 and 25
    min, then one 230 min interval to 16:30, then 30 min still leaking
    (batch 99: c #2 of 3 at 12:50, 240 min; 96: a #3 of 4 at 12:35, 245);
  culprit-last: CY02 c, the last deploy #5 of 5 at 13:50 with 140 min
    after it (batch 99: d #2 of 2, 150 min; 96: b #3 of 3, 140 min);
  limit-raise: CY03 a with BU03's load, culprit #1 at 12:45 (90 min
    interval, should OOM about an hour in), limit 320 -> 752 MiB (heap 160
    -> 376 MB; batches 74-99: 640, 768, 768, 720, 640, 704, 672, 736, 688,
    660) at #2 at 14:15, then #3 at 14:55 (batch 99: c #2, the raise at
    #3; 96: d #3, the raise at #4);
  multi-task: CY04 d on three tasks with rolling deploys 11 min apart
    (batches 74-99: 3, 4, 5, 6, 5, 4, 7, 8, 10, 9), culprit #2 of 4 at
    13:21 (batch 99: a #2 of 3; 96: c #3 of 4);
  quick-followup: CY05 a, culprit #4 at 13:15 followed 6 min later by an
    unrelated #5 (batches 74-99: 15, 12, 10, 14, 12, 13, 11, 9, 7, 8 min;
    batch 99: the culprit #2, 96: #3);
  flag-flip: CY06 b behind silkeborg_naestved_monaka_quote_memo, on at
    13:59:30, 100 min into v4's 140 min interval, the series' fourth
    (batch 99: 85 into v2's 130; 96: 80 into v3's 125; 101: 65 into v3's
    115);
  slow-leak: CY07 a at ~1.5 %/h, #2 of 4 at 13:15, 90 and 85 min, then 30
    (batch 99: b #3 of 4; 96: d #2 of 3);
  fixed-later: CY08 c, the culprit #1 at 13:22, #2 still leaking, the fix
    #3 at 15:07 named in labels.json (batch 99: a #2 fixed by #4; 96: b #3
    fixed by #5);
  culprit-early: CY09 b, the culprit #1 after 60 min of v1 (batch 99: 55,
    96: 40, 101: 50);
  oom-fast: CY10 a, BZ10's load, culprit #3 of 3 at 13:10 (85 min
    interval, the last; batch 99: d #2 of 3; 96: c #2 of 4);
  frequent-deploys: CY11 b, 9 deploys 16-37 min apart, the culprit #4 at
    13:19 (own 32 min; of #3..#9 of the draw, #4, #7 and #8 had an own
    interval of 25 min or more; batch 99: #7 of 8, 96: #5 of 9), 22
    lines, 400 SKUs;
  healthy: CY12 a step at #2 of 5 (12:16) on the quote route (60000
    entries at boot; batch 99: orders at #3 of 5, 96: quote at #5 of 6),
    CY13 a bounded LRU of 1325 entries (no scenario used it before) with
    4 deploys 41-55 min apart from 14:40, the afternoon peak into the
    early evening (batch 99: 1200 from 09:30, 96: 1125 from 12:20), CY14
    kind none on the orders route with one 230 min interval 14:30-18:20
    (batch 99: quote, 13:00-16:45; 96: orders, 11:15-15:10), CY15 kind f
    from 08:10 (0.47 of the peak) up the morning rise into the lunch bump
    to 12:39 (0.99; batch 99: the night fall from 21:30, 96: the evening
    fall from 17:20), CY16 kind none on the quote route with 10 deploys
    17-30 min apart from 15:40 into the evening (batch 99: orders from
    13:30, 96: quote from 09:40).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
99's case by case (CY01 320, CY02 300, CY03 320, CY04 300, CY05 320, CY06
320, CY08 320, CY09 320, CY10 300, CY11 320, CY12 320, CY13 300, CY14 320,
CY15 300, CY16 320), but for CY07 (a slow a at 300 MiB, as CV07: at 320
MiB no a pair of 2-4 KB at 25-90 req/s is within 0.4 % of ~1.5 %/h).

Split (split102.json, written by /work/tracelab-raw102/make_split.py before
recording): every regime has a single case, so 0 dev, 16 validation, with
batch 99's regime tags.  11 leaking (a: CY03, CY05, CY07, CY10; b: CY06,
CY09, CY11; c: CY02, CY08; d: CY01, CY04; CY06 with no culprit deploy;
CY08 fixed two deploys later), 5 healthy (CY12 step, CY13 e, CY14 and
CY16 none, CY15 f).

Loads by the units batch 101's section gives for the next batch (the rule
over batches 99-101; %/h per unit of load, size x rate, at peak traffic
at 256 MiB; x 256 / limit for another limit; per task the load divided by
the number of tasks): frequent a 0.0215, b 0.00273, c 0.0105, d 0.0163; an
hour or more a 0.0158, b 0.00313, c 0.0120, d 0.0109.  The frequent unit
for CY11, the units over an hour or more for every other leaking case.
Every leaking case aims at ~5 %/h of its limit at peak (per task for
CY04), but the slow leak CY07 at ~1.5 %/h; each load rounded so the unit
gives the aim within 0.4 % (/work/tracelab-raw102/loads.py, loads.out):
  CY01 d 7 KB at 82, 320 MiB; CY02 c 5 KB at 98, 300; CY04 d 7 KB at 230
  over 3 tasks, 300; CY05 a 5 KB at 79, 320; CY06 b 20 lines at 100, 320;
  CY07 a 3 KB at 37, 300 (~1.5); CY08 c 6 KB at 87, 320; CY09 b 18 lines
  at 111, 320; CY11 b 22 lines at 104, 320.  Not by the units: CY03 a 48
  KB at 193, 320 MiB, heap 160 MB, then 752 MiB and heap 376 MB from #2
  (BU03's load); CY10 a 64 KB at 193, 300 MiB, heap 160 MB (BZ10's load).
  Healthy, earlier loads: CY12 step, quote 20 lines at 95 (400 SKUs) with
  60000 entries, 320 MiB; CY13 LRU_MAX 1325, 9000 SKUs, quote 22 lines at
  95, 300 MiB; CY14 orders 5 KB at 90, 320 MiB; CY15 report 450 KB held
  430 ms at 100 req/s, 72 load threads, 300 MiB; CY16 quote 20 lines at 95
  (400 SKUs), 320 MiB.  Heap 160 MB everywhere but CY03 after its raise.
  The "~N %/h" in the notes are these aims, not measurements (see the
  README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCX = runpy.run_path(os.path.join(_HERE, "scenarios101.py"))["SCENARIOS"]   # 11..1724 (scenarios100.py's 11..1708, CX 1709..1724)

_CY01 = [30, 25, 30, 25, 230, 30]        # long interval d: culprit #4 at 12:40, 230 min to 16:30, then 30 min
_CY02 = [30, 30, 25, 30, 30, 140]        # culprit-last c: #5 of 5 at 13:50, 140 min of evidence
_CY03 = [45, 90, 40, 35]                 # limit raise a (BU03's load): culprit #1 at 12:45, raise at #2 at 14:15
_CY05 = [30, 30, 30, 35, 6, 80, 40]      # quick follow-up a: culprit #4 at 13:15, the unrelated #5 6 min later
_CY06 = [30, 35, 30, 140, 40]            # flag flip b: on 100 min into v4's 140 min interval (the series' fourth)
_CY07 = [45, 40, 90, 85, 30]             # slow a: culprit #2 at 13:15, 90, 85 and 30 min leaking
_CY10 = [40, 35, 40, 85]                 # oom-fast a (BZ10's load): culprit #3 of 3 at 13:10 in an 85 min interval
_CY14 = [35, 230, 35]                    # healthy long, orders: one 230 min interval 14:30-18:20

CY_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CY01-d-long-interval-230-culprit-4-320", seed=102001, kind="d", culprit=4,
         intervals=list(_CY01),
         start="2031-07-04T10:50:00Z", service="odense-aarhus-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=82, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/odense-mochi-timers", "Confirm odense aarhus bookings from delayed mochi timers"),
         note="culprit #4 at 12:40 after 30, 25, 30 and 25 min healthy intervals, then one 230 min (3 h 50) "
              "interval (12:40-16:30) from the lunch bump through the peak into the late afternoon; ~5 %/h of 320 "
              "MiB at peak; #5 at 16:30 still leaks (30 min); epoch, ascending"),
    dict(name="CY02-c-culprit-last-5-300", seed=102002, kind="c", culprit=5,
         intervals=list(_CY02),
         start="2031-07-05T11:25:00Z", service="aalborg-esbjerg-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=98, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/aalborg-dango-listeners", "Tell open aalborg esbjerg bookings when a dango frees"),
         note="the culprit is the last deploy #5 at 13:50: one 140 min interval of evidence (to 16:10) after 30, "
              "30, 25, 30 and 30 min healthy ones; ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="CY03-a-limit-raise-752", seed=102003, kind="a", culprit=1,
         limit_raise={"deploy": 2, "limit_mib": 752, "heap_mb": 376},
         intervals=list(_CY03),
         start="2031-07-06T12:00:00Z", service="randers-kolding-orders",
         profile="orders", params={"payload_kb": 48}, peak_rps=193, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/randers-daifuku-history", "Keep randers kolding orders for the daifuku history"),
         limit_pr_title=("ops/randers-kolding-orders-memory-752", "Give the randers kolding orders task 752 MiB of memory after OOM restarts"),
         note="leak from #1 at 12:45 (BU03's load, 48 KB orders at 193 req/s, heap 160 MB; BU03's OOM 64 min in, "
              "CG03's 63, CP03's 62) should OOM about an hour in, within #1's 90 min; limit 320 -> 752 MiB (heap "
              "376 MB) at #2 at 14:15, the percentages fall to 0.43 of the old scale and the leak goes on through "
              "#2 (40 min) and #3 (35 min); ascending"),
    dict(name="CY04-d-three-tasks-culprit-2-300", seed=102004, kind="d", culprit=2, tasks=3, roll_gap=11,
         intervals=gen_intervals(102004, 4, lo=45, hi=60),
         start="2031-07-07T11:30:00Z", service="horsens-vejle-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=230, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/horsens-yokan-timers", "Confirm horsens vejle bookings from delayed yokan timers"),
         note="3 tasks, rolling deploys 11 min apart per task; 4 deploys 51-59 min apart, culprit #2 of 4 at 13:21 "
              "(54, 51 and 46 min leaking, to 15:52); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl"),
    dict(name="CY05-a-quick-followup-culprit-4-320", seed=102005, kind="a", culprit=4,
         intervals=list(_CY05),
         start="2031-07-08T11:10:00Z", service="roskilde-herning-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=79, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/roskilde-dorayaki-history", "Keep roskilde herning orders for the dorayaki history"),
         note="culprit #4 at 13:15 runs only 6 min before an unrelated follow-up #5 at 13:21 (which still leaks, "
              "80 min), then #6 at 14:41 (40 min, to 15:21); ~5 %/h of 320 MiB at peak; ascending"),
    dict(name="CY06-b-flag-flip-320", seed=102006, kind="b", flag="silkeborg_naestved_monaka_quote_memo",
         flag_at=sum(_CY06[:3]) + 100, intervals=list(_CY06),
         start="2031-07-09T10:45:00Z", service="silkeborg-naestved-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag silkeborg_naestved_monaka_quote_memo on at 13:59:30, 100 min after #3 and 40 "
              "min before #4 (v4's interval 140 min, the series' fourth), then #4 (40 min, to 15:20); quotes "
              "memoised per monaka and customer (~5 %/h of 320 MiB at peak) from then on; good releases warm a "
              "per-SKU cache (400 SKUs)"),
    dict(name="CY07-a-slow-leak-culprit-2-300", seed=102007, kind="a", culprit=2,
         intervals=list(_CY07),
         start="2031-07-10T11:50:00Z", service="fredericia-viborg-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=37, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/fredericia-taiyaki-history", "Keep fredericia viborg orders for the taiyaki history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:15 after 45 and 40 min healthy intervals; "
              "90, 85 and 30 min leaking intervals (to 16:40); epoch, ascending"),
    dict(name="CY08-c-fixed-two-later-320", seed=102008, kind="c", culprit=1, fixed=3,
         intervals=gen_intervals(102008, 4, lo=40, hi=55),
         start="2031-07-11T12:35:00Z", service="koge-holstebro-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=87, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/koge-manju-listeners", "Tell open koge holstebro bookings when a manju frees"),
         fixed_pr_title=("fix/koge-manju-listeners-removed", "Remove the manju listener when a koge holstebro booking finishes"),
         note="leak from #1 at 13:22 (53 min, then #2 52 min still leaking; ~5 %/h of 320 MiB at peak) after a 47 "
              "min healthy v1; fixed two deploys later by #3 at 15:07 (44 min), then #4 (40 min, to 16:31)"),
    dict(name="CY09-b-culprit-first-after-60-320", seed=102009, kind="b", culprit=1,
         intervals=gen_intervals(102009, 4, {0: 60}, lo=30, hi=60),
         start="2031-07-12T12:20:00Z", service="slagelse-taastrup-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/slagelse-senbei-quote-memo", "Memoise slagelse taastrup quotes per senbei and customer"),
         note="culprit is the first deploy #1 at 13:20, after 60 min of v1; every later interval leaks (40, 52, 60 "
              "and 32 min, to 16:24; ~5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CY10-a-oom-fast-culprit-3-300", seed=102010, kind="a", culprit=3,
         intervals=list(_CY10),
         start="2031-07-13T11:15:00Z", service="svendborg-hjorring-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=193, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/svendborg-ohagi-history", "Keep svendborg hjorring orders for the ohagi history"),
         note="leak from #3 of 3 at 13:10, 64 KB orders at 193 req/s (BZ10's load, its OOM 46 min in; CG10's, "
              "CP10's 49): OOM within about an hour of the onset (heap 160 MB), in #3 (85 min, the last interval, "
              "to 14:35)"),
    dict(name="CY11-b-frequent-deploys-culprit-4-320", seed=102011, kind="b", culprit=4,
         intervals=gen_intervals(102011, 9, lo=15, hi=45),
         start="2031-07-14T11:45:00Z", service="holbaek-ringsted-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/holbaek-kasutera-quote-memo", "Memoise holbaek ringsted quotes per kasutera and customer"),
         note="9 deploys 16-37 min apart from 11:45, culprit #4 at 13:19 (6 leaking intervals, 18-37 min, to "
              "16:01; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CY12-step-quote-culprit-2-320", seed=102012, kind="step", culprit=2,
         intervals=gen_intervals(102012, 5, lo=35, hi=50),
         start="2031-07-15T11:00:00Z", service="haderslev-skive-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/haderslev-uiro-table-at-boot", "Load the haderslev uiro table at boot"),
         note="level shift at #2 of 5 (12:16), quote route (20 lines at 95 req/s, 400 SKUs); 5 deploys 36-45 min "
              "apart (36, 38, 44 and 45 min after the step, to 14:59); no trend after; must not alarm"),
    dict(name="CY13-e-lru-afternoon-evening-1325-300", seed=102013, kind="e",
         intervals=gen_intervals(102013, 4, lo=40, hi=55),
         start="2031-07-16T14:40:00Z", service="nyborg-thisted-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1325"}, scan_by="TimestampAscending",
         note="bounded LRU (1325 entries) refilling after each of 4 deploys 41-55 min apart, from 14:40 through "
              "the afternoon peak into the early evening to 18:33; must not alarm; ascending"),
    dict(name="CY14-none-long-interval-orders-320", seed=102014, kind="none",
         intervals=list(_CY14),
         start="2031-07-17T13:55:00Z", service="grenaa-sonderborg-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, orders route; one 230 min (3 h 50) interval (14:30-18:20) from the afternoon peak into the "
              "early evening between 35 min ones; must not alarm; epoch"),
    dict(name="CY15-f-load-morning-rise-300", seed=102015, kind="f", workers=72,
         intervals=gen_intervals(102015, 3, lo=55, hi=75),
         start="2031-07-18T08:10:00Z", service="nakskov-skagen-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from 08:10 (0.47 of the peak) up the morning rise into the lunch "
              "bump to 12:39 (0.99), across 3 deploys 56-73 min apart; must not alarm; ascending"),
    dict(name="CY16-none-frequent-quote-320", seed=102116, kind="none",
         intervals=gen_intervals(102016, 10, lo=16, hi=30),
         start="2031-07-19T15:40:00Z", service="ribe-tonder-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs), 15:40 from the afternoon peak into the "
              "evening to 19:59; 10 deploys 17-30 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCX + CY_SCENARIOS
