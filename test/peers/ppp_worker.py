#!/usr/bin/python3
"""Paranoid Pirate echo worker: the 6/PPP worker side, in Python.

An independent second implementation. The marque conformance suite runs it to
check that its verdicts are fair to a worker it was not written against.
Requirement ids (PPP-n) refer to /work/shared/protocols.md.

    ppp_worker.py ENDPOINT [--heartbeat-ms 1000] [--liveness 3]
                  [--reconnect-ms 1000] [--reconnect-max-ms 32000]
                  [--busy-ms 0] [--verbose]

Behaviour chosen where the spec leaves room:
- One DEALER connected to the queue. Every conversation starts on a brand-new
  socket with READY, the single byte 0x01 (PPP-1, PPP-2). "connected ENDPOINT"
  goes to stdout after the first READY.
- A REQUEST is any message of two or more frames whose address stack (one or
  more frames) is closed by an empty frame and followed by content. The REPLY
  is the same frames sent back: the stack, the empty frame, the content (an
  echo; PPP-5, PPP-6).
- A request whose first content frame is "busy" is answered after --busy-ms.
  The wait is a deadline in the poll loop, not a sleep, so the worker keeps
  reading and heartbeating while it is busy. Requests are answered in order.
- HEARTBEAT (0x02) goes out once per interval, counted from the last HEARTBEAT,
  whatever else was sent (PPP-8): a fixed beat, not "when idle".
- Every message from the queue, valid or not, proves it alive. After
  heartbeat x liveness with nothing from it, the socket is closed and the
  worker waits, then opens a new one (PPP-11, PPP-12). The wait starts at
  --reconnect-ms and doubles after every conversation that heard nothing, up
  to --reconnect-max-ms; hearing anything resets it. No jitter.
- Anything that is neither HEARTBEAT nor a REQUEST is logged and ignored.
- SIGINT or SIGTERM: the socket is closed and the process exits 0. Bad
  arguments, or an endpoint connect() rejects, exit 2.
"""
import argparse
import signal
import sys
import time
from socket import socketpair

import zmq

READY, HEARTBEAT = b"\x01", b"\x02"


def log(text):
    print("ppp_worker: " + text, file=sys.stderr, flush=True)


def show(frames):
    return "[" + "][".join(f.hex() if any(b < 32 or b > 126 for b in f) else f.decode() for f in frames) + "]"


class Stop(Exception):
    """A termination signal arrived."""


def request_parts(frames):
    """(stack, content) of a REQUEST, or None if the frames are not one."""
    if len(frames) < 3:
        return None
    for i, frame in enumerate(frames):
        if frame == b"":
            if i == 0 or i == len(frames) - 1:
                return None
            return frames[:i], frames[i + 1:]
    return None


class Worker:
    def __init__(self, args, wake, stopping):
        self.endpoint = args.endpoint
        self.interval = args.heartbeat_ms / 1000.0
        self.patience = self.interval * args.liveness
        self.first_pause = args.reconnect_ms / 1000.0
        self.max_pause = max(args.reconnect_max_ms, args.reconnect_ms) / 1000.0
        self.busy = args.busy_ms / 1000.0
        self.verbose = args.verbose
        self.wake = wake
        self.stopping = stopping
        self.context = zmq.Context()
        self.socket = None
        self.announced = False
        self.pause = self.first_pause

    def send(self, frames):
        if self.verbose:
            log("send " + show(frames))
        try:
            self.socket.send_multipart(frames, zmq.NOBLOCK)
        except zmq.Again:
            log("queue not reachable, dropped " + show(frames))

    def open(self):
        self.socket = self.context.socket(zmq.DEALER)
        self.socket.setsockopt(zmq.LINGER, 0)
        try:
            self.socket.connect(self.endpoint)
        except zmq.ZMQError:
            self.socket.close()
            self.socket = None
            raise
        self.send([READY])
        if not self.announced:
            print("connected " + self.endpoint, flush=True)
            self.announced = True

    def close(self):
        if self.socket is not None:
            self.socket.close()
            self.socket = None

    def converse(self):
        """One conversation; returns True if the queue was heard at all."""
        poller = zmq.Poller()
        poller.register(self.socket, zmq.POLLIN)
        poller.register(self.wake, zmq.POLLIN)
        now = time.monotonic()
        silent_until = now + self.patience
        next_beat = now + self.interval
        answers = []  # (due, frames), in order
        heard = False
        while True:
            now = time.monotonic()
            if now >= silent_until:
                return heard
            if now >= next_beat:
                self.send([HEARTBEAT])
                next_beat = now + self.interval
            while answers and answers[0][0] <= now:
                self.send(answers.pop(0)[1])
            due = min([silent_until, next_beat] + [a[0] for a in answers[:1]])
            events = dict(poller.poll(max(1, int((due - time.monotonic()) * 1000) + 1)))
            if self.stopping:
                raise Stop()
            if self.socket not in events:
                continue
            frames = self.socket.recv_multipart()
            if self.verbose:
                log("recv " + show(frames))
            heard = True
            self.pause = self.first_pause
            silent_until = time.monotonic() + self.patience
            if frames == [HEARTBEAT]:
                continue
            parts = request_parts(frames)
            if parts is None:
                log("ignored " + show(frames))
                continue
            delay = self.busy if parts[1][0] == b"busy" else 0.0
            start = max([time.monotonic()] + [a[0] for a in answers[-1:]])
            answers.append((start + delay, frames))

    def serve(self):
        while True:
            self.open()
            heard = self.converse()
            self.close()
            log("queue silent for %g s; new socket in %g s" % (self.patience, self.pause))
            zmq.select([self.wake], [], [], self.pause)
            if self.stopping:
                raise Stop()
            if not heard:
                self.pause = min(self.pause * 2, self.max_pause)


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError("expected a non-negative integer, got %r" % text)
    return value


def endpoint(text):
    if "://" not in text:
        raise argparse.ArgumentTypeError("not a ZeroMQ endpoint: %r" % text)
    return text


def main():
    parser = argparse.ArgumentParser(description="6/PPP echo worker")
    parser.add_argument("endpoint", type=endpoint, help="queue backend, e.g. tcp://127.0.0.1:5556")
    parser.add_argument("--heartbeat-ms", type=positive_int, default=1000)
    parser.add_argument("--liveness", type=positive_int, default=3)
    parser.add_argument("--reconnect-ms", type=positive_int, default=1000)
    parser.add_argument("--reconnect-max-ms", type=positive_int, default=32000)
    parser.add_argument("--busy-ms", type=positive_int, default=0)
    parser.add_argument("--verbose", action="store_true", help="log every message to stderr")
    args = parser.parse_args()
    if args.heartbeat_ms == 0 or args.liveness == 0:
        parser.error("--heartbeat-ms and --liveness must be positive")

    # Handlers only note the signal; the wakeup fd makes any poll or pause return at once.
    stopping = []
    signal.signal(signal.SIGINT, lambda signum, frame: stopping.append(signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    wake_read, wake_write = socketpair()
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())

    worker = Worker(args, wake_read, stopping)
    try:
        worker.serve()
    except Stop:
        return 0
    except zmq.ZMQError as error:
        log("cannot connect to %s: %s" % (args.endpoint, error))
        return 2
    finally:
        worker.close()
        worker.context.term()


if __name__ == "__main__":
    sys.exit(main())
