"""memblame's tracelab scenarios, batch 120: DQ01..DQ16 (real memory traces with labels).

(Named DQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-119 used AA..AZ, BA..BZ, CA..CZ and
DA..DP.  No case folder, scenario name or split entry on main or any other
branch starts with "DQ"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 120"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios120.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios120.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw120 DQ01-... DQ16-...

A blind validation batch of the rarer regimes, as batches 90, 93, 96, 99,
102, 105, 110, 113 and 117 (batch 117 its template, batch 113 its
predecessor), one case each.  The kinds are rotated away from batches 113
and 117 in every regime, as batch 117 rotated them away from batches 110
and 113 (batch 113: long-interval c, culprit-last d, limit-raise a,
multi-task a, quick-followup c, flag flip d, slow b, fixed-later a,
culprit-early d, oom-fast a; batch 117: d, c, d, d, a, b, a, c, b, c; here
b, a, c, b, b, a, c, d, a, d): of the two kinds each regime leaves, the one
batch 110 did not use (batch 110: a, b, c, c, d, c, d, b, c, d), but where
a load known to OOM decided: limit-raise leaves b and c, oom-fast b and d,
and no b load is known to OOM within about an hour (the three b cases in
real/ with an OOM restart, AM08, U14 and U36, still had theirs 92 min or
more after the onset; batches 113-119 added none), so limit-raise takes c
with BU10's load (75 KB x 178 req/s, as DG03, CS10 and DN10) and oom-fast
d with BW10's load (64 KB x 180 req/s, as DG10, CS03 and DN03): batch
110's kinds of these two regimes, the only choices there that avoid
batches 113 and 117 with a load known to OOM (as batch 117 took batch
105's for the same reason).  The frequent-deploys case stays a b.
Leaking kinds a 3, b 4, c 2, d 2 (batch 117: a 2, b 3, c 3, d 3; 113: a
4, b 2, c 2, d 3; 110: a 1, b 3, c 4, d 3; the rule alone would have
given b to limit-raise and oom-fast, a 3, b 6, c 1, d 1).

The 16 cases have 5 109 samples in all (batch 117: 4 826; 113: 4 555),
for a recording budget of 1100 s; the longest, DQ07, 419.  Every case of
300 samples or more (DQ01-DQ04, DQ06-DQ08, DQ10-DQ12) uses ts_format
"wire" (epoch seconds); the ISO 8601 cases have 298 samples or fewer.
TimestampAscending for the even-numbered cases, DQ02, DQ04, ..., DQ16
(batch 117: the odd-numbered DN, batch 113: the even-numbered DJ).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios119.py (unchanged: 11..2012,
scenarios118.py's 11..1996 and DP at 1997..2012) and lists the DQ
scenarios last (2013..2028), as scenarios119.py runs scenarios118.py.
Seeds are 120001..120016, a case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw120/check_numbers.py, batch 117's adapted;
seed_search.py): DQ16's 120016 gave PRs 712895 and 712902, pipeline
numbers of BF07, and 120116 PR 712908, another of BF07, so DQ16 has
120216 (its intervals stay the draw of 120016); the fifteen others are
the first tried.  Dates follow DP's: 2032-04-17 (DQ01) to 2032-05-02
(DQ16).

Lessons of batches 116-118 (README, their "What did not go as intended"),
applied here:
  - falls of 1.2 points or more about 33 min into a leaking interval cut
    the plain ratios of DM05 (0.64) and DM08 (0.45), and the cases of
    batches 117 and 118 kept at 33 min or less had none; where the regime
    allows it, the leaking intervals here are 25-32 min: the quick
    follow-up b DQ05 (31 and 30 after its culprit's 13), the fixed-later
    d DQ08 (29 and 27), the culprit-early a DQ09 (28-32) and the frequent
    b DQ11 (gaps 24-32, lo=24, hi=32, a range no scenario file used);
  - intervals of 20 min read their warm-up (batch 118: three of its five
    leaking intervals of 20 min read 2.6-3.3 %/h, DO14's two 20-21 min
    intervals after its step +39 and +51): no leaking interval here is
    under 25 min but the quick follow-up's own 13, and the step's two
    intervals are 38 and 37 min;
  - DN07's slow a with 1 KB orders read 2.59 (the memory a kind keeps
    per request does not shrink with the payload below a few KB), DO08's
    c (4 KB x 90) 0.54 and DO09's d (6 KB x 70) 0.65: the slow c DQ07 has
    5 KB bookings (at 35 req/s, the one pair within 0.4 % at 320 MiB),
    the d by the units 80 req/s or more (DQ08 4 KB x 127);
  - DM10 (a, 7 KB x 41 req/s) read 0.60: an a at 60 req/s or more where a
    pair within 0.4 % allows it (DQ02 4 KB x 61, DQ06 3 KB x 76; DQ09 4 KB
    x 57, the only other pair at 300 MiB but 6 x 38);
  - DM07's six healthy intervals of 20-30 min read faster than its slow a;
    DN07's of 35-40 min read -0.7 to +0.3 %/h: DQ07's seven healthy
    intervals before its slow culprit are 35-38 min;
  - kind f follows a traffic rise at high rates in part (DG15, 0.70 ->
    0.98 of the peak) and little else; batches 117-119 ran it up the
    morning rise from 08:45, 07:05 and 08:05: DQ15 runs up the
    late-morning rise into the lunch bump from 10:25 (0.69 -> 0.98 by
    12:30), then the afternoon plateau;
  - batch 118's first draft repeated batch 117's new values and loads:
    every value called new here was checked against every earlier
    scenario of every scenarios*.py file, scenarios119.py included
    (constraints.py); this file's first draft had a step at #3 of 8 (as
    batch 119's DP14, on quote) and an f from 07:55 (DP15 from 08:05),
    both changed before the commit, and no load is one of batches
    117-119's but DQ02's (DP06's, 4 KB x 61 at 320 MiB) and DQ06's (DP05's,
    3 KB x 76 at 300), where the only other pairs are an a under 60 req/s;
  - batch 110's lessons, held in batches 113 and 117, kept: the tasks of
    the multi-task case replaced within 6 min (two tasks, gap 5), the flag
    switched on 86 min before the next deploy, the quick follow-up 13 min
    after its culprit (batches 89-119: 11, 9, 7, 8, 6, 5, 4, 14, 12; 13
    last in batch 87's CJ05).

The mix (/work/tracelab-raw120/history.py, history.out, facts_all.py,
facts_all.out, plan.py, plan.out, design.py, design.out, constraints.py,
constraints.out):
  long-interval: DQ01 b, culprit #2 of 4 at 12:50 after 45 and 40 min,
    then one 228 min interval to 16:38, then 30 and 25 min still leaking
    (batch 117: d #3 of 5 at 12:50, 222 min; 113: c #7 of 8 at 13:15, 215;
    110: a #6 of 7 at 12:40, 235; 105: b #5 of 6 at 12:45, 225; 102: d #4
    of 5, 230; 99: c #2 of 3, 240; 96: a #3 of 4, 245; no leaking interval
    of 228 min before);
  culprit-last: DQ02 a, the last deploy #11 of 11 at 13:30 with 124 min
    after it, after eleven intervals of 15-20 min (batch 117: c #10 of
    10, 132 min; 113: d #8 of 8, 110; 116: d #9 of 9, 140; 119: a #7 of
    7, 126; 110: b #7 of 7, 115; no culprit-last case had #11 of 11 or 124
    min after it);
  limit-raise: DQ03 c with BU10's load, culprit #7 at 12:45 (80 min
    interval, should OOM within the hour: DN10's OOM 43 min in, DG03's
    45, CS10's 46, CM03's, CV03's and DB10's 47), then the limit raised
    300 -> 735 MiB (heap 160 -> 392 MB; batches 74-117: 640, 768, 768,
    720, 640, 704, 672, 736, 688, 660, 752, 675, 712, 690, 728; no heap of
    392 MB before) at the next deploy #8 at 14:05, then #9 at 14:45 (batch
    117: d #6, the raise at #7; 113: a #3, at #5; 110: c #5, at #6; 105: d
    #4, at #5; 102: a #1, at #2; no scenario had the culprit at #7 and the
    raise at #8);
  multi-task: DQ04 b on two tasks with rolling deploys 5 min apart (the
    second task replaced 5 min after the first; gap 5 last in batch 86's
    CI11; batches 89-119: 1, 2, 3, 4 and 6-13), whose culprit is #6 of 7
    at 13:30 (batch 117: d #5 of 6, 113: a #1 of 3, 110: c #4 of 6, 105: b
    #3 of 5, 102: d #2 of 4; 119: a #2 of 5; no multi-task case had #6 of
    7), intervals 42-54 min;
  quick-followup: DQ05 b, culprit #9 at 14:10 followed 13 min later by an
    unrelated #10 (31 min), then #11 (30 min) (batch 117 the culprit #8
    of 10, 113 #7 of 9, 110 #6 of 8, 105 #5 of 7, 102 #4 of 6; no quick
    follow-up at #9 of 11 before);
  flag-flip: DQ06 a behind kolasin_zabljak_pastrmka_history, on at
    13:27:30, 36 min into v9's 122 min interval, the series' ninth, 86
    min before the next deploy (batch 117: 38 into v8's 125; 113: 42 into
    v7's 120; 119: 47 into v5's 120; 116: 30 into v4's 125; 112: 25 into
    v3's 130; 110: 95 into v6's 135; no flag was switched on 36 min into
    an interval or in a v9 before: the flags before were in v2-v8);
  slow-leak: DQ07 c at ~1.5 %/h, #7 of 9 at 13:30 after 38, 35, 37, 35,
    36, 35 and 38 min, then 75, 60 and 30 min (batch 117: a #6 of 8; 113:
    b #5 of 7; 110: d #4 of 6; 105: c #3 of 5; 102: a #2 of 4; 116: a #6
    of 7; 119: b #4 of 7; no slow leak at #7 of 9 before);
  fixed-later: DQ08 d, the culprit #9 at 13:30, #10 still leaking, the
    fix #11 at 14:26 named in labels.json (batch 117: c #8 fixed by #10;
    113: a #7 by #9; 110: b #6 by #8; 105: d #5 by #7; 102: c #1 by #3;
    116: c #4 by #6; 119: d #6 by #8; no scenario had #9 fixed by #11);
  culprit-early: DQ09 a, the culprit #1 of 6 after 54 min of v1 (batch
    117: 57, #1 of 5; 113: 52, #1 of 2; 119: 48, #1 of 6; 116: 46, #1 of
    4; 112: 58, #1 of 5; 110: 75, #1 of 3; no culprit-#1 case had a v1 of
    54 min before), leaking intervals of 28-32 min;
  oom-fast: DQ10 d, BW10's load, culprit #8 of 9 at 13:30 (64 min
    interval; DN03's and DG10's OOM 45 min in, DB03's and CV10's 52,
    CM10's 53, CS03's 54), then #9 (35 min, still leaking; batch 117: c #7
    of 8, 65 min; 113: a #6 of 7, 70; 110: d #5 of 6, 75; 105: c #4 of 5,
    85; 102: a #3 of 3, 85; 99: d #2 of 3, 90; no case with a load known
    to OOM had an own interval of 64 min or under 65);
  frequent-deploys: DQ11 b, 11 deploys 24-32 min apart, the culprit #9 at
    13:30 (own 31 min; of the draw's positions whose own interval is 25
    min or more with 3 or more leaking intervals and whose number none of
    batches 102-117 had there, #1, #2 and #9, #9 is the one with a
    history of healthy releases before it; batch 117: #5 of 10, 113:
    #8 of 10, 110: #3 of 9, 105: #6 of 9, 102: #4 of 9, 99: #7 of 8, 96:
    #5 of 9), 17 lines (batches 96-117: 21, 19, 22, 16, 20, 15, 26), 400
    SKUs;
  healthy: DQ12 a step at #7 of 8 (13:30) on the orders route (60000
    entries at boot; batch 117: quote at #5 of 7, 113: orders at #1 of 4,
    110: quote at #6 of 7, 105: orders at #4 of 6, 102: quote at #2 of 5;
    119: quote at #3 of 8; no step on the orders route at #7 of 8 before),
    DQ13 a bounded LRU of 920 entries (no scenario used it) with 4
    deploys 42-50 min apart from 17:10 down the evening fall (to 20:52,
    0.98 -> 0.75 of the peak; batch 117: 1060 from 06:35, 113: 1240 from
    05:25, 110: 1110 from 22:40, 105: 1275 from 18:05, 102: 1325 from
    14:40; 119: 685 from 14:05 and 1850 from 09:25; no LRU started at
    17:10), DQ14 kind none on the quote route with one 205 min interval
    03:45-07:10, from the night trough up the dawn rise (0.28 -> 0.40 of
    the peak; batch 117: orders, 00:45-04:05, 200 min; 113: quote,
    17:40-21:10, 210; 110: orders, 06:45-10:25, 220; 105: quote,
    10:15-14:15, 240; no flat case had an interval of 205 min or started
    at 03:10), DQ15 kind f from 10:25 (0.69 of the peak) up the
    late-morning rise into the lunch bump (0.98 by 12:30) and on to 14:51
    (no f started at 10:25, the nearest 10:20 and 10:30; batch 117: 08:45,
    113: 03:50, 110: 10:50, 105: 19:10, 102: 08:10; 118: 07:05; 119:
    08:05), and DQ16 kind none on the orders route with 10 deploys 24-30
    min apart from 23:10 into the night trough (to 04:08; batch 117: quote
    from 21:15, 113: orders from 19:20, 110: quote from 17:15, 105: orders
    from 07:50; 119: quote from 15:20; no flat case started at 23:10, the
    latest start was 21:15).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
117's case by case (DQ01 300, DQ02 320, DQ03 300, DQ04 320, DQ05 300, DQ06
300, DQ07 320, DQ08 300, DQ09 300, DQ10 320, DQ11 300, DQ12 300, DQ13 320,
DQ14 300, DQ15 320, DQ16 300; batch 113's pattern again), with no
exception (every aim has a load within 0.4 % at its flipped limit,
loads.out).

Split (split120.json, written by /work/tracelab-raw120/make_split.py before
recording): every regime has a single case, so 0 dev, 16 validation, with
batch 117's regime tags (batch 113's, 110's and 105's).  11 leaking (a:
DQ02, DQ06, DQ09; b: DQ01, DQ04, DQ05, DQ11; c: DQ03, DQ07; d: DQ08, DQ10;
DQ06 with no culprit deploy; DQ08 fixed two deploys later), 5 healthy
(DQ12 step, DQ13 e, DQ14 and DQ16 none, DQ15 f).

Loads by batch 118's units for the next batch (the rule over batches 116,
117 and 118, at the end of batch 118's section, the last on this branch;
/work/tracelab-raw120/units.py, units.out, part 1, which reproduces and
asserts them; %/h per unit of load, size x rate, at peak traffic at 256
MiB; x 256 / limit for another limit; per task the load divided by the
number of tasks): frequent b 0.00354 (a 0.0262, c 0.00880, d 0.0108
frequent not used); an hour or more a 0.0256, b 0.00301, c 0.0107, d
0.0115 (the a over an hour or more rests on DN07's 2.59; without it
0.0195).  The frequent unit for DQ11, the units over an hour or more for
every other leaking case.  Every leaking case aims at ~5 %/h of its limit
at peak (per task for DQ04), but the slow leak DQ07 at ~1.5 %/h; each
load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw120/loads.py, loads.out; the pair with the smallest
error in batch 117's ranges, a two-task b 15-27 lines at 160-250 and a
slow c 2-5 KB at 30-130 added; ties of equal error the lower rate, but an
a not under 60 req/s; a c or d at 80 req/s or more; no pair of batches
117-119 for the same kind and limit unless only an a under 60 is left;
DQ05 and DQ09 the next pair, since their lists are DQ01's and DQ06's; the
frequent b the line count with the smallest error among those batches
96-117's frequent b did not have, and not DP02's 18 x 92):
  DQ01 b 24 lines at 81, 300 MiB; DQ02 a 4 KB at 61, 320; DQ04 b 24 lines
  at 173 over 2 tasks, 320; DQ05 b 18 lines at 108, 300; DQ06 a 3 KB at
  76, 300; DQ07 c 5 KB at 35, 320 (~1.5); DQ08 d 4 KB at 127, 300; DQ09 a
  4 KB at 57, 300; DQ11 b 17 lines at 97, 300.  Not by the units: DQ03 c
  75 KB at 178, 300 MiB, heap 160 MB, then 735 MiB and heap 392 MB from
  #8 (BU10's load, as CS10 and DN10 at 300 MiB); DQ10 d 64 KB at 180, 320
  MiB, heap 160 MB (BW10's load, as CS03 and DN03 at 320).  Healthy,
  earlier loads: DQ12 step, orders 5 KB at 95 with 60000 entries, 300 MiB
  (as DO14 and DM14); DQ13 LRU_MAX 920, 9000 SKUs, quote 22 lines at 95,
  320 MiB (as DN13 and DO11-DO13); DQ14 quote 20 lines at 95 (400 SKUs),
  300 MiB (as DN16 and DJ14); DQ15 report 450 KB held 430 ms at 100 req/s,
  72 load threads, 320 MiB (as DN15 and DO15); DQ16 orders 5 KB at 90,
  300 MiB (as DO16 and DN14).  Heap 160 MB everywhere but DQ03 after its
  raise.  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDP = runpy.run_path(os.path.join(_HERE, "scenarios119.py"))["SCENARIOS"]   # 11..2012 (scenarios118.py's 11..1996, DP 1997..2012)

_DQ01 = [45, 40, 228, 30, 25]                                   # long interval b: culprit #2 of 4 at 12:50, 228 min to 16:38, then 30 and 25 min
_DQ02 = [17, 20, 15, 19, 16, 18, 20, 17, 15, 19, 18, 124]       # culprit-last a: #11 of 11 at 13:30, 124 min of evidence
_DQ03 = [25, 30, 25, 30, 25, 30, 25, 80, 40, 35]                # limit raise c (BU10's load): culprit #7 at 12:45, raise at #8 at 14:05
_DQ05 = [20, 25, 20, 25, 20, 25, 20, 25, 20, 13, 31, 30]        # quick follow-up b: culprit #9 at 14:10, the unrelated #10 13 min later
_DQ06 = [30, 25, 30, 25, 30, 25, 30, 25, 122, 40]               # flag flip a: on 36 min into v9's 122 min interval (the series' ninth)
_DQ07 = [38, 35, 37, 35, 36, 35, 38, 75, 60, 30]                # slow c: culprit #7 of 9 at 13:30 after seven healthy intervals of 35-38 min
_DQ09 = [54] + gen_intervals(120009, 6, lo=25, hi=32)[1:]       # culprit-early a: v1 54 min, then the draw's 28-32 min intervals
_DQ10 = [25, 30, 25, 30, 25, 30, 25, 30, 64, 35]                # oom-fast d (BW10's load): culprit #8 of 9 at 13:30 in a 64 min interval
_DQ14 = [35, 205, 35]                                           # healthy long, quote: one 205 min interval 03:45-07:10

DQ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DQ01-b-long-interval-228-culprit-2-300", seed=120001, kind="b", culprit=2,
         intervals=list(_DQ01),
         start="2032-04-17T11:25:00Z", service="podgorica-niksic-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=81, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/podgorica-kacamak-quote-memo", "Memoise podgorica niksic quotes per kacamak and customer"),
         note="culprit #2 of 4 at 12:50 after 45 and 40 min healthy intervals, then one 228 min (3 h 48) interval "
              "(12:50-16:38) across the afternoon peak; ~5 %/h of 300 MiB at peak; #3 at 16:38 and #4 at 17:08 still "
              "leak (30 and 25 min, to 17:33); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="DQ02-a-culprit-last-11-320", seed=120002, kind="a", culprit=11,
         intervals=list(_DQ02),
         start="2032-04-18T10:16:00Z", service="pljevlja-cetinje-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=61, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/pljevlja-cicvara-history", "Keep pljevlja cetinje orders for the cicvara history"),
         note="the culprit is the last deploy #11 at 13:30: one 124 min interval of evidence (to 15:34) after eleven "
              "healthy intervals of 15-20 min from 10:16; ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="DQ03-c-limit-raise-735", seed=120003, kind="c", culprit=7,
         limit_raise={"deploy": 8, "limit_mib": 735, "heap_mb": 392},
         intervals=list(_DQ03),
         start="2032-04-19T09:35:00Z", service="budva-kotor-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/budva-priganice-listeners", "Tell open budva kotor bookings when a priganice frees"),
         limit_pr_title=("ops/budva-kotor-bookings-memory-735", "Give the budva kotor bookings task 735 MiB of memory after OOM restarts"),
         note="leak from #7 at 12:45 (BU10's load, 75 KB bookings at 178 req/s, heap 160 MB; DN10's OOM 43 min in, "
              "DG03's 45, CS10's 46, CM03's, CV03's and DB10's 47) should OOM within the hour, within #7's 80 min; limit "
              "300 -> 735 MiB (heap 392 MB) at the next deploy #8 at 14:05, the percentages fall to 0.41 of the old "
              "scale and the leak goes on through #8 (40 min) and #9 (35 min, to 15:20); epoch"),
    dict(name="DQ04-b-two-tasks-culprit-6-320", seed=120004, kind="b", culprit=6, tasks=2, roll_gap=5,
         intervals=gen_intervals(120004, 7, lo=42, hi=55),
         start="2032-04-20T08:49:00Z", service="tivat-ulcinj-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=173, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/tivat-popara-quote-memo", "Memoise tivat ulcinj quotes per popara and customer"),
         note="2 tasks, rolling deploys 5 min apart per task (the second task replaced 5 min after the first); 7 "
              "deploys 42-54 min apart from 08:49, culprit #6 of 7 at 13:30 (42 and 51 min leaking, to 15:03); each "
              "task ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch, "
              "ascending"),
    dict(name="DQ05-b-quick-followup-culprit-9-300", seed=120005, kind="b", culprit=9,
         intervals=list(_DQ05),
         start="2032-04-21T10:50:00Z", service="berane-rozaje-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/berane-rastan-quote-memo", "Memoise berane rozaje quotes per rastan and customer"),
         note="culprit #9 at 14:10 runs only 13 min before an unrelated follow-up #10 at 14:23 (which still leaks, "
              "31 min), then #11 at 14:54 (30 min, to 15:24); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU "
              "cache (400 SKUs)"),
    dict(name="DQ06-a-flag-flip-300", seed=120006, kind="a", flag="kolasin_zabljak_pastrmka_history",
         flag_at=sum(_DQ06[:8]) + 36, intervals=list(_DQ06),
         start="2032-04-22T09:12:00Z", service="kolasin-zabljak-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=76, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag kolasin_zabljak_pastrmka_history on at 13:27:30, 36 min after #8 and 86 min "
              "before #9 (v9's interval 122 min, the series' ninth), then #9 (40 min, to 15:34); orders kept for the "
              "pastrmka history (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="DQ07-c-slow-leak-culprit-7-320", seed=120007, kind="c", culprit=7,
         intervals=list(_DQ07),
         start="2032-04-23T09:16:00Z", service="danilovgrad-mojkovac-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=35, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/danilovgrad-prsut-listeners", "Tell open danilovgrad mojkovac bookings when a prsut frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #7 of 9 at 13:30 after 38, 35, 37, 35, 36, 35 and 38 min "
              "healthy intervals; 75, 60 and 30 min leaking intervals (to 16:15); epoch"),
    dict(name="DQ08-d-fixed-two-later-300", seed=120008, kind="d", culprit=9, fixed=11,
         intervals=gen_intervals(120008, 11, lo=25, hi=32),
         start="2032-04-24T09:17:00Z", service="plav-andrijevica-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=127, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/plav-kastradina-timers", "Confirm plav andrijevica bookings from delayed kastradina timers"),
         fixed_pr_title=("fix/plav-kajmak-timers-cleared", "Confirm plav andrijevica bookings at once, without kajmak timers"),
         note="leak from #9 at 13:30 (29 min, then #10 27 min still leaking; ~5 %/h of 300 MiB at peak) after nine "
              "healthy intervals of 25-31 min from 09:17; fixed two deploys later by the last deploy #11 at 14:26, "
              "then 26 min (to 14:52); epoch, ascending"),
    dict(name="DQ09-a-culprit-first-after-54-300", seed=120009, kind="a", culprit=1,
         intervals=list(_DQ09),
         start="2032-04-25T12:36:00Z", service="gusinje-savnik-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=57, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/gusinje-raznjici-history", "Keep gusinje savnik orders for the raznjici history"),
         note="culprit is the first deploy #1 of 6 at 13:30, after 54 min of v1; every later interval leaks (32, 28, "
              "31, 31, 29 and 28 min, to 16:29; ~5 %/h of 300 MiB at peak)"),
    dict(name="DQ10-d-oom-fast-culprit-8-320", seed=120010, kind="d", culprit=8,
         intervals=list(_DQ10),
         start="2032-04-26T09:50:00Z", service="pluzine-petnjica-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/pluzine-ustipci-timers", "Confirm pluzine petnjica bookings from delayed ustipci timers"),
         note="leak from #8 of 9 at 13:30, 64 KB bookings at 180 req/s (BW10's load; DN03's and DG10's OOM 45 min in, "
              "DB03's and CV10's 52, CM10's 53, CS03's 54): OOM within about an hour of the onset (heap 160 MB), in #8 "
              "(64 min); #9 (35 min, to 15:09) still leaking; epoch, ascending"),
    dict(name="DQ11-b-frequent-deploys-culprit-9-300", seed=120011, kind="b", culprit=9,
         intervals=gen_intervals(120011, 11, lo=24, hi=32),
         start="2032-04-27T09:11:00Z", service="virpazar-sutomore-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/virpazar-krempita-quote-memo", "Memoise virpazar sutomore quotes per krempita and customer"),
         note="11 deploys 24-32 min apart from 09:11, culprit #9 at 13:30 (3 leaking intervals, 25-31 min, to 14:55; "
              "its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="DQ12-step-orders-culprit-7-300", seed=120012, kind="step", culprit=7,
         intervals=gen_intervals(120012, 8, lo=30, hi=45),
         start="2032-04-28T09:08:00Z", service="petrovac-risan-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/petrovac-tufahije-table-at-boot", "Load the petrovac tufahije table at boot"),
         note="level shift at #7 of 8 (13:30), orders route (5 KB at 95 req/s); 8 deploys 32-42 min apart from 09:08 "
              "(38 and 37 min after the step, to 14:45); no trend after; must not alarm; epoch, ascending"),
    dict(name="DQ13-e-lru-evening-fall-920-320", seed=120013, kind="e",
         intervals=gen_intervals(120013, 4, lo=40, hi=55),
         start="2032-04-29T17:10:00Z", service="perast-tuzi-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "920"},
         note="bounded LRU (920 entries) refilling after each of 4 deploys 42-50 min apart, from 17:10 down the "
              "evening fall to 20:52; must not alarm"),
    dict(name="DQ14-none-long-interval-quote-300", seed=120014, kind="none",
         intervals=list(_DQ14),
         start="2032-04-30T03:10:00Z", service="igalo-bijela-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 205 min (3 h 25) interval (03:45-07:10) "
              "from the night trough up the dawn rise between 35 min ones; must not alarm; ascending"),
    dict(name="DQ15-f-load-late-morning-rise-320", seed=120015, kind="f", workers=72,
         intervals=gen_intervals(120015, 3, lo=55, hi=75),
         start="2032-05-01T10:25:00Z", service="dobrota-prcanj-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from 10:25 (0.69 of the peak) up the late-morning rise into the lunch "
              "bump (0.98 by 12:30), then the afternoon plateau to 14:51, across 3 deploys 59-74 min apart; must not "
              "alarm"),
    dict(name="DQ16-none-frequent-orders-300", seed=120216, kind="none",
         intervals=gen_intervals(120016, 10, lo=22, hi=30),
         start="2032-05-02T23:10:00Z", service="becici-grahovo-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route (5 KB at 90 req/s), 23:10 from the late evening into the night trough to 04:08; "
              "10 deploys 24-30 min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RDP + DQ_SCENARIOS
