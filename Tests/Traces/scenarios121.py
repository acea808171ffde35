"""memblame's tracelab scenarios, batch 121: DR01..DR16 (real memory traces with labels), development.

(Named DR: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-120 used AA..AZ, BA..BZ, CA..CZ and
DA..DQ.  No case folder, scenario name or split entry on main starts with
"DR"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 121"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios121.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios121.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw121 DR01-... DR16-...

A development batch (every entry "dev" in split121.json), as batches 106,
109 and 115, for the detector's rule in OnsetContext.decide that holds
"growth that stops within an hour of its start" inconclusive: growth that
starts at deploy k and stops at a later deploy f (a fix), spanning two or
more restarts but under an hour by the clock ("a release that warms up
longer fills as well").  Blind batches 117 and 120 had leaks fixed two
deploys later whose two leaking intervals lasted 25-30 min each (55-58 min
in all, DN08 and DQ08), and the rule held them.  This batch gives data on
both sides of the rule:

  - eight leaks fixed two or three deploys later with short leaking
    intervals (DR01-DR08): 35, 40, 45, 50, 55, 60, 65 and 75 min from the
    culprit to the fix, over 2-3 intervals of 15-30 min each; kinds a
    (DR01, DR06), b (DR02, DR05), c (DR03, DR08), d (DR04, DR07), twice
    each, one of each kind under 50 min and one at 50 or more; culprits
    #3-#7 at 09:50, 11:20, 12:10, 13:05, 14:20, 15:35, 17:40 and 19:15
    (0.63-1.00 of the peak); deploys before and after at 15-40 min gaps
    (gen_intervals lo=15, hi=40), four flat intervals after each fix, 241-403
    samples per case.  (No fix one deploy later: the rule needs two or more
    leaking intervals, so "fixed 1-3 deploys later" became 2 or 3.)
  - eight healthy services that could mimic "growth for under an hour over
    two or three short restarts, then not" (DR09-DR16):
      three steps (a 60000-entry table loaded at boot) deployed and removed
      two or three deploys later with tracelab's FIXED_VERSION (server.js:
      the change is in BAD_VERSION .. FIXED_VERSION-1 for every kind; no
      earlier scenario had a step with `fixed`; labels.json keeps
      fixed_* null for a non-leaking kind): DR09 orders, #4 at 12:30 to #6
      at 13:15 (25 and 20 min); DR10 quote, #5 at 14:00 to #8 at 14:53
      (15, 20 and 18 min); DR11 orders, #3 at 10:40 to #5 at 11:38 (30 and
      28 min);
      two bounded LRUs (kind e; 780 and 1365 entries, sizes no scenario
      used) with 12 deploys 15-39 min apart from 08:36 and 09:16 up the
      morning ramp (0.53-0.60 of the peak; the steepest rise, with the
      lunch bump, 10:00-12:30) to the peak plateau (to 14:26 and 15:04);
      two kind-f services (reports in flight) with 11 deploys 18-40 min
      apart from 08:28 and 09:01 up the morning rise to the plateau;
      one flat service (orders) with 12 deploys 16-28 min apart
      (gen_intervals lo=15, hi=30) from 12:03 to 16:50.

Every gap (and v1's interval) is a first seed's draw of gen_intervals(1210NN,
n, pins, lo=15, hi=40) with the leaking (or step) intervals pinned, written
out here (/work/tracelab-raw121/design.py, design.out, make_scen.py); the
start is set so that the culprit (or step) falls at the aimed time.

Loads by batch 120's units for the next batch, the frequent ones (the
leaking intervals here are all under an hour; %/h per unit of load, size x
rate, at peak traffic at 256 MiB, x 256 / limit): a 0.0262, b 0.00325, c
0.0143, d 0.00903; every leak aims at ~5 %/h of its limit at peak, the
pair with the smallest error (a at 60 req/s or more, c and d at 80 or
more): DR01 a 4 KB x 60 (320 MiB, +0.6 %), DR02 b 19 lines x 95 (300,
+0.1 %), DR03 c 4 KB x 109 (320, -0.2 %), DR04 d 6 KB x 108 (300, -0.1 %),
DR05 b 17 lines x 113 (320, -0.1 %), DR06 a 3 KB x 75 (300, +0.6 %), DR07 d
7 KB x 99 (320, +0.1 %), DR08 c 5 KB x 82 (300, +0.1 %).  Every b is on the
quote route with 400 SKUs.  Healthy, earlier loads: steps orders 5 KB at 95
(DR09) and 90 (DR11), quote 20 lines at 95 with 400 SKUs (DR10); LRUs 9000
SKUs, quote 22 lines at 95; f reports 450 KB held 430 ms at 100 req/s, 72
load threads; flat orders 5 KB at 90.  Limits: odd cases 320 MiB, even 300;
heap 160 MB everywhere.  The "~5 %/h" in the notes are aims, not
measurements.  ts_format "wire" for the odd cases, TimestampAscending for
DR02, DR05, DR08, DR11 and DR14.  Dates 2032-05-03 (DR01) to 2032-05-18
(DR16), one a day, after DQ's.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios120.py (unchanged: 11..2028) and lists
the DR scenarios last (2029..2044).  Seeds 121001..121016, a case's seed +100 (repeatedly) only if its PR or
pipeline numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw121/check_numbers.py, batch 120's adapted;
seed_search.py): DR12's 121012 gave PRs 717034 and 717043, pipeline
numbers of BF13, and 121112 PR 717049, another of BF13, so DR12 has
121212; DR16's 121016 gave PR 718526, 121116 718534 and 121216 718541,
pipeline numbers of BF15, so DR16 has 121316 (their intervals stay the
draws of 121012 and 121016, written out); the fourteen others are the first
tried.
Names: Lao towns for the services, Lao dishes for the culprits and steps
(none in any earlier scenario file, split file, case folder, deploys.json,
tracelab or README; /work/tracelab-raw121/words.py).
"""
import os
import runpy

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDQ = runpy.run_path(os.path.join(_HERE, "scenarios120.py"))["SCENARIOS"]   # 11..2028 (scenarios119.py's 11..2012, DQ 2013..2028)

