import { type ChildProcess, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { createInterface, type Interface } from "node:readline"
import type { BrokerProcessStats } from "./soak-broker"

/** The soak run's processes: the broker it watches and the workers it kills. */

const node = process.execPath
export const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10

export class BrokerProcess {
  readonly child: ChildProcess
  private readonly lines: Interface
  private readonly waiting: Array<(line: string) => void> = []
  poisonDropped = 0

  constructor(heartbeatMs: number) {
    const js = path.join(__dirname, "soak-broker.js")
    this.child = spawn(node, ["--expose-gc", js, String(heartbeatMs)], {
      stdio: ["pipe", "pipe", "pipe"],
    })
    this.lines = createInterface({ input: this.child.stdout! })
    this.lines.on("line", line => this.waiting.shift()?.(line))
    createInterface({ input: this.child.stderr! }).on("line", line => {
      if (/"event":"request-dropped".*"reason":"poison"/.test(line))
        this.poisonDropped++
    })
  }

  /** The next stdout line, within `ms`. */
  next(ms: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("soak: broker silent")),
        ms,
      )
      this.waiting.push(line => (clearTimeout(timer), resolve(line)))
    })
  }

  async ask(command: "stats" | "stop"): Promise<BrokerProcessStats> {
    const answer = this.next(10_000)
    this.child.stdin!.write(`${command}\n`)
    return JSON.parse(await answer) as BrokerProcessStats
  }

  rssBytes(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8")
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
  }
}

/** Keeps `count` soak workers running; kills one at random now and then. */
export class WorkerPool {
  private readonly live = new Set<ChildProcess>()
  private stopping = false
  killed = 0

  constructor(
    private readonly endpoint: string,
    private readonly heartbeatMs: number,
  ) {}

  start(count: number): void {
    for (let i = 0; i < count; i++) this.spawn()
  }

  killOne(): void {
    const all = [...this.live]
    const victim = all[Math.floor(Math.random() * all.length)]
    if (victim?.kill("SIGKILL")) this.killed++
  }

  async stop(): Promise<void> {
    this.stopping = true
    const exits = [...this.live].map(
      c => new Promise(resolve => c.once("exit", resolve)),
    )
    for (const c of this.live) c.kill("SIGTERM")
    const late = setTimeout(
      () => this.live.forEach(c => c.kill("SIGKILL")),
      5000,
    )
    await Promise.all(exits)
    clearTimeout(late)
  }

  private spawn(): void {
    const js = path.join(__dirname, "soak-worker.js")
    const args = [js, this.endpoint, "echo", String(this.heartbeatMs)]
    const child = spawn(node, args, { stdio: ["ignore", "ignore", "inherit"] })
    this.live.add(child)
    child.once("exit", () => {
      this.live.delete(child)
      // Back after a random pause, as a supervisor would restart it.
      if (!this.stopping)
        setTimeout(
          () => this.stopping || this.spawn(),
          100 + Math.random() * 400,
        )
    })
  }
}
