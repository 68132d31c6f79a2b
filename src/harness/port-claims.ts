import { mkdirSync, unlinkSync } from "node:fs"
import { tmpdir, userInfo } from "node:os"
import { join } from "node:path"
import { claimPidFile } from "../core/processes"

/**
 * Ports handed out by every marque process on this host, so that two suites
 * running side by side (the self-check runs four; CI jobs may share a host)
 * never pick the same one while either may still use it. Free is not enough:
 * a port is free while the IUT bound there is down (killed, restarting), yet
 * the suite's sockets still reconnect to it and would deliver what they
 * queued to whoever binds it next (seen: a broker suite's mmi.service probe
 * reaching another suite's fake broker, which blamed its client IUT).
 *
 * One file per port in a directory of this user's, holding the claimant's
 * pid (core/processes.ts's claimPidFile, as the Titanic store's lock). A
 * claim stands while that process lives, for at most `claimMs`; the
 * claimant removes its files when it exits.
 */
const claimMs = 10 * 60_000

let dir: string | undefined | null = null

/** The claims' directory, made on first use; undefined where none can be made. */
export function claimDir(): string | undefined {
  if (dir !== null) return dir
  try {
    dir = join(tmpdir(), `marque-ports-${userInfo().uid}`)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch {
    dir = undefined // nowhere to write: ports are not shared, as before
  }
  return dir
}

const mine = new Set<number>()
let cleanup = false

/** Claims `port` for this process; false when a live marque process holds it. */
export async function claimPort(port: number): Promise<boolean> {
  const at = claimDir()
  if (!at) return true
  // Ours already: this process does not hand a port out twice either.
  if (mine.has(port)) return false
  try {
    if ((await claimPidFile(join(at, String(port)), claimMs)) !== undefined)
      return false
  } catch {
    return false // the directory went away or cannot be written: another port
  }
  mine.add(port)
  if (!cleanup) {
    cleanup = true
    process.once("exit", release)
  }
  return true
}

function release(): void {
  for (const port of mine) {
    try {
      unlinkSync(join(dir!, String(port)))
    } catch {
      // already reclaimed
    }
  }
  mine.clear()
}
