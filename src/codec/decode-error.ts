/**
 * A decode failure is data, not an exception: callers branch on `code`, and
 * the conformance suite reports `rule` as the requirement the sender broke.
 * The code follows the kind of the layout entry that failed (see
 * literalCode in frame-errors.ts), never its name.
 */
export type DecodeErrorCode =
  | "empty-message"
  | "missing-frame"
  | "bad-delimiter"
  | "bad-header"
  | "unknown-command"
  | "bad-literal"
  | "extra-frame"
  | "empty-envelope"
  | "missing-delimiter"
  | "schema"

export interface DecodeError {
  readonly code: DecodeErrorCode
  /** Index of the offending frame in the message as decoded. */
  readonly frame: number
  /** Name of the frame in the layout, e.g. "header". */
  readonly frameName: string
  /** Requirement ID the message breaks, e.g. "MDP-22". */
  readonly rule: string
  /** Message type the decoder was trying, or the channel name. */
  readonly message: string
  readonly expected: string
  readonly actual: string
}

export type DecodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DecodeError }

export function describeDecodeError(e: DecodeError): string {
  return `${e.rule}: ${e.message} frame ${e.frame} (${e.frameName}): expected ${e.expected}, got ${e.actual}`
}
