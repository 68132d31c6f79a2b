#!/usr/bin/python3
"""Majordomo client: 7/MDP 0.1 MDP/Client side, synchronous, in Python.

This is an independent second implementation. The marque conformance suite runs it
to check that its verdicts are fair to a client it was not written against.
Requirement ids (MDP-n) refer to /work/shared/protocols.md.

    mdp_client.py ENDPOINT SERVICE BODY... [--timeout-ms 2500] [--retries 3] [--verbose]

Sends one request and prints the reply body, one frame per line, on stdout.

Behaviour chosen where the specs leave room:
- A REQ socket (MDP-9), so the socket adds and strips the empty frame. The request is
  ["MDPC01"][SERVICE][BODY...], one frame per BODY argument (MDP-6). Arguments are
  sent as the bytes the command line gave (os.fsencode).
- --retries counts attempts in total, not re-sends: --retries 3 sends the request at
  most 3 times, so giving up takes about 3 x timeout.
- An attempt fails when no reply arrives within --timeout-ms, or when the reply is
  invalid. Either way the socket is closed with LINGER 0, and the next attempt uses a
  new socket (Lazy Pirate, MDP-12). Invalid reply means: fewer than 3 frames, a header
  other than "MDPC01", or a service frame other than the one requested (MDP-7). It is
  logged to stderr.
- A valid reply: every body frame is written to stdout followed by a newline (bytes
  as received), exit 0.
- All attempts failed: an error on stderr, exit 1. Bad arguments, or an endpoint that
  connect() rejects, exit 2. SIGINT or SIGTERM while waiting: exit 1 with a note on
  stderr, since no reply was obtained.
"""
import argparse
import os
import signal
import sys
import time
from socket import socketpair

import zmq

HEADER = b"MDPC01"


def show(frames):
    """Frames as text for the log: printable ASCII as is, anything else in hex."""
    parts = []
    for frame in frames:
        if frame and all(32 <= b < 127 for b in frame):
            parts.append(frame.decode())
        else:
            parts.append("0x" + frame.hex() if frame else "")
    return "[" + "][".join(parts) + "]"


def log(text):
    print("mdp_client: " + text, file=sys.stderr, flush=True)


class Interrupted(Exception):
    """A termination signal arrived."""


def check_reply(frames, service):
    """Why the reply is unacceptable, or None if it is a proper reply."""
    if len(frames) < 3:
        return "a reply needs a header, a service and at least one body frame"
    if frames[0] != HEADER:
        return "header is not MDPC01"
    if frames[1] != service:
        return "service frame does not match the request"
    return None


def attempt(context, args, request, wake, stopping):
    """One send-and-wait on a fresh REQ socket. Returns the reply body or None."""
    socket = context.socket(zmq.REQ)
    socket.setsockopt(zmq.LINGER, 0)  # an unanswered request must not delay exit
    try:
        socket.connect(args.endpoint)
        if args.verbose:
            log("send " + show(request))
        socket.send_multipart(request)  # REQ with a fresh pipe queues; it does not block
        poller = zmq.Poller()
        poller.register(socket, zmq.POLLIN)
        poller.register(wake, zmq.POLLIN)
        deadline = time.monotonic() + args.timeout_ms / 1000.0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                log(f"no reply within {args.timeout_ms} ms")
                return None
            events = dict(poller.poll(max(1, int(left * 1000) + 1)))
            if stopping:
                raise Interrupted()
            if socket in events:
                frames = socket.recv_multipart()
                if args.verbose:
                    log("recv " + show(frames))
                problem = check_reply(frames, request[1])
                if problem is None:
                    return frames[2:]
                log(f"invalid reply {show(frames)}: {problem}")
                return None
    finally:
        socket.close()


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
    parser = argparse.ArgumentParser(description="Synchronous 7/MDP 0.1 client")
    parser.add_argument("endpoint", type=endpoint, help="broker endpoint, e.g. tcp://127.0.0.1:5555")
    parser.add_argument("service", type=service, help="service name")
    parser.add_argument("body", nargs="+", help="request body frames, one per argument")
    parser.add_argument("--timeout-ms", type=positive_int, default=2500)
    parser.add_argument("--retries", type=positive_int, default=3, help="attempts in total")
    parser.add_argument("--verbose", action="store_true", help="log every message to stderr")
    args = parser.parse_args()

    stopping = []
    signal.signal(signal.SIGINT, lambda signum, frame: stopping.append(signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    wake_read, wake_write = socketpair()
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())

    request = [HEADER, os.fsencode(args.service)] + [os.fsencode(b) for b in args.body]
    context = zmq.Context()
    try:
        for number in range(1, args.retries + 1):
            body = attempt(context, args, request, wake_read, stopping)
            if body is not None:
                out = sys.stdout.buffer
                for frame in body:
                    out.write(frame + b"\n")
                out.flush()
                return 0
            if number < args.retries:
                log(f"attempt {number} of {args.retries} failed; retrying on a new socket")
        log(f"giving up after {args.retries} attempt(s)")
        return 1
    except Interrupted:
        log("interrupted before a reply arrived")
        return 1
    except zmq.ZMQError as error:
        log(f"cannot connect to {args.endpoint}: {error}")
        return 2
    finally:
        context.term()


if __name__ == "__main__":
    sys.exit(main())
