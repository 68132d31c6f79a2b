#!/usr/bin/python3
"""Paranoid Pirate queue: the 6/PPP client side as a queue device, in Python.

An independent second implementation. The marque conformance suite runs it to
check that its verdicts are fair to a queue it was not written against.
Requirement ids (PPP-n, LPC-n) refer to /work/shared/protocols.md.

    ppp_queue.py FRONTEND BACKEND [--heartbeat-ms 1000] [--liveness 3]
                 [--idle-heartbeats-only] [--verbose]

Behaviour chosen where the spec leaves room:
- Two bound ROUTERs: Lazy Pirate REQ clients on FRONTEND, workers on BACKEND.
  "bound FRONTEND BACKEND" goes to stdout once both are bound.
- Workers are kept in the order they became free; a request goes to the one
  free longest. The frontend is read only while some worker is free, so
  requests wait in ZeroMQ's buffers, not here.
- A request [ID(c)][""][body...] goes out as REQUEST [ID(w)][ID(c)][""][body...]
  (PPP-4); a REPLY goes back to the frontend with the worker's identity taken
  off, and frees the worker. A frontend message without the empty frame
  after the client identity, or without a body, is dropped.
- Every message from a worker refreshes its expiry. Like the Guide's queue,
  a HEARTBEAT from a worker it does not know registers that worker as free:
  after a restart, workers that kept their sockets are served without a new
  READY. A one-frame message other than 0x01 and 0x02 is logged and dropped.
- Every interval, on a fixed beat, every registered worker, free or busy,
  gets HEARTBEAT (PPP-9); with --idle-heartbeats-only, as the Guide's
  ppqueue.c, only the free ones do. Workers silent for heartbeat x liveness are
  forgotten (PPP-13). The request a forgotten worker held is dropped: the
  client's own retry is the recovery (PPP-16 is a MAY this queue does not offer).
- SIGINT or SIGTERM: both sockets close and the process exits 0. Bad
  arguments, or an endpoint bind() rejects, exit 2.
"""
import argparse
import signal
import sys
import time
from collections import OrderedDict
from socket import socketpair

import zmq

READY, HEARTBEAT = b"\x01", b"\x02"


def log(text):
    print("ppp_queue: " + text, file=sys.stderr, flush=True)


def show(frames):
    return "[" + "][".join(f.hex() if any(b < 32 or b > 126 for b in f) else f.decode() for f in frames) + "]"


class Stop(Exception):
    """A termination signal arrived."""


class Queue:
    def __init__(self, args, wake, stopping):
        self.interval = args.heartbeat_ms / 1000.0
        self.patience = self.interval * args.liveness
        self.verbose = args.verbose
        self.idle_only = args.idle_heartbeats_only
        self.wake = wake
        self.stopping = stopping
        self.context = zmq.Context()
        self.frontend = self.router(args.frontend)
        self.backend = self.router(args.backend)
        self.free = OrderedDict()  # identity -> None, free longest first
        self.expiry = {}  # identity -> time it is forgotten unless heard from

    def router(self, endpoint):
        socket = self.context.socket(zmq.ROUTER)
        socket.setsockopt(zmq.LINGER, 0)
        socket.bind(endpoint)
        return socket

    def send(self, socket, frames):
        if self.verbose:
            log("send " + show(frames))
        try:
            socket.send_multipart(frames, zmq.NOBLOCK)
        except zmq.Again:
            log("peer not reading, dropped " + show(frames))

    def from_worker(self, frames):
        worker, rest = frames[0], frames[1:]
        known = worker in self.expiry
        if len(rest) == 1 and rest[0] not in (READY, HEARTBEAT):
            log("invalid from worker " + show(frames))
            return
        if len(rest) > 1 and (b"" not in rest[1:-1] or rest[0] == b""):
            log("invalid from worker " + show(frames))
            return
        self.expiry[worker] = time.monotonic() + self.patience
        if len(rest) == 1:
            if rest[0] == READY or not known:
                self.free.pop(worker, None)
                self.free[worker] = None
            return
        if known and worker not in self.free:
            self.send(self.frontend, rest)
            self.free[worker] = None
        else:
            log("REPLY from a worker holding no request, dropped " + show(frames))

    def from_client(self, frames):
        if len(frames) < 3 or frames[1] != b"":
            log("invalid request " + show(frames))
            return
        worker, _ = self.free.popitem(last=False)
        self.send(self.backend, [worker] + frames)

    def tick(self):
        now = time.monotonic()
        for worker in [w for w, t in self.expiry.items() if t <= now]:
            log("worker %s expired" % worker.hex())
            del self.expiry[worker]
            self.free.pop(worker, None)
        for worker in self.free if self.idle_only else self.expiry:
            self.send(self.backend, [worker, HEARTBEAT])

    def serve(self):
        next_tick = time.monotonic() + self.interval
        while True:
            poller = zmq.Poller()
            poller.register(self.backend, zmq.POLLIN)
            poller.register(self.wake, zmq.POLLIN)
            if self.free:
                poller.register(self.frontend, zmq.POLLIN)
            wait = max(1, int((next_tick - time.monotonic()) * 1000) + 1)
            events = dict(poller.poll(wait))
            if self.stopping:
                raise Stop()
            if self.backend in events:
                frames = self.backend.recv_multipart()
                if self.verbose:
                    log("recv " + show(frames))
                self.from_worker(frames)
            if self.frontend in events and self.free:
                frames = self.frontend.recv_multipart()
                if self.verbose:
                    log("recv " + show(frames))
                self.from_client(frames)
            if time.monotonic() >= next_tick:
                self.tick()
                next_tick = time.monotonic() + self.interval

    def close(self):
        self.frontend.close()
        self.backend.close()
        self.context.term()


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError("expected a positive integer, got %r" % text)
    return value


def endpoint(text):
    if "://" not in text:
        raise argparse.ArgumentTypeError("not a ZeroMQ endpoint: %r" % text)
    return text


def main():
    parser = argparse.ArgumentParser(description="6/PPP queue")
    parser.add_argument("frontend", type=endpoint, help="for clients, e.g. tcp://127.0.0.1:5555")
    parser.add_argument("backend", type=endpoint, help="for workers, e.g. tcp://127.0.0.1:5556")
    parser.add_argument("--heartbeat-ms", type=positive_int, default=1000)
    parser.add_argument("--liveness", type=positive_int, default=3)
    parser.add_argument("--idle-heartbeats-only", action="store_true", help="heartbeat free workers only")
    parser.add_argument("--verbose", action="store_true", help="log every message to stderr")
    args = parser.parse_args()

    stopping = []
    signal.signal(signal.SIGINT, lambda signum, frame: stopping.append(signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    wake_read, wake_write = socketpair()
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())

    try:
        queue = Queue(args, wake_read, stopping)
    except zmq.ZMQError as error:
        log("cannot bind: %s" % error)
        return 2
    print("bound %s %s" % (args.frontend, args.backend), flush=True)
    try:
        queue.serve()
    except Stop:
        return 0
    finally:
        queue.close()


if __name__ == "__main__":
    sys.exit(main())
