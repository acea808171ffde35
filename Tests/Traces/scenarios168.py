"""memblame's tracelab scenarios, batch 168: FM01..FM16 (real memory traces with labels).

(Named FM: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-167 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FL.  No case folder, scenario name or split entry starts with
"FM".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 168"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios168.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios168.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw168 FM01-... FM16-...

The rarer regimes, as batches 90, 93, ..., 162 and 165 (batch 165 the
template, batch 162 its predecessor).  A blind batch: all 16 cases are split
"validation" (split168.json, regime tags as split165.json).

Rotation: of the two kinds each regime leaves after batches 162 (a, b, a,
c, d, c, d, b, c, a) and 165 (c, d, d, a, c, d, b, a, d, c), the one batch
159 (b, a, c, b, b, a, c, d, a, d) did not use (that decided every regime),
but limit-raise (the rule gives b) and oom-fast (the rule gives b) cannot
take b (no b load is known to OOM within about an hour) and take the other
kind left: limit-raise c (75 KB x 178 at 300 MiB, heap 160 MB, as EK03,
ET03, FD03 and FJ10; ET03's, FD03's and FJ10's OOMs 44.5, 47.5 and 48.5 min
in), oom-fast d (64 KB x 180 at 320 MiB, as ET10, FD10 and FJ03, whose OOMs
came 52.5 min in).  long-interval d, culprit-last c, limit-raise c,
multi-task d, quick-followup a, flag-flip b, slow-leak a, fixed-later c,
culprit-early b, oom-fast d; the frequent-deploys case stays a b.  Leaking
a 2, b 3, c 3, d 3.

Loads by batch 167's units for the next batch (its main figures, but the
figures without the slow cases where it prints them: a over an hour or
more 0.0450 (main 0.0645) and b over an hour or more 0.00450 (main
0.00493); so a 0.0308 frequent, 0.0450 an hour or more; b 0.00350 /
0.00450; c 0.0105 / 0.0149; d 0.0170 / 0.0112; %/h per unit of size x
rate at peak at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for
FM04; ~1.5 %/h for the slow FM07), within 0.4 % but FM05 (1 KB x 131 at
300, +0.61 %, widened to 0.7 %) and FM07 (1 KB x 42 at 320, +0.80 %,
widened to 0.8 %): no free a load lies closer.  Not by the units: FM03 (its
OOM load) and FM10 (its OOM load).  Healthy loads are earlier batches'.
The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios167.py (11..2780) and
lists FM last (2781..2796).  Seeds 168001..168016.  Dates 2034-07-01
(FM01) to 2034-07-16 (FM16).  Limits ABAAAABABBABBBBA (A 300, B 320 MiB).
Cases of 300 samples or more use ts_format "wire" (all but FM03, 276
samples, FM06, 274, and FM10, 289: ISO 8601); TimestampAscending for FM04,
FM05, FM06, FM11, FM12, FM13 and FM14.  The notes' "epoch" and "ascending"
tags are written from these fields.  Heap 160 MB everywhere but FM03 after
its raise.  Service names: cities of Oita and Saga prefectures (Kyushu,
Japan); PR and flag words: Japanese (mostly Kyushu) foods.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios167.py"))["SCENARIOS"]   # 11..2780

_I = {
    1: [30, 28, 31, 29, 233, 31],
    2: [26, 25, 27, 26, 25, 27, 26, 25, 27, 26, 25, 147],
    3: [25, 23, 26, 24, 84, 31, 33, 30],
    4: [36, 38, 35, 37, 36, 38, 35, 37, 36, 38],
    5: [29, 31, 28, 30, 32, 29, 31, 16, 30, 29, 31],
    6: [30, 29, 31, 126, 30, 28],
    7: [31, 33, 30, 32, 29, 31, 62, 55, 30, 29, 31, 30],
    8: [30, 29, 31, 28, 32, 30, 29, 31, 30, 28, 32],
    9: [50, 34, 30, 28, 31, 29, 30, 32, 28, 29, 31, 30, 28],
    10: [30, 28, 31, 29, 81, 30, 31, 29],
    11: [28, 30, 27, 29, 28, 30, 29, 27, 30, 28, 29, 27, 30, 28, 29],
    12: [34, 31, 36, 33, 30, 35, 32, 36, 31, 34, 33, 30],
    13: [43, 51, 37, 58, 40, 48, 39, 56],
    14: [31, 227, 30, 28],
    15: [60, 65, 57, 63, 58, 66],
    16: [21, 23, 20, 24, 22, 21, 23, 20, 22, 24, 21, 23, 20, 22, 24, 21],
}

FM_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='FM01-d-long-interval-233-culprit-4-of-5-300', seed=168001, kind='d', culprit=4,
         intervals=_I[1],
         start='2034-07-01T11:02:00Z', service='beppu-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=131, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/beppu-toriten-timers', 'Confirm beppu bookings from delayed toriten timers'),
         note='culprit #4 of 5 at 13:00 after 30, 28, 31, 29 min healthy intervals, then one 233 min (3 h 53) interval (13:00-16:53) across the afternoon peak; ~5 %/h of 300 MiB at peak (4 KB x 131, +0.16 %); #5 still leaks (31 min, to 17:24); epoch'),
    dict(name='FM02-c-culprit-last-11-of-11-320', seed=168002, kind='c', culprit=11,
         intervals=_I[2],
         start='2034-07-02T09:17:00Z', service='usuki-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=60, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/usuki-dangojiru-listeners', 'Tell open usuki bookings when a dangojiru slot frees'),
         note='the culprit is the last deploy #11 at 14:02: one 147 min interval of evidence (to 16:29) after eleven healthy intervals of 25-27 min from 09:17; ~5 %/h of 320 MiB at peak (7 KB x 60, +0.13 %); epoch'),
    dict(name='FM03-c-limit-raise-795', seed=168003, kind='c', culprit=4, limit_raise={'deploy': 6, 'limit_mib': 795, 'heap_mb': 424},
         intervals=_I[3],
         start='2034-07-03T11:19:00Z', service='saiki-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         limit_pr_title=('ops/saiki-bookings-memory-795', 'Give the saiki bookings task 795 MiB of memory after OOM restarts'),
         culprit_pr_title=('feat/saiki-yaseuma-listeners', 'Tell open saiki bookings when a yaseuma slot frees'),
         note="leak from #4 at 12:57 after four healthy intervals of 23-26 min (EK03's, ET03's, FD03's and FJ10's load: 75 KB bookings at 178 req/s, heap 160 MB, 300 MiB; ET03's, FD03's and FJ10's OOMs came 44.5, 47.5 and 48.5 min in) should OOM within #4's 84 min; #5 (31 min) still at 300 MiB; limit 300 -> 795 MiB (heap 424 MB) two deploys after the culprit, at #6 at 14:52, the percentages fall to 0.38 of the old scale and the leak goes on through #6 (33 min) and #7 (30 min, to 15:55)"),
    dict(name='FM04-d-three-tasks-culprit-6-of-9-300', seed=168004, kind='d', culprit=6, tasks=3, roll_gap=1,
         intervals=_I[4],
         start='2034-07-04T10:00:00Z', service='taketa-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=314, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/taketa-jigokumushi-timers', 'Confirm taketa bookings from delayed jigokumushi timers'),
         note='3 tasks, rolling deploys 1 min apart per task; 9 deploys 35-38 min apart from 10:00, culprit #6 of 9 at 13:40 (4 leaking intervals, to 16:06); each task ~5 %/h of 300 MiB at peak (5 KB x 314 over 3 tasks, +0.03 %); metrics-ci.jsonl; epoch, ascending'),
    dict(name='FM05-a-quick-followup-culprit-7-300', seed=168005, kind='a', culprit=7,
         intervals=_I[5],
         start='2034-07-05T10:12:00Z', service='hita-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=131, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/hita-gomadashi-history', 'Keep hita orders for the gomadashi history'),
         note='culprit #7 of 10 at 13:42 runs only 16 min before an unrelated follow-up #8 at 13:58 (which still leaks, 30 min), then #9 (29 min), #10 (31 min) (to 15:28); ~5 %/h of 300 MiB at peak (1 KB x 131, +0.61 %, widened to 0.7 %); epoch, ascending'),
    dict(name='FM06-b-flag-flip-38-min-in-v4-300', seed=168006, kind='b', flag='nakatsu_ryukyu_quote_memo', flag_at=sum(_I[6][:3]) + 38,
         intervals=_I[6],
         start='2034-07-06T11:24:00Z', service='nakatsu-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=93, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         note="no culprit deploy: flag nakatsu_ryukyu_quote_memo on at about 13:32, 38 min after #3 and 88 min before #4 (v4's interval 126 min), then #4-#5 (30, 28 min, to 15:58); quotes memoised per customer (~5 %/h of 300 MiB at peak, 14 lines x 93, -0.01 %) from then on; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name='FM07-a-slow-leak-culprit-6-of-11-320', seed=168007, kind='a', culprit=6,
         intervals=_I[7],
         start='2034-07-07T10:14:00Z', service='kitsuki-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=42, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/kitsuki-yuzukosho-history', 'Keep kitsuki orders for the yuzukosho history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 42, +0.80 %, widened to 0.8 %) from #6 of 11 at 13:20 after 31, 33, 30, 32, 29, 31 min healthy intervals; 62, 55, 30, 29, 31, 30 min leaking intervals (to 17:17); epoch'),
    dict(name='FM08-c-fixed-one-later-5-by-6-of-10-300', seed=168008, kind='c', culprit=5, fixed=6,
         intervals=_I[8],
         start='2034-07-08T11:05:00Z', service='yufu-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=196, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/yufu-marubolo-listeners', 'Tell open yufu bookings when a marubolo slot frees'),
         fixed_pr_title=('fix/yufu-ikasumi-listeners', 'Remove the yufu ikasumi listeners when a booking finishes'),
         note='leak from #5 at 13:35 (~5 %/h of 300 MiB at peak, 2 KB x 196, -0.32 %) after 5 healthy intervals of 28-32 min from 11:05; fixed one deploy later by #6 at 14:05 (29 min), then #7-#10 (31, 30, 28, 32 min, to 16:35); epoch'),
    dict(name='FM09-b-culprit-early-2-of-12-320', seed=168009, kind='b', culprit=2,
         intervals=_I[9],
         start='2034-07-09T12:06:00Z', service='kunisaki-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=139, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/kunisaki-sobagaki-quote-memo', 'Memoise kunisaki quotes per sobagaki and customer'),
         note='culprit is the second deploy #2 of 12 at 13:30, after 50 min of v1 and 34 of v2; every later interval leaks (28-32 min, to 18:56; ~5 %/h of 320 MiB at peak, 10 lines x 139, +0.08 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FM10-d-oom-fast-culprit-4-of-7-320', seed=168010, kind='d', culprit=4,
         intervals=_I[10],
         start='2034-07-10T11:27:00Z', service='tsukumi-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/tsukumi-kamaboko-timers', 'Confirm tsukumi bookings from delayed kamaboko timers'),
         note="leak from #4 of 7 at 13:25, 64 KB bookings at 180 req/s (CB03's, ..., FJ03's load, 320 MiB; ET10's, FD10's and FJ03's OOMs 52.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (81 min); #5-#7 (30, 31, 29 min, to 16:16) still leaking"),
    dict(name='FM11-b-frequent-deploys-culprit-9-of-14-300', seed=168011, kind='b', culprit=9,
         intervals=_I[11],
         start='2034-07-11T09:12:00Z', service='imari-quotes',
         profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=93, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/imari-wasabi-quote-memo', 'Memoise imari quotes per wasabi and customer'),
         note='14 deploys 27-30 min apart from 09:12, culprit #9 of 14 at 13:30 (6 leaking intervals, to 16:21); ~5 %/h of 300 MiB at peak (18 lines x 93, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='FM12-step-quote-culprit-6-of-11-320', seed=168012, kind='step', culprit=6,
         intervals=_I[12],
         start='2034-07-12T10:52:00Z', service='karatsu-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, env={'PRELOAD_ENTRIES': '60000'}, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/karatsu-konbu-table-at-boot', 'Load the karatsu konbu table at boot'),
         note='level shift at #6 of 11 (14:11), quote route (20 lines at 95 req/s); 11 deploys 30-36 min apart from 10:52 (to 17:27); no trend after; must not alarm; epoch, ascending'),
    dict(name='FM13-e-lru-midday-1318-320', seed=168013, kind='e',
         intervals=_I[13],
         start='2034-07-13T12:12:00Z', service='takeo-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={'LRU_MAX': '1318'}, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1318 entries) refilling after each of 7 deploys 37-58 min apart, from 12:12 over the afternoon peak to 18:24; must not alarm; epoch, ascending'),
    dict(name='FM14-none-long-interval-227-orders-320', seed=168014, kind='none',
         intervals=_I[14],
         start='2034-07-14T14:12:00Z', service='ureshino-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 227 min (3 h 47) interval (14:43-18:30) from the afternoon peak into the evening between 31 and 30 min ones (to 19:28); must not alarm; epoch, ascending'),
    dict(name='FM15-f-load-evening-1510-320', seed=168015, kind='f', workers=72,
         intervals=_I[15],
         start='2034-07-15T15:10:00Z', service='kashima-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire',
         note='reports in flight follow the load from 15:10 past the afternoon peak down the evening fall to 21:19, across 5 deploys 57-66 min apart; must not alarm; epoch'),
    dict(name='FM16-none-frequent-quote-1047-300', seed=168016, kind='none',
         intervals=_I[16],
         start='2034-07-16T10:47:00Z', service='tosu-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 10:47 over noon to 16:38; 15 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + FM_SCENARIOS
