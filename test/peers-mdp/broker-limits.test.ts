import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { Dealer } from "zeromq"
import { ManualClock } from "../../src/core/clock"
import type {
  MdpBroker,
  MdpBrokerOptions,
} from "../../src/protocols/mdp/peers/broker"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import {
  captureLog,
  fast,
  frames as f,
  RawPeer,
  startBroker,
  text,
} from "./helpers"

/** `p`, or a failure naming `what` after `ms`. */
async function within<T>(ms: number, p: Promise<T>, what: string) {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not within ${ms} ms: ${what}`)),
      ms,
    )
  })
  try {
    return await Promise.race([p, late])
  } finally {
    clearTimeout(timer)
  }
}

// The broker's resource limits, with raw DEALER peers. Each test shrinks the
// limit it is about so that a few small messages reach it.
describe("MdpBroker limits", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(opts: Partial<MdpBrokerOptions> = {}) {
    const log = captureLog()
    const started = await startBroker({ logger: log.logger, ...opts })
    const broker: MdpBroker = started.broker
    cleanup.push(() => broker.stop())
    const peer = () => {
      const p = new RawPeer(started.endpoint)
      cleanup.push(() => p.close())
      return p
    }
    return { peer, log, endpoint: started.endpoint }
  }

  /** A worker seen registered: its first HEARTBEAT came. */
  async function readyWorker(peer: () => RawPeer, service = "echo") {
    const w = peer()
    await w.send(f.ready(service))
    assert.deepEqual(await w.command(300), { command: "HEARTBEAT" })
    return w
  }

  /** MMI on the same socket: once it answers, what was sent before is handled. */
  async function sync(c: RawPeer) {
    await c.send(f.request("mmi.service", "echo"))
    assert.equal((await c.reply(300))?.service, "mmi.service")
  }

  for (const { limit, opts, over, at } of [
    {
      limit: "max-frames",
      opts: { maxFrames: 3 },
      over: ["a", "b", "c", "d"],
      at: ["a", "b", "c"],
    },
    {
      limit: "max-message-bytes",
      opts: { maxMessageBytes: 10 },
      over: ["12345", "678901"],
      at: ["12345", "67890"],
    },
  ]) {
    it(`should drop a REQUEST over --${limit} unanswered and pass one at the limit`, async () => {
      const { peer, log } = await setup(opts)
      const w = await readyWorker(peer)
      const c = peer()
      await c.send(f.request("echo", ...over))
      await c.send(f.request("echo", ...at))
      // FIFO: had the first one reached the worker, it would come first.
      const req = await w.request(300)
      assert.deepEqual(text(req.body), at)
      await w.send(f.reply(req.client, "done"))
      assert.deepEqual(text((await c.reply(300))!.body), ["done"])
      assert.equal(await c.next(100), undefined, "no answer to the refused one")
      const refused = log.of("message-refused")
      assert.deepEqual(
        refused.map(l => [l.limit, l.command]),
        [[limit, "REQUEST"]],
      )
    })
  }

  it("should log refusals once per interval, counting those left out", async () => {
    const clock = new ManualClock()
    const { peer, log } = await setup({ maxFrames: 1, clock })
    const c = peer()
    for (let i = 0; i < 20; i++) await c.send(f.request("echo", "a", "b"))
    await sync(c)
    assert.deepEqual(
      log.of("message-refused").map(l => l.suppressed),
      [0],
      "one line for 20 refusals within the second",
    )
    clock.advance(1000)
    await c.send(f.request("echo", "a", "b"))
    await sync(c)
    assert.deepEqual(
      log.of("message-refused").map(l => l.suppressed),
      [0, 19],
    )
  })

  it("should DISCONNECT a worker whose answer is over a limit and drop, not requeue, its request", async () => {
    const { peer } = await setup({ maxFrames: 2 })
    const w1 = await readyWorker(peer)
    const c = peer()
    await c.send(f.request("echo", "q"))
    const req = await w1.request(300)
    await w1.send(f.reply(req.client, "1", "2", "3"))
    assert.deepEqual(await w1.command(300, true), { command: "DISCONNECT" })
    const w2 = await readyWorker(peer)
    assert.equal(await w2.command(150, true), undefined, "not requeued")
    assert.equal(await c.next(50), undefined, "nothing relayed")
    await c.send(f.request("echo", "next"))
    const next = await w2.request(300)
    await w2.send(f.reply(next.client, "1", "2"))
    assert.deepEqual(text((await c.reply(300))!.body), ["1", "2"])
  })

  it("should requeue at once a REQUEST it cannot deliver to a worker that is gone", async () => {
    // Liveness 100: expiry would take 5 s, far beyond the wait below.
    const { peer } = await setup({ liveness: 100 })
    const gone = await readyWorker(peer)
    const w2 = await readyWorker(peer)
    gone.close()
    // Until the ROUTER has seen the connection close, a send would vanish
    // into it: HEARTBEATs to it fail from then on.
    await new Promise(resolve => setTimeout(resolve, 150))
    const c = peer()
    await c.send(f.request("echo", "redo"))
    assert.deepEqual(text((await w2.request(1000)).body), ["redo"])
  })

  it("should drop answers to a client that stops reading once its queue is full, and keep serving others", async () => {
    const { peer, log, endpoint } = await setup({ sendHwm: 4 })
    const big = Buffer.alloc(256 * 1024, "x")
    const sent = 80
    let served = 0
    let allServed = () => {}
    const all = new Promise<void>(resolve => (allServed = resolve))
    const worker = new MdpWorker({
      connect: endpoint,
      service: "big",
      handler: async () => {
        if (++served === sent) allServed()
        return [big]
      },
      ...fast,
    })
    await worker.start()
    cleanup.push(() => worker.stop())
    // Its own buffers hold little: what it does not read piles up at the broker.
    const stuck = new Dealer({
      linger: 0,
      receiveHighWaterMark: 1,
      receiveBufferSize: 4096,
    })
    cleanup.push(() => stuck.close())
    stuck.connect(endpoint)
    for (let i = 0; i < sent; i++) await stuck.send(f.request("big", `${i}`))
    await within(5000, all, "the worker served every request")
    // The worker answers in order on one socket: once this one is answered,
    // every answer to the stuck client has been sent or dropped.
    const other = peer()
    await other.send(f.request("big", "me too"))
    assert.equal((await other.reply(5000))?.body[0].length, big.length)
    const dropped = log.of("send-dropped").map(l => `${l.kind}: ${l.reason}`)
    assert.deepEqual([...new Set(dropped)], ["answer: send-hwm"])
    const drained = async () => {
      stuck.receiveTimeout = 200
      for (let received = 0; ; received++) {
        try {
          await stuck.receive()
        } catch (err) {
          if ((err as { code?: string }).code === "EAGAIN") return received
          throw err
        }
      }
    }
    const received = await drained()
    assert.ok(
      received < sent,
      `the broker held back only ${received} of ${sent}`,
    )
  })
})
