import type { MessageLayout } from "../codec"
import {
  type GeneratedProtocol,
  type WireProtocol,
  wireProtocol,
} from "../harness/malformed"

/**
 * One generated protocol as the fuzzer reads it: the generic enumeration's
 * WireProtocol, plus what the random stream needs (which layouts each
 * receiver reads, a schema check of random field values, frames a confused
 * peer might send). Nothing here is written per protocol.
 */
export class FuzzProtocol {
  readonly wire: WireProtocol
  /**
   * Frames a confused peer of this protocol might send, in any number and
   * order: every literal of every layout (delimiters, headers, commands)
   * and every short frame of the golden vectors (service names, statuses).
   */
  readonly plausibleFrames: readonly Buffer[]
  private readonly received = new Map<string, MessageLayout[]>()

  constructor(generated: GeneratedProtocol) {
    this.wire = wireProtocol(generated)
    const seen = new Map<string, Buffer>()
    for (const l of this.wire.layouts) {
      for (const f of l.frames)
        if (f.literal) seen.set(hex(f.literal), f.literal)
      for (const v of this.wire.golden(l))
        for (const f of v.frames) if (f.length <= 32) seen.set(hex(f), f)
    }
    this.plausibleFrames = [...seen.values()]
  }

  get protocol(): string {
    return this.wire.protocol
  }

  /** The roles that receive messages of this protocol. */
  get receivers(): readonly string[] {
    return this.wire.receivers
  }

  /** What the receiver's generated decoder makes of the frames. */
  verdict(receiver: string, frames: readonly Buffer[]) {
    return this.wire.verdict(receiver, frames)
  }

  /** The rule a receiver's channel blames for a message that fits no type. */
  invalidRule(receiver: string): string {
    return this.wire.receiving(receiver).invalidRule
  }

  /**
   * The layouts a role receives: those whose golden vectors its decoder
   * accepts (in MDP, MMI requests are client REQUESTs and HEARTBEAT goes
   * both ways).
   */
  layoutsFor(receiver: string): MessageLayout[] {
    let found = this.received.get(receiver)
    if (!found)
      this.received.set(receiver, (found = this.wire.layoutsFor(receiver)))
    return found
  }

  golden(layout: MessageLayout) {
    return this.wire.golden(layout)
  }

  /** True if the frames are a well-formed message of this very layout. */
  fitsLayout(layout: MessageLayout, frames: readonly Buffer[]): boolean {
    return this.wire.decodeAs(layout, frames).ok
  }
}

const hex = (b: Buffer) => b.toString("hex")

const cache = new WeakMap<GeneratedProtocol, FuzzProtocol>()

/** The FuzzProtocol of a generated module, built once. */
export function fuzzProtocol(generated: GeneratedProtocol): FuzzProtocol {
  let p = cache.get(generated)
  if (!p) cache.set(generated, (p = new FuzzProtocol(generated)))
  return p
}
