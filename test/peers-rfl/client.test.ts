import assert from "node:assert/strict"
import { after, describe, it } from "node:test"
import {
  RflApplicationError,
  RflClient,
  type RflClientOptions,
  RflNoServerError,
  RflTimeoutError,
} from "../../src/protocols/rfl/peers"
import { RawServer, startServer, text } from "./helpers"

const open: Array<{ close?(): unknown; stop?(): Promise<void> }> = []
after(async () => {
  for (const o of open.reverse()) {
    await o.close?.()
    await o.stop?.()
  }
})

/** Short timings: heartbeats every 50 ms, attempts of 200 ms, 50 ms base back-off. */
const fast = {
  heartbeatIntervalMs: 50,
  heartbeatTimeoutMs: 150,
  requestTimeoutMs: 200,
  retryBaseDelayMs: 50,
  retryJitter: 0,
}

async function client(servers: string[], opts: Partial<RflClientOptions> = {}) {
  const c = new RflClient({ servers, ...fast, ...opts })
  open.push(c)
  c.start()
  await c.ready(500)
  return c
}

async function raw(answerHeartbeats = true) {
  const s = await new RawServer(answerHeartbeats).bind()
  open.push(s)
  return s
}

async function server(opts = {}) {
  const s = await startServer(opts)
  open.push(s)
  return s
}

const uuid4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe("RFL client", () => {
  it("should send a UUID4 request id and take the OK result (RFL-C1, RFL-3)", async () => {
    const s = await raw()
    const c = await client([s.endpoint])
    const pending = c.request([Buffer.from("hi")])
    assert.ok(await s.waitRequests(1, 1000))
    assert.match(s.requests[0].id, uuid4)
    await s.answer(0, "back")
    assert.deepEqual(text(await pending), ["back"])
  })

  it("should heartbeat every server each interval (RFL-C7, RFL-C8)", async () => {
    const servers = [await raw(), await raw(), await raw()]
    await client(servers.map(s => s.endpoint))
    await new Promise(r => setTimeout(r, 300))
    for (const s of servers)
      assert.ok(s.heartbeats >= 4, `only ${s.heartbeats} heartbeats`)
  })

  it("should fail over to another server with the same id, after a back-off (RFL-C1, RFL-C4, RFL-C13)", async () => {
    const frozen = await raw()
    const good = await server()
    const c = await client([frozen.endpoint, good.endpoint])
    const t0 = performance.now()
    const reply = await c.request([Buffer.from("x")])
    assert.deepEqual(text(reply), ["x"])
    const took = performance.now() - t0
    assert.ok(
      took >= fast.requestTimeoutMs + fast.retryBaseDelayMs - 5,
      `took ${took}`,
    )
    assert.equal(frozen.requests.length, 1)
  })

  it("should wait base x 2^(k-1) after attempt k, none after the last (RFL-C3, RFL-C4)", async () => {
    const s = await raw()
    const c = await client([s.endpoint], { retryBaseDelayMs: 100 })
    await assert.rejects(c.request([Buffer.from("x")]), RflTimeoutError)
    assert.equal(s.requests.length, 3)
    const [a, b, d] = s.requests.map(r => r.at)
    const gap1 = b - a - fast.requestTimeoutMs
    const gap2 = d - b - fast.requestTimeoutMs
    assert.ok(gap1 >= 95 && gap1 < 180, `first pause ${gap1}`)
    assert.ok(gap2 >= 195 && gap2 < 280, `second pause ${gap2}`)
    assert.equal(new Set(s.requests.map(r => r.id)).size, 1, "one id")
  })

  it("should take ERROR as final, not retried (RFL-C14, RFL-C20)", async () => {
    const s = await raw()
    const c = await client([s.endpoint])
    const pending = c.request([Buffer.from("x")])
    assert.ok(await s.waitRequests(1, 1000))
    const r = s.requests[0]
    await s.socket.send([r.client, "", "RESPONSE", r.id, "ERROR", "bad input"])
    await assert.rejects(
      pending,
      (e: Error) =>
        e instanceof RflApplicationError && /bad input/.test(e.message),
    )
    await new Promise(r => setTimeout(r, fast.requestTimeoutMs + 100))
    assert.equal(s.requests.length, 1)
  })

  it("should tell no reachable server from a timeout (RFL-C20, RFL-C15)", async () => {
    const c = await client(["tcp://127.0.0.1:1"])
    await assert.rejects(c.request([Buffer.from("x")]), RflNoServerError)
  })

  it("should take a late RESPONSE from the server it left (RFL-C6, RFL-C10)", async () => {
    const slow = await raw()
    const mute = await raw()
    const c = await client([slow.endpoint, mute.endpoint], {
      requestTimeoutMs: 150,
      retryBaseDelayMs: 20,
    })
    const pending = c.request([Buffer.from("x")])
    assert.ok(await slow.waitRequests(1, 1000))
    assert.ok(
      await mute.waitRequests(1, 1000),
      "the second attempt went elsewhere",
    )
    await slow.answer(0, "late")
    assert.deepEqual(text(await pending), ["late"])
  })

  it("fault lose-reply - drops that late RESPONSE (RFL-C10)", async () => {
    const slow = await raw()
    const mute = await raw()
    const c = await client([slow.endpoint, mute.endpoint], {
      requestTimeoutMs: 150,
      retryBaseDelayMs: 20,
      faults: ["lose-reply"],
    })
    const pending = c.request([Buffer.from("x")])
    assert.ok(await mute.waitRequests(1, 1000))
    await slow.answer(0, "late")
    await assert.rejects(pending, RflTimeoutError)
  })

  it("should send more requests to a fast server than to a slow one (RFL-C13)", async () => {
    const slow = await server({ workMs: 40 })
    const quick = await server()
    const c = await client([slow.endpoint, quick.endpoint])
    for (let i = 0; i < 20; i++) await c.request([Buffer.from("x")])
    assert.ok(
      quick.executions > slow.executions * 3,
      `${quick.executions} vs ${slow.executions}`,
    )
  })

  it("should mark a silent server DEAD and use it again once it answers (RFL-C12)", async () => {
    const a = await server()
    const at = a.endpoint
    const events: string[] = []
    const c = await client([at], {
      onEvent: e => e.type === "state" && events.push(e.state),
    })
    await a.stop()
    await new Promise(r => setTimeout(r, fast.heartbeatTimeoutMs + 100))
    assert.equal(c.snapshot()[0].state, "dead")
    const back = await server({ bind: at })
    assert.deepEqual(text(await c.request([Buffer.from("y")])), ["y"])
    assert.equal(back.executions, 1)
    assert.deepEqual(events.slice(-2), ["dead", "alive"])
  })
})

