"""memblame's tracelab scenarios, batch 117: DN01..DN16 (real memory traces with labels).

(Named DN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-116 used AA..AZ, BA..BZ, CA..CZ and
DA..DM.  No case folder, scenario name or split entry on main or any other
branch starts with "DN"; neither tracelab nor these files parse the prefix
of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 117"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios117.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios117.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw117 DN01-... DN16-...

A blind validation batch of the rarer regimes, as batches 90, 93, 96, 99,
102, 105, 110 and 113 (batch 113 its template), one case each.  The kinds
are rotated away from batches 110 and 113 in every regime, as batch 113
rotated them away from batches 105 and 110 (batch 110: long-interval a,
culprit-last b, limit-raise c, multi-task c, quick-followup d, flag flip
c, slow d, fixed-later b, culprit-early c, oom-fast d; batch 113: c, d, a,
a, c, d, b, a, d, a; here d, c, d, d, a, b, a, c, b, c): of the two kinds
each regime leaves, the one batch 105 did not use (batch 105: b, a, d, b,
b, a, c, d, a, c), but where a load known to OOM decided: limit-raise
leaves b and d, oom-fast b and c, and no b load is known to OOM within
about an hour (the three b cases in real/ with an OOM restart, AM08, U14
and U36, still had theirs 92 min or more after the onset; none of batches
113-116 added one), so limit-raise takes d with BW10's load (64 KB x 180
req/s, as CS03 and DB03) and oom-fast c with BU10's load (75 KB x 178
req/s, as CS10 and DB10): batch 105's kinds of these two regimes, the only
choices there that avoid batches 110 and 113 with a load known to OOM (as
batch 113 took batch 102's for the same reason).  The frequent-deploys
case stays a b.  Leaking kinds a 2, b 3, c 3, d 3 (batch 113: a 4, b 2, c
2, d 3; 110: a 1, b 3, c 4, d 3; 105: a 3, b 4, c 2, d 2; the rule alone
would have given b to limit-raise and oom-fast, a 2, b 5, c 2, d 2).

The 16 cases have 4 826 samples in all (batch 113: 4 555; 110: 4 598),
for a recording budget of 1100 s; the longest, DN07, 390.  Every case of
290 samples or more (DN01-DN08, DN10, DN12) uses ts_format "wire" (epoch
seconds); the ISO 8601 cases have 280 samples or fewer.
TimestampAscending for the odd-numbered cases, DN01, DN03, ..., DN15
(batch 113: the even-numbered DJ, batch 110: the odd-numbered DG).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios116.py (unchanged: 11..1964,
scenarios115.py's 11..1948 and DM at 1949..1964) and lists the DN
scenarios last (1965..1980), as scenarios116.py runs scenarios115.py.
Seeds are 117001..117016, a case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw117/check_numbers.py, batch 113's adapted;
seed_search.py): DN06's 117006 gave PRs 692648 and 692650, pipeline
numbers of BD10, so DN06 has 117106; DN10's 117010 gave PR 693987, a
pipeline number of BD12, so DN10 has 117110; the fourteen others are the
first tried.  The intervals of DN06 and DN10 are written out; those drawn
stay the draws of the first seed, gen_intervals(1170NN, ...).  Dates
follow DM's: 2032-02-29 (DN01) to 2032-03-15 (DN16).

Lessons of batches 113-116 (README, their "What did not go as intended"),
applied here:
  - falls of 1.2 points or more about 33 min into a leaking interval cut
    the plain ratio of DJ09 (0.67), DJ11 (0.44), batch 114's frequent b
    (9 of 29 intervals), DM05 (0.64) and DM08 (0.45); where the regime
    allows it, the leaking intervals here are 32 min or less: the
    fixed-later c DN08 (25 and 30 min), the culprit-early b DN09 (29-32)
    and the frequent b DN11 (gaps 16-32, batch 113: 16-44);
  - the slow leak: DJ07's slow b climbed no faster than its own healthy
    releases warming the per-SKU cache, and DM07's six healthy intervals
    of 20-30 min before its slow a read +3.7 to +13.3 %/h (windows 4-14
    min apart in a small service still warming); the slow case here is
    an a (the rotation) after six healthy intervals of 35-40 min;
  - kind f follows a traffic rise at high rates in part (DG15, 0.70 ->
    0.98 of the peak) and neither the dawn rise (DJ15, 0.28 -> 0.47) nor
    the flat midday (DM15) nor any fall (DI15, DK15); DN15 runs up the
    steepest part of the morning rise into the lunch bump (08:45-13:20,
    0.52 -> 1.00);
  - DM10 (a, 7 KB x 41 req/s, the lowest rate of its batch's a) read 0.60
    with no fall: a tie of equal error for an a goes to a pair of 60 req/s
    or more (DN05 4 KB x 81, not 6 KB x 54);
  - DL06 repeated CL06 (kind, position and minutes) and DM06's first
    design batch 115's DL08, found late: every value called new here was
    checked against every earlier scenario of every scenarios*.py file
    before this file was committed (constraints.py);
  - batch 110's lessons, held in batch 113, kept: the three tasks of the
    multi-task case replaced within 6 min (gap 3), the flag switched on
    87 min before the next deploy, the quick follow-up 12 min after its
    culprit (batches 89-116: 11, 9, 7, 8, 6, 5, 4, 14).

The mix (/work/tracelab-raw117/history.py, history.out, facts_all.py,
facts_all.out, draws.py, draws.out, design.py, design.out,
constraints.py, constraints.out):
  long-interval: DN01 d, culprit #3 of 5 at 12:50 after 40, 35 and 30 min,
    then one 222 min interval to 16:32, then 30 and 25 min still leaking
    (batch 113: c #7 of 8 at 13:15, 215 min; 110: a #6 of 7 at 12:40, 235;
    105: b #5 of 6 at 12:45, 225; 102: d #4 of 5, 230; 99: c #2 of 3, 240;
    96: a #3 of 4, 245; no leaking interval of 222 min before);
  culprit-last: DN02 c, the last deploy #10 of 10 at 13:30 with 132 min
    after it, after ten intervals of 15-20 min (batch 113: d #8 of 8, 110
    min; 116: d #9 of 9, 140; 110: b #7 of 7, 115; 105: a #6 of 6, 130;
    no culprit-last case had #10 of 10 or 132 min after it);
  limit-raise: DN03 d with BW10's load, culprit #6 at 12:45 (80 min
    interval, should OOM within the hour: DG10's OOM 45 min in, DB03's 52,
    CV10's 52, CM10's 53, CS03's 54), then the limit raised 320 -> 728 MiB
    (heap 160 -> 364 MB; batches 74-113: 640, 768, 768, 720, 640, 704,
    672, 736, 688, 660, 752, 675, 712, 690) at the next deploy #7 at 14:05,
    then #8 at 14:45 (batch 113: a #3, the raise at #5; 110: c #5, at #6;
    105: d #4, at #5; 102: a #1, at #2; 99: c #2, at #3; no scenario had
    the culprit at #6 and the raise at #7);
  multi-task: DN04 d on three tasks with rolling deploys 3 min apart (the
    last task replaced 6 min after the first; gap 3 last in batch 78's
    CA11; batches 89-116: 2, 4, 6-13), the culprit #5 of 6 at 13:30 (batch
    113: a #1 of 3, 110: c #4 of 6, 105: b #3 of 5, 102: d #2 of 4, 99: a
    #2 of 3; no multi-task case had #5 of 6), intervals 42-54 min;
  quick-followup: DN05 a, culprit #8 at 14:10 followed 12 min later by an
    unrelated #9 (85 min), then #10 (35 min) (batch 113 the culprit #7 of
    9, 110 #6 of 8, 105 #5 of 7, 102 #4 of 6, 99 #2 of 4; no quick
    follow-up at #8 of 10 before; gap 12 last in batch 84's CG05);
  flag-flip: DN06 b behind sarande_pogradec_trilece_quote_memo, on at
    13:27:30, 38 min into v8's 125 min interval, the series' eighth, 87
    min before the next deploy (batch 113: 42 into v7's 120; 116: 30 into
    v4's 125; 112: 25 into v3's 130; 110: 95 into v6's 135; 105: 55 into
    v5's 125; no flag was switched on 38 min into an interval or in a v8
    before: the flags before were in v2-v7);
  slow-leak: DN07 a at ~1.5 %/h, #6 of 8 at 13:30 after 40, 35, 40, 35, 40
    and 35 min, then 75, 65 and 25 min (batch 113: b #5 of 7; 110: d #4 of
    6; 105: c #3 of 5; 102: a #2 of 4; 99: b #3 of 4; 116: a #6 of 7; no
    slow leak at #6 of 8 before);
  fixed-later: DN08 c, the culprit #8 at 13:31, #9 still leaking, the fix
    #10 at 14:26 named in labels.json (batch 113: a #7 fixed by #9; 110: b
    #6 by #8; 105: d #5 by #7; 102: c #1 by #3; 116: c #4 by #6; no
    scenario had #8 fixed by #10);
  culprit-early: DN09 b, the culprit #1 of 5 after 57 min of v1 (batch 113:
    52, #1 of 2; 116: 46, #1 of 4; 112: 58, #1 of 5; 110: 75, #1 of 3; 105:
    65, 102: 60, 99: 55, each #1 of 4; no culprit-#1 case had a v1 of 57
    min before), leaking intervals of 29-32 min;
  oom-fast: DN10 c, BU10's load, culprit #7 of 8 at 13:30 (65 min
    interval; DG03's OOM 45 min in, CS10's 46, CM03's, CV03's and DB10's
    47), then #8 (35 min, still leaking; batch 113: a #6 of 7, 70 min; 110:
    d #5 of 6, 75; 105: c #4 of 5, 85; 102: a #3 of 3, 85; 99: d #2 of 3,
    90; no oom-fast case had an own interval of 65 min);
  frequent-deploys: DN11 b, 10 deploys 16-32 min apart, the culprit #5 at
    13:30 (own 32 min; of the draw's positions, #5 is the one whose own
    interval is 25 min or more with 3 or more leaking intervals, whose
    number none of batches 99-113 had there and whose pair none of
    batches 93-113 had; batch 113: #8 of 10, 110: #3 of 9, 105: #6 of 9,
    102: #4 of 9, 99: #7 of 8, 96: #5 of 9, 93: #4 of 8), 26 lines
    (batches 93-113: 18, 21, 19, 22, 16, 20, 15), 400 SKUs;
  healthy: DN12 a step at #5 of 7 (13:28) on the quote route (60000 entries
    at boot; batch 113: orders at #1 of 4, 110: quote at #6 of 7, 105:
    orders at #4 of 6, 102: quote at #2 of 5; no step on the quote route
    at #5 of 7 before), DN13 a bounded LRU of 1060 entries (no scenario
    used it) with 4 deploys 40-55 min apart from 06:35 up the morning rise
    (to 10:43; batch 113: 1240 from 05:25, 110: 1110 from 22:40, 105: 1275
    from 18:05, 102: 1325 from 14:40; no LRU started at 06:35), DN14 kind
    none on the orders route with one 200 min interval 00:45-04:05, across
    the night trough (batch 113: quote, 17:40-21:10, 210 min; 110: orders,
    06:45-10:25, 220; 105: quote, 10:15-14:15, 240; no flat case had an
    interval of 200 min or started at 00:10), DN15 kind f from 08:45 (0.52
    of the peak) up the morning rise into the lunch bump to 13:20 (1.00;
    no f started at 08:45; batch 113: the dawn rise from 03:50, 110: the
    late-morning rise from 10:50, 105: the late evening fall from 19:10,
    102: the morning rise from 08:10), and DN16 kind none on the quote
    route with 10 deploys 20-30 min apart from 21:15 into the night (to
    01:55; batch 113: orders from 19:20, 110: quote from 17:15, 105:
    orders from 07:50; no flat case started at 21:15).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
113's case by case (DN01 320, DN02 300, DN03 320, DN04 300, DN05 320, DN06
320, DN07 300, DN08 320, DN09 320, DN10 300, DN11 320, DN12 320, DN13 300,
DN14 320, DN15 300, DN16 320; batch 110's pattern again), with no
exception (every aim has a load within 0.4 % at its flipped limit,
loads.out, the slow a with 1 KB orders).

Split (split117.json, written by /work/tracelab-raw117/make_split.py before
recording): every regime has a single case, so 0 dev, 16 validation, with
batch 113's regime tags (batch 110's and 105's).  11 leaking (a: DN05,
DN07; b: DN06, DN09, DN11; c: DN02, DN08, DN10; d: DN01, DN03, DN04; DN06
with no culprit deploy; DN08 fixed two deploys later), 5 healthy (DN12
step, DN13 e, DN14 and DN16 none, DN15 f).

Loads by batch 116's units for the next batch (the rule over batches 113,
114 and 116; /work/tracelab-raw117/units.py, units.out, part 1, which
reproduces and asserts them; %/h per unit of load, size x rate, at peak
traffic at 256 MiB; x 256 / limit for another limit; per task the load
divided by the number of tasks): frequent b 0.00267 (a 0.0197, c 0.0163,
d 0.0139 frequent not used); an hour or more a 0.0193, b 0.00272, c
0.0103, d 0.0116.  The frequent unit for DN11, the units over an hour or
more for every other leaking case.  Every leaking case aims at ~5 %/h of
its limit at peak (per task for DN04), but the slow leak DN07 at ~1.5
%/h; each load rounded so the unit gives the aim within 0.4 %
(/work/tracelab-raw117/loads.py, loads.out; the pair with the smallest
error in batch 113's ranges, a three-task d 4-8 KB at 105-390 and a slow a
1-3 KB at 30-130 added (no 2 or 3 KB pair is within 0.4 % at either
limit); ties of equal error the lower rate, but an a not under 60 req/s;
DN09 the next pair (of three at the same error, the lowest rate), since
its list is DN06's (the same kind, unit and limit); the frequent b the line count with the smallest error among those
batches 93-113's frequent b did not have):
  DN01 d 7 KB at 77, 320 MiB; DN02 c 8 KB at 71, 300; DN04 d 5 KB at 303
  over 3 tasks, 300; DN05 a 4 KB at 81, 320; DN06 b 19 lines at 121, 320;
  DN07 a 1 KB at 91, 300 (~1.5); DN08 c 6 KB at 101, 320; DN09 b 25 lines
  at 92, 320; DN11 b 26 lines at 90, 320.  Not by the units: DN03 d 64 KB
  at 180, 320 MiB, heap 160 MB, then 728 MiB and heap 364 MB from #7
  (BW10's load, as CS03 at 320 MiB and DB03 at 300); DN10 c 75 KB at 178,
  300 MiB, heap 160 MB (BU10's load, as CS10 at 300 MiB and DB10 at 320).
  Healthy, earlier loads: DN12 step, quote 20 lines at 95 (400 SKUs) with
  60000 entries, 320 MiB (as DG12 and CY12); DN13 LRU_MAX 1060, 9000 SKUs,
  quote 22 lines at 95, 300 MiB (as DJ13 and DG13); DN14 orders 5 KB at
  90, 320 MiB (as DG14); DN15 report 450 KB held 430 ms at 100 req/s, 72
  load threads, 300 MiB (as DJ15 and DG15); DN16 quote 20 lines at 95 (400
  SKUs), 320 MiB (as DG16).  Heap 160 MB everywhere but DN03 after its
  raise.  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDM = runpy.run_path(os.path.join(_HERE, "scenarios116.py"))["SCENARIOS"]   # 11..1964 (scenarios115.py's 11..1948, DM 1949..1964)

_DN01 = [40, 35, 30, 222, 30, 25]                          # long interval d: culprit #3 of 5 at 12:50, 222 min to 16:32, then 30 and 25 min
_DN02 = [18, 16, 20, 17, 19, 15, 20, 18, 16, 19, 132]      # culprit-last c: #10 of 10 at 13:30, 132 min of evidence
_DN03 = [30, 25, 30, 25, 30, 25, 80, 40, 35]               # limit raise d (BW10's load): culprit #6 at 12:45, raise at #7 at 14:05
_DN05 = [20, 25, 20, 15, 20, 25, 20, 15, 12, 85, 35]       # quick follow-up a: culprit #8 at 14:10, the unrelated #9 12 min later
_DN06 = [25, 20, 30, 25, 20, 30, 25, 125, 40]              # flag flip b: on 38 min into v8's 125 min interval (the series' eighth)
_DN07 = [40, 35, 40, 35, 40, 35, 75, 65, 25]               # slow a: culprit #6 of 8 at 13:30 after six healthy intervals of 35-40 min
_DN09 = [57] + gen_intervals(117009, 5, lo=27, hi=32)[1:]  # culprit-early b: v1 57 min, then the draw's 29-32 min intervals
_DN10 = [30, 25, 30, 25, 30, 25, 30, 65, 35]               # oom-fast c (BU10's load): culprit #7 of 8 at 13:30 in a 65 min interval
_DN14 = [35, 200, 35]                                      # healthy long, orders: one 200 min interval 00:45-04:05

DN_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DN01-d-long-interval-222-culprit-3-320", seed=117001, kind="d", culprit=3,
         intervals=list(_DN01),
         start="2032-02-29T11:05:00Z", service="durres-vlore-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=77, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/durres-byrek-timers", "Confirm durres vlore bookings from delayed byrek timers"),
         note="culprit #3 of 5 at 12:50 after 40, 35 and 30 min healthy intervals, then one 222 min (3 h 42) interval "
              "(12:50-16:32) across the afternoon peak; ~5 %/h of 320 MiB at peak; #4 at 16:32 and #5 at 17:02 still "
              "leak (30 and 25 min, to 17:27); epoch, ascending"),
    dict(name="DN02-c-culprit-last-10-300", seed=117002, kind="c", culprit=10,
         intervals=list(_DN02),
         start="2032-03-01T10:32:00Z", service="elbasan-shkoder-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=71, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/elbasan-fergese-listeners", "Tell open elbasan shkoder bookings when a fergese frees"),
         note="the culprit is the last deploy #10 at 13:30: one 132 min interval of evidence (to 15:42) after ten "
              "healthy intervals of 15-20 min from 10:32; ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="DN03-d-limit-raise-728", seed=117003, kind="d", culprit=6,
         limit_raise={"deploy": 7, "limit_mib": 728, "heap_mb": 364},
         intervals=list(_DN03),
         start="2032-03-02T10:00:00Z", service="korce-berat-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/korce-flija-timers", "Confirm korce berat bookings from delayed flija timers"),
         limit_pr_title=("ops/korce-berat-bookings-memory-728", "Give the korce berat bookings task 728 MiB of memory after OOM restarts"),
         note="leak from #6 at 12:45 (BW10's load, 64 KB bookings at 180 req/s, heap 160 MB; DG10's OOM 45 min in, "
              "DB03's and CV10's 52, CM10's 53, CS03's 54) should OOM within the hour, within #6's 80 min; limit 320 -> "
              "728 MiB (heap 364 MB) at the next deploy #7 at 14:05, the percentages fall to 0.44 of the old scale and "
              "the leak goes on through #7 (40 min) and #8 (35 min, to 15:20); epoch, ascending"),
    dict(name="DN04-d-three-tasks-culprit-5-300", seed=117004, kind="d", culprit=5, tasks=3, roll_gap=3,
         intervals=gen_intervals(117004, 6, lo=42, hi=55),
         start="2032-03-03T09:25:00Z", service="fier-lushnje-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=303, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/fier-pispili-timers", "Confirm fier lushnje bookings from delayed pispili timers"),
         note="3 tasks, rolling deploys 3 min apart per task (the last task replaced 6 min after the first); 6 "
              "deploys 42-54 min apart from 09:25, culprit #5 of 6 at 13:30 (42 and 52 min leaking, to 15:04); each "
              "task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="DN05-a-quick-followup-culprit-8-320", seed=117005, kind="a", culprit=8,
         intervals=list(_DN05),
         start="2032-03-04T11:30:00Z", service="kavaje-gjirokaster-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=81, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/kavaje-qofte-history", "Keep kavaje gjirokaster orders for the qofte history"),
         note="culprit #8 at 14:10 runs only 12 min before an unrelated follow-up #9 at 14:22 (which still leaks, "
              "85 min), then #10 at 15:47 (35 min, to 16:22); ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="DN06-b-flag-flip-320", seed=117106, kind="b", flag="sarande_pogradec_trilece_quote_memo",
         flag_at=sum(_DN06[:7]) + 38, intervals=list(_DN06),
         start="2032-03-05T09:55:00Z", service="sarande-pogradec-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=121, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag sarande_pogradec_trilece_quote_memo on at 13:27:30, 38 min after #7 and 87 min "
              "before #8 (v8's interval 125 min, the series' eighth), then #8 (40 min, to 15:35); quotes memoised per "
              "trilece and customer (~5 %/h of 320 MiB at peak) from then on; good releases warm a per-SKU cache "
              "(400 SKUs); epoch"),
    dict(name="DN07-a-slow-leak-culprit-6-300", seed=117007, kind="a", culprit=6,
         intervals=list(_DN07),
         start="2032-03-06T09:45:00Z", service="kukes-lezhe-orders",
         profile="orders", params={"payload_kb": 1}, peak_rps=91, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/kukes-tarhana-history", "Keep kukes lezhe orders for the tarhana history"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from #6 of 8 at 13:30 after 40, 35, 40, 35, 40 and 35 min "
              "healthy intervals; 75, 65 and 25 min leaking intervals (to 16:15); epoch, ascending"),
    dict(name="DN08-c-fixed-two-later-320", seed=117008, kind="c", culprit=8, fixed=10,
         intervals=gen_intervals(117008, 10, lo=25, hi=32),
         start="2032-03-07T09:40:00Z", service="tepelene-permet-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=101, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/tepelene-japrak-listeners", "Tell open tepelene permet bookings when a japrak frees"),
         fixed_pr_title=("fix/tepelene-petulla-listeners-removed", "Remove the petulla listener when a tepelene permet booking finishes"),
         note="leak from #8 at 13:31 (25 min, then #9 30 min still leaking; ~5 %/h of 320 MiB at peak) after eight "
              "healthy intervals of 27-31 min from 09:40; fixed two deploys later by the last deploy #10 at 14:26, "
              "then 31 min (to 14:57); epoch"),
    dict(name="DN09-b-culprit-first-after-57-320", seed=117009, kind="b", culprit=1,
         intervals=list(_DN09),
         start="2032-03-08T12:33:00Z", service="kruje-librazhd-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/kruje-ballokume-quote-memo", "Memoise kruje librazhd quotes per ballokume and customer"),
         note="culprit is the first deploy #1 of 5 at 13:30, after 57 min of v1; every later interval leaks (29, 32, "
              "29, 29 and 31 min, to 16:00; ~5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 "
              "SKUs); ascending"),
    dict(name="DN10-c-oom-fast-culprit-7-300", seed=117110, kind="c", culprit=7,
         intervals=list(_DN10),
         start="2032-03-09T10:15:00Z", service="peshkopi-burrel-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/peshkopi-kackavall-listeners", "Tell open peshkopi burrel bookings when a kackavall frees"),
         note="leak from #7 of 8 at 13:30, 75 KB bookings at 178 req/s (BU10's load; DG03's OOM 45 min in, CS10's 46, "
              "CM03's, CV03's and DB10's 47): OOM within about an hour of the onset (heap 160 MB), in #7 (65 min); #8 "
              "(35 min, to 15:10) still leaking; epoch"),
    dict(name="DN11-b-frequent-deploys-culprit-5-320", seed=117011, kind="b", culprit=5,
         intervals=gen_intervals(117011, 10, lo=16, hi=32),
         start="2032-03-10T11:32:00Z", service="delvine-himare-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/delvine-sufllaqe-quote-memo", "Memoise delvine himare quotes per sufllaqe and customer"),
         note="10 deploys 16-32 min apart from 11:32, culprit #5 at 13:30 (6 leaking intervals, 16-32 min, to 15:54; "
              "its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="DN12-step-quote-culprit-5-320", seed=117012, kind="step", culprit=5,
         intervals=gen_intervals(117012, 7, lo=30, hi=45),
         start="2032-03-11T10:20:00Z", service="ksamil-bulqize-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/ksamil-bakllava-table-at-boot", "Load the ksamil bakllava table at boot"),
         note="level shift at #5 of 7 (13:28), quote route (20 lines at 95 req/s, 400 SKUs); 7 deploys 31-45 min "
              "apart from 10:20 (34, 42 and 35 min after the step, to 15:19); no trend after; must not alarm; epoch"),
    dict(name="DN13-e-lru-morning-1060-300", seed=117013, kind="e",
         intervals=gen_intervals(117013, 4, lo=40, hi=55),
         start="2032-03-12T06:35:00Z", service="puke-tropoje-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1060"}, scan_by="TimestampAscending",
         note="bounded LRU (1060 entries) refilling after each of 4 deploys 40-55 min apart, from 06:35 up the morning "
              "rise to 10:43; must not alarm; ascending"),
    dict(name="DN14-none-long-interval-orders-320", seed=117014, kind="none",
         intervals=list(_DN14),
         start="2032-03-13T00:10:00Z", service="gramsh-devoll-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, orders route (5 KB at 90 req/s); one 200 min (3 h 20) interval (00:45-04:05) across the night "
              "trough between 35 min ones; must not alarm"),
    dict(name="DN15-f-load-morning-rise-300", seed=117015, kind="f", workers=72,
         intervals=gen_intervals(117015, 3, lo=55, hi=75),
         start="2032-03-14T08:45:00Z", service="kolonje-mallakaster-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from 08:45 (0.52 of the peak) up the morning rise into the lunch "
              "bump to 13:20 (1.00), across 3 deploys 65-73 min apart; must not alarm; ascending"),
    dict(name="DN16-none-frequent-quote-320", seed=117016, kind="none",
         intervals=gen_intervals(117016, 10, lo=16, hi=30),
         start="2032-03-15T21:15:00Z", service="tirana-divjake-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs), 21:15 down the late evening into the night to "
              "01:55; 10 deploys 20-30 min apart: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RDM + DN_SCENARIOS
