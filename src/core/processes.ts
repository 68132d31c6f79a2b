import { existsSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"

/**
 * Whether processes are really gone. A process killed with SIGKILL is not
 * gone when kill() returns, nor when its parent hears of it: a shell that
 * started it may exit first, and a zombie still answers kill(pid, 0). What
 * matters to the caller is whether the process still holds its sockets,
 * its files and its locks; a zombie holds none of them.
 */

/** State letter and process group of `pid`, from /proc; undefined once it is gone. */
async function stat(
  pid: number,
): Promise<{ state: string; pgid: number } | undefined> {
  try {
    const s = await readFile(`/proc/${pid}/stat`, "utf8")
    // The command name, in parentheses, may hold spaces: count from its end.
    const fields = s.slice(s.lastIndexOf(")") + 2).split(" ")
    return { state: fields[0], pgid: Number(fields[2]) }
  } catch {
    return undefined
  }
}

const hasProc = () => existsSync("/proc/self/stat")

/** A process that exists and is not a zombie (killed, not yet reaped). */
export async function alive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return (err as { code?: string }).code === "EPERM"
  }
  if (!hasProc()) return true // no /proc: trust kill(0)
  const s = await stat(pid)
  return s !== undefined && s.state !== "Z"
}

/** Whether any process of group `pgid` is alive (zombies are not). */
export async function groupAlive(pgid: number): Promise<boolean> {
  try {
    process.kill(-pgid, 0)
  } catch (err) {
    return (err as { code?: string }).code === "EPERM"
  }
  if (!hasProc()) return true
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue
    const s = await stat(Number(name))
    if (s?.pgid === pgid && s.state !== "Z") return true
  }
  return false
}

/**
 * Resolves once no live process is left in group `pgid`, or after `ms`
 * (a process stuck in the kernel cannot be waited for forever).
 */
export async function groupGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms
  for (;;) {
    if (!(await groupAlive(pgid))) return true
    if (performance.now() >= deadline) return false
    await new Promise(r => setTimeout(r, 10))
  }
}
