import { Router } from "zeromq"
import type { Clock } from "../../../core/clock"
import type { Logger } from "../../../core/log"
import { ThrottledLog } from "../../../core/throttle"
import type { BrokerDialect } from "./broker-dialect"
import type { BrokerSettings } from "./broker-options"
import { socketLimits } from "./limits"
import type { MmiStatus } from "./mmi"
import type { QueuedRequest, WorkerEntry } from "./worker-registry"
import { bindOrExplain } from "../../../core/bind"

/** What the broker sends, for the log of sends it had to drop. */
type Kind = "request" | "heartbeat" | "disconnect" | "answer" | "mmi"

/**
 * The broker's one ROUTER socket (MDP-4, MDP-5). Every command the broker
 * sends is framed here, in the bind's one dialect, and the framing faults act
 * here (the dialect has the framing faults built in, see broker-faults),
 * so the broker logic never touches raw frames.
 *
 * The ROUTER is `mandatory` with a zero send timeout: a send to a peer whose
 * queue is at the send high-water mark fails at once with EAGAIN, and one to
 * a peer that is gone with EHOSTUNREACH. So a peer that stops reading can
 * neither block the broker nor make it queue more than the high-water mark,
 * and unlike libzmq's silent drop (mandatory off) the broker learns which
 * sends were dropped: a REQUEST that never left goes back to its queue.
 *
 * The zero send timeout also makes every zeromq.js send() complete before
 * it returns (its fast path: the message is queued or refused there and
 * then), so no send is ever in flight when the next one starts and the
 * broker needs no outbox: each send is one native call, its result read
 * from the promise only to log a refusal.
 */
export class BrokerSocket {
  private readonly dropped: ThrottledLog
  private closing = false

  private constructor(
    private readonly router: Router,
    private readonly dialect: BrokerDialect,
    private readonly log: Logger,
    clock: Clock,
  ) {
    this.dropped = new ThrottledLog(log, 1000, clock)
  }

  static async bind(
    s: BrokerSettings,
    dialect: BrokerDialect,
    security: Record<string, unknown> = {},
  ): Promise<BrokerSocket> {
    const limits = socketLimits(s, s)
    const options = { linger: 0, mandatory: true, sendTimeout: 0 }
    // CURVE options (if any) are set before bind: they apply to what it accepts.
    const router = new Router({ ...options, ...limits, ...security })
    let first: string | undefined
    try {
      await bindOrExplain(router, s.bind)
      first = router.lastEndpoint ?? undefined
      for (const more of s.alsoBind) await bindOrExplain(router, more)
    } catch (err) {
      router.close()
      throw err
    }
    const socket = new BrokerSocket(router, dialect, s.log, s.clock)
    socket.first = first
    return socket
  }

  /** The first endpoint bound (--bind), before any --bind after it. */
  private first?: string

  /** The first bound endpoint, with the port filled in for "tcp://…:*". */
  get endpoint(): string {
    return this.first ?? this.router.lastEndpoint ?? ""
  }

  /** Keys held by the log of dropped sends (bounded). */
  get logKeys(): number {
    return this.dropped.keys
  }

  /**
   * Hands each received message to `handle` as the sender's identity and
   * the frames after it, until the socket closes. A plain receive loop: an
   * async generator in between would cost two more promises per message.
   */
  async serve(handle: (id: Buffer, frames: Buffer[]) => void): Promise<void> {
    try {
      for (;;) {
        const frames = await this.router.receive()
        handle(frames.shift()!, frames)
      }
    } catch (err) {
      // Closing under a pending receive can surface as ENOTSOCK, not EAGAIN.
      if (!this.closing) throw err
    }
  }

  close(): void {
    this.closing = true
    if (!this.router.closed) this.router.close()
  }

  /** REQUEST to a worker; `undelivered` runs if it could not be sent. */
  request(
    worker: WorkerEntry,
    request: QueuedRequest,
    undelivered: () => void,
  ): void {
    const frames = this.dialect.request(request.client, request.body)
    this.toWorker(worker, frames, "request", undelivered)
  }

  heartbeat(worker: WorkerEntry): void {
    this.toWorker(worker, this.dialect.heartbeat(), "heartbeat")
  }

  /** DISCONNECT to a worker, or to a peer that sent a command but never registered. */
  disconnect(id: Buffer, worker?: WorkerEntry): void {
    const frames = this.dialect.disconnect()
    if (worker) this.toWorker(worker, frames, "disconnect")
    else this.send([id, ...frames], "disconnect")
  }

  /** A worker's answer to its client: REPLY (MDP-7), or PARTIAL / FINAL (MDP2-7, MDP2-8). */
  answer(
    client: Buffer,
    service: Buffer,
    body: Buffer[],
    final: boolean,
  ): void {
    this.toClient(client, this.dialect.answer(service, body, final), "answer")
  }

  /** An 8/MMI status, answered by the broker itself (MMI-8). */
  mmi(client: Buffer, service: string, status: MmiStatus): void {
    this.toClient(client, this.dialect.mmi(service, status), "mmi")
  }

  private toClient(client: Buffer, frames: Buffer[], kind: Kind): void {
    this.send([client, ...frames], kind)
  }

  private toWorker(
    worker: WorkerEntry,
    frames: Buffer[],
    kind: Kind,
    undelivered?: () => void,
  ): void {
    // Any command counts as a heartbeat (MDP-42): the next HEARTBEAT waits.
    worker.beat.sent()
    this.send([worker.id, ...frames], kind, undelivered)
  }

  private send(frames: Buffer[], kind: Kind, undelivered?: () => void) {
    if (this.closing) return
    let sent: Promise<void>
    try {
      sent = this.router.send(frames)
    } catch (err) {
      return this.refused(kind, err as Error, undelivered)
    }
    // One handler per kind, made once: no closure per message but for a
    // REQUEST, whose refusal has to put that request back.
    sent.catch(
      undelivered
        ? (err: Error) => this.refused(kind, err, undelivered)
        : this.onRefused[kind],
    )
  }

  private readonly onRefused: Record<Kind, (err: Error) => void> = {
    request: err => this.refused("request", err),
    heartbeat: err => this.refused("heartbeat", err),
    disconnect: err => this.refused("disconnect", err),
    answer: err => this.refused("answer", err),
    mmi: err => this.refused("mmi", err),
  }

  private refused(kind: Kind, err: Error, undelivered?: () => void): void {
    if (this.closing) return
    this.noteDropped(kind, err)
    try {
      undelivered?.()
    } catch (error) {
      // Outside the receive loop's guard: the broker must not crash here.
      this.log.error({ event: "handler-error", err: error })
    }
  }

  private noteDropped(kind: Kind, err: Error): void {
    const code = (err as { code?: string }).code
    // A peer that is gone is everyday churn (a client that gave up); a full
    // queue means a peer that stopped reading.
    const gone = code === "EHOSTUNREACH"
    const full = code === "EAGAIN"
    const reason = gone ? "peer gone" : full ? "send-hwm" : err.message
    this.dropped.note(`${kind}:${reason}`, gone ? "info" : "warn", () => ({
      event: "send-dropped",
      kind,
      reason,
    }))
  }
}
