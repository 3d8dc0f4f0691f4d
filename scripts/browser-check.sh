#!/usr/bin/env bash
# A real browser looks at the web page: builds kamerzoek, ingests the sample Corpus/ into a temporary
# index, serves it on a free loopback port, loads /?q=solidariteit, a letter page, a motie's page
# with its similar letters, result pages with their letters-per-year chart (/?q=regering,
# /?q=oorlog&vs=vrede) and /toezeggingen in headless Chromium, checks the dumped DOM and saves
# screenshots, then stops the server.
#
#   scripts/browser-check.sh                      # builds in .build
#   SCRATCH_PATH=.build-web scripts/browser-check.sh
#   SHOTS=/tmp/shots scripts/browser-check.sh     # where screenshots go (default /tmp)
set -euo pipefail

cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
shots="${SHOTS:-/tmp}"
mkdir -p "$shots"

fail() { echo "browser-check: FAIL: $*" >&2; exit 1; }

browser=""
for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "browser-check: installing Debian's chromium"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null \
            || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null; }
        browser=chromium
    else
        fail "chromium is not installed (apt-get install chromium)"
    fi
fi

echo "browser-check: building kamerzoek ($scratch)"
swift build --scratch-path "$scratch" --product kamerzoek >"${TMPDIR:-/tmp}/kamerzoek-browser-build.log" 2>&1 \
    || { cat "${TMPDIR:-/tmp}/kamerzoek-browser-build.log" >&2; fail "build"; }
binary="$(swift build --scratch-path "$scratch" --show-bin-path 2>/dev/null)/kamerzoek"

work="$(mktemp -d "${TMPDIR:-/tmp}/kamerzoek-browser.XXXXXX")"
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "browser-check: ingesting Corpus/"
"$binary" ingest Corpus --index "$work/index.sqlite" >/dev/null 2>"$work/ingest.log" || { cat "$work/ingest.log" >&2; fail "ingest"; }

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
"$binary" serve --index "$work/index.sqlite" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    if curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server stopped"; }
    sleep 0.2
done
curl -fsS "$base/health" >/dev/null || fail "the server does not answer on $base"
echo "browser-check: serving on $base"

chrome() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
        --user-data-dir="$work/profile" --no-first-run --disable-extensions "$@" 2>>"$work/chromium.log"
}

search="$base/?q=solidariteit"
chrome --dump-dom "$search" >"$work/search.html" || { cat "$work/chromium.log" >&2; fail "chromium could not load $search"; }
grep -q 'href="/brief/kamerbrieven/jbz-raad-cyprus-januari-2026"' "$work/search.html" \
    || fail "the JBZ letter is not in the result list of $search"
grep -q 'Geannoteerde agenda van de informele Raad Justitie' "$work/search.html" || fail "the JBZ letter's title is missing"
grep -q '<mark>solidariteit' "$work/search.html" || fail "no highlighted snippet"
grep -q '<summary>Land</summary>' "$work/search.html" || fail "no country facet"
grep -q '<label for="q">' "$work/search.html" || fail "the search box has no label"
if grep -q '<script' "$work/search.html"; then fail "the page contains a script element"; fi

letter="$base/letters/kamerbrieven/jbz-raad-cyprus-januari-2026"
chrome --dump-dom "$letter" >"$work/letter.html" || fail "chromium could not load $letter"
grep -q 'class="m m-country" href="/entiteit/country/CY"' "$work/letter.html" || fail "the letter page does not link Cyprus"

