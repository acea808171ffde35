#!/usr/bin/env bash
# Re-runs every blind measurement listed in Benchmarks/blind-batches.tsv with the detector it was made with, and prints
# each batch's figures and the record per regime (BENCHMARKS.md, "Blind record per regime").
# For each detector commit: a git worktree under $WORK, `swift build -c release --product memblame-bench` there (kept
# for the next run), then `onset-eval --set validation` on that batch's split, reading the cases of this checkout
# (an old commit does not hold the later batches' cases). About two minutes per commit to build, seconds to evaluate.
# Usage: Benchmarks/blind-record.sh [work folder, default /tmp/memblame-blind]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${1:-/tmp/memblame-blind}
mkdir -p "$WORK/out"
grep -v '^#' Benchmarks/blind-batches.tsv | while IFS=$'\t' read -r batch prefix split commit; do
  [ -n "$batch" ] || continue
  tree="$WORK/tree-$commit"
  if [ ! -x "$tree/.build/release/memblame-bench" ]; then
    [ -d "$tree" ] || git worktree add --detach "$tree" "$commit" >/dev/null
    (cd "$tree" && swift build -c release --product memblame-bench >/dev/null)
  fi
  # Written aside and moved into place, so a run stopped halfway leaves every earlier output whole.
  "$tree/.build/release/memblame-bench" onset-eval --cases "$ROOT/Tests/Traces/real" --split "$ROOT/$split" \
    --source all --set validation > "$WORK/out/$batch.txt.part"
  mv "$WORK/out/$batch.txt.part" "$WORK/out/$batch.txt"
  echo "$batch	$prefix	$commit	$WORK/out/$batch.txt"
done > "$WORK/out/index.tsv.part"
mv "$WORK/out/index.tsv.part" "$WORK/out/index.tsv"
python3 Benchmarks/blind_per_regime.py "$WORK/out/index.tsv"
