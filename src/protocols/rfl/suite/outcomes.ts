/**
 * RFL-C20: how a client under test reports each outcome of a request, as
 * the launch contract fixes it (features/rfl/README.md): an OK result's
 * frames on stdout and exit 0; otherwise one exit code per outcome, and an
 * ERROR's text on stderr. Any other non-zero code is a failure of no
 * stated kind.
 */
export const outcomeCodes = {
  ok: 0,
  /** Every attempt was sent and none was answered in time. */
  timeout: 1,
  /** A server answered ERROR: its text goes to stderr (RFL-C14). */
  error: 3,
  /** No attempt could be sent: no server was connected. */
  noServer: 4,
} as const

/**
 * RFL-C12: attempts per request the dead-marking scenario needs: three
 * failures in a row at one server, then the attempt that shows it DEAD.
 */
export const deadMarkingAttempts = 4
