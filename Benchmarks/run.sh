#!/usr/bin/env bash
# Runs the whole benchmark table (release build) on ../shared/corpus:
# ingest ×1 and ×5 against a plain unicode61 FTS5 insert, query latency, relevance.
# Usage: Benchmarks/run.sh [ingest|query|timeline|relevance|all] [--corpus DIR] [--work DIR] [--scale N]
#        Benchmarks/run.sh similar [INDEX]   (similar-letters latency; default: the ×1 index in --work)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product KamerzoekBenchmarks >/dev/null
exec .build/release/KamerzoekBenchmarks "${@:-all}"
