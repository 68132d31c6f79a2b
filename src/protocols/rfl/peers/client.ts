import { randomUUID } from "node:crypto"
import type { CurveClientKeys } from "../../../core/curve"
import { Backoff } from "../../../core/backoff"
import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { tickPeriod, ticks } from "../../../core/ticker"
import { spec } from "../../../generated/rfl"
import type { ClientFault } from "./faults"
import { ServerLink } from "./link"
import {
  RflApplicationError,
  RflNoServerError,
  RflTimeoutError,
} from "./outcomes"
import { Ranking, type ServerRecord, type ServerState } from "./ranking"
import { type Answer, Dialogue } from "./client-wire"

export interface RflClientOptions {
  readonly servers: readonly string[]
  /** RFL-C2: the wait for one attempt's RESPONSE (the seed: 5000 ms). */
  readonly requestTimeoutMs?: number
  /** RFL-C3: attempts in all (the seed's max_retries: 3). */
  readonly maxRetries?: number
  /** RFL-C4: the pause after failed attempt k is base x 2^(k-1) (the seed: 500 ms). */
  readonly retryBaseDelayMs?: number
  /** RFL-C5: no pause is longer than this, and each is drawn from [(1 - jitter) d, d]. */
  readonly retryMaxDelayMs?: number
  readonly retryJitter?: number
  /** RFL-C7: HEARTBEAT to every server this often (the seed: 2000 ms). */
  readonly heartbeatIntervalMs?: number
  /** RFL-C12: silence that makes a server DEAD (the seed: 6000 ms). */
  readonly heartbeatTimeoutMs?: number
  readonly maxConsecutiveFailures?: number
  /** Connect as a CURVE client (RFC 26); every server shares the one public key. */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<ClientFault>
  readonly logger?: Logger
  readonly clock?: Clock
  /** What happened, for metrics (the gateway's /metrics). */
  readonly onEvent?: (e: RflClientEvent) => void
}

export type RflClientEvent =
  | {
      type: "attempt"
      server: string
      outcome: "ok" | "error" | "timeout" | "refused"
      latencyMs?: number
    }
  | { type: "state"; server: string; state: ServerState }
  | { type: "failover"; from: string; to: string }

const t = spec.timing

/**
 * Reliable Freelance client: what the seed set out to do, without its
 * defects. One DEALER per server (RFL-C8; D1, D2), all driven from Node's
 * one thread (RFL-C9; D3); every message is routed by type wherever it
 * arrives (RFL-C10; D4, D5) and matched to its server by the socket it came
 * on (RFL-C11; D6). Each request keeps one UUID for all its attempts
 * (RFL-C1), tries the best-ranked server each time (RFL-C13) and backs off
 * between attempts (RFL-C4, RFL-C5). Many requests may be in flight at once:
 * each RESPONSE is matched by its request id (RFL-C6).
 */
export class RflClient {
  private readonly links: ServerLink[]
  private readonly ranking: Ranking
  private readonly wire: Dialogue
  private readonly clock: Clock
  private readonly log: Logger
  private readonly faults: ReadonlySet<ClientFault>
  private readonly abort = new AbortController()
  private readonly o: Required<
    Omit<
      RflClientOptions,
      "faults" | "logger" | "clock" | "onEvent" | "servers" | "curve"
    >
  >
  private heartbeatLoop?: Promise<void>
  private firstContact?: () => void

