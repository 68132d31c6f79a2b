import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { afterEach, describe, it } from "node:test"
import pino from "pino"
import {
  MdpClient,
  RequestTimeoutError,
} from "../../src/protocols/mdp/peers/client"
import {
  MdpWorker,
  type RequestHandler,
} from "../../src/protocols/mdp/peers/worker"
import { bin, exitCode, marque } from "./cli-helpers"
import { RawBroker, text } from "./helpers"

// 18/MDP at the wire, with a raw ROUTER playing the broker. Frames are
// spelled out by hand so that the tests do not share the peers' codec.
const W = "MDPW02"
const C = "MDPC02"
const byte = (n: number) => Buffer.from([n])
const worker = {
  request: (id: Buffer, client: string, ...body: string[]) => [
    id,
    W,
    byte(2),
    client,
    "",
    ...body,
  ],
  heartbeat: (id: Buffer) => [id, W, byte(5)],
  disconnect: (id: Buffer) => [id, W, byte(6)],
}
const client = {
  partial: (id: Buffer, service: string, ...body: string[]) => [
    id,
    C,
    byte(2),
    service,
    ...body,
  ],
  final: (id: Buffer, service: string, ...body: string[]) => [
    id,
    C,
    byte(3),
    service,
    ...body,
  ],
}

/** One message at the fake broker: sender identity and the frames as text. */
async function next(broker: RawBroker, within: number, skipBeats = true) {
  const deadline = performance.now() + within
  for (;;) {
    const got = await broker.next(Math.max(1, deadline - performance.now()))
    if (!got) return undefined
    const [id, ...frames] = got
    const shown = frames.map((f, i) => (i === 1 ? `0x0${f[0]}` : String(f)))
    if (skipBeats && frames[0]?.toString() === W && frames[1]?.[0] === 5)
      continue
    return { id, frames: shown }
  }
}

describe("MdpWorker speaking MDP/0.2", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(handler: RequestHandler = async b => b, liveness = 3) {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const w = new MdpWorker({
      connect,
      protocol: "mdp/0.2",
      service: "echo",
      handler,
      heartbeatMs: 50,
      liveness,
      reconnectMs: 30,
    })
    await w.start()
    cleanup.push(() => w.stop())
    const ready = await next(broker, 500)
    assert.ok(ready, "READY within 500 ms")
    return { broker, id: ready.id, ready: ready.frames }
  }

  it("should open with READY as exactly 3 frames, no empty frame (MDP2-17)", async () => {
    const { ready } = await setup()
    assert.deepEqual(ready, [W, "0x01", "echo"])
  })

  it("should answer REQUEST with one FINAL to the same client (MDP2-20)", async () => {
    const { broker, id } = await setup()
    await broker.send(worker.request(id, "C1", "a", "b"))
    const got = await next(broker, 300)
    assert.deepEqual(got?.frames, [W, "0x04", "C1", "", "a", "b"])
    assert.equal(await next(broker, 100), undefined, "nothing after FINAL")
  })

  it("should send a stream's bodies as PARTIALs, the last as FINAL (MDP2-38)", async () => {
    const { broker, id } = await setup(async function* (body) {
      yield [Buffer.from("1")]
      yield [Buffer.from("2")]
      yield body
    })
    await broker.send(worker.request(id, "C1", "x"))
    const seen = []
    for (let i = 0; i < 3; i++) seen.push((await next(broker, 300))?.frames)
    assert.deepEqual(seen, [
      [W, "0x03", "C1", "", "1"],
      [W, "0x03", "C1", "", "2"],
      [W, "0x04", "C1", "", "x"],
    ])
  })

  it("should heartbeat as exactly 2 frames when idle (MDP2-21, MDP2-45)", async () => {
    const { broker, id } = await setup(undefined, 10)
    const beat = await next(broker, 200, false)
    assert.deepEqual(beat, { id, frames: [W, "0x05"] })
  })

  it("should send READY on a new socket after DISCONNECT (MDP2-37)", async () => {
    const { broker, id } = await setup()
    await broker.send(worker.disconnect(id))
    const again = await next(broker, 500)
    assert.deepEqual(again?.frames, [W, "0x01", "echo"])
    assert.notDeepEqual(again.id, id, "a new socket has a new identity")
  })

  it("should join a stream into one REPLY over MDP/0.1 (MDP-18)", async () => {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const handler = async function* () {
      yield [Buffer.from("1")]
      yield [Buffer.from("2")]
    }
    const w = new MdpWorker({ connect, service: "echo", handler })
    await w.start()
    cleanup.push(() => w.stop())
    const ready = await broker.next(500)
    assert.ok(ready)
    await broker.send([ready[0], "", "MDPW01", byte(2), "C1", "", "x"])
    const reply = await broker.next(300)
    assert.deepEqual(reply?.slice(1).map(String), [
      "",
      "MDPW01",
      "\x03",
      "C1",
      "",
      "1",
      "2",
    ])
  })

  it("should send --partials N PARTIALs before the FINAL from the CLI", async () => {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const child = spawn("node", [
      bin,
      "worker",
      "--protocol",
      "mdp/0.2",
      "--partials",
      "2",
      "--connect",
      connect,
      "--service",
      "echo",
      "--log-level",
      "warn",
    ])
    cleanup.push(
      () => exitCode(child),
      () => child.kill("SIGTERM"),
    )
    const ready = await next(broker, 3000)
    assert.deepEqual(ready?.frames, [W, "0x01", "echo"])
    await broker.send(worker.request(ready.id, "C1", "hi", "there"))
    const seen = []
    for (let i = 0; i < 3; i++) seen.push((await next(broker, 500))?.frames)
    const body = ["C1", "", "hi", "there"]
    assert.deepEqual(seen, [
      [W, "0x03", ...body],
      [W, "0x03", ...body],
      [W, "0x04", ...body],
    ])
  })
})

