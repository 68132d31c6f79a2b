#!/usr/bin/python3
"""Majordomo echo worker: 7/MDP 0.1 MDP/Worker side, in Python.

This is an independent second implementation. The marque conformance suite runs it
to check that its verdicts are fair to a worker it was not written against.
Requirement ids (MDP-n) refer to /work/shared/protocols.md.

    mdp_worker.py ENDPOINT SERVICE [--heartbeat-ms 2500] [--liveness 3]
                  [--reconnect-ms 2500] [--verbose]

Behaviour chosen where the specs leave room:
- One DEALER socket, connected to one broker, serves one service (MDP-23, MDP-25).
  Every connection starts on a brand-new socket with READY (MDP-24) and never sends a
  second READY (MDP-27). "connected ENDPOINT" goes to stdout after the first READY.
- Every REQUEST is answered at once with a REPLY carrying the same client address and
  the same body frames (an echo). One request is handled at a time.
- HEARTBEAT goes out whenever nothing at all has been sent for one interval, so a REPLY
  or READY postpones it (MDP-42, MDP-43). Busy or idle makes no difference.
- Every well-formed command from the broker (REQUEST, HEARTBEAT, DISCONNECT) proves the
  broker alive. When nothing well-formed has arrived for heartbeat x liveness, the
  broker is taken as lost (MDP-44): the socket is closed, the worker waits reconnect-ms,
  then opens a new socket and sends READY (MDP-45). The wait is fixed, with no backoff.
- On DISCONNECT the worker sends nothing more, closes the socket and reconnects on a new
  socket at once (MDP-35, MDP-36). Only when the connection before also ended in a
  DISCONNECT with nothing else heard in between (a broker that keeps refusing READY)
  does it wait reconnect-ms first, so it can never spin.
- Invalid messages are logged to stderr and ignored. They do not count as a sign of
  life. Invalid means: a missing or non-empty delimiter frame, a header other than
  "MDPW01", a command frame that is not one byte, a command a broker never sends
  (READY, REPLY, unknown bytes), a wrong frame count, an empty client address, or a
  REQUEST whose client address is not followed by an empty frame.
- SIGINT or SIGTERM: DISCONNECT is sent on the open connection (if any; none is open
  while waiting to reconnect), the socket is closed with a short linger so it can
  leave, and the process exits 0. Bad arguments, or an endpoint connect() rejects,
  exit 2.
"""
import argparse
import signal
import sys
import time
from socket import socketpair

import zmq

HEADER = b"MDPW01"
READY, REQUEST, REPLY, HEARTBEAT, DISCONNECT = (bytes([n]) for n in range(1, 6))
SHUTDOWN_LINGER_MS = 500  # time allowed for the final DISCONNECT to leave


def show(frames, limit=64):
    """Frames as text for the log: printable ASCII as is, anything else in hex.

    Each frame is cut to `limit` bytes: rendering a megabyte frame whole takes
    longer than the broker's liveness, and the worker would give it up.
    """
    parts = []
    for frame in frames:
        head = frame[:limit]
        more = f"...(+{len(frame) - limit} bytes)" if len(frame) > limit else ""
        if head and all(32 <= b < 127 for b in head):
            parts.append(head.decode() + more)
        else:
            parts.append(("0x" + head.hex() if head else "") + more)
    return "[" + "][".join(parts) + "]"


def log(text):
    print("mdp_worker: " + text, file=sys.stderr, flush=True)


class Stop(Exception):
    """A termination signal arrived."""


