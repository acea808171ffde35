"""memblame's tracelab scenarios, batch 7: Y01..Y24 (real memory traces with labels).

(Named Y, not X: tracelab's own example scenarios are X1..X11.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 7"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios7.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios7.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw7 Y01-... Y24-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 7 does not
reuse the ranges of R01..R44, S01..S24, T01..T12, U01..U36, V01..V30 and
W01..W36, this file lists the scenarios of scenarios6.py first, unchanged and
in the same order (positions 11..192, exactly as when scenarios6.py is
passed), and the Y scenarios after them (positions 193..216).  Only the Y
scenarios are recorded from this file.

Split (Tests/Traces/split7.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; of the seven singles the first-numbered one (Y14,
culprit-last) is `dev`, the others `validation`.  8 dev, 16 validation.
An even spread over the regimes and deploy rhythms users meet, from deploys
every 15-45 minutes (frequent-deploys, healthy-frequent) to 2-4 h apart
(few-hours); no case longer than 625 simulated minutes.

  three:  slow-leak Y01-Y03, culprit-early Y04-Y06, frequent-deploys Y07-Y09
  two:    fixed-later Y10-Y11, multi-task Y12-Y13, healthy-step Y16-Y17,
          healthy-frequent Y18-Y19
  single: culprit-last Y14, hourly Y15, healthy-lru Y20, healthy-load Y21,
          healthy-flat Y22, few-hours Y23, oom-fast Y24

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
MiB per simulated hour at the daily peak ~= KB_per_request x peak_rps x 0.0147
(per task: divide peak_rps by the number of tasks).  256 MiB limit: 1 % = 2.56 MiB.
The slow-leak loads are scaled from what batch 6 measured (W01 a 1 KB at 24
req/s 0.6-0.8 %/h, W02 b 6 lines at 50 ~0.5, W03 c 1 KB at 26 ~0.3, W04 d
1 KB at 50 0.55-0.7).
The "~N %/h" in the notes are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVW = runpy.run_path(os.path.join(_HERE, "scenarios6.py"))["SCENARIOS"]   # R01..R44, S01..S24, T01..T12, U01..U36, V01..V30, W01..W36


Y_SCENARIOS = [
    # ================================================================== slow-leak, ~0.3-0.8 %/h (Y01 dev, Y02-Y03 validation)
    dict(name="Y01-d-slow-leak-culprit-second", seed=9701, kind="d", culprit=2,
         intervals=[80, 70, 250, 200],
         start="2027-01-12T05:40:00Z", service="meter-reads",
         profile="orders", params={"payload_kb": 1}, peak_rps=60, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/meter-read-retry-timer", "Retry failed meter reads from delayed timers"),
         note="slow leak (~0.7 %/h) from #2 at 08:10 (#1 healthy, 70 min); 250 and 200 min leaking intervals; "
              "epoch, ascending"),
    dict(name="Y02-c-slow-leak-culprit-first", seed=9702, kind="c", culprit=1,
         intervals=[90, 260, 210, 40],
         start="2027-01-13T06:10:00Z", service="harbour-berths",
         profile="orders", params={"payload_kb": 1.5}, peak_rps=30,
         culprit_pr_title=("feat/berth-tide-listeners", "Tell open berth requests when the tide window moves"),
         note="very slow leak (~0.4 %/h) from #1 at 07:40, the first deploy in view; 260 and 210 min leaking "
              "intervals, then a short 40 min one (raw: 0.14 and 0.37 %/h after warm-up, at and below the aim)"),   # raw part added after recording
    dict(name="Y03-b-slow-leak-culprit-third", seed=9703, kind="b", culprit=3,
         intervals=[60, 70, 60, 240, 170],
         start="2027-01-14T05:20:00Z", service="fuel-cards",
         profile="quote", params={"detail": 8, "skus": 700}, peak_rps=45, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/fuel-price-memo-per-card", "Memoise fuel prices per card and litre band"),
         note="slow leak (~0.6 %/h of 300 MiB) from #3 at 08:30 (#1, #2 healthy, 60-70 min each); 240 and 170 "
              "min leaking intervals; ascending"),
    # ================================================================== culprit-early (Y04 dev, Y05-Y06 validation)
    dict(name="Y04-a-culprit-first", seed=9704, kind="a", culprit=1,
         intervals=gen_intervals(9704, 5, lo=40, hi=120),
         start="2027-01-15T07:50:00Z", service="cinema-seats",
         profile="orders", params={"payload_kb": 4}, peak_rps=95, ts_format="wire",
         culprit_pr_title=("feat/seat-hold-request-log", "Keep seat hold requests for the box office log"),
         note="culprit is the first deploy #1 (after 62 min of v1); every later interval leaks (~6 %/h at peak); "
              "5 deploys 48-106 min apart; epoch"),
    dict(name="Y05-c-culprit-second-320", seed=9705, kind="c", culprit=2,
         intervals=gen_intervals(9705, 6, lo=35, hi=110),
         start="2027-01-16T08:30:00Z", service="kennel-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/kennel-slot-listeners", "Push kennel slot changes to open booking requests"),
         note="culprit is the second deploy #2 (after 108 and 82 min); every later interval leaks (~6 %/h of "
              "320 MiB at peak); 6 deploys 47-108 min apart; ascending"),
    dict(name="Y06-d-culprit-first-flat-load", seed=9706, kind="d", culprit=1,
         intervals=gen_intervals(9706, 6, {0: 40}, lo=40, hi=110),
         start="2027-01-17T09:10:00Z", service="shift-swaps",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, load="flat",
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/swap-reminder-timer", "Send shift swap reminders from delayed timers"),
         note="culprit is the first deploy #1 after only 40 min of v1; every later interval leaks at a steady "
              "rate (flat load, ~5 %/h); epoch, ascending"),
    # ================================================================== frequent-deploys, leak (Y07 dev, Y08-Y09 validation)
    dict(name="Y07-b-frequent-deploys-culprit-10", seed=9707, kind="b", culprit=10,
         intervals=gen_intervals(9707, 15, lo=15, hi=45),
         start="2027-01-18T09:00:00Z", service="glacier-tours",
         profile="quote", params={"detail": 40, "skus": 700}, peak_rps=110,
         culprit_pr_title=("perf/tour-price-memo", "Memoise tour prices per party size and date"),
         note="15 deploys 17-45 min apart, culprit #10 (late middle); ~7.5 %/h at peak; good releases warm a "
              "per-SKU cache too"),
    dict(name="Y08-d-frequent-deploys-culprit-6", seed=9708, kind="d", culprit=6,
         intervals=gen_intervals(9708, 16, lo=15, hi=45),
         start="2027-01-19T10:20:00Z", service="recipe-boxes",
         profile="orders", params={"payload_kb": 7}, peak_rps=105, ts_format="wire",
         culprit_pr_title=("perf/box-dispatch-timer", "Dispatch recipe box emails from delayed timers"),
         note="16 deploys 16-44 min apart, culprit #6 (early, 11 deploys of evidence); ~6.5 %/h at peak; epoch"),
    dict(name="Y09-a-frequent-deploys-culprit-14", seed=9709, kind="a", culprit=14,
         intervals=gen_intervals(9709, 17, lo=15, hi=45),
         start="2027-01-20T08:10:00Z", service="rink-slots",
         profile="orders", params={"payload_kb": 5}, peak_rps=110, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/slot-request-history", "Keep rink slot requests for the history panel"),
         note="17 deploys 15-45 min apart, culprit #14 (late, 4 deploys of evidence); ~7.5 %/h of 300 MiB at "
              "peak; ascending"),
    # ================================================================== fixed-later (Y10 dev, Y11 validation)
    dict(name="Y10-c-fixed-two-later", seed=9710, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(9710, 6, lo=40, hi=110),
         start="2027-01-21T07:30:00Z", service="tutor-matches",
         profile="orders", params={"payload_kb": 9}, peak_rps=110, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/tutor-availability-listeners", "Tell open match requests when a tutor's hours change"),
         fixed_pr_title=("fix/tutor-listener-cleanup", "Remove availability listeners when the response ends"),
         note="leak from #2 (~10 %/h at peak), unrelated #3 still leaks, fixed two deploys later by #4; "
              "epoch, ascending"),
    dict(name="Y11-d-fixed-one-later-384", seed=9711, kind="d", culprit=4, fixed=5,
         intervals=gen_intervals(9711, 6, {4: 110}, lo=40, hi=110),
         start="2027-01-22T08:50:00Z", service="loan-offers",
         profile="orders", params={"payload_kb": 9}, peak_rps=115, heap_mb=192, limit_mib=384,
         culprit_pr_title=("perf/offer-expiry-timer", "Expire loan offers from in-process timers"),
         fixed_pr_title=("fix/offer-expiry-in-db", "Expire loan offers in the database job instead"),
         note="leak from #4 (~5.5 %/h of 384 MiB at peak) for 110 min, fixed by the next deploy #5"),
    # ================================================================== multi-task (Y12 dev, Y13 validation)
    dict(name="Y12-c-two-tasks", seed=9712, kind="c", culprit=2, tasks=2, roll_gap=4,
         intervals=gen_intervals(9712, 5, lo=50, hi=110),
         start="2027-01-23T08:20:00Z", service="bike-docks",
         profile="orders", params={"payload_kb": 9}, peak_rps=180, scan_by="TimestampAscending",
         culprit_pr_title=("feat/dock-state-listeners", "Push dock state changes to open rental requests"),
         note="2 tasks, rolling deploys 4 min apart; culprit #2; each task ~8 %/h at peak; metrics-ci.jsonl; "
              "ascending"),
    dict(name="Y13-a-three-tasks", seed=9713, kind="a", culprit=3, tasks=3, roll_gap=2,
         intervals=gen_intervals(9713, 5, {3: 120}, lo=50, hi=130),
         start="2027-01-24T07:40:00Z", service="spa-vouchers",
         profile="orders", params={"payload_kb": 6}, peak_rps=240, ts_format="wire",
         culprit_pr_title=("feat/voucher-redeem-journal", "Journal voucher redemptions for the refund desk"),
         note="3 tasks, rolling deploys 2 min apart; culprit #3 (120 min interval); each task ~7.5 %/h at peak; "
              "metrics-ci.jsonl; epoch"),
    # ================================================================== singles (Y14 dev, the others validation)
    dict(name="Y14-b-culprit-last", seed=9714, kind="b", culprit=5,
         intervals=[60, 70, 50, 80, 60, 210],
         start="2027-01-25T07:40:00Z", service="hostel-beds",
         profile="quote", params={"detail": 50, "skus": 600}, peak_rps=105, ts_format="wire",
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/bed-rate-memo", "Memoise bed rates per guest and night count"),
         note="culprit is the last deploy #5 at 13:00: one 210 min afternoon interval of evidence (~9 %/h at "
              "peak); four healthy intervals of 50-80 min before it; epoch, ascending (raw: +30 % in the 210 min; the "
              "healthy releases rise ~8 % and drop ~4 % at minute 50-62, per-SKU cache and GC)"),   # raw part added after recording
    dict(name="Y15-d-hourly-culprit-5", seed=9715, kind="d", culprit=5,
         intervals=gen_intervals(9715, 8, lo=45, hi=100),
         start="2027-01-26T07:00:00Z", service="crane-hire",
         profile="orders", params={"payload_kb": 6}, peak_rps=100,
         culprit_pr_title=("perf/hire-invoice-timer", "Send crane hire invoices from delayed timers"),
         note="8 deploys 55-88 min apart (hourly), culprit #5 at 12:21; ~5.5 %/h at peak (raw: each leaking release "
              "rises ~11 % in its first hour, then drops ~4.5-5 % at minute 60-64)"),   # raw part added after recording
    # ================================================================== healthy-step (Y16 dev, Y17 validation)
    dict(name="Y16-step-second-deploy", seed=9716, kind="step", culprit=2,
         intervals=gen_intervals(9716, 5, lo=45, hi=110),
         start="2027-01-27T08:00:00Z", service="exam-results",
         profile="orders", params={"payload_kb": 6}, peak_rps=100,
         env={"PRELOAD_ENTRIES": "65000"},
         culprit_pr_title=("feat/grade-table-at-boot", "Load the grade boundary table at boot"),
         note="level shift at #2 (table loaded at boot), no trend after; deploys 63-110 min apart; must not alarm "
              "(raw: ~20 % -> 35-45 %; every step release drops ~10-12 % once, at minute 34-98, and stays there)"),   # raw part added after recording
    dict(name="Y17-step-fourth-deploy-quote", seed=9717, kind="step", culprit=4,
         intervals=gen_intervals(9717, 6, lo=45, hi=100),
         start="2027-01-28T10:10:00Z", service="tent-pitches",
         profile="quote", params={"detail": 30}, peak_rps=100, heap_mb=176, limit_mib=320,
         env={"PRELOAD_ENTRIES": "80000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/pitch-map-preload", "Preload the campsite pitch map at boot"),
         note="level shift at #4 (of 6) on the quote route, no trend after; deploys 53-100 min apart; must not "
              "alarm; epoch, ascending (raw: ~14-17 % -> 34-39 %; v6 and v7 drop ~10-12 % at minute 65-66, v5 does not)"),   # raw part added after recording
    # ================================================================== healthy-frequent (Y18 dev, Y19 validation)
    dict(name="Y18-none-frequent-orders", seed=9718, kind="none",
         intervals=gen_intervals(9718, 15, lo=15, hi=45),
         start="2027-01-29T09:40:00Z", service="bus-timetables",
         profile="orders", params={"payload_kb": 8}, peak_rps=110, scan_by="TimestampAscending",
         note="no leak; 15 deploys 15-45 min apart: each short interval is mostly warm-up; must not alarm; "
              "ascending"),
    dict(name="Y19-e-lru-frequent-2000", seed=9719, kind="e",
         intervals=gen_intervals(9719, 15, lo=15, hi=45),
         start="2027-01-30T11:00:00Z", service="menu-prices",
         profile="quote", params={"detail": 38, "skus": 7500}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2000"}, ts_format="wire",
         note="bounded LRU (2000) refilling after each of 15 deploys 21-45 min apart, through the afternoon peak; "
              "must not alarm; epoch"),
    dict(name="Y20-e-lru-hours-3000", seed=9720, kind="e",
         intervals=gen_intervals(9720, 4, lo=60, hi=150),
         start="2027-01-31T07:10:00Z", service="fabric-swatches",
         profile="quote", params={"detail": 36, "skus": 8500}, peak_rps=100, heap_mb=176, limit_mib=320,
         env={"LRU_MAX": "3000"}, scan_by="TimestampAscending",
         note="bounded LRU (3000 entries) refills after each of 4 deploys 1-2.25 h apart, then flat; must not "
              "alarm; ascending"),
    dict(name="Y21-f-load-midday-peak", seed=9721, kind="f", workers=72,
         intervals=gen_intervals(9721, 5, lo=50, hi=110),
         start="2027-02-01T12:30:00Z", service="quarry-loads",
         profile="report", params={"kb": 620, "ms": 420}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="reports in flight follow the load from 12:30 up to the 16:00 peak and down into the evening; "
              "must not alarm; epoch, ascending"),
    dict(name="Y22-none-flat-load-orders", seed=9722, kind="none",
         intervals=gen_intervals(9722, 6, lo=40, hi=100),
         start="2027-02-02T13:20:00Z", service="lottery-draws",
         profile="orders", params={"payload_kb": 12}, peak_rps=120, load="flat", heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, flat load, 12 KB orders, 320 MiB limit; 6 deploys 44-80 min apart; must not alarm; epoch"),
    dict(name="Y23-b-few-hours-culprit-2", seed=9723, kind="b", culprit=2,
         intervals=[120, 170, 220, 110],
         start="2027-02-03T06:30:00Z", service="seed-orders",
         profile="quote", params={"detail": 30, "skus": 600}, peak_rps=90, ts_format="wire",
         culprit_pr_title=("perf/seed-quote-memo", "Memoise seed quotes per grower and sack size"),
         note="3 deploys 2.8-3.7 h apart; culprit in the middle (#2 at 11:20), leaking 220 min through the "
              "afternoon (~5 %/h at peak), #3 still leaks; epoch"),
    dict(name="Y24-a-oom-fast", seed=9724, kind="a", culprit=2,
         intervals=[60, 80, 150, 70],
         start="2027-02-04T11:40:00Z", service="organ-donors",
         profile="orders", params={"payload_kb": 30}, peak_rps=140,
         culprit_pr_title=("feat/donor-request-replay", "Keep donor registration requests for replay"),
         note="leak from #2 at 14:00, ~160-170 MiB/h at peak: OOM within about an hour, about three OOM "
              "restarts over #2 (150 min) and #3 (70 min, still leaking) (raw: ~50 %/h, one OOM only, 82 min after the "
              "onset at 88.5 %; #3 reaches 82.9 % without a second)"),   # raw part added after recording
]

SCENARIOS = _RSTUVW + Y_SCENARIOS
