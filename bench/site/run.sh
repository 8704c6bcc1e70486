#!/usr/bin/env bash
# Site benchmark: newsdesk's front page and one post page against nginx serving the same
# bytes as static files, measured with wrk on loopback. Writes the <!-- bench:site -->
# section of BENCHMARKS.md. Usage: bench/site/run.sh   (env: WARMUP=15s DURATION=15s
# THREADS=2 CONNECTIONS=32)
set -euo pipefail

die() { echo "bench/site: $*" >&2; exit 1; }
say() { echo "bench/site: $*" >&2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[[ -f pom.xml ]] || die "no pom.xml in $ROOT; is this script inside the newsdesk repo?"

HOST=127.0.0.1
WARMUP="${WARMUP:-15s}"  # C2 needs a while on 2 busy cores; shorter warm-ups measured the JIT, not the server
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
JAR=target/newsdesk.jar
FIXTURE=src/test/resources/publish/twelve-posts.json
OUT=BENCHMARKS.md
NGINX=/usr/sbin/nginx
WRK=/usr/bin/wrk

# --- tools ------------------------------------------------------------------------------
if [[ ! -x "$NGINX" || ! -x "$WRK" ]]; then
  say "installing nginx-light and wrk"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get install -y nginx-light wrk >&2 || die "could not install nginx-light and wrk"
fi
for t in java curl unzip "$NGINX" "$WRK"; do
  command -v "$t" >/dev/null || die "$t is needed but not installed"
done

# --- temp dir and cleanup ---------------------------------------------------------------
TMP="$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-bench-site.XXXXXX")"
ND_PID=""; NGX_PID=""
cleanup() {
  local rc=$?
  [[ -n "$ND_PID" ]] && kill "$ND_PID" 2>/dev/null && wait "$ND_PID" 2>/dev/null || true
  [[ -n "$NGX_PID" ]] && kill "$NGX_PID" 2>/dev/null && wait "$NGX_PID" 2>/dev/null || true
  rm -rf "$TMP"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build ------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  say "building $JAR"
  mvn -B -q -o -DskipTests package >&2 || { say "offline build failed, trying online"; mvn -B -q -DskipTests package >&2; } \
    || die "mvn package failed"
fi
[[ -f "$JAR" ]] || die "$JAR missing after the build"

free_port() {
  python3 - <<'PY' 2>/dev/null || die "could not find a free port (python3 needed)"
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# --- start newsdesk ---------------------------------------------------------------------
ND_PORT="$(free_port)"
DATA="$TMP/data"; mkdir -p "$DATA"
if unzip -l "$JAR" | grep ' demo/posts\.json$' >/dev/null; then  # no -q: an early exit would SIGPIPE unzip under pipefail
  DATA_KIND=demo
  say "data: demo content from the jar"
  java -jar "$JAR" demo --host "$HOST" --port "$ND_PORT" --data "$DATA" >"$TMP/newsdesk.log" 2>&1 &
  ND_PID=$!
else
  DATA_KIND="fixture ($FIXTURE)"
  say "data: the jar has no demo/posts.json yet, so importing the fixture $FIXTURE"
  java -jar "$JAR" post import --data "$DATA" "$FIXTURE" >"$TMP/import.log" 2>&1 \
    || { cat "$TMP/import.log" >&2; die "post import failed"; }
  java -jar "$JAR" serve --host "$HOST" --port "$ND_PORT" --data "$DATA" >"$TMP/newsdesk.log" 2>&1 &
  ND_PID=$!
fi
ND="http://$HOST:$ND_PORT"
for i in $(seq 1 120); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$ND/healthz" || true)" == 200 ]]; then break; fi
  kill -0 "$ND_PID" 2>/dev/null || { tail -20 "$TMP/newsdesk.log" >&2; die "newsdesk exited before answering /healthz"; }
  [[ $i -eq 120 ]] && { tail -20 "$TMP/newsdesk.log" >&2; die "newsdesk did not answer /healthz with 200 within 60 s"; }
  sleep 0.5
done
say "newsdesk is up on $ND"

