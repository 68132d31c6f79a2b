import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { BstarDrivers } from "../suite/drivers"

// A client under test: the suite plays both servers of the pair.
type W = MarqueWorld<BstarDrivers>

Given("the primary answers and the backup is silent", function (this: W) {
  this.p.client.answering(true, false)
})
Given("the primary is silent and the backup answers", function (this: W) {
  this.p.client.answering(false, true)
})
Given("neither server answers", function (this: W) {
  this.p.client.answering(false, false)
})

When("the client under test starts", function (this: W) {
  return this.p.client.start()
})

Then("its first request reaches the primary", async function (this: W) {
  await this.p.client.expectFirstAtPrimary()
})

Then(
  "after each timeout and the settle delay, the same request goes to the other server on a new connection, {int} times",
  async function (this: W, n: number) {
    await this.p.client.expectAlternates(n + 1)
  },
)

Then(
  "its pauses before trying the other server are at least the pair's failover timeout",
  async function (this: W) {
    const { client } = this.p
    // The delay itself is BSTAR-27's, judged in its own scenario.
    for (const pause of await client.expectAlternates(4, false))
      client.expectPauseCoversFailover(pause)
  },
)

Then(
  "it tries the primary and the backup in turn, {int} times in all, each on a new connection",
  function (this: W, n: number) {
    return this.p.client.expectAlternates(n)
  },
)

Then(
  "it gives up after its declared number of tries and exits with a non-zero status",
  function (this: W) {
    return this.p.client.expectGivesUp()
  },
)