# Letters per year: a result page spanning 160 years, a comparison of two queries, the toezeggingen.
timeline="$base/?q=regering"
chrome --dump-dom "$timeline" >"$work/timeline.html" || fail "chromium could not load $timeline"
grep -q '<svg class="timeline-chart' "$work/timeline.html" || fail "no letters-per-year chart on $timeline"
grep -q '<a href="/?q=regering&amp;from=1953&amp;to=1953"' "$work/timeline.html" || fail "the chart's bars do not link to their year"
compare="$base/?q=oorlog&vs=vrede"
chrome --dump-dom "$compare" >"$work/compare.html" || fail "chromium could not load $compare"
[ "$(grep -o '<svg class="timeline-chart' "$work/compare.html" | wc -l)" = 2 ] || fail "$compare does not show two charts"
commitments="$base/toezeggingen"
chrome --dump-dom "$commitments" >"$work/commitments.html" || fail "chromium could not load $commitments"
grep -q 'href="/brief/kamerbrieven/jbz-raad-cyprus-januari-2026#toezegging-TZ202412-096"' "$work/commitments.html" \
    || fail "the toezegging TZ202412-096 is not listed with a link to its place in the letter"
grep -q '<mark class="promise" id="toezegging-TZ202412-096">' "$work/letter.html" || fail "the letter page does not mark what TZ202412-096 promised"
if grep -q '<script' "$work/timeline.html" "$work/compare.html" "$work/commitments.html"; then fail "a page contains a script element"; fi
# Similar letters: a motie's page lists other moties of its dossier (21501-02, five in the sample), with why.
motie="$base/brief/tk-moties/kst-21501-02-2854"
chrome --dump-dom "$motie" >"$work/motie.html" || fail "chromium could not load $motie"
grep -q '<h2 id="vergelijkbaar">Vergelijkbare brieven</h2>' "$work/motie.html" || fail "the motie page lists no similar letters"
grep -q 'href="/brief/tk-moties/kst-21501-02-' "$work/motie.html" || fail "no other motie of dossier 21501-02 among the similar letters"
grep -q 'zelfde dossier 21501-02' "$work/motie.html" || fail "the similar letters do not say they share dossier 21501-02"
curl -fsS "$base/letters/tk-moties/kst-21501-02-2854/similar?limit=3" | python3 -c '
import json, sys
body = json.load(sys.stdin)
assert body["id"] == "tk-moties/kst-21501-02-2854" and 1 <= len(body["results"]) <= 3, body
' || fail "GET /letters/{id}/similar does not answer its JSON"

chrome --screenshot="$shots/kamerzoek-search.png" --window-size=1280,1400 "$search" >/dev/null
chrome --screenshot="$shots/kamerzoek-search-phone.png" --window-size=390,1400 "$search" >/dev/null
chrome --screenshot="$shots/kamerzoek-letter.png" --window-size=1280,1400 "$letter" >/dev/null
chrome --screenshot="$shots/kamerzoek-similar.png" --window-size=1280,1000 "$motie" >/dev/null
chrome --screenshot="$shots/kamerzoek-similar-phone.png" --window-size=390,2400 "$motie" >/dev/null
chrome --screenshot="$shots/kamerzoek-entity.png" --window-size=1280,1000 "$base/entiteit/country/CY" >/dev/null
chrome --screenshot="$shots/kamerzoek-entity-chart.png" --window-size=1280,1000 "$base/entiteit/country/NL" >/dev/null
chrome --screenshot="$shots/kamerzoek-timeline.png" --window-size=1280,1000 "$timeline" >/dev/null
chrome --screenshot="$shots/kamerzoek-timeline-phone.png" --window-size=390,1000 "$timeline" >/dev/null
chrome --screenshot="$shots/kamerzoek-compare.png" --window-size=1280,1000 "$compare" >/dev/null
chrome --screenshot="$shots/kamerzoek-commitments.png" --window-size=1280,1000 "$commitments" >/dev/null
# Taller than the page, so the anchor needs no scrolling (a scrolled headless screenshot comes out blank).
chrome --screenshot="$shots/kamerzoek-letter-toezegging.png" --window-size=1280,3400 \
    "$base/brief/kamerbrieven/jbz-raad-cyprus-januari-2026#toezegging-TZ202412-096" >/dev/null
for shot in search search-phone letter similar similar-phone entity entity-chart timeline timeline-phone compare commitments letter-toezegging; do
    [ -s "$shots/kamerzoek-$shot.png" ] || fail "no screenshot $shots/kamerzoek-$shot.png"
done

echo "browser-check: OK — DOM checked; screenshots in $shots/kamerzoek-{search,search-phone,letter,similar,similar-phone,entity,entity-chart,timeline,timeline-phone,compare,commitments,letter-toezegging}.png"
