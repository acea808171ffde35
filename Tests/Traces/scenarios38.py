"""memblame's tracelab scenarios, batch 38: AM01..AM16 (real memory traces with labels).

(Named AM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-37 used AA..AL.  No case folder, scenario
name or split entry starts with "AM"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 38"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios38.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios38.py --bytes \
        --jobs 2 --budget 1500 --cases Tests/Traces/real --raw ../tracelab-raw38 AM05-... AM16-...

(--budget 1500 as batch 36: AM05 alone has 2 900 samples, 725 s of
recording; the 16 cases have 8 483 samples in all.)

PR and pipeline numbers: this file lists the scenarios of scenarios37.py
first, unchanged and in the same order (positions 11..700, exactly as when
scenarios37.py is passed), and the AM scenarios after them (positions
701..716).  Only the AM scenarios are recorded from this file.  Seeds are
38001..38016 (see the README for the number check).

A broad mix meant to measure every regime once more: three leaking cases
with deploys every 15-45 min (c, a, b; culprits #4 to #6 of 8-10 deploys),
one with deploys every 2.5-3 h (few-hours, c), one long-interval case (d,
deploys about a day apart over 48 h, the culprit #2 leaking for 23 h through
the peak and a night), a slow leak (d, ~0.5 %/h), an OOM within the hour
after the culprit (a), a memory limit raised after OOM restarts (b, 256 ->
512 MiB from #3), a leak whose slope follows the traffic down into the night
(c, night-pause), three tasks with rolling deploys (d, metrics-ci.jsonl), a
feature-flag flip inside an interval (b, no culprit deploy), a culprit-early
case (a, the culprit #1 after 45 min of v1), and four healthy cases (a
bounded LRU with deploys every 22-45 min, a bounded LRU with hourly
deploys, memory that follows load from the morning into the afternoon, a
step at one deploy with deploys a few hours apart).

Split (Tests/Traces/split38.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  1 dev, 15
validation.

  three:  frequent-deploys AM01-AM03
  single: few-hours AM04, long-interval AM05, slow-leak AM06, oom-fast AM07,
          limit-raise AM08, night-pause AM09, multi-task AM10, flag-flip
          AM11, culprit-early AM12, healthy-frequent AM13 (a bounded LRU with
          frequent deploys, as AF12-AL14), healthy-lru AM14 (as AK16),
          healthy-load AM15 (as AK15), healthy-step AM16 (as AI13, AK14,
          AL15)

12 leaking (a: AM02, AM07, AM12; b: AM03, AM08, AM11; c: AM01, AM04, AM09;
d: AM05, AM06, AM10; AM11 a flag flip with no culprit deploy; AM08 with a
raised limit), 4 healthy.

Loads scaled from what batches 36 and 37 measured (README, "What did not go
as intended": the measured / aimed ratios), as batch 37 scaled from batch
36: the old unit times measured / aimed, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit),
the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.020 (was 0.0243: AL03 0.64 times
    -> 0.0156, AK03 1.14 times at 0.0215 -> 0.0245; the mean); over
    intervals of an hour or more ~0.018 (was 0.0232: AL06 0.90 times ->
    0.0209, AL10 0.65 times -> 0.0151; the mean), for the culprit-early
    case; the OOM case copies K01 and Q11 (40 KB at 160 req/s, OOM 58.5 and
    61.5 min after the onset) with 44 KB at 165;
  b (detail x req/s) with frequent deploys ~0.0033 (was 0.0029: AL01 1.16
    times -> 0.0034, AK01 1.24 times at 0.0027 -> 0.0033); over intervals of
    an hour or more ~0.0024 (was 0.0026: AL05 0.83 times -> 0.0022, AL12
    0.97 times per task -> 0.0025), for the flag-flip case; skus 400; the
    limit-raise case copies U36 (120 lines at 130 req/s, 600 SKUs, 256 MiB
    / heap 128: OOM restarts about every 1.5 h at the peak);
  c (KB x req/s) with frequent deploys ~0.0132 (was 0.0103: AL02 1.36
    times -> 0.0140, AK02 1.18 times at 0.0105 -> 0.0124; the mean); over
    intervals of an hour or more ~0.009 (was 0.0115: AL09 0.68 times ->
    0.0078, AL11 0.82 times -> 0.0094; the mean 0.0086, rounded up), for
    the few-hours and the night-pause case;
  d (KB x req/s) over intervals of an hour or more ~0.013 (AK04 0.99 times
    at 0.0127 over 2-2.5 h -> 0.0126, AL08 0.58 times at 0.0145 -> 0.0084,
    AK09 1.46 times at 0.012 -> 0.0175; the mean of the last two 0.013),
    for the long-interval case and, per task, the three-task case; the
    slow leak scales H09 (1 KB at 85 req/s, 300 MiB: 0.92 and 0.61 %/h)
    and Y01 (1 KB at 60, 256 MiB: 0.63 and 0.75) to 1 KB at 55.
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AM01 c 5 KB at 89, 300 MiB; AM02 a 3 KB at 104,
  320 MiB; AM03 b 20 lines at 95, 320 MiB); few-hours ~4 %/h (AM04 c 7 KB
  at 95, 384 MiB / heap 192); long-interval ~1.2 %/h of 384 MiB at peak
  (AM05 d 4 KB at 35, heap 192; less at night); slow-leak ~0.5 %/h (AM06 d
  1 KB at 55, 300 MiB); oom-fast (AM07 a 44 KB at 165, 256 MiB / heap 128:
  OOM about 50-55 min after the onset); limit-raise (AM08 b 120 lines at
  130, 600 SKUs, 256 MiB / heap 128, ~25-30 %/h at peak: about two OOM
  restarts in #2's 200 min, then 512 MiB / heap 256 from #3); night-pause
  ~5 %/h at 21:00, less as the traffic falls (AM09 c 7 KB at 93, 300 MiB);
  multi-task ~4.5 %/h per task (AM10 d 5 KB at 255 over 3 tasks, 320 MiB);
  flag-flip ~4.5 %/h (AM11 b 24 lines at 98, 320 MiB); culprit-early ~4.5
  %/h (AM12 a 3 KB at 104, 320 MiB).  Healthy: AM13 a bounded LRU (330
  entries, 8000 SKUs) with 9 deploys 22-45 min apart; AM14 a bounded LRU
  (340 entries, 8500 SKUs) with 4 deploys 60-88 min apart; AM15 f, reports
  in flight from the morning into the afternoon; AM16 a step (60000-entry
  table at boot) at #2 of 3, quote route, deploys 130-170 min apart.  The
  "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RL = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios37.py"))["SCENARIOS"]   # R..I, AA..AL

_AM11 = [50, 60, 160, 60]

AM_SCENARIOS = [
    # ================================================================== frequent-deploys (AM01 dev, AM02-AM03 validation)
    dict(name="AM01-c-frequent-deploys-culprit-5-300", seed=38001, kind="c", culprit=5,
         intervals=gen_intervals(38001, 9, lo=15, hi=45),
         start="2028-08-16T11:00:00Z", service="amethyst-cave-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=89, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/cave-tour-listeners", "Tell open amethyst cave bookings when a tour slot moves"),
         note="9 deploys 16-44 min apart, culprit #5 at 13:10 (5 leaking intervals, 16-44 min; its own 41 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AM02-a-frequent-deploys-culprit-6-320", seed=38002, kind="a", culprit=6,
         intervals=gen_intervals(38002, 10, lo=15, hi=45),
         start="2028-08-17T09:48:00Z", service="ammonite-fossil-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/fossil-dig-audit", "Keep ammonite fossil orders for the dig audit"),
         note="10 deploys 18-42 min apart, culprit #6 at 13:10 (5 leaking intervals, 19-30 min; its own 24 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AM03-b-frequent-deploys-culprit-4-320", seed=38003, kind="b", culprit=4,
         intervals=gen_intervals(38003, 8, lo=15, hi=45),
         start="2028-08-18T11:36:00Z", service="amaranth-seed-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/seed-lot-quote-memo", "Memoise amaranth seed quotes per lot and grower"),
         note="8 deploys 15-43 min apart, culprit #4 at 13:10 (5 leaking intervals, 17-43 min; its own 43 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="AM04-c-few-hours-culprit-2-384", seed=38004, kind="c", culprit=2,
         intervals=[90, 150, 170, 140],
         start="2028-08-19T08:10:00Z", service="amber-resin-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=95, heap_mb=192, limit_mib=384,
         culprit_pr_title=("feat/resin-kiln-listeners", "Tell open amber resin bookings when a kiln changes"),
         note="v1 90 min, #1 at 09:40 (150 min), culprit #2 at 12:10 (170 min), #3 at 15:00 (140 min, still "
              "leaking; few hours: 310 min leaking through the afternoon); ~4 %/h of 384 MiB at peak"),
    dict(name="AM05-d-long-interval-23h-culprit-2-384", seed=38005, kind="d", culprit=2,
         intervals=[100, 1320, 1380, 100],
         start="2028-08-20T08:20:00Z", service="amble-trail-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=35, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/trail-permit-timers", "Release amble trail bookings from delayed permit timers"),
         note="deploys about a day apart: 100 min of v1, #1 at 10:00 (a healthy 22 h interval through a night), "
              "culprit #2 at 08:00 the next day and one 23 h interval through the peak and the night to #3 at "
              "07:00 (still leaking, 100 min); slow-ish leak (~1.2 %/h of 384 MiB at peak, far less at night); "
              "epoch, ascending"),
    dict(name="AM06-d-slow-leak-culprit-2-300", seed=38006, kind="d", culprit=2,
         intervals=[60, 65, 190, 170],
         start="2028-08-23T08:30:00Z", service="ampoule-lab-orders",
         profile="orders", params={"payload_kb": 1}, peak_rps=55, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/ampoule-seal-timers", "Check ampoule lab orders from delayed seal timers"),
         note="slow leak (~0.5 %/h of 300 MiB at peak) from #2 at 10:35 after 60 and 65 min healthy intervals; "
              "190 and 170 min leaking intervals; epoch"),
    dict(name="AM07-a-oom-fast-culprit-2-256", seed=38007, kind="a", culprit=2,
         intervals=[50, 55, 100, 45],
         start="2028-08-24T11:30:00Z", service="amulet-charm-orders",
         profile="orders", params={"payload_kb": 44}, peak_rps=165,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/charm-engraving-audit", "Keep amulet charm orders for the engraving audit"),
         note="leak from #2 at 13:15, 44 KB orders at 165 req/s: OOM about 50-55 min after the onset (heap 128 "
              "MB, 256 MiB), in #2 (100 min); #3 (45 min) still leaking; ascending"),
    dict(name="AM08-b-limit-raise-512", seed=38008, kind="b", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 512, "heap_mb": 256},
         intervals=[60, 70, 200, 160, 120],
         start="2028-08-25T10:00:00Z", service="ambrosia-dessert-quotes",
         profile="quote", params={"detail": 120, "skus": 600}, peak_rps=130, ts_format="wire",
         culprit_pr_title=("perf/dessert-course-quote-memo", "Memoise ambrosia dessert quotes per course and guest"),
         limit_pr_title=("ops/ambrosia-quotes-memory-512", "Raise ambrosia dessert quotes memory to 512 MiB after OOM restarts"),
         note="leak from #2 at 12:10 (~25-30 %/h of 256 MiB at peak) should OOM about twice in #2's 200 min; "
              "limit 256 -> 512 MiB (heap 256 MB) at #3 at 15:30, the leak goes on (half the slope in %) "
              "through #3 (160 min) and #4 (120 min); epoch"),
    dict(name="AM09-c-night-pause-evening-culprit-300", seed=38009, kind="c", culprit=2,
         intervals=[35, 40, 280, 35],
         start="2028-08-26T19:40:00Z", service="ambient-radio-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/radio-slot-listeners", "Tell open ambient radio bookings when a slot moves"),
         note="leak from #2 at 20:55 (~5 %/h then), through a 280 min night interval to 01:35 where the slope "
              "follows the traffic down (~2.5 %/h by 01:00); #3 still leaks"),
    dict(name="AM10-d-three-tasks-culprit-2-320", seed=38010, kind="d", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(38010, 3, lo=55, hi=85),
         start="2028-08-28T10:42:00Z", service="amplifier-gig-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=255, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/gig-soundcheck-timers", "Release amplifier gig bookings from delayed soundcheck timers"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:10 (57 and 60 min leaking); each "
              "task ~4.5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending"),
    dict(name="AM11-b-flag-flip-320", seed=38011, kind="b", flag="amaretto_cask_memo",
         flag_at=sum(_AM11[:2]) + 80, intervals=_AM11,
         start="2028-08-29T09:50:00Z", service="amaretto-cask-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag amaretto_cask_memo on at 12:59:30, 80 min after #2 and 80 min before #3; "
              "quotes memoised per cask and buyer (~4.5 %/h of 320 MiB at peak) from then on, in every later "
              "release; flat before the flip; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="AM12-a-culprit-first-after-45-320", seed=38012, kind="a", culprit=1,
         intervals=gen_intervals(38012, 3, {0: 45}, lo=40, hi=85),
         start="2028-08-30T10:45:00Z", service="amaryllis-bulb-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=104, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bulb-season-history", "Keep amaryllis bulb orders for the season history"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (62-84 "
              "min, ~4.5 %/h of 320 MiB at peak); ascending"),
    dict(name="AM13-e-lru-frequent-330-300", seed=38013, kind="e",
         intervals=gen_intervals(38013, 9, lo=20, hi=45),
         start="2028-08-31T11:20:00Z", service="ambergris-float-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 22-45 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    dict(name="AM14-e-lru-hourly-340-320", seed=38014, kind="e",
         intervals=gen_intervals(38014, 4, lo=60, hi=90),
         start="2028-09-01T11:15:00Z", service="amoeba-culture-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 4 deploys 60-88 min apart (hourly), from 11:15 "
              "through the peak into the evening; must not alarm; ascending"),
    dict(name="AM15-f-load-morning-to-afternoon-320", seed=38015, kind="f", workers=72,
         intervals=gen_intervals(38015, 4, lo=50, hi=75),
         start="2028-09-02T09:40:00Z", service="amphitheatre-seat-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="reports in flight follow the load up from the morning (09:40) into the afternoon (15:27), across "
              "4 deploys 53-75 min apart; must not alarm; epoch"),
    dict(name="AM16-step-few-hours-quote-320", seed=38016, kind="step", culprit=2,
         intervals=[80, 150, 170, 130],
         start="2028-09-03T09:00:00Z", service="ammeter-gauge-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/gauge-rate-table-at-boot", "Load the ammeter gauge rate table at boot"),
         note="level shift at #2 of 3 (12:50), quote route; 3 deploys 130-170 min apart (few hours); no trend "
              "after; must not alarm"),
]

SCENARIOS = _RL + AM_SCENARIOS
