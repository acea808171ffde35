"""memblame's tracelab scenarios, batch 146: EQ01..EQ16 (real memory traces with labels).

(Named EQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-145 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EP.  No case folder, scenario name or split entry starts with "EQ".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 146"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios146.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios146.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw146 EQ01-... EQ16-...

The rarer regimes, as batches 90, 93, ..., 140 and 143 (batch 143 the
template, batch 140 its predecessor).  A blind batch: all 16 cases are split
"validation" (split146.json, regime tags as split143.json).

Rotation: of the two kinds each regime leaves after batches 140 and 143,
the one batch 137 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 143-145 added none) and take the other kind left,
with a known OOM load of that kind: limit-raise d (EK10's 64 KB x 180),
oom-fast c (EK03's 75 KB x 178).  long-interval b, culprit-last a,
limit-raise d, multi-task b, quick-followup b, flag-flip a, slow-leak c,
fixed-later d, culprit-early a, oom-fast c; the frequent-deploys case stays
a b.  Leaking a 3, b 4, c 2, d 2.

PR and pipeline numbers: this file runs scenarios145.py (11..2428) and
lists EQ last (2429..2444).  Seeds 146001..146016 (see SEEDS).  Dates
2033-07-11 (EQ01) to 2033-07-26 (EQ16).  Limits ABBABAABBABABABA (A 300,
B 320 MiB).  Cases of 300 samples or more use ts_format "wire";
TimestampAscending for EQ03, EQ05, EQ07, EQ10, EQ12, EQ13 and EQ16.  The
notes' "epoch" and "ascending" tags are written from these fields.

Loads by batch 145's units for the next batch (main figures: a 0.0332
frequent, 0.0524 an hour or more; b 0.00376 / 0.00306; c 0.0139 / 0.0160;
d 0.0214 / 0.0186; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for EQ04; ~1.5 %/h for the
slow EQ07).  Not by the units: EQ03 (EK10's OOM load) and EQ10 (EK03's).
Healthy loads are earlier batches'.  The "~N %/h" in the notes are aims,
not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios145.py"))["SCENARIOS"]   # 11..2428
_I = {
    1: [31, 28, 29, 221, 29, 28, 30, 28, 29],
    2: [25, 27, 25, 27, 26, 26, 25, 26, 142],
    3: [22, 21, 20, 21, 21, 20, 22, 20, 22, 22, 21, 82, 36, 34, 33],
    4: [30, 30, 29, 31, 30, 31, 33, 32, 30, 28],
    5: [31, 29, 30, 28, 16, 30, 31, 29, 30, 31],
    6: [30, 28, 31, 29, 121, 33],
    7: [38, 36, 37, 35, 39, 64, 62, 30, 31, 29, 32],
    8: [29, 31, 30, 28, 31, 33, 29, 31, 30, 30],
    9: [42, 38, 33, 30, 31, 32, 31, 28, 29, 32, 28, 31, 29],
    10: [30, 28, 31, 29, 30, 29, 31, 28, 73, 29, 31, 30],
    11: [31, 30, 33, 30, 33, 33, 30, 31, 33, 33, 33, 33],
    12: [39, 35, 34, 33, 34, 38, 30, 35, 34, 37, 34, 39],
    13: [48, 43, 43, 50, 49, 40, 50],
    14: [33, 213, 31],
    15: [62, 70, 69, 69, 66],
    16: [22, 22, 22, 22, 21, 21, 21, 19, 18, 22, 18, 19, 22, 20, 20, 21],
}

EQ_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="EQ01-b-long-interval-221-culprit-3-of-8-300", seed=146001, kind="b", culprit=3,
         intervals=_I[1],
         start="2033-07-11T11:42:00Z", service="nanumanga-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=128, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/nanumanga-pulaka-quote-memo', 'Memoise nanumanga quotes per pulaka and customer'),
         note='culprit #3 of 7 at 13:10 after 31, 28 and 29 min healthy intervals, then one 221 min (3 h 41) interval (13:10-16:51) across the afternoon peak; ~5 %/h of 300 MiB at peak; #4-#8 still leak (29, 28, 30, 28 and 29 min, to 19:15); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EQ02-a-culprit-last-8-of-8-320", seed=146002, kind="a", culprit=8,
         intervals=_I[2],
         start="2033-07-12T10:13:00Z", service="saksun-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=119, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/saksun-ikaraoi-history', 'Keep saksun orders for the ikaraoi history'),
         note='the culprit is the last deploy #8 at 13:40: one 142 min interval of evidence (to 16:02) after eight healthy intervals of 25-28 min from 10:13; ~5 %/h of 320 MiB at peak; epoch'),
    dict(name="EQ03-d-limit-raise-717", seed=146003, kind="d", culprit=11, limit_raise={"deploy": 12, "limit_mib": 717, "heap_mb": 358},
         intervals=_I[3],
         start="2033-07-13T08:58:00Z", service="undurkhaan-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         limit_pr_title=("ops/undurkhaan-bookings-memory-717", "Give the undurkhaan bookings task 717 MiB of memory after OOM restarts"),
         culprit_pr_title=('perf/undurkhaan-igunaq-timers', 'Confirm undurkhaan bookings from delayed igunaq timers'),
         note="leak from #11 at 12:50 after eleven healthy intervals of 20-22 min (EK10's load: 64 KB bookings at 180 req/s, heap 160 MB) should OOM within #11's 82 min; limit 320 -> 717 MiB (heap 358 MB) at the next deploy #12 at 14:12, the percentages fall to 0.45 of the old scale and the leak goes on through #12 (36 min), #13 (34 min) and #14 (33 min, to 15:55); epoch, ascending"),
    dict(name="EQ04-b-two-tasks-culprit-6-of-9-300", seed=146104, kind="b", culprit=6, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2033-07-14T10:29:00Z", service="olry-quotes",
         profile="quote", params={'detail': 18, 'skus': 400}, peak_rps=213, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/olry-paarnaqutit-quote-memo', 'Memoise olry quotes per paarnaqutit and customer'),
         note='2 tasks, rolling deploys 2 min apart per task; 9 deploys 28-32 min apart from 10:29, culprit #6 of 9 at 13:30 (4 leaking intervals, to 15:33); each task ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; epoch'),
    dict(name="EQ05-b-quick-followup-culprit-4-320", seed=146005, kind="b", culprit=4,
         intervals=_I[5],
         start="2033-07-15T12:07:00Z", service="longana-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=120, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/longana-hjallur-quote-memo', 'Memoise longana quotes per hjallur and customer'),
         note='culprit #4 of 9 at 14:05 runs only 16 min before an unrelated follow-up #5 at 14:21 (which still leaks, 30 min), then #6 (31 min), #7 (29 min), #8 (30 min) and #9 (31 min, to 16:52); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EQ06-a-flag-flip-64-min-in-v5-300", seed=146106, kind="a", flag="lolowai_suutei_order_history", flag_at=sum(_I[6][:4]) + 64,
         intervals=_I[6],
         start="2033-07-16T10:27:00Z", service="lolowai-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=112, heap_mb=160, limit_mib=300,
         note="no culprit deploy: flag lolowai_suutei_order_history on at 13:28:30, 64 min after #4 and 57 min before #5 (v5's interval 121 min), then #5 (33 min, to 14:59); every order kept (~5 %/h of 300 MiB at peak) from then on"),
    dict(name="EQ07-c-slow-leak-culprit-5-of-10-300", seed=146007, kind="c", culprit=5,
         intervals=_I[7],
         start="2033-07-17T10:25:00Z", service="erakor-bookings",
         profile="orders", params={'payload_kb': 1}, peak_rps=110, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/erakor-tavgiin-listeners', 'Tell open erakor bookings when a tavgiin frees'),
         note='slow leak (~1.5 %/h of 300 MiB at peak) from #5 of 10 at 13:30 after 38, 36, 37, 35 and 39 min healthy intervals; 64, 62, 30, 31, 29 and 32 min leaking intervals (to 17:38); epoch, ascending'),
    dict(name="EQ08-d-fixed-two-later-5-by-7-of-9-320", seed=146108, kind="d", culprit=5, fixed=7,
         intervals=_I[8],
         start="2033-07-18T11:01:00Z", service="aniwa-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=112, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/aniwa-kokoalaisa-timers', 'Confirm aniwa bookings from delayed kokoalaisa timers'),
         fixed_pr_title=("fix/aniwa-suafai-timers", "Clear aniwa booking timers when the suafai confirmation is sent"),
         note='leak from #5 at 13:30 (33 min, then #6 29 min still leaking; ~5 %/h of 320 MiB at peak) after five healthy intervals of 28-31 min from 11:01; fixed two deploys later by #7 at 14:32 (31 min), then #8 (30 min) and #9 (30 min, to 16:03); epoch'),
    dict(name="EQ09-a-culprit-early-2-of-12-320", seed=146009, kind="a", culprit=2,
         intervals=_I[9],
         start="2033-07-19T12:10:00Z", service="ambohimanga-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=120, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/ambohimanga-pisupo-history', 'Keep ambohimanga orders for the pisupo history'),
         note='culprit is the second deploy #2 of 12 at 13:30, after 42 min of v1 and 38 of v2; every later interval leaks (28-33 min, to 19:04; ~5 %/h of 320 MiB at peak); epoch'),
    dict(name="EQ10-c-oom-fast-culprit-8-of-11-300", seed=146010, kind="c", culprit=8,
         intervals=_I[10],
         start="2033-07-20T09:34:00Z", service="butha-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/butha-akoho-listeners', 'Tell open butha bookings when an akoho frees'),
         note="leak from #8 of 11 at 13:30, 75 KB bookings at 178 req/s (EK03's load): OOM within about an hour of the onset (heap 160 MB; EK03's 38.5 min in), in #8 (73 min); #9-#11 (29, 31 and 30 min, to 16:13) still leaking; epoch, ascending"),
    dict(name="EQ11-b-frequent-deploys-culprit-4-of-11-320", seed=146011, kind="b", culprit=4,
         intervals=_I[11],
         start="2033-07-21T11:26:00Z", service="berea-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=119, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/berea-mokorotlo-quote-memo', 'Memoise berea quotes per mokorotlo and customer'),
         note='11 deploys 30-33 min apart from 11:26, culprit #4 of 11 at 13:30 (8 leaking intervals, to 17:49); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name="EQ12-step-orders-culprit-7-of-11-300", seed=146012, kind="step", culprit=7,
         intervals=_I[12],
         start="2033-07-22T09:27:00Z", service="mele-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mele-sambos-table-at-boot', 'Load the mele sambos table at boot'),
         note='level shift at #7 of 11 (13:30), orders route (5 KB at 90 req/s); 11 deploys 30-40 min apart from 09:27 (to 16:29); no trend after; must not alarm; epoch, ascending'),
    dict(name="EQ13-e-lru-morning-1355-320", seed=146013, kind="e",
         intervals=_I[13],
         start="2033-07-23T10:12:00Z", service="ittoqqortoormiit-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1355"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1355 entries) refilling after each of 6 deploys 40-50 min apart, from 10:12 to 15:35; must not alarm; epoch, ascending'),
    dict(name="EQ14-none-long-interval-213-quote-300", seed=146014, kind="none",
         intervals=_I[14],
         start="2033-07-24T10:20:00Z", service="tanna-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 213 min (3 h 33) interval (10:53-14:26) over the lunch bump between 33 and 31 min ones; must not alarm'),
    dict(name="EQ15-f-load-morning-0855-320", seed=146015, kind="f", workers=72,
         intervals=_I[15],
         start="2033-07-25T08:55:00Z", service="futuna-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire",
         note='reports in flight follow the load from 08:55 over the lunch bump to 14:31, across 4 deploys 62-70 min apart; must not alarm; epoch'),
    dict(name="EQ16-none-frequent-orders-1255-300", seed=146016, kind="none",
         intervals=_I[16],
         start="2033-07-26T12:55:00Z", service="tekaranga-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s), from 12:55 into the afternoon peak to 18:25; 15 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + EQ_SCENARIOS
