import { Given, Then, When } from "@cucumber/cucumber"
import type { Duration } from "../../../harness/timing"
import type { Answer } from "../suite/dialect"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { MdpDrivers } from "../suite/drivers"

// The suite plays the broker for a client under test; drivers do the socket work.
type W = MarqueWorld<MdpDrivers>

When(
  "the client under test is started for service {string} with body {string}",
  function (this: W, s: string, body: string) {
    return this.p.client.start(s, body)
  },
)
Then(
  "it sends a REQUEST with body {frames} within {duration}",
  function (this: W, body: Buffer[], d: Duration) {
    return this.p.client.expectRequest(body, this.ms(d))
  },
)
Given(
  "the client under test has sent its REQUEST for service {string} with body {string}",
  async function (this: W, s: string, body: string) {
    await this.p.client.start(s, body)
    await this.p.client.expectRequest(
      [Buffer.from(body)],
      this.run.timing.reply + this.run.config.startTimeoutMs,
    )
  },
)
When(
  "the broker sends the {answer} with body {frames}",
  function (this: W, kind: Answer, body: Buffer[]) {
    return this.p.client.reply(body, kind)
  },
)
When(
  "the broker sends a PARTIAL with body {frames}",
  function (this: W, body: Buffer[]) {
    return this.p.client.reply(body, "PARTIAL")
  },
)
When("the broker withholds every {answer}", function (this: W, _kind: Answer) {
  // Nothing to do: the suite simply never answers.
})
Then(
  "the client finishes successfully within {duration}",
  function (this: W, d: Duration) {
    return this.p.client.expectSuccess(this.ms(d))
  },
)
Then(
  "the client sends the REQUEST as many times as it claims, one at a time",
  function (this: W) {
    const o = this.options
    return this.p.client.expectRetries(
      o["client-retries"] as number,
      o["client-timeout-ms"] as number,
    )
  },
)
Then("the client gives up within {duration}", function (this: W, d: Duration) {
  return this.p.client.expectGivesUp(this.ms(d) * 1.5 + 200)
})
