"""memblame's tracelab scenarios, batch 196: GO01..GO16 (real memory traces with labels).

(Named GO: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-195 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GN.  No case folder, scenario name or split entry
starts with "GO".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 196"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios196.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios196.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw196 GO01-... GO16-...

The rarer regimes, as batches 90, 93, ..., 189 and 192 (batch 192 the
template, batch 189 its predecessor).  A blind batch: all 16 cases are
split "validation" (split196.json, regime tags as split192.json).

Rotation: of the two kinds each regime leaves after batches 189 (a, b, c,
c, d, c, d, b, c, d) and 192 (c, d, a, a, c, d, b, a, d, a), the one batch
186 (b, a, d, b, b, a, c, d, a, c) did not use (that decided every
regime): d, c, b, d, a, b, a, c, b, b; but limit-raise (left b, d) and
oom-fast (left b, c) cannot take b (no b load is known to OOM within about
an hour) and take the other kind left: limit-raise d with the d OOM load
(64 KB x 180 at 320 MiB, heap 160 MB, as ET10, FD10, FJ03, FM10, FU03,
FX10, GE03 and GH10; OOMs 52.5-54.5 min in), oom-fast c with the c OOM
load (75 KB x 178 at 300 MiB, heap 160 MB, as ET03, FD03, FJ10, FM03,
FU10, FX03, GE10 and GH03; OOMs 44.5-48.5 min in).  Here long-interval d,
culprit-last c, limit-raise d, multi-task d, quick-followup a, flag-flip
b, slow-leak a, fixed-later c, culprit-early b, oom-fast c; the
frequent-deploys case stays a b.  Leaking a 2, b 3, c 3, d 3.

Loads by batch 193's units for the next batch (its main figures, but d
over an hour or more from its figure without the slow cases, resting on
five cases: 0.0158 (GK02, GK06, GK09, GL05, GL11); its b over an hour or
more without the slow cases rests on GL10 alone and is not used): over an
hour or more a 0.0439, b 0.00504, c 0.0120, d 0.0158; frequent b 0.00307
(%/h per unit of size x rate at peak at 256 MiB, x 256 / limit), ~5 %/h of
the limit (per task for GO04; ~1.5 %/h for the slow GO07), all within
0.4 %: GO01 d 3 KB x 132 (320, +0.11 %), GO02 c 4 KB x 130 (320,
-0.16 %), GO04 d 5 KB x 223 over 3 tasks (300, +0.22 %), GO05 a 2 KB x 71
(320, -0.26 %), GO06 b 8 x 145 (300, -0.22 %), GO07 a 1.6 KB x 25 (300,
slow, -0.10 %; no whole-KB load at 20 req/s or more within 0.4 % was
unused at 300 MiB), GO08 c 3 KB x 163 (300, +0.15 %), GO09 b 8 x 155 (320,
-0.01 %), GO11 b 13 x 147 (300, frequent, +0.13 %); none an earlier
scenario's load at the same limit and task count.  Not by the units: GO03
and GO10 (their OOM loads).  Healthy loads are earlier batches'.  The
"~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios195.py (11..3228) and
lists GO last (3229..3244).  Seeds 196001..196016.  Dates 2035-10-27
(GO01) to 2035-11-11 (GO16), after batch 195's 2035-10-11..10-26.  Limits
BBBABAAABAABABAB (A 300, B 320 MiB; no earlier batch of 16 had it, its
flip or its first eight).  Cases of 300 samples or more use ts_format
"wire" (all but GO05, 256 samples, GO06, 292, and GO10, 290: ISO 8601);
TimestampAscending for GO02, GO05, GO06, GO13, GO14 and GO16 (no earlier
batch had this set).  Heap 160 MB everywhere but GO03 after its raise.
Service names: Finnish lakes; PR, fix, step and flag words: Finnish fish
names (from memory).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios195.py"))["SCENARIOS"]   # 11..3228

_I = {
    1: [27, 29, 26, 30, 28, 27, 217, 30, 28],
    2: [51, 53, 50, 52, 181],
    3: [29, 31, 28, 30, 91, 30, 29, 31, 28],
    4: [41, 43, 40, 42, 41, 43, 40, 42, 41, 43],
    5: [30, 32, 29, 31, 15, 30, 28, 32, 29],
    6: [31, 29, 143, 30, 28, 31],
    7: [30, 28, 31, 29, 32, 68, 53, 30, 29, 31, 28],
    8: [30, 29, 31, 28, 32, 30, 29, 31, 28, 30, 32, 29],
    9: [41, 44, 30, 28, 31, 29, 32, 30, 28, 31, 29, 30],
    10: [29, 31, 30, 28, 82, 30, 29, 31],
    11: [22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22, 21, 23, 22],
    12: [32, 34, 31, 35, 33, 30, 36, 32, 34, 31],
    13: [48, 38, 56, 42, 59, 36, 51, 45],
    14: [30, 241, 31, 29],
    15: [58, 56, 59, 55, 60, 57],
    16: [21, 23, 22, 24, 21, 23, 22, 24, 21, 23, 22, 24, 21, 23, 22, 24],
}

GO_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name='GO01-d-long-interval-217-culprit-6-of-8-320', seed=196001, kind='d', culprit=6,
         intervals=_I[1],
         start='2035-10-27T10:17:00Z', service='paijanne-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=132, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/paijanne-hauki-timers', 'Confirm paijanne bookings from delayed hauki timers'),
         note='culprit #6 of 8 at 13:04 after 27, 29, 26, 30, 28, 27 min healthy intervals, then one 217 min (3 h 37) interval (13:04-16:41) across the afternoon peak; ~5 %/h of 320 MiB at peak (3 KB x 132, +0.11 %); #7 and #8 still leak (30 and 28 min, to 17:39); epoch'),
    dict(name='GO02-c-culprit-last-4-of-4-320', seed=196002, kind='c', culprit=4,
         intervals=_I[2],
         start='2035-10-28T09:54:00Z', service='saimaa-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=130, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/saimaa-ahven-listeners', 'Tell open saimaa bookings when an ahven slot frees'),
         note='the culprit is the last deploy #4 at 13:20: one 181 min interval of evidence (to 16:21) after four healthy intervals of 50-53 min from 09:54; ~5 %/h of 320 MiB at peak (4 KB x 130, -0.16 %); epoch, ascending'),
    dict(name='GO03-d-limit-raise-960', seed=196003, kind='d', culprit=4, limit_raise={'deploy': 6, 'limit_mib': 960, 'heap_mb': 480},
         intervals=_I[3],
         start='2035-10-29T11:02:00Z', service='oulujarvi-bookings',
         profile='orders', params={'payload_kb': 64}, peak_rps=180, heap_mb=160, limit_mib=320, ts_format='wire',
         limit_pr_title=('ops/oulujarvi-bookings-memory-960', 'Give the oulujarvi bookings task 960 MiB of memory after OOM restarts'),
         culprit_pr_title=('perf/oulujarvi-siika-timers', 'Confirm oulujarvi bookings from delayed siika timers'),
         note="leak from #4 at 13:00 after four healthy intervals of 28-31 min (ET10's, FD10's, FJ03's, FM10's, FU03's, FX10's, GE03's and GH10's load: 64 KB orders at 180 req/s, heap 160 MB, 320 MiB; their OOMs 52.5-54.5 min in) should OOM within #4's 91 min; #5 (30 min) still at 320 MiB; limit 320 -> 960 MiB (heap 480 MB) two deploys after the culprit, at #6 at 15:01, the percentages fall to a third of the old scale and the leak goes on through #6 (29 min), #7 (31 min) and #8 (28 min, to 16:29); epoch"),
    dict(name='GO04-d-three-tasks-gap-5-culprit-6-of-9-300', seed=196004, kind='d', culprit=6, tasks=3, roll_gap=5,
         intervals=_I[4],
         start='2035-10-30T09:00:00Z', service='pielinen-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=223, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/pielinen-lahna-timers', 'Confirm pielinen bookings from delayed lahna timers'),
         note='3 tasks, rolling deploys 5 min apart per task; 9 deploys 40-43 min apart from 09:00, culprit #6 of 9 at 13:10 (4 leaking intervals, to 15:56); each task ~5 %/h of 300 MiB at peak (5 KB x 223 over 3 tasks, +0.22 %); metrics-ci.jsonl; epoch'),
    dict(name='GO05-a-quick-followup-culprit-4-320', seed=196005, kind='a', culprit=4,
         intervals=_I[5],
         start='2035-10-31T11:28:00Z', service='keitele-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=71, heap_mb=160, limit_mib=320, scan_by='TimestampAscending',
         culprit_pr_title=('feat/keitele-sarki-history', 'Keep keitele orders for the sarki history'),
         note='culprit #4 of 8 at 13:30 runs only 15 min before an unrelated follow-up #5 at 13:45 (which still leaks, 30 min), then #6 (28 min), #7 (32 min), #8 (29 min) (to 15:44); ~5 %/h of 320 MiB at peak (2 KB x 71, -0.26 %); ascending'),
    dict(name='GO06-b-flag-flip-29-min-in-v3-300', seed=196006, kind='b', flag='kallavesi_muikku_quote_memo', flag_at=sum(_I[6][:2]) + 29,
         intervals=_I[6],
         start='2035-11-01T11:54:00Z', service='kallavesi-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=145, heap_mb=160, limit_mib=300, scan_by='TimestampAscending',
         note="no culprit deploy: flag kallavesi_muikku_quote_memo on at 13:22:30, 29 min into v3's 143 min interval, 114 min before #3; then #3-#5 (30, 28, 31 min, to 16:46); ~5 %/h of 300 MiB at peak (8 lines x 145, -0.22 %); good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name='GO07-a-slow-leak-culprit-5-of-10-300', seed=196007, kind='a', culprit=5,
         intervals=_I[7],
         start='2035-11-02T10:45:00Z', service='nasijarvi-orders',
         profile='orders', params={'payload_kb': 1.6}, peak_rps=25, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/nasijarvi-taimen-history', 'Keep nasijarvi orders for the taimen history'),
         note='slow leak (~1.5 %/h of 300 MiB at peak, 1.6 KB x 25, -0.10 %) from #5 of 10 at 13:15 after 30, 28, 31, 29, 32 min healthy intervals; 68, 53, 30, 29, 31, 28 min leaking intervals (to 17:14); epoch'),
    dict(name='GO08-c-fixed-three-later-5-by-8-of-11-300', seed=196008, kind='c', culprit=5, fixed=8,
         intervals=_I[8],
         start='2035-11-03T10:50:00Z', service='pyhajarvi-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=163, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/pyhajarvi-kiiski-listeners', 'Tell open pyhajarvi bookings when a kiiski slot frees'),
         fixed_pr_title=('fix/pyhajarvi-kampela-listeners-off', 'Remove pyhajarvi kampela listeners when a booking ends'),
         note='leak from #5 at 13:20 (~5 %/h of 300 MiB at peak, 3 KB x 163, +0.15 %) after 5 healthy intervals of 28-32 min from 10:50; #5 (30 min), #6 (29 min) and #7 (31 min) leak; fixed three deploys later by #8 at 14:50, then #9-#11 (30, 32 min, and 29 after #11, to 16:49); epoch'),
    dict(name='GO09-b-culprit-early-2-of-11-320', seed=196009, kind='b', culprit=2,
         intervals=_I[9],
         start='2035-11-04T11:45:00Z', service='lokka-quotes',
         profile='quote', params={'detail': 8, 'skus': 400}, peak_rps=155, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/lokka-nieria-quote-memo', 'Memoise lokka quotes per nieria and customer'),
         note='culprit is the second deploy #2 of 11 at 13:10, after 41 min of v1 and 44 min of v2 (85 min); every later interval leaks (28-32 min, to 18:08; ~5 %/h of 320 MiB at peak, 8 lines x 155, -0.01 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='GO10-c-oom-fast-culprit-4-of-7-300', seed=196010, kind='c', culprit=4,
         intervals=_I[10],
         start='2035-11-05T11:07:00Z', service='simpele-bookings',
         profile='orders', params={'payload_kb': 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=('feat/simpele-harjus-listeners', 'Tell open simpele bookings when a harjus slot frees'),
         note="leak from #4 of 7 at 13:05, 75 KB orders at 178 req/s (ET03's, FD03's, FJ10's, FM03's, FU10's, FX03's, GE10's and GH03's load, 300 MiB; their OOMs 44.5-48.5 min in): OOM within about an hour of the onset (heap 160 MB), in #4 (82 min); #5-#7 (30, 29, 31 min, to 15:57) still leaking"),
    dict(name='GO11-b-frequent-deploys-culprit-10-of-18-300', seed=196011, kind='b', culprit=10,
         intervals=_I[11],
         start='2035-11-06T09:35:00Z', service='puruvesi-quotes',
         profile='quote', params={'detail': 13, 'skus': 400}, peak_rps=147, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/puruvesi-turska-quote-memo', 'Memoise puruvesi quotes per turska and customer'),
         note='18 deploys 21-23 min apart from 09:35, culprit #10 of 18 at 13:15 (9 leaking intervals, to 16:33); ~5 %/h of 300 MiB at peak (13 lines x 147, +0.13 %); good releases warm a per-SKU cache (400 SKUs); epoch'),
    # ================================================================== healthy singles (all validation)
    dict(name='GO12-step-quote-culprit-4-of-9-320', seed=196012, kind='step', culprit=4,
         intervals=_I[12],
         start='2035-11-07T12:58:00Z', service='haukivesi-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/haukivesi-toutain-table-at-boot', 'Load the haukivesi toutain table at boot'),
         note='level shift at #4 of 9 (15:10), quote route (20 lines at 95 req/s, 400 SKUs); 9 deploys 30-36 min apart from 12:58 (to 18:26); no trend after; must not alarm; epoch'),
    dict(name='GO13-e-lru-night-0150-1362-300', seed=196013, kind='e',
         intervals=_I[13],
         start='2035-11-08T01:50:00Z', service='orivesi-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', env={'LRU_MAX': '1362'},
         note='bounded LRU (1362 entries) refilling after each of 7 deploys 36-59 min apart, from 01:50 through the night trough to the start of the morning rise at 08:05; must not alarm; epoch, ascending'),
    dict(name='GO14-none-long-interval-241-orders-320', seed=196014, kind='none',
         intervals=_I[14],
         start='2035-11-09T16:35:00Z', service='konnevesi-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, orders route (5 KB at 90 req/s); one 241 min (4 h 01) interval (17:05-21:06) down the evening fall between 30 and 31 min ones (to 22:06); must not alarm; epoch, ascending'),
    dict(name='GO15-f-load-evening-1735-300', seed=196015, kind='f', workers=72,
         intervals=_I[15],
         start='2035-11-10T17:35:00Z', service='lappajarvi-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight follow the load from 17:35 down the evening fall to 23:20, across 5 deploys 55-60 min apart; must not alarm; epoch'),
    dict(name='GO16-none-frequent-quote-2035-320', seed=196016, kind='none',
         intervals=_I[16],
         start='2035-11-11T20:35:00Z', service='pihlajavesi-quotes',
         profile='quote', params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 20:35 down the evening fall into the night to 02:35; 15 deploys 21-24 min apart: each short interval is mostly warm-up; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDS + GO_SCENARIOS
