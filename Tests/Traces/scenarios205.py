"""memblame's tracelab scenarios, batch 205: GX01..GX16 (real memory
traces with labels), development.

(Named GX: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-204 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA..GW.  No case folder, scenario name or split entry
starts with "GX".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 205"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios205.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios205.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw205 GX01-... GX16-...

A development batch (every entry "dev" in split205.json), in the form of
batch 106.  A flag switched on 25-75 min into a 100-150 min interval
leaves 40-110 min of rise before the next deploy, and the rise goes on in
every later release; the detector sometimes blames that next deploy (blind
batches 197 and 203 had such flags, 47 and 58 min into v5 and v4).  A fix
must not move a leak from a deploy into the interval before it when that
interval ends in a rise (traffic, a GC sawtooth), so the batch holds those
too:

  - eight flags (GX01-GX08, regime "flag-flip"), kinds a, b, c, d, a, b,
    c, d, on 25, 35, 45, 55, 60, 65, 70, 75 min into an interval of 135,
    110, 145, 125, 120, 105, 130, 140 min (v4, v6, v3, v5, v4, v3, v6, v5;
    rise before the next deploy 110, 75, 100, 70, 60, 40, 60, 65 min), of
    7 or 8 deploys, at 12:09:30, 15:49:30, 09:34:30, 17:04:30, 13:24:30,
    10:49:30, 18:24:30, 14:39:30;
  - six leaks from a deploy (GX09-GX14, regime "hourly"), kinds a, b, c,
    d, c, a, the culprit #3 of 8 (09:24:30), #5 of 8 (13:49:30), #4 of 7
    (10:39:30), #6 of 7 (16:29:30), #3 of 8 (18:49:30), #5 of 8
    (11:19:30), ending an interval of 140, 105, 120, 150, 115, 130 min
    (three on the morning rise: GX09, GX11, GX14);
  - GX15 a load-following service (kind f, "healthy-load"), 9 deploys
    30-59 min apart from 07:05 up the morning rise; GX16 a bounded LRU
    (kind e, 1193 entries, no scenario used that size, "healthy-lru"), 9
    deploys 30-58 min apart from 12:35 over the afternoon.

Intervals: every interval is the first draw of gen_intervals(2050NN, n,
lo=30, hi=90, mean_bias=B) (NN the case number, n the deploy count; lo=30,
hi=150 for GX15 and GX16), with the flag's (or the culprit's preceding)
interval pinned after the draw (gen_intervals asserts hi).  B is the first
of 0, -0.1, ..., -1.0 whose intervals total 470 samples or fewer (a
metrics.json under 30 KB): with B = 0 the cases would have 583-874
samples.  So B is -0.3 to -0.8 and the intervals after the flag's or the
culprit's are 30-67 min.  n was tried from 9 (GX03, GX06, GX10, GX13,
GX15, GX16) or 8 (GX01, GX05, GX08, GX09, GX11, GX14) down to 7, or at 7
only (GX02, GX04, GX07, GX12): 7 or 8 deploys for the leaks and flags
(no 9 fitted), 9 for GX15 and GX16.  The start is set so that the flag or culprit falls at the
aimed time.  Samples 411-470 per case, 7 237 in all
(/work/tracelab-raw205/make_scen205.py, plan205.json).

Loads by the units over an hour or more at the end of batch 203's section
of the README (%/h per unit of size x rate at peak at 256 MiB, x 256 /
limit): a 0.0296, b 0.00321, c 0.0156, d 0.0189; every leak and flag aims
at ~5 %/h of its limit at peak, each within 0.5 % (GX01 a 2 KB x 106 +0.40
%, GX02 b 23 lines x 79 -0.46 %, GX03 c 3 KB x 134 +0.34 %, GX04 d 5 KB x
62 -0.01 %, GX05 a 3 KB x 66 +0.02 %, GX06 b 14 lines x 139 -0.05 %, GX07
c 4 KB x 94 +0.11 %, GX08 d 3 KB x 103 -0.33 %, GX09 a 1 KB x 198 +0.02 %,
GX10 b 15 lines x 130 +0.15 %, GX11 c 3 KB x 133 -0.41 %, GX12 d 5 KB x 66
-0.21 %, GX13 c 2 KB x 188 +0.11 %, GX14 a 1 KB x 212 +0.40 %); none is a
load an earlier scenario had at its limit.  Every b is on the quote route
with 400 SKUs.  Healthy, earlier loads: f reports 450 KB held 430 ms at
100 req/s, 72 load threads (GW14's); LRU quote 22 lines at 95 req/s, 9000
SKUs (GW12's).  The "~5 %/h" in the notes are aims, not measurements.

Limits BABAABAAABBBABAB (A 300, B 320 MiB; neither it nor its flip in any
earlier 16-case batch); heap 160 MB everywhere; every case has 300
samples or more, so all use ts_format "wire"; TimestampAscending for
GX02, GX03, GX05, GX08, GX09, GX12, GX14 and GX16.  Dates 2036-03-19
(GX01) to 2036-04-03 (GX16), one a day, after GW's (to 2036-03-18).

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios204.py (unchanged: 11..3372) and lists
the GX scenarios last (3373..3388).  Seeds 205001..205016.
Names: Icelandic words for the services (jokull, skjol, vindur, eldur,
himinn, bylgja, stjarna, kaldi, hafis, vetur, sumar, haust, grjot, torfa,
kletta, bjarg) and for the flag and PR words (brekka, hlynur, reynir,
lyng, mosi, skafl, hrim, logn, kvold, morgunn, dagur, ljos, skuggi,
steinn) (from memory; none in any scenarios*.py, split*.json, the README
or a case's deploys.csv before, by grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts  # noqa: F401

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDW = runpy.run_path(os.path.join(_HERE, "scenarios204.py"))["SCENARIOS"]   # 11..3372

_I = {
    1: [32, 50, 52, 135, 39, 53, 45, 60],
    2: [54, 39, 35, 41, 46, 110, 49, 37],
    3: [57, 45, 145, 34, 38, 58, 35, 42],
    4: [60, 31, 52, 64, 125, 30, 37, 43],
    5: [48, 52, 53, 120, 60, 49, 47, 37],
    6: [60, 36, 105, 58, 36, 57, 40, 31, 47],
    7: [83, 33, 60, 30, 56, 130, 33, 35],
    8: [43, 55, 38, 42, 140, 43, 42, 31, 36],
    9: [35, 37, 140, 31, 41, 32, 39, 32, 41],
    10: [56, 38, 50, 31, 105, 50, 41, 33, 40],
    11: [39, 82, 38, 120, 34, 40, 45, 56],
    12: [51, 46, 43, 60, 41, 150, 46, 33],
    13: [36, 30, 115, 30, 39, 67, 48, 37, 50],
    14: [46, 35, 43, 31, 130, 49, 43, 34, 52],
    15: [57, 40, 54, 33, 55, 54, 30, 36, 41, 59],
    16: [30, 57, 44, 45, 30, 33, 57, 58, 32, 42],
}

GX_SCENARIOS = [
    dict(name='GX01-a-flag-flip-25-min-in-v4-320', seed=205001, kind='a', flag='jokull_brekka_order_history', flag_at=sum(_I[1][:3]) + 25,
         intervals=_I[1],
         start='2036-03-19T09:31:00Z', service='jokull-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=106, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag jokull_brekka_order_history on at 12:09:30, 25 min into v4's 135 min interval, 110 min before #4 (13:59:30); then #4-#7 (39, 53, 45, 60 min, to 17:17); orders kept for the brekka history, ~5 %/h of 320 MiB at peak (2 KB x 106, +0.40 %); epoch"),
    dict(name='GX02-b-flag-flip-35-min-in-v6-300', seed=205002, kind='b', flag='skjol_hlynur_quote_memo', flag_at=sum(_I[2][:5]) + 35,
         intervals=_I[2],
         start='2036-03-20T11:40:00Z', service='skjol-quotes',
         profile='quote', params={'detail': 23, 'skus': 400}, peak_rps=79, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag skjol_hlynur_quote_memo on at 15:49:30, 35 min into v6's 110 min interval, 75 min before #6 (17:04:30); then #6-#7 (49, 37 min, to 18:31); quotes memoised per hlynur and customer, ~5 %/h of 300 MiB at peak (23 lines x 79, 400 SKUs, -0.46 %); epoch, ascending"),
    dict(name='GX03-c-flag-flip-45-min-in-v3-320', seed=205003, kind='c', flag='vindur_reynir_booking_listeners', flag_at=sum(_I[3][:2]) + 45,
         intervals=_I[3],
         start='2036-03-21T07:08:00Z', service='vindur-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=134, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag vindur_reynir_booking_listeners on at 09:34:30, 45 min into v3's 145 min interval, 100 min before #3 (11:14:30); then #3-#7 (34, 38, 58, 35, 42 min, to 14:42); reynir listeners never removed, ~5 %/h of 320 MiB at peak (3 KB x 134, +0.34 %); epoch, ascending"),
    dict(name='GX04-d-flag-flip-55-min-in-v5-300', seed=205004, kind='d', flag='eldur_lyng_booking_timers', flag_at=sum(_I[4][:4]) + 55,
         intervals=_I[4],
         start='2036-03-22T12:43:00Z', service='eldur-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=62, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag eldur_lyng_booking_timers on at 17:04:30, 55 min into v5's 125 min interval, 70 min before #5 (18:14:30); then #5-#7 (30, 37, 43 min, to 20:05); bookings confirmed from delayed lyng timers, ~5 %/h of 300 MiB at peak (5 KB x 62, -0.01 %); epoch"),
    dict(name='GX05-a-flag-flip-60-min-in-v4-300', seed=205005, kind='a', flag='himinn_mosi_order_history', flag_at=sum(_I[5][:3]) + 60,
         intervals=_I[5],
         start='2036-03-23T09:52:00Z', service='himinn-orders',
         profile='orders', params={'payload_kb': 3}, peak_rps=66, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag himinn_mosi_order_history on at 13:24:30, 60 min into v4's 120 min interval, 60 min before #4 (14:24:30); then #4-#7 (60, 49, 47, 37 min, to 17:38); orders kept for the mosi history, ~5 %/h of 300 MiB at peak (3 KB x 66, +0.02 %); epoch, ascending"),
    dict(name='GX06-b-flag-flip-65-min-in-v3-320', seed=205006, kind='b', flag='bylgja_skafl_quote_memo', flag_at=sum(_I[6][:2]) + 65,
         intervals=_I[6],
         start='2036-03-24T08:09:00Z', service='bylgja-quotes',
         profile='quote', params={'detail': 14, 'skus': 400}, peak_rps=139, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag bylgja_skafl_quote_memo on at 10:49:30, 65 min into v3's 105 min interval, 40 min before #3 (11:29:30); then #3-#8 (58, 36, 57, 40, 31, 47 min, to 15:59); quotes memoised per skafl and customer, ~5 %/h of 320 MiB at peak (14 lines x 139, 400 SKUs, -0.05 %); epoch"),
    dict(name='GX07-c-flag-flip-70-min-in-v6-300', seed=205007, kind='c', flag='stjarna_hrim_booking_listeners', flag_at=sum(_I[7][:5]) + 70,
         intervals=_I[7],
         start='2036-03-25T12:53:00Z', service='stjarna-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=94, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag stjarna_hrim_booking_listeners on at 18:24:30, 70 min into v6's 130 min interval, 60 min before #6 (19:24:30); then #6-#7 (33, 35 min, to 20:33); hrim listeners never removed, ~5 %/h of 300 MiB at peak (4 KB x 94, +0.11 %); epoch"),
    dict(name='GX08-d-flag-flip-75-min-in-v5-300', seed=205008, kind='d', flag='kaldi_logn_booking_timers', flag_at=sum(_I[8][:4]) + 75,
         intervals=_I[8],
         start='2036-03-26T10:27:00Z', service='kaldi-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=103, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         note="no culprit deploy: flag kaldi_logn_booking_timers on at 14:39:30, 75 min into v5's 140 min interval, 65 min before #5 (15:44:30); then #5-#8 (43, 42, 31, 36 min, to 18:17); bookings confirmed from delayed logn timers, ~5 %/h of 300 MiB at peak (3 KB x 103, -0.33 %); epoch, ascending"),
    dict(name='GX09-a-culprit-3-of-8-after-140-min-300', seed=205009, kind='a', culprit=3,
         intervals=_I[9],
         start='2036-03-27T05:53:00Z', service='hafis-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=198, heap_mb=160, limit_mib=300, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/hafis-kvold-history', 'Keep hafis orders for the kvold history'),
         note="leak from #3 of 8 at 09:24:30 (~5 %/h of 300 MiB at peak, 1 KB x 198, +0.02 %), after v3's 140 min interval (#2 07:04:30 to #3); 2 healthy interval(s) before it (35, 37 min from 05:53), then 6 leaking intervals (31, 41, 32, 39, 32, 41 min, to 13:01); epoch, ascending"),
    dict(name='GX10-b-culprit-5-of-8-after-105-min-320', seed=205010, kind='b', culprit=5,
         intervals=_I[10],
         start='2036-03-28T09:10:00Z', service='vetur-quotes',
         profile='quote', params={'detail': 15, 'skus': 400}, peak_rps=130, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/vetur-morgunn-quote-memo', 'Memoise vetur quotes per morgunn and customer'),
         note="leak from #5 of 8 at 13:49:30 (~5 %/h of 320 MiB at peak, 15 lines x 130, 400 SKUs, +0.15 %), after v5's 105 min interval (#4 12:04:30 to #5); 4 healthy interval(s) before it (56, 38, 50, 31 min from 09:10), then 4 leaking intervals (50, 41, 33, 40 min, to 16:34); epoch"),
    dict(name='GX11-c-culprit-4-of-7-after-120-min-320', seed=205011, kind='c', culprit=4,
         intervals=_I[11],
         start='2036-03-29T06:01:00Z', service='sumar-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=133, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/sumar-dagur-listeners', 'Tell open sumar bookings when a dagur frees'),
         note="leak from #4 of 7 at 10:39:30 (~5 %/h of 320 MiB at peak, 3 KB x 133, -0.41 %), after v4's 120 min interval (#3 08:39:30 to #4); 3 healthy interval(s) before it (39, 82, 38 min from 06:01), then 4 leaking intervals (34, 40, 45, 56 min, to 13:35); epoch"),
    dict(name='GX12-d-culprit-6-of-7-after-150-min-320', seed=205012, kind='d', culprit=6,
         intervals=_I[12],
         start='2036-03-30T09:59:00Z', service='haust-bookings',
         profile='orders', params={'payload_kb': 5}, peak_rps=66, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('perf/haust-ljos-timers', 'Confirm haust bookings from delayed ljos timers'),
         note="leak from #6 of 7 at 16:29:30 (~5 %/h of 320 MiB at peak, 5 KB x 66, -0.21 %), after v6's 150 min interval (#5 13:59:30 to #6); 5 healthy interval(s) before it (51, 46, 43, 60, 41 min from 09:59), then 2 leaking intervals (46, 33 min, to 17:49); epoch, ascending"),
    dict(name='GX13-c-culprit-3-of-8-after-115-min-300', seed=205013, kind='c', culprit=3,
         intervals=_I[13],
         start='2036-03-31T15:49:00Z', service='grjot-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=188, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/grjot-skuggi-listeners', 'Tell open grjot bookings when a skuggi frees'),
         note="leak from #3 of 8 at 18:49:30 (~5 %/h of 300 MiB at peak, 2 KB x 188, +0.11 %), after v3's 115 min interval (#2 16:54:30 to #3); 2 healthy interval(s) before it (36, 30 min from 15:49), then 6 leaking intervals (30, 39, 67, 48, 37, 50 min, to 23:21); epoch"),
    dict(name='GX14-a-culprit-5-of-8-after-130-min-320', seed=205014, kind='a', culprit=5,
         intervals=_I[14],
         start='2036-04-01T06:35:00Z', service='torfa-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=212, heap_mb=160, limit_mib=320, ts_format='wire', scan_by='TimestampAscending',
         culprit_pr_title=('feat/torfa-steinn-history', 'Keep torfa orders for the steinn history'),
         note="leak from #5 of 8 at 11:19:30 (~5 %/h of 320 MiB at peak, 1 KB x 212, +0.40 %), after v5's 130 min interval (#4 09:09:30 to #5); 4 healthy interval(s) before it (46, 35, 43, 31 min from 06:35), then 4 leaking intervals (49, 43, 34, 52 min, to 14:18); epoch, ascending"),
    dict(name='GX15-f-load-morning-rise-300', seed=205015, kind='f', workers=72,
         intervals=_I[15],
         start='2036-04-02T07:05:00Z', service='kletta-reports',
         profile='report', params={'kb': 450, 'ms': 430}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format='wire',
         note='reports in flight (450 KB held 430 ms at 100 req/s, 72 load threads) follow the load from 07:05 up the morning rise (to 14:44), across 9 deploys 30-59 min apart; must not alarm; epoch'),
    dict(name='GX16-e-lru-afternoon-1193-320', seed=205016, kind='e',
         intervals=_I[16],
         start='2036-04-03T12:35:00Z', service='bjarg-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={'LRU_MAX': '1193'}, ts_format='wire', scan_by='TimestampAscending',
         note='bounded LRU (1193 entries, quote 22 lines x 95, 9000 SKUs) refilling after each of 9 deploys 30-58 min apart from 12:35 over the afternoon, to 19:43; must not alarm; epoch, ascending'),
]

SCENARIOS = _RDW + GX_SCENARIOS
