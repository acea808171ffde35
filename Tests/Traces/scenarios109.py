"""memblame's tracelab scenarios, batch 109: DF01..DF16 (real memory traces with labels), a DEVELOPMENT batch.

(Named DF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-108 used AA..AZ, BA..BZ, CA..CZ, DA, DB,
DC, DD and DE.  No case folder, scenario name or split entry on main or any
other branch starts with "DF"; neither tracelab nor these files parse the
prefix of a name (deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 109"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios109.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios109.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw109 DF01-... DF16-...

A development batch (all 16 cases split "dev", for tuning), about bounded
caches whose fill rate follows a traffic ramp, under deploys every 18-42
minutes, against cache leaks that start at a deploy during such a ramp.
Batch 107's DD12 (an LRU of 940 entries filling from the night's trough
into the morning's traffic, 03:25-07:36) is the shape: its intervals read
0.0-2.2 %/h in the trough and 4.6-7.0 %/h once the morning traffic rose,
as fast as the leaks.  No earlier frequent-deploy b had its culprit before
10:00 (the earliest with every gap 45 min or less: S01's #7 at 10:48).

The mix (/work/tracelab-raw109/draws.py, draws.out, facts.py, facts.out,
design.py, design.out, constraints.py, constraints.out, history.py,
history.out):
  six b, next to the per-SKU cache (400 SKUs) as the frequent-deploys b
    cases, 7-9 deploys 18-42 min apart, the culprit during a traffic ramp:
    four on the morning ramp, #5 of 8 at 05:04 (DF01), #4 of 7 at 05:51
    (DF02), #6 of 9 at 06:33 (DF03), #3 of 7 at 07:15 (DF04); two on the
    midday rise, #4 of 8 at 11:41 (DF05), #5 of 8 at 10:36 (DF06); each
    position one of its first seed's draw whose own interval is 25 min or
    more, with at least three leaking intervals;
  seven healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used, under 7-9 deploys 18-42 min apart, each across
    a strong traffic change: four from the night's trough into the morning
    ramp, 1340 entries from 02:50 (DF07), 815 from 03:35 (DF08), 1085 from
    04:15 (DF09), 385 from 04:55 (DF10); two from the late morning into the
    midday peak, 640 from 09:35 (DF11), 1215 from 10:35 (DF12); one from
    the evening into the night's fall, 1630 from 20:05 (DF13);
  three healthy: a 60000-entry table at boot from the step deploy #6 of 9
    on the quote route at 07:41, during the morning ramp (DF14); kind f,
    reports in flight, from 05:05 up the morning ramp to 10:07, 9 deploys
    18-40 min apart (DF15); a flat orders service from 05:40 up the morning
    ramp to 10:10 with 9 deploys 19-31 min apart (DF16).
  Limits alternate: odd cases 300 MiB, even cases 320 (batch 106's
  pattern).  Heap 160 MB everywhere.

Aims: the b's leak follows the traffic, and on the morning ramp the
traffic is 0.29-0.40 of the peak at the culprit.  So each b aims at ~5 %/h
of its limit at the traffic of its culprit's onset (tracelab's day_shape),
not at the peak as batches 101-108 did: the load is the peak aim's divided
by that share, and the aim rises with the traffic after the onset (DF01
0.294 of the peak at its onset, ~6.9 %/h by its last minute; DF02 0.321,
~7.1; DF03 0.357, ~7.2; DF04 0.402, ~7.9; DF05 0.873, ~5.6; DF06 0.709,
~6.8).  Loads by the frequent b unit of batch 107's section for the next
batch, 0.00250 (%/h per unit of load, lines x rate, at peak traffic at 256
MiB; x 256 / limit for another limit), each within 0.4 % of its aim
(/work/tracelab-raw109/loads.py, loads.out).  The "~N %/h" in the notes
are these aims, not measurements.  Healthy loads as earlier batches (LRUs
as DD11-DD13, the step as DD14, the f as DD15, the flat orders as DC16
and DE16).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios108.py (unchanged: 11..1836,
scenarios107.py's 11..1820 and DE at 1821..1836) and lists the DF
scenarios last (1837..1852), as scenarios108.py runs scenarios107.py.
Seeds 109001..109016, a seed +100 only if its PR or pipeline numbers
collide with an earlier scenario or a case in real/
(/work/tracelab-raw109/check_numbers.py); the intervals stay the draws of
the first seed, gen_intervals(1090NN, n, lo=18, hi=42), and
gen_intervals(109016, 9, lo=18, hi=33) for the flat DF16.  Dates follow
DE's: 2031-10-24 (DF01) to 2031-11-08 (DF16).

16 cases, 4 558 samples in all, for a recording budget of 1100 s; the
longest, DF03, 329.  ts_format "wire" (epoch seconds) for DF03, DF08,
DF13 and DF15; TimestampAscending for DF02, DF04, DF07, DF09, DF12, DF14
and DF16.

Split (Tests/Traces/split109.json, written and committed before
recording): 16 dev, 0 validation; tags frequent-deploys (DF01-DF06),
healthy-lru (DF07-DF13), healthy-step (DF14), healthy-load (DF15),
healthy-frequent (DF16).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDE = runpy.run_path(os.path.join(_HERE, "scenarios108.py"))["SCENARIOS"]   # 11..1836 (scenarios107.py's 11..1820, DE 1821..1836)

DF_SCENARIOS = [
    # ================================================================== frequent-deploys: b on the morning ramp
    dict(name="DF01-b-frequent-morning-ramp-culprit-5-300", seed=109001, kind="b", culprit=5,
         intervals=gen_intervals(109001, 8, lo=18, hi=42),
         start="2031-10-24T02:40:00Z", service="arequipa-cusco-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=307, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/arequipa-anticuchos-quote-memo", "Memoise arequipa cusco quotes per anticuchos and customer"),
         note="8 deploys 18-40 min apart from 02:40, culprit #5 at 05:04 on the morning ramp (0.29 of the peak; "
              "4 leaking intervals, 20-40 min, to 07:16, the traffic rising to 0.40; its own 33 min); ~5 %/h of "
              "300 MiB at the traffic of its onset, ~6.9 %/h by 07:16; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="DF02-b-frequent-morning-ramp-culprit-4-320", seed=109002, kind="b", culprit=4,
         intervals=gen_intervals(109002, 7, lo=18, hi=42),
         start="2031-10-25T03:45:00Z", service="trujillo-chiclayo-quotes",
         profile="quote", params={"detail": 28, "skus": 400}, peak_rps=278, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/trujillo-olluquito-quote-memo", "Memoise trujillo chiclayo quotes per olluquito and customer"),
         note="7 deploys 18-42 min apart from 03:45, culprit #4 at 05:51 on the morning ramp (0.32 of the peak; "
              "4 leaking intervals, 23-40 min, to 07:59, the traffic rising to 0.46; its own 40 min); ~5 %/h of "
              "320 MiB at the traffic of its onset, ~7.1 %/h by 07:59; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="DF03-b-frequent-morning-ramp-culprit-6-300", seed=109003, kind="b", culprit=6,
         intervals=gen_intervals(109003, 9, lo=18, hi=42),
         start="2031-10-26T03:10:00Z", service="piura-iquitos-quotes",
         profile="quote", params={"detail": 27, "skus": 400}, peak_rps=243, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/piura-huatia-quote-memo", "Memoise piura iquitos quotes per huatia and customer"),
         note="9 deploys 18-42 min apart from 03:10, culprit #6 at 06:33 on the morning ramp (0.36 of the peak; "
              "4 leaking intervals, 26-38 min, to 08:39, the traffic rising to 0.52; its own 34 min); ~5 %/h of "
              "300 MiB at the traffic of its onset, ~7.2 %/h by 08:39; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="DF04-b-frequent-morning-ramp-culprit-3-320", seed=109004, kind="b", culprit=3,
         intervals=gen_intervals(109004, 7, lo=18, hi=42),
         start="2031-10-27T05:30:00Z", service="huancayo-tacna-quotes",
         profile="quote", params={"detail": 30, "skus": 400}, peak_rps=207, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/huancayo-cachanga-quote-memo", "Memoise huancayo tacna quotes per cachanga and customer"),
         note="7 deploys 22-42 min apart from 05:30, culprit #3 at 07:15 on the morning ramp (0.40 of the peak; "
              "5 leaking intervals, 22-42 min, to 09:58, the traffic rising to 0.64; its own 42 min); ~5 %/h of "
              "320 MiB at the traffic of its onset, ~7.9 %/h by 09:58; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    # ================================================================== frequent-deploys: b on the midday rise
    dict(name="DF05-b-frequent-midday-rise-culprit-4-300", seed=109005, kind="b", culprit=4,
         intervals=gen_intervals(109005, 8, lo=18, hi=42),
         start="2031-10-28T09:35:00Z", service="juliaca-puno-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=122, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/juliaca-chupe-quote-memo", "Memoise juliaca puno quotes per chupe and customer"),
         note="8 deploys 25-39 min apart from 09:35, culprit #4 at 11:41 on the midday rise (0.87 of the peak; "
              "5 leaking intervals, 25-37 min, to 14:15, the traffic rising to 0.98; its own 25 min); ~5 %/h of "
              "300 MiB at the traffic of its onset, ~5.6 %/h by 14:15; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="DF06-b-frequent-midday-rise-culprit-5-320", seed=109006, kind="b", culprit=5,
         intervals=gen_intervals(109006, 8, lo=18, hi=42),
         start="2031-10-29T08:05:00Z", service="cajamarca-ayacucho-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=141, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/cajamarca-suspiro-quote-memo", "Memoise cajamarca ayacucho quotes per suspiro and customer"),
         note="8 deploys 18-38 min apart from 08:05, culprit #5 at 10:36 on the midday rise (0.71 of the peak; "
              "4 leaking intervals, 18-34 min, to 12:20, the traffic rising to 0.96; its own 34 min); ~5 %/h of "
              "320 MiB at the traffic of its onset, ~6.8 %/h by 12:20; good releases warm a per-SKU cache (400 SKUs)"),
    # ================================================================== healthy-lru
    dict(name="DF07-e-lru-trough-to-morning-1340-300", seed=109007, kind="e",
         intervals=gen_intervals(109007, 9, lo=18, hi=42),
         start="2031-10-30T02:50:00Z", service="huaraz-tumbes-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1340"}, scan_by="TimestampAscending",
         note="bounded LRU (1340 entries) refilling after each of 9 deploys 18-36 min apart from 02:50, from the "
              "night's trough into the morning ramp to 08:05 (the traffic 0.30 to 0.47 of the peak); must not "
              "alarm; ascending"),
    dict(name="DF08-e-lru-trough-to-morning-815-320", seed=109008, kind="e",
         intervals=gen_intervals(109008, 8, lo=18, hi=42),
         start="2031-10-31T03:35:00Z", service="chimbote-pucallpa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "815"}, ts_format="wire",
         note="bounded LRU (815 entries) refilling after each of 8 deploys 24-42 min apart from 03:35, from the "
              "night's trough into the morning ramp to 08:40 (the traffic 0.28 to 0.52 of the peak); must not "
              "alarm; epoch"),
    dict(name="DF09-e-lru-trough-to-morning-1085-300", seed=109009, kind="e",
         intervals=gen_intervals(109009, 8, lo=18, hi=42),
         start="2031-11-01T04:15:00Z", service="tarapoto-moquegua-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1085"}, scan_by="TimestampAscending",
         note="bounded LRU (1085 entries) refilling after each of 8 deploys 19-41 min apart from 04:15, from the "
              "night's trough into the morning ramp to 09:10 (the traffic 0.28 to 0.56 of the peak); must not "
              "alarm; ascending"),
    dict(name="DF10-e-lru-trough-to-morning-385-320", seed=109010, kind="e",
         intervals=gen_intervals(109010, 8, lo=18, hi=42),
         start="2031-11-02T04:55:00Z", service="abancay-huanuco-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "385"},
         note="bounded LRU (385 entries) refilling after each of 8 deploys 19-40 min apart from 04:55, from the "
              "night's trough into the morning ramp to 09:28 (the traffic 0.29 to 0.59 of the peak); must not "
              "alarm"),
    dict(name="DF11-e-lru-late-morning-to-midday-640-300", seed=109011, kind="e",
         intervals=gen_intervals(109011, 8, lo=18, hi=42),
         start="2031-11-03T09:35:00Z", service="sullana-talara-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "640"},
         note="bounded LRU (640 entries) refilling after each of 8 deploys 18-40 min apart from 09:35, from the "
              "late morning into the midday peak to 13:45 (the traffic 0.60 to 0.99 of the peak); must not alarm"),
    dict(name="DF12-e-lru-late-morning-to-midday-1215-320", seed=109012, kind="e",
         intervals=gen_intervals(109012, 8, lo=18, hi=42),
         start="2031-11-04T10:35:00Z", service="paita-chincha-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1215"}, scan_by="TimestampAscending",
         note="bounded LRU (1215 entries) refilling after each of 8 deploys 20-41 min apart from 10:35, from the "
              "late morning into the midday peak to 15:17 (the traffic 0.71 to 0.99 of the peak); must not alarm; "
              "ascending"),
    dict(name="DF13-e-lru-evening-into-night-1630-300", seed=109013, kind="e",
         intervals=gen_intervals(109013, 9, lo=18, hi=42),
         start="2031-11-05T20:05:00Z", service="pisco-nazca-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1630"}, ts_format="wire",
         note="bounded LRU (1630 entries) refilling after each of 9 deploys 18-37 min apart from 20:05, from the "
              "evening into the night's fall to 00:50 (the traffic 0.81 to 0.40 of the peak); must not alarm; epoch"),
    # ================================================================== healthy singles
    dict(name="DF14-step-morning-ramp-quote-320", seed=109014, kind="step", culprit=6,
         intervals=gen_intervals(109014, 9, lo=18, hi=42),
         start="2031-11-06T04:10:00Z", service="moyobamba-huacho-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/moyobamba-caigua-table-at-boot", "Load the moyobamba caigua table at boot"),
         note="level shift at #6 of 9 (07:41, 0.43 of the peak) during the morning ramp, quote route (20 lines "
              "at 95 req/s); 9 deploys 19-40 min apart from 04:10 (33, 35, 19 and 21 min after the step, to "
              "09:29, the traffic 0.59); no trend after; must not alarm; ascending"),
    dict(name="DF15-f-load-morning-ramp-frequent-300", seed=109015, kind="f", workers=72,
         intervals=gen_intervals(109015, 9, lo=18, hi=42),
         start="2031-11-07T05:05:00Z", service="barranca-mollendo-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load up the morning ramp from 05:05 (0.29 of the peak) to 10:07 "
              "(0.66), across 9 deploys 18-40 min apart; must not alarm; epoch"),
    dict(name="DF16-none-frequent-morning-ramp-orders-320", seed=109016, kind="none",
         intervals=gen_intervals(109016, 9, lo=18, hi=33),
         start="2031-11-08T05:40:00Z", service="yurimaguas-chachapoyas-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route (5 KB at 90 req/s), 05:40 up the morning ramp to 10:10 (the traffic 0.31 to "
              "0.66 of the peak); 9 deploys 19-31 min apart: each short interval is mostly warm-up; must not alarm; "
              "ascending"),
]

SCENARIOS = _RDE + DF_SCENARIOS
