import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import {
  ClientClosedError,
  MdpAsyncClient,
  type MdpAsyncClientOptions,
} from "../../src/protocols/mdp/peers/async-client"
import { RequestTimeoutError } from "../../src/protocols/mdp/peers/client"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import { captureLog, fast, RawBroker, startBroker, text } from "./helpers"

const echo = async (body: Buffer[]) => body
const bufs = (...s: string[]) => s.map(x => Buffer.from(x))

describe("MdpAsyncClient", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  function client(
    opts: Omit<MdpAsyncClientOptions, "connect">,
    connect: string,
  ) {
    const c = new MdpAsyncClient({ connect, ...opts })
    cleanup.push(() => c.close())
    return c
  }

  async function rawBroker() {
    const b = new RawBroker()
    const endpoint = await b.bind()
    cleanup.push(() => b.close())
    return { b, endpoint }
  }

  /** The next client REQUEST at the fake broker: [identity, "", header, service, ...body]. */
  async function nextRequest(b: RawBroker, within = 500) {
    const frames = await b.next(within)
    assert.ok(frames, `a REQUEST within ${within} ms`)
    return frames
  }

  describe("through the reference broker", () => {
    async function setup() {
      const { broker, endpoint } = await startBroker()
      cleanup.push(() => broker.stop())
      // One worker per service: see ReplyMatcher for why pairing needs it.
      for (const service of ["echo", "echo2"]) {
        const w = new MdpWorker({
          connect: endpoint,
          service,
          handler: echo,
          ...fast,
        })
        await w.start()
        cleanup.push(() => w.stop())
      }
      return endpoint
    }

    it("should pair hundreds of interleaved requests with their replies", async () => {
      const endpoint = await setup()
      const c = client({ timeoutMs: 5000, window: 40 }, endpoint)
      const services = ["echo", "echo2", "mmi.service"]
      const sends = Array.from({ length: 600 }, (_, i) => {
        const service = services[i % 3]
        const body = service === "mmi.service" ? ["echo"] : [service, `#${i}`]
        return c.send(service, bufs(...body)).then(text)
      })
      const replies = await Promise.all(sends)
      replies.forEach((reply, i) => {
        const service = services[i % 3]
        const want = service === "mmi.service" ? ["200"] : [service, `#${i}`]
        assert.deepEqual(reply, want, `request ${i}`)
      })
      assert.equal(c.inFlight, 0)
    })

    it("should time out a request nobody serves, and keep serving the rest", async () => {
      const endpoint = await setup()
      const c = client({ timeoutMs: 150 }, endpoint)
      const lost = c.send("nobody", bufs("x"))
      assert.deepEqual(text(await c.send("echo", bufs("y"))), ["y"])
      await assert.rejects(lost, (err: unknown) => {
        assert.ok(err instanceof RequestTimeoutError)
        assert.match(err.message, /service "nobody" after 1 try of 150 ms/)
        return true
      })
    })
  })

  describe("against a fake broker", () => {
    it("should write frame 0 itself on its DEALER (MDP-10, MDP-11)", async () => {
      const { b, endpoint } = await rawBroker()
      const c = client({ timeoutMs: 1000 }, endpoint)
      const pending = c.send("echo", bufs("a", "b"))
      const [id, ...frames] = await nextRequest(b)
      assert.deepEqual(frames.map(String), ["", "MDPC01", "echo", "a", "b"])
      await b.send([id, "", "MDPC01", "echo", "A", "B"])
      assert.deepEqual(text(await pending), ["A", "B"])
    })

    it("should drop and log a late reply instead of giving it to the next request", async () => {
      const { b, endpoint } = await rawBroker()
      const log = captureLog()
      const c = client(
        { timeoutMs: 250, lateReplyMs: 2000, logger: log.logger },
        endpoint,
      )
      const started = performance.now()
      const first = c.send("echo", bufs("one"))
      const [id] = await nextRequest(b)
      await assert.rejects(first, RequestTimeoutError)
      assert.ok(performance.now() - started >= 240, "not before the timeout")
      const second = c.send("echo", bufs("two"))
      await nextRequest(b)
      await b.send([id, "", "MDPC01", "echo", "one"])
      await b.send([id, "", "MDPC01", "echo", "two"])
      assert.deepEqual(text(await second), ["two"])
      assert.ok(log.events().includes("late-reply-dropped"), `${log.events()}`)
    })

    it("should drop and log a reply for a service it never asked", async () => {
      const { b, endpoint } = await rawBroker()
      const log = captureLog()
      const c = client({ timeoutMs: 1000, logger: log.logger }, endpoint)
      const pending = c.send("echo", bufs("x"))
      const [id] = await nextRequest(b)
      await b.send([id, "", "MDPC01", "other", "?"])
      await b.send([id, "", "MDPC01", "echo", "x"])
      assert.deepEqual(text(await pending), ["x"])
      assert.ok(log.events().includes("unmatched-reply-dropped"))
    })

    it("should keep at most `window` requests in flight", async () => {
      const { b, endpoint } = await rawBroker()
      const c = client({ timeoutMs: 3000, window: 3 }, endpoint)
      const sends = Array.from({ length: 10 }, (_, i) =>
        c.send("echo", bufs(`${i}`)),
      )
      const seen = [
        await nextRequest(b),
        await nextRequest(b),
        await nextRequest(b),
      ]
      assert.equal(
        await b.next(150),
        undefined,
        "a fourth REQUEST before a reply",
      )
      assert.deepEqual([c.inFlight, c.queued], [3, 7])
      const [id] = seen[0]
      await b.send([id, "", "MDPC01", "echo", "done 0"])
      assert.deepEqual(text(await sends[0]), ["done 0"])
      assert.equal(
        String((await nextRequest(b))[4]),
        "3",
        "the slot went to the next in line",
      )
      for (const p of sends.slice(1)) p.catch(() => undefined)
    })

    it("should reject in-flight and queued requests on close()", async () => {
      const { endpoint } = await rawBroker()
      const c = client({ timeoutMs: 3000, window: 1 }, endpoint)
      const sends = [1, 2, 3].map(i => c.send("echo", bufs(`${i}`)))
      await new Promise(resolve => setImmediate(resolve))
      assert.deepEqual([c.inFlight, c.queued], [1, 2])
      await c.close()
      for (const p of sends) await assert.rejects(p, ClientClosedError)
      await assert.rejects(c.send("echo", bufs("late")), ClientClosedError)
    })
  })
})
