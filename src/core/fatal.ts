import type { Logger } from "./log"

/**
 * Exit code of a peer that stopped on an error it cannot recover from
 * (sysexits' EX_SOFTWARE). Distinct from 1 (a client got no reply), 2
 * (usage) and 3 (the crash-on-invalid fault), so a supervisor can tell a
 * bug from a verdict.
 */
export const fatalExitCode = 70

/** Where a fatal error surfaced, for the log line. */
export type FatalOrigin =
  "uncaughtException" | "unhandledRejection" | (string & Record<never, never>)

let exiting = false

/**
 * Logs one structured line, `{"event":"fatal","origin":…,"err":…}`, and
 * exits with fatalExitCode. Only the first call logs: an error that
 * cascades into a second one must not bury the first under more lines.
 * The logger writes synchronously (see createLogger), so the line is out
 * before the process is.
 */
export function exitFatal(
  log: Logger,
  origin: FatalOrigin,
  err: unknown,
): never {
  if (!exiting) {
    exiting = true
    log.fatal({ event: "fatal", origin, err })
  }
  process.exit(fatalExitCode)
}

/**
 * For a peer's own process (the CLI): anything thrown or rejected that no
 * code handled ends the process through exitFatal, instead of Node's
 * unstructured stack trace on stderr. Peers used as a library report their
 * own fatal errors through their `onFatal` option instead.
 */
export function exitOnUnhandled(log: Logger): void {
  process.on("uncaughtException", err =>
    exitFatal(log, "uncaughtException", err),
  )
  process.on("unhandledRejection", err =>
    exitFatal(log, "unhandledRejection", err),
  )
}
