/**
 * What a request handler gives back: one body, or a stream of bodies. Over
 * 18/MDP a stream becomes PARTIALs and a FINAL; over 7/MDP one REPLY.
 */
export type HandlerResult = Buffer[] | AsyncIterable<Buffer[]>

/** A worker's job: request body in, answer body (or bodies) out. */
export type RequestHandler = (
  body: Buffer[],
) => HandlerResult | Promise<HandlerResult>

/** One answer to send: its body, and whether it ends the request. */
export interface Answer {
  readonly body: Buffer[]
  readonly final: boolean
}

function isStream(result: HandlerResult): result is AsyncIterable<Buffer[]> {
  return Symbol.asyncIterator in result
}

/** MDP-18, MDP2-19/20: an answer carries at least one body frame. */
function nonEmpty(body: Buffer[]): Buffer[] {
  return body.length > 0 ? body : [Buffer.alloc(0)]
}

/**
 * The answers for a handler result, in order. With `partials` (18/MDP,
 * MDP2-38), every body of a stream but the last is a PARTIAL and the last is
 * the FINAL: each body is held until the next one shows it was not the last.
 * Without (7/MDP, one REPLY per REQUEST), the bodies of a stream are joined
 * into that one REPLY. A stream with no body at all ends with an empty frame.
 * Errors of the handler or its stream come out of the iteration.
 */
export async function* answers(
  result: HandlerResult,
  partials: boolean,
): AsyncGenerator<Answer, void, undefined> {
  if (!isStream(result)) {
    yield { body: nonEmpty(result), final: true }
    return
  }
  if (!partials) {
    const joined: Buffer[] = []
    for await (const body of result) joined.push(...body)
    yield { body: nonEmpty(joined), final: true }
    return
  }
  let held: Buffer[] | undefined
  for await (const body of result) {
    if (held) yield { body: nonEmpty(held), final: false }
    held = body
  }
  yield { body: nonEmpty(held ?? []), final: true }
}
