import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { LazyPirateDrivers } from "../suite/drivers"

// The suite plays the server of a Lazy Pirate client under test.
type W = MarqueWorld<LazyPirateDrivers>

Given(
  "the client under test has sent its first request",
  async function (this: W) {
    await this.p.client.sentFirst()
  },
)
When("the server answers it", function (this: W) {
  return this.p.client.answer()
})
When("the server withholds every reply", function () {
  // Nothing to do: the suite's server just never answers.
})
Then(
  "the client sends its next request on the same connection",
  function (this: W) {
    return this.p.client.expectNext(this.p.numbers)
  },
)
Then(
  "the client sends the request again from a new connection after each timeout, as many times as it claims",
  function (this: W) {
    return this.p.client.expectResends()
  },
)
Then(
  "the client gives up: nothing more, and a non-zero exit",
  function (this: W) {
    return this.p.client.expectGivesUp()
  },
)
When(
  "the server answers it with the reply to the request before",
  function (this: W) {
    return this.p.client.answerStale()
  },
)
Then(
  "the client waits out its timeout and sends the same request again from a new connection",
  function (this: W) {
    return this.p.client.expectStaleIgnored()
  },
)
When(
  "the server crashes and restarts on the same endpoint",
  function (this: W) {
    return this.p.client.serverRestarts()
  },
)
Then(
  "the client sends the same request again to the restarted server",
  function (this: W) {
    return this.p.client.expectResendAfterRestart()
  },
)
Then(
  "after the server was down until its last attempt, only one connection delivers the request",
  function (this: W) {
    return this.p.client.expectNoLingering()
  },
)
