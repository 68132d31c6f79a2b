/**
 * Capped, jittered exponential back-off: the pause before a peer tries
 * again (a worker reconnecting, a client resending, a dispatcher retrying).
 * Socket-free and clock-free: the owner asks for the next delay and sleeps
 * it. Jitter spreads peers that lost the same partner at the same moment,
 * so they do not all come back in one burst (the thundering herd a fixed
 * delay causes when a broker restarts under load).
 */
export interface BackoffOptions {
  /** First delay, in ms. */
  readonly initialMs: number
  /** No delay grows past this, in ms (jitter included). */
  readonly maxMs: number
  /** Growth per failure; 2 doubles (the Guide's 1, 2, 4 … 32 s). */
  readonly factor?: number
  /**
   * Fraction of each delay drawn at random: 0 gives exact delays (tests, or
   * a peer whose timing is judged to the millisecond), 0.2 draws each delay
   * from [0.8 d, d]. Jitter only ever shortens a delay, so a declared
   * maximum still holds.
   */
  readonly jitter?: number
  /** A source of randomness in [0, 1); tests pass a fixed one. */
  readonly random?: () => number
}

export class Backoff {
  private attempt = 0

  constructor(private readonly opts: BackoffOptions) {
    if (!(opts.initialMs >= 0)) throw new RangeError("initialMs must be >= 0")
    if (!(opts.maxMs >= opts.initialMs))
      throw new RangeError("maxMs must be >= initialMs")
    if ((opts.factor ?? 2) < 1) throw new RangeError("factor must be >= 1")
    const j = opts.jitter ?? 0
    if (!(j >= 0 && j <= 1))
      throw new RangeError("jitter must be within [0, 1]")
  }

  /** Failures in a row since the last reset(). */
  get failures(): number {
    return this.attempt
  }

  /** The delay before the next try; each call counts one more failure. */
  next(): number {
    const {
      initialMs,
      maxMs,
      factor = 2,
      jitter = 0,
      random = Math.random,
    } = this.opts
    const base = Math.min(
      maxMs,
      initialMs * factor ** Math.min(this.attempt, 64),
    )
    this.attempt++
    return Math.round(base * (1 - jitter * random()))
  }

  /** A success: the next failure starts again from initialMs. */
  reset(): void {
    this.attempt = 0
  }
}
