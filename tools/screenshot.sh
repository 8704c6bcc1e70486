#!/usr/bin/env bash
# Regenerates docs/screenshot-front.png: the demo's front page in headless Chromium, on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d); profile=$(mktemp -d); port=18093
./newsdesk demo --data "$data" --port "$port" >/dev/null 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data" "$profile"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --window-size=1280,1700 --screenshot=docs/screenshot-front.png "http://127.0.0.1:$port/" 2>/dev/null
echo "wrote docs/screenshot-front.png"
