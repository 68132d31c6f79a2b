import { once } from "node:events"
import { InvalidArgumentError, Option } from "commander"
import { BindError } from "../../../core/bind"
import { endpointProblem } from "../../../core/endpoint"
import { type LogLevel, logLevels } from "../../../core/log"
import { type FaultInfo, isFault } from "../peers/faults"
import { limitDefaults } from "../peers/limits"
import { defaultMdpProtocol, mdpProtocols } from "../peers/protocol"

/** Option parsers and help shared by `marque broker|worker|client`. */

export function fail(message: string, code: number): never {
  process.stderr.write(`marque: ${message}\n`)
  process.exit(code)
}

/**
 * A peer that could not start: exit 2 with one line. A refused bind says
 * itself which endpoint and why (core/bind); anything else gets `doing`.
 */
export function failToStart(err: unknown, doing: string): never {
  if (err instanceof BindError) fail(err.message, 2)
  fail(`${doing}: ${(err as Error).message}`, 2)
}

/** Resolves on the first SIGINT or SIGTERM, for a clean stop and exit 0. */
export async function untilSignal(): Promise<void> {
  await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")])
}

/** The longest delay setTimeout honours (about 24.8 days). */
export const maxTimerMs = 2 ** 31 - 1

/** An integer option: "1.5", "-1" or "10ms" is a usage error (exit 2). */
export function intOption(
  flags: string,
  description: string,
  min: number,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): Option {
  // A duration becomes a Node timer, which fires at once past 2^31-1 ms.
  const top = flags.includes("<ms>") ? Math.min(max, maxTimerMs) : max
  const parse = int(min, top)
  return new Option(flags, description).argParser(parse).default(fallback)
}

function int(min: number, max: number): (value: string) => number {
  return value => {
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max) {
      const range = max < Number.MAX_SAFE_INTEGER ? ` and <= ${max}` : ""
      throw new InvalidArgumentError(
        `expected an integer >= ${min}${range}, got "${value}"`,
      )
    }
    return n
  }
}

/** --max-frames: `reaction` says what the peer does with a larger message. */
export function maxFramesOption(reaction: string): Option {
  const what = "most body frames in one message (the MDP envelope not counted)"
  const d = limitDefaults.maxFrames
  return intOption("--max-frames <n>", `${what}; ${reaction}`, 1, d)
}

/** --max-message-bytes, which also caps a frame at the socket (ZMQ_MAXMSGSIZE). */
export function maxMessageBytesOption(): Option {
  const description =
    "most bytes in one message's body frames together; over it, as over --max-frames; libzmq itself drops the connection of a peer that sends any longer frame"
  const d = limitDefaults.maxMessageBytes
  return intOption("--max-message-bytes <n>", description, 1, d)
}

/** libzmq keeps a high-water mark in a C int; larger values wrap to "none". */
const maxHwm = 2 ** 31 - 1

/** --send-hwm: `full` says what happens to a send when the queue is full. */
export function sendHwmOption(full: string): Option {
  const what = "messages queued for sending per peer (ZMQ_SNDHWM)"
  const d = limitDefaults.sendHwm
  return intOption("--send-hwm <n>", `${what}; ${full}`, 1, d, maxHwm)
}

export function receiveHwmOption(): Option {
  const what =
    "messages received ahead per peer (ZMQ_RCVHWM); past it libzmq stops reading from that peer until the queue drains"
  const d = limitDefaults.receiveHwm
  return intOption("--receive-hwm <n>", what, 1, d, maxHwm)
}

/** A ZeroMQ endpoint flag (--bind, --connect, …): a typo or a port out of range exits 2. */
export function endpoint(value: string): string {
  const problem = endpointProblem(value)
  if (problem)
    throw new InvalidArgumentError(
      `expected a ZeroMQ endpoint like tcp://127.0.0.1:5555, got "${value}": ${problem}`,
    )
  return value
}

/** MDP-13: a service name is a printable string. */
export function serviceName(value: string): string {
  if (!/^[\x20-\x7e]{1,255}$/.test(value)) {
    throw new InvalidArgumentError(
      `expected 1-255 printable ASCII characters, got "${value}"`,
    )
  }
  return value
}

/** --fault, repeatable, checked against the role's fault catalog. */
export function faultOption(catalog: Record<string, FaultInfo>): Option {
  const parse = (value: string, previous: string[]): string[] => {
    if (!isFault(catalog, value)) {
      throw new InvalidArgumentError(
        `unknown fault "${value}"; known: ${Object.keys(catalog).join(", ")}`,
      )
    }
    return [...previous, value]
  }
  return new Option(
    "--fault <name>",
    "break a requirement on purpose (repeatable; see below)",
  )
    .argParser(parse)
    .default([], "none")
}

export function logLevelOption(fallback: LogLevel): Option {
  return new Option(
    "--log-level <level>",
    "log level of the JSON lines on stderr",
  )
    .choices(logLevels)
    .default(fallback)
}

export function faultHelp(catalog: Record<string, FaultInfo>): string {
  const names = Object.keys(catalog)
  const width = Math.max(...names.map(n => n.length))
  const lines = names.map(n => {
    const f = catalog[n]
    return `  ${n.padEnd(width)}  [${f.violates.join(", ")}] ${f.description}`
  })
  return `\nFaults (--fault <name>, repeatable; each breaks exactly the requirements listed):\n${lines.join("\n")}\n`
}

/** --protocol for the worker and client: one MDP version per process. */
export function protocolOption(): Option {
  return new Option(
    "--protocol <version>",
    "the one MDP version spoken: mdp/0.1 (7/MDP) or mdp/0.2 (18/MDP); the two are not wire compatible",
  )
    .choices(mdpProtocols)
    .default(defaultMdpProtocol)
}

/**
 * How the fault switches read under another version: the requirement IDs
 * each breaks there, and anything else that differs.
 */
export function faultVersionHelp(
  protocol: string,
  rules: Readonly<Record<string, readonly string[]>>,
  notes: readonly string[] = [],
): string {
  const names = Object.keys(rules)
  const width = Math.max(...names.map(n => n.length))
  const lines = names.map(n => `  ${n.padEnd(width)}  [${rules[n].join(", ")}]`)
  const more = notes.map(n => `  * ${n}`)
  const title = `With --protocol ${protocol}, each fault breaks its counterpart:`
  return `\n${title}\n${[...lines, ...more].join("\n")}\n`
}
