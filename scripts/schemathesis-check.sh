#!/usr/bin/env bash
# The API against its own description: serves the bundled sample (Corpus/) with the built binary
# on a loopback port and runs schemathesis (PyPI) over /openapi.json with a bounded number of
# examples per operation. Exits non-zero on any failure. scripts/schemathesis-check.sh [EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
examples="${1:-40}"

command -v schemathesis >/dev/null 2>&1 || python3 -m pip install -q schemathesis
binary="$(swift build --show-bin-path)/kamerzoek"
[ -x "$binary" ] || swift build --product kamerzoek
work="$(mktemp -d)"
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$binary" ingest Corpus --index "$work/sample.sqlite" >/dev/null 2>&1
for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    "$binary" serve --index "$work/sample.sqlite" --port "$port" --workers 2 2>"$work/serve.log" &
    server=$!
    for _ in $(seq 1 100); do
        curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break 2
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    kill "$server" 2>/dev/null || true
    server=""
done
[ -n "$server" ] || { echo "schemathesis-check: the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

schemathesis run "http://127.0.0.1:$port/openapi.json" --checks all --max-examples "$examples" \
    --generation-deterministic --request-timeout 30
