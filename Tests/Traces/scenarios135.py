"""memblame's tracelab scenarios, batch 135: EF01..EF16 (real memory traces with labels).

(Named EF: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-134 used AA..AZ, BA..BZ, CA..CZ, DA..DZ
and EA..EE.  No case folder, scenario name or split entry starts with "EF".)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 135"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios135.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios135.py --bytes \\
        --jobs 2 --budget 1300 --cases Tests/Traces/real --raw /work/tracelab-raw135 EF01-... EF16-...

Cache leaks under frequent deploys, the mix of batch 132 (its template;
batch 129 its predecessor), rotated away from batches 129 and 132 as batch
132 rotated away from 126 and 129.  A blind batch: all 16 cases are split
"validation" (split135.json, regime tags as split132.json).

Seven b with 7-10 deploys 28-32 min apart (a gap range no scenario file
used; batch 132's lesson: lo=26 did not take the warm-up out of the
shortest leaking intervals, and no interval reaches 33 min): culprits #6
of 10, #7 of 9, #5 of 7, #2 of 7, #3 of 9, #4 of 7, #4 of 7 (EF01-EF07;
the multiset #2-#7 with #4 twice, which no earlier group of frequent b
had; no number at its position of batches 126, 129 or 132, nor at its
deploy count of 129 or 132).  One frequent-deploy leak of each other
kind in the order c, a, d (EF08 c #6 of 8, EF09 a #6 of 8, EF10 d #4 of
7; batches 126, 129, 132 used a-d-c, a-c-d, d-c-a; c-a-d, batch 114's,
was used longest ago of the three left).  Three healthy bounded LRUs
(1385, 870, 1120 entries) from 02:20 (small hours), 05:05 (dawn rise) and
11:52 (midday over the afternoon peak), away from batch 132's morning,
afternoon and late-afternoon starts and batch 129's evening and night.
A healthy step on the quote route at #7 of 12; kind f down the evening
fall from 18:40 (the steepest fall of the day); a flat quote service with
22 deploys 16-20 min apart from 12:50.

PR and pipeline numbers: this file runs scenarios134.py (11..2252) and
lists EF last (2253..2268).  Seeds 135001..135015 and
135116 (EF16: 135016 gave two PRs that are pipeline numbers of BM15; its
intervals stay 135016's draw).  Dates 2033-01-10
(EF01) to 2033-01-25 (EF16).  Limits ABABBABBABAABBAB (A 300, B 320 MiB;
new, and its first eight new).  Cases of 260 samples or more use
ts_format "wire"; TimestampAscending for EF02, EF03, EF05, EF08, EF10,
EF12, EF13 and EF15 (a set no earlier batch had).

Loads by batch 134's units for the next batch (frequent a 0.0323, b
0.00342, c 0.0118, d 0.0161; %/h per unit of size x rate at peak at 256
MiB, x 256 / limit), ~5 %/h of the limit at peak, each within 0.4 %:
EF01 b 15 lines x 114 (300), EF02 b 22 x 83 (320), EF03 b 16 x 107 (300),
EF04 b 21 x 87 (320), EF05 b 25 x 73 (320), EF06 b 19 x 90 (300), EF07 b
24 x 76 (320) (seven line counts, none its number's in batches 126, 129
or 132, none an earlier b's at the same limit and rate); EF08 c 6 KB x 88
(320), EF09 a 2 KB x 91 (300), EF10 d 3 KB x 129 (320).  Healthy loads
are earlier batches'.  The "~5 %/h" in the notes are aims, not
measurements.
"""
import os
import runpy

from scenarios import gen_intervals   # importable when run by the tracelab scripts

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDS = runpy.run_path(os.path.join(_HERE, "scenarios134.py"))["SCENARIOS"]   # 11..2252

