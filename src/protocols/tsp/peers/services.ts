import { systemClock } from "../../../core/clock"
import type { Logger } from "../../../core/log"
import { ThrottledLog } from "../../../core/throttle"
import { decodeRequestBody } from "../../../generated/tsp"
import { status } from "../status"
import type { Dispatcher } from "./dispatcher"
import type { ServerFault } from "./faults"
import { canonicalId, newId, type RequestId } from "./ids"
import { TitanicStore } from "./store"
import { traversalClose, traversalReply } from "./traversal"

const frame = (text: string) => Buffer.from(text)
const ok = frame(status.ok)
const pending = frame(status.pending)
const unknown = frame(status.unknown)
const error = frame(status.error)

/**
 * The three Titanic services (TSP-1..3): request body in, TSP reply body out
 * (a status frame, then content: TSP-21). Every answer is one of the four
 * codes (TSP-19); a failure of the store is 500, never a crash.
 */
export class TitanicServices {
  private readonly refusals: ThrottledLog

  constructor(
    private readonly store: TitanicStore,
    private readonly dispatcher: Dispatcher,
    private readonly faults: ReadonlySet<ServerFault>,
    private readonly log: Logger,
  ) {
    this.refusals = new ThrottledLog(log, 1000, systemClock)
  }

  /** titanic.request: store durably (TSP-6), then 200 and the new UUID (TSP-7). */
  readonly request = async (body: Buffer[]): Promise<Buffer[]> => {
    const decoded = decodeRequestBody(body)
    if (!decoded.ok) {
      // TSP-5: a body with no target service or no request frame is
      // invalid; 400 says retrying will not help (TSP-26).
      const { rule, frameName } = decoded.error
      this.refused("invalid-request", { rule, frame: frameName })
      return [unknown]
    }
    const size = TitanicStore.sizeOf(body)
    const admission = this.store.admit(size)
    if (admission !== "ok") {
      // Bounded store: past a cap, 500 (retry later, TSP-27), and a log line.
      this.refused(admission, {
        requests: this.store.requests,
        bytes: this.store.storedBytes,
      })
      return [error]
    }
    const id = newId()
    try {
      await this.store.add(id, body, this.faults.has("reply-before-durable"))
    } catch (err) {
      this.log.error({ event: "store-write-failed", err: String(err) })
      return [error]
    }
    this.dispatcher.enqueue(id)
    this.log.debug({ event: "accepted", id, service: decoded.value.service })
    return [ok, frame(id)]
  }

  /** titanic.reply: 200 and the reply, 300 pending, 400 unknown (TSP-10); never deletes (TSP-12). */
  readonly reply = async (body: Buffer[]): Promise<Buffer[]> => {
    const id = this.idOf(body)
    if (!id) {
      if (this.faults.has("traversal-id"))
        return traversalReply(this.store.dir, body[0])
      return [unknown]
    }
    const phase = this.store.phase(id)
    if (!phase) return [this.faults.has("status-404") ? frame("404") : unknown]
    if (phase === "pending")
      return [this.faults.has("status-501") ? frame("501") : pending]
    try {
      const reply = await this.store.reply(id)
      if (!reply) return [unknown] // closed while it was read
      if (this.faults.has("delete-on-reply")) await this.store.close(id)
      return [ok, ...reply]
    } catch (err) {
      this.log.error({ event: "store-read-failed", id, err: String(err) })
      return [error]
    }
  }

  /** titanic.close: delete request and reply (TSP-15); 200 even when unknown (TSP-18). */
  readonly close = async (body: Buffer[]): Promise<Buffer[]> => {
    const id = this.idOf(body)
    if (!id) {
      if (this.faults.has("traversal-id"))
        return traversalClose(this.store.dir, body[0])
      return [unknown]
    }
    try {
      await this.store.close(id)
      return [ok]
    } catch (err) {
      this.log.error({ event: "store-delete-failed", id, err: String(err) })
      return [error]
    }
  }

  /**
   * TSP-8, TSP-9, TSP-14: exactly one frame of 32 hex digits. Anything else
   * (../x, an absolute path, NUL bytes, 10 KB, binary) is refused here,
   * before the store, which builds paths only from a RequestId.
   */
  private idOf(body: Buffer[]): RequestId | undefined {
    const id = body.length === 1 ? canonicalId(body[0]) : undefined
    if (!id)
      this.refused("invalid-id", {
        frames: body.length,
        bytes: body[0]?.length ?? 0,
      })
    return id
  }

  private refused(reason: string, fields: Record<string, unknown>): void {
    const level = reason.startsWith("max-") ? "warn" : "info"
    this.refusals.note(reason, level, () => ({
      event: "refused",
      reason,
      ...fields,
    }))
  }
}
