import pino, { type Logger } from "pino"

export type { Logger }
export type LogLevel = pino.LevelWithSilent

export const logLevels: readonly LogLevel[] = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
]

/**
 * Every log line of a peer carries an `event` name (kebab-case, e.g.
 * "worker-expired") plus structured fields, so the harness and people can
 * grep the same JSON.
 */
export interface PeerEvent {
  readonly event: string
  readonly [field: string]: unknown
}

export interface LoggerOptions {
  /** Peer role, e.g. "mdp-broker"; appears as `name` on every line. */
  readonly name: string
  readonly level?: LogLevel
}

/**
 * JSON lines on stderr. Never stdout: the CLI prints its `bound` line and
 * client replies there, and scripts parse it. Synchronous so that the last
 * lines survive process.exit().
 */
export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    { name: opts.name, level: opts.level ?? "info" },
    pino.destination({ dest: 2, sync: true }),
  )
}

/** A logger that drops everything; the default for peers used as a library. */
export function silentLogger(): Logger {
  return pino({ level: "silent" })
}
