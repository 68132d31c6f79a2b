/** Transports libzmq knows; anything else is a typo, caught before a bind or connect. */
export const transports = [
  "tcp",
  "ipc",
  "inproc",
  "ws",
  "wss",
  "tipc",
  "udp",
  "pgm",
  "epgm",
  "vmci",
] as const

/**
 * Why a string cannot be a ZeroMQ endpoint, or undefined when it can.
 * `templates`: the suite's templates, whose port may be a {placeholder}.
 * A tcp port is 0-65535 or *: libzmq takes 99999 or -1 silently and binds
 * some other port, which a user would never find.
 */
export function endpointProblem(
  value: string,
  o: { templates?: boolean } = {},
): string | undefined {
  const m = /^([a-z]+):\/\/(\S+)$/.exec(value)
  if (!m) return "not transport://address (e.g. tcp://127.0.0.1:5555)"
  if (!(transports as readonly string[]).includes(m[1]))
    return `unknown transport "${m[1]}" (have: ${transports.join(", ")})`
  if (m[1] !== "tcp") return undefined
  const port = o.templates ? "(\\d+|\\{\\w+\\}|\\*)" : "(\\d+|\\*)"
  const tcp = new RegExp(`^([^:/]+|\\[[^\\]]+\\]):${port}$`).exec(m[2])
  if (!tcp) return "a tcp endpoint is tcp://host:port (port a number or *)"
  if (/^\d+$/.test(tcp[2]) && Number(tcp[2]) > 65535)
    return `port ${tcp[2]} is out of range (0-65535)`
  return undefined
}

/**
 * Whether an endpoint names one fixed address, which a second bind would
 * collide with: not a wildcard port (`:*`, `:0`: a new port for each bind)
 * nor a template's {placeholder} (filled with a free port per scenario).
 */
export function isLiteralEndpoint(endpoint: string): boolean {
  return !/\{\w+\}|:(\*|0)$/.test(endpoint)
}
