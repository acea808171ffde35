"""memblame's tracelab scenarios, batch 143: EN01..EN16 (real memory traces with labels).

(Named EN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-142 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EM.  No case folder, scenario name or split entry starts with "EN".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 143"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios143.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios143.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw143 EN01-... EN16-...

The rarer regimes, as batches 90, 93, ..., 137 and 140 (batch 140 the
template, batch 137 its predecessor).  A blind batch: all 16 cases are split
"validation" (split143.json, regime tags as split140.json).

Rotation: of the two kinds each regime leaves after batches 137 and 140,
the one batch 133 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 140-142 added none) and take the other kind left,
a, with a known OOM load of that kind (ED10's 64 KB x 193, OOM 40.5 min
after its onset): long-interval d, culprit-last c, limit-raise a,
multi-task d, quick-followup a, flag-flip b, slow-leak a, fixed-later c,
culprit-early b, oom-fast a; the frequent-deploys case stays a b.
Leaking a 4, b 3, c 2, d 2.

PR and pipeline numbers: this file runs scenarios142.py (11..2380) and
lists EN last (2381..2396).  Seeds 143001..143016, but EN02 143202 (see SEEDS).  Dates
2033-05-23 (EN01) to 2033-06-07 (EN16).  Limits BABABBAABABAABAB (A 300,
B 320 MiB: batch 140's flipped case by case).  Cases of 300 samples or
more use ts_format "wire"; TimestampAscending for EN01, EN04, EN05, EN09,
EN10, EN12 and EN15.  The notes' "epoch" and "ascending" tags are written
from these fields.

Loads by batch 142's units for the next batch (main figures: a 0.0259
frequent, 0.0291 an hour or more; b 0.00338 / 0.00572; c 0.0185 / 0.0128;
d 0.0121 / 0.0193; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for EN04; ~1.5 %/h for the
slow EN07), new for its kind, limit and task count: EN01 d 3 KB x 108
(320), EN02 c 3 KB x 153 (300), EN04 d 3 KB x 202 over 2 tasks (300),
EN05 a 2 KB x 107 (320), EN06 b 12 lines x 91 (320, flag), EN07 a 1 KB x
60 (300, slow; -0.66 %, no a load within 0.4 % at 300 or 320), EN08 c
4 KB x 114 (300), EN09 b 10 lines x 109 (320), EN11 b frequent 15 lines x
123 (320).  Not by the units: EN03 and EN10 (ED10's OOM load).  Healthy
loads are earlier batches'.  The "~N %/h" in the notes are aims, not
measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios142.py"))["SCENARIOS"]   # 11..2380

_I = {
    1: [33, 31, 231, 30, 28, 31, 29, 30],
    2: [28, 28, 26, 26, 26, 25, 26, 27, 26, 28, 28, 139],
    3: [22, 20, 22, 22, 20, 20, 21, 21, 21, 22, 21, 21, 22, 20, 79, 37, 35],
    4: [32, 31, 31, 30, 29, 32, 30, 30, 31, 29, 32],
    5: [31, 29, 30, 28, 31, 29, 13, 30, 31, 29, 30],
    6: [30, 28, 31, 29, 32, 119, 33],
    7: [37, 39, 36, 66, 61, 31, 30, 29, 32],
    8: [30, 29, 31, 28, 30, 31, 30, 29, 31, 30],
    9: [44, 36, 30, 29, 28, 28, 32, 28, 28, 32, 30, 31],
    10: [30, 28, 31, 29, 30, 29, 31, 72, 29, 31, 30, 28],
    11: [33, 33, 32, 34, 33, 34, 34, 33, 31, 34, 32, 34, 34],
    12: [31, 36, 37, 32, 37, 32, 34, 37, 30, 38, 36, 39],
    13: [48, 42, 43, 47, 39, 43, 48],
    14: [32, 219, 34],
    15: [57, 59, 60, 59, 60],
    16: [18, 21, 19, 22, 22, 21, 18, 22, 19, 18, 21, 21, 22, 18, 21, 22, 22],
}

EN_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="EN01-d-long-interval-231-culprit-2-of-7-320", seed=143001, kind="d", culprit=2,
         intervals=_I[1],
         start="2033-05-23T12:06:00Z", service="bafata-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=108, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/bafata-kewa-timers', 'Confirm bafata bookings from delayed kewa timers'),
         note='culprit #2 of 7 at 13:10 after 33 and 31 min healthy intervals, then one 231 min (3 h 51) interval (13:10-17:01) across the afternoon peak; ~5 %/h of 320 MiB at peak; #3-#7 still leak (30, 28, 31, 29 and 30 min, to 19:29); epoch, ascending'),
    dict(name="EN02-c-culprit-last-11-of-11-300", seed=143202, kind="c", culprit=11,
         intervals=_I[2],
         start="2033-05-24T08:46:00Z", service="gabu-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=153, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/gabu-shamu-listeners', 'Tell open gabu bookings when a shamu frees'),
         note='the culprit is the last deploy #11 at 13:40: one 139 min interval of evidence (to 15:59) after eleven healthy intervals of 25-28 min from 08:46; ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="EN03-a-limit-raise-695", seed=143003, kind="a", culprit=14, limit_raise={"deploy": 15, "limit_mib": 695, "heap_mb": 348},
         intervals=_I[3],
         start="2033-05-25T07:55:00Z", service="cacheu-orders",
         profile="orders", params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format="wire",
         limit_pr_title=("ops/cacheu-orders-memory-695", "Give the cacheu orders task 695 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/cacheu-goep-history', 'Keep cacheu orders for the goep history'),
         note="leak from #14 at 12:50 after fourteen healthy intervals of 20-22 min (ED10's load: 64 KB orders at 193 req/s, heap 160 MB; ED10's OOM 40.5 min in) should OOM within #14's 79 min; limit 320 -> 695 MiB (heap 348 MB) at the next deploy #15 at 14:09, the percentages fall to 0.46 of the old scale and the leak goes on through #15 (37 min) and #16 (35 min, to 15:21); epoch"),
    dict(name="EN04-d-two-tasks-culprit-6-of-10-300", seed=143004, kind="d", culprit=6, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2033-05-26T10:25:00Z", service="bolama-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=202, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/bolama-jaju-timers', 'Confirm bolama bookings from delayed jaju timers'),
         note='2 tasks, rolling deploys 2 min apart per task; 10 deploys 28-32 min apart from 10:25, culprit #6 of 10 at 13:30 (5 leaking intervals, to 16:02); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl; epoch, ascending'),
    dict(name="EN05-a-quick-followup-culprit-6-320", seed=143005, kind="a", culprit=6,
         intervals=_I[5],
         start="2033-05-27T11:07:00Z", service="farim-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=107, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/farim-chugo-history', 'Keep farim orders for the chugo history'),
         note='culprit #6 of 10 at 14:05 runs only 13 min before an unrelated follow-up #7 at 14:18 (which still leaks, 30 min), then #8 (31 min), #9 (29 min) and #10 (30 min, to 16:18); ~5 %/h of 320 MiB at peak; epoch, ascending'),
    dict(name="EN06-b-flag-flip-61-min-in-v6-320", seed=143006, kind="b", flag="quinhamel_tingmo_quote_memo", flag_at=sum(_I[6][:5]) + 61,
         intervals=_I[6],
         start="2033-05-28T09:58:00Z", service="quinhamel-quotes",
         profile="quote", params={'detail': 12, 'skus': 400}, peak_rps=91, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no culprit deploy: flag quinhamel_tingmo_quote_memo on at 13:28:30, 61 min after #5 and 58 min before #6 (v6's interval 119 min), then #6 (33 min, to 15:00); a quote per sku and customer kept (~5 %/h of 320 MiB at peak) from then on; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="EN07-a-slow-leak-culprit-3-of-8-300", seed=143007, kind="a", culprit=3,
         intervals=_I[7],
         start="2033-05-29T11:38:00Z", service="mansoa-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=60, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/mansoa-caldo-history', 'Keep mansoa orders for the caldo history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak) from #3 of 8 at 13:30 after 37, 39 and 36 min healthy intervals; 66, 61, 31, 30, 29 and 32 min leaking intervals (to 17:39); epoch'),
    dict(name="EN08-c-fixed-two-later-6-by-8-of-9-300", seed=143008, kind="c", culprit=6, fixed=8,
         intervals=_I[8],
         start="2033-05-30T10:31:00Z", service="bissora-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=114, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/bissora-papas-listeners', 'Tell open bissora bookings when a papas frees'),
         fixed_pr_title=("fix/bissora-modjo-listeners", "Remove bissora booking listeners when the modjo response ends"),
         note='leak from #6 at 13:30 (30 min, then #7 29 min still leaking; ~5 %/h of 300 MiB at peak) after six healthy intervals of 28-31 min from 10:31; fixed two deploys later by #8 at 14:29 (31 min), then #9 (30 min, to 15:30)'),
    dict(name="EN09-b-culprit-early-2-of-11-320", seed=143009, kind="b", culprit=2,
         intervals=_I[9],
         start="2033-05-31T12:10:00Z", service="buba-quotes",
         profile="quote", params={'detail': 10, 'skus': 400}, peak_rps=109, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/buba-momo-quote-memo', 'Memoise buba quotes per momo and customer'),
         note='culprit is the second deploy #2 of 11 at 13:30, after 44 min of v1 and 36 of v2; every later interval leaks (28-32 min, to 18:26; ~5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="EN10-a-oom-fast-culprit-7-of-11-300", seed=143010, kind="a", culprit=7,
         intervals=_I[10],
         start="2033-06-01T10:02:00Z", service="bubaque-orders",
         profile="orders", params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/bubaque-lhuntse-history', 'Keep bubaque orders for the lhuntse history'),
         note="leak from #7 of 11 at 13:30, 64 KB orders at 193 req/s (ED10's load): OOM within about an hour of the onset (heap 160 MB; ED10's 40.5 min in), in #7 (72 min); #8-#11 (29, 31, 30 and 28 min, to 16:40) still leaking; epoch, ascending"),
    dict(name="EN11-b-frequent-deploys-culprit-4-of-12-320", seed=143011, kind="b", culprit=4,
         intervals=_I[11],
         start="2033-06-02T11:18:00Z", service="canchungo-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=123, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/canchungo-pirada-quote-memo', 'Memoise canchungo quotes per pirada and customer'),
         note='12 deploys 31-34 min apart from 11:18, culprit #4 of 12 at 13:30 (9 leaking intervals, to 18:29); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name="EN12-step-quote-culprit-4-of-11-300", seed=143012, kind="step", culprit=4,
         intervals=_I[12],
         start="2033-06-03T11:14:00Z", service="contuboel-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/contuboel-sonaco-table-at-boot', 'Load the contuboel sonaco table at boot'),
         note='level shift at #4 of 11 (13:30), quote route (20 lines at 95 req/s, 400 SKUs); 11 deploys 30-40 min apart from 11:14 (to 18:13); no trend after; must not alarm; epoch, ascending'),
    dict(name="EN13-e-lru-morning-1305-300", seed=143013, kind="e",
         intervals=_I[13],
         start="2033-06-04T09:17:00Z", service="bambadinca-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={"LRU_MAX": "1305"}, ts_format="wire",
         note='bounded LRU (1305 entries) refilling after each of 6 deploys 38-50 min apart, from 09:17 up the morning to 14:27; must not alarm; epoch'),
    dict(name="EN14-none-long-interval-219-orders-320", seed=143014, kind="none",
         intervals=_I[14],
         start="2033-06-05T10:05:00Z", service="xitole-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note='no leak, orders route (5 KB at 90 req/s); one 219 min (3 h 39) interval (10:37-14:16) over the lunch bump between 32 and 34 min ones; must not alarm'),
    dict(name="EN15-f-load-late-morning-0950-300", seed=143015, kind="f", workers=72,
         intervals=_I[15],
         start="2033-06-06T09:50:00Z", service="empada-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load from 09:50 over the lunch bump to 14:45, across 4 deploys 55-70 min apart; must not alarm; ascending'),
    dict(name="EN16-none-frequent-quote-1310-320", seed=143016, kind="none",
         intervals=_I[16],
         start="2033-06-07T13:10:00Z", service="fulacunda-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 13:10 into the afternoon peak to 18:57; 16 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EN_SCENARIOS
