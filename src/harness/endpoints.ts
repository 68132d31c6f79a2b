import { createServer, connect } from "node:net"
import { bindReason } from "../core/bind"
import { endpointProblem as problem } from "../core/endpoint"

/** A TCP port nobody listens on right now, on the loopback address. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once("error", reject)
    srv.listen(0, host, () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
  })
}

export interface EndpointParts {
  endpoint: string
  host: string
  port: number
}

/** Fills {endpoint} {port} {host} (and any extra keys) in a template. */
export function fill(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )
}

/**
 * Why a user's endpoint (or template) cannot be a ZeroMQ endpoint, or
 * undefined when it can: caught before the run, so that a typo is a usage
 * error rather than every scenario blamed on the IUT.
 */
export function endpointProblem(template: string): string | undefined {
  return problem(template, { templates: true })
}

/** host and port of a tcp:// endpoint, or undefined for other transports. */
export function tcpParts(
  endpoint: string,
): { host: string; port: number } | undefined {
  const m = /^tcp:\/\/([^:/]+|\[[^\]]+\]):(\d+)$/.exec(endpoint)
  return m
    ? { host: m[1].replace(/^\[|\]$/g, ""), port: Number(m[2]) }
    : undefined
}

/** True once something accepts TCP connections at host:port. */
export function isListening(
  host: string,
  port: number,
  timeoutMs = 250,
): Promise<boolean> {
  return new Promise(resolve => {
    const sock = connect({ host, port })
    const done = (ok: boolean) => {
      sock.destroy()
      resolve(ok)
    }
    sock.setTimeout(timeoutMs, () => done(false))
    sock.once("connect", () => done(true))
    sock.once("error", () => done(false))
  })
}

/**
 * Why nothing could bind a literal tcp endpoint right now (another process
 * holds the port, no interface has the address), or undefined when it is
 * free or not a literal tcp endpoint. node:net rather than a ZeroMQ socket:
 * its port is free again the moment close() returns, so the check cannot
 * itself take the port from the bind that follows.
 */
export function bindProblem(endpoint: string): Promise<string | undefined> {
  const tcp = tcpParts(endpoint)
  if (!tcp || tcp.port === 0) return Promise.resolve(undefined)
  const host = tcp.host === "*" ? undefined : tcp.host
  return new Promise(resolve => {
    const srv = createServer()
    srv.once("error", err => resolve(bindReason(err)))
    srv.listen({ port: tcp.port, host, exclusive: true }, () =>
      srv.close(() => resolve(undefined)),
    )
  })
}
