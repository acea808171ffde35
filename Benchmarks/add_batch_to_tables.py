"""Adds one newly measured blind batch to BENCHMARKS.md's "Blind record per regime" tables.

Input: the output of `blind_per_regime.py` on a one-line index (the new batch only). The batch's row goes after the last
batch row; every regime and source row gets the batch's counts added, its percentage recomputed; the "all:" line is
summed. Regimes or sources the tables do not have yet are not added (add their rows by hand first). The prose under the
tables (the regime bullets, the totals sentence) is not touched.

    printf '168\tFM\t<commit>\t/tmp/b168.txt\n' > /tmp/idx168.tsv
    python3 Benchmarks/blind_per_regime.py /tmp/idx168.tsv > /tmp/reg168.txt
    python3 Benchmarks/add_batch_to_tables.py BENCHMARKS.md /tmp/reg168.txt
"""
import re,sys
bm, out = sys.argv[1], sys.argv[2]
o = open(out).read().split('\n')
s = open(bm).read().split('\n')
# 1. batch row
brow = [l for l in o if re.match(r'\| \d+ \(', l)]
assert len(brow) == 1, brow
# find the batch table in BENCHMARKS (first table after '### Blind record per regime')
start = next(i for i, l in enumerate(s) if l.startswith('### Blind record per regime'))
i = start
while not re.match(r'\| \d+ \(', s[i]): i += 1
while re.match(r'\| \d+ \(', s[i + 1]): i += 1
s.insert(i + 1, brow[0])
# 2. regime and source tables: add numbers cell by cell
def cells(line):
    return [c.strip() for c in line.strip('|').split('|')]
def parse_table(lines, j):
    rows = {}
    while j < len(lines) and lines[j].startswith('|'):
        rows[cells(lines[j])[0]] = (j, cells(lines[j]))
        j += 1
    return rows
def num(c):
    m = re.match(r'(\d+)', c.replace(',', ''))
    return int(m.group(1)) if m else None
def cells_of(lines, key):
    return next((cells(l) for l in lines if l.startswith('| ' + key + ' |')), None)
for header in ('| regime |', '| source |'):
    j = next(k for k in range(start, len(s)) if s[k].startswith(header)) + 2
    rows = parse_table(s, j)
    for key, (k, row) in rows.items():
        new = cells_of(o, key)
        if new is None: continue
        out_cells = [row[0]]
        for a, b in zip(row[1:], new[1:]):
            if a == '-' : out_cells.append(a); continue
            na, nb = num(a), num(b)
            out_cells.append(str(na + nb) if nb is not None else a)
        # percent on culprit-first column (index 2), relative to leaking runs (index 1)
        if out_cells[2] != '-':
            lr, cf = int(out_cells[1]), int(out_cells[2])
            out_cells[2] = '%d (%d %%)' % (cf, round(100 * cf / lr))
        s[k] = '| ' + ' | '.join(out_cells) + ' |'
# 3. the "all:" line
allo = next(l for l in o if l.startswith('all:'))
m = re.findall(r'\d+', re.sub(r'= [\d.]+ %', '', allo))
k = next(k for k in range(start, len(s)) if s[k].startswith('all:'))
mb = re.findall(r'\d+', re.sub(r'= [\d.]+ %', '', s[k].replace(',', '')))
f, l_, t3, fa, h = [int(mb[x]) + int(m[x]) for x in (0, 1, 3, 4, 5)]
s[k] = 'all: culprit first %d of %d = %.1f %%, top 3 %d, false alarms %d of %d' % (f, l_, 100 * f / l_, t3, fa, h)
open(bm, 'w').write('\n'.join(s))
print(s[k])
