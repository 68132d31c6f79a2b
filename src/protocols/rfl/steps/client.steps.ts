import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { RflDrivers } from "../suite/drivers"

// The suite plays three Reliable Freelance servers of a client under test.
type W = MarqueWorld<RflDrivers>

Given(
  "servers {word} and {word} answer requests only after half the client's timeout",
  function (this: W, a: string, b: string) {
    const half = Math.round(this.p.client.claims.timeoutMs / 2)
    for (const name of [a, b]) this.p.client.servers.delays.set(name, half)
  },
)
Given("every server withholds every RESPONSE", function (this: W) {
  this.p.client.servers.policy = "withhold"
})
Given(
  "the first server a request reaches answers it only once the next attempt has reached another server, after a stray RESPONSE for another id",
  function (this: W) {
    this.p.client.servers.policy = "late"
  },
)
When(
  /^the client under test is started with (\d+) requests?$/,
  function (this: W, count: string) {
    return this.p.client.start(Number(count))
  },
)
Then(
  "the client reports each result exactly once and exits 0",
  function (this: W) {
    return this.p.client.expectReported()
  },
)
Then(
  "server {word} got more of the requests than {word} and than {word}",
  function (this: W, fast: string, a: string, b: string) {
    this.p.client.expectFastPreferred(fast, [a, b])
  },
)
Then(
  "the client retries at each other server under the same id with back-off, heartbeating every server, then fails",
  function (this: W) {
    return this.p.client.expectRetriesThenFailure()
  },
)
