/**
 * Resource limits of the reference peers, in one place: the broker and the
 * worker check what they receive against MessageLimits, and every peer's
 * sockets get their high-water marks from QueueLimits.
 */

/**
 * What one message may carry. Both count the body only: the envelope MDP
 * wraps around it differs per hop and version (the broker adds a client
 * address on the way to the worker), so a body limit holds end to end,
 * and the envelope is bounded by the schemas anyway (service name and
 * routing id at most 255 bytes each).
 */
export interface MessageLimits {
  /** Most body frames in one message. */
  readonly maxFrames: number
  /** Most bytes in one message's body frames together. */
  readonly maxMessageBytes: number
}

/**
 * libzmq's per-peer queues (ZMQ_SNDHWM, ZMQ_RCVHWM), in messages. What a
 * peer that stops reading costs is at most sendHwm messages per socket, of
 * at most maxMessageBytes each.
 */
export interface QueueLimits {
  readonly sendHwm: number
  readonly receiveHwm: number
}

export type Limit = "max-frames" | "max-message-bytes"

/**
 * Defaults. 64 body frames is far more than MDP traffic uses (the Guide's
 * and Titanic's bodies have one to three) and keeps the per-frame overhead
 * of a queued request small. 1 MiB covers the benchmark's 64 KB bodies
 * sixteen times over; a full service queue holds at most maxQueue MiB of
 * bodies. 100 messages per peer is the default async client's whole window
 * (--window 100), so only a peer that stops reading ever meets it.
 */
export const limitDefaults = {
  maxFrames: 64,
  maxMessageBytes: 1024 * 1024,
  sendHwm: 100,
  receiveHwm: 100,
} as const

export type Limits = MessageLimits & QueueLimits

/** The limits given, with the defaults for the rest. */
export function limitsOf(given: Partial<Limits>): Limits {
  const d = limitDefaults
  return {
    maxFrames: given.maxFrames ?? d.maxFrames,
    maxMessageBytes: given.maxMessageBytes ?? d.maxMessageBytes,
    sendHwm: given.sendHwm ?? d.sendHwm,
    receiveHwm: given.receiveHwm ?? d.receiveHwm,
  }
}

/** The limit a message body breaks, if any. */
export function brokenLimit(
  body: readonly Buffer[],
  limits: MessageLimits,
): Limit | undefined {
  if (body.length > limits.maxFrames) return "max-frames"
  let bytes = 0
  for (const frame of body) bytes += frame.length
  return bytes > limits.maxMessageBytes ? "max-message-bytes" : undefined
}

/** The schemas' longest non-body frame: a service name or routing id. */
const longestEnvelopeFrame = 255

/**
 * zeromq.js socket options for the limits. ZMQ_MAXMSGSIZE counts one frame
 * and makes libzmq drop the whole connection, pending messages and all, so
 * it is no way to refuse one message: that is the peer's own check, which
 * drops just the message. It is set at the longest frame an acceptable
 * message can have (one body frame of maxMessageBytes), as a net against a
 * peer that announces a huge frame, which libzmq would otherwise allocate
 * before the application sees a byte of it.
 */
export function socketLimits(
  queues: QueueLimits,
  message?: MessageLimits,
): {
  sendHighWaterMark: number
  receiveHighWaterMark: number
  maxMessageSize: number
} {
  return {
    sendHighWaterMark: queues.sendHwm,
    receiveHighWaterMark: queues.receiveHwm,
    maxMessageSize: message
      ? Math.max(message.maxMessageBytes, longestEnvelopeFrame)
      : -1,
  }
}
