export { type App, echo, type ForwardOptions, Forwarder } from "./apps"
export {
  type Answer,
  BstarClient,
  type BstarClientOptions,
  NoServerError,
} from "./client"
export {
  type ClientFault,
  clientFaults,
  type PairFault,
  pairFaults,
} from "./faults"
export { BstarPair, type BstarPairOptions } from "./pair"
