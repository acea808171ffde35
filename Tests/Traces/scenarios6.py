"""memblame's tracelab scenarios, batch 6: W01..W36 (real memory traces with labels).

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 6"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios6.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios6.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw6 W01-... W36-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 6 does not
reuse the ranges of R01..R44, S01..S24, T01..T12, U01..U36 and V01..V30, this
file lists the R, S, T, U and V scenarios of scenarios5.py first, unchanged and
in the same order (positions 11..156, exactly as when scenarios5.py is
passed), and the W scenarios after them (positions 157..192).  Only the W
scenarios are recorded from this file.

Split (Tests/Traces/split6.json, written and committed before recording):
in a regime group of n >= 2 cases the first max(1, round(n / 3)) numbered
cases are `dev` (two of slow-leak's five, one of every other group), the
others `validation`; the five singles are `validation` (each of their regimes
already has dev cases in batches 1-4).  11 dev, 25 validation.  The batch
weights the regimes where the detector is weakest (slow leaks, an early
culprit, frequent deploys) and covers every rhythm from deploys every ~15-20
minutes (frequent-deploys, healthy-frequent) to 1-2 days apart
(long-interval).

  five:   slow-leak W01-W05
  four:   culprit-early W06-W09, frequent-deploys W10-W13
  three:  fixed-later W14-W16, multi-task W17-W19, healthy-step W20-W22,
          healthy-frequent W23-W25
  two:    healthy-lru W26-W27, healthy-load W28-W29, healthy-flat W30-W31
  single: night-pause W32, long-interval W33, oom-fast W34, flag-flip W35,
          limit-raise W36

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
MiB per simulated hour at the daily peak ~= KB_per_request x peak_rps x 0.0147
(per task: divide peak_rps by the number of tasks).  256 MiB limit: 1 % = 2.56 MiB.
The slow-leak loads are scaled from what batches 3-5 measured at 1-2 KB
(a 1 KB at 22 req/s ~0.6 %/h, c 2 KB at 22 ~0.4, d 1 KB at 38-60 ~0.4-0.6,
b 8 lines at 55 ~0.9).
The "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUV = runpy.run_path(os.path.join(_HERE, "scenarios5.py"))["SCENARIOS"]   # R01..R44, S01..S24, T01..T12, U01..U36, V01..V30

_W35 = gen_intervals(9635, 6, {3: 170}, lo=50, hi=180)


W_SCENARIOS = [
    # ================================================================== slow-leak, ~0.2-1 %/h (W01-W02 dev, W03-W05 validation)
    dict(name="W01-a-slow-leak-culprit-second", seed=9601, kind="a", culprit=2,
         intervals=[90, 70, 290, 260, 50],
         start="2026-12-07T05:30:00Z", service="meal-credits",
         profile="orders", params={"payload_kb": 1}, peak_rps=24,
         culprit_pr_title=("feat/credit-request-trail", "Keep redeemed credit requests for the monthly trail"),
         note="slow leak (~0.6 %/h) from #2 at 08:10 (#1 healthy, 70 min); 290, 260 and 50 min leaking intervals"),
    dict(name="W02-b-slow-leak-culprit-first", seed=9602, kind="b", culprit=1,
         intervals=[100, 310, 240, 70, 60],
         start="2026-12-08T05:40:00Z", service="toll-rates",
         profile="quote", params={"detail": 6, "skus": 800}, peak_rps=50, ts_format="wire",
         culprit_pr_title=("perf/toll-memo-per-vehicle", "Memoise toll rates per vehicle and axle count"),
         note="slow leak (~0.6-0.7 %/h) from #1 at 07:20, the first deploy in view; 310 and 240 min leaking "
              "intervals, then two short ones; epoch"),
    dict(name="W03-c-slow-leak-culprit-third", seed=9603, kind="c", culprit=3,
         intervals=[70, 60, 80, 300, 250],
         start="2026-12-09T05:10:00Z", service="locker-events",
         profile="orders", params={"payload_kb": 1}, peak_rps=26, scan_by="TimestampAscending",
         culprit_pr_title=("feat/locker-door-listeners", "Tell open requests when a locker door closes"),
         note="very slow leak (~0.25-0.35 %/h) from #3 at 08:40 (#1, #2 healthy); 300 and 250 min leaking "
              "intervals; ascending"),
    dict(name="W04-d-slow-leak-culprit-second", seed=9604, kind="d", culprit=2,
         intervals=[90, 80, 320, 230, 60],
         start="2026-12-10T05:20:00Z", service="pallet-scans",
         profile="orders", params={"payload_kb": 1}, peak_rps=50, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/scan-audit-timer", "Write pallet scan audits from delayed timers"),
         note="slow leak (~0.5 %/h) from #2 at 08:10 (#1 healthy, 80 min); 320, 230 and 60 min leaking intervals; "
              "epoch, ascending"),
    dict(name="W05-a-slow-leak-flat-load", seed=9605, kind="a", culprit=1,
         intervals=[80, 260, 240, 60, 100],
         start="2026-12-11T06:00:00Z", service="ticket-scans",
         profile="orders", params={"payload_kb": 1}, peak_rps=40, load="flat", heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/scan-request-archive", "Archive gate scan requests for the dispute desk"),
         note="slow leak (~0.8 %/h of 300 MiB, steady: flat load) from #1 at 07:20, the first deploy in view; "
              "260 and 240 min leaking intervals, then 60 and 100; epoch"),
    # ================================================================== culprit-early (W06 dev, W07-W09 validation)
    dict(name="W06-b-culprit-first", seed=9606, kind="b", culprit=1,
         intervals=gen_intervals(9606, 6, lo=40, hi=130),
         start="2026-12-12T07:10:00Z", service="ferry-fares",
         profile="quote", params={"detail": 45, "skus": 500}, peak_rps=100,
         culprit_pr_title=("perf/fare-memo-per-passenger", "Memoise ferry fares per passenger and vehicle"),
         note="culprit is the first deploy #1 (after 93 min of v1); every later interval leaks (~7 %/h at peak)"),
    dict(name="W07-d-culprit-second", seed=9607, kind="d", culprit=2,
         intervals=gen_intervals(9607, 7, lo=40, hi=120),
         start="2026-12-13T06:40:00Z", service="tyre-fitting",
         profile="orders", params={"payload_kb": 7}, peak_rps=110, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/fitting-reminder-timer", "Send fitting reminders from in-process timers"),
         note="culprit is the second deploy #2; every later interval leaks (~4.5 %/h of 384 MiB at peak); "
              "epoch, ascending (raw: each leaking release rises ~7-8 % in its first hour, then only ~1-2 %/h "
              "in a GC sawtooth, with a ~4.5 % drop at minute 84-93)"),   # raw part added after recording
    dict(name="W08-a-culprit-first-short-baseline", seed=9608, kind="a", culprit=1,
         intervals=gen_intervals(9608, 8, {0: 45}, lo=30, hi=100),
         start="2026-12-14T08:00:00Z", service="kiosk-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=90, scan_by="TimestampAscending",
         culprit_pr_title=("feat/kiosk-order-replay", "Keep kiosk order requests for replay after outages"),
         note="culprit is the first deploy #1 after only 45 min of v1; every later interval leaks, moderately "
              "(~4 %/h at peak); 8 deploys 30-100 min apart; ascending"),
    dict(name="W09-c-culprit-second-flat-load", seed=9609, kind="c", culprit=2,
         intervals=gen_intervals(9609, 6, lo=40, hi=130),
         start="2026-12-15T09:30:00Z", service="drone-telemetry",
         profile="orders", params={"payload_kb": 10}, peak_rps=100, load="flat", heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/flight-plan-listeners", "Push flight plan changes to open telemetry requests"),
         note="culprit is the second deploy #2; every later interval leaks at a steady rate (flat load, "
              "~5 %/h of 300 MiB); epoch"),
    # ================================================================== frequent-deploys, leak (W10 dev, W11-W13 validation)
    dict(name="W10-a-frequent-deploys-culprit-9", seed=9610, kind="a", culprit=9,
         intervals=gen_intervals(9610, 16, lo=15, hi=45),
         start="2026-12-16T08:00:00Z", service="quiz-scores",
         profile="orders", params={"payload_kb": 6}, peak_rps=105,
         culprit_pr_title=("feat/score-request-audit", "Keep score submissions for the audit view"),
         note="16 deploys 15-45 min apart, culprit #9 (middle); ~10 %/h at peak, each interval gains little"),
    dict(name="W11-c-frequent-deploys-culprit-13", seed=9611, kind="c", culprit=13,
         intervals=gen_intervals(9611, 18, lo=15, hi=45),
         start="2026-12-17T07:30:00Z", service="court-bookings",
         profile="orders", params={"payload_kb": 10}, peak_rps=115, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/court-slot-listeners", "Notify waiting requests when a court slot frees up"),
         note="18 deploys 15-45 min apart, culprit #13 (late); ~8 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="W12-d-frequent-deploys-culprit-16", seed=9612, kind="d", culprit=16,
         intervals=gen_intervals(9612, 20, lo=15, hi=45),
         start="2026-12-18T06:00:00Z", service="grant-portal",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, scan_by="TimestampAscending",
         culprit_pr_title=("perf/grant-followup-timer", "Follow up grant applications from delayed timers"),
         note="20 deploys 15-45 min apart, culprit #16 (late, 5 deploys of evidence); ~5 %/h at peak; ascending"),
    dict(name="W13-b-frequent-deploys-culprit-7", seed=9613, kind="b", culprit=7,
         intervals=gen_intervals(9613, 14, lo=15, hi=45),
         start="2026-12-19T09:00:00Z", service="skip-hire",
         profile="quote", params={"detail": 40, "skus": 700}, peak_rps=110, ts_format="wire",
         culprit_pr_title=("perf/skip-quote-memo", "Memoise skip hire quotes per postcode and size"),
         note="14 deploys 15-45 min apart, culprit #7 (middle); ~7.5 %/h at peak; good releases warm a per-SKU "
              "cache too; epoch"),
    # ================================================================== fixed-later (W14 dev, W15-W16 validation)
    dict(name="W14-a-fixed-one-later", seed=9614, kind="a", culprit=3, fixed=4,
         intervals=gen_intervals(9614, 7, {3: 120}, lo=40, hi=120),
         start="2026-12-20T06:50:00Z", service="vet-records",
         profile="orders", params={"payload_kb": 6}, peak_rps=105,
         culprit_pr_title=("feat/visit-request-history", "Keep visit requests for the record history tab"),
         fixed_pr_title=("fix/visit-history-from-db", "Read the record history from the database"),
         note="leak from #3 (~10 %/h at peak) for 120 min, fixed by the next deploy #4"),
    dict(name="W15-c-fixed-three-later", seed=9615, kind="c", culprit=2, fixed=5,
         intervals=gen_intervals(9615, 7, lo=40, hi=130),
         start="2026-12-21T07:20:00Z", service="wifi-vouchers",
         profile="orders", params={"payload_kb": 11}, peak_rps=110, ts_format="wire",
         culprit_pr_title=("feat/voucher-quota-listeners", "Tell open requests when a voucher quota changes"),
         fixed_pr_title=("fix/voucher-listener-cleanup", "Remove quota listeners when the response ends"),
         note="leak from #2 (~9 %/h at peak), unrelated #3 and #4 still leak, fixed three deploys later by #5; epoch"),
    dict(name="W16-d-fixed-two-later-short", seed=9616, kind="d", culprit=4, fixed=6,
         intervals=gen_intervals(9616, 8, lo=30, hi=90),
         start="2026-12-22T08:40:00Z", service="dental-recalls",
         profile="orders", params={"payload_kb": 9}, peak_rps=120, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/recall-letter-timer", "Send recall letters from delayed timers"),
         fixed_pr_title=("fix/recall-letters-inline", "Send recall letters inline and drop the timers"),
         note="leak from #4 (~7 %/h of 320 MiB at peak), unrelated #5 still leaks, fixed by #6; 8 deploys "
              "30-90 min apart; ascending"),
    # ================================================================== multi-task (W17 dev, W18-W19 validation)
    dict(name="W17-a-two-tasks", seed=9617, kind="a", culprit=3, tasks=2, roll_gap=3,
         intervals=gen_intervals(9617, 5, {3: 130}, lo=50, hi=130),
         start="2026-12-23T07:40:00Z", service="tram-passes",
         profile="orders", params={"payload_kb": 8}, peak_rps=170,
         culprit_pr_title=("feat/pass-request-journal", "Journal pass purchase requests for chargebacks"),
         note="2 tasks, rolling deploys 3 min apart; culprit #3; each task ~10.5 %/h at peak; metrics-ci.jsonl"),
    dict(name="W18-d-three-tasks", seed=9618, kind="d", culprit=2, tasks=3, roll_gap=2,
         intervals=gen_intervals(9618, 6, lo=50, hi=130),
         start="2026-12-24T08:10:00Z", service="parcel-labels",
         profile="orders", params={"payload_kb": 10}, peak_rps=240, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/label-reprint-timer", "Reprint failed parcel labels from delayed timers"),
         note="3 tasks, rolling deploys 2 min apart; culprit #2; each task ~6.5 %/h at peak; metrics-ci.jsonl; "
              "epoch, ascending"),
    dict(name="W19-b-three-tasks", seed=9619, kind="b", culprit=4, tasks=3, roll_gap=4,
         intervals=gen_intervals(9619, 6, {4: 120}, lo=50, hi=130),
         start="2026-12-25T07:00:00Z", service="villa-rentals",
         profile="quote", params={"detail": 90, "skus": 600}, peak_rps=240, ts_format="wire",
         culprit_pr_title=("perf/villa-rate-memo", "Memoise villa rates per guest count and stay"),
         note="3 tasks, rolling deploys 4 min apart; culprit #4; each task ~7.5-12 %/h at peak; good releases "
              "warm a per-SKU cache in every task; metrics-ci.jsonl; epoch (raw: ~13 %/h after warm-up in #4 "
              "and #5; healthy intervals +3-6 %)"),   # raw part added after recording
    # ================================================================== healthy-step (W20 dev, W21-W22 validation)
    dict(name="W20-step-third-deploy", seed=9620, kind="step", culprit=3,
         intervals=gen_intervals(9620, 6, lo=45, hi=120),
         start="2026-12-26T06:30:00Z", service="bin-collections",
         profile="orders", params={"payload_kb": 7}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "85000"},
         culprit_pr_title=("feat/street-table-at-boot", "Load the street collection table at boot"),
         note="level shift at #3 (table loaded at boot), no trend after; deploys 45-120 min apart; must not alarm "
              "(raw: 17-18 % -> 38-42 %; v4 and v7 drop ~10 % at minute 66 and stay there)"),   # raw part added after recording
    dict(name="W21-step-first-deploy-quote", seed=9621, kind="step", culprit=1,
         intervals=gen_intervals(9621, 5, lo=45, hi=120),
         start="2026-12-27T07:50:00Z", service="paint-matcher",
         profile="quote", params={"detail": 50}, peak_rps=100, heap_mb=192, limit_mib=320,
         env={"PRELOAD_ENTRIES": "110000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/colour-index-preload", "Preload the colour match index at boot"),
         note="level shift at #1 (the first deploy in view) on the quote route, no trend after; deploys 45-120 min "
              "apart; must not alarm; epoch, ascending (raw: 16 % -> 37 %, then each step release rises ~5-6 % in "
              "its first hour and stays flat; no drop)"),   # raw part added after recording
    dict(name="W22-step-late-orders", seed=9622, kind="step", culprit=5,
         intervals=gen_intervals(9622, 7, lo=45, hi=110),
         start="2026-12-28T06:00:00Z", service="pharmacy-stock",
         profile="orders", params={"payload_kb": 5}, peak_rps=110, heap_mb=192, limit_mib=384,
         env={"PRELOAD_ENTRIES": "70000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/drug-catalogue-at-boot", "Load the drug catalogue into memory at boot"),
         note="level shift at #5 (of 7), no trend after; deploys 45-110 min apart; must not alarm; ascending "
              "(raw: 13-14 % -> 29-31 %; v6 drops ~8 % at minute 66, v8 at minute 33)"),   # raw part added after recording
    # ================================================================== healthy-frequent (W23 dev, W24-W25 validation)
    dict(name="W23-e-lru-frequent-1800", seed=9623, kind="e",
         intervals=gen_intervals(9623, 17, lo=15, hi=45),
         start="2026-12-29T08:00:00Z", service="tide-tables",
         profile="quote", params={"detail": 45, "skus": 6000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1800"},
         note="bounded LRU (1800) refilling after each of 17 deploys 15-45 min apart; must not alarm"),
    dict(name="W24-e-lru-frequent-2800", seed=9624, kind="e",
         intervals=gen_intervals(9624, 19, lo=15, hi=45),
         start="2026-12-30T07:20:00Z", service="font-cache",
         profile="quote", params={"detail": 36, "skus": 8000}, peak_rps=110, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2800"}, ts_format="wire",
         note="bounded LRU (2800): slow refill after each of 19 deploys 15-45 min apart; must not alarm; epoch"),
    dict(name="W25-e-lru-frequent-2400-evening", seed=9625, kind="e",
         intervals=gen_intervals(9625, 16, lo=15, hi=45),
         start="2026-12-31T12:40:00Z", service="pollen-index",
         profile="quote", params={"detail": 42, "skus": 7000}, peak_rps=100, heap_mb=176, limit_mib=320,
         env={"LRU_MAX": "2400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2400) refilling after each of 16 deploys 15-45 min apart, from the afternoon peak "
              "into the evening; must not alarm; epoch, ascending"),
    # ================================================================== healthy-lru, deploys 1-3 h (W26 dev, W27 validation)
    dict(name="W26-e-lru-hours-2200", seed=9626, kind="e",
         intervals=gen_intervals(9626, 5, lo=60, hi=170),
         start="2027-01-01T07:30:00Z", service="lens-catalog",
         profile="quote", params={"detail": 40, "skus": 8000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2200"},
         note="bounded LRU (2200 entries) refills after each of 5 deploys 1-3 h apart, then flat; must not alarm"),
    dict(name="W27-e-lru-hours-3400", seed=9627, kind="e",
         intervals=gen_intervals(9627, 5, lo=50, hi=160),
         start="2027-01-02T09:00:00Z", service="wine-ratings",
         profile="quote", params={"detail": 34, "skus": 9000}, peak_rps=100, heap_mb=192, limit_mib=384,
         env={"LRU_MAX": "3400"}, scan_by="TimestampAscending",
         note="bounded LRU (3400 entries): slow fill over each of 5 intervals 1-2.5 h long; must not alarm; ascending"),
    # ================================================================== healthy-load (W28 dev, W29 validation)
    dict(name="W28-f-load-morning", seed=9628, kind="f", workers=72,
         intervals=gen_intervals(9628, 5, lo=50, hi=120),
         start="2027-01-03T04:40:00Z", service="contract-pdfs",
         profile="report", params={"kb": 600, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from 04:40 through the morning rise; must not alarm"),
    dict(name="W29-f-load-evening", seed=9629, kind="f", workers=72,
         intervals=gen_intervals(9629, 5, lo=50, hi=120),
         start="2027-01-04T14:20:00Z", service="audit-bundles",
         profile="report", params={"kb": 640, "ms": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load from the afternoon peak into the evening fall; must not alarm; epoch"),
    # ================================================================== healthy-flat (W30 dev, W31 validation)
    dict(name="W30-none-flat-orders", seed=9630, kind="none",
         intervals=gen_intervals(9630, 7, lo=40, hi=110),
         start="2027-01-05T08:10:00Z", service="choir-rota",
         profile="orders", params={"payload_kb": 9}, peak_rps=115,
         note="no leak; 7 ordinary deploys; must not alarm"),
    dict(name="W31-none-flat-quote-flat-load", seed=9631, kind="none",
         intervals=gen_intervals(9631, 6, lo=40, hi=120),
         start="2027-01-06T10:30:00Z", service="stamp-values",
         profile="quote", params={"detail": 45}, peak_rps=105, load="flat", heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, flat load, quote route, 384 MiB limit; must not alarm; epoch, ascending"),
    # ================================================================== singles (validation)
    dict(name="W32-b-night-pause", seed=9632, kind="b", culprit=3,
         intervals=[60, 50, 70, 570, 120],
         start="2027-01-07T18:20:00Z", service="night-freight",
         profile="quote", params={"detail": 36, "skus": 600}, peak_rps=95, ts_format="wire",
         culprit_pr_title=("perf/freight-memo-per-lane", "Memoise night freight quotes per lane and weight"),
         note="leak from #3 at 21:20 (~6 %/h at peak); 9.5 h night interval to 06:50, slope flatter at night; "
              "#4 still leaks; epoch (raw: ~5 %/h 21:20-00:20, then 1-2 %/h from 01:20 to 06:20)"),   # raw part added after recording
    dict(name="W33-d-long-interval-two-days", seed=9633, kind="d", culprit=2,
         intervals=[180, 1560, 2280, 420],
         start="2027-01-08T03:20:00Z", service="archive-mirror",
         profile="orders", params={"payload_kb": 1.5}, peak_rps=65,
         culprit_pr_title=("perf/mirror-verify-timer", "Verify mirrored archives from delayed timers"),
         note="deploys 26 h and 38 h apart: #1 at 06:20 (healthy day), culprit #2 at 08:20 the next day, leaking "
              "for 38 h (two days and the night between) until #3 at 22:20; aimed ~1-1.5 %/h at peak, no OOM (raw: ~0.8 %/h in the day, "
              "~0.35 %/h at night, +22 % over the 38 h; max 42 %)"),   # after recording: "two nights" corrected (it is one night), raw part added
    dict(name="W34-c-oom-fast", seed=9634, kind="c", culprit=2,
         intervals=[70, 90, 160, 100],
         start="2027-01-09T10:50:00Z", service="stream-chat",
         profile="orders", params={"payload_kb": 60}, peak_rps=165, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/chat-room-listeners", "Push room changes to every open chat request"),
         note="leak from #2 at 13:30, ~200 MiB/h at peak: OOM within the hour, several OOM restarts; epoch, ascending"),
    dict(name="W35-a-flag-flip", seed=9635, kind="a", flag="order_replay_capture",
         flag_at=sum(_W35[:3]) + 100, intervals=_W35,
         start="2027-01-10T07:00:00Z", service="wedding-lists",
         profile="orders", params={"payload_kb": 6}, peak_rps=100,
         note="no culprit deploy: flag order_replay_capture on at 13:22:30, 100 min after #3 and 70 min before #4; "
              "retained requests (~9 %/h at peak) from then on, in every later release"),
    dict(name="W36-d-limit-raise-384", seed=9636, kind="d", culprit=1,
         limit_raise={"deploy": 3, "limit_mib": 384, "heap_mb": 192},
         intervals=[90, 300, 140, 180, 110],
         start="2027-01-11T08:40:00Z", service="sensor-gateway",
         profile="orders", params={"payload_kb": 28}, peak_rps=140, ts_format="wire",
         culprit_pr_title=("perf/sensor-ack-timer", "Acknowledge sensor batches from delayed timers"),
         limit_pr_title=("ops/sensor-gateway-memory-384", "Give the sensor gateway task 384 MiB of memory"),
         note="leak from #1 at 10:10 (~25 %/h at peak) should OOM about twice in #1's 300 min interval; limit "
              "256 -> 384 MiB (heap 192 MB) at #3; epoch"),
]

SCENARIOS = _RSTUV + W_SCENARIOS
