"""memblame's tracelab scenarios, batch 131: EB01..EB16 (real memory traces with labels).

(Named EB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-130 used AA..AZ, BA..BZ, CA..CZ, DA..DZ and
EA.  No case folder, scenario name or split entry starts with "EB".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 131"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios131.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios131.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw131 EB01-... EB16-...

A broad mix over every leak kind (a, b, c, d), as batches 73, 75, ..., 124
and 128 (batch 128 the template, batch 124 its predecessor).  A blind
batch: all 16 cases are split "validation" (split131.json, regime tags as
split128.json).

Rotation: the kinds rotated away from batches 124 and 128 in every regime,
as batch 128 rotated them away from batches 119 and 124 (batch 124: a, then
b, d, c, d, a, a, c, d; batch 128: d, then a, b, d, a, c, d, a, c; here c,
then d, a, a, b, d, c, d, a for frequent non-b, hourly, few-hours,
culprit-last, slow, fixed-later, flag flip, culprit-early, multi-task).
The counts of batches 124 and 128 kept (a 3, b 3, c 2, d 3): the frequent
non-b case can only be a c; a is left only by few-hours, culprit-last and
multi-task, all three a; d only by hourly, fixed-later and culprit-early,
all three d; slow and flag flip each leave b and c: the b goes to the slow
leak, the regime whose latest b is the older (DX07, batch 127; the flag's
EA06, batch 130), the c to the flag flip.  The two frequent b stay b.

PR and pipeline numbers: this file runs scenarios130.py (11..2188) and
lists EB last (2189..2204).  Seeds 131001..131016, but EB08 131408 (the
PR numbers of 131008, 131108, 131208 and 131308 collided with pipelines of
BK11; check_numbers.py).  Dates 2032-11-07
(EB01) to 2032-11-22 (EB16).  Limits: batch 128's flipped case by case.
Cases of 260 samples or more use ts_format "wire"; TimestampAscending for
the even-numbered cases (batch 128: the odd-numbered).  Every leaking
interval is 25-32 min where the regime leaves the length free.

Loads by batch 130's units for the next batch (a 0.0273 frequent, 0.0452
an hour or more; b 0.00328 / 0.00336; c 0.0126 / 0.0124; d 0.0147 /
0.0149; %/h per unit of size x rate at peak at 256 MiB, x 256 / limit),
~5 %/h of the limit (per task for EB11; ~1.5 %/h for the slow EB07):
EB01 c 5 KB x 99 (320, frequent), EB02 b 19 lines x 94 (300, frequent),
EB03 b 18 lines x 106 (320, frequent), EB04 d 4 KB x 105 (320), EB05 a
2 KB x 65 (300), EB06 a 2 KB x 65 (300), EB07 b 18 lines x 31 (320,
slow), EB08 d 3 KB x 140 (320), EB09 c 6 KB x 84 (320), EB10 d 5 KB x 84
(320), EB11 a 2 KB x 130 over 2 tasks (300).  Healthy loads are earlier
batches'.  The "~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios130.py"))["SCENARIOS"]   # 11..2188

EB_SCENARIOS = [
    dict(name='EB01-c-frequent-deploys-culprit-4-of-8-320', seed=131001, kind='c', culprit=4, intervals=[29, 32, 27, 32, 32, 28, 28, 26, 31], start='2032-11-07T11:30:00Z', service='praia-assomada-bookings', profile='orders', params={'payload_kb': 5}, peak_rps=99, heap_mb=160, limit_mib=320, ts_format='wire', culprit_pr_title=('feat/praia-cachupa-listeners', 'Tell open praia assomada bookings when a cachupa frees'), note='8 deploys from 11:30 to 15:55 ([29, 32, 27, 32, 32, 28, 28, 26, 31]); samples 265; epoch'),
    dict(name='EB02-b-frequent-deploys-culprit-4-of-9-300', seed=131002, kind='b', culprit=4, intervals=[32, 27, 27, 25, 25, 32, 31, 30, 28, 29], start='2032-11-08T11:39:00Z', service='mindelo-maio-quotes', profile='quote', params={'detail': 19, 'skus': 400}, peak_rps=94, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', culprit_pr_title=('perf/mindelo-xerem-quote-memo', 'Memoise mindelo maio quotes per xerem and customer'), note='9 deploys from 11:39 to 16:25 ([32, 27, 27, 25, 25, 32, 31, 30, 28, 29]); samples 286; epoch, ascending'),
    dict(name='EB03-b-frequent-deploys-culprit-6-of-10-320', seed=131003, kind='b', culprit=6, intervals=[31, 27, 30, 31, 29, 30, 27, 29, 30, 32, 26], start='2032-11-09T10:32:00Z', service='tarrafal-espargos-quotes', profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=106, heap_mb=160, limit_mib=320, ts_format='wire', culprit_pr_title=('perf/tarrafal-djagacida-quote-memo', 'Memoise tarrafal espargos quotes per djagacida and customer'), note='10 deploys from 10:32 to 15:54 ([31, 27, 30, 31, 29, 30, 27, 29, 30, 32, 26]); samples 322; epoch'),
    dict(name='EB04-d-hourly-culprit-2-of-5-320', seed=131004, kind='d', culprit=2, intervals=[61, 66, 63, 67, 65, 58], start='2032-11-10T11:23:00Z', service='pedra-badejo-bookings', profile='orders', params={'payload_kb': 4}, peak_rps=105, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', culprit_pr_title=('perf/pedra-modje-timers', 'Confirm pedra badejo bookings from delayed modje timers'), note='5 deploys from 11:23 to 17:43 ([61, 66, 63, 67, 65, 58]); samples 380; epoch, ascending'),
    dict(name='EB05-a-few-hours-117-culprit-3-of-6-300', seed=131005, kind='a', culprit=3, intervals=[36, 39, 34, 117, 29, 26, 28], start='2032-11-11T11:41:00Z', service='fogo-filipe-orders', profile='orders', params={'payload_kb': 2}, peak_rps=65, heap_mb=160, limit_mib=300, ts_format='wire', culprit_pr_title=('feat/fogo-gufong-history', 'Keep fogo filipe orders for the gufong history'), note='6 deploys from 11:41 to 16:50 ([36, 39, 34, 117, 29, 26, 28]); samples 309; epoch'),
    dict(name='EB06-a-culprit-last-9-of-9-136-300', seed=131006, kind='a', culprit=9, intervals=[26, 28, 28, 31, 28, 25, 25, 31, 31, 136], start='2032-11-12T09:17:00Z', service='boavista-santiago-orders', profile='orders', params={'payload_kb': 2}, peak_rps=65, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', culprit_pr_title=('feat/boavista-pudim-history', 'Keep boavista santiago orders for the pudim history'), note='9 deploys from 09:17 to 15:46 ([26, 28, 28, 31, 28, 25, 25, 31, 31, 136]); samples 389; epoch, ascending'),
    dict(name='EB07-b-slow-leak-culprit-7-of-10-320', seed=131007, kind='b', culprit=7, intervals=[36, 36, 36, 39, 40, 39, 35, 74, 63, 31, 28], start='2032-11-13T09:09:00Z', service='paramaribo-lelydorp-quotes', profile='quote', params={'detail': 18, 'skus': 400}, peak_rps=31, heap_mb=160, limit_mib=320, ts_format='wire', culprit_pr_title=('perf/paramaribo-pastel-quote-memo', 'Memoise paramaribo lelydorp quotes per pastel and customer'), note='10 deploys from 09:09 to 16:46 ([36, 36, 36, 39, 40, 39, 35, 74, 63, 31, 28]); samples 457; epoch'),
    dict(name='EB08-d-fixed-two-later-9-by-11-of-13-320', seed=131408, kind='d', culprit=9, fixed=11, intervals=[32, 30, 26, 30, 29, 29, 26, 30, 31, 32, 27, 30, 30, 31], start='2032-11-14T09:07:00Z', service='albina-moengo-bookings', profile='orders', params={'payload_kb': 3}, peak_rps=140, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending', culprit_pr_title=('perf/albina-buzio-timers', 'Confirm albina moengo bookings from delayed buzio timers'), fixed_pr_title=('fix/albina-grogue-timers-cleared', 'Do the albina moengo grogue confirmations at once, no delayed timers'), note='13 deploys from 09:07 to 16:00 ([32, 30, 26, 30, 29, 29, 26, 30, 31, 32, 27, 30, 30, 31]); samples 413; epoch, ascending'),
    dict(name='EB09-c-flag-flip-44-min-in-v8-320', seed=131009, kind='c', flag='brokopondo_totness_saoto_listeners', flag_at=238, intervals=[25, 25, 28, 30, 25, 32, 29, 128, 32], start='2032-11-15T09:32:00Z', service='brokopondo-totness-bookings', profile='orders', params={'payload_kb': 6}, peak_rps=84, heap_mb=160, limit_mib=320, ts_format='wire', culprit_pr_title=('feat/brokopondo-saoto-listeners', 'Tell open brokopondo totness bookings when a saoto frees'), note="8 deploys from 09:32 to 15:26 ([25, 25, 28, 30, 25, 32, 29, 128, 32]); samples 354; flag on at 13:29:30, 44 min into v8's 128 min interval, 84 min before the next deploy; epoch"),
    dict(name='EB10-d-culprit-first-after-39-320', seed=131010, kind='d', culprit=1, intervals=[39, 27, 32, 27, 28, 32, 29], start='2032-11-16T12:51:00Z', service='nickerie-wageningen-bookings', profile='orders', params={'payload_kb': 5}, peak_rps=84, heap_mb=160, limit_mib=320, scan_by='TimestampAscending', culprit_pr_title=('perf/nickerie-pom-timers', 'Confirm nickerie wageningen bookings from delayed pom timers'), note='6 deploys from 12:51 to 16:25 ([39, 27, 32, 27, 28, 32, 29]); samples 214; ascending'),
    dict(name='EB11-a-two-tasks-gap-2-culprit-5-of-7-300', seed=131011, kind='a', culprit=5, tasks=2, roll_gap=2, intervals=[29, 30, 25, 26, 29, 31, 32, 28], start='2032-11-17T11:11:00Z', service='marowijne-apoera-orders', profile='orders', params={'payload_kb': 2}, peak_rps=130, heap_mb=160, limit_mib=300, culprit_pr_title=('feat/marowijne-moksi-history', 'Keep marowijne apoera orders for the moksi history'), note='7 deploys from 11:11 to 15:01 ([29, 30, 25, 26, 29, 31, 32, 28]); samples 230'),
    dict(name='EB12-e-lru-afternoon-1415-1105-300', seed=131012, kind='e', env={'LRU_MAX': '1105'}, intervals=[27, 28, 27, 29, 26, 31, 28, 28, 27], start='2032-11-18T14:15:00Z', service='coronie-commewijne-quotes', profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=300, scan_by='TimestampAscending', note='8 deploys from 14:15 to 18:26 ([27, 28, 27, 29, 26, 31, 28, 28, 27]); samples 251; ascending'),
    dict(name='EB13-e-lru-warmup-0815-1935-320', seed=131013, kind='e', env={'LRU_MAX': '1935'}, intervals=[50, 115, 125], start='2032-11-19T08:15:00Z', service='saramacca-wanica-quotes', profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', note='2 deploys from 08:15 to 13:05 ([50, 115, 125]); samples 290; epoch'),
    dict(name='EB14-step-orders-culprit-5-of-10-300', seed=131014, kind='step', culprit=5, env={'PRELOAD_ENTRIES': '60000'}, intervals=[31, 33, 32, 29, 28, 32, 30, 30, 31, 33, 33], start='2032-11-20T10:57:00Z', service='batavia-paranam-orders', profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', culprit_pr_title=('feat/batavia-alesi-table-at-boot', 'Load the batavia alesi table at boot'), note='10 deploys from 10:57 to 16:39 ([31, 33, 32, 29, 28, 32, 30, 30, 31, 33, 33]); samples 342; epoch, ascending'),
    dict(name='EB15-f-load-morning-rise-0710-320', seed=131015, kind='f', workers=72, intervals=[57, 63, 55, 71], start='2032-11-21T07:10:00Z', service='onverwacht-zanderij-reports', profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=320, note='3 deploys from 07:10 to 11:16 ([57, 63, 55, 71]); samples 246'),
    dict(name='EB16-none-frequent-orders-1550-300', seed=131016, kind='none', intervals=[25, 28, 26, 24, 26, 27, 30, 23, 31, 28, 22], start='2032-11-22T15:50:00Z', service='porto-novo-orders', profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending', note='10 deploys from 15:50 to 20:40 ([25, 28, 26, 24, 26, 27, 30, 23, 31, 28, 22]); samples 290; epoch, ascending'),
]

SCENARIOS = _RDS + EB_SCENARIOS