describe("RFL client fault switches", () => {
  it("no-backoff - the attempts follow each other at once (RFL-C4)", async () => {
    const s = await raw()
    const c = await client([s.endpoint], {
      retryBaseDelayMs: 100,
      faults: ["no-backoff"],
    })
    await assert.rejects(c.request([Buffer.from("x")]))
    const [a, b] = s.requests.map(r => r.at)
    assert.ok(b - a < fast.requestTimeoutMs + 50)
  })

  it("no-failover - every attempt to the first server (RFL-C13)", async () => {
    const frozen = await raw()
    const good = await server()
    const c = await client([frozen.endpoint, good.endpoint], {
      faults: ["no-failover"],
    })
    await assert.rejects(c.request([Buffer.from("x")]))
    assert.equal(frozen.requests.length, 3)
  })

  it("one-heartbeat - one server per interval (RFL-C7)", async () => {
    const servers = [await raw(), await raw(), await raw()]
    await client(
      servers.map(s => s.endpoint),
      { faults: ["one-heartbeat"] },
    )
    await new Promise(r => setTimeout(r, 300))
    const total = servers.reduce((n, s) => n + s.heartbeats, 0)
    assert.ok(total <= 8, `${total} heartbeats`)
  })

  it("new-id-per-attempt (RFL-C1)", async () => {
    const s = await raw()
    const c = await client([s.endpoint], { faults: ["new-id-per-attempt"] })
    await assert.rejects(c.request([Buffer.from("x")]))
    assert.equal(new Set(s.requests.map(r => r.id)).size, 3)
  })
})
