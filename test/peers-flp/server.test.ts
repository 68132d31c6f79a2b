import assert from "node:assert/strict"
import { after, describe, it } from "node:test"
import { FlpServer } from "../../src/protocols/flp/peers"
import { endpoint, RawClient, startServer, text } from "./helpers"

const open: Array<{ stop?(): Promise<void>; close?(): void }> = []
after(async () => {
  for (const o of open.reverse()) {
    o.close?.()
    await o.stop?.()
  }
})

async function pair(opts = {}) {
  const server = await startServer(opts)
  const client = new RawClient()
  open.push(server, client)
  await client.connect(server.identity)
  // connect() pinged to learn the route: its PONG comes first.
  assert.deepEqual(text(await client.next(1000)), [server.identity, "PONG"])
  return { server, client }
}

describe("FLP server", () => {
  it("should be addressable by its endpoint, its identity (FLP-9, FLP-10)", async () => {
    const { server } = await pair()
    assert.equal(server.identity, server.endpoint)
  })

  it("should answer PING with one PONG frame (FLP-2)", async () => {
    const { server, client } = await pair()
    await client.send([server.identity, "PING"])
    assert.deepEqual(text(await client.next(1000)), [server.identity, "PONG"])
  })

  it("should return the CCF unchanged, then the echoed body (FLP-4)", async () => {
    const { server, client } = await pair()
    const ccf = Buffer.from([0x00, 0xff, 0x10])
    await client.send([server.identity, ccf, "a", "b"])
    const reply = await client.next(1000)
    assert.ok(reply)
    assert.ok(reply[1].equals(ccf))
    assert.deepEqual(text(reply.slice(2)), ["a", "b"])
  })

  it("should send exactly one reply per request (FLP-12)", async () => {
    const { server, client } = await pair()
    await client.send([server.identity, "1", "x"])
    assert.ok(await client.next(1000))
    assert.equal(await client.next(200), undefined)
  })

  it("should take a 2-frame message whose CCF reads PING as a request (§6.4)", async () => {
    const { server, client } = await pair()
    await client.send([server.identity, "PING", "x"])
    assert.deepEqual(text(await client.next(1000)), [
      server.identity,
      "PING",
      "x",
    ])
  })

  it("should drop a lone frame that is not PING, and go on serving", async () => {
    const { server, client } = await pair()
    await client.send([server.identity, "HELLO"])
    await client.send([server.identity, "2", "y"])
    assert.deepEqual(text(await client.next(1000)), [server.identity, "2", "y"])
  })

  it("should keep serving after a client vanishes with a reply due (FLP-S1)", async () => {
    const { server, client } = await pair({ workMs: 100 })
    await client.send([server.identity, "1", "lost"])
    client.close()
    const other = new RawClient()
    open.push(other)
    await other.connect(server.identity)
    await other.next(1000)
    await new Promise(r => setTimeout(r, 150))
    await other.send([server.identity, "9", "kept"])
    assert.deepEqual(text(await other.next(1000)), [
      server.identity,
      "9",
      "kept",
    ])
  })

  it("should refuse an identity it cannot know: a wildcard port (FLP-10)", async () => {
    assert.throws(() => new FlpServer({ bind: "tcp://127.0.0.1:*" }), /FLP-10/)
    const s = new FlpServer({
      bind: "tcp://127.0.0.1:*",
      identity: await endpoint(),
    })
    assert.match(s.identity, /^tcp:\/\/127\.0\.0\.1:\d+$/)
  })
})

describe("FLP server fault switches", () => {
  it("no-pong - requests answered, PING not (FLP-2)", async () => {
    const server = await startServer({ faults: ["no-pong"] })
    const client = new RawClient()
    open.push(server, client)
    await client.connect(server.identity)
    assert.equal(await client.next(200), undefined)
    await client.send([server.identity, "1", "x"])
    assert.deepEqual(text(await client.next(1000)), [server.identity, "1", "x"])
  })

  it("wrong-ccf - the CCF comes back changed (FLP-4)", async () => {
    const { server, client } = await pair({ faults: ["wrong-ccf"] })
    await client.send([server.identity, "7", "x"])
    const reply = await client.next(1000)
    assert.notEqual(reply?.[1].toString(), "7")
  })

  it("reply-twice - a second copy answers nothing (FLP-12)", async () => {
    const { server, client } = await pair({ faults: ["reply-twice"] })
    await client.send([server.identity, "7", "x"])
    assert.ok(await client.next(1000))
    assert.deepEqual(text(await client.next(1000)), [server.identity, "7", "x"])
  })
})
