import assert from "node:assert/strict"
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, it } from "node:test"
import type { ServerFault } from "../../src/protocols/tsp/peers/faults"
import { TitanicServer } from "../../src/protocols/tsp/peers/server"
import { captureLog } from "../peers-mdp/helpers"
import {
  broker,
  call,
  Cleanup,
  eventually,
  mdpClient,
  scratch,
  serverTimings,
  tree,
  worker,
} from "./helpers"

const hex32 = /^[0-9a-f]{32}$/

describe("TitanicServer over a real broker", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function setup(
    opts: { faults?: ServerFault[]; maxRequests?: number } = {},
  ) {
    const endpoint = await broker(cleanup)
    const dirs = scratch(cleanup)
    const log = captureLog()
    const server = new TitanicServer({
      connect: endpoint,
      dir: dirs.store,
      ...serverTimings,
      ...opts,
      logger: log.logger,
    })
    await server.start()
    cleanup.add(() => server.stop())
    return { endpoint, ...dirs, log, client: mdpClient(cleanup, endpoint) }
  }

  /** Polls titanic.reply until it is no longer 300. */
  async function replyOf(client: ReturnType<typeof mdpClient>, id: string) {
    let last: string[] = []
    const done = await eventually(async () => {
      last = await call(client, "reply", id)
      return last[0] !== "300"
    }, 5000)
    assert.ok(done, `still ${JSON.stringify(last)} after 5 s`)
    return last
  }

  it("should store, dispatch and answer: 200 + UUID, then 200 + the reply (TSP-1, TSP-2, TSP-6, TSP-24)", async () => {
    const { endpoint, client } = await setup()
    await worker(cleanup, endpoint)
    const [code, id] = await call(client, "request", "echo", "Hello")
    assert.equal(code, "200")
    assert.match(id, hex32)
    assert.deepEqual(await replyOf(client, id), ["200", "Hello"])
  })

  it("should answer 300 while the service is absent, then 200 on every later call (TSP-11, TSP-12, TSP-13, TSP-28)", async () => {
    const { endpoint, client } = await setup()
    const [, id] = await call(client, "request", "late", "a", "b")
    for (let i = 0; i < 3; i++)
      assert.deepEqual(await call(client, "reply", id), ["300"])
    await worker(cleanup, endpoint, "late")
    assert.deepEqual(await replyOf(client, id), ["200", "a", "b"])
    for (let i = 0; i < 3; i++)
      assert.deepEqual(await call(client, "reply", id), ["200", "a", "b"])
  })

  it("should delete request and reply on close, and answer 200 again and for unknown UUIDs (TSP-3, TSP-15, TSP-17, TSP-18)", async () => {
    const { endpoint, client, store } = await setup()
    await worker(cleanup, endpoint)
    const [, id] = await call(client, "request", "echo", "x")
    await replyOf(client, id)
    assert.deepEqual(await call(client, "close", id), ["200"])
    assert.deepEqual(await call(client, "close", id), ["200"])
    assert.deepEqual(await call(client, "reply", id), ["400"])
    assert.deepEqual(await call(client, "close", "f".repeat(32)), ["200"])
    for (const d of ["pending", "done", "replies"])
      assert.deepEqual(readdirSync(join(store, d)), [], `${d}/ is empty`)
  })

  it("should answer 400 for a UUID it never gave, in either case", async () => {
    const { client } = await setup()
    assert.deepEqual(await call(client, "reply", "A".repeat(32)), ["400"])
  })

  it("should find a request by its UUID in upper case too", async () => {
    const { endpoint, client } = await setup()
    await worker(cleanup, endpoint)
    const [, id] = await call(client, "request", "echo", "x")
    assert.deepEqual(await replyOf(client, id.toUpperCase()), ["200", "x"])
  })

  it("should refuse a titanic.request without a body frame with 400, storing nothing (TSP-5)", async () => {
    const { client, store } = await setup()
    const before = tree(store)
    assert.deepEqual(await call(client, "request", "echo"), ["400"])
    assert.deepEqual(tree(store), before)
  })

  it("should refuse hostile ids with 400 and touch nothing inside or beside the store (TSP-8)", async () => {
    const { client, store, root } = await setup()
    mkdirSync(join(root, "victim"))
    writeFileSync(join(root, "victim", "canary"), "still here")
    writeFileSync(join(root, "canary"), "still here")
    const before = tree(root)
    const hostile = [
      "../canary",
      "../../canary",
      "../../../canary",
      join(root, "canary"),
      "../victim/canary",
      "0123456789abcdef0123456789abcde\0",
      "x".repeat(10_000),
    ].map(s => Buffer.from(s))
    hostile.push(Buffer.from([0, 1, 2, 0xff, 0x2f, 0x2e, 0x2e]))
    for (const id of hostile) {
      assert.deepEqual(await call(client, "reply", id), ["400"])
      assert.deepEqual(await call(client, "close", id), ["400"])
    }
    assert.deepEqual(await call(client, "close", "a", "b"), ["400"])
    assert.deepEqual(tree(root), before)
    assert.ok(existsSync(join(store, "LOCK")))
  })

  it("should answer 500 and log past its cap, never growing the store (bounded)", async () => {
    const { client, log } = await setup({ maxRequests: 2 })
    assert.equal((await call(client, "request", "none", "1"))[0], "200")
    assert.equal((await call(client, "request", "none", "2"))[0], "200")
    assert.deepEqual(await call(client, "request", "none", "3"), ["500"])
    const refused = log.of("refused")
    assert.equal(refused.at(-1)?.reason, "max-requests")
  })

  describe("fault switches", () => {
    it("status-404 answers an unknown UUID with 404 (TSP-19)", async () => {
      const { client } = await setup({ faults: ["status-404"] })
      assert.deepEqual(await call(client, "reply", "a".repeat(32)), ["404"])
    })

    it("status-501 answers a pending request with 501 (TSP-19)", async () => {
      const { client } = await setup({ faults: ["status-501"] })
      const [, id] = await call(client, "request", "none", "x")
      assert.deepEqual(await call(client, "reply", id), ["501"])
    })

    it("delete-on-reply loses the reply after one delivery (TSP-12)", async () => {
      const { endpoint, client } = await setup({ faults: ["delete-on-reply"] })
      await worker(cleanup, endpoint)
      const [, id] = await call(client, "request", "echo", "x")
      assert.deepEqual(await replyOf(client, id), ["200", "x"])
      assert.deepEqual(await call(client, "reply", id), ["400"])
    })

    it("traversal-id deletes a file beside the store (TSP-8)", async () => {
      const { client, root } = await setup({ faults: ["traversal-id"] })
      writeFileSync(join(root, "canary"), "doomed")
      assert.deepEqual(await call(client, "close", "../../canary"), ["200"])
      assert.ok(!existsSync(join(root, "canary")))
    })
  })
})
