import {
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs"
import { tmpdir, userInfo } from "node:os"
import { join } from "node:path"
import { alive } from "../core/processes"

/**
 * Ports handed out by every marque process on this host, so that two suites
 * running side by side (the self-check runs four; CI jobs may share a host)
 * never pick the same one while either may still use it. Free is not enough:
 * a port is free while the IUT bound there is down (killed, restarting), yet
 * the suite's sockets still reconnect to it and would deliver what they
 * queued to whoever binds it next (seen: a broker suite's mmi.service probe
 * reaching another suite's fake broker, which blamed its client IUT).
 *
 * One empty-ish file per port in a directory of this user's, holding the
 * claimant's pid. A claim stands while that process lives, for at most
 * `claimMs`; the claimant removes its files when it exits.
 */
const claimMs = 10 * 60_000

export const claimDir = (() => {
  try {
    const d = join(tmpdir(), `marque-ports-${userInfo().uid}`)
    mkdirSync(d, { recursive: true, mode: 0o700 })
    return d
  } catch {
    return undefined // nowhere to write: ports are not shared, as before
  }
})()

const mine = new Set<number>()
let cleanup = false

/** Claims `port` for this process; false when a live marque process holds it. */
export async function claimPort(port: number): Promise<boolean> {
  if (!claimDir) return true
  const file = join(claimDir, String(port))
  if (!create(file)) {
    if (await standing(file)) return false
    try {
      unlinkSync(file)
    } catch {
      // someone else cleared it first
    }
    // Whoever creates it next owns it; the loser picks another port.
    if (!create(file)) return false
  }
  mine.add(port)
  if (!cleanup) {
    cleanup = true
    process.once("exit", release)
  }
  return true
}

function create(file: string): boolean {
  try {
    const fd = openSync(file, "wx", 0o600)
    writeSync(fd, `${process.pid}\n`)
    closeSync(fd)
    return true
  } catch {
    return false
  }
}

/** A claim by a live process, young enough to matter. */
async function standing(file: string): Promise<boolean> {
  try {
    const pid = Number(readFileSync(file, "utf8").trim())
    if (Date.now() - statSync(file).mtimeMs > claimMs) return false
    return pid === process.pid || (pid > 0 && (await alive(pid)))
  } catch {
    return false // gone or unreadable: nothing stands
  }
}

function release(): void {
  for (const port of mine) {
    try {
      unlinkSync(join(claimDir!, String(port)))
    } catch {
      // already reclaimed
    }
  }
  mine.clear()
}
