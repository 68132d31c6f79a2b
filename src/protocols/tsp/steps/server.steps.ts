import { Given, Then, When } from "@cucumber/cucumber"
import { renderFrames } from "../../../codec"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import { ConformanceFailure } from "../../../harness/verdict"
import type { TspDrivers } from "../suite/drivers"
import {
  canaryIntact,
  hostileIds,
  plantCanary,
  snapshot,
} from "../suite/hostile"
import type { Answer } from "../suite/server-under-test"

// The suite plays the broker and every worker around a Titanic server under test.
type W = MarqueWorld<TspDrivers>

const shown = (a: Answer) => renderFrames(a.frames)
const same = (a: Buffer[], b: Buffer[]) =>
  a.length === b.length && a.every((f, i) => f.equals(b[i]))

Given(
  "the Titanic server under test has registered its three services",
  function (this: W) {
    return this.p.server.start()
  },
)

Given("no worker serves {string}", function (this: W, s: string) {
  this.p.server.broker.target(s, "absent")
})

Given(
  "a worker for {string} that holds every request",
  function (this: W, s: string) {
    this.p.server.broker.target(s, "hold")
  },
)

/** From now on the suite answers `s`'s requests with these frames (mmi.service: 200). */
function answering(this: W, s: string, reply: Buffer[]): void {
  this.p.server.broker.target(s, "answer", () => reply)
}
When("a worker for {string} appears, answering {frames}", answering)
When("the worker for {string} now answers {frames}", answering)

When(
  "a client submits {frames} to service {string}",
  function (this: W, body: Buffer[], s: string) {
    return this.p.server.submit(s, body)
  },
)

Then(
  "the server answered 200 and a UUID of 32 hexadecimal digits",
  function (this: W) {
    const { id } = this.p.server
    if (!/^[0-9A-Fa-f]{32}$/.test(id))
      throw new ConformanceFailure(
        "TSP-8",
        "a UUID of 32 hexadecimal digits",
        JSON.stringify(id),
      )
  },
)

When(
  "the server is killed with SIGKILL and started again on the same store",
  function (this: W) {
    return this.p.server.restart()
  },
)

/** What a first 300 that is not 300 means: forgotten, or answered without a run. */
function notPending(a: Answer): ConformanceFailure {
  const rule =
    a.code === "400" ? "TSP-6" : a.code === "200" ? "TSP-24" : "TSP-2"
  return new ConformanceFailure(
    rule,
    "300 (pending): the request is stored and no worker has answered it",
    `titanic.reply answered ${shown(a)}`,
  )
}

Then(
  "titanic.reply for it answers 300, {int} times in a row",
  async function (this: W, n: number) {
    const { server } = this.p
    for (let i = 0; i < n; i++) {
      const a = await server.call("reply", [Buffer.from(server.id)])
      if (a.code === "300") continue
      if (i === 0) throw notPending(a)
      throw new ConformanceFailure(
        "TSP-13",
        "the same answer (300) while the request has not run",
        `answer ${i + 1} was ${shown(a)}`,
      )
    }
  },
)

Then("the server still knows the request", async function (this: W) {
  const { server } = this.p
  const a = await server.call("reply", [Buffer.from(server.id)])
  if (a.code !== "300")
    throw new ConformanceFailure(
      "TSP-6",
      "300 (pending): a request accepted with 200 survives the kill",
      `after the restart titanic.reply answered ${shown(a)}`,
    )
})

Then(
  "titanic.reply for it answers 200 with {frames} within {duration}",
  async function (this: W, body: Buffer[], d: Duration) {
    const a = await this.p.server.replyOnce300Ends(this.ms(d))
    if (a.code !== "200")
      throw new ConformanceFailure(
        this.run.primaryRule,
        `200 and the reply ${renderFrames(body)} within ${this.ms(d)} ms`,
        `titanic.reply answered ${shown(a)}`,
      )
    if (!same(a.frames.slice(1), body))
      throw new ConformanceFailure(
        "TSP-24",
        `200 and exactly what the service answered: ${renderFrames(body)}`,
        `titanic.reply answered ${shown(a)}`,
      )
  },
)

