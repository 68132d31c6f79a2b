import { decodeOrFail } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { Transcript } from "../../../harness/transcript"
import { ConformanceFailure, ViolationLog } from "../../../harness/verdict"
import type { DriverContext } from "./context"

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/**
 * A conforming Majordomo worker the suite runs on its own, for scenarios
 * under load: READY on every new socket, HEARTBEAT every interval, an echo
 * of each REQUEST after `busyMs`, a new socket after DISCONNECT (MDP-36) or
 * after the broker's silence (MDP-44, MDP-45). It judges the broker as it
 * goes: a second REQUEST while one is held breaks MDP-48, bad frames the rule
 * their decoder names. Its frames stay out of the scenario transcript (there
 * are thousands); what matters is noted there.
 */
export class LiveWorker {
  connections = 0
  disconnects = 0
  served = 0
  /** When the current connection sent READY, and when it last answered a REQUEST. */
  readyAt = 0
  servedAt = 0
  readonly violations = new ViolationLog()
  private peer?: RawPeer
  private running = false
  private loop?: Promise<void>
  private readonly quiet = new Transcript(0)

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
    private readonly service: string,
    private readonly busyMs: number,
  ) {}

  start(): void {
    this.running = true
    this.loop = this.run()
  }

  private async run(): Promise<void> {
    while (this.running) {
      const peer = new RawPeer(`worker ${this.name}`, this.quiet)
      this.peer = peer
      peer.connect(this.ctx.workerEndpoint)
      await peer.send(this.ctx.dialect.ready(this.service))
      this.connections++
      this.readyAt = performance.now()
      await this.converse(peer)
      await peer.close()
      if (this.running) await sleep(this.ctx.timing.heartbeatMs)
    }
  }

  /** One connection's life; returns when the worker must start a new one. */
  private async converse(peer: RawPeer): Promise<void> {
    const { heartbeatMs, declared } = this.ctx.timing
    let heard = performance.now()
    let beatAt = heard + heartbeatMs
    let busy = false
    while (this.running) {
      const frames = await peer.next(Math.max(1, beatAt - performance.now()))
      const now = performance.now()
      if (now >= beatAt) {
        beatAt = now + heartbeatMs
        peer.send(this.ctx.dialect.heartbeat()).catch(() => {})
      }
      if (!frames) {
        if (now - heard > declared.liveness * heartbeatMs) return
        continue
      }
      heard = now
      const m = this.violations.judge(() =>
        decodeOrFail(peer, frames, this.ctx.dialect.decodeToWorker),
      )
      if (m?.command === "DISCONNECT") {
        this.disconnects++
        return
      }
      if (m?.command !== "REQUEST") continue
      if (busy) this.violations.judge(() => this.heldTwo())
      busy = true
      setTimeout(() => {
        busy = false
        this.served++
        this.servedAt = performance.now()
        peer
          .send(
            this.ctx.dialect.answer(this.ctx.dialect.final, m.client, m.body),
          )
          .catch(() => {})
      }, this.busyMs)
    }
  }

  private heldTwo(): never {
    throw new ConformanceFailure(
      this.ctx.dialect.rules.oneAtATime,
      `one REQUEST at a time to worker ${this.name}`,
      "a second REQUEST while it still held one",
    )
  }

  async stop(): Promise<void> {
    this.running = false
    await this.peer?.close()
    await this.loop
  }
}
