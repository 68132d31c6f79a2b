import { renderFrame } from "../codec"

export interface TranscriptEntry {
  /** ms since the scenario started */
  readonly t: number
  /** "send": the suite sent it; "recv": the IUT sent it; "note": an event */
  readonly dir: "send" | "recv" | "note"
  /** The suite's peer, e.g. "worker w1" */
  readonly peer: string
  readonly frames: readonly string[]
}

/** The frames exchanged in one scenario, in order, with time offsets. */
export class Transcript {
  readonly entries: TranscriptEntry[] = []
  private readonly start = performance.now()

  /** Bounded: a flood from the IUT must not exhaust memory. */
  constructor(private readonly limit = 2000) {}

  elapsed(): number {
    return Math.round(performance.now() - this.start)
  }

  record(
    dir: "send" | "recv",
    peer: string,
    frames: readonly Uint8Array[],
  ): void {
    // A full transcript (or a quiet one, limit 0) renders nothing: peers
    // under load send thousands of messages through it.
    if (this.entries.length > this.limit) return
    this.push({
      t: this.elapsed(),
      dir,
      peer,
      frames: frames.map(f => renderFrame(f)),
    })
  }

  note(peer: string, text: string): void {
    this.push({ t: this.elapsed(), dir: "note", peer, frames: [text] })
  }

  private push(e: TranscriptEntry): void {
    if (this.entries.length < this.limit) this.entries.push(e)
    else if (this.entries.length === this.limit)
      this.entries.push({
        t: e.t,
        dir: "note",
        peer: "suite",
        frames: ["transcript truncated"],
      })
  }

  toText(): string {
    const arrow = { send: "->", recv: "<-", note: "--" }
    return this.entries
      .map(
        e =>
          `${String(e.t).padStart(6)} ms ${arrow[e.dir]} ${e.peer}: ${e.frames.map(f => `[${f}]`).join("")}`,
      )
      .join("\n")
  }
}
