import assert from "node:assert/strict"
import { test } from "node:test"
import { Dealer } from "zeromq"
import { type CurveClientKeys, clientSecurity } from "../../src/core/curve"
import { PppQueue } from "../../src/protocols/ppp/peers/queue"
import { PppWorker } from "../../src/protocols/ppp/peers/worker"
import {
  assertCurveService,
  curveTestKeys,
  lazyPirateAsk,
} from "../core/curve-service"
import { isHeartbeat, Peer, READY } from "./helpers"

const heartbeatMs = 100

test("a CURVE PPP queue serves allowed clients through an allowed worker, and no unknown key or plaintext peer on either side (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const queue = new PppQueue({
    frontend: "tcp://127.0.0.1:*",
    backend: "tcp://127.0.0.1:*",
    heartbeatMs,
    liveness: 20,
    curve: keys.serverCurve,
  })
  const { frontend, backend } = await queue.start()
  const worker = new PppWorker({
    connect: backend,
    heartbeatMs,
    liveness: 20,
    curve: keys.as(keys.worker),
  })
  await worker.start()
  /** A raw worker sends READY: does the queue ever heartbeat it (PPP-9)? */
  const registered = async (curve: CurveClientKeys | undefined) => {
    const w = new Peer(new Dealer({ linger: 0, ...clientSecurity(curve) }))
    w.socket.connect(backend)
    try {
      await w.send([READY])
      return isHeartbeat((await w.next(15 * heartbeatMs)) ?? [])
    } finally {
      w.close()
    }
  }
  try {
    await assertCurveService(lazyPirateAsk(frontend), keys)
    assert.equal(await registered(keys.as(keys.stranger)), false)
    assert.equal(await registered(undefined), false)
    assert.equal(
      await registered(keys.as(keys.worker)),
      true,
      "an allowed worker registered after the refusals",
    )
  } finally {
    await worker.stop()
    await queue.stop()
  }
})
