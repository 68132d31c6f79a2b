import { existsSync } from "node:fs"
import {
  readdir,
  readFile,
  stat as fileStat,
  unlink,
  writeFile,
} from "node:fs/promises"

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

let proc: boolean | undefined
const hasProc = () => (proc ??= existsSync("/proc/self/stat"))

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

/**
 * Creates `file` holding this process's pid, unless another live process
 * holds it. A claim whose process is gone (killed with SIGKILL, it never
 * cleaned up), or one older than `maxAgeMs`, is taken over; of two takers,
 * the one that creates the file first wins. Returns the holder's pid when
 * the claim is someone else's (NaN if the winner of a race cannot be read),
 * undefined once it is this process's.
 */
export async function claimPidFile(
  file: string,
  maxAgeMs = Infinity,
): Promise<number | undefined> {
  if (await create(file)) return undefined
  const holder = await holderOf(file, maxAgeMs)
  if (holder !== undefined) return holder
  await unlink(file).catch(() => undefined) // someone may have cleared it first
  if (await create(file)) return undefined
  return (await holderOf(file, maxAgeMs)) ?? Number.NaN
}

async function create(file: string): Promise<boolean> {
  try {
    await writeFile(file, `${process.pid}\n`, { flag: "wx" })
    return true
  } catch (err) {
    if ((err as { code?: string }).code !== "EEXIST") throw err
    return false
  }
}

/** The live process, not this one, whose claim in `file` stands. */
async function holderOf(
  file: string,
  maxAgeMs: number,
): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, "utf8")).trim())
    if (Date.now() - (await fileStat(file)).mtimeMs > maxAgeMs) return undefined
    const other = Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid
    return other && (await alive(pid)) ? pid : undefined
  } catch {
    return undefined // gone or unreadable: nothing stands
  }
}
