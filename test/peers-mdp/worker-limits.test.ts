import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import {
  MdpWorker,
  type MdpWorkerOptions,
} from "../../src/protocols/mdp/peers/worker"
import { fromWorker, RawBroker, toWorker } from "./helpers"

// The worker's limits, against a fake broker that sends what the reference
// broker never would: requests over the worker's limits.
describe("MdpWorker limits", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(opts: Partial<MdpWorkerOptions>) {
    const broker = new RawBroker()
    const endpoint = await broker.bind()
    cleanup.push(() => broker.close())
    const served: string[][] = []
    const worker = new MdpWorker({
      connect: endpoint,
      service: "echo",
      handler: async body => {
        served.push(body.map(b => b.toString()))
        return body
      },
      heartbeatMs: 50,
      liveness: 10,
      reconnectMs: 30,
      ...opts,
    })
    await worker.start()
    cleanup.push(() => worker.stop())
    const ready = await fromWorker(broker, 500)
    assert.equal(ready?.msg.command, "READY")
    return { broker, served, id: ready.id }
  }

  it("should leave on a REQUEST over --max-frames, unserved, and serve one at the limit after reconnecting", async () => {
    const { broker, served, id } = await setup({ maxFrames: 2 })
    await broker.send(toWorker.request(id, "C1", "a", "b", "c"))
    assert.deepEqual(await fromWorker(broker, 300), {
      id,
      msg: { command: "DISCONNECT" },
    })
    const again = await fromWorker(broker, 500)
    assert.equal(again?.msg.command, "READY")
    await broker.send(toWorker.request(again.id, "C2", "a", "b"))
    const reply = await fromWorker(broker, 300)
    assert.equal(reply?.msg.command, "REPLY")
    assert.deepEqual(served, [["a", "b"]], "the handler never saw the first")
  })

  it("should never see a frame longer than --max-message-bytes, and start afresh", async () => {
    const opts = { maxMessageBytes: 1000, liveness: 3 }
    const { broker, served, id } = await setup(opts)
    await broker.send(toWorker.request(id, "C1", Buffer.alloc(1001)))
    // libzmq drops the connection before the worker could say DISCONNECT;
    // the broker falls silent and the worker opens a new socket (MDP-44).
    let next = await fromWorker(broker, 600, false)
    while (next?.id.equals(id)) {
      assert.equal(next.msg.command, "HEARTBEAT", "sent before the drop")
      next = await fromWorker(broker, 600, false)
    }
    assert.equal(next?.msg.command, "READY")
    assert.deepEqual(served, [])
  })
})