EF_SCENARIOS = [
    dict(name="EF01-b-frequent-deploys-culprit-6-of-10-300", seed=135001, kind="b", culprit=6,
         intervals=gen_intervals(135001, 10, lo=28, hi=32),
         start="2033-01-10T10:30:00Z", service="windhoek-swakopmund-quotes",
         profile="quote", params={"detail": 15, "skus": 400}, peak_rps=114, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('perf/windhoek-kapana-quote-memo', 'Memoise windhoek swakopmund quotes per kapana and customer'),
         note='10 deploys 28-32 min apart from 10:30, culprit #6 at 13:26 (5 leaking intervals, 31-32 min, to 16:02; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch'),
    dict(name="EF02-b-frequent-deploys-culprit-7-of-9-320", seed=135002, kind="b", culprit=7,
         intervals=gen_intervals(135002, 9, lo=28, hi=32),
         start="2033-01-11T11:10:00Z", service="walvisbay-oshakati-quotes",
         profile="quote", params={"detail": 22, "skus": 400}, peak_rps=83, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/walvisbay-potjiekos-quote-memo', 'Memoise walvisbay oshakati quotes per potjiekos and customer'),
         note='9 deploys 28-32 min apart from 11:10, culprit #7 at 14:37 (3 leaking intervals, 28-30 min, to 16:05; its own 30 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EF03-b-frequent-deploys-culprit-5-of-7-300", seed=135003, kind="b", culprit=5,
         intervals=gen_intervals(135003, 7, lo=28, hi=32),
         start="2033-01-12T11:20:00Z", service="rundu-katima-quotes",
         profile="quote", params={"detail": 16, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/rundu-oshifima-quote-memo', 'Memoise rundu katima quotes per oshifima and customer'),
         note='7 deploys 28-32 min apart from 11:20, culprit #5 at 13:49 (3 leaking intervals, 31-32 min, to 15:23; its own 31 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs); ascending'),
    dict(name="EF04-b-frequent-deploys-culprit-2-of-7-320", seed=135004, kind="b", culprit=2,
         intervals=gen_intervals(135004, 7, lo=28, hi=32),
         start="2033-01-13T14:05:00Z", service="keetmanshoop-otjiwarongo-quotes",
         profile="quote", params={"detail": 21, "skus": 400}, peak_rps=87, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/keetmanshoop-mahangu-quote-memo', 'Memoise keetmanshoop otjiwarongo quotes per mahangu and customer'),
         note='7 deploys 28-31 min apart from 14:05, culprit #2 at 15:06 (6 leaking intervals, 28-31 min, to 18:03; its own 29 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EF05-b-frequent-deploys-culprit-3-of-9-320", seed=135005, kind="b", culprit=3,
         intervals=gen_intervals(135005, 9, lo=28, hi=32),
         start="2033-01-14T12:50:00Z", service="tsumeb-grootfontein-quotes",
         profile="quote", params={"detail": 25, "skus": 400}, peak_rps=73, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('perf/tsumeb-omajowa-quote-memo', 'Memoise tsumeb grootfontein quotes per omajowa and customer'),
         note='9 deploys 28-32 min apart from 12:50, culprit #3 at 14:15 (7 leaking intervals, 28-32 min, to 17:45; its own 32 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs); epoch; ascending'),
    dict(name="EF06-b-frequent-deploys-culprit-4-of-7-300", seed=135006, kind="b", culprit=4,
         intervals=gen_intervals(135006, 7, lo=28, hi=32),
         start="2033-01-15T11:35:00Z", service="gobabis-mariental-quotes",
         profile="quote", params={"detail": 19, "skus": 400}, peak_rps=90, heap_mb=160, limit_mib=300,
         culprit_pr_title=('perf/gobabis-vetkoek-quote-memo', 'Memoise gobabis mariental quotes per vetkoek and customer'),
         note='7 deploys 28-32 min apart from 11:35, culprit #4 at 13:35 (4 leaking intervals, 28-32 min, to 15:35; its own 28 min); ~5 %/h of 300 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EF07-b-frequent-deploys-culprit-4-of-7-320", seed=135007, kind="b", culprit=4,
         intervals=gen_intervals(135007, 7, lo=28, hi=32),
         start="2033-01-16T12:55:00Z", service="luderitz-okahandja-quotes",
         profile="quote", params={"detail": 24, "skus": 400}, peak_rps=76, heap_mb=160, limit_mib=320,
         culprit_pr_title=('perf/luderitz-oshikundu-quote-memo', 'Memoise luderitz okahandja quotes per oshikundu and customer'),
         note='7 deploys 28-32 min apart from 12:55, culprit #4 at 14:56 (4 leaking intervals, 28-32 min, to 16:55; its own 31 min); ~5 %/h of 320 MiB at peak; good releases warm a per-SKU cache (400 SKUs)'),
    dict(name="EF08-c-frequent-deploys-culprit-6-of-8-320", seed=135008, kind="c", culprit=6,
         intervals=gen_intervals(135008, 8, lo=28, hi=32),
         start="2033-01-17T11:20:00Z", service="rehoboth-ondangwa-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=88, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=('feat/rehoboth-ekaka-listeners', 'Tell open rehoboth ondangwa bookings when a ekaka frees'),
         note='8 deploys 28-32 min apart from 11:20, culprit #6 at 14:18 (3 leaking intervals, 28-32 min, to 15:49; its own 31 min); ~5 %/h of 320 MiB at peak; epoch; ascending'),
    dict(name="EF09-a-frequent-deploys-culprit-6-of-8-300", seed=135009, kind="a", culprit=6,
         intervals=gen_intervals(135009, 8, lo=28, hi=32),
         start="2033-01-18T10:40:00Z", service="outjo-opuwo-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=91, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=('feat/outjo-omaungu-history', 'Keep outjo opuwo orders for the omaungu history'),
         note='8 deploys 29-32 min apart from 10:40, culprit #6 at 13:44 (3 leaking intervals, 29-32 min, to 15:16; its own 31 min); ~5 %/h of 300 MiB at peak; epoch'),
    dict(name="EF10-d-frequent-deploys-culprit-4-of-7-320", seed=135010, kind="d", culprit=4,
         intervals=gen_intervals(135010, 7, lo=28, hi=32),
         start="2033-01-19T13:10:00Z", service="karibib-omaruru-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=129, heap_mb=160, limit_mib=320,
         scan_by="TimestampAscending",
         culprit_pr_title=('perf/karibib-mopane-timers', 'Confirm karibib omaruru bookings from delayed mopane timers'),
         note='7 deploys 28-32 min apart from 13:10, culprit #4 at 15:08 (4 leaking intervals, 28-32 min, to 17:05; its own 32 min); ~5 %/h of 320 MiB at peak; ascending'),
    dict(name="EF11-e-lru-small-hours-to-dawn-1385-300", seed=135011, kind="e",
         intervals=gen_intervals(135011, 8, lo=28, hi=32),
         start="2033-01-20T02:20:00Z", service="usakos-henties-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1385"}, ts_format="wire",
         note='bounded LRU (1385 entries) refilling after each of 8 deploys 28-31 min apart from 02:20, through the small hours trough to the dawn to 06:46 (the traffic 0.31 to 0.37 of the peak); must not alarm; epoch'),
    dict(name="EF12-e-lru-dawn-rise-to-morning-870-300", seed=135012, kind="e",
         intervals=gen_intervals(135012, 9, lo=28, hi=32),
         start="2033-01-21T05:05:00Z", service="karasburg-aranos-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "870"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (870 entries) refilling after each of 9 deploys 28-32 min apart from 05:05, up the dawn rise into the morning to 10:15 (the traffic 0.29 to 0.67 of the peak); must not alarm; epoch; ascending'),
    dict(name="EF13-e-lru-midday-to-afternoon-peak-1120-320", seed=135013, kind="e",
         intervals=gen_intervals(135013, 10, lo=28, hi=32),
         start="2033-01-22T11:52:00Z", service="eenhana-outapi-quotes",
         profile="quote", params={"detail": 22, "skus": 9000}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"LRU_MAX": "1120"}, ts_format="wire", scan_by="TimestampAscending",
         note='bounded LRU (1120 entries) refilling after each of 10 deploys 28-32 min apart from 11:52, from midday over the afternoon peak to 17:21 (the traffic 0.90 to 0.98 of the peak); must not alarm; epoch; ascending'),
    dict(name="EF14-step-frequent-quote-7-of-12-320", seed=135014, kind="step", culprit=7,
         intervals=gen_intervals(135014, 12, lo=28, hi=32),
         start="2033-01-23T09:40:00Z", service="okakarara-khorixas-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire",
         culprit_pr_title=('feat/okakarara-droewors-table-at-boot', 'Load the okakarara droewors table at boot'),
         note='level shift at #7 of 12 (13:12), quote route (20 lines at 95 req/s); 12 deploys 28-32 min apart from 09:40 (32, 30, 28, 32, 28 and 31 min after the step, to 16:13); no trend after; must not alarm; epoch'),
    dict(name="EF15-f-load-evening-to-night-fall-frequent-300", seed=135015, kind="f", workers=72,
         intervals=gen_intervals(135015, 8, lo=28, hi=32),
         start="2033-01-24T18:40:00Z", service="bethanie-ongwediva-reports",
         profile="report", params={"kb": 450, "ms": 430}, peak_rps=100, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note='reports in flight follow the load down the evening fall into the night from 18:40 (0.92 of the peak) to 23:12 (0.53), across 8 deploys 28-32 min apart; must not alarm; epoch; ascending'),
    dict(name="EF16-none-frequent-quote-22-deploys-320", seed=135116, kind="none",
         intervals=gen_intervals(135016, 22, lo=16, hi=20),
         start="2033-01-25T12:50:00Z", service="oranjemund-maltahohe-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note='no leak, quote route (20 lines at 95 req/s, 400 SKUs), from 12:50 over the afternoon peak into the evening to 19:40 (the traffic 1.00 to 0.85 of the peak); 22 deploys 16-20 min apart: each short interval is mostly warm-up; must not alarm; epoch'),
]

SCENARIOS = _RDS + EF_SCENARIOS
