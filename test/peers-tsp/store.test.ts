import assert from "node:assert/strict"
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, it } from "node:test"
import { silentLogger } from "../../src/core/log"
import {
  lockStore,
  StoreLockedError,
} from "../../src/protocols/tsp/peers/durable"
import {
  CorruptFileError,
  decodeFrames,
  encodeFrames,
} from "../../src/protocols/tsp/peers/frames-file"
import { canonicalId, newId } from "../../src/protocols/tsp/peers/ids"
import { TitanicStore } from "../../src/protocols/tsp/peers/store"
import { Cleanup, scratch, tree } from "./helpers"

const b = (...texts: string[]) => texts.map(t => Buffer.from(t))
const limits = { maxRequests: 100, maxBytes: 1 << 20 }

describe("TitanicStore", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function open(dir: string, l = limits) {
    const opened = await TitanicStore.open(dir, l, silentLogger())
    cleanup.add(() => opened.store.shutdown())
    return opened
  }

  it("should keep a request in pending/ until its reply is stored, then move it to done/ (TSP-6, TSP-24)", async () => {
    const { store: dir } = scratch(cleanup)
    const { store } = await open(dir)
    const id = newId()
    await store.add(id, b("echo", "hello"))
    assert.deepEqual(readdirSync(join(dir, "pending")), [id])
    assert.equal(store.phase(id), "pending")
    assert.deepEqual(await store.request(id), b("echo", "hello"))
    assert.ok(await store.saveReply(id, b("hello")))
    await store.markDone(id)
    assert.deepEqual(readdirSync(join(dir, "pending")), [])
    assert.deepEqual(readdirSync(join(dir, "done")), [id])
    assert.deepEqual(await store.reply(id), b("hello"))
    assert.deepEqual(
      await store.reply(id),
      b("hello"),
      "reading never deletes (TSP-12)",
    )
  })

  it("should delete request and reply on close, and forget the bytes (TSP-15, TSP-17)", async () => {
    const { store: dir } = scratch(cleanup)
    const { store } = await open(dir)
    const id = newId()
    await store.add(id, b("echo", "x"))
    await store.saveReply(id, b("x"))
    await store.markDone(id)
    await store.close(id)
    await store.close(id)
    assert.equal(store.phase(id), undefined)
    const files = tree(dir).map(f => f.split(" ")[0])
    assert.deepEqual(files, ["LOCK"], "nothing but the lock is left")
    assert.equal(store.requests, 0)
    assert.equal(store.storedBytes, 0)
  })

  it("should drop a reply that arrives after the request was closed", async () => {
    const { store: dir } = scratch(cleanup)
    const { store } = await open(dir)
    const id = newId()
    await store.add(id, b("echo", "x"))
    await store.close(id)
    assert.equal(await store.saveReply(id, b("x")), false)
    assert.deepEqual(readdirSync(join(dir, "replies")), [])
  })

  it("should refuse past either cap, counting requests and replies", async () => {
    const { store: dir } = scratch(cleanup)
    const size = TitanicStore.sizeOf(b("echo", "x"))
    const { store } = await open(dir, { maxRequests: 2, maxBytes: 3 * size })
    assert.equal(store.admit(size), "ok")
    const [one, two] = [newId(), newId()]
    await store.add(one, b("echo", "x"))
    await store.saveReply(one, b("echo", "x")) // same size as a request
    assert.equal(store.admit(size), "ok")
    assert.equal(store.admit(size + 1), "max-bytes")
    await store.add(two, b("echo", "x"))
    assert.equal(store.admit(1), "max-requests")
    await store.close(one)
    assert.equal(store.admit(size), "ok")
  })

  it("should come back after a crash at each step: tmp emptied, answered requests done, orphans gone", async () => {
    const { store: dir } = scratch(cleanup)
    const first = await open(dir)
    const [waiting, answered, moved, closed] = [
      newId(),
      newId(),
      newId(),
      newId(),
    ]
    for (const id of [waiting, answered, moved, closed])
      await first.store.add(id, b("echo", id))
    await first.store.saveReply(answered, b("a")) // crash before markDone
    await first.store.saveReply(moved, b("m"))
    await first.store.markDone(moved)
    await first.store.saveReply(closed, b("c"))
    await first.store.shutdown()
    // A crash inside close (request gone, reply left) and inside a write.
    rmSync(join(dir, "pending", closed))
    writeFileSync(join(dir, "tmp", `${newId()}.1`), "half a file")
    const { store, pending } = await open(dir)
    assert.deepEqual(
      pending,
      [waiting],
      "only the unanswered request is dispatched again",
    )
    assert.equal(store.phase(answered), "replied")
    assert.equal(store.phase(moved), "replied")
    assert.equal(store.phase(closed), undefined)
    assert.deepEqual(readdirSync(join(dir, "tmp")), [])
    assert.deepEqual(readdirSync(join(dir, "pending")), [waiting])
    assert.deepEqual(
      readdirSync(join(dir, "done")).sort(),
      [answered, moved].sort(),
    )
    assert.deepEqual(
      readdirSync(join(dir, "replies")).sort(),
      [answered, moved].sort(),
    )
    assert.equal(store.requests, 3)
  })

  it("should leave stray files alone and never take them for requests", async () => {
    const { store: dir } = scratch(cleanup)
    mkdirSync(join(dir, "pending"), { recursive: true })
    writeFileSync(join(dir, "pending", "notes.txt"), "mine")
    const { store, pending } = await open(dir)
    assert.deepEqual(pending, [])
    assert.equal(store.requests, 0)
    assert.deepEqual(readdirSync(join(dir, "pending")), ["notes.txt"])
  })

  it("should refuse a store another live process holds, and take over a dead one's", async () => {
    const { store: dir } = scratch(cleanup)
    mkdirSync(dir)
    writeFileSync(join(dir, "LOCK"), `${process.ppid}\n`) // alive: our parent
    await assert.rejects(lockStore(join(dir, "LOCK")), StoreLockedError)
    writeFileSync(join(dir, "LOCK"), "999999999\n") // no such process
    await open(dir)
  })
})

