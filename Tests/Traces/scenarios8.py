"""memblame's tracelab scenarios, batch 8: Z01..Z30 (real memory traces with labels).

(Named Z, not X: tracelab's own example scenarios are X1..X11.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 8"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios8.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios8.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw8 Z01-... Z30-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 8 does not
reuse the ranges of R01..R44, S01..S24, T01..T12, U01..U36, V01..V30,
W01..W36 and Y01..Y24, this file lists the scenarios of scenarios7.py first,
unchanged and in the same order (positions 11..216, exactly as when
scenarios7.py is passed), and the Z scenarios after them (positions
217..246).  Only the Z scenarios are recorded from this file.

Split (Tests/Traces/split8.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation` (10 dev); of the six singles, taken in number order, the
1st and the 4th (every third, starting from the first: Z19 night-pause and
Z26 healthy-load) are `dev`, the other four `validation`.  12 dev, 18
validation.  Weighted towards the regimes where detectors struggle (slow
leaks, an early culprit, frequent deploys, deploys a day or more apart, fast
OOMs), with deploys from every ~15 minutes to 20 h apart.

  four:   slow-leak Z01-Z04
  three:  culprit-early Z05-Z07, frequent-deploys Z08-Z10
  two:    long-interval Z11-Z12, oom-fast Z13-Z14, fixed-later Z15-Z16,
          multi-task Z17-Z18, healthy-step Z22-Z23, healthy-lru Z24-Z25,
          healthy-frequent Z27-Z28
  single: night-pause Z19, flag-flip Z20, limit-raise Z21, healthy-load Z26,
          healthy-flat Z29, healthy-long Z30 (new tag: a healthy service with
          deploys 20 h apart; no earlier tag names that rhythm)

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
MiB per simulated hour at the daily peak ~= KB_per_request x peak_rps x 0.0147
(per task: divide peak_rps by the number of tasks).  256 MiB limit: 1 % = 2.56 MiB.
Loads scaled from what batches 6 and 7 measured: slow leaks (W01 a 1 KB at 24
req/s 0.6-0.8 %/h, W02 b 6 lines at 50 ~0.5, W03 c 1 KB at 26 ~0.3, W04 d
1 KB at 50 0.55-0.7, Y01 d 1 KB at 60 0.6-0.75, Y02 c 1.5 KB at 30 0.14-0.37,
Y03 b 8 lines at 45 0.55-0.7 of 300 MiB); long intervals (W33 d 1.5 KB at 65
req/s: ~0.8 %/h by day, ~0.35 at night, about half the formula); fast OOMs
(W34 c 60 KB at 165: first OOM 41 min after the onset; Y24 a 30 KB at 140:
~50 %/h, one OOM 82 min after the onset); limit raise (W36 d 28 KB at 140).
The "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWY = runpy.run_path(os.path.join(_HERE, "scenarios7.py"))["SCENARIOS"]   # R01..R44, S01..S24, T01..T12, U01..U36, V01..V30, W01..W36, Y01..Y24

_Z20 = [60, 90, 160, 80]


Z_SCENARIOS = [
    # ================================================================== slow-leak, ~0.2-0.8 %/h (Z01 dev, Z02-Z04 validation)
    dict(name="Z01-d-slow-leak-culprit-second-short-first", seed=9801, kind="d", culprit=2,
         intervals=[40, 60, 240, 100],
         start="2027-02-08T06:50:00Z", service="boiler-checks",
         profile="orders", params={"payload_kb": 1}, peak_rps=55,
         culprit_pr_title=("perf/check-reminder-timer", "Send boiler check reminders from delayed timers"),
         note="slow leak (~0.6 %/h) from #2 at 08:30 after a 40 min v1 and a 60 min healthy #1; 240 and 100 min "
              "leaking intervals"),
    dict(name="Z02-a-slow-leak-culprit-first-300", seed=9802, kind="a", culprit=1,
         intervals=[30, 270, 120],
         start="2027-02-09T07:10:00Z", service="allotment-plots",
         profile="orders", params={"payload_kb": 1}, peak_rps=14, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/plot-request-ledger", "Keep plot requests for the waiting-list ledger"),
         note="very slow leak (~0.3 %/h of 300 MiB) from #1 at 07:40, only 30 min into the window; 270 and 120 "
              "min leaking intervals; epoch, ascending"),
    dict(name="Z03-c-slow-leak-culprit-third", seed=9803, kind="c", culprit=3,
         intervals=[45, 50, 60, 220, 80],
         start="2027-02-10T06:30:00Z", service="ward-rounds",
         profile="orders", params={"payload_kb": 2}, peak_rps=36, scan_by="TimestampAscending",
         culprit_pr_title=("feat/round-change-listeners", "Tell open round requests when a ward list changes"),
         note="slow leak (~0.5 %/h) from #3 at 09:05 after three short healthy intervals (45, 50, 60 min); 220 "
              "and 80 min leaking intervals; ascending"),
    dict(name="Z04-b-slow-leak-culprit-first-flat-320", seed=9804, kind="b", culprit=1,
         intervals=[60, 250, 120],
         start="2027-02-11T09:00:00Z", service="ski-passes",
         profile="quote", params={"detail": 8, "skus": 700}, peak_rps=60, load="flat", heap_mb=176,
         limit_mib=320, ts_format="wire",
         culprit_pr_title=("perf/pass-price-memo", "Memoise pass prices per skier and day count"),
         note="slow leak (~0.45 %/h of 320 MiB, steady: flat load) from #1 at 10:00 after 60 min of v1; 250 "
              "and 120 min leaking intervals; epoch"),
    # ================================================================== culprit-early (Z05 dev, Z06-Z07 validation)
    dict(name="Z05-a-culprit-first-after-35", seed=9805, kind="a", culprit=1,
         intervals=gen_intervals(9805, 4, {0: 35}, lo=30, hi=110),
         start="2027-02-12T08:20:00Z", service="bakery-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=90,
         culprit_pr_title=("feat/order-request-replay", "Keep bakery order requests for replay"),
         note="culprit is the first deploy #1 after only 35 min of v1; every later interval leaks (~7 %/h at "
              "peak); 4 deploys 53-108 min apart"),
    dict(name="Z06-c-culprit-second-short-300", seed=9806, kind="c", culprit=2,
         intervals=gen_intervals(9806, 5, {0: 45, 1: 50}, lo=40, hi=100),
         start="2027-02-13T09:10:00Z", service="lab-results",
         profile="orders", params={"payload_kb": 7}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/sample-status-listeners", "Push sample status changes to open result requests"),
         note="culprit is the second deploy #2 after 45 and 50 min; every later interval leaks (~6 %/h of 300 "
              "MiB at peak); epoch, ascending"),
    dict(name="Z07-d-culprit-first-early-morning-384", seed=9807, kind="d", culprit=1,
         intervals=gen_intervals(9807, 4, {0: 60}, lo=40, hi=95),
         start="2027-02-14T05:30:00Z", service="milk-rounds",
         profile="orders", params={"payload_kb": 8}, peak_rps=110, heap_mb=192, limit_mib=384,
         culprit_pr_title=("perf/round-followup-timer", "Follow up missed milk drops from delayed timers"),
         note="culprit is the first deploy #1 at 06:30, after 60 min of v1, in the low early-morning traffic: "
              "the leak (~5 %/h of 384 MiB at the peak) starts slow and steepens through the morning"),
    # ================================================================== frequent-deploys, leak (Z08 dev, Z09-Z10 validation)
    dict(name="Z08-b-frequent-deploys-culprit-3", seed=9808, kind="b", culprit=3,
         intervals=gen_intervals(9808, 11, lo=15, hi=45),
         start="2027-02-15T10:00:00Z", service="bike-rentals",
         profile="quote", params={"detail": 40, "skus": 700}, peak_rps=110, ts_format="wire",
         culprit_pr_title=("perf/rental-quote-memo", "Memoise rental quotes per rider and hour count"),
         note="11 deploys 15-43 min apart, culprit #3 (early, 9 deploys of evidence); ~7.5 %/h at peak; good "
              "releases warm a per-SKU cache too; epoch"),
    dict(name="Z09-c-frequent-deploys-culprit-7", seed=9809, kind="c", culprit=7,
         intervals=gen_intervals(9809, 11, lo=15, hi=45),
         start="2027-02-16T11:30:00Z", service="locker-rentals",
         profile="orders", params={"payload_kb": 6}, peak_rps=110, scan_by="TimestampAscending",
         culprit_pr_title=("feat/locker-state-listeners", "Tell open rental requests when a locker frees up"),
         note="11 deploys 18-40 min apart, culprit #7 (middle); ~6.5 %/h at peak; ascending"),
    dict(name="Z10-a-frequent-deploys-culprit-11", seed=9810, kind="a", culprit=11,
         intervals=gen_intervals(9810, 12, lo=15, hi=45),
         start="2027-02-17T09:30:00Z", service="gym-classes",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/class-booking-journal", "Journal class bookings for the no-show report"),
         note="12 deploys 19-43 min apart, culprit #11 (late, 2 deploys of evidence); ~6 %/h of 320 MiB at "
              "peak; epoch, ascending"),
    # ================================================================== long-interval (Z11 dev, Z12 validation)
    dict(name="Z11-d-long-interval-night-culprit", seed=9811, kind="d", culprit=1,
         intervals=[120, 1200, 600],
         start="2027-02-18T23:00:00Z", service="backup-verifier",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/verify-retry-timer", "Retry failed backup verifications from delayed timers"),
         note="window starts at 23:00; culprit #1 at 01:00 in the night trough, leaking 20 h (~1-1.5 %/h of "
              "320 MiB by day, less at night) until #2 at 21:00 the next evening, which still leaks for 10 h; "
              "daily load cycle, no OOM aimed"),
    dict(name="Z12-b-long-interval-culprit-second", seed=9812, kind="b", culprit=2,
         intervals=[60, 1200, 900],
         start="2027-02-20T09:00:00Z", service="invoice-archive",
         profile="quote", params={"detail": 12, "skus": 600}, peak_rps=60, ts_format="wire",
         culprit_pr_title=("perf/archive-quote-memo", "Memoise archive retrieval quotes per client and year"),
         note="#1 at 10:00 (healthy, 20 h through a night), culprit #2 at 06:00 the next morning, leaking "
              "15 h (~1.2 %/h at peak, less at night) to the end; daily load cycle; epoch"),
    # ================================================================== oom-fast (Z13 dev, Z14 validation)
    dict(name="Z13-c-oom-fast-culprit-second", seed=9813, kind="c", culprit=2,
         intervals=[60, 70, 140, 60],
         start="2027-02-22T11:30:00Z", service="live-scores",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, scan_by="TimestampAscending",
         culprit_pr_title=("feat/match-event-listeners", "Push match events to every open score request"),
         note="leak from #2 at 13:40, ~200 MiB/h at peak: OOM within the hour, several OOM restarts in #2 "
              "(140 min) and #3 (60 min, still leaking); ascending"),
    dict(name="Z14-d-oom-fast-culprit-third", seed=9814, kind="d", culprit=3,
         intervals=[50, 60, 60, 150],
         start="2027-02-23T11:00:00Z", service="print-queue",
         profile="orders", params={"payload_kb": 70}, peak_rps=180, ts_format="wire",
         culprit_pr_title=("perf/print-retry-timer", "Retry stuck print jobs from delayed timers"),
         note="leak from #3 at 13:50, ~200 MiB/h at peak (formula): OOM within about an hour, two or three "
              "restarts in #3's 150 min; epoch"),
    # ================================================================== fixed-later (Z15 dev, Z16 validation)
    dict(name="Z15-a-fixed-one-later", seed=9815, kind="a", culprit=2, fixed=3,
         intervals=gen_intervals(9815, 4, {2: 100}, lo=40, hi=100),
         start="2027-02-24T08:00:00Z", service="parking-permits",
         profile="orders", params={"payload_kb": 5}, peak_rps=105,
         culprit_pr_title=("feat/permit-request-trail", "Keep permit applications for the appeals trail"),
         fixed_pr_title=("fix/permit-trail-in-db", "Write the appeals trail to the database instead"),
         note="leak from #2 (~8 %/h at peak) for 100 min, fixed by the next deploy #3"),
    dict(name="Z16-b-fixed-two-later-300", seed=9816, kind="b", culprit=3, fixed=5,
         intervals=gen_intervals(9816, 5, lo=40, hi=100),
         start="2027-02-25T07:40:00Z", service="hotel-rates",
         profile="quote", params={"detail": 40, "skus": 700}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/room-rate-memo", "Memoise room rates per guest and stay length"),
         fixed_pr_title=("fix/room-rate-memo-by-room", "Key the room rate memo by room type only"),
         note="leak from #3 (~6 %/h of 300 MiB at peak), unrelated #4 still leaks, fixed two deploys later by "
              "#5; good releases warm a per-SKU cache; epoch, ascending"),
    # ================================================================== multi-task (Z17 dev, Z18 validation)
    dict(name="Z17-d-two-tasks", seed=9817, kind="d", culprit=2, tasks=2, roll_gap=3,
         intervals=gen_intervals(9817, 4, lo=50, hi=100),
         start="2027-02-26T08:30:00Z", service="ferry-checkins",
         profile="orders", params={"payload_kb": 8}, peak_rps=180,
         culprit_pr_title=("perf/checkin-reminder-timer", "Send check-in reminders from delayed timers"),
         note="2 tasks, rolling deploys 3 min apart; culprit #2; each task ~6 %/h at peak; metrics-ci.jsonl"),
    dict(name="Z18-c-three-tasks-320", seed=9818, kind="c", culprit=3, tasks=3, roll_gap=3,
         intervals=gen_intervals(9818, 5, lo=50, hi=100),
         start="2027-02-27T09:20:00Z", service="grocery-slots",
         profile="orders", params={"payload_kb": 9}, peak_rps=240, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/slot-capacity-listeners", "Tell open slot requests when van capacity changes"),
         note="3 tasks, rolling deploys 3 min apart; culprit #3; each task ~5.5 %/h of 320 MiB at peak; "
              "metrics-ci.jsonl; epoch"),
    # ================================================================== singles (Z19, Z26 dev; Z20, Z21, Z29, Z30 validation)
    dict(name="Z19-a-night-pause-evening-culprit", seed=9819, kind="a", culprit=2,
         intervals=[40, 50, 360, 40],
         start="2027-02-28T19:00:00Z", service="takeaway-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, scan_by="TimestampAscending",
         culprit_pr_title=("feat/order-dispute-trail", "Keep takeaway order requests for disputes"),
         note="leak from #2 at 20:30 (~6 %/h then), through a 360 min night interval to 02:30 where the slope "
              "follows the traffic down (~2-3 %/h); #3 still leaks; ascending"),
    dict(name="Z20-c-flag-flip", seed=9820, kind="c", flag="live_stock_push",
         flag_at=sum(_Z20[:2]) + 70, intervals=_Z20,
         start="2027-03-01T08:00:00Z", service="stock-levels",
         profile="orders", params={"payload_kb": 8}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag live_stock_push on at 11:39:30, 70 min after #2 and 90 min before #3; "
              "listener leak (~6 %/h of 320 MiB at peak) from then on, in every later release; epoch, ascending"),
    dict(name="Z21-a-limit-raise-384", seed=9821, kind="a", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 384, "heap_mb": 192},
         intervals=[50, 60, 170, 110, 60],
         start="2027-03-02T10:00:00Z", service="photo-prints",
         profile="orders", params={"payload_kb": 16}, peak_rps=150,
         culprit_pr_title=("feat/print-order-replay", "Keep print order requests for reprints"),
         limit_pr_title=("ops/photo-prints-memory-384", "Give the photo prints task 384 MiB of memory"),
         note="leak from #2 at 11:50 (~30 %/h at peak) should OOM about once in #2's 170 min; limit 256 -> "
              "384 MiB (heap 192 MB) at #3 at 14:40, the leak goes on"),
    # ================================================================== healthy-step (Z22 dev, Z23 validation)
    dict(name="Z22-step-first-deploy-300", seed=9822, kind="step", culprit=1,
         intervals=gen_intervals(9822, 5, lo=45, hi=100),
         start="2027-03-03T07:20:00Z", service="postcode-lookup",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "75000"},
         culprit_pr_title=("feat/postcode-table-at-boot", "Load the postcode table at boot"),
         note="level shift at #1 (the first deploy in view, after 98 min), no trend after; deploys 56-82 min "
              "apart; must not alarm"),
    dict(name="Z23-step-third-deploy-quote-384", seed=9823, kind="step", culprit=3,
         intervals=gen_intervals(9823, 5, lo=45, hi=100),
         start="2027-03-04T09:40:00Z", service="tile-catalog",
         profile="quote", params={"detail": 40}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"PRELOAD_ENTRIES": "95000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tile-index-preload", "Preload the tile colour index at boot"),
         note="level shift at #3 on the quote route, no trend after; deploys 53-75 min apart; must not alarm; "
              "epoch, ascending"),
    # ================================================================== healthy-lru (Z24 dev, Z25 validation)
    dict(name="Z24-e-lru-hours-2600", seed=9824, kind="e",
         intervals=gen_intervals(9824, 4, lo=60, hi=120),
         start="2027-03-05T08:10:00Z", service="glossary-terms",
         profile="quote", params={"detail": 38, "skus": 8000}, peak_rps=100, heap_mb=176, limit_mib=320,
         env={"LRU_MAX": "2600"}, scan_by="TimestampAscending",
         note="bounded LRU (2600 entries) refills after each of 4 deploys 1-2 h apart, then flat; must not alarm; "
              "ascending"),
    dict(name="Z25-e-lru-deploys-20-60-2200", seed=9825, kind="e",
         intervals=gen_intervals(9825, 9, lo=20, hi=60),
         start="2027-03-06T10:50:00Z", service="currency-rates",
         profile="quote", params={"detail": 40, "skus": 7000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2200"}, ts_format="wire",
         note="bounded LRU (2200) refilling after each of 9 deploys 33-57 min apart (frequent), through the "
              "afternoon; must not alarm; epoch"),
    dict(name="Z26-f-load-night-to-morning", seed=9826, kind="f", workers=72,
         intervals=gen_intervals(9826, 4, lo=50, hi=100),
         start="2027-03-07T02:30:00Z", service="statement-pdfs",
         profile="report", params={"kb": 600, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from the 04:00 trough through the morning rise to 09:38; "
              "must not alarm; ascending"),
    # ================================================================== healthy-frequent (Z27 dev, Z28 validation)
    dict(name="Z27-none-frequent-flat-load", seed=9827, kind="none",
         intervals=gen_intervals(9827, 13, lo=15, hi=45),
         start="2027-03-08T11:00:00Z", service="seat-maps",
         profile="orders", params={"payload_kb": 8}, peak_rps=110, load="flat",
         note="no leak, flat load; 13 deploys 16-43 min apart: each short interval is mostly warm-up; must not "
              "alarm"),
    dict(name="Z28-e-lru-frequent-2000", seed=9828, kind="e",
         intervals=gen_intervals(9828, 13, lo=15, hi=45),
         start="2027-03-09T13:00:00Z", service="spare-parts",
         profile="quote", params={"detail": 38, "skus": 7500}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2000"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2000) refilling after each of 13 deploys 17-45 min apart, through the afternoon "
              "peak; must not alarm; epoch, ascending"),
    dict(name="Z29-none-evening-quote", seed=9829, kind="none",
         intervals=gen_intervals(9829, 5, lo=40, hi=100),
         start="2027-03-10T20:30:00Z", service="exchange-fees",
         profile="quote", params={"detail": 45}, peak_rps=100, ts_format="wire",
         note="no leak, quote route, from 20:30 into the night (load falling); 5 deploys 57-91 min apart; "
              "must not alarm; epoch"),
    dict(name="Z30-e-lru-long-interval", seed=9830, kind="e",
         intervals=[90, 1200, 540],
         start="2027-03-11T14:00:00Z", service="map-tiles",
         profile="quote", params={"detail": 36, "skus": 8000}, peak_rps=100, heap_mb=176, limit_mib=320,
         env={"LRU_MAX": "2400"},
         note="bounded LRU (2400) with deploys 20 h apart: #1 at 15:30, #2 at 11:30 the next day; the cache "
              "fills within hours and stays bounded through the night and the next day; must not alarm"),
]

SCENARIOS = _RSTUVWY + Z_SCENARIOS
