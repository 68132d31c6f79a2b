import {
  type Channel,
  decodeChannel,
  type DecodeError,
  type DecodeResult,
  type GoldenVector,
  type MessageLayout,
  type Requirement,
} from "../../codec"

/**
 * What the enumeration reads from a generated protocol module
 * (src/generated/<protocol>/index.ts): its layouts, golden vectors,
 * requirement catalog and channels. Nothing is written per protocol.
 */
export interface GeneratedProtocol {
  readonly spec: {
    readonly protocol: string
    readonly roles: Readonly<Record<string, unknown>>
    readonly headers: Readonly<Record<string, string>>
  }
  readonly layouts: Readonly<Record<string, MessageLayout>>
  readonly vectors: readonly GoldenVector[]
  readonly requirements: readonly Requirement[]
}

const capital = (role: string) => role[0].toUpperCase() + role.slice(1)

function isChannel(x: unknown): x is Channel {
  return (
    typeof x === "object" && x !== null && "entries" in x && "invalidRule" in x
  )
}

/**
 * One protocol as the mutation enumeration sees it. Channels are found by
 * the generator's naming: a role reads `at<Role>` (every sub-protocol it
 * receives) or else `to<Role>`, and sends on `from<Role>`.
 */
export class WireProtocol {
  readonly protocol: string
  readonly headers: Readonly<Record<string, string>>
  /** Every message layout, by title: a stable order for reports. */
  readonly layouts: readonly MessageLayout[]
  private readonly catalog: ReadonlyMap<string, Requirement>
  private readonly exports: Readonly<Record<string, unknown>>

  constructor(private readonly mod: GeneratedProtocol) {
    this.protocol = mod.spec.protocol
    this.headers = mod.spec.headers
    this.layouts = Object.values(mod.layouts).sort((a, b) =>
      a.title.localeCompare(b.title),
    )
    this.catalog = new Map(mod.requirements.map(r => [r.id, r]))
    this.exports = mod as unknown as Record<string, unknown>
  }

  private channel(name: string): Channel | undefined {
    const c = this.exports[name]
    return isChannel(c) ? c : undefined
  }

  /** The channel a role's decoder reads. */
  receiving(role: string): Channel {
    const c =
      this.channel(`at${capital(role)}`) ?? this.channel(`to${capital(role)}`)
    if (!c) throw new Error(`${this.protocol} has no channel to ${role}`)
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

  /** The role whose from-channel lists a message type: who sends it. */
  senderOf(layout: MessageLayout): string | undefined {
    return Object.keys(this.mod.spec.roles).find(r =>
      this.channel(`from${capital(r)}`)?.entries.some(e => e.layout === layout),
    )
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
