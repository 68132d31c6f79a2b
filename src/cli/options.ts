import { InvalidArgumentError } from "commander"

/** The largest count or duration a flag takes: a Node timer fires at once past 2^31-1 ms. */
const largest = 2 ** 31 - 1

/** A whole-number flag parser for [min, max], or a clear usage error. */
export function intIn(min: number, max = largest): (value: string) => number {
  return value => {
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(
        `"${value}" is not a whole number from ${min} to ${max}`,
      )
    return n
  }
}

/** A positive integer flag value, or a clear usage error. */
export const int = intIn(1)
