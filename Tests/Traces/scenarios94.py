"""memblame's tracelab scenarios, batch 94: CQ01..CQ16 (real memory traces with labels).

(Named CQ: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-93 used AA..AZ, BA..BZ and CA..CP.  No case
folder, scenario name or split entry on main or here starts with "CQ";
neither tracelab nor these files parse the prefix of a name (deploy_records
takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 94"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios94.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios94.py --bytes \
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw94 CQ10-... CQ01-...

(The mix of batch 91 (its template; batches 64, 66, 70, 76, 82, 85 and 88
of the same kind): cache leaks (b) next to the per-SKU cache of 400 SKUs
under deploys every 15-45 minutes, one frequent-deploy leak of each other
kind for contrast, and the healthy services that look like them.  No
long-interval case.  The longest case, CQ10, has 315 samples, 4 304 in all,
for a recording budget of 1100 s.  Every case of 290 samples or more (CQ01,
CQ03, CQ05, CQ06, CQ09, CQ10) uses ts_format "wire" (epoch seconds), so
that no metrics.json comes near the 30 KB limit for an uncompressed file;
the ISO 8601 cases have 271 samples or fewer.)

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios93.py (unchanged: scenarios92.py's
scenarios at 11..1580, CP at 1581..1596) and lists the CQ scenarios last
(1597..1612), as scenarios93.py runs scenarios92.py.  Seeds are
94001..94016, each case's seed +100 (repeatedly) if its PR or pipeline
numbers collide with an earlier scenario or a case in real/
(/work/tracelab-raw94/check_numbers.py, batch 93's adapted); the intervals
stay the draws of the first seed, gen_intervals(940NN, ...).

The mix (/work/tracelab-raw94/design.py, design.out, design_draws.out):
  seven b with 7-10 deploys 15-45 min apart (CQ01-CQ07), the culprits at
    #8 (CQ01, of 10), #5 (CQ02, of 7), #3 (CQ03, of 7), #6 (CQ04, of 8),
    #8 (CQ05, of 10), #8 (CQ06, of 10) and #4 (CQ07, of 7): the multiset
    #3, #4, #5, #6, #8, #8, #8, which none of batches 85 (#3 twice, #4, #5,
    #6, #7, #8), 88 (#3, #4, #5, #6, #7 twice, #8) and 91 (#3, #4, #5
    twice, #6, #7, #8) had, and no case at the position its number had in
    any of them; each position chosen among the positions allowed to its
    number whose own interval is 25 min or more with 3 leaking intervals or
    more in the first seed's draw (CQ01, CQ05 and CQ06 qualify only at #8,
    with n = 10); the culprits serve from 13:06:30 (CQ03) to 15:27:30
    (CQ05), 0.98-1.00 of the peak; each with a line count of its own, 17,
    18, 19, 20, 22, 23 and 24 (no 21; batch 91: 19-25, batch 88: 18-24,
    batch 85: 16-22), none the count its number had in batches 85, 88 or
    91;
  one frequent-deploy leak of each other kind on the orders route, in
    another order than batches 82-91 and at positions none of batches 85,
    88 and 91 gave that kind or that number: c #3 of 7 (CQ08), a #6 of 8
    (CQ09), d #7 of 9 (CQ10) (batch 91: d #6, c #7, a #5; batch 88: a #4,
    d #3, c #6; batch 85: a #7, d #4, c #5);
  three healthy bounded LRUs (9000 SKUs, quote 22 lines at 95 req/s) of
    sizes no scenario used before and at start times no LRU scenario used:
    675 entries from 03:55 in the trough before dawn through the dawn rise
    (CQ11), 1075 from 17:35 late in the afternoon peak into the evening
    (CQ12), 375 from 23:35 around midnight into the small hours (CQ13);
  a healthy step on the quote route at #3 of 6 (13:44) (batch 91: orders
    #5 of 9; batch 88: quote #7 of 9; batch 85: orders #6 of 9; batch 82:
    quote #4 of 9) (CQ14);
  a load change: kind f, reports in flight while the traffic rises through
    the late morning into the lunch bump, 09:25-13:46 (0.59 to 0.99 of the
    peak) (batches 82: the dawn rise, 85: the evening fall, 88: the
    morning rise from 07:50, 91: the late evening into the night) (CQ15);
  a flat service (kind none) on the quote route (20 lines at 95 req/s, 400
    SKUs) from 16:40 (batch 91: orders from 15:10) (CQ16).
  Limits in offset pairs: CQ01 300 MiB, CQ02-CQ03 320, CQ04-CQ05 300,
  CQ06-CQ07 320, CQ08-CQ09 300, CQ10-CQ11 320, CQ12-CQ13 300, CQ14-CQ15
  320, CQ16 300 (batch 91: pairs from CN01-CN02; batch 88: odd b 320, even
  300; batch 85: the reverse).  TimestampAscending for CQ01, CQ04, CQ06,
  CQ09, CQ12, CQ14 and CQ15 (batch 91: CN02, CN03, CN05, CN08, CN11, CN13,
  CN14).

Split (Tests/Traces/split94.json, written and committed before recording):
0 dev, 16 validation, as the brief for this batch asked (see the README's
"Batch 94" section: the rule of batches 34-93, the first-numbered case of
each regime group of n >= 2 as dev, would have made CQ01 and CQ11 dev).
10 leaking (b: CQ01-CQ07; c: CQ08; a: CQ09; d: CQ10), 6 healthy (CQ11-CQ13
a bounded LRU, CQ14 step, CQ15 f, CQ16 flat).

Loads by the units batch 93's README section gives for the next batch (the
rule over batches 91-93; %/h per unit of load at peak traffic at 256 MiB;
multiply by 256 / limit for another limit) (/work/tracelab-raw94/units.py
reproduces them, units.out): only the frequent ones are used,
  a 0.0251, b 0.00305, c 0.00914, d 0.0156
(over an hour or more: a 0.0179, b 0.00225, c 0.00953, d 0.00958, not
used).  Each load rounded so the unit gives the aim within 0.4 %
(design.py picked for each b the rate with the smallest error for the line
count given to it, and for the c, a and d the pair of size and rate with
the smallest error, in the usual ranges: b 17-24 lines at 80-119, a 4-7 KB
at 40-100, c 5-9 KB at 75-120, d 4-6 KB at 70-110), except CQ09: at 300
MiB no a pair in the range is within 0.4 % (4 KB at 58 -0.62 %, 5 KB at 47
+0.69 %), so it takes 4 KB at 58 (/work/tracelab-raw94/verify.py).
Aims ~5 %/h at peak traffic:
  CQ01 b 20 lines at 96, 300 MiB; CQ02 b 22 at 93, 320; CQ03 b 23 at 89,
  320; CQ04 b 17 at 113, 300; CQ05 b 24 at 80, 300; CQ06 b 18 at 114, 320;
  CQ07 b 19 at 108, 320; CQ08 c 6 KB at 107, 300; CQ09 a 4 KB at 58, 300;
  CQ10 d 5 KB at 80, 320.  Every b is on the quote route with 400 SKUs (a
  bounded per-SKU cache in good releases).  Healthy, earlier loads: CQ11-CQ13
  quote 22 lines at 95 with 9000 SKUs (as CN11-CN13), LRU_MAX 675, 1075 and
  375; CQ14 step, quote 20 lines at 95 (400 SKUs) with 60000 entries (as
  CO14); CQ15 report 450 KB held 430 ms at 100 req/s, 72 load threads (as
  CN15); CQ16 quote 20 lines at 95 (400 SKUs) (as CP14).  Heap 160 MB
  everywhere.  The "~N %/h" in the notes are these aims, not measurements
  (see the README).
"""
import os
import runpy

