"""memblame's tracelab scenarios, batch 115: DL01..DL16 (real memory traces with labels).

(Named DL: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-114 used AA..AZ, BA..BZ, CA..CZ, DA, DB,
DC, DD, DE, DF, DG, DH, DI, DJ and DK.  No case folder, scenario name or
split entry on main or any other branch starts with "DL"; neither tracelab
nor these files parse the prefix of a name (deploy_records takes the
position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 115"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios115.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios115.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw115 DL01-... DL16-...

A DEVELOPMENT batch (all 16 split "dev"), as batches 106 and 109: the last
interval of every case lasts 95-125 min by the clock.  The detector holds a
leak inconclusive when the only leaking interval is the last one and it
lasts under 2 h (one interval "must last two warm-up time constants
alone"); blind culprit-last cases with 110-115 min after the culprit (DG02:
b #7 of 7, 115 min; DJ02: d #8 of 8, 110 min) were held inconclusive.
These cases are for deciding whether the 2 h can be lowered: leaks whose
culprit is the last deploy, and healthy services whose last interval of
95-125 min is the shape that could fool a lower bound.

  nine culprit-last leaks (DL01-DL09): the culprit is the last deploy, at
    12:35-14:30 (0.98-1.00 of the peak), with 95, 100, 105, 110, 115, 120,
    125, 100 and 110 min of data after it to the end of the series; kinds
    a 2 (DL01, DL06), b 3 (DL02, DL05, DL09), c 2 (DL03, DL07), d 2 (DL04,
    DL08); positions #5, #4, #6, #3, #5, #4, #3, #6, #7 (2-6 deploys
    before it); DL09 a slow b (~1.5 %/h);
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used (665, 1435, 1035) whose last interval starts
    shortly before a traffic rise: DL10 at 06:40 (0.36 of the peak) up the
    morning ramp (to 08:30, 0.50), DL11 at 10:40 (0.72) up the midday rise
    (to 12:20, 0.96), DL12 at 14:10 (0.98) up the late-afternoon rise to the
    16:00 peak (to 16:10, 1.00; tracelab's day_shape rises only 0.98 -> 1.00
    there);
  two step releases (60000 entries loaded at boot) deployed last: DL13
    orders (5 KB at 95 req/s) #5 of 5 at 12:45 with 105 min after it, DL14
    quote (20 lines at 95 req/s, 400 SKUs) #4 of 4 at 13:30 with 115 min;
  DL15 kind f, reports in flight (450 KB held 430 ms at 100 req/s, 72
    load threads), last deploy at 07:15 (0.40) then 125 min up the morning
    ramp (to 09:20, 0.58);
  DL16 a flat orders service (5 KB at 90 req/s), last deploy 15:05 then 95
    min to 16:40.

Deploy gaps (and v1's interval before the first deploy): the first seed's
draw of gen_intervals(1150NN, n-1, lo=25, hi=60), written out below, then
the last interval pinned (not a draw).  Limits: odd cases 320 MiB, even
300; heap 160 MB everywhere.  ts_format "wire" (epoch seconds) for the
cases of 290 samples or more (DL01, DL03, DL05, DL06, DL08, DL09, DL10,
DL13, DL14, DL16); TimestampAscending for DL02, DL05, DL08, DL11, DL14.
Dates follow DK's: 2032-01-28 (DL01) to 2032-02-12 (DL16).  16 cases, 4 773
samples in all, for a recording budget of 1100 s.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios114.py (unchanged: 11..1932,
scenarios113.py's 11..1916 and DK at 1917..1932) and lists the DL
scenarios last (1933..1948), as scenarios114.py runs scenarios113.py.
Seeds 115001..115016, a seed +100 only if its PR or pipeline numbers
collide with an earlier scenario or a case in real/
(/work/tracelab-raw115/check_numbers.py, batch 114's adapted;
check_numbers_first.out): DL04's 115004 gave PR 680645, a pipeline number
of BC09, so DL04 has 115104 (its intervals stay the draw of 115004); the
fifteen others are the first tried.

Split (Tests/Traces/split115.json, written and committed before
recording): 16 dev, 0 validation; regimes culprit-last (DL01-DL08),
slow-leak (DL09), healthy-lru (DL10-DL12), healthy-step (DL13, DL14),
healthy-load (DL15), healthy-flat (DL16).

Loads by batch 113's units for the next batch, over an hour or more (the
culprit's interval is 95-125 min): a 0.0218, b 0.00352, c 0.0112, d 0.0119
(%/h per unit of load, size x rate, at peak traffic at 256 MiB; x 256 /
limit for another limit).  Every leaking case aims at ~5 %/h of its own
limit at peak, DL09 at ~1.5; each load the pair with the smallest error in
batch 113's ranges (a 3-8 KB at 35-130, b 15-27 lines at 80-125, c 4-9 KB
at 70-130, d 4-8 KB at 70-130, slow b 6-12 lines at 50-125), no two cases
the same (/work/tracelab-raw115/design.py, design.out): DL01 a 7 KB at 41
(+0.11 %), DL02 b 15 lines at 111 (+0.02 %), DL03 c 6 KB at 93 (-0.01 %),
DL04 d 6 KB at 82 (-0.08 %), DL05 b 16 lines at 111 (+0.02 %), DL06 a 4 KB
at 67 (-0.29 %), DL07 c 8 KB at 70 (+0.35 %), DL08 d 4 KB at 123 (-0.08
%), DL09 b 7 lines at 76 (-0.13 %, aim 1.5).  Healthy, earlier loads: the
LRUs as DJ13 and DK11-DK13, the steps as DJ12 (orders) and DK14 (quote),
the f as DJ15 and DK15, the flat orders as DJ16.  The "~N %/h" in the notes
are aims, not measurements.
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDK = runpy.run_path(os.path.join(_HERE, "scenarios114.py"))["SCENARIOS"]   # 11..1932 (scenarios113.py's 11..1916, DK 1917..1932)

_DL01 = [57, 56, 34, 45, 42, 95]
_DL02 = [46, 35, 35, 28, 100]
_DL03 = [43, 40, 28, 57, 54, 48, 105]
_DL04 = [30, 35, 37, 110]
_DL05 = [38, 45, 48, 57, 47, 115]
_DL06 = [50, 26, 50, 47, 120]
_DL07 = [33, 26, 52, 125]
_DL08 = [33, 54, 34, 50, 34, 25, 100]
_DL09 = [29, 44, 53, 28, 34, 50, 34, 110]
_DL10 = [44, 52, 57, 50, 110]
_DL11 = [37, 42, 33, 46, 29, 100]
_DL12 = [26, 53, 27, 39, 120]
_DL13 = [27, 49, 25, 36, 53, 105]
_DL14 = [52, 28, 49, 46, 115]
_DL15 = [50, 60, 38, 125]
_DL16 = [28, 49, 35, 43, 49, 95]

DL_SCENARIOS = [
    dict(name="DL01-a-culprit-last-5-after-95-320", seed=115001, kind="a", culprit=5,
         intervals=list(_DL01),
         start="2032-01-28T09:11:00Z", service="ulaanbaatar-erdenet-orders",
         profile="orders", params={"payload_kb": 7}, peak_rps=41, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/ulaanbaatar-khorkhog-history", "Keep ulaanbaatar erdenet orders for the khorkhog history"), ts_format="wire",
         note="the culprit is the last deploy #5 of 5 at 13:05 (1.00 of the peak): one 95 min interval of evidence (to 14:40) after 57, 56, 34, 45, 42 min healthy ones; ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="DL02-b-culprit-last-4-after-100-300", seed=115002, kind="b", culprit=4,
         intervals=list(_DL02),
         start="2032-01-29T10:11:00Z", service="darkhan-choibalsan-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/darkhan-bansh-quote-memo", "Memoise darkhan choibalsan quotes per bansh and customer"), scan_by="TimestampAscending",
         note="the culprit is the last deploy #4 of 4 at 12:35 (0.98 of the peak): one 100 min interval of evidence (to 14:15) after 46, 35, 35, 28 min healthy ones; ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending"),
    dict(name="DL03-c-culprit-last-6-after-105-320", seed=115003, kind="c", culprit=6,
         intervals=list(_DL03),
         start="2032-01-30T09:50:00Z", service="murun-khovd-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=93, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/murun-aaruul-listeners", "Tell open murun khovd bookings when an aaruul frees"), ts_format="wire",
         note="the culprit is the last deploy #6 of 6 at 14:20 (0.98 of the peak): one 105 min interval of evidence (to 16:05) after 43, 40, 28, 57, 54, 48 min healthy ones; ~5 %/h of 320 MiB at peak; epoch"),
    dict(name="DL04-d-culprit-last-3-after-110-300", seed=115104, kind="d", culprit=3,
         intervals=list(_DL04),
         start="2032-01-31T11:58:00Z", service="olgii-bayankhongor-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=82, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/olgii-airag-timers", "Confirm olgii bayankhongor bookings from delayed airag timers"),
         note="the culprit is the last deploy #3 of 3 at 13:40 (0.99 of the peak): one 110 min interval of evidence (to 15:30) after 30, 35, 37 min healthy ones; ~5 %/h of 300 MiB at peak"),
    dict(name="DL05-b-culprit-last-5-after-115-320", seed=115005, kind="b", culprit=5,
         intervals=list(_DL05),
         start="2032-02-01T10:10:00Z", service="arvaikheer-dalanzadgad-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=111, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/arvaikheer-boortsog-quote-memo", "Memoise arvaikheer dalanzadgad quotes per boortsog and customer"), ts_format="wire", scan_by="TimestampAscending",
         note="the culprit is the last deploy #5 of 5 at 14:05 (0.98 of the peak): one 115 min interval of evidence (to 16:00) after 38, 45, 48, 57, 47 min healthy ones; ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="DL06-a-culprit-last-4-after-120-300", seed=115006, kind="a", culprit=4,
         intervals=list(_DL06),
         start="2032-02-02T09:57:00Z", service="sainshand-zuunmod-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=67, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/sainshand-guriltai-history", "Keep sainshand zuunmod orders for the guriltai history"), ts_format="wire",
         note="the culprit is the last deploy #4 of 4 at 12:50 (1.00 of the peak): one 120 min interval of evidence (to 14:50) after 50, 26, 50, 47 min healthy ones; ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="DL07-c-culprit-last-3-after-125-320", seed=115007, kind="c", culprit=3,
         intervals=list(_DL07),
         start="2032-02-03T11:34:00Z", service="baruunurt-ondorkhaan-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=70, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/baruunurt-budaatai-listeners", "Tell open baruunurt ondorkhaan bookings when a budaatai frees"),
         note="the culprit is the last deploy #3 of 3 at 13:25 (0.99 of the peak): one 125 min interval of evidence (to 15:30) after 33, 26, 52 min healthy ones; ~5 %/h of 320 MiB at peak"),
    dict(name="DL08-d-culprit-last-6-after-100-300", seed=115008, kind="d", culprit=6,
         intervals=list(_DL08),
         start="2032-02-04T10:40:00Z", service="tsetserleg-uliastai-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=123, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/tsetserleg-tsuivan-timers", "Confirm tsetserleg uliastai bookings from delayed tsuivan timers"), ts_format="wire", scan_by="TimestampAscending",
         note="the culprit is the last deploy #6 of 6 at 14:30 (0.98 of the peak): one 100 min interval of evidence (to 16:10) after 33, 54, 34, 50, 34, 25 min healthy ones; ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="DL09-b-slow-culprit-last-7-after-110-320", seed=115009, kind="b", culprit=7,
         intervals=list(_DL09),
         start="2032-02-05T09:23:00Z", service="altai-bulgan-quotes",
         profile="quote", params={"detail": 7, "skus": 400}, peak_rps=76, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/altai-boodog-quote-memo", "Memoise altai bulgan quotes per boodog and customer"), ts_format="wire",
         note="slow leak: the culprit is the last deploy #7 of 7 at 13:55 (0.98 of the peak): one 110 min interval of evidence (to 15:45) after 29, 44, 53, 28, 34, 50, 34 min healthy ones; ~1.5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="DL10-e-lru-last-before-morning-ramp-665-300", seed=115010, kind="e",
         intervals=list(_DL10),
         start="2032-02-06T03:17:00Z", service="mandalgovi-sukhbaatar-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "665"}, ts_format="wire",
         note="bounded LRU (665 entries) refilling after each of 4 deploys 50-57 min apart from 03:17; the last deploy at 06:40 (0.36 of the peak), shortly before the morning ramp, then 110 min to 08:30 (0.50); must not alarm; epoch"),
    dict(name="DL11-e-lru-last-before-midday-rise-1435-320", seed=115011, kind="e",
         intervals=list(_DL11),
         start="2032-02-07T07:33:00Z", service="nalaikh-kharkhorin-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1435"}, scan_by="TimestampAscending",
         note="bounded LRU (1435 entries) refilling after each of 5 deploys 29-46 min apart from 07:33; the last deploy at 10:40 (0.72 of the peak), shortly before the midday rise, then 100 min to 12:20 (0.96); must not alarm; ascending"),
    dict(name="DL12-e-lru-last-before-late-afternoon-rise-1035-300", seed=115012, kind="e",
         intervals=list(_DL12),
         start="2032-02-08T11:45:00Z", service="ulaangom-khatgal-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1035"},
         note="bounded LRU (1035 entries) refilling after each of 4 deploys 27-53 min apart from 11:45; the last deploy at 14:10 (0.98 of the peak), shortly before the late-afternoon rise, then 120 min to 16:10 (1.00); must not alarm"),
    dict(name="DL13-step-last-orders-after-105-320", seed=115013, kind="step", culprit=5,
         intervals=list(_DL13),
         start="2032-02-09T09:35:00Z", service="tosontsengel-zamyn-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, culprit_pr_title=("feat/tosontsengel-khuushuur-table-at-boot", "Load the tosontsengel khuushuur table at boot"), ts_format="wire",
         note="level shift at the last deploy #5 of 5 (12:45, 0.99 of the peak), orders route (5 KB at 95 req/s); 5 deploys 25-53 min apart from 09:35; 105 min after the step (to 14:30); no trend after; must not alarm; epoch"),
    dict(name="DL14-step-last-quote-after-115-300", seed=115014, kind="step", culprit=4,
         intervals=list(_DL14),
         start="2032-02-10T10:35:00Z", service="chingeltei-baganuur-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"}, culprit_pr_title=("feat/chingeltei-byaslag-table-at-boot", "Load the chingeltei byaslag table at boot"), ts_format="wire", scan_by="TimestampAscending",
         note="level shift at the last deploy #4 of 4 (13:30, 0.99 of the peak), quote route (20 lines at 95 req/s, 400 SKUs); 4 deploys 28-49 min apart from 10:35; 115 min after the step (to 15:25); no trend after; must not alarm; epoch, ascending"),
    dict(name="DL15-f-load-last-morning-ramp-320", seed=115015, kind="f", workers=72,
         intervals=list(_DL15),
         start="2032-02-11T04:47:00Z", service="tsogttsetsii-khanbogd-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load: 3 deploys 38-60 min apart from 04:47, the last at 07:15 (0.40 of the peak), then 125 min up the morning ramp to 09:20 (0.58); must not alarm"),
    dict(name="DL16-none-flat-last-95-300", seed=115016, kind="none",
         intervals=list(_DL16),
         start="2032-02-12T11:41:00Z", service="berkh-erdenetsagaan-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no leak, orders route (5 KB at 90 req/s); 5 deploys 35-49 min apart from 11:41, the last at 15:05 (0.99 of the peak), then 95 min to 16:40 (0.99); must not alarm; epoch"),
]

SCENARIOS = _RDK + DL_SCENARIOS
