#!/usr/bin/env bash
# Inserting 1 M points into memblame's points table, side by side in one run:
# memblame's raw SQLite C API wrapper vs GRDB 7.10 (a separate package, so memblame never depends on it).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
swift build -c release --product memblame-bench >/dev/null
(cd Benchmarks/grdb-insert && swift build -c release >/dev/null)
for round in 1 2 3; do
  echo "round $round"
  .build/release/memblame-bench insert --points "$N"
  Benchmarks/grdb-insert/.build/release/grdb-insert "$N"
done
