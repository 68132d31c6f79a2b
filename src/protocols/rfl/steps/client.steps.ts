import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import {
  expectErrorFinal,
  expectMalformedDropped,
} from "../suite/client-answers"
import {
  expectDeadAfterFailures,
  expectNothingQueued,
  requestsOutlastingDowntime,
} from "../suite/client-liveness"
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
Given(
  "the first server a request reaches answers it ERROR, and any other attempt OK",
  function (this: W) {
    this.p.client.servers.policy = "error"
  },
)
Given(
  "the first server a request reaches answers it with malformed RESPONSEs, then the right one",
  function (this: W) {
    this.p.client.servers.policy = "malformed"
  },
)
Given(
  "server s1 answers HEARTBEATs but no request, and falls silent at its third; s2 and s3 answer requests only",
  function (this: W) {
    this.p.client.servers.policy = "dead-marking"
    this.p.client.servers.mute.add("s2").add("s3")
  },
)
Given(
  "server {word} is down when the client starts",
  function (this: W, name: string) {
    this.p.client.servers.down.add(name)
  },
)
When(
  "the client under test is started with enough requests to outlast that downtime",
  function (this: W) {
    return this.p.client.start(requestsOutlastingDowntime(this.p.client))
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
Then(
  "the client takes the ERROR as final: no other attempt, exit 3 with its text on stderr",
  function (this: W) {
    return expectErrorFinal(this.p.client)
  },
)
Then(
  "the client drops every malformed answer and reports the right one, exit 0",
  function (this: W) {
    return expectMalformedDropped(this.p.client)
  },
)
Then(
  "attempts 1 to 3 go to s1, and attempt 4, s1 being DEAD, to s2 or s3",
  function (this: W) {
    return expectDeadAfterFailures(this.p.client)
  },
)
Then(
  "server {word} gets nothing queued while it was down, and the client reports each result exactly once and exits 0",
  function (this: W, name: string) {
    return expectNothingQueued(this.p.client, name)
  },
)
