import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { every } from "../../../core/ticker"
import { describeDecodeError } from "../../../codec"
import {
  decodeFromClient,
  decodeFromWorker,
  encodeClientReply,
  encodeWorkerRequest,
} from "../../../generated/simple-pirate"
import type { QueueFault } from "./faults"
import { Gate, type QueueSocketOptions, QueueSockets } from "./queue-sockets"

export interface SimplePirateQueueOptions extends QueueSocketOptions {
  /** Most workers in the ready list; READY from more is ignored (logged). */
  readonly maxWorkers?: number
  readonly faults?: Iterable<QueueFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

export const simplePirateQueueDefaults = { maxWorkers: 10_000 } as const

/** How often the heartbeat fault speaks (the queue has no timing of its own). */
const faultHeartbeatMs = 100

/**
 * The Simple Pirate queue (digest §11): the Guide's load-balancing broker
 * between Lazy Pirate clients and REQ workers. A FIFO of ready workers,
 * keyed by routing identity; a client request goes to the head (the worker
 * ready longest, SPP-7) and is read only while that list is not empty
 * (SPP-11). No heartbeat, no timer, nothing of its own (SPP-12): all
 * recovery is the clients' resending.
 */
export class SimplePirateQueue {
  private readonly log: Logger
  private readonly faults: ReadonlySet<QueueFault>
  private readonly maxWorkers: number
  private readonly clock: Clock
  private readonly abort = new AbortController()
  /** Ready workers, oldest first: Map keeps insertion order (SPP-6, SPP-7). */
  private readonly ready = new Map<string, Buffer>()
  private readonly gate: Gate
  private sockets?: QueueSockets
  private loops: Array<Promise<void>> = []
  /** Fault misroute-reply: the client of the latest request. */
  private lastClient?: Buffer

  constructor(private readonly opts: SimplePirateQueueOptions) {
    this.log = opts.logger ?? silentLogger()
    this.faults = new Set(opts.faults ?? [])
    this.maxWorkers = opts.maxWorkers ?? simplePirateQueueDefaults.maxWorkers
    this.clock = opts.clock ?? systemClock
    this.gate = new Gate(() => this.ready.size > 0, this.abort.signal)
  }

  /** Binds both ROUTERs (SPP-1) and serves; resolves to the bound endpoints. */
  async start(): Promise<{ frontend: string; backend: string }> {
    if (this.sockets) throw new Error("queue already started")
    const sockets = await QueueSockets.bind(this.opts, this.log, this.clock)
    this.sockets = sockets
    this.loops = [this.fromWorkers(sockets), this.fromClients(sockets)]
    if (this.faults.has("heartbeat")) this.loops.push(this.heartbeat(sockets))
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

  private async fromWorkers(sockets: QueueSockets): Promise<void> {
    for await (const [id, ...frames] of sockets.fromWorkers()) {
      const decoded = decodeFromWorker(frames)
      if (!decoded.ok) {
        const why = describeDecodeError(decoded.error)
        this.log.warn({ event: "invalid-message", worker: keyOf(id), why })
        continue
      }
      // SPP-6: READY or reply, the sender goes to the tail of the list.
      this.enlist(id)
      const msg = decoded.value
      // SPP-10: a reply goes on without [ID(w)][""], routed by ID(c); READY stays here.
      if (msg.command === "REPLY") {
        const misroute = this.faults.has("misroute-reply") && this.lastClient
        const client = misroute
          ? [misroute, ...msg.client.slice(1)]
          : msg.client
        const reply = encodeClientReply({ command: "REPLY", body: msg.body })
        void sockets.send("frontend", [...client, ...reply], "reply")
      }
    }
  }

  private async fromClients(sockets: QueueSockets): Promise<void> {
    for await (const [client, ...frames] of sockets.requests(() =>
      this.gate.wait(),
    )) {
      // Not what a REQ client sends (SPP-2): dropped, the worker stays ready.
      const decoded = decodeFromClient(frames)
      if (!decoded.ok) {
        const why = describeDecodeError(decoded.error)
        this.log.warn({ event: "invalid-request", client: keyOf(client), why })
        continue
      }
      const worker = this.takeWorker()
      if (!worker) continue // unreachable: the gate opened on a ready worker
      this.lastClient = client
      const { body } = decoded.value
      // SPP-9: [ID(w)][""][ID(c)][""][body...].
      const out = [
        worker,
        ...encodeWorkerRequest({ command: "REQUEST", client: [client], body }),
      ]
      // Fault drop-delimiter breaks SPP-9: no empty frame after ID(c).
      if (this.faults.has("drop-delimiter")) out.splice(3, 1)
      const delivered = await sockets.send("backend", out, "request")
      // The worker left (SPP-17): its request is lost, the client will resend.
      if (!delivered) this.ready.delete(keyOf(worker))
    }
  }

  private enlist(id: Buffer): void {
    const key = keyOf(id)
    if (!this.ready.has(key) && this.ready.size >= this.maxWorkers) {
      this.log.warn({
        event: "worker-refused",
        worker: key,
        reason: "max-workers",
      })
      return
    }
    this.ready.delete(key)
    this.ready.set(key, id)
    this.gate.poke()
  }

  /** SPP-7: the head of the list, removed from it (SPP-8). */
  private takeWorker(): Buffer | undefined {
    const key = this.faults.has("mru")
      ? [...this.ready.keys()].pop()
      : this.ready.keys().next().value
    if (key === undefined) return undefined
    const id = this.ready.get(key)!
    // Fault double-dispatch: the busy worker stays listed, at the tail.
    this.ready.delete(key)
    if (this.faults.has("double-dispatch")) this.ready.set(key, id)
    return id
  }

  /** Fault heartbeat: what SPP-12 forbids, a message of the queue's own. */
  private async heartbeat(sockets: QueueSockets): Promise<void> {
    for await (const _ of every(faultHeartbeatMs, this.abort.signal)) {
      for (const id of this.ready.values())
        void sockets.send(
          "backend",
          [id, Buffer.alloc(0), Buffer.from([2])],
          "heartbeat",
        )
    }
  }
}

/** A routing identity as a map key. */
function keyOf(id: Buffer): string {
  return id.toString("hex")
}
