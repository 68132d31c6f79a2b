import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { RawPeer } from "../../src/harness/peers"
import { Transcript } from "../../src/harness/transcript"

const any = "tcp://127.0.0.1:*"
const text = (frames?: Buffer[]) => frames?.map(f => f.toString())

/** Every wait bounded: the peer's next message, or a failure naming it. */
async function next(peer: RawPeer, ms = 2000): Promise<Buffer[]> {
  const m = await peer.next(ms)
  assert.ok(m, `${peer.name} received nothing within ${ms} ms`)
  return m
}

/**
 * Sends until the receiver gets something: a ROUTER drops what it cannot
 * route yet, and a PUB what no subscriber has joined for, until the
 * connection is up.
 */
async function sendUntilHeard(
  from: RawPeer,
  frames: string[],
  to: RawPeer,
): Promise<Buffer[]> {
  const deadline = performance.now() + 3000
  while (performance.now() < deadline) {
    await from.send(frames).catch(() => {})
    const m = await to.next(50)
    if (m) return m
  }
  assert.fail(`${to.name} never heard ${from.name}`)
}

describe("raw peers of every socket shape", () => {
  const open: RawPeer[] = []
  const t = new Transcript()
  const peer = (p: RawPeer) => (open.push(p), p)
  afterEach(async () => {
    await Promise.all(open.splice(0).map(p => p.close()))
  })

  it("DEALER and bound ROUTER - the ROUTER should see the DEALER's routing id and route the answer back by it", async () => {
    const router = peer(RawPeer.router("broker", t))
    const endpoint = await router.bind(any)
    const dealer = peer(RawPeer.dealer("worker", t, { routingId: "W-1" }))
    dealer.connect(endpoint)
    await dealer.send(["", "hello"])
    assert.deepEqual(text(await next(router)), ["W-1", "", "hello"])
    await router.send(["W-1", "", "world"])
    assert.deepEqual(text(await next(dealer)), ["", "world"])
  })

  it("REQ and REP - should add and strip the delimiter themselves, and refuse a send out of turn", async () => {
    const rep = peer(RawPeer.rep("server", t))
    const endpoint = await rep.bind(any)
    const req = peer(RawPeer.req("client", t)).connect(endpoint)
    await assert.rejects(rep.send(["too soon"]), /REP sends again only after/)
    await req.send(["hello"])
    await assert.rejects(req.send(["again"]), /retry from a new peer/)
    assert.deepEqual(text(await next(rep)), ["hello"])
    await rep.send(["world"])
    assert.deepEqual(text(await next(req)), ["world"])
    await req.send(["second"])
    assert.deepEqual(text(await next(rep)), ["second"])
  })

  it("REQ against a ROUTER - the ROUTER should see the envelope a REQ adds", async () => {
    const router = peer(RawPeer.router("server", t))
    const endpoint = await router.bind(any)
    const req = peer(RawPeer.req("client", t, { routingId: "C-1" }))
    req.connect(endpoint)
    await req.send(["ping"])
    assert.deepEqual(text(await next(router)), ["C-1", "", "ping"])
  })

  it("ROUTER that connects - should address a bound ROUTER by the name it gave the connection", async () => {
    const server = peer(RawPeer.router("server", t))
    const endpoint = await server.bind(any)
    const client = peer(RawPeer.router("client", t, { routingId: "C-9" }))
    client.connect(endpoint, { routingId: "S-1" })
    const got = await sendUntilHeard(client, ["S-1", "PING"], server)
    assert.deepEqual(text(got), ["C-9", "PING"])
    await server.send(["C-9", "PONG"])
    assert.deepEqual(text(await next(client)), ["S-1", "PONG"])
  })

  it("ROUTER that connects - should address a bound ROUTER by that server's own routing id (Freelance model 3)", async () => {
    const server = peer(RawPeer.router("server", t, { routingId: "srv-A" }))
    const endpoint = await server.bind(any)
    const client = peer(RawPeer.router("client", t, { routingId: "C-7" }))
    client.connect(endpoint)
    const got = await sendUntilHeard(client, ["srv-A", "PING"], server)
    assert.deepEqual(text(got), ["C-7", "PING"])
  })

  it("PUB and SUB - the SUB should get only the topics it subscribed to", async () => {
    const pub = peer(RawPeer.pub("primary", t))
    const endpoint = await pub.bind(any)
    const sub = peer(RawPeer.sub("backup", t, ["state"])).connect(endpoint)
    const first = await sendUntilHeard(pub, ["state", "1"], sub)
    assert.deepEqual(text(first), ["state", "1"])
    await pub.send(["other", "2"])
    await pub.send(["state", "3"])
    // Skip repeats of the first that were in flight; "other" must never come.
    for (;;) {
      const m = text(await next(sub))
      assert.notEqual(m?.[0], "other")
      if (m?.[1] === "3") break
    }
    assert.throws(() => pub.subscribe("x"), /only a SUB subscribes/)
    await assert.rejects(sub.send(["x"]), /a SUB cannot send/)
    await assert.rejects(pub.next(10), /a PUB receives nothing/)
  })

  it("should serialise sends: many started at once all arrive, in order", async () => {
    const router = peer(RawPeer.router("broker", t))
    const endpoint = await router.bind(any)
    const dealer = peer(RawPeer.dealer("client", t)).connect(endpoint)
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => dealer.send([String(i)])),
    )
    for (let i = 0; i < 200; i++)
      assert.equal((await next(router))[1].toString(), String(i))
  })

  it("next - should give up after the wait it was given, and at once when closed", async () => {
    const router = peer(RawPeer.router("broker", t))
    await router.bind(any)
    const started = performance.now()
    assert.equal(await router.next(100), undefined)
    const waited = performance.now() - started
    assert.ok(waited >= 90 && waited < 1500, `waited ${waited} ms`)
    const pending = router.next(60_000)
    const iterated = (async () => {
      for await (const _ of router.messages()) assert.fail("no message came")
    })()
    const closedAt = performance.now()
    await router.close()
    assert.equal(await pending, undefined)
    await iterated
    assert.ok(performance.now() - closedAt < 1000)
    await router.send(["after close"]) // a closed peer sends nothing, quietly
  })

  it("should record both directions in the transcript, with the peer's name and a time offset", async () => {
    const own = new Transcript()
    const router = peer(RawPeer.router("broker", own))
    const endpoint = await router.bind(any)
    const dealer = peer(RawPeer.dealer("worker w1", own, { routingId: "W" }))
    dealer.connect(endpoint)
    await dealer.send(["", "READY"])
    await next(router)
    const [sent, received] = own.entries
    assert.deepEqual(
      [sent.dir, sent.peer, received.dir, received.peer],
      ["send", "worker w1", "recv", "broker"],
    )
    assert.equal(received.frames.length, 3)
    assert.ok(received.t >= sent.t)
    assert.match(
      own.toText(),
      /ms -> worker w1: \[""\]\["READY"\]\n.*ms <- broker: \["W"\]/,
    )
  })

  it("should keep working for callers that predate shapes: new RawPeer(name, transcript, {router})", async () => {
    const router = peer(new RawPeer("broker", t, { router: true }))
    const dealer = peer(new RawPeer("client", t, { routingId: "C" }))
    assert.equal(router.shape, "ROUTER")
    assert.equal(dealer.shape, "DEALER")
    dealer.connect(await router.bind(any))
    await dealer.send(["x"])
    assert.deepEqual(text(await next(router)), ["C", "x"])
  })
})
