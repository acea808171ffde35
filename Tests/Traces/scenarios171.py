"""memblame's tracelab scenarios, batch 171: FP01..FP16 (real memory traces with labels).

(Named FP: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-170 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FO.  No case folder, scenario name or split entry starts with
"FP".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 171"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios171.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios171.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw171 FP01-... FP16-...

What: a development batch (all 16 cases split "dev", split171.json) of
flags switched on EARLY in a release's life, for tuning the detector.  A
flag switched on 18-44 minutes after a deploy leaves less than the
detector's 30 minutes of flat data after the restart's settle before the
rise, so the rise is blamed on the deploy that started the interval; a
flag late in an interval (62 and 70 min in) leaves under an hour of rise
before the next deploy, so the rise is blamed on a deploy too.  Controls:
leaks that do start at a deploy under the same rhythm (must stay named),
a healthy step and a healthy bounded LRU.  Every interval 100-150 min
(gen_intervals(1710NN, n, lo=100, hi=150)), daytime starts 07:15-10:50,
heap 160 MB.

Why so few deploys: metrics.json must stay under 30,000 bytes (about 61
bytes per "wire" sample, so at most ~480 samples), and with 100-150 min
intervals that is 3 intervals (2 deploys), or 4 (3 deploys) where the
draw sums to 470 samples or less (FP03 452, FP10 439, FP15 464).  So the
brief's 6-9 deploys are 2-3 here, and the controls' culprits are #2 of 2
(the only deploy from #2 on that fits).

FP01-FP08: flags early in v2's interval (v3's for FP03), kinds a, b, c, d
two each, at 18 (a), 22 (b), 26 (c), 29 (d), 32 (a), 36 (b), 40 (c) and
44 (d) minutes after that interval's deploy; each flag interval is
107-145 min, so 71-123 min of rise follow the flag before the next
deploy, and the next release leaks too (the flag stays on).  FP09 (c) and
FP10 (a): flags 62 and 70 min into a v2 interval pinned to 108 and 112
min (gen_intervals override {1: 108} / {1: 112}), 46 and 42 min of rise
before #2.  FP11-FP14: a, b, c, d from deploy #2 of 2, never fixed (tag
"few-hours", the tag earlier split files give 97-139 min intervals).
FP15: a step at #2 of 3 (orders, 5 KB x 90, as FJ12).  FP16: a bounded
LRU of 1187 entries (22 lines x 95, 9000 SKUs, as FM13).

Loads: batch 169's units "over an hour or more", without the slow cases
(a 0.0397, b 0.00323, c 0.0168, d 0.0157; %/h per unit of size x rate at
peak traffic at 256 MiB, x 256 / limit): ~5 %/h of the case's own limit
at peak, each within 0.4 % of the aim and none an earlier scenario's at
the same limit: a 1 KB x 157 at 320 (-0.27 %), 2 KB x 74 at 300
(+0.28 %), 1 KB x 148 at 300 (+0.28 %), 2 KB x 79 at 320 (+0.36 %); b 12
x 151 at 300 (-0.11 %), 11 x 176 at 320 (+0.05 %), 10 x 181 at 300
(-0.22 %); c 4 KB x 93 at 320 (-0.01 %), 3 KB x 116 at 300 (-0.22 %),
6 KB x 62 at 320 (-0.01 %), 6 KB x 58 at 300 (-0.22 %); d 2 KB x 187 at
300 (+0.21 %), 3 KB x 133 at 320 (+0.23 %), 2 KB x 199 at 320 (-0.02 %).
Healthy loads are earlier batches'.  The "~5 %/h" in the notes are aims,
not measurements.

PR and pipeline numbers: this file runs scenarios170.py (11..2828) and
lists FP last (2829..2844).  Seeds 171001..171016.  Dates 2035-01-01
(FP01) to 2035-01-16 (FP16).  Limits BABAABABBABAABAB (A 300, B 320
MiB).  Every case has 343-464 samples and uses ts_format "wire" (epoch
seconds), newest first.  Service names: villages of Sardinia; flag and
PR words: Sardinian foods (none in an earlier scenarios file).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios170.py"))["SCENARIOS"]   # 11..2828

_I = {
    1: gen_intervals(171001, 2, lo=100, hi=150),   # [112, 122, 142]
    2: gen_intervals(171002, 2, lo=100, hi=150),   # [124, 145, 114]
    3: gen_intervals(171003, 3, lo=100, hi=150),   # [129, 101, 121, 101]
    4: gen_intervals(171004, 2, lo=100, hi=150),   # [128, 119, 140]
    5: gen_intervals(171005, 2, lo=100, hi=150),   # [148, 117, 140]
    6: gen_intervals(171006, 2, lo=100, hi=150),   # [148, 107, 144]
    7: gen_intervals(171007, 2, lo=100, hi=150),   # [138, 128, 133]
    8: gen_intervals(171008, 2, lo=100, hi=150),   # [146, 119, 109]
    9: gen_intervals(171009, 2, {1: 108}, lo=100, hi=150),   # [112, 108, 135]
    10: gen_intervals(171010, 3, {1: 112}, lo=100, hi=150),   # [101, 112, 114, 112]
    11: gen_intervals(171011, 2, lo=100, hi=150),   # [102, 135, 146]
    12: gen_intervals(171012, 2, lo=100, hi=150),   # [122, 125, 136]
    13: gen_intervals(171013, 2, lo=100, hi=150),   # [139, 115, 117]
    14: gen_intervals(171014, 2, lo=100, hi=150),   # [141, 146, 134]
    15: gen_intervals(171015, 3, lo=100, hi=150),   # [137, 109, 106, 112]
    16: gen_intervals(171016, 2, lo=100, hi=150),   # [109, 115, 119]
}

FP_SCENARIOS = [
    dict(name='FP01-a-flag-flip-18-min-in-v2-320', seed=171001, kind='a', flag='guspini_culurgionis_order_history', flag_at=sum(_I[1][:1]) + 18,
         intervals=_I[1],
         start='2035-01-01T09:10:00Z', service='guspini-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=157, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag guspini_culurgionis_order_history on at about 11:20, 18 min after #1 at 11:02 and 104 min before #2 (v2's interval 122 min); #2 (142 min, to 15:26) leaks too; intervals 112, 122, 142 from 09:10; orders kept (~5 %/h of 320 MiB at peak, 1 KB x 157, -0.27 %) from then on; epoch"),
    dict(name='FP02-b-flag-flip-22-min-in-v2-300', seed=171002, kind='b', flag='senorbi_sebadas_quote_memo', flag_at=sum(_I[2][:1]) + 22,
         intervals=_I[2],
         start='2035-01-02T08:35:00Z', service='senorbi-quotes',
         profile='quote', params={'detail': 12, 'skus': 400}, peak_rps=151, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag senorbi_sebadas_quote_memo on at about 11:01, 22 min after #1 at 10:39 and 123 min before #2 (v2's interval 145 min); #2 (114 min, to 14:58) leaks too; intervals 124, 145, 114 from 08:35; quotes memoised per customer (~5 %/h of 300 MiB at peak, 12 lines x 151, -0.11 %) from then on; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name='FP03-c-flag-flip-26-min-in-v3-320', seed=171003, kind='c', flag='isili_favata_booking_listeners', flag_at=sum(_I[3][:2]) + 26,
         intervals=_I[3],
         start='2035-01-03T08:05:00Z', service='isili-bookings',
         profile='orders', params={'payload_kb': 4}, peak_rps=93, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag isili_favata_booking_listeners on at about 12:21, 26 min after #2 at 11:55 and 95 min before #3 (v3's interval 121 min); #3 (101 min, to 15:37) leaks too; intervals 129, 101, 121, 101 from 08:05; a listener per booking kept (~5 %/h of 320 MiB at peak, 4 KB x 93, -0.01 %) from then on; epoch"),
    dict(name='FP04-d-flag-flip-29-min-in-v2-300', seed=171004, kind='d', flag='laconi_coccoi_booking_timers', flag_at=sum(_I[4][:1]) + 29,
         intervals=_I[4],
         start='2035-01-04T10:20:00Z', service='laconi-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=187, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag laconi_coccoi_booking_timers on at about 12:57, 29 min after #1 at 12:28 and 90 min before #2 (v2's interval 119 min); #2 (140 min, to 16:47) leaks too; intervals 128, 119, 140 from 10:20; every booking's timer kept (~5 %/h of 300 MiB at peak, 2 KB x 187, +0.21 %) from then on; epoch"),
    dict(name='FP05-a-flag-flip-32-min-in-v2-300', seed=171005, kind='a', flag='samugheo_pabassinas_order_history', flag_at=sum(_I[5][:1]) + 32,
         intervals=_I[5],
         start='2035-01-05T09:45:00Z', service='samugheo-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=74, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag samugheo_pabassinas_order_history on at about 12:45, 32 min after #1 at 12:13 and 85 min before #2 (v2's interval 117 min); #2 (140 min, to 16:30) leaks too; intervals 148, 117, 140 from 09:45; orders kept (~5 %/h of 300 MiB at peak, 2 KB x 74, +0.28 %) from then on; epoch"),
    dict(name='FP06-b-flag-flip-36-min-in-v2-320', seed=171006, kind='b', flag='ulassai_mazzamurru_quote_memo', flag_at=sum(_I[6][:1]) + 36,
         intervals=_I[6],
         start='2035-01-06T07:40:00Z', service='ulassai-quotes',
         profile='quote', params={'detail': 11, 'skus': 400}, peak_rps=176, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag ulassai_mazzamurru_quote_memo on at about 10:44, 36 min after #1 at 10:08 and 71 min before #2 (v2's interval 107 min); #2 (144 min, to 14:19) leaks too; intervals 148, 107, 144 from 07:40; quotes memoised per customer (~5 %/h of 320 MiB at peak, 11 lines x 176, +0.05 %) from then on; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name='FP07-c-flag-flip-40-min-in-v2-300', seed=171007, kind='c', flag='jerzu_zurrette_booking_listeners', flag_at=sum(_I[7][:1]) + 40,
         intervals=_I[7],
         start='2035-01-07T10:05:00Z', service='jerzu-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=116, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag jerzu_zurrette_booking_listeners on at about 13:03, 40 min after #1 at 12:23 and 88 min before #2 (v2's interval 128 min); #2 (133 min, to 16:44) leaks too; intervals 138, 128, 133 from 10:05; a listener per booking kept (~5 %/h of 300 MiB at peak, 3 KB x 116, -0.22 %) from then on; epoch"),
    dict(name='FP08-d-flag-flip-44-min-in-v2-320', seed=171008, kind='d', flag='barumini_cordula_booking_timers', flag_at=sum(_I[8][:1]) + 44,
         intervals=_I[8],
         start='2035-01-08T08:50:00Z', service='barumini-bookings',
         profile='orders', params={'payload_kb': 3}, peak_rps=133, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag barumini_cordula_booking_timers on at about 12:00, 44 min after #1 at 11:16 and 75 min before #2 (v2's interval 119 min); #2 (109 min, to 15:04) leaks too; intervals 146, 119, 109 from 08:50; every booking's timer kept (~5 %/h of 320 MiB at peak, 3 KB x 133, +0.23 %) from then on; epoch"),
    dict(name='FP09-c-flag-late-62-min-in-v2-320', seed=171009, kind='c', flag='ghilarza_succu_booking_listeners', flag_at=sum(_I[9][:1]) + 62,
         intervals=_I[9],
         start='2035-01-09T10:40:00Z', service='ghilarza-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=62, heap_mb=160, limit_mib=320, ts_format='wire',
         note="no culprit deploy: flag ghilarza_succu_booking_listeners on at about 13:34, 62 min after #1 at 12:32 and 46 min before #2 (v2's interval 108 min); #2 (135 min, to 16:35) leaks too; intervals 112, 108, 135 from 10:40; a listener per booking kept (~5 %/h of 320 MiB at peak, 6 KB x 62, -0.01 %) from then on; epoch"),
    dict(name='FP10-a-flag-late-70-min-in-v2-300', seed=171010, kind='a', flag='abbasanta_lorighittas_order_history', flag_at=sum(_I[10][:1]) + 70,
         intervals=_I[10],
         start='2035-01-10T09:25:00Z', service='abbasanta-orders',
         profile='orders', params={'payload_kb': 1}, peak_rps=148, heap_mb=160, limit_mib=300, ts_format='wire',
         note="no culprit deploy: flag abbasanta_lorighittas_order_history on at about 12:16, 70 min after #1 at 11:06 and 42 min before #2 (v2's interval 112 min); #2-#3 (114, 112 min, to 16:44) leak too; intervals 101, 112, 114, 112 from 09:25; orders kept (~5 %/h of 300 MiB at peak, 1 KB x 148, +0.28 %) from then on; epoch"),
    dict(name='FP11-a-few-hours-culprit-2-of-2-320', seed=171011, kind='a', culprit=2,
         intervals=_I[11],
         start='2035-01-11T08:20:00Z', service='cuglieri-orders',
         profile='orders', params={'payload_kb': 2}, peak_rps=79, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('feat/cuglieri-ambulau-history', 'Keep cuglieri orders for the ambulau history'),
         note='leak from #2 of 2 at 12:17, never fixed, after 102, 135 min healthy intervals from 08:20; 146 min leaking (to 14:43); ~5 %/h of 320 MiB at peak, 2 KB x 79, +0.36 %; epoch'),
    dict(name='FP12-b-few-hours-culprit-2-of-2-300', seed=171012, kind='b', culprit=2,
         intervals=_I[12],
         start='2035-01-12T10:50:00Z', service='bonorva-quotes',
         profile='quote', params={'detail': 10, 'skus': 400}, peak_rps=181, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('perf/bonorva-pirichittus-quote-memo', 'Memoise bonorva quotes per pirichittus and customer'),
         note='leak from #2 of 2 at 14:57, never fixed, after 122, 125 min healthy intervals from 10:50; 136 min leaking (to 17:13); ~5 %/h of 300 MiB at peak, 10 lines x 181, -0.22 %; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name='FP13-c-few-hours-culprit-2-of-2-300', seed=171013, kind='c', culprit=2,
         intervals=_I[13],
         start='2035-01-13T07:15:00Z', service='thiesi-bookings',
         profile='orders', params={'payload_kb': 6}, peak_rps=58, heap_mb=160, limit_mib=300, ts_format='wire',
         culprit_pr_title=('feat/thiesi-candelaus-listeners', 'Tell open thiesi bookings when a candelaus slot frees'),
         note='leak from #2 of 2 at 11:29, never fixed, after 139, 115 min healthy intervals from 07:15; 117 min leaking (to 13:26); ~5 %/h of 300 MiB at peak, 6 KB x 58, -0.22 %; epoch'),
    dict(name='FP14-d-few-hours-culprit-2-of-2-320', seed=171014, kind='d', culprit=2,
         intervals=_I[14],
         start='2035-01-14T09:55:00Z', service='ittiri-bookings',
         profile='orders', params={'payload_kb': 2}, peak_rps=199, heap_mb=160, limit_mib=320, ts_format='wire',
         culprit_pr_title=('perf/ittiri-mustazzolus-timers', 'Confirm ittiri bookings from delayed mustazzolus timers'),
         note='leak from #2 of 2 at 14:42, never fixed, after 141, 146 min healthy intervals from 09:55; 134 min leaking (to 16:56); ~5 %/h of 320 MiB at peak, 2 KB x 199, -0.02 %; epoch'),
    dict(name='FP15-step-orders-culprit-2-of-3-300', seed=171015, kind='step', culprit=2,
         intervals=_I[15],
         start='2035-01-15T08:40:00Z', service='sennori-orders',
         profile='orders', params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, ts_format='wire', env={'PRELOAD_ENTRIES': '60000'},
         culprit_pr_title=('feat/sennori-copulette-table-at-boot', 'Load the sennori copulette table at boot'),
         note='level shift at #2 of 3 (12:46), orders route (5 KB at 90 req/s); 3 deploys, intervals 137, 109, 106, 112 min, from 08:40 (to 16:24); no trend after; must not alarm; epoch'),
    dict(name='FP16-e-lru-1187-320', seed=171016, kind='e',
         intervals=_I[16],
         start='2035-01-16T10:30:00Z', service='berchidda-quotes',
         profile='quote', params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, ts_format='wire', env={'LRU_MAX': '1187'},
         note='bounded LRU (1187 entries) refilling after each of 2 deploys (109, 115, 119 min intervals) from 10:30 to 16:13; must not alarm; epoch'),
]
SCENARIOS = _RDS + FP_SCENARIOS
