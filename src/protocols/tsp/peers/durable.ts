import { constants } from "node:fs"
import { open, rename, unlink } from "node:fs/promises"
import { dirname } from "node:path"
import { claimPidFile } from "../../../core/processes"

/**
 * The file operations the store is built from, each durable when it
 * resolves: the data and the directory entry both reached the disk, so a
 * kill -9 or a power cut afterwards cannot undo it.
 */

/** fsync a directory: makes the entries created, renamed or removed in it durable. */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, constants.O_RDONLY | constants.O_DIRECTORY)
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/**
 * Writes `data` to `path` all or nothing: into `tmp` first (fsynced), then an
 * atomic rename, then an fsync of the target directory. A crash before the
 * rename leaves only a file in the tmp directory, which the store removes at
 * start; after it, `path` has all of `data`.
 */
export async function writeDurably(
  path: string,
  tmp: string,
  data: Buffer,
): Promise<void> {
  const fh = await open(tmp, "wx", 0o600)
  try {
    await fh.writeFile(data)
    await fh.sync()
  } finally {
    await fh.close()
  }
  await rename(tmp, path)
  await syncDir(dirname(path))
}

/** Renames and makes both directory entries durable. */
export async function moveDurably(from: string, to: string): Promise<void> {
  await rename(from, to)
  await syncDir(dirname(to))
  await syncDir(dirname(from))
}

/** Removes a file if it is there; true if it was. The caller syncs the directory. */
export async function removeIfThere(path: string): Promise<boolean> {
  try {
    await unlink(path)
    return true
  } catch (err) {
    if (isMissing(err)) return false
    throw err
  }
}

export function isMissing(err: unknown): boolean {
  return (err as { code?: string }).code === "ENOENT"
}

/** Raised when another live process holds the store. */
export class StoreLockedError extends Error {
  override readonly name = "StoreLockedError"
}

/**
 * One server per store: two would dispatch the same requests and disagree on
 * the caps. LOCK holds the owner's pid; a lock whose process is gone (killed
 * with SIGKILL, so it never cleaned up) is taken over.
 */
export async function lockStore(lockPath: string): Promise<void> {
  const owner = await claimPidFile(lockPath)
  if (owner !== undefined)
    throw new StoreLockedError(
      `the store is in use by process ${owner} (${lockPath}); remove that file if no such server runs`,
    )
}

export async function unlockStore(lockPath: string): Promise<void> {
  await removeIfThere(lockPath)
}
