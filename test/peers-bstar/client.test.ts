import assert from "node:assert/strict"
import { afterEach, beforeEach, describe, it } from "node:test"
import { Transcript } from "../../src/harness/transcript"
import {
  BstarClient,
  type BstarClientOptions,
  NoServerError,
} from "../../src/protocols/bstar/peers"
import { FakePair } from "../../src/protocols/bstar/suite/fake-pair"
import { body } from "./helpers"

// Room for a first connection made under load before the timeout runs out.
const TIMEOUT = 300
const SETTLE = 200

/** The reference client against the suite's two frontends. */
describe("reference client", () => {
  let pair: FakePair
  let servers: [string, string]
  let client: BstarClient | undefined

  beforeEach(async () => {
    pair = new FakePair(new Transcript())
    servers = await pair.bind(["tcp://127.0.0.1:*", "tcp://127.0.0.1:*"])
  })
  afterEach(async () => {
    client?.close()
    client = undefined
    await pair.close()
  })

  const start = (more: Partial<BstarClientOptions> = {}) =>
    (client = new BstarClient({
      servers,
      timeoutMs: TIMEOUT,
      settleMs: SETTLE,
      ...more,
    }))

  it("BSTAR-26: asks the primary first, and keeps to it while it answers", async () => {
    const c = start()
    for (const n of ["1", "2", "3"]) {
      const a = await c.request(body(n))
      assert.deepEqual([a.server, a.attempts, a.reply.map(String)], [0, 1, [n]])
    }
    // One connection for all three: the client keeps its socket while answered.
    assert.deepEqual(
      pair.attempts.map(a => a.server),
      [0],
    )
  })

  it("BSTAR-27, BSTAR-28: after a timeout, the same bytes to the other server on a new connection, after the settle delay", async () => {
    pair.answering.splice(0, 2, false, true)
    // The bytes of both tries are compared, so the first must arrive before
    // the client gives up on it: a timeout no loaded machine's handshake
    // outlasts.
    const timeoutMs = 1500
    const a = await start({ timeoutMs }).request(body("42"))
    assert.deepEqual([a.server, a.attempts], [1, 2])
    const [first, second] = pair.attempts
    assert.deepEqual([first.server, second.server], [0, 1])
    assert.deepEqual(first.request?.map(String), ["42"])
    assert.deepEqual(second.request, first.request)
    const gap = second.at - first.at
    assert.ok(gap >= timeoutMs + SETTLE - 10, `resent after ${gap} ms`)
  })

  it("BSTAR-29: alternates while neither answers, then gives up after --give-up-after tries", async () => {
    pair.answering.splice(0, 2, false, false)
    await assert.rejects(
      start({ giveUpAfter: 4 }).request(body("1")),
      NoServerError,
    )
    assert.deepEqual(
      pair.attempts.map(a => a.server),
      [0, 1, 0, 1],
    )
  })

  it("a reply that does not answer the request is waited out, then the other server is tried", async () => {
    pair.answering.splice(0, 2, true, true)
    const a = await start({
      accepts: reply => String(reply[0]) === "right",
      giveUpAfter: 4,
    })
      .request(body("wrong"))
      .catch(e => e as Error)
    assert.ok(a instanceof NoServerError)
    assert.deepEqual(
      pair.attempts.map(x => x.server),
      [0, 1, 0, 1],
    )
  })
})

describe("client fault switches", () => {
  let pair: FakePair
  let servers: [string, string]
  let client: BstarClient | undefined
  beforeEach(async () => {
    pair = new FakePair(new Transcript())
    pair.answering.splice(0, 2, false, false)
    servers = await pair.bind(["tcp://127.0.0.1:*", "tcp://127.0.0.1:*"])
  })
  afterEach(async () => {
    client?.close()
    await pair.close()
  })

  const attempts = async (fault: BstarClientOptions["faults"]) => {
    client = new BstarClient({
      servers,
      timeoutMs: TIMEOUT,
      settleMs: SETTLE,
      giveUpAfter: 4,
      faults: fault,
    })
    await assert.rejects(client.request(body("1")), NoServerError)
    return pair.attempts
  }

  it("backup-first (BSTAR-26)", async () => {
    assert.equal((await attempts(["backup-first"]))[0].server, 1)
  })

  it("no-switch (BSTAR-27)", async () => {
    const seen = await attempts(["no-switch"])
    assert.deepEqual(
      seen.map(a => a.server),
      [0, 0, 0, 0],
    )
  })

  it("no-settle (BSTAR-27, BSTAR-28)", async () => {
    const [a, b] = await attempts(["no-settle"])
    assert.ok(b.at - a.at < TIMEOUT + SETTLE / 2, `${b.at - a.at} ms`)
  })

  it("give-up-early (BSTAR-29)", async () => {
    assert.equal((await attempts(["give-up-early"])).length, 2)
  })
})
