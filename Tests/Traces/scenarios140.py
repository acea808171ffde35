"""memblame's tracelab scenarios, batch 140: EK01..EK16 (real memory traces with labels).

(Named EK: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-139 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EJ.  No case folder, scenario name or split entry starts with "EK".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 140"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios140.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios140.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw140 EK01-... EK16-...

The rarer regimes, as batches 90, 93, ..., 133 and 137 (batch 137 the
template, batch 133 its predecessor).  A blind batch: all 16 cases are split
"validation" (split140.json, regime tags as split137.json).

Rotation: of the two kinds each regime leaves after batches 133 and 137,
the one batch 130 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 137-139 added none) and take the other kind left,
with a known OOM load of that kind (limit-raise c: EA03's 75 KB x 178, as
EH10; oom-fast d: EA10's 64 KB x 180, as EH03): long-interval c,
culprit-last d, limit-raise c, multi-task a, quick-followup c, flag-flip d,
slow-leak b, fixed-later a, culprit-early d, oom-fast d; the
frequent-deploys case stays a b.  Leaking a 2, b 2, c 3, d 4.

PR and pipeline numbers: this file runs scenarios139.py (11..2332) and
lists EK last (2333..2348).  Seeds 140001..140016 (see SEEDS).  Dates
2033-04-05 (EK01) to 2033-04-20 (EK16).  Limits ABABAABBABABBABA (A 300,
B 320 MiB: batch 137's flipped case by case, but EK07 at 320, the only
limit with a new slow b load within 0.4 %).  Cases of 300 samples or more
use ts_format "wire"; TimestampAscending for EK02, EK03, EK06, EK08, EK11,
EK13 and EK14.  The notes' "epoch" and "ascending" tags are written from
these fields.

Loads by batch 139's units for the next batch (a 0.0332 frequent, 0.0323
an hour or more; b 0.00339 / 0.00329; c 0.0123 / 0.0158; d 0.0159 /
0.0149; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for EK04; ~1.5 %/h for the slow EK07), each
within 0.4 % of its aim and new for its kind, limit and task count:
EK01 c 3 KB x 124 (300), EK02 d 6 KB x 70 (320), EK04 a 2 KB x 194 over
2 tasks (320), EK05 c 4 KB x 93 (300), EK06 d 3 KB x 131 (300, flag),
EK07 b 19 lines x 30 (320, slow), EK08 a 2 KB x 97 (320), EK09 d 2 KB x
197 (300), EK11 b frequent 16 lines x 108 (300).  Not by the units: EK03
and EK10 (known OOM loads, above).  Healthy loads are earlier batches'.
The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios139.py"))["SCENARIOS"]   # 11..2332

_I = {
    1: [29, 31, 28, 30, 226, 29, 28, 30, 28],
    2: [27, 24, 25, 24, 24, 27, 26, 24, 27, 26, 24, 26, 137],
    3: [22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 77, 38, 36],
    4: [28, 29, 28, 30, 30, 32, 28, 31, 28, 32],
    5: [30, 28, 31, 29, 30, 11, 30, 29, 31, 32],
    6: [30, 28, 31, 29, 32, 28, 109, 34],
    7: [37, 39, 36, 38, 69, 62, 31, 30, 29],
    8: [29, 30, 30, 31, 29, 30, 29, 31, 30],
    9: [42, 38, 31, 28, 29, 30, 32, 32, 31, 29, 30],
    10: [30, 28, 31, 29, 30, 32, 68, 29, 31, 30, 28],
    11: [30, 30, 31, 31, 32, 33, 30, 30, 32, 33, 31, 30, 31],
    12: [30, 37, 40, 34, 39, 31, 30, 35, 42, 33],
    13: [46, 48, 38, 42, 47, 47, 46],
    14: [33, 214, 33],
    15: [61, 67, 69, 57, 65],
    16: [22, 22, 20, 20, 19, 23, 22, 20, 20, 22, 20, 21, 21, 20, 23, 22, 19, 22],
}

EK_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="EK01-c-long-interval-226-culprit-4-of-8-300", seed=140001, kind="c", culprit=4,
         intervals=_I[1],
         start="2033-04-05T11:07:00Z", service="ohrid-bitola-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=124, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/ohrid-tavce-listeners', 'Tell open ohrid bitola bookings when a tavce frees'),
         note='culprit #4 of 8 at 13:05 after 29, 31, 28 and 30 min healthy intervals, then one 226 min (3 h 46) interval (13:05-16:51) across the afternoon peak; ~5 %/h of 300 MiB at peak; #5-#8 still leak (29, 28, 30 and 28 min, to 18:46); epoch'),
    dict(name="EK02-d-culprit-last-12-of-12-320", seed=140002, kind="d", culprit=12,
         intervals=_I[2],
         start="2033-04-06T08:41:00Z", service="struga-kumanovo-bookings",
         profile="orders", params={'payload_kb': 6}, peak_rps=70, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/struga-pastrmajlija-timers', 'Confirm struga kumanovo bookings from delayed pastrmajlija timers'),
         note='the culprit is the last deploy #12 at 13:45: one 137 min interval of evidence (to 16:02) after twelve healthy intervals of 24-27 min from 08:41; ~5 %/h of 320 MiB at peak; epoch, ascending'),
    dict(name="EK03-c-limit-raise-725", seed=140003, kind="c", culprit=13, limit_raise={"deploy": 14, "limit_mib": 725, "heap_mb": 387},
         intervals=_I[3],
         start="2033-04-07T07:57:00Z", service="prilep-tetovo-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         limit_pr_title=("ops/prilep-tetovo-bookings-memory-725", "Give the prilep tetovo bookings task 725 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/prilep-pindzur-listeners', 'Tell open prilep tetovo bookings when a pindzur frees'),
         note="leak from #13 at 12:55 after thirteen healthy intervals of 22-24 min (EA03's load, as EH10: 75 KB bookings at 178 req/s, heap 160 MB; EH10's OOM 46.5 min in) should OOM within #13's 77 min; limit 300 -> 725 MiB (heap 387 MB) at the next deploy #14 at 14:12, the percentages fall to 0.41 of the old scale and the leak goes on through #14 (38 min) and #15 (36 min, to 15:26); epoch, ascending"),
    dict(name="EK04-a-two-tasks-culprit-5-of-9-320", seed=140004, kind="a", culprit=5, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2033-04-08T11:05:00Z", service="veles-strumica-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=194, heap_mb=160, limit_mib=320,
         culprit_pr_title=('feat/veles-malidzano-history', 'Keep veles strumica orders for the malidzano history'),
         note='2 tasks, rolling deploys 2 min apart per task; 9 deploys 28-32 min apart from 11:05, culprit #5 of 9 at 13:30 (5 leaking intervals, to 16:01); each task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl'),
    dict(name="EK05-c-quick-followup-culprit-5-300", seed=140005, kind="c", culprit=5,
         intervals=_I[5],
         start="2033-04-09T11:42:00Z", service="gostivar-kavadarci-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=93, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/gostivar-zelnik-listeners', 'Tell open gostivar kavadarci bookings when a zelnik frees'),
         note='culprit #5 of 9 at 14:10 runs only 11 min before an unrelated follow-up #6 at 14:21 (which still leaks, 30 min), then #7 (29 min), #8 (31 min) and #9 (32 min, to 16:23); ~5 %/h of 300 MiB at peak'),
    dict(name="EK06-d-flag-flip-53-min-in-v7-300", seed=140006, kind="d", flag="kocani_kicevo_turli_timers", flag_at=sum(_I[6][:6]) + 53,
         intervals=_I[6],
         start="2033-04-10T09:39:00Z", service="kocani-kicevo-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=131, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag kocani_kicevo_turli_timers on at 13:29:30, 53 min after #6 and 56 min before #7 (v7's interval 109 min), then #7 (34 min, to 15:00); a timer per booking kept (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="EK07-b-slow-leak-culprit-4-of-8-320", seed=140007, kind="b", culprit=4,
         intervals=_I[7],
         start="2033-04-11T11:00:00Z", service="radovis-negotino-quotes",
         profile="quote", params={'detail': 19, 'skus': 400}, peak_rps=30, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/radovis-selsko-quote-memo', 'Memoise radovis negotino quotes per selsko and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak) from #4 of 8 at 13:30 after 37, 39, 36 and 38 min healthy intervals; 69, 62, 31, 30 and 29 min leaking intervals (to 17:11); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EK08-a-fixed-two-later-5-by-7-of-8-320", seed=140008, kind="a", culprit=5, fixed=7,
         intervals=_I[8],
         start="2033-04-12T11:01:00Z", service="debar-delcevo-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=97, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/debar-kjofte-history', 'Keep debar delcevo orders for the kjofte history'),
         fixed_pr_title=("fix/debar-mekici-history", "Stop keeping debar delcevo orders for the mekici history"),
         note='leak from #5 at 13:30 (30 min, then #6 29 min still leaking; ~5 %/h of 320 MiB at peak) after five healthy intervals of 29-31 min from 11:01; fixed two deploys later by #7 at 14:29 (31 min), then #8 (30 min, to 15:30); ascending'),
    dict(name="EK09-d-culprit-early-2-of-10-300", seed=140009, kind="d", culprit=2,
         intervals=_I[9],
         start="2033-04-13T12:10:00Z", service="kratovo-berovo-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=197, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/kratovo-gravce-timers', 'Confirm kratovo berovo bookings from delayed gravce timers'),
         note='culprit is the second deploy #2 of 10 at 13:30, after 42 min of v1 and 38 of v2; every later interval leaks (28-32 min, to 18:02; ~5 %/h of 300 MiB at peak); epoch'),
    dict(name="EK10-d-oom-fast-culprit-6-of-10-320", seed=140010, kind="d", culprit=6,
         intervals=_I[10],
         start="2033-04-14T10:30:00Z", service="resen-valandovo-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/resen-mandza-timers', 'Confirm resen valandovo bookings from delayed mandza timers'),
         note="leak from #6 of 10 at 13:30, 64 KB bookings at 180 req/s (EA10's load, as EH03, DX03 and DQ10): OOM within about an hour of the onset (heap 160 MB), in #6 (68 min); #7-#10 (29, 31, 30 and 28 min, to 16:36) still leaking; epoch"),
    dict(name="EK11-b-frequent-deploys-culprit-6-of-12-300", seed=140011, kind="b", culprit=6,
         intervals=_I[11],
         start="2033-04-15T10:23:00Z", service="gevgelija-probistip-quotes",
         profile="quote", params={'detail': 16, 'skus': 400}, peak_rps=108, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/gevgelija-burek-quote-memo', 'Memoise gevgelija probistip quotes per burek and customer'),
         note='12 deploys 30-33 min apart from 10:23, culprit #6 of 12 at 13:30 (7 leaking intervals, to 17:07); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name="EK12-step-orders-culprit-2-of-9-320", seed=140112, kind="step", culprit=2,
         intervals=_I[12],
         start="2033-04-16T12:23:00Z", service="vinica-dojran-orders",
         profile="orders", params={'payload_kb': 4}, peak_rps=95, heap_mb=160, limit_mib=320, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/vinica-kachamak-table-at-boot', 'Load the vinica kachamak table at boot'),
         note='level shift at #2 of 9 (13:30), orders route (4 KB at 95 req/s); 9 deploys 30-42 min apart from 12:23 (to 18:14); no trend after; must not alarm; epoch'),
    dict(name="EK13-e-lru-late-afternoon-1285-320", seed=140013, kind="e",
         intervals=_I[13],
         start="2033-04-17T16:37:00Z", service="krusevo-pehcevo-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1285"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1285 entries) refilling after each of 6 deploys 38-50 min apart, from 16:37 down the evening fall to 21:51; must not alarm; epoch, ascending'),
    dict(name="EK14-none-long-interval-214-quote-300", seed=140014, kind="none",
         intervals=_I[14],
         start="2033-04-18T09:42:00Z", service="bogdanci-vevcani-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 214 min (3 h 34) interval (10:15-13:49) up the late morning over the lunch bump between 33 min ones; must not alarm; ascending'),
    dict(name="EK15-f-load-dawn-to-morning-0625-320", seed=140015, kind="f", workers=72,
         intervals=_I[15],
         start="2033-04-19T06:25:00Z", service="skopje-kriva-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire",
         note='reports in flight follow the load from 06:25 up the morning rise to 11:44, across 4 deploys 55-70 min apart; must not alarm; epoch'),
    dict(name="EK16-none-frequent-orders-1138-300", seed=140016, kind="none",
         intervals=_I[16],
         start="2033-04-20T11:38:00Z", service="palanka-makedonski-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s), from 11:38 over the lunch bump into the afternoon peak to 17:56; 17 deploys 19-23 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EK_SCENARIOS
