/**
 * The frame layout of one message, as generated from a schema's x-frames.
 * Every entry is a literal (exact bytes), carries a message field in one
 * frame (or, repeated, in every remaining frame), or is an address envelope.
 */
export interface FrameSpec {
  readonly name: string
  /** Requirement broken when this frame is missing or wrong. */
  readonly rule: string
  /** Exact bytes this frame must hold. */
  readonly literal?: Buffer
  /** Message property this frame carries. */
  readonly field?: string
  /** How the field is held: a string (UTF-8) or raw bytes. */
  readonly as?: "text" | "bytes"
  /** Consumes every remaining frame into an array (only the last frame). */
  readonly repeat?: boolean
  /**
   * An address envelope: one or more non-empty frames up to and including
   * the next empty frame (the delimiter), anywhere in the layout, at most
   * one per message. The field holds the frames before the delimiter.
   */
  readonly envelope?: boolean
}

export interface MessageLayout {
  /** TypeScript type name, e.g. "WorkerReady". */
  readonly title: string
  readonly frames: readonly FrameSpec[]
  /** Properties fixed by the message type that no frame carries, e.g. command. */
  readonly consts: Readonly<Record<string, string>>
  /** Requirement broken by frames past the end of the layout. */
  readonly rule: string
}

/** A known-good message and its exact frames, from a schema's x-vectors. */
export interface GoldenVector {
  readonly type: string
  readonly name: string
  readonly message: Readonly<Record<string, unknown>>
  readonly frames: readonly Buffer[]
}
