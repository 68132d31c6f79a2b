import { type DecodeError, renderFrames } from "../../../codec"
import type { Clock } from "../../../core/clock"
import type { Logger } from "../../../core/log"
import { ThrottledLog } from "../../../core/throttle"
import { brokenLimit, type Limit, type MessageLimits } from "./limits"
import type { QueueRefusal } from "./queue-budget"
import { workerKey } from "./worker-registry"

/** At most one line per second per kind of flood. */
const windowMs = 1000

/**
 * What a peer refuses to take in: invalid messages, messages over the
 * limits, requests for a full queue. Each kind is logged once per second
 * with the count left out, so a flood of them cannot flood the log too.
 * Acting on the refusal is the peer's part.
 */
export class Refusals {
  private readonly lines: ThrottledLog

  constructor(
    log: Logger,
    clock: Clock,
    private readonly limits: MessageLimits,
  ) {
    this.lines = new ThrottledLog(log, windowMs, clock)
  }

  /** Keys held by the throttled log (bounded). */
  get keys(): number {
    return this.lines.keys
  }

  /** MDP-22, MDP-34 (MDP2-23, MDP2-35): a message that does not decode. */
  invalid(frames: Buffer[], error: DecodeError, sender?: Buffer): void {
    const { code, rule, expected, actual } = error
    this.lines.note(`invalid:${code}`, "warn", () => ({
      event: "invalid-message",
      code,
      rule,
      expected,
      actual,
      frames: renderFrames(frames.slice(0, 8)),
      sender: sender && workerKey(sender),
    }))
  }

  /** The limit a message's body breaks, if any. */
  overLimit(
    command: string,
    body: readonly Buffer[],
    sender?: Buffer,
  ): Limit | undefined {
    const limit = brokenLimit(body, this.limits)
    if (limit) {
      this.lines.note(`over:${limit}`, "warn", () => ({
        event: "message-refused",
        limit,
        command,
        sender: sender && workerKey(sender),
      }))
    }
    return limit
  }

  /**
   * A request not queued: its service's queue is full (max-queue), the
   * broker's totals are (max-queued-requests, max-queued-bytes), or it
   * names one service too many (max-services). One line per kind, not per
   * service: service names are the client's to choose.
   */
  notQueued(limit: QueueRefusal, service: string, sender?: Buffer): void {
    this.lines.note(`refused:${limit}`, "warn", () => ({
      event: "request-refused",
      limit,
      service,
      sender: sender && workerKey(sender),
    }))
  }
}
