import { Dealer } from "zeromq"
import { Outbox } from "../core/outbox"
import {
  decodeToWorker,
  encodeWorkerDisconnect,
  encodeWorkerHeartbeat,
  encodeWorkerReady,
  encodeWorkerReply,
} from "../generated/mdp-0.1"

/**
 * An honest MDP/Worker echo service on a raw DEALER: READY, a REPLY with
 * the REQUEST's body for each REQUEST, a HEARTBEAT every interval, and a
 * new connection with a new READY after DISCONNECT (MDP-36). It does not
 * give up on a silent broker: it measures the silence instead, as
 * `maxBrokerSilenceMs`, because starving heartbeats is something the
 * fuzzer reports rather than something this worker should react to.
 */
export class HonestWorker {
  served = 0
  /** New connections after the broker said DISCONNECT. */
  reconnects = 0
  /** Messages from the broker that the decoder rejected. */
  invalidFromBroker = 0
  maxBrokerSilenceMs = 0
  lastError?: Error
  private socket!: Dealer
  private outbox!: Outbox
  private lastHeard = performance.now()
  private stopping = false
  private loop?: Promise<void>
  private timer?: NodeJS.Timeout

  constructor(
    private readonly endpoint: string,
    private readonly service: string,
    private readonly heartbeatMs: number,
  ) {}

  async start(): Promise<void> {
    await this.open()
    this.timer = setInterval(() => this.beat(), this.heartbeatMs)
    this.loop = this.run()
  }

  async stop(): Promise<void> {
    this.stopping = true
    clearInterval(this.timer)
    // MDP-30: a worker that leaves says so.
    await this.outbox
      .send(encodeWorkerDisconnect({ command: "DISCONNECT" }))
      .catch(() => {})
    this.socket.close()
    await this.loop
  }

  private async open(): Promise<void> {
    // A send to a broker that stopped reading fails after one interval
    // instead of queueing heartbeats without end.
    this.socket = new Dealer({ linger: 0, sendTimeout: this.heartbeatMs })
    this.outbox = new Outbox(this.socket)
    this.socket.connect(this.endpoint)
    this.lastHeard = performance.now()
    await this.outbox.send(
      encodeWorkerReady({ command: "READY", service: this.service }),
    )
  }

  private async run(): Promise<void> {
    for (;;) {
      try {
        for await (const frames of this.socket) if (!this.handle(frames)) break
      } catch (err) {
        // Only a socket closed under the loop ends it with an error.
        if (!this.stopping) this.lastError = err as Error
      }
      if (this.stopping) return
      this.socket.close()
      this.reconnects++
      await this.open()
    }
  }

  /** False when the broker ended the connection. */
  private handle(frames: Buffer[]): boolean {
    this.heard()
    const msg = decodeToWorker(frames)
    if (!msg.ok) {
      this.invalidFromBroker++
      return true
    }
    switch (msg.value.command) {
      case "REQUEST": {
        const { client, body } = msg.value
        this.served++
        void this.send(encodeWorkerReply({ command: "REPLY", client, body }))
        return true
      }
      case "HEARTBEAT":
        return true
      case "DISCONNECT":
        return false
      default: {
        const never: never = msg.value
        return never
      }
    }
  }

  private heard(): void {
    const now = performance.now()
    this.maxBrokerSilenceMs = Math.max(
      this.maxBrokerSilenceMs,
      now - this.lastHeard,
    )
    this.lastHeard = now
  }

  private beat(): void {
    const silent = performance.now() - this.lastHeard
    this.maxBrokerSilenceMs = Math.max(this.maxBrokerSilenceMs, silent)
    void this.send(encodeWorkerHeartbeat({ command: "HEARTBEAT" }))
  }

  private async send(frames: Buffer[]): Promise<void> {
    if (this.stopping) return
    // A send can only fail on a socket closed for a reconnect; the next
    // heartbeat or READY goes out on the new one.
    await this.outbox.send(frames).catch(() => {})
  }
}
