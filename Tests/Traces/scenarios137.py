"""memblame's tracelab scenarios, batch 137: EH01..EH16 (real memory traces with labels).

(Named EH: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-136 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EG.  No case folder, scenario name or split entry starts with "EH".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 137"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios137.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios137.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw137 EH01-... EH16-...

The rarer regimes, as batches 90, 93, ..., 130 and 133 (batch 133 the
template, batch 130 its predecessor).  A blind batch: all 16 cases are split
"validation" (split137.json, regime tags as split133.json).

Rotation: of the two kinds each regime leaves after batches 130 and 133,
the one batch 127 did not use, but limit-raise and oom-fast (the rule would
give each a b) cannot take b (no b load is known to OOM within about an
hour) and take the other kind left, with a known OOM load of that kind
(limit-raise d: EA10's 64 KB x 180, DX03's; oom-fast c: EA03's 75 KB x
178, DX10's): long-interval a, culprit-last b, limit-raise d, multi-task c,
quick-followup d, flag-flip c, slow-leak d, fixed-later b, culprit-early c,
oom-fast c; the frequent-deploys case stays a b.  Leaking a 1, b 3, c 4,
d 3.

PR and pipeline numbers: this file runs scenarios136.py (11..2284) and
lists EH last (2285..2300).  Seeds 137001..137016 (see SEEDS).  Dates
2033-02-11 (EH01) to 2033-02-26 (EH16).  Limits: batch 133's flipped case
by case, but EH07 and EH08 swapped (no slow d load within 0.4 % at 300
MiB).  Cases of 300 samples or more use ts_format "wire";
TimestampAscending for the odd-numbered cases (batch 133: the even).

Loads by batch 135's units for the next batch (a 0.0321 frequent, 0.0312
an hour or more; b 0.00317 / 0.00259; c 0.0158 / 0.0133; d 0.0192 /
0.0159; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for EH04; ~1.5 %/h for the slow EH07):
EH01 a 2 KB x 100 (320), EH02 b 19 lines x 119 (300), EH04 c 5 KB x 176
over 2 tasks (300), EH05 d 3 KB x 131 (320), EH06 c 7 KB x 67 (320,
flag), EH07 d 2 KB x 59 (320, slow), EH08 b 20 lines x 113 (300), EH09 c
3 KB x 157 (320), EH11 b frequent 17 lines x 116 (320).  Not by the
units: EH03 and EH10 (known OOM loads, above).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios136.py"))["SCENARIOS"]   # 11..2284

_I = {
    1: [30, 29, 31, 251, 28, 30, 29, 28],
    2: [29, 29, 30, 28, 29, 31, 31, 30, 27, 30, 31, 128],
    3: [22, 25, 22, 25, 22, 25, 22, 25, 22, 25, 22, 25, 76, 40, 35],
    4: [31, 32, 28, 29, 32, 29, 30, 28, 28],
    5: [30, 28, 31, 29, 9, 31, 29, 30, 28],
    6: [30, 28, 31, 29, 32, 28, 30, 29, 117, 36],
    7: [38, 37, 39, 73, 66, 32, 30, 29],
    8: [28, 27, 25, 24, 27, 28, 28, 28, 25, 24, 27, 25, 28, 27, 29, 31, 30],
    9: [40, 41, 31, 29, 31, 30, 31, 31, 29],
    10: [30, 28, 31, 29, 30, 71, 30, 28, 32, 29],
    11: [31, 28, 31, 31, 30, 30, 28, 28, 29, 31, 30, 28, 29, 28],
    12: [38, 41, 37, 39, 32, 34, 30, 43],
    13: [44, 40, 50, 49, 40, 40],
    14: [35, 229, 35],
    15: [60, 62, 57, 74],
    16: [24, 23, 24, 24, 24, 22, 25, 25, 25, 22, 23, 22, 24, 25],
}

EH_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="EH01-a-long-interval-251-culprit-3-of-7-320", seed=137001, kind="a", culprit=3,
         intervals=_I[1],
         start="2033-02-11T11:25:00Z", service="vaduz-schaan-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/vaduz-riebel-history', 'Keep vaduz schaan orders for the riebel history'),
         note='culprit #3 of 7 at 12:55 after 30, 29 and 31 min healthy intervals, then one 251 min (4 h 11) interval (12:55-17:06) across the afternoon peak; ~5 %/h of 320 MiB at peak; #4-#7 still leak (28, 30, 29 and 28 min, to 19:01); epoch, ascending'),
    dict(name="EH02-b-culprit-last-11-300", seed=137002, kind="b", culprit=11,
         intervals=_I[2],
         start="2033-02-12T08:15:00Z", service="balzers-triesen-quotes",
         profile="quote", params={'detail': 19, 'skus': 400}, peak_rps=119, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/balzers-hafalaab-quote-memo', 'Memoise balzers triesen quotes per hafalaab and customer'),
         note='the culprit is the last deploy #11 at 13:40: one 128 min interval of evidence (to 15:48) after eleven healthy intervals of 27-31 min from 08:15; ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EH03-d-limit-raise-745", seed=137003, kind="d", culprit=12, limit_raise={"deploy": 13, "limit_mib": 745, "heap_mb": 373},
         intervals=_I[3],
         start="2033-02-13T08:08:00Z", service="eschen-mauren-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         limit_pr_title=("ops/eschen-mauren-bookings-memory-745", "Give the eschen mauren bookings task 745 MiB of memory after OOM restarts"),
         culprit_pr_title=('perf/eschen-kasknoepfle-timers', 'Confirm eschen mauren bookings from delayed kasknoepfle timers'),
         note="leak from #12 at 12:50 after twelve healthy intervals of 22-25 min (EA10's load, as DX03 and DQ10: 64 KB bookings at 180 req/s, heap 160 MB; EA10's OOM 46.5 min in) should OOM within #12's 76 min; limit 320 -> 745 MiB (heap 373 MB) at the next deploy #13 at 14:06, the percentages fall to 0.43 of the old scale and the leak goes on through #13 (40 min) and #14 (35 min, to 15:21); epoch, ascending"),
    dict(name="EH04-c-two-tasks-culprit-3-of-8-300", seed=137004, kind="c", culprit=3, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2033-02-14T11:59:00Z", service="ruggell-gamprin-bookings",
         profile="orders", params={'payload_kb': 5}, peak_rps=176, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/ruggell-torkel-listeners', 'Tell open ruggell gamprin bookings when a torkel frees'),
         note='2 tasks, rolling deploys 2 min apart per task; 8 deploys 28-32 min apart from 11:59, culprit #3 of 8 at 13:30 (29, 32, 29, 30, 28 and 28 min leaking, to 16:26); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl'),
    dict(name="EH05-d-quick-followup-culprit-4-320", seed=137005, kind="d", culprit=4,
         intervals=_I[5],
         start="2033-02-15T12:22:00Z", service="planken-triesenberg-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=131, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/planken-judd-timers', 'Confirm planken triesenberg bookings from delayed judd timers'),
         note='culprit #4 of 8 at 14:20 runs only 9 min before an unrelated follow-up #5 at 14:29 (which still leaks, 31 min), then #6 at 15:00 (29 min), #7 at 15:29 (30 min) and #8 at 15:59 (28 min, to 16:27); ~5 %/h of 320 MiB at peak; ascending'),
    dict(name="EH06-c-flag-flip-39-min-in-v9-320", seed=137006, kind="c", flag="encamp_ordino_trinxat_listeners", flag_at=sum(_I[6][:8]) + 39,
         intervals=_I[6],
         start="2033-02-16T08:52:00Z", service="encamp-ordino-bookings",
         profile="orders", params={'payload_kb': 7}, peak_rps=67, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no culprit deploy: flag encamp_ordino_trinxat_listeners on at 13:27:30, 39 min after #8 and 78 min before #9 (v9's interval 117 min), then #9 (36 min, to 15:22); a listener per booking kept (~5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="EH07-d-slow-leak-culprit-3-of-7-320", seed=137007, kind="d", culprit=3,
         intervals=_I[7],
         start="2033-02-17T11:36:00Z", service="canillo-sispony-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=59, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/canillo-escudella-timers', 'Confirm canillo sispony bookings from delayed escudella timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak) from #3 of 7 at 13:30 after 38, 37 and 39 min healthy intervals; 73, 66, 32, 30 and 29 min leaking intervals (to 17:20); epoch, ascending'),
    dict(name="EH08-b-fixed-two-later-14-by-16-300", seed=137108, kind="b", culprit=14, fixed=16,
         intervals=_I[8],
         start="2033-02-18T07:19:00Z", service="escaldes-schellenberg-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=113, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/escaldes-carquinyoli-quote-memo', 'Memoise escaldes schellenberg quotes per carquinyoli and customer'),
         fixed_pr_title=("fix/escaldes-coca-quote-keys", "Key the escaldes schellenberg quote cache by coca SKU only"),
         note='leak from #14 at 13:30 (29 min, then #15 31 min still leaking; ~5 %/h of 300 MiB at peak) after fourteen healthy intervals of 24-28 min from 07:19; fixed two deploys later by the last deploy #16 at 14:30, then 30 min (to 15:00); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EH09-c-culprit-early-2-of-8-320", seed=137009, kind="c", culprit=2,
         intervals=_I[9],
         start="2033-02-19T12:09:00Z", service="esch-differdange-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=157, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/esch-kniddelen-listeners', 'Tell open esch differdange bookings when a kniddelen frees'),
         note='culprit is the second deploy #2 of 8 at 13:30, after 40 min of v1 and 41 of v2; every later interval leaks (31, 29, 31, 30, 31, 31 and 29 min, to 17:02; ~5 %/h of 320 MiB at peak); epoch, ascending'),
    dict(name="EH10-c-oom-fast-culprit-5-of-9-300", seed=137110, kind="c", culprit=5,
         intervals=_I[10],
         start="2033-02-20T11:02:00Z", service="dudelange-ettelbruck-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/dudelange-quetschentaart-listeners', 'Tell open dudelange ettelbruck bookings when a quetschentaart frees'),
         note="leak from #5 of 9 at 13:30, 75 KB bookings at 178 req/s (EA03's load, as DX10, DQ03 and DN10): OOM within about an hour of the onset (heap 160 MB), in #5 (71 min); #6, #7, #8 and #9 (30, 28, 32 and 29 min, to 16:40) still leaking; epoch"),
    dict(name="EH11-b-frequent-deploys-culprit-10-of-13-320", seed=137011, kind="b", culprit=10,
         intervals=_I[11],
         start="2033-02-21T08:33:00Z", service="diekirch-wiltz-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=116, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/diekirch-bouneschlupp-quote-memo', 'Memoise diekirch wiltz quotes per bouneschlupp and customer'),
         note='13 deploys 28-31 min apart from 08:33, culprit #10 of 13 at 13:30 (4 leaking intervals, 28-30 min, to 15:25; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name="EH12-step-quote-culprit-2-of-7-320", seed=137012, kind="step", culprit=2,
         intervals=_I[12],
         start="2033-02-22T12:11:00Z", service="echternach-remich-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/echternach-gromperekichelcher-table-at-boot', 'Load the echternach gromperekichelcher table at boot'),
         note='level shift at #2 of 7 (13:30), quote route (20 lines at 95 req/s, 400 SKUs); 7 deploys 30-43 min apart from 12:11 (to 17:05); no trend after; must not alarm'),
    dict(name="EH13-e-lru-late-morning-1345-300", seed=137013, kind="e",
         intervals=_I[13],
         start="2033-02-23T10:52:00Z", service="vianden-mersch-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={"LRU_MAX": "1345"}, scan_by="TimestampAscending",
         note='bounded LRU (1345 entries) refilling after each of 5 deploys 40-50 min apart, from 10:52 through the lunch bump into the afternoon peak to 15:15; must not alarm; ascending'),
    dict(name="EH14-none-long-interval-229-orders-320", seed=137014, kind="none",
         intervals=_I[14],
         start="2033-02-24T09:05:00Z", service="clervaux-wasserbillig-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note='no leak, orders route (5 KB at 90 req/s); one 229 min (3 h 49) interval (09:40-13:29) up the morning rise into the lunch bump between 35 min ones; must not alarm'),
    dict(name="EH15-f-load-afternoon-to-evening-1405-300", seed=137015, kind="f", workers=72,
         intervals=_I[15],
         start="2033-02-25T14:05:00Z", service="grevenmacher-steinfort-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load from 14:05 over the afternoon peak into the evening to 18:18, across 3 deploys 57-74 min apart; must not alarm; ascending'),
    dict(name="EH16-none-frequent-quote-0745-320", seed=137116, kind="none",
         intervals=_I[16],
         start="2033-02-26T07:45:00Z", service="bettembourg-mamer-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 07:45 up the morning rise into the lunch bump to 13:17; 13 deploys 21-25 min apart: each short interval is mostly warm-up; must not alarm'),
]

SCENARIOS = _RDS + EH_SCENARIOS
