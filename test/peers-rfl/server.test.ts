import assert from "node:assert/strict"
import { randomUUID } from "node:crypto"
import { after, describe, it } from "node:test"
import type { RflServerOptions } from "../../src/protocols/rfl/peers"
import { RawClient, startServer, text, uuid } from "./helpers"

const open: Array<{ stop?(): Promise<void>; close?(): void }> = []
after(async () => {
  for (const o of open.reverse()) {
    o.close?.()
    await o.stop?.()
  }
})

async function pair(opts: Partial<RflServerOptions> = {}) {
  const server = await startServer({ counter: true, ...opts })
  const client = new RawClient(server.endpoint)
  open.push(server, client)
  return { server, client }
}

const request = (id: string, ...payload: string[]) => [
  "",
  "REQUEST",
  id,
  ...payload,
]

describe("RFL server", () => {
  it("should answer HEARTBEAT with its endpoint as server id (RFL-S1, RFL-S16)", async () => {
    const { server, client } = await pair()
    await client.send(["", "HEARTBEAT"])
    assert.deepEqual(text(await client.next(1000)), [
      "",
      "HEARTBEAT",
      server.endpoint,
    ])
  })

  it("should answer a REQUEST once, with OK, its id and the counted echo (RFL-S2, RFL-S3)", async () => {
    const { client } = await pair()
    await client.send(request(uuid, "a", "b"))
    assert.deepEqual(text(await client.next(1000)), [
      "",
      "RESPONSE",
      uuid,
      "OK",
      "1",
      "a",
      "b",
    ])
    assert.equal(await client.next(150), undefined)
  })

  it("should answer a repeated id from the cache without running it again (RFL-S4)", async () => {
    const { server, client } = await pair()
    const id = randomUUID()
    for (let i = 0; i < 3; i++) {
      await client.send(request(id, "x"))
      assert.deepEqual(text(await client.next(1000)), [
        "",
        "RESPONSE",
        id,
        "OK",
        "1",
        "x",
      ])
    }
    assert.equal(server.executions, 1)
  })

  it("should run a retry that arrives mid-run once, answering both (RFL-S2, RFL-S4)", async () => {
    const { server, client } = await pair({ workMs: 150 })
    const id = randomUUID()
    await client.send(request(id, "x"))
    await client.send(request(id, "x"))
    assert.ok(await client.next(1000))
    assert.ok(await client.next(1000))
    assert.equal(server.executions, 1)
  })

  it("should send a cached answer to whoever asked again (RFL-S7)", async () => {
    const { server, client } = await pair()
    const id = randomUUID()
    await client.send(request(id, "x"))
    await client.next(1000)
    const other = new RawClient(server.endpoint)
    open.push(other)
    await other.send(request(id, "x"))
    assert.deepEqual(text(await other.next(1000))?.[3], "OK")
    assert.equal(
      await client.next(150),
      undefined,
      "nothing to the first asker",
    )
  })

  it("should answer ERROR to an id reused with another payload (RFL-S8)", async () => {
    const { client } = await pair()
    const id = randomUUID()
    await client.send(request(id, "x"))
    await client.next(1000)
    await client.send(request(id, "y"))
    const r = text(await client.next(1000))
    assert.deepEqual(r?.slice(0, 4), ["", "RESPONSE", id, "ERROR"])
  })

  it("should bound the cache by entries, evicting the oldest (RFL-S9)", async () => {
    const { server, client } = await pair({ maxEntries: 2 })
    const ids = [randomUUID(), randomUUID(), randomUUID()]
    for (const id of ids) {
      await client.send(request(id, "x"))
      await client.next(1000)
    }
    assert.deepEqual(server.cached.entries, 2)
    await client.send(request(ids[0], "x"))
    assert.equal(
      text(await client.next(1000))?.[4],
      "4",
      "the oldest ran again",
    )
  })

  it("should forget an answer after its TTL, checked at lookup (RFL-S5, RFL-S11)", async () => {
    const { client } = await pair({ ttlMs: 100 })
    const id = randomUUID()
    await client.send(request(id, "x"))
    await client.next(1000)
    await new Promise(r => setTimeout(r, 150))
    await client.send(request(id, "x"))
    assert.equal(text(await client.next(1000))?.[4], "2")
  })

  it("should not cache an ERROR, nor leak the exception text (RFL-S10, RFL-S19)", async () => {
    let calls = 0
    const handler = (p: Buffer[]) => {
      if (++calls === 1) throw new Error("secret /etc/passwd detail")
      return p
    }
    const { client } = await pair({ handler, counter: false })
    const id = randomUUID()
    await client.send(request(id, "x"))
    assert.deepEqual(text(await client.next(1000)), [
      "",
      "RESPONSE",
      id,
      "ERROR",
      "internal error",
    ])
    await client.send(request(id, "x"))
    assert.deepEqual(text(await client.next(1000)), [
      "",
      "RESPONSE",
      id,
      "OK",
      "x",
    ])
  })

  for (const [what, id] of [
    ["not UUID-shaped", "42"],
    ["longer than 64 bytes", "a".repeat(65)],
    ["not UTF-8", Buffer.from([0xc3, 0x28])],
  ] as const) {
    it(`should answer ERROR to a request id ${what} (RFL-S12)`, async () => {
      const { server, client } = await pair()
      await client.send(["", "REQUEST", id, "x"])
      const r = await client.next(1000)
      assert.equal(r?.[3].toString(), "ERROR")
      assert.ok(
        r?.[2].equals(Buffer.from(id)),
        "the id comes back byte for byte",
      )
      assert.equal(server.executions, 0)
    })
  }

  it("should answer ERROR to a REQUEST with no payload frame (RFL-S13)", async () => {
    const { client } = await pair()
    await client.send(["", "REQUEST", uuid])
    assert.deepEqual(text(await client.next(1000))?.slice(3, 5), [
      "ERROR",
      "no payload frame",
    ])
  })

  it("should drop unknown commands and short messages, then go on (RFL-S14)", async () => {
    const { client } = await pair()
    for (const m of [
      [""],
      ["", "request", uuid, "x"],
      ["", "PING"],
      ["HEARTBEAT"],
    ])
      await client.send(m)
    await client.send(["", "HEARTBEAT"])
    assert.equal(text(await client.next(1000))?.[1], "HEARTBEAT")
    assert.equal(await client.next(100), undefined)
  })

  it("should answer HEARTBEAT while a request runs (RFL-S15)", async () => {
    // The work takes 2 s; an answer within 1 s cannot have waited for it,
    // with room for a loaded machine.
    const { client } = await pair({ workMs: 2000 })
    await client.send(request(randomUUID(), "x"))
    const t0 = performance.now()
    await client.send(["", "HEARTBEAT"])
    assert.equal(text(await client.next(1500))?.[1], "HEARTBEAT")
    const took = performance.now() - t0
    assert.ok(took < 1000, `HEARTBEAT answered after ${Math.round(took)} ms`)
  })
})

