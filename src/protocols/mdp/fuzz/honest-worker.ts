import {
  decodeToWorker,
  encodeWorkerDisconnect,
  encodeWorkerHeartbeat,
  encodeWorkerReady,
  encodeWorkerReply,
} from "../../../generated/mdp-0.1"
import { RawPeer } from "../../../harness/peers"
import { unrecorded } from "./peer"

/**
 * An honest MDP/Worker echo service on a raw DEALER peer: READY, a REPLY with
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
  private peer!: RawPeer
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
    await this.peer
      .send(encodeWorkerDisconnect({ command: "DISCONNECT" }))
      .catch(() => {})
    await this.peer.close()
    await this.loop
  }

  private async open(): Promise<void> {
    // A send to a broker that stopped reading fails after one interval
    // instead of queueing heartbeats without end.
    this.peer = RawPeer.dealer("honest worker", unrecorded, {
      sendTimeoutMs: this.heartbeatMs,
    })
    this.peer.connect(this.endpoint)
    this.lastHeard = performance.now()
    await this.peer.send(
      encodeWorkerReady({ command: "READY", service: this.service }),
    )
  }

  private async run(): Promise<void> {
    for (;;) {
      for await (const frames of this.peer.messages())
        if (!this.handle(frames)) break
      if (this.stopping) return
      await this.peer.close()
      this.reconnects++
      await this.open()
      // stop() may have closed the old peer while this one was opening.
      if (this.stopping) return this.peer.close()
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
    await this.peer.send(frames).catch(() => {})
  }
}
