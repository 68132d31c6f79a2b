/**
 * Simple Pirate frames as the queue's ROUTERs see them, after the routing
 * identity (digest §11.2). Every message has the empty delimiter of the REQ
 * socket at its far end first.
 */
const empty = Buffer.alloc(0)
const readyByte = 0x01

export type WorkerMessage =
  | { kind: "ready" }
  /** A reply: [ID(c)][""][body...], which goes on to the frontend as it is (SPP-10). */
  | { kind: "reply"; reply: Buffer[] }
  | { kind: "invalid"; why: string }

/** A message on the backend, after ID(w): READY (SPP-4) or a reply (SPP-5). */
export function classifyWorkerMessage(
  frames: readonly Buffer[],
): WorkerMessage {
  if (frames.length < 2 || frames[0].length !== 0)
    return { kind: "invalid", why: "no REQ delimiter before the message" }
  const rest = frames.slice(1)
  if (rest.length === 1 && rest[0].length === 1 && rest[0][0] === readyByte)
    return { kind: "ready" }
  const why = envelopeProblem(rest)
  return why ? { kind: "invalid", why } : { kind: "reply", reply: rest }
}

/** Why frames are not [ID(c)...][""][body 1+], or undefined when they are. */
export function envelopeProblem(frames: readonly Buffer[]): string | undefined {
  const delimiter = frames.findIndex(f => f.length === 0)
  if (delimiter < 1) return "no client address closed by an empty frame"
  if (delimiter === frames.length - 1)
    return "no body after the client envelope"
  return undefined
}

/**
 * SPP-9: [ID(w)][""][ID(c)][""][body...], the client's envelope and body
 * unchanged. Fault drop-delimiter leaves out the empty frame after ID(c).
 */
export function requestToWorker(
  worker: Buffer,
  request: readonly Buffer[],
  dropDelimiter = false,
): Buffer[] {
  const out = [worker, empty, ...request]
  if (dropDelimiter)
    out.splice(
      out.findIndex((f, i) => i > 2 && f.length === 0),
      1,
    )
  return out
}

/** A routing identity as a map key. */
export function keyOf(id: Buffer): string {
  return id.toString("hex")
}
