import { Given, Then, When } from "@cucumber/cucumber"
import type { Duration } from "../../../harness/timing"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { MdpDrivers } from "../suite/drivers"

// The suite plays the broker for a worker under test; drivers do the socket work.
type W = MarqueWorld<MdpDrivers>

When(
  "the worker under test is started for service {string}",
  function (this: W, s: string) {
    return this.p.worker.start(s)
  },
)
Then("it sends READY for its service as its first message", function (this: W) {
  return this.p.worker.expectReady(
    this.run.timing.reply + this.run.config.startTimeoutMs,
  )
})
Given(
  "the worker under test has registered for service {string}",
  function (this: W, s: string) {
    return this.p.worker.registered(s)
  },
)
When(
  "the broker sends a REQUEST from client {string} with body {frames}",
  function (this: W, c: string, body: Buffer[]) {
    return this.p.worker.request(c, body)
  },
)
When("the broker goes silent", function (this: W) {
  this.p.worker.goSilent()
})
When("the broker sends DISCONNECT", function (this: W) {
  return this.p.worker.disconnect()
})
When(
  "the broker sends only REQUESTs, no HEARTBEAT, for {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.requestsOnly(this.ms(d))
  },
)
Then(
  "the worker sends a {answer} for client {string} within {duration}",
  function (this: W, _final: string, c: string, d: Duration) {
    return this.p.worker.expectReply(c, this.ms(d))
  },
)
Then(
  "the worker sends {int} HEARTBEATs, each within {duration} of the last",
  function (this: W, n: number, d: Duration) {
    return this.p.worker.expectHeartbeats(n, this.ms(d))
  },
)
Then(
  "the busy worker sends {int} HEARTBEATs, each within {duration} of the last, before its answer",
  function (this: W, n: number, d: Duration) {
    return this.p.worker.expectHeartbeats(n, this.ms(d), "busy")
  },
)
Then(
  "the worker sends READY on a new connection within {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectNewReady(this.ms(d), true)
  },
)
Then(
  "the worker sends READY on a new connection, and nothing on the old one, within {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectNewReady(this.ms(d), false)
  },
)
Then(
  "the worker keeps its connection for {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectStays(this.ms(d))
  },
)
