import { Publisher } from "zeromq"
import { encodePeerState } from "../../../generated/bstar"
import type { Transcript } from "../../../harness/transcript"
import { type StateName, wireValue } from "../machine"

/**
 * The suite in a server's place on the state link: a PUB bound where the
 * server under test's SUB connects, announcing whatever state a scenario
 * wants, every heartbeat, or falling silent. So each cell of the table can
 * be driven on one real server.
 */
export class FakePeer {
  private readonly socket = new Publisher({ linger: 0 })
  private state?: StateName
  private timer?: NodeJS.Timeout
  private sending = Promise.resolve()

  constructor(
    readonly name: string,
    private readonly heartbeatMs: number,
    private readonly transcript?: Transcript,
  ) {}

  async bind(endpoint: string): Promise<string> {
    await this.socket.bind(endpoint)
    return this.socket.lastEndpoint!
  }

  /** Announces `state` now and then every heartbeat, until told otherwise. */
  announce(state: StateName): void {
    this.state = state
    clearInterval(this.timer)
    this.publish()
    this.timer = setInterval(() => this.publish(), this.heartbeatMs)
  }

  /** Sends raw frames once (a malformed state message). */
  raw(frames: Buffer[]): Promise<void> {
    return this.queue(frames)
  }

  /** Stops announcing: to the server under test, its peer is now silent. */
  silence(): void {
    clearInterval(this.timer)
    this.timer = undefined
    this.state = undefined
  }

  async close(): Promise<void> {
    this.silence()
    await this.sending.catch(() => {})
    this.socket.close()
  }

  private publish(): void {
    if (this.state)
      this.queue(encodePeerState({ state: wireValue(this.state) })).catch(
        () => {},
      )
  }

  /** One send in flight at a time (zeromq.js 6). */
  private queue(frames: Buffer[]): Promise<void> {
    const next = this.sending.then(() => {
      if (this.socket.closed) return
      this.transcript?.record("send", this.name, frames)
      return this.socket.send(frames)
    })
    this.sending = next.catch(() => {})
    return next
  }
}
