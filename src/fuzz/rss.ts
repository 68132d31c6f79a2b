/** Memory of a peer over a run, in kB of resident set (VmRSS). */
export interface RssFigures {
  readonly startKb: number
  readonly peakKb: number
  readonly finalKb: number
  readonly samples: number
}

/**
 * Samples a process's RSS every `everyMs` and calls `onExceeded` once when
 * the peak passes start + `maxGrowthKb`: a peer that keeps what it should
 * drop grows with the flood, so the bound catches leaks long before the
 * machine runs out of memory.
 */
export class RssSampler {
  private startKb = 0
  private peakKb = 0
  private lastKb = 0
  private samples = 0
  private timer?: NodeJS.Timeout
  private exceeded = false

  constructor(
    private readonly read: () => number | undefined,
    private readonly maxGrowthKb: number,
    private readonly onExceeded: (figures: RssFigures) => void,
    private readonly everyMs = 250,
  ) {}

  start(): void {
    this.startKb = this.peakKb = this.lastKb = this.read() ?? 0
    this.samples = 1
    this.timer = setInterval(() => this.sample(), this.everyMs)
  }

  /** Stops sampling after one last sample; the figures of the whole run. */
  stop(): RssFigures {
    clearInterval(this.timer)
    this.sample()
    return this.figures
  }

  get figures(): RssFigures {
    const { startKb, peakKb, samples } = this
    return { startKb, peakKb, finalKb: this.lastKb, samples }
  }

  private sample(): void {
    const kb = this.read()
    if (kb === undefined) return
    this.samples++
    this.lastKb = kb
    this.peakKb = Math.max(this.peakKb, kb)
    if (!this.exceeded && this.peakKb > this.startKb + this.maxGrowthKb) {
      this.exceeded = true
      this.onExceeded(this.figures)
    }
  }
}
