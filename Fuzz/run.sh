#!/usr/bin/env bash
# Builds the libFuzzer harness and fuzzes each importer entry point in turn, for SECONDS each.
#
#   Fuzz/run.sh [SECONDS-PER-TARGET] [TARGET...]      (default 600 s; default targets: all)
#
# Targets come from the harness itself (`FUZZ_FORMAT=list`): one per metric format, one per deploy
# format, plus timestamp, csvline and import (detection + the SQLite store). New formats are picked up
# without changes here. Seeds: every fixture under Tests/MemBlameKitTests/Fixtures/ (the fuzzer keeps
# the ones that add coverage), shrunk valid copies of the big ones (tools/shrink-seeds.py) and the
# target's regression inputs. Crashes, hangs (>10 s) and runaway
# allocations (>2 GB RSS) are saved under Fuzz/crashes/<target>/; logs and a summary under Fuzz/logs/.
# Leak detection is off: the Swift runtime keeps process-lifetime allocations that LeakSanitizer reports at exit.
# Env: FUZZ_SANITIZE (default fuzzer,address), FUZZ_MAX_LEN (default 8192), FUZZ_NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
sanitize=${FUZZ_SANITIZE:-fuzzer,address}
max_len=${FUZZ_MAX_LEN:-8192}
fixtures=../Tests/MemBlameKitTests/Fixtures

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    swift build -c release -Xswiftc -sanitize="$sanitize" -Xswiftc -use-ld=lld --product memblame-fuzz
fi
bin=.build/release/memblame-fuzz
export SWIFT_BACKTRACE=enable=no   # Swift's backtracer inside ASan adds a bogus second report
# LeakSanitizer's exit-time check reports the runtime's process-lifetime strings (ProcessInfo.environment).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(FUZZ_FORMAT=list "$bin"); fi
mkdir -p logs
summary=logs/summary.tsv
[ -f "$summary" ] || printf 'target\tseconds\texecs\texec/s\tcov\tft\tcorpus\tpeak_rss_mb\tresult\n' > "$summary"

for target in "${targets[@]}"; do
    corpus=corpus/$target
    crashes=crashes/$target
    mkdir -p "$corpus" "$crashes"
    # Seed once: all fixtures except rendered charts, plus the regression inputs of this target.
    if [ -z "$(ls -A "$corpus")" ]; then
        find "$fixtures" -type f -not -path '*/chart/*' -not -path '*/fuzz-regressions/*' -size -2M \
            -exec sh -c 'for f; do cp "$f" "$0/seed-$(sha1sum "$f" | cut -c1-12)"; done' "$corpus" {} +
        # Seeds longer than -max_len would be truncated into invalid JSON: add small valid versions.
        find "$fixtures" -type f -not -path '*/chart/*' -not -path '*/fuzz-regressions/*' -size -2M -print0 \
            | xargs -0 python3 tools/shrink-seeds.py "$max_len" "$corpus"
        if [ -d "$fixtures/fuzz-regressions/$target" ]; then
            find "$fixtures/fuzz-regressions/$target" -type f -size -2M -exec cp {} "$corpus/" \;
        fi
    fi
    log=logs/$target.log
    echo "== $target: ${seconds}s" | tee "$log"
    set +e
    FUZZ_FORMAT=$target "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
        -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$crashes/" "$corpus" >>"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(echo "$last" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*' || true)
    ft=$(echo "$last" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*' || true)
    units=$(echo "$last" | grep -o 'corp: [0-9]*' | grep -o '[0-9]*' || true)
    if [ $rc -eq 0 ]; then result=ok; else result="finding (exit $rc): $(ls -t "$crashes" | head -1)"; fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${units:-?}" "${rss:-?}" "$result" | tee -a "$summary"
done
