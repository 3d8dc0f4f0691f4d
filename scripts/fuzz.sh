#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]
#   TARGET: query (query text and parameters → search → snippets → JSON/HTML),
#           document (file bytes → readers → normalizer → profiler → tokens),
#           http (the query string of every HTTP route).
# Builds with -sanitize=fuzzer and address sanitizer in .build-fuzz (release, debug info; the
# coverage kinds are named, since swiftc drops them for -sanitize=fuzzer -sanitize=address under
# whole-module optimization), starts from Fuzz/corpus/TARGET and the inputs that once found bugs (Fuzz/regressions/TARGET), and keeps
# what it learns in .build-fuzz/corpus/TARGET. A crash is written to Fuzz/crashes/ and the script
# exits non-zero. FUZZ_JOBS=N runs N processes at once (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

target="${1:-}"
seconds="${2:-60}"
shift 2 || true
case "$target" in
    query|document|http) ;;
    *) echo "usage: scripts/fuzz.sh query|document|http SECONDS [libFuzzer flags]" >&2; exit 64 ;;
esac
# One executable serves the three targets (one build); the environment names the target.
product=KamerzoekFuzz
export KAMERZOEK_FUZZ_TARGET="$target"

scratch=.build-fuzz
sanitizers=(--sanitize=fuzzer --sanitize=address)
if [ "${FUZZ_NO_ASAN:-0}" = 1 ]; then sanitizers=(--sanitize=fuzzer); fi
swift build -c release --scratch-path "$scratch" --product "$product" "${sanitizers[@]}" \
    -Xswiftc -DLIBFUZZER -Xswiftc -g -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table >&2
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/$product"

work="$scratch/corpus/$target"
crashes=Fuzz/crashes/$target
mkdir -p "$work" "$crashes"
dictionary=()
[ -f "Fuzz/$target.dict" ] && dictionary=(-dict="Fuzz/$target.dict")
jobs="${FUZZ_JOBS:-1}"
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-fork="$jobs" -ignore_crashes=0)

echo "fuzzing $target for $seconds s ($binary)" >&2
# Leaks are not crashes here: caches live for the process.
ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" "$work" "Fuzz/corpus/$target" "Fuzz/regressions/$target" \
    -max_total_time="$seconds" -max_len=4096 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$crashes/" "${dictionary[@]}" "${parallel[@]}" "$@"
