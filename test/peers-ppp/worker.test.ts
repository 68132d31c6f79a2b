import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { Router } from "zeromq"
import type { WorkerFault } from "../../src/protocols/ppp/peers/faults"
import { PppWorker } from "../../src/protocols/ppp/peers/worker"
import {
  Cleanup,
  EMPTY,
  HEARTBEAT,
  hex,
  isRoutedHeartbeat,
  Peer,
  text,
} from "./helpers"

// The reference PPP worker against a raw ROUTER playing the queue.
// Heartbeat 50 ms, liveness 3, first reconnect pause 30 ms, no jitter.
const hb = 50

describe("PppWorker against a raw queue", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function setup(
    opts: {
      faults?: WorkerFault[]
      reconnectMs?: number
      reconnectMaxMs?: number
      busy?: boolean
    } = {},
  ) {
    const { peer: queue, endpoint } = await Peer.router()
    cleanup.add(queue)
    const worker = new PppWorker({
      connect: endpoint,
      heartbeatMs: hb,
      liveness: 3,
      reconnectMs: opts.reconnectMs ?? 30,
      reconnectMaxMs: opts.reconnectMaxMs ?? 30,
      jitter: 0,
      faults: opts.faults,
      handler: async body => {
        if (opts.busy) await new Promise(r => setTimeout(r, 4 * hb))
        return body
      },
    })
    await worker.start()
    cleanup.add(worker)
    const first = await queue.next(500)
    assert.ok(first, "the worker says something")
    return { queue, worker, id: first[0], first: first.slice(1) }
  }

  /** The next message from a worker, skipping heartbeats. */
  const nextCommand = (q: Peer<Router>, within: number) =>
    q.nextBut(within, isRoutedHeartbeat)

  it("should open with READY, one frame 0x01 (PPP-1, PPP-2)", async () => {
    const { first } = await setup()
    assert.deepEqual(hex(first), ["01"])
  })

  it("should answer a REQUEST with one REPLY carrying the address stack (PPP-5, PPP-6)", async () => {
    const { queue, id } = await setup()
    await queue.send([id, "C1", "C2", EMPTY, "a", "b"])
    const reply = await nextCommand(queue, 300)
    assert.deepEqual(text(reply!.slice(1)), ["C1", "C2", "", "a", "b"])
    assert.equal(
      await nextCommand(queue, 2 * hb),
      undefined,
      "exactly one REPLY",
    )
  })

  it("should heartbeat while idle and while busy (PPP-8)", async () => {
    const { queue, id } = await setup({ busy: true })
    const keep = setInterval(
      () => void queue.send([id, HEARTBEAT]).catch(() => {}),
      hb / 2,
    )
    cleanup.add({ close: () => clearInterval(keep) })
    assert.ok(isRoutedHeartbeat((await queue.next(3 * hb))!), "idle")
    await queue.send([id, "C1", EMPTY, "busy"])
    const seen: string[] = []
    for (let i = 0; i < 3; i++) {
      const m = await queue.next(3 * hb)
      seen.push(
        m && isRoutedHeartbeat(m) ? "HEARTBEAT" : String(m && text(m.slice(1))),
      )
    }
    assert.deepEqual(
      seen,
      ["HEARTBEAT", "HEARTBEAT", "HEARTBEAT"],
      "busy for 4 intervals",
    )
  })

  it("should start a new conversation with READY on a new socket when the queue is silent (PPP-11, PPP-12)", async () => {
    const { queue, id } = await setup()
    const again = await nextCommand(queue, 3 * hb + 30 + 3 * hb)
    assert.ok(again, "READY again")
    assert.deepEqual(hex(again.slice(1)), ["01"])
    assert.notDeepEqual(again[0], id, "a new identity: a new socket")
  })

  it("should stay while the queue heartbeats", async () => {
    const { queue, id } = await setup()
    for (let i = 0; i < 8; i++) {
      await queue.send([id, HEARTBEAT])
      assert.equal(await nextCommand(queue, hb), undefined, "no new READY")
    }
  })

  it("should double the pause after each loss, up to the cap", async () => {
    // Pauses large beside the heartbeat tick (a loss is found on a tick, so
    // each gap carries up to one interval of noise, more on a loaded machine).
    const { queue } = await setup({ reconnectMs: 100, reconnectMaxMs: 400 })
    const at: number[] = [performance.now()]
    for (let i = 0; i < 4; i++) {
      const m = await nextCommand(queue, 3000)
      assert.deepEqual(hex(m!.slice(1)), ["01"])
      at.push(performance.now())
    }
    // Each gap is liveness (3 intervals) plus the pause: 100, 200, 400, 400.
    const pauses = at.slice(1).map((t, i) => t - at[i] - 3 * hb)
    const shown = pauses.map(Math.round).join(",")
    assert.ok(pauses[2] > pauses[0] + 150, `the pause grows: ${shown}`)
    assert.ok(pauses[3] < 400 + 3 * hb, `the pause stops at the cap: ${shown}`)
  })

  it("should break exactly one rule per fault", async () => {
    const heartbeatFirst = await setup({ faults: ["ready-late"] })
    assert.deepEqual(
      hex(heartbeatFirst.first),
      ["02"],
      "ready-late: HEARTBEAT first (PPP-1)",
    )
    const text1 = await setup({ faults: ["ready-as-text"] })
    assert.deepEqual(text(text1.first), ["READY"], "ready-as-text (PPP-2)")
  })

  it("should answer twice with fault double-reply, without the delimiter with drop-delimiter", async () => {
    const twice = await setup({ faults: ["double-reply"] })
    await twice.queue.send([twice.id, "C1", EMPTY, "x"])
    assert.ok(await nextCommand(twice.queue, 300))
    assert.ok(await nextCommand(twice.queue, 300), "a second REPLY (PPP-6)")
    const bare = await setup({ faults: ["drop-delimiter"] })
    await bare.queue.send([bare.id, "C1", EMPTY, "x"])
    assert.deepEqual(text((await nextCommand(bare.queue, 300))!.slice(1)), [
      "C1",
      "x",
    ])
  })
})
