#!/usr/bin/env bash
# Replicas behind nginx: `kamerzoek serve` (release) straight, against two replicas over one
# snapshot behind nginx, with the query mix of run.sh, every request computed (--cache 0).
# Needs wrk and nginx (Debian); installs them when missing.
# Usage: Benchmarks/http/replicas.sh [seconds] [connections]
source "$(dirname "$0")/setup.sh" "$@"
[ -x /usr/sbin/nginx ] || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
run=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$run"' EXIT
.build/release/kamerzoek snapshot "$run/snapshot.sqlite" --index "$work/kamerzoek-x1.sqlite"
serve() { .build/release/kamerzoek serve --index "$run/snapshot.sqlite" --port "$1" --cache 0 --workers "$2" 2>/dev/null & pids+=($!); }
serve 18090 2            # one server, a worker per core
serve 18091 1            # replica 1
serve 18092 1            # replica 2
mkdir -p "$run/nginx"
cat > "$run/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $run/nginx/nginx.pid;
error_log $run/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $run/nginx/body; proxy_temp_path $run/nginx/proxy;
    fastcgi_temp_path $run/nginx/fastcgi; uwsgi_temp_path $run/nginx/uwsgi; scgi_temp_path $run/nginx/scgi;
    upstream kamerzoek { server 127.0.0.1:18091 max_fails=0; server 127.0.0.1:18092 max_fails=0; keepalive 32; }
    server {
        listen 127.0.0.1:18093;
        location / {
            proxy_pass http://kamerzoek; proxy_http_version 1.1; proxy_set_header Connection "";
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
CONF
/usr/sbin/nginx -c "$run/nginx/nginx.conf" -p "$run/nginx" -e "$run/nginx/error.log" & pids+=($!)
for port in 18090 18091 18092 18093; do
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
done
paths=$(mktemp)
while read -r query; do echo "/search?q=$(encode "$query")&limit=10" >> "$paths"; done < Benchmarks/http/queries.txt
# Interleaved: straight, behind nginx, straight, behind nginx.
for round in 1 2; do
    for name in straight nginx; do
        if [ $name = straight ]; then port=18090; else port=18093; fi
        echo "## $name, round $round ($connections connections, ${seconds}s)"
        PATHS=$paths wrk -t2 -c"$connections" -d"${seconds}s" --latency -s Benchmarks/http/mix.lua "http://127.0.0.1:$port" \
            | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
    done
done
rm -f "$paths"
