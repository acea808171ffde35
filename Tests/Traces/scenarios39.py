"""memblame's tracelab scenarios, batch 39: AN01..AN16 (real memory traces with labels).

(Named AN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-38 used AA..AM.  No case folder, scenario
name or split entry starts with "AN"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 39"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios39.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios39.py --bytes \
        --jobs 2 --budget 1500 --cases Tests/Traces/real --raw ../tracelab-raw39 AN08-... AN13-...

(--budget 1500 as batches 36 and 38: AN08 alone has 2 820 samples, 705 s of
recording; the 16 cases have 8 178 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios38.py
first, unchanged and in the same order (positions 11..716, exactly as when
scenarios38.py is passed), and the AN scenarios after them (positions
717..732).  Only the AN scenarios are recorded from this file.  Seeds are
39001..39016 except AN04 39104 (with 39004 its PR 255010 equalled a
pipeline of L07) and AN16 39216 (with 39016 its PR 259230 equalled a
pipeline of L13, with 39116 its PR 259224 another one of L13); AN04's
intervals are still gen_intervals(39004, ...), AN16's are fixed in the file
(see the README for the number check).

The mix: four leaking cases with deploys every 15-45 min (b, d, c, a;
culprits #4 to #8 of 8-11 deploys), two with hourly deploys (c, d), one
with deploys a few hours apart (a), a long-interval case (b, deploys about a
day apart, the culprit #2 leaking for 22.5 h through the peak and a night),
a culprit-early case (c, the culprit #1 after 40 min of v1), a culprit-last
case (b, 165 min of evidence), a fix two deploys later (d), two tasks with
rolling deploys (a, metrics-ci.jsonl), and four healthy cases (a flat
orders service with deploys every 15-37 min, a bounded LRU with deploys
every 20-45 min, a bounded LRU with hourly deploys, a flat orders service
with deploys 140-160 min apart).

Split (Tests/Traces/split39.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 13
validation.

  four:   frequent-deploys AN01-AN04
  two:    hourly AN05-AN06, healthy-frequent AN13-AN14
  single: few-hours AN07, long-interval AN08, culprit-early AN09,
          culprit-last AN10, fixed-later AN11, multi-task AN12, healthy-lru
          AN15, healthy-flat AN16

12 leaking (a: AN04, AN07, AN12; b: AN01, AN08, AN10; c: AN03, AN05, AN09;
d: AN02, AN06, AN11; AN11 fixed two deploys later), 4 healthy.

Loads scaled from what batches 36-38 measured (README, "What did not go as
intended": the measured / aimed ratios), as batch 38 scaled from batches 36
and 37: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.020 unchanged (AM02 1.23 times at
    0.020 -> 0.0246, AL03 0.64 times at 0.0243 -> 0.0156; the mean 0.0201);
    over intervals of an hour or more ~0.020 (was 0.018: AM12 1.42 times ->
    0.0256, AL10 0.65 times at 0.0232 -> 0.0151; the mean 0.0203), for the
    few-hours case and, per task, the two-task case;
  b (detail x req/s) with frequent deploys ~0.0024 (was 0.0033: AM03 0.44
    times -> 0.0015, AL01 1.16 times at 0.0029 -> 0.0034; the mean); over
    intervals of an hour or more ~0.0027 (was 0.0024: AM11 1.22 times ->
    0.0029, AL12 0.97 times per task at 0.0026 -> 0.0025; the mean), for the
    long-interval and the culprit-last case;
  c (KB x req/s) with frequent deploys ~0.0106 (was 0.0132: AM01 0.55 times
    -> 0.0073, AL02 1.36 times at 0.0103 -> 0.0140; the mean); over
    intervals of an hour or more ~0.0085 (was 0.009: AM04 0.99 times ->
    0.0089, AM09 about 0.9 times of its aim at each hour's traffic ->
    0.0081; the mean), for the hourly and the culprit-early case;
  d (KB x req/s) with frequent deploys ~0.0134 (no d frequent case in batch
    38: AL04 0.74 times at 0.0150 -> 0.0111, AI03 -> 0.0156; the mean); over
    intervals of an hour or more ~0.011 (was 0.013: AM10 1.06 times per task
    -> 0.0138, AL08 0.58 times at 0.0145 -> 0.0084; the mean; AM05's
    long-interval and AM06's slow leak are other regimes), for the hourly
    and the fixed-later case.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AN01 b 27 lines at 96, 320 MiB; AN02 d 5 KB at
  87, 300 MiB; AN03 c 6 KB at 92, 300 MiB; AN04 a 3 KB at 104, 320 MiB);
  hourly ~4 %/h (AN05 c 6 KB at 98, 320 MiB; AN06 d 5 KB at 85, 300 MiB);
  few-hours ~4 %/h (AN07 a 3 KB at 100, 384 MiB / heap 192); long-interval
  ~1.5 %/h of 384 MiB at peak, far less at night (AN08 b 14 lines at 60,
  600 SKUs, heap 192); culprit-early ~4.5 %/h (AN09 c 7 KB at 95, 320 MiB);
  culprit-last ~4 %/h (AN10 b 18 lines at 96, 300 MiB); fixed-later ~5 %/h
  (AN11 d 6 KB at 89, 300 MiB); multi-task ~4.5 %/h per task (AN12 a 3 KB
  at 188 over 2 tasks, 320 MiB).  Healthy: AN13 none, orders, 9 deploys
  15-37 min apart; AN14 a bounded LRU (330 entries, 8000 SKUs), 9 deploys
  20-45 min apart; AN15 a bounded LRU (340 entries, 8500 SKUs), 4 deploys
  71-84 min apart (hourly); AN16 none, orders, 3 deploys 140-160 min apart
  (few hours).  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RM = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios38.py"))["SCENARIOS"]   # R..I, AA..AM

AN_SCENARIOS = [
    # ================================================================== frequent-deploys (AN01 dev, AN02-AN04 validation)
    dict(name="AN01-b-frequent-deploys-culprit-5-320", seed=39001, kind="b", culprit=5,
         intervals=gen_intervals(39001, 9, lo=15, hi=45),
         start="2028-09-05T10:23:00Z", service="anise-spice-quotes",
         profile="quote", params={"detail": 27, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/spice-blend-quote-memo", "Memoise anise spice quotes per blend and buyer"),
         note="9 deploys 20-44 min apart, culprit #5 at 13:10 (5 leaking intervals, 20-44 min; its own 20 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AN02-d-frequent-deploys-culprit-7-300", seed=39002, kind="d", culprit=7,
         intervals=gen_intervals(39002, 11, lo=15, hi=45),
         start="2028-09-06T09:47:00Z", service="anchor-berth-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=87, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/anchor-berth-warp-timers", "Release anchor berth bookings from delayed warp-line timers"),
         note="11 deploys 18-45 min apart, culprit #7 at 13:10 (5 leaking intervals, 20-45 min; its own 20 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AN03-c-frequent-deploys-culprit-4-300", seed=39003, kind="c", culprit=4,
         intervals=gen_intervals(39003, 8, lo=15, hi=45),
         start="2028-09-07T11:21:00Z", service="anemone-reef-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/reef-dive-listeners", "Tell open anemone reef bookings when a dive slot moves"),
         note="8 deploys 15-44 min apart, culprit #4 at 13:10 (5 leaking intervals, 22-44 min; its own 29 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="AN04-a-frequent-deploys-culprit-8-320", seed=39104, kind="a", culprit=8,
         intervals=gen_intervals(39004, 10, lo=15, hi=45),
         start="2028-09-08T08:48:00Z", service="angora-yarn-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=104, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/yarn-spinning-audit", "Keep angora yarn orders for the spinning audit"),
         note="10 deploys 22-40 min apart, culprit #8 at 13:10 (3 leaking intervals, 38-40 min; its own 40 min); "
              "~5 %/h of 320 MiB at peak"),
    # ================================================================== hourly (AN05 dev, AN06 validation)
    dict(name="AN05-c-hourly-culprit-2-320", seed=39005, kind="c", culprit=2,
         intervals=gen_intervals(39005, 4, lo=60, hi=90),
         start="2028-09-09T11:02:00Z", service="antler-lodge-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/lodge-cabin-listeners", "Tell open antler lodge bookings when a cabin changes"),
         note="4 deploys 60-73 min apart (hourly), culprit #2 at 13:10 (68, 73 and 60 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch, ascending"),
    dict(name="AN06-d-hourly-culprit-3-300", seed=39006, kind="d", culprit=3,
         intervals=gen_intervals(39006, 4, lo=60, hi=90),
         start="2028-09-10T09:31:00Z", service="anvil-forge-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=85, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/forge-quench-timers", "Release anvil forge bookings from delayed quench timers"),
         note="4 deploys 64-82 min apart (hourly), culprit #3 at 13:10 (82 and 69 min leaking); ~4 %/h of 300 "
              "MiB at peak"),
    # ================================================================== singles (all validation)
    dict(name="AN07-a-few-hours-culprit-2-384", seed=39007, kind="a", culprit=2,
         intervals=[100, 160, 180, 150],
         start="2028-09-11T08:00:00Z", service="anorak-stitch-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/anorak-seam-history", "Keep anorak stitch orders for the seam history"),
         note="v1 100 min, #1 at 09:40 (160 min), culprit #2 at 12:20 (180 min), #3 at 15:20 (150 min, still "
              "leaking; few hours: 330 min leaking through the afternoon); ~4 %/h of 384 MiB at peak; ascending"),
    dict(name="AN08-b-long-interval-22h-culprit-2-384", seed=39008, kind="b", culprit=2,
         intervals=[90, 1290, 1350, 90],
         start="2028-09-12T08:30:00Z", service="andesite-quarry-quotes",
         profile="quote", params={"detail": 14, "skus": 600}, peak_rps=60, heap_mb=192, limit_mib=384,
         ts_format="wire",
         culprit_pr_title=("perf/quarry-block-quote-memo", "Memoise andesite quarry quotes per block and mason"),
         note="deploys about a day apart: 90 min of v1, #1 at 10:00 (a healthy 21.5 h interval through a night), "
              "culprit #2 at 07:30 the next day and one 22.5 h interval through the peak and the night to #3 at "
              "06:00 (still leaking, 90 min); slow-ish leak (~1.5 %/h of 384 MiB at peak, far less at night); "
              "good releases warm a per-SKU cache (600 SKUs); epoch"),
    dict(name="AN09-c-culprit-first-after-40-320", seed=39009, kind="c", culprit=1,
         intervals=gen_intervals(39009, 3, {0: 40}, lo=40, hi=85),
         start="2028-09-15T10:50:00Z", service="angler-pier-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=95, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/pier-tide-listeners", "Tell open angler pier bookings when a tide slot moves"),
         note="culprit is the first deploy #1 at 11:30, after 40 min of v1; every later interval leaks (64-83 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="AN10-b-culprit-last-300", seed=39010, kind="b", culprit=3,
         intervals=[45, 55, 40, 165],
         start="2028-09-16T10:10:00Z", service="anchovy-tin-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/tin-catch-quote-memo", "Memoise anchovy tin quotes per catch and grocer"),
         note="culprit is the last deploy #3 at 12:30 after 2 deploys 40-55 min apart: a single 165 min interval "
              "of evidence (~4 %/h of 300 MiB at peak); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AN11-d-fixed-two-later-300", seed=39011, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(39011, 5, lo=50, hi=85),
         start="2028-09-17T11:06:00Z", service="antelope-safari-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=89, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/safari-jeep-timers", "Release antelope safari bookings from delayed jeep timers"),
         fixed_pr_title=("fix/safari-jeep-timers-cleared", "Check antelope safari jeeps at once instead of in delayed timers"),
         note="leak from #2 at 13:10 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:15 still leaks; fixed "
              "two deploys later by #4 at 15:20 (54 min of the fixed release, then #5 at 16:14, 81 min); epoch"),
    dict(name="AN12-a-two-tasks-culprit-2-320", seed=39012, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(39012, 3, lo=55, hi=85),
         start="2028-09-18T10:52:00Z", service="annex-ledger-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=188, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/annex-ledger-archive", "Keep annex ledger orders for the archive export"),
         note="2 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:10 (64 and 60 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl"),
    # ================================================================== healthy-frequent (AN13 dev, AN14 validation)
    dict(name="AN13-none-frequent-orders-300", seed=39013, kind="none",
         intervals=gen_intervals(39013, 9, lo=15, hi=40),
         start="2028-09-19T11:30:00Z", service="anthem-choir-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route, 11:30 through the peak; 9 deploys 15-37 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch, ascending"),
    dict(name="AN14-e-lru-frequent-330-300", seed=39014, kind="e",
         intervals=gen_intervals(39014, 9, lo=20, hi=45),
         start="2028-09-20T11:20:00Z", service="angelica-herb-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 20-45 min apart, 11:20 through the "
              "peak; must not alarm"),
    # ================================================================== healthy singles (validation)
    dict(name="AN15-e-lru-hourly-340-320", seed=39015, kind="e",
         intervals=gen_intervals(39015, 4, lo=60, hi=90),
         start="2028-09-21T11:15:00Z", service="antique-clock-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 4 deploys 71-84 min apart (hourly), from 11:15 "
              "through the peak into the evening; must not alarm; epoch"),
    dict(name="AN16-none-few-hours-orders-320", seed=39216, kind="none",
         intervals=[90, 140, 160, 150],
         start="2028-09-22T09:00:00Z", service="antenna-mast-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, 09:00 to 18:00; 3 deploys 140-160 min apart (few hours); must not alarm; "
              "ascending"),
]

SCENARIOS = _RM + AN_SCENARIOS
