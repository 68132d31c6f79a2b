import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { WorkerFault } from "../../src/protocols/mdp/peers/faults"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import { RawBroker } from "./helpers"

const echo = async (body: Buffer[]) => body
const READY = 1
const HEARTBEAT = 4

/** One worker message as the fake broker saw it. */
interface Seen {
  id: Buffer
  frames: Buffer[]
  command: number
}

// The worker faults added for the worker-role scenarios, at the wire, with a
// raw ROUTER playing the broker (the older ones are in worker-client.test.ts).
describe("MdpWorker faults on the wire", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(fault: WorkerFault) {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const worker = new MdpWorker({
      connect,
      service: "echo",
      handler: echo,
      heartbeatMs: 50,
      liveness: 3,
      reconnectMs: 30,
      faults: [fault],
    })
    await worker.start()
    cleanup.push(() => worker.stop())
    return broker
  }

  async function next(broker: RawBroker, within = 300): Promise<Seen> {
    const got = await broker.next(within)
    assert.ok(got, `a worker message within ${within} ms`)
    const [id, ...frames] = got
    return { id, frames, command: frames[2]?.[0] ?? -1 }
  }

  /** Everything the worker says for `ms`. */
  async function during(broker: RawBroker, ms: number): Promise<Seen[]> {
    const seen: Seen[] = []
    const deadline = performance.now() + ms
    for (;;) {
      const left = deadline - performance.now()
      const got = left > 0 ? await broker.next(left) : undefined
      if (!got) return seen
      const [id, ...frames] = got
      seen.push({ id, frames, command: frames[2]?.[0] ?? -1 })
    }
  }

  it("no-reconnect: a silent broker keeps the old connection, with HEARTBEAT and no new READY (MDP-44)", async () => {
    const broker = await setup("no-reconnect")
    const ready = await next(broker)
    assert.equal(ready.command, READY)
    // 3 × 50 ms of silence ends the connection normally; wait well past it.
    const seen = await during(broker, 400)
    assert.ok(seen.length >= 4, `still heartbeating: ${seen.length} messages`)
    for (const m of seen) {
      assert.equal(m.command, HEARTBEAT)
      assert.ok(m.id.equals(ready.id), "same connection")
    }
  })

  it("drop-address-delimiter: REPLY lacks the empty frame after the client address (MDP-38)", async () => {
    const broker = await setup("drop-address-delimiter")
    const { id } = await next(broker)
    await broker.send([id, "", "MDPW01", Buffer.from([2]), "C1", "", "a", "b"])
    for (;;) {
      const m = await next(broker)
      if (m.command === HEARTBEAT) continue
      assert.deepEqual(
        m.frames,
        ["", "MDPW01", Buffer.from([3]), "C1", "a", "b"].map(f =>
          Buffer.from(f),
        ),
      )
      return
    }
  })

  it("ready-late: HEARTBEAT before READY on every new connection (MDP-24)", async () => {
    const broker = await setup("ready-late")
    const first = [await next(broker), await next(broker)]
    assert.deepEqual(
      first.map(m => m.command),
      [HEARTBEAT, READY],
    )
    assert.ok(first[0].id.equals(first[1].id), "both on one connection")
    assert.equal(
      first[1].frames[3]?.toString(),
      "echo",
      "READY is well formed (MDP-16)",
    )
    await broker.send([first[0].id, "", "MDPW01", Buffer.from([5])])
    const again = [await next(broker), await next(broker)]
    assert.deepEqual(
      again.map(m => m.command),
      [HEARTBEAT, READY],
    )
    assert.ok(
      !again[0].id.equals(first[0].id),
      "after DISCONNECT, a new connection",
    )
  })
})
