#!/usr/bin/python3
"""Titanic server: 9/TSP over 7/MDP 0.1, in Python.

An independent second implementation. The marque conformance suite runs it to check
that its Titanic verdicts are fair to a server it was not written against.
Requirement ids (TSP-n) refer to /work/shared/protocols.md.

    tsp_titanic.py ENDPOINT STORE_DIR [--heartbeat-ms 2500] [--liveness 3] [--retry-ms 1000]

Choices where the spec leaves room (they differ from marque's own server on purpose):
- Store: one directory, Guide style: STORE/<id>.req is the request, STORE/<id>.rep its
  reply. A request is pending while it has no reply. Each file is written to a
  temporary name, fsynced, renamed, and the directory fsynced, before anything depends
  on it (TSP-6). titanic.close removes .req, then .rep. Leftover temporary files are
  removed at start; every pending request is dispatched again (at-least-once).
- Ids: 32 upper-case hex digits from uuid4 (as the Guide prints them); any case is
  accepted, anything else gets 400 before a path is built.
- The main thread runs three MDP workers (one DEALER each) in one poll loop. A second
  thread dispatches: for each pending request, asks mmi.service on a REQ socket and,
  unless the answer is "404", forwards the request and stores the reply. Timeouts
  drop the socket and retry later, the pause doubling up to 16 x --retry-ms.
- A malformed titanic.request (no body) gets 400; titanic.reply/close with anything
  but one valid id get 400. Store errors answer 500. SIGINT/SIGTERM exit 0.
"""
import argparse
import os
import queue
import re
import signal
import struct
import sys
import threading
import time
import uuid

import zmq

WORKER, CLIENT = b"MDPW01", b"MDPC01"
READY, REQUEST, REPLY, HEARTBEAT, DISCONNECT = (bytes([n]) for n in range(1, 6))
SERVICES = (b"titanic.request", b"titanic.reply", b"titanic.close")
HEX32 = re.compile(rb"[0-9A-Fa-f]{32}")


