"""memblame's tracelab scenarios, batch 127: DX01..DX16 (real memory traces with labels).

(Named DX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-126 used AA..AZ, BA..BZ, CA..CZ and
DA..DW.  No case folder, scenario name or split entry starts with "DX".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 127"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios127.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios127.py --bytes \\
        --jobs 2 --budget 1200 --cases Tests/Traces/real --raw /work/tracelab-raw127 DX01-... DX16-...

The rarer regimes, as batches 90, 93, ..., 117, 120 and 123 (batch 123 the
template, batch 120 its predecessor).  A blind batch: all 16 cases are split
"validation" (split127.json, regime tags as split123.json).

Rotation: of the two kinds each regime leaves after batches 120 and 123,
the one batch 117 did not use, but limit-raise (left b or d) and oom-fast
(left b or c) cannot take b (no b load is known to OOM within about an
hour) and take batch 117's kinds with batch 117's known OOM loads (DN03's
d 64 KB x 180, DN10's c 75 KB x 178): long-interval c, culprit-last d,
limit-raise d, multi-task a, quick-followup c, flag-flip d, slow-leak b,
fixed-later a, culprit-early d, oom-fast c; the frequent-deploys case
stays a b.  Leaking a 2, b 2, c 3, d 4.

PR and pipeline numbers: this file runs scenarios126.py (11..2124) and
lists DX last (2125..2140).  Seeds 127001..127016, but DX06
127206, DX08 127108 and DX12 127112 (the first seeds' PR numbers collided
with pipelines of BI10, BI11 and BI13; check_numbers.py).  Dates 2032-08-20
(DX01) to 2032-09-04 (DX16).  Limits: batch 123's flipped case by case.
Cases of 300 samples or more use ts_format "wire"; TimestampAscending for
the even-numbered cases.

Loads by batch 126's units for the next batch (a 0.0261 frequent, 0.0238
an hour or more; b 0.00296 / 0.00248; c 0.0130 / 0.0155; d 0.0174 /
0.0313; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
each within 0.4 % of its aim but DX06 and DX09 (0.43 % over; ~5 %/h of
the limit, per task for DX04; ~1.5 %/h for the slow DX07): DX01 c 7 KB x
54 (300), DX02 d 4 KB x 50 (320), DX04 a 4 KB x 131 over 2 tasks (320),
DX05 c 6 KB x 63 (300), DX06 d 4 KB x 47 (300), DX07 b 18 lines x 42
(320, slow), DX08 a 6 KB x 41 (300), DX09 d 2 KB x 94 (300), DX11 b
frequent 33 lines x 60 (300).  Not by the units: DX03 and DX10 (known OOM
loads, above).  Healthy loads are earlier batches'.  The "~N %/h" in the
notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios126.py"))["SCENARIOS"]   # 11..2124

_I = {
    1: [40, 35, 40, 35, 238, 30, 27],
    2: [18, 16, 20, 15, 19, 17, 20, 16, 18, 15, 19, 17, 16, 127],
    3: [25, 30, 25, 30, 25, 30, 25, 30, 25, 80, 40, 35],
    4: [37, 34, 34, 33, 34, 30, 35, 39],
    5: [20, 25, 20, 25, 20, 25, 20, 25, 8, 31, 30, 28],
    6: [25, 30, 25, 30, 25, 30, 25, 25, 25, 30, 129, 40],
    7: [36, 38, 35, 37, 35, 38, 36, 70, 60, 30],
    8: [29, 27, 28, 30, 25, 27, 25, 28, 32, 30, 30, 31, 28, 30],
    9: [44, 38, 31, 28, 31, 31, 30, 26, 32, 30],
    10: [30, 25, 30, 25, 67, 35, 30, 25],
    11: [24, 27, 30, 24, 26, 25, 28, 26, 26, 29, 25, 25],
    12: [42, 32, 44, 45, 34, 45, 40, 30, 38],
    13: [43, 55, 42, 43, 43],
    14: [35, 212, 35],
    15: [66, 56, 75, 61],
    16: [24, 23, 24, 29, 28, 25, 25, 22, 24, 25, 25, 29],
}

DX_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="DX01-c-long-interval-238-culprit-4-300", seed=127001, kind="c", culprit=4,
         intervals=_I[1],
         start="2032-08-20T10:25:00Z", service="naryn-talas-bookings",
         profile="orders", params={'payload_kb': 7}, peak_rps=54, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/naryn-kuurdak-listeners', 'Tell open naryn talas bookings when a kuurdak frees'),
         note='culprit #4 of 6 at 12:55 after 40, 35, 40 and 35 min healthy intervals, then one 238 min (3 h 58) interval (12:55-16:53) across the afternoon peak; ~5 %/h of 300 MiB at peak; #5 and #6 still leak (30 and 27 min, to 17:50); epoch'),
    dict(name="DX02-d-culprit-last-13-320", seed=127002, kind="d", culprit=13,
         intervals=_I[2],
         start="2032-08-21T09:44:00Z", service="tokmok-balykchy-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=50, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/tokmok-boorsok-timers', 'Confirm tokmok balykchy bookings from delayed boorsok timers'),
         note='the culprit is the last deploy #13 at 13:30: one 127 min interval of evidence (to 15:37) after thirteen healthy intervals of 15-20 min from 09:44; ~5 %/h of 320 MiB at peak; epoch, ascending'),
    dict(name="DX03-d-limit-raise-715", seed=127003, kind="d", culprit=9, limit_raise={"deploy": 10, "limit_mib": 715, "heap_mb": 381},
         intervals=_I[3],
         start="2032-08-22T08:40:00Z", service="kochkor-batken-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=300, ts_format="wire",
         limit_pr_title=("ops/kochkor-batken-bookings-memory-715", "Give the kochkor batken bookings task 715 MiB of memory after OOM restarts"),
         culprit_pr_title=('perf/kochkor-chuchuk-timers', 'Confirm kochkor batken bookings from delayed chuchuk timers'),
         note="leak from #9 at 12:45 (DN03's load: 64 KB bookings at 180 req/s, heap 160 MB; DN03's OOM 45 min in) should OOM within #9's 80 min; limit 300 -> 715 MiB (heap 381 MB) at the next deploy #10 at 14:05, the percentages fall to 0.42 of the old scale and the leak goes on through #10 (40 min) and #11 (35 min, to 15:20); epoch"),
    dict(name="DX04-a-two-tasks-culprit-4-of-7-320", seed=127004, kind="a", culprit=4, tasks=2, roll_gap=1,
         intervals=_I[4],
         start="2032-08-23T11:12:00Z", service="uzgen-kemin-orders",
         profile="orders", params={'payload_kb': 4}, peak_rps=131, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/uzgen-maksym-history', 'Keep uzgen kemin orders for the maksym history'),
         note='2 tasks, rolling deploys 1 min apart per task; 7 deploys 30-39 min apart from 11:12, culprit #4 of 7 at 13:30 (34, 30, 35 and 39 min leaking, to 15:48); each task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending'),
    dict(name="DX05-c-quick-followup-culprit-8-300", seed=127005, kind="c", culprit=8,
         intervals=_I[5],
         start="2032-08-24T11:10:00Z", service="toktogul-cholpon-bookings",
         profile="orders", params={'payload_kb': 6}, peak_rps=63, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/toktogul-shorpo-listeners', 'Tell open toktogul cholpon bookings when a shorpo frees'),
         note='culprit #8 of 11 at 14:10 runs only 8 min before an unrelated follow-up #9 at 14:18 (which still leaks, 31 min), then #10 at 14:49 (30 min) and #11 at 15:19 (28 min, to 15:47); ~5 %/h of 300 MiB at peak'),
    dict(name="DX06-d-flag-flip-43-min-in-v11-300", seed=127206, kind="d", flag="karabalta_kant_oromo_timers", flag_at=sum(_I[6][:10]) + 43,
         intervals=_I[6],
         start="2032-08-25T08:20:00Z", service="karabalta-kant-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=47, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag karabalta_kant_oromo_timers on at 13:32:30, 43 min after #10 and 86 min before #11 (v11's interval 129 min), then #11 (40 min, to 15:39); bookings' timers kept (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="DX07-b-slow-leak-culprit-7-320", seed=127007, kind="b", culprit=7,
         intervals=_I[7],
         start="2032-08-26T09:15:00Z", service="jalalabad-suzak-quotes",
         profile="quote", params={'detail': 18, 'skus': 400}, peak_rps=42, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/jalalabad-samsa-quote-memo', 'Memoise jalalabad suzak quotes per samsa and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak) from #7 of 9 at 13:30 after 36, 38, 35, 37, 35, 38 and 36 min healthy intervals; 70, 60 and 30 min leaking intervals (to 16:10); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="DX08-a-fixed-two-later-11-by-13-300", seed=127108, kind="a", culprit=11, fixed=13,
         intervals=_I[8],
         start="2032-08-27T08:19:00Z", service="kyzylkiya-aravan-orders",
         profile="orders", params={'payload_kb': 6}, peak_rps=41, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/kyzylkiya-manty-history', 'Keep kyzylkiya aravan orders for the manty history'),
         fixed_pr_title=("fix/kyzylkiya-kattama-history-cap", "Cap the kyzylkiya aravan order history per kattama"),
         note='leak from #11 at 13:30 (31 min, then #12 28 min still leaking; ~5 %/h of 300 MiB at peak) after eleven healthy intervals of 25-32 min from 08:19; fixed two deploys later by the last deploy #13 at 14:29, then 30 min (to 14:59); epoch, ascending'),
    dict(name="DX09-d-culprit-early-2-of-9-300", seed=127009, kind="d", culprit=2,
         intervals=_I[9],
         start="2032-08-28T12:08:00Z", service="kerben-nookat-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=94, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/kerben-chalap-timers', 'Confirm kerben nookat bookings from delayed chalap timers'),
         note='culprit is the second deploy #2 of 9 at 13:30, after 44 min of v1 and 38 of v2; every later interval leaks (31, 28, 31, 31, 30, 26, 32 and 30 min, to 17:29; ~5 %/h of 300 MiB at peak); epoch'),
    dict(name="DX10-c-oom-fast-culprit-4-of-7-320", seed=127010, kind="c", culprit=4,
         intervals=_I[10],
         start="2032-08-29T11:40:00Z", service="isfana-kadamjay-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/isfana-jarma-listeners', 'Tell open isfana kadamjay bookings when a jarma frees'),
         note="leak from #4 of 7 at 13:30, 75 KB bookings at 178 req/s (DN10's load; DN10's OOM 43 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (67 min); #5, #6 and #7 (35, 30 and 25 min, to 16:07) still leaking; ascending"),
    dict(name="DX11-b-frequent-deploys-culprit-7-of-11-300", seed=127011, kind="b", culprit=7,
         intervals=_I[11],
         start="2032-08-30T10:26:00Z", service="bokonbaev-tamga-quotes",
         profile="quote", params={'detail': 33, 'skus': 400}, peak_rps=60, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/bokonbaev-lagman-quote-memo', 'Memoise bokonbaev tamga quotes per lagman and customer'),
         note='11 deploys 24-30 min apart from 09:34, culprit #7 of 11 at 13:30 (5 leaking intervals, 25-29 min, to 15:41; its own 26 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name="DX12-step-orders-culprit-5-of-8-300", seed=127112, kind="step", culprit=5,
         intervals=_I[12],
         start="2032-08-31T10:13:00Z", service="ananyevo-tyup-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/ananyevo-beshbarmak-table-at-boot', 'Load the ananyevo beshbarmak table at boot'),
         note='level shift at #5 of 8 (13:30), orders route (5 KB at 90 req/s); 8 deploys 30-45 min apart from 10:13 (45, 40, 30 and 38 min after the step, to 16:03); no trend after; must not alarm; epoch, ascending'),
    dict(name="DX13-e-lru-early-afternoon-1095-320", seed=127013, kind="e",
         intervals=_I[13],
         start="2032-09-01T12:22:00Z", service="kazarman-chaek-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1095"},
         note='bounded LRU (1095 entries) refilling after each of 4 deploys 42-55 min apart, from 12:22 through the lunch bump into the afternoon peak to 16:08; must not alarm'),
    dict(name="DX14-none-long-interval-212-quote-300", seed=127014, kind="none",
         intervals=_I[14],
         start="2032-09-02T18:55:00Z", service="sokuluk-belovodskoe-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 212 min (3 h 32) interval (19:30-23:02) down the evening fall into the late evening between 35 min ones; must not alarm; ascending'),
    dict(name="DX15-f-load-evening-fall-1620-320", seed=127015, kind="f", workers=72,
         intervals=_I[15],
         start="2032-09-03T16:20:00Z", service="kemin-orlovka-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load from 16:20 down the late afternoon and evening fall to 20:38, across 3 deploys 56-75 min apart; must not alarm'),
    dict(name="DX16-none-frequent-orders-1335-300", seed=127016, kind="none",
         intervals=_I[16],
         start="2032-09-04T13:35:00Z", service="karasuu-ivanovka-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s), from 13:35 across the afternoon peak into the evening to 18:38; 11 deploys 22-29 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + DX_SCENARIOS