# --- pick and save the pages ------------------------------------------------------------
mkdir -p "$TMP/www"
curl -sf --max-time 10 -o "$TMP/www/front.html" "$ND/" || die "GET / failed"
POST_PATH="$(grep -oE 'href="/[0-9]{4}/[0-9]{2}/[a-z0-9-]+"' "$TMP/www/front.html" | head -1 | sed -E 's/^href="(.*)"$/\1/' || true)"
[[ -n "$POST_PATH" ]] || die "found no post link (href=\"/YYYY/MM/slug\") on the front page"
curl -sf --max-time 10 -o "$TMP/www/post.html" "$ND$POST_PATH" || die "GET $POST_PATH failed"
FRONT_BYTES=$(stat -c %s "$TMP/www/front.html")
POST_BYTES=$(stat -c %s "$TMP/www/post.html")
POSTS=$(grep -oE 'href="/[0-9]{4}/[0-9]{2}/[a-z0-9-]+"' "$TMP/www/front.html" | sort -u | wc -l)
if [[ "$DATA_KIND" != demo ]]; then
  POSTS=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d if isinstance(d,list) else d.get("posts",[])))' "$FIXTURE" 2>/dev/null || echo "$POSTS")
else
  POSTS="$(unzip -p "$JAR" demo/posts.json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d if isinstance(d,list) else d.get("posts",[])))' 2>/dev/null || echo "?")"
fi
say "pages: / ($FRONT_BYTES bytes) and $POST_PATH ($POST_BYTES bytes)"

# --- start nginx on the same bytes ------------------------------------------------------
NGX_PORT="$(free_port)"
# nginx started as root serves files as an unprivileged worker user: let it read the pages
chmod 755 "$TMP" "$TMP/www"; chmod 644 "$TMP/www/front.html" "$TMP/www/post.html"
mkdir -p "$TMP/nginx/logs" "$TMP/nginx/tmp"
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 100000;
  client_body_temp_path $TMP/nginx/tmp/body;
  proxy_temp_path $TMP/nginx/tmp/proxy;
  fastcgi_temp_path $TMP/nginx/tmp/fastcgi;
  uwsgi_temp_path $TMP/nginx/tmp/uwsgi;
  scgi_temp_path $TMP/nginx/tmp/scgi;
  types { text/html html; }
  default_type text/html;
  charset utf-8;
  server {
    listen $HOST:$NGX_PORT;
    root $TMP/www;
  }
}
CONF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log" >"$TMP/nginx/stdout.log" 2>&1 &
NGX_PID=$!
NG="http://$HOST:$NGX_PORT"
for i in $(seq 1 50); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$NG/front.html" || true)" == 200 ]]; then break; fi
  kill -0 "$NGX_PID" 2>/dev/null || { cat "$TMP/nginx/stdout.log" "$TMP/nginx/logs/error.log" >&2 || true; die "nginx exited"; }
  [[ $i -eq 50 ]] && { cat "$TMP/nginx/stdout.log" "$TMP/nginx/logs/error.log" >&2 || true; die "nginx did not answer within 10 s"; }
  sleep 0.2
done
cmp -s "$TMP/www/front.html" <(curl -s "$NG/front.html") || die "nginx does not serve the same bytes"
say "nginx is up on $NG"

# --- measure ----------------------------------------------------------------------------
WRK_ARGS=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
# prints "req_per_s p99_ms" for one URL
measure() {
  local url=$1 out
  "$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
  out="$("$WRK" "${WRK_ARGS[@]}" "$url")"
  echo "$out" >>"$TMP/wrk.log"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    say "warning: errors while measuring $url:"; grep -E 'Non-2xx|Socket errors' <<<"$out" >&2
  fi
  local rps p99
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; printf "%.2f", v}' <<<"$out")"
  [[ -n "$rps" && -n "$p99" ]] || { echo "$out" >&2; die "could not parse wrk output for $url"; }
  echo "$rps $p99"
}

