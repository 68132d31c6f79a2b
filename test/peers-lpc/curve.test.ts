import assert from "node:assert/strict"
import { test } from "node:test"
import { setTimeout as sleep } from "node:timers/promises"
import {
  GaveUpError,
  LazyPirateClient,
} from "../../src/protocols/lazy-pirate/peers/client"
import { EchoServer } from "../../src/protocols/lazy-pirate/peers/server"
import {
  assertCurveService,
  curveTestKeys,
  lazyPirateAsk,
} from "../core/curve-service"

test("a CURVE Lazy Pirate server serves an allowed client, and no unknown key or plaintext client (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const server = new EchoServer({
    bind: "tcp://127.0.0.1:*",
    curve: keys.serverCurve,
  })
  const endpoint = await server.start()
  try {
    await assertCurveService(lazyPirateAsk(endpoint), keys)
  } finally {
    await server.stop()
  }
})

test(
  "a client whose CURVE handshake was refused before it sent gives up after its attempts instead of hanging (LPC-1, LPC-10)",
  { timeout: 15_000 },
  async () => {
    const keys = curveTestKeys()
    const server = new EchoServer({
      bind: "tcp://127.0.0.1:*",
      curve: keys.serverCurve,
    })
    const endpoint = await server.start()
    // The client connects when it is made; by the time it sends, the server
    // has refused the stranger's key and REQ has no connection to queue on.
    const client = new LazyPirateClient({
      connect: endpoint,
      timeoutMs: 300,
      retries: 2,
      curve: keys.as(keys.stranger),
    })
    try {
      await sleep(1000)
      const started = performance.now()
      await assert.rejects(
        client.request([Buffer.from("1")]),
        (err: unknown) => err instanceof GaveUpError && err.attempts === 2,
      )
      // Two attempts of 300 ms each, and a loaded machine's slack.
      const took = performance.now() - started
      assert.ok(took < 5000, `gave up after ${Math.round(took)} ms`)
    } finally {
      client.close()
      await server.stop()
    }
  },
)
