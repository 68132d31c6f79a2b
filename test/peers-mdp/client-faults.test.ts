import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import {
  MdpClient,
  RequestTimeoutError,
} from "../../src/protocols/mdp/peers/client"
import type { ClientFault } from "../../src/protocols/mdp/peers/faults"
import { RawBroker, text } from "./helpers"

/** A REQUEST as the fake broker got it: when, from which connection, what. */
interface Seen {
  at: number
  id: Buffer
  frames: string[]
}

// Each client fault at the wire, with a raw ROUTER playing the broker.
describe("MdpClient faults on the wire", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(faults: ClientFault[], timeoutMs = 200, retries = 3) {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const client = new MdpClient({ connect, timeoutMs, retries, faults })
    cleanup.push(() => client.close())
    return { broker, client }
  }

  async function requests(broker: RawBroker, within: number): Promise<Seen[]> {
    const seen: Seen[] = []
    const deadline = performance.now() + within
    for (;;) {
      const left = deadline - performance.now()
      const got = left > 0 ? await broker.next(left) : undefined
      if (!got) return seen
      const [id, ...frames] = got
      seen.push({ at: performance.now(), id, frames: frames.map(String) })
    }
  }

  it('wrong-header: REQUEST says "MDPC02" (MDP-22)', async () => {
    const { broker, client } = await setup(["wrong-header"])
    void client.request("echo", [Buffer.from("x")]).catch(() => undefined)
    const [first] = await requests(broker, 150)
    assert.deepEqual(first.frames, ["", "MDPC02", "echo", "x"])
  })

  it("no-body: REQUEST has no body frame (MDP-6)", async () => {
    const { broker, client } = await setup(["no-body"])
    void client.request("echo", [Buffer.from("x")]).catch(() => undefined)
    const [first] = await requests(broker, 150)
    assert.deepEqual(first.frames, ["", "MDPC01", "echo"])
  })

  it("no-retry: one REQUEST, then it gives up whatever retries says (MDP-12)", async () => {
    const { broker, client } = await setup(["no-retry"], 100, 3)
    await assert.rejects(
      client.request("echo", [Buffer.from("x")]),
      (err: unknown) => err instanceof RequestTimeoutError && err.tries === 1,
    )
    assert.equal((await requests(broker, 250)).length, 1, "no resend")
  })

  it("resend-early: a second REQUEST on the same connection before the REPLY (MDP-8)", async () => {
    // Timeout 800 ms: the resend is due at 200 ms, long before 3/4 of it.
    const { broker, client } = await setup(["resend-early"], 800, 1)
    const reply = client.request("echo", [Buffer.from("x")])
    const seen = await requests(broker, 450)
    assert.equal(seen.length, 2, "two REQUESTs within 450 ms")
    const [a, b] = seen
    assert.deepEqual(
      a.frames,
      ["", "MDPC01", "echo", "x"],
      "DEALER writes frame 0 (MDP-11)",
    )
    assert.deepEqual(b.frames, a.frames)
    assert.ok(a.id.equals(b.id), "same socket: the first is still outstanding")
    const gap = b.at - a.at
    assert.ok(gap >= 150 && gap < 450, `${Math.round(gap)} ms apart`)
    await broker.send([a.id, "", "MDPC01", "echo", "X"])
    assert.deepEqual(text(await reply), ["X"])
  })

  it("without faults: REQ, one REQUEST per try on a new socket, then gives up (MDP-12)", async () => {
    const { broker, client } = await setup([], 100, 2)
    const outcome = assert.rejects(
      client.request("echo", [Buffer.from("x")]),
      (err: unknown) => err instanceof RequestTimeoutError && err.tries === 2,
    )
    const seen = await requests(broker, 400)
    await outcome
    assert.equal(seen.length, 2)
    assert.ok(!seen[0].id.equals(seen[1].id), "the retry uses a new socket")
    assert.ok(seen[1].at - seen[0].at >= 90, "no resend before the timeout")
  })
})
