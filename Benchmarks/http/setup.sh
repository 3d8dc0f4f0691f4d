# Shared by run.sh and replicas.sh (sourced): arguments, wrk, the release build, the ×1 index.
# Usage inside a script: source "$(dirname "$0")/setup.sh" "$@"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-15}
connections=${2:-16}
work=/tmp/kamerzoek-bench
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --product kamerzoek >/dev/null
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --product KamerzoekBenchmarks >/dev/null
# The ×1 index (and the plain unicode61 copy), built by the ingest benchmark when missing.
if [ ! -f "$work/kamerzoek-x1.sqlite" ] || [ ! -f "$work/plain-x1.sqlite" ]; then
    .build/release/KamerzoekBenchmarks ingest --scale 1 --work "$work"
fi
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
