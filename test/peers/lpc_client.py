#!/usr/bin/python3
"""Lazy Pirate client, in Python.

An independent second implementation. The marque conformance suite runs it to
check that its verdicts are fair to a client it was not written against.
Requirement ids (LPC-n) refer to /work/shared/protocols.md.

    lpc_client.py ENDPOINT [--timeout-ms 2500] [--retries 3] [--requests 0] [--verbose]

Behaviour chosen where the pattern leaves room:
- Requests are numbered 1, 2, 3 ... and sent as one frame, the number in
  decimal, over a REQ socket, one at a time (LPC-14). Each reply is printed on
  stdout.
- A reply answers the request when it is one frame whose text is that number
  exactly (no atoi-style prefix matching). Anything else, numbers or not, is
  logged as stale and ignored (LPC-11, LPC-12); the client never dies on it.
- Each attempt waits --timeout-ms from its send. A stale reply does not restart
  the wait: the attempt still ends --timeout-ms after its send (LPC-8 counts
  from the send), and since a REQ takes one reply per request, nothing more
  can come before then.
- On timeout the socket is closed with LINGER 0 and a new one connects to the
  same endpoint and sends the same bytes (LPC-4 to LPC-7), --retries attempts
  in all, the first included. Then it gives up: exit 1 (LPC-10).
- After --requests replies (0: no limit) it exits 0. SIGINT or SIGTERM: exit 0.
"""
import argparse
import signal
import sys
import time
from socket import socketpair

import zmq


def log(text):
    print("lpc_client: " + text, file=sys.stderr, flush=True)


class Stop(Exception):
    """A termination signal arrived."""


class Client:
    def __init__(self, args, wake, stopping):
        self.endpoint = args.endpoint
        self.timeout = args.timeout_ms / 1000.0
        self.attempts = args.retries
        self.verbose = args.verbose
        self.wake = wake
        self.stopping = stopping
        self.context = zmq.Context()
        self.socket = None

    def connect(self):
        self.socket = self.context.socket(zmq.REQ)
        self.socket.setsockopt(zmq.LINGER, 0)
        self.socket.connect(self.endpoint)

    def drop(self):
        if self.socket is not None:
            self.socket.close()  # LINGER 0: an unsent request dies with it
            self.socket = None

    def wait_reply(self, number, deadline):
        """The matching reply before `deadline`, or None."""
        poller = zmq.Poller()
        poller.register(self.socket, zmq.POLLIN)
        poller.register(self.wake, zmq.POLLIN)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            events = dict(poller.poll(max(1, int(left * 1000) + 1)))
            if self.stopping:
                raise Stop()
            if self.socket not in events:
                continue
            frames = self.socket.recv_multipart()
            if frames == [number]:
                return frames
            log("stale reply ignored: %r" % frames)
            # The REQ is back in its send state: nothing else can arrive.
            poller.unregister(self.socket)

    def request(self, number):
        if self.socket is None:
            self.connect()
        for attempt in range(1, self.attempts + 1):
            if attempt > 1:
                self.drop()
                self.connect()
                log("no reply; attempt %d on a new socket" % attempt)
            if self.verbose:
                log("send %r" % number)
            self.socket.send(number)
            reply = self.wait_reply(number, time.monotonic() + self.timeout)
            if reply is not None:
                return reply
        return None


def count(text):
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
    parser = argparse.ArgumentParser(description="Lazy Pirate client")
    parser.add_argument("endpoint", type=endpoint, help="server, e.g. tcp://127.0.0.1:5555")
    parser.add_argument("--timeout-ms", type=count, default=2500)
    parser.add_argument("--retries", type=count, default=3, help="attempts per request, the first included")
    parser.add_argument("--requests", type=count, default=0, help="replies to get before exiting 0; 0: no limit")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.timeout_ms == 0 or args.retries == 0:
        parser.error("--timeout-ms and --retries must be positive")

    stopping = []
    signal.signal(signal.SIGINT, lambda signum, frame: stopping.append(signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    wake_read, wake_write = socketpair()
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())

    client = Client(args, wake_read, stopping)
    try:
        number = 1
        while args.requests == 0 or number <= args.requests:
            reply = client.request(str(number).encode())
            if reply is None:
                log("no reply after %d attempts; giving up" % client.attempts)
                return 1
            print(reply[0].decode(), flush=True)
            number += 1
        return 0
    except Stop:
        return 0
    except zmq.ZMQError as error:
        log("cannot connect to %s: %s" % (args.endpoint, error))
        return 2
    finally:
        client.drop()
        client.context.term()


if __name__ == "__main__":
    sys.exit(main())
