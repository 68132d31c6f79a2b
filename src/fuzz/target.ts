import { PeerProcess } from "./peer-process"
import type { RoundTrip } from "./round-trips"

/** The reference peer a run attacks. */
export type TargetName = "broker" | "worker"

/** Something the honest parties saw that fails the run. */
export interface Problem {
  readonly kind: "session-restarted" | "invalid-output"
  readonly message: string
}

/** What the honest parties saw besides round trips. */
export interface Findings {
  readonly problems: Problem[]
  /** Worth reading, but not a failure: load on the box may explain them. */
  readonly warnings: string[]
  readonly figures: Record<string, number>
}

/**
 * A reference peer under attack, with the honest parties around it: the
 * fuzzer floods through `attackers`, measures with `roundTrip`, and reads
 * the rest from `findings`.
 */
export interface Target {
  readonly peer: PeerProcess
  /** One send function per attacker socket. */
  readonly attackers: ReadonlyArray<(frames: Buffer[]) => Promise<void>>
  readonly roundTrip: RoundTrip
  /** Sends one message, then a round trip that can only be answered after it. */
  lockstep(frames: Buffer[], deadlineMs: number): Promise<number | undefined>
  findings(): Findings
  /** Closes the fuzzer's sockets; the peer is stopped separately. */
  close(): Promise<void>
}

export interface TargetOptions {
  readonly heartbeatMs: number
  readonly attackers: number
  readonly startMs: number
  readonly peerArgs: readonly string[]
}

/** The service the honest parties use. */
export const service = "echo"

/** `node bin/marque.js <role> …` at warn level, with the run's heartbeat. */
export function startPeer(
  role: TargetName,
  o: TargetOptions,
  args: string[],
): PeerProcess {
  const hb = String(o.heartbeatMs)
  const common = ["--heartbeat-ms", hb, "--log-level", "warn"]
  return PeerProcess.start([role, ...args, ...common, ...o.peerArgs])
}

/** Runs `make`; stops the peer if the honest parties cannot be set up. */
export async function around(
  peer: PeerProcess,
  make: () => Promise<Target>,
): Promise<Target> {
  try {
    return await make()
  } catch (err) {
    await peer.stop()
    throw err
  }
}
