"""memblame's tracelab scenarios, batch 197: GP01..GP16 (real memory
traces with labels).

(Named GP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-196 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GO.  No case folder, scenario name or split entry
starts with "GP".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 197"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios197.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios197.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw197 GP01-... GP16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
190 and 193 (batch 193 the template, batch 190 its predecessor).  A blind
batch: all 16 cases are split "validation" (split197.json, regime tags as
split193.json).

Rotation: the kinds are rotated away from batches 190 (c, then d, a, a, c,
d, b, d, a) and 193 (a, then c, d, c, d, a, a, b, d) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b d (the one non-b kind left: 190 c, 193 a);
the two frequent b stay b. Besides the frequent case, d is left only by
culprit-last (a, c) and flag flip (b, a): both take it. a is left only by
hourly (d, c), slow (c, d) and culprit-early (d, b): all three take it.
Few-hours (a, d), fixed-later (d, a) and multi-task (a, d) each leave b
and c, for one b and two c. Batch 187 (d, then a, c, d, a, b, d, a, c)
breaks the tie for fixed-later (it had b): fixed-later takes c. Few-hours
and multi-task both had c in 187: the b goes to the one whose latest b
case (by the split*.json regime tags) is older: few-hours' latest b is
177's FV05, multi-task's 186's GE04 (195 and 196 have no b in either
regime; 196's multi-task GO04 is d), so few-hours takes b and multi-task c
(the c reading would disagree: few-hours' latest c, 187's GF05, is older
than multi-task's, 189's GH04; the brief's b reading rules). Here d, then
a, b, d, a, c, d, a, c.

Loads by batch 193's units for the next batch (its main figures, but d
over an hour or more from its figure without the slow cases GK07 and GL07:
d 0.0158 (GK02, GK06, GK09, GL05, GL11); its b over an hour or more
without them, 0.00479, rests on GL10 alone, so b takes the main 0.00504):
frequent a 0.0481, b 0.00307, c 0.0130, d 0.0141; an hour or more a
0.0439, b 0.00504, c 0.0120, d 0.0158 (%/h per unit of size x rate at peak
at 256 MiB, x 256 / limit), ~5 %/h of the limit (per task for GP11; ~1.5
%/h for the slow GP07). Only GP01-GP03 take the frequent units. All within
0.4 % but GP07, widened in 0.1 % steps to 0.7 % (the slow a has no free
load nearer: at 300 MiB 1 KB x 40 and 2 KB x 20 are taken and 1 KB x 41 is
+2.4 %, at 320 1 KB x 42 is taken and 1 KB x 43 is +0.68 %; the limit
pattern is the one needing the least widening) (sizes 1-8 KB or 7-20
lines, 20-240 req/s, 100-400 over two tasks; the nearest free load, ties
to the rate nearest 150): GP01 d 2 KB x 222 (320, frequent, +0.17 %), GP02
b 11 lines x 185 (320, frequent, -0.04 %), GP03 b 12 lines x 159 (300,
frequent, -0.03 %), GP04 a 1 KB x 134 (300, +0.40 %), GP05 b 10 lines x
124 (320, -0.01 %), GP06 d 2 KB x 198 (320, +0.11 %), GP07 a 1 KB x 43
(320, slow, +0.68 %), GP08 c 8 KB x 65 (320, -0.16 %), GP09 d 2 KB x 185
(300, -0.23 %), GP10 a 2 KB x 67 (300, +0.40 %), GP11 c 8 KB x 122 over 2
tasks (300, -0.06 %); each a load no earlier scenario had at its limit and
task count. Healthy loads are earlier batches'. The "~N %/h" in the notes
are aims, not measurements.

PR and pipeline numbers: this file runs scenarios196.py (11..3244) and
lists GP last (3245..3260). Seeds 197001..197016. Dates 2035-11-12 (GP01)
to 2035-11-27 (GP16), after batches 195's and 196's 2035-10-11..11-11.
Limits BBAABBBBAAABBAAA (A 300, B 320 MiB; no earlier batch had it, its
flip or its first eight). Cases of 300 samples or more use ts_format
"wire"; ISO 8601 for GP13; TimestampAscending for GP01, GP02, GP05, GP07,
GP11, GP15 (no earlier batch had this set). Heap 160 MB everywhere. Names:
small islands of the Dodecanese for the services, and Welsh words (bwlch,
hafod, hendre, cynefin, ffridd, cromlech, mynydd, morfa, pentref, traeth,
llyn, hiraeth, cwrw) for the PR, fix, flag and step words (from memory;
none in any scenarios*.py, split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios196.py"))["SCENARIOS"]   # 11..3244

_I = {
    1: [34, 33, 35, 34, 33, 35, 34, 33, 35, 34, 33, 35, 34],
    2: [19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19, 18, 20, 19],
    3: [42, 41, 43, 42, 41, 43, 42, 41, 43],
    4: [68, 67, 70, 69, 67, 70],
    5: [29, 32, 30, 33, 31, 143, 32, 30, 34, 31],
    6: [43, 42, 45, 44, 42, 45, 152],
    7: [31, 29, 32, 30, 79, 64, 30, 28, 33, 31],
    8: [32, 31, 34, 33, 32, 31, 34, 33, 32, 31, 34, 33],
    9: [30, 33, 31, 34, 139, 32, 30, 33],
    10: [64, 39, 33, 35, 32, 34, 33, 35, 32, 34, 33],
    11: [39, 38, 41, 40, 39, 38, 41, 40, 39, 38],
    12: [37, 36, 39, 38, 37, 36, 39, 38, 37, 36, 39],
    13: [96, 88, 102],
    14: [38, 37, 40, 39, 38, 37, 40, 39, 38, 37, 40],
    15: [53, 52, 55, 54, 53, 52, 55],
    16: [20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21],
}

GP_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GP01-d-frequent-deploys-culprit-5-of-12-320', seed=197001, kind='d', culprit=5,
         intervals=_I[1],
         start='2035-11-12T10:00:00Z', service='halki-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=222, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/halki-bwlch-timers', 'Confirm halki bookings from delayed bwlch timers'),
         note='12 deploys 33-35 min apart from 10:00, culprit #5 of 12 at 12:49 (8 leaking intervals, to 17:22); ~5 %/h of 320 MiB at peak (2 KB x 222, +0.17 %); epoch, ascending'),
    dict(name='GP02-b-frequent-deploys-culprit-7-of-15-320', seed=197002, kind='b', culprit=7,
         intervals=_I[2],
         start='2035-11-13T11:30:00Z', service='symi-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=185, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/symi-hafod-quote-memo', 'Memoise symi quotes per hafod and customer'),
         note='15 deploys 18-20 min apart from 11:30, culprit #7 of 15 at 13:43 (9 leaking intervals, to 16:34); ~5 %/h of 320 MiB at peak (11 lines x 185, -0.04 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GP03-b-frequent-deploys-culprit-4-of-8-300', seed=197003, kind='b', culprit=4,
         intervals=_I[3],
         start='2035-11-14T10:45:00Z', service='pserimos-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=159, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/pserimos-hendre-quote-memo', 'Memoise pserimos quotes per hendre and customer'),
         note='8 deploys 41-43 min apart from 10:45, culprit #4 of 8 at 13:33 (5 leaking intervals, to 17:03); ~5 %/h of 300 MiB at peak (12 lines x 159, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GP04-a-hourly-culprit-3-of-5-300', seed=197004, kind='a', culprit=3,
         intervals=_I[4],
         start='2035-11-15T10:05:00Z', service='telendos-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=134, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/telendos-cynefin-history', 'Keep telendos orders for the cynefin history'),
         note='hourly deploys (67-70 min apart) from 10:05, culprit #3 of 5 at 13:30, leaking intervals 69, 67, 70 min (to 16:56); ~5 %/h of 300 MiB at peak (1 KB x 134, +0.40 %); epoch'),
    dict(name='GP05-b-few-hours-143-culprit-5-of-9-320', seed=197005, kind='b', culprit=5,
         intervals=_I[5],
         start='2035-11-16T09:50:00Z', service='kastellorizo-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=124, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/kastellorizo-ffridd-quote-memo', 'Memoise kastellorizo quotes per ffridd and customer'),
         note='culprit #5 of 9 at 12:25 after 29, 32, 30, 33, 31 min healthy intervals, its own interval 143 min, then 32, 30, 34, 31 min still leaking (to 16:55); ~5 %/h of 320 MiB at peak (10 lines x 124, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='GP06-d-culprit-last-6-of-6-152-320', seed=197006, kind='d', culprit=6,
         intervals=_I[6],
         start='2035-11-17T09:45:00Z', service='marathi-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=198, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/marathi-cromlech-timers', 'Confirm marathi bookings from delayed cromlech timers'),
         note='the culprit is the last deploy #6 at 14:06: one 152 min interval of evidence (to 16:38) after 6 healthy intervals of 42-45 min from 09:45; ~5 %/h of 320 MiB at peak (2 KB x 198, +0.11 %); epoch'),
    dict(name='GP07-a-slow-leak-culprit-4-of-9-320', seed=197007, kind='a', culprit=4,
         intervals=_I[7],
         start='2035-11-18T10:40:00Z', service='alimia-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=43, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/alimia-mynydd-history', 'Keep alimia orders for the mynydd history'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 43, +0.68 %) from #4 of 9 at 12:42 after 31, 29, 32, 30 min healthy intervals from 10:40; 79, 64, 30, 28, 33, 31 min leaking intervals (to 17:07); epoch, ascending'),
    dict(name='GP08-c-fixed-three-later-4-by-7-of-11-320', seed=197008, kind='c', culprit=4, fixed=7,
         intervals=_I[8],
         start='2035-11-19T10:35:00Z', service='saria-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=65, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/saria-morfa-listeners', 'Tell open saria bookings when a morfa slot frees'),
         fixed_pr_title=('fix/saria-llyn-listeners-off', 'Remove saria llyn listeners when a booking finishes'),
         note='leak from #4 at 12:45 (~5 %/h of 320 MiB at peak, 8 KB x 65, -0.16 %) after 4 healthy intervals of 31-34 min from 10:35; fixed three deploys later by #7 at 14:22 (leaking intervals 32, 31, 34 min), then 33, 32, 31, 34, 33 min (#7-#11, to 17:05); epoch'),
    dict(name='GP09-d-flag-flip-47-min-in-v5-300', seed=197009, kind='d', flag='levitha_hiraeth_booking_timers', flag_at=sum(_I[9][:4]) + 47,
         intervals=_I[9],
         start='2035-11-20T10:20:00Z', service='levitha-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=185, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag levitha_hiraeth_booking_timers on at 13:14:30, 47 min into v5's 139 min interval, 92 min before #5; then #5-#7 (32, 30, 33 min, to 16:22); ~5 %/h of 300 MiB at peak (2 KB x 185, -0.23 %); epoch"),
    dict(name='GP10-a-culprit-early-2-of-10-300', seed=197010, kind='a', culprit=2,
         intervals=_I[10],
         start='2035-11-21T10:10:00Z', service='gyali-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=67, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/gyali-pentref-history', 'Keep gyali orders for the pentref history'),
         note='culprit is the second deploy #2 of 10 at 11:53, after 64 min of v1 and 39 min of v2; every later interval leaks (32-35 min, to 16:54); ~5 %/h of 300 MiB at peak (2 KB x 67, +0.40 %); epoch'),
    dict(name='GP11-c-two-tasks-gap-6-culprit-5-of-9-300', seed=197011, kind='c', culprit=5, tasks=2, roll_gap=6,
         intervals=_I[11],
         start='2035-11-22T10:50:00Z', service='farmakonisi-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=122, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/farmakonisi-traeth-listeners', 'Tell open farmakonisi bookings when a traeth slot frees'),
         note='2 tasks, rolling deploys 6 min apart per task; 9 deploys 38-41 min apart from 10:50, culprit #5 of 9 at 14:07 (5 leaking intervals, to 17:23); each task ~5 %/h of 300 MiB at peak (8 KB x 122 over 2 tasks, -0.06 %); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='GP12-e-lru-afternoon-1225-1620-320', seed=197012, kind='e',
         intervals=_I[12],
         start='2035-11-23T12:25:00Z', service='astypalaia-quotes',
         env={'LRU_MAX': '1620'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='bounded LRU (1620 entries) refilling after each of 10 deploys 36-39 min apart, from 12:25 over midday and the afternoon peak to 19:17; must not alarm; epoch'),
    dict(name='GP13-e-lru-warmup-1340-2535-320', seed=197013, kind='e',
         intervals=_I[13],
         start='2035-11-24T13:40:00Z', service='agathonisi-quotes',
         env={'LRU_MAX': '2535'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601',
         note='bounded LRU (2535 entries) warming for hours: 96, 88, 102 min intervals (2 deploys) from 13:40 over the afternoon peak into the evening to 18:26; must not alarm'),
    dict(name='GP14-step-orders-culprit-4-of-10-300', seed=197014, kind='step', culprit=4,
         intervals=_I[14],
         start='2035-11-25T08:15:00Z', service='kinaros-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/kinaros-cwrw-table-at-boot', 'Load the kinaros cwrw table at boot'),
         note='level shift at #4 of 10 (10:49), orders route (5 KB x 90); 10 deploys 37-40 min apart from 08:15 up the morning to the afternoon peak, to 15:18; no trend after; must not alarm; epoch'),
    dict(name='GP15-f-load-morning-0650-300', seed=197015, kind='f',
         intervals=_I[15],
         start='2035-11-26T06:50:00Z', service='syrna-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 06:50 up the morning rise to 13:04, across 6 deploys 52-55 min apart; must not alarm; epoch, ascending'),
    dict(name='GP16-none-frequent-quote-1020-300', seed=197016, kind='none',
         intervals=_I[16],
         start='2035-11-27T10:20:00Z', service='seskli-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 10:20 up the late morning over the afternoon peak to 17:20; 20 deploys 19-21 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + GP_SCENARIOS
