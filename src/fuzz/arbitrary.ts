import fc from "fast-check"
import type { Chooser } from "./random"
import {
  type Mutation,
  randomMutation,
  type Receiver,
  verdict,
} from "./mutations"

/**
 * The random stream as fast-check arbitraries: the same randomMutation, fed
 * by fast-check's generator instead of the seeded one, so a failing
 * property shrinks towards a small mutation. Kept out of mutations.ts so
 * the fuzzer's CLI does not load fast-check.
 */
const chooser = (g: fc.GeneratorValue): Chooser => ({
  int: (min, max) => g(fc.integer, { min, max }),
})

export function mutationArbitrary(receiver: Receiver): fc.Arbitrary<Mutation> {
  return fc.gen().map(g => randomMutation(receiver, chooser(g)))
}

/**
 * Only mutations the receiver's decoder rejects. Valid draws are retried
 * inside one generation, not with `.filter`: fast-check regenerates a
 * filtered `gen()` value from the same choices, so a rejected draw would
 * come back forever.
 */
export function malformedArbitrary(receiver: Receiver): fc.Arbitrary<Mutation> {
  return fc.gen().map(g => {
    const choose = chooser(g)
    for (let attempt = 0; attempt < 100; attempt++) {
      const m = randomMutation(receiver, choose)
      if (!verdict(receiver, m.frames).ok) return m
    }
    // Shrinking can pin every choice to its minimum; one junk frame is
    // malformed for every role.
    return junk(receiver)
  })
}

function junk(receiver: Receiver): Mutation {
  return {
    name: "one junk frame",
    kind: "random-multipart",
    source: "random",
    rule: receiver === "client" ? "MDP-7" : "MDP-22",
    frames: [Buffer.from("junk")],
  }
}
