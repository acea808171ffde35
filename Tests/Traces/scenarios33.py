"""memblame's tracelab scenarios, batch 33: AH01..AH14 (real memory traces with labels).

(Named AH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batch 26 used AA, batch 27 AB, batch 28 AC, batch 29 AD,
batch 30 AE, batch 31 AF and batch 32 AG.  No case folder, scenario name or
split entry starts with "AH"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS), so
"AH01-..." works as "AG01-..." does.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 33"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios33.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios33.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw33 AH01-... AH14-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 33 does not
reuse the ranges of R..I, AA, AB, AC, AD, AE, AF and AG, this file lists the
scenarios of scenarios32.py first, unchanged and in the same order (positions
11..626, exactly as when scenarios32.py is passed), and the AH scenarios after
them (positions 627..640). Only the AH scenarios are recorded from this file.
Seeds are 33001..33014, each the first one tried, except AH02: with 33002 four
of its PRs (222903, 222921, 222930, 222937) equalled pipeline numbers of P05
(P05-none-frequent-quote-300), so it got 33102 (the second one tried; its
intervals are still gen_intervals(33002, ...)); after that no collision (see
the README for the number check).

A broad mix this time, still weighted to frequent deploys: five leaking cases
with deploys every 15-45 min (c, b, a, d, b; culprits #3 to #8 of 8-10
deploys), two hourly (a, b), one culprit-last (d, 200 min of evidence), one
fixed two deploys later (b), one few-hours (c, 2-3 h intervals), and four
healthy cases.

Split (Tests/Traces/split33.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  3 dev, 11 validation.

  five:   frequent-deploys AH01-AH05
  two:    hourly AH06-AH07, healthy-frequent AH11-AH12 (AH12 a bounded LRU
          with frequent deploys, tagged healthy-frequent as AF12 and AG12
          were)
  single: culprit-last AH08, fixed-later AH09, few-hours AH10, healthy-lru
          AH13, healthy-flat AH14

10 leaking (a: AH03, AH06; b: AH02, AH05, AH07, AH09; c: AH01, AH10; d:
AH04, AH08; AH09 fixed two deploys later), 4 healthy.

Loads scaled from what batch 32 measured (README, "Batch 32", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 32 scaled from
batch 31: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), the mean of the last two cases of a kind and regime where they
disagreed:
  a (KB x req/s) with frequent deploys ~0.023 (was 0.017: AG02 1.44 times
    -> 0.0245, AF01 1.35 times at 0.016 -> 0.0216; the mean); with
    intervals of an hour or more ~0.020 (no such a case in batches 31-32:
    AE07 0.98 times at 0.020 -> 0.0196, AD10 0.96 times at 0.021 -> 0.020;
    the two agree);
  b (detail x req/s) with frequent deploys ~0.0032 (was 0.0023): the b
    frequent unit swings from batch to batch, so the mean of the last three
    batches' measured units (AG01, AG04, AG06 1.52-1.61 times, mean 1.57,
    at 0.0023 -> 0.0036; AF02 and AF05 0.65 times at 0.0036 -> 0.0023; AE03
    1.47 times at 0.0025 -> 0.0037); with intervals of 50-90 min and one
    task ~0.0024 (was 0.0019: AG09 1.55 times -> 0.0029, AE04 0.94 times ->
    0.0018; the mean), for the hourly and the fixed-later case; skus 400 as
    in batches 20-32;
  c (KB x req/s) with frequent deploys ~0.012 unchanged (AG03 1.02 times);
    over 2-3 h intervals ~0.008 (AG07 1.05 times at 0.008 over 205 min ->
    0.0084, AE06 0.9 times at 0.0085 over 175 min -> 0.0077; the mean);
  d (KB x req/s) with frequent deploys ~0.0156 (was 0.009: AG05 1.81 times
    -> 0.0163, AF04 1.49 times at 0.010 -> 0.0149; the mean); for one
    interval of 3-3.5 h (culprit-last) ~0.0087 (no d case with one long
    interval since batch 29: AC08 0.72 times at 0.012 over 175 min ->
    0.0086, AD06 as aimed at 0.0088 over 165 min; the two agree, though d
    with shorter intervals has measured higher since: AF09, AG05, AG10).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AH01 c 5 KB at 104, 320 MiB; AH02 b 19 lines at
  96, 300 MiB; AH03 a 3 KB at 85, 300 MiB; AH04 d 4 KB at 100, 320 MiB;
  AH05 b 20 lines at 98, 320 MiB); hourly ~4 %/h (AH06 a 3 KB at 78, 300
  MiB; AH07 b 22 lines at 95, 320 MiB); culprit-last ~4 %/h (AH08 d 5 KB at
  115, 320 MiB, the last deploy #3 at 12:00, 200 min of evidence);
  fixed-later ~5 %/h (AH09 b 25 lines at 98, 300 MiB, fixed two deploys
  later); few-hours ~4 %/h (AH10 c 6 KB at 125, 384 MiB, heap 192, 120,
  145 and 160 min intervals, the culprit #2 at 12:45 the last deploy).  Healthy: AH11 none, orders, 9 deploys 15-41
  min apart; AH12 a bounded LRU (310 entries, 8000 SKUs) on the quote
  route, 9 deploys 15-40 min apart; AH13 a bounded LRU (340 entries, 8500
  SKUs) on the quote route from 11:15, 4 deploys 61-79 min apart (hourly);
  AH14 none, quote, 10:00 into the afternoon, 4 deploys 60-87 min apart
  (hourly).  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RG = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios32.py"))["SCENARIOS"]   # R..I, AA, AB, AC, AD, AE, AF and AG

AH_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AH01 dev, AH02-AH05 validation)
    dict(name="AH01-c-frequent-deploys-culprit-6-320", seed=33001, kind="c", culprit=6,
         intervals=gen_intervals(33001, 9, lo=15, hi=45),
         start="2028-06-01T09:15:00Z", service="ahead-start-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/start-wave-listeners", "Tell open ahead-start bookings when a start wave moves"),
         note="9 deploys 18-45 min apart, culprit #6 at 13:12 (4 leaking intervals, 18-45 min; its own 37 min); "
              "~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AH02-b-frequent-deploys-culprit-4-300", seed=33102, kind="b", culprit=4,
         intervals=gen_intervals(33002, 9, lo=15, hi=45),
         start="2028-06-02T11:15:00Z", service="ahoy-deck-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/deck-berth-quote-memo", "Memoise ahoy deck quotes per berth and crew"),
         note="9 deploys 16-37 min apart, culprit #4 at 13:14 (6 leaking intervals, 21-36 min; its own 29 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="AH03-a-frequent-deploys-culprit-8-300", seed=33003, kind="a", culprit=8,
         intervals=gen_intervals(33003, 10, lo=15, hi=45),
         start="2028-06-03T09:55:00Z", service="ahi-tuna-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=85, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tuna-catch-ledger", "Keep ahi tuna orders for the catch ledger"),
         note="10 deploys 16-36 min apart, culprit #8 at 13:13 (3 leaking intervals, 23-34 min; its own 31 min); "
              "~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="AH04-d-frequent-deploys-culprit-3-320", seed=33004, kind="d", culprit=3,
         intervals=gen_intervals(33004, 8, lo=15, hi=45),
         start="2028-06-04T11:25:00Z", service="ahimsa-retreat-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/retreat-hold-timers", "Release ahimsa retreat bookings from delayed hold timers"),
         note="8 deploys 16-44 min apart, culprit #3 at 13:14 (6 leaking intervals, 16-36 min; its own 32 min); "
              "~5 %/h of 320 MiB at peak"),
    dict(name="AH05-b-frequent-deploys-culprit-7-320", seed=33005, kind="b", culprit=7,
         intervals=gen_intervals(33005, 10, lo=15, hi=45),
         start="2028-06-05T10:15:00Z", service="ahull-sail-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/sail-rig-quote-memo", "Memoise ahull sail quotes per rig and skipper"),
         note="10 deploys 16-39 min apart, culprit #7 at 13:13 (4 leaking intervals, 28-37 min; its own 36 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== hourly (AH06 dev, AH07 validation)
    dict(name="AH06-a-hourly-culprit-2-300", seed=33006, kind="a", culprit=2,
         intervals=gen_intervals(33006, 4, lo=60, hi=90),
         start="2028-06-06T10:35:00Z", service="aha-moment-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=78, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/moment-replay-archive", "Keep aha moment orders for the replay archive"),
         note="4 deploys 60-89 min apart (hourly), culprit #2 at 13:12 (82, 88 and 60 min leaking); ~4 %/h of 300 "
              "MiB at peak; ascending"),
    dict(name="AH07-b-hourly-culprit-3-320", seed=33007, kind="b", culprit=3,
         intervals=gen_intervals(33007, 4, lo=60, hi=90),
         start="2028-06-07T10:00:00Z", service="ahold-grip-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/grip-size-quote-memo", "Memoise ahold grip quotes per size and climber"),
         note="4 deploys 62-67 min apart (hourly), culprit #3 at 13:17 (62 and 62 min leaking); ~4 %/h of 320 MiB "
              "at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    # ================================================================== singles (all validation)
    dict(name="AH08-d-culprit-last-320", seed=33008, kind="d", culprit=3,
         intervals=[55, 45, 50, 200],
         start="2028-06-08T09:30:00Z", service="ahem-podium-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=115, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/podium-slot-timers", "Release ahem podium bookings from delayed slot timers"),
         note="culprit is the last deploy #3 at 12:00 after 2 deploys 45-50 min apart: a single 200 min interval "
              "of evidence (~4 %/h of 320 MiB at peak)"),
    dict(name="AH09-b-fixed-two-later-300", seed=33009, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(33009, 4, lo=50, hi=85),
         start="2028-06-09T10:40:00Z", service="ahorse-saddle-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=98, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/saddle-fit-quote-memo", "Memoise ahorse saddle quotes per fit and rider"),
         fixed_pr_title=("fix/saddle-quote-memo-per-fit", "Key ahorse saddle quote memo by fit only"),
         note="leak from #2 at 13:15 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:09 still leaks; fixed "
              "two deploys later by #4 at 15:23 (59 min of the fixed release to the end); good releases warm a "
              "per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="AH10-c-few-hours-culprit-2-384", seed=33010, kind="c", culprit=2,
         intervals=[120, 145, 160],
         start="2028-06-10T08:20:00Z", service="ahistoric-archive-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=125, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/archive-reel-listeners", "Tell open ahistoric archive bookings when a reel is restored"),
         note="v1 120 min, #1 at 10:20 (145 min), culprit #2 at 12:45, the last deploy (few hours: 160 min "
              "leaking through the afternoon); ~4 %/h of 384 MiB at peak; ascending"),
    # ================================================================== healthy-frequent (AH11 dev, AH12 validation)
    dict(name="AH11-none-frequent-orders-320", seed=33011, kind="none",
         intervals=gen_intervals(33011, 9, lo=15, hi=45),
         start="2028-06-11T11:30:00Z", service="ahuehuete-grove-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, orders route, 11:30 through the peak; 9 deploys 15-41 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AH12-e-lru-frequent-310-300", seed=33012, kind="e",
         intervals=gen_intervals(33012, 9, lo=15, hi=45),
         start="2028-06-12T11:20:00Z", service="ahupuaa-land-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "310"},
         note="bounded LRU (310 entries) refilling after each of 9 deploys 16-40 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy singles (validation)
    dict(name="AH13-e-lru-hourly-340-320", seed=33013, kind="e",
         intervals=gen_intervals(33013, 4, lo=60, hi=90),
         start="2028-06-13T11:15:00Z", service="ahchoo-tissue-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 4 deploys 61-79 min apart (hourly), from 11:15 "
              "through the peak into the evening; must not alarm; ascending"),
    dict(name="AH14-none-hourly-quote-300", seed=33014, kind="none",
         intervals=gen_intervals(33014, 4, lo=60, hi=90),
         start="2028-06-14T10:00:00Z", service="ahu-shrine-quotes",
         profile="quote", params={"detail": 20}, peak_rps=92, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, quote route, 10:00 into the afternoon (16:04 end); 4 deploys 60-87 min apart (hourly); "
              "must not alarm; epoch"),
]

SCENARIOS = _RG + AH_SCENARIOS
