import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { tickPeriod, ticks } from "../../../core/ticker"
import { describeDecodeError } from "../../../codec"
import { decodeRequest } from "../../../generated/lazy-pirate"
import {
  decodeFromWorker,
  encodeHeartbeat,
  encodeReply,
  encodeRequest,
  spec,
} from "../../../generated/ppp"
import {
  Gate,
  type QueueSocketOptions,
  QueueSockets,
} from "../../simple-pirate/peers/queue-sockets"
import type { QueueFault } from "./faults"
import { type Job, keyOf, type WorkerEntry, WorkerPool } from "./worker-pool"

export interface PppQueueOptions extends QueueSocketOptions {
  /** HEARTBEAT interval towards workers (PPP-9, PPP-10). */
  readonly heartbeatMs?: number
  /** Silent intervals after which a worker is purged (PPP-11, PPP-13). */
  readonly liveness?: number
  /** Most registered workers; READY from more is ignored (logged). */
  readonly maxWorkers?: number
  readonly faults?: Iterable<QueueFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

export const pppQueueDefaults = {
  heartbeatMs: spec.timing.heartbeatIntervalMs,
  liveness: spec.timing.heartbeatLiveness,
  maxWorkers: 10_000,
} as const

/**
 * The Paranoid Pirate queue: the 6/PPP "client" as a queue device (PPP-15)
 * between Lazy Pirate REQ clients (frontend ROUTER) and PPP DEALER workers
 * (backend ROUTER). Requests go to the worker idle longest; every worker,
 * idle or busy, hears a HEARTBEAT whenever it was sent nothing for an
 * interval; a worker silent for liveness intervals is purged and the
 * request it held goes to another worker (PPP-16).
 *
 * Client requests are read only while a worker is idle, as in the Guide:
 * they wait in libzmq's buffers, not here, so what the queue holds is at
 * most one request per worker plus the requests of workers that died.
 */
export class PppQueue {
  private readonly log: Logger
  private readonly faults: ReadonlySet<QueueFault>
  private readonly clock: Clock
  private readonly heartbeatMs: number
  private readonly pool: WorkerPool
  private readonly abort = new AbortController()
  /** Requests read but not yet handed out: requeued ones first (PPP-16). */
  private readonly pending: Job[] = []
  private readonly gate: Gate
  private sockets?: QueueSockets
  private loops: Array<Promise<void>> = []
  /** Fault misroute-reply: the client of the latest request. */
  private lastClient?: Buffer

  constructor(private readonly opts: PppQueueOptions) {
    const d = pppQueueDefaults
    this.log = opts.logger ?? silentLogger()
    this.faults = new Set(opts.faults ?? [])
    this.clock = opts.clock ?? systemClock
    this.heartbeatMs = opts.heartbeatMs ?? d.heartbeatMs
    const liveness = opts.liveness ?? d.liveness
    const beat = { intervalMs: this.heartbeatMs, liveness }
    this.pool = new WorkerPool(
      beat,
      this.clock,
      opts.maxWorkers ?? d.maxWorkers,
    )
    const anyWorker = this.faults.has("double-dispatch")
    this.gate = new Gate(
      () =>
        this.pending.length === 0 &&
        (this.pool.idleCount > 0 || (anyWorker && this.pool.size > 0)),
      this.abort.signal,
    )
  }

  /** Binds frontend and backend and serves; resolves to the bound endpoints. */
  async start(): Promise<{ frontend: string; backend: string }> {
    if (this.sockets) throw new Error("queue already started")
    const sockets = await QueueSockets.bind(this.opts, this.log, this.clock)
    this.sockets = sockets
    this.loops = [
      this.fromWorkers(sockets),
      this.fromClients(sockets),
      this.tick(),
    ]
    const { endpoints } = sockets
    this.log.info({ event: "bound", ...endpoints, faults: [...this.faults] })
    return endpoints
  }

  /** Closes both sockets and waits for the loops to end. */
  async stop(): Promise<void> {
    this.abort.abort()
    this.sockets?.close()
    await Promise.all(this.loops)
  }

  private get out(): QueueSockets {
    return this.sockets!
  }

  private async fromClients(sockets: QueueSockets): Promise<void> {
    for await (const [client, ...rest] of sockets.requests(() =>
      this.gate.wait(),
    )) {
      // Not a Lazy Pirate REQ client's request (LPC-15): dropped unanswered.
      const decoded = decodeRequest(rest)
      if (!decoded.ok) {
        const why = describeDecodeError(decoded.error)
        this.log.warn({ event: "invalid-request", client: keyOf(client), why })
        continue
      }
      this.lastClient = client
      this.pending.push({ stack: [client], body: decoded.value.body })
      this.dispatch()
    }
  }

  private async fromWorkers(sockets: QueueSockets): Promise<void> {
    for await (const [id, ...frames] of sockets.fromWorkers()) {
      try {
        this.onWorker(id, frames)
      } catch (err) {
        // Whatever a worker sends, the queue keeps serving everyone else.
        this.log.error({ event: "handler-error", err, worker: keyOf(id) })
      }
    }
  }

