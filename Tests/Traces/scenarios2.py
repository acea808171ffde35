"""memblame's tracelab scenarios, batch 2: S01..S24 (real memory traces with labels).

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 2"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios2.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios2.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw2 S01-... S24-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 2 does not
reuse the ranges of R01..R44, this file lists the R scenarios of scenarios.py
first, unchanged (positions 11..54, exactly as when scenarios.py is passed),
and the S scenarios after them (positions 55..78).  Only the S scenarios are
recorded from this file; the R cases keep their own recordings.

Pairs per regime (different seeds, services, start times and parameters):
the odd-numbered scenario is `dev`, the even-numbered one `validation`
(Tests/Traces/split2.json, written before recording).

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
MiB per simulated hour at the daily peak ~= KB_per_request x peak_rps x 0.0147
(per task: divide peak_rps by the number of tasks).  256 MiB limit: 1 % = 2.56 MiB.
"""
import os
import runpy

from scenarios import gen_intervals

_R = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios.py"))["SCENARIOS"]


def at(intervals, k, offset):
    """The sample `offset` minutes into segment k (for flag_at)."""
    return sum(intervals[:k]) + offset


_S11 = gen_intervals(7211, 6, {3: 190}, lo=40, hi=190)              # flip 100 min into v4's 190 min
_S12 = gen_intervals(7212, 6, {0: 70, 1: 80, 4: 200}, lo=40, hi=200)  # flip 120 min into v5's 200 min