describe("MdpClient speaking MDP/0.2", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setup(timeoutMs = 500, retries = 1) {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const logs: string[] = []
    const logger = pino(
      { level: "warn" },
      { write: (l: string) => logs.push(l) },
    )
    const protocol = "mdp/0.2"
    const c = new MdpClient({ connect, protocol, timeoutMs, retries, logger })
    cleanup.push(() => c.close())
    return { broker, c, logs }
  }

  it("should send REQUEST from a DEALER: no empty frame (MDP2-6, MDP2-10)", async () => {
    const { broker, c } = await setup()
    void c.request("echo", [Buffer.from("x")]).catch(() => undefined)
    const got = await next(broker, 500)
    // A REQ socket would have put an empty delimiter before the header.
    assert.deepEqual(got?.frames, [C, "0x01", "echo", "x"])
  })

  it("should collect PARTIAL, PARTIAL, FINAL and skip other services (MDP2-11)", async () => {
    const { broker, c } = await setup()
    const pending = c.requestAnswers("echo", [Buffer.from("x")])
    const req = await next(broker, 500)
    assert.ok(req)
    await broker.send(client.partial(req.id, "echo", "p1"))
    await broker.send(client.final(req.id, "other", "not ours"))
    await broker.send(client.partial(req.id, "echo", "p2", "p3"))
    await broker.send(client.final(req.id, "echo", "f"))
    const answers = await pending
    assert.deepEqual(answers.map(text), [["p1"], ["p2", "p3"], ["f"]])
  })

  it("should drop, with a log line, an answer that comes after the FINAL (MDP2-12)", async () => {
    const { broker, c, logs } = await setup()
    const first = c.request("echo", [Buffer.from("1")])
    const req = await next(broker, 500)
    assert.ok(req)
    await broker.send(client.final(req.id, "echo", "one"))
    assert.deepEqual(text(await first), ["one"])
    await broker.send(client.final(req.id, "echo", "stale"))
    await next(broker, 50) // the stray FINAL has time to arrive
    const second = c.request("echo", [Buffer.from("2")])
    const again = await next(broker, 500)
    assert.ok(again)
    await broker.send(client.final(again.id, "echo", "two"))
    assert.deepEqual(text(await second), ["two"])
    assert.match(
      logs.join(""),
      /"event":"answer-discarded","reason":"late-answer"/,
    )
  })

  it("should resend on a new socket after each timeout, then give up (MDP2-13)", async () => {
    const { broker, c } = await setup(100, 3)
    const pending = c.request("echo", [Buffer.from("x")])
    const outcome = pending.then(
      () => undefined,
      (err: unknown) => err,
    )
    const ids = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const req = await next(broker, 400)
      assert.deepEqual(req?.frames, [C, "0x01", "echo", "x"])
      ids.add(req.id.toString("hex"))
    }
    const err = await outcome
    assert.ok(err instanceof RequestTimeoutError, String(err))
    assert.equal(err.tries, 3)
    assert.equal(ids.size, 3, "one socket per try")
    assert.equal(await next(broker, 150), undefined, "no fourth try")
  })

  it("should print each PARTIAL's body frames, then the FINAL's, from the CLI", async () => {
    const broker = new RawBroker()
    const connect = await broker.bind()
    cleanup.push(() => broker.close())
    const run = marque(
      "client",
      "--protocol",
      "mdp/0.2",
      "--connect",
      connect,
      "--service",
      "echo",
      "--timeout-ms",
      "2000",
      "hello",
    )
    const req = await next(broker, 3000)
    assert.deepEqual(req?.frames, [C, "0x01", "echo", "hello"])
    await broker.send(client.partial(req.id, "echo", "a"))
    await broker.send(client.partial(req.id, "echo", "b", "c"))
    await broker.send(client.final(req.id, "echo", "d"))
    const r = await run
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, "a\nb\nc\nd\n")
  })

  for (const args of [
    ["worker", "--protocol", "mdp/0.1", "--partials", "1"],
    ["worker", "--protocol", "mdp/0.3"],
    ["client", "--protocol", "mdp/0.2", "--async", "x"],
  ]) {
    it(`should exit 2 on marque ${args.join(" ")}`, async () => {
      const ends = ["--connect", "tcp://127.0.0.1:1", "--service", "echo"]
      const r = await marque(args[0], ...ends, ...args.slice(1))
      assert.equal(r.code, 2)
      assert.notEqual(r.stderr, "")
    })
  }
})
