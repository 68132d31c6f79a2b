import type { DecodeError, DecodeResult } from "./decode-error"
import { decodeIfFits, decodeWith, specAtFrame, type Validator } from "./frames"
import type { MessageLayout } from "./layout"
import { renderFrame } from "./render"

/** One message type a channel may carry: its layout and schema validator. */
export interface ChannelEntry {
  readonly layout: MessageLayout
  readonly validate: Validator
}

/** A one-way stream of messages between two roles, e.g. broker to worker. */
export interface Channel {
  readonly name: string
  readonly entries: readonly ChannelEntry[]
  /** Requirement broken by a message that fits none of the entries. */
  readonly invalidRule: string
}

/**
 * Decodes a message that may be any of the channel's types. When none fits,
 * the error is the one from the type that matched the most frames: that is
 * the message the sender most plausibly meant. When several types fail at
 * the same frame in different ways (an unknown command byte, a header none
 * of them has), no single type is to blame: the channel's rule is.
 */
export function decodeChannel<T>(
  channel: Channel,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  // The hot path dispatches on the literal frames (header, command) and
  // builds no error: a type whose literals differ cannot decode. The first
  // type that decodes is the one the full search below would return.
  const entries = channel.entries
  for (let i = 0; i < entries.length; i++) {
    const { layout, validate } = entries[i]
    const result = decodeIfFits<T>(layout, validate, frames)
    if (result?.ok) return result
  }
  return closestError<T>(channel, frames)
}

function closestError<T>(
  channel: Channel,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  let best: DecodeError[] = []
  for (const entry of channel.entries) {
    const result = decodeWith<T>(entry.layout, entry.validate, frames)
    if (result.ok) return result
    const e = result.error
    if (!best.length || e.frame > best[0].frame) best = [e]
    else if (e.frame === best[0].frame && e.code === best[0].code) best.push(e)
  }
  const first = best[0]
  if (best.every(e => e.rule === first.rule && e.expected === first.expected))
    return { ok: false, error: first }
  return { ok: false, error: noneFits(channel, frames, first) }
}

function noneFits(
  channel: Channel,
  frames: readonly Uint8Array[],
  first: DecodeError,
): DecodeError {
  const byLiteral = new Map<string, string[]>()
  for (const e of channel.entries) {
    const literal = specAtFrame(e.layout, frames, first.frame)?.literal
    if (!literal) continue
    const key = renderFrame(literal)
    byLiteral.set(key, [...(byLiteral.get(key) ?? []), e.layout.title])
  }
  const expected =
    byLiteral.size > 1
      ? `one of ${[...byLiteral].map(([lit, titles]) => `${lit} (${titles.join(", ")})`).join(", ")}`
      : first.expected
  return {
    ...first,
    message: channel.name,
    rule: channel.invalidRule,
    expected,
    actual: frames[first.frame]
      ? renderFrame(frames[first.frame])
      : first.actual,
  }
}
