import { Backoff } from "../../../core/backoff"
import type { CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import { sleep } from "../../../core/ticker"
import {
  decodeCloseOut,
  decodeReplyOut,
  decodeRequestOut,
  spec,
} from "../../../generated/tsp"
import type { DecodeResult } from "../../../codec"
import { MdpClient, RequestTimeoutError } from "../../mdp/peers"
import { services, status, statusCodeOf } from "../status"
import type { ClientFault } from "./faults"

export interface TitanicClientOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555". */
  readonly connect: string
  /** Each MDP try's wait for an answer, and tries per call (Lazy Pirate). */
  readonly timeoutMs?: number
  readonly retries?: number
  /** Pause after a 300 or 500 (TSP-25, TSP-27): first, and longest as it doubles. */
  readonly pollMs?: number
  readonly pollMaxMs?: number
  /** How long one submit, poll or close keeps retrying before giving up. */
  readonly waitMs?: number
  /** Connect as a CURVE client (RFC 26) with this key pair to the broker's public key. */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<ClientFault>
  readonly logger?: Logger
}

export const clientDefaults = {
  timeoutMs: 2500,
  retries: 3,
  pollMs: 500,
  pollMaxMs: spec.timing.clientPollMs,
  waitMs: 60_000,
} as const

/** The server answered a code that ends the call (400), or kept failing. */
export class TspStatusError extends Error {
  override readonly name = "TspStatusError"

  constructor(
    readonly service: string,
    readonly code: string,
    detail: string,
  ) {
    super(`${service} answered ${code}: ${detail}`)
  }
}

/** The server's answer does not fit the service's reply layout. */
export class TspReplyError extends Error {
  override readonly name = "TspReplyError"

  constructor(
    readonly rule: string,
    detail: string,
  ) {
    super(`${rule}: bad Titanic reply: ${detail}`)
  }
}

type Answer = { code: string; frames: Buffer[] }

/**
 * The reference Titanic client: submit a request, poll for its reply, close
 * it. 300 and 500 are retried after a capped, jittered back-off (TSP-25,
 * TSP-27), and so is a silent broker or server (a Titanic server may be
 * restarting: that is what it is for); 400 ends the call (TSP-26). Only the
 * status code counts, never its text (TSP-23).
 */
export class TitanicClient {
  private readonly mdp: MdpClient
  private readonly o: Required<
    Omit<TitanicClientOptions, "faults" | "logger" | "curve">
  >
  private readonly faults: ReadonlySet<ClientFault>
  private readonly log: Logger
  private readonly stopped = new AbortController()

  constructor(opts: TitanicClientOptions) {
    const given = Object.entries(opts).filter(([, v]) => v !== undefined)
    this.o = {
      ...clientDefaults,
      ...Object.fromEntries(given),
      connect: opts.connect,
    }
    this.faults = new Set(opts.faults ?? [])
    this.log = opts.logger ?? silentLogger()
    this.mdp = new MdpClient({
      connect: opts.connect,
      timeoutMs: this.o.timeoutMs,
      retries: this.o.retries,
      curve: opts.curve,
      logger: this.log,
    })
  }

  /** titanic.request: stores the request; resolves to its UUID. */
  async submit(service: string, body: Buffer[]): Promise<string> {
    const frames = [Buffer.from(service), ...body]
    const { frames: out } = await this.until(
      services.request,
      frames,
      decodeRequestOut,
      [status.error],
    )
    return out[1].toString()
  }

  /** titanic.reply until the reply is there (300 and 500 retried); resolves to its body. */
  async poll(id: string): Promise<Buffer[]> {
    const retried: string[] = [status.pending, status.error]
    if (this.faults.has("retry-on-400")) retried.push(status.unknown)
    const { frames } = await this.until(
      services.reply,
      [Buffer.from(id)],
      decodeReplyOut,
      retried,
    )
    return frames.slice(1)
  }

  /** titanic.close: forgets the request and its reply on the server. */
  async close(id: string): Promise<void> {
    await this.until(services.close, [Buffer.from(id)], decodeCloseOut, [
      status.error,
    ])
  }

  /** submit, poll, close: the whole disconnected round trip. */
  async call(service: string, body: Buffer[]): Promise<Buffer[]> {
    const id = await this.submit(service, body)
    const reply = await this.poll(id)
    await this.close(id)
    return reply
  }

  /** Closes the MDP socket; calls in progress fail. */
  shutdown(): void {
    this.stopped.abort()
    this.mdp.close()
  }

  /** One service call, repeated while it answers one of `retried` (or nothing). */
  private async until(
    service: string,
    body: Buffer[],
    decode: (frames: Buffer[]) => DecodeResult<unknown>,
    retried: readonly string[],
  ): Promise<Answer> {
    const backoff = new Backoff({
      initialMs: this.o.pollMs,
      maxMs: this.o.pollMaxMs,
      jitter: 0.2,
    })
    const deadline = performance.now() + this.o.waitMs
    for (;;) {
      const answer = await this.once(service, body, decode)
      if (answer?.code === status.ok) return answer
      const code = answer?.code ?? "no answer"
      const giveUp =
        (code === status.pending && this.faults.has("give-up-on-300")) ||
        (code === status.error && this.faults.has("give-up-on-500")) ||
        (answer !== undefined && !retried.includes(code))
      const pause = backoff.next()
      if (giveUp || performance.now() + pause > deadline)
        throw new TspStatusError(
          service,
          code,
          giveUp ? "not retried" : `still so after ${this.o.waitMs} ms`,
        )
      this.log.debug({ event: "retry-later", service, code, pause })
      if (!(await sleep(pause, this.stopped.signal)))
        throw new TspStatusError(service, code, "client shut down")
    }
  }

  /** One call: the answer's code and frames, or undefined if nobody answered. */
  private async once(
    service: string,
    body: Buffer[],
    decode: (frames: Buffer[]) => DecodeResult<unknown>,
  ): Promise<Answer | undefined> {
    let frames: Buffer[]
    try {
      frames = await this.mdp.request(service, body)
    } catch (err) {
      if (err instanceof RequestTimeoutError) return undefined
      throw err
    }
    const decoded = decode(frames)
    if (!decoded.ok) {
      const e = decoded.error
      throw new TspReplyError(
        e.rule,
        `${e.frameName}: expected ${e.expected}, got ${e.actual}`,
      )
    }
    // TSP-23: the code is what counts; fault status-text also reads the text.
    const strict = this.faults.has("status-text")
    const code = strict ? frames[0].toString() : statusCodeOf(frames[0])
    return { code: code ?? frames[0].toString(), frames }
  }
}
