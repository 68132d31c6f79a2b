#!/usr/bin/python3
"""Reliable Freelance client (the pyzmq seed's dialect, its defects fixed), in Python.

An independent second implementation, judged by the marque conformance suite.
Requirement ids (RFL-n, RFL-Cn) refer to /work/shared/protocols.md section 13.

    rfl_client.py SERVERS COUNT PAYLOAD... [--heartbeat-ms 2000]
        [--heartbeat-timeout-ms 6000] [--request-timeout-ms 5000]
        [--retries 3] [--retry-base-ms 500] [--retry-cap-ms 30000]

- One DEALER per server (RFL-C8), LINGER 0 (RFL-C16), IMMEDIATE and a zero
  send timeout so nothing queues for a server that is down (RFL-C15); all
  driven from one thread and one poll loop (RFL-C9).
- Every server gets [""]["HEARTBEAT"] each interval (RFL-C4, RFL-C7). A message
  is routed by its command wherever the loop reads it (RFL-C10) and belongs to
  the server whose socket it came on (RFL-C11). A message whose frame 0 is not
  empty or whose command is unknown is dropped (RFL-C18).
- Servers are UNKNOWN, then ALIVE on any message, DEAD after 3 failed attempts
  in a row or --heartbeat-timeout-ms of silence (RFL-C12). Each attempt goes to
  the first of: ALIVE by success rate then mean latency, UNKNOWN in the order
  given, DEAD most recently heard first (RFL-C13).
- A request keeps one UUID4 for all its attempts (RFL-C1), waits
  --request-timeout-ms for each (RFL-C2), makes --retries attempts at most
  (RFL-C3) and sleeps base x 2^(k-1) after failed attempt k, capped, minus up to
  10 % jitter, and not after the last (RFL-C4, RFL-C5). A RESPONSE for the
  request, from whichever server, ends it (a late answer counts); one for
  another id is ignored (RFL-C6).
- OK: the result frames, one per line on stdout. ERROR is final, not retried,
  not held against the server (RFL-C14); exit codes tell the outcomes apart
  (RFL-C20): 0 ok, 1 no answer, 3 ERROR (its text on stderr), 4 no server reachable.
"""
import argparse
import random
import sys
import time
import uuid

import zmq


def now():
    return time.monotonic()  # RFL-C17


def log(text):
    print("rfl_client: " + text, file=sys.stderr, flush=True)


class Server:
    def __init__(self, ctx, endpoint, order):
        self.endpoint, self.order = endpoint, order
        self.sock = ctx.socket(zmq.DEALER)
        for opt, val in ((zmq.LINGER, 0), (zmq.IMMEDIATE, 1), (zmq.SNDTIMEO, 0)):
            self.sock.setsockopt(opt, val)
        self.sock.connect(endpoint)
        self.state, self.heard_at, self.heard = "unknown", now(), False
        self.attempts = self.successes = self.failures_in_row = 0
        self.latencies = []
        self.heartbeat_at = 0.0

    def rate(self):
        return 1.0 if self.attempts == 0 else self.successes / self.attempts

    def latency(self):
        return sum(self.latencies) / len(self.latencies) if self.latencies else 0.0

    def send(self, frames):
        try:
            self.sock.send_multipart(frames, zmq.NOBLOCK)
            return True
        except zmq.ZMQError:
            return False


