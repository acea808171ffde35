"""memblame's tracelab scenarios, batch 62: BK01..BK16 (real memory traces with labels).

(Named BK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-61 used AA..AZ, BA, BB, BC, BD, BE, BF, BG,
BH, BI and BJ.  No case folder, scenario name or split entry starts with
"BK"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 62"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios62.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios62.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw62 BK01-... BK02-...

PR and pipeline numbers: this file lists the scenarios of scenarios61.py
first, unchanged and in the same order (positions 11..1084, exactly as when
scenarios61.py is passed), and the BK scenarios after them (positions
1085..1100).  Only the BK scenarios are recorded from this file.  Seeds are
62001..62016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw62/check_numbers.py, batch 61's adapted to BK).

The mix: a blind validation weighted to the rarer regimes, those with few
recent blind cases:
  long-interval (2): a (BK01 dev) and c (BK02), the culprit #2 with one 6 h
    interval (360 min) after 30 and 35 min healthy ones, then 30 min still
    leaking (as C06; BK01 from 08:40 through the morning ramp to 14:40,
    BK02 from 11:20 through the peak into the evening to 17:20); slow-ish
    leaks (~1.5 and ~2 %/h of 320 MiB at peak).  tracelab records in real
    time only (1 sample = 0.25 s = 1 simulated minute, drive.py's TICK; it
    has no time compression), so the long cases are kept to 455 samples
    (a 24 h interval alone would be 1 440 samples, 360 s, and its
    metrics.json far over 30 KB); ts "wire";
  culprit-last (2): b next to the per-SKU cache of 400 SKUs (BK03 dev;
    [40, 45, 40, 150], the culprit #3 at 12:50, 150 min after it) and d
    (BK04; [40, 45, 45, 140], the culprit #3 at 12:50, 140 min after it),
    as AY10 and AV08 (their culprits were at 13:10; these starts, 10:45
    and 10:40, were set 20 min too early for 13:10 and were noticed only
    after recording: the culprits of BK03 and BK04 are at 12:50);
  limit-raise (1): a, a leak that reaches V8's heap limit within about an
    hour of its onset (#2 at 13:10, 80 min), then the limit raised 300 ->
    600 MiB (heap 160 -> 320 MB) at #3 at 14:30, the percentages halve and
    the leak goes on through #3 (60 min) and #4 (30 min) (BK05, as Z21 and
    AM08);
  multi-task (2): c, 3 tasks, rolling deploys 3 min apart (BK06 dev, as
    AQ15) and a, 2 tasks, rolling deploys 4 min apart (BK07, as BJ11), the
    culprit #2 of 3 at 13:10 (gen_intervals(seed, 3, lo=55, hi=70));
    metrics-ci.jsonl (gzipped after recording, as every earlier multi-task
    case);
  night-pause (1): b, 400 SKUs, the culprit #2 at 20:40 in the evening,
    through a 220 min night interval to 00:20 where the slope follows the
    traffic down, #3 still leaking (BK08, as AQ14 and BH08);
  quick-followup (1): a, the culprit #2 at 13:10 runs only 8 min before an
    unrelated follow-up #3 at 13:18 (which still leaks, 90 min), then #4
    (45 min) (BK09, as R33);
  frequent-deploys (2): c, the culprit #5 of 8 (BK10 dev) and d, the
    culprit #6 of 8 (BK11), deploys 20-44 min apart
    (gen_intervals(seed, 8, lo=15, hi=45)), the culprits at 13:10 (own
    intervals 42 and 41 min);
  slow-leak (1): a, ~1.5 %/h, the culprit #2 at 13:10 after two 40 min
    healthy intervals, then 90 and 90 min (BK12);
  healthy-long (1): kind none on the orders route, one 6 h interval (08:40
    to 14:40) between 30 and 25 min ones (BK13; the tag of Z30, the only
    earlier healthy-long case);
  healthy-step (1): a 60000-entry table loaded at boot from #4 (13:10) on,
    orders, 8 deploys 20-37 min apart (gen_intervals(seed, 8, lo=20,
    hi=40)) (BK14, as BH13);
  healthy-lru (1): a bounded LRU (LRU_MAX 400, 9000 SKUs, quote) with 3
    deploys 65-75 min apart (hourly; gen_intervals(seed, 3, lo=60, hi=75))
    from 11:00 (BK15);
  healthy-load (1): f, reports in flight following the load from 09:40 into
    the afternoon across 3 deploys 67-75 min apart (gen_intervals(seed, 3,
    lo=55, hi=75)), workers 72 (BK16, as BH16).

Split (Tests/Traces/split62.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev (BK01,
BK03, BK06, BK10), 12 validation.

  two:    long-interval BK01-BK02, culprit-last BK03-BK04, multi-task
          BK06-BK07, frequent-deploys BK10-BK11
  single: limit-raise BK05, night-pause BK08, quick-followup BK09,
          slow-leak BK12, healthy-long BK13, healthy-step BK14,
          healthy-lru BK15, healthy-load BK16

12 leaking (a: BK01, BK05, BK07, BK09, BK12; b: BK03, BK08; c: BK02, BK06,
BK10; d: BK04, BK11), 4 healthy (BK13 none, BK14 step, BK15 e, BK16 f).

Loads by batch 61's rule moved on by one batch: the mean over every case
of batches 59-61 of a kind and class (frequent deploys; intervals of an
hour or more) of (its unit) x (its measured / aimed ratio), %/h per unit of
load at peak traffic at 256 MiB (/work/tracelab-raw62/units.py; the same
units batch 61's README gives for the next batch):
  a 0.0204 frequent (not used), 0.0206 over an hour or more;
  b 0.00306 frequent (not used), 0.00311 over an hour or more;
  c 0.0108 frequent, 0.0128 over an hour or more;
  d 0.0157 frequent (batch 47's exception; plain rule 0.0122), 0.0116 over
    an hour or more.
Each load rounded so the unit gives the aim within 0.5 % (1.1 % for the
2 KB slow a; /work/tracelab-raw62/design.py, design.out).  Aims at peak
traffic (the night pause at 21:00, 0.733 of the peak):
  long-interval ~1.5 %/h (BK01 a 2 KB at 46, 320 MiB) and ~2 %/h (BK02 c
  3 KB at 65, 320 MiB); culprit-last ~4 %/h (BK03 b 16 lines at 94, 300
  MiB; BK04 d 4 KB at 108, 320 MiB); multi-task ~4.5 %/h per task (BK06 c
  6 KB at 220 over 3 tasks, BK07 a 6 KB at 91 over 2 tasks, 320 MiB);
  night-pause ~5 %/h at 21:00 (BK08 b 22 lines at 117, 300 MiB);
  quick-followup ~4.5 %/h (BK09 a 4 KB at 64, 300 MiB); frequent-deploys
  ~5 %/h (BK10 c 5 KB at 116, 320 MiB; BK11 d 4 KB at 93, 300 MiB);
  slow-leak ~1.5 %/h (BK12 a 2 KB at 46, 320 MiB).  The limit raise aims
  at an OOM about 50-60 min after the onset.  First recorded at ~85 %/h of
  300 MiB at peak (BK05 a 25 KB at 193): no OOM, the leak reached 80.4 %
  (241 MiB of RSS) at 14:29, the last minute of #2 (README, "Batch 62");
  re-recorded at 40 KB x 193, ~135 %/h of 300 MiB at peak by the unit (the
  first recording measured ~60 % of its aim by the RSS from 13:10 to
  14:29, so ~80-90 %/h expected), so about 40 %/h of 600 MiB after the
  raise, about 290 MiB of RSS by the end of #3, under the heap of 320 MB.  Healthy, earlier
  loads: BK13 orders 5 KB at 95, 300 MiB; BK14 step, orders 5 KB at 95 with
  60000 entries (as BH13 and BJ14), 300 MiB; BK15 LRU_MAX 400, 9000 SKUs,
  quote 22 lines at 95 (as BJ15), 320 MiB; BK16 report 450 KB held 430 ms
  at 100 req/s, 72 workers (as BH16), 320 MiB.  Heap 160 MB everywhere but
  BK05 after its raise.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RBJ = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios61.py"))["SCENARIOS"]   # R..I, AA..AZ, BA..BJ

_BK01 = [30, 35, 360, 30]
_BK02 = [30, 35, 360, 30]
_BK03 = [40, 45, 40, 150]
_BK04 = [40, 45, 45, 140]
_BK05 = [45, 50, 80, 60, 30]
_BK08 = [35, 35, 220, 35]
_BK09 = [45, 50, 8, 90, 45]
_BK12 = [40, 40, 90, 90]
_BK13 = [30, 360, 25]

BK_SCENARIOS = [
    # ================================================================== long-interval (BK01 dev, BK02 validation)
    dict(name="BK01-a-long-interval-6h-culprit-2-320", seed=62001, kind="a", culprit=2,
         intervals=list(_BK01),
         start="2029-09-19T07:35:00Z", service="bergschrund-serac-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=46, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/bergschrund-couloir-history", "Keep bergschrund serac orders for the couloir history"),
         note="culprit #2 at 08:40 after 30 and 35 min healthy intervals, then one 360 min (6 h) interval "
              "(08:40-14:40) as traffic rises to the peak; slow-ish leak (~1.5 %/h of 320 MiB at peak, less in "
              "the morning); #3 at 14:40 still leaks (30 min); epoch, ascending"),
    dict(name="BK02-c-long-interval-6h-culprit-2-320", seed=62002, kind="c", culprit=2,
         intervals=list(_BK02),
         start="2029-09-20T10:15:00Z", service="binnacle-sextant-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=65, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/binnacle-mizzen-listeners", "Tell open binnacle sextant bookings when a mizzen frees"),
         note="culprit #2 at 11:20 after 30 and 35 min healthy intervals, then one 360 min (6 h) interval "
              "(11:20-17:20) through the peak into the evening; slow-ish leak (~2 %/h of 320 MiB at peak, less "
              "in the evening); #3 at 17:20 still leaks (30 min); epoch"),
    # ================================================================== culprit-last (BK03 dev, BK04 validation)
    dict(name="BK03-b-culprit-last-300", seed=62003, kind="b", culprit=3,
         intervals=list(_BK03),
         start="2029-09-21T10:45:00Z", service="bullfinch-hawthorn-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/bullfinch-sloe-quote-memo", "Memoise bullfinch hawthorn quotes per sloe and customer"),
         note="the culprit is the last deploy #3 at 12:50: one 150 min interval of evidence after 40, 45 and 40 "
              "min healthy ones; ~4 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="BK04-d-culprit-last-320", seed=62004, kind="d", culprit=3,
         intervals=list(_BK04),
         start="2029-09-22T10:40:00Z", service="battledore-shuttlecock-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=108, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/battledore-shako-timers", "Confirm battledore shuttlecock bookings from delayed shako timers"),
         note="the culprit is the last deploy #3 at 12:50: one 140 min interval of evidence after 40, 45 and 45 "
              "min healthy ones; ~4 %/h of 320 MiB at peak; epoch, ascending"),
    # ================================================================== single (validation)
    dict(name="BK05-a-limit-raise-600", seed=62005, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 600, "heap_mb": 320},
         intervals=list(_BK05),
         start="2029-09-23T11:35:00Z", service="bezique-pinochle-orders",
         profile="orders", params={"payload_kb": 40}, peak_rps=193, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/bezique-trump-history", "Keep bezique pinochle orders for the trump history"),
         limit_pr_title=("ops/bezique-pinochle-orders-memory-600", "Give the bezique pinochle orders task 600 MiB of memory after OOM restarts"),
         note="leak from #2 at 13:10 (~135 %/h of 300 MiB at peak, heap 160 MB) should OOM about once in #2's 80 "
              "min; limit 300 -> 600 MiB (heap 320 MB) at #3 at 14:30, the percentages halve and the leak goes "
              "on through #3 (60 min) and #4 (30 min); epoch"),
    # ================================================================== multi-task (BK06 dev, BK07 validation)
    dict(name="BK06-c-three-tasks-culprit-2-320", seed=62006, kind="c", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(62006, 3, lo=55, hi=70),
         start="2029-09-24T11:07:00Z", service="bridle-halter-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=220, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/bridle-lanyard-listeners", "Tell open bridle halter bookings when a lanyard frees"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:10 (66 and 58 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="BK07-a-two-tasks-culprit-2-320", seed=62007, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(62007, 3, lo=55, hi=70),
         start="2029-09-25T10:56:00Z", service="burdock-thistle-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=91, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/burdock-teasel-history", "Keep burdock thistle orders for the teasel history"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (60 and 66 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    # ================================================================== singles (validation)
    dict(name="BK08-b-night-pause-evening-culprit-300", seed=62008, kind="b", culprit=2,
         intervals=list(_BK08),
         start="2029-09-26T19:30:00Z", service="basilisk-gorgon-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/basilisk-gambit-quote-memo", "Memoise basilisk gorgon quotes per gambit and customer"),
         note="leak from #2 at 20:40 (~5 %/h at 21:00), through a 220 min night interval to 00:20 where the slope "
              "follows the traffic down; #3 still leaks; good releases warm a per-SKU cache (400 SKUs); epoch, "
              "ascending"),
    dict(name="BK09-a-quick-followup-culprit-2-300", seed=62009, kind="a", culprit=2,
         intervals=list(_BK09),
         start="2029-09-27T11:35:00Z", service="broadsword-scabbard-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=64, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/broadsword-pommel-history", "Keep broadsword scabbard orders for the pommel history"),
         note="culprit #2 at 13:10 runs only 8 min before an unrelated follow-up #3 at 13:18 (which still leaks, "
              "90 min), then #4 at 14:48 (45 min); ~4.5 %/h of 300 MiB at peak"),
    # ================================================================== frequent-deploys (BK10 dev, BK11 validation)
    dict(name="BK10-c-frequent-deploys-culprit-5-320", seed=62010, kind="c", culprit=5,
         intervals=gen_intervals(62010, 8, lo=15, hi=45),
         start="2029-09-28T10:25:00Z", service="boatswain-capstan-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=116, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/boatswain-deadeye-listeners", "Tell open boatswain capstan bookings when a deadeye frees"),
         note="8 deploys 20-43 min apart, culprit #5 at 13:10 (4 leaking intervals, 20-42 min; its own 42 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="BK11-d-frequent-deploys-culprit-6-300", seed=62011, kind="d", culprit=6,
         intervals=gen_intervals(62011, 8, lo=15, hi=45),
         start="2029-09-29T09:42:00Z", service="blunderbuss-musket-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=93, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/blunderbuss-flintlock-timers", "Confirm blunderbuss musket bookings from delayed flintlock timers"),
         note="8 deploys 23-44 min apart, culprit #6 at 13:10 (3 leaking intervals, 23-41 min; its own 41 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    # ================================================================== single (validation)
    dict(name="BK12-a-slow-leak-culprit-2-320", seed=62012, kind="a", culprit=2,
         intervals=list(_BK12),
         start="2029-09-30T11:50:00Z", service="bitumen-tarmac-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=46, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/bitumen-mantle-history", "Keep bitumen tarmac orders for the mantle history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #2 at 13:10 after 40 and 40 min healthy intervals; "
              "90 and 90 min leaking intervals (180 min after the culprit)"),
    # ================================================================== healthy singles (validation)
    dict(name="BK13-none-long-interval-orders-300", seed=62013, kind="none",
         intervals=list(_BK13),
         start="2029-10-01T08:10:00Z", service="breeches-gaiter-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route; one 360 min (6 h) interval (08:40-14:40) through the morning ramp to the "
              "peak between 30 and 25 min ones; must not alarm; epoch"),
    dict(name="BK14-step-frequent-orders-300", seed=62014, kind="step", culprit=4,
         intervals=gen_intervals(62014, 8, lo=20, hi=40),
         start="2029-10-02T11:00:00Z", service="boulangerie-baguette-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/boulangerie-levain-table-at-boot", "Load the boulangerie levain table at boot"),
         note="level shift at #4 of 8 (13:10), orders route; 8 deploys 20-37 min apart; no trend after; must not "
              "alarm; epoch, ascending"),
    dict(name="BK15-e-lru-hourly-400-320", seed=62015, kind="e",
         intervals=gen_intervals(62015, 3, lo=60, hi=75),
         start="2029-10-03T11:00:00Z", service="bullion-ingot-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "400"}, scan_by="TimestampAscending",
         note="bounded LRU (400 entries) refilling after each of 3 deploys 65-75 min apart (hourly), from 11:00 "
              "through the peak to 15:35; must not alarm; ascending"),
    dict(name="BK16-f-load-morning-to-afternoon-320", seed=62016, kind="f", workers=72,
         intervals=gen_intervals(62016, 3, lo=55, hi=75),
         start="2029-10-04T09:40:00Z", service="brazier-ember-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="reports in flight follow the load up from the morning (09:40) into the afternoon (14:03), across "
              "3 deploys 64-75 min apart; must not alarm; epoch"),
]

SCENARIOS = _RBJ + BK_SCENARIOS
