"""memblame's tracelab scenarios, batch 93: CP01..CP16 (real memory traces with labels).

(Named CP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-92 used AA..AZ, BA..BZ and CA..CO.  No case
folder, scenario name or split entry on main or here starts with "CP";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 93"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios93.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios93.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw93 CP01-... CP16-...

(The rarer regimes of batch 90 (its template; batches 74, 77, 79, 81, 84
and 87 of the same kind).  tracelab has no time compression, so the long
interval is 250 min (CP01, 370 samples, the longest case) and the healthy
long one 240 min (CP14, 310); the 16 cases have 4 229 samples in all, for a
recording budget of 1100 s.  Every case of 290 samples or more (CP01, CP02,
CP14) uses ts_format "wire" (epoch seconds), so that no metrics.json comes
near the 30 KB limit for an uncompressed file; the ISO 8601 cases have 280
samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios92.py (unchanged: scenarios91.py's
scenarios at 11..1564, CO at 1565..1580) and lists the CP scenarios last
(1581..1596), as scenarios92.py runs scenarios91.py.  Seeds are
93001..93016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw93/check_numbers.py, batch 92's adapted); the intervals
stay the draws of the first seed, gen_intervals(930NN, ...).

The mix, as batch 90 (the rarer regimes), the kinds rotated away from
batches 87 and 90 in every regime (batch 87: long-interval c, culprit-last
d, limit-raise d, multi-task a, quick-followup c, flag-flip d, slow b,
fixed-later a, culprit-early d, oom-fast c; batch 90: d, c, c, d, a, b, a,
c, b, d; here b, a, a, b, b, a, c, d, a, a): of the two kinds each regime
leaves, the one batch 84 did not use (batch 84: a, b, a, c, d, c, d, b, c,
a), as batch 90's choices all avoided batch 81's, but where a load known to
OOM decided: limit-raise and oom-fast leave a and b, and no b load is known
to OOM within about an hour, so both take a, with batch 84's loads (BU03's
as CG03, BZ10's as CG10); the frequent-deploys case stays a b.  Leaking
kinds a 5, b 4, c 1, d 1 (batch 90: a 2, b 3, c 3, d 3):
  long-interval: b at ~3 %/h, culprit #2 of 3 at 12:05 after 45 and 40 min,
    one 250 min interval from the lunch bump through the peak into the late
    afternoon (to 16:15), then 35 min still leaking (batches 74-90: the
    culprit #2, #3, #2, #3, #2, #2, #3) (CP01);
  culprit-last: a, the last deploy #4 of 4 at 14:25 with 145 min after it
    (CP02);
  limit-raise: a with BU03's load (48 KB orders at 193 req/s, 300 MiB, heap
    160 MB; BU03's OOM 64 min after its onset, CG03's 63), culprit #2 at
    12:45 (90 min; batches 74-90 #3, #2, #2, #2, #2, #2, #3), then the limit
    raised 300 -> 736 MiB (heap 160 -> 368 MB; batches 74-90: 640, 768,
    768, 720, 640, 704, 672) at #3 at 14:15 (35 min), #4 at 14:50 (30 min)
    (CP03);
  multi-task: b on 3 tasks with rolling deploys 8 min apart (batches 74-90:
    3, 4, 5, 6, 5, 4 and 7), the culprit #2 of 4 at 12:50 (CP04;
    metrics-ci.jsonl, gzipped after recording as every earlier multi-task
    case);
  quick-followup: b, culprit #2 at 13:05, the unrelated #3 9 min later (80
    min, still leaking; batches 74-90: 15, 12, 10, 14, 12, 13 and 11 min),
    #4 at 14:34 (40 min) (CP05);
  flag-flip: a behind a flag switched on at 13:59:30, 70 min into v3's 120
    min interval, the series' third (batches 74-92: 55 min into v2, 40 into
    v4, 55 into v4, 65 into v3, 60 into v2, 65 into v3, 50 into v3, 60
    into v4, 45 into v2, 55 into v2), no deploy to blame (CP06);
  slow-leak: c at ~1.5 %/h (3 KB at 67 req/s, as CD07's and CF07's 3 KB),
    culprit #2 of 3 at 13:00 after 50 and 35 min, then 105 and 90 min
    leaking (CP07);
  fixed-later: d fixed two deploys later (the culprit #2 at 12:51, #3 still
    leaking, the fix #4 at 14:18 named in labels.json; batch 90: #3 fixed
    by #5) (CP08);
  culprit-early: a, the culprit #1 at 13:10 after 30 min of v1 (batches
    74-90: 40, 45 and 50 min; batch 92: 35) (CP09);
  oom-fast: a with BZ10's load (64 KB at 193 req/s, 320 MiB, heap 160 MB;
    BZ10's OOM 46 min after its onset, as CG10), culprit #3 of 4 at 12:55
    in an 80 min interval, then 35 min (batches 84-90: #2) (CP10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 8 deploys
    15-43 min apart, the culprit #4 at 13:21 (own 28 min; of #3..#8 of the
    draw #3, #4, #7 and #8 had an own interval of 25 min or more; batch 90
    took #3) (CP11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #4
    of 5 on (14:27), orders route (batches 90 and 92: quote) (CP12);
  healthy-lru: a bounded LRU of 925 entries (no scenario used it before)
    with 4 deploys 41-53 min apart from 07:30 up the morning rise (to
    11:23) (CP13);
  healthy-long: kind none on the quote route (20 lines at 95 req/s, 400
    SKUs), one 240 min interval 08:30-12:30 up the morning rise into the
    lunch bump between 35 min ones (batch 90: orders, 16:55-21:00) (CP14);
  healthy-load: kind f, reports in flight following the load from the
    small hours (03:10) up the dawn rise (07:40) (batch 90: the late morning
    through the lunch bump; batch 92: the evening fall) (CP15);
  healthy-frequent: kind none on the orders route (6 KB at 90 req/s), 10
    deploys 16-30 min apart from 10:35 (batches 90 and 92: quote, 91:
    orders) (CP16).

Split (Tests/Traces/split93.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`,
the others `validation`; every single case is `validation`.  Every regime
has a single case, so 0 dev, 16 validation.  11 leaking (a: CP02, CP03,
CP06, CP09, CP10; b: CP01, CP04, CP05, CP11; c: CP07; d: CP08; CP06 with
no culprit deploy; CP08 fixed two deploys later), 5 healthy (CP12 step,
CP13 e, CP14 and CP16 none, CP15 f).

Loads by the units batch 92's README section gives for the next batch (the
rule over batches 90-92; %/h per unit of load at peak traffic at 256 MiB;
multiply by 256 / limit for another limit; per task divide the load by the
number of tasks) (/work/tracelab-raw93/units.py reproduces them, units.out):
  a 0.0251 frequent (not used), 0.0193 over an hour or more;
  b 0.00293 frequent, 0.00355 over an hour or more;
  c 0.00914 frequent (not used), 0.00873 over an hour or more;
  d 0.0156 frequent (not used), 0.0112 over an hour or more.
The frequent unit for the frequent-deploys b, the units over an hour or
more for every other leaking case.  Each load rounded so the unit gives the
aim within 0.4 % (/work/tracelab-raw93/design.py, batch 92's adapted,
design.out): a 4-7 KB at 40-100 req/s (at 300 MiB no pair of these is
within 0.4 % of ~4.5 %/h, 4 KB at 68 being 0.45 % off, so every a by the
units is at 320 MiB, 4 KB at 73), b 15-22 lines at 80-119 (the long b
10-14 lines at 60-119: 15 lines at 80 would give 3.6 %/h; the frequent b
18 lines, none of batches 86, 89 and 92's frequent b's), c slow 2-3 KB at
40-100, d 4-6 KB at 70-110, b over three tasks 15-22 lines at 240-357.
Aims at peak traffic:
  long-interval ~3 %/h (CP01 b 10 lines at 99, 300 MiB); culprit-last ~4.5
  (CP02 a 4 KB at 73, 320); multi-task ~4.5 per task (CP04 b 15 lines at
  317 over 3 tasks, 320); quick-followup ~4.5 (CP05 b 15 lines at 99, 300);
  flag-flip ~4.5 (CP06 a 4 KB at 73, 320); slow-leak ~1.5 (CP07 c 3 KB at
  67, 300); fixed-later ~5 (CP08 d 6 KB at 87, 300); culprit-early ~4.5
  (CP09 a 4 KB at 73, 320); frequent-deploys ~5 (CP11 b 18 lines at 111,
  300).  Not by the units: CP03 a 48 KB at 193, 300 MiB, heap 160 MB, then
  736 MiB and heap 368 MB from #3 (BU03's load); CP10 a 64 KB at 193, 320
  MiB, heap 160 MB (BZ10's load).  Every b is on the quote route with 400
  SKUs (a bounded per-SKU cache in good releases).  Healthy, earlier loads:
  CP12 step, orders 5 KB at 95 with 60000 entries (as CD12 and CJ12), 300
  MiB; CP13 LRU_MAX 925, 9000 SKUs, quote 22 lines at 95 (as CM13), 320
  MiB; CP14 quote 20 lines at 95 with 400 SKUs (as CM16), 300 MiB; CP15
  report 450 KB held 430 ms at 100 req/s, 72 load threads (as CM15), 320
  MiB; CP16 orders 6 KB at 90 (as CM14), 300 MiB.  Heap 160 MB everywhere
  but CP03 after its raise.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCO = runpy.run_path(os.path.join(_HERE, "scenarios92.py"))["SCENARIOS"]   # 11..1580 (scenarios91.py's 11..1564, CO 1565..1580)

_CP01 = [45, 40, 250, 35]           # long interval b: culprit #2 at 12:05, 250 min (4 h 10) to 16:15, then 35 min
_CP02 = [35, 45, 40, 35, 145]       # culprit-last a: #4 of 4 at 14:25, 145 min of evidence
_CP03 = [50, 40, 90, 35, 30]        # limit raise a (BU03's load): culprit #2 at 12:45, raise at #3 at 14:15
_CP05 = [45, 40, 9, 80, 40]         # quick follow-up b: culprit #2 at 13:05, the unrelated #3 9 min later
_CP06 = [40, 45, 120, 40]           # flag flip a: on 70 min into v3's 120 min interval (the series' third)
_CP07 = [50, 35, 105, 90]           # slow c: culprit #2 at 13:00, 105 and 90 min leaking
_CP10 = [40, 35, 30, 80, 35]        # oom-fast a (BZ10's load): culprit #3 at 12:55 in an 80 min interval
_CP14 = [35, 240, 35]               # healthy long, quote: one 240 min interval 08:30-12:30

CP_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CP01-b-long-interval-250-culprit-2-300", seed=93001, kind="b", culprit=2,
         intervals=list(_CP01),
         start="2031-01-28T10:40:00Z", service="twill-poplin-quotes",
         profile="quote", params={"detail": 10, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/twill-boucle-quote-memo", "Memoise twill poplin quotes per boucle and customer"),
         note="culprit #2 at 12:05 after 45 and 40 min healthy intervals, then one 250 min (4 h 10) interval "
              "(12:05-16:15) from the lunch bump through the peak into the late afternoon; ~3 %/h of 300 MiB at "
              "peak; #3 at 16:15 still leaks (35 min); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CP02-a-culprit-last-4-320", seed=93002, kind="a", culprit=4,
         intervals=list(_CP02),
         start="2031-01-29T11:50:00Z", service="jacquard-sateen-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=73, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/jacquard-voile-history", "Keep jacquard sateen orders for the voile history"),
         note="the culprit is the last deploy #4 at 14:25: one 145 min interval of evidence (to 16:50) after 35, "
              "45, 40 and 35 min healthy ones; ~4.5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="CP03-a-limit-raise-736", seed=93003, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 736, "heap_mb": 368},
         intervals=list(_CP03),
         start="2031-01-30T11:15:00Z", service="madras-tweed-orders",
         profile="orders", params={"payload_kb": 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/madras-cheviot-history", "Keep madras tweed orders for the cheviot history"),
         limit_pr_title=("ops/madras-tweed-orders-memory-736", "Give the madras tweed orders task 736 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:45 (BU03's load, 48 KB orders at 193 req/s, heap 160 MB; BU03's OOM 64 min in, "
              "CG03's 63) should OOM about an hour in, within #2's 90 min; limit 300 -> 736 MiB (heap 368 MB) at #3 "
              "at 14:15, the percentages fall to 0.41 of the old scale and the leak goes on through #3 (35 min) and "
              "#4 (30 min)"),
    dict(name="CP04-b-three-tasks-culprit-2-320", seed=93004, kind="b", culprit=2, tasks=3, roll_gap=8,
         intervals=gen_intervals(93004, 4, lo=45, hi=60),
         start="2031-01-31T11:05:00Z", service="melton-loden-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=317, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/melton-flannel-quote-memo", "Memoise melton loden quotes per flannel and customer"),
         note="3 tasks, rolling deploys 8 min apart per task; 4 deploys 52-60 min apart, culprit #2 at 12:50 (58, 52 "
              "and 58 min leaking, to 15:38); each task ~4.5 %/h of 320 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs); metrics-ci.jsonl; ascending"),
    dict(name="CP05-b-quick-followup-culprit-2-300", seed=93005, kind="b", culprit=2,
         intervals=list(_CP05),
         start="2031-02-01T11:40:00Z", service="corduroy-velour-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=99, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/corduroy-georgette-quote-memo", "Memoise corduroy velour quotes per georgette and customer"),
         note="culprit #2 at 13:05 runs only 9 min before an unrelated follow-up #3 at 13:14 (which still leaks, "
              "80 min), then #4 at 14:34 (40 min, to 15:14); ~4.5 %/h of 300 MiB at peak; good releases warm a "
              "per-SKU cache (400 SKUs)"),
    dict(name="CP06-a-flag-flip-320", seed=93006, kind="a", flag="chiffon_dimity_nainsook_history",
         flag_at=sum(_CP06[:2]) + 70, intervals=list(_CP06),
         start="2031-02-02T11:25:00Z", service="chiffon-dimity-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=73, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag chiffon_dimity_nainsook_history on at 13:59:30, 70 min after #2 and 50 min "
              "before #3 (v3's interval 120 min, the series' third), then #3 (40 min, to 15:30); orders kept for "
              "the nainsook history (~4.5 %/h of 320 MiB at peak) from then on; ascending"),
    dict(name="CP07-c-slow-leak-culprit-2-300", seed=93007, kind="c", culprit=2,
         intervals=list(_CP07),
         start="2031-02-03T11:35:00Z", service="shantung-pongee-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=67, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/shantung-habutai-listeners", "Tell open shantung pongee bookings when a habutai frees"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #2 at 13:00 after 50 and 35 min healthy intervals; "
              "105 and 90 min leaking intervals (to 16:15)"),
    dict(name="CP08-d-fixed-two-later-300", seed=93008, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(93008, 5, lo=35, hi=55),
         start="2031-02-04T11:20:00Z", service="charmeuse-faille-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=87, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/charmeuse-grosgrain-timers", "Confirm charmeuse faille bookings from delayed grosgrain timers"),
         fixed_pr_title=("fix/charmeuse-grosgrain-timers-cleared", "Confirm charmeuse faille bookings at once, without grosgrain timers"),
         note="leak from #2 at 12:51 (43 min, then #3 44 min still leaking; ~5 %/h of 300 MiB at peak) after 40 and "
              "51 min healthy intervals; fixed two deploys later by #4 at 14:18 (46 min), then #5 (35 min, to 15:39); "
              "ascending"),
    dict(name="CP09-a-culprit-first-after-30-320", seed=93009, kind="a", culprit=1,
         intervals=gen_intervals(93009, 4, {0: 30}, lo=30, hi=70),
         start="2031-02-05T12:40:00Z", service="moire-serge-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=73, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/moire-whipcord-history", "Keep moire serge orders for the whipcord history"),
         note="culprit is the first deploy #1 at 13:10, after 30 min of v1; every later interval leaks (33, 70, 45 "
              "and 46 min, to 16:24; ~4.5 %/h of 320 MiB at peak)"),
    dict(name="CP10-a-oom-fast-culprit-3-320", seed=93010, kind="a", culprit=3,
         intervals=list(_CP10),
         start="2031-02-06T11:10:00Z", service="sailcloth-oilcloth-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=193, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/sailcloth-cretonne-history", "Keep sailcloth oilcloth orders for the cretonne history"),
         note="leak from #3 at 12:55, 64 KB orders at 193 req/s (BZ10's load, its OOM 46 min in; CG10's): OOM "
              "within about an hour of the onset (heap 160 MB), in #3 (80 min); #4 (35 min) still leaking"),
    dict(name="CP11-b-frequent-deploys-culprit-4-300", seed=93011, kind="b", culprit=4,
         intervals=gen_intervals(93011, 8, lo=15, hi=45),
         start="2031-02-07T11:15:00Z", service="toile-chintz-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/toile-moleskin-quote-memo", "Memoise toile chintz quotes per moleskin and customer"),
         note="8 deploys 15-43 min apart from 11:15, culprit #4 at 13:21 (5 leaking intervals, 28, 15, 23, 36 and "
              "43 min, to 15:46; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs)"),
    # ================================================================== healthy singles (all validation)
    dict(name="CP12-step-orders-culprit-4-300", seed=93012, kind="step", culprit=4,
         intervals=gen_intervals(93012, 5, lo=35, hi=50),
         start="2031-02-08T11:30:00Z", service="fustian-kersey-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/fustian-duffel-table-at-boot", "Load the fustian duffel table at boot"),
         note="level shift at #4 of 5 (14:27), orders route; 5 deploys 37-48 min apart (37 and 46 min after the "
              "step, to 15:50); no trend after; must not alarm; ascending"),
    dict(name="CP13-e-lru-morning-925-320", seed=93013, kind="e",
         intervals=gen_intervals(93013, 4, lo=40, hi=55),
         start="2031-02-09T07:30:00Z", service="houndstooth-herringbone-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "925"},
         note="bounded LRU (925 entries) refilling after each of 4 deploys 41-53 min apart, from 07:30 up the "
              "morning rise to 11:23; must not alarm"),
    dict(name="CP14-none-long-interval-quote-300", seed=93014, kind="none",
         intervals=list(_CP14),
         start="2031-02-10T07:55:00Z", service="paisley-ikat-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route (400 SKUs, no cache); one 240 min (4 h) interval (08:30-12:30) up the morning "
              "rise into the lunch bump between 35 min ones; must not alarm; epoch"),
    dict(name="CP15-f-load-small-hours-320", seed=93015, kind="f", workers=72,
         intervals=gen_intervals(93015, 3, lo=55, hi=75),
         start="2031-02-11T03:10:00Z", service="selvage-weft-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from the small hours (03:10) up the dawn rise to 07:40, across 3 "
              "deploys 65-73 min apart; must not alarm; ascending"),
    dict(name="CP16-none-frequent-orders-300", seed=93016, kind="none",
         intervals=gen_intervals(93016, 10, lo=16, hi=30),
         start="2031-02-12T10:35:00Z", service="treadle-distaff-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=300,
         note="no leak, orders route, 10:35 through the lunch bump into the afternoon to 14:50; 10 deploys 16-30 min "
              "apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCO + CP_SCENARIOS
