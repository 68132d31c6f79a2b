import { Then, When } from "@cucumber/cucumber"
import { malformedAtBroker } from "../suite/malformed-at-broker"
import { malformedAtWorker } from "../suite/malformed-at-worker"
import {
  isStructuredKind,
  type StructuredKind,
} from "../../../harness/malformed"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { MdpDrivers } from "../suite/drivers"

// Malformed messages enumerated from the schemas (@malformed); the drivers
// build, send and judge them.
type W = MarqueWorld<MdpDrivers>

function kindOf(text: string): StructuredKind {
  if (!isStructuredKind(text))
    throw new Error(`unknown mutation kind "${text}"`)
  return text
}

When(
  /^every ([a-z-]+) mutation of each message a broker receives is sent by a peer of its own, each followed by a round trip through worker "([^"]+)"$/,
  function (this: W, kind: string, w: string) {
    return malformedAtBroker(this.p.broker).send(kindOf(kind), w)
  },
)
Then(
  "after the quiet period, none of them has reached worker {string} or a client, and their senders have got nothing but DISCONNECT",
  function (this: W, w: string) {
    return malformedAtBroker(this.p.broker).expectDropped(w)
  },
)
Then(
  "the broker still routes a REQUEST from client {string} to worker {string} after them",
  function (this: W, c: string, w: string) {
    return malformedAtBroker(this.p.broker).expectStillRoutes(c, w)
  },
)

When(
  /^every ([a-z-]+) mutation of each message a worker receives is sent on its connection$/,
  function (this: W, kind: string) {
    return malformedAtWorker(this.p.worker).send(kindOf(kind))
  },
)
Then(
  "the worker answers a REQUEST from client {string} on the same connection, and none of them",
  function (this: W, c: string) {
    return malformedAtWorker(this.p.worker).expectStillServes(c)
  },
)
