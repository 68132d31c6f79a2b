/**
 * 6/PPP frames as a DEALER worker sends and receives them; the queue's
 * backend ROUTER sees the same frames after the worker's identity.
 */
const empty = Buffer.alloc(0)

export const ready = (): Buffer[] => [Buffer.from([0x01])]
export const heartbeat = (): Buffer[] => [Buffer.from([0x02])]

/** REQUEST or REPLY: the address stack, the empty frame closing it, the content (PPP-4, PPP-5). */
export function enveloped(
  stack: readonly Buffer[],
  body: readonly Buffer[],
): Buffer[] {
  return [...stack, empty, ...body]
}

export type FromWorker =
  | { command: "READY" }
  | { command: "HEARTBEAT" }
  | { command: "REPLY"; stack: Buffer[]; body: Buffer[] }

export type ToWorker =
  | { command: "HEARTBEAT" }
  | { command: "REQUEST"; stack: Buffer[]; body: Buffer[] }

export type Decoded<T> =
  { ok: true; value: T } | { ok: false; why: string; rule: string }

function single(frames: readonly Buffer[], byte: number): boolean {
  return frames.length === 1 && frames[0].length === 1 && frames[0][0] === byte
}

function split(
  frames: readonly Buffer[],
): { stack: Buffer[]; body: Buffer[] } | string {
  const at = frames.findIndex(f => f.length === 0)
  if (at < 0) return "no empty frame closing an address stack"
  if (at === frames.length - 1) return "no content after the address stack"
  return { stack: frames.slice(0, at), body: frames.slice(at + 1) }
}

export function decodeFromWorker(
  frames: readonly Buffer[],
): Decoded<FromWorker> {
  if (single(frames, 0x01)) return { ok: true, value: { command: "READY" } }
  if (single(frames, 0x02)) return { ok: true, value: { command: "HEARTBEAT" } }
  const parts = split(frames)
  if (typeof parts === "string") return { ok: false, why: parts, rule: "PPP-5" }
  return { ok: true, value: { command: "REPLY", ...parts } }
}

export function decodeToWorker(frames: readonly Buffer[]): Decoded<ToWorker> {
  if (single(frames, 0x02)) return { ok: true, value: { command: "HEARTBEAT" } }
  const parts = split(frames)
  if (typeof parts === "string") return { ok: false, why: parts, rule: "PPP-4" }
  return { ok: true, value: { command: "REQUEST", ...parts } }
}
