import { setImmediate as turn, setTimeout as sleep } from "node:timers/promises"
import type { MalformedStream, Mutation, MutationKind } from "./mutations"

/** Messages between yields to the event loop: timers and honest traffic get their turn. */
const burst = 32
/**
 * Stream indexes remembered: more than the attackers' and the peer's
 * high-water marks (1000 each) plus what TCP buffers hold, so the message
 * that broke a peer is among them even though it was sent long before the
 * failure showed.
 */
export const windowKept = 20_000

/**
 * The malformed stream shared by every attacker socket of a run, with a
 * message budget and an optional rate cap. Counts what went out, by kind
 * and by rule, and remembers the stream indexes of the last messages sent
 * so a failure report can name the input that preceded it.
 */
export class Flood {
  sent = 0
  bytes = 0
  readonly kinds = new Map<MutationKind, number>()
  readonly rules = new Map<string, number>()
  private readonly ring = new Float64Array(windowKept)
  private taken = 0
  private readonly startedAt = performance.now()

  constructor(
    private readonly stream: MalformedStream,
    private readonly limit: number,
    /** Most messages per second over all attackers; 0 = backpressure only. */
    private readonly rate = 0,
  ) {}

  get skippedValid(): number {
    return this.stream.skipped
  }

  get done(): boolean {
    return this.sent >= this.limit
  }

  /** The next message to send, or undefined once the budget is spent. */
  take(): { index: number; mutation: Mutation } | undefined {
    if (this.taken >= this.limit) return undefined
    this.taken++
    return this.stream.next()
  }

  /** Records a message as sent. */
  sentOne(index: number, m: Mutation): void {
    this.sent++
    for (const f of m.frames) this.bytes += f.length
    this.kinds.set(m.kind, (this.kinds.get(m.kind) ?? 0) + 1)
    this.rules.set(m.rule, (this.rules.get(m.rule) ?? 0) + 1)
    this.ring[(this.sent - 1) % windowKept] = index
  }

  /** Stream indexes of the last `n` messages sent, oldest first. */
  lastIndexes(n = windowKept): number[] {
    const count = Math.min(n, this.sent, windowKept)
    const out: number[] = []
    for (let i = this.sent - count; i < this.sent; i++)
      out.push(this.ring[i % windowKept])
    return out
  }

  /**
   * Sends the stream through `send` until the budget is spent or the signal
   * aborts. Each send is awaited, so a full socket (high-water mark) holds
   * the attacker back instead of piling messages up in this process.
   */
  async attack(
    send: (frames: Buffer[]) => Promise<void>,
    signal: AbortSignal,
  ): Promise<void> {
    // A send to a peer that died or hangs never completes: abort wins.
    const aborted = new Promise<void>(resolve =>
      signal.addEventListener("abort", () => resolve(), { once: true }),
    )
    let sinceYield = 0
    while (!signal.aborted) {
      const next = this.take()
      if (!next) return
      const sending = send(next.mutation.frames)
      sending.catch(() => {})
      try {
        await Promise.race([sending, aborted])
      } catch (err) {
        if (signal.aborted) return
        throw err
      }
      if (signal.aborted) return
      this.sentOne(next.index, next.mutation)
      if (++sinceYield < burst) continue
      sinceYield = 0
      await turn()
      await this.pace()
    }
  }

  /** Sleeps while the flood is ahead of its rate cap. */
  private async pace(): Promise<void> {
    if (this.rate <= 0) return
    const dueMs = (this.sent / this.rate) * 1000
    const aheadMs = dueMs - (performance.now() - this.startedAt)
    if (aheadMs > 1) await sleep(aheadMs)
  }
}
