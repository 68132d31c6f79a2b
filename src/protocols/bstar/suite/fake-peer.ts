import { encodePeerState } from "../../../generated/bstar"
import { RawPeer } from "../../../harness/peers"
import { Transcript } from "../../../harness/transcript"
import { type StateName, wireValue } from "../machine"

/**
 * The suite in a server's place on the state link: a PUB bound where the
 * server under test's SUB connects, announcing whatever state a scenario
 * wants, every heartbeat, or falling silent. So each cell of the table can
 * be driven on one real server.
 */
export class FakePeer {
  private readonly peer: RawPeer
  private state?: StateName
  private timer?: NodeJS.Timeout

  constructor(
    readonly name: string,
    private readonly heartbeatMs: number,
    transcript = new Transcript(),
  ) {
    this.peer = RawPeer.pub(name, transcript)
  }

  bind(endpoint: string): Promise<string> {
    return this.peer.bind(endpoint)
  }

  /**
   * Announces `state` now and then every heartbeat, until told otherwise.
   * For the first heartbeat it repeats every 20 ms: a SUB that reconnects
   * (its peer was just killed) misses what is sent before it is back, and
   * the server under test must hear the new state before its peer expires.
   */
  announce(state: StateName): void {
    this.state = state
    clearInterval(this.timer)
    const fast = Math.min(20, this.heartbeatMs)
    let left = Math.ceil(this.heartbeatMs / fast)
    this.publish()
    this.timer = setInterval(() => {
      this.publish()
      if (--left === 0) {
        clearInterval(this.timer)
        this.timer = setInterval(() => this.publish(), this.heartbeatMs)
      }
    }, fast)
  }

  /** Sends raw frames once (a malformed state message). */
  raw(frames: Buffer[]): Promise<void> {
    return this.peer.send(frames)
  }

  /** Stops announcing: to the server under test, its peer is now silent. */
  silence(): void {
    clearInterval(this.timer)
    this.timer = undefined
    this.state = undefined
  }

  async close(): Promise<void> {
    this.silence()
    await this.peer.close()
  }

  private publish(): void {
    if (!this.state) return
    const frames = encodePeerState({ state: wireValue(this.state) })
    this.peer.send(frames).catch(() => {}) // a PUB drops, never fails
  }
}
