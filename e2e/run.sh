#!/usr/bin/env bash
# End-to-end check with real OpenAI clients: starts the built jar (it builds nothing: run `mvn package` first) on a
# free loopback port, waits for /health, runs `npm ci` and e2e/chat.mjs against it, then stops the server.
# Usage: e2e/run.sh [PROMPT_FILE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/symqa.jar
[ -f "$jar" ] || { echo "e2e: $jar missing: run mvn package first" >&2; exit 1; }
port=${SYMQA_E2E_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18089)}
log=$(mktemp)
java -jar "$jar" serve --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "e2e: server exited:" >&2; cat "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "e2e: server not healthy in 60 s" >&2; cat "$log" >&2; exit 1; }
head -1 "$log"
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
args=()
for f in "$@"; do args+=("$(realpath "$f")"); done
SYMQA_URL="http://127.0.0.1:$port" SYMQA_JAR="$PWD/$jar" node e2e/chat.mjs "${args[@]}"