  constructor(private readonly opts: RflClientOptions) {
    if (opts.servers.length === 0) throw new RangeError("no servers given")
    this.o = {
      requestTimeoutMs: opts.requestTimeoutMs ?? t.requestTimeoutMs,
      maxRetries: opts.maxRetries ?? t.maxRetries,
      retryBaseDelayMs: opts.retryBaseDelayMs ?? t.retryBaseDelayMs,
      retryMaxDelayMs: opts.retryMaxDelayMs ?? 30_000,
      retryJitter: opts.retryJitter ?? 0.1,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? t.heartbeatIntervalMs,
      heartbeatTimeoutMs: opts.heartbeatTimeoutMs ?? t.heartbeatTimeoutMs,
      maxConsecutiveFailures:
        opts.maxConsecutiveFailures ?? t.maxConsecutiveFailures,
    }
    this.clock = opts.clock ?? systemClock
    this.log = opts.logger ?? silentLogger()
    this.faults = new Set(opts.faults ?? [])
    const now = this.clock.now()
    this.ranking = new Ranking(
      opts.servers,
      {
        ...this.o,
        // Fault no-dead-after-failures breaks RFL-C12: only silence kills.
        maxConsecutiveFailures: this.faults.has("no-dead-after-failures")
          ? Infinity
          : this.o.maxConsecutiveFailures,
        latencyWindow: t.latencyWindow,
      },
      now,
    )
    // Fault queue-while-down breaks RFL-C15: no ZMQ_IMMEDIATE (D14).
    const queue = this.faults.has("queue-while-down")
    this.links = opts.servers.map(e => new ServerLink(e, opts.curve, queue))
    this.wire = new Dialogue(this.log, this.faults)
  }

  start(): void {
    this.links.forEach((link, i) => {
      const server = this.ranking.servers[i]
      link.open(frames => this.onMessage(server, frames))
    })
    this.heartbeatLoop = this.heartbeats()
  }

  /** Resolves once any server has answered, or after `withinMs`. */
  async ready(withinMs: number): Promise<void> {
    if (this.ranking.servers.some(s => s.state === "alive")) return
    let timer: NodeJS.Timeout | undefined
    await new Promise<void>(resolve => {
      this.firstContact = resolve
      timer = setTimeout(resolve, withinMs)
    })
    clearTimeout(timer)
  }

  /** Sends one request; resolves to the OK result, or rejects with an outcome of outcomes.ts. */
  async request(payload: Buffer[]): Promise<Buffer[]> {
    // RFL-C19: the seed server drops a REQUEST with no payload frame.
    if (payload.length === 0)
      throw new RangeError("a REQUEST needs a payload frame")
    const backoff = new Backoff({
      initialMs: this.o.retryBaseDelayMs,
      maxMs: Math.max(this.o.retryBaseDelayMs, this.o.retryMaxDelayMs),
      jitter: this.o.retryJitter,
    })
    const call = this.wire.open(randomUUID())
    let sentAny = false
    let previous: ServerRecord | undefined
    try {
      for (let k = 1; k <= this.o.maxRetries; k++) {
        // Fault new-id-per-attempt breaks RFL-C1.
        if (k > 1 && this.faults.has("new-id-per-attempt"))
          call.addId(randomUUID())
        const server = this.choose(previous)
        if (previous && server !== previous)
          this.emit({
            type: "failover",
            from: previous.endpoint,
            to: server.endpoint,
          })
        previous = server
        const sent = await this.attempt(call, server, payload)
        sentAny ||= sent
        const early = await call.answered(sent ? this.o.requestTimeoutMs : 0)
        if (early) return this.finish(early)
        this.failed(server, sent ? "timeout" : "refused")
        if (k === this.o.maxRetries) break
        // Fault no-backoff breaks RFL-C4.
        const pause = this.faults.has("no-backoff") ? 0 : backoff.next()
        const during = await call.answered(pause)
        if (during) return this.finish(during)
      }
      throw sentAny
        ? new RflTimeoutError(this.o.maxRetries, this.o.requestTimeoutMs)
        : new RflNoServerError(this.o.maxRetries)
    } finally {
      call.close()
    }
  }

  /** Per server: state, rank inputs; for logs, /health and /metrics. */
  snapshot() {
    return this.ranking.servers.map(s => ({
      endpoint: s.endpoint,
      state: s.state,
      successRate: s.successRate,
      meanLatencyMs: s.meanLatencyMs,
      consecutiveFailures: s.consecutiveFailures,
      attempts: s.attempts,
    }))
  }

