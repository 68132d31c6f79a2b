/**
 * Where a random mutation gets its choices. The seeded stream and the
 * fast-check arbitrary implement the same interface, so one function
 * (randomMutation) builds the messages for both.
 */
export interface Chooser {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
}

/**
 * A 32-bit generator seeded from (seed, index): message `index` of a stream
 * can be rebuilt on its own, without replaying the ones before it, which is
 * what a crash report needs to name the culprit.
 */
export function seededChooser(seed: number, index: number): Chooser {
  let state = mix32(
    mix32(seed >>> 0) ^ mix32(index >>> 0) ^ ((index / 2 ** 32) >>> 0),
  )
  const next = (): number => {
    // A Weyl sequence through a 32-bit finaliser: cheap, full period, and
    // good enough for choosing among mutations (not for cryptography).
    state = (state + 0x9e3779b9) >>> 0
    return mix32(state)
  }
  return {
    int(min, max) {
      const span = max - min + 1
      return min + Math.floor((next() / 2 ** 32) * span)
    },
  }
}

/** Avalanches the bits of a 32-bit integer (an xorshift-multiply finaliser). */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d)
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b)
  return (x ^ (x >>> 16)) >>> 0
}

export function pick<T>(choose: Chooser, items: readonly T[]): T {
  return items[choose.int(0, items.length - 1)]
}

/** Picks a value with probability proportional to its weight. */
export function weighted<T>(
  choose: Chooser,
  items: ReadonlyArray<readonly [number, T]>,
): T {
  const total = items.reduce((sum, [w]) => sum + w, 0)
  let roll = choose.int(0, total - 1)
  for (const [w, item] of items) {
    if (roll < w) return item
    roll -= w
  }
  return items[items.length - 1][1]
}

export function randomBytes(choose: Chooser, min: number, max: number): Buffer {
  const out = Buffer.alloc(choose.int(min, max))
  for (let i = 0; i < out.length; i++) out[i] = choose.int(0, 255)
  return out
}

/** Printable ASCII, the alphabet of a 7/MDP service name. */
export function printable(choose: Chooser, min: number, max: number): string {
  const out = Buffer.alloc(choose.int(min, max))
  for (let i = 0; i < out.length; i++) out[i] = choose.int(0x20, 0x7e)
  return out.toString("latin1")
}