  private onWorker(id: Buffer, frames: Buffer[]): void {
    const decoded = decodeFromWorker(frames)
    const worker = this.pool.get(id)
    if (!decoded.ok) {
      // Dropped, and no sign of life: only valid PPP counts.
      const why = describeDecodeError(decoded.error)
      return this.log.warn({ event: "invalid-message", worker: keyOf(id), why })
    }
    const msg = decoded.value
    // Any valid message from a registered worker shows it alive (the Guide's rule).
    worker?.beat.heard()
    switch (msg.command) {
      case "READY":
        return this.onReady(id, worker)
      case "HEARTBEAT":
        // PPP-1: a conversation opens with READY. A worker this queue does
        // not know (it restarted) is not heartbeated, so it notices the
        // silence and sends READY again (PPP-12).
        if (!worker)
          this.log.debug({
            event: "heartbeat-from-stranger",
            worker: keyOf(id),
          })
        return
      case "REPLY":
        return this.onReply(id, msg, worker)
    }
  }

  private onReady(id: Buffer, known?: WorkerEntry): void {
    // READY again on a live connection opens a new conversation: whatever
    // the worker held is abandoned, as if it had died.
    if (known) this.forget(known, "worker-ready-again")
    const worker = this.pool.add(id)
    if (!worker) {
      this.log.warn({
        event: "worker-refused",
        worker: keyOf(id),
        reason: "max-workers",
      })
      return
    }
    this.log.info({
      event: "worker-ready",
      worker: worker.key,
      workers: this.pool.size,
    })
    this.dispatch()
  }

  private onReply(
    id: Buffer,
    msg: { stack: Buffer[]; body: Buffer[] },
    worker?: WorkerEntry,
  ): void {
    if (!worker?.busy) {
      // A REPLY with no REQUEST out (PPP-7), or from a stranger: dropped.
      const reason = worker ? "idle worker" : "unknown worker"
      return this.log.warn({
        event: "unexpected-reply",
        worker: keyOf(id),
        reason,
      })
    }
    // LPC-17: the answer goes back on the client's connection, named by the stack.
    const misroute = this.faults.has("misroute-reply") && this.lastClient
    const stack = misroute ? [misroute, ...msg.stack.slice(1)] : msg.stack
    const reply = encodeReply({ command: "REPLY", stack, body: msg.body })
    void this.out.send("frontend", reply, "reply")
    this.pool.release(worker)
    this.dispatch()
  }

  /** Hands pending requests to idle workers, least recently used first. */
  private dispatch(): void {
    const anyWorker = this.faults.has("double-dispatch")
    while (this.pending.length > 0) {
      const job = this.pending[0]
      const worker = this.pool.assign(job, anyWorker)
      if (!worker) break
      this.pending.shift()
      this.send(worker, this.requestFrames(worker, job), "request")
    }
    this.gate.poke()
  }

  private requestFrames(worker: WorkerEntry, job: Job): Buffer[] {
    const frames = encodeRequest({ command: "REQUEST", ...job })
    // Fault drop-delimiter breaks PPP-4: the stack is not closed.
    if (this.faults.has("drop-delimiter")) frames.splice(job.stack.length, 1)
    return [worker.id, ...frames]
  }

  private send(worker: WorkerEntry, frames: Buffer[], kind: string): void {
    // Anything sent counts for the heartbeat: the next one waits an interval.
    worker.beat.sent()
    void this.out.send("backend", frames, kind).then(delivered => {
      // Gone or not reading: purged, and a REQUEST it missed goes to another.
      if (!delivered) this.forget(worker, "worker-unreachable")
    })
  }

  /** Purges a worker; the request it held goes to another one (PPP-16). */
  private forget(worker: WorkerEntry, event: string): void {
    const job = this.pool.remove(worker)
    if (job && !this.faults.has("no-requeue")) this.pending.unshift(job)
    const requeued = job !== undefined && !this.faults.has("no-requeue")
    this.log.info({
      event,
      worker: worker.key,
      held: job !== undefined,
      requeued,
    })
    this.dispatch()
  }

  private async tick(): Promise<void> {
    const period = tickPeriod(this.heartbeatMs)
    for await (const late of ticks(period, this.abort.signal)) this.onTick(late)
  }

  private onTick(stalled: boolean): void {
    // After the process stalled, heartbeats that queued up meanwhile are
    // read after this timer: purge on the next tick, not now.
    // PPP-11/PPP-13: silent for liveness intervals, the worker is gone.
    if (!stalled && !this.faults.has("ignore-expiry")) {
      for (const worker of this.pool.workers())
        if (worker.beat.expired()) this.forget(worker, "worker-expired")
    }
    // PPP-9: HEARTBEAT to every worker, idle or busy, sent nothing for an interval.
    if (this.faults.has("no-heartbeat")) return
    const idleOnly = this.faults.has("idle-heartbeat-only")
    const frames = this.faults.has("heartbeat-as-text")
      ? [Buffer.from("HEARTBEAT")]
      : encodeHeartbeat({ command: "HEARTBEAT" })
    for (const worker of this.pool.workers()) {
      if (idleOnly && worker.busy) continue
      if (worker.beat.sendDue())
        this.send(worker, [worker.id, ...frames], "heartbeat")
    }
  }
}
