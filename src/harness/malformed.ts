import type { MessageLayout } from "../codec"

/**
 * Malformed variants of a message, derived from its frame layout rather than
 * written by hand, so every protocol gets them from its schemas:
 *   "missing <frame>"   the named frame is left out (every body frame for "body")
 *   "wrong <frame>"     a literal frame holds other bytes (empty -> "X", 0x01 -> 0x0a, MDPW01 -> MDPW02)
 *   "no body"           the repeated frames are left out
 *   "an extra frame"    one frame too many at the end
 *   "a <role> header"   the header frame of another sub-protocol
 */
export function malform(
  layout: MessageLayout,
  frames: readonly Buffer[],
  defect: string,
  headers: Readonly<Record<string, string>> = {},
): Buffer[] {
  const index = (name: string) => {
    const i = layout.frames.findIndex(f => f.name === name)
    if (i < 0) throw new Error(`${layout.title} has no frame named "${name}"`)
    return i
  }
  const repeatAt = layout.frames.findIndex(f => f.repeat)
  let m: RegExpExecArray | null
  if (defect === "an extra frame") return [...frames, Buffer.from("junk")]
  if (defect === "no body" || defect === "missing body") {
    if (repeatAt < 0) throw new Error(`${layout.title} has no body`)
    return frames.slice(0, repeatAt)
  }
  if ((m = /^missing (.+)$/.exec(defect))) {
    const i = index(m[1])
    return frames.filter((_, j) => j !== i)
  }
  if ((m = /^wrong (.+)$/.exec(defect))) {
    const i = index(m[1])
    const literal = layout.frames[i].literal
    if (!literal) throw new Error(`${layout.title} frame "${m[1]}" is not a literal`)
    return frames.map((f, j) => (j === i ? corrupt(literal) : f))
  }
  if ((m = /^an? (\w+) header$/.exec(defect)) && headers[m[1]]) {
    const i = index("header")
    return frames.map((f, j) => (j === i ? Buffer.from(headers[m![1]]) : f))
  }
  throw new Error(`unknown defect "${defect}"`)
}

function corrupt(literal: Buffer): Buffer {
  if (literal.length === 0) return Buffer.from("X")
  const out = Buffer.from(literal)
  out[out.length - 1] = literal.length === 1 ? literal[0] + 9 : literal[literal.length - 1] + 1
  return out
}
