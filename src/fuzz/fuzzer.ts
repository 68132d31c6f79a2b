import { monitorEventLoopDelay } from "node:perf_hooks"
import { Flood } from "./flood"
import { MalformedStream } from "./mutations"
import { describeExit } from "./peer-process"
import { newStats, record, roundTripsUntil } from "./round-trips"
import {
  type Failure,
  type FailureKind,
  type FuzzOptions,
  type FuzzResult,
  mb,
  type Settled,
  settle,
  setupFailed,
} from "./result"
import { type RssFigures, RssSampler } from "./rss"
import { startTarget } from "./start-target"
import type { Target } from "./target"
import { triage } from "./triage"

export type * from "./result"
export { mb } from "./result"
export type { TargetName } from "./target"

/**
 * Floods one reference peer with the seeded malformed stream while honest
 * round trips go on, and judges it: it must stay up, answer every honest
 * request within the deadline, keep its memory bounded and log no error.
 */
export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const o = settle(options)
  let target: Target
  try {
    target = await startTarget(o)
  } catch (err) {
    return setupFailed(o, (err as Error).message)
  }
  const result = await new FuzzRun(o, target).run()
  if (!o.triage || !result.window) return result
  if (!result.failures.some(f => triaged.has(f.kind))) return result
  const { from, to } = result.window
  o.progress?.(
    `${o.target}: replaying stream ${from}..${to} one message at a time to find the culprit`,
  )
  try {
    return { ...result, triage: await triage(o, from, to) }
  } catch (err) {
    const warning = `the replay to find the culprit failed: ${(err as Error).message}`
    return { ...result, warnings: [...result.warnings, warning] }
  }
}

/** Failures one message can cause; a leak or a stall needs many. */
const triaged = new Set<FailureKind>([
  "peer-exited",
  "round-trip-missed",
  "peer-error",
  "session-restarted",
  "invalid-output",
])

