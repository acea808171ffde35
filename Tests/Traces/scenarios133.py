"""memblame's tracelab scenarios, batch 133: ED01..ED16 (real memory traces with labels).

(Named ED: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-132 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EC.  No case folder, scenario name or split entry starts with "ED".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 133"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios133.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios133.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw133 ED01-... ED16-...

The rarer regimes, as batches 90, 93, ..., 127 and 130 (batch 130 the
template, batch 127 its predecessor).  A blind batch: all 16 cases are split
"validation" (split133.json, regime tags as split130.json).

Rotation: of the two kinds each regime leaves after batches 127 and 130,
the one batch 123 did not use, but limit-raise and oom-fast (each left a or
b) cannot take b (no b load is known to OOM within about an hour) and take
batch 123's kind a with batch 123's known OOM loads (DT03's a 48 KB x 193,
DJ03's; DT10's a 64 KB x 193, DJ10's): long-interval b, culprit-last a,
limit-raise a, multi-task b, quick-followup b, flag-flip a, slow-leak c,
fixed-later d, culprit-early a, oom-fast a; the frequent-deploys case stays
a b.  Leaking a 5, b 4, c 1, d 1.

PR and pipeline numbers: this file runs scenarios132.py (11..2220) and
lists ED last (2221..2236).  Seeds 133001..133016 (see SEEDS).  Dates
2032-12-09 (ED01) to 2032-12-24 (ED16).  Limits: batch 130's flipped case
by case.  Cases of 300 samples or more use ts_format "wire";
TimestampAscending for the even-numbered cases (batch 130: the odd).

Loads by batch 132's units for the next batch (a 0.0333 frequent, 0.0418
an hour or more; b 0.00356 / 0.00404; c 0.0142 / 0.0133; d 0.0161 /
0.0150; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for ED04; ~1.5 %/h for the slow ED07):
ED01 b 17 lines x 85 (300), ED02 a 2 KB x 75 (320), ED04 b 17 lines x
182 over 2 tasks (320), ED05 b 15 lines x 97 (300), ED06 a 2 KB x 70
(300, flag), ED07 c 3 KB x 47 (320, slow), ED08 d 5 KB x 78 (300), ED09 a
2 KB x 70 (300), ED11 b frequent 16 lines x 103 (300).  Not by the units:
ED03 and ED10 (known OOM loads, above).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios132.py"))["SCENARIOS"]   # 11..2220

_I = {
    1: [28, 31, 27, 29, 247, 27, 26, 28],
    2: [21, 20, 22, 21, 23, 20, 22, 21, 20, 22, 21, 23, 20, 22, 21, 121],
    3: [22, 25, 22, 25, 22, 25, 22, 25, 22, 25, 22, 78, 40, 35],
    4: [26, 30, 27, 29, 28, 30, 32, 33, 31],
    5: [24, 26, 22, 25, 23, 26, 7, 30, 28, 27],
    6: [22, 24, 20, 23, 21, 24, 22, 20, 23, 21, 24, 22, 126, 36],
    7: [37, 39, 36, 78, 62, 31, 29],
    8: [27, 22, 26, 25, 27, 28, 22, 27, 28, 26, 23, 22, 27, 27, 28, 31],
    9: [42, 39, 30, 30, 32, 28, 28, 31, 27, 31],
    10: [30, 25, 30, 25, 74, 35, 30, 25, 28],
    11: [28, 30, 25, 28, 28, 26, 27, 25, 28, 30, 26, 28, 28, 25],
    12: [36, 35, 38, 43, 34, 45, 40, 31],
    13: [39, 44, 41, 49, 44, 46],
    14: [35, 223, 35],
    15: [59, 72, 59, 68],
    16: [20, 24, 21, 23, 23, 21, 20, 21, 20, 22, 20, 24, 20, 23, 24],
}

ED_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="ED01-b-long-interval-247-culprit-4-of-7-300", seed=133001, kind="b", culprit=4,
         intervals=_I[1],
         start="2032-12-09T11:10:00Z", service="moroni-iconi-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=85, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/moroni-mkatra-quote-memo', 'Memoise moroni iconi quotes per mkatra and customer'),
         note='culprit #4 of 7 at 13:05 after 28, 31, 27 and 29 min healthy intervals, then one 247 min (4 h 07) interval (13:05-17:12) across the afternoon peak; ~5 %/h of 300 MiB at peak; #5, #6 and #7 still leak (27, 26 and 28 min, to 18:33); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="ED02-a-culprit-last-15-320", seed=133002, kind="a", culprit=15,
         intervals=_I[2],
         start="2032-12-10T08:21:00Z", service="mutsamudu-ouani-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=75, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mutsamudu-madaba-history', 'Keep mutsamudu ouani orders for the madaba history'),
         note='the culprit is the last deploy #15 at 13:40: one 121 min interval of evidence (to 15:41) after fifteen healthy intervals of 20-23 min from 08:21; ~5 %/h of 320 MiB at peak; epoch, ascending'),
    dict(name="ED03-a-limit-raise-730", seed=133003, kind="a", culprit=11, limit_raise={"deploy": 12, "limit_mib": 730, "heap_mb": 389},
         intervals=_I[3],
         start="2032-12-11T08:33:00Z", service="fomboni-nioumachoua-orders",
         profile="orders", params={'payload_kb': 48}, peak_rps=193, heap_mb=160, limit_mib=300, ts_format="wire",
         limit_pr_title=("ops/fomboni-nioumachoua-orders-memory-730", "Give the fomboni nioumachoua orders task 730 MiB of memory after OOM restarts"),
         culprit_pr_title=('feat/fomboni-mataba-history', 'Keep fomboni nioumachoua orders for the mataba history'),
         note="leak from #11 at 12:50 (DT03's load, as DJ03 and BU03: 48 KB orders at 193 req/s, heap 160 MB; DT03's OOM and DJ03's 60 min in) should OOM within #11's 78 min; limit 300 -> 730 MiB (heap 389 MB) at the next deploy #12 at 14:08, the percentages fall to 0.41 of the old scale and the leak goes on through #12 (40 min) and #13 (35 min, to 15:23); epoch"),
    dict(name="ED04-b-two-tasks-culprit-4-of-8-320", seed=133004, kind="b", culprit=4, tasks=2, roll_gap=2,
         intervals=_I[4],
         start="2032-12-12T11:38:00Z", service="domoni-mirontsi-quotes",
         profile="quote", params={'detail': 17, 'skus': 400}, peak_rps=182, heap_mb=160, limit_mib=320, scan_by="TimestampAscending",
         culprit_pr_title=('perf/domoni-ntrovi-quote-memo', 'Memoise domoni mirontsi quotes per ntrovi and customer'),
         note='2 tasks, rolling deploys 2 min apart per task; 8 deploys 26-33 min apart, culprit #4 of 8 at 13:30 (28, 30, 32, 33 and 31 min leaking, to 16:04); each task ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); metrics-ci.jsonl; ascending'),
    dict(name="ED05-b-quick-followup-culprit-6-300", seed=133005, kind="b", culprit=6,
         intervals=_I[5],
         start="2032-12-13T11:54:00Z", service="mitsamiouli-bambao-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=97, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/mitsamiouli-ladu-quote-memo', 'Memoise mitsamiouli bambao quotes per ladu and customer'),
         note='culprit #6 of 9 at 14:20 runs only 7 min before an unrelated follow-up #7 at 14:27 (which still leaks, 30 min), then #8 at 14:57 (28 min) and #9 at 15:25 (27 min, to 15:52); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="ED06-a-flag-flip-48-min-in-v13-300", seed=133006, kind="a", flag="tarawa_betio_babai_history", flag_at=sum(_I[6][:12]) + 48,
         intervals=_I[6],
         start="2032-12-14T08:14:00Z", service="tarawa-betio-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=70, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag tarawa_betio_babai_history on at 13:27:30, 48 min after #12 and 78 min before #13 (v13's interval 126 min), then #13 (36 min, to 15:22); orders kept for the history (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="ED07-c-slow-leak-culprit-3-of-6-320", seed=133007, kind="c", culprit=3,
         intervals=_I[7],
         start="2032-12-15T11:38:00Z", service="bairiki-bikenibeu-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=47, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/bairiki-karababa-listeners', 'Tell open bairiki bikenibeu bookings when a karababa frees'),
         note='slow leak (~1.5 %/h of 320 MiB at peak) from #3 of 6 at 13:30 after 37, 39 and 36 min healthy intervals; 78, 62, 31 and 29 min leaking intervals (to 16:50); epoch'),
    dict(name="ED08-d-fixed-two-later-13-by-15-300", seed=133008, kind="d", culprit=13, fixed=15,
         intervals=_I[8],
         start="2032-12-16T08:00:00Z", service="teaoraereke-eita-bookings",
         profile="orders", params={'payload_kb': 5}, peak_rps=78, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/teaoraereke-ikabuti-timers', 'Confirm teaoraereke eita bookings from delayed ikabuti timers'),
         fixed_pr_title=("fix/teaoraereke-kamaimai-timers", "Clear the teaoraereke eita booking timers per kamaimai"),
         note='leak from #13 at 13:30 (27 min, then #14 28 min still leaking; ~5 %/h of 300 MiB at peak) after thirteen healthy intervals of 22-28 min from 08:00; fixed two deploys later by the last deploy #15 at 14:25, then 31 min (to 14:56); epoch, ascending'),
    dict(name="ED09-a-culprit-early-2-of-9-300", seed=133009, kind="a", culprit=2,
         intervals=_I[9],
         start="2032-12-17T12:09:00Z", service="abaokoro-buota-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=70, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/abaokoro-tuae-history', 'Keep abaokoro buota orders for the tuae history'),
         note='culprit is the second deploy #2 of 9 at 13:30, after 42 min of v1 and 39 of v2; every later interval leaks (30, 30, 32, 28, 28, 31, 27 and 31 min, to 17:27; ~5 %/h of 300 MiB at peak); epoch'),
    dict(name="ED10-a-oom-fast-culprit-4-of-8-320", seed=133010, kind="a", culprit=4,
         intervals=_I[10],
         start="2032-12-18T11:40:00Z", service="tabiteuea-tabwakea-orders",
         profile="orders", params={'payload_kb': 64}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/tabiteuea-pilao-history', 'Keep tabiteuea tabwakea orders for the pilao history'),
         note="leak from #4 of 8 at 13:30, 64 KB orders at 193 req/s (DT10's load, as DJ10 and BZ10): OOM within about an hour of the onset (heap 160 MB), in #4 (74 min); #5, #6, #7 and #8 (35, 30, 25 and 28 min, to 16:42) still leaking; epoch, ascending"),
    dict(name="ED11-b-frequent-deploys-culprit-9-of-13-300", seed=133011, kind="b", culprit=9,
         intervals=_I[11],
         start="2032-12-19T09:25:00Z", service="banraeaba-bonriki-quotes",
         profile="quote", params={'detail': 16, 'skus': 400}, peak_rps=103, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/banraeaba-mbeni-quote-memo', 'Memoise banraeaba bonriki quotes per mbeni and customer'),
         note='13 deploys 25-30 min apart from 09:25, culprit #9 of 13 at 13:30 (5 leaking intervals, 25-30 min, to 15:47; its own 30 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name="ED12-step-orders-culprit-6-of-7-300", seed=133012, kind="step", culprit=6,
         intervals=_I[12],
         start="2032-12-20T09:39:00Z", service="temwaiku-nanikai-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/temwaiku-foumbouni-table-at-boot', 'Load the temwaiku foumbouni table at boot'),
         note='level shift at #6 of 7 (13:30), orders route (5 KB at 90 req/s); 7 deploys 30-45 min apart from 09:39 (40 and 31 min after the step, to 14:41); no trend after; must not alarm; epoch, ascending'),
    dict(name="ED13-e-lru-early-afternoon-1265-320", seed=133013, kind="e",
         intervals=_I[13],
         start="2032-12-21T12:37:00Z", service="ambo-taborio-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1265"},
         note='bounded LRU (1265 entries) refilling after each of 5 deploys 39-49 min apart, from 12:37 across the afternoon peak to 17:00; must not alarm'),
    dict(name="ED14-none-long-interval-223-quote-300", seed=133014, kind="none",
         intervals=_I[14],
         start="2032-12-22T08:40:00Z", service="abemama-marakei-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 223 min (3 h 43) interval (09:15-12:58) up the morning rise into the lunch bump between 35 min ones; must not alarm; ascending'),
    dict(name="ED15-f-load-early-afternoon-1225-320", seed=133015, kind="f", workers=72,
         intervals=_I[15],
         start="2032-12-23T12:25:00Z", service="butaritari-nonouti-reports",
         profile="report", params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note='reports in flight follow the load from 12:25 across the afternoon peak to 16:43, across 3 deploys 59-72 min apart; must not alarm'),
    dict(name="ED16-none-frequent-orders-0835-300", seed=133016, kind="none",
         intervals=_I[16],
         start="2032-12-24T08:35:00Z", service="sima-koni-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s), from 08:35 up the morning rise into the lunch bump to 14:01; 14 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + ED_SCENARIOS
