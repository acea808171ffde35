"""memblame's tracelab scenarios, batch 151: EV01..EV16 (real memory traces with labels).

(Named EV: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-150 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EU.  No case folder, scenario name or split entry starts with "EV".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 151"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios151.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios151.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw151 EV01-... EV16-...

A DEVELOPMENT batch (all 16 "dev" in split151.json), as batches 121, 125
and 136: leaks with ONE long interval (200-240 min) among short ones (28-32
min), the shape of the long-interval and healthy-long cases of batches 146
and 149, varied, for the regime where the detector named a wrong deploy
through metrics.json / deploys.json; and healthy services of the same
rhythm that a fix must not alarm on (/work/tracelab-raw151/gen151.py):

  EV01-EV12  leaks, kinds a, b, c, d three each, culprits #2..#6 of 7-9
             deploys, never fixed; the long interval is the culprit's own
             in eight (EV01, EV02, EV04-EV07, EV11, EV12) and the next
             release's (still leaking) in four (EV03, EV08, EV09, EV10);
             every other interval 28-32 min; the long interval crosses the
             afternoon peak in eight, the morning rise in two (EV04, EV09)
             and the evening fall in two (EV05, EV10); 1.0x the units in
             eight, 0.7x in four (EV03, EV06, EV09, EV12).
  EV13-EV16  healthy, same rhythm: kind none on the orders route (EV13)
             and the quote route (EV14), a bounded LRU of 1230 entries
             (EV15), a step (table at boot) from the deploy just before
             the long interval (EV16).
  The sixteen long intervals (201-239 min) are all different and none was
  a long interval of an earlier scenario.

Loads of the leaks by batch 149's units for the next batch (main figures),
class "an hour or more" (that of ET01, the long-interval a): a 0.0470,
b 0.00350, c 0.0146, d 0.0144 %/h per unit of size x rate at peak at 256
MiB (x 256 / limit); 1.0x = ~5 %/h of the limit at peak, 0.7x = ~3.5 %/h;
each size x rate within 0.4 % of its aim (EV07 2 KB x 62, -0.5 %:
the 1 KB loads nearer its aim were used before).  Healthy loads are earlier
batches'.  Heap 160 MB everywhere.

PR and pipeline numbers: this file runs scenarios150.py (11..2508) and
lists EV last (2509..2524).  Seeds 151001..151016.  Dates
2033-10-01 (EV01) to 2033-10-16 (EV16).  Limits BABAABABABBAABBA (A 300,
B 320 MiB).  Cases of 300 samples or more use ts_format "wire" (epoch
seconds), the two healthy cases under 300 samples (EV13, EV14) ISO 8601;
TimestampAscending for EV02, EV05, EV07, EV10, EV12, EV13 and EV15.  The
notes' "epoch" and "ascending" tags are written from these fields.  The
"~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios150.py"))["SCENARIOS"]   # 11..2508
_I = {
    1: [28, 29, 29, 227, 29, 28, 28, 28, 30],
    2: [32, 29, 28, 29, 32, 239, 31, 31],
    3: [30, 30, 29, 204, 28, 30, 28, 30, 29],
    4: [29, 28, 28, 30, 218, 30, 30, 30, 29],
    5: [29, 28, 29, 30, 29, 30, 201, 29, 29, 28],
    6: [28, 29, 233, 28, 29, 29, 32, 29],
    7: [29, 31, 32, 32, 30, 30, 236, 30],
    8: [30, 30, 29, 29, 30, 30, 203, 28, 30],
    9: [30, 30, 29, 216, 30, 29, 28, 28, 30],
    10: [29, 30, 29, 30, 211, 29, 29, 30, 29],
    11: [28, 30, 28, 30, 209, 29, 29, 29, 28],
    12: [31, 32, 29, 237, 31, 32, 30, 30],
    13: [29, 234, 30],
    14: [29, 32, 206, 31],
    15: [29, 29, 31, 30, 208, 30, 29],
    16: [32, 30, 30, 30, 202, 31],
}

EV_SCENARIOS = [
    # ================================================================== leaks (all dev)
    dict(name="EV01-a-long-interval-227-culprit-3-of-8-320", seed=151001, kind="a", culprit=3,
         intervals=_I[1],
         start="2033-10-01T11:39:00Z", service="rarotonga-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=133, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/rarotonga-rukau-history', 'Keep rarotonga orders for the rukau history'),
         note="culprit #3 of 8 at 13:05 after 28, 29, 29 min healthy intervals (v1's first), its own interval the long one: 227 min (3 h 47) 13:05-16:52 across the afternoon peak (traffic 1.00 -> 0.99); then 29, 28, 28, 28, 30 min, still leaking, to 19:15; 1.0x the a unit over an hour or more (~5.0 %/h of 320 MiB at peak); never fixed; epoch"),
    dict(name="EV02-b-long-interval-239-culprit-5-of-7-300", seed=151002, kind="b", culprit=5,
         intervals=_I[2],
         start="2033-10-02T10:05:00Z", service="aitutaki-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=129, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/aitutaki-mainese-quote-memo', 'Memoise aitutaki quotes per mainese and customer'),
         note="culprit #5 of 7 at 12:35 after 32, 29, 28, 29, 32 min healthy intervals (v1's first), its own interval the long one: 239 min (3 h 59) 12:35-16:34 across the afternoon peak (traffic 0.98 -> 1.00); then 31, 31 min, still leaking, to 17:36; 1.0x the b unit over an hour or more (~5.0 %/h of 300 MiB at peak); never fixed; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="EV03-c-long-interval-next-204-culprit-2-of-8-320", seed=151003, kind="c", culprit=2,
         intervals=_I[3],
         start="2033-10-03T12:11:00Z", service="mangaia-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=150, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/mangaia-sidvudvu-listeners', 'Tell open mangaia bookings when a sidvudvu frees'),
         note="culprit #2 of 8 at 13:11 after 30, 30 min healthy intervals (v1's first), its own interval 29 min, then the next release's long interval (still leaking): #3, 204 min (3 h 24) 13:40-17:04 across the afternoon peak (traffic 0.99 -> 0.99); then 28, 30, 28, 30, 29 min, still leaking, to 19:29; 0.7x the c unit over an hour or more (~3.5 %/h of 320 MiB at peak); never fixed; epoch"),
    dict(name="EV04-d-long-interval-218-culprit-4-of-8-300", seed=151004, kind="d", culprit=4,
         intervals=_I[4],
         start="2033-10-04T04:45:00Z", service="atiu-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=203, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('perf/atiu-umncushu-timers', 'Confirm atiu bookings from delayed umncushu timers'),
         note="culprit #4 of 8 at 06:40 after 29, 28, 28, 30 min healthy intervals (v1's first), its own interval the long one: 218 min (3 h 38) 06:40-10:18 across the morning rise (traffic 0.36 -> 0.68); then 30, 30, 30, 29 min, still leaking, to 12:17; 1.0x the d unit over an hour or more (~5.0 %/h of 300 MiB at peak); never fixed; epoch"),
    dict(name="EV05-c-long-interval-201-culprit-6-of-9-300", seed=151005, kind="c", culprit=6,
         intervals=_I[5],
         start="2033-10-05T14:50:00Z", service="mauke-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=201, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/mauke-emasi-listeners', 'Tell open mauke bookings when a emasi frees'),
         note="culprit #6 of 9 at 17:45 after 29, 28, 29, 30, 29, 30 min healthy intervals (v1's first), its own interval the long one: 201 min (3 h 21) 17:45-21:06 across the evening fall (traffic 0.96 -> 0.72); then 29, 29, 28 min, still leaking, to 22:32; 1.0x the c unit over an hour or more (~5.0 %/h of 300 MiB at peak); never fixed; epoch, ascending"),
    dict(name="EV06-b-long-interval-233-culprit-2-of-7-320", seed=151006, kind="b", culprit=2,
         intervals=_I[6],
         start="2033-10-06T11:23:00Z", service="mitiaro-quotes",
         profile="quote", params={'detail': 13, 'skus': 400}, peak_rps=96, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/mitiaro-sishwala-quote-memo', 'Memoise mitiaro quotes per sishwala and customer'),
         note="culprit #2 of 7 at 12:20 after 28, 29 min healthy intervals (v1's first), its own interval the long one: 233 min (3 h 53) 12:20-16:13 across the afternoon peak (traffic 0.96 -> 1.00); then 28, 29, 29, 32, 29 min, still leaking, to 18:40; 0.7x the b unit over an hour or more (~3.5 %/h of 320 MiB at peak); never fixed; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="EV07-a-long-interval-236-culprit-6-of-7-300", seed=151007, kind="a", culprit=6,
         intervals=_I[7],
         start="2033-10-07T10:16:00Z", service="manihiki-orders",
         profile="orders", params={'payload_kb': 2}, peak_rps=62, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/manihiki-tinkhobe-history', 'Keep manihiki orders for the tinkhobe history'),
         note="culprit #6 of 7 at 13:20 after 29, 31, 32, 32, 30, 30 min healthy intervals (v1's first), its own interval the long one: 236 min (3 h 56) 13:20-17:16 across the afternoon peak (traffic 1.00 -> 0.98); then 30 min, still leaking, to 17:46; 1.0x the a unit over an hour or more (~5.0 %/h of 300 MiB at peak); never fixed; epoch, ascending"),
    dict(name="EV08-d-long-interval-next-203-culprit-5-of-8-320", seed=151008, kind="d", culprit=5,
         intervals=_I[8],
         start="2033-10-08T11:07:00Z", service="rakahanga-bookings",
         profile="orders", params={'payload_kb': 2}, peak_rps=217, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('perf/rakahanga-incwancwa-timers', 'Confirm rakahanga bookings from delayed incwancwa timers'),
         note="culprit #5 of 8 at 13:35 after 30, 30, 29, 29, 30 min healthy intervals (v1's first), its own interval 30 min, then the next release's long interval (still leaking): #6, 203 min (3 h 23) 14:05-17:28 across the afternoon peak (traffic 0.98 -> 0.97); then 28, 30 min, still leaking, to 18:26; 1.0x the d unit over an hour or more (~5.0 %/h of 320 MiB at peak); never fixed; epoch"),
    dict(name="EV09-a-long-interval-next-216-culprit-2-of-8-300", seed=151009, kind="a", culprit=2,
         intervals=_I[9],
         start="2033-10-09T05:56:00Z", service="pukapuka-orders",
         profile="orders", params={'payload_kb': 1}, peak_rps=87, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=('feat/pukapuka-siphuphe-history', 'Keep pukapuka orders for the siphuphe history'),
         note="culprit #2 of 8 at 06:56 after 30, 30 min healthy intervals (v1's first), its own interval 29 min, then the next release's long interval (still leaking): #3, 216 min (3 h 36) 07:25-11:01 across the morning rise (traffic 0.41 -> 0.77); then 30, 29, 28, 28, 30 min, still leaking, to 13:26; 0.7x the a unit over an hour or more (~3.5 %/h of 300 MiB at peak); never fixed; epoch"),
    dict(name="EV10-b-long-interval-next-211-culprit-3-of-8-320", seed=151010, kind="b", culprit=3,
         intervals=_I[10],
         start="2033-10-10T16:22:00Z", service="penrhyn-quotes",
         profile="quote", params={'detail': 15, 'skus': 400}, peak_rps=119, heap_mb=160, limit_mib=320, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/penrhyn-ligusha-quote-memo', 'Memoise penrhyn quotes per ligusha and customer'),
         note="culprit #3 of 8 at 17:50 after 29, 30, 29 min healthy intervals (v1's first), its own interval 30 min, then the next release's long interval (still leaking): #4, 211 min (3 h 31) 18:20-21:51 across the evening fall (traffic 0.93 -> 0.65); then 29, 29, 30, 29 min, still leaking, to 23:48; 1.0x the b unit over an hour or more (~5.0 %/h of 320 MiB at peak); never fixed; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="EV11-c-long-interval-209-culprit-4-of-8-320", seed=151011, kind="c", culprit=4,
         intervals=_I[11],
         start="2033-10-11T11:54:00Z", service="palmerston-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=143, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=('feat/palmerston-maniota-listeners', 'Tell open palmerston bookings when a maniota frees'),
         note="culprit #4 of 8 at 13:50 after 28, 30, 28, 30 min healthy intervals (v1's first), its own interval the long one: 209 min (3 h 29) 13:50-17:19 across the afternoon peak (traffic 0.99 -> 0.98); then 29, 29, 29, 28 min, still leaking, to 19:14; 1.0x the c unit over an hour or more (~5.0 %/h of 320 MiB at peak); never fixed; epoch"),
    dict(name="EV12-d-long-interval-237-culprit-3-of-7-300", seed=151012, kind="d", culprit=3,
         intervals=_I[12],
         start="2033-10-12T11:18:00Z", service="suwarrow-bookings",
         profile="orders", params={'payload_kb': 3}, peak_rps=95, heap_mb=160, limit_mib=300, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/suwarrow-tjwala-timers', 'Confirm suwarrow bookings from delayed tjwala timers'),
         note="culprit #3 of 7 at 12:50 after 31, 32, 29 min healthy intervals (v1's first), its own interval the long one: 237 min (3 h 57) 12:50-16:47 across the afternoon peak (traffic 1.00 -> 0.99); then 31, 32, 30, 30 min, still leaking, to 18:50; 0.7x the d unit over an hour or more (~3.5 %/h of 300 MiB at peak); never fixed; epoch, ascending"),
    # ================================================================== healthy, same rhythm (all dev)
    dict(name="EV13-none-long-interval-234-orders-300", seed=151013, kind="none",
         intervals=_I[13],
         start="2033-10-13T12:11:00Z", service="avarua-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, scan_by="TimestampAscending",
         note='no leak, orders route (5 KB at 90 req/s); one 234 min (3 h 54) interval (12:40-16:34) across the afternoon peak between 29 and 30 min ones; must not alarm; ascending'),
    dict(name="EV14-none-long-interval-206-quote-320", seed=151014, kind="none",
         intervals=_I[14],
         start="2033-10-14T06:29:00Z", service="arorangi-quotes",
         profile="quote", params={'detail': 20, 'skus': 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs); one 206 min (3 h 26) interval (07:30-10:56) across the morning rise after 29 and 32 min ones, then 31 min; must not alarm'),
    dict(name="EV15-e-lru-long-interval-208-1230-320", seed=151015, kind="e",
         intervals=_I[15],
         start="2033-10-15T15:11:00Z", service="titikaveka-quotes",
         profile="quote", params={'detail': 22, 'skus': 9000}, peak_rps=95, heap_mb=160, limit_mib=320, env={"LRU_MAX": "1230"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1230 entries) refilling after each of 6 deploys: 29, 29, 31, 30 min intervals, then one 208 min (3 h 28) interval (17:10-20:38) across the evening fall, then 30, 29 min (to 21:37); must not alarm; epoch, ascending'),
    dict(name="EV16-step-long-interval-202-orders-300", seed=151016, kind="step", culprit=3,
         intervals=_I[16],
         start="2033-10-16T11:28:00Z", service="ngatangiia-orders",
         profile="orders", params={'payload_kb': 5}, peak_rps=90, heap_mb=160, limit_mib=300, env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/ngatangiia-lihobe-table-at-boot', 'Load the ngatangiia lihobe table at boot'),
         note="level shift at #3 of 5 (13:00), the deploy just before the long interval: 32, 30, 30 min intervals, #3 30 min, then #4's 202 min (3 h 22) interval (13:30-16:52) across the afternoon peak, then 31 min (to 17:23); orders route (5 KB at 90 req/s), 60000 entries at boot; no trend after; must not alarm; epoch"),
]

SCENARIOS = _RDS + EV_SCENARIOS
