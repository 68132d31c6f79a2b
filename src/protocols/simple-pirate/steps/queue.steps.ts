import { Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import type { SimplePirateDrivers } from "../suite/drivers"

// The suite plays Lazy Pirate clients and REQ workers around a queue under test.
type W = MarqueWorld<SimplePirateDrivers>

When("worker {string} sends READY", function (this: W, w: string) {
  return this.p.worker(w).ready()
})
When(
  "client {string} sends the request {frames}",
  function (this: W, c: string, body: Buffer[]) {
    return this.p.client(c).send(body)
  },
)
Then(
  "worker {string} receives the request {frames} from client {string} within {duration}",
  async function (this: W, w: string, body: Buffer[], c: string, d: Duration) {
    const id = this.p.client(c).id
    try {
      await this.p.worker(w).expectRequest(id, body, this.ms(d))
    } catch (err) {
      await this.p.checkBusyWorkers()
      throw err
    }
  },
)
When(
  "worker {string} sends the reply {frames}",
  function (this: W, w: string, body: Buffer[]) {
    return this.p.worker(w).reply(body)
  },
)
Then(
  "client {string} receives the reply {frames} within {duration}",
  function (this: W, c: string, body: Buffer[], d: Duration) {
    return this.p.client(c).expectReply(body, this.ms(d))
  },
)
Then(
  "worker {string} receives nothing for {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.worker(w).expectNothing(this.ms(d))
  },
)
Then(
  "client {string} receives nothing for {duration}",
  function (this: W, c: string, d: Duration) {
    const ms = this.ms(d)
    return this.p
      .client(c)
      .expectNothing(
        ms,
        `no reply to client ${c}, whose request is still waiting for a worker (for ${ms} ms)`,
        "SPP-13",
      )
  },
)
When("client {string} vanishes", function (this: W, c: string) {
  return this.p.vanish(c)
})
When(
  "the queue crashes and restarts on the same endpoints",
  function (this: W) {
    return this.run.restartIut()
  },
)
