import { Router } from "zeromq"
import type { Logger } from "../../core/log"
import { Outbox } from "../../core/outbox"
import type { BrokerDialect } from "./broker-dialect"
import type { BrokerFault } from "./faults"
import type { MmiStatus } from "./mmi"
import type { QueuedRequest, WorkerEntry } from "./worker-registry"

/**
 * The broker's one ROUTER socket (MDP-4, MDP-5). Every command the broker
 * sends is framed here, in the bind's one dialect, and the framing faults act
 * here, so the broker logic never touches raw frames. All sends go through
 * one Outbox.
 */
export class BrokerSocket {
  private readonly outbox: Outbox
  private closing = false

  private constructor(
    private readonly router: Router,
    private readonly dialect: BrokerDialect,
    private readonly faults: ReadonlySet<BrokerFault>,
    private readonly log: Logger,
  ) {
    this.outbox = new Outbox(router)
  }

  static async bind(
    endpoint: string,
    dialect: BrokerDialect,
    faults: ReadonlySet<BrokerFault>,
    log: Logger,
  ): Promise<BrokerSocket> {
    const router = new Router({ linger: 0 })
    try {
      await router.bind(endpoint)
    } catch (err) {
      router.close()
      throw err
    }
    return new BrokerSocket(router, dialect, faults, log)
  }

  /** The bound endpoint, with the port filled in for "tcp://…:*". */
  get endpoint(): string {
    return this.router.lastEndpoint ?? ""
  }

  /** Received messages as the sender's identity and the frames after it. */
  async *messages(): AsyncGenerator<[Buffer, Buffer[]]> {
    try {
      for await (const [id, ...frames] of this.router) yield [id, frames]
    } catch (err) {
      // Closing under a pending receive can surface as ENOTSOCK, not EAGAIN.
      if (!this.closing) throw err
    }
  }

  close(): void {
    this.closing = true
    if (!this.router.closed) this.router.close()
  }

  request(worker: WorkerEntry, request: QueuedRequest): void {
    this.toWorker(worker, this.dialect.request(request.client, request.body))
  }

  heartbeat(worker: WorkerEntry): void {
    this.toWorker(worker, this.dialect.heartbeat())
  }

  /** DISCONNECT to a worker, or to a peer that sent a command but never registered. */
  disconnect(id: Buffer, worker?: WorkerEntry): void {
    const frames = this.dialect.disconnect()
    if (worker) this.toWorker(worker, frames)
    else this.send([id, ...this.workerFrames(frames)])
  }

  /** A worker's answer to its client: REPLY (MDP-7), or PARTIAL / FINAL (MDP2-7, MDP2-8). */
  answer(
    client: Buffer,
    service: string,
    body: Buffer[],
    final: boolean,
  ): void {
    this.toClient(client, this.dialect.answer(service, body, final))
  }

  /** An 8/MMI status, answered by the broker itself (MMI-8). */
  mmi(client: Buffer, service: string, status: MmiStatus): void {
    this.toClient(client, this.dialect.mmi(service, status))
  }

  private toClient(client: Buffer, frames: Buffer[]): void {
    // Fault wrong-header breaks MDP-22 / MDP2-23.
    if (this.faults.has("wrong-header")) {
      const { frame, value } = this.dialect.wrongHeader
      frames[frame] = Buffer.from(value)
    }
    this.send([client, ...frames])
  }

  private toWorker(worker: WorkerEntry, frames: Buffer[]): void {
    // Any command counts as a heartbeat (MDP-42): the next HEARTBEAT waits.
    worker.beat.sent()
    this.send([worker.id, ...this.workerFrames(frames)])
  }

  private workerFrames(frames: Buffer[]): Buffer[] {
    // Fault drop-empty-frame breaks MDP-21: worker commands start with "".
    // There is no such frame in 0.2, where the dialect refuses the fault.
    const drop =
      this.dialect.leadingEmptyFrame && this.faults.has("drop-empty-frame")
    return drop ? frames.slice(1) : frames
  }

  private send(frames: Buffer[]): void {
    if (this.closing) return
    this.outbox.send(frames).catch((err: Error) => {
      if (!this.closing)
        this.log.warn({ event: "send-failed", err: err.message })
    })
  }
}
