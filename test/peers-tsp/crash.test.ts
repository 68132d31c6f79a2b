import assert from "node:assert/strict"
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, it } from "node:test"
import type { RequestHandler } from "../../src/protocols/mdp/peers/worker"
import {
  broker,
  call,
  Cleanup,
  eventually,
  kill9,
  mdpClient,
  scratch,
  serverProcess,
  stderr,
  worker,
} from "./helpers"

/**
 * The server as a child process, killed with SIGKILL at a chosen step and
 * started again on the same store: what it promised before the kill must
 * hold after it (TSP-6, TSP-28), at the cost of running a request twice.
 */
describe("Titanic server killed with SIGKILL and restarted on the same store", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function setup() {
    const endpoint = await broker(cleanup)
    const { root, store } = scratch(cleanup)
    return { endpoint, root, store, client: mdpClient(cleanup, endpoint) }
  }

  /**
   * A service whose first request is held (never answered: the server is
   * killed meanwhile) and whose later ones are echoed. Two workers share it,
   * so the request sent again after the restart finds a free one.
   */
  async function holdFirst(endpoint: string) {
    const calls: string[] = []
    let seen!: () => void
    const first = new Promise<void>(r => (seen = r))
    let release!: () => void
    const held = new Promise<void>(r => (release = r))
    cleanup.add(() => release())
    const handler: RequestHandler = async body => {
      calls.push(body.map(String).join(","))
      if (calls.length === 1) {
        seen()
        await held
      }
      return body
    }
    await worker(cleanup, endpoint, "slow", handler)
    await worker(cleanup, endpoint, "slow", handler)
    return { calls, first }
  }

  async function pollUntil(
    client: ReturnType<typeof mdpClient>,
    id: string,
    within: number,
  ): Promise<string[]> {
    let last: string[] = []
    await eventually(async () => {
      last = await call(client, "reply", id)
      return last[0] !== "300"
    }, within)
    return last
  }

  it("between accepting and dispatching: the request is still dispatched and answered (TSP-6, TSP-28)", async () => {
    const { endpoint, store, client } = await setup()
    const first = await serverProcess(cleanup, endpoint, store)
    const [code, id] = await call(client, "request", "later", "kept")
    assert.equal(code, "200")
    assert.ok(existsSync(join(store, "pending", id)), "durable before 200")
    await kill9(first)
    await serverProcess(cleanup, endpoint, store)
    await worker(cleanup, endpoint, "later")
    assert.deepEqual(await pollUntil(client, id, 5000), ["200", "kept"])
  })

  it("after dispatching, before storing the reply: dispatched again (at-least-once)", async () => {
    const { endpoint, store, client } = await setup()
    const service = await holdFirst(endpoint)
    const first = await serverProcess(cleanup, endpoint, store)
    const [, id] = await call(client, "request", "slow", "twice")
    await service.first
    await kill9(first)
    await serverProcess(cleanup, endpoint, store)
    assert.deepEqual(await pollUntil(client, id, 5000), ["200", "twice"])
    assert.deepEqual(service.calls, ["twice", "twice"])
    assert.deepEqual(readdirSync(join(store, "pending")), [])
    assert.deepEqual(readdirSync(join(store, "done")), [id])
  })

  it("a clean stop (SIGTERM) releases the store for the next server", async () => {
    const { endpoint, store } = await setup()
    const first = await serverProcess(cleanup, endpoint, store)
    first.kill("SIGTERM")
    await eventually(() => first.exitCode !== null, 5000)
    assert.equal(first.exitCode, 0, `${first.signalCode} ${stderr(first)}`)
    assert.ok(!existsSync(join(store, "LOCK")))
    await serverProcess(cleanup, endpoint, store)
  })

  describe("fault switches that break durability", () => {
    it("reply-before-durable: the request is lost (TSP-6)", async () => {
      const { endpoint, store, client } = await setup()
      const args = ["--fault", "reply-before-durable"]
      const first = await serverProcess(cleanup, endpoint, store, args)
      const [code, id] = await call(client, "request", "later", "lost")
      assert.equal(code, "200")
      await kill9(first)
      await serverProcess(cleanup, endpoint, store, args)
      assert.deepEqual(await call(client, "reply", id), ["400"])
    })

    it("no-redispatch: the request stays pending after the restart (TSP-28)", async () => {
      const { endpoint, store, client } = await setup()
      const args = ["--fault", "no-redispatch"]
      const first = await serverProcess(cleanup, endpoint, store, args)
      const [, id] = await call(client, "request", "later", "stuck")
      await kill9(first)
      await serverProcess(cleanup, endpoint, store, args)
      await worker(cleanup, endpoint, "later")
      assert.deepEqual(await pollUntil(client, id, 1500), ["300"])
    })

    it("done-before-reply: a request cut off in dispatch never runs again (TSP-28)", async () => {
      const { endpoint, store, client } = await setup()
      const args = ["--fault", "done-before-reply"]
      const service = await holdFirst(endpoint)
      const first = await serverProcess(cleanup, endpoint, store, args)
      const [, id] = await call(client, "request", "slow", "once")
      await service.first
      await kill9(first)
      await serverProcess(cleanup, endpoint, store, args)
      assert.deepEqual(await pollUntil(client, id, 1500), ["300"])
      assert.deepEqual(service.calls, ["once"])
    })
  })
})
