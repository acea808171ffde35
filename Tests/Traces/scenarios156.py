"""memblame's tracelab scenarios, batch 156: FA01..FA16 (real memory traces with labels).

(Named FA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-155 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EZ.  No case folder, scenario name or split entry starts with "FA".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 156"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios156.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios156.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw156 FA01-... FA16-...

The rarer regimes, as batches 90, 93, ..., 149 and 153 (batch 153 the
template, batch 149 its predecessor).  A blind batch: all 16 cases are split
"validation" (split156.json, regime tags as split153.json).

Rotation: of the two kinds each regime leaves after batches 149 and 153,
the one batch 146 did not use, but limit-raise (the rule gives b) and
oom-fast (the rule gives b) cannot take b (no b load is known to OOM within
about an hour; batches 153-155 added none) and take the other kind left:
limit-raise d (ET10's 64 KB x 180, as EQ03 and EK10), oom-fast c (ET03's
75 KB x 178, as EK03 and EQ10).  long-interval d, culprit-last c,
limit-raise d, multi-task d, quick-followup a, flag-flip b, slow-leak a,
fixed-later c, culprit-early b, oom-fast c; the frequent-deploys case stays
a b.  Leaking a 2, b 3, c 3, d 3.

PR and pipeline numbers: this file runs scenarios155.py (11..2588) and
lists FA last (2589..2604).  Seeds 156001..156016 (FA04 156504: 156004 collided
with BX01's PR numbers).  Dates 2033-12-21
(FA01) to 2034-01-05 (FA16).  Limits AABABBBBBABABAAA (A 300, B 320 MiB).
Cases of 300 samples or more use ts_format "wire" (all but FA06, 281
samples, ISO 8601); TimestampAscending for FA01, FA04, FA05, FA07, FA09,
FA10 and FA12.  The notes' "epoch" and "ascending" tags are written from
these fields.

Loads by batch 155's units for the next batch (main figures: a 0.0319
frequent, 0.0495 an hour or more; b 0.00351 / 0.00441; c 0.0161 / 0.0162;
d 0.0168 / 0.0155; %/h per unit of size x rate at peak at 256 MiB,
x 256 / limit), ~5 %/h of the limit (per task for FA04; ~1.5 %/h for the
slow FA07).  Not by the units: FA03 (ET10's OOM load) and FA10 (ET03's).
Healthy loads are earlier batches'.  The "~N %/h" in the notes are aims,
not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios155.py"))["SCENARIOS"]   # 11..2588

_I = {
    1: [30, 28, 29, 27, 31, 233, 28, 30],
    2: [24, 23, 25, 24, 23, 24, 25, 23, 24, 25, 24, 147],
    3: [24, 23, 25, 22, 24, 23, 25, 22, 86, 30, 33, 35],
    4: [31, 29, 30, 32, 28, 30, 31, 29, 30, 30],
    5: [30, 29, 31, 28, 30, 32, 16, 30, 29, 31, 30],
    6: [31, 29, 30, 28, 131, 32],
    7: [34, 33, 35, 32, 34, 33, 35, 67, 60, 31, 30, 29],
    8: [30, 31, 29, 30, 30, 31, 29, 30, 31, 30, 29, 30],
    9: [46, 40, 29, 30, 28, 31, 30, 29, 28, 30, 31, 29, 30],
    10: [30, 31, 29, 30, 28, 32, 73, 30, 29, 31],
    11: [28, 30, 27, 29, 28, 29, 30, 27, 28, 30, 29, 28, 27],
    12: [36, 33, 38, 31, 35, 39, 32, 34, 37, 33, 36],
    13: [44, 52, 38, 57, 41, 48, 55],
    14: [33, 218, 31, 29],
    15: [58, 66, 61, 69, 57, 63],
    16: [21, 19, 22, 18, 20, 21, 19, 22, 20, 18, 21, 20, 19, 22, 21, 20],
}

FA_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="FA01-d-long-interval-233-culprit-5-of-7-300", seed=156001, kind="d", culprit=5,
         intervals=_I[1],
         start="2033-12-21T10:55:00Z", service="ushguli-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=126, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/ushguli-saperavi-timers', 'Confirm ushguli bookings from delayed saperavi timers'),
         note='culprit #5 of 7 at 13:20 after 30, 28, 29, 27, 31 min healthy intervals, then one 233 min (3 h 53) interval (13:20-17:13) across the afternoon peak; ~5 %/h of 300 MiB at peak (3 KB x 126, -0.0 %); #6 and #7 still leak (28 and 30 min, to 18:11); epoch, ascending'),
    dict(name="FA02-c-culprit-last-11-of-11-300", seed=156002, kind="c", culprit=11,
         intervals=_I[2],
         start="2033-12-22T09:16:00Z", service="mestia-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=121, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/mestia-rkatsiteli-listeners', 'Tell open mestia bookings when a rkatsiteli slot frees'),
         note='the culprit is the last deploy #11 at 13:40: one 147 min interval of evidence (to 16:07) after 11 healthy intervals of 23-25 min from 09:16; ~5 %/h of 300 MiB at peak (3 KB x 121, +0.4 %); epoch'),
    dict(name="FA03-d-limit-raise-720", seed=156003, kind="d", culprit=8, limit_raise={"deploy": 10, "limit_mib": 720, "heap_mb": 360},
         intervals=_I[3],
         start="2033-12-23T09:42:00Z", service="dusheti-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format="wire",
         limit_pr_title=('ops/dusheti-bookings-memory-720', 'Give the dusheti bookings task 720 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/dusheti-mtsvane-timers', 'Confirm dusheti bookings from delayed mtsvane timers'),
         note="leak from #8 at 12:50 after 8 healthy intervals of 22-25 min (ET10's, EQ03's and EK10's load: 64 KB bookings at 180 req/s, heap 160 MB; their OOMs 44.5-52.5 min in) should OOM within #8's 86 min; #9 (30 min) still at 320 MiB; limit 320 -> 720 MiB (heap 360 MB) two deploys after the culprit, at #10 at 14:46, the percentages fall to 0.44 of the old scale and the leak goes on through #10 (33 min) and #11 (35 min, to 15:54); epoch"),
    dict(name="FA04-d-three-tasks-culprit-5-of-9-300", seed=156504, kind="d", culprit=5, tasks=3, roll_gap=1,
         intervals=_I[4],
         start="2033-12-24T11:00:00Z", service="pasanauri-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=378, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/pasanauri-khikhvi-timers', 'Confirm pasanauri bookings from delayed khikhvi timers'),
         note='3 tasks, rolling deploys 1 min apart per task; 9 deploys 28-32 min apart from 11:00, culprit #5 of 9 at 13:30 (5 leaking intervals, to 16:00); each task ~5 %/h of 300 MiB at peak (3 KB x 378 over 3 tasks, -0.0 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name="FA05-a-quick-followup-culprit-6-320", seed=156005, kind="a", culprit=6,
         intervals=_I[5],
         start="2033-12-25T11:05:00Z", service="ambrolauri-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=126, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/ambrolauri-chinuri-history', 'Keep ambrolauri orders for the chinuri history'),
         note='culprit #6 of 10 at 14:05 runs only 16 min before an unrelated follow-up #7 at 14:21 (which still leaks, 30 min), then #8 (29 min), #9 (31 min), #10 (30 min) (to 16:21); ~5 %/h of 320 MiB at peak (1 KB x 126, -0.2 %); epoch, ascending'),
    dict(name="FA06-b-flag-flip-42-min-in-v5-320", seed=156006, kind="b", flag="tsageri_tsolikouri_quote_memo", flag_at=sum(_I[6][:4]) + 42,
         intervals=_I[6],
         start="2033-12-26T10:50:00Z", service="tsageri-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=109, heap_mb=160, limit_mib=320,
         note="no culprit deploy: flag tsageri_tsolikouri_quote_memo on at 13:29:30, 42 min after #4 and 89 min before #5 (v5's interval 131 min), then #5 (32 min, to 15:31); a quote memo per SKU and customer kept (~5 %/h of 320 MiB at peak, 13 lines x 109, -0.0 %) from then on; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="FA07-a-slow-leak-culprit-7-of-11-320", seed=156007, kind="a", culprit=7,
         intervals=_I[7],
         start="2033-12-27T09:34:00Z", service="lentekhi-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=38, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/lentekhi-ojaleshi-history', 'Keep lentekhi orders for the ojaleshi history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 38, +0.3 %) from #7 of 11 at 13:30 after 34, 33, 35, 32, 34, 33, 35 min healthy intervals; 67, 60, 31, 30, 29 min leaking intervals (to 17:07); epoch, ascending'),
    dict(name="FA08-c-fixed-three-later-5-by-8-of-11-320", seed=156008, kind="c", culprit=5, fixed=8,
         intervals=_I[8],
         start="2033-12-28T11:00:00Z", service="adigeni-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=129, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/adigeni-aleksandrouli-listeners', 'Tell open adigeni bookings when an aleksandrouli slot frees'),
         fixed_pr_title=('fix/adigeni-mujuretuli-listeners-off', 'Remove the adigeni mujuretuli listener when a booking finishes'),
         note='leak from #5 at 13:30 (31, 29, 30 min, #6 and #7 still leaking; ~5 %/h of 320 MiB at peak, 3 KB x 129, +0.3 %) after 5 healthy intervals of 29-31 min from 11:00; fixed three deploys later by #8 at 15:00 (31 min), then #9-#11 (30, 29, 30 min, to 17:00); epoch'),
    dict(name="FA09-b-culprit-early-2-of-12-320", seed=156009, kind="b", culprit=2,
         intervals=_I[9],
         start="2033-12-29T12:04:00Z", service="vardzia-quotes",
         profile="quote", params={'detail': 12, 'skus': 400}, peak_rps=118, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/vardzia-otskhanuri-quote-memo', 'Memoise vardzia quotes per otskhanuri and customer'),
         note='culprit is the second deploy #2 of 12 at 13:30, after 46 min of v1 and 40 of v2; every later interval leaks (28-31 min, to 18:55; ~5 %/h of 320 MiB at peak, 12 lines x 118, -0.1 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="FA10-c-oom-fast-culprit-6-of-9-300", seed=156010, kind="c", culprit=6,
         intervals=_I[10],
         start="2033-12-30T10:30:00Z", service="bakuriani-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/bakuriani-usakhelouri-listeners', 'Tell open bakuriani bookings when a usakhelouri slot frees'),
         note="leak from #6 of 9 at 13:30, 75 KB bookings at 178 req/s (ET03's, EQ10's and EK03's load; their OOMs 38.5-45.5 min in): OOM within about an hour of the onset (heap 160 MB), in #6 (73 min); #7-#9 (30, 29, 31 min, to 16:13) still leaking; epoch, ascending"),
    dict(name="FA11-b-frequent-deploys-culprit-5-of-12-320", seed=156011, kind="b", culprit=5,
         intervals=_I[11],
         start="2033-12-31T11:08:00Z", service="tianeti-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=104, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/tianeti-chkhaveri-quote-memo', 'Memoise tianeti quotes per chkhaveri and customer'),
         note='12 deploys 27-30 min apart from 11:08, culprit #5 of 12 at 13:30 (8 leaking intervals, to 17:18); ~5 %/h of 320 MiB at peak (17 lines x 104, -0.7 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name="FA12-step-quote-culprit-7-of-10-300", seed=156012, kind="step", culprit=7,
         intervals=_I[12],
         start="2034-01-01T09:26:00Z", service="shatili-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/shatili-dambalkhacho-table-at-boot', 'Load the shatili dambalkhacho table at boot'),
         note='level shift at #7 of 10 (13:30), quote route (20 lines at 95 req/s, 400 SKUs); 10 deploys 31-39 min apart from 09:26 (to 15:50); no trend after; must not alarm; epoch, ascending'),
    dict(name="FA13-e-lru-evening-1015-320", seed=156013, kind="e",
         intervals=_I[13],
         start="2034-01-02T17:40:00Z", service="mutso-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1015"}, ts_format="wire",
         note='bounded LRU (1015 entries) refilling after each of 6 deploys 38-57 min apart, from 17:40 to 23:15 down the evening fall; must not alarm; epoch'),
    dict(name="FA14-none-long-interval-218-orders-300", seed=156014, kind="none",
         intervals=_I[14],
         start="2034-01-03T06:40:00Z", service="omalo-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, orders route (5 KB at 90 req/s); one 218 min (3 h 38) interval (07:13-10:51) up the morning rise between 33 and 31 min ones; must not alarm; epoch'),
    dict(name="FA15-f-load-afternoon-1235-300", seed=156015, kind="f", workers=72,
         intervals=_I[15],
         start="2034-01-04T12:35:00Z", service="khulo-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format="wire",
         note='reports in flight follow the load from 12:35 over the afternoon peak to 18:49, across 5 deploys 57-69 min apart; must not alarm; epoch'),
    dict(name="FA16-none-frequent-quote-0715-300", seed=156016, kind="none",
         intervals=_I[16],
         start="2034-01-05T07:15:00Z", service="shuakhevi-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 07:15 up the morning rise to 12:38; 15 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FA_SCENARIOS
