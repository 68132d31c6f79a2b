import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import type { ClientFault } from "../../src/protocols/lazy-pirate/peers/faults"
import {
  GaveUpError,
  LazyPirateClient,
} from "../../src/protocols/lazy-pirate/peers/client"
import { EchoServer } from "../../src/protocols/lazy-pirate/peers/server"
import { Cleanup, EMPTY, Peer, text } from "../peers-ppp/helpers"

// The reference Lazy Pirate client against the echo server and against a
// ROUTER playing the server frame by frame. Timeout 150 ms, 3 attempts.
const timeoutMs = 150

describe("LazyPirateClient", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  function client(connect: string, faults: ClientFault[] = []) {
    return cleanup.add(
      new LazyPirateClient({ connect, timeoutMs, retries: 3, faults }),
    )
  }

  async function routerServer() {
    const { peer, endpoint } = await Peer.router()
    cleanup.add(peer)
    return { server: peer, endpoint }
  }

  it("should get each reply on the same socket (LPC-13)", async () => {
    const server = cleanup.add(new EchoServer({ bind: "tcp://127.0.0.1:*" }))
    const c = client(await server.start())
    for (let seq = 1; seq <= 3; seq++)
      assert.deepEqual(text(await c.request([Buffer.from(String(seq))])), [
        String(seq),
      ])
  })

  it("should resend the same bytes from a new socket after each timeout, then give up (LPC-2..LPC-10)", async () => {
    const { server, endpoint } = await routerServer()
    const c = client(endpoint)
    const outcome = c.request([Buffer.from("1")]).catch((e: Error) => e)
    const seen: Array<{ id: string; body: string[]; at: number }> = []
    for (let i = 0; i < 3; i++) {
      const m = await server.next(4 * timeoutMs)
      assert.ok(m, `attempt ${i + 1}`)
      seen.push({
        id: m[0].toString("hex"),
        body: text(m.slice(1)),
        at: performance.now(),
      })
    }
    assert.ok((await outcome) instanceof GaveUpError)
    assert.equal(
      await server.next(2 * timeoutMs),
      undefined,
      "nothing after the last attempt",
    )
    assert.equal(new Set(seen.map(s => s.id)).size, 3, "three connections")
    for (const s of seen) assert.deepEqual(s.body, ["", "1"])
    for (let i = 1; i < 3; i++)
      assert.ok(
        seen[i].at - seen[i - 1].at >= timeoutMs * 0.8,
        "not before the timeout",
      )
  })

  it("should discard a stale reply and resend after the timeout (LPC-11, LPC-12)", async () => {
    const { server, endpoint } = await routerServer()
    const c = client(endpoint)
    const outcome = c.request([Buffer.from("7")])
    const first = (await server.next(500))!
    const staleAt = performance.now()
    await server.send([first[0], EMPTY, "6"])
    const again = (await server.next(4 * timeoutMs))!
    assert.ok(
      performance.now() - staleAt >= timeoutMs * 0.8,
      "a full timeout after the stale reply",
    )
    assert.deepEqual(text(again.slice(1)), ["", "7"], "the same request again")
    assert.notDeepEqual(again[0], first[0], "from a new socket")
    await server.send([again[0], EMPTY, "7"])
    assert.deepEqual(text(await outcome), ["7"])
  })

  it("should survive a server restart on the same endpoint", async () => {
    const first = new EchoServer({ bind: "tcp://127.0.0.1:*" })
    const endpoint = await first.start()
    const c = client(endpoint)
    assert.deepEqual(text(await c.request([Buffer.from("1")])), ["1"])
    await first.stop()
    const pending = c.request([Buffer.from("2")])
    await new Promise(r => setTimeout(r, timeoutMs / 2))
    const second = cleanup.add(new EchoServer({ bind: endpoint }))
    await second.start()
    assert.deepEqual(text(await pending), ["2"])
  })

  it("should resend on the same connection with fault reuse-socket (LPC-4)", async () => {
    const { server, endpoint } = await routerServer()
    const outcome = client(endpoint, ["reuse-socket"])
      .request([Buffer.from("1")])
      .catch(() => undefined)
    const a = (await server.next(500))!
    const b = (await server.next(4 * timeoutMs))!
    assert.deepEqual(a[0], b[0])
    await outcome
  })

  it("should accept a stale reply with fault accept-stale (LPC-11)", async () => {
    const { server, endpoint } = await routerServer()
    const outcome = client(endpoint, ["accept-stale"]).request([
      Buffer.from("2"),
    ])
    const m = (await server.next(500))!
    await server.send([m[0], EMPTY, "1"])
    assert.deepEqual(text(await outcome), ["1"])
  })
})

describe("EchoServer", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  it("should answer each request once with its bytes, and survive a client that vanished (LPC-17, LPC-18)", async () => {
    const server = cleanup.add(
      new EchoServer({ bind: "tcp://127.0.0.1:*", workMs: 50 }),
    )
    const endpoint = await server.start()
    const gone = Peer.req(endpoint)
    await gone.send(["lost"])
    gone.close()
    const c = cleanup.add(Peer.dealer(endpoint))
    await c.send([EMPTY, "a", "b"])
    assert.deepEqual(text((await c.next(1000))!), ["", "a", "b"])
    assert.equal(await c.next(150), undefined, "one reply only")
  })
})