class EchoWorker:
    def __init__(self, args, wake, stopping):
        self.endpoint = args.endpoint
        self.service = args.service.encode()
        self.interval = args.heartbeat_ms / 1000.0
        self.patience = self.interval * args.liveness
        self.reconnect_delay = args.reconnect_ms / 1000.0
        self.verbose = args.verbose
        self.wake = wake  # readable once a signal has arrived
        self.stopping = stopping
        self.context = zmq.Context()
        self.socket = None
        self.announced = False
        self.send_due = 0.0  # HEARTBEAT when nothing has been sent by then
        self.broker_deadline = 0.0  # broker lost when nothing valid arrived by then
        self.heard = False  # anything but DISCONNECT received on this connection

    # ---- connection ------------------------------------------------------------

    def send(self, command, *frames):
        message = [b"", HEADER, command, *frames]
        if self.verbose:
            log("send " + show(message))
        try:
            self.socket.send_multipart(message, zmq.NOBLOCK)
        except zmq.Again:  # only when the queue to a dead broker is full; heartbeats give up
            log("send queue full, dropped " + show(message))
        self.send_due = time.monotonic() + self.interval

    def open(self):
        self.socket = self.context.socket(zmq.DEALER)
        self.socket.setsockopt(zmq.LINGER, 0)
        try:
            self.socket.connect(self.endpoint)
        except zmq.ZMQError:
            self.close()
            raise
        self.heard = False
        self.broker_deadline = time.monotonic() + self.patience
        self.send(READY, self.service)
        if not self.announced:
            print("connected " + self.endpoint, flush=True)
            self.announced = True

    def close(self):
        if self.socket is not None:
            self.socket.close()
            self.socket = None

    def pause(self, seconds):
        """Sleep, but wake at once on a signal."""
        zmq.select([self.wake], [], [], seconds)
        if self.stopping:
            raise Stop()

    # ---- messages --------------------------------------------------------------

    def handle(self, frames):
        """Act on one message. Returns True when the broker sent DISCONNECT."""
        if self.verbose:
            log("recv " + show(frames))
        problem = self.invalid(frames)
        if problem:
            log(f"ignored invalid message {show(frames)}: {problem}")
            return False
        self.broker_deadline = time.monotonic() + self.patience
        command = frames[2]
        if command == DISCONNECT:
            return True
        self.heard = True
        if command == REQUEST:
            client, body = frames[3], frames[5:]
            self.send(REPLY, client, b"", *body)
        return False

    @staticmethod
    def invalid(frames):
        """Why the message is not a command a broker may send, or None if it is one."""
        if len(frames) < 3 or frames[0] != b"":
            return "expected an empty frame, a header and a command"
        if frames[1] != HEADER:
            return "header is not MDPW01"
        command = frames[2]
        if command in (HEARTBEAT, DISCONNECT):
            return "HEARTBEAT and DISCONNECT have exactly 3 frames" if len(frames) != 3 else None
        if command == REQUEST:
            if len(frames) < 6:
                return "REQUEST needs a client address, an empty frame and a body"
            if not frames[3]:
                return "empty client address"
            if frames[4] != b"":
                return "client address not followed by an empty frame"
            return None
        if command in (READY, REPLY):
            return "a broker does not send READY or REPLY"
        return "unknown command"

    # ---- main loop -------------------------------------------------------------

    def serve(self):
        refused_before = False  # the previous connection ended in a bare DISCONNECT
        while True:
            self.open()
            why = self.converse()
            self.close()
            if why == "lost":
                log(f"broker silent for {self.patience:g} s; reconnecting")
                self.pause(self.reconnect_delay)
                refused_before = False
            else:
                refused = not self.heard
                log("broker sent DISCONNECT; reconnecting")
                if refused and refused_before:
                    self.pause(self.reconnect_delay)
                refused_before = refused

    def converse(self):
        """Serve one connection until it ends: returns "lost" or "disconnected"."""
        poller = zmq.Poller()
        poller.register(self.socket, zmq.POLLIN)
        poller.register(self.wake, zmq.POLLIN)
        while True:
            now = time.monotonic()
            if now >= self.broker_deadline:
                return "lost"
            if now >= self.send_due:
                self.send(HEARTBEAT)
            wait = min(self.broker_deadline, self.send_due) - time.monotonic()
            # Round up so that we never wake just before a deadline and poll(0) in a loop.
            events = dict(poller.poll(max(1, int(wait * 1000) + 1)))
            if self.stopping:
                raise Stop()
            if self.socket in events and self.handle(self.socket.recv_multipart()):
                return "disconnected"

    def shut_down(self):
        if self.socket is not None:
            self.socket.setsockopt(zmq.LINGER, SHUTDOWN_LINGER_MS)
            self.send(DISCONNECT)
            self.close()
        self.context.term()


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


def endpoint(text):
    if "://" not in text:
        raise argparse.ArgumentTypeError(f"not a ZeroMQ endpoint: {text!r}")
    return text


def service(text):
    if not text:
        raise argparse.ArgumentTypeError("the service name must not be empty")
    return text


def main():
    parser = argparse.ArgumentParser(description="7/MDP 0.1 echo worker")
    parser.add_argument("endpoint", type=endpoint, help="broker endpoint, e.g. tcp://127.0.0.1:5555")
    parser.add_argument("service", type=service, help="service name to register")
    parser.add_argument("--heartbeat-ms", type=positive_int, default=2500)
    parser.add_argument("--liveness", type=positive_int, default=3)
    parser.add_argument("--reconnect-ms", type=positive_int, default=2500)
    parser.add_argument("--verbose", action="store_true", help="log every message to stderr")
    args = parser.parse_args()

    # Handlers only note the signal; the wakeup fd makes any poll or pause return at once.
    stopping = []
    signal.signal(signal.SIGINT, lambda signum, frame: stopping.append(signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    wake_read, wake_write = socketpair()
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())

    worker = EchoWorker(args, wake_read, stopping)
    try:
        worker.serve()
    except Stop:
        return 0
    except zmq.ZMQError as error:  # connect() refused the endpoint itself
        log(f"cannot connect to {args.endpoint}: {error}")
        return 2
    finally:
        worker.shut_down()


if __name__ == "__main__":
    sys.exit(main())
