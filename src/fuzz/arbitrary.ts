import fc from "fast-check"
import {
  type Mutation,
  randomMutation,
  type Receiver,
  verdict,
} from "./mutations"

/**
 * The random stream as a fast-check arbitrary: the same randomMutation,
 * fed by fast-check's generator instead of the seeded one, so a failing
 * property shrinks towards a small mutation. Kept out of mutations.ts so
 * the fuzzer's CLI does not load fast-check.
 */
export function mutationArbitrary(receiver: Receiver): fc.Arbitrary<Mutation> {
  return fc.gen().map(g =>
    randomMutation(receiver, {
      int: (min, max) => g(fc.integer, { min, max }),
    }),
  )
}

/** Only the mutations the receiver's decoder rejects. */
export function malformedArbitrary(receiver: Receiver): fc.Arbitrary<Mutation> {
  return mutationArbitrary(receiver).filter(
    m => !verdict(receiver, m.frames).ok,
  )
}
