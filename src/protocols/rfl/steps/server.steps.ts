import { Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import { ConformanceFailure } from "../../../harness/verdict"
import type { RflDrivers } from "../suite/drivers"

// The suite plays Reliable Freelance clients of a server under test.
type W = MarqueWorld<RflDrivers>

When("client {word} sends HEARTBEAT", function (this: W, name: string) {
  return this.p.server.send(name, ["", "HEARTBEAT"])
})
Then(
  "client {word} receives a heartbeat reply within {duration}",
  async function (this: W, name: string, d: Duration) {
    await this.p.server.expectHeartbeatReply(name, this.ms(d))
  },
)
Then(
  "client {word} receives a heartbeat reply naming the endpoint within {duration}",
  async function (this: W, name: string, d: Duration) {
    const id = await this.p.server.expectHeartbeatReply(name, this.ms(d))
    const endpoint = this.run.endpoint("endpoint")
    if (id !== endpoint)
      throw new ConformanceFailure(
        "RFL-S16",
        `server id "${endpoint}"`,
        `server id "${id}"`,
      )
  },
)
When(
  "client {word} sends a REQUEST with payload {frames}",
  function (this: W, name: string, payload: Buffer[]) {
    return this.p.server.request(name, payload)
  },
)
When(
  "client {word} sends the same REQUEST again",
  function (this: W, name: string) {
    const { id, payload } = this.p.server.last!
    return this.p.server.request(name, payload, id)
  },
)
When(
  "client {word} sends the same request id with payload {frames}",
  function (this: W, name: string, payload: Buffer[]) {
    return this.p.server.request(name, payload, this.p.server.last!.id)
  },
)
When(
  "client {word} sends a REQUEST with request id {frames} and payload {frames}",
  function (this: W, name: string, id: Buffer[], payload: Buffer[]) {
    return this.p.server.request(name, payload, id[0])
  },
)
When(
  "client {word} sends a REQUEST with no payload frame",
  function (this: W, name: string) {
    return this.p.server.request(name, [])
  },
)
When(
  "client {word} sends the frames {frames}",
  function (this: W, name: string, frames: Buffer[]) {
    return this.p.server.send(name, frames)
  },
)
Then(
  "client {word} receives the RESPONSE OK within {duration}",
  async function (this: W, name: string, d: Duration) {
    await this.p.server.expectResponse(name, "OK", this.ms(d))
  },
)
Then(
  "client {word} receives the RESPONSE OK with the stored result within {duration}",
  function (this: W, name: string, d: Duration) {
    return this.p.server.expectSameResult(name, this.ms(d))
  },
)
Then(
  "client {word} receives a RESPONSE ERROR within {duration}, as {word} requires",
  async function (this: W, name: string, d: Duration, rule: string) {
    await this.p.server.expectResponse(name, "ERROR", this.ms(d), rule)
  },
)
Then(
  "client {word} receives nothing within {duration}, as {word} requires",
  function (this: W, name: string, d: Duration, rule: string) {
    return this.p.server.expectSilence(name, this.ms(d), rule)
  },
)
Then(
  "client {word} receives the stored RESPONSE within {duration}, as {word} requires",
  function (this: W, name: string, d: Duration, rule: string) {
    return this.p.server.expectSameResult(name, this.ms(d), rule)
  },
)
