import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import type { FlpDrivers } from "../suite/drivers"

// The suite plays FLP clients of a server under test; the driver does the socket work.
type W = MarqueWorld<FlpDrivers> & { ccf?: Buffer }

Given(
  "client {word} is connected to the server under test",
  async function (this: W, name: string) {
    await this.p.server.client(name)
  },
)
When("client {word} sends PING", function (this: W, name: string) {
  return this.p.server.ping(name)
})
Then(
  "client {word} receives PONG within {duration}",
  function (this: W, name: string, d: Duration) {
    return this.p.server.expectPong(name, this.ms(d))
  },
)
When(
  "client {word} sends a request with body {frames}",
  async function (this: W, name: string, body: Buffer[]) {
    this.ccf = await this.p.server.request(name, body)
  },
)
When(
  "client {word} sends a request with CCF {frames} and body {frames}",
  async function (this: W, name: string, ccf: Buffer[], body: Buffer[]) {
    this.ccf = await this.p.server.request(name, body, ccf[0])
  },
)
Then(
  "client {word} receives the reply with that CCF within {duration}",
  async function (this: W, name: string, d: Duration) {
    await this.p.server.expectReply(name, this.ccf!, this.ms(d))
  },
)
Then(
  "client {word} receives nothing more within {duration}, as {word} requires",
  function (this: W, name: string, d: Duration, rule: string) {
    return this.p.server.expectSilence(name, this.ms(d), rule)
  },
)
When("client {word} vanishes", function (this: W, name: string) {
  return this.p.server.vanish(name)
})
When(
  "client {word} sends a lone frame {frames}",
  async function (this: W, name: string, f: Buffer[]) {
    const peer = await this.p.server.client(name)
    await peer.send([this.p.server.identity, ...f])
  },
)