class Client:
    def __init__(self, a):
        self.a = a
        self.ctx = zmq.Context()
        self.servers = [Server(self.ctx, e, i) for i, e in enumerate(a.servers.split(",")) if e]
        self.poller = zmq.Poller()
        for s in self.servers:
            self.poller.register(s.sock, zmq.POLLIN)
        self.by_sock = {s.sock: s for s in self.servers}
        self.waiting = None  # the outstanding request id
        self.answer = None

    def ranked(self):
        alive = [s for s in self.servers if s.state == "alive"]
        alive.sort(key=lambda s: (-s.rate(), s.latency(), s.order))
        unknown = [s for s in self.servers if s.state == "unknown"]
        dead = [s for s in self.servers if s.state == "dead"]
        dead.sort(key=lambda s: (not s.heard, -s.heard_at, s.order))
        return alive + unknown + dead

    def pump(self, until):
        """Heartbeats, expiry and every arriving message, until `until` or an answer."""
        hb = self.a.heartbeat_ms / 1000.0
        while self.answer is None:
            t = now()
            for s in self.servers:
                if s.state != "dead" and t - s.heard_at >= self.a.heartbeat_timeout_ms / 1000.0:
                    s.state = "dead"
                if t >= s.heartbeat_at:
                    ok = s.send([b"", b"HEARTBEAT"])
                    s.heartbeat_at = t + (hb if ok else min(hb, 0.05))
            if t >= until:
                return
            nxt = min([until] + [s.heartbeat_at for s in self.servers])
            for sock, _ in self.poller.poll(max(0, int((nxt - now()) * 1000)) + 1):
                while True:
                    try:
                        self.receive(self.by_sock[sock], sock.recv_multipart(zmq.NOBLOCK))
                    except zmq.Again:
                        break

    def receive(self, s, frames):
        if len(frames) < 2 or frames[0] != b"" or frames[1] not in (b"RESPONSE", b"HEARTBEAT"):
            return log("malformed message from %s dropped" % s.endpoint)
        s.heard_at, s.heard = now(), True
        if s.state != "alive":
            if s.state == "dead":
                s.failures_in_row = 0
            s.state = "alive"
        if frames[1] == b"RESPONSE" and len(frames) >= 4 and frames[2] == self.waiting:
            self.answer = (s, frames[3], frames[4:])

    def request(self, payload):
        rid = str(uuid.uuid4()).encode()
        self.waiting, self.answer = rid, None
        sent_any = False
        sent_at = {}
        for k in range(1, self.a.retries + 1):
            s = self.ranked()[0]
            if s.send([b"", b"REQUEST", rid] + payload):
                sent_any, sent_at[s] = True, now()
                self.pump(now() + self.a.request_timeout_ms / 1000.0)
            if self.answer is not None:
                break
            s.attempts += 1
            s.failures_in_row += 1
            if s.failures_in_row >= 3:
                s.state = "dead"
            if k < self.a.retries:
                pause = min(self.a.retry_base_ms * 2 ** (k - 1), self.a.retry_cap_ms) / 1000.0
                self.pump(now() + pause * (1 - 0.1 * random.random()))
                if self.answer is not None:
                    break
        self.waiting = None
        if self.answer is None:
            return (1, None) if sent_any else (4, None)
        s, status, rest = self.answer
        if status != b"OK":
            return 3, b"".join(rest[:1]).decode("utf-8", "replace")
        s.attempts += 1
        s.successes += 1
        s.failures_in_row = 0
        if s in sent_at:
            s.latencies = (s.latencies + [now() - sent_at[s]])[-100:]
        return 0, rest


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("servers")
    ap.add_argument("count", type=int)
    ap.add_argument("payload", nargs="+")
    ap.add_argument("--heartbeat-ms", type=int, default=2000)
    ap.add_argument("--heartbeat-timeout-ms", type=int, default=6000)
    ap.add_argument("--request-timeout-ms", type=int, default=5000)
    ap.add_argument("--retries", type=int, default=3)
    ap.add_argument("--retry-base-ms", type=int, default=500)
    ap.add_argument("--retry-cap-ms", type=int, default=30000)
    a = ap.parse_args()
    c = Client(a)
    # Let the first heartbeat replies say who is up before the first attempt.
    start = now()
    while now() - start < a.heartbeat_ms / 1000.0 and not any(s.state == "alive" for s in c.servers):
        c.pump(now() + 0.01)
    code = 0
    for _ in range(a.count):
        code, result = c.request([p.encode() for p in a.payload])
        if code == 3:
            log("server answered ERROR: " + result)
        if code != 0:
            log({1: "no RESPONSE in time", 4: "no server reachable"}.get(code, "failed"))
            break
        for f in result:
            sys.stdout.write(f.decode("utf-8", "replace") + "\n")
        sys.stdout.flush()
    for s in c.servers:
        s.sock.close(0)
    c.ctx.term()
    sys.exit(code)


if __name__ == "__main__":
    main()
