import { renderFrames } from "../../../codec"
import { decodePeerState } from "../../../generated/bstar"
import { RawPeer } from "../../../harness/peers"
import { Transcript } from "../../../harness/transcript"
import { type StateName, stateOfWire } from "../machine"

/** One message from a server's statepub, as the suite saw it. */
export interface Seen {
  /** performance.now() when it arrived. */
  readonly at: number
  /** The state it announced, or undefined when it broke BSTAR-3. */
  readonly state?: StateName
  /** What was wrong with it (BSTAR-3), for the failure message. */
  readonly invalid?: string
}

/**
 * The suite's window on one server's state: a SUB on its statepub, as its
 * peer's would be (BSTAR-2). Everything published is kept, in order, so a
 * check can look at what came before it as well as wait for what comes.
 */
export class StateWatch {
  readonly seen: Seen[] = []
  private readonly peer: RawPeer
  private waiter?: () => void
  private readonly loop: Promise<void>

  constructor(
    readonly name: string,
    endpoint: string,
    transcript = new Transcript(),
  ) {
    // BSTAR-2: subscribed to everything, as the peer's SUB is.
    this.peer = RawPeer.sub(name, transcript, [""]).connect(endpoint)
    this.loop = this.receive()
  }

  private async receive(): Promise<void> {
    for await (const frames of this.peer.messages()) {
      const msg = decodePeerState(frames)
      const seen: Seen = msg.ok
        ? { at: performance.now(), state: stateOfWire(msg.value.state) }
        : {
            at: performance.now(),
            invalid: `${msg.error.expected}, got ${renderFrames(frames)}`,
          }
      if (this.seen.length < 100_000) this.seen.push(seen)
      const w = this.waiter
      this.waiter = undefined
      w?.()
    }
  }

  /** The latest state announced, if any. */
  get latest(): Seen | undefined {
    return this.seen[this.seen.length - 1]
  }

  /** Messages that arrived at or after `since` (performance.now()). */
  after(since: number): Seen[] {
    return this.seen.filter(s => s.at >= since)
  }

  /**
   * The first message from `since` on for which `stop` holds, waiting at
   * most until `deadline` (performance.now()); undefined if none came.
   */
  async first(
    stop: (s: Seen) => boolean,
    deadline: number,
    since = 0,
  ): Promise<Seen | undefined> {
    for (let i = 0; ;) {
      for (; i < this.seen.length; i++)
        if (this.seen[i].at >= since && stop(this.seen[i])) return this.seen[i]
      const left = deadline - performance.now()
      if (left <= 0) return undefined
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>(resolve => {
        this.waiter = resolve
        timer = setTimeout(resolve, left)
      })
      clearTimeout(timer)
    }
  }

  async close(): Promise<void> {
    await this.peer.close()
    this.waiter?.()
    await this.loop
  }
}
