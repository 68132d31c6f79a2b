import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import {
  TitanicClient,
  TspReplyError,
  TspStatusError,
} from "../../src/protocols/tsp/peers/client"
import type { ClientFault } from "../../src/protocols/tsp/peers/faults"
import { broker, Cleanup, worker } from "./helpers"

const id = "0123456789abcdef0123456789abcdef"

/**
 * The reference client against scripted Titanic services: each answers the
 * given bodies in turn (the last one forever after), and counts its calls.
 */
describe("TitanicClient", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  async function setup(
    script: Partial<Record<"request" | "reply" | "close", string[][]>>,
    faults: ClientFault[] = [],
  ) {
    const endpoint = await broker(cleanup)
    const calls = { request: 0, reply: 0, close: 0 }
    for (const [name, answers] of Object.entries(script)) {
      const service = name as keyof typeof calls
      await worker(cleanup, endpoint, `titanic.${service}`, () => {
        const answer = answers[Math.min(calls[service]++, answers.length - 1)]
        return answer.map(f => Buffer.from(f))
      })
    }
    const client = new TitanicClient({
      connect: endpoint,
      timeoutMs: 1000,
      retries: 1,
      pollMs: 10,
      pollMaxMs: 40,
      waitMs: 1500,
      faults,
    })
    cleanup.add(() => client.shutdown())
    return { client, calls }
  }

  it("should submit, poll through 300 and 500, then close (TSP-25, TSP-27)", async () => {
    const { client, calls } = await setup({
      request: [["500"], ["200", id]],
      reply: [["300"], ["500 busy"], ["300"], ["200", "a", "b"]],
      close: [["200"]],
    })
    const reply = await client.call("echo", [Buffer.from("x")])
    assert.deepEqual(reply.map(String), ["a", "b"])
    assert.deepEqual(calls, { request: 2, reply: 4, close: 1 })
  })

  it("should not retry after 400 (TSP-26)", async () => {
    const { client, calls } = await setup({ reply: [["400"]] })
    await assert.rejects(client.poll(id), TspStatusError)
    assert.equal(calls.reply, 1)
  })

  it("should ignore the status text (TSP-23)", async () => {
    const { client } = await setup({
      reply: [["300 Pending, try later"], ["200 OK", "done"]],
    })
    assert.deepEqual((await client.poll(id)).map(String), ["done"])
  })

  it("should give up once its wait runs out, never poll forever", async () => {
    const { client, calls } = await setup({ reply: [["300"]] })
    const started = Date.now()
    await assert.rejects(client.poll(id), /still so after 1500 ms/)
    assert.ok(Date.now() - started < 3000)
    assert.ok(calls.reply > 3, "it polled meanwhile")
  })

  it("should refuse an answer that breaks the reply layout, naming the rule", async () => {
    const { client } = await setup({ close: [["200", "extra"]] })
    await assert.rejects(client.close(id), (err: TspReplyError) => {
      assert.equal(err.rule, "TSP-16")
      return true
    })
  })

  describe("fault switches", () => {
    const cases: Array<[ClientFault, string[][], number]> = [
      ["give-up-on-300", [["300"], ["200", "r"]], 1],
      ["give-up-on-500", [["500"], ["200", "r"]], 1],
      ["status-text", [["200 OK", "r"]], 1],
    ]
    for (const [fault, answers, expectedCalls] of cases) {
      it(`${fault} fails where the reference goes on`, async () => {
        const { client, calls } = await setup({ reply: answers }, [fault])
        await assert.rejects(client.poll(id), TspStatusError)
        assert.equal(calls.reply, expectedCalls)
      })
    }

    it("retry-on-400 keeps polling an unknown UUID (TSP-26)", async () => {
      const { client, calls } = await setup({ reply: [["400"]] }, [
        "retry-on-400",
      ])
      await assert.rejects(client.poll(id), TspStatusError)
      assert.ok(calls.reply > 1)
    })
  })
})
