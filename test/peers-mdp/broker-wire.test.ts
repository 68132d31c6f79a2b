import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type {
  MdpBroker,
  MdpBrokerOptions,
} from "../../src/protocols/mdp/peers/broker"
import { frames as f, RawPeer, startBroker, text } from "./helpers"

// Frame-exact checks of the reference broker, with raw DEALER peers playing
// workers and clients. Heartbeat interval 50 ms; liveness 10 unless a test
// is about expiry.
describe("MdpBroker on the wire", () => {
  let broker: MdpBroker | undefined
  const peers: RawPeer[] = []

  async function setup(opts: Partial<MdpBrokerOptions> = {}) {
    const started = await startBroker(opts)
    broker = started.broker
    const peer = () => {
      const p = new RawPeer(started.endpoint)
      peers.push(p)
      return p
    }
    return { peer }
  }

  /** A worker that sent READY and was seen registered (its first HEARTBEAT came). */
  async function readyWorker(peer: () => RawPeer, service = "echo") {
    const w = peer()
    await w.send(f.ready(service))
    assert.deepEqual(await w.command(300), { command: "HEARTBEAT" })
    return w
  }

  afterEach(async () => {
    for (const p of peers.splice(0)) p.close()
    await broker?.stop()
    broker = undefined
  })

  it("should not answer READY, then heartbeat at the interval (MDP-28, MDP-43)", async () => {
    const { peer } = await setup()
    const w = peer()
    await w.send(f.ready("echo"))
    assert.equal(await w.next(35), undefined, "READY gets no response")
    const started = Date.now()
    assert.deepEqual(await w.command(200), { command: "HEARTBEAT" })
    assert.deepEqual(await w.command(200), { command: "HEARTBEAT" })
    assert.ok(Date.now() - started >= 40, "heartbeats are an interval apart")
  })

  it("should route REQUEST to the worker and REPLY back to the client (MDP-39, MDP-7)", async () => {
    const { peer } = await setup()
    const w = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "hello", "world"))
    const req = await w.request(300)
    assert.deepEqual(text(req.body), ["hello", "world"])
    await w.send(f.reply(req.client, "HELLO"))
    assert.deepEqual(await c.reply(300), {
      command: "REPLY",
      service: "echo",
      body: [Buffer.from("HELLO")],
    })
  })

  it("should give a worker one request at a time (MDP-48)", async () => {
    const { peer } = await setup()
    const w = await readyWorker(peer)
    const c1 = peer()
    const c2 = peer()
    await c1.send(f.request("echo", "one"))
    const first = await w.request(300)
    await c2.send(f.request("echo", "two"))
    // Only HEARTBEATs while the first request is open (MDP-43: busy workers too).
    assert.deepEqual(await w.command(150), { command: "HEARTBEAT" })
    assert.equal(await w.command(100, true), undefined)
    await w.send(f.reply(first.client, "1"))
    const second = await w.request(300)
    assert.deepEqual(text(second.body), ["two"])
  })

  it("should queue requests until a worker comes (MDP-14)", async () => {
    const { peer } = await setup()
    const c = peer()
    await c.send(f.request("late", "q"))
    assert.equal(await c.next(50), undefined)
    const w = peer()
    await w.send(f.ready("late"))
    const req = await w.request(300)
    await w.send(f.reply(req.client, "a"))
    assert.deepEqual(text((await c.reply(300))!.body), ["a"])
  })

  it("should drop requests that waited past the expiry (MDP-15)", async () => {
    const { peer } = await setup({ requestExpiryMs: 60 })
    await peer().send(f.request("late", "stale"))
    const c = peer()
    await new Promise(resolve => setTimeout(resolve, 120))
    await c.send(f.request("late", "fresh"))
    const w = peer()
    await w.send(f.ready("late"))
    const req = await w.request(300)
    assert.deepEqual(text(req.body), ["fresh"], "the stale request is gone")
  })

  it("should drop requests past --max-queue", async () => {
    const { peer } = await setup({ maxQueue: 1 })
    const c = peer()
    await c.send(f.request("late", "kept"))
    await c.send(f.request("late", "dropped"))
    // Same socket, so once MMI answers both requests have been queued.
    await c.send(f.request("mmi.service", "late"))
    assert.deepEqual(text((await c.reply(300))!.body), ["404"])
    const w = peer()
    await w.send(f.ready("late"))
    const req = await w.request(300)
    assert.deepEqual(text(req.body), ["kept"])
    await w.send(f.reply(req.client, "ok"))
    assert.equal(await w.command(150, true), undefined)
  })

  it("should DISCONNECT a second READY, then stay silent (MDP-33)", async () => {
    const { peer } = await setup()
    const w = await readyWorker(peer)
    await w.send(f.ready("echo"))
    assert.deepEqual(await w.command(200), { command: "DISCONNECT" })
    assert.equal(await w.next(200), undefined, "nothing after DISCONNECT")
  })

  for (const [name, msg] of [
    ["HEARTBEAT", f.heartbeat()],
    ["REPLY", f.reply(Buffer.from("nobody"), "x")],
  ] as const) {
    it(`should DISCONNECT ${name} before READY (MDP-40, MDP-33)`, async () => {
      const { peer } = await setup()
      const w = peer()
      await w.send([...msg])
      assert.deepEqual(await w.command(200), { command: "DISCONNECT" })
      assert.equal(await w.next(150), undefined)
    })
  }

  it("should DISCONNECT a REPLY from an idle worker (MDP-33)", async () => {
    const { peer } = await setup()
    const w = await readyWorker(peer)
    await w.send(f.reply(Buffer.from("nobody"), "x"))
    assert.deepEqual(await w.command(200, true), { command: "DISCONNECT" })
  })

  it('should DISCONNECT READY for an "mmi." service (MMI-2)', async () => {
    const { peer } = await setup()
    const w = peer()
    await w.send(f.ready("mmi.service"))
    assert.deepEqual(await w.command(200), { command: "DISCONNECT" })
    const c = peer()
    await c.send(f.request("mmi.service", "mmi.service"))
    assert.deepEqual(text((await c.reply(300))!.body), ["404"])
  })

  it("should DISCONNECT READY beyond --max-workers", async () => {
    const { peer } = await setup({ maxWorkers: 1 })
    await readyWorker(peer)
    const w2 = peer()
    await w2.send(f.ready("echo"))
    assert.deepEqual(await w2.command(200), { command: "DISCONNECT" })
  })

  it("should forget a worker on DISCONNECT and requeue its request (MDP-31, MDP-49)", async () => {
    const { peer } = await setup()
    const w1 = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "redo"))
    await w1.request(300)
    await w1.send(f.disconnect())
    const w2 = peer()
    await w2.send(f.ready("echo"))
    const req = await w2.request(300)
    assert.deepEqual(text(req.body), ["redo"])
    assert.equal(await w1.next(150), undefined, "nothing more to w1")
  })

  it("should forget a silent worker without DISCONNECT and requeue its request (MDP-44, MDP-46)", async () => {
    const { peer } = await setup({ liveness: 3 })
    const w1 = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "redo"))
    await w1.request(300)
    // w1 now stays silent. Within liveness × interval (150 ms) it expires;
    // what it still gets before that can only be HEARTBEAT.
    for (let m = await w1.command(250); m; m = await w1.command(250)) {
      assert.equal(m.command, "HEARTBEAT")
    }
    await c.send(f.request("mmi.service", "echo"))
    assert.deepEqual(
      text((await c.reply(300))!.body),
      ["404"],
      "w1 is forgotten",
    )
    const w2 = peer()
    await w2.send(f.ready("echo"))
    assert.deepEqual(text((await w2.request(300)).body), ["redo"])
  })

  it("should refresh expiry on every command from the worker (MDP-41)", async () => {
    const { peer } = await setup({ liveness: 3 })
    const w = await readyWorker(peer)
    for (let i = 0; i < 8; i++) {
      await w.send(f.heartbeat())
      assert.equal(
        (await w.command(200))?.command,
        "HEARTBEAT",
        `still registered after ${i} beats`,
      )
    }
  })

  it("should drop invalid messages and DISCONNECT a registered sender (MDP-34)", async () => {
    const { peer } = await setup()
    const stranger = peer()
    await stranger.send(["", "MDPW01", Buffer.from([9])])
    await stranger.send(["garbage"])
    assert.equal(
      await stranger.next(100),
      undefined,
      "unknown senders get nothing",
    )
    const w = await readyWorker(peer)
    await w.send(["", "MDPW01", Buffer.from([4]), "extra"])
    assert.deepEqual(await w.command(200, true), { command: "DISCONNECT" })
    const c = peer()
    await c.send(f.request("mmi.service", "echo"))
    assert.deepEqual(
      text((await c.reply(300))!.body),
      ["404"],
      "still serving, w forgotten",
    )
  })

  it("should answer MMI itself (MMI-1, MMI-5, MMI-6, MMI-7)", async () => {
    const { peer } = await setup()
    const w = await readyWorker(peer)
    const c = peer()
    for (const [service, body, status] of [
      ["mmi.service", "echo", "200"],
      ["mmi.service", "nope", "404"],
      ["mmi.nothing", "echo", "501"],
    ]) {
      await c.send(f.request(service, body))
      assert.deepEqual(await c.reply(300), {
        command: "REPLY",
        service,
        body: [Buffer.from(status)],
      })
    }
    assert.equal(
      await w.command(100, true),
      undefined,
      "MMI never reaches workers",
    )
  })
})
