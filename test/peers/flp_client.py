#!/usr/bin/python3
"""10/FLP Freelance client (the Guide's model 3), in Python.

An independent second implementation, judged by the marque conformance suite.
Requirement ids (FLP-n, FLP-Cn) refer to /work/shared/protocols.md section 6
and marque's specs/flp.yaml.

    flp_client.py SERVERS COUNT BODY... [--ping-ms 2000] [--ttl-ms 6000]
                  [--attempt-ms 1000] [--timeout-ms 3000]

SERVERS is comma-separated; each endpoint is also that server's identity.
Behaviour chosen where the Guide leaves room:
- One ROUTER with no identity of its own (FLP-6, FLP-8), ROUTER_MANDATORY so
  that a send to a server not connected fails at once instead of vanishing.
- Every server gets a PING each --ping-ms, dead ones too, so one that comes
  back is noticed (FLP-13). Any message from a server counts as a sign of life.
- A request goes only to a server heard from within --ttl-ms (FLP-C4), one
  server at a time, preferring servers this request has not yet tried. If no
  reply came within --attempt-ms, or the send was refused, the same request
  (same CCF) goes to the next live server (FLP-C2).
- The CCF is the request's sequence number in decimal. Only a reply whose CCF
  is the outstanding one counts; any other reply is late and ignored (FLP-C1).
- Each reply's body frames are printed one per line on stdout. After COUNT
  replies: exit 0. A request unanswered --timeout-ms after it started: exit 1
  (FLP-C3).
"""
import argparse
import sys
import time

import zmq


def now():
    return time.monotonic()


def log(text):
    print("flp_client: " + text, file=sys.stderr, flush=True)


class Server:
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.identity = endpoint.encode()
        self.heard_at = None
        self.ping_at = 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("servers")
    ap.add_argument("count", type=int)
    ap.add_argument("body", nargs="+")
    ap.add_argument("--ping-ms", type=int, default=2000)
    ap.add_argument("--ttl-ms", type=int, default=6000)
    ap.add_argument("--attempt-ms", type=int, default=1000)
    ap.add_argument("--timeout-ms", type=int, default=3000)
    a = ap.parse_args()
    ping, ttl = a.ping_ms / 1000.0, a.ttl_ms / 1000.0
    attempt_s, timeout_s = a.attempt_ms / 1000.0, a.timeout_ms / 1000.0

    ctx = zmq.Context()
    sock = ctx.socket(zmq.ROUTER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.setsockopt(zmq.ROUTER_MANDATORY, 1)
    servers = [Server(e) for e in a.servers.split(",") if e]
    by_id = {s.identity: s for s in servers}
    for s in servers:
        sock.connect(s.endpoint)
    body = [b.encode() for b in a.body]
    poller = zmq.Poller()
    poller.register(sock, zmq.POLLIN)

    def alive(s, t):
        return s.heard_at is not None and t - s.heard_at < ttl

    def send(s, frames):
        try:
            sock.send_multipart([s.identity] + frames, zmq.NOBLOCK)
            return True
        except zmq.ZMQError:
            return False  # not connected (yet), or its pipe is full

    code = 0
    for seq in range(1, a.count + 1):
        ccf = str(seq).encode()
        started = now()
        tried = []
        current, sent_at = None, 0.0
        reply = None
        while reply is None:
            t = now()
            if t - started >= timeout_s:
                break
            for s in servers:
                if t >= s.ping_at:
                    s.ping_at = t + (ping if send(s, [b"PING"]) else 0.05)
            if current is not None and t - sent_at >= attempt_s:
                log("no reply from %s: failing over" % current.endpoint)
                current = None
            if current is None:
                live = [s for s in servers if alive(s, t)]
                fresh = [s for s in live if s not in tried] or live
                for s in fresh:
                    if send(s, [ccf] + body):
                        current, sent_at = s, t
                        tried.append(s)
                        break
                    tried.append(s)
            if not poller.poll(10):
                continue
            while True:
                try:
                    msg = sock.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                s = by_id.get(msg[0])
                if s is None:
                    continue
                s.heard_at = now()
                frames = msg[1:]
                if len(frames) >= 2 and frames[0] == ccf:
                    reply = frames[1:]
                elif len(frames) >= 2:
                    log("late reply for CCF %r ignored" % frames[0])
        if reply is None:
            log("no reply within %d ms" % a.timeout_ms)
            code = 1
            break
        for f in reply:
            sys.stdout.write(f.decode("utf-8", "replace") + "\n")
        sys.stdout.flush()
    sock.close(0)
    ctx.term()
    sys.exit(code)


if __name__ == "__main__":
    main()
