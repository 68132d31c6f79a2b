import assert from "node:assert/strict"
import { after, describe, it } from "node:test"
import {
  FlpClient,
  type FlpClientOptions,
  FlpModel1Client,
  FlpModel2Client,
  FlpRequestFailed,
} from "../../src/protocols/flp/peers"
import { endpoint, RawServer, startServer, text } from "./helpers"

const open: Array<{ stop?(): Promise<void>; close(): unknown }> = []
after(async () => {
  for (const o of open.reverse()) await o.close()
})

/** Short timings so that each case runs in well under a second or two. */
const fast = {
  pingIntervalMs: 100,
  serverTtlMs: 300,
  attemptTimeoutMs: 250,
  globalTimeoutMs: 1500,
}

function client(servers: string[], opts: Partial<FlpClientOptions> = {}) {
  const c = new FlpClient({ servers, ...fast, ...opts })
  open.push(c)
  c.start()
  return c
}

const body = (s: string) => [Buffer.from(s)]

describe("FLP model 3 client", () => {
  it("should get each reply from a live server, in turn", async () => {
    const s = await startServer()
    open.push({ close: () => s.stop() })
    const c = client([s.identity])
    for (const word of ["a", "b", "c"])
      assert.deepEqual(text(await c.request(body(word))), [word])
  })

  it("should send a request only to a server it has heard from (FLP-C4)", async () => {
    const mute = await RawServer.bind()
    const late = await RawServer.bind()
    open.push(mute, late)
    const c = client([mute.endpoint, late.endpoint])
    const pending = c.request(body("x"))
    // The mute server gets PINGs only; the other answers its first after 300 ms.
    const first = await late.next(1000)
    assert.deepEqual(text(first?.slice(1)), ["PING"])
    await new Promise(r => setTimeout(r, 300))
    await late.send([first![0], "PONG"])
    const req = await late.request(1000)
    assert.ok(req, "the request reaches the server that answered")
    await late.send([req.client, req.ccf, "done"])
    assert.deepEqual(text(await pending), ["done"])
    for (let m; (m = await mute.next(10));)
      assert.deepEqual(text(m.slice(1)), ["PING"], "only PINGs to the mute one")
  })

  it("should fail over at once when its server is killed (FLP-C2)", async () => {
    const [a, b] = [await startServer(), await startServer()]
    open.push({ close: () => b.stop() })
    const c = client([a.identity, b.identity], { attemptTimeoutMs: 5000 })
    assert.deepEqual(text(await c.request(body("1"))), ["1"])
    await a.stop()
    const t0 = performance.now()
    assert.deepEqual(text(await c.request(body("2"))), ["2"])
    // Well under the 5 s attempt timeout: the disconnect or send refusal tells.
    assert.ok(performance.now() - t0 < 1000, "failover took too long")
  })

  it("should fail over after the attempt timeout when its server freezes (FLP-C2)", async () => {
    const frozen = await RawServer.bind()
    const b = await startServer()
    open.push(frozen, { close: () => b.stop() })
    const c = client([frozen.endpoint, b.identity])
    const pending = c.request(body("x"))
    const req = await frozen.request(1000) // answers PINGs, keeps the request
    assert.ok(req)
    const t0 = performance.now()
    assert.deepEqual(text(await pending), ["x"])
    const took = performance.now() - t0
    assert.ok(
      took >= fast.attemptTimeoutMs * 0.8,
      `failed over after ${took} ms`,
    )
  })

  it("should drop a late reply to an earlier request (FLP-C1)", async () => {
    const { c } = await staleSetup()
    assert.deepEqual(text(await c.request(body("r2"))), ["r2"])
  })

  it("fault lose-reply - takes the late reply for the next request (FLP-C1)", async () => {
    const { c } = await staleSetup(["lose-reply"])
    assert.deepEqual(text(await c.request(body("r2"))), ["late r1"])
  })

  it("should give up within the global timeout when every server is gone (FLP-C3)", async () => {
    const c = client([await endpoint(), await endpoint()])
    const t0 = performance.now()
    await assert.rejects(c.request(body("x")), FlpRequestFailed)
    const took = performance.now() - t0
    assert.ok(
      took >= fast.globalTimeoutMs - 20 && took < fast.globalTimeoutMs + 500,
    )
  })

  it("fault no-failover - waits on a frozen server until it gives up (FLP-C2)", async () => {
    const frozen = await RawServer.bind()
    const b = await startServer()
    open.push(frozen, { close: () => b.stop() })
    const c = client([frozen.endpoint, b.identity], { faults: ["no-failover"] })
    const pending = c.request(body("x"))
    assert.ok(await frozen.request(1000))
    await assert.rejects(pending, FlpRequestFailed)
  })

  it("fault send-unheard - sends to a server that never answered (FLP-C4)", async () => {
    const mute = await RawServer.bind()
    open.push(mute)
    const c = client([mute.endpoint], { faults: ["send-unheard"] })
    void c.request(body("x")).catch(() => undefined)
    assert.ok(await mute.request(1000, false), "a request before any PONG")
  })
})

/**
 * Request 1 goes to a raw server that keeps it until the client has failed
 * over to a slow echo server and sent request 2 there; then the raw server
 * sends its late reply to request 1, which arrives before the real one.
 */
async function staleSetup(faults: FlpClientOptions["faults"] = []) {
  const late = await RawServer.bind()
  const b = await startServer({ workMs: 300 })
  open.push(late, { close: () => b.stop() })
  const c = client([late.endpoint, b.identity], { faults })
  const first = c.request(body("r1"))
  const req = await late.request(1000)
  assert.ok(req)
  assert.deepEqual(text(await first), ["r1"]) // from b, after failover
  setTimeout(() => void late.send([req.client, req.ccf, "late r1"]), 100)
  return { c }
}

describe("FLP model 1 and 2 clients", () => {
  it("model 1 - tries the next server when one does not answer", async () => {
    const b = await startServer()
    open.push({ close: () => b.stop() })
    const c = new FlpModel1Client({
      servers: [await endpoint(), b.identity],
      requestTimeoutMs: 200,
    })
    open.push(c)
    assert.deepEqual(text(await c.request(body("x"))), ["x"])
  })

  it("model 1 - gives up after trying each server once", async () => {
    const c = new FlpModel1Client({
      servers: [await endpoint(), await endpoint()],
      requestTimeoutMs: 100,
    })
    await assert.rejects(c.request(body("x")), FlpRequestFailed)
  })

  it("model 2 - the first reply wins, the others are dropped", async () => {
    const servers = [await startServer(), await startServer({ workMs: 50 })]
    for (const s of servers) open.push({ close: () => s.stop() })
    const c = new FlpModel2Client({
      servers: [...servers.map(s => s.identity), await endpoint()],
      globalTimeoutMs: 1000,
    })
    open.push(c)
    c.start()
    assert.deepEqual(text(await c.request(body("1"))), ["1"])
    assert.deepEqual(text(await c.request(body("2"))), ["2"])
  })
})
