import { Given, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import { type Duration, parseDuration as parse } from "../../../harness/timing"
import type { StateName } from "../machine"
import type { BstarDrivers } from "../suite/drivers"
import type { Server } from "../suite/pair-under-test"

// A pair under test: two IUT processes, the suite watching and asking them.
type W = MarqueWorld<BstarDrivers>
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

Given("the pair is serving from the primary", function (this: W) {
  return this.p.pair.serving()
})

When("{duration} pass(es)", function (this: W, d: Duration) {
  return sleep(this.ms(d))
})

Then(
  "the {server} publishes {state} within {duration}, per {rule}",
  function (this: W, s: Server, state: StateName, d: Duration, rule: string) {
    return this.p.pair.expectState(s, state, this.ms(d), rule)
  },
)

Then(
  "the {server} keeps publishing {state} for {duration}, per {rule}",
  function (this: W, s: Server, state: StateName, d: Duration, rule: string) {
    return this.p.pair.expectStays(s, state, this.ms(d), rule)
  },
)

Then(
  "the {server} keeps publishing {state} for {int} failover timeouts, per {rule}",
  function (this: W, s: Server, state: StateName, n: number, rule: string) {
    const { pair } = this.p
    return pair.expectStays(s, state, n * pair.failoverMs, rule)
  },
)

Then(
  /^each server publishes its state every heartbeat for (.+), while the primary serves clients$/,
  async function (this: W, d: string) {
    // Both watched over the same stretch: one wait, not two.
    const { pair } = this.p
    const ms = this.ms(parse(d))
    await Promise.all([
      pair.expectHeartbeats("primary", ms, true),
      pair.expectHeartbeats("backup", ms, false),
    ])
  },
)

Then(
  "a client request to the {server} is served within {duration}, per {rule}",
  async function (this: W, s: Server, d: Duration, rule: string) {
    await this.p.pair.expectServed(s, this.ms(d), rule)
  },
)

Then(
  "{int} client requests to the {server} are served within {duration} each, per {rule}",
  async function (this: W, n: number, s: Server, d: Duration, rule: string) {
    for (let i = 0; i < n; i++)
      await this.p.pair.expectServed(s, this.ms(d), rule)
  },
)

Then(
  /^a client request to the (primary|backup)(?:, sent at once,)? gets no reply for (.+), per (BSTAR-\d+)$/,
  function (this: W, s: Server, d: string, rule: string) {
    return this.p.pair.expectDropped(s, this.ms(parse(d)), rule)
  },
)

Then(
  /^the (primary|backup) exits within (.+), reporting dual (?:actives|passives), per (BSTAR-\d+)$/,
  function (this: W, s: Server, d: string, rule: string) {
    return this.p.pair.expectExit([s], this.ms(parse(d)), rule)
  },
)
Then(
  /^one of the servers exits within (.+), reporting dual actives, per (BSTAR-\d+)$/,
  function (this: W, d: string, rule: string) {
    return this.p.pair.expectExit(
      ["primary", "backup"],
      this.ms(parse(d)),
      rule,
    )
  },
)

Then(
  "a client asking the {server} every heartbeat interval is served within {duration}, per {rule}",
  async function (this: W, s: Server, d: Duration, rule: string) {
    await this.p.pair.expectServedSoon(s, this.ms(d), rule)
  },
)
Then(
  "a client asking the {server} every heartbeat interval is served within {int} s of the kill, per {rule}",
  function (this: W, s: Server, seconds: number, rule: string) {
    return this.p.pair.expectFailover(s, seconds * 1000, rule)
  },
)

When("the {server} is killed", function (this: W, s: Server) {
  return this.p.pair.kill(s)
})
When(
  "the {server} is killed just after it published its state",
  function (this: W, s: Server) {
    return this.p.pair.killAfterState(s)
  },
)
When("the {server} is started again", function (this: W, s: Server) {
  return this.p.pair.startAgain(s)
})
When("the {server} is restarted at once", function (this: W, s: Server) {
  return this.p.pair.restart(s)
})
When("the {server} is frozen", function (this: W, s: Server) {
  this.p.pair.freeze(s)
})
When("the {server} resumes", function (this: W, s: Server) {
  this.p.pair.resume(s)
})

When(
  "the suite takes the {server}'s place, announcing {state}",
  async function (this: W, s: Server, state: StateName) {
    ;(await this.p.pair.impersonate(s)).announce(state)
  },
)
When(
  "the suite, as the {server}, announces {state}",
  function (this: W, _s: Server, state: StateName) {
    this.p.pair.fake().announce(state)
  },
)
When(
  "the suite, as the {server}, falls silent",
  function (this: W, _s: Server) {
    this.p.pair.fake().silence()
  },
)

// @netns: each server in its own namespace, the state link on "peer".
When("the state link between the servers is cut", function (this: W) {
  return this.run.cutLink("peer")
})
When("the state link between the servers is restored", function (this: W) {
  return this.run.restoreLink("peer")
})
