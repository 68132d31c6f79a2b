import {
  type Channel,
  decodeChannel,
  type DecodeError,
  type DecodeResult,
  type GoldenVector,
  type MessageLayout,
  type FrameSpec,
  type Requirement,
} from "../../codec"
import { commandOf } from "../../codec/frame-errors"
import { type ChannelDirections, channelDirections } from "./channels"

/**
 * What the enumeration reads from a generated protocol module
 * (src/generated/<protocol>/index.ts): its layouts, golden vectors,
 * requirement catalog and channels. Nothing is written per protocol.
 */
export interface GeneratedProtocol {
  readonly spec: {
    readonly protocol: string
    readonly roles: Readonly<Record<string, unknown>>
    /** Each sub-protocol's header literal, when the protocol has them (MDP's MDPC01, MDPW01). */
    readonly headers?: Readonly<Record<string, string>>
  }
  readonly layouts: Readonly<Record<string, MessageLayout>>
  readonly vectors: readonly GoldenVector[]
  readonly requirements: readonly Requirement[]
}

const isFrom = (c: Channel) => c.name.startsWith("from")

/**
 * One protocol as the mutation enumeration sees it. Who reads and sends each
 * channel comes from the generator's naming (channels.ts). Which frame is a
 * header comes from the spec's headers, which is a command from the codec's
 * reading of literals, never from frame names.
 */
export class WireProtocol {
  readonly protocol: string
  /** Header literal by sub-protocol (role); empty when the protocol has none. */
  readonly headers: Readonly<Record<string, string>>
  /** Every message layout, by title: a stable order for reports. */
  readonly layouts: readonly MessageLayout[]
  /**
   * Who receives, in spec order: each role that reads one channel, and each
   * channel (by name) of a role that reads several.
   */
  readonly receivers: readonly string[]
  private readonly directions: ChannelDirections
  private readonly catalog: ReadonlyMap<string, Requirement>
  private readonly exports: Readonly<Record<string, unknown>>

  constructor(private readonly mod: GeneratedProtocol) {
    this.protocol = mod.spec.protocol
    this.headers = mod.spec.headers ?? {}
    this.layouts = Object.values(mod.layouts).sort((a, b) =>
      a.title.localeCompare(b.title),
    )
    this.catalog = new Map(mod.requirements.map(r => [r.id, r]))
    this.exports = mod as unknown as Record<string, unknown>
    this.directions = channelDirections(this.exports, mod.spec.roles)
    this.receivers = [...this.directions.inbound.keys()]
  }

  /**
   * What the message type's own generated decoder (`decode<Title>`) makes
   * of the frames: its layout and its schema, whichever channel carries it.
   */
  decodeAs(
    layout: MessageLayout,
    frames: readonly Uint8Array[],
  ): DecodeResult<unknown> {
    const decode = this.exports[`decode${layout.title}`]
    if (typeof decode !== "function")
      throw new Error(`${this.protocol} has no decoder of ${layout.title}`)
    return (decode as (f: readonly Uint8Array[]) => DecodeResult<unknown>)(
      frames,
    )
  }

  /**
   * The layout's header: a literal the spec lists as a sub-protocol's
   * header (MDP's MDPC01), when the protocol has headers.
   */
  headerOf(layout: MessageLayout): FrameSpec | undefined {
    const headers = new Set(Object.values(this.headers))
    return layout.frames.find(
      f => f.literal && headers.has(f.literal.toString("latin1")),
    )
  }

  /**
   * The layout's command literal, as the codec reads it for its decode
   * error codes: the first hex literal, or the one that spells the
   * message's type (FLP's "PING").
   */
  commandOf(layout: MessageLayout): FrameSpec | undefined {
    return commandOf(layout)
  }

  /** Every command literal of the protocol's messages, in byte order, once each. */
  commandValues(): Buffer[] {
    const all = this.layouts
      .map(l => commandOf(l)?.literal)
      .filter((b): b is Buffer => b !== undefined)
      .sort(Buffer.compare)
    return all.filter((b, i) => i === 0 || !b.equals(all[i - 1]))
  }

  /** The channel a receiver's decoder reads (a role, or a channel by name). */
  receiving(receiver: string): Channel {
    const c = this.directions.inbound.get(receiver)
    if (!c) throw new Error(`${this.protocol} has no channel to ${receiver}`)
    return c
  }

  /** What the role's generated decoder makes of the frames. */
  verdict(role: string, frames: readonly Uint8Array[]): DecodeResult<unknown> {
    return decodeChannel(this.receiving(role), frames)
  }

  golden(layout: MessageLayout): readonly GoldenVector[] {
    return this.mod.vectors.filter(v => v.type === layout.title)
  }

  /**
   * The layouts whose golden vectors a role's decoder accepts: besides its
   * channel's own, those that share their frames (an MMI request is a
   * client REQUEST; in 0.1 a client REPLY looks like one too).
   */
  layoutsFor(role: string): MessageLayout[] {
    return this.layouts.filter(l =>
      this.golden(l).some(v => this.verdict(role, v.frames).ok),
    )
  }

  /** The message types the spec lists on the role's receiving channel. */
  messagesOf(role: string): MessageLayout[] {
    return this.receiving(role).entries.map(e => e.layout)
  }

  /** The role whose sending channel lists a message type: who sends it. */
  senderOf(layout: MessageLayout): string | undefined {
    // A from-channel first: a HEARTBEAT both sides send is the worker's on
    // the channel the broker reads (fromWorker comes before toWorker).
    const senders = [...this.directions.sender].sort(
      ([a], [b]) => Number(isFrom(b)) - Number(isFrom(a)),
    )
    return senders.find(([c]) => c.entries.some(e => e.layout === layout))?.[1]
  }

  /**
   * The requirement a decode error blames. Every rule the generator emits
   * (a frame's rule, a message's first x-requirements entry, a channel's
   * invalidRule) is a catalog ID; anything else is a broken spec.
   */
  requirementOf(error: Pick<DecodeError, "rule">): Requirement {
    const r = this.catalog.get(error.rule)
    if (!r)
      throw new Error(
        `${this.protocol}: decode error rule ${error.rule} is not in the requirement catalog`,
      )
    return r
  }
}

const cache = new WeakMap<GeneratedProtocol, WireProtocol>()

/** The WireProtocol of a generated module, built once. */
export function wireProtocol(mod: GeneratedProtocol): WireProtocol {
  let w = cache.get(mod)
  if (!w) cache.set(mod, (w = new WireProtocol(mod)))
  return w
}
