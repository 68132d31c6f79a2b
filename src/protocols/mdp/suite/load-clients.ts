import { randomBytes } from "node:crypto"
import { decodeOrFail } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { Transcript } from "../../../harness/transcript"
import { ConformanceFailure, ViolationLog } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import { sameFrames, showFrames } from "./fake-worker"

/**
 * Clients that keep one request each in flight for as long as they run, the
 * way the Guide's Lazy Pirate does: no answer within the reply timeout, and
 * the request goes again from a new socket. Every answer is checked (the
 * service it names, the body it echoes); the first wrong one is kept.
 */
export class LoadClients {
  replies = 0
  readonly violations = new ViolationLog()
  private running = false
  private readonly loops: Array<Promise<void>> = []
  private readonly peers = new Set<RawPeer>()
  private readonly quiet = new Transcript(0)

  constructor(
    private readonly ctx: DriverContext,
    private readonly service: string,
  ) {}

  start(n: number): void {
    this.running = true
    for (let i = 0; i < n; i++) this.loops.push(this.run(i))
  }

  private async run(i: number): Promise<void> {
    for (let attempt = 0; this.running; attempt++) {
      const peer = new RawPeer(`load client ${i}`, this.quiet, {
        routingId: `L-${i}-${randomBytes(3).toString("hex")}`,
      })
      this.peers.add(peer)
      peer.connect(this.ctx.clientEndpoint)
      while (
        this.running &&
        (await this.roundTrip(peer, [
          Buffer.from(`load ${i}.${attempt}.${this.replies}`),
        ]))
      )
        this.replies++
      this.peers.delete(peer)
      await peer.close()
    }
  }

  /** True when the answer came and was right; false on a timeout (then a new socket). */
  private async roundTrip(peer: RawPeer, body: Buffer[]): Promise<boolean> {
    await peer.send(this.ctx.dialect.request(this.service, body))
    const frames = await peer.next(this.ctx.timing.reply)
    if (!frames) return false
    return (
      this.violations.judge(() => {
        const m = decodeOrFail(peer, frames, this.ctx.dialect.decodeToClient)
        if (m.service !== this.service)
          throw new ConformanceFailure(
            this.ctx.dialect.rules.answerService,
            `an answer naming service "${this.service}"`,
            `one naming "${m.service}"`,
          )
        if (!sameFrames(m.body, body))
          throw new ConformanceFailure(
            this.ctx.dialect.rules.replyRouting,
            `the echo of this client's own request ${showFrames(body)}`,
            `the body of another request ${showFrames(m.body)}`,
          )
        return true
      }) ?? false
    )
  }

  async stop(): Promise<void> {
    this.running = false
    await Promise.all([...this.peers].map(p => p.close()))
    await Promise.all(this.loops)
  }
}
