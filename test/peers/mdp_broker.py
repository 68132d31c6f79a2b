#!/usr/bin/python3
"""Minimal Majordomo broker: 7/MDP 0.1 plus 8/MMI, in Python.

This is an independent second implementation. The marque conformance suite runs it
to check that its verdicts are fair to a broker it was not written against.
Requirement ids (MDP-n, MMI-n) refer to /work/shared/protocols.md.

    mdp_broker.py ENDPOINT [--heartbeat-ms 2500] [--liveness 3] [--verbose] [--guide-parsing]
                  [--forward-bodyless] [--abort-bodyless]

Behaviour chosen where the specs leave room:
- One ROUTER socket serves clients ("MDPC01") and workers ("MDPW01") (MDP-5).
- Requests wait in one FIFO queue per service until a worker for that service is idle.
  They never expire (MDP-15 is not done).
- Idle workers of a service are used least-recently-used first. A worker holds at most
  one request at a time (MDP-48).
- Every registered worker, idle or busy, gets a HEARTBEAT once the broker has sent it
  nothing for one interval. Any other command sent to the worker counts as a heartbeat,
  so no HEARTBEAT goes out right after a REQUEST (MDP-42, MDP-43).
- Every valid command from a registered worker refreshes its expiry. A worker that has
  sent nothing valid for heartbeat x liveness, idle or busy, is forgotten silently,
  without DISCONNECT (MDP-44, MDP-46). If the worker held a request, the request is
  dropped and not resent (MDP-49 is not done).
- These well-formed but unexpected worker commands get DISCONNECT, and the worker is
  forgotten (MDP-33): a second READY; HEARTBEAT or REPLY from an unregistered peer; a
  REPLY from an idle worker, or one naming a client other than the one it was given;
  REQUEST (0x02) sent by a worker; READY for a service in the "mmi." namespace (MMI-2).
- DISCONNECT from a registered worker removes it silently. From an unknown peer it is
  ignored.
- Invalid messages are logged to stderr and dropped. They change no state and do not
  count as heartbeats. Invalid means: a missing or non-empty delimiter frame, an
  unknown header, a command frame that is not one known byte, a wrong frame count, or
  an empty service name or client address.
- A reply to a client carries the service name of the original request (MDP-7).
- --guide-parsing reads worker commands the way the Guide's mdbroker.c does, for the
  suite's own tests (it breaks MDP-22): the empty frame after the identity is not
  checked, READY takes the first frame after the command as the service and ignores
  the rest, a REPLY's client address is followed by an empty frame only if there is
  one (zmsg_unwrap), and HEARTBEAT and DISCONNECT ignore extra frames.
- --forward-bodyless passes a client REQUEST with no body on to a worker as a REQUEST
  with no body (it acts on an invalid message, MDP-34); --abort-bodyless exits with
  code 134, as an assert would, on such a request (what the Guide's mdbroker.c does).
  Both are for the suite's own tests of its verdicts.
- "mmi.service" answers "200" when at least one worker, idle or busy, is registered for
  the service named in the first body frame. Otherwise it answers "404". Any other
  "mmi." name gets "501". The reply body is that single frame. Extra request frames
  are ignored.
"""
import argparse
import collections
import errno
import math
import os
import signal
import sys
import time
from socket import socketpair

import zmq

CLIENT = b"MDPC01"
WORKER = b"MDPW01"
READY, REQUEST, REPLY, HEARTBEAT, DISCONNECT = (bytes([n]) for n in range(1, 6))
MMI = b"mmi."


class Invalid(Exception):
    """A malformed message. The broker drops and logs it and never acts on it."""


class Worker:
    def __init__(self, identity, service):
        self.identity = identity
        self.service = service
        self.client = None  # identity of the client whose request it holds (busy)
        self.expires_at = 0.0  # forget the worker if nothing valid arrives by then
        self.heartbeat_at = 0.0  # send a HEARTBEAT if nothing has been sent by then


class Service:
    def __init__(self):
        self.requests = collections.deque()  # (client identity, body frames), FIFO
        self.idle = collections.deque()  # idle workers, least recently used first
        self.registered = 0  # idle and busy workers together, used by mmi.service


def show(frames, limit=64):
    """Render frames readably for the log: text if printable ASCII, else hex.

    Each frame is cut to `limit` bytes: rendering a megabyte frame whole would
    stall the event loop long enough for live workers to expire.
    """
    out = []
    for f in frames:
        head, more = f[:limit], (f"...(+{len(f) - limit} bytes)" if len(f) > limit else "")
        if head and all(32 <= b < 127 for b in head):
            out.append(head.decode() + more)
        else:
            out.append(("0x" + head.hex() if head else "") + more)
    return "[" + "][".join(out) + "]"


