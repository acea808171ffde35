"""memblame's tracelab scenarios, batch 106: DC01..DC16 (real memory traces with labels), a DEVELOPMENT batch.

(Named DC: tracelab's own example scenarios are X1..X11, batches 1-25 used
every single letter, batches 26-105 used AA..AZ, BA..BZ, CA..CZ, DA and DB.
No case folder, scenario name or split entry starts with "DC" before this
file; neither tracelab nor these files parse the prefix of a name
(deploy_records takes the position in SCENARIOS).)

Used with /work/shared/tracelab (see Tests/Traces/README.md, "Batch 106"):

    python3 ../shared/tracelab/scenarios.py Tests/Traces/scenarios106.py      # check and list
    python3 ../shared/tracelab/build_all.py --scenarios Tests/Traces/scenarios106.py --bytes \\
        --jobs 2 --budget 1100 --cases Tests/Traces/real --raw /work/tracelab-raw106 DC01-... DC16-...

Purpose: flags switched on late in an interval, with under an hour of rise
before the next deploy, and the cases a fix for them could break.  All 16
cases are split "dev" (Tests/Traces/split106.json): the detector's developer
tunes on them.

  DC01-DC10  flag-flip (a 3, b 2, c 2, d 3): a feature flag switched on inside
             one interval (no deploy to blame), on through every later
             release.  Every interval 90-150 min; the flag in the series' 2nd,
             3rd or 4th interval (4, 4 and 2 cases), switched on 25, 29, 33,
             37, 41, 44, 48, 52, 56 or 60 min before the next deploy (one each),
             then 1, 2 or 3 more intervals (6, 3 and 1 cases).
  DC11-DC13  slow-leak (a, c, d): ~1.5 %/h from a culprit deploy #2, #3 (the
             last) and #4 (the last), intervals 90-150 min; the first hour
             after the culprit reads nearly flat beside V8's heap step.
  DC14-DC16  healthy: a step at #2 of 3 (quote, 60000 entries at boot), a
             bounded LRU of 1425 entries (quote) over 110, 145 and 150 min, and
             a flat orders service over 115, 150 and 95 min.

No case has more than 460 samples, so that no metrics.json reaches 30 KB
(epoch seconds, "wire", about 64 bytes a minute; ISO 8601 about 81, used only
for the two cases of 360 samples or fewer, DC01 and DC16): that is why no flag
sits in the 5th interval (six intervals of 90 min or more are 540 samples or
more) and why the five-interval cases keep their intervals at 90-100 min.
The intervals are written out.  7 100 samples in all, for a recording budget
of 1100 s with 2 jobs.

PR and pipeline numbers (deploy_records takes them from the position in
SCENARIOS): this file runs scenarios105.py (unchanged: 11..1772 and DB at
1773..1788) and lists the DC scenarios last (1789..1804).  Seeds
106001..106016, a seed +100 where a PR number collided with an earlier
scenario's pipeline number (/work/tracelab-raw106/check_numbers.py,
check_numbers_first.out): DC04 106104, DC16 106116, DC12 106212 (106112
collided too).  Dates follow DB's: 2031-09-06 (DC01) to 2031-09-21 (DC16).

Loads by the units batch 104's section gives for the next batch (the rule
over batches 102-104), over an hour or more (every interval here is 90 min or
more): a 0.0227, b 0.00322, c 0.0130, d 0.00962 (%/h per unit of load, size x
rate, at peak traffic at 256 MiB; x 256 / limit for another limit).  The flag
flips aim at ~5 %/h of their limit at peak, the slow leaks at ~1.5 %/h; each
load within 0.4 % of its aim (/work/tracelab-raw106/loads.py, loads.out).
Limits: odd cases 300 MiB, even 320, but DC11 at 256 (no slow a load within
0.4 % at 300 or 320).  Healthy, earlier loads.  Heap 160 MB everywhere.  The
"~N %/h" in the notes are aims, not measurements.
"""
import os
import runpy

from scenarios import gen_intervals  # noqa: F401  (kept for later batches that chain this file)

_HERE = os.path.dirname(os.path.abspath(__file__))
_RDB = runpy.run_path(os.path.join(_HERE, "scenarios105.py"))["SCENARIOS"]   # 11..1788 (scenarios104.py's 11..1772, DB 1773..1788)

