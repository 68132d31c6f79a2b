import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { FlpDrivers } from "../suite/drivers"
import type { Trap } from "../suite/servers"

// The suite plays three FLP servers of a client under test.
type W = MarqueWorld<FlpDrivers>

Given(
  "servers {word} and {word} never answer PING",
  function (this: W, a: string, b: string) {
    for (const name of [a, b]) this.p.client.servers.mute.add(name)
  },
)
Given(
  /^the first server a request reaches is (killed|frozen|cut off) before it answers$/,
  function (this: W, trap: Trap) {
    this.p.client.setTrap(trap)
  },
)
Given(
  "the first server a request reaches is frozen, and sends its late reply once the next request arrives elsewhere",
  function (this: W) {
    this.p.client.setTrap("frozen", true)
  },
)
Given(
  "every server is killed once the first request arrives",
  function (this: W) {
    this.p.client.setTrap("all killed")
  },
)
When(
  /^the client under test is started with (\d+) requests?$/,
  function (this: W, count: string) {
    return this.p.client.start(Number(count))
  },
)
Then("the request reaches another server", function (this: W) {
  return this.p.client.expectFailover()
})
Then(
  "the client reports each reply exactly once and exits 0",
  function (this: W) {
    return this.p.client.expectReported()
  },
)
Then(
  "the client gives up with a non-zero exit, reporting no reply",
  function (this: W) {
    return this.p.client.expectGivesUp()
  },
)
