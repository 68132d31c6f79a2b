import { Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import type { LazyPirateDrivers } from "../suite/drivers"

// The suite plays the clients of a plain REP server under test.
type W = MarqueWorld<LazyPirateDrivers>

When(
  "client {string} sends the request {frames}",
  function (this: W, c: string, body: Buffer[]) {
    return this.p.server.client(c).send(body)
  },
)
Then(
  "client {string} receives the reply {frames} within {duration}",
  function (this: W, c: string, body: Buffer[], d: Duration) {
    return this.p.server.client(c).expectReply(body, this.ms(d))
  },
)
Then(
  "client {string} receives nothing more for {duration}",
  function (this: W, c: string, d: Duration) {
    const ms = this.ms(d)
    return this.p.server
      .client(c)
      .expectNothing(
        ms,
        `exactly one reply to each request (nothing more for ${ms} ms)`,
      )
  },
)
When("client {string} vanishes", function (this: W, c: string) {
  return this.p.server.vanish(c)
})
