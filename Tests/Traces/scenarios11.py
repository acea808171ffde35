"""memblame's tracelab scenarios, batch 11: M01..M22 (real memory traces with labels).

(Named M: tracelab's own example scenarios are X1..X11, and batches 1-10 used
R, S, T, U, V, W, Y, Z, Q and K.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 11"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios11.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios11.py --bytes \
        --jobs 2 --cases Tests/Traces/real --raw ../tracelab-raw11 M01-... M22-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 11 does not
reuse the ranges of R, S, T, U, V, W, Y, Z, Q and K, this file lists the
scenarios of scenarios10.py first, unchanged and in the same order (positions
11..284, exactly as when scenarios10.py is passed), and the M scenarios after
them (positions 285..306).  Only the M scenarios are recorded from this file.

Split (Tests/Traces/split11.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  7 dev, 15 validation.

  three:  slow-leak M01-M03, frequent-deploys M04-M06
  two:    hourly M08-M09, culprit-early M10-M11, fixed-later M12-M13,
          multi-task M15-M16, healthy-lru M18-M19
  single: healthy-frequent M07, oom-fast M14, night-pause M17,
          healthy-step M20, healthy-flat M21, healthy-load M22

Deploy rhythms from every 20-60 min (M04-M07) and 60-120 min (M08, M09,
M18, M19) to every 2-2.5 h (M21) and 3-4 h (the slow leaks' leaking
intervals).

Rough memory kept per request by a bad release (tracelab README):
  a: 2.5-3 x payload_kb KB;  b: 0.3 KB x detail;  c: 1.7 x payload_kb KB;
  d: 3 KB + 1.1 x payload_kb KB.
Loads scaled from what batches 8-10 measured: slow leaks (K07 d 1 KB at 50
req/s 0.53-0.79 %/h; Z01 d 1 KB at 55 0.61-0.68 %/h; K09 c 2 KB at 42 req/s
0.48-1.09 %/h of 384 MiB; Q03 c 2 KB at 30 0.47-0.94 %/h of 300 MiB; Q01 b
8 lines at 55 0.95/0.29 %/h; Z04 b 8 lines at 60 flat 0.57/0.47 %/h of 320
MiB); frequent deploys (Q07 a 5 KB at 100 ~6 %/h; Q09 c 8 KB at 110 ~5-8
%/h of 320 MiB; K13 d 8 KB at 100 ~5-8 %/h of 300 MiB); culprit-early (Z05 a
4 KB at 90 6.4-9.9 %/h; Q04 d 6 KB at 90 4.5-9.2 %/h); hourly and fixes
(K10 b 26 lines at 100 ~4-5 %/h of 320 MiB; Q05 b 30 lines at 100 5.8-9.6
%/h of 300 MiB; Z15 a 5 KB at 105 5.6 %/h); multi-task (Q12 b 40 lines at
200 over 2 tasks ~6-7 %/h of 320 MiB; K05 a 6 KB at 180 over 3 tasks ~6
%/h); fast OOM (K02 c 64 KB at 170, heap 160: OOM 57.5 min after the onset;
Z13 c 64 KB at 170, heap 128: 44.5 min); night pause (Z19 a 5 KB at 100:
~5.7 %/h in the evening, ~1.6 %/h after 23:30).  The "~N %/h" in the notes
are these aims, not measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RSTUVWYZQK = runpy.run_path(os.path.join(_HERE, "scenarios10.py"))["SCENARIOS"]   # R, S, T, U, V, W, Y, Z, Q, K


M_SCENARIOS = [
    # ================================================================== slow-leak, ~0.5-1 %/h (M01 dev, M02-M03 validation)
    dict(name="M01-c-slow-leak-culprit-first-after-40-320", seed=11001, kind="c", culprit=1,
         intervals=[40, 210, 180],
         start="2027-05-03T07:40:00Z", service="choir-rehearsals",
         profile="orders", params={"payload_kb": 2}, peak_rps=38, heap_mb=160, limit_mib=320,
         culprit_pr_title=("feat/seating-chart-listeners", "Tell open rehearsal requests when a seating chart changes"),
         note="slow leak (~0.7 %/h of 320 MiB at peak) from #1 at 08:20, only 40 min into the window; 210 and "
              "180 min leaking intervals"),
    dict(name="M02-b-slow-leak-culprit-second", seed=11002, kind="b", culprit=2,
         intervals=[50, 45, 195, 180],
         start="2027-05-04T08:10:00Z", service="stamp-valuations",
         profile="quote", params={"detail": 7, "skus": 700}, peak_rps=50,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/valuation-memo", "Memoise stamp valuations per collector and grade"),
         note="slow leak (~0.7 %/h at peak) from #2 at 09:45 after 50 and 45 min healthy intervals; 195 and "
              "180 min leaking intervals; good releases warm a small per-SKU cache; epoch, ascending"),
    dict(name="M03-d-slow-leak-culprit-third-300", seed=11003, kind="d", culprit=3,
         intervals=[45, 50, 50, 190, 180],
         start="2027-05-05T07:30:00Z", service="boiler-service",
         profile="orders", params={"payload_kb": 1}, peak_rps=68, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/service-visit-timer", "Remind boiler service visits from delayed timers"),
         note="slow leak (~0.7 %/h of 300 MiB at peak) from #3 at 09:55 after 45, 50 and 50 min healthy "
              "intervals; 190 and 180 min leaking intervals; ascending"),
    # ================================================================== frequent-deploys, leak (M04 dev, M05-M06 validation)
    dict(name="M04-a-frequent-deploys-culprit-4", seed=11004, kind="a", culprit=4,
         intervals=gen_intervals(11004, 9, lo=20, hi=60),
         start="2027-05-06T11:00:00Z", service="quiz-entries",
         profile="orders", params={"payload_kb": 6}, peak_rps=105,
         culprit_pr_title=("feat/quiz-entry-audit", "Keep quiz entry requests for the tie-break audit"),
         note="9 deploys 25-57 min apart, culprit #4 at 13:39; ~8 %/h at peak"),
    dict(name="M05-c-frequent-deploys-culprit-6-300", seed=11005, kind="c", culprit=6,
         intervals=gen_intervals(11005, 8, lo=20, hi=60),
         start="2027-05-07T10:20:00Z", service="squash-courts",
         profile="orders", params={"payload_kb": 9}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/court-slot-listeners", "Tell open court requests when a slot frees up"),
         note="8 deploys 37-59 min apart, culprit #6 at 15:18 (3 leaking intervals); ~8 %/h of 300 MiB at "
              "peak; epoch"),
    dict(name="M06-d-frequent-deploys-culprit-7-320", seed=11006, kind="d", culprit=7,
         intervals=gen_intervals(11006, 9, lo=20, hi=60),
         start="2027-05-08T09:40:00Z", service="pharmacy-refills",
         profile="orders", params={"payload_kb": 9}, peak_rps=110, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/refill-pickup-timer", "Confirm refill pickups from delayed timers"),
         note="9 deploys 29-57 min apart, culprit #7 at 14:28 (late, 3 leaking intervals); ~8 %/h of 320 MiB "
              "at peak; epoch, ascending"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="M07-none-frequent-orders-384", seed=11007, kind="none",
         intervals=gen_intervals(11007, 8, lo=20, hi=60),
         start="2027-05-09T12:10:00Z", service="gallery-tours",
         profile="orders", params={"payload_kb": 8}, peak_rps=100, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         note="no leak, daily load through the afternoon peak; 8 deploys 20-58 min apart: each short interval "
              "is mostly warm-up; must not alarm; ascending"),
    # ================================================================== hourly (M08 dev, M09 validation)
    dict(name="M08-b-hourly-culprit-4", seed=11008, kind="b", culprit=4,
         intervals=gen_intervals(11008, 6, {2: 75}, lo=60, hi=120),
         start="2027-05-10T06:20:00Z", service="freight-tariffs",
         profile="quote", params={"detail": 22, "skus": 700}, peak_rps=100,
         ts_format="wire",
         culprit_pr_title=("perf/tariff-quote-memo", "Memoise freight tariffs per shipper and weight band"),
         note="6 deploys 60-99 min apart (hourly), culprit #4 at 11:10; ~5 %/h at peak; good releases warm a "
              "per-SKU cache; epoch"),
    dict(name="M09-d-hourly-culprit-3-384", seed=11009, kind="d", culprit=3,
         intervals=gen_intervals(11009, 6, {6: 70}, lo=60, hi=120),
         start="2027-05-11T08:30:00Z", service="kennel-stays",
         profile="orders", params={"payload_kb": 8}, peak_rps=110, heap_mb=192, limit_mib=384,
         culprit_pr_title=("perf/stay-reminder-timer", "Send kennel stay reminders from delayed timers"),
         note="6 deploys 69-99 min apart (hourly), culprit #3 at 12:18; ~5 %/h of 384 MiB at peak"),
    # ================================================================== culprit-early (M10 dev, M11 validation)
    dict(name="M10-a-culprit-first-after-45-320", seed=11010, kind="a", culprit=1,
         intervals=gen_intervals(11010, 4, {0: 45}, lo=45, hi=100),
         start="2027-05-12T09:10:00Z", service="raffle-draws",
         profile="orders", params={"payload_kb": 5}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/raffle-ticket-replay", "Keep raffle ticket requests for the draw replay"),
         note="culprit is the first deploy #1 after only 45 min of v1; every later interval leaks (~8 %/h of "
              "320 MiB at peak); epoch, ascending"),
    dict(name="M11-d-culprit-second-short", seed=11011, kind="d", culprit=2,
         intervals=gen_intervals(11011, 4, {0: 50, 1: 40}, lo=40, hi=100),
         start="2027-05-13T10:30:00Z", service="scaffold-hire",
         profile="orders", params={"payload_kb": 6}, peak_rps=95,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/scaffold-return-timer", "Chase scaffold returns from delayed timers"),
         note="culprit is the second deploy #2 after 50 and 40 min; every later interval leaks (~6 %/h at "
              "peak); ascending"),
    # ================================================================== fixed-later (M12 dev, M13 validation)
    dict(name="M12-b-fixed-one-later", seed=11012, kind="b", culprit=3, fixed=4,
         intervals=gen_intervals(11012, 5, {2: 70, 3: 110}, lo=45, hi=110),
         start="2027-05-14T08:40:00Z", service="glazing-quotes",
         profile="quote", params={"detail": 26, "skus": 700}, peak_rps=100,
         ts_format="wire",
         culprit_pr_title=("perf/glazing-quote-memo", "Memoise glazing quotes per window size and customer"),
         fixed_pr_title=("fix/glazing-memo-by-product", "Key the glazing quote memo by product only"),
         note="leak from #3 at 11:34 (~7 %/h at peak) for 110 min, fixed by the next deploy #4; good releases "
              "warm a per-SKU cache; epoch"),
    dict(name="M13-a-fixed-two-later-384", seed=11013, kind="a", culprit=2, fixed=4,
         intervals=gen_intervals(11013, 5, {0: 60, 5: 70}, lo=45, hi=110),
         start="2027-05-15T09:20:00Z", service="jury-summons",
         profile="orders", params={"payload_kb": 8}, peak_rps=115, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/summons-reply-ledger", "Keep summons replies for the clerk's ledger"),
         fixed_pr_title=("fix/summons-ledger-in-db", "Write the clerk's ledger to the database instead"),
         note="leak from #2 at 11:19 (~6 %/h of 384 MiB at peak), unrelated #3 still leaks, fixed two "
              "deploys later by #4; ascending"),
    # ================================================================== oom-fast (single, validation)
    dict(name="M14-c-oom-fast-culprit-second-384", seed=11014, kind="c", culprit=2,
         intervals=[50, 45, 130, 45],
         start="2027-05-16T11:40:00Z", service="stadium-gates",
         profile="orders", params={"payload_kb": 72}, peak_rps=175, heap_mb=192, limit_mib=384,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/turnstile-listeners", "Tell open gate requests when a turnstile count changes"),
         note="leak from #2 at 13:15, 72 KB orders at 175 req/s: OOM within about an hour of the onset "
              "(heap 192 MB), one or two OOM restarts in #2 (130 min); #3 (45 min) still leaking; epoch, "
              "ascending"),
    # ================================================================== multi-task (M15 dev, M16 validation)
    dict(name="M15-b-two-tasks-culprit-third", seed=11015, kind="b", culprit=3, tasks=2, roll_gap=4,
         intervals=gen_intervals(11015, 4, lo=50, hi=90),
         start="2027-05-17T09:50:00Z", service="motor-premiums",
         profile="quote", params={"detail": 34, "skus": 600}, peak_rps=200,
         culprit_pr_title=("perf/premium-quote-memo", "Memoise motor premiums per driver and postcode"),
         note="2 tasks, rolling deploys 4 min apart; culprit #3 at 14:00; each task ~7 %/h at peak; good "
              "releases warm a per-SKU cache; metrics-ci.jsonl"),
    dict(name="M16-a-three-tasks-culprit-second-384", seed=11016, kind="a", culprit=2, tasks=3, roll_gap=3,
         intervals=gen_intervals(11016, 4, lo=45, hi=85),
         start="2027-05-18T10:40:00Z", service="blood-donors",
         profile="orders", params={"payload_kb": 8}, peak_rps=210, heap_mb=192, limit_mib=384,
         ts_format="wire",
         culprit_pr_title=("feat/donor-checkin-journal", "Journal donor check-ins for the session report"),
         note="3 tasks, rolling deploys 3 min apart per task; culprit #2 at 13:05; each task ~6 %/h of 384 "
              "MiB at peak; metrics-ci.jsonl; epoch"),
    # ================================================================== night-pause (single, validation)
    dict(name="M17-c-night-pause-evening-culprit-300", seed=11017, kind="c", culprit=2,
         intervals=[40, 45, 320, 40],
         start="2027-05-19T19:20:00Z", service="night-buses",
         profile="orders", params={"payload_kb": 9}, peak_rps=110, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/bus-delay-listeners", "Tell open journey requests when a night bus is delayed"),
         note="leak from #2 at 20:45 (~6 %/h then), through a 320 min night interval to 02:05 where the slope "
              "follows the traffic down (~2-3 %/h); #3 still leaks; ascending"),
    # ================================================================== healthy-lru (M18 dev, M19 validation)
    dict(name="M18-e-lru-hours-2400-300", seed=11018, kind="e",
         intervals=gen_intervals(11018, 4, {1: 90, 2: 100, 4: 90}, lo=60, hi=120),
         start="2027-05-20T10:10:00Z", service="plant-names",
         profile="quote", params={"detail": 36, "skus": 8000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "2400"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (2400 entries) refilling after each of 4 deploys 83-100 min apart; must not alarm; "
              "epoch, ascending"),
    dict(name="M19-e-lru-evening-2000", seed=11019, kind="e",
         intervals=gen_intervals(11019, 3, lo=60, hi=120),
         start="2027-05-21T15:40:00Z", service="vat-rates",
         profile="quote", params={"detail": 34, "skus": 7000}, peak_rps=100,
         env={"LRU_MAX": "2000"},
         note="bounded LRU (2000 entries) refilling after each of 3 deploys 68-98 min apart, from the 16:00 "
              "peak into the evening; must not alarm"),
    # ================================================================== singles (all validation)
    dict(name="M20-step-second-deploy-quote-320", seed=11020, kind="step", culprit=2,
         intervals=gen_intervals(11020, 4, lo=45, hi=100),
         start="2027-05-22T07:10:00Z", service="river-gauges",
         profile="quote", params={"detail": 30}, peak_rps=100, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "70000"}, ts_format="wire",
         culprit_pr_title=("feat/gauge-table-at-boot", "Load the gauge station table at boot"),
         note="level shift at #2 of 4 (09:45), quote route; no trend after; must not alarm; epoch"),
    dict(name="M21-none-afternoon-orders-320", seed=11021, kind="none",
         intervals=[100, 140, 110],
         start="2027-05-23T14:20:00Z", service="allergy-labels",
         profile="orders", params={"payload_kb": 6}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="no leak, orders route, from 14:20 through the peak into the evening; 2 deploys 1.7-2.3 h "
              "apart; must not alarm; ascending"),
    dict(name="M22-f-load-peak-to-evening-300", seed=11022, kind="f", workers=72,
         intervals=gen_intervals(11022, 5, {4: 70}, lo=50, hi=90),
         start="2027-05-24T13:30:00Z", service="payslip-pdfs",
         profile="report", params={"kb": 520, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load up to the 16:00 peak and down into the evening (19:44), "
              "across 5 deploys; must not alarm"),
]

SCENARIOS = _RSTUVWYZQK + M_SCENARIOS