/** One run against one started target; every failure aborts the flood. */
class FuzzRun {
  private readonly failures: Failure[] = []
  private readonly abort = new AbortController()
  private readonly flood: Flood
  private readonly stats = newStats()
  private readonly rss: RssSampler
  private ending = false
  /** The fuzzer's own event-loop delay: a busy box stalls it too. */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 })

  constructor(
    private readonly o: Settled,
    private readonly target: Target,
  ) {
    this.flood = new Flood(
      new MalformedStream(o.wire, o.seed, o.target, o.from),
      o.messages,
      o.rate,
    )
    this.rss = new RssSampler(
      () => target.peer.rssKb(),
      o.maxRssGrowthMb * 1024,
      f =>
        this.fail(
          "rss-growth",
          `RSS grew from ${mb(f.startKb)} to ${mb(f.peakKb)} MB after ${this.flood.sent} malformed messages (bound: start + ${o.maxRssGrowthMb} MB)`,
        ),
    )
  }

  async run(): Promise<FuzzResult> {
    await this.warmUp()
    this.watchExit()
    this.rss.start()
    const watch = this.watchdog()
    const durationMs = await this.floodWithHonestTraffic()
    clearInterval(watch)
    await this.afterFlood()
    const rss = this.rss.stop()
    this.ending = true
    const { peer } = this.target
    for (const line of peer.errors)
      this.fail("peer-error", `the ${this.o.target} logged an error: ${line}`)
    const { problems, warnings, figures } = this.target.findings()
    warnings.push(...this.stalls(figures))
    for (const p of problems) this.fail(p.kind, p.message)
    await this.target.close()
    await peer.stop()
    return this.result(durationMs, rss, warnings, figures)
  }

  private fail(kind: FailureKind, message: string): void {
    this.failures.push({ kind, message })
    this.abort.abort()
  }

  /** The peer must serve before the flood starts, or nothing is measured. */
  private async warmUp(): Promise<void> {
    const ms = await this.target
      .roundTrip(this.o.deadlineMs * 2)
      .catch(() => undefined)
    if (ms === undefined)
      this.fail(
        "setup",
        `no honest round trip through the ${this.o.target} before the flood\n${this.target.peer.lastLines()}`,
      )
    else record(this.stats, ms)
  }

  private watchExit(): void {
    const { peer } = this.target
    void peer.exited.then(e => {
      if (this.ending) return
      this.fail(
        "peer-exited",
        `${peer.command} exited (${describeExit(e)}) after ${this.flood.sent} malformed messages\n${peer.lastLines()}`,
      )
    })
  }

  /** Every second: a stall check (nothing sent for stallMs), and progress every 5 s. */
  private watchdog(): NodeJS.Timeout {
    const { o, flood, stats } = this
    let lastSent = -1
    let lastMoved = performance.now()
    let lastReport = lastMoved
    return setInterval(() => {
      const now = performance.now()
      if (flood.sent !== lastSent) {
        lastSent = flood.sent
        lastMoved = now
      } else if (!flood.done && now - lastMoved > o.stallMs) {
        this.fail(
          "stalled",
          `no malformed message could be sent for ${o.stallMs} ms after ${flood.sent}: the ${o.target} stopped reading`,
        )
      }
      if (!o.progress || now - lastReport < 5000) return
      lastReport = now
      const { finalKb, peakKb } = this.rss.figures
      o.progress(
        `${o.target}: ${flood.sent} malformed sent, ${stats.count} honest round trips, RSS ${mb(finalKb)} MB (peak ${mb(peakKb)})`,
      )
    }, 1000)
  }

  /** Attackers and honest round trips at once; resolves to the flood's duration. */
  private async floodWithHonestTraffic(): Promise<number> {
    const { o, target, flood, abort } = this
    const started = performance.now()
    target.peer.resetLogGap()
    this.loopDelay.enable()
    const floodDone = new AbortController()
    const honest = roundTripsUntil(
      target.roundTrip,
      this.stats,
      o.deadlineMs,
      floodDone.signal,
    ).then(
      missed => {
        if (!missed || abort.signal.aborted) return
        const at = Math.round(missed.sentAt - started)
        this.fail(
          "round-trip-missed",
          `honest round trip #${missed.number}, sent ${at} ms into the flood (after ${flood.sent} malformed messages), got no REPLY within ${missed.deadlineMs} ms`,
        )
      },
      err =>
        this.fail(
          "round-trip-missed",
          `honest round trip failed: ${(err as Error).message}`,
        ),
    )
    if (!abort.signal.aborted) {
      const attacks = target.attackers.map(send =>
        flood.attack(send, abort.signal),
      )
      await Promise.all(attacks).catch(err =>
        this.fail(
          "send-failed",
          `attacker send failed: ${(err as Error).message}`,
        ),
      )
    }
    const durationMs = performance.now() - started
    this.loopDelay.disable()
    floodDone.abort()
    await honest
    return durationMs
  }

  /** After the flood the peer must still serve. */
  private async afterFlood(): Promise<void> {
    if (this.abort.signal.aborted) return
    const { deadlineMs } = this.o
    const ms = await this.target.roundTrip(deadlineMs).catch(() => undefined)
    if (ms === undefined)
      this.fail(
        "round-trip-missed",
        `no REPLY within ${deadlineMs} ms to the honest request sent after the flood`,
      )
    else record(this.stats, ms)
  }

  /**
   * Who stalled during the flood: the fuzzer (its event-loop delay) or the
   * peer (the longest silence in its log). Timing failures on a busy box
   * are only the peer's fault when the fuzzer kept up.
   */
  private stalls(figures: Record<string, number>): string[] {
    const fuzzerMs = Math.round(this.loopDelay.max / 1e6)
    const peerMs = this.target.peer.maxLogGapMs
    figures["fuzzer stall max ms"] = fuzzerMs
    figures[`${this.o.target} log gap max ms`] = peerMs
    const limit = 3 * this.o.heartbeatMs
    const out: string[] = []
    if (fuzzerMs > limit)
      out.push(
        `the fuzzer itself stalled for up to ${fuzzerMs} ms: timing failures may be its own (busy box?)`,
      )
    if (peerMs > Math.max(limit, 2000))
      out.push(
        `the ${this.o.target} logged nothing for up to ${peerMs} ms under the flood: it stalled`,
      )
    return out
  }

  /** The remembered stretch of the stream, when anything was sent. */
  private window(): { from: number; to: number } | undefined {
    const sent = this.flood.lastIndexes()
    if (sent.length === 0) return undefined
    return { from: Math.min(...sent), to: Math.max(...sent) }
  }

  private result(
    durationMs: number,
    rss: RssFigures,
    warnings: string[],
    figures: Record<string, number>,
  ): FuzzResult {
    const { o, flood } = this
    return {
      protocol: o.protocol,
      target: o.target,
      seed: o.seed,
      from: o.from,
      ok: this.failures.length === 0,
      failures: this.failures,
      warnings,
      messages: flood.sent,
      skippedValid: flood.skippedValid,
      bytes: flood.bytes,
      durationMs,
      messagesPerSecond: durationMs > 0 ? flood.sent / (durationMs / 1000) : 0,
      deadlineMs: o.deadlineMs,
      roundTrips: this.stats,
      rss,
      maxRssGrowthMb: o.maxRssGrowthMb,
      kinds: Object.fromEntries(flood.kinds),
      rules: Object.fromEntries(flood.rules),
      peerLog: Object.fromEntries(this.target.peer.events),
      figures,
      lastSent: flood.lastIndexes(64),
      window: this.window(),
    }
  }
}
