import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, statSync } from "node:fs"
import path from "node:path"
import { packageRoot } from "../src/package-root"

/**
 * Builds the native limits (bench/native/hops.c) against libzmq. The
 * headers come from Debian's libzmq3-dev: installed with apt-get when
 * missing and the bench runs as root (as on the project's machines and in
 * CI); otherwise the native hops are skipped with the reason.
 */
const source = path.join(packageRoot, "bench", "native", "hops.c")
export const nativeBinary = path.join(
  packageRoot,
  "dist",
  "bench",
  "native",
  "hops",
)

function hasHeaders(): boolean {
  return spawnSync("pkg-config", ["--exists", "libzmq"]).status === 0
}

function installHeaders(log: (line: string) => void): string | undefined {
  if (process.getuid?.() !== 0)
    return "libzmq3-dev is missing and the bench is not root (apt-get install libzmq3-dev)"
  log("installing libzmq3-dev (apt-get) for the native limits…")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "libzmq3-dev"],
  ]) {
    const r = spawnSync("apt-get", args, { env, encoding: "utf8" })
    if (r.error || r.status !== 0)
      return `apt-get ${args[0]} failed: ${(r.error?.message ?? r.stderr).trim().slice(-300)}`
  }
  return hasHeaders()
    ? undefined
    : "libzmq3-dev installed but pkg-config cannot find libzmq"
}

/** Builds the binary if it is missing or older than its source; the reason if it cannot. */
export function buildNative(log: (line: string) => void): string | undefined {
  if (
    existsSync(nativeBinary) &&
    statSync(nativeBinary).mtimeMs >= statSync(source).mtimeMs
  )
    return undefined
  if (!hasHeaders()) {
    const why = installHeaders(log)
    if (why) return why
  }
  try {
    const flags = execFileSync("pkg-config", ["--cflags", "--libs", "libzmq"], {
      encoding: "utf8",
    })
    mkdirSync(path.dirname(nativeBinary), { recursive: true })
    const args = [
      "-O2",
      "-Wall",
      "-o",
      nativeBinary,
      source,
      ...flags.trim().split(/\s+/),
    ]
    execFileSync("cc", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    })
    return undefined
  } catch (err) {
    const e = err as { stderr?: string; message: string }
    return `cc failed: ${(e.stderr ?? e.message).trim().slice(-300)}`
  }
}
