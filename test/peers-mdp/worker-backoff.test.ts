import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import { captureLog, fromWorker, RawBroker, toWorker } from "./helpers"

// MDP-45: a worker that lost its broker starts a new conversation. The
// pause before it does is a capped, jittered exponential back-off (the
// shared Backoff): doubling while the broker stays silent, starting afresh
// once a broker speaks, never longer than reconnectMaxMs.
describe("MdpWorker reconnect back-off", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(random: () => number) {
    const broker = new RawBroker()
    cleanup.push(() => broker.close())
    const endpoint = await broker.bind()
    const log = captureLog()
    const worker = new MdpWorker({
      connect: endpoint,
      service: "echo",
      handler: body => body,
      heartbeatMs: 30,
      liveness: 2,
      reconnectMs: 40,
      reconnectMaxMs: 160,
      logger: log.logger,
      random,
    })
    await worker.start()
    cleanup.push(() => worker.stop())
    /** The next READY, from a new connection; its routing id. */
    const ready = async () => {
      const got = await fromWorker(broker, 3000)
      assert.equal(got?.msg.command, "READY")
      return got!.id
    }
    const pauses = () => log.of("reconnecting").map(l => l.afterMs)
    return { broker, ready, pauses }
  }

  it("should double the pause while the broker stays silent, up to the cap, and start afresh once it speaks", async () => {
    // random() = 0: no jitter, so the pauses are exact.
    const { broker, ready, pauses } = await setup(() => 0)
    for (let i = 0; i < 5; i++) await ready()
    assert.deepEqual(pauses(), [40, 80, 160, 160])
    // This connection hears the broker once, then silence: the next pause
    // is the first one again.
    const id = await ready()
    await broker.send(toWorker.heartbeat(id))
    await ready()
    assert.deepEqual(pauses().slice(4), [160, 40])
  })

  it("should draw each pause within [0.8 d, d]", async () => {
    const { ready, pauses } = await setup(() => 0.999)
    for (let i = 0; i < 4; i++) await ready()
    assert.deepEqual(pauses(), [32, 64, 128])
  })
})
