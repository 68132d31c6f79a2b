import { renderFrames } from "../../../codec"
import {
  decodeClientRequest,
  encodeServerReply,
} from "../../../generated/bstar"
import { RawPeer } from "../../../harness/peers"
import type { Transcript } from "../../../harness/transcript"

/** One request as a frontend of the suite's pair received it. */
export interface Arrival {
  /** performance.now() on arrival. */
  readonly at: number
  /** 0: the primary's frontend, 1: the backup's. */
  readonly server: 0 | 1
  /** The connection it came on (a new REQ socket has a new one). */
  readonly id: string
  readonly body: Buffer[]
  /** Why it is no request (the rule and what was wrong), when it is not. */
  readonly invalid?: { rule: string; detail: string }
}

export const serverName = (s: 0 | 1) => (s ? "backup" : "primary")

/**
 * The suite playing a Binary Star pair for a client under test: the two
 * frontends (ROUTER), each either answering like an active server (the
 * echo) or silent like a passive or dead one. Every request is kept with
 * its time, server and connection, which is what BSTAR-26 to BSTAR-29 are
 * about.
 */
export class FakePair {
  readonly arrivals: Arrival[] = []
  /** Which frontends answer, as an active server would. */
  readonly answering: [boolean, boolean] = [true, false]
  private readonly peers: [RawPeer, RawPeer]
  private loops: Promise<void>[] = []
  private waiter?: () => void
  private closed = false

  constructor(transcript: Transcript) {
    this.peers = [
      new RawPeer("primary frontend", transcript, { router: true }),
      new RawPeer("backup frontend", transcript, { router: true }),
    ]
  }

  /** Binds both frontends; their endpoints, primary first. */
  async bind(endpoints: [string, string]): Promise<[string, string]> {
    const bound: [string, string] = [
      await this.peers[0].bind(endpoints[0]),
      await this.peers[1].bind(endpoints[1]),
    ]
    this.loops = [this.serve(0), this.serve(1)]
    return bound
  }

  private async serve(server: 0 | 1): Promise<void> {
    const peer = this.peers[server]
    while (!this.closed) {
      const frames = await peer.next(100)
      if (!frames) continue
      const [id, ...rest] = frames
      const msg = decodeClientRequest(rest)
      this.arrivals.push({
        at: performance.now(),
        server,
        id: id.toString("hex"),
        body: msg.ok ? msg.value.body : rest,
        invalid: msg.ok
          ? undefined
          : {
              rule: msg.error.rule,
              detail: `${msg.error.expected}, got ${renderFrames(rest)}`,
            },
      })
      const w = this.waiter
      this.waiter = undefined
      w?.()
      if (msg.ok && this.answering[server])
        await peer
          .send([
            id,
            ...encodeServerReply({ command: "REPLY", body: msg.value.body }),
          ])
          .catch(() => {})
    }
  }

  /** The n-th arrival (0-based), waiting until `deadline` (performance.now()). */
  async arrival(n: number, deadline: number): Promise<Arrival | undefined> {
    while (this.arrivals.length <= n) {
      const left = deadline - performance.now()
      if (left <= 0 || this.closed) return undefined
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>(resolve => {
        this.waiter = resolve
        timer = setTimeout(resolve, Math.min(left, 100))
      })
      clearTimeout(timer)
    }
    return this.arrivals[n]
  }

  async close(): Promise<void> {
    this.closed = true
    this.waiter?.()
    await Promise.all(this.peers.map(p => p.close()))
    await Promise.all(this.loops)
  }
}