S_SCENARIOS = [
    # ------------------------------------------------------------------ frequent deploys, 20-45 min apart (b, c)
    dict(name="S01-b-frequent-deploys-45", seed=7201, kind="b", culprit=7,
         intervals=gen_intervals(7201, 19, lo=20, hi=45),
         start="2026-08-03T07:40:00Z", service="fares-engine",
         profile="quote", params={"detail": 70, "skus": 600}, peak_rps=115,
         culprit_pr_title=("perf/fare-memo-per-traveller", "Memoise fares per traveller and party size"),
         note="19 deploys 20-45 min apart, culprit #7 at 10:49; ~13 %/h at peak, each interval gains little"),
    dict(name="S02-c-frequent-deploys-45", seed=7202, kind="c", culprit=11,
         intervals=gen_intervals(7202, 20, lo=20, hi=45),
         start="2026-08-04T07:10:00Z", service="presence-api",
         profile="orders", params={"payload_kb": 10}, peak_rps=120,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/presence-change-feed", "Notify waiting requests when presence changes"),
         note="20 deploys 20-45 min apart, culprit #11 at 12:54; ~12 %/h at peak; epoch, ascending"),
    # ------------------------------------------------------------------ healthy with frequent deploys (20-45 min)
    dict(name="S03-none-frequent-deploys-45", seed=7203, kind="none",
         intervals=gen_intervals(7203, 20, lo=20, hi=45),
         start="2026-08-05T06:30:00Z", service="geo-lookup",
         profile="quote", params={"detail": 30}, peak_rps=100,
         note="no leak; 20 deploys 20-45 min apart on the quote route: mostly warm-up; must not alarm"),
    dict(name="S04-e-lru-frequent-deploys-45", seed=7204, kind="e",
         intervals=gen_intervals(7204, 19, lo=20, hi=45),
         start="2026-08-06T08:00:00Z", service="menu-cache",
         profile="quote", params={"detail": 50, "skus": 4000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1200"}, ts_format="wire",
         note="bounded LRU (1200) refilling after each of 19 deploys 20-45 min apart; must not alarm; epoch"),
    # ------------------------------------------------------------------ fixed 1 and 2 deploys later (hourly cadence)
    dict(name="S05-d-fixed-one-later-hourly", seed=7205, kind="d", culprit=4, fixed=5,
         intervals=gen_intervals(7205, 8, {4: 100}, lo=45, hi=100),
         start="2026-08-07T05:30:00Z", service="dispatch-api",
         profile="orders", params={"payload_kb": 9}, peak_rps=120,
         culprit_pr_title=("perf/dispatch-retry-timer", "Retry driver dispatch from an in-process timer"),
         fixed_pr_title=("fix/dispatch-retry-queue", "Move dispatch retries to the job queue"),
         note="8 deploys 45-100 min apart; leak from #4 (~9 %/h) for 100 min, fixed by the next deploy #5"),
    dict(name="S06-b-fixed-two-later-hourly", seed=7206, kind="b", culprit=3, fixed=5,
         intervals=gen_intervals(7206, 8, lo=45, hi=100),
         start="2026-08-08T06:00:00Z", service="discount-engine",
         profile="quote", params={"detail": 60, "skus": 450}, peak_rps=115, scan_by="TimestampAscending",
         culprit_pr_title=("perf/discount-memo-per-basket", "Memoise discounts per customer basket"),
         fixed_pr_title=("fix/discount-memo-by-sku", "Key the discount memo by SKU"),
         note="8 deploys 45-100 min apart; leak from #3 (~12 %/h), unrelated #4 still leaks, fixed by #5; ascending"),
    # ------------------------------------------------------------------ culprit is the last deploy, >= 4 h after it
    dict(name="S07-a-culprit-last-4h", seed=7207, kind="a", culprit=5,
         intervals=gen_intervals(7207, 5, {4: 95, 5: 260}, lo=40, hi=260),
         start="2026-08-09T02:00:00Z", service="claims-api",
         profile="orders", params={"payload_kb": 5}, peak_rps=110,
         culprit_pr_title=("feat/claims-request-archive", "Keep claim submissions for the review screen"),
         note="culprit is the last deploy #5 at 11:26: one 260 min interval of evidence (~9 %/h at peak)"),
    dict(name="S08-d-culprit-last-4h", seed=7208, kind="d", culprit=6,
         intervals=gen_intervals(7208, 6, {6: 250}, lo=40, hi=250),
         start="2026-08-10T03:10:00Z", service="reminder-api",
         profile="orders", params={"payload_kb": 7}, peak_rps=115, ts_format="wire",
         culprit_pr_title=("perf/reminder-delay-timer", "Send appointment reminders from delayed timers"),
         note="culprit is the last deploy #6 at 11:56: one 250 min interval of evidence (~7 %/h at peak); epoch"),
    # ------------------------------------------------------------------ slow leak ~0.5-1 %/h, culprit #1
    dict(name="S09-a-slow-leak-1pct", seed=7209, kind="a", culprit=1,
         intervals=[130, 380, 260, 210],
         start="2026-08-11T05:00:00Z", service="tenant-config",
         profile="orders", params={"payload_kb": 1}, peak_rps=26,
         culprit_pr_title=("feat/tenant-config-audit", "Keep tenant config requests for the audit view"),
         note="slow leak from #1 (first deploy): ~0.5-1 %/h; every later interval leaks"),
    dict(name="S10-d-slow-leak-1pct", seed=7210, kind="d", culprit=1,
         intervals=[110, 300, 420, 140],
         start="2026-08-12T06:00:00Z", service="consent-api",
         profile="orders", params={"payload_kb": 1}, peak_rps=36, ts_format="wire",
         culprit_pr_title=("perf/consent-sync-timer", "Sync consent records from deferred timers"),
         note="slow leak from #1 (first deploy): ~0.85 %/h at peak; every later interval leaks; epoch"),
    # ------------------------------------------------------------------ feature flag flipped inside a long interval
    dict(name="S11-c-flag-flip-midday", seed=7211, kind="c", flag="live_listing_updates",
         flag_at=at(_S11, 3, 100), intervals=_S11,
         start="2026-08-13T06:30:00Z", service="listings-api",
         profile="orders", params={"payload_kb": 9}, peak_rps=120,
         note="no culprit deploy: flag on 100 min after #3 and 90 min before #4 (13:26); listeners from then on"),
    dict(name="S12-a-flag-flip-afternoon", seed=7212, kind="a", flag="request_replay",
         flag_at=at(_S12, 4, 120), intervals=_S12,
         start="2026-08-14T06:00:00Z", service="payments-gw",
         profile="orders", params={"payload_kb": 6}, peak_rps=110, scan_by="TimestampAscending",
         note="no culprit deploy: flag on 120 min after #4 and 80 min before #5 (15:40); retained requests; ascending"),
    # ------------------------------------------------------------------ traffic-driven leak across the night
    dict(name="S13-c-night-pause", seed=7213, kind="c", culprit=1,
         intervals=[140, 620, 160],
         start="2026-08-15T18:20:00Z", service="rides-api",
         profile="orders", params={"payload_kb": 5}, peak_rps=90,
         culprit_pr_title=("feat/ride-status-listeners", "Push ride status changes to open requests"),
         note="leak from #1 at 20:40; 10 h 20 min night interval to 07:00, slope nearly flat around 04:00"),
    dict(name="S14-b-night-pause", seed=7214, kind="b", culprit=2,
         intervals=[70, 110, 570, 170],
         start="2026-08-16T19:40:00Z", service="hotel-rates",
         profile="quote", params={"detail": 40, "skus": 500}, peak_rps=95, ts_format="wire",
         culprit_pr_title=("perf/rate-memo-per-guest", "Memoise room rates per guest and nights"),
         note="leak from #2 at 22:40; 9.5 h night interval to 08:10, slope rises again in the morning; epoch"),
    # ------------------------------------------------------------------ several tasks, rolling deploys (few-hours cadence)
    dict(name="S15-d-three-tasks", seed=7215, kind="d", culprit=2, tasks=3, roll_gap=3,
         intervals=[120, 170, 230, 160],
         start="2026-08-17T05:30:00Z", service="labels-api",
         profile="orders", params={"payload_kb": 18}, peak_rps=180,
         culprit_pr_title=("perf/label-render-timer", "Render shipping labels from delayed timers"),
         note="3 tasks, rolling deploys 3 min apart; 3 deploys 2-4 h apart, culprit #2; ~8 %/h per task at peak"),
    dict(name="S16-a-two-tasks", seed=7216, kind="a", culprit=2, tasks=2, roll_gap=4,
         intervals=[110, 160, 210, 190],
         start="2026-08-18T06:00:00Z", service="orders-gw",
         profile="orders", params={"payload_kb": 8}, peak_rps=150,
         culprit_pr_title=("feat/order-request-mirror", "Mirror order requests to the staging replayer"),
         note="2 tasks, rolling deploys 4 min apart; 3 deploys 2.5-3.5 h apart, culprit #2; ~9 %/h per task at peak"),
    # ------------------------------------------------------------------ healthy: bounded LRU
    dict(name="S17-e-lru-1800", seed=7217, kind="e",
         intervals=gen_intervals(7217, 7, lo=40, hi=130),
         start="2026-08-19T07:30:00Z", service="sku-lookup",
         profile="quote", params={"detail": 45, "skus": 7000}, peak_rps=115, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1800"},
         note="bounded LRU (1800 entries) refills after every start; must not alarm"),
    dict(name="S18-e-lru-3200", seed=7218, kind="e",
         intervals=gen_intervals(7218, 6, lo=40, hi=150),
         start="2026-08-20T08:30:00Z", service="fx-quotes",
         profile="quote", params={"detail": 35, "skus": 9000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "3200"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (3200 entries): slow fill, then flat; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ healthy: memory follows load
    dict(name="S19-f-load-early-morning", seed=7219, kind="f", workers=72,
         intervals=gen_intervals(7219, 7, lo=40, hi=130),
         start="2026-08-21T03:00:00Z", service="ledger-reports",
         profile="report", params={"kb": 576, "ms": 420}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from 03:00 through the morning rise; must not alarm"),
    dict(name="S20-f-load-afternoon", seed=7220, kind="f", workers=72,
         intervals=gen_intervals(7220, 7, lo=40, hi=130),
         start="2026-08-22T12:30:00Z", service="audit-exports",
         profile="report", params={"kb": 600, "ms": 380}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load over the afternoon peak and evening fall; must not alarm; epoch"),
    # ------------------------------------------------------------------ healthy: a single step
    dict(name="S21-step-early", seed=7221, kind="step", culprit=2,
         intervals=gen_intervals(7221, 7, lo=40, hi=130),
         start="2026-08-23T06:30:00Z", service="postal-api",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "70000"},
         culprit_pr_title=("feat/postal-areas-at-boot", "Load postal areas into memory at boot"),
         note="level shift at #2 (table loaded at boot), flat after; must not alarm"),
    dict(name="S22-step-mid-quote", seed=7222, kind="step", culprit=4,
         intervals=gen_intervals(7222, 7, lo=40, hi=130),
         start="2026-08-24T07:00:00Z", service="tariff-api",
         profile="quote", params={"detail": 30}, peak_rps=100, heap_mb=192, limit_mib=320,
         env={"PRELOAD_ENTRIES": "100000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tariff-table-preload", "Preload the tariff table at boot"),
         note="level shift at #4 on the quote route, flat after; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ OOM within the hour
    dict(name="S23-c-oom-fast", seed=7223, kind="c", culprit=2,
         intervals=[100, 80, 190, 130],
         start="2026-08-25T11:20:00Z", service="chat-gateway",
         profile="orders", params={"payload_kb": 48}, peak_rps=150,
         culprit_pr_title=("feat/chat-room-events", "Forward room events to open chat requests"),
         note="leak from #2 at 14:20, ~180 MiB/h at peak: OOM within the hour, several OOM restarts"),
    dict(name="S24-a-oom-fast", seed=7224, kind="a", culprit=3,
         intervals=[90, 70, 60, 200, 110],
         start="2026-08-26T10:30:00Z", service="scan-ingest",
         profile="orders", params={"payload_kb": 60}, peak_rps=125,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/scan-request-retry-buffer", "Buffer scan uploads for retry"),
         note="leak from #3 at 14:10, ~300 MiB/h at peak by the formula: OOM within the hour, several OOM restarts; epoch, ascending"),
]

SCENARIOS = _R + S_SCENARIOS
