/**
 * Every wait in the suite derives from the IUT's declared timings, so a
 * peer heartbeating at 2500 ms and one at 100 ms are judged alike. The core
 * knows heartbeats, liveness, reply and reconnect times; a protocol module
 * adds named durations of its own ("the client timeout").
 */
export interface DeclaredTiming {
  heartbeatMs: number
  liveness: number
  /** How long a reply may take on loopback; default max(1000, 2 heartbeats). */
  replyTimeoutMs?: number
  /** A peer's pause before it reconnects; default one heartbeat interval. */
  reconnectMs?: number
  /** The protocol's own named durations, in ms. */
  named?: Record<string, number>
}

export type Duration =
  | { unit: "ms"; n: number }
  | { unit: "heartbeat"; n: number }
  | { unit: "expiry"; n: number }
  | { unit: "named"; name: string }

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

  private named(name: string): number {
    switch (name) {
      case "reply timeout":
        return this.reply
      case "expiry time":
        return this.expiryDue
      case "quiet period":
        return this.quiet
      case "reconnect time":
        return this.reconnectDue
    }
    const ms = this.declared.named?.[name]
    if (ms === undefined)
      throw new Error(
        `no duration "${name}" for this IUT (the protocol module declares: ${Object.keys(this.declared.named ?? {}).join(", ") || "none"})`,
      )
    return ms
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
  if (namedPattern.test(text)) return { unit: "named", name }
  throw new Error(`not a duration: "${text}"`)
}

/**
 * Numbers with a unit, or a named duration: "the" and words ending in a
 * time word. Names are checked when used, against the core and the module.
 */
const namedPattern =
  /^the (?:[a-z]+ )+(?:timeout|time|period|interval|delay|window)$/

export const durationPattern =
  /\d+(?:\.\d+)? ms|\d+(?:\.\d+)? heartbeat intervals?|\d+(?:\.\d+)? expiry times?|the (?:[a-z]+ )+?(?:timeout|time|period|interval|delay|window)/
