"""memblame's tracelab scenarios, batch 97: CT01..CT16 (real memory traces with labels).

(Named CT: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-96 used AA..AZ, BA..BZ and CA..CS.  No case
folder, scenario name or split entry on main or any other branch starts
with "CT"; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 97"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios97.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios97.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw97 CT01-... CT16-...

(The mix of batch 94 (its template; batches 64, 66, 70, 76, 82, 85, 88 and
91 of the same kind): cache leaks (b) under frequent deploys.  The 16 cases
have 4 215 samples in all, for a recording budget of 1100 s; the longest,
CT08, 347.  Every case of 290 samples or more (CT04, CT08, CT11) uses
ts_format "wire" (epoch seconds), so that no metrics.json comes near the
30 KB limit for an uncompressed file; the ISO 8601 cases have 277 samples
or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios96.py (unchanged: scenarios95.py's
scenarios at 11..1628, CS at 1629..1644) and lists the CT scenarios last
(1645..1660), as scenarios96.py runs scenarios95.py.  Seeds are
97001..97016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw97/check_numbers.py, batch 96's adapted); the intervals
stay the draws of the first seed, gen_intervals(970NN, ...).  One seed
bumped twice: CT10's 97010 gave PRs 581997 and 582004, 97110 PR 581997,
pipeline numbers of AT12 (scenario and case), so CT10 has seed 97210 (its
intervals still gen_intervals(97010, ...)); the other fifteen are the
first tried.  CT PRs 578752-584118 (CS ends at 578561), pipelines
1156563-1167214 (1155908), 7 digits.

The mix (/work/tracelab-raw97/design.py, design.out, design_draws.out):
  seven b with 8-9 deploys 15-44 min apart (CT01-CT07), the culprits at #3
    (CT01, of 8), #6 (CT02, of 8), #4 (CT03, of 8), #7 (CT04, of 9), #3
    (CT05, of 8), #7 (CT06, of 9) and #5 (CT07, of 8): the multiset #3
    twice, #4, #5, #6, #7 twice, which none of batches 88 (#3, #4, #5, #6,
    #7 twice, #8), 91 (#3, #4, #5 twice, #6, #7, #8) and 94 (#3, #4, #5,
    #6, #8 three times) had, and no case at the position its number had in
    any of them; each position chosen among those allowed to its number
    whose own interval is 25 min or more, with at least three leaking
    intervals, in the first seed's draw; the culprits serve from 12:47:30
    (CT01) to 14:31:30 (CT06) (batch 94: 13:06:30-15:27:30); their own
    intervals 26-44 min; 3-6 leaking intervals each;
  one frequent-deploy leak of each other kind on the orders route, in the
    order c, d, a (batches 82-94: a-c-d, a-d-c, a-d-c, d-c-a, c-a-d), each
    at a position none of batches 88, 91 and 94 gave that kind or that
    number: c #8 of 10 (CT08), d #5 of 7 (CT09), a #3 of 7 (CT10) (batch
    94: c #3, a #6, d #7; 91: d #6, c #7, a #5; 88: a #4, d #3, c #6);
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used before, at start times no LRU scenario used:
    475 entries from 14:25 in the afternoon peak into the early evening
    (CT11), 975 from 20:15 in the evening fall past midnight (CT12), 1225
    from 00:50 through the small hours and the trough (CT13) (batch 94: 675
    at dawn, 1075 in the evening fall from 17:35, 375 around midnight);
  a healthy step (60000 entries at boot) on the orders route (5 KB at 95
    req/s) at #4 of 8 (12:53) (batch 94: quote #3 of 6; 91: orders #5 of
    9; 88: quote #7 of 9; 85: orders #6 of 9) (CT14);
  a load change: kind f, reports in flight from dawn up the early-morning
    rise, 05:20-09:31 (0.30 to 0.60 of the peak) (batches 85: the evening
    fall from 17:30, 88: the morning rise from 07:50, 91: the late evening
    into the night from 21:20, 94: the late morning from 09:25) (CT15);
  a flat service (kind none) on the orders route (5 KB at 95 req/s) from
    13:25 through the afternoon peak (batch 94: quote from 16:40; 91:
    orders from 15:10) (CT16).
  b line counts 21 (CT01), 26 (CT02), 24 (CT03), 19 (CT04), 23 (CT05), 20
    (CT06) and 22 (CT07): 19-24 and 26, no 25 (batch 94: 17-24 but 21;
    91: 19-25; 88: 18-24), none the count its number had in batches 88, 91
    or 94; at the unit 0.00262 the 17-18 lines of earlier batches would
    need more than 119 req/s.
  Limits in pairs from CT01-CT02 at 320 MiB: CT01-CT02 320, CT03-CT04 300,
  CT05-CT06 320, CT07-CT08 300, CT09-CT10 320, CT11-CT12 300, CT13-CT14
  320, CT15-CT16 300 (batch 94: offset pairs from CQ01 300; batch 91: pairs
  from CN01-CN02 at 300; batch 88: odd b 320, even 300).  TimestampAscending
  for CT03, CT05, CT07, CT10, CT11, CT13 and CT16 (batch 94: CQ01, CQ04,
  CQ06, CQ09, CQ12, CQ14, CQ15).

Split (Tests/Traces/split97.json, written and committed before recording):
0 dev, 16 validation, as batch 94 (see the README's "Batch 97" section).
10 leaking (b: CT01-CT07; c: CT08; d: CT09; a: CT10), 6 healthy (CT11-CT13
a bounded LRU, CT14 step, CT15 f, CT16 flat).

Loads by the units batch 96's section gives for the next batch (the rule
over batches 94-96; /work/tracelab-raw97/units.py, units.out), only the
frequent ones: a 0.0203, b 0.00262, c 0.0127, d 0.0115 (%/h per unit of
load at peak traffic at 256 MiB; x 256 / limit for another limit).  Every
leaking case aims at ~5 %/h at peak, each load rounded so the unit gives
the aim within 0.4 % (/work/tracelab-raw97/verify.py, verify.out).  Every
b on the quote route with 400 SKUs.  Healthy, earlier loads: LRUs quote 22
lines at 95 with 9000 SKUs (as CQ11-CQ13); the step orders 5 KB at 95 with
60000 entries (as CN14); f report 450 KB held 430 ms at 100 req/s, 72 load
threads (as CQ15); flat orders 5 KB at 95 (as CN16).  Heap 160 MB
everywhere.  The "~N %/h" in the notes are these aims, not measurements
(see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCS = runpy.run_path(os.path.join(_HERE, "scenarios96.py"))["SCENARIOS"]   # 11..1644 (scenarios95.py's 11..1628, CS 1629..1644)

CT_SCENARIOS = [
    dict(name="CT01-b-frequent-deploys-culprit-3-320", seed=97001, kind="b", culprit=3,
         intervals=gen_intervals(97001, 8, lo=15, hi=45),
         start="2031-04-02T11:25:00Z", service="tartu-parnu-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/tartu-verivorst-quote-memo", "Memoise tartu parnu quotes per verivorst and customer"),
         note="8 deploys 18-41 min apart from 11:25, culprit #3 at 12:48 (6 leaking intervals, 18-36 min, to "
              "15:28; its own 26 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CT02-b-frequent-deploys-culprit-6-320", seed=97002, kind="b", culprit=6,
         intervals=gen_intervals(97002, 8, lo=15, hi=45),
         start="2031-04-03T10:50:00Z", service="narva-viljandi-quotes",
         profile="quote", params={"detail": 26, "skus": 400}, peak_rps=92, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/narva-mulgikapsad-quote-memo", "Memoise narva viljandi quotes per mulgikapsad and customer"),
         note="8 deploys 18-41 min apart from 10:50, culprit #6 at 13:33 (3 leaking intervals, 19-41 min, to "
              "15:10; its own 37 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CT03-b-frequent-deploys-culprit-4-300", seed=97003, kind="b", culprit=4,
         intervals=gen_intervals(97003, 8, lo=15, hi=45),
         start="2031-04-04T11:55:00Z", service="rakvere-haapsalu-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/rakvere-kama-quote-memo", "Memoise rakvere haapsalu quotes per kama and customer"),
         note="8 deploys 19-44 min apart from 11:55, culprit #4 at 13:35 (5 leaking intervals, 28-44 min, to "
              "16:24; its own 44 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CT04-b-frequent-deploys-culprit-7-300", seed=97004, kind="b", culprit=7,
         intervals=gen_intervals(97004, 9, lo=15, hi=45),
         start="2031-04-05T10:30:00Z", service="kuressaare-voru-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=118, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/kuressaare-kiluvoileib-quote-memo", "Memoise kuressaare voru quotes per kiluvoileib and customer"),
         note="9 deploys 20-39 min apart from 10:30, culprit #7 at 14:06 (3 leaking intervals, 20-39 min, to "
              "15:40; its own 35 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="CT05-b-frequent-deploys-culprit-3-320", seed=97005, kind="b", culprit=3,
         intervals=gen_intervals(97005, 8, lo=15, hi=45),
         start="2031-04-06T12:10:00Z", service="valga-johvi-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=104, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/valga-rosolje-quote-memo", "Memoise valga johvi quotes per rosolje and customer"),
         note="8 deploys 18-41 min apart from 12:10, culprit #3 at 13:41 (6 leaking intervals, 18-41 min, to "
              "16:35; its own 36 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CT06-b-frequent-deploys-culprit-7-320", seed=97006, kind="b", culprit=7,
         intervals=gen_intervals(97006, 9, lo=15, hi=45),
         start="2031-04-07T11:45:00Z", service="paide-polva-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=119, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/paide-pirukas-quote-memo", "Memoise paide polva quotes per pirukas and customer"),
         note="9 deploys 15-37 min apart from 11:45, culprit #7 at 14:32 (3 leaking intervals, 21-32 min, to "
              "15:57; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CT07-b-frequent-deploys-culprit-5-300", seed=97007, kind="b", culprit=5,
         intervals=gen_intervals(97007, 8, lo=15, hi=45),
         start="2031-04-08T11:05:00Z", service="rapla-keila-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=102, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/rapla-karask-quote-memo", "Memoise rapla keila quotes per karask and customer"),
         note="8 deploys 19-43 min apart from 11:05, culprit #5 at 13:09 (4 leaking intervals, 23-43 min, to "
              "15:20; its own 43 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CT08-c-frequent-deploys-culprit-8-300", seed=97008, kind="c", culprit=8,
         intervals=gen_intervals(97008, 10, lo=15, hi=45),
         start="2031-04-09T10:20:00Z", service="sillamae-maardu-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=77, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("feat/sillamae-leivasupp-listeners", "Tell open sillamae maardu bookings when a leivasupp frees"),
         note="10 deploys 22-43 min apart from 10:20, culprit #8 at 14:28 (3 leaking intervals, 25-37 min, to "
              "16:07; its own 25 min); ~5 %/h of 300 MiB at peak; epoch"),
    dict(name="CT09-d-frequent-deploys-culprit-5-320", seed=97009, kind="d", culprit=5,
         intervals=gen_intervals(97009, 7, lo=15, hi=45),
         start="2031-04-10T11:10:00Z", service="kardla-elva-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=109, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/kardla-mannapuder-timers", "Confirm kardla elva bookings from delayed mannapuder timers"),
         note="7 deploys 23-41 min apart from 11:10, culprit #5 at 13:29 (3 leaking intervals, 28-37 min, to "
              "15:03; its own 28 min); ~5 %/h of 320 MiB at peak"),
    dict(name="CT10-a-frequent-deploys-culprit-3-320", seed=97210, kind="a", culprit=3,
         intervals=gen_intervals(97010, 7, lo=15, hi=45),
         start="2031-04-11T11:30:00Z", service="otepaa-mustvee-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=77, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=("feat/otepaa-kohupiim-history", "Keep otepaa mustvee orders for the kohupiim history"),
         note="7 deploys 17-43 min apart from 11:30, culprit #3 at 13:17 (5 leaking intervals, 17-43 min, to "
              "15:31; its own 34 min); ~5 %/h of 320 MiB at peak; ascending"),
    dict(name="CT11-e-lru-afternoon-peak-475-300", seed=97011, kind="e",
         intervals=gen_intervals(97011, 8, lo=15, hi=45),
         start="2031-04-12T14:25:00Z", service="kunda-loksa-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "475"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (475 entries) refilling after each of 8 deploys 24-40 min apart, from 14:25 in the "
              "afternoon peak into the early evening to 19:23 (the traffic 0.98 to 0.87 of the peak); must not "
              "alarm; epoch, ascending"),
    dict(name="CT12-e-lru-evening-to-midnight-975-300", seed=97012, kind="e",
         intervals=gen_intervals(97012, 6, lo=15, hi=45),
         start="2031-04-13T20:15:00Z", service="tamsalu-paldiski-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "975"},
         note="bounded LRU (975 entries) refilling after each of 6 deploys 21-45 min apart, from 20:15 in the "
              "evening fall past midnight to 00:17 (the traffic 0.80 to 0.44 of the peak); must not alarm"),
    dict(name="CT13-e-lru-small-hours-1225-320", seed=97013, kind="e",
         intervals=gen_intervals(97013, 6, lo=15, hi=45),
         start="2031-04-14T00:50:00Z", service="jogeva-kilingi-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1225"}, scan_by="TimestampAscending",
         note="bounded LRU (1225 entries) refilling after each of 6 deploys 34-44 min apart, from 00:50 through "
              "the small hours and the trough to 05:27 (the traffic 0.40 to 0.31 of the peak); must not alarm; "
              "ascending"),
    dict(name="CT14-step-frequent-orders-320", seed=97014, kind="step", culprit=4,
         intervals=gen_intervals(97014, 8, lo=15, hi=45),
         start="2031-04-15T11:35:00Z", service="abja-karksi-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"},
         culprit_pr_title=("feat/abja-kapsarull-table-at-boot", "Load the abja kapsarull table at boot"),
         note="level shift at #4 of 8 (12:53), orders route (5 KB at 95 req/s); 8 deploys 15-41 min apart (39, "
              "34, 41, 23 and 23 min after the step, to 15:33); no trend after; must not alarm"),
    dict(name="CT15-f-load-dawn-early-morning-rise-frequent-300", seed=97015, kind="f", workers=72,
         intervals=gen_intervals(97015, 7, lo=15, hi=45),
         start="2031-04-16T05:20:00Z", service="vandra-mooste-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         note="reports in flight follow the load from dawn up the early-morning rise, from 05:20 (0.30 of the "
              "peak) to 09:31 (0.60), across 7 deploys 15-45 min apart; must not alarm"),
    dict(name="CT16-none-frequent-orders-300", seed=97016, kind="none",
         intervals=gen_intervals(97016, 9, lo=16, hi=30),
         start="2031-04-17T13:25:00Z", service="rapina-antsla-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=95, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         note="no leak, orders route (5 KB at 95 req/s), 13:25 through the afternoon peak to the late afternoon "
              "(17:19); 9 deploys 16-28 min apart: each short interval is mostly warm-up; must not alarm; ascending"),
]

SCENARIOS = _RCS + CT_SCENARIOS
