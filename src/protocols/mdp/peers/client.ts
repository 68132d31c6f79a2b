import type { CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import { spec } from "../../../generated/mdp-0.1"
import { type ClientDialect, clientDialect } from "./client-dialect"
import { type ClientLink, DealerLink, ReqLink } from "./client-link"
import type { ClientFault } from "./faults"
import { limitsOf } from "./limits"
import { defaultMdpProtocol, type MdpProtocol } from "./protocol"

export interface MdpClientOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555". */
  readonly connect: string
  /** The MDP version spoken: "mdp/0.1" (7/MDP, default) or "mdp/0.2" (18/MDP). */
  readonly protocol?: MdpProtocol
  /**
   * How long one try waits for the answer; over 0.2, for each PARTIAL or
   * the FINAL, since every PARTIAL shows the request is being served.
   */
  readonly timeoutMs?: number
  /** Tries per request before giving up (the Guide's Lazy Pirate counts tries). */
  readonly retries?: number
  /** Messages each socket queues each way (ZMQ_SNDHWM, ZMQ_RCVHWM). */
  readonly sendHwm?: number
  readonly receiveHwm?: number
  /** Requirements to break on purpose (see clientFaults). */
  readonly faults?: Iterable<ClientFault>
  /** Connect as a CURVE client (RFC 26) with this key pair to the broker's public key. */
  readonly curve?: CurveClientKeys
  readonly logger?: Logger
}

/** The broker did not answer any of the tries. */
export class RequestTimeoutError extends Error {
  override readonly name = "RequestTimeoutError"

  constructor(
    readonly endpoint: string,
    readonly service: string,
    readonly tries: number,
    readonly timeoutMs: number,
  ) {
    super(
      `no reply from ${endpoint} for service "${service}" after ${tries} ${tries === 1 ? "try" : "tries"} of ${timeoutMs} ms`,
    )
  }
}

/** The broker answered with something that is not a valid answer to our REQUEST. */
export class BadReplyError extends Error {
  override readonly name = "BadReplyError"

  constructor(
    readonly rule: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${rule}: bad reply: expected ${expected}, got ${actual}`)
  }
}

/**
 * Synchronous MDP client, recovering the Lazy Pirate way (MDP-12, MDP2-13):
 * when an answer is late it drops the socket, opens a new one and resends.
 * 7/MDP uses a REQ socket (MDP-9), which cannot send again while stuck
 * waiting; 18/MDP a DEALER (MDP2-10) that reads PARTIALs until the FINAL.
 * The timing defaults are the Guide's, the same for both versions.
 */
export class MdpClient {
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly faults: ReadonlySet<ClientFault>
  private readonly log: Logger
  private readonly dialect: ClientDialect
  private readonly link: ClientLink
  private busy = false

  constructor(private readonly opts: MdpClientOptions) {
    this.dialect = clientDialect(opts.protocol ?? defaultMdpProtocol)
    this.timeoutMs = opts.timeoutMs ?? spec.timing.clientTimeoutMs
    this.faults = new Set(opts.faults ?? [])
    // Fault no-retry breaks MDP-12: one try, then give up.
    this.retries = this.faults.has("no-retry")
      ? 1
      : Math.max(1, opts.retries ?? spec.timing.clientRetries)
    this.log = opts.logger ?? silentLogger()
    const resendEarly = this.faults.has("resend-early")
    const sockets = {
      ...limitsOf(opts),
      timeoutMs: this.timeoutMs,
      curve: opts.curve,
    }
    this.link =
      this.dialect.partials || resendEarly
        ? new DealerLink(opts.connect, sockets, {
            resendEarly,
            onStale: frames => this.discard("late-answer", frames),
          })
        : new ReqLink(opts.connect, sockets)
  }

  /**
   * Sends a REQUEST and resolves to the answer's body frames: the REPLY's
   * (0.1), or every PARTIAL's in order, then the FINAL's (0.2).
   */
  async request(service: string, body: Buffer[]): Promise<Buffer[]> {
    return (await this.requestAnswers(service, body)).flat()
  }

  /**
   * Sends a REQUEST and resolves to each answer's body: one REPLY (0.1), or
   * zero or more PARTIALs then the FINAL (0.2, MDP2-11). MDP-8, MDP2-9: one
   * request at a time.
   */
  async requestAnswers(service: string, body: Buffer[]): Promise<Buffer[][]> {
    // MDP-6: the request body is one or more frames.
    if (body.length === 0 && !this.faults.has("no-body"))
      throw new RangeError("an MDP request needs at least one body frame")
    if (this.busy) throw new Error("MdpClient sends one request at a time")
    this.busy = true
    try {
      return await this.withRetries(service, this.encode(service, body))
    } finally {
      this.busy = false
    }
  }

  close(): void {
    this.link.close()
  }

  private encode(service: string, body: Buffer[]): Buffer[] {
    const frames = this.dialect.request(service, body)
    // Fault wrong-header breaks MDP-22 (MDP2-23).
    if (this.faults.has("wrong-header")) {
      const { frame, value } = this.dialect.wrongHeader
      frames[frame] = Buffer.from(value)
    }
    // Fault no-body breaks MDP-6 (MDP2-6): both versions have three frames
    // before the body.
    return this.faults.has("no-body") ? frames.slice(0, 3) : frames
  }

  private async withRetries(
    service: string,
    frames: Buffer[],
  ): Promise<Buffer[][]> {
    for (let attempt = 1; attempt <= this.retries; attempt++) {
      const answers = await this.oneTry(service, frames)
      if (answers) return answers
      this.log.warn({
        event: "request-timeout",
        service,
        attempt,
        of: this.retries,
      })
      this.link.close()
    }
    throw new RequestTimeoutError(
      this.opts.connect,
      service,
      this.retries,
      this.timeoutMs,
    )
  }

  /** One try: the answers up to the final one, or undefined on timeout. */
  private async oneTry(
    service: string,
    frames: Buffer[],
  ): Promise<Buffer[][] | undefined> {
    if (!(await this.link.send(frames))) return undefined
    const answers: Buffer[][] = []
    let deadline = performance.now() + this.timeoutMs
    for (;;) {
      const got = await this.link.receive(deadline - performance.now())
      if (!got) return undefined
      const answer = this.check(service, got)
      if (!answer) continue
      answers.push(answer.body)
      if (answer.final) return answers
      // A PARTIAL shows the request is being served: wait afresh.
      deadline = performance.now() + this.timeoutMs
    }
  }

  /** The answer, undefined if it is to be ignored; throws if it is invalid. */
  private check(service: string, frames: Buffer[]) {
    const decoded = this.dialect.decode(frames)
    if (!decoded.ok) {
      const e = decoded.error
      throw new BadReplyError(e.rule, `${e.frameName} ${e.expected}`, e.actual)
    }
    const answer = decoded.value
    if (answer.service === service) return answer
    // MDP-7, MDP2-7/8: the answer names the service that was asked for. A
    // REQ socket gets one answer per REQUEST, so a wrong one ends the
    // request; a DEALER may still get the right one, so it waits on.
    if (this.dialect.partials) return this.discard("wrong-service", frames)
    throw new BadReplyError(
      this.dialect.serviceRule,
      `service "${service}"`,
      `service "${answer.service}"`,
    )
  }

  private discard(reason: string, frames: Buffer[]): undefined {
    const d = this.dialect.decode(frames)
    this.log.warn({
      event: "answer-discarded",
      reason,
      command: d.ok ? d.value.name : "invalid",
      service: d.ok ? d.value.service : undefined,
      frames: frames.length,
    })
    return undefined
  }
}
