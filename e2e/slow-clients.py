#!/usr/bin/env python3
"""Slow-client check of `symqa serve` (issue 12): opens N connections that each send a request one byte a second,
then, while they are connected, times GET /health and a normal POST /v1/answer. Passes when /health answers within
1 s and /v1/answer is answered (200) or refused (503) within 2 s, each time.

    SYMQA_URL=http://127.0.0.1:PORT [SYMQA_API_KEY=KEY] python3 e2e/slow-clients.py [N=80] [ROUNDS=3]
"""
import json
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

url = os.environ.get("SYMQA_URL", "http://127.0.0.1:8080").rstrip("/")
key = os.environ.get("SYMQA_API_KEY")
n = int(sys.argv[1]) if len(sys.argv) > 1 else 80
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
u = urllib.parse.urlparse(url)
body = json.dumps({"question": "What hardware was used?",
                   "contexts": ["All networks were trained on one NVIDIA RTX 3090 GPU."]}).encode()
slow_request = (f"POST /v1/answer HTTP/1.1\r\nHost: {u.hostname}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode() + body

clients = [socket.create_connection((u.hostname, u.port)) for _ in range(n)]
stop = threading.Event()


def drip():
    for i in range(len(slow_request)):
        if stop.is_set():
            return
        for c in clients:
            try:
                c.send(slow_request[i:i + 1])
            except OSError:
                pass
        time.sleep(1)


threading.Thread(target=drip, daemon=True).start()
time.sleep(3)  # every slow client is now in the middle of its request line


def timed(req):
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, time.monotonic() - t0


headers = {"Content-Type": "application/json"}
if key:
    headers["Authorization"] = "Bearer " + key
ok = True
worst_health = worst_answer = 0.0
for r in range(rounds):
    hs, ht = timed(urllib.request.Request(url + "/health"))
    as_, at = timed(urllib.request.Request(url + "/v1/answer", data=body, headers=headers))
    worst_health, worst_answer = max(worst_health, ht), max(worst_answer, at)
    good = hs == 200 and ht <= 1.0 and as_ in (200, 503) and at <= 2.0
    ok &= good
    print(f"{'ok  ' if good else 'FAIL'} with {n} slow clients: /health {hs} in {ht * 1000:.0f} ms, "
          f"/v1/answer {as_} in {at * 1000:.0f} ms")
    time.sleep(0.5)
stop.set()
for c in clients:
    c.close()
print(f"slow-clients: {n} slow clients, worst /health {worst_health * 1000:.0f} ms (limit 1000), "
      f"worst /v1/answer {worst_answer * 1000:.0f} ms (limit 2000): {'passed' if ok else 'FAILED'}")
sys.exit(0 if ok else 1)
