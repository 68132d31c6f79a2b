import { InvalidArgumentError } from "commander"

/** A positive integer flag value, or a clear usage error. */
export function int(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`"${value}" is not a positive whole number`)
  }
  return n
}
