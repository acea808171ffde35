"""memblame's tracelab scenarios, batch 113: DJ01..DJ16 (real memory traces with labels).

(Named DJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-112 used AA..AZ, BA..BZ, CA..CZ, DA, DB, DC,
DD, DE, DF, DG, DH and DI.  No case folder, scenario name or split entry on
main or any other branch starts with "DJ"; neither tracelab nor these files
parse the prefix of a name (deploy_records takes the position in
SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 113"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios113.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios113.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw113 DJ01-... DJ16-...

A blind validation batch of the rarer regimes, as batches 90, 93, 96, 99,
102, 105 and 110 (batch 110 its template), one case each.  The kinds are
rotated away from batches 105 and 110 in every regime, as batch 110 rotated
them away from batches 102 and 105 (batch 105: long-interval b,
culprit-last a, limit-raise d, multi-task b, quick-followup b, flag flip a,
slow c, fixed-later d, culprit-early a, oom-fast c; batch 110: a, b, c, c,
d, c, d, b, c, d; here c, d, a, a, c, d, b, a, d, a): of the two kinds each
regime leaves, the one batch 102 did not use (batch 102: d, c, a, d, a, b,
a, c, b, a), but where a load known to OOM decided: limit-raise and
oom-fast each leave a and b, and no b load is known to OOM within about an
hour (the three b cases in real/ with an OOM restart, AM08, U14 and U36,
still had theirs more than 90 min after the onset; none of batches 106-112
added one), so limit-raise takes a with BU03's load (48 KB x 193 req/s, as
CG03, CP03 and CY03) and oom-fast a with BZ10's load (64 KB x 193 req/s, as
CG10, CP10 and CY10): batch 102's kinds of these two regimes, the only
choices there that avoid batches 105 and 110 with a load known to OOM.
The frequent-deploys case stays a b.  Leaking kinds a 4, b 2, c 2, d 3
(batch 110: a 1, b 3, c 4, d 3; batch 105: a 3, b 4, c 2, d 2; batch 102:
a 4, b 3, c 2, d 2).

The 16 cases have 4 555 samples in all (batch 110: 4 598), for a
recording budget of 1100 s; the longest, DJ01, 385.  Every case of 285
samples or more (DJ01, DJ02, DJ03, DJ05, DJ06, DJ07, DJ08, DJ11) uses
ts_format "wire" (epoch seconds); the ISO 8601 cases have 280 samples or
fewer.  TimestampAscending for the even-numbered cases, DJ02, DJ04, ...,
DJ16 (batch 110: the odd-numbered DG, batch 105: the even-numbered DB).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios112.py (unchanged: 11..1900,
scenarios111.py's 11..1884 and DI at 1885..1900) and lists the DJ
scenarios last (1901..1916), as scenarios112.py runs scenarios111.py.
Seeds are 113001..113016, a case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw113/check_numbers.py, batch 112's adapted;
seed_search.py): DJ06's 113006 gave PR 670166, a pipeline number of BB10,
and 113106 and 113206 PRs 670149 and 670155, two others of BB10, so DJ06
has 113306; DJ10's 113010 gave PRs 671642 and 671648, pipeline numbers of
BB12, so DJ10 has 113110; the fourteen others are the first tried.  The
intervals of DJ06 and DJ10 are written out; those drawn stay the draws of
the first seed, gen_intervals(1130NN, ...).  Dates follow DI's: 2031-12-27
(DJ01) to 2032-01-11 (DJ16).

Three lessons of batch 110 (README, "Batch 110", "What did not go as
intended"), applied here:
  - the multi-task case: DG04's three tasks 13 min apart in 35-42 min
    intervals put the second and third task's replacements inside every
    interval's measuring window (minutes 8-15 to the last 8) and it read
    0.26 of its aim; DJ04's three tasks are 4 min apart (the last replaced
    8 min after the first, as the window begins) in 61-62 min intervals
    (batch 105's DB04: gap 12 in 43-50 min, 0.54; batch 108's DE11: two
    tasks, gap 10 in 41-51 min, one replacement at minute 10, 1.08);
  - the flag: DG06's was switched on 95 min into a 135 min interval, 40 min
    before the next deploy, and read 0.37 over the 30 min left; DJ06's is
    switched on 42 min into a 120 min interval, 78 min before the next
    deploy;
  - the quick follow-up: DG05's came 4 min after its culprit; DJ05's comes
    14 min after it (batches 74-110: 15, 12, 10, 14, 12, 13, 11, 9, 7, 8,
    6, 5, 4; 14 last in batch 81's CD05).

The mix (/work/tracelab-raw113/draws.py, draws.out, design.py, design.out,
history.py, history.out, facts_all.py, facts_all.out, constraints.py,
constraints.out):
  long-interval: DJ01 c, culprit #7 of 8 at 13:15 after 25, 20, 15, 25, 20,
    15 and 20 min, then one 215 min interval to 16:50, then 30 min still
    leaking (batch 110: a #6 of 7 at 12:40, 235 min; 105: b #5 of 6 at
    12:45, 225; 102: d #4 of 5 at 12:40, 230; 99: c #2 of 3 at 12:50, 240;
    96: a #3 of 4, 245; no leaking interval of 215 min before);
  culprit-last: DJ02 d, the last deploy #8 of 8 at 15:30 with 110 min after
    it (batch 110: b #7 of 7, 115 min; 105: a #6 of 6, 130; 102: c #5 of 5,
    140; 99: d #2 of 2, 150; 112: c #2 of 2, 145; no culprit-last case had
    #8 of 8 or 110 min after it);
  limit-raise: DJ03 a with BU03's load, culprit #3 at 12:40 (90 min
    interval, should OOM about an hour in: CY03's 51 min, CP03's 62, CG03's
    63, BU03's 64), then #4 at 14:10 (35 min, still at 300 MiB), then the
    limit raised 300 -> 690 MiB (heap 160 -> 368 MB; batches 74-110: 640,
    768, 768, 720, 640, 704, 672, 736, 688, 660, 752, 675, 712) two deploys
    after the culprit, at #5 at 14:45, then #6 at 15:25 (batch 110: c #5,
    the raise at #6; 105: d #4, at #5; 102: a #1, at #2; 99: c #2, at #3;
    no scenario had the culprit at #3 and the raise at #5);
  multi-task: DJ04 a on three tasks with rolling deploys 4 min apart (gap 4
    last in batch 87's CJ04; batches 89-112: 6-13), the culprit the first
    deploy #1 of 3 at 13:04 after 64 min of v1 (no multi-task case had
    culprit #1; batch 110: c #4 of 6, 105: b #3 of 5, 102: d #2 of 4, 99: a
    #2 of 3), 61, 62 and 61 min leaking;
  quick-followup: DJ05 c, culprit #7 at 14:40 followed 14 min later by an
    unrelated #8 (batch 110 the culprit #6 of 8, 105 #5 of 7, 102 #4 of 6,
    99 #2 of 4; no quick follow-up at #7 of 9 before);
  flag-flip: DJ06 d behind yambol_pazardzhik_tarator_timers, on at
    14:01:30, 42 min into v7's 120 min interval, the series' seventh (batch
    110: 95 into v6's 135; 105: 55 into v5's 125; 102: 100 into v4's 140;
    99: 85 into v2's 130; 108: 35 into v5's 115; 112: 25 into v3's 130; no
    flag was switched on 42 min into an interval or in a v7 before);
  slow-leak: DJ07 b at ~1.5 %/h, #5 of 7 at 13:40, 85, 75 and 30 min
    (batch 110: d #4 of 6; 105: c #3 of 5; 102: a #2 of 4; 99: b #3 of 4;
    108: b #4 of 5; 112: d #5 of 6; no slow leak at #5 of 7 before);
  fixed-later: DJ08 a, the culprit #7 at 13:32, #8 still leaking, the fix
    #9 at 14:37 named in labels.json (batch 110: b #6 fixed by #8; 105: d
    #5 by #7; 102: c #1 by #3; 99: a #2 by #4; 108: d #1 by #3; 112: a #3
    by #5; no scenario had #7 fixed by #9);
  culprit-early: DJ09 d, the culprit #1 of 2 after 52 min of v1 (batch 110:
    75, #1 of 3; 105: 65, 102: 60, 99: 55, 108: 70, each #1 of 4; 112: 58,
    #1 of 5; no culprit-#1 case had a v1 of 52 min before, and none of
    batches 26-112 was #1 of 2);
  oom-fast: DJ10 a, BZ10's load, culprit #6 of 7 at 13:50 (70 min
    interval; BZ10's OOM 46 min in, CY10's 48, CG10's and CP10's 49), then
    #7 (35 min, still leaking; batch 110: d #5 of 6, 75 min; 105: c #4 of
    5, 85; 102: a #3 of 3, 85; 99: d #2 of 3, 90);
  frequent-deploys: DJ11 b, 10 deploys 16-44 min apart, the culprit #8 at
    14:29 (own 44 min; of #3..#10 of the draw, #4-#8 had an own interval of
    25 min or more and 3 or more leaking intervals, and #8 is the one none
    of batches 90-110 had; batch 110: #3 of 9, 105: #6 of 9, 102: #4 of 9,
    99: #7 of 8, 96: #5 of 9), 15 lines (batch 110: 20, 105: 16, 102: 22,
    99: 19, 96: 21, 93: 18), 400 SKUs;
  healthy: DJ12 a step at the first deploy #1 of 4 (12:58) on the orders
    route (60000 entries at boot; batch 110: quote at #6 of 7, 105: orders
    at #4 of 6, 102: quote at #2 of 5, 99: orders at #3 of 5; no step on the
    orders route at #1 of 4 before), DJ13 a bounded LRU of 1240 entries (no
    scenario used it) with 4 deploys 42-53 min apart from 05:25, out of the
    night trough up the dawn rise (to 09:26; batch 110: 1110 from 22:40,
    105: 1275 from 18:05, 102: 1325 from 14:40, 99: 1200 from 09:30; no LRU
    started at 05:25), DJ14 kind none on the quote route with one 210 min
    interval 17:40-21:10, down the evening fall (batch 110: orders,
    06:45-10:25, 220 min; 105: quote, 10:15-14:15, 240; 102: orders,
    14:30-18:20, 230; 99: quote, 13:00-16:45, 225; no flat case had an
    interval of 210 min), DJ15 kind f from 03:50 (0.28 of the peak) out of
    the night trough up the dawn rise to 08:08 (0.47; batch 110: the
    late-morning rise from 10:50, 105: the late evening fall from 19:10,
    102: the morning rise from 08:10, 99: the night fall from 21:30; no f
    started at 03:50), and DJ16 kind none on the orders route with 10
    deploys 16-30 min apart from 19:20 down the evening fall into the late
    evening (to 23:27; batch 110: quote from 17:15, 105: orders from 07:50,
    102: quote from 15:40, 99: orders from 13:30; no flat case started at
    19:20).
Every b is on the quote route with 400 SKUs.  Limits flipped from batch
110's case by case (DJ01 300, DJ02 320, DJ03 300, DJ04 320, DJ05 300, DJ06
300, DJ07 320, DJ08 300, DJ09 300, DJ10 320, DJ11 300, DJ12 300, DJ13 320,
DJ14 300, DJ15 320, DJ16 300), with no exception (every aim has a load
within 0.4 % at its flipped limit, loads.out).

Split (split113.json, written by /work/tracelab-raw113/make_split.py before
recording): every regime has a single case, so 0 dev, 16 validation, with
batch 110's regime tags (batch 105's).  11 leaking (a: DJ03, DJ04, DJ08,
DJ10; b: DJ07, DJ11; c: DJ01, DJ05; d: DJ02, DJ06, DJ09; DJ06 with no
culprit deploy; DJ08 fixed two deploys later), 5 healthy (DJ12 step, DJ13
e, DJ14 and DJ16 none, DJ15 f).

Loads by the units of the rule over batches 110, 111 and 112, as batch
112's section asked once batch 111's ratios existed
(/work/tracelab-raw113/units.py, units.out, part 3; %/h per unit of load,
size x rate, at peak traffic at 256 MiB; x 256 / limit for another limit;
per task the load divided by the number of tasks): frequent b 0.00320 (a
0.0229, c 0.0111, d 0.0141 frequent not used); an hour or more a 0.0207,
b 0.00303, c 0.0103, d 0.0136.  The c unit over an hour or more counts
DG04 and DG06 by batch 110's alternative (DG04's tasks over their own
lifetimes 0.70, DG06 up to its fall 0.71), as batch 112 did; by the ratios
batch 110's section counted (0.26 and 0.37) it would be 0.00799 (part 2),
and the other units are the same either way.  The frequent unit for DJ11,
the units over an hour or more for every other leaking case.  Every
leaking case aims at ~5 %/h of its limit at peak (per task for DJ04), but
the slow leak DJ07 at ~1.5 %/h; each load rounded so the unit gives the
aim within 0.4 % (/work/tracelab-raw113/loads.py, loads.out; the pair with the
smallest error, but DJ05 and DJ09 the next one, so that they do not share
DJ01's and DJ06's loads):
  DJ01 c 8 KB at 71, 300 MiB; DJ02 d 5 KB at 92, 320; DJ04 a 6 KB at 151
  over 3 tasks, 320; DJ05 c 6 KB at 95, 300; DJ06 d 5 KB at 86, 300; DJ07
  b 6 lines at 103, 320 (~1.5); DJ08 a 4 KB at 71, 300; DJ09 d 6 KB at 72,
  300; DJ11 b 15 lines at 122, 300.  Not by the units: DJ03 a 48 KB at
  193, 300 MiB, heap 160 MB, then 690 MiB and heap 368 MB from #5 (BU03's
  load); DJ10 a 64 KB at 193, 320 MiB, heap 160 MB (BZ10's load).
  Healthy, earlier loads: DJ12 step, orders 5 KB at 95 with 60000 entries,
  300 MiB (as DB12, DE14 and DH14); DJ13 LRU_MAX 1240, 9000 SKUs, quote 22
  lines at 95, 320 MiB (as DG13 and DH11-DH13); DJ14 quote 20 lines at 95
  (400 SKUs), 300 MiB (as DB14); DJ15 report 450 KB held 430 ms at 100
  req/s, 72 load threads, 320 MiB (as DG15 and DI15); DJ16 orders 5 KB at
  90, 300 MiB (as DB16 and DH16).  Heap 160 MB everywhere but DJ03 after
  its raise.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDI = runpy.run_path(os.path.join(_HERE, "scenarios112.py"))["SCENARIOS"]   # 11..1900 (scenarios111.py's 11..1884, DI 1885..1900)

_DJ01 = [25, 20, 15, 25, 20, 15, 20, 215, 30]      # long interval c: culprit #7 of 8 at 13:15, 215 min to 16:50, then 30 min
_DJ02 = [30, 20, 25, 20, 30, 20, 25, 20, 110]      # culprit-last d: #8 of 8 at 15:30, 110 min of evidence
_DJ03 = [35, 30, 35, 90, 35, 40, 35]               # limit raise a (BU03's load): culprit #3 at 12:40, #4 at 14:10, raise at #5 at 14:45
_DJ05 = [25, 20, 25, 20, 25, 20, 25, 14, 85, 35]   # quick follow-up c: culprit #7 at 14:40, the unrelated #8 14 min later
_DJ06 = [25, 30, 20, 25, 30, 20, 120, 40]          # flag flip d: on 42 min into v7's 120 min interval (the series' seventh)
_DJ07 = [30, 25, 30, 25, 30, 85, 75, 30]           # slow b: culprit #5 of 7 at 13:40, 85, 75 and 30 min leaking
_DJ10 = [30, 25, 35, 25, 30, 25, 70, 35]           # oom-fast a (BZ10's load): culprit #6 of 7 at 13:50 in a 70 min interval
_DJ14 = [35, 210, 35]                              # healthy long, quote: one 210 min interval 17:40-21:10

DJ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DJ01-c-long-interval-215-culprit-7-300", seed=113001, kind="c", culprit=7,
         intervals=list(_DJ01),
         start="2031-12-27T10:55:00Z", service="plovdiv-varna-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=71, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/plovdiv-kavarma-listeners", "Tell open plovdiv varna bookings when a kavarma frees"),
         note="culprit #7 of 8 at 13:15 after 25, 20, 15, 25, 20, 15 and 20 min healthy intervals, then one 215 min "
              "(3 h 35) interval (13:15-16:50) across the afternoon peak; ~5 %/h of 300 MiB at peak; #8 at 16:50 still "
              "leaks (30 min, to 17:20); epoch"),
    dict(name="DJ02-d-culprit-last-8-320", seed=113002, kind="d", culprit=8,
         intervals=list(_DJ02),
         start="2031-12-28T12:20:00Z", service="burgas-ruse-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/burgas-banitsa-timers", "Confirm burgas ruse bookings from delayed banitsa timers"),
         note="the culprit is the last deploy #8 at 15:30: one 110 min interval of evidence (to 17:20) after 30, 20, "
              "25, 20, 30, 20, 25 and 20 min healthy ones; ~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="DJ03-a-limit-raise-690", seed=113003, kind="a", culprit=3,
         limit_raise={"deploy": 5, "limit_mib": 690, "heap_mb": 368},
         intervals=list(_DJ03),
         start="2031-12-29T11:00:00Z", service="pleven-sliven-orders",
         profile="orders", params={"payload_kb": 48}, peak_rps=193, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/pleven-kebapche-history", "Keep pleven sliven orders for the kebapche history"),
         limit_pr_title=("ops/pleven-sliven-orders-memory-690", "Give the pleven sliven orders task 690 MiB of memory after OOM restarts"),
         note="leak from #3 at 12:40 (BU03's load, 48 KB orders at 193 req/s, heap 160 MB; CY03's OOM 51 min in, "
              "CP03's 62, CG03's 63, BU03's 64) should OOM about an hour in, within #3's 90 min; #4 at 14:10 (35 min) "
              "still leaks at 300 MiB; limit 300 -> 690 MiB (heap 368 MB) two deploys after the culprit, at #5 at "
              "14:45, the percentages fall to 0.43 of the old scale and the leak goes on through #5 (40 min) and #6 "
              "(35 min, to 16:00); epoch"),
    dict(name="DJ04-a-three-tasks-culprit-1-320", seed=113004, kind="a", culprit=1, tasks=3, roll_gap=4,
         intervals=gen_intervals(113004, 3, {0: 64}, lo=45, hi=65),
         start="2031-12-30T12:00:00Z", service="dobrich-shumen-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=151, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/dobrich-kyufte-history", "Keep dobrich shumen orders for the kyufte history"),
         note="3 tasks, rolling deploys 4 min apart per task (the last task replaced 8 min after the first); the "
              "culprit is the first deploy #1 of 3 at 13:04, after 64 min of v1; 61, 62 and 61 min leaking (to "
              "16:08); each task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="DJ05-c-quick-followup-culprit-7-300", seed=113005, kind="c", culprit=7,
         intervals=list(_DJ05),
         start="2031-12-31T12:00:00Z", service="pernik-haskovo-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/pernik-gyuvech-listeners", "Tell open pernik haskovo bookings when a gyuvech frees"),
         note="culprit #7 at 14:40 runs only 14 min before an unrelated follow-up #8 at 14:54 (which still leaks, "
              "85 min), then #9 at 16:19 (35 min, to 16:54); ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="DJ06-d-flag-flip-300", seed=113306, kind="d", flag="yambol_pazardzhik_tarator_timers",
         flag_at=sum(_DJ06[:6]) + 42, intervals=list(_DJ06),
         start="2032-01-01T10:50:00Z", service="yambol-pazardzhik-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag yambol_pazardzhik_tarator_timers on at 14:01:30, 42 min after #6 and 78 min "
              "before #7 (v7's interval 120 min, the series' seventh), then #7 (40 min, to 16:00); a tarator timer "
              "per booking (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="DJ07-b-slow-leak-culprit-5-320", seed=113007, kind="b", culprit=5,
         intervals=list(_DJ07),
         start="2032-01-02T11:20:00Z", service="blagoevgrad-vratsa-quotes",
         profile="quote", params={"detail": 6, "skus": 400}, peak_rps=103, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/blagoevgrad-lyutenitsa-quote-memo", "Memoise blagoevgrad vratsa quotes per lyutenitsa and customer"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #5 of 7 at 13:40 after 30, 25, 30, 25 and 30 min healthy "
              "intervals; 85, 75 and 30 min leaking intervals (to 16:50); good releases warm a per-SKU cache (400 "
              "SKUs); epoch"),
    dict(name="DJ08-a-fixed-two-later-300", seed=113008, kind="a", culprit=7, fixed=9,
         intervals=gen_intervals(113008, 9, lo=28, hi=40),
         start="2032-01-03T09:35:00Z", service="gabrovo-asenovgrad-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=71, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/gabrovo-mekitsa-history", "Keep gabrovo asenovgrad orders for the mekitsa history"),
         fixed_pr_title=("fix/gabrovo-kozunak-history-trimmed", "Trim the gabrovo asenovgrad kozunak history"),
         note="leak from #7 at 13:32 (29 min, then #8 36 min still leaking; ~5 %/h of 300 MiB at peak) after 35, 30, "
              "33, 33, 33, 36 and 37 min healthy intervals; fixed two deploys later by #9 at 14:37 (37 min, to "
              "15:14); epoch, ascending"),
    dict(name="DJ09-d-culprit-first-after-52-300", seed=113009, kind="d", culprit=1,
         intervals=gen_intervals(113009, 2, {0: 52}, lo=50, hi=80),
         start="2032-01-04T12:30:00Z", service="vidin-kazanlak-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=72, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/vidin-tikvenik-timers", "Confirm vidin kazanlak bookings from delayed tikvenik timers"),
         note="culprit is the first deploy #1 of 2 at 13:22, after 52 min of v1; both later intervals leak (64 and "
              "67 min, to 15:33; ~5 %/h of 300 MiB at peak)"),
    dict(name="DJ10-a-oom-fast-culprit-6-320", seed=113110, kind="a", culprit=6,
         intervals=list(_DJ10),
         start="2032-01-05T11:00:00Z", service="kyustendil-kardzhali-orders",
         profile="orders", params={"payload_kb": 64}, peak_rps=193, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/kyustendil-patatnik-history", "Keep kyustendil kardzhali orders for the patatnik history"),
         note="leak from #6 of 7 at 13:50, 64 KB orders at 193 req/s (BZ10's load, its OOM 46 min in; CY10's 48, "
              "CG10's and CP10's 49): OOM within about an hour of the onset (heap 160 MB), in #6 (70 min); #7 (35 "
              "min, to 15:35) still leaking; ascending"),
    dict(name="DJ11-b-frequent-deploys-culprit-8-300", seed=113011, kind="b", culprit=8,
         intervals=gen_intervals(113011, 10, lo=15, hi=45),
         start="2032-01-06T10:15:00Z", service="dimitrovgrad-targovishte-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/dimitrovgrad-lukanka-quote-memo", "Memoise dimitrovgrad targovishte quotes per lukanka and customer"),
         note="10 deploys 16-44 min apart from 10:15, culprit #8 at 14:29 (3 leaking intervals, 25-44 min, to "
              "16:21; its own 44 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    # ================================================================== healthy singles (all validation)
    dict(name="DJ12-step-orders-culprit-1-300", seed=113012, kind="step", culprit=1,
         intervals=gen_intervals(113012, 4, lo=35, hi=50),
         start="2032-01-07T12:20:00Z", service="lovech-silistra-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/lovech-parlenka-table-at-boot", "Load the lovech parlenka table at boot"),
         note="level shift at the first deploy #1 of 4 (12:58), orders route (5 KB at 95 req/s); 4 deploys 37-43 "
              "min apart (40, 37, 41 and 43 min after the step, to 15:39); no trend after; must not alarm; ascending"),
    dict(name="DJ13-e-lru-dawn-1240-320", seed=113013, kind="e",
         intervals=gen_intervals(113013, 4, lo=40, hi=55),
         start="2032-01-08T05:25:00Z", service="razgrad-dupnitsa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1240"},
         note="bounded LRU (1240 entries) refilling after each of 4 deploys 42-53 min apart, from 05:25 up the dawn "
              "rise to 09:26; must not alarm"),
    dict(name="DJ14-none-long-interval-quote-300", seed=113014, kind="none",
         intervals=list(_DJ14),
         start="2032-01-09T17:05:00Z", service="svishtov-smolyan-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 210 min (3 h 30) interval (17:40-21:10) "
              "down the evening fall between 35 min ones; must not alarm; ascending"),
    dict(name="DJ15-f-load-dawn-rise-320", seed=113015, kind="f", workers=72,
         intervals=gen_intervals(113015, 3, lo=55, hi=75),
         start="2032-01-10T03:50:00Z", service="petrich-sandanski-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load from 03:50 (0.28 of the peak) out of the night trough up the dawn "
              "rise to 08:08 (0.47), across 3 deploys 58-66 min apart; must not alarm"),
    dict(name="DJ16-none-frequent-orders-300", seed=113016, kind="none",
         intervals=gen_intervals(113016, 10, lo=16, hi=30),
         start="2032-01-11T19:20:00Z", service="samokov-sevlievo-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route (5 KB at 90 req/s), 19:20 down the evening fall into the late evening to "
              "23:27; 10 deploys 16-30 min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RDI + DJ_SCENARIOS
