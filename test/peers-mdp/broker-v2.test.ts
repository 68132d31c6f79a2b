import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { UsageError } from "../../src/errors"
import {
  decodeToClient,
  decodeToWorker,
  type ToClient,
  type ToWorker,
  type WorkerRequest,
} from "../../src/generated/mdp-0.2"
import {
  MdpBroker,
  type MdpBrokerOptions,
} from "../../src/protocols/mdp/peers/broker"
import type { BrokerFault } from "../../src/protocols/mdp/peers/faults"
import { frames as v1, RawPeer, startBroker, text } from "./helpers"

// 18/MDP frames a DEALER worker or client sends, built by hand: no leading
// empty frame, and client commands carry a command byte.
const byte = (b: number) => Buffer.from([b])
const f = {
  ready: (service: string) => ["MDPW02", byte(1), service],
  partial: (client: Buffer, ...body: string[]) => [
    "MDPW02",
    byte(3),
    client,
    "",
    ...body,
  ],
  final: (client: Buffer, ...body: string[]) => [
    "MDPW02",
    byte(4),
    client,
    "",
    ...body,
  ],
  heartbeat: () => ["MDPW02", byte(5)],
  disconnect: () => ["MDPW02", byte(6)],
  request: (service: string, ...body: string[]) => [
    "MDPC02",
    byte(1),
    service,
    ...body,
  ],
}

/** The next worker command, decoded as 0.2; throws on anything else. */
async function command(
  peer: RawPeer,
  within: number,
  skipHeartbeats = false,
): Promise<ToWorker | undefined> {
  const deadline = Date.now() + within
  for (;;) {
    const frames = await peer.next(Math.max(1, deadline - Date.now()))
    if (!frames) return undefined
    const decoded = decodeToWorker(frames)
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error))
    if (skipHeartbeats && decoded.value.command === "HEARTBEAT") continue
    return decoded.value
  }
}

async function request(peer: RawPeer, within: number): Promise<WorkerRequest> {
  const m = await command(peer, within, true)
  if (m?.command !== "REQUEST")
    throw new Error(`expected REQUEST, got ${m?.command ?? "nothing"}`)
  return m
}

/** The next client PARTIAL or FINAL, decoded as 0.2. */
async function answer(
  peer: RawPeer,
  within: number,
): Promise<ToClient | undefined> {
  const frames = await peer.next(within)
  if (!frames) return undefined
  const decoded = decodeToClient(frames)
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error))
  return decoded.value
}

const hb = { command: "HEARTBEAT" }