from scenarios import gen_intervals

_HERE = os.path.dirname(os.path.abspath(__file__))
_RCP = runpy.run_path(os.path.join(_HERE, "scenarios93.py"))["SCENARIOS"]   # 11..1596 (scenarios92.py's 11..1580, CP 1581..1596)

CQ_SCENARIOS = [
    # ================================================================== frequent-deploys (all validation)
    dict(name="CQ01-b-frequent-deploys-culprit-8-300", seed=94001, kind="b", culprit=8,
         intervals=gen_intervals(94001, 10, lo=15, hi=45),
         start="2031-02-13T10:45:00Z", service="jurmala-ventspils-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=96, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/jurmala-sklandrausis-quote-memo", "Memoise jurmala ventspils quotes per sklandrausis and customer"),
         note="10 deploys 18-39 min apart from 10:45, culprit #8 at 14:22 (3 leaking intervals, 18-37 min, to "
              "15:46; its own 37 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch, ascending"),
    dict(name="CQ02-b-frequent-deploys-culprit-5-320", seed=94002, kind="b", culprit=5,
         intervals=gen_intervals(94002, 7, lo=15, hi=45),
         start="2031-02-14T11:20:00Z", service="liepaja-cesis-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=93, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/liepaja-rupjmaize-quote-memo", "Memoise liepaja cesis quotes per rupjmaize and customer"),
         note="7 deploys 22-37 min apart from 11:20, culprit #5 at 13:44 (3 leaking intervals, 22-37 min, to "
              "15:08; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CQ03-b-frequent-deploys-culprit-3-320", seed=94003, kind="b", culprit=3,
         intervals=gen_intervals(94003, 7, lo=15, hi=45),
         start="2031-02-15T11:10:00Z", service="sigulda-kuldiga-quotes",
         profile="quote", params={"detail": 23, "skus": 400}, peak_rps=89, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/sigulda-pirags-quote-memo", "Memoise sigulda kuldiga quotes per pirags and customer"),
         note="7 deploys 16-45 min apart from 11:10, culprit #3 at 13:07 (5 leaking intervals, 16-45 min, to "
              "16:03; its own 41 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="CQ04-b-frequent-deploys-culprit-6-300", seed=94004, kind="b", culprit=6,
         intervals=gen_intervals(94004, 8, lo=15, hi=45),
         start="2031-02-16T12:00:00Z", service="talsi-tukums-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=113, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=("perf/talsi-biezpiens-quote-memo", "Memoise talsi tukums quotes per biezpiens and customer"),
         note="8 deploys 15-44 min apart from 12:00, culprit #6 at 14:40 (3 leaking intervals, 26-44 min, to "
              "16:31; its own 41 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "ascending"),
    dict(name="CQ05-b-frequent-deploys-culprit-8-300", seed=94005, kind="b", culprit=8,
         intervals=gen_intervals(94005, 10, lo=15, hi=45),
         start="2031-02-17T12:15:00Z", service="valmiera-daugavpils-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=80, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/valmiera-klingeris-quote-memo", "Memoise valmiera daugavpils quotes per klingeris and customer"),
         note="10 deploys 16-44 min apart from 12:15, culprit #8 at 15:28 (3 leaking intervals, 25-44 min, to "
              "17:17; its own 44 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch"),
    dict(name="CQ06-b-frequent-deploys-culprit-8-320", seed=94006, kind="b", culprit=8,
         intervals=gen_intervals(94006, 10, lo=15, hi=45),
         start="2031-02-18T11:35:00Z", service="rezekne-jelgava-quotes",
         profile="quote", params={"detail": 18, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("perf/rezekne-putraimu-quote-memo", "Memoise rezekne jelgava quotes per putraimu and customer"),
         note="10 deploys 15-41 min apart from 11:35, culprit #8 at 15:10 (3 leaking intervals, 25-26 min, to "
              "16:27; its own 25 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); "
              "epoch, ascending"),
    dict(name="CQ07-b-frequent-deploys-culprit-4-320", seed=94007, kind="b", culprit=4,
         intervals=gen_intervals(94007, 7, lo=15, hi=45),
         start="2031-02-19T12:35:00Z", service="bauska-dobele-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=108, heap_mb=160, limit_mib=320,
         culprit_pr_title=("perf/bauska-skabputra-quote-memo", "Memoise bauska dobele quotes per skabputra and customer"),
         note="7 deploys 17-43 min apart from 12:35, culprit #4 at 14:11 (4 leaking intervals, 17-43 min, to "
              "16:26; its own 33 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)"),
    dict(name="CQ08-c-frequent-deploys-culprit-3-300", seed=94008, kind="c", culprit=3,
         intervals=gen_intervals(94008, 7, lo=15, hi=45),
         start="2031-02-20T12:00:00Z", service="limbazi-aizkraukle-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=107, heap_mb=160, limit_mib=300,
         culprit_pr_title=("feat/limbazi-debesmanna-listeners", "Tell open limbazi aizkraukle bookings when a debesmanna frees"),
         note="7 deploys 20-41 min apart from 12:00, culprit #3 at 13:19 (5 leaking intervals, 20-41 min, to "
              "16:05; its own 29 min); ~5 %/h of 300 MiB at peak"),
    dict(name="CQ09-a-frequent-deploys-culprit-6-300", seed=94009, kind="a", culprit=6,
         intervals=gen_intervals(94009, 8, lo=15, hi=45),
         start="2031-02-21T10:40:00Z", service="saldus-ludza-orders",
         profile="orders", params={"payload_kb": 4}, peak_rps=58, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/saldus-pankukas-history", "Keep saldus ludza orders for the pankukas history"),
         note="8 deploys 19-44 min apart from 10:40, culprit #6 at 14:06 (3 leaking intervals, 21-39 min, to "
              "15:41; its own 39 min); ~5 %/h of 300 MiB at peak; epoch, ascending"),
    dict(name="CQ10-d-frequent-deploys-culprit-7-320", seed=94010, kind="d", culprit=7,
         intervals=gen_intervals(94010, 9, lo=15, hi=45),
         start="2031-02-22T10:55:00Z", service="kraslava-madona-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=80, heap_mb=160, limit_mib=320,
         ts_format="wire",
         culprit_pr_title=("perf/kraslava-buberts-timers", "Confirm kraslava madona bookings from delayed buberts timers"),
         note="9 deploys 17-44 min apart from 10:55, culprit #7 at 14:46 (3 leaking intervals, 17-39 min, to "
              "16:10; its own 39 min); ~5 %/h of 320 MiB at peak; epoch"),
    # ================================================================== healthy-lru (all validation)
    dict(name="CQ11-e-lru-dawn-trough-675-320", seed=94011, kind="e",
         intervals=gen_intervals(94011, 8, lo=15, hi=45),
         start="2031-02-23T03:55:00Z", service="gulbene-aluksne-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "675"},
         note="bounded LRU (675 entries) refilling after each of 8 deploys 15-43 min apart, from 03:55 in the "
              "trough before dawn through the dawn rise to 08:05 (the traffic 0.28 to 0.47 of the peak); must not "
              "alarm"),
    dict(name="CQ12-e-lru-evening-fall-1075-300", seed=94012, kind="e",
         intervals=gen_intervals(94012, 7, lo=15, hi=45),
         start="2031-02-24T17:35:00Z", service="balvi-preili-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1075"}, scan_by="TimestampAscending",
         note="bounded LRU (1075 entries) refilling after each of 7 deploys 16-44 min apart, from 17:35 late in "
              "the afternoon peak into the evening to 21:50 (the traffic 0.97 to 0.66 of the peak); must not alarm; "
              "ascending"),
    dict(name="CQ13-e-lru-midnight-375-300", seed=94013, kind="e",
         intervals=gen_intervals(94013, 6, lo=15, hi=45),
         start="2031-02-25T23:35:00Z", service="smiltene-valka-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "375"},
         note="bounded LRU (375 entries) refilling after each of 6 deploys 15-45 min apart, from 23:35 around "
              "midnight into the small hours to 03:40 (the traffic 0.50 to 0.28 of the peak); must not alarm"),
    # ================================================================== healthy-step (single, validation)
    dict(name="CQ14-step-frequent-quote-320", seed=94014, kind="step", culprit=3,
         intervals=gen_intervals(94014, 6, lo=15, hi=45),
         start="2031-02-26T11:40:00Z", service="kandava-sabile-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, scan_by="TimestampAscending",
         culprit_pr_title=("feat/kandava-kiselis-table-at-boot", "Load the kandava kiselis table at boot"),
         note="level shift at #3 of 6 (13:44), quote route (20 lines at 95 req/s, 400 SKUs); 6 deploys 23-44 min "
              "apart (40, 23, 31 and 44 min after the step, to 16:02); no trend after; must not alarm; ascending"),
    # ================================================================== healthy-load (single, validation)
    dict(name="CQ15-f-load-late-morning-rise-frequent-320", seed=94015, kind="f", workers=72,
         intervals=gen_intervals(94015, 8, lo=15, hi=45),
         start="2031-02-27T09:25:00Z", service="salacgriva-ainazi-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         note="reports in flight follow the load up the late-morning rise into the lunch bump, from 09:25 (0.59 "
              "of the peak) to 13:46 (0.99), across 8 deploys 19-43 min apart; must not alarm; ascending"),
    # ================================================================== healthy-frequent (single, validation)
    dict(name="CQ16-none-frequent-quote-300", seed=94016, kind="none",
         intervals=gen_intervals(94016, 9, lo=16, hi=30),
         start="2031-02-28T16:40:00Z", service="ikskile-salaspils-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=300,
         note="no leak, quote route (20 lines at 95 req/s, 400 SKUs, no cache), 16:40 late in the afternoon peak "
              "into the evening (20:52); 9 deploys 21-29 min apart: each short interval is mostly warm-up; must not "
              "alarm"),
]

SCENARIOS = _RCP + CQ_SCENARIOS