declare -A RPS P99
# A fresh JVM is still compiling its hot paths during the first seconds of traffic, which made
# whichever page was measured first look slow: warm newsdesk up on both pages before anything.
say "warming newsdesk up on both pages ($WARMUP each)"
"$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$ND/" >/dev/null
"$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$ND$POST_PATH" >/dev/null
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# Each newsdesk run is followed by the nginx run of the same page, so a ratio compares two
# runs close in time on this shared machine.
for target in "newsdesk front|$ND/" "nginx front|$NG/front.html" "newsdesk post|$ND$POST_PATH" "nginx post|$NG/post.html"; do
  name=${target%%|*}; url=${target#*|}
  say "wrk $name: $url (warm-up $WARMUP, measure $DURATION)"
  res="$(measure "$url")"
  read -r r p <<<"$res"
  RPS[$name]=$r; P99[$name]=$p
  say "  $r req/s, p99 $p ms"
done

# --- write BENCHMARKS.md ----------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
fmt() { awk -v a="$1" 'BEGIN { printf "%.0f", a }'; }
CPU="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
MEM="$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
JAVA_V="$(java -version 2>&1 | head -1)"
NGINX_V="$("$NGINX" -v 2>&1 | head -1)"
WRK_V="$("$WRK" -v 2>&1 | head -1 | sed -E 's/ Copyright.*//' || true)"
FRONT_RATIO=$(ratio "${RPS[newsdesk front]}" "${RPS[nginx front]}")
POST_RATIO=$(ratio "${RPS[newsdesk post]}" "${RPS[nginx post]}")

SECTION="$TMP/section.md"
cat >"$SECTION" <<MD
<!-- bench:site -->
## Site: newsdesk pages vs nginx serving the same bytes

Command: \`bench/site/run.sh\` (from any directory). Written by that script; do not edit by hand.

- Date: $(date -u '+%Y-%m-%d %H:%M UTC')
- Machine: $(nproc) cores, ${CPU:-unknown CPU}, $MEM memory; $JAVA_V; $NGINX_V; $WRK_V
- Data: $DATA_KIND, $POSTS posts; post page \`$POST_PATH\`
- Page sizes: front page $FRONT_BYTES bytes, post page $POST_BYTES bytes (nginx serves the same bytes as static files, \`sendfile on\`, 1 worker, keep-alive, no access log)
- wrk: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency URL\` after a $WARMUP warm-up of that URL with the same settings (and, first, $WARMUP on each newsdesk page to warm the JVM), on 127.0.0.1; wrk and the server under test share the same $(nproc) cores (load average before the runs: $LOAD_BEFORE)

| page | newsdesk req/s | newsdesk p99 ms | nginx req/s | nginx p99 ms | ratio |
|---|---:|---:|---:|---:|---:|
| front \`/\` | $(fmt "${RPS[newsdesk front]}") | ${P99[newsdesk front]} | $(fmt "${RPS[nginx front]}") | ${P99[nginx front]} | $FRONT_RATIO |
| post \`$POST_PATH\` | $(fmt "${RPS[newsdesk post]}") | ${P99[newsdesk post]} | $(fmt "${RPS[nginx post]}") | ${P99[nginx post]} | $POST_RATIO |

Ratio is newsdesk req/s ÷ nginx req/s; the goal is 0.7 or better. These runs are short and on a
shared machine where wrk and the server compete for the same cores, so absolute numbers are noisy:
compare the ratio, which is measured within one run.
<!-- /bench:site -->
MD

if [[ ! -f "$OUT" ]]; then
  printf '# newsdesk benchmarks\n\n' >"$OUT"
fi
python3 - "$OUT" "$SECTION" <<'PY' || die "could not update $OUT"
import sys
path, section_path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
section = open(section_path, encoding="utf-8").read().rstrip("\n")
start, end = "<!-- bench:site -->", "<!-- /bench:site -->"
lines = text.split("\n")
try:
    i = lines.index(start)
    j = lines.index(end, i)
    lines[i:j + 1] = section.split("\n")
    text = "\n".join(lines)
except ValueError:
    if start in lines or end in lines:
        sys.exit("BENCHMARKS.md has only one of the bench:site markers; fix it by hand")
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
say "wrote the bench:site section of $ROOT/$OUT"
sed -n '/^| page/,/^| post/p' "$SECTION"
