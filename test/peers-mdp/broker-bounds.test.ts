import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { MdpBrokerOptions } from "../../src/protocols/mdp/peers/broker"
import { captureLog, frames as f, RawPeer, startBroker, text } from "./helpers"

// The broker's global bounds: requests and bytes waiting across all
// services, and the number of services. Past one, a request is dropped
// unanswered (MDP has no error reply) and logged, a READY for one service
// too many gets DISCONNECT, and the broker goes on serving what it holds.
describe("MdpBroker global bounds", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(opts: Partial<MdpBrokerOptions>) {
    const log = captureLog()
    const { broker, endpoint } = await startBroker({
      logger: log.logger,
      ...opts,
    })
    cleanup.push(() => broker.stop())
    const peer = () => {
      const p = new RawPeer(endpoint)
      cleanup.push(() => p.close())
      return p
    }
    return { peer, log, broker }
  }

  /** MMI on the same socket: once it answers, what was sent before is handled. */
  async function sync(c: RawPeer) {
    await c.send(f.request("mmi.service", "echo"))
    assert.equal((await c.reply(500))?.service, "mmi.service")
  }

  /**
   * A worker for `service` that answers `count` requests, returning their
   * bodies; with `leave`, it then sends DISCONNECT.
   */
  async function drain(
    peer: () => RawPeer,
    service: string,
    count: number,
    leave = false,
  ) {
    const w = peer()
    await w.send(f.ready(service))
    const bodies: string[] = []
    for (let i = 0; i < count; i++) {
      const req = await w.request(500)
      bodies.push(text(req.body).join())
      await w.send(f.reply(req.client, "ok"))
    }
    assert.equal(await w.command(100, true), undefined, "nothing more queued")
    if (leave) await w.send(f.disconnect())
    return bodies
  }

  it("should refuse requests past max-queued-requests, across services, and serve those it holds", async () => {
    const { peer, log, broker } = await setup({ maxQueuedRequests: 3 })
    const c = peer()
    for (const s of ["a", "b", "a", "b", "c"])
      await c.send(f.request(s, `${s}-req`))
    await sync(c)
    assert.deepEqual(broker.stats().queuedRequests, 3)
    const refused = log.of("request-refused")
    assert.deepEqual(
      refused.map(l => [l.limit, l.service]),
      [["max-queued-requests", "b"]],
      "one line, the second refusal counted in the next",
    )
    assert.deepEqual(await drain(peer, "a", 2), ["a-req", "a-req"])
    assert.deepEqual(await drain(peer, "b", 1), ["b-req"])
    assert.equal(broker.stats().queuedRequests, 0)
    assert.equal(broker.stats().services, 2, "a and b keep their workers")
  })

  it("should refuse a request that would pass max-queued-bytes", async () => {
    const { peer, log, broker } = await setup({ maxQueuedBytes: 10 })
    const c = peer()
    await c.send(f.request("a", "123456"))
    await c.send(f.request("b", "12345"))
    await c.send(f.request("b", "1234"))
    await sync(c)
    assert.deepEqual(broker.stats().queuedBytes, 10)
    assert.deepEqual(
      log.of("request-refused").map(l => l.limit),
      ["max-queued-bytes"],
    )
    assert.deepEqual(await drain(peer, "b", 1), ["1234"])
  })

  it("should cap the number of services, for requests and READY alike", async () => {
    const { peer, log, broker } = await setup({ maxServices: 2 })
    const c = peer()
    await c.send(f.request("a", "1"))
    await c.send(f.request("b", "2"))
    await c.send(f.request("c", "3"))
    await sync(c)
    assert.equal(broker.stats().services, 2)
    assert.deepEqual(
      log.of("request-refused").map(l => [l.limit, l.service]),
      [["max-services", "c"]],
    )
    const w = peer()
    await w.send(f.ready("d"))
    assert.deepEqual(await w.command(500), { command: "DISCONNECT" })
    assert.equal(log.of("worker-rejected")[0]?.reason, "too many services")
    // A service with neither requests nor workers is forgotten: room again.
    assert.deepEqual(await drain(peer, "a", 1, true), ["1"])
    await sync(peer())
    const again = peer()
    await again.send(f.ready("d"))
    assert.deepEqual(await again.command(500), { command: "HEARTBEAT" })
    assert.deepEqual(broker.stats().services, 2, "b and d")
  })

  it("should forget services nobody serves once their requests expire", async () => {
    const { peer, broker } = await setup({ requestExpiryMs: 100 })
    const c = peer()
    for (let i = 0; i < 50; i++) await c.send(f.request(`made-up-${i}`, "x"))
    await sync(c)
    assert.equal(broker.stats().services, 50)
    const deadline = Date.now() + 3000
    while (broker.stats().services > 0 && Date.now() < deadline)
      await new Promise(r => setTimeout(r, 50))
    assert.deepEqual(
      { ...broker.stats(), logKeys: 0 },
      {
        workers: 0,
        services: 0,
        queuedRequests: 0,
        queuedBytes: 0,
        logKeys: 0,
      },
    )
  })
})
