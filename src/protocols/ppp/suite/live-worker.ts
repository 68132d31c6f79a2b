import {
  encodeHeartbeat,
  encodeReady,
  encodeReply,
} from "../../../generated/ppp"
import { decodeOrFail } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { ViolationLog } from "../../../harness/verdict"
import type { DriverContext } from "../../lazy-pirate/suite/context"
import { decodeAtWorker } from "./frames"

/**
 * A conforming 6/PPP worker the suite runs on its own around a queue under
 * test: READY, HEARTBEAT every interval, an echo REPLY to each REQUEST,
 * and, when the queue has been silent for its liveness window, a new socket
 * and READY again (PPP-11, PPP-12). This is how workers come back after the
 * queue is killed and restarted. The first malformed message it gets is
 * kept in `violations`, for the scenario to report.
 */
export class LiveWorker {
  private peer: RawPeer
  private heard = performance.now()
  private readonly timer: NodeJS.Timeout
  private closed = false
  /** Conversations opened (READY sent), the first included. */
  conversations = 0
  /** Requests answered. */
  served = 0
  readonly violations = new ViolationLog()

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
    private readonly endpoint: string,
  ) {
    this.peer = this.open()
    const { heartbeatMs } = ctx.timing
    this.timer = setInterval(() => void this.tick(), heartbeatMs)
  }

  private open(): RawPeer {
    const peer = RawPeer.dealer(`worker ${this.name}`, this.ctx.transcript)
    peer.connect(this.endpoint)
    this.heard = performance.now()
    this.conversations++
    void peer.send(encodeReady({ command: "READY" })).catch(() => {})
    void this.serve(peer)
    return peer
  }

  private async serve(peer: RawPeer): Promise<void> {
    for await (const frames of peer.messages()) {
      this.heard = performance.now()
      const m = this.violations.judge(() =>
        decodeOrFail(peer, frames, decodeAtWorker),
      )
      if (m?.command !== "REQUEST") continue
      const { stack, body } = m
      this.served++
      await peer
        .send(encodeReply({ command: "REPLY", stack, body }))
        .catch(() => {})
    }
  }

  private async tick(): Promise<void> {
    if (this.closed) return
    const { heartbeatMs } = this.ctx.timing
    const liveness = this.ctx.timing.declared.liveness
    if (performance.now() - this.heard > heartbeatMs * liveness) {
      this.ctx.transcript.note(
        `worker ${this.name}`,
        "the queue is silent: a new socket and READY",
      )
      const old = this.peer
      this.peer = this.open()
      await old.close()
      return
    }
    await this.peer
      .send(encodeHeartbeat({ command: "HEARTBEAT" }))
      .catch(() => {})
  }

  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.timer)
    await this.peer.close()
  }
}
