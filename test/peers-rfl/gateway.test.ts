import assert from "node:assert/strict"
import { after, describe, it } from "node:test"
import v8 from "node:v8"
import vm from "node:vm"
import { Gateway } from "../../src/protocols/rfl/gateway/gateway"
import { startServer } from "./helpers"

const open: Array<{ stop(): Promise<void> }> = []
after(async () => {
  for (const o of open.reverse()) await o.stop()
})

const quick = {
  requestTimeoutMs: 200,
  heartbeatIntervalMs: 50,
  heartbeatTimeoutMs: 150,
  retryBaseDelayMs: 20,
}

async function gateway(servers: string[], opts = {}) {
  const g = new Gateway({
    host: "127.0.0.1",
    port: 0,
    servers,
    client: quick,
    ...opts,
  })
  open.push(g)
  await g.start()
  await new Promise(r => setTimeout(r, 150)) // first heartbeat replies
  return g
}

const post = (g: Gateway, path: string, body: string) =>
  fetch(`${g.url}${path}`, { method: "POST", body })

describe("HTTP gateway", () => {
  it("POST /services/<name> - 200 with the reply", async () => {
    const s = await startServer()
    open.push(s)
    const g = await gateway([s.endpoint])
    const r = await post(g, "/services/echo", "hello")
    assert.equal(r.status, 200)
    assert.equal(await r.text(), "hello")
  })

  it("400 for a bad service name, 404 elsewhere, 405 for GET", async () => {
    const s = await startServer()
    open.push(s)
    const g = await gateway([s.endpoint])
    assert.equal((await post(g, "/services/a%20b", "x")).status, 400)
    assert.equal((await post(g, "/nowhere", "x")).status, 404)
    assert.equal((await fetch(`${g.url}/services/echo`)).status, 405)
  })

  it("413 past --max-body-bytes", async () => {
    const s = await startServer()
    open.push(s)
    const g = await gateway([s.endpoint], { maxBodyBytes: 4 })
    assert.equal((await post(g, "/services/echo", "too long")).status, 413)
  })

  it("503 when no server answers within the deadline; /health says so", async () => {
    const g = await gateway(["tcp://127.0.0.1:1"], { deadlineMs: 300 })
    const t0 = performance.now()
    assert.equal((await post(g, "/services/echo", "x")).status, 503)
    assert.ok(performance.now() - t0 < 1000)
    assert.equal((await fetch(`${g.url}/health`)).status, 503)
  })

  it("GET /health and /metrics (Prometheus text: state, latency, failovers)", async () => {
    const s = await startServer()
    open.push(s)
    const g = await gateway([s.endpoint])
    await post(g, "/services/echo", "x")
    const h = await fetch(`${g.url}/health`)
    assert.equal(h.status, 200)
    assert.equal(((await h.json()) as { status: string }).status, "ok")
    const m = await fetch(`${g.url}/metrics`)
    const text = await m.text()
    assert.match(m.headers.get("content-type") ?? "", /text\/plain/)
    assert.match(
      text,
      new RegExp(
        `rfl_server_state\\{server="${s.endpoint}",state="alive"\\} 1`,
      ),
    )
    assert.match(text, /rfl_server_latency_seconds_bucket/)
    assert.match(text, /rfl_failovers_total 0/)
    assert.match(text, /rfl_gateway_requests_total\{code="200"\} 2/)
  })

  it("load: past --max-in-flight, 429s at once instead of a queue; memory stays flat", async () => {
    const s = await startServer({ workMs: 100 })
    open.push(s)
    const g = await gateway([s.endpoint], { maxInFlight: 8 })
    const round = () =>
      Promise.all(
        Array.from({ length: 200 }, () =>
          post(g, "/services/echo", "x").then(
            async r => (await r.arrayBuffer(), r.status),
          ),
        ),
      )
    // RSS of this process (fetch's pools, JIT, every other test's sockets) moved by tens of
    // MiB from run to run; the live heap after a full collection, past a warm-up round, is
    // what a queue or a leak in the gateway would grow.
    await round()
    const before = liveHeap()
    const codes = new Map<number, number>()
    for (let i = 0; i < 5; i++)
      for (const c of await round()) codes.set(c, (codes.get(c) ?? 0) + 1)
    const grown = (liveHeap() - before) / 2 ** 20
    assert.ok(
      (codes.get(429) ?? 0) >= 900,
      `429s: ${JSON.stringify([...codes])}`,
    )
    assert.ok(
      (codes.get(200) ?? 0) >= 5 * 8,
      `200s: ${JSON.stringify([...codes])}`,
    )
    assert.equal(
      [...codes.keys()].filter(c => c !== 200 && c !== 429).length,
      0,
    )
    assert.ok(grown < 8, `live heap grew ${grown.toFixed(1)} MiB`)
  })
})

/** Heap in use after a full collection (gc exposed at run time: the test runner has no flag). */
function liveHeap(): number {
  v8.setFlagsFromString("--expose-gc")
  ;(vm.runInNewContext("gc") as () => void)()
  return process.memoryUsage().heapUsed
}
