import { Publisher, Router, Subscriber } from "zeromq"
import { type Clock, systemClock } from "../../../core/clock"
import {
  bindServer,
  type CurveServer,
  plaintext,
} from "../../../core/curve-server"
import { type Logger, silentLogger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { every } from "../../../core/ticker"
import {
  decodeClientRequest,
  decodePeerState,
  encodePeerState,
  encodeServerReply,
  spec,
} from "../../../generated/bstar"
import {
  type EventName,
  initialState,
  type Outcome,
  peerEvent,
  type Role,
  type StateName,
  stateOfWire,
  wireValue,
} from "../machine"
import { type App, echo } from "./apps"
import type { PairFault } from "./faults"
import { PairFaults } from "./pair-faults"
import { bindOrExplain } from "../../../core/bind"

export interface BstarPairOptions {
  /** BSTAR-7: which state the server starts in. */
  readonly role: Role
  /** The clients' ROUTER (the voter), bound. */
  readonly frontend: string
  /** The PUB this server's state goes out on, bound (BSTAR-2). */
  readonly statepub: string
  /** The peer's statepub, where our SUB connects (BSTAR-1). */
  readonly peer: string
  /** BSTAR-4: state publishing period. Both servers must agree (BSTAR-6). */
  readonly heartbeatMs?: number
  /** BSTAR-5: silence after which the peer is dead (default 2 heartbeats). */
  readonly peerExpiryMs?: number
  /** What an accepted request gets; echo by default. */
  readonly app?: App
  /** Largest client request read, in bytes (ZMQ_MAXMSGSIZE). */
  readonly maxMessageBytes?: number
  /**
   * The frontend as a CURVE server (RFC 26) with an optional allow-list
   * (RFC 27); the state link between the two servers stays plaintext.
   */
  readonly curve?: CurveServer
  readonly faults?: Iterable<PairFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

/**
 * One server of a Binary Star pair. Every event, a peer's state or a
 * client's request, goes through the generated transition table
 * (machine.ts): this class only feeds it events, keeps the peer's expiry
 * and carries out the actions.
 */
export class BstarPair {
  private current: StateName
  private readonly heartbeatMs: number
  private readonly expiryMs: number
  private peerExpiry: number
  private readonly frontend: Router
  private readonly statepub = new Publisher({ linger: 0 })
  // A state is one byte: anything much longer is not a state message.
  private readonly statesub = new Subscriber({ linger: 0, maxMessageSize: 64 })
  private readonly outbox: Outbox
  private readonly app: App
  private readonly faults: PairFaults
  private readonly log: Logger
  private readonly clock: Clock
  private readonly abort = new AbortController()
  private loops: Promise<void>[] = []
  private security = plaintext
  private endWith!: (error: string | undefined) => void
  /** Resolves when the server stops: with the fatal error, if one ended it. */
  readonly ended = new Promise<string | undefined>(r => (this.endWith = r))

  constructor(private readonly opts: BstarPairOptions) {
    this.current = initialState(opts.role)
    this.heartbeatMs = opts.heartbeatMs ?? spec.timing.heartbeatMs
    this.expiryMs =
      opts.peerExpiryMs ?? this.heartbeatMs * spec.timing.peerExpiryHeartbeats
    this.clock = opts.clock ?? systemClock
    this.log = opts.logger ?? silentLogger()
    this.app = opts.app ?? echo
    this.faults = new PairFaults(new Set(opts.faults ?? []))
    this.frontend = new Router({
      linger: 0,
      sendTimeout: 0,
      maxMessageSize: opts.maxMessageBytes ?? 1 << 20,
    })
    this.outbox = new Outbox(this.frontend, 10_000)
    // As the reactor bstar.c does: the peer counts as alive for one expiry
    // after start, so a primary that starts while its backup is active does
    // not answer clients before it has heard the backup (BSTAR-19).
    this.peerExpiry = this.clock.now() + this.expiryMs
  }

  get state(): StateName {
    return this.current
  }

  /** The bound endpoints, ports filled in for "tcp://…:*". */
  get endpoints(): { frontend: string; statepub: string } {
    return {
      frontend: this.frontend.lastEndpoint ?? this.opts.frontend,
      statepub: this.statepub.lastEndpoint ?? this.opts.statepub,
    }
  }

  async start(): Promise<void> {
    try {
      const { frontend, curve } = this.opts
      const o = { log: this.log, clock: this.clock }
      this.security = await bindServer(this.frontend, frontend, curve, o)
      await bindOrExplain(this.statepub, this.opts.statepub)
    } catch (err) {
      this.close()
      throw err
    }
    this.statesub.connect(this.opts.peer)
    this.statesub.subscribe() // BSTAR-2: everything
    this.log.info({ event: "started", state: this.current, ...this.endpoints })
    this.loops = [this.heartbeats(), this.peerStates(), this.requests()]
  }

  async stop(): Promise<void> {
    this.end(undefined)
    await Promise.all(this.loops)
  }

  private end(error: string | undefined): void {
    if (this.abort.signal.aborted) return
    this.abort.abort()
    this.close()
    this.endWith(error)
  }

  private close(): void {
    for (const s of [this.frontend, this.statepub, this.statesub])
      if (!s.closed) s.close()
    this.security.release()
  }

  private peerDead(): boolean {
    return this.clock.now() >= this.peerExpiry
  }

  /** One event through the table (and the fault switches, when on). */
  private apply(event: EventName): Outcome {
    const outcome = this.faults.decide(this.current, event, {
      peerDead: this.peerDead(),
    })
    this.enter(outcome.to, event, outcome.rule)
    if (outcome.action === "fatal") {
      // BSTAR-16, BSTAR-17: the pair is broken; the process must exit.
      this.log.fatal({
        event: "fatal",
        error: outcome.error,
        rule: outcome.rule,
      })
      this.end(outcome.error)
    }
    return outcome
  }

  private enter(to: StateName, cause: string, rule: string): void {
    if (to === this.current) return
    this.log.info({
      event: "state-changed",
      from: this.current,
      to,
      cause,
      rule,
    })
    this.current = to
  }

  /** BSTAR-4: the state every heartbeat, the first one a heartbeat after start. */
  private async heartbeats(): Promise<void> {
    for await (const _ of every(this.heartbeatMs, this.abort.signal)) {
      const takeover = this.faults.takeover(this.current, this.peerDead())
      if (takeover) this.enter("ACTIVE", "fault", takeover)
      if (this.faults.silent) continue
      try {
        await this.statepub.send(
          encodePeerState({ state: wireValue(this.current) }),
        )
      } catch (err) {
        if (!this.abort.signal.aborted) throw err
      }
    }
  }

  private async peerStates(): Promise<void> {
    try {
      for await (const frames of this.statesub) {
        const msg = decodePeerState(frames)
        if (!msg.ok) {
          // Not a state: dropped, and no proof of life either (README).
          this.log.warn({ event: "invalid-state", ...msg.error })
          continue
        }
        this.peerExpiry = this.clock.now() + this.expiryMs // BSTAR-5
        this.apply(peerEvent(stateOfWire(msg.value.state)!))
        if (this.abort.signal.aborted) return
      }
    } catch (err) {
      if (!this.abort.signal.aborted) throw err
    }
  }

  private async requests(): Promise<void> {
    try {
      for await (const [id, ...frames] of this.frontend) {
        const msg = decodeClientRequest(frames)
        if (!msg.ok) {
          // Not a request, so not a vote either: dropped.
          this.log.warn({ event: "invalid-request", ...msg.error })
          continue
        }
        const outcome = this.apply("CLIENT_REQUEST")
        if (outcome.action === "serve") void this.serve(id, msg.value.body)
        else if (outcome.action === "drop") {
          // BSTAR-20: nothing goes back, unless a fault says otherwise.
          this.faults.dropped(this.current)
          const refusal = this.faults.refusal()
          if (refusal) this.reply(id, refusal)
        }
        if (this.abort.signal.aborted) return
      }
    } catch (err) {
      if (!this.abort.signal.aborted) throw err
    }
  }

  private async serve(id: Buffer, body: Buffer[]): Promise<void> {
    try {
      const reply = await this.app(body)
      if (reply) this.reply(id, reply)
    } catch (err) {
      this.log.error({ event: "app-error", error: (err as Error).message })
    }
  }

  private reply(id: Buffer, body: Buffer[]): void {
    if (this.abort.signal.aborted) return
    const frames = encodeServerReply({ command: "REPLY", body })
    // A client that left or stopped reading loses its reply; nothing else.
    this.outbox.send([id, ...frames]).catch((err: Error) => {
      if (!this.abort.signal.aborted)
        this.log.info({ event: "reply-dropped", reason: err.message })
    })
  }
}
