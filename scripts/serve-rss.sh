#!/usr/bin/env bash
# Memory of a serving symqa: starts `bin/symqa serve` on a free loopback port with the given serve options, sends N
# chat requests (default 300), each with a different prompt of a JSONL(.gz) file (the `prompt` field; default the
# human dev set), from 4 clients at once, then prints the server's resident size (now and its peak, from
# /proc/PID/status), the status codes and the machine load. JAVA_OPTS are passed on to java through bin/symqa.
# Usage: scripts/serve-rss.sh [-n N] [-f FILE] [-- SERVE_OPTIONS...]
# Example: JAVA_OPTS="-Xmx128m -XX:+UseSerialGC" scripts/serve-rss.sh -- --nlp opennlp
set -euo pipefail
cd "$(dirname "$0")/.."
n=300
file=../shared/data/kommineni-human-dev.jsonl
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
        -n) n=$2; shift 2 ;;
        -f) file=$2; shift 2 ;;
        *) echo "usage: $0 [-n N] [-f FILE] [-- SERVE_OPTIONS...]" >&2; exit 2 ;;
    esac
done
if [ $# -gt 0 ]; then shift; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bin/symqa serve --port "$port" "$@" >/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
jpid=$(pgrep -P "$pid" java || echo "$pid") # bin/symqa execs java, so this is the same process
echo "== $n chat requests from $(basename "$file"), 4 clients; load before: $(uptime)"
python3 - "$port" "$n" "$file" <<'PY'
import collections, concurrent.futures, gzip, json, sys, time, urllib.request
port, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
opener = gzip.open if path.endswith('.gz') else open
prompts = []
with opener(path, 'rt', encoding='utf-8') as f:
    for line in f:
        prompts.append(json.loads(line)['prompt'])
        if len(prompts) >= n:
            break
def ask(i):
    body = json.dumps({'model': 'symqa', 'messages': [{'role': 'user', 'content': prompts[i % len(prompts)]}]}).encode()
    req = urllib.request.Request(f'http://127.0.0.1:{port}/v1/chat/completions', body, {'Content-Type': 'application/json'})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
t = time.time()
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    codes = collections.Counter(pool.map(ask, range(n)))
print(f'{n} requests in {time.time() - t:.1f} s, status {dict(codes)}')
PY
echo "== after: $(uptime)"
grep -E '^Vm(RSS|HWM)' "/proc/$jpid/status"
