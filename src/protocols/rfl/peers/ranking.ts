/** RFL-C12, RFL-C13: what the client knows of one server. */
export type ServerState = "unknown" | "alive" | "dead"

export interface RankingLimits {
  /** Failed attempts in a row that make a server DEAD (the seed: 3). */
  readonly maxConsecutiveFailures: number
  /** Silence that makes a server DEAD (the seed: 6 s). */
  readonly heartbeatTimeoutMs: number
  /** Successes whose latency the mean is taken over (the seed: 100). */
  readonly latencyWindow: number
}

export class ServerRecord {
  state: ServerState = "unknown"
  /** Last message of any kind from it (RFL-C10), or when it was added. */
  heardAt: number
  /** Whether anything at all has come from it. */
  everHeard = false
  consecutiveFailures = 0
  attempts = 0
  successes = 0
  private readonly latencies: number[] = []

  constructor(
    readonly endpoint: string,
    readonly order: number,
    now: number,
  ) {
    this.heardAt = now
  }

  /** Successes per attempt; a server not yet tried has not failed: 1. */
  get successRate(): number {
    return this.attempts === 0 ? 1 : this.successes / this.attempts
  }

  get meanLatencyMs(): number {
    const l = this.latencies
    return l.length === 0 ? 0 : l.reduce((a, b) => a + b, 0) / l.length
  }

  pushLatency(ms: number, window: number): void {
    this.latencies.push(ms)
    if (this.latencies.length > window) this.latencies.shift()
  }
}

/**
 * The seed's server table with its rules applied consistently (D15): a
 * message of any kind makes a server ALIVE; three failed attempts in a row
 * (timeouts or refused sends, checked after each) or six seconds of silence
 * make it DEAD; a DEAD server that speaks again starts afresh. Times come
 * from the owner's monotonic clock (RFL-C17).
 */
export class Ranking {
  readonly servers: ServerRecord[]

  constructor(
    endpoints: readonly string[],
    private readonly limits: RankingLimits,
    now: number,
  ) {
    this.servers = endpoints.map((e, i) => new ServerRecord(e, i, now))
  }

  heard(s: ServerRecord, now: number): ServerState | undefined {
    s.heardAt = now
    s.everHeard = true
    if (s.state === "alive") return undefined
    if (s.state === "dead") s.consecutiveFailures = 0
    s.state = "alive"
    return s.state
  }

  succeeded(s: ServerRecord, latencyMs: number, now: number): void {
    s.attempts++
    s.successes++
    s.consecutiveFailures = 0
    s.pushLatency(latencyMs, this.limits.latencyWindow)
    this.heard(s, now)
  }

  /** A failed attempt; returns "dead" when it just made the server DEAD. */
  failed(s: ServerRecord): ServerState | undefined {
    s.attempts++
    s.consecutiveFailures++
    if (
      s.state !== "dead" &&
      s.consecutiveFailures >= this.limits.maxConsecutiveFailures
    )
      return (s.state = "dead")
    return undefined
  }

  /** RFL-C12: servers silent past the heartbeat timeout become DEAD now. */
  expire(now: number): ServerRecord[] {
    const gone = this.servers.filter(
      s =>
        s.state !== "dead" && now - s.heardAt >= this.limits.heartbeatTimeoutMs,
    )
    for (const s of gone) s.state = "dead"
    return gone
  }

  /**
   * RFL-C13: ALIVE by success rate, then mean latency; then UNKNOWN in the
   * order added; then DEAD, most recently heard first.
   */
  ranked(): ServerRecord[] {
    const by = (state: ServerState) =>
      this.servers.filter(s => s.state === state)
    const alive = by("alive").sort(
      (a, b) =>
        b.successRate - a.successRate ||
        a.meanLatencyMs - b.meanLatencyMs ||
        a.order - b.order,
    )
    const dead = by("dead").sort(
      (a, b) =>
        Number(b.everHeard) - Number(a.everHeard) ||
        b.heardAt - a.heardAt ||
        a.order - b.order,
    )
    return [...alive, ...by("unknown"), ...dead]
  }
}
