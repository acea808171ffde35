"""memblame's tracelab scenarios, batch 35: AJ01..AJ14 (real memory traces with labels).

(Named AJ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-34 used AA..AI.  No case folder, scenario name
or split entry starts with "AJ"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 35"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios35.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios35.py --bytes \
        --jobs 2 --budget 750 --cases Tests/Traces/real --raw ../tracelab-raw35 AJ01-... AJ14-...

PR and pipeline numbers: this file lists the scenarios of scenarios34.py
first, unchanged and in the same order (positions 11..654, exactly as when
scenarios34.py is passed), and the AJ scenarios after them (positions
655..668). Only the AJ scenarios are recorded from this file.  Seeds are
35001..35014 (see the README for the number check).

A broad mix: four leaking cases with deploys every 15-45 min (b, c, a, b;
culprits #4 to #7 of 8-10 deploys), two hourly (d, b), two culprit-last (a
with 150 min of evidence, d with 210 min), one culprit-early (c, the culprit
#1 after 45 min of v1), one fixed two deploys later (b), and four healthy
cases.

Split (Tests/Traces/split35.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev, 10 validation.

  four:   frequent-deploys AJ01-AJ04
  two:    hourly AJ05-AJ06, culprit-last AJ07-AJ08, healthy-frequent
          AJ11-AJ12 (AJ12 a bounded LRU with frequent deploys, tagged
          healthy-frequent as AF12-AI12 were)
  single: culprit-early AJ09, fixed-later AJ10, healthy-lru AJ13 (as AG13,
          AH13), healthy-flat AJ14

10 leaking (a: AJ03, AJ07; b: AJ01, AJ04, AJ06, AJ10; c: AJ02, AJ09; d:
AJ05, AJ08; AJ10 fixed two deploys later), 4 healthy.

Loads scaled from what batch 34 measured (README, "Batch 34", the ~%/h =
change / (n - 16 min) of its leaking intervals), as batch 34 scaled from
batch 33: the old unit times measured / aimed, as %/h per unit of load at
peak traffic, normalised to 256 MiB (multiply by 256 / limit for another
limit), the mean of the last two cases of a kind and regime:
  a (KB x req/s) with frequent deploys ~0.0215 (was 0.024: AI01 0.79 times
    -> 0.019, a GC inside a last window; AH03 -> 0.0235; the mean); over
    long intervals ~0.019 (AI10 0.76 times at 0.021 -> 0.016, AH06 ->
    0.0214; the mean), for the culprit-last case;
  b (detail x req/s) with frequent deploys ~0.0030 (was 0.0029: AI02 1.11
    times -> 0.0032, AI05 1.00 times -> 0.0029); hourly ~0.0026 (between
    the frequent unit and AI07's 1.05 times at 0.0024 -> 0.0025); two deploys
    before a fix ~0.0025 (AH09 1.05 times at 0.0024 -> 0.0025); skus 400;
  c (KB x req/s) with frequent deploys ~0.0128 (was 0.0125: AI04 1.03 times
    -> 0.0129, AH01 -> 0.0127); culprit-early, 67-76 min intervals ~0.0105
    (AI09 hourly 0.93 times at 0.011 -> 0.0102, AI06 0.93 times at 0.010 ->
    0.0093, AH10 -> 0.0116);
  d (KB x req/s) hourly ~0.013 (AI08 1.61 times at 0.0087 over 125-135 min
    -> 0.014, frequent-deploys 0.015); over one 3.5 h interval (culprit-last)
    ~0.0113 (AI08 -> 0.014, AH08 1.00 times over 200 min -> 0.0087; the mean).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (AJ01 b 22 lines at 95, 320 MiB; AJ02 c 5 KB at
  92, 300 MiB; AJ03 a 3 KB at 97, 320 MiB; AJ04 b 21 lines at 93, 300 MiB);
  hourly ~4 %/h (AJ05 d 4 KB at 96, 320 MiB; AJ06 b 19 lines at 95, 300
  MiB); culprit-last ~4 %/h (AJ07 a 3 KB at 82, 300 MiB, the last deploy #3
  at 12:15, 150 min of evidence; AJ08 d 5 KB at 88, 320 MiB, the last deploy
  #2 at 12:00, 210 min of evidence); culprit-early ~4.5 %/h (AJ09 c 6 KB at
  89, 320 MiB); fixed-later ~5 %/h (AJ10 b 25 lines at 94, 300 MiB, fixed
  two deploys later).  Healthy: AJ11 none, quote, 9 deploys 15-42 min apart;
  AJ12 a bounded LRU (330 entries, 8000 SKUs) on the quote route, 9 deploys
  21-45 min apart; AJ13 a bounded LRU (340 entries, 8500 SKUs), 4 deploys
  60-90 min apart (hourly); AJ14 none, orders, 4 deploys 60-87 min apart
  (hourly).  The "~N %/h" in the notes are these aims, not measurements (see
  the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RI = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios34.py"))["SCENARIOS"]   # R..I, AA..AI

AJ_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (AJ01 dev, AJ02-AJ04 validation)
    dict(name="AJ01-b-frequent-deploys-culprit-4-320", seed=35001, kind="b", culprit=4,
         intervals=gen_intervals(35001, 9, lo=15, hi=45),
         start="2028-06-29T10:35:00Z", service="ajvar-relish-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/relish-batch-quote-memo", "Memoise ajvar relish quotes per batch and grocer"),
         note="9 deploys 17-42 min apart, culprit #4 at 13:09 (6 leaking intervals, 17-39 min; its own 22 min); "
              "~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AJ02-c-frequent-deploys-culprit-7-300", seed=35002, kind="c", culprit=7,
         intervals=gen_intervals(35002, 10, lo=15, hi=45),
         start="2028-06-30T09:30:00Z", service="ajuga-bloom-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=92, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bloom-bed-listeners", "Tell open ajuga bloom bookings when a bed is replanted"),
         note="10 deploys 21-42 min apart, culprit #7 at 13:10 (4 leaking intervals, 24-42 min; its own 42 min); "
              "~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AJ03-a-frequent-deploys-culprit-5-320", seed=35003, kind="a", culprit=5,
         intervals=gen_intervals(35003, 8, lo=15, hi=45),
         start="2028-07-01T10:05:00Z", service="ajar-gate-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=97, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/gate-latch-audit", "Keep ajar gate orders for the latch audit"),
         note="8 deploys 24-45 min apart, culprit #5 at 13:09 (4 leaking intervals, 25-45 min; its own 26 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AJ04-b-frequent-deploys-culprit-6-300", seed=35004, kind="b", culprit=6,
         intervals=gen_intervals(35004, 9, lo=15, hi=45),
         start="2028-07-02T09:05:00Z", service="ajwain-seed-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/seed-grind-quote-memo", "Memoise ajwain seed quotes per grind and spicer"),
         note="9 deploys 23-45 min apart, culprit #6 at 13:10 (4 leaking intervals, 23-45 min; its own 36 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== hourly (AJ05 dev, AJ06 validation)
    dict(name="AJ05-d-hourly-culprit-2-320", seed=35005, kind="d", culprit=2,
         intervals=gen_intervals(35005, 4, lo=60, hi=90),
         start="2028-07-03T10:40:00Z", service="ajiaco-pot-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=96, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/pot-simmer-timers", "Release ajiaco pot bookings from delayed simmer timers"),
         note="4 deploys 60-90 min apart (hourly), culprit #2 at 13:08 (90, 86 and 78 min leaking); ~4 %/h of 320 "
              "MiB at peak; epoch"),
    dict(name="AJ06-b-hourly-culprit-3-300", seed=35006, kind="b", culprit=3,
         intervals=gen_intervals(35006, 4, lo=60, hi=90),
         start="2028-07-04T09:40:00Z", service="ajoite-crystal-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/crystal-cut-quote-memo", "Memoise ajoite crystal quotes per cut and collector"),
         note="4 deploys 64-89 min apart (hourly), culprit #3 at 13:10 (77 and 89 min leaking); ~4 %/h of 300 MiB "
              "at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    # ================================================================== culprit-last (AJ07 dev, AJ08 validation)
    dict(name="AJ07-a-culprit-last-300", seed=35007, kind="a", culprit=3,
         intervals=[45, 50, 40, 150],
         start="2028-07-05T10:00:00Z", service="ajowan-spice-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=82, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/spice-blend-history", "Keep ajowan spice orders for the blend history"),
         note="culprit is the last deploy #3 at 12:15 after 2 deploys 40-50 min apart: a single 150 min interval "
              "of evidence (~4 %/h of 300 MiB at peak); epoch"),
    dict(name="AJ08-d-culprit-last-320", seed=35008, kind="d", culprit=2,
         intervals=[55, 40, 210],
         start="2028-07-06T10:25:00Z", service="ajedrez-board-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/board-clock-timers", "Release ajedrez board bookings from delayed clock timers"),
         note="culprit is the last deploy #2 at 12:00 after 1 deploy 55 min in: a single 210 min interval of "
              "evidence (~4 %/h of 320 MiB at peak); epoch, ascending"),
    # ================================================================== singles (all validation)
    dict(name="AJ09-c-culprit-first-after-45-320", seed=35009, kind="c", culprit=1,
         intervals=gen_intervals(35009, 3, {0: 45}, lo=45, hi=85),
         start="2028-07-07T10:45:00Z", service="ajaccio-ferry-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=89, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/ferry-quay-listeners", "Tell open ajaccio ferry bookings when a quay changes"),
         note="culprit is the first deploy #1 at 11:30, after 45 min of v1; every later interval leaks (67-76 "
              "min, ~4.5 %/h of 320 MiB at peak)"),
    dict(name="AJ10-b-fixed-two-later-300", seed=35010, kind="b", culprit=2, fixed=4,
         intervals=gen_intervals(35010, 4, lo=50, hi=85),
         start="2028-07-08T11:00:00Z", service="ajmer-fort-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=94, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/fort-gate-quote-memo", "Memoise ajmer fort quotes per gate and guide"),
         fixed_pr_title=("fix/fort-quote-memo-per-gate", "Key ajmer fort quote memo by gate only"),
         note="leak from #2 at 13:17 (~5 %/h of 300 MiB at peak); the unrelated #3 at 14:07 still leaks; fixed "
              "two deploys later by #4 at 15:02 (66 min of the fixed release to the end); good releases warm a "
              "per-SKU cache (400 SKUs); epoch, ascending"),
    # ================================================================== healthy-frequent (AJ11 dev, AJ12 validation)
    dict(name="AJ11-none-frequent-quote-320", seed=35011, kind="none",
         intervals=gen_intervals(35011, 9, lo=15, hi=45),
         start="2028-07-09T11:30:00Z", service="ajanta-cave-quotes",
         profile="quote", params={"detail": 20}, peak_rps=95, heap_mb=160, limit_mib=320,
         note="no leak, quote route, 11:30 through the peak; 9 deploys 15-42 min apart: each short interval is "
              "mostly warm-up; must not alarm"),
    dict(name="AJ12-e-lru-frequent-330-300", seed=35012, kind="e",
         intervals=gen_intervals(35012, 9, lo=15, hi=45),
         start="2028-07-10T11:20:00Z", service="ajisai-petal-quotes",
         profile="quote", params={"detail": 20, "skus": 8000}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         env={"LRU_MAX": "330"},
         note="bounded LRU (330 entries) refilling after each of 9 deploys 21-45 min apart, 11:20 through the "
              "peak; must not alarm; epoch"),
    # ================================================================== healthy singles (validation)
    dict(name="AJ13-e-lru-hourly-340-320", seed=35013, kind="e",
         intervals=gen_intervals(35013, 4, lo=60, hi=90),
         start="2028-07-11T11:15:00Z", service="ajiro-weave-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         env={"LRU_MAX": "340"},
         note="bounded LRU (340 entries) refilling after each of 4 deploys 75-90 min apart (hourly), from 11:15 "
              "through the peak into the evening; must not alarm; ascending"),
    dict(name="AJ14-none-hourly-orders-300", seed=35014, kind="none",
         intervals=gen_intervals(35014, 4, lo=60, hi=90),
         start="2028-07-12T10:05:00Z", service="ajo-clove-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 10:05 into the afternoon (16:18 end); 4 deploys 60-87 min apart (hourly); "
              "must not alarm; epoch"),
]

SCENARIOS = _RI + AJ_SCENARIOS
