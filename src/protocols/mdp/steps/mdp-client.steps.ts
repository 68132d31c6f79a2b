import { Given, Then, When } from "@cucumber/cucumber"
import type { Duration } from "../../../harness/timing"
import type { Answer } from "../suite/dialect"
import type { MarqueWorld } from "../../../harness/cucumber/world"

// The suite plays the broker for a client under test; drivers do the socket work.
type W = MarqueWorld

When(
  "the client under test is started for service {string} with body {string}",
  function (this: W, s: string, body: string) {
    return this.client.start(s, body)
  },
)
Then(
  "it sends a REQUEST with body {frames} within {duration}",
  function (this: W, body: Buffer[], d: Duration) {
    return this.client.expectRequest(body, this.ms(d))
  },
)
Given(
  "the client under test has sent its REQUEST for service {string} with body {string}",
  async function (this: W, s: string, body: string) {
    await this.client.start(s, body)
    await this.client.expectRequest(
      [Buffer.from(body)],
      this.run.timing.reply + this.run.config.startTimeoutMs,
    )
  },
)
When(
  "the broker sends the {answer} with body {frames}",
  function (this: W, kind: Answer, body: Buffer[]) {
    return this.client.reply(body, kind)
  },
)
When(
  "the broker sends a PARTIAL with body {frames}",
  function (this: W, body: Buffer[]) {
    return this.client.reply(body, "PARTIAL")
  },
)
When("the broker withholds every {answer}", function (this: W, _kind: Answer) {
  // Nothing to do: the suite simply never answers.
})
Then(
  "the client finishes successfully within {duration}",
  function (this: W, d: Duration) {
    return this.client.expectSuccess(this.ms(d))
  },
)
Then(
  "the client sends the REQUEST as many times as it claims, one at a time",
  function (this: W) {
    const t = this.run.timing.declared
    return this.client.expectRetries(t.clientRetries!, t.clientTimeoutMs!)
  },
)
Then("the client gives up within {duration}", function (this: W, d: Duration) {
  return this.client.expectGivesUp(this.ms(d) * 1.5 + 200)
})
