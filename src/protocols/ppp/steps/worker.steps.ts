import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import type { PppDrivers } from "../suite/drivers"
import { clientStack } from "../suite/worker-under-test"

// The suite plays the 6/PPP queue of a worker under test.
type W = MarqueWorld<PppDrivers>

When("the worker under test is started", function (this: W) {
  return this.p.worker.start()
})
Then("it sends READY as its first message", function (this: W) {
  return this.p.worker.expectReady(
    this.run.timing.reply + this.run.config.startTimeoutMs,
  )
})
Given("the worker under test has sent READY", function (this: W) {
  return this.p.worker.registered()
})
When(
  "the queue sends a REQUEST from client {string} with content {frames}",
  function (this: W, c: string, body: Buffer[]) {
    return this.p.worker.request(c, body)
  },
)
When(
  "the queue sends a REQUEST through hops {string} and {string} with content {frames}",
  function (this: W, hop: string, c: string, body: Buffer[]) {
    return this.p.worker.request(c, body, [Buffer.from(hop), ...clientStack(c)])
  },
)
Then(
  "the worker sends a REPLY for client {string} within {duration}",
  function (this: W, c: string, d: Duration) {
    return this.p.worker.expectReply(clientStack(c), this.ms(d))
  },
)
Then(
  "the worker sends a REPLY through hops {string} and {string} within {duration}",
  function (this: W, hop: string, c: string, d: Duration) {
    const stack = [Buffer.from(hop), ...clientStack(c)]
    return this.p.worker.expectReply(stack, this.ms(d))
  },
)
Then(
  "the worker sends no other REPLY for {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectNoMoreReplies(this.ms(d))
  },
)
Then(
  "the worker sends {int} HEARTBEATs, each within {duration} of the last",
  function (this: W, n: number, d: Duration) {
    return this.p.worker.expectHeartbeats(n, this.ms(d), "idle")
  },
)
Then(
  "the busy worker sends {int} HEARTBEATs, each within {duration} of the last",
  function (this: W, n: number, d: Duration) {
    return this.p.worker.expectHeartbeats(n, this.ms(d), "busy")
  },
)
When("the queue goes silent", function (this: W) {
  this.p.worker.goSilent()
})
Then(
  "the worker is back with READY on a new connection within {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectBack(this.ms(d))
  },
)
Then(
  "the worker keeps its connection for {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectStays(this.ms(d))
  },
)
When("the queue crashes and restarts on the same endpoint", function (this: W) {
  return this.p.worker.queueRestarts()
})
When("the worker under test is frozen", function (this: W) {
  this.run.freezeIut()
})
When("the worker under test resumes", function (this: W) {
  this.run.resumeIut()
})
When(
  "the queue gives the worker up after {duration}",
  async function (this: W, d: Duration) {
    await new Promise(r => setTimeout(r, this.ms(d)))
    this.p.worker.forget()
  },
)
When("the link to the worker under test is cut", function (this: W) {
  return this.run.cutLink("main")
})
When("the link to the worker under test is restored", function (this: W) {
  return this.run.restoreLink("main")
})
