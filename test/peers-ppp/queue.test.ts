import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { QueueFault } from "../../src/protocols/ppp/peers/faults"
import { PppQueue } from "../../src/protocols/ppp/peers/queue"
import {
  Cleanup,
  EMPTY,
  HEARTBEAT,
  isHeartbeat,
  Peer,
  READY,
  text,
} from "./helpers"

// The reference PPP queue on the wire: raw DEALER workers on the backend,
// REQ clients on the frontend. Heartbeat 50 ms; liveness 10 unless a test
// is about expiry, so a busy machine does not purge workers by accident.
const hb = 50

describe("PppQueue on the wire", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function setup(
    opts: { liveness?: number; faults?: QueueFault[] } = {},
  ) {
    const queue = new PppQueue({
      frontend: "tcp://127.0.0.1:*",
      backend: "tcp://127.0.0.1:*",
      heartbeatMs: hb,
      liveness: opts.liveness ?? 10,
      faults: opts.faults,
    })
    const { frontend, backend } = await queue.start()
    cleanup.add(queue)
    /** A worker seen registered: its first HEARTBEAT came (PPP-9). */
    const worker = async () => {
      const w = await newWorker()
      assert.ok(
        isHeartbeat((await w.next(10 * hb)) ?? []),
        "a HEARTBEAT after READY",
      )
      return w
    }
    const newWorker = async () => {
      const w = cleanup.add(Peer.dealer(backend))
      await w.send([READY])
      return w
    }
    const client = () => cleanup.add(Peer.req(frontend))
    return { queue, frontend, backend, worker, newWorker, client }
  }

  /** A worker that heartbeats every half interval until the test ends. */
  const keepAlive = (w: Peer) => {
    const beat = setInterval(
      () => void w.send([HEARTBEAT]).catch(() => {}),
      hb / 2,
    )
    cleanup.add({ close: () => clearInterval(beat) })
    return w
  }

  /** The next REQUEST, skipping heartbeats: [stack...][""][body...]. */
  const request = (w: Peer, within = 10 * hb) => w.nextBut(within, isHeartbeat)

  it("should pass a client request as REQUEST with the client's address stack and route the REPLY back (PPP-4, LPC-17)", async () => {
    const { worker, client } = await setup()
    const w = await worker()
    const c = client()
    await c.send(["hello", "world"])
    const req = await request(w)
    assert.ok(req, "the worker got the request")
    assert.equal(
      req.length,
      4,
      "one address frame, the empty frame, two content frames",
    )
    assert.deepEqual(req[1], EMPTY)
    assert.deepEqual(text(req.slice(2)), ["hello", "world"])
    await w.send([req[0], EMPTY, "HELLO"])
    assert.deepEqual(text((await c.next(10 * hb)) ?? []), ["HELLO"])
  })

  it("should hand requests to the worker idle longest", async () => {
    const { worker, client } = await setup()
    const w1 = await worker()
    const w2 = await worker()
    const c1 = client()
    await c1.send("one")
    const r1 = await request(w1)
    assert.deepEqual(text(r1!.slice(2)), ["one"], "w1 said READY first")
    const c2 = client()
    await c2.send("two")
    assert.deepEqual(text((await request(w2))!.slice(2)), ["two"])
    await w1.send([r1![0], EMPTY, "one"])
    await c1.next(10 * hb)
    const c3 = client()
    await c3.send("three")
    assert.deepEqual(
      text((await request(w1))!.slice(2)),
      ["three"],
      "w1 is idle again",
    )
  })

  it("should heartbeat a busy worker too (PPP-9)", async () => {
    const { worker, client } = await setup()
    const w = await worker()
    await client().send("work")
    assert.ok(await request(w))
    const beats: number[] = []
    for (let i = 0; i < 3; i++) {
      const m = await w.next(3 * hb)
      assert.ok(m && isHeartbeat(m), `HEARTBEAT ${i + 1} while busy`)
      beats.push(performance.now())
    }
    assert.ok(beats[2] - beats[0] >= 1.5 * hb, "an interval apart, not a burst")
  })

  it("should purge a silent worker: no more HEARTBEAT, its work goes elsewhere (PPP-11, PPP-13)", async () => {
    const { worker, client } = await setup({ liveness: 3 })
    const w1 = await worker()
    const w2 = await worker()
    // w2 keeps heartbeating; w1 goes silent and must be purged within (3 + 1.5) intervals.
    keepAlive(w2)
    await new Promise(r => setTimeout(r, 5 * hb))
    while (await w1.next(1)) {
      /* drain what came while it was alive */
    }
    assert.equal(
      await w1.next(3 * hb),
      undefined,
      "nothing more for the purged worker",
    )
    const c = client()
    await c.send("after")
    assert.deepEqual(text((await request(w2))!.slice(2)), ["after"])
  })

  it("should give the request of a worker that died to another worker (PPP-16)", async () => {
    const { worker, newWorker, client } = await setup({ liveness: 3 })
    const w1 = await worker()
    const c = client()
    await c.send("orphan")
    const r1 = await request(w1)
    assert.ok(r1)
    w1.close() // dies holding the request
    const w2 = keepAlive(await newWorker())
    const again = await request(w2, 10 * hb)
    assert.deepEqual(text(again!.slice(1)), ["", "orphan"])
    await w2.send(again!)
    assert.deepEqual(text((await c.next(10 * hb)) ?? []), ["orphan"])
  })

  it("should read no client request while no worker is idle, then serve it", async () => {
    const { newWorker, client } = await setup()
    const c = client()
    await c.send("early")
    await new Promise(r => setTimeout(r, 2 * hb))
    const w = await newWorker()
    assert.deepEqual(text((await request(w))!.slice(2)), ["early"])
  })

  it("should ignore HEARTBEAT from a worker that never said READY (PPP-1)", async () => {
    const { backend } = await setup()
    const stranger = cleanup.add(Peer.dealer(backend))
    await stranger.send([HEARTBEAT])
    assert.equal(
      await stranger.next(3 * hb),
      undefined,
      "not heartbeated: it must READY",
    )
  })

  it("should send the Guide's HEARTBEAT only to idle workers with fault idle-heartbeat-only (PPP-9)", async () => {
    const { worker, client } = await setup({ faults: ["idle-heartbeat-only"] })
    const w = await worker()
    await client().send("work")
    assert.ok(await request(w))
    assert.equal(await w.next(3 * hb), undefined, "a busy worker hears nothing")
  })

  it("should send REQUEST without the empty frame with fault drop-delimiter (PPP-4)", async () => {
    const { worker, client } = await setup({ faults: ["drop-delimiter"] })
    const w = await worker()
    await client().send("x")
    const req = await request(w)
    assert.equal(req?.length, 2)
    assert.deepEqual(text(req.slice(1)), ["x"])
  })
})
