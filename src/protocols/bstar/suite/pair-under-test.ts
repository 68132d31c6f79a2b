import { describeExit, type IutProcess } from "../../../harness/iut"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import type { StateName } from "../machine"
import { FakePeer } from "./fake-peer"
import { ask } from "./probe-client"
import { type Seen, StateWatch } from "./state-watch"

export type Server = "primary" | "backup"
export const other = (s: Server): Server =>
  s === "primary" ? "backup" : "primary"

const show = (seen: readonly Seen[]) =>
  seen.length
    ? seen
        .slice(-6)
        .map(s => s.state ?? "invalid")
        .join(", ")
    : "nothing"

/**
 * The suite around a pair under test: it watches each server's statepub
 * (BSTAR-2: as its peer would), asks either server as a client, kills,
 * restarts and freezes them, and can take a killed server's place on the
 * state link (FakePeer) to drive one cell of the table on the other.
 *
 * A server the suite kills leaves run.iuts, so the run does not count its
 * exit as a crash, and comes back in when started again; a crash of the
 * other one is still blamed.
 */
export class PairUnderTest {
  private readonly watches = new Map<Server, StateWatch>()
  private readonly killed = new Map<Server, IutProcess>()
  private fake_?: FakePeer
  private asked = 0

  constructor(private readonly run: ScenarioRun) {}

  get heartbeatMs(): number {
    return this.run.timing.heartbeatMs
  }

  /** BSTAR-5: the silence after which a server counts its peer dead. */
  get failoverMs(): number {
    return 2 * this.heartbeatMs
  }

  /** How long a state may take to show: a heartbeat's tick, plus slack for a loaded machine. */
  get stateDue(): number {
    return Math.max(1000, 4 * this.heartbeatMs)
  }

  watch(s: Server): StateWatch {
    let w = this.watches.get(s)
    if (!w) {
      w = new StateWatch(
        `${s} statepub`,
        this.run.endpoint("statepub", s),
        this.run.transcript,
      )
      this.watches.set(s, w)
    }
    return w
  }

  /** The first state of a scenario: primary ACTIVE, backup PASSIVE, the primary serving. */
  async serving(): Promise<void> {
    // Both servers just started: a heartbeat to hear each other, one to say so.
    const startup = Math.max(3000, 8 * this.heartbeatMs)
    await this.expectState("primary", "ACTIVE", startup, "BSTAR-8")
    await this.expectState("backup", "PASSIVE", startup, "BSTAR-9")
    await this.expectServed("primary", this.run.timing.reply, "BSTAR-14")
  }

  /** BSTAR-4, BSTAR-6: a state at least every heartbeat over `ms`, with clients served meanwhile if asked. */
  async expectHeartbeats(s: Server, ms: number, load: boolean): Promise<void> {
    const w = this.watch(s)
    const since = performance.now()
    const until = since + ms
    let traffic = Promise.resolve()
    if (load)
      traffic = (async () => {
        while (performance.now() < until) {
          await this.expectServed(s, this.run.timing.reply, "BSTAR-14")
          await new Promise(r => setTimeout(r, this.heartbeatMs / 4))
        }
      })()
    await new Promise(r => setTimeout(r, ms))
    await traffic
    const times = [since, ...w.after(since).map(x => x.at), performance.now()]
    // A tick may land late on a loaded machine: three quarters of a heartbeat of slack.
    const most = 1.75 * this.heartbeatMs
    const gap = Math.max(...times.slice(1).map((t, i) => t - times[i]))
    if (gap > most)
      throw new ConformanceFailure(
        "BSTAR-4",
        `a state from the ${s} at least every ${this.heartbeatMs} ms (allowing ${most})`,
        `${Math.round(gap)} ms without one${this.gone(s) ? ` (${this.gone(s)})` : ""}; ${w.after(since).length} states in ${Math.round(ms)} ms`,
      )
  }

  /** Asks `s` every heartbeat until it serves, within `ms`: how long it took. */
  async expectServedSoon(s: Server, ms: number, rule: string): Promise<number> {
    const start = performance.now()
    const deadline = start + ms
    for (;;) {
      const left = deadline - performance.now()
      const wait = Math.min(left, this.heartbeatMs)
      try {
        await this.expectServed(s, Math.max(wait, 1), rule)
        return performance.now() - start
      } catch (err) {
        if (!(err instanceof ConformanceFailure) || err.rule !== rule) throw err
        if (left <= wait) throw err
      }
    }
  }