describe("request ids (TSP-8)", () => {
  it("should take exactly 32 hex digits, in either case, as lower case", () => {
    const id = "0123456789ABCDEFabcdef0123456789"
    assert.equal(canonicalId(Buffer.from(id)), id.toLowerCase())
    assert.match(newId(), /^[0-9a-f]{32}$/)
  })

  it("should refuse every hostile id before it could name a file", () => {
    const hostile = [
      "../x",
      "../../../../../../etc/passwd",
      "/etc/passwd",
      "0123456789abcdef0123456789abcde/",
      "0123456789abcdef0123456789abcde\0",
      "0123456789abcdef0123456789abcdef0",
      "0123456789abcdef0123456789abcdeg",
      "",
      "a".repeat(10_000),
    ].map(s => Buffer.from(s))
    hostile.push(Buffer.from([0xff, 0xfe, ...Buffer.from("0".repeat(30))]))
    for (const h of hostile)
      assert.equal(canonicalId(h), undefined, JSON.stringify(h.toString()))
  })
})

describe("stored message files", () => {
  it("should round-trip empty, binary and many frames", () => {
    const frames = [Buffer.alloc(0), Buffer.from([0, 255, 10]), ...b("a", "bc")]
    assert.deepEqual(decodeFrames(encodeFrames(frames)), frames)
  })

  it("should refuse a truncated or padded file rather than read past it", () => {
    const data = encodeFrames(b("echo", "hello"))
    for (const bad of [
      data.subarray(0, data.length - 1),
      Buffer.concat([data, Buffer.from("x")]),
      Buffer.from("TSP1"),
    ])
      assert.throws(() => decodeFrames(bad), CorruptFileError)
  })
})
