import { Dealer } from "zeromq"
import { clientSecurity, type CurveClientKeys } from "../../../core/curve"
import { Outbox } from "../../../core/outbox"

/**
 * One DEALER to one server (RFL-1, RFL-C8): whatever goes in it reaches that
 * server and no other, and whatever comes out came from it, so replies are
 * matched to servers by the socket they arrive on (RFL-C11). LINGER 0
 * (RFL-C16); `immediate` with a zero send timeout, so nothing queues for a
 * server that is not connected and no send ever blocks (RFL-C15; D14).
 */
export class ServerLink {
  private readonly dealer = new Dealer({
    linger: 0,
    immediate: true,
    sendTimeout: 0,
    sendHighWaterMark: 1000,
    receiveHighWaterMark: 1000,
  })
  private readonly outbox = new Outbox(this.dealer, 1000)
  private loop?: Promise<void>
  private closing = false

  /** `curve`: a CURVE client (RFC 26) of a server with that public key. */
  constructor(
    readonly endpoint: string,
    curve?: CurveClientKeys,
    /** Fault queue-while-down (RFL-C15): no `immediate`, as the seed (D14). */
    queueWhileDown = false,
  ) {
    Object.assign(this.dealer, clientSecurity(curve))
    if (queueWhileDown) this.dealer.immediate = false
  }

  /** Connects and hands every message that arrives to `onMessage`. */
  open(onMessage: (frames: Buffer[]) => void): void {
    this.dealer.connect(this.endpoint)
    this.loop = (async () => {
      try {
        for await (const frames of this.dealer) onMessage(frames)
      } catch (err) {
        if (!this.closing) throw err
      }
    })()
  }

  /** Resolves to false when the server is not connected or not reading. */
  async send(frames: Buffer[]): Promise<boolean> {
    if (this.closing) return false
    try {
      await this.outbox.send(frames)
      return true
    } catch {
      return false
    }
  }

  async close(): Promise<void> {
    this.closing = true
    if (!this.dealer.closed) this.dealer.close()
    await this.loop
  }
}
