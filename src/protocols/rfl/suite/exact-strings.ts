/**
 * RFL-8: command and status frames are the exact ASCII strings of §13.2.
 * The codec only knows a frame is not one of them (and names the layout
 * rule, RFL-2); a frame that would be one but for case, padding or a C
 * terminator breaks RFL-8, the rule a maintainer must read to fix it.
 */
const commands = ["REQUEST", "HEARTBEAT", "RESPONSE"]
const statuses = ["OK", "ERROR"]

const near = (frame: Buffer | undefined, words: string[]) => {
  if (!frame) return false
  const raw = frame.toString("latin1")
  const loose = raw
    .replace(/[\0\s]+$/, "")
    .trim()
    .toUpperCase()
  return !words.includes(raw) && words.includes(loose)
}

/** The rule a message the codec refused under `rule` breaks. */
export function exactStringRule(
  frames: readonly Buffer[],
  rule: string,
): string {
  if (near(frames[1], commands)) return "RFL-8"
  if (frames[1]?.toString("latin1") === "RESPONSE" && near(frames[3], statuses))
    return "RFL-8"
  return rule
}