class Broker:
    def __init__(self, socket, heartbeat_s, liveness, verbose, guide_parsing=False, no_mmi=False, bodyless=None):
        self.socket = socket
        self.bodyless = bodyless  # None (drop), "forward" or "abort"
        self.guide_parsing = guide_parsing
        self.no_mmi = no_mmi
        self.interval = heartbeat_s
        self.expiry = heartbeat_s * liveness
        self.verbose = verbose
        self.workers = {}  # identity -> Worker, only registered workers
        self.services = {}  # name -> Service

    @staticmethod
    def log(text):
        print("mdp_broker: " + text, file=sys.stderr, flush=True)

    def send(self, frames):
        if self.verbose:
            self.log("send " + show(frames))
        self.socket.send_multipart(frames)

    def send_worker(self, worker, command, *frames):
        self.send([worker.identity, b"", WORKER, command, *frames])
        # Whatever we send counts as a heartbeat, so the next one is due later.
        worker.heartbeat_at = time.monotonic() + self.interval

    # ---- incoming messages -------------------------------------------------

    def handle(self, frames):
        if self.verbose:
            self.log("recv " + show(frames))
        try:
            # Both sub-protocols start with an empty frame and a header, so one
            # socket can tell them apart (MDP-21, MDP-22).
            if len(frames) < 3 or (frames[1] != b"" and not self.guide_parsing):
                raise Invalid("expected [empty][header] after the identity")
            if frames[2] == CLIENT:
                self.on_client(frames[0], frames[3:])
            elif frames[2] == WORKER:
                self.on_worker(frames[0], frames[3:])
            else:
                raise Invalid("unknown header")
        except Invalid as reason:
            self.log(f"dropped invalid message {show(frames)}: {reason}")

    def on_client(self, client, rest):
        if len(rest) == 1 and rest[0] and self.bodyless == "abort":
            self.log("body-less client REQUEST: aborting")
            sys.stderr.flush()
            os._exit(134)
        bodyless_ok = len(rest) == 1 and self.bodyless == "forward"
        if len(rest) < 2 and not bodyless_ok:
            raise Invalid("client REQUEST needs a service frame and a body")
        name, body = rest[0], rest[1:]
        if not name:
            raise Invalid("empty service name")
        if name.startswith(MMI):
            # Management requests never reach workers (MMI-1). With --no-mmi they get
            # no answer at all, as from a broker that does not implement 8/MMI.
            if self.no_mmi:
                return
            self.send([client, b"", CLIENT, name, self.mmi(name, body)])
            return
        self.services.setdefault(name, Service()).requests.append((client, body))
        self.dispatch(name)

    def mmi(self, name, body):
        if name == b"mmi.service":
            service = self.services.get(body[0])
            return b"200" if service and service.registered else b"404"
        return b"501"

    def on_worker(self, identity, rest):
        if not rest or len(rest[0]) != 1:
            raise Invalid("command frame must be a single byte")
        command, args = rest[0], rest[1:]
        worker = self.workers.get(identity)
        if self.guide_parsing:
            args = self.guide_args(command, args)
        if command == READY:
            if len(args) != 1 or not args[0]:
                raise Invalid("READY takes exactly one non-empty service frame")
            if worker is not None:
                self.reject(identity, "second READY")
            elif args[0].startswith(MMI):
                self.reject(identity, "READY for a service in the mmi. namespace")
            else:
                self.register(identity, args[0])
        elif command in (REQUEST, REPLY):
            if len(args) < 3 or not args[0] or args[1] != b"":
                raise Invalid("expected [client][empty][body...] after the command")
            if command == REQUEST:
                self.reject(identity, "workers do not send REQUEST")
            elif worker is None:
                self.reject(identity, "REPLY from an unregistered worker")
            elif worker.client != args[0]:
                self.reject(identity, "REPLY that does not answer its request")
            else:
                self.refresh(worker)
                self.send([args[0], b"", CLIENT, worker.service, *args[2:]])
                self.make_idle(worker)
        elif command in (HEARTBEAT, DISCONNECT):
            if args:
                raise Invalid("HEARTBEAT and DISCONNECT carry no further frames")
            if command == DISCONNECT:
                if worker is not None:  # MDP-31: say nothing more to it
                    self.forget(worker, "it sent DISCONNECT")
            elif worker is None:
                self.reject(identity, "HEARTBEAT from an unregistered worker")
            else:
                self.refresh(worker)
        else:
            raise Invalid("unknown command byte")

    @staticmethod
    def guide_args(command, args):
        """The frames mdbroker.c would act on: what it pops, not what arrived."""
        if command == READY:
            return args[:1]
        if command in (HEARTBEAT, DISCONNECT):
            return []
        if command == REPLY and args and (len(args) < 2 or args[1] != b""):
            return [args[0], b"", *args[1:]]
        return args

    # ---- worker bookkeeping ------------------------------------------------

    def refresh(self, worker):
        worker.expires_at = time.monotonic() + self.expiry

    def register(self, identity, name):
        worker = Worker(identity, name)
        self.workers[identity] = worker
        self.services.setdefault(name, Service()).registered += 1
        self.refresh(worker)
        # READY gets no answer (MDP-28), so the first HEARTBEAT is due one interval on.
        worker.heartbeat_at = time.monotonic() + self.interval
        self.make_idle(worker)

    def make_idle(self, worker):
        worker.client = None
        self.services[worker.service].idle.append(worker)
        self.dispatch(worker.service)

    def dispatch(self, name):
        service = self.services[name]
        while service.requests and service.idle:
            worker = service.idle.popleft()
            client, body = service.requests.popleft()
            worker.client = client
            self.send_worker(worker, REQUEST, client, b"", *body)

    def reject(self, identity, why):
        """Answer a valid but unexpected command with DISCONNECT (MDP-33)."""
        self.log(f"disconnecting 0x{identity.hex()}: {why}")
        self.send([identity, b"", WORKER, DISCONNECT])
        worker = self.workers.get(identity)
        if worker is not None:
            self.forget(worker, "it was disconnected")

    def forget(self, worker, why):
        if self.verbose or worker.client is not None:
            lost = " (its request is dropped)" if worker.client is not None else ""
            self.log(f"forgetting worker 0x{worker.identity.hex()}: {why}{lost}")
        del self.workers[worker.identity]
        service = self.services[worker.service]
        service.registered -= 1
        if worker in service.idle:
            service.idle.remove(worker)
        if not service.registered and not service.requests:
            del self.services[worker.service]

    # ---- timers --------------------------------------------------------------

    def tick(self):
        """Expire silent workers, send due heartbeats, and return the poll timeout in ms."""
        now = time.monotonic()
        for worker in list(self.workers.values()):
            if now >= worker.expires_at:
                self.forget(worker, "heartbeat expired")
            elif now >= worker.heartbeat_at:
                self.send_worker(worker, HEARTBEAT)
        deadline = now + self.interval
        for worker in self.workers.values():
            deadline = min(deadline, worker.expires_at, worker.heartbeat_at)
        # Rounding up means we never wake before a deadline and spin on poll(0).
        return max(1, math.ceil((deadline - time.monotonic()) * 1000))


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


