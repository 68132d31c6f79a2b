import type { Clock } from "../../../core/clock"

/** A request on the wire, waiting for its REPLY. */
export interface Outstanding<T> {
  readonly service: string
  readonly waiter: T
  /** Set once the request timed out: until then a reply is still "late". */
  lateUntil?: number
}

/** What a REPLY for some service answers. */
export type Match<T> =
  | { readonly kind: "live"; readonly request: Outstanding<T> }
  | { readonly kind: "late"; readonly request: Outstanding<T> }
  | { readonly kind: "unmatched" }

/**
 * Pairs MDP/0.1 replies with requests, socket-free.
 *
 * Why service + FIFO: a 0.1 REPLY is [""]["MDPC01"][service][body…] and
 * nothing else. There is no request id, and the body is opaque, so the
 * client may not put one there: only the application's own contract with its
 * workers could say whether a body would echo it. The service name and the
 * order of arrival are all the wire gives us. The broker keeps one FIFO per
 * service and answers on the one connection the requests came on, so the
 * Nth reply for a service answers the Nth request for it, provided replies
 * for one service come back in request order. That holds with one worker per
 * service and for 8/MMI; with several workers of one service a slow one can
 * let a later reply overtake an earlier one, and then only application data
 * in the body can tell them apart.
 *
 * A timed-out request is not forgotten: it stays in the FIFO as a "late"
 * entry, so that its reply, if it still comes, is dropped instead of being
 * handed to the next request. After `lateReplyMs` the reply counts as lost
 * (the broker may have expired or dropped the request) and the entry goes,
 * so one lost reply does not shift every later pairing for good.
 */
export class ReplyMatcher<T> {
  private readonly fifos = new Map<string, Array<Outstanding<T>>>()
  private liveCount = 0

  constructor(
    private readonly lateReplyMs: number,
    private readonly clock: Clock,
  ) {}

  /** Requests waiting for a reply (late ones not counted). */
  get live(): number {
    return this.liveCount
  }

  /**
   * Registers a request. Call it in the order the requests reach the socket:
   * that order is the pairing.
   */
  add(service: string, waiter: T): Outstanding<T> {
    const fifo = this.fifos.get(service) ?? []
    this.fifos.set(service, fifo)
    this.prune(fifo)
    const request: Outstanding<T> = { service, waiter }
    fifo.push(request)
    this.liveCount++
    return request
  }

  /** Consumes the oldest outstanding request of `service`, if any. */
  match(service: string): Match<T> {
    const fifo = this.fifos.get(service)
    if (!fifo) return { kind: "unmatched" }
    this.prune(fifo)
    const request = fifo.shift()
    if (fifo.length === 0) this.fifos.delete(service)
    if (!request) return { kind: "unmatched" }
    if (request.lateUntil !== undefined) return { kind: "late", request }
    this.liveCount--
    return { kind: "live", request }
  }

  /** The request timed out: it waits as a late entry, see the class comment. */
  expire(request: Outstanding<T>): void {
    if (request.lateUntil !== undefined) return
    request.lateUntil = this.clock.now() + this.lateReplyMs
    this.liveCount--
  }

  /** The request never reached the wire, so no reply will come for it. */
  remove(request: Outstanding<T>): void {
    const fifo = this.fifos.get(request.service)
    const i = fifo?.indexOf(request) ?? -1
    if (!fifo || i < 0) return
    fifo.splice(i, 1)
    if (request.lateUntil === undefined) this.liveCount--
    if (fifo.length === 0) this.fifos.delete(request.service)
  }

  /** Forgets everything; returns the live requests so they can be rejected. */
  drain(): Array<Outstanding<T>> {
    const all = [...this.fifos.values()].flat()
    this.fifos.clear()
    this.liveCount = 0
    return all.filter(r => r.lateUntil === undefined)
  }

  /**
   * Drops late entries at the head whose grace is over. All requests share
   * one timeout, so they expire in FIFO order and late entries sit at the head.
   */
  private prune(fifo: Array<Outstanding<T>>): void {
    const now = this.clock.now()
    while (fifo.length > 0 && (fifo[0].lateUntil ?? Infinity) <= now)
      fifo.shift()
  }
}