DR_SCENARIOS = [
    dict(name="DR01-a-fixed-two-later-35-320", seed=121001, kind="a", culprit=5, fixed=7,
         intervals=[22, 32, 30, 19, 36, 18, 17, 23, 32, 18, 29],
         start="2032-05-03T10:46:00Z", service="vientiane-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=60, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/vientiane-laap-history", "Keep vientiane orders for the laap history"),
         fixed_pr_title=("fix/vientiane-laap-history-off", "Stop keeping vientiane orders for the laap history"),
         note="leak (orders kept for the laap history, ~5 %/h of 320 MiB at peak) from #5 at 13:05, fixed 2 deploys later by #7 at 13:40: 35 min leaking over 2 intervals (18, 17 min); 10 deploys 15-40 min apart from 10:46 (v1 22 min), 4 flat intervals after the fix (23, 32, 18, 29 min, to 15:22); epoch"),
    dict(name="DR02-b-fixed-two-later-40-300", seed=121002, kind="b", culprit=4, fixed=6,
         intervals=[17, 23, 31, 34, 22, 18, 16, 20, 34, 34],
         start="2032-05-04T09:35:00Z", service="pakse-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/pakse-khaopiak-quote-memo", "Memoise pakse quotes per khaopiak and customer"),
         fixed_pr_title=("fix/pakse-khaopiak-quote-memo-per-sku", "Key the pakse quote memo per khaopiak only"),
         note="leak (quote memo per khaopiak and customer, ~5 %/h of 300 MiB at peak) from #4 at 11:20, fixed 2 deploys later by #6 at 12:00: 40 min leaking over 2 intervals (22, 18 min); 9 deploys 15-40 min apart from 09:35 (v1 17 min), 4 flat intervals after the fix (16, 20, 34, 34 min, to 13:44); ascending"),
    dict(name="DR03-c-fixed-three-later-45-320", seed=121003, kind="c", culprit=6, fixed=9,
         intervals=[35, 31, 15, 23, 15, 16, 15, 15, 15, 19, 32, 17, 35],
         start="2032-05-05T13:20:00Z", service="savannakhet-bookings",
         profile="orders", params={"payload_kb": 4}, peak_rps=109, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("feat/savannakhet-tammakhung-listeners", "Tell open savannakhet bookings when a tammakhung frees"),
         fixed_pr_title=("fix/savannakhet-tammakhung-listener-off", "Drop the tammakhung listener when a savannakhet booking finishes"),
         note="leak (a tammakhung listener per booking, ~5 %/h of 320 MiB at peak) from #6 at 15:35, fixed 3 deploys later by #9 at 16:20: 45 min leaking over 3 intervals (15, 15, 15 min); 12 deploys 15-40 min apart from 13:20 (v1 35 min), 4 flat intervals after the fix (19, 32, 17, 35 min, to 18:03); epoch"),
    dict(name="DR04-d-fixed-two-later-50-300", seed=121004, kind="d", culprit=3, fixed=5,
         intervals=[28, 27, 31, 28, 22, 29, 40, 16, 20],
         start="2032-05-06T08:24:00Z", service="thakhek-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=108, heap_mb=160, limit_mib=300,
         culprit_pr_title=("perf/thakhek-orlam-timers", "Confirm thakhek bookings from delayed orlam timers"),
         fixed_pr_title=("fix/thakhek-orlam-timers-off", "Confirm thakhek bookings at once, without orlam timers"),
         note="leak (an orlam timer per booking, ~5 %/h of 300 MiB at peak) from #3 at 09:50, fixed 2 deploys later by #5 at 10:40: 50 min leaking over 2 intervals (28, 22 min); 8 deploys 15-40 min apart from 08:24 (v1 28 min), 4 flat intervals after the fix (29, 40, 16, 20 min, to 12:25)"),
    dict(name="DR05-b-fixed-three-later-55-320", seed=121005, kind="b", culprit=7, fixed=10,
         intervals=[34, 26, 38, 32, 25, 35, 22, 20, 17, 18, 35, 40, 39, 22],
         start="2032-05-07T10:48:00Z", service="phonsavan-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/phonsavan-mokpa-quote-memo", "Memoise phonsavan quotes per mokpa and customer"),
         fixed_pr_title=("fix/phonsavan-mokpa-quote-memo-per-sku", "Key the phonsavan quote memo per mokpa only"),
         note="leak (quote memo per mokpa and customer, ~5 %/h of 320 MiB at peak) from #7 at 14:20, fixed 3 deploys later by #10 at 15:15: 55 min leaking over 3 intervals (20, 17, 18 min); 13 deploys 15-40 min apart from 10:48 (v1 34 min), 4 flat intervals after the fix (35, 40, 39, 22 min, to 17:31); epoch, ascending"),
    dict(name="DR06-a-fixed-two-later-60-300", seed=121006, kind="a", culprit=4, fixed=6,
         intervals=[27, 37, 16, 36, 30, 30, 27, 25, 20, 21],
         start="2032-05-08T15:44:00Z", service="vangvieng-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=75, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/vangvieng-sinlaat-history", "Keep vangvieng orders for the sinlaat history"),
         fixed_pr_title=("fix/vangvieng-sinlaat-history-off", "Stop keeping vangvieng orders for the sinlaat history"),
         note="leak (orders kept for the sinlaat history, ~5 %/h of 300 MiB at peak) from #4 at 17:40, fixed 2 deploys later by #6 at 18:40: 60 min leaking over 2 intervals (30, 30 min); 9 deploys 15-40 min apart from 15:44 (v1 27 min), 4 flat intervals after the fix (27, 25, 20, 21 min, to 20:13)"),
    dict(name="DR07-d-fixed-three-later-65-320", seed=121007, kind="d", culprit=5, fixed=8,
         intervals=[34, 37, 25, 40, 17, 25, 20, 20, 24, 22, 17, 22],
         start="2032-05-09T09:37:00Z", service="attapeu-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=99, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/attapeu-khaosoi-timers", "Confirm attapeu bookings from delayed khaosoi timers"),
         fixed_pr_title=("fix/attapeu-khaosoi-timers-off", "Confirm attapeu bookings at once, without khaosoi timers"),
         note="leak (a khaosoi timer per booking, ~5 %/h of 320 MiB at peak) from #5 at 12:10, fixed 3 deploys later by #8 at 13:15: 65 min leaking over 3 intervals (25, 20, 20 min); 11 deploys 15-40 min apart from 09:37 (v1 34 min), 4 flat intervals after the fix (24, 22, 17, 22 min, to 14:40); epoch"),
    dict(name="DR08-c-fixed-three-later-75-300", seed=121008, kind="c", culprit=3, fixed=6,
         intervals=[35, 37, 33, 22, 28, 25, 27, 23, 34, 21],
         start="2032-05-10T17:30:00Z", service="salavan-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=82, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/salavan-kaipen-listeners", "Tell open salavan bookings when a kaipen frees"),
         fixed_pr_title=("fix/salavan-kaipen-listener-off", "Drop the kaipen listener when a salavan booking finishes"),
         note="leak (a kaipen listener per booking, ~5 %/h of 300 MiB at peak) from #3 at 19:15, fixed 3 deploys later by #6 at 20:30: 75 min leaking over 3 intervals (22, 28, 25 min); 9 deploys 15-40 min apart from 17:30 (v1 35 min), 4 flat intervals after the fix (27, 23, 34, 21 min, to 22:15); ascending"),
    dict(name="DR09-step-orders-removed-two-later-45-320", seed=121009, kind="step", culprit=4, fixed=6,
         intervals=[30, 28, 29, 40, 25, 20, 40, 31, 30, 32],
         start="2032-05-11T10:23:00Z", service="sekong-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=("feat/sekong-jaew-table-at-boot", "Load the sekong jaew table at boot"),
         fixed_pr_title=("revert/sekong-jaew-table-at-boot", "Revert loading the sekong jaew table at boot"),
         note="a 60000-entry table loaded at boot from #4 at 12:30, removed 2 deploys later by #6 at 13:15 (45 min over 25, 20 min intervals), orders route; 9 deploys 15-40 min apart from 10:23, 4 intervals after (to 15:28); no trend; must not alarm; epoch"),
    dict(name="DR10-step-quote-removed-three-later-53-300", seed=121010, kind="step", culprit=5, fixed=8,
         intervals=[36, 30, 19, 28, 20, 15, 20, 18, 21, 37, 16, 18],
         start="2032-05-12T11:47:00Z", service="oudomxay-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/oudomxay-khaolam-table-at-boot", "Load the oudomxay khaolam table at boot"),
         fixed_pr_title=("revert/oudomxay-khaolam-table-at-boot", "Revert loading the oudomxay khaolam table at boot"),
         note="a 60000-entry table loaded at boot from #5 at 14:00, removed 3 deploys later by #8 at 14:53 (53 min over 15, 20, 18 min intervals), quote route; 11 deploys 15-40 min apart from 11:47, 4 intervals after (to 16:25); no trend; must not alarm"),
    dict(name="DR11-step-orders-removed-two-later-58-320", seed=121011, kind="step", culprit=3, fixed=5,
         intervals=[25, 15, 22, 30, 28, 18, 38, 34, 34],
         start="2032-05-13T09:38:00Z", service="luangnamtha-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/luangnamtha-sakoo-table-at-boot", "Load the luangnamtha sakoo table at boot"),
         fixed_pr_title=("revert/luangnamtha-sakoo-table-at-boot", "Revert loading the luangnamtha sakoo table at boot"),
         note="a 60000-entry table loaded at boot from #3 at 10:40, removed 2 deploys later by #5 at 11:38 (58 min over 30, 28 min intervals), orders route; 8 deploys 15-40 min apart from 09:38, 4 intervals after (to 13:42); no trend; must not alarm; epoch, ascending"),
    dict(name="DR12-e-lru-morning-ramp-frequent-780-300", seed=121212, kind="e",
         intervals=[34, 28, 26, 30, 18, 28, 15, 37, 16, 18, 26, 36, 38],
         start="2032-05-14T08:36:00Z", service="xayabury-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "780"},
         note="bounded LRU (780 entries) refilling after each of 12 deploys 15-38 min apart from 08:36 up the morning ramp (the steepest traffic rise) to the peak plateau, to 14:26; must not alarm"),
    dict(name="DR13-e-lru-morning-ramp-frequent-1365-320", seed=121013, kind="e",
         intervals=[19, 34, 24, 32, 24, 30, 23, 22, 37, 39, 24, 23, 17],
         start="2032-05-15T09:16:00Z", service="houayxay-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1365"}, ts_format="wire",
         note="bounded LRU (1365 entries) refilling after each of 12 deploys 17-39 min apart from 09:16 up the morning ramp (the steepest traffic rise) to the peak plateau, to 15:04; must not alarm; epoch"),
    dict(name="DR14-f-load-morning-rise-frequent-300", seed=121014, kind="f", workers=72,
         intervals=[22, 39, 37, 21, 40, 32, 18, 27, 26, 25, 21, 28],
         start="2032-05-16T08:28:00Z", service="bokeo-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="reports in flight follow the load from 08:28 up the morning rise to the peak plateau (to 14:04), across 11 deploys 18-40 min apart; must not alarm; ascending"),
    dict(name="DR15-f-load-morning-rise-frequent-320", seed=121015, kind="f", workers=72,
         intervals=[19, 38, 26, 28, 36, 30, 28, 34, 19, 27, 25, 28],
         start="2032-05-17T09:01:00Z", service="phongsaly-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="reports in flight follow the load from 09:01 up the morning rise to the peak plateau (to 14:39), across 11 deploys 19-38 min apart; must not alarm; epoch"),
    dict(name="DR16-none-flat-frequent-15-30-300", seed=121316, kind="none",
         intervals=[17, 16, 25, 22, 27, 28, 28, 19, 23, 16, 17, 21, 28],
         start="2032-05-18T12:03:00Z", service="khammouane-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         note="no leak, orders route (5 KB at 90 req/s), 12 deploys 16-28 min apart from 12:03 to 16:50: each short interval is mostly warm-up; must not alarm"),
]

SCENARIOS = _RDQ + DR_SCENARIOS
