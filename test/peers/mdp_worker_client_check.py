#!/usr/bin/python3
"""Smoke check for mdp_worker.py and mdp_client.py. It runs them against mdp_broker.py,
and the worker also against a scripted ROUTER that plays the broker. Exits 0 when every
check passes.

    /usr/bin/python3 test/peers/mdp_worker_client_check.py
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

import zmq

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
BROKER = os.path.join(HERE, "mdp_broker.py")
WORKER = os.path.join(HERE, "mdp_worker.py")
CLIENT = os.path.join(HERE, "mdp_client.py")
HB_MS, LIVENESS, RECONNECT_MS = 200, 3, 300
W = b"MDPW01"
READY, REQUEST, REPLY, HEARTBEAT, DISCONNECT = (bytes([n]) for n in range(1, 6))
ctx = zmq.Context()
failures = 0
children = []


def check(what, ok):
    global failures
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    failures += 0 if ok else 1


def spawn(args, stderr=None):
    proc = subprocess.Popen([PY, *args], stdout=subprocess.PIPE, stderr=stderr, text=True)
    children.append(proc)
    return proc


def start_broker(endpoint):
    broker = spawn([BROKER, endpoint, "--heartbeat-ms", str(HB_MS), "--liveness", str(LIVENESS)])
    line = broker.stdout.readline().strip()
    return broker, line.split(" ", 1)[1] if line.startswith("bound ") else None


def start_worker(endpoint, service, log):
    return spawn([WORKER, endpoint, service, "--heartbeat-ms", str(HB_MS), "--liveness", str(LIVENESS),
                  "--reconnect-ms", str(RECONNECT_MS), "--verbose"], stderr=log)


def client(endpoint, service, *body, timeout_ms=1000, retries=3):
    return subprocess.run([PY, CLIENT, endpoint, service, *body, "--timeout-ms", str(timeout_ms),
                           "--retries", str(retries), "--verbose"], capture_output=True, text=True, timeout=30)


def recv(sock, timeout_s, skip_heartbeats=True):
    """Next message on a ROUTER as (identity, rest), or (None, None) on timeout."""
    end = time.monotonic() + timeout_s
    while (left := end - time.monotonic()) > 0:
        if not sock.poll(int(left * 1000) + 1):
            break
        identity, *rest = sock.recv_multipart()
        if not (skip_heartbeats and rest == [b"", W, HEARTBEAT]):
            return identity, rest
    return None, None


def with_real_broker(log):
    bad = subprocess.run([PY, WORKER, "tcp://127.0.0.1:1", "echo", "--liveness", "0"], capture_output=True)
    check("worker: bad argument exits 2", bad.returncode == 2)
    bad = subprocess.run([PY, CLIENT, "tcp://127.0.0.1:1", "echo"], capture_output=True)
    check("client: missing body exits 2", bad.returncode == 2)

    broker, ep = start_broker("tcp://127.0.0.1:*")
    check(f"broker bound ({ep})", ep is not None)
    worker = start_worker(ep, "echo", log)
    line = worker.stdout.readline().strip()
    check(f"worker announces itself ({line})", line == "connected " + ep)

    got = client(ep, "echo", "hello", "two words", "")
    check("echo round trip: exit 0", got.returncode == 0)
    check("echo round trip: one body frame per line", got.stdout == "hello\ntwo words\n\n")
    got = client(ep, "echo", "again")
    check("second round trip", got.returncode == 0 and got.stdout == "again\n")

    # No worker for the service: 3 attempts of 300 ms, then exit 1.
    started = time.monotonic()
    got = client(ep, "nobody", "x", timeout_ms=300, retries=3)
    took = time.monotonic() - started
    sends = got.stderr.count("mdp_client: send ")
    check("no worker: client exits 1", got.returncode == 1)
    check(f"no worker: --retries 3 means 3 attempts (sent {sends})", sends == 3)
    check(f"no worker: gives up after about 3 x timeout ({took:.2f} s)", 0.85 <= took < 2.5)
    check("no worker: error on stderr, nothing on stdout", "giving up" in got.stderr and got.stdout == "")

    # Broker dies and comes back on the same port: the worker must register afresh on a
    # new socket. After a short outage the old socket may reconnect by itself and be
    # told DISCONNECT by the new broker; after a long one the worker must notice the
    # silence. Both paths end in a fresh READY.
    for outage, path in ((0.1, "either path"), (1.2, "broker silent")):
        readies = open(log.name).read().count("send [][MDPW01][0x01][echo]")
        broker.kill()
        broker.wait()
        time.sleep(outage)
        broker, ep2 = start_broker(ep)
        check(f"broker restarted on the same endpoint after {outage} s ({ep2})", ep2 == ep)
        got = client(ep, "echo", "back", timeout_ms=500, retries=8)
        check("worker re-registered: round trip after restart", got.returncode == 0 and got.stdout == "back\n")
        text = open(log.name).read()
        check(f"worker sent READY again ({path})",
              text.count("send [][MDPW01][0x01][echo]") > readies)
        if path == "broker silent":
            check("worker noticed the silent broker", "broker silent" in text)

    worker.send_signal(signal.SIGTERM)
    check("worker: SIGTERM exits 0", worker.wait(5) == 0)
    check("worker sent DISCONNECT on SIGTERM", "send [][MDPW01][0x05]" in open(log.name).read())
    broker.send_signal(signal.SIGTERM)
    broker.wait(5)


def with_scripted_broker(log):
    router = ctx.socket(zmq.ROUTER)
    router.setsockopt(zmq.LINGER, 0)
    router.bind("tcp://127.0.0.1:*")
    ep = router.getsockopt(zmq.LAST_ENDPOINT).decode()
    worker = start_worker(ep, "svc", log)
    first, msg = recv(router, 2)
    check("READY frames", msg == [b"", W, READY, b"svc"])

    started = time.monotonic()
    ident, msg = recv(router, 1, skip_heartbeats=False)
    took = time.monotonic() - started
    check(f"HEARTBEAT after one quiet interval ({took:.2f} s)", msg == [b"", W, HEARTBEAT] and took < HB_MS / 1000 * 1.5)

    router.send_multipart([first, b"", W, REQUEST, b"\x00client", b"", b"a", b"", b"c"])
    ident, msg = recv(router, 1)
    check("REPLY echoes client address and body", ident == first and msg == [b"", W, REPLY, b"\x00client", b"", b"a", b"", b"c"])

    for junk in ([b"x"], [b"", b"MDPW02", HEARTBEAT], [b"", W, b"\x09"], [b"", W, HEARTBEAT, b"x"],
                 [b"", W, REQUEST, b"cli", b"", ], [b"", W, REQUEST, b"cli", b"x", b"body"], [b"", W, READY, b"s"]):
        router.send_multipart([first, *junk])
    ident, msg = recv(router, 0.3)
    check("invalid messages get no answer", msg is None)
    check("invalid messages are logged", open(log.name).read().count("ignored invalid message") == 7)

    # Keep the connection alive, then refuse it: the worker reconnects at once.
    router.send_multipart([first, b"", W, DISCONNECT])
    started = time.monotonic()
    second, msg = recv(router, 2)
    took = time.monotonic() - started
    check(f"DISCONNECT: READY at once on a new socket ({took:.2f} s)",
          msg == [b"", W, READY, b"svc"] and second != first and took < 0.2)

    # Refused again right after READY: a second bare refusal in a row waits reconnect-ms.
    router.send_multipart([second, b"", W, DISCONNECT])
    third, msg = recv(router, 2)
    router.send_multipart([third, b"", W, DISCONNECT])
    started = time.monotonic()
    fourth, msg = recv(router, 2)
    took = time.monotonic() - started
    check(f"repeated refusal: READY after reconnect-ms ({took:.2f} s)",
          msg == [b"", W, READY, b"svc"] and fourth not in (first, second, third) and took >= RECONNECT_MS / 1000 * 0.9)

    # Silence: lost after liveness x heartbeat, READY again after reconnect-ms.
    started = time.monotonic()
    fifth, msg = recv(router, 5)
    took = time.monotonic() - started
    low = (HB_MS * LIVENESS + RECONNECT_MS) / 1000
    check(f"silent broker: READY on a new socket after about {low:.1f} s ({took:.2f} s)",
          msg == [b"", W, READY, b"svc"] and fifth != fourth and low * 0.9 <= took < low + 0.5)

    worker.send_signal(signal.SIGINT)
    ident, msg = recv(router, 2)
    check("SIGINT: DISCONNECT sent", ident == fifth and msg == [b"", W, DISCONNECT])
    check("SIGINT: exits 0", worker.wait(5) == 0)
    router.close()


def main():
    with tempfile.NamedTemporaryFile("w+", prefix="mdp_worker_") as log:
        with_real_broker(log)
    with tempfile.NamedTemporaryFile("w+", prefix="mdp_worker_") as log:
        with_scripted_broker(log)
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        for proc in children:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        ctx.destroy(linger=0)
