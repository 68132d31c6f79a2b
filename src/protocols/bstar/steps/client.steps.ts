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
  "after its timeout and the settle delay, the same request reaches the backup on a new connection",
  async function (this: W) {
    const { client } = this.p
    await client.expectSwitch(1, await client.expectFirstAtPrimary())
  },
)

Then(
  "its pause before trying the backup is at least the pair's failover timeout",
  async function (this: W) {
    const { client } = this.p
    const pause = await client.expectSwitch(
      1,
      await client.expectFirstAtPrimary(),
    )
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
