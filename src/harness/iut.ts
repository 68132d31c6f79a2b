import { spawn, type ChildProcess } from "node:child_process"
import { once } from "node:events"
import { groupGone } from "../core/processes"
import { IutStartError } from "../errors"
import { fill, isListening, tcpParts } from "./endpoints"

export interface IutOptions {
  /** Shell command with {endpoint} {port} {host} placeholders. */
  command: string
  endpoint: string
  /** How long the IUT may take to bind. */
  startTimeoutMs: number
  /** Extra placeholder values, e.g. {service}. */
  values?: Record<string, string | number>
  /** Wait until the endpoint accepts connections (an IUT that binds); default true. */
  bindProbe?: boolean
  /** Where the suite reaches a binding IUT, when not at `endpoint` (it binds 0.0.0.0 in a namespace). */
  reachAt?: string
  /** Every endpoint the IUT must bind before it counts as started (default: reachAt or endpoint). */
  probeAt?: readonly string[]
  /** Runs the command under this program, e.g. ["ip", "netns", "exec", "marque7"]. */
  prefix?: readonly string[]
}

/** How long a killed group may take to be gone (a process stuck in the kernel is not waited for). */
const groupExitMs = 2000

/** How long the IUT's last output may take to arrive once its group is gone. */
const pipeDrainMs = 200

/**
 * Told when an IUT process group starts and when its leader exits. The
 * scenario process reports these to its supervisor, which clears out the
 * groups still up if that process dies (src/harness/supervise.ts).
 */
export const iutGroups: {
  up?: (pid: number) => void
  down?: (pid: number) => void
} = {}

/**
 * The implementation under test as a child process. It runs in its own
 * process group so stop() reaches the shell and whatever it started, and
 * only those: we signal the group we created, by PID.
 */
export class IutProcess {
  private child?: ChildProcess
  private output = ""
  /** stdout alone: what a client IUT reports (its replies), apart from its logs. */
  private out = ""
  exit?: { code: number | null; signal: NodeJS.Signals | null; at: number }

  constructor(readonly opts: IutOptions) {}

  get pid(): number | undefined {
    return this.child?.pid
  }

  get running(): boolean {
    return this.child !== undefined && this.exit === undefined
  }

  /** The last lines the IUT printed, for error messages. */
  tail(lines = 20): string {
    return this.output.split("\n").slice(-lines).join("\n").trim()
  }

  /** Everything the IUT wrote to stdout since it started (bounded), without stderr. */
  get stdout(): string {
    return this.out
  }

  async start(): Promise<void> {
    const parts = tcpParts(this.opts.endpoint)
    const cmd = fill(this.opts.command, {
      endpoint: this.opts.endpoint,
      host: parts?.host ?? "",
      port: parts?.port ?? "",
      ...this.opts.values,
    })
    this.exit = undefined
    this.output = ""
    this.out = ""
    const stdio: ["ignore", "pipe", "pipe"] = ["ignore", "pipe", "pipe"]
    const { prefix } = this.opts
    const child = prefix?.length
      ? spawn(prefix[0], [...prefix.slice(1), "sh", "-c", cmd], {
          detached: true,
          stdio,
        })
      : spawn(cmd, { shell: true, detached: true, stdio })
    this.child = child
    const pid = child.pid
    if (pid) iutGroups.up?.(pid)
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-16_384)
    }
    child.stdout!.on("data", (chunk: Buffer) => {
      keep(chunk)
      // Bounded: a client that floods stdout cannot exhaust the suite.
      if (this.out.length < 1_048_576) this.out += chunk.toString()
    })
    child.stderr!.on("data", keep)
    child.once("exit", (code, signal) => {
      this.exit = { code, signal, at: Date.now() }
      if (pid) iutGroups.down?.(pid)
    })
    child.once("error", err => {
      this.output += `\nspawn failed: ${err.message}`
      this.exit ??= { code: null, signal: null, at: Date.now() }
    })
    if (this.opts.bindProbe === false) return
    const probes = this.opts.probeAt ?? [
      this.opts.reachAt ?? this.opts.endpoint,
    ]
    for (const at of probes) {
      const probe = tcpParts(at)
      if (probe) await this.waitForBind(cmd, at, probe.host, probe.port)
    }
  }

  private async waitForBind(
    cmd: string,
    at: string,
    host: string,
    port: number,
  ): Promise<void> {
    const deadline = Date.now() + this.opts.startTimeoutMs
    while (Date.now() < deadline) {
      if (this.exit) {
        throw new IutStartError(
          cmd,
          at,
          `exited (${describeExit(this.exit)}) before binding ${at}`,
          this.tail(),
        )
      }
      if (await isListening(host, port)) return
      await new Promise(r => setTimeout(r, 20))
    }
    await this.stop()
    throw new IutStartError(
      cmd,
      at,
      `did not bind ${at} within ${this.opts.startTimeoutMs} ms`,
      this.tail(),
    )
  }

  /** Sends a signal to the IUT's process group (SIGSTOP/SIGCONT too). */
  signal(sig: NodeJS.Signals): void {
    if (!this.running || !this.child?.pid) return
    try {
      process.kill(-this.child.pid, sig)
    } catch {
      // the group is already gone
    }
  }

  private exited(): Promise<void> {
    return new Promise<void>(resolve =>
      this.child!.once("exit", () => resolve()),
    )
  }

  /**
   * kill -9 of the whole group, as a crash would; resolves once every
   * process of it is gone, so its ports are free for whoever binds them
   * next (the IUT started again, or the suite in its place). The shell of
   * `sh -c "python3 server.py"` exits before the interpreter has let go of
   * its sockets.
   */
  async kill(): Promise<void> {
    if (!this.running) return
    const exited = this.exited()
    this.signal("SIGKILL")
    await exited
    await this.settle()
  }

  /**
   * Waits for the group to be gone, then closes this end of the IUT's
   * pipes: a process that left the group (setsid, a daemon) would hold
   * them open and keep the suite's process from ever exiting.
   */
  private async settle(): Promise<void> {
    const c = this.child
    if (!c?.pid) return
    await groupGone(c.pid, groupExitMs)
    const open = [c.stdout, c.stderr].filter(s => s && !s.closed)
    if (open.length)
      await Promise.race([
        once(c, "close"),
        new Promise(r => setTimeout(r, pipeDrainMs)),
      ])
    c.stdout?.destroy()
    c.stderr?.destroy()
  }

  /** SIGTERM, then SIGKILL after graceMs. Resolves once the process exited. */
  async stop(graceMs = 2000): Promise<void> {
    if (!this.running) return
    const exited = this.exited()
    this.signal("SIGCONT")
    this.signal("SIGTERM")
    const timer = setTimeout(() => this.signal("SIGKILL"), graceMs)
    await exited
    clearTimeout(timer)
    // The shell may exit before its children: clear out the rest of the group.
    if (this.child?.pid) {
      try {
        process.kill(-this.child.pid, "SIGKILL")
      } catch {
        // nothing left
      }
      await this.settle()
    }
  }
}

export function describeExit(e: {
  code: number | null
  signal: string | null
}): string {
  return e.signal ? `signal ${e.signal}` : `exit code ${e.code}`
}
