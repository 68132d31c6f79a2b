#!/usr/bin/python3
"""Reliable Freelance server (the pyzmq seed's dialect, its defects fixed), in Python.

An independent second implementation, judged by the marque conformance suite.
Requirement ids (RFL-n, RFL-Sn) refer to /work/shared/protocols.md section 13.

    rfl_server.py ENDPOINT [--id SERVER_ID] [--counter] [--cache-entries 10000]
                  [--cache-bytes 67108864] [--cache-ttl-ms 300000]

- One ROUTER that binds (RFL-1). Every message starts with an empty frame and
  a command (RFL-2); anything else, and any unknown command, is dropped without
  a reply (RFL-S14, RFL-S17).
- HEARTBEAT gets [""]["HEARTBEAT"][server id] (RFL-S1, RFL-7). The server id is
  ENDPOINT unless --id says otherwise, so clients can match it exactly (RFL-S16).
- REQUEST [""]["REQUEST"][id][payload...]: an id that is not UTF-8, longer than
  64 bytes or not UUID-shaped gets ERROR (RFL-S12); no payload gets ERROR
  (RFL-S13). Otherwise the payload is echoed as the OK result (RFL-S18); with
  --counter the result starts with the number of executions so far, which is
  how a suite sees a request run twice.
- Dedupe (RFL-S4): OK responses are cached by request id, with a digest of the
  payload. A repeat gets the stored result, sent to whoever asked this time
  (RFL-S7); a repeat with another payload gets ERROR (RFL-S8). ERROR is never
  cached (RFL-S10). The cache is bounded by entries, bytes and age, oldest
  evicted first, age checked on lookup on a monotonic clock (RFL-S9, RFL-S11).
- ERROR text is a fixed sentence, never an exception's text (RFL-S19).
- SIGINT or SIGTERM: close and exit 0.
"""
import argparse
import collections
import hashlib
import re
import signal
import sys
import time

import zmq

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


class Cache:
    """Request id -> (stored at, payload digest, result frames), oldest first."""

    def __init__(self, entries, max_bytes, ttl):
        self.entries, self.max_bytes, self.ttl = entries, max_bytes, ttl
        self.items = collections.OrderedDict()
        self.bytes = 0

    def get(self, key):
        hit = self.items.get(key)
        if hit is None:
            return None
        if time.monotonic() - hit[0] >= self.ttl:
            self.drop(key)
            return None
        return hit

    def drop(self, key):
        _, _, result = self.items.pop(key)
        self.bytes -= len(key) + sum(len(f) for f in result)

    def put(self, key, digest, result):
        size = len(key) + sum(len(f) for f in result)
        if size > self.max_bytes:
            return
        self.items[key] = (time.monotonic(), digest, result)
        self.bytes += size
        while len(self.items) > self.entries or self.bytes > self.max_bytes:
            self.drop(next(iter(self.items)))


def digest_of(payload):
    h = hashlib.sha256()
    for f in payload:
        h.update(len(f).to_bytes(8, "big"))
        h.update(f)
    return h.digest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("endpoint")
    ap.add_argument("--id", default=None)
    ap.add_argument("--counter", action="store_true")
    ap.add_argument("--cache-entries", type=int, default=10000)
    ap.add_argument("--cache-bytes", type=int, default=64 << 20)
    ap.add_argument("--cache-ttl-ms", type=int, default=300000)
    a = ap.parse_args()
    server_id = (a.id or a.endpoint).encode()
    cache = Cache(a.cache_entries, a.cache_bytes, a.cache_ttl_ms / 1000.0)
    executions = [0]

    ctx = zmq.Context()
    sock = ctx.socket(zmq.ROUTER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.bind(a.endpoint)
    running = [True]

    def stop(_signum, _frame):
        running[0] = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    def send(client, frames):
        try:
            sock.send_multipart([client, b""] + frames, zmq.NOBLOCK)
        except zmq.ZMQError:
            pass  # the client is gone or not reading

    def error(client, rid, text):
        send(client, [b"RESPONSE", rid, b"ERROR", text.encode()])

    def request(client, rid, payload):
        try:
            key = rid.decode("utf-8")
        except UnicodeDecodeError:
            key = None
        if key is None or len(rid) > 64 or not UUID.match(key):
            return error(client, rid, "invalid request id")
        if not payload:
            return error(client, rid, "a REQUEST needs a payload frame")
        digest = digest_of(payload)
        hit = cache.get(key)
        if hit is not None:
            if hit[1] != digest:
                return error(client, rid, "request id reused with another payload")
            return send(client, [b"RESPONSE", rid, b"OK"] + hit[2])
        executions[0] += 1
        result = ([str(executions[0]).encode()] if a.counter else []) + payload
        send(client, [b"RESPONSE", rid, b"OK"] + result)
        cache.put(key, digest, result)

    poller = zmq.Poller()
    poller.register(sock, zmq.POLLIN)
    while running[0]:
        try:
            if not poller.poll(200):
                continue
            msg = sock.recv_multipart(zmq.NOBLOCK)
        except (zmq.Again, InterruptedError):
            continue
        except zmq.ZMQError:
            break
        client, frames = msg[0], msg[1:]
        if len(frames) < 2 or frames[0] != b"":
            continue
        if frames[1] == b"HEARTBEAT" and len(frames) == 2:
            send(client, [b"HEARTBEAT", server_id])
        elif frames[1] == b"REQUEST" and len(frames) >= 3:
            request(client, frames[2], frames[3:])
    sock.close(0)
    ctx.term()


if __name__ == "__main__":
    main()
