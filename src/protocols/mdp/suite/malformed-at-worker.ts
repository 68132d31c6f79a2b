import { renderFrame } from "../../../codec"
import {
  casesOf,
  describeCase,
  listCases,
  type MalformedCase,
  type MutationKind,
  substitute,
} from "../../../harness/malformed"
import { ConformanceFailure } from "../../../harness/verdict"
import { sameFrames, showFrames } from "./fake-worker"
import { robustness } from "./malformed-verdicts"
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
    const cases = casesOf(ctx.dialect.wire, "worker", kind, () => ({
      client: placeholder,
    }))
    if (cases.length === 0)
      throw new Error(
        `${ctx.dialect.protocol} has no ${kind} mutation a worker's decoder rejects`,
      )
    this.kind = kind
    // Each case its own client address, so an answer names the case it was made of.
    this.sent = cases.map((c, k) => ({
      ...c,
      frames: substitute(
        c.frames,
        placeholder,
        Buffer.from(`C-malformed-${k}`),
      ),
    }))
    ctx.transcript.note(
      "suite",
      `sending ${cases.length} ${kind} mutations on the worker's connection`,
    )
    for (const [k, c] of this.sent.entries()) {
      this.byAddress.set(Buffer.from(`C-malformed-${k}`).toString("hex"), c)
      await this.worker.broker.sendRaw(this.worker.connection!, c.frames)
    }
  }

  /**
   * The worker answers a valid REQUEST on the same connection. Answers to
   * malformed ones, which come first (a worker reads its connection in
   * order), are all collected and graded together: 7/MDP gives a worker no
   * rule to drop invalid messages (MDP-34 binds the broker), so acting on
   * one is read as that SHOULD is for a broker, non-strict, recorded on the
   * definition it ignores (MDP-22 / MDP2-23). Not answering the valid one,
   * or exiting, breaks the suite's robustness rule.
   */
  async expectStillServes(client: string): Promise<void> {
    const { ctx } = this.worker
    const body = [Buffer.from("still there?")]
    const answered: string[] = []
    const stray = (answer: { client: Buffer; body: Buffer[] }) => {
      const made = this.answeredCases(answer)
      // An answer to the valid REQUEST with a wrong address is that answer's own fault (MDP-37).
      if (made.length === 0 && sameFrames(answer.body, body)) return false
      const which =
        made.length === 1
          ? describeCase(made[0])
          : made.length > 1
            ? `one of ${listCases(made)}`
            : `one of the ${this.kind} mutations`
      answered.push(
        `${which}: answered with client address ${renderFrame(answer.client)} and body ${showFrames(answer.body)}`,
      )
      return true
    }
    const grade = () => {
      if (answered.length)
        ctx.observe?.({
          rule: ctx.dialect.rules.validated,
          grade: "non-strict",
          detail: `Expected: no answer to any of the ${this.sent.length} ${this.kind} mutations\nActual: the worker acted on ${answered.length}: ${answered.join("; ")}`,
        })
    }
    try {
      await this.worker.request(client, body)
      await this.worker.expectReply(client, ctx.timing.reply, stray)
    } catch (err) {
      grade()
      // Other rules (a second READY, a broken answer) are the worker's own, not the batch's.
      if (!(err instanceof ConformanceFailure) || err.rule !== robustness)
        throw err
      throw new ConformanceFailure(
        robustness,
        err.expected,
        `${err.actual}, after the ${this.kind} mutations (${listCases(this.sent)})`,
      )
    }
    grade()
  }

  /**
   * The cases an answer may have been made of: the one whose own address
   * it carries, or else those that have its address followed, one frame
   * on, by its body (what a worker that skips the delimiter check echoes).
   */
  private answeredCases(answer: {
    client: Buffer
    body: Buffer[]
  }): MalformedCase[] {
    const own = this.byAddress.get(answer.client.toString("hex"))
    if (own) return [own]
    return this.sent.filter(c =>
      c.frames.some(
        (f, i) =>
          f.equals(answer.client) &&
          sameFrames(c.frames.slice(i + 2), answer.body),
      ),
    )
  }
}

const drivers = new WeakMap<WorkerUnderTest, MalformedAtWorker>()

/** The scenario's malformed batch at the worker under test. */
export function malformedAtWorker(worker: WorkerUnderTest): MalformedAtWorker {
  let d = drivers.get(worker)
  if (!d) drivers.set(worker, (d = new MalformedAtWorker(worker)))
  return d
}
