import { Given, Then, When } from "@cucumber/cucumber"
import type { Duration } from "../../../harness/timing"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { MdpDrivers } from "../suite/drivers"

// Fault injection: crashes, freezes, dropped connections and network
// partitions. The scenario run owns the IUT process and its namespace; the
// drivers play the peers that live through the fault.
type W = MarqueWorld<MdpDrivers>

When(
  "the broker crashes and restarts on the same endpoint",
  function (this: W) {
    return this.p.brokerRestarts()
  },
)
When(/^the (?:broker|worker under test) is frozen$/, function (this: W) {
  this.run.freezeIut()
})
When(/^the (?:broker|worker under test) resumes$/, function (this: W) {
  this.run.resumeIut()
})

// The suite's own peers around a broker under test.
Given(
  "{int} conforming workers serve {string}",
  function (this: W, n: number, s: string) {
    this.p.load.workersServe(n, s)
  },
)
Given(
  "{int} clients keep requests to {string} flowing",
  function (this: W, n: number, s: string) {
    return this.p.load.clientsFlow(n, s)
  },
)
// Served again once the clients resend what the crash lost: a reply timeout later.
Then(
  "every conforming worker is back with READY within {duration}, and served again",
  function (this: W, d: Duration) {
    return this.p.load.expectAllBack(
      this.run.faultAt,
      this.ms(d) + this.run.timing.reply,
    )
  },
)
When("worker {string} drops its connection", function (this: W, w: string) {
  return this.p.broker.drop(w)
})
Given(
  "worker {string} has sent READY for service {string} over link {string}",
  async function (this: W, w: string, s: string, link: string) {
    return this.p.broker.registered(
      w,
      s,
      true,
      await this.run.endpointVia(link, "backend"),
    )
  },
)
When(
  "worker {string} sends READY for service {string} over link {string}",
  async function (this: W, w: string, s: string, link: string) {
    this.p.broker.worker(w, await this.run.endpointVia(link, "backend"))
    return this.p.broker.send(w, "READY", s)
  },
)
When("link {string} is cut", function (this: W, link: string) {
  return this.run.cutLink(link)
})
When("link {string} is restored", function (this: W, link: string) {
  return this.run.restoreLink(link)
})

// The suite as the broker of a worker under test.
When("the link to the worker under test is cut", function (this: W) {
  return this.run.cutLink("main")
})
When("the link to the worker under test is restored", function (this: W) {
  return this.run.restoreLink("main")
})
When(
  "the broker gives the worker up after {duration}",
  async function (this: W, d: Duration) {
    await new Promise(r => setTimeout(r, this.ms(d)))
    this.p.worker.forget()
  },
)
Then(
  "the worker is back with READY on a new connection within {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectBack(this.ms(d), true)
  },
)
Then(
  "the worker, told nothing, is back with READY on a new connection within {duration}",
  function (this: W, d: Duration) {
    return this.p.worker.expectBack(this.ms(d), false)
  },
)

// The suite as the broker of a client under test.
Then(
  "the client sends its REQUEST again to the restarted broker",
  function (this: W) {
    return this.p.client.expectResend()
  },
)
