import type { CurveClientKeys } from "../../../core/curve"
import { expectQuiet } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import type { DriverContext } from "./context"
import type { ToClient } from "./dialect"

/**
 * A client the broker must not serve (the @security scenarios): it
 * connects with a CURVE key the IUT was never given, or in plaintext to
 * the CURVE endpoint, and sends a REQUEST like any client. Whatever the
 * handshake does, no answer may come back.
 */
export class Outsider {
  readonly peer: RawPeer

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
    curve: CurveClientKeys | false,
  ) {
    // Bounded: a DEALER whose handshake the IUT refused may have no pipe
    // left to queue on, and its send would otherwise wait for ever.
    this.peer = new RawPeer(name, ctx.transcript, {
      curve,
      sendTimeoutMs: ctx.timing.reply,
    })
    this.peer.connect(ctx.clientEndpoint)
    ctx.transcript.note(
      "suite",
      `${name} connects ${curve ? `with CURVE key ${curve.publicKey}, which the IUT was not told to allow` : "in plaintext (no CURVE)"}`,
    )
  }

  /**
   * Sends a REQUEST, or notes that the socket would not take it: the IUT
   * refused the handshake before anything could be queued, which is what
   * the scenario wants (nothing of the outsider's reaches a worker).
   */
  async request(service: string, body: Buffer[]): Promise<void> {
    try {
      await this.peer.send(this.ctx.dialect.request(service, body))
    } catch (err) {
      if ((err as { code?: string }).code !== "EAGAIN") throw err
      this.ctx.transcript.note(
        "suite",
        `${this.name}'s REQUEST was not taken within ${this.ctx.timing.reply} ms: the IUT refused its handshake, so nothing was sent`,
      )
    }
  }

  async expectNothing(ms: number, rule: string): Promise<void> {
    await expectQuiet(this.peer, this.ctx.dialect.decodeToClient, {
      for: ms,
      rule,
      expected: `no answer to ${this.name} for ${Math.round(ms)} ms`,
      allow: () => false,
      describe: (m: ToClient) => `${m.command} from ${m.service}`,
    })
  }

  close(): Promise<void> {
    return this.peer.close()
  }
}