# flag flips: intervals, the flag's interval (index into the intervals) and the minutes of rise before the next deploy
_DC01 = [105, 135, 115]            # 2nd interval, 44 min of rise, 1 after
_DC02 = [100, 110, 140, 110]       # 3rd, 33, 1 after
_DC03 = [95, 125, 120, 120]        # 2nd, 56, 2 after
_DC04 = [90, 90, 90, 100, 90]      # 4th, 25, 1 after
_DC05 = [110, 95, 150, 105]        # 3rd, 60, 1 after
_DC06 = [90, 100, 90, 90, 90]      # 2nd, 48, 3 after
_DC07 = [90, 90, 100, 90, 90]      # 3rd, 37, 2 after
_DC08 = [95, 90, 90, 95, 90]       # 4th, 29, 1 after
_DC09 = [100, 130, 115, 115]       # 2nd, 52, 2 after
_DC10 = [115, 100, 120, 125]       # 3rd, 41, 1 after
# slow leaks and healthy cases
_DC11 = [90, 95, 140, 135]         # slow a, culprit #2, then #3
_DC12 = [90, 95, 125, 150]         # slow c, culprit #3, the last
_DC13 = [90, 90, 95, 90, 95]       # slow d, culprit #4, the last
_DC14 = [95, 100, 140, 125]        # step at #2 of 3
_DC15 = [110, 145, 150]            # LRU 1425
_DC16 = [115, 150, 95]             # flat orders


def _flag_at(iv, k, rise):
    """The sample before which the flag goes on: `rise` minutes before the deploy that ends interval k."""
    return sum(iv[:k + 1]) - rise


