"""memblame's tracelab scenarios, batch 130: EA01..EA16 (real memory traces with labels).

(Named EA: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-129 used AA..AZ, BA..BZ, CA..CZ and
DA..DZ.  No case folder, scenario name or split entry starts with "EA".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 130"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios130.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios130.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw130 EA01-... EA16-...

The rarer regimes, as batches 90, 93, ..., 123 and 127 (batch 127 the
template, batch 123 its predecessor).  A blind batch: all 16 cases are split
"validation" (split130.json, regime tags as split127.json).

Rotation: of the two kinds each regime leaves after batches 123 and 127,
the one batch 120 did not use, but limit-raise (left b or c) and oom-fast
(left b or d) cannot take b (no b load is known to OOM within about an
hour) and take batch 120's kinds with batch 120's known OOM loads (DQ03's
c 75 KB x 178, DQ10's d 64 KB x 180): long-interval d, culprit-last c,
limit-raise c, multi-task d, quick-followup a, flag-flip b, slow-leak a,
fixed-later c, culprit-early b, oom-fast d; the frequent-deploys case
stays a b.  Leaking a 2, b 3, c 3, d 3.

PR and pipeline numbers: this file runs scenarios129.py (11..2172) and
lists EA last (2173..2188).  Seeds 130001..130016, but EA02 130402 (the first four
seeds' PR numbers collided with pipelines of BJ16; check_numbers.py).  Dates 2032-10-22
(EA01) to 2032-11-06 (EA16).  Limits: batch 127's flipped case by case.
Cases of 300 samples or more use ts_format "wire"; TimestampAscending for
the odd-numbered cases.

Loads by batch 129's units for the next batch (a 0.0273 frequent, 0.0317
an hour or more; b 0.00318 / 0.00337; c 0.0126 / 0.0115; d 0.0147 /
0.0130; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for EA04; ~1.5 %/h for the slow EA07):
EA01 d 4 KB x 120 (320), EA02 c 7 KB x 73 (300), EA04 d 5 KB x 180 over
2 tasks (300), EA05 a 2 KB x 99 (320), EA06 b 20 lines x 93 (320), EA07 a
2 KB x 28 (300, slow), EA08 c 5 KB x 109 (320), EA09 b 21 lines x 88
(320), EA11 b frequent 24 lines x 82 (320).  Not by the units: EA03 and
EA10 (known OOM loads, above).  Healthy loads are earlier batches'.  The
"~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios129.py"))["SCENARIOS"]   # 11..2172

_I = {
    1: [35, 40, 30, 243, 28, 31, 26],
    2: [22, 25, 21, 24, 20, 26, 23, 21, 25, 22, 24, 20, 23, 25, 133],
    3: [25, 30, 25, 30, 25, 30, 25, 30, 25, 30, 75, 40, 35],
    4: [26, 29, 29, 33, 31, 31, 32, 32, 27],
    5: [24, 26, 22, 25, 23, 26, 24, 7, 30, 29, 27],
    6: [25, 30, 25, 30, 25, 30, 25, 25, 25, 30, 25, 131, 38],
    7: [37, 36, 39, 38, 36, 76, 64, 30],
    8: [26, 28, 32, 28, 25, 25, 25, 26, 32, 32, 30, 26, 25, 27, 30],
    9: [46, 36, 32, 31, 31, 31, 29, 26, 25, 31, 26],
    10: [30, 25, 30, 72, 35, 30, 25, 25],
    11: [24, 28, 29, 29, 29, 24, 24, 25, 25, 25, 27, 28, 28],
    12: [37, 43, 30, 35, 39, 30, 45],
    13: [49, 46, 44, 41, 42, 42],
    14: [35, 217, 35],
    15: [67, 55, 60, 61],
    16: [27, 26, 24, 24, 26, 22, 22, 29, 29, 29, 26, 27, 26],
}

EA_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="EA01-d-long-interval-243-culprit-3-of-6-320", seed=130001, kind="d", culprit=3,
         intervals=_I[1],
         start="2032-10-22T11:20:00Z", service="gyumri-spitak-bookings",
         profile="orders", params={'payload_kb': 4}, peak_rps=120, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/gyumri-khorovats-timers', 'Confirm gyumri spitak bookings from delayed khorovats timers'),
         note='culprit #3 of 6 at 13:05 after 35, 40 and 30 min healthy intervals, then one 243 min (4 h 03) interval (13:05-17:08) across the afternoon peak; ~5 %/h of 320 MiB at peak; #4, #5 and #6 still leak (28, 31 and 26 min, to 18:33); epoch, ascending'),
    dict(name="EA02-c-culprit-last-14-300", seed=130402, kind="c", culprit=14,
         intervals=_I[2],
         start="2032-10-23T08:19:00Z", service="vanadzor-alaverdi-bookings",
         profile="orders", params={'payload_kb': 7}, peak_rps=73, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/vanadzor-khashlama-listeners', 'Tell open vanadzor alaverdi bookings when a khashlama frees'),
         note='the culprit is the last deploy #14 at 13:40: one 133 min interval of evidence (to 15:53) after fourteen healthy intervals of 20-26 min from 08:19; ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="EA03-c-limit-raise-755", seed=130003, kind="c", culprit=10, limit_raise={"deploy": 11, "limit_mib": 755, "heap_mb": 403},
         intervals=_I[3],
         start="2032-10-24T08:15:00Z", service="dilijan-ijevan-bookings",
         profile="orders", params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         limit_pr_title=("ops/dilijan-ijevan-bookings-memory-755", "Give the dilijan ijevan bookings task 755 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/dilijan-ghapama-listeners', 'Tell open dilijan ijevan bookings when a ghapama frees'),
         note="leak from #10 at 12:50 (DQ03's load: 75 KB bookings at 178 req/s, heap 160 MB) should OOM within #10's 75 min; limit 320 -> 755 MiB (heap 403 MB) at the next deploy #11 at 14:05, the percentages fall to 0.42 of the old scale and the leak goes on through #11 (40 min) and #12 (35 min, to 15:20); epoch, ascending"),
    dict(name="EA04-d-two-tasks-culprit-5-of-8-300", seed=130004, kind="d", culprit=5, tasks=2, roll_gap=3,
         intervals=_I[4],
         start="2032-10-25T11:02:00Z", service="sevan-martuni-bookings",
         profile="orders", params={'payload_kb': 5}, peak_rps=180, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/sevan-ishkhan-timers', 'Confirm sevan martuni bookings from delayed ishkhan timers'),
         note='2 tasks, rolling deploys 3 min apart per task; 8 deploys 26-33 min apart, culprit #5 of 8 at 13:30 (31, 32, 32 and 27 min leaking, to 15:32); each task ~5 %/h of 300 MiB at peak; metrics-ci.jsonl'),
    dict(name="EA05-a-quick-followup-culprit-7-320", seed=130005, kind="a", culprit=7,
         intervals=_I[5],
         start="2032-10-26T11:30:00Z", service="goris-sisian-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=99, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('feat/goris-gata-history', 'Keep goris sisian orders for the gata history'),
         note='culprit #7 of 10 at 14:20 runs only 7 min before an unrelated follow-up #8 at 14:27 (which still leaks, 30 min), then #9 at 14:57 (29 min) and #10 at 15:26 (27 min, to 15:53); ~5 %/h of 320 MiB at peak; ascending'),
    dict(name="EA06-b-flag-flip-46-min-in-v12-320", seed=130006, kind="b", flag="kapan_meghri_zhingyalov_memo", flag_at=sum(_I[6][:11]) + 46,
         intervals=_I[6],
         start="2032-10-27T07:47:00Z", service="kapan-meghri-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=93, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no culprit deploy: flag kapan_meghri_zhingyalov_memo on at 13:28:30, 46 min after #11 and 85 min before #12 (v12's interval 131 min), then #12 (38 min, to 15:31); quotes memoised per customer (~5 %/h of 320 MiB at peak) from then on; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="EA07-a-slow-leak-culprit-5-of-7-300", seed=130007, kind="a", culprit=5,
         intervals=_I[7],
         start="2032-10-28T10:24:00Z", service="jermuk-vayk-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=28, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/jermuk-basturma-history', 'Keep jermuk vayk orders for the basturma history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak) from #5 of 7 at 13:30 after 37, 36, 39, 38 and 36 min healthy intervals; 76, 64 and 30 min leaking intervals (to 16:20); epoch, ascending'),
    dict(name="EA08-c-fixed-two-later-12-by-14-320", seed=130008, kind="c", culprit=12, fixed=14,
         intervals=_I[8],
         start="2032-10-29T07:55:00Z", service="ashtarak-aparan-bookings",
         profile="orders", params={'payload_kb': 5}, peak_rps=109, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/ashtarak-sujukh-listeners', 'Tell open ashtarak aparan bookings when a sujukh frees'),
         fixed_pr_title=("fix/ashtarak-matnakash-unsubscribe", "Unsubscribe the ashtarak aparan booking handlers per matnakash"),
         note='leak from #12 at 13:30 (25 min, then #13 27 min still leaking; ~5 %/h of 320 MiB at peak) after twelve healthy intervals of 25-32 min from 07:55; fixed two deploys later by the last deploy #14 at 14:22, then 30 min (to 14:52); epoch'),
    dict(name="EA09-b-culprit-early-2-of-10-320", seed=130009, kind="b", culprit=2,
         intervals=_I[9],
         start="2032-10-30T12:08:00Z", service="gavar-vardenis-quotes",
         profile="quote", params={'detail': 21, 'skus': 400}, peak_rps=88, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/gavar-kchuch-quote-memo', 'Memoise gavar vardenis quotes per kchuch and customer'),
         note='culprit is the second deploy #2 of 10 at 13:30, after 46 min of v1 and 36 of v2; every later interval leaks (32, 31, 31, 31, 29, 26, 25, 31 and 26 min, to 17:52; ~5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name="EA10-d-oom-fast-culprit-3-of-7-300", seed=130010, kind="d", culprit=3,
         intervals=_I[10],
         start="2032-10-31T12:05:00Z", service="hrazdan-abovyan-bookings",
         profile="orders", params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/hrazdan-ponchik-timers', 'Confirm hrazdan abovyan bookings from delayed ponchik timers'),
         note="leak from #3 of 7 at 13:30, 64 KB bookings at 180 req/s (DQ10's load, BW10's): OOM within about an hour of the onset (heap 160 MB), in #3 (72 min); #4, #5, #6 and #7 (35, 30, 25 and 25 min, to 16:37) still leaking"),
    dict(name="EA11-b-frequent-deploys-culprit-8-of-12-320", seed=130011, kind="b", culprit=8,
         intervals=_I[11],
         start="2032-11-01T09:58:00Z", service="artashat-masis-quotes",
         profile="quote", params={'detail': 24, 'skus': 400}, peak_rps=82, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/artashat-borani-quote-memo', 'Memoise artashat masis quotes per borani and customer'),
         note='12 deploys 24-29 min apart from 09:58, culprit #8 of 12 at 13:30 (5 leaking intervals, 25-28 min, to 15:43; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name="EA12-step-orders-culprit-5-of-6-320", seed=130012, kind="step", culprit=5,
         intervals=_I[12],
         start="2032-11-02T10:26:00Z", service="armavir-vagharshapat-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=('feat/armavir-khash-table-at-boot', 'Load the armavir khash table at boot'),
         note='level shift at #5 of 6 (13:30), orders route (5 KB at 90 req/s); 6 deploys 30-45 min apart from 10:26 (30 and 45 min after the step, to 14:45); no trend after; must not alarm'),
    dict(name="EA13-e-lru-morning-1180-300", seed=130013, kind="e",
         intervals=_I[13],
         start="2032-11-03T09:47:00Z", service="stepanavan-tashir-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, env={"LRU_MAX": "1180"}, scan_by="TimestampAscending",
         note='bounded LRU (1180 entries) refilling after each of 5 deploys 41-49 min apart, from 09:47 across the late morning and the lunch bump to 14:11; must not alarm; ascending'),
    dict(name="EA14-none-long-interval-217-orders-320", seed=130014, kind="none",
         intervals=_I[14],
         start="2032-11-04T08:55:00Z", service="yeghegnadzor-vedi-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note='no leak, orders route (5 KB at 90 req/s); one 217 min (3 h 37) interval (09:30-13:07) up the morning rise into the lunch bump between 35 min ones; must not alarm'),
    dict(name="EA15-f-load-late-morning-1040-300", seed=130015, kind="f", workers=72,
         intervals=_I[15],
         start="2032-11-05T10:40:00Z", service="talin-berd-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='reports in flight follow the load from 10:40 across the lunch bump into the afternoon peak to 14:43, across 3 deploys 55-67 min apart; must not alarm; ascending'),
    dict(name="EA16-none-frequent-quote-1415-320", seed=130016, kind="none",
         intervals=_I[16],
         start="2032-11-06T14:15:00Z", service="noyemberyan-byureghavan-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 14:15 across the afternoon peak into the evening to 19:52; 12 deploys 22-29 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EA_SCENARIOS
