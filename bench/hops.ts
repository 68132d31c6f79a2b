import {
  type ChildProcess,
  execFileSync,
  spawn,
  spawnSync,
} from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { createInterface, type Interface } from "node:readline"
import { packageRoot } from "../src/package-root"
import type { WorkerKind } from "./load"
import { nativeBinary } from "./native"

/**
 * The hops a request crosses, each in its own process so that it has a core
 * of its own and its CPU time can be read from /proc:
 * - marque: the reference MDP broker (`marque broker`);
 * - forwarder: bench/forwarder.ts, the zero-logic ROUTER-ROUTER limit;
 * - fair: bench/one-in-flight.ts, the limit under MDP-48 (one request per
 *   worker at a time), on the brokers' MDP workers;
 * - python: the independent Python broker (test/peers/mdp_broker.py);
 * - native, native-fair: the same two limits in C against libzmq
 *   (bench/native/hops.c), what the machine allows without a JS runtime.
 */
export const hopNames = [
  "marque",
  "python",
  "forwarder",
  "fair",
  "native",
  "native-fair",
] as const
export type HopName = (typeof hopNames)[number]

export interface Hop {
  readonly name: HopName
  readonly pid: number
  readonly clientEndpoint: string
  readonly workerEndpoint: string
  readonly workerKind: WorkerKind
  /** Options of the load generator's sockets towards the hop (CURVE client keys, or none). */
  readonly socketOptions: Readonly<Record<string, unknown>>
  /** CPU seconds (user + system, all threads) used so far; undefined off Linux. */
  cpuSeconds(): number | undefined
  /** SIGTERM by PID, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>
}

const python = "/usr/bin/python3"
const heartbeatMs = "2500"
export const anyPort = "tcp://127.0.0.1:*"
const live = new Set<ChildProcess>()
process.once("exit", () => live.forEach(c => c.kill("SIGKILL")))

/** Why the Python broker cannot run here, or undefined if it can. */
export function pythonSkipReason(): string | undefined {
  const r = spawnSync(python, ["-c", "import zmq"], { encoding: "utf8" })
  if (r.error) return `${python} cannot be run (${r.error.message})`
  if (r.status !== 0)
    return `${python} cannot import zmq (apt-get install python3-zmq)`
  return undefined
}

/**
 * marque's broker as a CURVE server (RFC 26) with an allow-list (RFC 27),
 * and the keys the load generator's clients and workers connect with.
 */
export interface HopCurve {
  /** The broker's secret certificate (--curve-secret-key-file). */
  readonly secretKeyFile: string
  /** Its allow-list, holding the load generator's public key (--curve-allow). */
  readonly allowFile: string
  /** The load generator's socket options: server key and its own pair. */
  readonly clientOptions: Readonly<Record<string, unknown>>
}

/**
 * Starts one hop on a free port (binds port * and reads back the endpoint
 * from the "bound" line every hop prints). With `profile`, the Node.js
 * hops run under --cpu-prof and write that file on exit. With `curve`
 * (marque only), the broker is a CURVE server.
 */
export async function startHop(
  name: HopName,
  profile?: { readonly dir: string; readonly file: string },
  curve?: HopCurve,
): Promise<Hop> {
  if (curve && name !== "marque")
    throw new Error(`bench: only marque's broker runs with CURVE, not ${name}`)
  const curveArgs = curve
    ? [
        ...["--curve-secret-key-file", curve.secretKeyFile],
        ...["--curve-allow", curve.allowFile],
      ]
    : []
  const prof = profile
    ? [
        "--cpu-prof",
        `--cpu-prof-dir=${profile.dir}`,
        `--cpu-prof-name=${profile.file}`,
      ]
    : []
  const [cmd, args] = commandOf(name, prof)
  const p = await spawnBound(cmd, [...args, ...curveArgs])
  const [clientEndpoint, workerEndpoint = clientEndpoint] = p.endpoints
  return {
    name,
    pid: p.pid,
    clientEndpoint,
    workerEndpoint,
    workerKind: name === "forwarder" || name === "native" ? "echo" : "mdp",
    socketOptions: curve?.clientOptions ?? {},
    cpuSeconds: () => cpuSecondsOf(p.pid),
    stop: p.stop,
  }
}

/** A child process that printed its "bound" line. */
export interface Bound {
  readonly pid: number
  readonly endpoints: string[]
  /** Its stdout, line by line, from the line after "bound". */
  readonly lines: Interface
  /** SIGTERM by PID, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>
}

/** Spawns a process that binds and says where in a "bound A [B]" line. */
export async function spawnBound(cmd: string, args: string[]): Promise<Bound> {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] })
  live.add(child)
  let stderr = ""
  child.stderr!.on(
    "data",
    (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)),
  )
  const exited = new Promise<void>(resolve =>
    child.once("exit", () => resolve()),
  )
  const lines = createInterface({ input: child.stdout! })
  const endpoints = await boundLine(child, lines, exited, () => stderr)
  return {
    pid: child.pid!,
    endpoints,
    lines,
    async stop() {
      if (child.exitCode === null && child.signalCode === null)
        child.kill("SIGTERM")
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
      await exited
      clearTimeout(timer)
      live.delete(child)
    },
  }
}

