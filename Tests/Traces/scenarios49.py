"""memblame's tracelab scenarios, batch 49: AX01..AX16 (real memory traces with labels).

(Named AX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-48 used AA..AW.  No case folder, scenario
name or split entry starts with "AX"; neither tracelab nor these files parse
the prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 49"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios49.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios49.py --bytes \
        --jobs 2 --budget 900 --cases Tests/Traces/real --raw /work/tracelab-raw49 AX12-... AX15-...

(No long-interval case: the longest, AX12, has 310 samples, about 78 s of
recording; the 16 cases have 4 100 samples in all, kept short for a
recording budget of 900 s.)

PR and pipeline numbers: this file lists the scenarios of scenarios48.py
first, unchanged and in the same order (positions 11..876, exactly as when
scenarios48.py is passed), and the AX scenarios after them (positions
877..892).  Only the AX scenarios are recorded from this file.  Seeds are
49001..49016 (see the README for the number check).

The mix, a targeted blind check of specific situations: three culprits
that are the first deploy after 36-44 min of v1 (culprit-early; a, c, d);
three feature flags switched on 58-66 min into an interval of 112-118 min,
followed by one last interval of 46-50 min, with no culprit deploy
(flag-flip; b, c, d); three leaking cases with deploys every 15-45 min
whose culprit is the second-to-last deploy, the last two intervals 36-44
min each (frequent-deploys; a, c, d); two leaking cases with deploys every
15-25 min, culprits #6 and #4 (frequent-deploys; a, c); two hourly
culprits (hourly; b, d); and three healthy cases (a flat orders service
with deploys every 15-30 min, a bounded LRU with deploys 60-111 min apart,
a step at one hourly deploy on the orders route).

Split (Tests/Traces/split49.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  4 dev, 12
validation.

  three:  culprit-early AX01-AX03
  three:  flag-flip AX04-AX06
  five:   frequent-deploys AX07-AX11 (AX07-AX09 culprit second-to-last,
          AX10-AX11 deploys every 15-25 min)
  two:    hourly AX12-AX13
  single: healthy-frequent AX14 (a flat orders service, as AW14),
          healthy-lru AX15 (a bounded LRU with deploys every 1-2 h, as
          AW15), healthy-step AX16 (on the orders route, as AW16)

13 leaking (a: AX01, AX07, AX10; b: AX04, AX12; c: AX02, AX05, AX08, AX11;
d: AX03, AX06, AX09, AX13; AX04-AX06 flag flips with no culprit deploy),
3 healthy.

Loads scaled from what batches 46-48 measured (README, "What did not go as
intended": the measured / aimed ratios), by batch 48's rule moved on by one
batch: the mean over every case of the last three batches (46-48) of a kind
and class (frequent deploys; intervals of an hour or more), each case's
unit times its measured / aimed ratio, as %/h per unit of load at peak
traffic, normalised to 256 MiB (multiply by 256 / limit for another limit).
Batch 47's exception for d with frequent deploys is kept: AW04, cut by
major GCs, counts with its ratio before them (0.97, not 0.66); by the plain
rule the d frequent unit would be 0.0123 (/work/tracelab-raw49/units.py):
  a (KB x req/s) with frequent deploys ~0.0209 (was 0.0261: AU01 1.36 at
    0.0218, AV01 0.82 at 0.0239, AW01 0.52 at 0.0261); over intervals of
    an hour or more ~0.0214 (was 0.0216: AU05 0.85, AU10 0.74, AV07 1.04,
    AV11 1.23, AW06 1.04, AW13 0.91 per task), for the culprit-early a;
  b (detail x req/s) over intervals of an hour or more ~0.00246 (was
    0.00276: AU08 1.02, AU13 0.97, AV05 0.78, AV09 0.78, AW09 0.61, AW12
    1.14), for the flag flip and the hourly b case;
  c (KB x req/s) with frequent deploys ~0.0117 (was 0.0117: AU03 0.98 at
    0.0131, AV03 0.71 at 0.0119, AW03 1.17 at 0.0117); over intervals of
    an hour or more ~0.00896 (was 0.0107: AU07 1.03, AU11 0.55, AV06 0.98,
    AV08 0.78, AV13 0.86, AW08 0.78, AW11 0.82), for the culprit-early and
    the flag-flip c;
  d (KB x req/s) with frequent deploys ~0.0138 (was 0.0140: AU04 1.69 at
    0.0089, AV04 0.82 at 0.0155, AW04 0.97 before its GCs at 0.0140); over
    intervals of an hour or more ~0.0116 (was 0.0108: AU06 1.09, AU09
    0.91, AV10 1.88, AW07 0.97, AW10 1.16), for the culprit-early, the
    flag-flip and the hourly d.
Aims at peak traffic:
  culprit-early ~4.5 %/h (AX01 a 3 KB at 88, 320 MiB; AX02 c 6 KB at 98,
  300 MiB; AX03 d 7 KB at 69, 320 MiB); flag-flip ~4.5 %/h (AX04 b 23
  lines at 93, 300 MiB; AX05 c 6 KB at 105, 320 MiB; AX06 d 7 KB at 65,
  300 MiB); frequent-deploys ~5 %/h (AX07 a 4 KB at 70, 300 MiB; AX08 c 5
  KB at 107, 320 MiB; AX09 d 6 KB at 71, 300 MiB; AX10 a 3 KB at 100, 320
  MiB; AX11 c 5 KB at 100, 300 MiB); hourly ~4 %/h (AX12 b 21 lines at 97,
  320 MiB; AX13 d 5 KB at 81, 300 MiB).  Healthy: AX14 none, orders, 9
  deploys 16-30 min apart; AX15 a bounded LRU (340 entries, 8500 SKUs), 3
  deploys 60-111 min apart; AX16 step (a 60000-entry table loaded at boot
  from #2 on), orders, 3 deploys 60-85 min apart (hourly).  The "~N %/h"
  in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RW = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios48.py"))["SCENARIOS"]   # R..I, AA..AW

_AX04 = [45, 70, 115, 48]
_AX05 = [50, 65, 112, 46]
_AX06 = [40, 75, 118, 50]

AX_SCENARIOS = [
    # ================================================================== culprit-early (AX01 dev, AX02-AX03 validation)
    dict(name="AX01-a-culprit-first-after-42-320", seed=49001, kind="a", culprit=1,
         intervals=gen_intervals(49001, 3, {0: 42}, lo=35, hi=80),
         start="2029-02-22T10:48:00Z", service="axle-grease-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/axle-hub-service-history", "Keep axle grease orders for the hub service history"),
         note="culprit is the first deploy #1 at 11:30, after 42 min of v1; every later interval leaks (64-76 "
              "min, ~4.5 %/h of 320 MiB at peak); epoch"),
    dict(name="AX02-c-culprit-first-after-36-300", seed=49002, kind="c", culprit=1,
         intervals=gen_intervals(49002, 3, {0: 36}, lo=35, hi=80),
         start="2029-02-23T10:54:00Z", service="axolotl-hatchery-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=98, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/axolotl-spawning-tank-listeners", "Tell open axolotl hatchery bookings when a spawning tank frees up"),
         note="culprit is the first deploy #1 at 11:30, after 36 min of v1; every later interval leaks (60-73 "
              "min, ~4.5 %/h of 300 MiB at peak); ascending"),
    dict(name="AX03-d-culprit-first-after-44-320", seed=49003, kind="d", culprit=1,
         intervals=gen_intervals(49003, 3, {0: 44}, lo=35, hi=80),
         start="2029-02-24T10:46:00Z", service="axiom-logician-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=69, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/axiom-theorem-check-timers", "Confirm axiom logician bookings from delayed theorem-check timers"),
         note="culprit is the first deploy #1 at 11:30, after 44 min of v1; every later interval leaks (57-79 "
              "min, ~4.5 %/h of 320 MiB at peak); epoch, ascending"),
    # ================================================================== flag-flip (AX04 dev, AX05-AX06 validation)
    dict(name="AX04-b-flag-flip-300", seed=49004, kind="b", flag="axe_whetstone_quote_memo",
         flag_at=sum(_AX04[:2]) + 62, intervals=_AX04,
         start="2029-02-25T10:03:00Z", service="axe-sharpening-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag axe_whetstone_quote_memo on at 12:59:30, 62 min after #2 and 53 min before "
              "#3 (v3's interval 115 min), then one last interval of 48 min; quotes cached per blade and grit "
              "(~4.5 %/h of 300 MiB at peak) from then on; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AX05-c-flag-flip-320", seed=49005, kind="c", flag="axis_lathe_spindle_push",
         flag_at=sum(_AX05[:2]) + 58, intervals=_AX05,
         start="2029-02-26T10:07:00Z", service="axis-lathe-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=105, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no culprit deploy: flag axis_lathe_spindle_push on at 12:59:30, 58 min after #2 and 54 min before "
              "#3 (v3's interval 112 min), then one last interval of 46 min; spindle listeners never removed "
              "(~4.5 %/h of 320 MiB at peak) from then on; ascending"),
    dict(name="AX06-d-flag-flip-300", seed=49006, kind="d", flag="axminster_hank_timers",
         flag_at=sum(_AX06[:2]) + 66, intervals=_AX06,
         start="2029-02-27T09:59:00Z", service="axminster-wool-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=65, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag axminster_hank_timers on at 12:59:30, 66 min after #2 and 52 min before "
              "#3 (v3's interval 118 min), then one last interval of 50 min; delayed hank timers hold the "
              "bookings (~4.5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    # ================================================================== frequent-deploys (AX07 dev, AX08-AX11 validation)
    dict(name="AX07-a-frequent-deploys-culprit-6-300", seed=49007, kind="a", culprit=6,
         intervals=gen_intervals(49007, 7, {6: 42, 7: 37}, lo=15, hi=45),
         start="2029-02-28T10:18:00Z", service="axeman-lumberjack-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=70, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/axeman-sawmill-archive", "Keep axeman lumberjack orders for the sawmill archive"),
         note="7 deploys 19-42 min apart, the culprit is the second-to-last #6 at 13:10: two leaking intervals "
              "(42 and 37 min); ~5 %/h of 300 MiB at peak"),
    dict(name="AX08-c-frequent-deploys-culprit-5-320", seed=49008, kind="c", culprit=5,
         intervals=gen_intervals(49008, 6, {5: 36, 6: 44}, lo=15, hi=45),
         start="2029-03-01T10:58:00Z", service="axial-turbine-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=107, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/axial-stator-listeners", "Tell open axial turbine bookings when a stator bay frees"),
         note="6 deploys 15-44 min apart, the culprit is the second-to-last #5 at 13:10: two leaking intervals "
              "(36 and 44 min); ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="AX09-d-frequent-deploys-culprit-6-300", seed=49009, kind="d", culprit=6,
         intervals=gen_intervals(49009, 7, {6: 40, 7: 39}, lo=15, hi=45),
         start="2029-03-02T09:56:00Z", service="axletree-wagon-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=71, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/axletree-spoke-check-timers", "Confirm axletree wagon bookings from delayed spoke-check timers"),
         note="7 deploys 25-41 min apart, the culprit is the second-to-last #6 at 13:10: two leaking intervals "
              "(40 and 39 min); ~5 %/h of 300 MiB at peak; ascending"),
    dict(name="AX10-a-frequent-deploys-culprit-6-320", seed=49010, kind="a", culprit=6,
         intervals=gen_intervals(49010, 9, lo=15, hi=25),
         start="2029-03-03T11:16:00Z", service="axon-neuron-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/axon-synapse-history", "Keep axon neuron orders for the synapse history"),
         note="9 deploys 16-24 min apart, culprit #6 at 13:10 (4 leaking intervals, 22-24 min; its own 22 min); "
              "~5 %/h of 320 MiB at peak; epoch, ascending"),
    dict(name="AX11-c-frequent-deploys-culprit-4-300", seed=49011, kind="c", culprit=4,
         intervals=gen_intervals(49011, 9, lo=15, hi=25),
         start="2029-03-04T11:52:00Z", service="axinite-bevel-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/axinite-bevel-bench-listeners", "Tell open axinite bevel bookings when a cutting bench frees"),
         note="9 deploys 15-25 min apart, culprit #4 at 13:10 (6 leaking intervals, 19-25 min; its own 25 min); "
              "~5 %/h of 300 MiB at peak"),
    # ================================================================== hourly (AX12 dev, AX13 validation)
    dict(name="AX12-b-hourly-culprit-2-320", seed=49012, kind="b", culprit=2,
         intervals=gen_intervals(49012, 3, lo=60, hi=85),
         start="2029-03-05T10:30:00Z", service="axiology-seminar-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/axiology-lecture-quote-memo", "Memoise axiology seminar quotes per lecture and premise"),
         note="3 deploys 66-84 min apart (hourly), culprit #2 at 13:10 (66 and 84 min leaking); ~4 %/h of 320 "
              "MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="AX13-d-hourly-culprit-2-300", seed=49013, kind="d", culprit=2,
         intervals=gen_intervals(49013, 3, lo=60, hi=85),
         start="2029-03-06T10:44:00Z", service="axebird-roost-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=81, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/axebird-perch-check-timers", "Return axebird roost bookings from delayed perch-check timers"),
         note="3 deploys 60-83 min apart (hourly), culprit #2 at 13:10 (62 and 60 min leaking); ~4 %/h of 300 "
              "MiB at peak; ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="AX14-none-frequent-orders-300", seed=49014, kind="none",
         intervals=gen_intervals(49014, 9, lo=15, hi=30),
         start="2029-03-07T11:40:00Z", service="axholme-farm-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route, 11:40 through the peak; 9 deploys 16-30 min apart: each short interval is "
              "mostly warm-up; must not alarm; epoch"),
    dict(name="AX15-e-lru-hours-340-320", seed=49015, kind="e",
         intervals=gen_intervals(49015, 3, lo=60, hi=120),
         start="2029-03-08T10:10:00Z", service="axford-brewery-quotes",
         profile="quote", params={"detail": 20, "skus": 8500}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "340"}, scan_by="TimestampAscending",
         note="bounded LRU (340 entries) refilling after each of 3 deploys 60-111 min apart, 10:10 through the "
              "peak; must not alarm; ascending"),
    dict(name="AX16-step-hourly-orders-320", seed=49016, kind="step", culprit=2,
         intervals=gen_intervals(49016, 3, lo=60, hi=85),
         start="2029-03-09T10:45:00Z", service="axbridge-cheese-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/axbridge-wheel-table-at-boot", "Load the axbridge cheese wheel table at boot"),
         note="level shift at #2 of 3 (13:10), orders route; 3 deploys 60-85 min apart (hourly); no trend after; "
              "must not alarm; epoch"),
]

SCENARIOS = _RW + AX_SCENARIOS
