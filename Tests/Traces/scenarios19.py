"""memblame's tracelab scenarios, batch 19: D01..D16 (real memory traces with labels).

(Named D: tracelab's own example scenarios are X1..X11, and batches 1-18 used
R, S, T, U, V, W, Y, Z, Q, K, M, P, N, L, H, G, F and E.)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 19"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios19.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios19.py --bytes \
        --jobs 2 --budget 800 --cases Tests/Traces/real --raw ../tracelab-raw19 D01-... D16-...

PR and pipeline numbers: tracelab draws them from a range chosen by the
scenario's position in its SCENARIOS list (11 examples first, then the
--scenarios file; see deploy_records in drive.py).  So that batch 19 does not
reuse the ranges of R..E, this file lists the scenarios of scenarios18.py
first, unchanged and in the same order (positions 11..430, exactly as when
scenarios18.py is passed), and the D scenarios after them (positions
431..446).  Only the D scenarios are recorded from this file.  Seeds are
19001..19016, except D02 (19202): with 19002 two PR numbers of D02 (154342,
154348) equalled pipeline numbers of Y21-f-load-midday-peak (real/), and
with 19102 two others (154335, 154343) did, so only its scenario seed was
moved; its intervals still come from gen_intervals(19002, ...).

Split (Tests/Traces/split19.json, written and committed before recording):
in every regime group of n >= 2 cases the first-numbered case is `dev`, the
others `validation`; every single case is `validation`.  2 dev, 14 validation.

  two:    frequent-deploys D01-D02, hourly D03-D04
  single: few-hours D05, long-interval D06, culprit-early D07, fixed-later D08,
          flag-flip D09, night-pause D10, multi-task D11, oom-fast D12,
          healthy-frequent D13, healthy-lru D14, healthy-step D15, healthy-flat D16

12 leaking (three each of kinds a, b, c and d; D09 a flag flip without a
culprit deploy; D08 fixed two deploys later), 4 healthy.  A broad mix: the
regimes of the issue (deploys every 15-45 min, hourly, every 2-3 h, one
8 h interval) plus the special cases.  D04, the second hourly case, has a
culprit that runs only 20 min before an unrelated follow-up deploy (as the
quick-followup cases R33/R34, but tagged `hourly`, the mix asked for two
hourly cases).  About 5 060 simulated minutes (budget 800 s with 2 jobs;
batch 17 recorded 5 463 minutes in 726 s).

Loads scaled from what batches 17 and 18 measured (README, "Batch 17" and
"Batch 18"), as %/h per unit of load at peak traffic, normalised to 256 MiB
(multiply by 256 / limit for another limit):
  a (KB x req/s) ~0.018 (F13 3 KB at 90, 256 MiB, 5.3; F05 3 KB at 100, 320
    MiB, ~3.9; E03 3 KB at 95, 320 MiB, ~3.7; E09 5 KB at 145 over 2 tasks,
    384 MiB, 3.5-5.5; E02 3 KB at 100, 300 MiB, 6.4-8.2 in short intervals);
  b (detail x req/s) ~0.0019 (F09 14 at 100, 256 MiB, 2.3-3.1; E05 24 at
    105, 320 MiB, 2.7-4.6; F02 16 at 105, 300 MiB, 1.8-6.3);
  c (KB x req/s) ~0.012 (F06 4 KB at 90, 256 MiB, ~5; F12 4 KB at 100, 300
    MiB, 4.7; F03 4 KB at 95, 320 MiB, ~3.4; E01 4 KB at 90, 256 MiB, 2.8-6.4;
    E07 4 KB at 95, 256 MiB, ~2.8);
  d (KB x req/s) ~0.0105 for 3-8 KB (E04 3 KB at 110, 300 MiB, 2.3-3.2; F04
    4 KB at 110, 384 MiB, 2.1-5.6; F10 8 KB at 145 over 2 tasks, 320 MiB,
    3.6-7.9);
  oom-fast as E08/F11 (c 64 KB at 170, heap 160, 300 MiB: OOM 58.5-59.5 min
    after the onset).
Aims at the traffic of each case's hours:
  frequent-deploys ~5 %/h (D01 d 4 KB at 120, 256 MiB; D02 b 28 lines at
  110, 300 MiB); hourly ~4 %/h (D03 c 4 KB at 105, 320 MiB; D04 a 3 KB at 90,
  300 MiB); few-hours ~4 %/h (D05 d 5 KB at 115, 384 MiB); long interval
  ~1.5 %/h at peak, less in the morning (D06 b 11 lines at 90, 320 MiB);
  culprit-early ~5 %/h (D07 a 4 KB at 105, 384 MiB); fixed-later ~5 %/h (D08
  d 5 KB at 95, 256 MiB); flag-flip ~4.5 %/h (D09 b 28 lines at 105, 320
  MiB); night-pause ~5 %/h at 20:35 (0.78 of the peak traffic), ~3.5 at
  23:00, ~2.5 at 01:00 (D10 c 5 KB at 125, 300 MiB); multi-task ~5.5 %/h per
  task (D11 a 7 KB at 150 over 3 tasks, 320 MiB); oom-fast (D12 c 64 KB at
  170, heap 160, 300 MiB).  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_RE = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "scenarios18.py"))["SCENARIOS"]   # R..F and E

_D04 = [83, 75, 20, 90, 61]      # gen_intervals(19004, 4, lo=60, hi=90) with the culprit's own interval (#2) cut to 20
_D09 = [50, 50, 150, 60]

D_SCENARIOS = [
    # ================================================================== frequent-deploys, leak (D01 dev, D02 validation)
    dict(name="D01-d-frequent-deploys-culprit-6", seed=19001, kind="d", culprit=6,
         intervals=gen_intervals(19001, 9, lo=15, hi=45),
         start="2027-11-15T11:20:00Z", service="cider-press-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=120,
         culprit_pr_title=("perf/pressing-slot-reminders", "Send pressing slot reminders from delayed timers"),
         note="9 deploys 16-35 min apart, culprit #6 at 13:55 (4 leaking intervals, 19-35 min); ~5 %/h at peak"),
    dict(name="D02-b-frequent-deploys-culprit-5-300", seed=19202, kind="b", culprit=5,
         intervals=gen_intervals(19002, 9, lo=15, hi=45),
         start="2027-11-16T10:50:00Z", service="boiler-cover-quotes",
         profile="quote", params={"detail": 28, "skus": 700}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/cover-quote-memo", "Memoise boiler cover quotes per home and engineer"),
         note="9 deploys 17-43 min apart, culprit #5 at 13:32 (5 leaking intervals, 17-35 min; its own 17 min); "
              "~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache; epoch, ascending"),
    # ================================================================== hourly (D03 dev, D04 validation)
    dict(name="D03-c-hourly-culprit-2-320", seed=19003, kind="c", culprit=2,
         intervals=gen_intervals(19003, 4, lo=60, hi=90),
         start="2027-11-17T10:40:00Z", service="tram-ticketing",
         profile="orders", params={"payload_kb": 4}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/tram-route-listeners", "Tell open ticket orders when a tram route changes"),
         note="4 deploys 60-86 min apart (hourly), culprit #2 at 13:06 (86, 60 and 81 min leaking); ~4 %/h of "
              "320 MiB at peak; epoch"),
    dict(name="D04-a-hourly-culprit-2-short-300", seed=19004, kind="a", culprit=2,
         intervals=_D04,
         start="2027-11-18T10:20:00Z", service="harbour-pilots",
         profile="orders", params={"payload_kb": 3}, peak_rps=90, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/pilot-booking-replay", "Keep pilot booking requests for replaying tide changes"),
         note="4 deploys (61-90 min apart, hourly, except the culprit's own interval): culprit #2 at 12:58 runs "
              "only 20 min before an unrelated #3 at 13:18 (which still leaks, 90 min, as #4, 61 min); ~4 %/h of "
              "300 MiB at peak; ascending"),
    # ================================================================== singles (all validation)
    dict(name="D05-d-few-hours-culprit-2-384", seed=19005, kind="d", culprit=2,
         intervals=[60, 130, 170, 75],
         start="2027-11-19T08:00:00Z", service="orchard-deliveries",
         profile="orders", params={"payload_kb": 5}, peak_rps=115, heap_mb=192, limit_mib=384,
         culprit_pr_title=("perf/harvest-delivery-timer", "Confirm orchard deliveries from delayed timers"),
         note="3 deploys 130 and 170 min apart (few hours), culprit #2 at 11:10 (170 min leaking through midday, "
              "#3 at 14:00 still leaks, 75 min); ~4 %/h of 384 MiB at peak"),
    dict(name="D06-b-long-interval-8h-culprit-first-320", seed=19006, kind="b", culprit=1,
         intervals=[40, 480, 45],
         start="2027-11-20T07:40:00Z", service="quarry-permits",
         profile="quote", params={"detail": 11, "skus": 600}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/permit-quote-memo", "Memoise quarry permit quotes per site and tonnage"),
         note="daily-ish deploys: culprit #1 at 08:20 after 40 min of v1, then one 8 h interval (08:20-16:20) "
              "as traffic rises to the peak; slow leak (~1.5 %/h of 320 MiB at peak, less in the morning); #2 at "
              "16:20 still leaks (45 min); good releases warm a per-SKU cache; epoch, ascending"),
    dict(name="D07-a-culprit-first-after-45-384", seed=19007, kind="a", culprit=1,
         intervals=gen_intervals(19007, 3, {0: 45}, lo=45, hi=85),
         start="2027-11-21T10:30:00Z", service="lighthouse-tours",
         profile="orders", params={"payload_kb": 4}, peak_rps=105, heap_mb=192, limit_mib=384,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/tour-booking-history", "Keep lighthouse tour bookings for the visitor history"),
         note="culprit is the first deploy #1 at 11:15, after 45 min of v1; every later interval leaks (47-65 "
              "min, ~5 %/h of 384 MiB at peak); ascending"),
    dict(name="D08-d-fixed-two-later", seed=19008, kind="d", culprit=2, fixed=4,
         intervals=gen_intervals(19008, 4, lo=50, hi=80),
         start="2027-11-22T10:40:00Z", service="kiln-firing-slots",
         profile="orders", params={"payload_kb": 5}, peak_rps=95,
         ts_format="wire",
         culprit_pr_title=("perf/firing-reminder-timer", "Send kiln firing reminders from delayed timers"),
         fixed_pr_title=("fix/firing-reminders-now", "Send kiln firing reminders at once instead of from timers"),
         note="leak from #2 at 13:00 (~5 %/h at peak); the unrelated #3 at 13:56 still leaks; fixed two deploys "
              "later by #4 at 15:03 (72 min of the fixed release to the end); epoch"),
    dict(name="D09-b-flag-flip-320", seed=19009, kind="b", flag="hive_quote_per_apiary",
         flag_at=sum(_D09[:2]) + 75, intervals=_D09,
         start="2027-11-23T09:40:00Z", service="beekeeping-supplies",
         profile="quote", params={"detail": 28, "skus": 700}, peak_rps=105, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag hive_quote_per_apiary on at 12:34:30, 75 min after #2 and 75 min before "
              "#3; quote cache keyed per apiary (~4.5 %/h of 320 MiB at peak) from then on, in every later "
              "release; good releases warm a per-SKU cache; epoch, ascending"),
    dict(name="D10-c-night-pause-evening-culprit-300", seed=19010, kind="c", culprit=2,
         intervals=[35, 40, 280, 35],
         start="2027-11-24T19:20:00Z", service="night-bus-tickets",
         profile="orders", params={"payload_kb": 5}, peak_rps=125, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/night-route-listeners", "Tell open night bus orders when a route is diverted"),
         note="leak from #2 at 20:35 (~5 %/h then), through a 280 min night interval to 01:15 where the slope "
              "follows the traffic down (~2.5 %/h by 01:00); #3 still leaks"),
    dict(name="D11-a-three-tasks-culprit-second-320", seed=19011, kind="a", culprit=2, tasks=3, roll_gap=4,
         intervals=gen_intervals(19011, 3, lo=55, hi=85),
         start="2027-11-25T11:40:00Z", service="museum-passes",
         profile="orders", params={"payload_kb": 7}, peak_rps=150, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/pass-purchase-audit", "Keep museum pass purchases for the gallery audit"),
         note="3 tasks, rolling deploys 4 min apart per task; culprit #2 at 13:51 (78 and 71 min leaking); each "
              "task ~5.5 %/h of 320 MiB at peak; metrics-ci.jsonl; ascending"),
    dict(name="D12-c-oom-fast-culprit-second-300", seed=19012, kind="c", culprit=2,
         intervals=[45, 50, 95, 35],
         start="2027-11-26T11:45:00Z", service="stargazing-tours",
         profile="orders", params={"payload_kb": 64}, peak_rps=170, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/sky-forecast-listeners", "Tell open tour orders when the sky forecast changes"),
         note="leak from #2 at 13:20, 64 KB orders at 170 req/s: OOM about an hour after the onset (heap 160 "
              "MB), in #2 (95 min); #3 (35 min) still leaking"),
    dict(name="D13-none-frequent-orders-320", seed=19013, kind="none",
         intervals=gen_intervals(19013, 7, lo=15, hi=45),
         start="2027-11-27T11:50:00Z", service="river-cruises",
         profile="orders", params={"payload_kb": 4}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no leak, orders route, 11:50 through the peak; 7 deploys 26-37 min apart (the last interval 15 "
              "min): each short interval is mostly warm-up; must not alarm; epoch"),
    dict(name="D14-e-lru-midday-1500-300", seed=19014, kind="e",
         intervals=gen_intervals(19014, 2, lo=60, hi=100),
         start="2027-11-28T11:30:00Z", service="yoga-retreats",
         profile="quote", params={"detail": 25, "skus": 7000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1500"}, scan_by="TimestampAscending",
         note="bounded LRU (1500 entries) refilling after each of 2 deploys 60-97 min apart, through the "
              "afternoon; must not alarm; ascending"),
    dict(name="D15-step-second-deploy-orders-384", seed=19015, kind="step", culprit=2,
         intervals=gen_intervals(19015, 3, lo=50, hi=85),
         start="2027-11-29T10:10:00Z", service="ferry-timetables",
         profile="orders", params={"payload_kb": 4}, peak_rps=90, heap_mb=192, limit_mib=384,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/timetable-at-boot", "Load the ferry timetable at boot"),
         note="level shift at #2 of 3 (12:32), orders route; no trend after; must not alarm; epoch"),
    dict(name="D16-none-peak-to-evening-quote", seed=19016, kind="none",
         intervals=[80, 110, 80],
         start="2027-11-30T15:10:00Z", service="hot-air-balloons",
         profile="quote", params={"detail": 20}, peak_rps=90,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, quote route, 15:10 from the peak into the evening (traffic falling); 2 deploys 110 min "
              "apart; must not alarm; epoch, ascending"),
]

SCENARIOS = _RE + D_SCENARIOS
