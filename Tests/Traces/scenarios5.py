"""memblame's tracelab scenarios, batch 5: V01..V30 (real memory traces with labels).

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 5"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios5.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios5.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw5 V01-... V30-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 5 does not
reuse the ranges of R01..R44, S01..S24, T01..T12 and U01..U36, this file lists
the R, S, T and U scenarios of scenarios4.py first, unchanged and in the same
order (positions 11..126, exactly as when scenarios4.py is passed), and the V
scenarios after them (positions 127..156).  Only the V scenarios are recorded
from this file.

Split (Tests/Traces/split5.json, written and committed before recording):
in every regime group the first-numbered case is `dev`, the others
`validation`; a single is `validation` (both singles' regimes already have dev
cases in batches 1-4).  10 dev, 20 validation.  The batch weights the regimes
where the detector was weakest on batch 4 (healthy LRU under frequent deploys,
a one-off step) and slow leaks, and keeps the others covered.

  four:   healthy-step V01-V04, healthy-frequent V05-V08, slow-leak V11-V14
  three:  culprit-early V15-V17, frequent-deploys V18-V20
  two:    healthy-lru V09-V10, fixed-later V21-V22, healthy-flat V23-V24,
          healthy-load V25-V26, multi-task V27-V28
  single: night-pause V29, oom-fast V30

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
_RSTU = runpy.run_path(os.path.join(_HERE, "scenarios4.py"))["SCENARIOS"]   # R01..R44, S01..S24, T01..T12, U01..U36


V_SCENARIOS = [
    # ================================================================== healthy-step (V01 dev, V02-V04 validation)
    dict(name="V01-step-second-deploy", seed=8501, kind="step", culprit=2,
         intervals=gen_intervals(8501, 6, lo=45, hi=120),
         start="2026-11-06T06:40:00Z", service="courier-zones",
         profile="orders", params={"payload_kb": 6}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "90000"},
         culprit_pr_title=("feat/zone-table-at-boot", "Load the courier zone table at boot"),
         note="level shift at #2 (table loaded at boot), flat after; deploys 45-120 min apart; must not alarm "
              "(raw: each release from #2 rises 3-5 % for ~65 min; v6 and v7 then drop ~10 % at minute 66 and stay flat)"),   # raw part added after recording
    dict(name="V02-step-heavy-quote-warmup", seed=8502, kind="step", culprit=3,
         intervals=gen_intervals(8502, 6, {3: 115, 4: 100}, lo=45, hi=120),
         start="2026-11-07T07:10:00Z", service="fabric-pricing",
         profile="quote", params={"detail": 70}, peak_rps=110, heap_mb=192, limit_mib=320,
         env={"PRELOAD_ENTRIES": "130000"},
         culprit_pr_title=("feat/fabric-price-grid-preload", "Preload the fabric price grid for all mills at boot"),
         note="heavier release from #3 (large table + 70-line quotes): step at #3, aimed to warm up for about an "
              "hour after each start, then flat; deploys 45-120 min apart; must not alarm "
              "(raw: rises 3-4 % in its first 20-30 min, drops ~9 % at minute 66 or 99)"),   # after recording: '; epoch' removed (the case is iso8601), raw part added
    dict(name="V03-step-first-deploy", seed=8503, kind="step", culprit=1,
         intervals=gen_intervals(8503, 5, lo=45, hi=120),
         start="2026-11-08T08:00:00Z", service="postcode-lookup",
         profile="orders", params={"payload_kb": 9}, peak_rps=115, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "75000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/postcode-index-at-boot", "Build the postcode index at boot"),
         note="level shift at #1 (first deploy in view), flat after; deploys 45-120 min apart; must not alarm; ascending "
              "(raw: rises 3-4 %, drops ~9 % at minute 33 or 66)"),   # raw part added after recording
    dict(name="V04-step-late-heavy-quote", seed=8504, kind="step", culprit=4,
         intervals=gen_intervals(8504, 5, {4: 110, 5: 105}, lo=45, hi=120),
         start="2026-11-09T06:20:00Z", service="warranty-terms",
         profile="quote", params={"detail": 60}, peak_rps=105, heap_mb=192, limit_mib=320,
         env={"PRELOAD_ENTRIES": "120000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/warranty-rules-preload", "Preload warranty rules for every product line"),
         note="heavier release from #4 (of 5, large table + 60-line quotes): step at #4, aimed to warm up for about "
              "an hour after each start, then flat; deploys 45-120 min apart; must not alarm; epoch, ascending "
              "(raw: rises 1-2 % for ~30 min, drops ~9 % at minute 66 or 99)"),   # raw part added after recording
    # ================================================================== healthy-frequent (V05 dev, V06-V08 validation)
    dict(name="V05-e-lru-frequent-2200", seed=8505, kind="e",
         intervals=gen_intervals(8505, 18, lo=15, hi=45),
         start="2026-11-10T07:30:00Z", service="seat-pricing",
         profile="quote", params={"detail": 40, "skus": 6000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2200"},
         note="bounded LRU (2200) refilling after each of 18 deploys 15-45 min apart; must not alarm"),
    dict(name="V06-e-lru-frequent-1600", seed=8506, kind="e",
         intervals=gen_intervals(8506, 19, lo=15, hi=45),
         start="2026-11-11T08:10:00Z", service="plan-catalog",
         profile="quote", params={"detail": 50, "skus": 5000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1600"}, ts_format="wire",
         note="bounded LRU (1600) refilling after each of 19 deploys 15-45 min apart; must not alarm; epoch"),
    dict(name="V07-e-lru-frequent-3000", seed=8507, kind="e",
         intervals=gen_intervals(8507, 17, lo=15, hi=45),
         start="2026-11-12T09:00:00Z", service="mileage-rates",
         profile="quote", params={"detail": 34, "skus": 8000}, peak_rps=110, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "3000"}, scan_by="TimestampAscending",
         note="bounded LRU (3000): slow refill after each of 17 deploys 15-45 min apart, rarely full; must not alarm; ascending"),
    dict(name="V08-e-lru-frequent-2000-flat-load", seed=8508, kind="e",
         intervals=gen_intervals(8508, 18, lo=15, hi=45),
         start="2026-11-13T10:20:00Z", service="locale-strings",
         profile="quote", params={"detail": 45, "skus": 6500}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2000"}, load="flat", ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2000) refilling after each of 18 deploys 15-45 min apart, flat load; must not alarm; "
              "epoch, ascending"),
    # ================================================================== healthy-lru, deploys 1-3 h (V09 dev, V10 validation)
    dict(name="V09-e-lru-hours-2400", seed=8509, kind="e",
         intervals=gen_intervals(8509, 4, lo=60, hi=180),
         start="2026-11-14T07:00:00Z", service="hs-code-lookup",
         profile="quote", params={"detail": 40, "skus": 8000}, peak_rps=105, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2400"},
         note="bounded LRU (2400 entries) refills after each of 4 deploys 1-3 h apart, then flat; must not alarm"),
    dict(name="V10-e-lru-hours-3200", seed=8510, kind="e",
         intervals=gen_intervals(8510, 4, lo=60, hi=180),
         start="2026-11-15T08:30:00Z", service="museum-tickets",
         profile="quote", params={"detail": 36, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "3200"}, ts_format="wire",
         note="bounded LRU (3200 entries): slow fill over each of 4 intervals 1-3 h long; must not alarm; epoch"),
    # ================================================================== slow-leak, ~0.4-1 %/h (V11 dev, V12-V14 validation)
    dict(name="V11-a-slow-leak-culprit-first", seed=8511, kind="a", culprit=1,
         intervals=[90, 320, 300],
         start="2026-11-16T06:00:00Z", service="usage-meter",
         profile="orders", params={"payload_kb": 1}, peak_rps=22,
         culprit_pr_title=("feat/usage-request-ledger", "Keep metered requests for the monthly usage ledger"),
         note="slow leak (~0.5-1 %/h) from #1 at 07:30, the first deploy in view; 320 and 300 min leaking intervals"),
    dict(name="V12-b-slow-leak-culprit-second", seed=8512, kind="b", culprit=2,
         intervals=[100, 80, 300, 260],
         start="2026-11-17T05:50:00Z", service="parking-tariffs",
         profile="quote", params={"detail": 8, "skus": 700}, peak_rps=55, ts_format="wire",
         culprit_pr_title=("perf/tariff-memo-per-plate", "Memoise parking tariffs per plate and duration"),
         note="slow leak (~0.5-1 %/h) from #2 at 08:50 (#1 healthy, 80 min); 300 and 260 min leaking intervals; epoch"),
    dict(name="V13-c-slow-leak-culprit-second", seed=8513, kind="c", culprit=2,
         intervals=[120, 70, 320, 260],
         start="2026-11-18T05:30:00Z", service="shift-planner",
         profile="orders", params={"payload_kb": 2}, peak_rps=22, scan_by="TimestampAscending",
         culprit_pr_title=("feat/shift-swap-listeners", "Notify open requests when a shift swap is approved"),
         note="slow leak (~0.4-0.8 %/h) from #2 at 08:40 (#1 healthy, 70 min); 320 and 260 min leaking intervals; ascending"),
    dict(name="V14-d-slow-leak-culprit-first", seed=8514, kind="d", culprit=1,
         intervals=[80, 340, 290],
         start="2026-11-19T06:10:00Z", service="fuel-prices",
         profile="orders", params={"payload_kb": 1}, peak_rps=26,
         culprit_pr_title=("perf/fuel-recheck-timer", "Re-check station prices from delayed timers"),
         note="slow leak (~0.5-1 %/h aimed; raw: only ~0.16 and ~0.32 %/h after warm-up) from #1 at 07:30, the first "
              "deploy in view; 340 and 290 min leaking intervals"),   # raw rate added after recording
    # ================================================================== culprit-early (V15 dev, V16-V17 validation)
    dict(name="V15-c-culprit-first", seed=8515, kind="c", culprit=1,
         intervals=gen_intervals(8515, 5, lo=40, hi=130),
         start="2026-11-20T07:20:00Z", service="lab-results",
         profile="orders", params={"payload_kb": 9}, peak_rps=110,
         culprit_pr_title=("feat/result-ready-listeners", "Wake waiting requests when a lab result is ready"),
         note="culprit is the first deploy #1; every later interval leaks (~10 %/h at peak)"),
    dict(name="V16-a-culprit-second", seed=8516, kind="a", culprit=2,
         intervals=gen_intervals(8516, 5, lo=40, hi=130),
         start="2026-11-21T06:50:00Z", service="pet-insurance",
         profile="orders", params={"payload_kb": 6}, peak_rps=105, ts_format="wire",
         culprit_pr_title=("feat/claim-request-snapshots", "Snapshot claim requests for the fraud review"),
         note="culprit is the second deploy #2; every later interval leaks (~10 %/h at peak); epoch"),
    dict(name="V17-d-culprit-first", seed=8517, kind="d", culprit=1,
         intervals=gen_intervals(8517, 5, lo=40, hi=130),
         start="2026-11-22T08:10:00Z", service="room-service",
         profile="orders", params={"payload_kb": 8}, peak_rps=115, scan_by="TimestampAscending",
         culprit_pr_title=("perf/room-order-followup-timer", "Follow up room orders from in-process timers"),
         note="culprit is the first deploy #1; every later interval leaks (~8 %/h at peak); ascending"),
    # ================================================================== frequent-deploys, leak (V18 dev, V19-V20 validation)
    dict(name="V18-b-frequent-deploys-15-45", seed=8518, kind="b", culprit=8,
         intervals=gen_intervals(8518, 18, lo=15, hi=45),
         start="2026-11-23T07:40:00Z", service="bike-share",
         profile="quote", params={"detail": 55, "skus": 600}, peak_rps=110,
         culprit_pr_title=("perf/ride-price-memo", "Memoise ride prices per rider and duration"),
         note="18 deploys 15-45 min apart, culprit #8; ~10 %/h at peak, each interval gains little"),
    dict(name="V19-d-frequent-deploys-15-45", seed=8519, kind="d", culprit=12,
         intervals=gen_intervals(8519, 18, lo=15, hi=45),
         start="2026-11-24T07:00:00Z", service="print-jobs",
         profile="orders", params={"payload_kb": 9}, peak_rps=120, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/print-retry-timer", "Retry stuck print jobs from in-process timers"),
         note="18 deploys 15-45 min apart, culprit #12 (late); ~9 %/h at peak; epoch, ascending"),
    dict(name="V20-a-frequent-deploys-15-45", seed=8520, kind="a", culprit=4,
         intervals=gen_intervals(8520, 17, lo=15, hi=45),
         start="2026-11-25T08:30:00Z", service="lesson-booking",
         profile="orders", params={"payload_kb": 7}, peak_rps=105,
         culprit_pr_title=("feat/lesson-request-audit", "Keep lesson booking requests for the audit view"),
         note="17 deploys 15-45 min apart, culprit #4 (early); ~11 %/h at peak"),
    # ================================================================== fixed-later (V21 dev, V22 validation)
    dict(name="V21-d-fixed-two-later", seed=8521, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(8521, 6, {2: 110, 3: 95}, lo=40, hi=140),
         start="2026-11-26T06:40:00Z", service="crop-sensors",
         profile="orders", params={"payload_kb": 9}, peak_rps=120,
         culprit_pr_title=("perf/sensor-debounce-timer", "Debounce sensor uploads with delayed timers"),
         fixed_pr_title=("fix/sensor-debounce-inline", "Debounce sensor uploads inline and drop the timers"),
         note="leak from #2 (~9 %/h at peak), unrelated #3 still leaks, fixed by #4"),
    dict(name="V22-b-fixed-one-later", seed=8522, kind="b", culprit=3, fixed=4,
         intervals=gen_intervals(8522, 6, {3: 125}, lo=40, hi=140),
         start="2026-11-27T07:10:00Z", service="boat-charter",
         profile="quote", params={"detail": 60, "skus": 500}, peak_rps=105, ts_format="wire",
         culprit_pr_title=("perf/charter-memo-per-party", "Memoise charter quotes per party and date"),
         fixed_pr_title=("fix/charter-memo-by-boat", "Key the charter quote cache by boat only"),
         note="leak from #3 (~11 %/h at peak) for 125 min, fixed by the next deploy #4; epoch"),
    # ================================================================== healthy-flat (V23 dev, V24 validation)
    dict(name="V23-none-flat-orders", seed=8523, kind="none",
         intervals=gen_intervals(8523, 6, lo=40, hi=120),
         start="2026-11-28T07:50:00Z", service="donor-registry",
         profile="orders", params={"payload_kb": 8}, peak_rps=110,
         note="no leak; 6 ordinary deploys; must not alarm"),
    dict(name="V24-none-flat-quote-flat-load", seed=8524, kind="none",
         intervals=gen_intervals(8524, 6, lo=40, hi=120),
         start="2026-11-29T09:10:00Z", service="spare-parts",
         profile="quote", params={"detail": 40}, peak_rps=100, load="flat", ts_format="wire",
         scan_by="TimestampAscending",
         note="no leak, flat load, quote route; must not alarm; epoch, ascending"),
    # ================================================================== healthy-load (V25 dev, V26 validation)
    dict(name="V25-f-load-morning", seed=8525, kind="f", workers=72,
         intervals=gen_intervals(8525, 5, lo=50, hi=130),
         start="2026-11-30T04:10:00Z", service="statement-pdfs",
         profile="report", params={"kb": 600, "ms": 420}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from 04:10 through the morning rise; must not alarm"),
    dict(name="V26-f-load-afternoon-evening", seed=8526, kind="f", workers=72,
         intervals=gen_intervals(8526, 5, lo=50, hi=130),
         start="2026-12-01T13:00:00Z", service="payslip-render",
         profile="report", params={"kb": 620, "ms": 400}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="reports in flight follow the load over the afternoon peak and the evening fall; must not alarm; epoch"),
    # ================================================================== multi-task (V27 dev, V28 validation)
    dict(name="V27-b-three-tasks", seed=8527, kind="b", culprit=3, tasks=3, roll_gap=3,
         intervals=gen_intervals(8527, 5, {3: 130}, lo=50, hi=130),
         start="2026-12-02T07:30:00Z", service="hotel-search",
         profile="quote", params={"detail": 70, "skus": 600}, peak_rps=210,
         culprit_pr_title=("perf/hotel-rate-memo", "Memoise hotel rates per guest and stay length"),
         note="3 tasks, rolling deploys 3 min apart; culprit #3; each task ~8.5 %/h at peak; metrics-ci.jsonl"),
    dict(name="V28-c-two-tasks", seed=8528, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(8528, 5, {2: 120}, lo=50, hi=130),
         start="2026-12-03T08:00:00Z", service="exam-proctor",
         profile="orders", params={"payload_kb": 14}, peak_rps=150, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/proctor-session-events", "Push proctor session changes to open requests"),
         note="2 tasks, rolling deploys 4 min apart; culprit #2; each task ~10 %/h at peak; metrics-ci.jsonl; "
              "epoch, ascending"),
    # ================================================================== singles (validation)
    dict(name="V29-d-night-pause", seed=8529, kind="d", culprit=1,
         intervals=[90, 540, 150],
         start="2026-12-04T19:40:00Z", service="backup-verifier",
         profile="orders", params={"payload_kb": 5}, peak_rps=95,
         culprit_pr_title=("perf/backup-verify-timer", "Verify backups from delayed in-process timers"),
         note="leak from #1 at 21:10 (~4.5 %/h at peak); 9 h night interval to 06:10, slope flatter at night; #2 still leaks"),
    dict(name="V30-a-oom-fast", seed=8530, kind="a", culprit=2,
         intervals=[80, 100, 170, 110],
         start="2026-12-05T10:20:00Z", service="scan-uploads",
         profile="orders", params={"payload_kb": 36}, peak_rps=150, scan_by="TimestampAscending",
         culprit_pr_title=("feat/scan-upload-retain", "Keep uploaded scan requests for the OCR retry queue"),
         note="leak from #2 at 13:20, ~200 MiB/h at peak: OOM within the hour, several OOM restarts; ascending"),
]

SCENARIOS = _RSTU + V_SCENARIOS
