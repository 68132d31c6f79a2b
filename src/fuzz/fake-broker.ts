import { Router } from "zeromq"
import { renderFrames } from "../codec"
import { Outbox } from "../core/outbox"
import {
  decodeFromWorker,
  encodeWorkerHeartbeat,
  encodeWorkerRequest,
} from "../generated/mdp-0.1"

interface Pending {
  readonly body: Buffer
  readonly answered: () => void
}

/**
 * The fuzzer playing the broker to one reference worker: a ROUTER that
 * takes the worker's READY, sends it HEARTBEAT every interval and honest
 * REQUESTs on demand, and lets the attacker send anything else to the same
 * worker. The ROUTER is `mandatory`, so a full pipe holds the sender back
 * (backpressure) instead of dropping, and a vanished worker is an error.
 * Every send, honest or not, goes through one Outbox.
 */
export class FakeBroker {
  /** READY commands seen: more than one means the worker started over. */
  readies = 0
  disconnects = 0
  invalidFromWorker = 0
  /** The first invalid messages from the worker, rendered. */
  readonly invalidSamples: string[] = []
  maxWorkerSilenceMs = 0
  private worker?: Buffer
  private readonly router = new Router({ linger: 0, mandatory: true })
  private readonly outbox = new Outbox(this.router)
  private readonly pending = new Map<string, Pending>()
  private readonly readyWaiters = new Set<() => void>()
  private lastHeard = performance.now()
  private sequence = 0
  private timer?: NodeJS.Timeout
  private loop?: Promise<void>

  private constructor(private readonly heartbeatMs: number) {}

  static async bind(heartbeatMs: number): Promise<FakeBroker> {
    const broker = new FakeBroker(heartbeatMs)
    await broker.router.bind("tcp://127.0.0.1:*")
    broker.loop = broker.receive()
    return broker
  }

  get endpoint(): string {
    return this.router.lastEndpoint ?? ""
  }

  /** True once a worker has sent READY, false after `within` ms. */
  async waitForWorker(within: number): Promise<boolean> {
    if (this.worker) return true
    let done!: () => void
    const ready = new Promise<boolean>(resolve => (done = () => resolve(true)))
    this.readyWaiters.add(done)
    const timer = setTimeout(() => done(), within)
    await ready
    clearTimeout(timer)
    this.readyWaiters.delete(done)
    if (this.worker)
      this.timer = setInterval(() => this.beat(), this.heartbeatMs)
    return this.worker !== undefined
  }

  /** Sends frames to the worker as they are: the attacker's way in. */
  send(frames: Buffer[]): Promise<void> {
    return this.outbox.send([this.worker!, ...frames])
  }

  /** REQUEST -> REPLY through the worker; ms taken, or undefined past the deadline. */
  async roundTrip(deadlineMs: number): Promise<number | undefined> {
    const n = this.sequence++
    const client = Buffer.from(`client-${n}`)
    const body = Buffer.from(`honest-${n}`)
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    const answered = new Promise<boolean>(resolve => {
      this.pending.set(client.toString("hex"), {
        body,
        answered: () => resolve(true),
      })
      timer = setTimeout(() => resolve(false), deadlineMs)
    })
    try {
      await this.send(
        encodeWorkerRequest({ command: "REQUEST", client, body: [body] }),
      )
      return (await answered) ? performance.now() - started : undefined
    } finally {
      clearTimeout(timer)
      this.pending.delete(client.toString("hex"))
    }
  }

  /** Frames as they are, then a round trip: the REPLY proves the worker got past them. */
  async lockstep(
    frames: Buffer[],
    deadlineMs: number,
  ): Promise<number | undefined> {
    await this.send(frames)
    return this.roundTrip(deadlineMs)
  }

  async close(): Promise<void> {
    clearInterval(this.timer)
    this.router.close()
    await this.loop
  }

  private async receive(): Promise<void> {
    try {
      for await (const [id, ...frames] of this.router) this.handle(id, frames)
    } catch {
      // Closing under a pending receive ends the loop with an error.
    }
  }

  private handle(id: Buffer, frames: Buffer[]): void {
    const now = performance.now()
    if (this.worker?.equals(id)) {
      this.maxWorkerSilenceMs = Math.max(
        this.maxWorkerSilenceMs,
        now - this.lastHeard,
      )
      this.lastHeard = now
    }
    const msg = decodeFromWorker(frames)
    if (!msg.ok) {
      this.invalidFromWorker++
      if (this.invalidSamples.length < 5)
        this.invalidSamples.push(renderFrames(frames))
      return
    }
    switch (msg.value.command) {
      case "READY":
        this.readies++
        this.worker = id
        this.lastHeard = now
        for (const w of this.readyWaiters) w()
        return
      case "REPLY": {
        const { client, body } = msg.value
        const p = this.pending.get(client.toString("hex"))
        if (p && body.length === 1 && body[0].equals(p.body)) p.answered()
        return
      }
      case "HEARTBEAT":
        return
      case "DISCONNECT":
        this.disconnects++
        return
      default: {
        const never: never = msg.value
        return never
      }
    }
  }

  /** MDP-43: HEARTBEAT every interval, so the worker never thinks us gone. */
  private beat(): void {
    const silent = performance.now() - this.lastHeard
    this.maxWorkerSilenceMs = Math.max(this.maxWorkerSilenceMs, silent)
    this.send(encodeWorkerHeartbeat({ command: "HEARTBEAT" })).catch(() => {})
  }
}
