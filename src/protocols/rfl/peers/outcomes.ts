/** RFL-C20: the outcomes a caller can tell apart besides success. */

/** The server answered ERROR: final, with its text (RFL-C14). */
export class RflApplicationError extends Error {
  override readonly name = "RflApplicationError"
  constructor(
    readonly server: string,
    readonly text: string,
  ) {
    super(`server ${server} answered ERROR: ${text}`)
  }
}

/** Every attempt was sent and none was answered in time. */
export class RflTimeoutError extends Error {
  override readonly name = "RflTimeoutError"
  constructor(
    readonly attempts: number,
    readonly timeoutMs: number,
  ) {
    super(`no RESPONSE after ${attempts} attempts of ${timeoutMs} ms`)
  }
}

/** No attempt could be sent: no server was connected. */
export class RflNoServerError extends Error {
  override readonly name = "RflNoServerError"
  constructor(readonly attempts: number) {
    super(`no server reachable in ${attempts} attempts`)
  }
}
