import { readFile, unlink } from "node:fs/promises"
import { join } from "node:path"
import { status } from "../status"

/**
 * Fault traversal-id (breaks TSP-8): what a server that uses the id frame as
 * a file name does. The id is joined to the store's directories unchecked,
 * so "../../x" names a file beside the store. Kept apart from the services so
 * the real code has no path that takes an unchecked id.
 */
const unchecked = (frame: Buffer | undefined) => frame?.toString("utf8") ?? ""

export async function traversalReply(
  dir: string,
  frame: Buffer | undefined,
): Promise<Buffer[]> {
  try {
    const content = await readFile(join(dir, "replies", unchecked(frame)))
    return [Buffer.from(status.ok), content]
  } catch {
    return [Buffer.from(status.unknown)]
  }
}

export async function traversalClose(
  dir: string,
  frame: Buffer | undefined,
): Promise<Buffer[]> {
  for (const where of ["pending", "done", "replies"]) {
    await unlink(join(dir, where, unchecked(frame))).catch(() => undefined)
  }
  return [Buffer.from(status.ok)]
}
