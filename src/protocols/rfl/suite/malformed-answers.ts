/**
 * RFL-C18: the malformed answers the suite sends a client under test ahead
 * of the right one, each with the token a lax client would print if it took
 * it. Each breaks one check of RFL-C18 and is otherwise a plausible answer
 * to the outstanding request, so only the check keeps the client from it.
 */
export function malformedAnswers(id: string): [string, Buffer[]][] {
  const b = (...frames: (string | Buffer)[]) =>
    frames.map(f => (typeof f === "string" ? Buffer.from(f) : f))
  return [
    // An unknown command (RFL-8: case matters).
    ["bad-command", b("", "response", id, "OK", "bad-command")],
    // Frame 0 not empty: the seed's client never looks at it.
    ["bad-frame0", b("x", "RESPONSE", id, "OK", "bad-frame0")],
    // A request id that is not UTF-8: the seed's client decodes it first
    // and raises out of request() (D17).
    [
      "bad-utf8",
      b("", "RESPONSE", Buffer.from([0xff, 0xfe, 0xc3]), "OK", "bad-utf8"),
    ],
    // Too short to be any answer.
    ["bad-short", b("", "RESPONSE")],
  ]
}
