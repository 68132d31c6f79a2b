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
    /** Each sub-protocol's header literal, when the protocol has them (MDP's MDPC01, MDPW01). */
    readonly headers?: Readonly<Record<string, string>>
  }
  /** Command byte of each message type that carries one (e.g. "0x01"). */
  readonly commandBytes?: Readonly<Record<string, string>>
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
 * receives) or else `to<Role>`, and sends on `from<Role>` (between two
 * roles, one's from-channel is the other's to-channel). Which frame is a
 * header or a command comes from the spec's headers and commandBytes, not
 * from frame names.
 */
export class WireProtocol {
  readonly protocol: string
  /** Header literal by sub-protocol (role); empty when the protocol has none. */
  readonly headers: Readonly<Record<string, string>>
  /** Every message layout, by title: a stable order for reports. */
  readonly layouts: readonly MessageLayout[]
  /** The spec's roles that have a receiving channel, in spec order. */
  readonly receivers: readonly string[]
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
    this.receivers = Object.keys(mod.spec.roles).filter(r => this.reads(r))
  }

  private reads(role: string): boolean {
    return this.inbound(role) !== undefined
  }

  /**
   * The channel a role reads: `at<Role>` (every sub-protocol it receives),
   * else `to<Role>`, else, between two roles only, `from<Other>` (FLP's
   * server reads fromClient).
   */
  private inbound(role: string): Channel | undefined {
    const other = this.counterpart(role)
    return (
      this.channel(`at${capital(role)}`) ??
      this.channel(`to${capital(role)}`) ??
      (other ? this.channel(`from${capital(other)}`) : undefined)
    )
  }

  /**
   * The channels a role sends on: `from<Role>`, and each `to<Other>` whose
   * role connects to this one (MDP's broker sends toClient and toWorker),
   * or, between two roles, the other's.
   */
  private outbound(role: string): Channel[] {
    const roles = this.mod.spec.roles as Readonly<Record<string, unknown>>
    const connectsTo = (r: string) =>
      (roles[r] as { connects?: unknown } | undefined)?.connects === role
    const to = Object.keys(roles)
      .filter(
        r => r !== role && (connectsTo(r) || this.counterpart(role) === r),
      )
      .map(r => this.channel(`to${capital(r)}`))
    return [this.channel(`from${capital(role)}`), ...to].filter(
      (c): c is Channel => c !== undefined,
    )
  }

  /** The one other role of a two-role protocol. */
  private counterpart(role: string): string | undefined {
    const others = Object.keys(this.mod.spec.roles).filter(r => r !== role)
    return others.length === 1 ? others[0] : undefined
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

  /** Index of the layout's header frame (a literal the spec lists as a header), or -1. */
  headerIndex(layout: MessageLayout): number {
    const headers = new Set(Object.values(this.headers))
    return layout.frames.findIndex(
      f => f.literal && !f.repeat && headers.has(f.literal.toString("latin1")),
    )
  }

  /** Index of the layout's command frame (the literal holding its command byte), or -1. */
  commandIndex(layout: MessageLayout): number {
    const hex = this.mod.commandBytes?.[layout.title]
    if (!hex) return -1
    const bytes = Buffer.from(hex.replace(/^0x/, ""), "hex")
    return layout.frames.findIndex(f => !f.repeat && f.literal?.equals(bytes))
  }

  /** Every command byte the protocol defines, in byte order. */
  commandValues(): Buffer[] {
    const hex = new Set(Object.values(this.mod.commandBytes ?? {}))
    return [...hex]
      .map(h => Buffer.from(h.replace(/^0x/, ""), "hex"))
      .sort(Buffer.compare)
  }

  private channel(name: string): Channel | undefined {
    const c = this.exports[name]
    return isChannel(c) ? c : undefined
  }

  /** The channel a role's decoder reads. */
  receiving(role: string): Channel {
    const c = this.inbound(role)
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

  /** The role whose sending channel lists a message type: who sends it. */
  senderOf(layout: MessageLayout): string | undefined {
    // A role's own from-channel first: a HEARTBEAT both sides send is the
    // worker's on the channel the broker reads.
    const lists = (c?: Channel) => c?.entries.some(e => e.layout === layout)
    const roles = Object.keys(this.mod.spec.roles)
    return (
      roles.find(r => lists(this.channel(`from${capital(r)}`))) ??
      roles.find(r => this.outbound(r).some(lists))
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