describe("RFL server fault switches", () => {
  it("no-heartbeat-reply (RFL-S1)", async () => {
    const { client } = await pair({ faults: ["no-heartbeat-reply"] })
    await client.send(["", "HEARTBEAT"])
    assert.equal(await client.next(200), undefined)
  })

  it("wrong-request-id (RFL-10)", async () => {
    const { client } = await pair({ faults: ["wrong-request-id"] })
    await client.send(request(uuid, "x"))
    assert.notEqual(text(await client.next(1000))?.[2], uuid)
  })

  it("no-dedupe (RFL-S4)", async () => {
    const { server, client } = await pair({ faults: ["no-dedupe"] })
    for (let i = 0; i < 2; i++) {
      await client.send(request(uuid, "x"))
      await client.next(1000)
    }
    assert.equal(server.executions, 2)
  })

  it("reply-twice (RFL-S2)", async () => {
    const { client } = await pair({ faults: ["reply-twice"] })
    await client.send(request(uuid, "x"))
    assert.ok(await client.next(1000))
    assert.ok(await client.next(1000))
  })

  it("stored-identity (RFL-S7)", async () => {
    const { server, client } = await pair({ faults: ["stored-identity"] })
    await client.send(request(uuid, "x"))
    await client.next(1000)
    const other = new RawClient(server.endpoint)
    open.push(other)
    await other.send(request(uuid, "x"))
    assert.equal(await other.next(200), undefined)
    assert.ok(await client.next(1000), "the stray copy goes to the first asker")
  })
})
