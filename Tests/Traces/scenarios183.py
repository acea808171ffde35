"""memblame's tracelab scenarios, batch 183: GB01..GB16 (real memory traces with labels).

(Named GB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-182 used AA..AZ, BA..BZ, CA..CZ, DA..DZ,
EA..EZ, FA..FZ, GA.  No case folder, scenario name or split entry starts
with "GB".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 183"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios183.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios183.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw183 GB01-... GB16-...

A development batch (all 16 cases split "dev", split183.json): flat,
healthy services (kind none, no leak) deployed every 15-31 minutes.  Each
short interval is mostly the process's warm-up after its restart, and the
detector sometimes reads the warm-ups as growth and blames a deploy with
P 0.93-0.96 (validation's flat services under 16-24-minute deploys, on the
quote and orders routes, over the evening fall and other times of day).
Controls: true leaks from a deploy under the same rhythm and the same
times of day, which must stay named, two of them slow.

GB01-GB10: ten flat services (regime healthy-frequent), quote (odd) and
orders (even) alternating, deploy rhythms two each by gen_intervals(1830NN,
n, lo, hi) with (lo, hi) = (15, 18) GB01, GB04; (18, 22) GB06, GB09;
(20, 24) GB02, GB07; (24, 28) GB05, GB10; (27, 31) GB03, GB08; 14-25
deploys; first samples at 00:40, 03:20, 06:20, 08:30, 10:55, 13:28, 15:48,
18:05, 20:10, 22:30 (shuffled; no earlier flat case started at any of
them).  Quote loads 16-26 lines x 80-125 req/s (400 SKUs, as FX16 and
FZ16), orders 3-6 KB x 86-109 req/s; none an earlier scenario's load at
its limit.

GB11-GB14: leaks from a deploy, kinds a, b, c, d, ~5 %/h of the case's own
limit at peak, deploys 16-28 min apart (gen_intervals(1830NN, n, lo=16,
hi=28)), never fixed: a #7 of 18 (morning), b #12 of 20 (midday), c #5 of
16 (afternoon), d #4 of 14 (evening fall).  GB15, GB16: slow leaks
(~2.5 %/h), b #6 of 16 in the morning and d #8 of 15 over the evening
fall, deploys 18-26 min apart (lo=18, hi=26), never fixed.

Loads by batch 180's units for the next batch, its frequent figures (a
0.0321, b 0.00341, c 0.0146, d 0.0162; %/h per unit of size x rate at peak
at 256 MiB, x 256 / limit), each within 0.5 % of its aim and no earlier
scenario's load of its kind at its limit: GB11 a 1 KB x 183 (300,
+0.25 %), GB12 b 20 lines x 92 (320, +0.39 %; 400 SKUs), GB13 c 2 KB x 200
(300, -0.33 %), GB14 d 2 KB x 193 (320, +0.05 %), GB15 b 7 lines x 131
(320, slow, +0.06 %; 400 SKUs), GB16 d 1 KB x 181 (300, slow, +0.09 %).
The "~N %/h" in the notes are aims, not measurements.

PR and pipeline numbers: this file runs scenarios182.py (11..3020) and
lists GB last (3021..3036).  Seeds 183001..183016.  Dates 2035-04-02
(GB01) to 2035-04-17 (GB16), one day per case, after batches 181's and
182's 2035-03-01..2035-04-01.  Limits ABBABAABBAABABBA (A 300, B 320 MiB:
eight of each).  Heap 160 MB, every case 300 samples or more (320-464), so
ts_format "wire" everywhere, newest first.  Every case is recorded with
--bytes.  Service names: Croatian islands; PR words: Croatian dishes and
sweets (from memory; none in any earlier scenarios*.py or split*.json, by
grep).
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios182.py"))["SCENARIOS"]   # 11..3020

GB_SCENARIOS = [
    # ================================================================== flat services (all dev)
    dict(name="GB01-none-frequent-quote-2010-300", seed=183001, kind="none",
         intervals=gen_intervals(183001, 24, lo=15, hi=18),
         start="2035-04-02T20:10:00Z", service="hvar-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=300, ts_format="wire",
         note="no leak, quote route (18 lines at 113 req/s, 400 SKUs), from 20:10 through the late evening and night to 03:06; 24 deploys 15-18 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB02-none-frequent-orders-0620-320", seed=183002, kind="none",
         intervals=gen_intervals(183002, 19, lo=20, hi=24),
         start="2035-04-03T06:20:00Z", service="korcula-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=91, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no leak, orders route (4 KB at 91 req/s), from 06:20 up the morning rise to 13:49; 19 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB03-none-frequent-quote-1328-320", seed=183003, kind="none",
         intervals=gen_intervals(183003, 14, lo=27, hi=31),
         start="2035-04-04T13:28:00Z", service="brac-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no leak, quote route (24 lines at 87 req/s, 400 SKUs), from 13:28 over the afternoon peak to 20:40; 14 deploys 27-31 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB04-none-frequent-orders-0040-300", seed=183004, kind="none",
         intervals=gen_intervals(183004, 25, lo=15, hi=18),
         start="2035-04-05T00:40:00Z", service="krk-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=86, heap_mb=160, limit_mib=300, ts_format="wire",
         note="no leak, orders route (6 KB at 86 req/s), from 00:40 through the night low to 07:46; 25 deploys 15-18 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB05-none-frequent-quote-1805-320", seed=183005, kind="none",
         intervals=gen_intervals(183005, 16, lo=24, hi=28),
         start="2035-04-06T18:05:00Z", service="cres-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=120, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no leak, quote route (21 lines at 120 req/s, 400 SKUs), from 18:05 over the evening fall to 01:20; 16 deploys 24-28 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB06-none-frequent-orders-1055-300", seed=183006, kind="none",
         intervals=gen_intervals(183006, 20, lo=18, hi=22),
         start="2035-04-07T10:55:00Z", service="mljet-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=107, heap_mb=160, limit_mib=300, ts_format="wire",
         note="no leak, orders route (3 KB at 107 req/s), from 10:55 over midday into the afternoon to 17:56; 20 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB07-none-frequent-quote-0320-300", seed=183007, kind="none",
         intervals=gen_intervals(183007, 18, lo=20, hi=24),
         start="2035-04-08T03:20:00Z", service="lastovo-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=100, heap_mb=160, limit_mib=300, ts_format="wire",
         note="no leak, quote route (16 lines at 100 req/s, 400 SKUs), from 03:20 over the night low into the dawn rise to 10:24; 18 deploys 20-24 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB08-none-frequent-orders-1548-320", seed=183008, kind="none",
         intervals=gen_intervals(183008, 15, lo=27, hi=31),
         start="2035-04-09T15:48:00Z", service="solta-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=103, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no leak, orders route (5 KB at 103 req/s), from 15:48 over the afternoon peak and the evening fall to 23:32; 15 deploys 27-31 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB09-none-frequent-quote-0830-320", seed=183009, kind="none",
         intervals=gen_intervals(183009, 21, lo=18, hi=22),
         start="2035-04-10T08:30:00Z", service="silba-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=80, heap_mb=160, limit_mib=320, ts_format="wire",
         note="no leak, quote route (26 lines at 80 req/s, 400 SKUs), from 08:30 up the morning rise into the afternoon to 15:40; 21 deploys 18-22 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="GB10-none-frequent-orders-2230-300", seed=183010, kind="none",
         intervals=gen_intervals(183010, 16, lo=24, hi=28),
         start="2035-04-11T22:30:00Z", service="olib-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=109, heap_mb=160, limit_mib=300, ts_format="wire",
         note="no leak, orders route (4 KB at 109 req/s), from 22:30 through the night to 05:58; 16 deploys 24-28 min apart: each short interval is mostly warm-up; must not alarm; epoch"),
    # ================================================================== leaks from a deploy (all dev)
    dict(name="GB11-a-frequent-deploys-culprit-7-of-18-300", seed=183011, kind="a", culprit=7,
         intervals=gen_intervals(183011, 18, lo=16, hi=28),
         start="2035-04-12T07:10:00Z", service="ugljan-orders",
         profile="orders", params={"payload_kb": 1}, peak_rps=183, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=("feat/ugljan-strukli-history", "Keep ugljan orders for the strukli history"),
         note="18 deploys 16-28 min apart from 07:10, culprit #7 of 18 at 09:45 (its own 19 min, then 11 more leaking intervals of 16-28 min, to 14:23); ~5 %/h of 300 MiB at peak (1 KB x 183, +0.25 %); epoch"),
    dict(name="GB12-b-frequent-deploys-culprit-12-of-20-320", seed=183012, kind="b", culprit=12,
         intervals=gen_intervals(183012, 20, lo=16, hi=28),
         start="2035-04-13T08:05:00Z", service="pasman-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=("perf/pasman-fritule-quote-memo", "Memoise pasman quotes per fritule and customer"),
         note="20 deploys 16-28 min apart from 08:05, culprit #12 of 20 at 12:32 (its own 18 min, then 8 more leaking intervals of 16-28 min, to 15:47); ~5 %/h of 320 MiB at peak (20 lines x 92, +0.39 %); good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="GB13-c-frequent-deploys-culprit-5-of-16-300", seed=183013, kind="c", culprit=5,
         intervals=gen_intervals(183013, 16, lo=16, hi=28),
         start="2035-04-14T12:50:00Z", service="losinj-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=200, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=("feat/losinj-pasticada-listeners", "Tell open losinj bookings when a pasticada slot frees"),
         note="16 deploys 16-27 min apart from 12:50, culprit #5 of 16 at 14:33 (its own 26 min, then 11 more leaking intervals of 21-27 min, to 19:25); ~5 %/h of 300 MiB at peak (2 KB x 200, -0.33 %); epoch"),
    dict(name="GB14-d-frequent-deploys-culprit-4-of-14-320", seed=183014, kind="d", culprit=4,
         intervals=gen_intervals(183014, 14, lo=16, hi=28),
         start="2035-04-15T16:50:00Z", service="susak-bookings",
         profile="orders", params={"payload_kb": 2}, peak_rps=193, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=("perf/susak-brudet-timers", "Confirm susak bookings from delayed brudet timers"),
         note="14 deploys 18-28 min apart from 16:50, culprit #4 of 14 at 18:20 over the evening fall (its own 22 min, then 10 more leaking intervals of 18-27 min, to 22:10); ~5 %/h of 320 MiB at peak (2 KB x 193, +0.05 %); epoch"),
    dict(name="GB15-b-slow-leak-culprit-6-of-16-320", seed=183015, kind="b", culprit=6,
         intervals=gen_intervals(183015, 16, lo=18, hi=26),
         start="2035-04-16T06:35:00Z", service="murter-quotes",
         profile="quote", params={"detail": 7, "skus": 400}, peak_rps=131, heap_mb=160, limit_mib=320, ts_format="wire",
         culprit_pr_title=("perf/murter-soparnik-quote-memo", "Memoise murter quotes per soparnik and customer"),
         note="slow leak (~2.5 %/h of 320 MiB at peak, 7 lines x 131, +0.06 %) from #6 of 16 at 08:44 in the morning (its own 26 min, then 10 more leaking intervals of 18-26 min, to 12:43), after 19-24 min healthy intervals from 06:35; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="GB16-d-slow-leak-culprit-8-of-15-300", seed=183016, kind="d", culprit=8,
         intervals=gen_intervals(183016, 15, lo=18, hi=26),
         start="2035-04-17T15:40:00Z", service="zirje-bookings",
         profile="orders", params={"payload_kb": 1}, peak_rps=181, heap_mb=160, limit_mib=300, ts_format="wire",
         culprit_pr_title=("perf/zirje-rozata-timers", "Confirm zirje bookings from delayed rozata timers"),
         note="slow leak (~2.5 %/h of 300 MiB at peak, 1 KB x 181, +0.09 %) from #8 of 15 at 18:40 over the evening fall (its own 25 min, then 7 more leaking intervals of 19-25 min, to 21:42), after 19-26 min healthy intervals from 15:40; epoch"),
]

SCENARIOS = _RDS + GB_SCENARIOS
