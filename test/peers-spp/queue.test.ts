import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { Request } from "zeromq"
import type { QueueFault } from "../../src/protocols/simple-pirate/peers/faults"
import { SimplePirateQueue } from "../../src/protocols/simple-pirate/peers/queue"
import { Cleanup, EMPTY, hex, Peer, READY, text } from "../peers-ppp/helpers"

// The reference Simple Pirate queue with REQ workers and REQ clients, as
// the Guide's spworker and lpclient are.
describe("SimplePirateQueue", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function setup(faults: QueueFault[] = []) {
    const queue = cleanup.add(
      new SimplePirateQueue({
        frontend: "tcp://127.0.0.1:*",
        backend: "tcp://127.0.0.1:*",
        faults,
      }),
    )
    const { frontend, backend } = await queue.start()
    const worker = async (name: string) => {
      const w = cleanup.add(Peer.req(backend, name))
      await w.send([READY])
      return w
    }
    const client = (name?: string) => cleanup.add(Peer.req(frontend, name))
    return { worker, client }
  }

  /** What a REQ worker gets: [ID(c)][""][body...] once REQ took its delimiter. */
  // Generous: a loaded CI machine may take a while to connect fresh sockets.
  const request = (w: Peer<Request>) => w.next(3000)

  it('should pass [ID(c)][""][body] to the worker and its reply back to the client (SPP-9, SPP-10)', async () => {
    const { worker, client } = await setup()
    const w = await worker("w1")
    const c = client("c1")
    await c.send(["hello", "world"])
    const req = await request(w)
    assert.deepEqual(text(req!), ["c1", "", "hello", "world"])
    await w.send([req![0], EMPTY, "HELLO"])
    assert.deepEqual(text((await c.next(500))!), ["HELLO"])
  })

  it("should give each request to the worker ready longest (SPP-6, SPP-7)", async () => {
    const { worker, client } = await setup()
    // Each worker's place in the queue is fixed by a reply the client has
    // seen, so the order does not depend on which READY the queue read first.
    const w1 = await worker("w1")
    const c1 = client()
    await c1.send("a")
    const a = (await request(w1))!
    const w2 = await worker("w2")
    const c2 = client()
    await c2.send("b")
    const b = (await request(w2))!
    await w1.send([a[0], EMPTY, "A"])
    assert.deepEqual(text((await c1.next(3000))!), ["A"])
    await w2.send([b[0], EMPTY, "B"])
    assert.deepEqual(text((await c2.next(3000))!), ["B"])
    // w1 went back first, so it has waited longest.
    await client().send("c")
    assert.deepEqual(text((await request(w1))!).slice(2), ["c"])
    await client().send("d")
    assert.deepEqual(text((await request(w2))!).slice(2), ["d"])
  })

  it("should send a busy worker nothing more until it replies (SPP-8) and nothing of its own (SPP-12)", async () => {
    const { worker, client } = await setup()
    const w = await worker("w1")
    await client().send("one")
    const first = await request(w)
    assert.ok(first)
    await client().send("two")
    // A REQ worker could not take a second request yet; a DEALER view would show it.
    await new Promise(r => setTimeout(r, 100))
    await w.send([first[0], EMPTY, "one"])
    assert.deepEqual(text((await request(w))!).slice(2), ["two"])
  })

  it("should read no request while no worker is ready, then serve it (SPP-11)", async () => {
    const { worker, client } = await setup()
    const c = client()
    await c.send("early")
    await new Promise(r => setTimeout(r, 100))
    const w = await worker("w1")
    assert.deepEqual(text((await request(w))!).slice(2), ["early"])
  })

  it("should drop a reply for a client that reopened its socket (SPP-13)", async () => {
    const { worker, client } = await setup()
    const w = await worker("w1")
    const old = client()
    await old.send("1")
    const req = await request(w)
    old.close()
    const fresh = client()
    await w.send([req![0], EMPTY, "1"])
    await fresh.send("2")
    const second = await request(w)
    assert.deepEqual(text(second!).slice(2), ["2"])
    await w.send([second![0], EMPTY, "2"])
    assert.deepEqual(
      text((await fresh.next(500))!),
      ["2"],
      "only its own reply",
    )
  })

  it("should forward without the delimiter with fault drop-delimiter (SPP-9), heartbeat with fault heartbeat (SPP-12)", async () => {
    const bare = await setup(["drop-delimiter"])
    const w = await bare.worker("w1")
    await bare.client("c1").send("x")
    assert.deepEqual(text((await request(w))!), ["c1", "x"])
    const chatty = await setup(["heartbeat"])
    const idle = await chatty.worker("w2")
    assert.deepEqual(hex((await idle.next(500))!), ["02"])
  })
})
