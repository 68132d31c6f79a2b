import type { GeneratedProtocol } from "../harness/malformed"
import type { PeerProcess } from "./peer-process"
import type { RoundTrip } from "./round-trips"

/** The role whose reference peer a run attacks: a receiving role of the protocol. */
export type TargetName = string

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

/**
 * What a protocol module gives the fuzzer (`ProtocolModule.fuzz`): the
 * generated protocol its malformed stream is made of, and for each role it
 * can attack, how to start that role's reference peer with honest parties
 * around it. Everything else (the stream, the flood, the judging) is shared.
 */
export interface FuzzSpec {
  /** A generated module, src/generated/<dir>/index.ts: layouts, vectors, channels. */
  readonly generated: GeneratedProtocol
  /**
   * By role; each must be a role of `generated` with a receiving channel:
   * its generated decoder tells what the peer must treat as malformed.
   */
  readonly targets: Readonly<
    Record<TargetName, (o: TargetOptions) => Promise<Target>>
  >
  /** An honest round trip's deadline when the user gives none (e.g. the spec's client timeout). */
  readonly deadlineMs: number
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
