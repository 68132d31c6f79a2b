#!/usr/bin/python3
"""One server of a Binary Star pair, written apart from marque's reference.

The Guide's proof-of-concept server (bstarsrv) pattern, in our own words:
a single poll loop over the clients' ROUTER and the peer's state SUB, the
server's own state published on a PUB every heartbeat, the transition table
of digest section 12.3 applied to each event, echo as the only work.

Choices, as the proof of concept makes them (graded by the suite):
- PRIMARY + a client request: served, and the server stays PRIMARY
  (BSTAR-19 wants the reactor's reading: dropped while the peer is alive).
- No start-up gate: the peer counts dead until its first state arrives.
- A state message is exactly one frame "1" to "4"; anything else is ignored
  and is no sign of life (the Guide counts any message).
- The Python port's send(str) fault (no state link under Python 3) is not
  reproduced: states go out as bytes.
Exits 1 on dual actives or dual passives (BSTAR-16, BSTAR-17).

usage: bstar_server.py --role primary|backup --frontend EP --statepub EP
                       --peer EP [--heartbeat-ms N]
"""
import argparse
import sys
import time

import zmq

PRIMARY, BACKUP, ACTIVE, PASSIVE = 1, 2, 3, 4
CLIENT_REQUEST = 5


class Server:
    def __init__(self, role, heartbeat_s):
        self.state = PRIMARY if role == "primary" else BACKUP
        self.heartbeat = heartbeat_s
        self.peer_expiry = 0.0  # the peer counts dead until heard

    def on_event(self, event):
        """The table: returns True to serve a client request, raises on a fatal cell."""
        s, now = self.state, time.monotonic()
        if s == PRIMARY:
            if event == BACKUP:
                self.state = ACTIVE
            elif event == ACTIVE:
                self.state = PASSIVE
            return event == CLIENT_REQUEST  # proof of concept: served, stays PRIMARY
        if s == BACKUP:
            if event == ACTIVE:
                self.state = PASSIVE
            return False
        if s == ACTIVE:
            if event == ACTIVE:
                raise SystemExit("fatal: dual actives")
            return event == CLIENT_REQUEST
        # PASSIVE
        if event in (PRIMARY, BACKUP):
            self.state = ACTIVE  # the peer restarted
        elif event == PASSIVE:
            raise SystemExit("fatal: dual passives")
        elif event == CLIENT_REQUEST and now >= self.peer_expiry:
            self.state = ACTIVE  # the client vote, with the peer silent
            return True
        return False

    def heard_peer(self):
        self.peer_expiry = time.monotonic() + 2 * self.heartbeat


def run(args):
    ctx = zmq.Context()
    frontend = ctx.socket(zmq.ROUTER)
    statepub = ctx.socket(zmq.PUB)
    statesub = ctx.socket(zmq.SUB)
    for s in (frontend, statepub, statesub):
        s.setsockopt(zmq.LINGER, 0)
    frontend.bind(args.frontend)
    statepub.bind(args.statepub)
    statesub.setsockopt(zmq.SUBSCRIBE, b"")
    statesub.connect(args.peer)

    server = Server(args.role, args.heartbeat_ms / 1000.0)
    poller = zmq.Poller()
    poller.register(frontend, zmq.POLLIN)
    poller.register(statesub, zmq.POLLIN)
    next_state = time.monotonic() + server.heartbeat
    try:
        while True:
            wait_ms = max(0, int((next_state - time.monotonic()) * 1000))
            ready = dict(poller.poll(wait_ms))
            if frontend in ready:
                frames = frontend.recv_multipart()
                if server.on_event(CLIENT_REQUEST):
                    frontend.send_multipart(frames)  # the echo
            if statesub in ready:
                frames = statesub.recv_multipart()
                if len(frames) == 1 and frames[0] in (b"1", b"2", b"3", b"4"):
                    server.heard_peer()
                    server.on_event(int(frames[0]))
            if time.monotonic() >= next_state:
                statepub.send(str(server.state).encode())
                next_state += server.heartbeat
                # A long stall must not turn into a burst of states.
                next_state = max(next_state, time.monotonic())
    except SystemExit as fatal:
        print(fatal, file=sys.stderr)
        return 1
    finally:
        ctx.destroy(linger=0)


def main():
    p = argparse.ArgumentParser(description="Binary Star server (bstarsrv pattern)")
    p.add_argument("--role", choices=["primary", "backup"], required=True)
    p.add_argument("--frontend", required=True)
    p.add_argument("--statepub", required=True)
    p.add_argument("--peer", required=True)
    p.add_argument("--heartbeat-ms", type=int, default=1000)
    args = p.parse_args()
    if args.heartbeat_ms < 1:
        p.error("--heartbeat-ms must be at least 1")
    sys.exit(run(args))


if __name__ == "__main__":
    main()
