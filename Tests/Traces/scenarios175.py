"""memblame's tracelab scenarios, batch 175: FT01..FT16 (real memory traces with labels).

(Named FT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-174 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FS.  No case folder, scenario name or split entry starts with
"FT".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 175"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios175.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios175.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw175 FT01-... FT16-...

A DEVELOPMENT batch (all 16 "dev" in split175.json), for tuning the
detector on healthy bounded LRU caches (kind e) under deploys every 35-60
minutes: the cache refills after every restart, and while traffic rises
through the day (the morning ramp above all) each interval climbs faster
than the one before, which can look like a leak from a deploy (validation's
FR12: 1535 entries, deploys 40-43 min apart from 10:25).  Controls: true
leaks from a deploy under the same rhythm and times of day, which must stay
named, two of them as slow as a cache climbs.  As batch 136 (EG, also
35-60 min, also development).

Every case: intervals gen_intervals(1750NN, n, lo=35, hi=60) (v1's
interval too, nothing pinned), 8 or 9 deploys (the most of 8-12 that keep
a case at 465 samples or fewer, so metrics.json stays under 30,000 bytes
at ~62 bytes a sample), heap 160 MB, --bytes, ts_format "wire" (every
case has 412-464 samples), newest first.

  FT01-FT10  healthy bounded LRUs (quote route, 9000 SKUs x 1M customers:
             nearly every request a new key), LRU_MAX 900-1700 (900, 990,
             1080, 1170, 1260, 1350, 1440, 1530, 1620, 1700 shuffled),
             18-26 lines at 85-110 req/s; six up the morning ramp (first
             deploy of the window 06:00, 06:40, 07:20, 08:00, 08:40, 09:20
             into midday), two from 10:20 and 10:45 over midday into the
             afternoon, one from 13:30, one down the evening fall from
             17:25.  Regime healthy-lru.  Must not alarm.
  FT11-FT14  leaks from a deploy, ~5 %/h of their own limit at peak, one
             each of a (#7 of 8, from 07:20), b (#5 of 8, from 08:40), c
             (#4 of 8, from 10:30), d (#3 of 9, from 13:15); never fixed.
             Regime hourly (as batch 136's 35-60 min leaks EG11, EG12,
             EG14-EG16).
  FT15-FT16  slower leaks, ~2.5 %/h of their limit at peak (the rate a
             cache climbs): b #4 of 8 from 08:00, d #6 of 9 from 10:15;
             never fixed.  Regime slow-leak.

Loads: the frequent units printed at the end of batch 174's section of
README.md (a 0.0410, b 0.00364, c 0.0112, d 0.0134 %/h per unit of size x
rate at peak traffic at 256 MiB, x 256 / limit): FT11 a 1 KB x 152 at 320
(-0.29 %), FT12 b 14 x 115 at 300 (+0.02 %), FT13 c 4 KB x 131 at 300
(+0.16 %), FT14 d 3 KB x 155 at 320 (-0.30 %), FT15 b 7 x 115 at 300
(+0.02 %, aim 2.5), FT16 d 2 KB x 117 at 320 (+0.34 %, aim 2.5); all
within 0.5 % of the aim and none an earlier scenario's load at the same
limit.  The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios174.py (11..2892) and
lists FT last (2893..2908).  Seeds 175001..175016.  Dates 2035-02-01
(FT01) to 2035-02-16 (FT16), one day a case.  Limits BAABABBAABBAABAB (A
300, B 320 MiB; eight of each).  Names: Slovak mountains for the services,
Slovak dishes for the PR words (from memory; none in any scenarios*.py or
split*.json before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios174.py"))["SCENARIOS"]   # 11..2892

FT_SCENARIOS = [
    dict(name='FT01-e-lru-morning-0600-1530-320', seed=175001, kind='e',
         intervals=gen_intervals(175001, 9, lo=35, hi=60),
         start='2035-02-01T06:00:00Z', service='gerlach-quotes',
         profile='quote', params={'detail': 20, 'skus': 9000}, peak_rps=100, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1530'},
         note='bounded LRU (1530 entries, 20 lines x 100 req/s) refilling after each of 9 deploys 35-60 min apart (37-59), from 06:00 to 13:19; must not alarm; epoch'),
    dict(name='FT02-e-lru-morning-0640-990-300', seed=175002, kind='e',
         intervals=gen_intervals(175002, 8, lo=35, hi=60),
         start='2035-02-02T06:40:00Z', service='lomnica-quotes',
         profile='quote', params={'detail': 24, 'skus': 9000}, peak_rps=92, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '990'},
         note='bounded LRU (990 entries, 24 lines x 92 req/s) refilling after each of 8 deploys 35-60 min apart (37-57), from 06:40 to 13:48; must not alarm; epoch'),
    dict(name='FT03-e-lru-morning-0720-1260-300', seed=175003, kind='e',
         intervals=gen_intervals(175003, 9, lo=35, hi=60),
         start='2035-02-03T07:20:00Z', service='krivan-quotes',
         profile='quote', params={'detail': 18, 'skus': 9000}, peak_rps=108, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1260'},
         note='bounded LRU (1260 entries, 18 lines x 108 req/s) refilling after each of 9 deploys 35-60 min apart (38-57), from 07:20 to 14:31; must not alarm; epoch'),
    dict(name='FT04-e-lru-morning-0800-1700-320', seed=175004, kind='e',
         intervals=gen_intervals(175004, 8, lo=35, hi=60),
         start='2035-02-04T08:00:00Z', service='rysy-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=88, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1700'},
         note='bounded LRU (1700 entries, 22 lines x 88 req/s) refilling after each of 8 deploys 35-60 min apart (36-56), from 08:00 to 14:52; must not alarm; epoch'),
    dict(name='FT05-e-lru-morning-0840-1080-300', seed=175005, kind='e',
         intervals=gen_intervals(175005, 9, lo=35, hi=60),
         start='2035-02-05T08:40:00Z', service='chopok-quotes',
         profile='quote', params={'detail': 26, 'skus': 9000}, peak_rps=85, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1080'},
         note='bounded LRU (1080 entries, 26 lines x 85 req/s) refilling after each of 9 deploys 35-60 min apart (35-54), from 08:40 to 15:52; must not alarm; epoch'),
    dict(name='FT06-e-lru-morning-0920-1440-320', seed=175006, kind='e',
         intervals=gen_intervals(175006, 8, lo=35, hi=60),
         start='2035-02-06T09:20:00Z', service='dumbier-quotes',
         profile='quote', params={'detail': 19, 'skus': 9000}, peak_rps=104, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1440'},
         note='bounded LRU (1440 entries, 19 lines x 104 req/s) refilling after each of 8 deploys 35-60 min apart (39-60), from 09:20 to 16:47; must not alarm; epoch'),
    dict(name='FT07-e-lru-midday-1020-900-320', seed=175007, kind='e',
         intervals=gen_intervals(175007, 9, lo=35, hi=60),
         start='2035-02-07T10:20:00Z', service='sitno-quotes',
         profile='quote', params={'detail': 23, 'skus': 9000}, peak_rps=110, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '900'},
         note='bounded LRU (900 entries, 23 lines x 110 req/s) refilling after each of 9 deploys 35-60 min apart (35-60), from 10:20 to 18:04; must not alarm; epoch'),
    dict(name='FT08-e-lru-midday-1045-1620-300', seed=175008, kind='e',
         intervals=gen_intervals(175008, 8, lo=35, hi=60),
         start='2035-02-08T10:45:00Z', service='vtacnik-quotes',
         profile='quote', params={'detail': 21, 'skus': 9000}, peak_rps=96, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1620'},
         note='bounded LRU (1620 entries, 21 lines x 96 req/s) refilling after each of 8 deploys 35-60 min apart (35-59), from 10:45 to 18:08; must not alarm; epoch'),
    dict(name='FT09-e-lru-afternoon-1330-1170-300', seed=175009, kind='e',
         intervals=gen_intervals(175009, 8, lo=35, hi=60),
         start='2035-02-09T13:30:00Z', service='poludnica-quotes',
         profile='quote', params={'detail': 25, 'skus': 9000}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'LRU_MAX': '1170'},
         note='bounded LRU (1170 entries, 25 lines x 90 req/s) refilling after each of 8 deploys 35-60 min apart (37-60), from 13:30 to 20:47; must not alarm; epoch'),
    dict(name='FT10-e-lru-evening-1725-1350-320', seed=175010, kind='e',
         intervals=gen_intervals(175010, 8, lo=35, hi=60),
         start='2035-02-10T17:25:00Z', service='salatin-quotes',
         profile='quote', params={'detail': 20, 'skus': 9000}, peak_rps=102, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1350'},
         note='bounded LRU (1350 entries, 20 lines x 102 req/s) refilling after each of 8 deploys 35-60 min apart (39-55), from 17:25 to 00:40; must not alarm; epoch'),
    dict(name='FT11-a-hourly-culprit-7-of-8-320', seed=175011, kind='a', culprit=7,
         intervals=gen_intervals(175011, 8, lo=35, hi=60),
         start='2035-02-11T07:20:00Z', service='baranec-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=152, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/baranec-halusky-history', 'Keep baranec orders for the halusky history'),
         note='8 deploys 35-60 min apart (35-58) from 07:20, culprit #7 at 13:00 (2 leaking intervals, 37-45 min, to 14:23; its own 45 min); ~5 %/h of 320 MiB at peak (1 KB x 152, -0.29 %); never fixed; epoch'),
    dict(name='FT12-b-hourly-culprit-5-of-8-300', seed=175012, kind='b', culprit=5,
         intervals=gen_intervals(175012, 8, lo=35, hi=60),
         start='2035-02-12T08:40:00Z', service='pilsko-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=115, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/pilsko-lokse-quote-memo', 'Memoise pilsko quotes per lokse and customer'),
         note='8 deploys 35-60 min apart (35-58) from 08:40, culprit #5 at 12:27 (4 leaking intervals, 35-58 min, to 15:43; its own 50 min); ~5 %/h of 300 MiB at peak (14 lines x 115, +0.02 %); good releases warm a per-SKU cache (400 SKUs); never fixed; epoch'),
    dict(name='FT13-c-hourly-culprit-4-of-8-300', seed=175013, kind='c', culprit=4,
         intervals=gen_intervals(175013, 8, lo=35, hi=60),
         start='2035-02-13T10:30:00Z', service='rozsutec-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=131, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/rozsutec-kapustnica-listeners', 'Tell open rozsutec bookings when a kapustnica slot frees'),
         note='8 deploys 35-60 min apart (35-59) from 10:30, culprit #4 at 13:41 (5 leaking intervals, 44-59 min, to 17:57; its own 59 min); ~5 %/h of 300 MiB at peak (4 KB x 131, +0.16 %); never fixed; epoch'),
    dict(name='FT14-d-hourly-culprit-3-of-9-320', seed=175014, kind='d', culprit=3,
         intervals=gen_intervals(175014, 9, lo=35, hi=60),
         start='2035-02-14T13:15:00Z', service='inovec-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=155, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/inovec-pirohy-timers', 'Confirm inovec bookings from delayed pirohy timers'),
         note='9 deploys 35-60 min apart (35-60) from 13:15, culprit #3 at 15:27 (7 leaking intervals, 37-60 min, to 20:51; its own 49 min); ~5 %/h of 320 MiB at peak (3 KB x 155, -0.30 %); never fixed; epoch'),
    dict(name='FT15-b-slow-leak-culprit-4-of-8-300', seed=175015, kind='b', culprit=4,
         intervals=gen_intervals(175015, 8, lo=35, hi=60),
         start='2035-02-15T08:00:00Z', service='vihorlat-quotes',
         profile='quote', params={'detail': 7, 'skus': 400}, peak_rps=115, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/vihorlat-strapacky-quote-memo', 'Memoise vihorlat quotes per strapacky and customer'),
         note='8 deploys 35-60 min apart (35-60) from 08:00, culprit #4 at 11:05 (5 leaking intervals, 45-60 min, to 15:24; its own 45 min); ~2.5 %/h of 300 MiB at peak (7 lines x 115, +0.02 %); good releases warm a per-SKU cache (400 SKUs); never fixed; epoch'),
    dict(name='FT16-d-slow-leak-culprit-6-of-9-320', seed=175016, kind='d', culprit=6,
         intervals=gen_intervals(175016, 9, lo=35, hi=60),
         start='2035-02-16T10:15:00Z', service='kamzik-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=117, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/kamzik-fazulovica-timers', 'Confirm kamzik bookings from delayed fazulovica timers'),
         note='9 deploys 35-60 min apart (35-59) from 10:15, culprit #6 at 14:07 (4 leaking intervals, 42-59 min, to 17:33; its own 59 min); ~2.5 %/h of 320 MiB at peak (2 KB x 117, +0.34 %); never fixed; epoch'),
]

SCENARIOS = _RDS + FT_SCENARIOS
