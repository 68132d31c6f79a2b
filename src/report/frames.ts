/**
 * Transcripts keep each frame as renderFrame() wrote it (src/codec/render.ts):
 * printable ASCII as a JSON string, anything else as 0x-hex, both cut at a
 * limit with "…(+N bytes)". The report shows every frame both ways, so this
 * turns that text back into bytes.
 */
export interface FrameView {
  /** The bytes as text, non-printable ones as "·". */
  text: string
  /** The bytes as space-separated hex pairs. */
  hex: string
  size: number
  /** Bytes the transcript did not keep. */
  cut: number
}

const more = /…\(\+(\d+) bytes\)$/

export function frameView(rendered: string): FrameView {
  const m = more.exec(rendered)
  const cut = m ? Number(m[1]) : 0
  const body = m ? rendered.slice(0, m.index) : rendered
  const bytes = toBytes(body)
  if (!bytes)
    // A note, or a format this reader does not know: shown as it is.
    return { text: rendered, hex: "", size: 0, cut: 0 }
  return {
    text: [...bytes]
      .map(b => (b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : "·"))
      .join(""),
    hex: bytes.toString("hex").replace(/(..)(?=.)/g, "$1 "),
    size: bytes.length + cut,
    cut,
  }
}

function toBytes(body: string): Buffer | undefined {
  if (/^0x(?:[0-9a-f]{2})*$/i.test(body))
    return Buffer.from(body.slice(2), "hex")
  if (body.startsWith('"') && body.endsWith('"')) {
    try {
      return Buffer.from(JSON.parse(body) as string, "latin1")
    } catch {
      return undefined
    }
  }
  return undefined
}

/** The exact bytes of a recorded frame, or undefined when the transcript cut it (or it is a note). */
export function frameBytes(rendered: string): Buffer | undefined {
  return more.test(rendered) ? undefined : toBytes(rendered)
}
