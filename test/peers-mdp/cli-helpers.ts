import { type ChildProcess, execFile } from "node:child_process"
import { once } from "node:events"
import { resolve } from "node:path"
import { createInterface } from "node:readline"
import { promisify } from "node:util"

/** Running the built CLI as a child process, with bounded waits. */

export const bin = resolve(__dirname, "../../../bin/marque.js")
const run = promisify(execFile)

/** Runs `marque args…` to the end; resolves to its exit code and output. */
export async function marque(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", [bin, ...args], {
      timeout: 15_000,
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/**
 * First stdout line matching `pattern`, or a failure after `within` ms. The
 * bound is generous because a loaded CI machine can take seconds to start
 * node; a child that exits first fails at once, with what it said on stderr.
 */
export async function line(
  child: ChildProcess,
  pattern: RegExp,
  within = 10_000,
): Promise<RegExpMatchArray> {
  let stderr = ""
  const onErr = (d: Buffer) => (stderr += String(d))
  child.stderr?.on("data", onErr)
  const lines = createInterface({ input: child.stdout! })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    lines.close()
  }, within)
  try {
    for await (const l of lines) {
      const m = l.match(pattern)
      if (m) return m
    }
    const why = timedOut ? `within ${within} ms` : "before stdout closed"
    throw new Error(`no line matching ${pattern} ${why}; stderr: ${stderr}`)
  } finally {
    clearTimeout(timer)
    child.stderr?.off("data", onErr)
  }
}

/**
 * The child's exit code, or what stopped it instead: "signal SIGABRT", or
 * "still running after N ms" (it is then killed), so that a failed
 * assertion says what the process did rather than "null".
 */
export async function exitCode(
  child: ChildProcess,
  within = 10_000,
): Promise<number | string> {
  let timedOut = false
  if (child.exitCode === null && child.signalCode === null) {
    const timer = setTimeout(() => {
      timedOut = true
      child.kill("SIGKILL")
    }, within)
    await once(child, "exit")
    clearTimeout(timer)
  }
  if (timedOut) return `still running after ${within} ms`
  return child.exitCode ?? `signal ${child.signalCode}`
}
