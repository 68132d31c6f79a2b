import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { MdpBroker } from "../../src/protocols/mdp/peers/broker"
import {
  MdpClient,
  RequestTimeoutError,
} from "../../src/protocols/mdp/peers/client"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import { fast, startBroker, text } from "./helpers"

const upper = async (body: Buffer[]) =>
  body.map(b => Buffer.from(b.toString().toUpperCase()))
const bufs = (...s: string[]) => s.map(x => Buffer.from(x))

// The three reference peers together, in process, over tcp://127.0.0.1.
describe("MDP/0.1 reference peers", () => {
  const stops: Array<() => unknown> = []

  afterEach(async () => {
    // Workers first, so their DISCONNECT still finds the broker.
    for (const stop of stops.splice(0).reverse()) await stop()
  })

  async function broker(opts = {}) {
    const b = await startBroker(opts)
    stops.push(() => b.broker.stop())
    return b.endpoint
  }

  async function worker(endpoint: string, service = "echo", reconnectMs = 50) {
    const w = new MdpWorker({
      connect: endpoint,
      service,
      handler: upper,
      ...fast,
      reconnectMs,
    })
    await w.start()
    stops.push(() => w.stop())
    return w
  }

  function client(endpoint: string, timeoutMs = 1000, retries = 3) {
    const c = new MdpClient({ connect: endpoint, timeoutMs, retries })
    stops.push(() => c.close())
    return c
  }

  it("should round-trip a multi-frame request", async () => {
    const endpoint = await broker()
    await worker(endpoint)
    const reply = await client(endpoint).request("echo", bufs("hello", "world"))
    assert.deepEqual(text(reply), ["HELLO", "WORLD"])
  })

  it("should answer MMI: 200, 404, 501 (MMI-5, MMI-6, MMI-7)", async () => {
    const endpoint = await broker()
    await worker(endpoint)
    const c = client(endpoint)
    await c.request("echo", bufs("registered?"))
    assert.deepEqual(text(await c.request("mmi.service", bufs("echo"))), [
      "200",
    ])
    assert.deepEqual(text(await c.request("mmi.service", bufs("nope"))), [
      "404",
    ])
    assert.deepEqual(text(await c.request("mmi.other", bufs("echo"))), ["501"])
  })

  it("should serve many clients over several workers", async () => {
    const endpoint = await broker()
    for (let i = 0; i < 3; i++) await worker(endpoint)
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client(endpoint).request("echo", bufs(`r${i}`)),
      ),
    )
    assert.deepEqual(
      replies.map(r => text(r)[0]),
      Array.from({ length: 20 }, (_, i) => `R${i}`),
    )
  })

  it("should bring workers back after a broker restart (MDP-36, MDP-45)", async () => {
    const first = new MdpBroker({ bind: "tcp://127.0.0.1:*", ...fast })
    const endpoint = await first.start()
    await worker(endpoint)
    const c = client(endpoint, 500, 8)
    assert.deepEqual(text(await c.request("echo", bufs("before"))), ["BEFORE"])
    await first.stop()
    // Same port: the worker's old DEALER reconnects underneath, the new broker
    // does not know it and says DISCONNECT, the worker starts a new session.
    const second = new MdpBroker({ bind: endpoint, ...fast })
    await bindWithRetry(second)
    stops.push(() => second.stop())
    assert.deepEqual(text(await c.request("echo", bufs("after"))), ["AFTER"])
  })

  it("should give up with RequestTimeoutError after the tries (MDP-12)", async () => {
    const endpoint = await broker()
    const c = client(endpoint, 100, 2)
    const started = Date.now()
    await assert.rejects(c.request("nobody", bufs("x")), (err: unknown) => {
      assert.ok(err instanceof RequestTimeoutError)
      assert.equal(err.tries, 2)
      assert.match(err.message, /after 2 tries of 100 ms/)
      return true
    })
    assert.ok(Date.now() - started >= 190, "waited two timeouts")
  })

  it("should resend on a new socket and get the late reply (Lazy Pirate)", async () => {
    const endpoint = await broker()
    const c = client(endpoint, 150, 5)
    const pending = c.request("slow", bufs("x"))
    // No worker for 200 ms: the first try times out, a later one is served.
    await new Promise(resolve => setTimeout(resolve, 200))
    await worker(endpoint, "slow")
    assert.deepEqual(text(await pending), ["X"])
  })
})

/** Rebinding a port just released can briefly fail; try for up to 2 s. */
async function bindWithRetry(broker: MdpBroker): Promise<void> {
  const deadline = Date.now() + 2000
  for (;;) {
    try {
      await broker.start()
      return
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise(resolve => setTimeout(resolve, 20))
    }
  }
}