  /** BSTAR-25: from the kill to the first reply, asking every heartbeat. */
  async expectFailover(s: Server, ms: number, rule: string): Promise<void> {
    await this.expectServedSoon(s, ms, rule)
    const took = performance.now() - this.run.faultAt
    this.run.observations.push({
      rule,
      grade: "pass",
      detail: `failover in ${Math.round(took)} ms (kill to the first reply, asking every ${this.heartbeatMs} ms)`,
    })
  }

  /** The suite's stand-in for a killed server on the state link. */
  fake(): FakePeer {
    if (!this.fake_) throw new Error("the suite has taken no server's place")
    return this.fake_
  }

  /** Why `s` can no longer answer: it exited and the suite did not kill it. */
  gone(s: Server): string | undefined {
    const iut = this.run.iuts.get(s)
    return iut?.exit && `the ${s} exited (${describeExit(iut.exit)})`
  }

  /** Waits until `s` publishes `state`; fails on `rule`, or BSTAR-3/BSTAR-4 when it publishes nothing valid. */
  async expectState(
    s: Server,
    state: StateName,
    within: number,
    rule: string,
  ): Promise<void> {
    const w = this.watch(s)
    const since = performance.now()
    const deadline = since + within
    let seen: Seen | undefined
    while (!seen && performance.now() < deadline) {
      const slice = Math.min(deadline, performance.now() + 100)
      seen = await w.first(x => x.state === state || !!x.invalid, slice, since)
      const why = this.gone(s)
      if (!seen && why)
        throw new ConformanceFailure(
          rule,
          `the ${s} to publish ${state}`,
          `${why}; it published ${show(w.after(since))}`,
        )
    }
    if (seen?.invalid)
      throw new ConformanceFailure(
        "BSTAR-3",
        `a state message from the ${s}: one frame, "1" to "4"`,
        seen.invalid,
      )
    if (seen) return
    const after = w.after(since)
    if (!after.length) this.silent(s, within)
    throw new ConformanceFailure(
      rule,
      `the ${s} to publish ${state} within ${Math.round(within)} ms`,
      `it published ${show(after)}`,
    )
  }

  /** Watches `s` for `ms`: it keeps publishing `state`, and nothing else. */
  async expectStays(
    s: Server,
    state: StateName,
    ms: number,
    rule: string,
  ): Promise<void> {
    const w = this.watch(s)
    const since = performance.now()
    const other = await w.first(x => x.state !== state, since + ms, since)
    if (other?.invalid)
      throw new ConformanceFailure(
        "BSTAR-3",
        `a state message from the ${s}: one frame, "1" to "4"`,
        other.invalid,
      )
    const why = this.gone(s)
    if (other || why)
      throw new ConformanceFailure(
        rule,
        `the ${s} to stay ${state} for ${Math.round(ms)} ms`,
        `${why ? `${why}; ` : ""}it published ${show(w.after(since))}`,
      )
    if (!w.after(since).length) this.silent(s, ms)
  }

  /** BSTAR-4: a server that said nothing for that long broke the heartbeat. */
  private silent(s: Server, ms: number): never {
    throw new ConformanceFailure(
      "BSTAR-4",
      `the ${s} to publish its state every ${this.heartbeatMs} ms`,
      `no state message from the ${s} in ${Math.round(ms)} ms${this.gone(s) ? ` (${this.gone(s)})` : ""}`,
    )
  }

  /** A client request to `s`: its echo within `within`, blamed on `rule` when missing. */
  async expectServed(s: Server, within: number, rule: string): Promise<number> {
    const body = [Buffer.from(String(++this.asked))]
    const a = await ask(
      `client → ${s}`,
      this.run.endpoint("frontend", s),
      body,
      within,
      this.run.transcript,
    )
    if (a.kind === "invalid")
      throw new ConformanceFailure(a.rule, "the request echoed", a.detail)
    if (a.kind === "none")
      throw new ConformanceFailure(
        rule,
        `the ${s} to answer a request within ${Math.round(within)} ms`,
        this.gone(s) ?? "no reply",
      )
    if (!a.body[0]?.equals(body[0]) || a.body.length !== 1)
      throw new ConformanceFailure(
        "BSTAR-14",
        `the echo ["${body[0]}"]`,
        `the reply [${a.body.map(b => `"${b}"`).join("")}]`,
      )
    return a.ms
  }

