import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { join, relative } from "node:path"

/**
 * Ids no server may take for a UUID (TSP-8): paths up and out of any store
 * layout up to three directories deep, an absolute path, NUL bytes, a 10 KB
 * string, binary. `root` is the directory that holds the store, where the
 * canary lives.
 */
export function hostileIds(root: string): Buffer[] {
  const ids = [
    "../canary",
    "../../canary",
    "../../../canary",
    "../../../../canary",
    join(root, "canary"),
    "..\\..\\canary",
    "0123456789abcdef0123456789abcde\0",
    "0123456789abcdef0123456789abcdef/../../canary",
    "x".repeat(10_000),
  ].map(s => Buffer.from(s))
  ids.push(Buffer.from([0, 0xff, 0x2e, 0x2e, 0x2f, 0x00]))
  return ids
}

export const canaryText =
  "the suite's canary: no Titanic server may touch this file\n"

/** Puts the canary beside the store. */
export function plantCanary(root: string): void {
  writeFileSync(join(root, "canary"), canaryText)
}

export function canaryIntact(root: string): boolean {
  const path = join(root, "canary")
  return existsSync(path) && readFileSync(path, "utf8") === canaryText
}

/** Every file and directory under `dir`, with sizes: equal snapshots mean nothing was written. */
export function snapshot(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    if (!existsSync(d)) return
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name)
      const rel = relative(dir, path)
      if (e.isDirectory()) {
        out.push(`${rel}/`)
        walk(path)
      } else out.push(`${rel} ${statSync(path).size}`)
    }
  }
  walk(dir)
  return out.sort()
}