Then(
  "titanic.reply for it gives that same answer {int} more times",
  async function (this: W, n: number) {
    const { server } = this.p
    // The answer the step before got: every later call must repeat it.
    const first = server.lastReply
    if (!first) throw new Error("no titanic.reply answer to compare with yet")
    for (let i = 0; i < n; i++) {
      const a = await server.call("reply", [Buffer.from(server.id)])
      if (same(a.frames, first.frames)) continue
      throw new ConformanceFailure(
        a.code === "400" ? "TSP-12" : "TSP-11",
        `the stored reply again: ${shown(first)}`,
        `call ${i + 1} after the 200 answered ${shown(a)}`,
      )
    }
  },
)

Then("titanic.reply for an unknown UUID answers 400", async function (this: W) {
  const a = await this.p.server.call("reply", [
    Buffer.from("0123456789abcdef".repeat(2)),
  ])
  if (a.code !== "400")
    throw new ConformanceFailure(
      "TSP-2",
      "400 (unknown) for a UUID the server never gave",
      `it answered ${shown(a)}`,
    )
})

Then(
  /^titanic\.close for (it|an unknown UUID) answers 200( again)?$/,
  async function (this: W, which: string, again?: string) {
    const { server } = this.p
    const id = which === "it" ? server.id : "fedcba9876543210".repeat(2)
    const a = await server.call("close", [Buffer.from(id)])
    const rule = which !== "it" ? "TSP-18" : again ? "TSP-17" : "TSP-15"
    if (a.code !== "200")
      throw new ConformanceFailure(
        rule,
        "200: the request and its reply are gone",
        `titanic.close answered ${shown(a)}`,
      )
  },
)

Then("titanic.reply for it answers 400 now", async function (this: W) {
  const { server } = this.p
  const a = await server.call("reply", [Buffer.from(server.id)])
  if (a.code !== "400")
    throw new ConformanceFailure(
      "TSP-15",
      "400 (unknown): titanic.close deleted the request and its reply",
      `titanic.reply answered ${shown(a)}`,
    )
})

for (const again of [false, true])
  Then(
    `the server forwards {frames} to {string}${again ? " again" : ""} within {duration}`,
    function (this: W, body: Buffer[], s: string, d: Duration) {
      return this.p.server.expectDispatch(s, body, this.ms(d), again, "TSP-28")
    },
  )

Then(
  "titanic.reply and titanic.close answer 400 to every hostile id, touching no file",
  async function (this: W) {
    const { server } = this.p
    plantCanary(server.root)
    const before = snapshot(server.root)
    for (const id of hostileIds(server.root)) {
      for (const service of ["reply", "close"] as const) {
        const a = await server.call(service, [id])
        if (a.code !== "400")
          throw new ConformanceFailure(
            "TSP-8",
            "400: an id that is not 32 hexadecimal digits names no request",
            `titanic.${service} with ${renderFrames([id])} answered ${shown(a)}`,
          )
      }
    }
    const after = snapshot(server.root)
    if (!canaryIntact(server.root) || after.join("\n") !== before.join("\n"))
      throw new ConformanceFailure(
        "TSP-8",
        "no file inside or beside the store changes for an invalid id",
        `before: ${before.join(", ")}; after: ${after.join(", ")}`,
      )
  },
)

Then(
  "malformed Titanic bodies each get a status from the table",
  async function (this: W) {
    const { server } = this.p
    await server.call("request", [Buffer.from("echo")])
    await server.call("reply", [
      Buffer.from("0123456789abcdef".repeat(2)),
      Buffer.from("extra"),
    ])
    await server.call("close", [Buffer.alloc(0)])
    await server.call("reply", [Buffer.from([0xff, 0x00])])
  },
)
