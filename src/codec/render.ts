/**
 * Frames as a person reads them in a transcript: printable ASCII as a quoted
 * string, anything else as hex. An empty frame is "".
 */
export function renderFrame(frame: Uint8Array, max = 64): string {
  if (frame.length === 0) return '""'
  const buf = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength)
  const shown = buf.subarray(0, max)
  const more = buf.length > max ? `…(+${buf.length - max} bytes)` : ""
  if (isPrintable(shown)) return JSON.stringify(shown.toString("latin1")) + more
  return "0x" + shown.toString("hex") + more
}

export function renderFrames(frames: readonly Uint8Array[]): string {
  return frames.map(f => `[${renderFrame(f)}]`).join("")
}

/** Printable ASCII only: how a transcript tells a text frame from bytes. */
export function isPrintable(buf: Uint8Array): boolean {
  for (const byte of buf) if (byte < 0x20 || byte > 0x7e) return false
  return true
}
