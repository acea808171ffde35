"""memblame's tracelab scenarios, batch 149: ET01..ET16 (real memory traces with labels).

(Named ET: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-148 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..ES.  No case folder, scenario name or split entry starts with "ET".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 149"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios149.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios149.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw149 ET01-... ET16-...

The rarer regimes, as batches 90, 93, ..., 143 and 146 (batch 146 the
template, batch 143 its predecessor).  A blind batch: all 16 cases are split
"validation" (split149.json, regime tags as split146.json).

Rotation: of the two kinds each regime leaves after batches 143 and 146,
the one batch 140 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 146-148 added none) and take the other kind left,
with a known OOM load of that kind: limit-raise c (EK03's 75 KB x 178,
as EQ10), oom-fast d (EK10's 64 KB x 180, as EQ03).  long-interval a,
culprit-last b, limit-raise c, multi-task c, quick-followup d, flag-flip c,
slow-leak d, fixed-later b, culprit-early c, oom-fast d; the
frequent-deploys case stays a b.  Leaking a 1, b 3, c 4, d 3.

PR and pipeline numbers: this file runs scenarios148.py (11..2476) and
lists ET last (2477..2492).  Seeds 149001..149016, but ET04 149204 and ET16 149116 (see SEEDS).  Dates
2033-08-28 (ET01) to 2033-09-12 (ET16).  Limits BAABABBAABABABBA (A 300,
B 320 MiB).  Cases of 300 samples or more use ts_format "wire";
TimestampAscending for ET02, ET04, ET06, ET09, ET11, ET14 and ET15.  The
notes' "epoch" and "ascending" tags are written from these fields.

Loads by batch 148's units for the next batch (main figures: a 0.0328
frequent, 0.0447 an hour or more; b 0.00343 / 0.00347; c 0.0142 / 0.0177;
d 0.0144 / 0.0127; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for ET04; ~1.5 %/h for the
slow ET07).  Not by the units: ET03 (EK03's OOM load) and ET10 (EK10's).
Healthy loads are earlier batches'.  The "~N %/h" in the notes are aims,
not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios148.py"))["SCENARIOS"]   # 11..2476
_I = {
    1: [29, 30, 28, 31, 29, 224, 28, 30, 29],
    2: [28, 28, 26, 28, 28, 28, 26, 27, 28, 146],
    3: [21, 20, 21, 22, 20, 21, 21, 21, 21, 22, 84, 30, 35, 33, 34],
    4: [31, 32, 28, 28, 31, 32, 32, 32, 28, 30, 28],
    5: [30, 29, 31, 28, 30, 17, 30, 31, 29, 30, 30],
    6: [30, 28, 31, 29, 124, 33],
    7: [37, 36, 38, 35, 39, 36, 65, 62, 30, 31, 29],
    8: [30, 29, 31, 32, 29, 31, 30, 30, 29, 30],
    9: [41, 37, 29, 30, 28, 32, 28, 28, 32, 30, 29, 28, 30, 31],
    10: [30, 28, 31, 29, 30, 29, 31, 76, 29, 31, 30],
    11: [31, 33, 31, 31, 33, 30, 32, 31, 33, 30, 33, 32, 33],
    12: [40, 40, 30, 37, 39, 35, 31, 35, 30, 32, 36],
    13: [46, 45, 39, 48, 47, 43, 45],
    14: [32, 207, 30],
    15: [69, 69, 65, 64, 62],
    16: [22, 22, 18, 21, 21, 18, 21, 19, 18, 19, 21, 20, 22, 19, 18, 21],
}

ET_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="ET01-a-long-interval-224-culprit-5-of-8-320", seed=149001, kind="a", culprit=5,
         intervals=_I[1],
         start="2033-08-28T10:43:00Z", service="tadjoura-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=140, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/tadjoura-zigni-history', 'Keep tadjoura orders for the zigni history'),
         note='culprit #5 of 8 at 13:10 after 29, 30, 28, 31 and 29 min healthy intervals, then one 224 min (3 h 44) interval (13:10-16:54) across the afternoon peak; ~5 %/h of 320 MiB at peak; #6-#8 still leak (28, 30 and 29 min, to 18:21); epoch'),
    dict(name="ET02-b-culprit-last-9-of-9-300", seed=149002, kind="b", culprit=9,
         intervals=_I[2],
         start="2033-08-29T09:33:00Z", service="obock-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=130, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/obock-taita-quote-memo', 'Memoise obock quotes per taita and customer'),
         note='the culprit is the last deploy #9 at 13:40: one 146 min interval of evidence (to 16:06) after nine healthy intervals of 26-28 min from 09:33; ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="ET03-c-limit-raise-750", seed=149003, kind="c", culprit=10, limit_raise={"deploy": 12, "limit_mib": 750, "heap_mb": 400},
         intervals=_I[3],
         start="2033-08-30T09:20:00Z", service="dikhil-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format="wire",
         limit_pr_title=("ops/dikhil-bookings-memory-750", "Give the dikhil bookings task 750 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/dikhil-tebsi-listeners', 'Tell open dikhil bookings when a tebsi frees'),
         note="leak from #10 at 12:50 after ten healthy intervals of 20-22 min (EK03's load: 75 KB bookings at 178 req/s, heap 160 MB) should OOM within #10's 84 min; #11 (30 min) still at 300 MiB; limit 300 -> 750 MiB (heap 400 MB) two deploys after the culprit, at #12 at 14:44, the percentages fall to 0.4 of the old scale and the leak goes on through #12 (35 min), #13 (33 min) and #14 (34 min, to 16:26); epoch"),
    dict(name="ET04-c-two-tasks-culprit-7-of-10-320", seed=149204, kind="c", culprit=7, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2033-08-31T09:56:00Z", service="alisabieh-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=353, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/alisabieh-bakkeljauw-listeners', 'Tell open alisabieh bookings when a bakkeljauw frees'),
         note='2 tasks, rolling deploys 2 min apart per task; 10 deploys 28-32 min apart from 09:56, culprit #7 of 10 at 13:30 (4 leaking intervals, to 15:28); each task ~5 %/h of 320 MiB at peak; metrics-ci.jsonl; epoch, ascending'),
    dict(name="ET05-d-quick-followup-culprit-5-300", seed=149005, kind="d", culprit=5,
         intervals=_I[5],
         start="2033-09-01T11:37:00Z", service="keren-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=154, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/keren-pepperpot-timers', 'Confirm keren bookings from delayed pepperpot timers'),
         note='culprit #5 of 10 at 14:05 runs only 17 min before an unrelated follow-up #6 at 14:22 (which still leaks, 30 min), then #7 (31 min), #8 (29 min), #9 (30 min) and #10 (30 min, to 16:52); ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="ET06-c-flag-flip-67-min-in-v5-320", seed=149006, kind="c", flag="massawa_metemgee_booking_alerts", flag_at=sum(_I[6][:4]) + 67,
         intervals=_I[6],
         start="2033-09-02T10:24:00Z", service="massawa-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=118, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         note="no culprit deploy: flag massawa_metemgee_booking_alerts on at 13:28:30, 67 min after #4 and 57 min before #5 (v5's interval 124 min), then #5 (33 min, to 14:59); a listener per booking kept (~5 %/h of 320 MiB at peak) from then on; ascending"),
    dict(name="ET07-d-slow-leak-culprit-6-of-10-320", seed=149007, kind="d", culprit=6,
         intervals=_I[7],
         start="2033-09-03T09:49:00Z", service="mendefera-bookings",
         profile="orders", params={'payload_kb': 1}, peak_rps=148, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/mendefera-bwiro-timers', 'Confirm mendefera bookings from delayed bwiro timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak) from #6 of 10 at 13:30 after 37, 36, 38, 35, 39 and 36 min healthy intervals; 65, 62, 30, 31 and 29 min leaking intervals (to 17:07); epoch'),
    dict(name="ET08-b-fixed-two-later-3-by-5-of-9-300", seed=149008, kind="b", culprit=3, fixed=5,
         intervals=_I[8],
         start="2033-09-04T12:00:00Z", service="barentu-quotes",
         profile="quote", params={'detail': 12, 'skus': 400}, peak_rps=141, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/barentu-jebwa-quote-memo', 'Memoise barentu quotes per jebwa and customer'),
         fixed_pr_title=("fix/barentu-skoudehkaris-quote-memo", "Bound the barentu quote memo by skoudehkaris and evict old customers"),
         note='leak from #3 at 13:30 (32 min, then #4 29 min still leaking; ~5 %/h of 300 MiB at peak) after three healthy intervals of 29-31 min from 12:00; fixed two deploys later by #5 at 14:31 (31 min), then #6-#9 (30, 30, 29 and 30 min, to 17:01); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="ET09-c-culprit-early-2-of-13-300", seed=149009, kind="c", culprit=2,
         intervals=_I[9],
         start="2033-09-05T12:12:00Z", service="bartica-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=165, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/bartica-zigni-listeners', 'Tell open bartica bookings when a zigni slot frees'),
         note='culprit is the second deploy #2 of 13 at 13:30, after 41 min of v1 and 37 of v2; every later interval leaks (28-32 min, to 19:25; ~5 %/h of 300 MiB at peak); epoch, ascending'),
    dict(name="ET10-d-oom-fast-culprit-7-of-10-320", seed=149010, kind="d", culprit=7,
         intervals=_I[10],
         start="2033-09-06T10:02:00Z", service="lethem-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/lethem-taita-timers', 'Confirm lethem bookings from delayed taita timers'),
         note="leak from #7 of 10 at 13:30, 64 KB bookings at 180 req/s (EK10's load): OOM within about an hour of the onset (heap 160 MB; EK10's and EQ03's 44.5 min in), in #7 (76 min); #8-#10 (29, 31 and 30 min, to 16:16) still leaking; epoch"),
    dict(name="ET11-b-frequent-deploys-culprit-3-of-12-300", seed=149011, kind="b", culprit=3,
         intervals=_I[11],
         start="2033-09-07T11:55:00Z", service="melekeok-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/melekeok-tebsi-quote-memo', 'Memoise melekeok quotes per tebsi and customer'),
         note='12 deploys 30-33 min apart from 11:55, culprit #3 of 12 at 13:30 (10 leaking intervals, to 18:48); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name="ET12-step-quote-culprit-8-of-10-320", seed=149012, kind="step", culprit=8,
         intervals=_I[12],
         start="2033-09-08T08:43:00Z", service="ngardmau-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/ngardmau-bakkeljauw-table-at-boot', 'Load the ngardmau bakkeljauw table at boot'),
         note='level shift at #8 of 10 (13:30), quote route (20 lines at 95 req/s, 400 SKUs); 10 deploys 30-40 min apart from 08:43 (to 15:08); no trend after; must not alarm; epoch'),
    dict(name="ET13-e-lru-late-morning-1295-300", seed=149013, kind="e",
         intervals=_I[13],
         start="2033-09-09T11:03:00Z", service="peleliu-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={"LRU_MAX": "1295"}, ts_format="wire",
         note='bounded LRU (1295 entries) refilling after each of 6 deploys 39-48 min apart, from 11:03 to 16:16; must not alarm; epoch'),
    dict(name="ET14-none-long-interval-207-orders-320", seed=149014, kind="none",
         intervals=_I[14],
         start="2033-09-10T10:38:00Z", service="kayangel-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s); one 207 min (3 h 27) interval (11:10-14:37) over the lunch bump between 32 and 30 min ones; must not alarm; ascending'),
    dict(name="ET15-f-load-morning-0910-320", seed=149015, kind="f", workers=72,
         intervals=_I[15],
         start="2033-09-11T09:10:00Z", service="jaluit-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         note='reports in flight follow the load from 09:10 over the lunch bump to 14:39, across 4 deploys 62-69 min apart; must not alarm; epoch, ascending'),
    dict(name="ET16-none-frequent-quote-1345-300", seed=149116, kind="none",
         intervals=_I[16],
         start="2033-09-12T13:45:00Z", service="likiep-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 13:45 into the afternoon peak to 19:05; 15 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + ET_SCENARIOS