DC_SCENARIOS = [
    # ================================================================== flag-flip
    dict(name="DC01-a-flag-flip-2nd-44-min-300", seed=106001, kind="a", flag="fes_meknes_ojakhuri_history",
         flag_at=_flag_at(_DC01, 1, 44), intervals=list(_DC01),
         start="2031-09-06T09:25:00Z", service="fes-meknes-orders",
         profile="orders", params={"payload_kb": 6}, peak_rps=43, heap_mb=160, limit_mib=300,
         note="no culprit deploy: flag fes_meknes_ojakhuri_history on at 12:40:30, 91 min into v2's 135 min "
              "interval (the series' 2nd), 44 min before #2; then #2 (115 min, to 15:20); orders kept for the "
              "ojakhuri history (~5 %/h of 300 MiB at peak) from then on"),
    dict(name="DC02-b-flag-flip-3rd-33-min-320", seed=106002, kind="b", flag="agadir_essaouira_gomi_quote_memo",
         flag_at=_flag_at(_DC02, 2, 33), intervals=list(_DC02),
         start="2031-09-07T09:25:00Z", service="agadir-essaouira-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=97, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag agadir_essaouira_gomi_quote_memo on at 14:41:30, 107 min into v3's 140 min "
              "interval (the series' 3rd), 33 min before #3; then #3 (110 min, to 17:05); quotes memoised per gomi "
              "and customer (~5 %/h of 320 MiB at peak) from then on; good releases warm a per-SKU cache (400 "
              "SKUs); epoch, ascending"),
    dict(name="DC03-c-flag-flip-2nd-56-min-300", seed=106003, kind="c", flag="tetouan_oujda_shkmeruli_listeners",
         flag_at=_flag_at(_DC03, 1, 56), intervals=list(_DC03),
         start="2031-09-08T10:35:00Z", service="tetouan-oujda-bookings",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag tetouan_oujda_shkmeruli_listeners on at 13:18:30, 69 min into v2's 125 min "
              "interval (the series' 2nd), 56 min before #2; then #2 and #3 (120 and 120 min, to 18:15); "
              "shkmeruli listeners never removed (~5 %/h of 300 MiB at peak) from then on; epoch, ascending"),
    dict(name="DC04-d-flag-flip-4th-25-min-320", seed=106104, kind="d", flag="nador_ifrane_tkemali_timers",
         flag_at=_flag_at(_DC04, 3, 25), intervals=list(_DC04),
         start="2031-09-09T09:30:00Z", service="nador-ifrane-bookings",
         profile="orders", params={"payload_kb": 7}, peak_rps=93, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag nador_ifrane_tkemali_timers on at 15:14:30, 75 min into v4's 100 min "
              "interval (the series' 4th), 25 min before #4; then #4 (90 min, to 17:10); bookings confirmed from "
              "delayed tkemali timers (~5 %/h of 320 MiB at peak) from then on; epoch"),
    dict(name="DC05-a-flag-flip-3rd-60-min-300", seed=106005, kind="a", flag="taza_safi_jonjoli_history",
         flag_at=_flag_at(_DC05, 2, 60), intervals=list(_DC05),
         start="2031-09-10T09:15:00Z", service="taza-safi-orders",
         profile="orders", params={"payload_kb": 3}, peak_rps=86, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag taza_safi_jonjoli_history on at 14:09:30, 90 min into v3's 150 min "
              "interval (the series' 3rd), 60 min before #3; then #3 (105 min, to 16:55); orders kept for the "
              "jonjoli history (~5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="DC06-d-flag-flip-2nd-48-min-320", seed=106006, kind="d", flag="larache_khouribga_mchadi_timers",
         flag_at=_flag_at(_DC06, 1, 48), intervals=list(_DC06),
         start="2031-09-11T10:15:00Z", service="larache-khouribga-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=108, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag larache_khouribga_mchadi_timers on at 12:36:30, 52 min into v2's 100 min "
              "interval (the series' 2nd), 48 min before #2; then #2, #3 and #4 (90 min each, to 17:55); bookings "
              "confirmed from delayed mchadi timers (~5 %/h of 320 MiB at peak) from then on; epoch, ascending"),
    dict(name="DC07-c-flag-flip-3rd-37-min-300", seed=106007, kind="c", flag="settat_errachidia_kubdari_listeners",
         flag_at=_flag_at(_DC07, 2, 37), intervals=list(_DC07),
         start="2031-09-12T10:45:00Z", service="settat-errachidia-bookings",
         profile="orders", params={"payload_kb": 6}, peak_rps=75, heap_mb=160, limit_mib=300,
         ts_format="wire",
         note="no culprit deploy: flag settat_errachidia_kubdari_listeners on at 14:47:30, 63 min into v3's 100 "
              "min interval (the series' 3rd), 37 min before #3; then #3 and #4 (90 and 90 min, to 18:25); "
              "kubdari listeners never removed (~5 %/h of 300 MiB at peak) from then on; epoch"),
    dict(name="DC08-a-flag-flip-4th-29-min-320", seed=106008, kind="a", flag="ouarzazate_tiznit_lobiani_history",
         flag_at=_flag_at(_DC08, 3, 29), intervals=list(_DC08),
         start="2031-09-13T10:05:00Z", service="ouarzazate-tiznit-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=55, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag ouarzazate_tiznit_lobiani_history on at 15:45:30, 66 min into v4's 95 min "
              "interval (the series' 4th), 29 min before #4; then #4 (90 min, to 17:45); orders kept for the "
              "lobiani history (~5 %/h of 320 MiB at peak) from then on; epoch, ascending"),
    dict(name="DC09-b-flag-flip-2nd-52-min-300", seed=106009, kind="b", flag="guelmim_azrou_achma_quote_memo",
         flag_at=_flag_at(_DC09, 1, 52), intervals=list(_DC09),
         start="2031-09-14T09:55:00Z", service="guelmim-azrou-quotes",
         profile="quote", params={"detail": 17, "skus": 400}, peak_rps=107, heap_mb=160, limit_mib=300,
         ts_format="wire", scan_by="TimestampAscending",
         note="no culprit deploy: flag guelmim_azrou_achma_quote_memo on at 12:52:30, 78 min into v2's 130 min "
              "interval (the series' 2nd), 52 min before #2; then #2 and #3 (115 and 115 min, to 17:35); quotes "
              "memoised per achma and customer (~5 %/h of 300 MiB at peak) from then on; good releases warm a "
              "per-SKU cache (400 SKUs); epoch, ascending"),
    dict(name="DC10-d-flag-flip-3rd-41-min-320", seed=106010, kind="d", flag="chefchaouen_asilah_chashushuli_timers",
         flag_at=_flag_at(_DC10, 2, 41), intervals=list(_DC10),
         start="2031-09-15T09:45:00Z", service="chefchaouen-asilah-bookings",
         profile="orders", params={"payload_kb": 8}, peak_rps=81, heap_mb=160, limit_mib=320,
         ts_format="wire",
         note="no culprit deploy: flag chefchaouen_asilah_chashushuli_timers on at 14:38:30, 79 min into v3's 120 "
              "min interval (the series' 3rd), 41 min before #3; then #3 (125 min, to 17:25); bookings confirmed "
              "from delayed chashushuli timers (~5 %/h of 320 MiB at peak) from then on; epoch"),
    # ================================================================== slow-leak
    dict(name="DC11-a-slow-leak-culprit-2-256", seed=106011, kind="a", culprit=2,
         intervals=list(_DC11),
         start="2031-09-16T10:10:00Z", service="berkane-taroudant-orders",
         profile="orders", params={"payload_kb": 2}, peak_rps=33, heap_mb=160, limit_mib=256,
         ts_format="wire",
         culprit_pr_title=("feat/berkane-kupati-history", "Keep berkane taroudant orders for the kupati history"),
         note="slow leak (~1.5 %/h of 256 MiB at peak) from #2 at 13:15 after 90 and 95 min healthy intervals; "
              "140 and 135 min leaking intervals (to 17:50); epoch"),
    dict(name="DC12-c-slow-leak-culprit-last-3-320", seed=106212, kind="c", culprit=3,
         intervals=list(_DC12),
         start="2031-09-17T08:10:00Z", service="midelt-sefrou-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=48, heap_mb=160, limit_mib=320,
         ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/midelt-tolma-listeners", "Tell open midelt sefrou bookings when a tolma frees"),
         note="slow leak (~1.5 %/h of 320 MiB at peak) from the last deploy #3 at 13:20, after 90, 95 and 125 min "
              "healthy intervals: one 150 min interval of evidence (to 15:50); epoch, ascending"),
    dict(name="DC13-d-slow-leak-culprit-last-4-300", seed=106013, kind="d", culprit=4,
         intervals=list(_DC13),
         start="2031-09-18T07:25:00Z", service="kenitra-mohammedia-bookings",
         profile="orders", params={"payload_kb": 3}, peak_rps=61, heap_mb=160, limit_mib=300,
         ts_format="wire",
         culprit_pr_title=("perf/kenitra-chvishtari-timers", "Confirm kenitra mohammedia bookings from delayed chvishtari timers"),
         note="slow leak (~1.5 %/h of 300 MiB at peak) from the last deploy #4 at 13:30, after 90, 90, 95 and 90 "
              "min healthy intervals: one 95 min interval of evidence (to 15:05); epoch"),
    # ================================================================== healthy
    dict(name="DC14-step-quote-culprit-2-320", seed=106014, kind="step", culprit=2,
         intervals=list(_DC14),
         start="2031-09-19T09:45:00Z", service="jadida-khemisset-quotes",
         profile="quote", params={"detail": 20, "skus": 400}, peak_rps=95, heap_mb=160, limit_mib=320,
         env={"PRELOAD_ENTRIES": "60000"}, ts_format="wire", scan_by="TimestampAscending",
         culprit_pr_title=("feat/jadida-gebzhalia-table-at-boot", "Load the jadida gebzhalia table at boot"),
         note="level shift at #2 of 3 (13:00), quote route; 95 and 100 min before it, 140 and 125 min after (to "
              "17:25); no trend after; must not alarm; epoch, ascending"),
    dict(name="DC15-e-lru-warmup-1425-300", seed=106015, kind="e",
         intervals=list(_DC15),
         start="2031-09-20T10:30:00Z", service="dakhla-zagora-quotes",
         profile="quote", params={"detail": 24, "skus": 9000}, peak_rps=100, heap_mb=160, limit_mib=300,
         env={"LRU_MAX": "1425"}, ts_format="wire", scan_by="TimestampAscending",
         note="bounded LRU (1425 entries) refilling after each of 2 deploys 145 and 150 min apart, after a 110 "
              "min first interval from 10:30, through the lunch bump and the peak to 17:15; must not alarm; "
              "epoch, ascending"),
    dict(name="DC16-none-flat-orders-320", seed=106116, kind="none",
         intervals=list(_DC16),
         start="2031-09-21T11:40:00Z", service="tinghir-khenifra-orders",
         profile="orders", params={"payload_kb": 5}, peak_rps=90, heap_mb=160, limit_mib=320,
         note="no leak, orders route (5 KB at 90 req/s), 11:40 through the afternoon peak to 17:40; 2 deploys "
              "115 and 265 min in (intervals 115, 150 and 95 min); must not alarm"),
]

SCENARIOS = _RDB + DC_SCENARIOS
