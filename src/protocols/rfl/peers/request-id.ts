/** The seed client's request id: str(uuid4()), 36 characters (RFL-C1). */
const uuidShape =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * RFL-9, RFL-S12: why a request id is refused, or undefined when it is
 * valid UTF-8, at most `maxBytes` long and shaped like a UUID.
 */
export function requestIdProblem(
  id: Buffer,
  maxBytes: number,
): string | undefined {
  if (id.length > maxBytes) return `request id longer than ${maxBytes} bytes`
  let text: string
  try {
    text = utf8.decode(id)
  } catch {
    return "request id is not UTF-8"
  }
  return uuidShape.test(text) ? undefined : "request id is not a UUID"
}
