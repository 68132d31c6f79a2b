#!/usr/bin/python3
"""Smoke check for mdp_broker.py. It starts the broker, then drives it with raw DEALER
sockets playing client and worker. Exits 0 when every check passes.

    /usr/bin/python3 test/peers/mdp_echo_check.py
"""
import os
import signal
import subprocess
import sys
import time

import zmq

HERE = os.path.dirname(os.path.abspath(__file__))
HB_MS = 200
C, W = b"MDPC01", b"MDPW01"
ctx = zmq.Context()
failures = 0


def check(what, ok):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    failures += 0 if ok else 1


def dealer(endpoint):
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    s.connect(endpoint)
    return s


def recv(sock, timeout_ms=1000, skip_heartbeats=True):
    """Next message, or None on timeout. Heartbeats are skipped unless asked for."""
    end = time.monotonic() + timeout_ms / 1000
    while (left := end - time.monotonic()) > 0:
        if not sock.poll(int(left * 1000) + 1):
            return None
        msg = sock.recv_multipart()
        if not (skip_heartbeats and msg == [b"", W, b"\x04"]):
            return msg
    return None


def ask(client, service, *body):
    client.send_multipart([b"", C, service, *body])
    return recv(client)


def mmi_until(client, name, want, timeout=2.0):
    """Ask mmi.service until it gives `want`; registration over another socket is async."""
    end = time.monotonic() + timeout
    while True:
        got = ask(client, b"mmi.service", name)
        if got == [b"", C, b"mmi.service", want] or time.monotonic() > end:
            return got
        time.sleep(0.02)


def main():
    py = sys.executable
    broker_py = os.path.join(HERE, "mdp_broker.py")
    bad = subprocess.run([py, broker_py, "tcp://127.0.0.1:*", "--liveness", "0"], capture_output=True)
    check("bad argument exits 2", bad.returncode == 2)

    broker = subprocess.Popen([py, broker_py, "tcp://127.0.0.1:*", "--heartbeat-ms", str(HB_MS)],
                              stdout=subprocess.PIPE, text=True)
    line = broker.stdout.readline().strip()
    check(f"broker announces endpoint ({line})", line.startswith("bound tcp://127.0.0.1:"))
    ep = line.split(" ", 1)[1]
    client = dealer(ep)

    check("mmi.service 404 before any worker", ask(client, b"mmi.service", b"echo") == [b"", C, b"mmi.service", b"404"])
    check("other mmi.* gets 501", ask(client, b"mmi.nope", b"x") == [b"", C, b"mmi.nope", b"501"])

    # A request queued before any worker exists is delivered once one registers.
    client.send_multipart([b"", C, b"echo", b"hello", b"world"])
    worker = dealer(ep)
    worker.send_multipart([b"", W, b"\x01", b"echo"])
    req = recv(worker)
    check("queued request reaches the worker", req is not None and req[:3] == [b"", W, b"\x02"]
          and req[4:] == [b"", b"hello", b"world"])
    worker.send_multipart([b"", W, b"\x03", req[3], b"", *req[5:]])
    check("reply routed back with client framing", recv(client) == [b"", C, b"echo", b"hello", b"world"])
    check("mmi.service 200 with a worker", mmi_until(client, b"echo", b"200") == [b"", C, b"mmi.service", b"200"])

    # A second round trip on the now-idle worker.
    client.send_multipart([b"", C, b"echo", b"again"])
    req = recv(worker)
    worker.send_multipart([b"", W, b"\x03", req[3], b"", b"AGAIN"])
    check("second round trip", recv(client) == [b"", C, b"echo", b"AGAIN"])

    hb = recv(worker, HB_MS * 3, skip_heartbeats=False)
    check("idle worker is heartbeated", hb == [b"", W, b"\x04"])

    # Garbage must be dropped without killing the broker.
    junk = dealer(ep)
    for msg in ([b"x"], [b""], [b"", b"BOGUS", b"a"], [b"", W], [b"", W, b"\x09"], [b"", W, b"\x01"],
                [b"", W, b"\x01\x02", b"svc"], [b"", W, b"\x04", b"extra"], [b"", C, b"echo"],
                [b"", W, b"\x03", b"cli", b"nonempty", b"body"], [b"", C, b"", b"body"]):
        junk.send_multipart(msg)
    check("garbage gets no answer", recv(junk, 300) is None)
    check("broker alive after garbage", broker.poll() is None and ask(client, b"mmi.x", b"y") == [b"", C, b"mmi.x", b"501"])

    # Unexpected commands get DISCONNECT.
    stranger = dealer(ep)
    stranger.send_multipart([b"", W, b"\x04"])
    check("HEARTBEAT from unknown worker -> DISCONNECT", recv(stranger) == [b"", W, b"\x05"])
    mmi_worker = dealer(ep)
    mmi_worker.send_multipart([b"", W, b"\x01", b"mmi.service"])
    check("READY for mmi.* -> DISCONNECT", recv(mmi_worker) == [b"", W, b"\x05"])
    worker.send_multipart([b"", W, b"\x01", b"echo"])
    check("second READY -> DISCONNECT", recv(worker) == [b"", W, b"\x05"])
    check("disconnected worker is forgotten", mmi_until(client, b"echo", b"404") == [b"", C, b"mmi.service", b"404"])

    # A worker that goes silent is forgotten after heartbeat x liveness.
    silent = dealer(ep)
    silent.send_multipart([b"", W, b"\x01", b"quiet"])
    check("silent worker registered", mmi_until(client, b"quiet", b"200") == [b"", C, b"mmi.service", b"200"])
    time.sleep(HB_MS * 3 / 1000 + 0.2)
    check("silent worker expired", ask(client, b"mmi.service", b"quiet") == [b"", C, b"mmi.service", b"404"])

    # DISCONNECT from a worker removes it without an answer.
    leaver = dealer(ep)
    leaver.send_multipart([b"", W, b"\x01", b"bye"])
    mmi_until(client, b"bye", b"200")
    leaver.send_multipart([b"", W, b"\x05"])
    check("DISCONNECT removes the worker", mmi_until(client, b"bye", b"404") == [b"", C, b"mmi.service", b"404"])

    broker.send_signal(signal.SIGTERM)
    check("SIGTERM exits 0", broker.wait(5) == 0)
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        ctx.destroy(linger=0)