def main():
    parser = argparse.ArgumentParser(description="Minimal 7/MDP 0.1 + 8/MMI broker")
    parser.add_argument("endpoint", type=endpoint, help="e.g. tcp://127.0.0.1:5555 or tcp://127.0.0.1:*")
    parser.add_argument("--heartbeat-ms", type=positive_int, default=2500)
    parser.add_argument("--liveness", type=positive_int, default=3)
    parser.add_argument("--verbose", action="store_true", help="log every message to stderr")
    parser.add_argument("--guide-parsing", action="store_true", help="read worker commands as the Guide's mdbroker.c does (breaks MDP-22)")
    parser.add_argument("--forward-bodyless", action="store_true", help="pass a body-less client REQUEST on to a worker (breaks MDP-34)")
    parser.add_argument("--abort-bodyless", action="store_true", help="exit 134 on a body-less client REQUEST, as mdbroker.c's assert does")
    parser.add_argument("--no-mmi", action="store_true", help="drop mmi.* requests unanswered, like a broker without 8/MMI")
    args = parser.parse_args()

    # The handlers only record the signal. The wakeup fd makes a blocked poll return
    # at once, so no exception is ever thrown into the middle of message handling.
    stopping = []
    signal.signal(signal.SIGINT, lambda signum, frame: stopping.append(signum))
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    wake_read, wake_write = socketpair()
    wake_write.setblocking(False)
    signal.set_wakeup_fd(wake_write.fileno())

    context = zmq.Context()
    router = context.socket(zmq.ROUTER)
    router.setsockopt(zmq.LINGER, 0)  # pending replies are not worth a hang on exit
    router.setsockopt(zmq.ROUTER_MANDATORY, 0)  # replies to vanished peers are dropped
    try:
        try:
            router.bind(args.endpoint)
        except zmq.ZMQError as error:
            # An address already in use is a runtime failure; anything else means the
            # endpoint argument itself is unusable.
            print(f"mdp_broker: cannot bind {args.endpoint}: {error}", file=sys.stderr)
            return 1 if error.errno == errno.EADDRINUSE else 2
        print("bound " + router.getsockopt(zmq.LAST_ENDPOINT).decode(), flush=True)

        broker = Broker(router, args.heartbeat_ms / 1000.0, args.liveness, args.verbose, args.guide_parsing, args.no_mmi,
                        "abort" if args.abort_bodyless else "forward" if args.forward_bodyless else None)
        poller = zmq.Poller()
        poller.register(router, zmq.POLLIN)
        poller.register(wake_read, zmq.POLLIN)
        timeout = broker.tick()
        while not stopping:
            if router in dict(poller.poll(timeout)):
                broker.handle(router.recv_multipart())
            timeout = broker.tick()
        return 0
    finally:
        router.close()
        context.term()

if __name__ == "__main__":
    sys.exit(main())
