import { Given, Then, When } from "@cucumber/cucumber"
import { renderFrames } from "../../../codec"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import { ConformanceFailure } from "../../../harness/verdict"
import { services } from "../status"
import { type Call, uuid } from "../suite/client-under-test"
import type { TspDrivers } from "../suite/drivers"

// The suite plays the broker and the Titanic server for a client under test.
type W = MarqueWorld<TspDrivers>

const same = (c: Call, frames: string[]) =>
  c.body.length === frames.length &&
  c.body.every((f, i) => f.toString() === frames[i])

Given(
  "titanic.request answers {string} first",
  function (this: W, code: string) {
    this.p.client.answers(services.request, [[code], ["200", uuid]])
  },
)

Given(
  "titanic.reply answers {string} {int} time(s) before the reply",
  function (this: W, code: string, n: number) {
    const list = Array.from({ length: n }, () => [code])
    this.p.client.answers(services.reply, [...list, ["200", "the reply"]])
  },
)

Given(
  "titanic.reply answers {string} from then on",
  function (this: W, code: string) {
    this.p.client.answers(services.reply, [[code]])
  },
)

Given("every status frame carries text", function (this: W) {
  this.p.client.statusText()
})

When(
  "the client under test is started for service {string} with body {string}",
  function (this: W, service: string, body: string) {
    return this.p.client.start(service, body)
  },
)

/** TSP-5: [service][body], as given on the client's command line. */
function checkSubmission(this: W, call: Call): void {
  const { client } = this.p
  if (!same(call, [client.service, client.body]))
    throw new ConformanceFailure(
      "TSP-5",
      `titanic.request with ["${client.service}"]["${client.body}"]`,
      `titanic.request with ${renderFrames(call.body)}`,
    )
}

Then(
  "the client submits its body for that service through titanic.request {int} time(s) within {duration}",
  async function (this: W, n: number, d: Duration) {
    const { client } = this.p
    // The first call also waits out the client's start-up.
    const within = this.ms(d) + this.run.config.startTimeoutMs
    const ok = await client.until(
      () => client.of(services.request).length >= n,
      within,
    )
    client.of(services.request).forEach(c => checkSubmission.call(this, c))
    if (!ok)
      throw new ConformanceFailure(
        this.run.primaryRule,
        `titanic.request ${n} time(s) within ${Math.round(within)} ms`,
        `${client.of(services.request).length} time(s)${client.exited()}`,
      )
  },
)

Then(
  "the client asks titanic.reply for the UUID {int} time(s) within {duration}",
  async function (this: W, n: number, d: Duration) {
    const { client } = this.p
    // "The answer before" is titanic.request's: a scenario that starts here
    // first waits out the client's start-up and its submission, so that a
    // slow start on a loaded machine is not read as a slow poll.
    await client.until(
      () => client.of(services.request).length > 0,
      this.ms(d) + this.run.config.startTimeoutMs,
    )
    const ok = await client.until(
      () => client.of(services.reply).length >= n,
      this.ms(d) * n,
    )
    for (const c of client.of(services.reply))
      if (!same(c, [uuid]))
        throw new ConformanceFailure(
          "TSP-9",
          `titanic.reply with exactly the UUID ["${uuid}"]`,
          `titanic.reply with ${renderFrames(c.body)}`,
        )
    if (!ok)
      throw new ConformanceFailure(
        this.run.primaryRule,
        `titanic.reply ${n} time(s), each within ${this.ms(d)} ms of the answer before`,
        `${client.of(services.reply).length} time(s)${client.exited()}`,
      )
  },
)

Then(
  "the client asks titanic.reply no more for {duration}",
  async function (this: W, d: Duration) {
    const { client } = this.p
    // Giving up (exiting, with any status) is what a client does after 400.
    this.run.exitExpected = true
    const before = client.of(services.reply).length
    await client.until(
      () => client.of(services.reply).length > before,
      this.ms(d),
    )
    const after = client.of(services.reply).length
    if (after > before)
      throw new ConformanceFailure(
        "TSP-26",
        "no titanic.reply again after 400 (UNKNOWN)",
        `titanic.reply came ${after - before} more time(s)`,
      )
  },
)

Then(
  "the client exits with status 0 within {duration}",
  async function (this: W, d: Duration) {
    const code = await this.p.client.exitCode(this.ms(d))
    if (code !== 0)
      throw new ConformanceFailure(
        this.run.primaryRule,
        `the client exits 0 within ${this.ms(d)} ms, having its reply`,
        code === undefined ? "it was still running" : `it exited ${code}`,
      )
  },
)

Then("any titanic.close it sent names the UUID alone", function (this: W) {
  const closes = this.p.client.of(services.close)
  for (const c of closes)
    if (!same(c, [uuid]))
      throw new ConformanceFailure(
        "TSP-14",
        `titanic.close with exactly the UUID ["${uuid}"]`,
        `titanic.close with ${renderFrames(c.body)}`,
      )
  // Closing is the client's choice; judged only when it does.
  if (closes.length)
    this.run.observations.push({
      rule: "TSP-14",
      grade: "pass",
      detail: "titanic.close named the UUID alone",
    })
})