/** The command line of a hop; `prof` are node flags (Node.js hops only). */
function commandOf(name: HopName, prof: string[]): [string, string[]] {
  switch (name) {
    case "marque": {
      const bin = path.join(packageRoot, "bin", "marque.js")
      const opts = ["--heartbeat-ms", heartbeatMs, "--log-level", "silent"]
      return [
        process.execPath,
        [...prof, bin, "broker", "--bind", anyPort, ...opts],
      ]
    }
    case "forwarder": {
      const js = path.join(__dirname, "forwarder.js")
      return [process.execPath, [...prof, js, anyPort, anyPort]]
    }
    case "fair": {
      const js = path.join(__dirname, "one-in-flight.js")
      return [process.execPath, [...prof, js, anyPort]]
    }
    case "native":
      return [nativeBinary, ["forwarder", anyPort, anyPort]]
    case "native-fair":
      return [nativeBinary, ["one-in-flight", anyPort]]
    case "python": {
      const py = path.join(packageRoot, "test", "peers", "mdp_broker.py")
      return [python, [py, anyPort, "--heartbeat-ms", heartbeatMs]]
    }
  }
}

/** The endpoints of the first stdout line "bound A [B]", within 10 s. */
async function boundLine(
  child: ChildProcess,
  lines: Interface,
  exited: Promise<void>,
  stderr: () => string,
): Promise<string[]> {
  const bound = new Promise<string[]>(resolve =>
    lines.on("line", line => {
      if (line.startsWith("bound ")) resolve(line.slice(6).trim().split(/\s+/))
    }),
  )
  let timer: NodeJS.Timeout | undefined
  let settled = false
  const failed = Promise.race([
    exited.then(() => `exited (${child.exitCode ?? child.signalCode})`),
    new Promise<string>(
      r =>
        (timer = setTimeout(
          () => r("printed no bound line within 10 s"),
          10_000,
        )),
    ),
  ]).then(why => {
    // Once bound, a later exit is the normal stop, not a failure.
    if (settled) return []
    child.kill("SIGKILL")
    throw new Error(`bench: ${child.spawnfile} ${why}: ${stderr().trim()}`)
  })
  try {
    return await Promise.race([bound, failed])
  } finally {
    settled = true
    clearTimeout(timer)
  }
}

let ticksPerSecond: number | undefined

/** utime + stime of a process from /proc/PID/stat (fields 14 and 15). */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // The command name (field 2) may hold spaces; fields 3.. follow its ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    ticksPerSecond ??=
      Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
  } catch {
    return undefined
  }
}