class Store:
    def __init__(self, root):
        self.root = root
        os.makedirs(root, exist_ok=True)
        for name in os.listdir(root):
            if name.endswith(".tmp"):
                os.unlink(os.path.join(root, name))

    def path(self, ident, kind):
        return os.path.join(self.root, ident + kind)

    def write(self, ident, kind, frames):
        data = b"".join(struct.pack(">I", len(f)) + f for f in frames)
        tmp = self.path(ident, kind + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(tmp, self.path(ident, kind))
        dirfd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(dirfd)
        finally:
            os.close(dirfd)

    def read(self, ident, kind):
        try:
            with open(self.path(ident, kind), "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return None
        frames, at = [], 0
        while at < len(data):
            (n,) = struct.unpack_from(">I", data, at)
            frames.append(data[at + 4 : at + 4 + n])
            at += 4 + n
        return frames

    def exists(self, ident, kind):
        return os.path.exists(self.path(ident, kind))

    def remove(self, ident):
        for kind in (".req", ".rep"):
            try:
                os.unlink(self.path(ident, kind))
            except FileNotFoundError:
                pass

    def pending(self):
        names = [n[:-4] for n in os.listdir(self.root) if n.endswith(".req")]
        return [i for i in names if not self.exists(i, ".rep")]


def valid_id(body):
    if len(body) != 1 or not HEX32.fullmatch(body[0]):
        return None
    return body[0].decode().upper()


class Titanic:
    def __init__(self, store, new_requests):
        self.store = store
        self.new_requests = new_requests

    def handle(self, service, body):
        try:
            if service == b"titanic.request":
                if len(body) < 2:
                    return [b"400"]
                ident = uuid.uuid4().hex.upper()
                self.store.write(ident, ".req", body)
                self.new_requests.put(ident)
                return [b"200", ident.encode()]
            ident = valid_id(body)
            if ident is None:
                return [b"400"]
            if service == b"titanic.reply":
                reply = self.store.read(ident, ".rep")
                if reply is not None:
                    return [b"200"] + reply
                return [b"300"] if self.store.exists(ident, ".req") else [b"400"]
            self.store.remove(ident)
            return [b"200"]
        except OSError as err:
            print(f"store error: {err}", file=sys.stderr)
            return [b"500"]


class Worker:
    """One MDP/Worker connection for one service; reconnects when the broker goes quiet."""

    def __init__(self, ctx, endpoint, service, heartbeat, liveness):
        self.ctx, self.endpoint, self.service = ctx, endpoint, service
        self.heartbeat, self.liveness = heartbeat, liveness
        self.socket = None
        self.connect()

    def connect(self):
        if self.socket is not None:
            self.socket.close(0)
        self.socket = self.ctx.socket(zmq.DEALER)
        self.socket.connect(self.endpoint)
        self.socket.send_multipart([b"", WORKER, READY, self.service])
        self.heard = self.sent = time.monotonic()

    def on_message(self, frames, titanic):
        if len(frames) < 3 or frames[0] != b"" or frames[1] != WORKER:
            return
        self.heard = time.monotonic()
        command = frames[2]
        if command == REQUEST and len(frames) >= 6 and frames[4] == b"":
            answer = titanic.handle(self.service, frames[5:])
            self.socket.send_multipart([b"", WORKER, REPLY, frames[3], b""] + answer)
            self.sent = time.monotonic()
        elif command == DISCONNECT:
            self.connect()

    def tick(self):
        now = time.monotonic()
        if now - self.heard > self.heartbeat * self.liveness:
            self.connect()
        elif now - self.sent >= self.heartbeat:
            self.socket.send_multipart([b"", WORKER, HEARTBEAT])
            self.sent = now


class Dispatcher(threading.Thread):
    def __init__(self, ctx, endpoint, store, new_requests, retry, stop):
        super().__init__(daemon=True)
        self.ctx, self.endpoint, self.store = ctx, endpoint, store
        self.new_requests, self.retry, self.stop = new_requests, retry, stop
        self.socket = None
        self.due = {ident: 0.0 for ident in store.pending()}
        self.pause = {}

    def call(self, service, body, timeout):
        if self.socket is None:
            self.socket = self.ctx.socket(zmq.REQ)
            self.socket.connect(self.endpoint)
        self.socket.send_multipart([CLIENT, service] + body)
        if self.socket.poll(int(timeout * 1000)):
            frames = self.socket.recv_multipart()
            if len(frames) >= 3 and frames[0] == CLIENT and frames[1] == service:
                return frames[2:]
        self.socket.close(0)
        self.socket = None
        return None

    def later(self, ident):
        pause = min(self.pause.get(ident, self.retry / 2) * 2, 16 * self.retry)
        self.pause[ident] = pause
        self.due[ident] = time.monotonic() + pause

    def run(self):
        while not self.stop.is_set():
            try:
                while True:
                    self.due[self.new_requests.get_nowait()] = 0.0
            except queue.Empty:
                pass
            now = time.monotonic()
            ready = [i for i, t in self.due.items() if t <= now]
            if not ready:
                time.sleep(self.retry / 10)
                continue
            for ident in ready:
                self.dispatch(ident)

    def dispatch(self, ident):
        request = self.store.read(ident, ".req")
        if request is None or self.store.exists(ident, ".rep"):
            self.due.pop(ident, None)
            return
        service, body = request[0], request[1:]
        found = self.call(b"mmi.service", [service], 2 * self.retry)
        if found is None or found[0] == b"404":
            return self.later(ident)
        reply = self.call(service, body, 4 * self.retry)
        if reply is None:
            return self.later(ident)
        if self.store.exists(ident, ".req"):
            self.store.write(ident, ".rep", reply)
        self.due.pop(ident, None)
        self.pause.pop(ident, None)


def main():
    parser = argparse.ArgumentParser(description="Titanic server (9/TSP) in Python")
    parser.add_argument("endpoint")
    parser.add_argument("store")
    parser.add_argument("--heartbeat-ms", type=int, default=2500)
    parser.add_argument("--liveness", type=int, default=3)
    parser.add_argument("--retry-ms", type=int, default=1000)
    args = parser.parse_args()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    ctx = zmq.Context()
    store = Store(args.store)
    new_requests = queue.Queue()
    titanic = Titanic(store, new_requests)
    heartbeat = args.heartbeat_ms / 1000
    workers = [Worker(ctx, args.endpoint, s, heartbeat, args.liveness) for s in SERVICES]
    Dispatcher(ctx, args.endpoint, store, new_requests, args.retry_ms / 1000, stop).start()
    while not stop.is_set():
        poller = zmq.Poller()
        for w in workers:
            poller.register(w.socket, zmq.POLLIN)
        events = dict(poller.poll(int(heartbeat * 250)))
        for w in workers:
            if w.socket in events:
                w.on_message(w.socket.recv_multipart(), titanic)
            w.tick()
    for w in workers:
        w.socket.send_multipart([b"", WORKER, DISCONNECT])
        w.socket.close(100)
    os._exit(0)


if __name__ == "__main__":
    main()
