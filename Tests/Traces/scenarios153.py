"""memblame's tracelab scenarios, batch 153: EX01..EX16 (real memory traces with labels).

(Named EX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-152 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EW.  No case folder, scenario name or split entry starts with "EX".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 153"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios153.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios153.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw153 EX01-... EX16-...

The rarer regimes, as batches 90, 93, ..., 146 and 149 (batch 149 the
template, batch 146 its predecessor).  A blind batch: all 16 cases are split
"validation" (split153.json, regime tags as split149.json).

Rotation: of the two kinds each regime leaves after batches 146 and 149,
the one batch 143 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 149-152 added none) and take the other kind left,
a, with a known a OOM load: limit-raise a (BU03's 48 KB x 193, as DJ03 and
DT03), oom-fast a (BZ10's 64 KB x 193, as ED10 and EN10).  long-interval c,
culprit-last d, limit-raise a, multi-task a, quick-followup c, flag-flip d,
slow-leak b, fixed-later a, culprit-early d, oom-fast a; the
frequent-deploys case stays a b.  Leaking a 4, b 2, c 2, d 3.

PR and pipeline numbers: this file runs scenarios152.py (11..2540) and
lists EX last (2541..2556).  Seeds 153001..153016.  Dates
2033-11-03 (EX01) to 2033-11-18 (EX16).  Limits ABABBABAABAABBAB (A 300,
B 320 MiB).  Cases of 300 samples or more use ts_format "wire";
TimestampAscending for EX02, EX03, EX06, EX08, EX10, EX13 and EX15.  The
notes' "epoch" and "ascending" tags are written from these fields.

Loads by batch 152's units for the next batch (main figures: a 0.0328
frequent, 0.0424 an hour or more; b 0.00347 / 0.00440; c 0.0150 / 0.0143;
d 0.0185 / 0.0170; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for EX04; ~1.5 %/h for the
slow EX07).  Not by the units: EX03 (BU03's OOM load) and EX10 (BZ10's).
Healthy loads are earlier batches'.  The "~N %/h" in the notes are aims,
not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios152.py"))["SCENARIOS"]   # 11..2540

_I = {
    1: [28, 27, 29, 26, 28, 27, 241, 26, 29],
    2: [22, 22, 20, 21, 22, 22, 22, 22, 20, 22, 21, 22, 20, 20, 144],
    3: [23, 22, 24, 21, 22, 23, 21, 24, 22, 83, 31, 36, 34],
    4: [31, 32, 29, 30, 28, 30, 29, 30, 31, 30],
    5: [31, 30, 29, 28, 30, 31, 29, 19, 30, 29, 31, 30],
    6: [29, 31, 30, 28, 33, 118, 31],
    7: [32, 30, 33, 31, 30, 32, 31, 33, 64, 61, 30, 29],
    8: [30, 31, 29, 30, 32, 29, 31, 30, 29, 30, 31],
    9: [43, 38, 29, 27, 28, 29, 27, 29, 28, 27, 29, 29, 29, 28, 28],
    10: [30, 29, 31, 28, 30, 78, 30, 29, 31, 30, 31],
    11: [29, 30, 32, 31, 32, 32, 29, 31, 29, 30, 31, 31, 32, 30],
    12: [40, 32, 34, 38, 32, 30, 32, 38, 33, 40, 30, 40],
    13: [49, 42, 45, 46, 42, 42, 46],
    14: [31, 242, 29],
    15: [70, 66, 68, 55, 63],
    16: [21, 18, 19, 22, 19, 21, 21, 20, 22, 22, 20, 20, 20, 21, 18, 19],
}

EX_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="EX01-c-long-interval-241-culprit-6-of-8-300", seed=153001, kind="c", culprit=6,
         intervals=_I[1],
         start="2033-11-03T10:35:00Z", service="manono-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=205, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/manono-faiai-listeners', 'Tell open manono bookings when a faiai slot frees'),
         note='culprit #6 of 8 at 13:20 after 28, 27, 29, 26, 28 and 27 min healthy intervals, then one 241 min (4 h 01) interval (13:20-17:21) across the afternoon peak; ~5 %/h of 300 MiB at peak (2 KB x 205, +0.1 % of the aim); #7 and #8 still leak (26 and 29 min, to 18:16); epoch'),
    dict(name="EX02-d-culprit-last-14-of-14-320", seed=153002, kind="d", culprit=14,
         intervals=_I[2],
         start="2033-11-04T08:42:00Z", service="savaii-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=184, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/savaii-faalifu-timers', 'Confirm savaii bookings from delayed faalifu timers'),
         note='the culprit is the last deploy #14 at 13:40: one 144 min interval of evidence (to 16:04) after fourteen healthy intervals of 20-22 min from 08:42; ~5 %/h of 320 MiB at peak (2 KB x 184, +0.1 %); epoch, ascending'),
    dict(name="EX03-a-limit-raise-765", seed=153003, kind="a", culprit=9, limit_raise={"deploy": 11, "limit_mib": 765, "heap_mb": 408},
         intervals=_I[3],
         start="2033-11-05T09:28:00Z", service="aleipata-orders",
         profile="orders", params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         limit_pr_title=("ops/aleipata-orders-memory-765", "Give the aleipata orders task 765 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/aleipata-vaisalo-history', 'Keep aleipata orders for the vaisalo history'),
         note="leak from #9 at 12:50 after nine healthy intervals of 21-24 min (BU03's, DJ03's and DT03's load: 48 KB orders at 193 req/s, heap 160 MB; their OOMs 51-64 min in) should OOM within #9's 83 min; #10 (31 min) still at 300 MiB; limit 300 -> 765 MiB (heap 408 MB) two deploys after the culprit, at #11 at 14:44, the percentages fall to 0.39 of the old scale and the leak goes on through #11 (36 min) and #12 (34 min, to 15:54); epoch, ascending"),
    dict(name="EX04-a-two-tasks-culprit-7-of-9-320", seed=153004, kind="a", culprit=7, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2033-11-06T10:01:00Z", service="satupaitea-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=295, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/satupaitea-kopai-history', 'Keep satupaitea orders for the kopai history'),
         note='2 tasks, rolling deploys 2 min apart per task; 9 deploys 28-32 min apart from 10:01, culprit #7 of 9 at 13:30 (3 leaking intervals, to 15:01); each task ~5 %/h of 320 MiB at peak (1 KB x 295 over 2 tasks, +0.1 %); metrics-ci.jsonl; epoch'),
    dict(name="EX05-c-quick-followup-culprit-7-320", seed=153005, kind="c", culprit=7,
         intervals=_I[5],
         start="2033-11-07T10:37:00Z", service="fagamalo-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=219, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/fagamalo-taufolo-listeners', 'Tell open fagamalo bookings when a taufolo slot frees'),
         note='culprit #7 of 11 at 14:05 runs only 19 min before an unrelated follow-up #8 at 14:24 (which still leaks, 30 min), then #9 (29 min), #10 (31 min) and #11 (30 min, to 16:24); ~5 %/h of 320 MiB at peak (2 KB x 219, +0.2 %); epoch'),
    dict(name="EX06-d-flag-flip-71-min-in-v6-300", seed=153006, kind="d", flag="sataua_limu_booking_timers", flag_at=sum(_I[6][:5]) + 71,
         intervals=_I[6],
         start="2033-11-08T09:43:00Z", service="sataua-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=172, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag sataua_limu_booking_timers on at 13:24:30, 71 min after #5 and 47 min before #6 (v6's interval 118 min), then #6 (31 min, to 14:43); a timer per booking kept (~5 %/h of 300 MiB at peak, 2 KB x 172, -0.2 %) from then on; epoch, ascending"),
    dict(name="EX07-b-slow-leak-culprit-8-of-11-320", seed=153007, kind="b", culprit=8,
         intervals=_I[7],
         start="2033-11-09T09:18:00Z", service="falelatai-quotes",
         profile="quote", params={'detail': 3, 'skus': 400}, peak_rps=142, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/falelatai-faiai-quote-memo', 'Memoise falelatai quotes per faiai and customer'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 3 lines x 142, -0.0 %) from #8 of 11 at 13:30 after 32, 30, 33, 31, 30, 32, 31 and 33 min healthy intervals; 64, 61, 30 and 29 min leaking intervals (to 16:34); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EX08-a-fixed-two-later-4-by-6-of-10-300", seed=153008, kind="a", culprit=4, fixed=6,
         intervals=_I[8],
         start="2033-11-10T11:30:00Z", service="lufilufi-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=138, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/lufilufi-vaisalo-history', 'Keep lufilufi orders for the vaisalo audit'),
         fixed_pr_title=("fix/lufilufi-kopai-history-trim", "Trim the lufilufi kopai history to the last hour"),
         note='leak from #4 at 13:30 (32 min, then #5 29 min still leaking; ~5 %/h of 300 MiB at peak, 1 KB x 138, -0.1 %) after four healthy intervals of 29-31 min from 11:30; fixed two deploys later by #6 at 14:31 (31 min), then #7-#10 (30, 29, 30 and 31 min, to 17:02); epoch, ascending'),
    dict(name="EX09-d-culprit-early-2-of-14-300", seed=153009, kind="d", culprit=2,
         intervals=_I[9],
         start="2033-11-11T12:09:00Z", service="saleimoa-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=86, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/saleimoa-taufolo-timers', 'Confirm saleimoa bookings from delayed taufolo timers'),
         note='culprit is the second deploy #2 of 14 at 13:30, after 43 min of v1 and 38 of v2; every later interval leaks (27-29 min, to 19:37; ~5 %/h of 300 MiB at peak, 4 KB x 86, -0.2 %); epoch'),
    dict(name="EX10-a-oom-fast-culprit-5-of-10-320", seed=153010, kind="a", culprit=5,
         intervals=_I[10],
         start="2033-11-12T11:02:00Z", service="solosolo-orders",
         profile="orders", params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/solosolo-limu-history', 'Keep solosolo orders for the limu history'),
         note="leak from #5 of 10 at 13:30, 64 KB orders at 193 req/s (BZ10's, ED10's and EN10's load; their OOMs 40.5-49 min in): OOM within about an hour of the onset (heap 160 MB), in #5 (78 min); #6-#10 (30, 29, 31, 30 and 31 min, to 17:19) still leaking; epoch, ascending"),
    dict(name="EX11-b-frequent-deploys-culprit-4-of-13-300", seed=153011, kind="b", culprit=4,
         intervals=_I[11],
         start="2033-11-13T11:28:00Z", service="sapapalii-quotes",
         profile="quote", params={'detail': 14, 'skus': 400}, peak_rps=120, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/sapapalii-faalifu-quote-memo', 'Memoise sapapalii quotes per faalifu and customer'),
         note='13 deploys 29-32 min apart from 11:28, culprit #4 of 13 at 13:30 (10 leaking intervals, to 18:37); ~5 %/h of 300 MiB at peak (14 lines x 120, -0.5 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name="EX12-step-orders-culprit-10-of-11-300", seed=153012, kind="step", culprit=10,
         intervals=_I[12],
         start="2033-11-14T07:41:00Z", service="fagaloa-orders",
         profile="orders", params={'payload_kb': 4}, peak_rps=95, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/fagaloa-kopai-table-at-boot', 'Load the fagaloa kopai table at boot'),
         note='level shift at #10 of 11 (13:30), orders route (4 KB at 95 req/s); 11 deploys 30-40 min apart from 07:41 (to 14:40); no trend after; must not alarm; epoch'),
    dict(name="EX13-e-lru-late-morning-1370-320", seed=153013, kind="e",
         intervals=_I[13],
         start="2033-11-15T10:17:00Z", service="samatau-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1370"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1370 entries) refilling after each of 6 deploys 40-52 min apart, from 10:17 to 15:29; must not alarm; epoch, ascending'),
    dict(name="EX14-none-long-interval-242-orders-320", seed=153014, kind="none",
         intervals=_I[14],
         start="2033-11-16T10:52:00Z", service="vaitele-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s); one 242 min (4 h 02) interval (11:23-15:25) over the lunch bump between 31 and 29 min ones; must not alarm; epoch'),
    dict(name="EX15-f-load-morning-0825-300", seed=153015, kind="f", workers=72,
         intervals=_I[15],
         start="2033-11-17T08:25:00Z", service="siumu-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='reports in flight follow the load from 08:25 over the lunch bump to 13:47, across 4 deploys 55-70 min apart; must not alarm; epoch, ascending'),
    dict(name="EX16-none-frequent-quote-1220-320", seed=153016, kind="none",
         intervals=_I[16],
         start="2033-11-18T12:20:00Z", service="lotofaga-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 12:20 over the afternoon peak to 17:43; 15 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EX_SCENARIOS
