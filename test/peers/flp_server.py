#!/usr/bin/python3
"""10/FLP Freelance server, in Python.

An independent second implementation, judged by the marque conformance suite
to show its verdicts are fair to a server it was not written against.
Requirement ids (FLP-n) refer to /work/shared/protocols.md section 6.

    flp_server.py ENDPOINT [--identity ID]

- One ROUTER (FLP-7) whose routing identity is ENDPOINT, or --identity when the
  public address differs from the bind address (FLP-9, FLP-10). It binds.
- A message of exactly one frame "PING" gets one frame "PONG" (FLP-2).
- A message of two or more frames is a request: the first frame is the CCF,
  returned untouched, followed by the body echoed back (FLP-4). A CCF that
  happens to read "PING" is still a request: only the frame count decides.
- Anything else (a lone frame that is not PING, an empty message) is dropped
  without a word: FLP has no error reply, and a server never speaks first
  (FLP-12).
- A reply to a client that has gone is dropped by the ROUTER (no mandatory
  flag), so a vanished client costs nothing (FLP-S1).
- SIGINT or SIGTERM: close and exit 0.
"""
import argparse
import signal
import sys

import zmq


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("endpoint")
    ap.add_argument("--identity", default=None)
    args = ap.parse_args()

    ctx = zmq.Context()
    sock = ctx.socket(zmq.ROUTER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.setsockopt(zmq.ROUTING_ID, (args.identity or args.endpoint).encode())
    sock.bind(args.endpoint)

    running = [True]

    def stop(_signum, _frame):
        running[0] = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("flp_server: bound " + args.endpoint, file=sys.stderr, flush=True)

    poller = zmq.Poller()
    poller.register(sock, zmq.POLLIN)
    while running[0]:
        try:
            if not poller.poll(200):
                continue
            msg = sock.recv_multipart(zmq.NOBLOCK)
        except (zmq.Again, InterruptedError):
            continue
        except zmq.ZMQError:
            break
        client, frames = msg[0], msg[1:]
        if len(frames) == 1 and frames[0] == b"PING":
            answer = [b"PONG"]
        elif len(frames) >= 2:
            answer = frames  # the CCF, then the body echoed
        else:
            continue
        try:
            sock.send_multipart([client] + answer, zmq.NOBLOCK)
        except zmq.ZMQError:
            pass  # the client is gone or not reading: nothing to do
    sock.close(0)
    ctx.term()


if __name__ == "__main__":
    main()
