import type { CurveClientKeys } from "../../core/curve"
import {
  Dealer,
  Publisher,
  Reply,
  Request,
  Router,
  type Socket,
  Subscriber,
} from "zeromq"

/** The ZeroMQ socket types the suite plays a peer on. */
export type Shape = "REQ" | "REP" | "DEALER" | "ROUTER" | "PUB" | "SUB"

export interface ShapeOptions {
  /**
   * This socket's own routing id (ZMQ_ROUTING_ID): what a ROUTER it talks to
   * sees as its address. On a ROUTER that binds, it is what a ROUTER that
   * connects to it learns in the handshake (Freelance model 3 servers use
   * their endpoint).
   */
  readonly routingId?: string
  /**
   * ROUTER only (ZMQ_ROUTER_MANDATORY): a message to an unknown address
   * fails instead of vanishing, and a full pipe holds the sender back
   * instead of dropping, so a flood meets backpressure.
   */
  readonly mandatory?: boolean
  /** Messages kept from the IUT before libzmq stops reading; default 10,000. */
  readonly receiveHighWaterMark?: number
  /** Messages queued towards the IUT; default 10,000 on ROUTER and PUB (they fan out), else libzmq's 1,000. */
  readonly sendHighWaterMark?: number
  /**
   * A send that cannot go out within this long (the IUT stopped reading and
   * the pipe is full) rejects with EAGAIN instead of waiting; default never.
   */
  readonly sendTimeoutMs?: number
  /**
   * CURVE keys this peer connects with (RFC 26); `false`: plaintext. Default:
   * the run's (curveTowardIut), so every driver's peer speaks CURVE when
   * the IUT is judged over it, without knowing.
   */
  readonly curve?: CurveClientKeys | false
  /** SUB only: prefixes subscribed from the start (default none: nothing arrives). */
  readonly topics?: ReadonlyArray<string | Buffer>
}

/**
 * What one shape can do: a PUB never receives, a SUB never sends, and REQ
 * and REP must alternate send and receive (libzmq holds the wrong one back
 * forever, so the peer refuses it instead).
 */
export interface ShapeTraits {
  readonly sends: boolean
  readonly receives: boolean
  /** The first step of a lockstep shape; undefined for a free one. */
  readonly lockstep?: "send" | "recv"
}

export const traits: Readonly<Record<Shape, ShapeTraits>> = {
  REQ: { sends: true, receives: true, lockstep: "send" },
  REP: { sends: true, receives: true, lockstep: "recv" },
  DEALER: { sends: true, receives: true },
  ROUTER: { sends: true, receives: true },
  PUB: { sends: true, receives: false },
  SUB: { sends: false, receives: true },
}

/** A socket of the shape, with linger 0 so that closing never waits on a dead IUT. */
export function makeSocket(shape: Shape, o: ShapeOptions = {}): Socket {
  const fanOut = shape === "ROUTER" || shape === "PUB"
  const base = {
    linger: 0,
    ...(traits[shape].receives
      ? { receiveHighWaterMark: o.receiveHighWaterMark ?? 10_000 }
      : {}),
    ...(o.sendHighWaterMark || fanOut
      ? { sendHighWaterMark: o.sendHighWaterMark ?? 10_000 }
      : {}),
  }
  const common = {
    ...base,
    ...(o.sendTimeoutMs !== undefined && traits[shape].sends
      ? { sendTimeout: o.sendTimeoutMs }
      : {}),
  }
  const id = o.routingId ? { routingId: o.routingId } : {}
  switch (shape) {
    case "REQ":
      return new Request({ ...common, ...id })
    case "REP":
      return new Reply({ ...common, ...id })
    case "DEALER":
      return new Dealer({ ...common, ...id })
    case "ROUTER":
      return new Router({ ...common, ...id, mandatory: o.mandatory ?? false })
    case "PUB":
      return new Publisher(common)
    case "SUB": {
      const sub = new Subscriber(common)
      if (o.topics?.length) sub.subscribe(...o.topics)
      return sub
    }
  }
}

let towardIut: CurveClientKeys | undefined

/** The CURVE keys every peer connects to the IUT with, this scenario (undefined: plaintext). */
export function curveTowardIut(keys: CurveClientKeys | undefined): void {
  towardIut = keys
}

/** The keys a peer connects with: its own choice, else the run's. */
export function connectCurve(o: ShapeOptions): CurveClientKeys | undefined {
  return o.curve === false ? undefined : (o.curve ?? towardIut)
}
