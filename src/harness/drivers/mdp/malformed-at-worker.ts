import { renderFrame } from "../../../codec"
import { casesOf, describeCase, listCases, type MalformedCase, type MutationKind, substitute } from "../../malformed"
import { ConformanceFailure } from "../../verdict"
import type { WorkerUnderTest } from "./worker-under-test"

/** The client address in the golden REQUESTs, replaced per case so an answer names its case. */
const placeholder = Buffer.from("C-placeholder")

/**
 * Every malformed case of one kind on the worker's one connection (a worker
 * has no other), then one valid REQUEST: a worker reads its connection in
 * order, so once it answers that, it has read every case.
 */
export class MalformedAtWorker {
  private sent: MalformedCase[] = []
  private readonly byAddress = new Map<string, MalformedCase>()
  private kind = ""

  constructor(private readonly worker: WorkerUnderTest) {}

  async send(kind: MutationKind): Promise<void> {
    const { ctx } = this.worker
    const cases = casesOf(ctx.dialect.wire, "worker", kind, () => ({ client: placeholder }))
    if (cases.length === 0) throw new Error(`${ctx.dialect.protocol} has no ${kind} mutation a worker's decoder rejects`)
    this.kind = kind
    this.sent = cases
    ctx.transcript.note("suite", `sending ${cases.length} ${kind} mutations on the worker's connection`)
    for (const [k, c] of cases.entries()) {
      const address = Buffer.from(`C-malformed-${k}`)
      this.byAddress.set(address.toString("hex"), c)
      await this.worker.broker.sendRaw(this.worker.connection!, substitute(c.frames, placeholder, address))
    }
  }

  /**
   * The worker answers a valid REQUEST on the same connection, and answers
   * none of the malformed ones: acting on one breaks the rule that every
   * message is validated (MDP-22 / MDP2-23), whatever the answer looks like.
   */
  async expectStillServes(client: string): Promise<void> {
    const { ctx } = this.worker
    let answered: ConformanceFailure | undefined
    const stray = (address: Buffer) => {
      const c = this.byAddress.get(address.toString("hex"))
      if (c) throw (answered = new ConformanceFailure(ctx.primaryRule, `no answer to ${describeCase(c)}`, `the worker answered it (client address ${renderFrame(address)})`))
    }
    try {
      await this.worker.request(client, [Buffer.from("still there?")])
      await this.worker.expectReply(client, ctx.timing.reply, stray)
    } catch (err) {
      // Other rules (a second READY, a broken answer) are the worker's own, not the batch's.
      if (err === answered || !(err instanceof ConformanceFailure) || err.rule !== ctx.primaryRule) throw err
      throw new ConformanceFailure(err.rule, err.expected, `${err.actual}, after the ${this.kind} mutations (${listCases(this.sent)})`)
    }
  }
}

const drivers = new WeakMap<WorkerUnderTest, MalformedAtWorker>()

/** The scenario's malformed batch at the worker under test. */
export function malformedAtWorker(worker: WorkerUnderTest): MalformedAtWorker {
  let d = drivers.get(worker)
  if (!d) drivers.set(worker, (d = new MalformedAtWorker(worker)))
  return d
}
