/**
 * Exceptional runtime conditions, as small named classes (nats.js style).
 * Protocol violations are never thrown as these: they are DecodeErrors
 * (data) or ConformanceFailures (verdicts).
 */
export class MarqueError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Bad command-line input: exit code 2. */
export class UsageError extends MarqueError {}

/** A profile file that cannot be read or does not fit its schema: exit code 2. */
export class ProfileError extends MarqueError {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`profile ${file}: ${message}`, options)
  }
}

/** The implementation under test never bound its endpoint: exit code 2. */
export class IutStartError extends MarqueError {
  constructor(
    readonly command: string,
    readonly endpoint: string,
    message: string,
    readonly output: string,
  ) {
    super(
      `IUT "${command}" ${message}${output ? `\n--- its output ---\n${output}` : ""}`,
    )
  }
}

/** A wait inside the harness ran out (not a verdict by itself). */
export class TimeoutError extends MarqueError {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what}: no result within ${ms} ms`)
  }
}
