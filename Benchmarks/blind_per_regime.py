"""Sums the blind onset-eval outputs listed in an index (batch, prefix, commit, file) per batch and per regime.

A leaking run counts as right ("culprit first") when its culprit is ranked first among the candidates or, for growth
that starts inside an interval (a flag), when the onset is placed there and no deploy is blamed: the figure
`memblame-bench onset-eval` prints as "culprit ranked first". The cache leaks under frequent deploys (kind b) are
shown apart from the other kinds' frequent deploys, and every row is also split by source (CSV, bytes, the real
exports, per-task events).
"""
import collections
import sys


def rows(path, prefix):
    for line in open(path):
        p = line.split()
        if len(p) > 7 and "/" in p[0] and p[0].startswith(prefix) and p[0][len(prefix)].isdigit():
            yield p


def main(index):
    batches = [l.rstrip("\n").split("\t") for l in open(index) if l.strip()]
    regimes = collections.defaultdict(collections.Counter)
    sources = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    print("| batch | detector | culprit first | top 3 | leaking inconclusive | false alarms | healthy inconclusive |")
    print("|---|---|---|---|---|---|---|")
    for batch, prefix, commit, path in batches:
        b = collections.Counter()
        for p in rows(path, prefix):
            name, source = p[0].split("/")
            regime = p[2].replace("real-", "")
            if regime == "frequent-deploys":
                regime += " (cache leak, b)" if "-b-" in name else " (a, c, d)"
            leaking = p[3] == "leak"
            first = leaking and (p[4] == "ok" or p[7] == "1")
            top3 = leaking and p[7].isdigit() and int(p[7]) <= 3
            inconclusive = p[4].startswith("inconcl")
            alarm = not leaking and p[4] == "FALSE"
            for c in (b, regimes[regime], sources[source], total):
                c["leaking" if leaking else "healthy"] += 1
                c["first"] += first
                c["top3"] += top3
                c["inconclusive" if leaking else "healthy inconclusive"] += inconclusive
                c["alarm"] += alarm
        print(f"| {batch} ({prefix}) | `{commit}` | {b['first']} / {b['leaking']} | {b['top3']} | {b['inconclusive']} | "
              f"{b['alarm']} / {b['healthy']} | {b['healthy inconclusive']} |")
    print()

    def table(title, groups):
        print(f"| {title} | leaking runs | culprit first | top 3 | inconclusive | healthy runs | false alarms | healthy inconclusive |")
        print("|---|---|---|---|---|---|---|---|")
        for key in sorted(groups, key=lambda k: (-groups[k]["leaking"], k)):
            c = groups[key]
            share = f" ({100 * c['first'] / c['leaking']:.0f} %)" if c["leaking"] else ""
            print(f"| {key} | {c['leaking'] or '-'} | {c['first'] if c['leaking'] else '-'}{share} | "
                  f"{c['top3'] if c['leaking'] else '-'} | {c['inconclusive'] if c['leaking'] else '-'} | "
                  f"{c['healthy'] or '-'} | {c['alarm'] if c['healthy'] else '-'} | "
                  f"{c['healthy inconclusive'] if c['healthy'] else '-'} |")
        print()

    table("regime", regimes)
    table("source", sources)
    t = total
    print(f"all: culprit first {t['first']} of {t['leaking']} = {100 * t['first'] / max(1, t['leaking']):.1f} %, "
          f"top 3 {t['top3']}, false alarms {t['alarm']} of {t['healthy']}")


if __name__ == "__main__":
    main(sys.argv[1])
