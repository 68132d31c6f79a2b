import { describeDecodeError, renderFrames, type DecodeResult } from "../codec"
import type { RawPeer } from "./peers"
import { ConformanceFailure } from "./verdict"

/** Turns frames from the IUT into a typed message, or fails on the rule they break. */
export function decodeOrFail<T>(
  peer: RawPeer,
  frames: Buffer[],
  decode: (f: Buffer[]) => DecodeResult<T>,
): T {
  const r = decode(frames)
  if (r.ok) return r.value
  throw new ConformanceFailure(
    r.error.rule,
    `a valid ${r.error.message} message to ${peer.name}`,
    `${describeDecodeError(r.error)}; frames ${renderFrames(frames)}`,
  )
}

export interface AwaitOptions<T> {
  within: number
  rule: string
  /** What the spec wants, in words for the failure message. */
  expected: string
  /** The awaited message. */
  accept: (m: T) => boolean
  /** Messages that may arrive first and are passed over (e.g. HEARTBEAT). */
  skip?: (m: T) => boolean
  describe: (m: T) => string
  /** Says why waiting is pointless (the IUT exited), or undefined while it runs. */
  gone?: () => string | undefined
}

/** Longest single wait, so an IUT that dies mid-wait is noticed promptly. */
const slice = 100

/**
 * Waits for a message the spec requires, failing as soon as the outcome is
 * certain: on an unexpected message at once, otherwise at the deadline.
 */
export async function awaitMessage<T>(
  peer: RawPeer,
  decode: (f: Buffer[]) => DecodeResult<T>,
  o: AwaitOptions<T>,
): Promise<T> {
  const deadline = performance.now() + o.within
  const skipped: string[] = []
  for (;;) {
    const left = deadline - performance.now()
    const frames = await peer.next(o.gone ? Math.min(left, slice) : left)
    const gone = !frames && o.gone?.()
    if (gone)
      throw new ConformanceFailure(
        o.rule,
        o.expected,
        `${gone}, before anything of the kind reached ${peer.name}`,
      )
    if (!frames && performance.now() < deadline) continue
    if (!frames) {
      const also = skipped.length ? ` (only ${summarise(skipped)})` : ""
      throw new ConformanceFailure(
        o.rule,
        o.expected,
        `nothing of the kind reached ${peer.name} within ${Math.round(o.within)} ms${also}`,
      )
    }
    const m = decodeOrFail(peer, frames, decode)
    if (o.accept(m)) return m
    if (o.skip?.(m)) {
      skipped.push(o.describe(m))
      continue
    }
    throw new ConformanceFailure(
      o.rule,
      o.expected,
      `${peer.name} received ${o.describe(m)}: ${renderFrames(frames)}`,
    )
  }
}

export interface QuietOptions<T> {
  for: number
  rule: string
  expected: string
  /** Messages that may arrive without failing the check. */
  allow: (m: T) => boolean
  describe: (m: T) => string
}

/** Watches a peer for a while; any message that is not allowed fails at once. */
export async function expectQuiet<T>(
  peer: RawPeer,
  decode: (f: Buffer[]) => DecodeResult<T>,
  o: QuietOptions<T>,
): Promise<T[]> {
  const deadline = performance.now() + o.for
  const seen: T[] = []
  for (;;) {
    const frames = await peer.next(deadline - performance.now())
    if (!frames) return seen
    const m = decodeOrFail(peer, frames, decode)
    if (!o.allow(m)) {
      throw new ConformanceFailure(
        o.rule,
        o.expected,
        `${peer.name} received ${o.describe(m)}: ${renderFrames(frames)}`,
      )
    }
    seen.push(m)
  }
}

function summarise(items: string[]): string {
  const counts = new Map<string, number>()
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1)
  return [...counts].map(([k, n]) => (n > 1 ? `${n} × ${k}` : k)).join(", ")
}
