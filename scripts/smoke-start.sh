#!/usr/bin/env bash
# Starts the server the way the README does (npm start), waits until it is ready, checks the
# web page and the API, then stops it with SIGTERM and expects a clean exit. Prints the time
# to ready. Usage: scripts/smoke-start.sh <port>   (DATABASE_URL / ANSINH_DATA_DIR from env)
set -euo pipefail
port=$1
log=$(mktemp)
start=$(date +%s%N)
PORT=$port LOG_LEVEL=warn npm start >"$log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1; then ready=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "server did not become ready"; cat "$log"; kill "$pid" 2>/dev/null || true; exit 1
fi
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
curl -fsS "http://127.0.0.1:$port/localities" | grep -q '<div id="root">'
curl -fsS "http://127.0.0.1:$port/api/v1/geo/units/31?at=2025-07-01" | grep -q 'Hải Phòng'
# npm start runs the server as a child of npm: signal the whole process group of the server
pkill -TERM -P "$pid" 2>/dev/null || true
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true
if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
  echo "server still answering after SIGTERM"; exit 1
fi
echo "stopped cleanly"
rm -f "$log"
