import type { FuzzSpec } from "../../../fuzz/target"
import * as mdp01 from "../../../generated/mdp-0.1"
import { startBrokerTarget } from "./broker-target"
import { startWorkerTarget } from "./worker-target"

/**
 * What `npm run fuzz` attacks of Majordomo: the reference MDP/0.1 broker
 * (with an honest worker and client around it) and worker (with the fuzzer
 * as its broker), flooded with malformed MDP/0.1 from the generated codec.
 */
export const fuzz: FuzzSpec = {
  generated: mdp01,
  targets: { broker: startBrokerTarget, worker: startWorkerTarget },
  // An honest round trip may take what a 7/MDP client waits before it retries.
  deadlineMs: mdp01.spec.timing.clientTimeoutMs,
}
