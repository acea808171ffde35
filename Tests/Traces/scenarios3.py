"""memblame's tracelab scenarios, batch 3: T01..T12 (real memory traces with labels).

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 3"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios3.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios3.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw3 T01-... T12-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 3 does not
reuse the ranges of R01..R44 and S01..S24, this file lists the R scenarios of
scenarios.py and the S scenarios of scenarios2.py first, unchanged (positions
11..78, exactly as when scenarios2.py is passed), and the T scenarios after
them (positions 79..90).  Only the T scenarios are recorded from this file.

Pairs per regime (different seeds, services, start times and parameters):
the odd-numbered scenario is `dev`, the even-numbered one `validation`
(Tests/Traces/split3.json, written before recording).

Culprit-early pair (T09, T10): the seeds were chosen so that v1's pipeline is
created 60-120 min before the window (v1 created_at is drawn from the seed in
deploy_records: 35-400 min plus 3-7 min of build).

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
MiB per simulated hour at the daily peak ~= KB_per_request x peak_rps x 0.0147.
256 MiB limit: 1 % = 2.56 MiB.  Slow-leak loads follow S09/S10 of batch 2
(raw: a at 1 KB / 26 req/s ~0.85-1.1 %/h, d at 1 KB / 36 req/s ~0.6-0.9 %/h).
T07 was first recorded at 38 req/s and leaked only ~0.4 %/h after warm-up (raw
samples), so it was raised to 60 req/s and recorded again (README, "Batch 3").
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RS = runpy.run_path(os.path.join(_HERE, "scenarios2.py"))["SCENARIOS"]   # R01..R44 then S01..S24

T_SCENARIOS = [
    # ------------------------------------------------------------------ healthy: one step, deploys every 1-2 h
    dict(name="T01-step-mid-hourly", seed=7301, kind="step", culprit=4,
         intervals=gen_intervals(7301, 7, lo=60, hi=120),
         start="2026-09-01T06:40:00Z", service="warehouse-map",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=192, limit_mib=320,
         env={"PRELOAD_ENTRIES": "90000"},
         culprit_pr_title=("feat/bin-locations-at-boot", "Load bin locations into memory at boot"),
         note="level shift at #4 (middle of 7, table loaded at boot), flat after; deploys 60-113 min apart; must not alarm"),
    dict(name="T02-step-second-last", seed=7302, kind="step", culprit=6,
         intervals=gen_intervals(7302, 7, lo=60, hi=120),
         start="2026-09-02T06:10:00Z", service="duty-rates",
         profile="quote", params={"detail": 30}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "75000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/duty-table-preload", "Preload the customs duty table at boot"),
         note="level shift at #6 (second-to-last of 7) on the quote route, flat after; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ fixed two deploys later, hourly-ish (45-100 min)
    dict(name="T03-d-fixed-two-later", seed=7303, kind="d", culprit=3, fixed=5,
         intervals=gen_intervals(7303, 8, lo=45, hi=100),
         start="2026-09-03T06:20:00Z", service="refunds-api",
         profile="orders", params={"payload_kb": 9}, peak_rps=120,
         culprit_pr_title=("perf/refund-settle-timer", "Settle refunds from a delayed in-process timer"),
         fixed_pr_title=("fix/refund-settle-queue", "Move refund settlement to the job queue"),
         note="8 deploys 46-99 min apart; leak from #3 (~9 %/h), unrelated #4 still leaks, fixed by #5"),
    dict(name="T04-b-fixed-two-later", seed=7304, kind="b", culprit=4, fixed=6,
         intervals=gen_intervals(7304, 8, lo=45, hi=100),
         start="2026-09-04T06:00:00Z", service="bundle-pricing",
         profile="quote", params={"detail": 60, "skus": 500}, peak_rps=115, ts_format="wire",
         culprit_pr_title=("perf/bundle-memo-per-cart", "Memoise bundle prices per cart and quantity"),
         fixed_pr_title=("fix/bundle-memo-by-sku", "Key the bundle price memo by SKU"),
         note="8 deploys 48-100 min apart; leak from #4 (~12 %/h), unrelated #5 still leaks, fixed by #6; epoch"),
    # ------------------------------------------------------------------ healthy: bounded LRU under deploys every 20-45 min
    dict(name="T05-e-lru-frequent-1500", seed=7305, kind="e",
         intervals=gen_intervals(7305, 18, lo=20, hi=45),
         start="2026-09-05T07:30:00Z", service="seat-map-cache",
         profile="quote", params={"detail": 50, "skus": 5000}, peak_rps=110, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1500"},
         note="bounded LRU (1500) refilling after each of 18 deploys 20-45 min apart; must not alarm"),
    dict(name="T06-e-lru-frequent-2200", seed=7306, kind="e",
         intervals=gen_intervals(7306, 18, lo=20, hi=45),
         start="2026-09-06T08:20:00Z", service="route-cache",
         profile="quote", params={"detail": 40, "skus": 6000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2200"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2200) refilling after each of 18 deploys 20-45 min apart; must not alarm; epoch, ascending"),
    # ------------------------------------------------------------------ slow leak 0.6-1 %/h, culprit #3
    dict(name="T07-d-slow-leak-third", seed=7307, kind="d", culprit=3,
         intervals=[100, 80, 120, 330, 250],
         start="2026-09-07T05:30:00Z", service="inventory-sync",
         profile="orders", params={"payload_kb": 1}, peak_rps=60,   # first recording 38 req/s: ~0.4 %/h after warm-up, re-recorded
         culprit_pr_title=("perf/stock-resync-timer", "Resync stock levels from deferred timers"),
         note="slow leak (~0.6-1 %/h) from #3 at 10:30 (not the first deploy in view); #1 and #2 healthy"),
    dict(name="T08-a-slow-leak-third", seed=7308, kind="a", culprit=3,
         intervals=[120, 70, 100, 300, 280],
         start="2026-09-08T05:00:00Z", service="profile-sync",
         profile="orders", params={"payload_kb": 1}, peak_rps=22, ts_format="wire",
         culprit_pr_title=("feat/profile-change-history", "Keep profile change requests for the history tab"),
         note="slow leak (~0.6-1 %/h) from #3 at 09:50 (not the first deploy in view); #1 and #2 healthy; epoch"),
    # ------------------------------------------------------------------ culprit is deploy #1, v1 created 60-120 min before the window
    dict(name="T09-c-culprit-first", seed=7341, kind="c", culprit=1,
         intervals=gen_intervals(7341, 6, lo=40, hi=130),
         start="2026-09-09T06:30:00Z", service="alerts-fanout",
         profile="orders", params={"payload_kb": 8}, peak_rps=110,
         culprit_pr_title=("feat/alert-subscriber-listeners", "Notify open requests when alert subscribers change"),
         note="culprit is the first deploy #1; v1's pipeline ~70 min before the window; every later interval leaks (~9 %/h at peak)"),
    dict(name="T10-a-culprit-first", seed=7344, kind="a", culprit=1,
         intervals=gen_intervals(7344, 6, lo=40, hi=130),
         start="2026-09-10T07:20:00Z", service="basket-api",
         profile="orders", params={"payload_kb": 6}, peak_rps=110, ts_format="wire",
         culprit_pr_title=("feat/basket-request-log", "Keep basket requests for the support console"),
         note="culprit is the first deploy #1; v1's pipeline ~94 min before the window; every later interval leaks (~10 %/h at peak); epoch"),
    # ------------------------------------------------------------------ healthy: memory follows a strong daily load, deploys every 2-4 h
    dict(name="T11-f-load-morning-rise", seed=7311, kind="f", workers=72,
         intervals=[140, 170, 230, 180],
         start="2026-09-11T04:30:00Z", service="payroll-reports",
         profile="report", params={"kb": 600, "ms": 420}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from 04:30 (daily low) through the morning rise to the afternoon peak; 3 deploys 2.8-3.8 h apart; must not alarm"),
    dict(name="T12-f-load-peak-evening", seed=7312, kind="f", workers=72,
         intervals=[130, 210, 160, 240],
         start="2026-09-12T10:30:00Z", service="usage-exports",
         profile="report", params={"kb": 620, "ms": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load over the afternoon peak and the evening fall; 3 deploys 2.7-3.5 h apart; must not alarm; epoch"),
]

SCENARIOS = _RS + T_SCENARIOS
