#!/usr/bin/env bash
# Load test of `symqa serve` on loopback with wrk (apt-get install wrk): starts the built jar on a free port with the
# given extra serve options, warms it up for 10 s, then runs 8 connections for 30 s POSTing one prompt to
# /v1/chat/completions, and prints wrk's figures, the server's RSS, its error counters and the machine load.
# Usage: scripts/load-server.sh [PROMPT_FILE] [-- SERVE_OPTIONS...]   (JAVA_OPTS are passed to java)
set -euo pipefail
cd "$(dirname "$0")/.."
prompt=/work/shared/seed/earthnet-cq21-prompt-and-llm-answer.txt
if [ $# -gt 0 ] && [ "$1" != "--" ]; then prompt=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
body=$(mktemp)
python3 -c 'import json, sys; print(json.dumps({"model": "symqa", "messages": [{"role": "user", "content": open(sys.argv[1]).read()}]}))' "$prompt" >"$body"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar target/symqa.jar serve --port "$port" "$@" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -f "$body"' EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
url="http://127.0.0.1:$port/v1/chat/completions"
echo "== warm-up 10 s"
SYMQA_BODY=$body wrk -t2 -c8 -d10s -s scripts/wrk-chat.lua "$url" >/dev/null
echo "== load: wrk -t2 -c8 -d30s --latency on $(basename "$prompt"); load before: $(uptime)"
SYMQA_BODY=$body wrk -t2 -c8 -d30s --latency -s scripts/wrk-chat.lua "$url"
echo "== after: $(uptime)"
echo "== server RSS: $(ps -o rss= -p "$pid") KiB"
curl -fsS "http://127.0.0.1:$port/metrics" | grep -E '^symqa_(http_requests_total|http_errors_total|answer_cache)'
