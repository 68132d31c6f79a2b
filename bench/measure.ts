/**
 * A timed loop for operations that take well under a microsecond: the clock
 * is read once per batch, not per call, so the figure is the operation's
 * cost and not the timer's. tinybench times every call separately, which at
 * 1M ops/s would be a large part of what it measures.
 */

export interface LoopOptions {
  /** Time spent calling before measuring, so V8 has optimised the code. */
  readonly warmupMs: number
  /** Rounds of `roundMs` each; the figure is their median. */
  readonly rounds: number
  readonly roundMs: number
}

/** Whatever the operations return is folded in here, so none is dead code. */
let sink = 0

/** Operations per second of `op`, the median of `rounds` timed rounds. */
export function opsPerSecond(op: () => unknown, opts: LoopOptions): number {
  const batch = batchSize(op)
  runFor(op, batch, opts.warmupMs)
  const rates: number[] = []
  for (let r = 0; r < opts.rounds; r++) {
    const { calls, ms } = runFor(op, batch, opts.roundMs)
    rates.push((calls / ms) * 1000)
  }
  rates.sort((a, b) => a - b)
  return rates[Math.floor(rates.length / 2)]
}

/** A batch that takes about 1 ms, so the clock is read about once per ms. */
function batchSize(op: () => unknown): number {
  let batch = 16
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < batch; i++) fold(op())
    if (performance.now() - start >= 1 || batch >= 1 << 20) return batch
    batch *= 2
  }
}

function runFor(
  op: () => unknown,
  batch: number,
  ms: number,
): { calls: number; ms: number } {
  const start = performance.now()
  let calls = 0
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < batch; i++) fold(op())
    calls += batch
    now = performance.now()
  }
  return { calls, ms: now - start }
}

function fold(value: unknown): void {
  sink = (sink + (value ? 1 : 0)) | 0
}

/** Read once at the end, so the folding cannot be optimised away. */
export function sinkValue(): number {
  return sink
}
