/**
 * The bytes of a stored message: a magic, the frame count, then each frame
 * with its length. Frames are opaque (binary, empty, any size up to the
 * server's message limit), so they are length-prefixed, never delimited.
 *
 *   "TSP1" | u32 count | (u32 length | bytes) * count      (big-endian)
 */
const magic = Buffer.from("TSP1")

export class CorruptFileError extends Error {
  override readonly name = "CorruptFileError"
}

export function encodeFrames(frames: readonly Buffer[]): Buffer {
  const head = Buffer.alloc(8)
  magic.copy(head, 0)
  head.writeUInt32BE(frames.length, 4)
  const parts: Buffer[] = [head]
  for (const f of frames) {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(f.length, 0)
    parts.push(len, f)
  }
  return Buffer.concat(parts)
}

/** The frames, or CorruptFileError naming what is wrong; never reads out of bounds. */
export function decodeFrames(data: Buffer): Buffer[] {
  if (data.length < 8 || !data.subarray(0, 4).equals(magic))
    throw new CorruptFileError("not a stored message (bad magic)")
  const count = data.readUInt32BE(4)
  const frames: Buffer[] = []
  let at = 8
  for (let i = 0; i < count; i++) {
    if (at + 4 > data.length)
      throw new CorruptFileError(`truncated before frame ${i} of ${count}`)
    const len = data.readUInt32BE(at)
    at += 4
    if (at + len > data.length)
      throw new CorruptFileError(`frame ${i} runs past the end of the file`)
    frames.push(Buffer.from(data.subarray(at, at + len)))
    at += len
  }
  if (at !== data.length)
    throw new CorruptFileError(`${data.length - at} bytes after the last frame`)
  return frames
}