  async close(): Promise<void> {
    this.abort.abort()
    this.wire.closeAll()
    await Promise.allSettled([
      this.heartbeatLoop,
      ...this.links.map(l => l.close()),
    ])
  }

  private choose(previous?: ServerRecord): ServerRecord {
    // Fault no-failover breaks RFL-C13: the first choice sticks.
    if (previous && this.faults.has("no-failover")) return previous
    return this.ranking.ranked()[0]
  }

  private async attempt(
    call: ReturnType<Dialogue["open"]>,
    server: ServerRecord,
    payload: Buffer[],
  ): Promise<boolean> {
    const frames = call.request(server, payload, this.clock.now())
    const sent = await this.links[server.order].send(frames)
    if (sent)
      this.log.debug({
        event: "attempt",
        server: server.endpoint,
        requestId: call.id,
      })
    return sent
  }

  private finish(a: Answer): Buffer[] {
    const latencyMs =
      a.sentAt === undefined ? undefined : this.clock.now() - a.sentAt
    if (a.status === "OK") {
      this.ranking.succeeded(a.server, latencyMs ?? 0, this.clock.now())
      this.emit({
        type: "attempt",
        server: a.server.endpoint,
        outcome: "ok",
        latencyMs,
      })
      return a.result
    }
    // RFL-C14: final, back to the caller, not held against the server.
    this.emit({
      type: "attempt",
      server: a.server.endpoint,
      outcome: "error",
      latencyMs,
    })
    throw new RflApplicationError(a.server.endpoint, a.text)
  }

  private failed(server: ServerRecord, outcome: "timeout" | "refused"): void {
    this.emit({ type: "attempt", server: server.endpoint, outcome })
    const state = this.ranking.failed(server)
    if (state) this.changed(server, state)
  }

  private onMessage(server: ServerRecord, frames: Buffer[]): void {
    const kind = this.wire.receive(server, frames)
    if (kind === "invalid") {
      // Fault crash-on-malformed breaks MARQUE-ROBUST-1: the throw ends the receive loop.
      if (this.faults.has("crash-on-malformed"))
        throw new Error(`malformed message from ${server.endpoint}`)
      return // RFL-C18: dropped, nothing heard
    }
    const state = this.ranking.heard(server, this.clock.now())
    if (state) this.changed(server, state)
    this.firstContact?.()
    this.firstContact = undefined
  }

  private changed(server: ServerRecord, state: ServerState): void {
    this.log.info({ event: "server-state", server: server.endpoint, state })
    this.emit({ type: "state", server: server.endpoint, state })
  }

  private emit(e: RflClientEvent): void {
    this.opts.onEvent?.(e)
  }

  /** RFL-C7: a HEARTBEAT to every server each interval; RFL-C12: silence ages them. */
  private async heartbeats(): Promise<void> {
    const interval = this.o.heartbeatIntervalMs
    const due = this.links.map(() => this.clock.now())
    let turn = 0
    for await (const _ of ticks(tickPeriod(interval), this.abort.signal)) {
      const now = this.clock.now()
      for (const s of this.ranking.expire(now)) this.changed(s, "dead")
      // Fault one-heartbeat breaks RFL-C7: one server per interval (D2).
      const targets = this.faults.has("one-heartbeat")
        ? now >= due[0]
          ? [turn++ % this.links.length]
          : []
        : this.links.map((_l, i) => i).filter(i => now >= due[i])
      for (const i of targets) {
        const first = this.faults.has("one-heartbeat") ? 0 : i
        due[first] = now + interval
        void this.links[i].send(this.wire.heartbeat()).then(ok => {
          // Not connected (yet): try again soon, not a whole interval later.
          if (!ok)
            due[first] = Math.min(
              due[first],
              this.clock.now() + Math.min(interval, 50),
            )
        })
      }
    }
  }
}
