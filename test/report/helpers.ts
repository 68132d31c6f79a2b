import { execFile } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import type { RunResults } from "../../src/report/results"

export const root = resolve(__dirname, "../../..")
export const marque = join(root, "bin/marque.js")
export const node = process.execPath

/** The reference broker as an IUT, with or without a fault switch, at short timings. */
export function brokerWith(fault?: string): string {
  return `exec "${node}" "${marque}" broker --bind {endpoint} --heartbeat-ms 150 --liveness 3 --log-level silent${fault ? ` --fault ${fault}` : ""}`
}

/** A TCP listener that never speaks ZeroMQ: the IUT answers nothing. */
export const silentBroker = `exec "${node}" -e "require('net').createServer(() => {}).listen({port}, '{host}')"`

export interface Ran {
  code: number
  stdout: string
  stderr: string
  dir: string
}

/** Runs the marque CLI as a user would, in its own process. */
export function cli(args: string[], timeoutMs = 180_000): Promise<Ran> {
  return new Promise(done => {
    execFile(
      node,
      [marque, ...args],
      { cwd: root, timeout: timeoutMs, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0
        done({ code, stdout, stderr, dir: "" })
      },
    )
  })
}

/** `marque test` of an mdp/0.1 broker into a fresh report folder. */
export async function brokerRun(
  start: string,
  tags: string,
  mmi: string[] = ["--no-mmi"],
): Promise<Ran> {
  const dir = mkdtempSync(join(tmpdir(), "marque-report-"))
  const r = await cli([
    "test",
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
    ...mmi,
    "--start",
    start,
    "--tags",
    tags,
    "--report-dir",
    dir,
  ])
  return { ...r, dir }
}

export function results(dir: string): RunResults {
  return JSON.parse(
    readFileSync(join(dir, "results.json"), "utf8"),
  ) as RunResults
}

/** Debian's chromium, or MARQUE_CHROMIUM: .ci/deps.sh installs it. */
export function chromiumPath(): string {
  const found = [
    process.env.MARQUE_CHROMIUM,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ].find(p => p && existsSync(p))
  if (!found)
    throw new Error(
      "no chromium: run `bash .ci/deps.sh` (apt-get install chromium) or set MARQUE_CHROMIUM",
    )
  return found
}
