import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { renderFrames } from "../../../codec"
import type { WorldView } from "../../../harness/module"
import { ConformanceFailure } from "../../../harness/verdict"
import { services } from "../status"
import { type Dispatch, TitanicBroker } from "./broker"
import { judgeAnswer, type Service } from "./judge"

/** The rule a service breaks when it does not answer at all (TSP-1..3). */
const implementsRule: Record<Service, string> = {
  request: "TSP-1",
  reply: "TSP-2",
  close: "TSP-3",
}

export interface Answer {
  readonly code: string
  readonly frames: Buffer[]
}

/**
 * The suite around a Titanic server under test: it plays the broker (and
 * every worker behind it) on the endpoint the server connects to, gives the
 * server a fresh store directory per scenario ({dir}, kept across restarts
 * within it), and calls the three services as a client would.
 */
export class ServerUnderTest {
  readonly broker: TitanicBroker
  /** A scratch directory per scenario: the store is `dir`, the rest is the suite's. */
  readonly root = scratchDir()
  readonly dir = join(this.root, "store")
  /** The UUID of the last request submitted: "it" in the steps. */
  id = ""
  /** The last titanic.reply answer for "it" that ended a poll. */
  lastReply?: Answer
  private restartedAt = 0

  constructor(private readonly world: WorldView) {
    this.broker = new TitanicBroker({
      transcript: world.run.transcript,
      heartbeatMs: world.run.timing.heartbeatMs,
      iutGone: world.run.iutGone,
    })
  }

  private get run() {
    return this.world.run
  }

  /** How long the server may take to (re)start and register its three services. */
  private get startDue(): number {
    return this.run.config.startTimeoutMs + this.run.timing.reply
  }

  /** Binds the suite's broker, starts the server on it, waits for its three READYs. */
  async start(): Promise<void> {
    const endpoint = await this.broker.bind(this.run.bindEndpoint())
    await this.run.startIut(endpoint, { dir: this.dir })
    await this.registered(
      "the server registers titanic.request, titanic.reply and titanic.close",
    )
  }

  /** kill -9, then the same command on the same store; waits for the new registrations. */
  async restart(): Promise<void> {
    this.broker.forgetWorkers()
    this.restartedAt = this.broker.dispatches.length
    await this.run.restartIut()
    await this.registered(
      "the restarted server registers its three services again, on the same store",
    )
  }

  private async registered(expected: string): Promise<void> {
    const all = Object.values(services)
    const ok = await this.broker.until(
      () => all.every(s => this.broker.registered(s)),
      this.startDue,
    )
    const missing = all.filter(s => !this.broker.registered(s))
    if (!ok) {
      const first = (Object.keys(services) as Service[]).find(k =>
        missing.includes(services[k]),
      )!
      const rule = this.run.primaryRule.startsWith("TSP-6")
        ? "TSP-6"
        : implementsRule[first]
      throw new ConformanceFailure(
        rule,
        expected,
        `no READY for ${missing.join(", ")} within ${Math.round(this.startDue)} ms${this.gone()}`,
      )
    }
  }

  /** The rule an unknown status code breaks in this scenario (TSP-20 where that is the subject). */
  private get codeRule(): "TSP-19" | "TSP-20" {
    return this.run.primaryRule === "TSP-20" ? "TSP-20" : "TSP-19"
  }

  /** One call of a Titanic service, its answer judged (status, code, layout). */
  async call(service: Service, body: Buffer[]): Promise<Answer> {
    const name = services[service]
    const frames = await this.broker.call(name, body, this.run.timing.reply)
    if (!frames)
      throw new ConformanceFailure(
        implementsRule[service],
        `${name} answers ${renderFrames(body)} within ${this.run.timing.reply} ms`,
        `no REPLY from its worker${this.gone()}`,
      )
    return { code: judgeAnswer(service, frames, this.codeRule), frames }
  }

  /** titanic.request: must be stored (200 and a UUID, TSP-6); "it" is that UUID. */
  async submit(service: string, body: Buffer[]): Promise<void> {
    const a = await this.call("request", [Buffer.from(service), ...body])
    if (a.code !== "200")
      throw new ConformanceFailure(
        "TSP-6",
        "titanic.request stores the request and answers 200 with its UUID",
        `it answered ${renderFrames(a.frames)}`,
      )
    this.id = a.frames[1].toString()
  }

  /** Polls titanic.reply for "it" until it is no longer 300, or the time is up. */
  async replyOnce300Ends(within: number): Promise<Answer> {
    const deadline = performance.now() + within
    for (;;) {
      const a = await this.call("reply", [Buffer.from(this.id)])
      this.lastReply = a
      if (a.code !== "300" || performance.now() > deadline) return a
      await new Promise(r =>
        setTimeout(r, Math.min(100, this.run.timing.heartbeatMs)),
      )
    }
  }

  /**
   * A dispatch of `body` to `service` (TSP-28), since the last restart when
   * `sinceRestart`; fails on `rule` if none comes within `within`.
   */
  async expectDispatch(
    service: string,
    body: Buffer[],
    within: number,
    sinceRestart: boolean,
    rule: string,
  ): Promise<Dispatch> {
    const from = sinceRestart ? this.restartedAt : 0
    const same = (d: Dispatch) =>
      d.service === service &&
      d.body.length === body.length &&
      d.body.every((f, i) => f.equals(body[i]))
    const found = () => this.broker.dispatches.slice(from).find(same)
    if (await this.broker.until(() => found() !== undefined, within))
      return found()!
    const other = this.broker.dispatches
      .slice(from)
      .filter(d => d.service === service)
    throw new ConformanceFailure(
      rule,
      `the server forwards the stored request ${renderFrames(body)} to "${service}" through the broker within ${Math.round(within)} ms${sinceRestart ? " of its restart" : ""}`,
      other.length
        ? `it forwarded ${other.map(d => renderFrames(d.body)).join(", ")} instead`
        : `nothing reached "${service}"${this.gone()}`,
    )
  }

  private gone(): string {
    const why = this.run.iutGone()
    return why ? ` (${why})` : ""
  }

  async close(): Promise<void> {
    await this.broker.close()
  }
}

/**
 * Scenario directories outlive their driver: the IUT is stopped after the
 * drivers close, and must not find its store gone while it still runs. Each
 * new scenario removes the ones before it; the rest go when the suite exits.
 */
const leftover: string[] = []

function removeLeftovers(): void {
  for (const dir of leftover.splice(0))
    rmSync(dir, { recursive: true, force: true })
}

function scratchDir(): string {
  removeLeftovers()
  if (leftover.length === 0 && !hooked) {
    hooked = true
    process.once("exit", removeLeftovers)
  }
  const dir = mkdtempSync(join(tmpdir(), "marque-tsp-"))
  leftover.push(dir)
  return dir
}

let hooked = false
