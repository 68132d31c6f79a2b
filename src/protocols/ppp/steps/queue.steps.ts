import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import type { PppDrivers } from "../suite/drivers"

// The suite plays Lazy Pirate clients and 6/PPP workers around a queue under test.
type W = MarqueWorld<PppDrivers>

Given("worker {string} has sent READY", function (this: W, w: string) {
  return this.p.queue.worker(w).registered()
})
Given(
  "worker {string} has sent READY over link {string}",
  async function (this: W, w: string, link: string) {
    const at = await this.run.endpointVia(link, "backend")
    return this.p.queue.worker(w, at).registered()
  },
)
When("worker {string} sends READY", function (this: W, w: string) {
  return this.p.queue.worker(w).ready()
})
When(
  "client {string} sends the request {frames}",
  function (this: W, c: string, body: Buffer[]) {
    return this.p.queue.client(c).send(body)
  },
)
Then(
  "worker {string} receives the request {frames} within {duration}",
  async function (this: W, w: string, body: Buffer[], d: Duration) {
    await this.p.queue.worker(w).expectRequest(body, this.ms(d))
  },
)
When(
  "worker {string} sends the REPLY {frames}",
  function (this: W, w: string, body: Buffer[]) {
    return this.p.queue.worker(w).reply(body)
  },
)
Then(
  "client {string} receives the reply {frames} within {duration}",
  async function (this: W, c: string, body: Buffer[], d: Duration) {
    try {
      await this.p.queue.client(c).expectReply(body, this.ms(d))
    } catch (err) {
      // A conforming worker that got a malformed REQUEST could not answer.
      this.p.queue.throwLiveViolation()
      throw err
    }
  },
)
Then(
  "worker {string} receives no other request for {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.queue.worker(w).expectNoRequest(this.ms(d))
  },
)
Then(
  "worker {string} receives {int} HEARTBEATs, each within {duration} of the last",
  function (this: W, w: string, n: number, d: Duration) {
    return this.p.queue.worker(w).expectHeartbeats(n, this.ms(d), "idle")
  },
)
Then(
  "worker {string}, busy, receives {int} HEARTBEATs, each within {duration} of the last",
  function (this: W, w: string, n: number, d: Duration) {
    return this.p.queue.worker(w).expectHeartbeats(n, this.ms(d), "busy")
  },
)
When("worker {string} goes silent", function (this: W, w: string) {
  this.p.queue.worker(w).goSilent()
})
When("worker {string} drops its connection", function (this: W, w: string) {
  return this.p.queue.worker(w).drop()
})
When("{duration} pass(es)", function (this: W, d: Duration) {
  return new Promise(r => setTimeout(r, this.ms(d)))
})
Then(
  "worker {string} receives nothing for {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.queue.worker(w).expectPurged(this.ms(d))
  },
)
Given(
  "{int} conforming workers serve the queue",
  function (this: W, n: number) {
    this.p.queue.liveWorkers(n)
  },
)
When(
  "the queue crashes and restarts on the same endpoints",
  function (this: W) {
    return this.run.restartIut()
  },
)
When("the queue is frozen", function (this: W) {
  this.run.freezeIut()
})
When("the queue resumes", function (this: W) {
  this.run.resumeIut()
})
When("link {string} is cut", function (this: W, link: string) {
  return this.run.cutLink(link)
})
When("link {string} is restored", function (this: W, link: string) {
  return this.run.restoreLink(link)
})
