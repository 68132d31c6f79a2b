import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { MdpBrokerOptions } from "../../src/protocols/mdp/peers/broker"
import { captureLog, frames as f, RawPeer, startBroker, text } from "./helpers"

// A poison request takes down whichever worker serves it. MDP-49 lets the
// broker hand a dead worker's request to another, and the reference broker
// does, but only maxRequeues times: then it drops the request with a log
// line (no MDP version has an error answer for it) and keeps serving.
describe("MdpBroker poison requests", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(opts: Partial<MdpBrokerOptions> = {}) {
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

  /** A registered worker; a waiting request may come to it at once. */
  async function readyWorker(peer: () => RawPeer, service = "echo") {
    const w = peer()
    await w.send(f.ready(service))
    return w
  }

  /** Workers that each take the request and die holding it (DISCONNECT). */
  async function killWorkers(peer: () => RawPeer, count: number) {
    const seen: string[] = []
    for (let i = 0; i < count; i++) {
      const w = await readyWorker(peer)
      const got = await w.command(500, true)
      if (got?.command !== "REQUEST") {
        await w.send(f.disconnect())
        break
      }
      seen.push(text(got.body).join())
      await w.send(f.disconnect())
    }
    return seen
  }

  for (const maxRequeues of [3, 0]) {
    it(`should give a request to ${maxRequeues + 1} dying workers, then drop it with a log line (maxRequeues ${maxRequeues})`, async () => {
      const { peer, log } = await setup(
        maxRequeues === 3 ? {} : { maxRequeues },
      )
      const c = peer()
      await c.send(f.request("echo", "poison"))
      const served = await killWorkers(peer, maxRequeues + 2)
      assert.deepEqual(
        served,
        Array(maxRequeues + 1).fill("poison"),
        "each worker in turn got it, and then no worker",
      )
      const [line] = log.of("request-dropped")
      assert.equal(line?.reason, "poison")
      assert.equal(line?.requeues, maxRequeues)
      assert.equal(line?.service, "echo")
      // The broker keeps serving: the next request is answered.
      const w = await readyWorker(peer)
      await c.send(f.request("echo", "fine"))
      const req = await w.request(500)
      await w.send(f.reply(req.client, "fine"))
      assert.deepEqual(text((await c.reply(500))!.body), ["fine"])
    })
  }

  it("should not count a worker that dies on another request against this one", async () => {
    const { peer, log } = await setup({ maxRequeues: 1 })
    const c = peer()
    // Two requests, two workers each dying once with a different one.
    await c.send(f.request("echo", "a"))
    await c.send(f.request("echo", "b"))
    const w1 = await readyWorker(peer)
    const w2 = await readyWorker(peer)
    const [r1, r2] = [await w1.request(500), await w2.request(500)]
    await w1.send(f.disconnect())
    await w2.send(f.disconnect())
    const w3 = await readyWorker(peer)
    const again = await w3.request(500)
    await w3.send(f.reply(again.client, "done"))
    assert.deepEqual(text((await c.reply(500))!.body), ["done"])
    assert.deepEqual([text(r1.body), text(r2.body)].flat().sort(), ["a", "b"])
    assert.equal(log.of("request-dropped").length, 0, "requeued once each")
  })
})
