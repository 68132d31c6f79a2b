import { type FuzzProtocol, fuzzProtocol } from "./protocol"
import { fuzzSpecFor } from "./protocols"
import { newStats, type RoundTripStats } from "./round-trips"
import type { RssFigures } from "./rss"
import type { FuzzSpec, TargetName } from "./target"
import type { Triage } from "./triage"

export interface FuzzOptions {
  /** The protocol whose reference peer is attacked, e.g. mdp/0.1: a protocol module's fuzz spec. */
  readonly protocol: string
  /** The role attacked: one of the protocol's fuzz targets. */
  readonly target: TargetName
  /** Malformed messages to send (valid ones drawn from the stream are skipped, not counted). */
  readonly messages: number
  readonly seed: number
  /** First stream index: replays a stretch of a failed run. */
  readonly from?: number
  /** Attacker sockets (broker only; the worker has one connection). */
  readonly attackers?: number
  /** Deadline of each honest round trip; default the protocol's (MDP: the client timeout). */
  readonly deadlineMs?: number
  /** Fail when the peer's peak RSS passes its start by this much. */
  readonly maxRssGrowthMb?: number
  /** Most malformed messages per second; 0 = as fast as backpressure allows. */
  readonly rate?: number
  /** HEARTBEAT interval of the peer and of the honest parties. */
  readonly heartbeatMs?: number
  /** Fail when no message could be sent for this long. */
  readonly stallMs?: number
  /** After a failure, replay the last messages one at a time to find the culprit. */
  readonly triage?: boolean
  /** More arguments for the reference peer, e.g. ["--fault", "crash-on-invalid"]. */
  readonly peerArgs?: readonly string[]
  /** Called every few seconds with a progress line. */
  readonly progress?: (line: string) => void
}

type Tunable = Exclude<
  keyof FuzzOptions,
  "protocol" | "target" | "messages" | "seed" | "progress"
>
export type Settled = FuzzOptions &
  Required<Pick<FuzzOptions, Tunable>> & {
    /** What the protocol module gives the fuzzer. */
    readonly spec: FuzzSpec
    /** Its generated protocol, as the malformed stream reads it. */
    readonly wire: FuzzProtocol
  }

const defaults: Omit<Required<Pick<FuzzOptions, Tunable>>, "deadlineMs"> = {
  from: 0,
  attackers: 2,
  maxRssGrowthMb: 200,
  rate: 0,
  heartbeatMs: 250,
  stallMs: 10_000,
  peerArgs: [],
  triage: true,
}

/**
 * Options with every unset (or undefined) tunable at its default, and the
 * protocol's fuzz spec found. Throws when the protocol has no such target.
 */
export function settle(options: FuzzOptions): Settled {
  const { protocol } = options
  const spec = fuzzSpecFor(protocol)
  if (!spec.targets[options.target])
    throw new Error(
      `${protocol} has no fuzz target "${options.target}" (there are: ${Object.keys(spec.targets).join(", ")})`,
    )
  const out: Record<string, unknown> = { ...options }
  for (const [k, v] of Object.entries(defaults)) out[k] ??= v
  out.deadlineMs ??= spec.deadlineMs
  return {
    ...(out as unknown as FuzzOptions & Required<Pick<FuzzOptions, Tunable>>),
    spec,
    wire: fuzzProtocol(spec.generated),
  }
}

export type FailureKind =
  | "setup"
  | "peer-exited"
  | "round-trip-missed"
  | "rss-growth"
  | "peer-error"
  | "stalled"
  | "send-failed"
  | "session-restarted"
  | "invalid-output"

export interface Failure {
  readonly kind: FailureKind
  readonly message: string
}

export interface FuzzResult {
  readonly protocol: string
  readonly target: TargetName
  readonly seed: number
  readonly from: number
  readonly ok: boolean
  readonly failures: readonly Failure[]
  readonly warnings: readonly string[]
  /** Malformed messages sent. */
  readonly messages: number
  /** Messages the stream drew that the peer's decoder accepts: not sent. */
  readonly skippedValid: number
  readonly bytes: number
  readonly durationMs: number
  readonly messagesPerSecond: number
  readonly deadlineMs: number
  readonly roundTrips: RoundTripStats
  readonly rss: RssFigures
  readonly maxRssGrowthMb: number
  readonly kinds: Readonly<Record<string, number>>
  readonly rules: Readonly<Record<string, number>>
  readonly peerLog: Readonly<
    Record<string, { lines: number; suppressed: number }>
  >
  readonly figures: Readonly<Record<string, number>>
  /** Stream indexes of the last messages sent, oldest first. */
  readonly lastSent: readonly number[]
  /** The stretch of the stream that may hold the culprit of a failure. */
  readonly window?: { readonly from: number; readonly to: number }
  /** The culprit, replayed alone, when a failure was triaged. */
  readonly triage?: Triage
}

/** The result of a run whose peer or honest parties never came up. */
export function setupFailed(o: Settled, message: string): FuzzResult {
  return {
    protocol: o.protocol,
    target: o.target,
    seed: o.seed,
    from: o.from,
    ok: false,
    failures: [{ kind: "setup", message }],
    warnings: [],
    messages: 0,
    skippedValid: 0,
    bytes: 0,
    durationMs: 0,
    messagesPerSecond: 0,
    deadlineMs: o.deadlineMs,
    roundTrips: newStats(),
    rss: { startKb: 0, peakKb: 0, finalKb: 0, samples: 0 },
    maxRssGrowthMb: o.maxRssGrowthMb,
    kinds: {},
    rules: {},
    peerLog: {},
    figures: {},
    lastSent: [],
  }
}

export function mb(kb: number): string {
  return (kb / 1024).toFixed(1)
}
