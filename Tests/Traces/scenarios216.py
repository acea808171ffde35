"""memblame's tracelab scenarios, batch 216: HI01..HI16 (real memory
traces with labels).

(Named HI: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-215 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HH.  No case folder, scenario name or split
entry starts with "HI".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 216"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios216.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios216.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw216 HI01-... HI16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
211 and 213 (batch 213 the template, batch 211 its predecessor; batches
204, 205 and 212 are development batches, left out). A blind batch: all 16
cases are split "validation" (split216.json, regime tags as
split213.json).

Rotation: the kinds are rotated away from batches 211 (c, then d, a, a, c,
d, b, d, a) and 213 (a, then c, d, b, d, a, a, c, d) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b d (the one non-b kind left: 211 c, 213 a);
the two frequent b stay b. That leaves three a, one b, two c, two d. a is
left only by hourly (d, c), slow (c, d) and culprit-early (d, c): all
three take it. d is then left only by culprit-last (a, b) and flag flip
(b, a): both take it. Few-hours (a, d), fixed-later (d, a) and multi-task
(a, d) each leave b and c, for one b and two c: batch 208 (d, then a, c,
d, a, c, d, a, b) breaks the tie for multi-task (it had b: c); few-hours
and fixed-later both had c in 208, so the b goes to the one whose latest b
case is older by the split files' regime tags: few-hours (GP05, batch 197)
against fixed-later (GU08, batch 202; HE12 of development batch 212 is
later still): few-hours b, fixed-later c. Here d, then a, b, d, a, c, d,
a, c.

Loads by batch 213's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0530, b 0.00381, c 0.0195, d 0.0214; an hour or more a 0.0465, b
0.00421, c 0.0170, d 0.0142 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for HI11; ~1.5 %/h for
the slow HI07). Only HI01-HI03 take the frequent units. All within 0.4 %
but the slow HI07, widened to 0.6 % (+0.52 %: at the a unit of 0.0465 no
integer rate of 1 KB comes nearer 1.5 %/h at 300 or 320 MiB, whatever the
limit pattern). Loads (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 150-420
over three tasks; the nearest free load, ties to the rate nearest 150):
HI01 d 3 KB x 91 (300, frequent, -0.29 %), HI02 b 8 lines x 205 (320,
frequent, -0.03 %), HI03 b 20 lines x 82 (320, frequent, -0.03 %), HI04 a
2 KB x 67 (320, -0.30 %), HI05 b 13 lines x 107 (300, -0.06 %), HI06 d 2
KB x 220 (320, -0.03 %), HI07 a 1 KB x 38 (300, slow, +0.52 %), HI08 c 8
KB x 46 (320, +0.10 %), HI09 d 8 KB x 55 (320, -0.03 %), HI10 a 2 KB x 63
(300, -0.01 %), HI11 c 5 KB x 207 over 3 tasks (300, +0.10 %); each a load
no earlier scenario had at its limit and task count. Healthy loads are
earlier batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios215.py (11..3548) and
lists HI last (3549..3564). Seeds 216001..216016. Dates 2036-09-11 (HI01)
to 2036-09-26 (HI16), one day per case (batches 214 and 215 used
2036-08-10..09-10; no scenario had these dates). Limits ABBBABABBAABBAAA
(A 300, B 320 MiB; no earlier batch had it, its flip, its reverse or its
first eight). Cases of 300 samples or more use ts_format "wire"; ISO 8601
for HI13; TimestampAscending for HI04, HI05, HI06, HI07, HI14, HI15 (no
earlier batch had this set). Heap 160 MB everywhere. Names: Greek islands
for the services, and Finnish words (pilvi, ukkonen, tuuli, metsa, kallio,
saari, taivas, tahti, aurinko, routa, lehto, revontuli, niitty) for the
PR, fix, flag and step words (from memory; none in any scenarios*.py,
split*.json or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios215.py"))["SCENARIOS"]   # 11..3548

_I = {
    1: [33, 32, 34, 33, 32, 34, 33, 32, 34, 33, 32, 34],
    2: [20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19],
    3: [43, 42, 44, 43, 42, 44, 43, 42, 44],
    4: [66, 65, 68, 67, 65, 68],
    5: [31, 29, 32, 30, 33, 28, 124, 30, 32, 29],
    6: [36, 35, 38, 37, 35, 38, 36, 146],
    7: [32, 30, 33, 77, 66, 30, 33, 31, 29, 32],
    8: [41, 40, 42, 41, 40, 42, 41, 40, 42, 41],
    9: [33, 36, 118, 32, 35, 31, 34, 33, 36],
    10: [48, 42, 36, 35, 37, 34, 36, 35, 37, 34, 36],
    11: [49, 48, 51, 50, 48, 51, 49, 50],
    12: [25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24, 26, 25, 24],
    13: [101, 88, 110],
    14: [42, 41, 43, 42, 41, 43, 42, 41, 43, 42],
    15: [45, 44, 47, 46, 45, 44, 47, 46],
    16: [24, 23, 25, 24, 23, 25, 24, 23, 25, 24, 23, 25, 24, 23, 25, 24],
}

HI_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HI01-d-frequent-deploys-culprit-4-of-11-300', seed=216001, kind='d', culprit=4,
         intervals=_I[1],
         start='2036-09-11T10:20:00Z', service='lemnos-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=91, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/lemnos-pilvi-timers', 'Confirm lemnos bookings from delayed pilvi timers'),
         note='11 deploys 32-34 min apart from 10:20, culprit #4 of 11 at 12:32 (8 leaking intervals, to 16:56); ~5 %/h of 300 MiB at peak (3 KB x 91, -0.29 %); epoch'),
    dict(name='HI02-b-frequent-deploys-culprit-8-of-16-320', seed=216002, kind='b', culprit=8,
         intervals=_I[2],
         start='2036-09-12T11:10:00Z', service='thasos-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=205, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/thasos-ukkonen-quote-memo', 'Memoise thasos quotes per ukkonen and customer'),
         note='16 deploys 19-21 min apart from 11:10, culprit #8 of 16 at 13:49 (9 leaking intervals, to 16:49); ~5 %/h of 320 MiB at peak (8 lines x 205, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HI03-b-frequent-deploys-culprit-3-of-8-320', seed=216003, kind='b', culprit=3,
         intervals=_I[3],
         start='2036-09-13T10:05:00Z', service='skiathos-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=82, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/skiathos-tuuli-quote-memo', 'Memoise skiathos quotes per tuuli and customer'),
         note='8 deploys 42-44 min apart from 10:05, culprit #3 of 8 at 12:14 (6 leaking intervals, to 16:32); ~5 %/h of 320 MiB at peak (20 lines x 82, -0.03 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HI04-a-hourly-culprit-2-of-5-320', seed=216004, kind='a', culprit=2,
         intervals=_I[4],
         start='2036-09-14T10:35:00Z', service='skopelos-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=67, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/skopelos-metsa-history', 'Keep skopelos orders for the metsa history'),
         note='hourly deploys (65-68 min apart) from 10:35, culprit #2 of 5 at 12:46, leaking intervals 68, 67, 65, 68 min (to 17:14); ~5 %/h of 320 MiB at peak (2 KB x 67, -0.30 %); epoch, ascending'),
    dict(name='HI05-b-few-hours-124-culprit-6-of-9-300', seed=216005, kind='b', culprit=6,
         intervals=_I[5],
         start='2036-09-15T10:15:00Z', service='kefalonia-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=107, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/kefalonia-kallio-quote-memo', 'Memoise kefalonia quotes per kallio and customer'),
         note='culprit #6 of 9 at 13:18 after 31, 29, 32, 30, 33, 28 min healthy intervals, its own interval 124 min, then 30, 32, 29 min still leaking (to 16:53); ~5 %/h of 300 MiB at peak (13 lines x 107, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HI06-d-culprit-last-7-of-7-146-320', seed=216006, kind='d', culprit=7,
         intervals=_I[6],
         start='2036-09-16T10:50:00Z', service='ithaca-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=220, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/ithaca-saari-timers', 'Confirm ithaca bookings from delayed saari timers'),
         note='the culprit is the last deploy #7 at 15:05: one 146 min interval of evidence (to 17:31) after 7 healthy intervals of 35-38 min from 10:50; ~5 %/h of 320 MiB at peak (2 KB x 220, -0.03 %); epoch, ascending'),
    dict(name='HI07-a-slow-leak-culprit-3-of-9-300', seed=216007, kind='a', culprit=3,
         intervals=_I[7],
         start='2036-09-17T10:40:00Z', service='zakynthos-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=38, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/zakynthos-taivas-history', 'Keep zakynthos orders for the taivas history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1 KB x 38, +0.52 %) from #3 of 9 at 12:15 after 32, 30, 33 min healthy intervals from 10:40; 77, 66, 30, 33, 31, 29, 32 min leaking intervals (to 17:13); epoch, ascending'),
    dict(name='HI08-c-fixed-three-later-3-by-6-of-9-320', seed=216008, kind='c', culprit=3, fixed=6,
         intervals=_I[8],
         start='2036-09-18T10:30:00Z', service='aegina-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=46, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/aegina-tahti-listeners', 'Tell open aegina bookings when a tahti slot frees'),
         fixed_pr_title=('fix/aegina-lehto-listener-cleanup', 'Remove aegina booking listeners once answered, no lehto slots'),
         note='leak from #3 at 12:33 (~5 %/h of 320 MiB at peak, 8 KB x 46, +0.10 %) after 3 healthy intervals of 40-42 min from 10:30; fixed three deploys later by #6 at 14:36 (three leaking intervals, 41, 40, 42 min), then 41, 40, 42, 41 min (#6-#9, to 17:20); epoch'),
    dict(name='HI09-d-flag-flip-58-min-in-v3-320', seed=216009, kind='d', flag='spetses_revontuli_booking_timers', flag_at=sum(_I[9][:2]) + 58,
         intervals=_I[9],
         start='2036-09-19T11:15:00Z', service='spetses-bookings',
         profile='orders', params={'payload_kb': 8}, peak_rps=55, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag spetses_revontuli_booking_timers on at 13:21:30, 58 min into v3's 118 min interval, 60 min before #3; then #3-#8 (32, 35, 31, 34, 33, 36 min, to 17:43); ~5 %/h of 320 MiB at peak (8 KB x 55, -0.03 %); epoch"),
    dict(name='HI10-a-culprit-early-2-of-10-300', seed=216010, kind='a', culprit=2,
         intervals=_I[10],
         start='2036-09-20T09:55:00Z', service='antiparos-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=63, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/antiparos-aurinko-history', 'Keep antiparos orders for the aurinko history'),
         note='culprit is deploy #2 of 10 at 11:25, after 48 + 42 min (90 min) of v1 and v2; every later interval leaks (34-37 min, to 16:45); ~5 %/h of 300 MiB at peak (2 KB x 63, -0.01 %); epoch'),
    dict(name='HI11-c-three-tasks-gap-4-culprit-5-of-7-300', seed=216011, kind='c', culprit=5, tasks=3, roll_gap=4,
         intervals=_I[11],
         start='2036-09-21T09:45:00Z', service='donousa-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=207, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/donousa-routa-listeners', 'Tell open donousa bookings when a routa slot frees'),
         note='3 tasks, rolling deploys 4 min apart per task; 7 deploys 48-51 min apart from 09:45, culprit #5 of 7 at 13:51 (3 leaking intervals, to 16:21); each task ~5 %/h of 300 MiB at peak (5 KB x 207 over 3 tasks, +0.10 %); metrics-ci.jsonl; epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='HI12-e-lru-evening-1725-1625-320', seed=216012, kind='e',
         intervals=_I[12],
         start='2036-09-22T17:25:00Z', service='fourni-quotes',
         env={'LRU_MAX': '1625'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire',
         note='bounded LRU (1625 entries) refilling after each of 13 deploys 24-26 min apart, from 17:25 over the evening into the night, to 23:14; must not alarm; epoch'),
    dict(name='HI13-e-lru-warmup-0835-2570-320', seed=216013, kind='e',
         intervals=_I[13],
         start='2036-09-23T08:35:00Z', service='kythira-quotes',
         env={'LRU_MAX': '2570'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='iso8601',
         note='bounded LRU (2570 entries) warming for hours: 101, 88, 110 min intervals (2 deploys) from 08:35 up the morning to 13:34; must not alarm'),
    dict(name='HI14-step-orders-culprit-5-of-9-300', seed=216014, kind='step', culprit=5,
         intervals=_I[14],
         start='2036-09-24T15:20:00Z', service='elafonisos-orders',
         env={'PRELOAD_ENTRIES': '60000'}, profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/elafonisos-niitty-table-at-boot', 'Load the elafonisos niitty table at boot'),
         note='level shift at #5 of 9 (18:49), orders route (5 KB x 90); 9 deploys 41-43 min apart from 15:20 over the late afternoon to 22:20; no trend after; must not alarm; epoch, ascending'),
    dict(name='HI15-f-load-dawn-0410-300', seed=216015, kind='f',
         intervals=_I[15],
         start='2036-09-25T04:10:00Z', service='samothraki-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 04:10 up the dawn rise to 10:14, across 7 deploys 44-47 min apart; must not alarm; epoch, ascending'),
    dict(name='HI16-none-frequent-quote-1425-300', seed=216016, kind='none',
         intervals=_I[16],
         start='2036-09-26T14:25:00Z', service='gavdos-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 14:25 over the afternoon to 20:49; 15 deploys 23-25 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HI_SCENARIOS
