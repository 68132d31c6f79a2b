import { renderFrames } from "../../../codec"
import {
  decodeClientRequest,
  encodeServerReply,
} from "../../../generated/bstar"
import { RawPeer } from "../../../harness/peers"
import type { Transcript } from "../../../harness/transcript"

/**
 * One try of a client: a connection to one frontend (a Binary Star client
 * opens a new REQ socket for each, BSTAR-27) and what came on it.
 */
export interface Attempt {
  /** 0: the primary's frontend, 1: the backup's. */
  readonly server: 0 | 1
  /**
   * When the connection was accepted or its request came, whichever was
   * seen first (performance.now()): about when the client sent, since it
   * connects and sends at once. The request itself can lag by the
   * handshake, on a loaded machine longer than the client's timeout, and
   * then never come: the client closed the socket first.
   */
  at: number
  /** The request, once it arrived. */
  request?: Buffer[]
  /** Why what came is no request (the rule and what was wrong). */
  invalid?: { rule: string; detail: string }
}

export const serverName = (s: 0 | 1) => (s ? "backup" : "primary")

/**
 * The suite playing a Binary Star pair for a client under test: the two
 * frontends (ROUTER), each either answering like an active server (the
 * echo) or silent like a passive or dead one. Every try is kept with its
 * time, server and request, which is what BSTAR-26 to BSTAR-29 are about.
 */
export class FakePair {
  readonly attempts: Attempt[] = []
  /** Which frontends answer, as an active server would. */
  readonly answering: [boolean, boolean] = [true, false]
  private readonly peers: [RawPeer, RawPeer]
  private loops: Promise<void>[] = []
  private waiter?: () => void
  private closed = false
  /** Routing ids seen per frontend: a new one is a new connection. */
  private readonly seen = [new Set<string>(), new Set<string>()]
  /**
   * Requests that came on a new connection before its accept event (the
   * monitor's events travel apart from the messages and can lag them).
   */
  private readonly early: [Attempt[], Attempt[]] = [[], []]

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
    for (const server of [0, 1] as const)
      this.peers[server].socket.events.on("accept", () => {
        this.attempts.push(
          this.early[server].shift() ?? { server, at: performance.now() },
        )
        this.wake()
      })
    this.loops = [this.serve(0), this.serve(1)]
    return bound
  }

  private wake(): void {
    const w = this.waiter
    this.waiter = undefined
    w?.()
  }

  private async serve(server: 0 | 1): Promise<void> {
    const peer = this.peers[server]
    for await (const [id, ...rest] of peer.messages()) {
      const msg = decodeClientRequest(rest)
      const key = id.toString("latin1")
      if (!this.seen[server].has(key)) {
        this.seen[server].add(key)
        // The first message of a connection: it belongs to the latest
        // accepted connection still waiting for one, or, if its accept
        // event has not come yet, to the next.
        const latest = this.attempts.filter(a => a.server === server).pop()
        const open = latest && !latest.request && !latest.invalid
        const attempt = open ? latest : { server, at: performance.now() }
        if (!open) this.early[server].push(attempt)
        if (msg.ok) attempt.request = msg.value.body
        else
          attempt.invalid = {
            rule: msg.error.rule,
            detail: `${msg.error.expected}, got ${renderFrames(rest)}`,
          }
      }
      this.wake()
      if (msg.ok && this.answering[server])
        await peer
          .send([
            id,
            ...encodeServerReply({ command: "REPLY", body: msg.value.body }),
          ])
          .catch(() => {})
    }
  }

  /** The n-th try (0-based), waiting until `deadline` (performance.now()). */
  async attempt(n: number, deadline: number): Promise<Attempt | undefined> {
    while (this.attempts.length <= n) {
      const left = deadline - performance.now()
      if (left <= 0 || this.closed) return undefined
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>(resolve => {
        this.waiter = resolve
        timer = setTimeout(resolve, Math.min(left, 100))
      })
      clearTimeout(timer)
    }
    return this.attempts[n]
  }

  /** Waits up to `ms` for the request of a try that has not come yet. */
  async request(a: Attempt, ms: number): Promise<Buffer[] | undefined> {
    const deadline = performance.now() + ms
    while (!a.request && !a.invalid && performance.now() < deadline)
      await new Promise(r => setTimeout(r, 10))
    return a.request
  }

  async close(): Promise<void> {
    this.closed = true
    this.wake()
    await Promise.all(this.peers.map(p => p.close()))
    await Promise.all(this.loops)
  }
}
