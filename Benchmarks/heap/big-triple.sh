#!/bin/sh
# Writes a big snapshot triple (about 1.4, 1.6 and 1.8 GB) for `memblame-bench heap --dir DIR`, with the same leaking
# process as the 120 MB set (Benchmarks/heap/leak.js), only larger: BASE live `Entry` objects, PER_PHASE leaked
# `Session`s between snapshots. Takes a few minutes and about 6 GB of memory; the files are not committed.
# Usage: sh Benchmarks/heap/big-triple.sh [DIR] [BASE] [PER_PHASE]
set -eu
dir=${1:-Benchmarks/heap/out-big}
base=${2:-2600000}
per_phase=${3:-300000}
here=$(dirname "$0")
mkdir -p "$dir"
# V8 needs room for the heap and for the snapshot it writes of it.
node --max-old-space-size=12000 "$here/leak.js" "$dir" "$base" "$per_phase"
ls -l "$dir"/s1.heapsnapshot "$dir"/s2.heapsnapshot "$dir"/s3.heapsnapshot
