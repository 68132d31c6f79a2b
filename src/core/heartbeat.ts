import type { Clock } from "./clock"

export interface HeartbeatOptions {
  /** Heartbeat interval: send something at least this often. */
  readonly intervalMs: number
  /** Intervals of silence after which the other side counts as gone. */
  readonly liveness: number
  readonly clock: Clock
}

/**
 * Heartbeat state of one link, seen from one end: when we last sent and when
 * we last heard. Protocol-neutral (PPP, MDP and FLP all work this way) and
 * socket-free: the owner calls sent()/heard() and polls the two questions
 * from its own timer.
 */
export class Heartbeat {
  private lastSent: number
  private lastHeard: number

  constructor(private readonly opts: HeartbeatOptions) {
    if (!(opts.intervalMs > 0)) throw new RangeError("intervalMs must be > 0")
    if (!(opts.liveness >= 1)) throw new RangeError("liveness must be >= 1")
    // A new link counts as fresh both ways: the first heartbeat is due one
    // interval after it opens, and silence is measured from the opening.
    this.lastSent = this.lastHeard = opts.clock.now()
  }

  get intervalMs(): number {
    return this.opts.intervalMs
  }

  /** How long silence may last before the peer is gone (interval × liveness). */
  get expiryMs(): number {
    return this.opts.intervalMs * this.opts.liveness
  }

  /** Anything at all was sent: any command doubles as a heartbeat. */
  sent(): void {
    this.lastSent = this.opts.clock.now()
  }

  /** Anything counted as a sign of life arrived from the peer. */
  heard(): void {
    this.lastHeard = this.opts.clock.now()
  }

  /** Nothing was sent for a whole interval, so a heartbeat is due now. */
  sendDue(): boolean {
    return this.opts.clock.now() - this.lastSent >= this.opts.intervalMs
  }

  /** Nothing was heard for interval × liveness: treat the peer as gone. */
  expired(): boolean {
    return this.silentMs() >= this.expiryMs
  }

  silentMs(): number {
    return this.opts.clock.now() - this.lastHeard
  }
}
