import type { DecodeError, DecodeResult } from "./decode-error"
import { decodeWith, type Validator } from "./frames"
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
 * the message the sender most plausibly meant.
 */
export function decodeChannel<T>(
  channel: Channel,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  let best: DecodeError | undefined
  let tied = 0
  for (const entry of channel.entries) {
    const result = decodeWith<T>(entry.layout, entry.validate, frames)
    if (result.ok) return result
    const e = result.error
    if (!best || e.frame > best.frame) {
      best = e
      tied = 1
    } else if (e.frame === best.frame && e.code === best.code) tied++
  }
  if (best!.code === "unknown-command" && tied > 1) return unknownCommand(channel, frames, best!)
  return { ok: false, error: best! }
}

function unknownCommand<T>(
  channel: Channel,
  frames: readonly Uint8Array[],
  best: DecodeError,
): DecodeResult<T> {
  const known = channel.entries
    .filter(e => e.layout.frames[best.frame]?.literal)
    .map(e => `${renderFrame(e.layout.frames[best.frame].literal!)} (${e.layout.title})`)
  return {
    ok: false,
    error: {
      ...best,
      message: channel.name,
      rule: channel.invalidRule,
      expected: `one of ${[...new Set(known)].join(", ")}`,
      actual: renderFrame(frames[best.frame]),
    },
  }
}
