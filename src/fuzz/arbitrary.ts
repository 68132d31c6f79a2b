import fc from "fast-check"
import type { Chooser } from "./random"
import { type FuzzProtocol, type Mutation, randomMutation } from "./mutations"

/**
 * The random stream as fast-check arbitraries: the same randomMutation, fed
 * by fast-check's generator instead of the seeded one, so a failing
 * property shrinks towards a small mutation. Kept out of mutations.ts so
 * the fuzzer's CLI does not load fast-check.
 */
const chooser = (g: fc.GeneratorValue): Chooser => ({
  int: (min, max) => g(fc.integer, { min, max }),
})

export function mutationArbitrary(
  p: FuzzProtocol,
  receiver: string,
): fc.Arbitrary<Mutation> {
  return fc.gen().map(g => randomMutation(p, receiver, chooser(g)))
}

/**
 * Only mutations the receiver's decoder rejects. Valid draws are retried
 * inside one generation, not with `.filter`: fast-check regenerates a
 * filtered `gen()` value from the same choices, so a rejected draw would
 * come back forever.
 */
export function malformedArbitrary(
  p: FuzzProtocol,
  receiver: string,
): fc.Arbitrary<Mutation> {
  return fc.gen().map(g => {
    const choose = chooser(g)
    for (let attempt = 0; attempt < 100; attempt++) {
      const m = randomMutation(p, receiver, choose)
      if (!p.verdict(receiver, m.frames).ok) return m
    }
    // Shrinking can pin every choice to its minimum; one junk frame is
    // malformed for every role of a protocol whose messages have a literal.
    return junk(p, receiver)
  })
}

function junk(p: FuzzProtocol, receiver: string): Mutation {
  return {
    name: "one junk frame",
    kind: "random-multipart",
    source: "random",
    rule: p.invalidRule(receiver),
    frames: [Buffer.from("junk")],
  }
}
