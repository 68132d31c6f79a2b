import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { packageRoot } from "../package-root"

const bin = join(packageRoot, "bin", "marque.js")

/** How a peer process ended. */
export interface PeerExit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

/**
 * A reference peer (`marque broker|worker …`) as a direct child, so its
 * PID is the Node process itself and /proc/<pid>/status is its memory. Its
 * stdout lines can be awaited; its JSON log lines on stderr are counted by
 * event, and error or fatal lines are kept for the report.
 */
export class PeerProcess {
  exit?: PeerExit
  readonly exited: Promise<PeerExit>
  /** Log lines per event name, and the `suppressed` counts they carry. */
  readonly events = new Map<string, { lines: number; suppressed: number }>()
  /**
   * Longest gap between the `time` of consecutive log lines since
   * resetLogGap(). A flooded peer logs every second (throttled), so a long
   * gap means the peer itself stalled, not the fuzzer.
   */
  maxLogGapMs = 0
  private lastLogTime?: number
  /** Log lines at level error (50) or fatal (60), first ones only. */
  readonly errors: string[] = []
  private readonly tail: string[] = []
  private readonly stdoutLines: string[] = []
  private readonly waiters = new Set<(line: string) => void>()

  private constructor(private readonly child: ChildProcess) {
    this.exited = once(child, "exit").then(([code, signal]) => {
      this.exit = { code, signal } as PeerExit
      return this.exit
    })
    createInterface({ input: child.stdout! }).on("line", l => {
      this.stdoutLines.push(l)
      for (const w of this.waiters) w(l)
    })
    createInterface({ input: child.stderr! }).on("line", l => this.onLog(l))
  }

  /** Starts `node bin/marque.js <args…>`. */
  static start(args: readonly string[]): PeerProcess {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    return new PeerProcess(child)
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  get command(): string {
    return `node bin/marque.js ${this.child.spawnargs.slice(2).join(" ")}`
  }

  /** The last stderr lines, for a failure report. */
  lastLines(n = 10): string {
    return this.tail.slice(-n).join("\n")
  }

  /** The first stdout line matching `pattern`, or an error after `within` ms or on exit. */
  async line(pattern: RegExp, within: number): Promise<RegExpMatchArray> {
    const seen = this.stdoutLines.map(l => l.match(pattern)).find(Boolean)
    if (seen) return seen
    let waiter!: (line: string) => void
    let timer: NodeJS.Timeout | undefined
    const found = new Promise<RegExpMatchArray>(resolve => {
      waiter = l => {
        const m = l.match(pattern)
        if (m) resolve(m)
      }
      this.waiters.add(waiter)
    })
    const failed = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error(`no line matching ${pattern} within ${within} ms`)),
        within,
      )
      void this.exited.then(e =>
        reject(
          new Error(
            `${this.command} exited (${describeExit(e)}) before printing ${pattern}\n${this.lastLines()}`,
          ),
        ),
      )
    })
    try {
      return await Promise.race([found, failed])
    } finally {
      clearTimeout(timer)
      this.waiters.delete(waiter)
    }
  }

  /** Resident set size in kB (VmRSS), or undefined once the process is gone. */
  rssKb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, "latin1")
      const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
      return m ? Number(m[1]) : undefined
    } catch {
      return undefined
    }
  }

  /** SIGTERM, then SIGKILL after graceMs; resolves once it exited. */
  async stop(graceMs = 2000): Promise<PeerExit> {
    if (this.exit) return this.exit
    this.child.kill("SIGTERM")
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs)
    const e = await this.exited
    clearTimeout(timer)
    return e
  }

  resetLogGap(): void {
    this.maxLogGapMs = 0
    this.lastLogTime = undefined
  }

  private onLog(line: string): void {
    this.tail.push(line)
    if (this.tail.length > 50) this.tail.shift()
    let entry: {
      level?: number
      time?: number
      event?: string
      suppressed?: number
    }
    try {
      entry = JSON.parse(line)
    } catch {
      entry = { level: 50, event: "unparsed-stderr" }
    }
    if (typeof entry.time === "number") {
      const gap = entry.time - (this.lastLogTime ?? entry.time)
      this.maxLogGapMs = Math.max(this.maxLogGapMs, gap)
      this.lastLogTime = entry.time
    }
    const key = entry.event ?? "(no event)"
    const count = this.events.get(key) ?? { lines: 0, suppressed: 0 }
    count.lines++
    count.suppressed +=
      typeof entry.suppressed === "number" ? entry.suppressed : 0
    this.events.set(key, count)
    if ((entry.level ?? 0) >= 50 && this.errors.length < 10)
      this.errors.push(line)
  }
}

export function describeExit(e: PeerExit): string {
  return e.signal ? `signal ${e.signal}` : `exit code ${e.code}`
}
