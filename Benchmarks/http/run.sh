#!/usr/bin/env bash
# HTTP load: `kamerzoek serve` (release) against Datasette serving a plain FTS5 copy of the same
# texts, with the same query mix, in one run. Needs wrk (Debian) and datasette (PyPI); installs
# them when missing. Usage: [KZ_CACHE=0] Benchmarks/http/run.sh [seconds] [connections]
# KZ_CACHE=0 turns the response cache off, so that every request is computed.
source "$(dirname "$0")/setup.sh" "$@"
command -v datasette >/dev/null || pip install -q datasette
ours=18080
theirs=18081
.build/release/kamerzoek serve --index "$work/kamerzoek-x1.sqlite" --port $ours --cache "${KZ_CACHE:-512}" 2>/dev/null &
ours_pid=$!
datasette serve "$work/plain-x1.sqlite" --port $theirs --setting sql_time_limit_ms 10000 \
    --setting max_returned_rows 100 >/dev/null 2>&1 &
theirs_pid=$!
trap 'kill $ours_pid $theirs_pid 2>/dev/null || true' EXIT
for port in $ours $theirs; do
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.2; done
done
ours_paths=$(mktemp)
theirs_paths=$(mktemp)
sql='select doc.id, doc.title, snippet(doc_ft, 1, "<b>", "</b>", "…", 20) as snippet from doc_ft join doc on doc.rowid = doc_ft.rowid where doc_ft match :q order by rank limit 10'
while read -r query; do
    q=$(encode "$query")
    echo "/search?q=$q&limit=10" >> "$ours_paths"
    fts=$(python3 -c 'import sys; print(" ".join("\"%s\"" % w for w in sys.argv[1].split()))' "$query")
    echo "/plain-x1.json?sql=$(encode "$sql")&q=$(encode "$fts")&_shape=array" >> "$theirs_paths"
done < Benchmarks/http/queries.txt
# Every path must answer 200 before the load.
while read -r path; do curl -sf -o /dev/null "http://127.0.0.1:$ours$path" || { echo "kamerzoek failed: $path"; exit 1; }; done < "$ours_paths"
while read -r path; do curl -sf -o /dev/null "http://127.0.0.1:$theirs$path" || { echo "datasette failed: $path"; exit 1; }; done < "$theirs_paths"
for name in kamerzoek datasette; do
    if [ $name = kamerzoek ]; then port=$ours; paths=$ours_paths; else port=$theirs; paths=$theirs_paths; fi
    echo "## $name ($connections connections, ${seconds}s)"
    PATHS=$paths wrk -t2 -c"$connections" -d"${seconds}s" --latency -s Benchmarks/http/mix.lua "http://127.0.0.1:$port" \
        | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors|requests in"
done
