"""memblame's tracelab scenarios, batch 79: CB01..CB16 (real memory traces with labels).

(Named CB: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-78 used AA..AZ, BA..BZ and CA.  No case
folder, scenario name or split entry on main or here starts with "CB";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 79"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios79.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios79.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw79 CB01-... CB10-...

(The rarer regimes, as batches 74 and 77 (their templates for the mix).
tracelab has no time compression, so the long interval is 280 min (CB01,
405 samples, the longest case) and the healthy long one 250 min (CB14,
330).  Every case of 290 samples or more uses ts_format "wire" (epoch
seconds); the ISO 8601 cases have fewer than 290 samples.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios78.py (unchanged: scenarios77.py's
scenarios at 11..1340, CA at 1341..1356) and lists the CB scenarios last
(1357..1372), as scenarios78.py runs scenarios77.py.  Seeds are
79001..79016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw79/check_numbers.py, batch 78's adapted); the intervals
stay the draws of the first seed, gen_intervals(790NN, ...).

The mix, the rarer regimes as batches 74 and 77 (11 leaking, 5 healthy;
every regime a single case, so 0 dev, 16 validation).  The kinds are
rotated away from both (batch 74: long-interval a, culprit-last b,
limit-raise a, three tasks c, quick-followup d, flag flip c, slow d,
fixed-later b, culprit-early c, oom-fast d; batch 77: c, d, c, a, c, d, b,
a, d, a; here d, c, d, d, a, b, a, c, b, c; frequent-deploys stays a b):
  long-interval: d, culprit #2 at 10:25 after 40 and 45 min, then one 280
    min (4 h 40) interval (10:25-15:05), then 40 min still leaking (~3 %/h)
    (CB01);
  culprit-last: c, the last deploy #3 at 13:15 after 50, 45 and 40 min,
    140 min of evidence (CB02);
  limit-raise: d with BW10's load (64 KB orders at 180 req/s, heap 160 MB,
    320 MiB; BW10's OOM came 50 min after its onset), culprit #2 at 12:35
    (80 min), OOM within the hour, then the limit raised 320 -> 768 MiB
    (heap 160 -> 384 MB) at #3 at 13:55 (35 min), #4 at 14:30 (35 min)
    (CB03);
  multi-task: d on 3 tasks with rolling deploys 5 min apart (batches 74
    and 77: 3 and 4), culprit #3 of 4 at 14:11 (CB04; metrics-ci.jsonl,
    gzipped after recording as every earlier multi-task case);
  quick-followup: a, culprit #2 at 13:15, the unrelated #3 10 min later
    (85 min, still leaking), #4 at 14:50 (40 min) (CB05);
  flag-flip: b behind a flag switched on at 14:39:30, 55 min into v4's 130
    min interval, no deploy to blame (CB06);
  slow-leak: a at ~1.5 %/h (2 KB orders at 52 req/s), culprit #3 at 13:30
    after 45, 40 and 50 min, then 100 and 90 min leaking (CB07);
  fixed-later: c fixed two deploys later (the culprit #2 at 12:53, the fix
    #4 at 14:35 named in labels.json, then #5) (CB08);
  culprit-early: b, the culprit #1 at 13:10 after 40 min of v1 (CB09);
  oom-fast: c with BU10's load (75 KB at 178 req/s, 300 MiB, heap 160 MB;
    BU10's OOM 46 min after its onset), culprit #2 at 13:10 in a 90 min
    interval, then 40 min (CB10);
  frequent-deploys: b next to the per-SKU cache of 400 SKUs with 9 deploys
    15-44 min apart, the culprit #4 at 14:23 (own 44 min; #4 and #5 of the
    draw had an own interval of 25 min or more among #3..#7; batches 74 and
    77 took #6 and #5) (CB11);
  healthy-step: a 60000-entry table loaded at boot from the step deploy #2
    of 5 on (13:38), quote route with 400 SKUs (CB12);
  healthy-lru: a bounded LRU of 800 entries (batches 74 and 77: 400 and
    600) with 3 deploys 57-67 min apart from 12:30 through the afternoon
    (CB13);
  healthy-long: kind none on the orders route, one 250 min interval
    08:45-12:55 through the morning rise between 45 and 35 min ones (CB14);
  healthy-load: kind f, reports in flight following the load up from the
    night trough (04:30, 0.28 of the peak) to 09:03 (CB15);
  healthy-frequent: kind none on the quote route (400 SKUs), 10 deploys
    16-29 min apart from 13:00 (CB16).

Loads by the units batch 78's README gives for the next batch (the rule
over batches 76-78, "For the record"): a 0.0181 over an hour or more; b
0.00214 frequent and 0.00218 over an hour or more; c 0.0113 over an hour or
more; d 0.00992 over an hour or more (%/h per unit of load at peak traffic
at 256 MiB; x 256 / limit; per task the load / tasks).  Aims at peak:
  long-interval ~3 %/h (CB01 d 5 KB at 71, 300 MiB); culprit-last ~4.5
  (CB02 c 6 KB at 78, 300); multi-task ~4.5 per task (CB04 d 6 KB at 266
  over 3 tasks, 300); quick-followup ~4.5 (CB05 a 5 KB at 62, 320);
  flag-flip ~4.5 (CB06 b 22 lines at 110, 300); slow-leak ~1.5 (CB07 a 2 KB
  at 52, 320); fixed-later ~5 (CB08 c 5 KB at 104, 300); culprit-early
  ~4.5 (CB09 b 22 lines at 117, 320); frequent-deploys ~5 (CB11 b 23 lines
  at 119, 300; 22 lines at 119 give only 4.8).  Not by the units: CB03 d
  64 KB at 180, 320 MiB, heap 160 MB, then 768 MiB and heap 384 MB from #3
  (BW10's load); CB10 c 75 KB at 178, 300 MiB, heap 160 MB (BU10's load).
  Every b is on the quote route with 400 SKUs.  Healthy, earlier loads:
  CB12 step, quote 20 lines at 95 with 60000 entries and 400 SKUs (as
  CA14), 320 MiB; CB13 LRU_MAX 800, 9000 SKUs, quote 22 lines at 95, 300
  MiB; CB14 orders 6 KB at 90 (as CA16), 320 MiB; CB15 report 450 KB held
  430 ms at 100 req/s, 72 load threads (as BZ15), 320 MiB; CB16 quote 20
  lines at 95 with 400 SKUs (as BZ14), 300 MiB.  Heap 160 MB everywhere
  but CB03 after its raise.  The "~N %/h" in the notes are these aims, not
  measurements (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCA = runpy.run_path(os.path.join(_HERE, "scenarios78.py"))["SCENARIOS"]   # 11..1356 (scenarios77.py's 11..1340, CA 1341..1356)

_CB01 = [40, 45, 280, 40]
_CB02 = [50, 45, 40, 140]
_CB03 = [40, 45, 80, 35, 35]
_CB05 = [50, 45, 10, 85, 40]
_CB06 = [40, 50, 45, 130, 40]
_CB07 = [45, 40, 50, 100, 90]
_CB10 = [45, 50, 90, 40]
_CB14 = [45, 250, 35]

CB_SCENARIOS = [
    # ================================================================== leaking singles (all validation)
    dict(name="CB01-d-long-interval-280-culprit-2-300", seed=79001, kind="d", culprit=2,
         intervals=list(_CB01),
         start="2030-06-18T09:00:00Z", service="solfatara-fumarole-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=71, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/solfatara-maar-timers", "Confirm solfatara fumarole bookings from delayed maar timers"),
         note="culprit #2 at 10:25 after 40 and 45 min healthy intervals, then one 280 min (4 h 40) interval "
              "(10:25-15:05) from the late morning through the afternoon peak; ~3 %/h of 300 MiB at peak; #3 at "
              "15:05 still leaks (40 min); epoch, ascending"),
    dict(name="CB02-c-culprit-last-3-300", seed=79002, kind="c", culprit=3,
         intervals=list(_CB02),
         start="2030-06-19T11:00:00Z", service="gordita-tlayuda-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=78, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/gordita-sope-listeners", "Tell open gordita tlayuda bookings when a sope frees"),
         note="the culprit is the last deploy #3 at 13:15: one 140 min interval of evidence (to 15:35) after 50, "
              "45 and 40 min healthy ones; ~4.5 %/h of 300 MiB at peak"),
    dict(name="CB03-d-limit-raise-768", seed=79003, kind="d", culprit=2,
         limit_raise={"deploy": 3, "limit_mib": 768, "heap_mb": 384},
         intervals=list(_CB03),
         start="2030-06-20T11:10:00Z", service="taleggio-fontina-bookings",
         profile="orders", params={"payload_kb": 64}, peak_rps=180, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/taleggio-asiago-timers", "Confirm taleggio fontina bookings from delayed asiago timers"),
         limit_pr_title=("ops/taleggio-fontina-bookings-memory-768", "Give the taleggio fontina bookings task 768 MiB of memory after OOM restarts"),
         note="leak from #2 at 12:35 (BW10's load, 64 KB bookings at 180 req/s, heap 160 MB) should OOM within "
              "the hour, within #2's 80 min; limit 320 -> 768 MiB (heap 384 MB) at #3 at 13:55, the percentages "
              "fall to 0.42 of the old scale and the leak goes on through #3 (35 min) and #4 (35 min); ascending"),
    dict(name="CB04-d-three-tasks-culprit-3-300", seed=79004, kind="d", culprit=3, tasks=3, roll_gap=5,
         intervals=gen_intervals(79004, 4, lo=50, hi=65),
         start="2030-06-21T11:00:00Z", service="tambura-santoor-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=266, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/tambura-ocarina-timers", "Confirm tambura santoor bookings from delayed ocarina timers"),
         note="3 tasks, rolling deploys 5 min apart per task; 4 deploys 62-65 min apart, culprit #3 at 14:11 (62 "
              "and 65 min leaking); each task ~4.5 %/h of 300 MiB at peak; metrics-ci.jsonl; epoch"),
    dict(name="CB05-a-quick-followup-culprit-2-320", seed=79005, kind="a", culprit=2,
         intervals=list(_CB05),
         start="2030-06-22T11:40:00Z", service="wagtail-dunnock-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=62, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/wagtail-linnet-history", "Keep wagtail dunnock orders for the linnet history"),
         note="culprit #2 at 13:15 runs only 10 min before an unrelated follow-up #3 at 13:25 (which still leaks, "
              "85 min), then #4 at 14:50 (40 min); ~4.5 %/h of 320 MiB at peak; ascending"),
    dict(name="CB06-b-flag-flip-300", seed=79006, kind="b", flag="kohlrabi_rutabaga_celeriac_memo",
         flag_at=sum(_CB06[:3]) + 55, intervals=list(_CB06),
         start="2030-06-23T11:30:00Z", service="kohlrabi-rutabaga-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=110, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag kohlrabi_rutabaga_celeriac_memo on at 14:39:30, 55 min after #3 and 75 min "
              "before #4 (v4's interval 130 min), then one last interval of 40 min; quotes memoised per customer "
              "(~4.5 %/h of 300 MiB at peak) from then on; good releases warm a per-SKU cache (400 SKUs); epoch"),
    dict(name="CB07-a-slow-leak-culprit-3-320", seed=79007, kind="a", culprit=3,
         intervals=list(_CB07),
         start="2030-06-24T11:15:00Z", service="jacamar-motmot-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=52, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/jacamar-puffbird-history", "Keep jacamar motmot orders for the puffbird history"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from #3 at 13:30 after 45, 40 and 50 min healthy "
              "intervals; 100 and 90 min leaking intervals (to 16:40); epoch, ascending"),
    dict(name="CB08-c-fixed-two-later-300", seed=79008, kind="c", culprit=2, fixed=4,
         intervals=gen_intervals(79008, 5, lo=40, hi=60),
         start="2030-06-25T11:00:00Z", service="hornbeam-larch-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=104, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/hornbeam-paccheri-listeners", "Tell open hornbeam larch bookings when a paccheri frees"),
         fixed_pr_title=("fix/hornbeam-paccheri-listeners-removed", "Remove the hornbeam paccheri listener once a larch booking is answered"),
         note="leak from #2 at 12:53 (52 min, then #3 50 min still leaking; ~5 %/h of 300 MiB at peak) after 54 "
              "and 59 min healthy intervals; fixed two deploys later by #4 at 14:35 (49 min), then #5 (55 min); "
              "epoch"),
    dict(name="CB09-b-culprit-first-after-40-320", seed=79009, kind="b", culprit=1,
         intervals=gen_intervals(79009, 3, {0: 40}, lo=35, hi=80),
         start="2030-06-26T12:30:00Z", service="kelim-dhurrie-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=117, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/kelim-soumak-quote-memo", "Memoise kelim dhurrie quotes per soumak and customer"),
         note="culprit is the first deploy #1 at 13:10, after 40 min of v1; every later interval leaks (42-78 "
              "min, ~4.5 %/h of 320 MiB at peak); good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CB10-c-oom-fast-culprit-2-300", seed=79010, kind="c", culprit=2,
         intervals=list(_CB10),
         start="2030-06-27T11:35:00Z", service="sablefish-halibut-bookings",
         profile="orders", params={"payload_kb": 75}, peak_rps=178, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/sablefish-rebec-listeners", "Tell open sablefish halibut bookings when a rebec frees"),
         note="leak from #2 at 13:10, 75 KB bookings at 178 req/s (BU10's load, its OOM 46 min in): OOM within "
              "about an hour of the onset (heap 160 MB), in #2 (90 min); #3 (40 min) still leaking"),
    dict(name="CB11-b-frequent-deploys-culprit-4-300", seed=79011, kind="b", culprit=4,
         intervals=gen_intervals(79011, 9, lo=15, hi=45),
         start="2030-06-28T12:00:00Z", service="hyrax-dassie-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/hyrax-pika-quote-memo", "Memoise hyrax dassie quotes per pika and customer"),
         note="9 deploys 15-44 min apart from 12:00, culprit #4 at 14:23 (6 leaking intervals, 44, 38, 15, 17, 31 "
              "and 30 min, to 17:18; its own 44 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache "
              "(400 SKUs); epoch, ascending"),
    # ================================================================== healthy singles (all validation)
    dict(name="CB12-step-quote-culprit-2-320", seed=79012, kind="step", culprit=2,
         intervals=gen_intervals(79012, 5, lo=35, hi=55),
         start="2030-06-29T12:00:00Z", service="bombarde-crumhorn-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/bombarde-shawm-table-at-boot", "Load the bombarde shawm table at boot"),
         note="level shift at #2 of 5 (13:38), quote route (400 SKUs); 5 deploys 37-51 min apart (51, 38, 44 and "
              "37 min after the step); no trend after; must not alarm"),
    dict(name="CB13-e-lru-hourly-800-300", seed=79013, kind="e",
         intervals=gen_intervals(79013, 3, lo=55, hi=75),
         start="2030-06-30T12:30:00Z", service="paca-tayra-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "800"}, scan_by="TimestampAscending",
         note="bounded LRU (800 entries) refilling after each of 3 deploys 57-67 min apart (hourly), from 12:30 "
              "through the afternoon to 16:47; must not alarm; ascending"),
    dict(name="CB14-none-long-interval-orders-320", seed=79014, kind="none",
         intervals=list(_CB14),
         start="2030-07-01T08:00:00Z", service="zorilla-grison-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=90, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no leak, orders route; one 250 min (4 h 10) interval (08:45-12:55) through the morning rise "
              "between 45 and 35 min ones; must not alarm; epoch, ascending"),
    dict(name="CB15-f-load-dawn-rise-320", seed=79015, kind="f", workers=72,
         intervals=gen_intervals(79015, 3, lo=55, hi=75),
         start="2030-07-02T04:30:00Z", service="kelpie-dhole-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         note="reports in flight follow the load up from the night trough (04:30) to 09:03, across 3 deploys "
              "62-74 min apart; must not alarm"),
    dict(name="CB16-none-frequent-quote-300", seed=79016, kind="none",
         intervals=gen_intervals(79016, 10, lo=16, hi=30),
         start="2030-07-03T13:00:00Z", service="margay-tamarin-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route (400 SKUs, no cache); 10 deploys 16-29 min apart from 13:00 to 17:20: each "
              "short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RCA + CB_SCENARIOS