  /**
   * A client request to `s` that must get nothing: an echo means the
   * server took it (`rule`), anything else is a reply to a rejected
   * request (BSTAR-20).
   */
  async expectDropped(s: Server, ms: number, rule: string): Promise<void> {
    const body = [Buffer.from(String(++this.asked))]
    const a = await ask(
      `client → ${s}`,
      this.run.endpoint("frontend", s),
      body,
      ms,
      this.run.transcript,
    )
    if (a.kind === "none") return
    const echo =
      a.kind === "reply" && a.body.length === 1 && a.body[0].equals(body[0])
    throw new ConformanceFailure(
      echo ? rule : "BSTAR-20",
      `no reply from the ${s} for ${Math.round(ms)} ms`,
      echo
        ? "it served the request"
        : a.kind === "reply"
          ? `the reply [${a.body.map(b => `"${b}"`).join("")}]`
          : a.detail,
    )
  }

  /** kill -9; the server is out of the run until started again. */
  async kill(s: Server): Promise<void> {
    const iut = this.run.iuts.get(s)
    if (!iut) throw new Error(`the suite has no ${s} to kill`)
    this.run.iuts.delete(s)
    this.killed.set(s, iut)
    this.run.faultAt = performance.now()
    this.run.transcript.note("suite", `fault: kill -9 the ${s}`)
    await iut.kill()
  }

  /** The killed server again: same command, same endpoints. */
  async startAgain(s: Server): Promise<void> {
    const iut = this.killed.get(s)
    if (!iut) throw new Error(`the suite did not kill the ${s}`)
    this.killed.delete(s)
    this.run.transcript.note("suite", `starting the ${s} again`)
    await iut.start()
    this.run.iuts.set(s, iut)
  }

  /** kill -9 and start again at once (BSTAR-11: a quick restart). */
  async restart(s: Server): Promise<void> {
    await this.kill(s)
    await this.startAgain(s)
  }

  /** kill -9 right after `s` published: its peer heard it a moment ago, so has a whole failover timeout to go. */
  async killAfterState(s: Server): Promise<void> {
    const now = performance.now()
    await this.watch(s).first(() => true, now + this.stateDue, now)
    await this.kill(s)
  }

  /**
   * The suite in a killed server's place on the state link: `s`'s PUB
   * bound where its peer connects. `s` is killed just after it published,
   * so the suite's first state reaches the peer before it counts `s` dead.
   */
  async impersonate(s: Server): Promise<FakePeer> {
    if (!this.killed.has(s)) await this.killAfterState(s)
    this.fake_ = new FakePeer(
      `suite as ${s}`,
      this.heartbeatMs,
      this.run.transcript,
    )
    await this.fake_.bind(this.run.endpoint("statepub", s))
    return this.fake_
  }

  /**
   * One of `servers` exits within `ms` (BSTAR-16, BSTAR-17); those that
   * did are then out of the run. When both may, as after a healed split,
   * whichever hears the other first exits: one is enough.
   */
  async expectExit(servers: Server[], ms: number, rule: string): Promise<void> {
    const iuts = servers.map(s => [s, this.process(s)] as const)
    const deadline = performance.now() + ms
    while (!iuts.some(([, i]) => i.exit) && performance.now() < deadline)
      await new Promise(r => setTimeout(r, 20))
    const exited = iuts.filter(([, i]) => i.exit)
    if (!exited.length)
      throw new ConformanceFailure(
        rule,
        `${servers.length > 1 ? "one of the servers" : `the ${servers[0]}`} to exit within ${Math.round(ms)} ms`,
        servers
          .map(
            s =>
              `the ${s} still runs, publishing ${show(this.watch(s).after(this.run.faultAt))}`,
          )
          .join("; "),
      )
    for (const [s, iut] of exited) {
      this.run.iuts.delete(s)
      this.killed.set(s, iut)
    }
  }

  freeze(s: Server): void {
    this.process(s).signal("SIGSTOP")
    this.run.faultAt = performance.now()
    this.run.transcript.note("suite", `fault: the ${s} frozen (SIGSTOP)`)
  }

  resume(s: Server): void {
    this.process(s).signal("SIGCONT")
    this.run.transcript.note("suite", `fault: the ${s} resumed (SIGCONT)`)
  }

  private process(s: Server): IutProcess {
    const iut = this.run.iuts.get(s)
    if (!iut?.running)
      throw new Error(`the suite has no running ${s} to act on`)
    return iut
  }

  async close(): Promise<void> {
    await Promise.all([...this.watches.values()].map(w => w.close()))
    await this.fake_?.close()
    // Killed servers are no longer in run.iuts: make sure none is left behind.
    await Promise.all([...this.killed.values()].map(i => i.stop()))
  }
}
