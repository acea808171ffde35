"""memblame's tracelab scenarios, batch 123: DT01..DT16 (real memory traces with labels).

(Named DT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-122 used AA..AZ, BA..BZ, CA..CZ and
DA..DS.  No case folder, scenario name or split entry starts with "DT".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 123"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios123.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios123.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw123 DT01-... DT16-...

The rarer regimes, as batches 90, 93, ..., 113, 117 and 120 (batch 120 the
template, batch 117 its predecessor).  A blind batch: all 16 cases are split
"validation" (split123.json, regime tags as split120.json).

Rotation: of the two kinds each regime leaves after batches 117 and 120,
the one batch 113 did not use, but limit-raise and oom-fast (left a or b;
no b load is known to OOM within about an hour) take a with batch 113's
known OOM loads (DJ03's BU03 load 48 KB x 193, DJ10's BZ10 load 64 KB x
193): long-interval a, culprit-last b, limit-raise a, multi-task c,
quick-followup d, flag-flip c, slow-leak d, fixed-later b, culprit-early
c, oom-fast a; the frequent-deploys case stays a b.  Leaking a 3, b 3,
c 3, d 2.

PR and pipeline numbers: this file runs scenarios122.py (11..2060) and
lists DT last (2061..2076).  Seeds 123001..123016.  Dates 2032-06-04
(DT01) to 2032-06-19 (DT16).  Limits: batch 120's flipped case by case.
Cases of 300 samples or more use ts_format "wire"; TimestampAscending for
the odd-numbered cases.

Loads by batch 122's units for the next batch (a 0.0278 frequent, 0.0245
an hour or more; b 0.00290 / 0.00368; c 0.0155 / 0.00851; d 0.0163 /
0.0158; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
each within 0.4 % of its aim (~5 %/h of the limit, per task for DT04;
~1.5 %/h for the slow DT07): DT01 a 3 KB x 85 (320), DT02 b 15 lines x
106 (300), DT04 c 8 KB x 172 over 2 tasks (300), DT05 d 4 KB x 99 (320),
DT06 c 7 KB x 105 (320), DT07 d 3 KB x 37 (300, slow), DT08 b 20 lines x
85 (320), DT09 c 8 KB x 92 (320), DT11 b frequent 27 lines x 80 (320).
Not by the units: DT03 and DT10 (known OOM loads, above).  Healthy loads
are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios122.py"))["SCENARIOS"]   # 11..2060

_I = {
    1: [40, 35, 40, 35, 40, 232, 30, 28],
    2: [18, 16, 20, 15, 19, 17, 20, 16, 18, 15, 19, 17, 118],
    3: [25, 30, 25, 30, 25, 30, 25, 30, 80, 40, 35],
    4: [52, 52, 54, 54, 49, 52, 47, 55],
    5: [20, 25, 20, 25, 20, 25, 20, 25, 20, 25, 10, 31, 30],
    6: [25, 30, 25, 30, 25, 30, 25, 30, 25, 121, 40],
    7: [36, 38, 35, 37, 35, 38, 36, 35, 70, 60, 30],
    8: [25, 31, 30, 32, 29, 25, 29, 26, 29, 30, 25, 31, 32],
    9: [51, 28, 29, 25, 28, 29, 29, 32],
    10: [25, 30, 25, 30, 25, 30, 25, 30, 25, 62, 35],
    11: [29, 31, 25, 30, 30, 30, 28, 29, 26, 25, 27, 26, 27],
    12: [41, 37, 39, 45, 30, 45, 44, 38, 40, 36],
    13: [44, 43, 50, 41, 47],
    14: [35, 195, 35],
    15: [56, 55, 66, 62],
    16: [22, 26, 25, 25, 25, 25, 24, 29, 23, 30, 27, 22],
}

DT_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DT01-a-long-interval-232-culprit-5-320", seed=123001, kind="a", culprit=5,
         intervals=_I[1],
         start="2032-06-04T09:40:00Z", service="ganja-sheki-orders",
         profile="orders", params={'payload_kb': 3}, peak_rps=85, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/ganja-qutab-history', 'Keep ganja sheki orders for the qutab history'),
         note='culprit #5 of 7 at 12:50 after 40, 35, 40, 35 and 40 min healthy intervals, then one 232 min (3 h 52) interval (12:50-16:42) across the afternoon peak; ~5 %/h of 320 MiB at peak; #6 and #7 still leak (30 and 28 min, to 17:40); epoch, ascending'),
    dict(name="DT02-b-culprit-last-12-300", seed=123102, kind="b", culprit=12,
         intervals=_I[2],
         start="2032-06-05T10:00:00Z", service="lankaran-astara-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=106, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/lankaran-dushbara-quote-memo', 'Memoise lankaran astara quotes per dushbara and customer'),
         note='the culprit is the last deploy #12 at 13:30: one 118 min interval of evidence (to 15:28) after twelve healthy intervals of 15-20 min from 10:00; ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DT03-a-limit-raise-705", seed=123003, kind="a", culprit=8, limit_raise={"deploy": 9, "limit_mib": 705, "heap_mb": 378},
         intervals=_I[3],
         start="2032-06-06T09:05:00Z", service="quba-khachmaz-orders",
         profile="orders", params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         limit_pr_title=("ops/quba-khachmaz-orders-memory-705", "Give the quba khachmaz orders task 705 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/quba-piti-history', 'Keep quba khachmaz orders for the piti history'),
         note="leak from #8 at 12:45 (BU03's load, as DJ03: 48 KB orders at 193 req/s, heap 160 MB; DJ03's OOM 60 min in, CY03's 51, CP03's 62, CG03's 63, BU03's 64) should OOM within #8's 80 min; limit 320 -> 705 MiB (heap 378 MB) at the next deploy #9 at 14:05, the percentages fall to 0.45 of the old scale and the leak goes on through #9 (40 min) and #10 (35 min, to 15:20); epoch, ascending"),
    dict(name="DT04-c-two-tasks-culprit-3-300", seed=123004, kind="c", culprit=3, tasks=2, roll_gap=3,
         intervals=_I[4],
         start="2032-06-07T10:52:00Z", service="shamakhi-ismayilli-bookings",
         profile="orders", params={'payload_kb': 8}, peak_rps=172, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/shamakhi-lavangi-listeners', 'Tell open shamakhi ismayilli bookings when a lavangi frees'),
         note='2 tasks, rolling deploys 3 min apart per task; 7 deploys 47-55 min apart from 10:52, culprit #3 of 7 at 13:30 (54, 49, 52, 47 and 55 min leaking, to 17:47); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl; epoch'),
    dict(name="DT05-d-quick-followup-culprit-10-320", seed=123005, kind="d", culprit=10,
         intervals=_I[5],
         start="2032-06-08T10:25:00Z", service="mingachevir-yevlakh-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=99, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/mingachevir-shakarbura-timers', 'Confirm mingachevir yevlakh bookings from delayed shakarbura timers'),
         note='culprit #10 at 14:10 runs only 10 min before an unrelated follow-up #11 at 14:20 (which still leaks, 31 min), then #12 at 14:51 (30 min, to 15:21); ~5 %/h of 320 MiB at peak; ascending'),
    dict(name="DT06-c-flag-flip-320", seed=123006, kind="c", flag="gabala_oguz_pakhlava_listeners", flag_at=sum(_I[6][:9]) + 33,
         intervals=_I[6],
         start="2032-06-09T08:50:00Z", service="gabala-oguz-bookings",
         profile="orders", params={'payload_kb': 7}, peak_rps=105, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no culprit deploy: flag gabala_oguz_pakhlava_listeners on at 13:27:30, 33 min after #9 and 88 min before #10 (v10's interval 121 min, the series' tenth), then #10 (40 min, to 15:36); bookings' listeners kept (~5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="DT07-d-slow-leak-culprit-8-300", seed=123007, kind="d", culprit=8,
         intervals=_I[7],
         start="2032-06-10T08:40:00Z", service="zaqatala-balakan-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=37, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/zaqatala-badambura-timers', 'Confirm zaqatala balakan bookings from delayed badambura timers'),
         note='slow leak (~1.5 %/h of 300 MiB at peak) from #8 of 10 at 13:30 after 36, 38, 35, 37, 35, 38, 36 and 35 min healthy intervals; 70, 60 and 30 min leaking intervals (to 16:10); epoch, ascending'),
    dict(name="DT08-b-fixed-two-later-320", seed=123008, kind="b", culprit=10, fixed=12,
         intervals=_I[8],
         start="2032-06-11T08:44:00Z", service="shirvan-salyan-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=85, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/shirvan-dovga-quote-memo', 'Memoise shirvan salyan quotes per dovga and customer'),
         fixed_pr_title=("fix/shirvan-kufta-quote-memo-bounded", "Bound the shirvan salyan quote memo per kufta"),
         note='leak from #10 at 13:30 (25 min, then #11 31 min still leaking; ~5 %/h of 320 MiB at peak) after ten healthy intervals of 25-32 min from 08:44; fixed two deploys later by the last deploy #12 at 14:26, then 32 min (to 14:58); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DT09-c-culprit-first-after-51-320", seed=123009, kind="c", culprit=1,
         intervals=_I[9],
         start="2032-06-12T12:39:00Z", service="barda-agsu-bookings",
         profile="orders", params={'payload_kb': 8}, peak_rps=92, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/barda-qovurma-listeners', 'Tell open barda agsu bookings when a qovurma frees'),
         note='culprit is the first deploy #1 of 7 at 13:30, after 51 min of v1; every later interval leaks (28, 29, 25, 28, 29, 29 and 32 min, to 16:50; ~5 %/h of 320 MiB at peak); ascending'),
    dict(name="DT10-a-oom-fast-culprit-9-300", seed=123010, kind="a", culprit=9,
         intervals=_I[10],
         start="2032-06-13T09:25:00Z", service="goychay-kurdamir-orders",
         profile="orders", params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/goychay-xengel-history', 'Keep goychay kurdamir orders for the xengel history'),
         note="leak from #9 of 10 at 13:30, 64 KB orders at 193 req/s (BZ10's load, as DJ10; DJ10's OOM 42 min in, BZ10's 46, CY10's 48, CG10's and CP10's 49): OOM within about an hour of the onset (heap 160 MB), in #9 (62 min); #10 (35 min, to 15:07) still leaking; epoch"),
    dict(name="DT11-b-frequent-deploys-culprit-10-320", seed=123011, kind="b", culprit=10,
         intervals=_I[11],
         start="2032-06-14T08:47:00Z", service="sumqayit-khirdalan-quotes",
         profile="quote", params={'detail': 27, 'skus': 400}, peak_rps=80, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/sumqayit-govurga-quote-memo', 'Memoise sumqayit khirdalan quotes per govurga and customer'),
         note='12 deploys 25-31 min apart from 08:47, culprit #10 at 13:30 (3 leaking intervals, 26-27 min, to 14:50; its own 27 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name="DT12-step-quote-culprit-8-320", seed=123012, kind="step", culprit=8,
         intervals=_I[12],
         start="2032-06-15T08:11:00Z", service="lerik-masalli-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/lerik-sebzi-table-at-boot', 'Load the lerik sebzi table at boot'),
         note='level shift at #8 of 9 (13:30), quote route (20 lines at 95 req/s, 400 SKUs); 9 deploys 30-45 min apart from 08:11 (40 and 36 min after the step, to 14:46); no trend after; must not alarm; epoch'),
    dict(name="DT13-e-lru-midday-1040-300", seed=123013, kind="e",
         intervals=_I[13],
         start="2032-06-16T11:47:00Z", service="naftalan-tovuz-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={"LRU_MAX": "1040"}, scan_by="TimestampAscending",
         note='bounded LRU (1040 entries) refilling after each of 4 deploys 41-50 min apart, from 11:47 through the lunch bump into the afternoon plateau to 15:32; must not alarm; ascending'),
    dict(name="DT14-none-long-interval-orders-320", seed=123014, kind="none",
         intervals=_I[14],
         start="2032-06-17T19:30:00Z", service="qazax-jalilabad-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note='no leak, orders route (5 KB at 90 req/s); one 195 min (3 h 15) interval (20:05-23:20) down the evening fall into the late evening between 35 min ones; must not alarm'),
    dict(name="DT15-f-load-dawn-rise-300", seed=123015, kind="f", workers=72,
         intervals=_I[15],
         start="2032-06-18T06:35:00Z", service="sabirabad-imishli-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load from 06:35 up the dawn and morning rise to 10:34, across 3 deploys 55-66 min apart; must not alarm; ascending'),
    dict(name="DT16-none-frequent-quote-320", seed=123116, kind="none",
         intervals=_I[16],
         start="2032-06-19T14:05:00Z", service="saatli-beylagan-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 14:05 across the afternoon plateau into the evening to 19:08; 11 deploys 22-30 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + DT_SCENARIOS
