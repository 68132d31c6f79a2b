import type { ScenarioResult } from "../harness/collect"

/** Where progress goes: a terminal redraws one status line, anything else gets plain lines. */
export interface ProgressSink {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

/**
 * Live progress of a run: one line per finished scenario (as before), and
 * on a terminal a status line under them with the count, the scenario
 * running, the requirements it checks and the time so far. Under CI or
 * into a file the status line is left out: logs get plain lines only.
 */
export class Progress {
  private readonly live: boolean
  private readonly started = Date.now()
  private done = 0
  private current?: { name: string; requirements: readonly string[] }
  private timer?: NodeJS.Timeout

  constructor(
    private readonly out: ProgressSink,
    private total?: number,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.live = !!out.isTTY && !env.CI && env.TERM !== "dumb"
  }

  /** The number of scenarios the run will execute, once known. */
  plan(total: number): void {
    this.total = total
  }

  start(name: string, requirements: readonly string[]): void {
    this.current = { name, requirements }
    if (!this.live) return
    // Elapsed time moves even while one long scenario runs.
    this.timer ??= setInterval(() => this.draw(), 1000)
    this.timer.unref()
    this.draw()
  }

  finish(r: ScenarioResult): void {
    this.done++
    this.current = undefined
    this.clear()
    const mark =
      r.status === "PASSED"
        ? "ok  "
        : r.status === "SKIPPED"
          ? "skip"
          : r.status === "ERROR"
            ? "ERR "
            : "FAIL"
    const rule = r.error
      ? `  <- ${r.error.message}`
      : r.verdict?.failure
        ? `  <- ${r.verdict.failure.rule}`
        : ""
    this.out.write(
      `  ${this.count()} ${mark} ${r.name} (${r.durationMs} ms)${rule}\n`,
    )
    this.draw()
  }

  /** Clears the status line and stops its timer: call once the run is over. */
  end(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    this.clear()
  }

  /** "[3/40]", or "[3]" while the total is unknown. */
  private count(): string {
    const n = String(this.done)
    return this.total
      ? `[${n.padStart(String(this.total).length)}/${this.total}]`
      : `[${n}]`
  }

  /** The status line, cut to the terminal's width. */
  statusLine(): string {
    const secs = ((Date.now() - this.started) / 1000).toFixed(0)
    const c = this.current
    const what = c
      ? `${c.requirements.slice(0, 3).join(" ")}${c.requirements.length > 3 ? " …" : ""}  ${c.name}`
      : "between scenarios"
    const line = `  ${this.count()} ${secs} s  ${what}`
    const width = (this.out.columns ?? 100) - 1
    return line.length > width ? line.slice(0, width - 1) + "…" : line
  }

  private draw(): void {
    if (this.live) this.out.write(`\r\x1b[2K${this.statusLine()}`)
  }

  private clear(): void {
    if (this.live) this.out.write("\r\x1b[2K")
  }
}
