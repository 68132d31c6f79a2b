import type { Logger } from "../../../core/log"
import {
  decodeToClient,
  encodeHeartbeat,
  encodeRequest,
} from "../../../generated/rfl"
import type { ClientFault } from "./faults"
import type { ServerRecord } from "./ranking"

/** A RESPONSE to a request, and the server and attempt it came from. */
export type Reply = (
  { status: "OK"; result: Buffer[] } | { status: "ERROR"; text: string }
) & { server: ServerRecord }
export type Answer = Reply & { sentAt?: number }

/** One logical request: its id(s), where each attempt went, its first answer. */
export class Call {
  private readonly sentAt = new Map<ServerRecord, number>()
  private answer?: Answer
  private wake?: () => void
  current?: ServerRecord
  private lastId: string

  constructor(
    readonly id: string,
    private readonly register: (id: string, call: Call) => void,
    private readonly unregister: (id: string) => void,
    private readonly ids: string[] = [id],
  ) {
    this.lastId = id
    register(id, this)
  }

  /** Fault new-id-per-attempt: the next attempts carry this id. */
  addId(id: string): void {
    this.ids.push(id)
    this.lastId = id
    this.register(id, this)
  }

  /** RFL-3: the REQUEST frames of an attempt to `server`. */
  request(server: ServerRecord, payload: Buffer[], now: number): Buffer[] {
    this.current = server
    this.sentAt.set(server, now)
    const requestId = Buffer.from(this.lastId)
    return encodeRequest({ command: "REQUEST", requestId, payload })
  }

  settle(a: Reply): void {
    if (this.answer) return // the first answer wins; later ones are late
    this.answer = { ...a, sentAt: this.sentAt.get(a.server) }
    this.wake?.()
  }

  /** The answer, if one comes within `ms` (0: only if it is here already). */
  async answered(ms: number): Promise<Answer | undefined> {
    if (this.answer || ms <= 0) return this.answer
    let timer: NodeJS.Timeout | undefined
    await new Promise<void>(resolve => {
      this.wake = resolve
      timer = setTimeout(resolve, ms)
    })
    clearTimeout(timer)
    this.wake = undefined
    return this.answer
  }

  close(): void {
    for (const id of this.ids) this.unregister(id)
    this.wake?.()
  }
}

export type Received = "response" | "heartbeat" | "late" | "invalid"

/**
 * The client's side of the wire: encodes what it sends, decodes what comes
 * back, and hands each RESPONSE to the request waiting for its id (RFL-C6,
 * RFL-C10). Anything malformed is dropped, never thrown (RFL-C18; D17).
 */
export class Dialogue {
  private readonly calls = new Map<string, Call>()

  constructor(
    private readonly log: Logger,
    private readonly faults: ReadonlySet<ClientFault>,
  ) {}

  open(id: string): Call {
    return new Call(
      id,
      (i, c) => this.calls.set(i, c),
      i => this.calls.delete(i),
    )
  }

  heartbeat(): Buffer[] {
    return encodeHeartbeat({ command: "HEARTBEAT" })
  }

  receive(server: ServerRecord, frames: Buffer[]): Received {
    const decoded = decodeToClient(frames)
    if (!decoded.ok) {
      this.log.warn({
        event: "invalid-dropped",
        server: server.endpoint,
        ...decoded.error,
      })
      return "invalid"
    }
    const msg = decoded.value
    if (msg.command === "HEARTBEAT") {
      // Matched by the socket it came on; an id that is not the endpoint is only noted.
      if (msg.serverId !== server.endpoint)
        this.log.debug({
          event: "server-id",
          server: server.endpoint,
          serverId: msg.serverId,
        })
      return "heartbeat"
    }
    const call = this.calls.get(msg.requestId.toString("latin1"))
    // Fault lose-reply breaks RFL-C10: an answer from the server left behind is lost.
    const lost = this.faults.has("lose-reply") && call?.current !== server
    if (!call || lost) {
      this.log.info({ event: "late-response", server: server.endpoint })
      return "late"
    }
    // Fault retry-error breaks RFL-C14: the ERROR is lost, the attempt times out.
    if (msg.status === "ERROR" && this.faults.has("retry-error")) return "late"
    if (msg.status === "ERROR")
      call.settle({ status: "ERROR", text: msg.message, server })
    else
      call.settle({
        status: "OK",
        result: "result" in msg ? msg.result : [],
        server,
      })
    return "response"
  }

  closeAll(): void {
    for (const c of [...this.calls.values()]) c.close()
  }
}
