import { execFileSync } from "node:child_process"
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

// dist/test/package -> the repository root.
export const root = resolve(__dirname, "../../..")

/** What a clean checkout holds that `npm pack` reads; node_modules is linked, not copied. */
const checkout = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "README.md",
  "bin",
  "src",
  "features",
  "specs",
  "schemas",
]

/**
 * npm and c8 pass their settings to children through the environment; the
 * nested npm of a temp project must not inherit the repository's.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && k !== "NODE_V8_COVERAGE") env[k] = v
  return env
}

/** Runs a command to completion within `timeoutMs`; throws with its output when it fails. */
export function run(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs = 240_000,
): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      env: cleanEnv(),
      encoding: "utf8",
      timeout: timeoutMs,
      killSignal: "SIGKILL",
      stdio: ["ignore", "pipe", "pipe"],
    })
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string }
    throw new Error(
      `${cmd} ${args.join(" ")} (in ${cwd}) failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`,
      { cause: err },
    )
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `marque-${prefix}-`))
}

/**
 * `npm pack` of a copy of the working tree, exactly as a maintainer runs it
 * (its prepare script compiles src/ with declarations), without touching
 * this checkout's dist/. Returns the tarball's path.
 */
export function packTarball(scratch: string): string {
  const stage = join(scratch, "stage")
  for (const entry of checkout)
    cpSync(join(root, entry), join(stage, entry), { recursive: true })
  symlinkSync(join(root, "node_modules"), join(stage, "node_modules"), "dir")
  run("npm", ["pack", "--pack-destination", scratch], stage)
  const tgz = readdirSync(scratch).find(f => /^marque-.*\.tgz$/.test(f))
  if (!tgz) throw new Error(`npm pack wrote no marque-*.tgz in ${scratch}`)
  rmSync(stage, { recursive: true, force: true })
  return join(scratch, tgz)
}

/**
 * An empty project with the tarball installed. The registry is asked only
 * for what the npm cache lacks (after `npm ci`, nothing but package
 * metadata): --prefer-offline.
 */
export function installInto(project: string, tarball: string): void {
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  )
  run(
    "npm",
    ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund"],
    project,
  )
}
