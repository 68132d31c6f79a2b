import { Given, Then, When } from "@cucumber/cucumber"
import type { Duration } from "../../../harness/timing"
import type { Answer } from "../suite/dialect"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { MdpDrivers } from "../suite/drivers"

// One line per step: the drivers in src/protocols/mdp/suite do the socket work.
type W = MarqueWorld<MdpDrivers>

Given(
  "worker {string} has sent READY for service {string}",
  function (this: W, w: string, s: string) {
    return this.p.broker.registered(w, s)
  },
)
Given(
  "worker {string} has sent READY for service {string} and sends no HEARTBEAT",
  function (this: W, w: string, s: string) {
    return this.p.broker.registered(w, s, false)
  },
)
Given(
  "worker {string} has sent READY for service {string} regardless of the answer",
  function (this: W, w: string, s: string) {
    return this.p.broker.send(w, "READY", s)
  },
)
When(
  "worker {string} sends READY for service {string}",
  function (this: W, w: string, s: string) {
    return this.p.broker.send(w, "READY", s)
  },
)
When("worker {string} sends HEARTBEAT", function (this: W, w: string) {
  return this.p.broker.send(w, "HEARTBEAT")
})
When("worker {string} sends DISCONNECT", function (this: W, w: string) {
  return this.p.broker.send(w, "DISCONNECT")
})
When(
  "worker {string} connects and sends nothing",
  function (this: W, w: string) {
    this.p.broker.worker(w)
  },
)
When("worker {string} goes silent", function (this: W, w: string) {
  this.p.broker.worker(w).stopHeartbeats()
})
When(
  "worker {string} sends a {answer} with body {frames}",
  function (this: W, w: string, kind: Answer, body: Buffer[]) {
    return this.p.broker.worker(w).reply(body, undefined, kind)
  },
)
When(
  "worker {string} sends a {answer} for client {string} with body {frames}",
  function (this: W, w: string, kind: Answer, c: string, body: Buffer[]) {
    return this.p.broker.replyFor(w, c, body, kind)
  },
)
When(
  "the worker holding the REQUEST of client {string} sends a {answer} with body {frames}",
  function (this: W, c: string, kind: Answer, body: Buffer[]) {
    return this.p.broker
      .worker(this.p.broker.holderOf(c))
      .reply(body, undefined, kind)
  },
)
When(
  "client {string} sends a REQUEST for service {string} with body {frames}",
  function (this: W, c: string, s: string, body: Buffer[]) {
    return this.p.broker.request(c, s, body)
  },
)
When(
  "client {string} asks mmi.service about {string}",
  function (this: W, c: string, s: string) {
    return this.p.broker.request(c, "mmi.service", [
      Buffer.from(this.p.broker.svc(s)),
    ])
  },
)
When(
  "client {string} keeps worker {string} busy with requests for service {string} for {duration}",
  function (this: W, c: string, w: string, s: string, d: Duration) {
    return this.p.broker.keepBusy(c, w, s, this.ms(d))
  },
)
When("{duration} pass(es)", function (this: W, d: Duration) {
  return this.p.broker.pass(this.ms(d))
})

Then(
  "worker {string} receives a REQUEST from client {string} with body {frames} within {duration}",
  function (this: W, w: string, c: string, body: Buffer[], d: Duration) {
    return this.p.broker.expectRequest(w, c, body, this.ms(d))
  },
)
// c2's REQUEST is sent only once c1's has reached a worker, so the broker
// has surely read c2's last: a broker that routes replies to the latest
// sender is caught every run, not only when the two arrive in that order.
Then(
  "the REQUEST of client {string} reaches worker {string} or {string} within {duration}",
  function (this: W, c: string, a: string, b: string, d: Duration) {
    return this.p.broker.expectRequestAtOneOf(c, [a, b], this.ms(d))
  },
)
Then(
  "workers {string} and {string} each receive one of the two REQUESTs within {duration}",
  function (this: W, a: string, b: string, d: Duration) {
    return this.p.broker.expectSpread([a, b], this.ms(d))
  },
)
Then(
  "client {string} receives a {answer} from service {string} with body {frames} within {duration}",
  function (
    this: W,
    c: string,
    kind: Answer,
    s: string,
    body: Buffer[],
    d: Duration,
  ) {
    return this.p.broker.expectReply(c, s, body, this.ms(d), undefined, kind)
  },
)
Then(
  "client {string} receives no {answer} within {duration}",
  function (this: W, c: string, _kind: Answer, d: Duration) {
    return this.p.broker.client(c).expectNoReply(this.ms(d))
  },
)
Then(
  "worker {string} receives no REQUEST within {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.broker
      .worker(w)
      .expectOnly(
        this.ms(d),
        ["HEARTBEAT", "DISCONNECT"],
        `no REQUEST to worker ${w}`,
      )
  },
)
Then(
  "worker {string} has received no REQUEST meanwhile",
  function (this: W, w: string) {
    return this.p.broker
      .worker(w)
      .expectOnly(0, ["HEARTBEAT", "DISCONNECT"], `no REQUEST to worker ${w}`)
  },
)
Then(
  "worker {string} receives nothing but HEARTBEAT for {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.broker
      .worker(w)
      .expectOnly(
        this.ms(d),
        ["HEARTBEAT"],
        `nothing but HEARTBEAT to worker ${w}`,
      )
  },
)
Then(
  "worker {string} receives nothing at all for {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.broker
      .worker(w)
      .expectOnly(this.ms(d), [], `nothing at all to worker ${w}`)
  },
)
Then(
  "worker {string} receives DISCONNECT within {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.broker.worker(w).expectDisconnect(this.ms(d))
  },
)
Then(
  "worker {string} receives {int} HEARTBEATs, each within {duration} of the last",
  function (this: W, w: string, n: number, d: Duration) {
    return this.p.broker.worker(w).expectHeartbeats(n, this.ms(d))
  },
)
Then(
  "client {string} receives the MMI status {string} within {duration}",
  function (this: W, c: string, status: string, d: Duration) {
    return this.p.broker.expectMmiStatus(c, status, "mmi.service", this.ms(d))
  },
)
Then(
  "client {string} receives the MMI status {string} from service {string} within {duration}",
  function (this: W, c: string, status: string, s: string, d: Duration) {
    return this.p.broker.expectMmiStatus(c, status, s, this.ms(d))
  },
)
Then(
  "the broker still routes a REQUEST from client {string} to worker {string}",
  function (this: W, c: string, w: string) {
    return this.p.broker.stillRoutes(c, w)
  },
)
// Evidence that a quiet broker is alive, blamed on the rule it shows; without
// it a dead broker would pass every "receives nothing" check.
Then(
  "worker {string} is registered: a REQUEST from client {string} reaches it",
  function (this: W, w: string, c: string) {
    return this.p.broker.stillRoutes(c, w, this.p.dialect.rules.serviceMatch)
  },
)
Given(
  "worker {string} has received a HEARTBEAT within {duration}",
  function (this: W, w: string, d: Duration) {
    return this.p.broker
      .worker(w)
      .expectHeartbeats(1, this.ms(d), this.p.dialect.rules.heartbeat)
  },
)
