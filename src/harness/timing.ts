/**
 * Every wait in the suite derives from the IUT's declared timings, so a
 * broker heartbeating at 2500 ms and one at 100 ms are judged alike.
 */
export interface DeclaredTiming {
  heartbeatMs: number
  liveness: number
  /** Declared expiry of queued requests (MDP-15); undefined: not claimed. */
  requestExpiryMs?: number
  /** How long a reply may take on loopback; default max(1000, 2 heartbeats). */
  replyTimeoutMs?: number
  /** A worker's pause before it reconnects; default one heartbeat interval. */
  reconnectMs?: number
  /** How long a worker under test is busy with each request (claims heartbeats while busy). */
  workerBusyMs?: number
  /** A client's wait for a reply before it retries (MDP-12). */
  clientTimeoutMs?: number
  /** A client's attempts in all before it gives up. */
  clientRetries?: number
}

export type Duration =
  | { unit: "ms"; n: number }
  | { unit: "heartbeat"; n: number }
  | { unit: "expiry"; n: number }
  | { unit: "named"; name: NamedDuration }

const named = [
  "reply timeout",
  "expiry time",
  "quiet period",
  "request expiry time",
  "reconnect time",
  "client timeout",
] as const
type NamedDuration = (typeof named)[number]

export class Timing {
  constructor(readonly declared: DeclaredTiming) {}

  get heartbeatMs(): number {
    return this.declared.heartbeatMs
  }

  /** A heartbeat is due within 1.5 intervals of the last one. */
  get heartbeatDue(): number {
    return 1.5 * this.declared.heartbeatMs
  }

  /** A peer silent this long must be gone: liveness intervals, plus one for a timer tick, plus slack. */
  get expiryDue(): number {
    return (this.declared.liveness + 1.5) * this.declared.heartbeatMs
  }

  get reply(): number {
    return (
      this.declared.replyTimeoutMs ??
      Math.max(1000, 2 * this.declared.heartbeatMs)
    )
  }

  /**
   * How long the suite watches for something that must not happen: long
   * enough for a periodic HEARTBEAT to show (it is due within 1.5 intervals).
   */
  get quiet(): number {
    return Math.max(200, this.heartbeatDue)
  }

  /** A peer that lost its partner has a new conversation going within this long. */
  get reconnectDue(): number {
    return (
      this.expiryDue +
      (this.declared.reconnectMs ?? this.declared.heartbeatMs) +
      this.declared.heartbeatMs
    )
  }

  get requestExpiry(): number | undefined {
    const e = this.declared.requestExpiryMs
    return e === undefined ? undefined : e + this.declared.heartbeatMs
  }

  ms(d: Duration): number {
    switch (d.unit) {
      case "ms":
        return d.n
      case "heartbeat":
        return d.n * this.declared.heartbeatMs
      case "expiry":
        return d.n * this.expiryDue
      case "named":
        return this.named(d.name)
    }
  }

  private named(name: NamedDuration): number {
    switch (name) {
      case "reply timeout":
        return this.reply
      case "expiry time":
        return this.expiryDue
      case "quiet period":
        return this.quiet
      case "request expiry time":
        return this.requestExpiry ?? this.reply
      case "reconnect time":
        return this.reconnectDue
      case "client timeout":
        return this.declared.clientTimeoutMs ?? this.declared.heartbeatMs
    }
  }
}

export function parseDuration(text: string): Duration {
  const m = /^(\d+(?:\.\d+)?) (ms|heartbeat intervals?|expiry times?)$/.exec(
    text,
  )
  if (m)
    return {
      unit:
        m[2] === "ms"
          ? "ms"
          : m[2].startsWith("heartbeat")
            ? "heartbeat"
            : "expiry",
      n: Number(m[1]),
    }
  const name = text.replace(/^the /, "")
  if ((named as readonly string[]).includes(name))
    return { unit: "named", name: name as NamedDuration }
  throw new Error(`not a duration: "${text}"`)
}

export const durationPattern =
  /\d+(?:\.\d+)? ms|\d+(?:\.\d+)? heartbeat intervals?|\d+(?:\.\d+)? expiry times?|the reply timeout|the expiry time|the quiet period|the request expiry time|the reconnect time|the client timeout/
