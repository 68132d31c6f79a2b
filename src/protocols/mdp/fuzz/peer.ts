import { PeerProcess } from "../../../fuzz/peer-process"
import type { TargetOptions } from "../../../fuzz/target"
import { Transcript } from "../../../harness/transcript"

/** The reference MDP/0.1 peers the fuzzer attacks. */
export type MdpTarget = "broker" | "worker"

/** The service the honest parties use. */
export const service = "echo"

/**
 * The honest parties' transcript: a flood sends a million messages through
 * them, and what matters is counted, not recorded.
 */
export const unrecorded = new Transcript(0)

/** `node bin/marque.js <role> …` at warn level, with the run's heartbeat. */
export function startPeer(
  role: MdpTarget,
  o: TargetOptions,
  args: string[],
): PeerProcess {
  const hb = String(o.heartbeatMs)
  const common = ["--heartbeat-ms", hb, "--log-level", "warn"]
  return PeerProcess.start([role, ...args, ...common, ...o.peerArgs])
}
