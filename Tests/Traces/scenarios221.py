"""memblame's tracelab scenarios, batch 221: HN01..HN16 (real memory
traces with labels).

(Named HN: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-220 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HM.  No case folder, scenario name or split
entry starts with "HN".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 221"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios221.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios221.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw221 HN01-... HN16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
216 and 219 (batch 219 the template, batch 216 its predecessor; batches
204, 205 and 212 are development batches, left out; batch 220 is a cache
batch). A blind batch: all 16 cases are split "validation" (split221.json,
regime tags as split219.json).

Rotation: the kinds are rotated away from batches 216 (d, then a, b, d, a,
c, d, a, c) and 219 (c, then d, a, a, b, d, c, d, a) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b a (the one non-b kind left: 216 d, 219 c);
the two frequent b stay b. That leaves two a, one b, two c, three d. a is
left only by fixed-later (216 c, 219 d) and flag flip (d, c): both take
it. d is then left only by few-hours (b, a), slow (a, b) and multi-task
(c, a): all three take it. Hourly (a, d), culprit-last (d, a) and
culprit-early (a, d) each leave b and c, for one b and two c: batch 213
(a, then c, d, b, d, a, a, c, d) had b in culprit-last, so culprit-last c;
it had c in both hourly and culprit-early, so the b goes to the one whose
latest b case is older by the split*.json regime tags: hourly (GV04, batch
203; development batch 205's GX10 left out) against culprit-early (HC09,
batch 210): hourly b, culprit-early c. Here a, then b, d, c, d, a, a, c,
d.

Loads by batch 219's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0387, b 0.00388, c 0.0189, d 0.0192; an hour or more a 0.0276, b
0.00369, c 0.0144, d 0.0162 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for HN11; ~1.5 %/h for
the slow HN07). Only HN01-HN03 take the frequent units. All within 0.4 %.
Loads (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 150-420 over three tasks;
the nearest free load, ties to the rate nearest 150): HN01 a 1 KB x 161
(320, frequent, -0.31 %), HN02 b 9 lines x 179 (320, frequent, +0.01 %),
HN03 b 10 lines x 151 (300, frequent, -0.01 %), HN04 b 7 lines x 227 (300,
+0.07 %), HN05 d 7 KB x 55 (320, -0.21 %), HN06 c 7 KB x 62 (320, -0.01
%), HN07 d 1 KB x 116 (320, slow, +0.22 %), HN08 a 2 KB x 106 (300, -0.14
%), HN09 a 1 KB x 212 (300, -0.14 %), HN10 c 7 KB x 58 (300, -0.22 %),
HN11 d 7 KB x 155 over 3 tasks (300, -0.01 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios220.py (11..3628) and
lists HN last (3629..3644). Seeds 221001..221016. Dates 2036-11-30 (HN01)
to 2036-12-15 (HN16), one day per case (batch 220 used 2036-11-14..11-29;
no scenario had these dates). Limits BBAABBBAAAABBBAA (A 300, B 320 MiB;
no earlier batch had it, its flip, its reverse or its first eight). Cases
of 300 samples or more use ts_format "wire"; ISO 8601 for HN01, HN02,
HN13; TimestampAscending for HN02, HN04, HN06, HN07, HN15, HN16 (no
earlier batch had this set). Heap 160 MB everywhere. Names: Portuguese
rivers for the services, and Basque words (ilargia, oihana, uhartea,
harkaitza, olatuak, haritza, haizea, tximista, hodeiak, ilunabarra,
egunsentia, urjauzia, txilarra) for the PR, fix, flag and step words (from
memory; none in any scenarios*.py, split*.json or the README before, by
grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios220.py"))["SCENARIOS"]   # 11..3628

_I = {
    1: [23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23],
    2: [18, 17, 19, 18, 17, 19, 18, 17, 19, 18, 17, 19, 18, 17, 19],
    3: [36, 35, 37, 36, 35, 37, 36, 35, 37, 36],
    4: [62, 61, 64, 63, 61, 64],
    5: [30, 28, 31, 29, 32, 141, 29, 31, 30],
    6: [39, 38, 41, 40, 38, 41, 152],
    7: [30, 32, 29, 31, 33, 90, 70, 31, 29, 30],
    8: [37, 36, 38, 37, 36, 38, 37, 36, 38, 37, 36],
    9: [34, 36, 33, 138, 35, 33, 36, 34],
    10: [62, 45, 43, 42, 44, 43, 42, 44, 43],
    11: [59, 58, 61, 60, 58, 61],
    12: [31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30, 32],
    13: [95, 113, 86],
    14: [39, 38, 40, 39, 38, 40, 39, 38, 40, 39],
    15: [42, 41, 43, 42, 41, 43, 42, 41],
    16: [21, 20, 22, 21, 20, 22, 21, 20, 22, 21, 20, 22, 21, 20, 22, 21, 20],
}

HN_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HN01-a-frequent-deploys-culprit-6-of-12-320', seed=221001, kind='a', culprit=6,
         intervals=_I[1],
         start='2036-11-30T09:05:00Z', service='tejo-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=161, heap_mb=160, limit_mib=320, ts_format='iso8601',
         culprit_pr_title=('feat/tejo-ilargia-history', 'Keep tejo orders for the ilargia history'),
         note='12 deploys 22-24 min apart from 09:05, culprit #6 of 12 at 11:22:30 (7 leaking intervals, to 14:04); ~5 %/h of 320 MiB at peak (1 KB x 161, -0.31 %)'),
    dict(name='HN02-b-frequent-deploys-culprit-7-of-14-320', seed=221002, kind='b', culprit=7,
         intervals=_I[2],
         start='2036-12-01T12:15:00Z', service='douro-quotes',
         profile='quote', params={'detail': 9, 'skus': 400}, peak_rps=179, heap_mb=160, limit_mib=320, ts_format='iso8601', scan_by='TimestampAscending',
         culprit_pr_title=('perf/douro-oihana-quote-memo', 'Memoise douro quotes per oihana and customer'),
         note='14 deploys 17-19 min apart from 12:15, culprit #7 of 14 at 14:20:30 (8 leaking intervals, to 16:45); ~5 %/h of 320 MiB at peak (9 lines x 179, +0.01 %); good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name='HN03-b-frequent-deploys-culprit-4-of-9-300', seed=221003, kind='b', culprit=4,
         intervals=_I[3],
         start='2036-12-02T10:35:00Z', service='mondego-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=151, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/mondego-uhartea-quote-memo', 'Memoise mondego quotes per uhartea and customer'),
         note='9 deploys 35-37 min apart from 10:35, culprit #4 of 9 at 12:58:30 (6 leaking intervals, to 16:35); ~5 %/h of 300 MiB at peak (10 lines x 151, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HN04-b-hourly-culprit-3-of-5-300', seed=221004, kind='b', culprit=3,
         intervals=_I[4],
         start='2036-12-03T08:50:00Z', service='zezere-quotes',
         profile='quote', params={'detail': 7, 'skus': 400}, peak_rps=227, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/zezere-harkaitza-quote-memo', 'Memoise zezere quotes per harkaitza and customer'),
         note='hourly deploys (61-64 min apart) from 08:50, culprit #3 of 5 at 11:56:30, leaking intervals 63, 61, 64 min (to 15:05); ~5 %/h of 300 MiB at peak (7 lines x 227, +0.07 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HN05-d-few-hours-141-culprit-5-of-8-320', seed=221005, kind='d', culprit=5,
         intervals=_I[5],
         start='2036-12-04T10:05:00Z', service='guadiana-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=55, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/guadiana-olatuak-timers', 'Confirm guadiana bookings from delayed olatuak timers'),
         note='culprit #5 of 8 at 12:34:30 after 30, 28, 31, 29, 32 min healthy intervals, its own interval 141 min, then 29, 31, 30 min still leaking (to 16:26); ~5 %/h of 320 MiB at peak (7 KB x 55, -0.21 %); epoch'),
    dict(name='HN06-c-culprit-last-6-of-6-152-320', seed=221006, kind='c', culprit=6,
         intervals=_I[6],
         start='2036-12-05T10:50:00Z', service='tamega-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=62, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/tamega-haritza-listeners', 'Tell open tamega bookings when a haritza slot frees'),
         note='the culprit is the last deploy #6 at 14:46:30: one 152 min interval of evidence (to 17:19) after 6 healthy intervals of 38-41 min from 10:50; ~5 %/h of 320 MiB at peak (7 KB x 62, -0.01 %); epoch, ascending'),
    dict(name='HN07-d-slow-leak-culprit-5-of-9-320', seed=221007, kind='d', culprit=5,
         intervals=_I[7],
         start='2036-12-06T10:20:00Z', service='cavado-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=116, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/cavado-haizea-timers', 'Confirm cavado bookings from delayed haizea timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 116, +0.22 %) from #5 of 9 at 12:54:30 after 30, 32, 29, 31, 33 min healthy intervals from 10:20; 90, 70, 31, 29, 30 min leaking intervals (to 17:05); epoch, ascending'),
    dict(name='HN08-a-fixed-two-later-4-by-6-of-10-300', seed=221008, kind='a', culprit=4, fixed=6,
         intervals=_I[8],
         start='2036-12-07T09:40:00Z', service='sorraia-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=106, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/sorraia-tximista-history', 'Keep sorraia orders for the tximista history'),
         fixed_pr_title=('fix/sorraia-egunsentia-history-cap', 'Cap the sorraia orders kept for the egunsentia history'),
         note='leak from #4 at 12:07:30 (~5 %/h of 300 MiB at peak, 2 KB x 106, -0.14 %) after 4 healthy intervals of 36-38 min from 09:40; fixed two deploys later by #6 at 13:21:30 (two leaking intervals, 36, 38 min), then 37, 36, 38, 37, 36 min (#6-#10, to 16:26); epoch'),
    dict(name='HN09-a-flag-flip-36-min-in-v4-300', seed=221009, kind='a', flag='vouga_urjauzia_order_history', flag_at=sum(_I[9][:3]) + 36,
         intervals=_I[9],
         start='2036-12-08T11:10:00Z', service='vouga-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=212, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag vouga_urjauzia_order_history on at 13:28:30, 36 min into v4's 138 min interval, 102 min before #4; then #4-#7 (35, 33, 36, 34 min, to 17:29); ~5 %/h of 300 MiB at peak (1 KB x 212, -0.14 %); epoch"),
    dict(name='HN10-c-culprit-early-2-of-8-300', seed=221010, kind='c', culprit=2,
         intervals=_I[10],
         start='2036-12-09T09:55:00Z', service='paiva-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=58, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/paiva-hodeiak-listeners', 'Tell open paiva bookings when a hodeiak slot frees'),
         note='culprit is deploy #2 of 8 at 11:41:30, after 62 + 45 min of v1 and v2; every later interval leaks (42-44 min, to 16:43); ~5 %/h of 300 MiB at peak (7 KB x 58, -0.22 %); epoch'),
    dict(name='HN11-d-three-tasks-gap-5-culprit-3-of-5-300', seed=221011, kind='d', culprit=3, tasks=3, roll_gap=5,
         intervals=_I[11],
         start='2036-12-10T10:25:00Z', service='sabor-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=155, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/sabor-ilunabarra-timers', 'Confirm sabor bookings from delayed ilunabarra timers'),
         note='3 tasks, rolling deploys 5 min apart per task; 5 deploys 58-61 min apart from 10:25, culprit #3 of 5 at 13:22:30 (3 leaking intervals, to 16:22); each task ~5 %/h of 300 MiB at peak (7 KB x 155 over 3 tasks, -0.01 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HN12-e-lru-morning-0640-1690-320', seed=221012, kind='e',
         intervals=_I[12],
         start='2036-12-11T06:40:00Z', service='corgo-quotes',
         env={'LRU_MAX': '1690'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='bounded LRU (1690 entries) refilling after each of 11 deploys 30-32 min apart, from 06:40 up the morning to 12:52; must not alarm; epoch'),
    dict(name='HN13-e-lru-warmup-1705-2540-320', seed=221013, kind='e',
         intervals=_I[13],
         start='2036-12-12T17:05:00Z', service='almonda-quotes',
         env={'LRU_MAX': '2540'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601',
         note='bounded LRU (2540 entries) warming for hours: 95, 113, 86 min intervals (2 deploys) from 17:05 over the evening to 21:59; must not alarm'),
    dict(name='HN14-step-orders-culprit-6-of-9-320', seed=221014, kind='step', culprit=6,
         intervals=_I[14],
         start='2036-12-13T12:40:00Z', service='caima-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/caima-txilarra-table-at-boot', 'Load the caima txilarra table at boot'),
         note='level shift at #6 of 9 (16:33:30), orders route (5 KB x 90, 60000 entries); 9 deploys 38-40 min apart from 12:40 over the afternoon to 19:10; no trend after; must not alarm; epoch'),
    dict(name='HN15-f-load-morning-0650-300', seed=221015, kind='f',
         intervals=_I[15],
         start='2036-12-14T06:50:00Z', service='arade-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 06:50 up the morning rise to 12:25, across 7 deploys 41-43 min apart; must not alarm; epoch, ascending'),
    dict(name='HN16-none-frequent-quote-1640-300', seed=221016, kind='none',
         intervals=_I[16],
         start='2036-12-15T16:40:00Z', service='ocreza-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 16:40 over the late afternoon into the night to 22:36; 16 deploys 20-22 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + HN_SCENARIOS
