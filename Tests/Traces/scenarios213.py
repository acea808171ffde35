"""memblame's tracelab scenarios, batch 213: HF01..HF16 (real memory
traces with labels).

(Named HF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-212 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GZ, HA..HE.  No case folder, scenario name or split
entry starts with "HF".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 213"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios213.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios213.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw213 HF01-... HF16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, 78, ...,
208 and 211 (batch 211 the template, batch 208 its predecessor; batch 212
is a development batch, left out).  A blind batch: all 16 cases are split
"validation" (split213.json, regime tags as split211.json).

Rotation: the kinds are rotated away from batches 208 (d, then a, c, d, a,
c, d, a, b) and 211 (c, then d, a, a, c, d, b, d, a) in every regime (the
frequent non-b case, hourly, few-hours, culprit-last, slow, fixed-later,
flag flip, culprit-early, multi-task), keeping the counts (leaking a 3, b
3, c 2, d 3): frequent non-b a (the one non-b kind left: 208 d, 211 c);
the two frequent b stay b. That leaves two a, one b, two c, three d. d is
left only by few-hours (c, a), slow (a, c) and multi-task (b, a): all
three take it. a is then left only by fixed-later (c, d) and flag flip (d,
b): both take it. Hourly (a, d), culprit-last (d, a) and culprit-early (a,
d) each leave b and c, for one b and two c: batch 203 (a, then b, d, c, d,
a, a, c, d) breaks the tie for hourly (it had b: c); culprit-last and
culprit-early both had c in 203, so the b goes to the one whose latest b
case is older by the split files' regime tags: culprit-last (GU02, batch
202) against culprit-early (HC09, batch 210): culprit-last b,
culprit-early c. Here a, then c, d, b, d, a, a, c, d.

Loads by batch 211's units for the next batch (its main figures; it prints
no figure without the slow cases, none being set aside): frequent a
0.0310, b 0.00396, c 0.0173, d 0.0214; an hour or more a 0.0429, b
0.00438, c 0.0200, d 0.0118 (%/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit (per task for HF11; ~1.5 %/h for
the slow HF07). Only HF01-HF03 take the frequent units. All within 0.4 %,
none widened (sizes 1-8 KB or 7-20 lines, 20-240 req/s, 150-600 over two
tasks; the nearest free load, ties to the rate nearest 150): HF01 a 1 KB x
189 (300, frequent, -0.01 %), HF02 b 10 lines x 148 (300, frequent, +0.02
%), HF03 b 19 lines x 83 (320, frequent, -0.08 %), HF04 c 2 KB x 146 (300,
-0.33 %), HF05 d 7 KB x 71 (300, +0.09 %), HF06 b 7 lines x 191 (300,
-0.06 %), HF07 d 1 KB x 159 (320, slow, +0.06 %), HF08 a 1 KB x 146 (320,
+0.21 %), HF09 a 1 KB x 137 (300, +0.31 %), HF10 c 2 KB x 156 (320, -0.16
%), HF11 d 3 KB x 353 over 2 tasks (320, -0.03 %); each a load no earlier
scenario had at its limit and task count. Healthy loads are earlier
batches'. The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios212.py (11..3500) and
lists HF last (3501..3516). Seeds 213001..213016. Dates 2036-07-25 (HF01)
to 2036-08-09 (HF16), one day per case (batch 212 used up to 2036-07-24;
no scenario had these dates). Limits AABAAABBABBBABAB (A 300, B 320 MiB;
no earlier batch had it, its flip, its reverse or its first eight). Cases
of 300 samples or more use ts_format "wire"; ISO 8601 for HF13;
TimestampAscending for HF02, HF03, HF08, HF11, HF12, HF15 (no earlier
batch had this set). Heap 160 MB everywhere. Names: Scottish hills for the
services, and Swahili words (bahari, maua, dhoruba, ngurumo, maji, ardhi,
jangwa, theluji, kilele, bonde, mawingu, mchanga, nyumba) for the PR, fix,
flag and step words (from memory; none in any scenarios*.py, split*.json
or the README before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios212.py"))["SCENARIOS"]   # 11..3500

_I = {
    1: [37, 36, 38, 37, 36, 38, 37, 36, 38, 37, 36],
    2: [23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24, 23, 22, 24],
    3: [40, 39, 41, 40, 39, 41, 40, 39, 41],
    4: [62, 61, 64, 63, 61, 64],
    5: [30, 32, 29, 31, 33, 119, 31, 30, 32],
    6: [29, 28, 31, 30, 28, 31, 29, 30, 28, 141],
    7: [31, 29, 32, 30, 33, 91, 56, 30, 32, 29, 31],
    8: [37, 36, 39, 38, 37, 36, 39, 38, 37, 36],
    9: [35, 31, 33, 142, 30, 34, 31, 32, 35],
    10: [81, 30, 29, 31, 28, 30, 29, 31, 28, 30, 29, 31],
    11: [59, 58, 61, 60, 58, 61, 59],
    12: [30, 29, 31, 30, 29, 31, 30, 29, 31, 30, 29, 31, 30],
    13: [94, 107, 92],
    14: [39, 38, 40, 39, 38, 40, 39, 38, 40, 39, 38],
    15: [41, 43, 40, 42, 41, 43, 40, 42],
    16: [31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30, 32, 31, 30],
}

HF_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='HF01-a-frequent-deploys-culprit-6-of-10-300', seed=213001, kind='a', culprit=6,
         intervals=_I[1],
         start='2036-07-25T10:45:00Z', service='schiehallion-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=189, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/schiehallion-bahari-history', 'Keep schiehallion orders for the bahari history'),
         note='10 deploys 36-38 min apart from 10:45, culprit #6 of 10 at 14:27 (5 leaking intervals, to 17:31); ~5 %/h of 300 MiB at peak (1 KB x 189, -0.01 %); epoch'),
    dict(name='HF02-b-frequent-deploys-culprit-6-of-14-300', seed=213002, kind='b', culprit=6,
         intervals=_I[2],
         start='2036-07-26T11:25:00Z', service='lochnagar-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=148, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/lochnagar-maua-quote-memo', 'Memoise lochnagar quotes per maua and customer'),
         note='14 deploys 22-24 min apart from 11:25, culprit #6 of 14 at 13:43 (9 leaking intervals, to 17:10); ~5 %/h of 300 MiB at peak (10 lines x 148, +0.02 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HF03-b-frequent-deploys-culprit-4-of-8-320', seed=213003, kind='b', culprit=4,
         intervals=_I[3],
         start='2036-07-27T09:50:00Z', service='suilven-quotes',
         profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=83, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/suilven-dhoruba-quote-memo', 'Memoise suilven quotes per dhoruba and customer'),
         note='8 deploys 39-41 min apart from 09:50, culprit #4 of 8 at 12:30 (5 leaking intervals, to 15:50); ~5 %/h of 320 MiB at peak (19 lines x 83, -0.08 %); good releases warm a per-SKU cache (400 SKUs); epoch, ascending'),
    dict(name='HF04-c-hourly-culprit-3-of-5-300', seed=213004, kind='c', culprit=3,
         intervals=_I[4],
         start='2036-07-28T09:55:00Z', service='liathach-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=146, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/liathach-ngurumo-listeners', 'Tell open liathach bookings when a ngurumo slot frees'),
         note='hourly deploys (61-64 min apart) from 09:55, culprit #3 of 5 at 13:02, leaking intervals 63, 61, 64 min (to 16:10); ~5 %/h of 300 MiB at peak (2 KB x 146, -0.33 %); epoch'),
    dict(name='HF05-d-few-hours-119-culprit-5-of-8-300', seed=213005, kind='d', culprit=5,
         intervals=_I[5],
         start='2036-07-29T11:05:00Z', service='braeriach-bookings',
         profile='orders', params={'payload_kb': 7}, peak_rps=71, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/braeriach-maji-timers', 'Confirm braeriach bookings from delayed maji timers'),
         note='culprit #5 of 8 at 13:40 after 30, 32, 29, 31, 33 min healthy intervals, its own interval 119 min, then 31, 30, 32 min still leaking (to 17:12); ~5 %/h of 300 MiB at peak (7 KB x 71, +0.09 %); epoch'),
    dict(name='HF06-b-culprit-last-9-of-9-141-300', seed=213006, kind='b', culprit=9,
         intervals=_I[6],
         start='2036-07-30T10:35:00Z', service='cairngorm-quotes',
         profile='quote', params={'detail': 7, 'skus': 400}, peak_rps=191, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/cairngorm-ardhi-quote-memo', 'Memoise cairngorm quotes per ardhi and customer'),
         note='the culprit is the last deploy #9 at 14:59: one 141 min interval of evidence (to 17:20) after 9 healthy intervals of 28-31 min from 10:35; ~5 %/h of 300 MiB at peak (7 lines x 191, -0.06 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='HF07-d-slow-leak-culprit-5-of-10-320', seed=213007, kind='d', culprit=5,
         intervals=_I[7],
         start='2036-07-31T10:25:00Z', service='quinag-bookings',
         profile='orders', params={'payload_kb': 1}, peak_rps=159, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/quinag-jangwa-timers', 'Confirm quinag bookings from delayed jangwa timers'),
         note='slow leak (~1.5 %/h of 320 MiB at peak, 1 KB x 159, +0.06 %) from #5 of 10 at 13:00 after 31, 29, 32, 30, 33 min healthy intervals from 10:25; 91, 56, 30, 32, 29, 31 min leaking intervals (to 17:29); epoch'),
    dict(name='HF08-a-fixed-two-later-4-by-6-of-9-320', seed=213008, kind='a', culprit=4, fixed=6,
         intervals=_I[8],
         start='2036-08-01T11:10:00Z', service='canisp-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=146, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/canisp-theluji-history', 'Keep canisp orders for the theluji history'),
         fixed_pr_title=('fix/canisp-mawingu-history-trim', 'Trim canisp orders history, no mawingu copies'),
         note='leak from #4 at 13:40 (~5 %/h of 320 MiB at peak, 1 KB x 146, +0.21 %) after 4 healthy intervals of 36-39 min from 11:10; fixed two deploys later by #6 at 14:53 (two leaking intervals, 37, 36 min), then 39, 38, 37, 36 min (#6-#9, to 17:23); epoch, ascending'),
    dict(name='HF09-a-flag-flip-36-min-in-v4-300', seed=213009, kind='a', flag='foinaven_mchanga_history', flag_at=sum(_I[9][:3]) + 36,
         intervals=_I[9],
         start='2036-08-02T10:50:00Z', service='foinaven-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=137, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag foinaven_mchanga_history on at 13:04:30, 36 min into v4's 142 min interval, 106 min before #4; then #4-#8 (30, 34, 31, 32, 35 min, to 17:33); ~5 %/h of 300 MiB at peak (1 KB x 137, +0.31 %); epoch"),
    dict(name='HF10-c-culprit-early-1-of-11-320', seed=213010, kind='c', culprit=1,
         intervals=_I[10],
         start='2036-08-03T09:40:00Z', service='arkle-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=156, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/arkle-kilele-listeners', 'Tell open arkle bookings when a kilele slot frees'),
         note='culprit is deploy #1 of 11 at 11:01, after 81 min of v1; every later interval leaks (28-31 min, to 16:27); ~5 %/h of 320 MiB at peak (2 KB x 156, -0.16 %); epoch'),
    dict(name='HF11-d-two-tasks-gap-5-culprit-3-of-6-320', seed=213011, kind='d', culprit=3, tasks=2, roll_gap=5,
         intervals=_I[11],
         start='2036-08-04T10:00:00Z', service='stacpollaidh-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=353, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/stacpollaidh-bonde-timers', 'Confirm stacpollaidh bookings from delayed bonde timers'),
         note='2 tasks, rolling deploys 5 min apart per task; 6 deploys 58-61 min apart from 10:00, culprit #3 of 6 at 12:58 (4 leaking intervals, to 16:56); each task ~5 %/h of 320 MiB at peak (3 KB x 353 over 2 tasks, -0.03 %); metrics-ci.jsonl; epoch, ascending'),
    # ================================================================== healthy singles (all validation)
    dict(name='HF12-e-lru-afternoon-1410-1645-320', seed=213012, kind='e',
         intervals=_I[12],
         start='2036-08-05T14:10:00Z', service='cuillin-quotes',
         env={'LRU_MAX': '1645'}, profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1645 entries) refilling after each of 12 deploys 29-31 min apart, from 14:10 over the afternoon into the evening, to 20:40; must not alarm; epoch, ascending'),
    dict(name='HF13-e-lru-warmup-1105-2560-300', seed=213013, kind='e',
         intervals=_I[13],
         start='2036-08-06T11:05:00Z', service='morven-quotes',
         env={'LRU_MAX': '2560'}, profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='iso8601',
         note='bounded LRU (2560 entries) warming for hours: 94, 107, 92 min intervals (2 deploys) from 11:05 over midday to 15:58; must not alarm'),
    dict(name='HF14-step-quote-culprit-6-of-10-320', seed=213014, kind='step', culprit=6,
         intervals=_I[14],
         start='2036-08-07T12:10:00Z', service='bidean-quotes',
         env={'PRELOAD_ENTRIES': '60000'}, profile='quote', params={'detail': 20, 'skus': 2000}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/bidean-nyumba-table-at-boot', 'Load the bidean nyumba table at boot'),
         note='level shift at #6 of 10 (16:04), quote route (20 lines x 90, 2000 SKUs); 10 deploys 38-40 min apart from 12:10 over the afternoon to 19:18; no trend after; must not alarm; epoch'),
    dict(name='HF15-f-load-afternoon-1305-300', seed=213015, kind='f',
         intervals=_I[15],
         start='2036-08-08T13:05:00Z', service='ladhar-reports',
         workers=72, profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note='reports in flight follow the load from 13:05 over the afternoon to 18:37, across 7 deploys 40-43 min apart; must not alarm; epoch, ascending'),
    dict(name='HF16-none-frequent-orders-1135-320', seed=213016, kind='none',
         intervals=_I[16],
         start='2036-08-09T11:35:00Z', service='lawers-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire',
         note='no leak, orders route (5 KB at 90 req/s), from 11:35 over midday to 18:48; 13 deploys 30-32 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + HF_SCENARIOS