// The reference broker bound for MDP/0.2, with raw DEALER peers playing
// workers (MDPW02) and clients (MDPC02). Heartbeat interval 50 ms.
describe("MdpBroker speaking MDP/0.2 on the wire", () => {
  let broker: MdpBroker | undefined
  const peers: RawPeer[] = []

  async function setup(opts: Partial<MdpBrokerOptions> = {}) {
    const started = await startBroker({ protocol: "mdp/0.2", ...opts })
    broker = started.broker
    return () => {
      const p = new RawPeer(started.endpoint)
      peers.push(p)
      return p
    }
  }

  async function readyWorker(peer: () => RawPeer, service = "echo") {
    const w = peer()
    await w.send(f.ready(service))
    assert.deepEqual(await command(w, 300), hb)
    return w
  }

  afterEach(async () => {
    for (const p of peers.splice(0)) p.close()
    await broker?.stop()
    broker = undefined
  })

  it("should not answer READY, then HEARTBEAT in 2 frames (MDP2-29, MDP2-21)", async () => {
    const w = (await setup())()
    await w.send(f.ready("echo"))
    assert.equal(await w.next(35), undefined, "READY gets no response")
    assert.deepEqual(await w.next(200), [Buffer.from("MDPW02"), byte(5)])
  })

  it("should route REQUEST in 0.2 framing and relay PARTIAL, PARTIAL, FINAL in order (MDP2-18, MDP2-41)", async () => {
    const peer = await setup()
    const w = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "hello", "world"))
    const raw = await w.next(300)
    assert.ok(raw)
    assert.deepEqual(raw.slice(0, 2), [Buffer.from("MDPW02"), byte(2)])
    assert.deepEqual(text(raw.slice(3)), ["", "hello", "world"])
    const client = raw[2]!
    await w.send(f.partial(client, "p1"))
    await w.send(f.partial(client, "p2", "more"))
    await w.send(f.final(client, "done"))
    const got = [await c.next(300), await c.next(300), await c.next(300)]
    assert.deepEqual(
      got.map(m => m && text(m)),
      [
        ["MDPC02", "\x02", "echo", "p1"],
        ["MDPC02", "\x02", "echo", "p2", "more"],
        ["MDPC02", "\x03", "echo", "done"],
      ],
    )
  })

  it("should keep a worker busy until FINAL, then give it the next request (MDP2-50)", async () => {
    const peer = await setup()
    const w = await readyWorker(peer)
    const c1 = peer()
    const c2 = peer()
    await c1.send(f.request("echo", "one"))
    const first = await request(w, 300)
    await c2.send(f.request("echo", "two"))
    await w.send(f.partial(first.client, "half"))
    assert.equal((await answer(c1, 300))?.command, "PARTIAL")
    // Only HEARTBEATs while the first request is open, busy or not (MDP2-45).
    assert.deepEqual(await command(w, 150), hb)
    assert.equal(await command(w, 100, true), undefined, "no second REQUEST")
    await w.send(f.final(first.client, "all"))
    assert.equal((await answer(c1, 300))?.command, "FINAL")
    assert.deepEqual(text((await request(w, 300)).body), ["two"])
  })

  it("should send nothing more after FINAL; a late PARTIAL gets DISCONNECT (MDP2-12, MDP2-34)", async () => {
    const peer = await setup()
    const w = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "x"))
    const req = await request(w, 300)
    await w.send(f.final(req.client, "end"))
    assert.equal((await answer(c, 300))?.command, "FINAL")
    await w.send(f.partial(req.client, "late"))
    assert.deepEqual(await command(w, 200, true), { command: "DISCONNECT" })
    assert.equal(await c.next(150), undefined, "nothing after FINAL")
  })

  for (const [name, msg] of [
    ["HEARTBEAT", f.heartbeat()],
    ["PARTIAL", f.partial(Buffer.from("nobody"), "x")],
    ["FINAL", f.final(Buffer.from("nobody"), "x")],
  ] as const) {
    it(`should DISCONNECT ${name} before READY, in 2 frames (MDP2-34, MDP2-22)`, async () => {
      const w = (await setup())()
      await w.send([...msg])
      assert.deepEqual(await w.next(200), [Buffer.from("MDPW02"), byte(6)])
      assert.equal(await w.next(150), undefined, "then silence")
    })
  }

  it("should DISCONNECT a second READY and a FINAL from an idle worker (MDP2-28, MDP2-34)", async () => {
    const peer = await setup()
    const w1 = await readyWorker(peer)
    await w1.send(f.ready("echo"))
    assert.deepEqual(await command(w1, 200, true), { command: "DISCONNECT" })
    const w2 = await readyWorker(peer)
    await w2.send(f.final(Buffer.from("nobody"), "x"))
    assert.deepEqual(await command(w2, 200, true), { command: "DISCONNECT" })
  })

  it("should forget a silent worker and requeue a request without PARTIALs (MDP2-46, MDP2-51)", async () => {
    const peer = await setup({ liveness: 3 })
    const w1 = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "redo"))
    await request(w1, 300)
    // w1 stays silent; until it expires (150 ms) it may only get HEARTBEAT.
    for (let m = await command(w1, 250); m; m = await command(w1, 250))
      assert.deepEqual(m, hb)
    await c.send(f.request("mmi.service", "echo"))
    assert.deepEqual(text((await answer(c, 300))!.body), ["404"])
    const w2 = peer()
    await w2.send(f.ready("echo"))
    assert.deepEqual(text((await request(w2, 300)).body), ["redo"])
  })

  it("should drop, not requeue, a request that already sent PARTIALs when its worker leaves", async () => {
    const peer = await setup()
    const w1 = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "once"))
    const req = await request(w1, 300)
    await w1.send(f.partial(req.client, "seen"))
    assert.equal((await answer(c, 300))?.command, "PARTIAL")
    await w1.send(f.disconnect())
    const w2 = peer()
    await w2.send(f.ready("echo"))
    assert.equal(await command(w2, 200, true), undefined, "not redone")
    assert.equal(await c.next(100), undefined, "no duplicate PARTIAL")
  })

  it("should drop requests that waited past the expiry (MDP2-16)", async () => {
    const peer = await setup({ requestExpiryMs: 60 })
    await peer().send(f.request("late", "stale"))
    await new Promise(resolve => setTimeout(resolve, 120))
    await peer().send(f.request("late", "fresh"))
    const w = peer()
    await w.send(f.ready("late"))
    assert.deepEqual(text((await request(w, 300)).body), ["fresh"])
  })

  it("should answer MMI with one FINAL: 200, 404, 501 (MMI-5, MMI-6, MMI-7)", async () => {
    const peer = await setup()
    const w = await readyWorker(peer)
    const c = peer()
    for (const [service, name, status] of [
      ["mmi.service", "echo", "200"],
      ["mmi.service", "nope", "404"],
      ["mmi.nothing", "echo", "501"],
    ]) {
      await c.send(f.request(service, name))
      assert.deepEqual(text((await c.next(300))!), [
        "MDPC02",
        "\x03",
        service,
        status,
      ])
    }
    assert.equal(await command(w, 100, true), undefined, "MMI stays inside")
  })

  it("should drop 0.1 messages and DISCONNECT a registered sender of one (MDP2-35)", async () => {
    const peer = await setup()
    const stranger = peer()
    await stranger.send(v1.ready("echo"))
    await stranger.send(v1.request("mmi.service", "echo"))
    assert.equal(await stranger.next(150), undefined, "0.1 gets nothing")
    const c = peer()
    await c.send(f.request("mmi.service", "echo"))
    assert.deepEqual(text((await answer(c, 300))!.body), ["404"], "no READY")
    const w = await readyWorker(peer)
    await w.send(v1.heartbeat())
    assert.deepEqual(await command(w, 200, true), { command: "DISCONNECT" })
    await c.send(f.request("mmi.service", "echo"))
    assert.deepEqual(text((await answer(c, 300))!.body), ["404"], "forgotten")
  })

  it('should send "MDPC03" with fault wrong-header', async () => {
    const c = (await setup({ faults: ["wrong-header"] }))()
    await c.send(f.request("mmi.service", "echo"))
    assert.deepEqual((await c.next(300))?.[0], Buffer.from("MDPC03"))
  })

  it("should refuse fault drop-empty-frame: 0.2 has no empty frame to drop", () => {
    const faults: BrokerFault[] = ["drop-empty-frame"]
    const opts = { bind: "tcp://127.0.0.1:*", faults }
    assert.throws(
      () => new MdpBroker({ ...opts, protocol: "mdp/0.2" }),
      (err: Error) =>
        err instanceof UsageError && /mdp\/0\.1 only/.test(err.message),
    )
    assert.doesNotThrow(() => new MdpBroker(opts), "0.1 keeps it")
  })
})
