import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { BadReplyError, MdpClient } from "../../src/protocols/mdp/peers/client"
import type { WorkerFault } from "../../src/protocols/mdp/peers/faults"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import { fromWorker, RawBroker, toWorker } from "./helpers"

const echo = async (body: Buffer[]) => body

describe("MdpWorker against a fake broker", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(faults: WorkerFault[] = [], liveness = 3) {
    const broker = new RawBroker()
    const endpoint = await broker.bind()
    cleanup.push(() => broker.close())
    const worker = new MdpWorker({
      connect: endpoint,
      service: "echo",
      handler: echo,
      heartbeatMs: 50,
      liveness,
      reconnectMs: 30,
      faults,
    })
    await worker.start()
    cleanup.push(() => worker.stop())
    const ready = await fromWorker(broker, 500)
    assert.deepEqual(ready?.msg, { command: "READY", service: "echo" })
    return { broker, worker, id: ready.id }
  }

  it("should serve REQUEST with REPLY to the same client address (MDP-18)", async () => {
    const { broker, id } = await setup()
    await broker.send(toWorker.request(id, "C1", "a", "b"))
    const got = await fromWorker(broker, 300)
    assert.deepEqual(got?.msg, {
      command: "REPLY",
      client: Buffer.from("C1"),
      body: [Buffer.from("a"), Buffer.from("b")],
    })
  })

  it("should heartbeat when idle (MDP-43)", async () => {
    const { broker, id } = await setup([], 10)
    const beat = await fromWorker(broker, 200, false)
    assert.deepEqual(beat, { id, msg: { command: "HEARTBEAT" } })
  })

  it("should reconnect on a new socket after DISCONNECT (MDP-36)", async () => {
    const { broker, id } = await setup()
    await broker.send(toWorker.disconnect(id))
    const again = await fromWorker(broker, 500)
    assert.equal(again?.msg.command, "READY")
    assert.notDeepEqual(again.id, id, "a new socket has a new identity")
  })

  it("should reconnect when the broker goes silent (MDP-44, MDP-45)", async () => {
    const { broker, id } = await setup()
    // Nothing from the broker: after 3 × 50 ms plus 30 ms, READY again.
    const again = await fromWorker(broker, 600)
    assert.equal(again?.msg.command, "READY")
    assert.notDeepEqual(again.id, id)
  })

  it("should stay with a broker that heartbeats", async () => {
    const { broker, id } = await setup()
    for (let i = 0; i < 6; i++) {
      await broker.send(toWorker.heartbeat(id))
      assert.equal(await fromWorker(broker, 50), undefined, "no new READY")
    }
  })

  it("should say DISCONNECT on stop() (MDP-30)", async () => {
    const { broker, worker, id } = await setup()
    await worker.stop()
    assert.deepEqual(await fromWorker(broker, 300), {
      id,
      msg: { command: "DISCONNECT" },
    })
  })

  it("should send READY twice with the double-ready fault (MDP-27)", async () => {
    const { broker } = await setup(["double-ready"])
    assert.equal((await fromWorker(broker, 300))?.msg.command, "READY")
  })

  it("should not heartbeat with the no-heartbeat fault (MDP-43)", async () => {
    const { broker } = await setup(["no-heartbeat"], 10)
    assert.equal(await fromWorker(broker, 200, false), undefined)
  })

  it("should keep talking after DISCONNECT with the ignore-disconnect fault (MDP-35)", async () => {
    const { broker, id } = await setup(["ignore-disconnect"], 10)
    await broker.send(toWorker.disconnect(id))
    const next = await fromWorker(broker, 200, false)
    assert.deepEqual(next, { id, msg: { command: "HEARTBEAT" } })
  })
})

describe("MdpClient against a fake broker", () => {
  it("should reject a reply for another service (MDP-7)", async () => {
    const broker = new RawBroker()
    const endpoint = await broker.bind()
    const client = new MdpClient({
      connect: endpoint,
      timeoutMs: 500,
      retries: 1,
    })
    try {
      const pending = client.request("echo", [Buffer.from("x")])
      const frames = await broker.next(500)
      assert.ok(frames)
      assert.deepEqual(
        frames.slice(1).map(String),
        ["", "MDPC01", "echo", "x"],
        "REQ frames (MDP-6)",
      )
      await broker.send([frames[0], "", "MDPC01", "other", "x"])
      await assert.rejects(
        pending,
        (err: unknown) => err instanceof BadReplyError && err.rule === "MDP-7",
      )
    } finally {
      client.close()
      broker.close()
    }
  })
})
