#!/usr/bin/env bash
# Starts the server the way the README does (npm start), waits until it is ready, checks the
# web page and the API, then sends SIGTERM to the whole process group (as Ctrl-C would) and
# expects a graceful stop: port closed, "stopped" logged, embedded-database lock released.
# Signs in as SMOKE_USER / SMOKE_PASSWORD (default: the demo administrator) before calling the
# API. Prints the time to ready. Usage: scripts/smoke-start.sh <port>  (DATABASE_URL or
# ANSINH_DATA_DIR from the environment)
set -euo pipefail
port=$1
log=$(mktemp)
if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
  echo "port $port is already in use: stop what runs there first"; exit 1
fi
start=$(date +%s%N)
PORT=$port LOG_LEVEL=info setsid npm start >"$log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1; then ready=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "server did not become ready"; cat "$log"; kill -TERM -- "-$pid" 2>/dev/null || true; exit 1
fi
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms (first start, including seeding)"
curl -fsS "http://127.0.0.1:$port/localities" | grep -q '<div id="root">'
api="http://127.0.0.1:$port/api/v1"
status=$(curl -s -o /dev/null -w '%{http_code}' "$api/geo/units/31?at=2025-07-01")
[ "$status" = 401 ] || { echo "the API answered $status without sign-in, not 401"; exit 1; }
body=$(printf '{"username":"%s","password":"%s"}' "${SMOKE_USER:-admin}" "${SMOKE_PASSWORD:-ansinh-demo}")
session=$(curl -fsS -D - -o /dev/null -H 'content-type: application/json' -d "$body" "$api/auth/sessions" |
  grep -io 'ansinh_session=[^;]*' | head -1)
[ -n "$session" ] || { echo "sign-in failed"; cat "$log"; exit 1; }
curl -fsS -H "cookie: $session" "$api/geo/units/31?at=2025-07-01" | grep -q 'Hải Phòng'
stopping=$(date +%s%N)
kill -TERM -- "-$pid"
for _ in $(seq 1 40); do
  grep -q '"msg":"stopped"' "$log" && break
  sleep 0.5
done
wait "$pid" 2>/dev/null || true
if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
  echo "server still answering after SIGTERM"; exit 1
fi
grep -q '"msg":"stopped"' "$log" || { echo "no graceful stop logged"; cat "$log"; exit 1; }
if [ -n "${ANSINH_DATA_DIR:-}" ] && [ -e "$ANSINH_DATA_DIR.lock" ]; then
  echo "lock file left behind: $ANSINH_DATA_DIR.lock"; exit 1
fi
echo "stopped gracefully after $(( ($(date +%s%N) - stopping) / 1000000 )) ms"
rm -f "$log"
