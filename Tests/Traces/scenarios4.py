"""memblame's tracelab scenarios, batch 4: U01..U36 (real memory traces with labels).

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 4"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios4.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios4.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw4 U01-... U36-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 4 does not
reuse the ranges of R01..R44, S01..S24 and T01..T12, this file lists the R, S
and T scenarios of scenarios3.py first, unchanged (positions 11..90, exactly as
when scenarios3.py is passed), and the U scenarios after them (positions
91..126).  Only the U scenarios are recorded from this file.

Split (Tests/Traces/split4.json, written and committed before recording):
one third dev, two thirds validation.  The regimes come as six triples, six
pairs and six singles; in every triple and every pair the first-numbered case
is `dev`, the others `validation`; a single is `validation` (each of those
regimes already has dev cases in batches 1-3).  12 dev, 24 validation.

  triples: frequent-deploys U01-U03, healthy-frequent U04-U06, hourly U07-U09,
           fixed-later U10-U12, culprit-last U13-U15, multi-task U16-U18
  pairs:   healthy-lru U19-U20, healthy-load U21-U22, healthy-step U23-U24,
           healthy-flat U25-U26, culprit-early U27-U28, flag-flip U29-U30
  singles: few-hours U31, long-interval U32, slow-leak U33, oom-fast U34,
           night-pause U35, limit-raise U36

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
MiB per simulated hour at the daily peak ~= KB_per_request x peak_rps x 0.0147
(per task: divide peak_rps by the number of tasks).  256 MiB limit: 1 % = 2.56 MiB.
The "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RST = runpy.run_path(os.path.join(_HERE, "scenarios3.py"))["SCENARIOS"]   # R01..R44, S01..S24, T01..T12


def at(intervals, k, offset):
    """The sample `offset` minutes into segment k (for flag_at)."""
    return sum(intervals[:k]) + offset


_U29 = gen_intervals(7429, 6, {3: 170}, lo=40, hi=170)              # flip 75 min into v4's 170 min
_U30 = gen_intervals(7430, 6, {4: 180}, lo=40, hi=180)              # flip 130 min into v5's 180 min

U_SCENARIOS = [
    # ================================================================== triples (first dev, others validation)
    # ------------------------------------------------------------------ frequent deploys, every 15-45 min, leak
    dict(name="U01-a-frequent-deploys-15-45", seed=7401, kind="a", culprit=9,
         intervals=gen_intervals(7401, 20, lo=15, hi=45),
         start="2026-10-01T07:10:00Z", service="voucher-api",
         profile="orders", params={"payload_kb": 6}, peak_rps=100,
         culprit_pr_title=("feat/voucher-redeem-journal", "Journal voucher redemptions for the finance export"),
         note="20 deploys 15-45 min apart, culprit #9; ~9.5 %/h at peak, each interval gains little"),
    dict(name="U02-d-frequent-deploys-15-45", seed=7402, kind="d", culprit=14,
         intervals=gen_intervals(7402, 21, lo=15, hi=45),
         start="2026-10-02T06:50:00Z", service="parcel-lockers",
         profile="orders", params={"payload_kb": 8}, peak_rps=125,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/locker-release-timer", "Release unclaimed lockers from in-process timers"),
         note="21 deploys 15-45 min apart, culprit #14 (late); ~8.5 %/h at peak; epoch, ascending"),
    dict(name="U03-c-frequent-deploys-15-45", seed=7403, kind="c", culprit=5,
         intervals=gen_intervals(7403, 19, lo=15, hi=45),
         start="2026-10-03T08:20:00Z", service="table-booking",
         profile="orders", params={"payload_kb": 11}, peak_rps=115, scan_by="TimestampAscending",
         culprit_pr_title=("feat/table-availability-events", "Notify waiting requests when a table frees up"),
         note="19 deploys 15-45 min apart, culprit #5 (early); ~12 %/h at peak; ascending"),
    # ------------------------------------------------------------------ healthy with frequent deploys (15-45 min)
    dict(name="U04-e-lru-frequent-15-45", seed=7404, kind="e",
         intervals=gen_intervals(7404, 20, lo=15, hi=45),
         start="2026-10-04T07:00:00Z", service="fare-cache",
         profile="quote", params={"detail": 45, "skus": 5500}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1700"},
         note="bounded LRU (1700) refilling after each of 20 deploys 15-45 min apart; must not alarm"),
    dict(name="U05-none-frequent-15-45", seed=7405, kind="none",
         intervals=gen_intervals(7405, 21, lo=15, hi=45),
         start="2026-10-05T06:40:00Z", service="cart-summary",
         profile="orders", params={"payload_kb": 7}, peak_rps=110, ts_format="wire",
         note="no leak; 21 deploys 15-45 min apart: mostly warm-up; must not alarm; epoch"),
    dict(name="U06-e-lru-frequent-15-45", seed=7406, kind="e",
         intervals=gen_intervals(7406, 19, lo=15, hi=45),
         start="2026-10-06T08:10:00Z", service="tile-cache",
         profile="quote", params={"detail": 35, "skus": 7000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2600"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2600) refilling after each of 19 deploys 15-45 min apart; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ hourly deploys (45-100 min)
    dict(name="U07-b-hourly", seed=7407, kind="b", culprit=5,
         intervals=gen_intervals(7407, 8, lo=45, hi=100),
         start="2026-10-07T05:40:00Z", service="promo-pricing",
         profile="quote", params={"detail": 65, "skus": 550}, peak_rps=110,
         culprit_pr_title=("perf/promo-memo-per-shopper", "Memoise promo prices per shopper and quantity"),
         note="8 deploys 45-100 min apart, culprit #5; ~12 %/h at peak"),
    dict(name="U08-c-hourly", seed=7408, kind="c", culprit=4,
         intervals=gen_intervals(7408, 9, lo=45, hi=100),
         start="2026-10-08T06:20:00Z", service="kitchen-orders",
         profile="orders", params={"payload_kb": 9}, peak_rps=125, ts_format="wire",
         culprit_pr_title=("feat/kitchen-ticket-events", "Push kitchen ticket changes to open requests"),
         note="9 deploys 45-100 min apart, culprit #4; ~11 %/h at peak; epoch"),
    dict(name="U09-a-hourly", seed=7409, kind="a", culprit=7,
         intervals=gen_intervals(7409, 9, lo=45, hi=100),
         start="2026-10-09T05:10:00Z", service="donations-api",
         profile="orders", params={"payload_kb": 5}, peak_rps=105, scan_by="TimestampAscending",
         culprit_pr_title=("feat/donation-receipt-log", "Keep donation requests for receipt reprints"),
         note="9 deploys 45-100 min apart, culprit #7 (late); ~8 %/h at peak; ascending"),
    # ------------------------------------------------------------------ fixed 1, 2, 3 deploys later
    dict(name="U10-c-fixed-one-later", seed=7410, kind="c", culprit=3, fixed=4,
         intervals=gen_intervals(7410, 6, {3: 120}, lo=40, hi=150),
         start="2026-10-10T06:30:00Z", service="fleet-status",
         profile="orders", params={"payload_kb": 10}, peak_rps=120,
         culprit_pr_title=("feat/vehicle-status-listeners", "Stream vehicle status changes to open requests"),
         fixed_pr_title=("fix/vehicle-listener-cleanup", "Remove vehicle status listeners when the response ends"),
         note="leak from #3 (~12 %/h at peak) for 120 min, fixed by the next deploy #4"),
    dict(name="U11-a-fixed-two-later", seed=7411, kind="a", culprit=4, fixed=6,
         intervals=gen_intervals(7411, 8, {4: 110, 5: 90}, lo=40, hi=150),
         start="2026-10-11T05:50:00Z", service="gift-cards",
         profile="orders", params={"payload_kb": 7}, peak_rps=115, ts_format="wire",
         culprit_pr_title=("feat/giftcard-request-trail", "Keep gift card requests for the dispute trail"),
         fixed_pr_title=("fix/giftcard-trail-to-disk", "Write the gift card trail to the log instead of memory"),
         note="leak from #4 (~13 %/h at peak), unrelated #5 still leaks, fixed by #6; epoch"),
    dict(name="U12-d-fixed-three-later", seed=7412, kind="d", culprit=2, fixed=5,
         intervals=gen_intervals(7412, 7, {2: 100, 3: 80, 4: 110}, lo=40, hi=150),
         start="2026-10-12T06:10:00Z", service="meter-readings",
         profile="orders", params={"payload_kb": 9}, peak_rps=120, scan_by="TimestampAscending",
         culprit_pr_title=("perf/reading-validate-timer", "Validate meter readings from delayed timers"),
         fixed_pr_title=("fix/reading-validate-inline", "Validate meter readings inline and drop the timers"),
         note="leak from #2 (~9 %/h at peak), fixed three deploys later by #5; ascending"),
    # ------------------------------------------------------------------ culprit is the last deploy
    dict(name="U13-d-culprit-last", seed=7413, kind="d", culprit=6,
         intervals=gen_intervals(7413, 6, {6: 210}, lo=40, hi=210),
         start="2026-10-13T03:40:00Z", service="itinerary-api",
         profile="orders", params={"payload_kb": 8}, peak_rps=115,
         culprit_pr_title=("perf/itinerary-refresh-timer", "Refresh itineraries from per-request timers"),
         note="culprit is the last deploy #6: one 210 min interval of evidence (~8 %/h at peak)"),
    dict(name="U14-b-culprit-last", seed=7414, kind="b", culprit=5,
         intervals=gen_intervals(7414, 5, {5: 230}, lo=40, hi=230),
         start="2026-10-14T05:20:00Z", service="insurance-quotes",
         profile="quote", params={"detail": 55, "skus": 650}, peak_rps=120, ts_format="wire",
         culprit_pr_title=("perf/premium-memo-per-driver", "Memoise premiums per driver and term"),
         note="culprit is the last deploy #5: one 230 min interval of evidence (~11 %/h at peak); epoch"),
    dict(name="U15-c-culprit-last", seed=7415, kind="c", culprit=7,
         intervals=gen_intervals(7415, 7, {7: 180}, lo=40, hi=180),
         start="2026-10-15T03:00:00Z", service="calendar-sync",
         profile="orders", params={"payload_kb": 7}, peak_rps=110, scan_by="TimestampAscending",
         culprit_pr_title=("feat/calendar-change-hooks", "Notify open syncs when a calendar changes"),
         note="culprit is the last deploy #7: one 180 min interval of evidence (~7.5 %/h at peak); ascending"),
    # ------------------------------------------------------------------ several tasks, rolling deploys
    dict(name="U16-a-two-tasks", seed=7416, kind="a", culprit=3, tasks=2, roll_gap=3,
         intervals=gen_intervals(7416, 5, {3: 140}, lo=50, hi=140),
         start="2026-10-16T07:20:00Z", service="menu-api",
         profile="orders", params={"payload_kb": 12}, peak_rps=140,
         culprit_pr_title=("feat/menu-request-mirror", "Mirror menu requests to the recommendation trainer"),
         note="2 tasks, rolling deploys 3 min apart; culprit #3; each task ~13 %/h at peak; metrics-ci.jsonl"),
    dict(name="U17-d-four-tasks", seed=7417, kind="d", culprit=4, tasks=4, roll_gap=2,
         intervals=gen_intervals(7417, 6, {4: 130}, lo=40, hi=130),
         start="2026-10-17T06:40:00Z", service="tickets-api",
         profile="orders", params={"payload_kb": 20}, peak_rps=220, ts_format="wire",
         culprit_pr_title=("perf/ticket-hold-timer", "Release held tickets from in-process timers"),
         note="4 tasks, rolling deploys 2 min apart; culprit #4; each task ~8 %/h at peak; metrics-ci.jsonl; epoch"),
    dict(name="U18-step-three-tasks", seed=7418, kind="step", culprit=3, tasks=3, roll_gap=4,
         intervals=gen_intervals(7418, 6, lo=40, hi=130),
         start="2026-10-18T08:00:00Z", service="loyalty-ledger",
         profile="orders", params={"payload_kb": 9}, peak_rps=150, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "80000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/tier-table-at-boot", "Load the loyalty tier table at boot"),
         note="healthy: 3 tasks, rolling deploys 4 min apart; one level shift at #3 (table loaded at boot) that "
              "arrives in three steps, flat after; must not alarm; metrics-ci.jsonl; ascending"),
    # ================================================================== pairs (first dev, second validation)
    # ------------------------------------------------------------------ healthy: bounded LRU
    dict(name="U19-e-lru-2000", seed=7419, kind="e",
         intervals=gen_intervals(7419, 7, lo=40, hi=130),
         start="2026-10-19T07:10:00Z", service="badge-lookup",
         profile="quote", params={"detail": 42, "skus": 7500}, peak_rps=110, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2000"},
         note="bounded LRU (2000 entries) refills after every start; must not alarm"),
    dict(name="U20-e-lru-3600", seed=7420, kind="e",
         intervals=gen_intervals(7420, 6, lo=40, hi=150),
         start="2026-10-20T08:40:00Z", service="venue-search",
         profile="quote", params={"detail": 32, "skus": 9500}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "3600"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (3600 entries): slow fill, then flat; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ healthy: memory follows load
    dict(name="U21-f-load-morning", seed=7421, kind="f", workers=72,
         intervals=gen_intervals(7421, 6, lo=50, hi=140),
         start="2026-10-21T03:30:00Z", service="invoice-exports",
         profile="report", params={"kb": 560, "ms": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from 03:30 through the morning rise; must not alarm"),
    dict(name="U22-f-load-afternoon-evening", seed=7422, kind="f", workers=72,
         intervals=gen_intervals(7422, 6, lo=50, hi=140),
         start="2026-10-22T11:40:00Z", service="tax-reports",
         profile="report", params={"kb": 640, "ms": 420}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load over the afternoon peak and the evening fall; must not alarm; epoch"),
    # ------------------------------------------------------------------ healthy: a single step
    dict(name="U23-step-early", seed=7423, kind="step", culprit=2,
         intervals=gen_intervals(7423, 6, lo=45, hi=130),
         start="2026-10-23T06:20:00Z", service="store-locator",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "85000"},
         culprit_pr_title=("feat/store-geo-index-at-boot", "Build the store geo index at boot"),
         note="level shift at #2 (table loaded at boot), flat after; must not alarm"),
    dict(name="U24-step-late-quote", seed=7424, kind="step", culprit=5,
         intervals=gen_intervals(7424, 6, lo=45, hi=130),
         start="2026-10-24T05:50:00Z", service="holiday-calendar",
         profile="quote", params={"detail": 30}, peak_rps=100, heap_mb=192, limit_mib=320,
         env={"PRELOAD_ENTRIES": "110000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/holiday-table-preload", "Preload public holidays for all regions at boot"),
         note="level shift at #5 (of 6) on the quote route, flat after; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ healthy: flat
    dict(name="U25-none-flat", seed=7425, kind="none",
         intervals=gen_intervals(7425, 7, lo=40, hi=130),
         start="2026-10-25T06:50:00Z", service="address-api",
         profile="orders", params={"payload_kb": 9}, peak_rps=115,
         note="no leak; 7 ordinary deploys; must not alarm"),
    dict(name="U26-none-flat-quote", seed=7426, kind="none",
         intervals=gen_intervals(7426, 6, lo=40, hi=140),
         start="2026-10-26T07:30:00Z", service="ratings-api",
         profile="quote", params={"detail": 35}, peak_rps=105, load="flat", ts_format="wire",
         note="no leak, flat load, quote route; must not alarm; epoch"),
    # ------------------------------------------------------------------ culprit is deploy #1 or #2
    dict(name="U27-b-culprit-first", seed=7427, kind="b", culprit=1,
         intervals=gen_intervals(7427, 6, lo=40, hi=130),
         start="2026-10-27T07:00:00Z", service="freight-rates",
         profile="quote", params={"detail": 60, "skus": 550}, peak_rps=105,
         culprit_pr_title=("perf/freight-memo-per-shipper", "Memoise freight rates per shipper and weight"),
         note="culprit is the first deploy #1; every later interval leaks (~11 %/h at peak)"),
    dict(name="U28-d-culprit-second", seed=7428, kind="d", culprit=2,
         intervals=gen_intervals(7428, 6, lo=40, hi=130),
         start="2026-10-28T06:30:00Z", service="clinic-booking",
         profile="orders", params={"payload_kb": 10}, peak_rps=120, scan_by="TimestampAscending",
         culprit_pr_title=("perf/appointment-hold-timer", "Expire appointment holds from in-process timers"),
         note="culprit is the second deploy #2; every later interval leaks (~10 %/h at peak); ascending"),
    # ------------------------------------------------------------------ feature flag flipped inside an interval
    dict(name="U29-d-flag-flip", seed=7429, kind="d", flag="deferred_webhooks",
         flag_at=at(_U29, 3, 75), intervals=_U29,
         start="2026-10-29T06:00:00Z", service="webhooks-api",
         profile="orders", params={"payload_kb": 10}, peak_rps=120,
         note="no culprit deploy: flag on 75 min after #3 and 95 min before #4; timer closures from then on"),
    dict(name="U30-c-flag-flip", seed=7430, kind="c", flag="live_seat_updates",
         flag_at=at(_U30, 4, 130), intervals=_U30,
         start="2026-10-30T05:30:00Z", service="seat-inventory",
         profile="orders", params={"payload_kb": 9}, peak_rps=115, ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag on 130 min after #4 and 50 min before #5; listeners from then on; epoch, ascending"),
    # ================================================================== singles (validation)
    dict(name="U31-c-few-hours", seed=7431, kind="c", culprit=2,
         intervals=[150, 170, 210, 190],
         start="2026-10-31T05:20:00Z", service="newsletter-api",
         profile="orders", params={"payload_kb": 5}, peak_rps=105,
         culprit_pr_title=("feat/newsletter-segment-hooks", "Recompute open previews when a segment changes"),
         note="3 deploys 2.8-3.5 h apart, culprit #2 (middle) at 10:40; ~5 %/h at peak"),
    dict(name="U32-b-long-interval-18h", seed=7432, kind="b", culprit=1,
         intervals=[120, 1080, 480],
         start="2026-11-01T08:30:00Z", service="catalog-feed",
         profile="quote", params={"detail": 10, "skus": 800}, peak_rps=60, ts_format="wire",
         culprit_pr_title=("perf/feed-memo-per-partner", "Memoise feed prices per partner and quantity"),
         note="deploys 18 h apart: slow leak (~1 %/h at peak, slower at night) from #1 at 10:30 over an 18 h interval "
              "with a night, #2 at 04:30 next day still leaks (8 h); epoch"),
    dict(name="U33-a-slow-leak", seed=7433, kind="a", culprit=2,
         intervals=[110, 90, 330, 300],
         start="2026-11-02T05:40:00Z", service="quota-api",
         profile="orders", params={"payload_kb": 1}, peak_rps=20,
         culprit_pr_title=("feat/quota-request-history", "Keep quota requests for the usage history"),
         note="slow leak (~0.5-1 %/h) from #2 at 09:00 (#1 healthy); 330 and 300 min leaking intervals"),
    dict(name="U34-d-oom-fast", seed=7434, kind="d", culprit=2,
         intervals=[90, 110, 160, 120],
         start="2026-11-03T10:10:00Z", service="telemetry-ingest",
         profile="orders", params={"payload_kb": 72}, peak_rps=170,
         culprit_pr_title=("perf/telemetry-delayed-flush", "Flush telemetry batches from delayed timers"),
         note="leak from #2 at 13:30, ~200 MiB/h at peak: OOM within the hour, several OOM restarts"),
    dict(name="U35-a-night-pause", seed=7435, kind="a", culprit=1,
         intervals=[100, 600, 200],
         start="2026-11-04T19:30:00Z", service="messaging-api",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, scan_by="TimestampAscending",
         culprit_pr_title=("feat/message-request-buffer", "Buffer message requests for delivery receipts"),
         note="leak from #1 at 21:10; 10 h night interval to 07:10, slope about half as steep at night "
              "(raw: ~3.3 %/h at 22:00-23:40, ~1.7-2 %/h 23:40-05:40); ascending"),   # note corrected after recording (was: nearly flat around 04:00)
    dict(name="U36-b-limit-raise-448", seed=7436, kind="b", culprit=1,
         limit_raise={"deploy": 3, "limit_mib": 448, "heap_mb": 224},
         intervals=[80, 300, 150, 200, 90],
         start="2026-11-05T09:10:00Z", service="shipping-quotes",
         profile="quote", params={"detail": 130, "skus": 600}, peak_rps=130, ts_format="wire",
         culprit_pr_title=("perf/shipping-memo-per-address", "Memoise shipping quotes per address and weight"),
         limit_pr_title=("ops/shipping-quotes-448", "Raise shipping-quotes memory to 448 MiB after OOM restarts"),
         note="leak from #1 at 10:30 (~29 %/h at peak) should OOM in #1's 300 min and #2's 150 min intervals; "
              "limit 256 -> 448 MiB (heap 224 MB) at #3; epoch"),
]

SCENARIOS = _RST + U_SCENARIOS
