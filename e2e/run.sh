#!/usr/bin/env bash
# End-to-end check with real clients: starts the built jar (it builds nothing: run `mvn package` first) on a free
# loopback port with an API key and CORS for one page origin, waits for /health, then runs
#   e2e/chat.mjs          the openai npm client (chat, streaming, max_tokens, completions, models) and LangChain.js;
#   e2e/cors.mjs          a browser page's fetch through CORS in headless Chromium (skipped when not installed);
#   e2e/slow-clients.py   /health and /v1/answer timed while 80 clients send a byte a second;
# and stops the server. Usage: e2e/run.sh [PROMPT_FILE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/symqa.jar
[ -f "$jar" ] || { echo "e2e: $jar missing: run mvn package first" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=${SYMQA_E2E_PORT:-$(free_port)}
page_port=$(free_port)
work=$(mktemp -d)
head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$work/key"
java -jar "$jar" serve --port "$port" --api-key-file "$work/key" --cors-origin "http://127.0.0.1:$page_port" \
    >"$work/out" 2>"$work/err" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "e2e: server exited:" >&2; cat "$work/out" "$work/err" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "e2e: server not healthy in 60 s" >&2; cat "$work/err" >&2; exit 1; }
head -1 "$work/out"
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
args=()
for f in "$@"; do args+=("$(realpath "$f")"); done
export SYMQA_URL="http://127.0.0.1:$port" SYMQA_JAR="$PWD/$jar" SYMQA_API_KEY
SYMQA_API_KEY=$(cat "$work/key")
status=0
node e2e/chat.mjs "${args[@]}" || status=1
SYMQA_CORS_PAGE_PORT=$page_port node e2e/cors.mjs || { rc=$?; [ "$rc" = 3 ] || status=1; }
python3 e2e/slow-clients.py 80 3 || status=1
lines=$(wc -l < "$work/err")
echo "e2e: access log has $lines lines; last: $(tail -1 "$work/err")"
exit $status
