import { randomInt } from "node:crypto"
import { readFileSync } from "node:fs"
import { createServer, connect } from "node:net"
import { bindReason } from "../core/bind"
import { endpointProblem as problem } from "../core/endpoint"
import { claimPort } from "./port-claims"

/**
 * A TCP port nobody holds right now, on the loopback address, for something
 * that binds it a moment later. Taken outside the kernel's ephemeral range:
 * a port the OS hands out for a bind to port 0 is the same pool it draws
 * outgoing connections' local ports from, so any connection made in between
 * (by any process) could take it first, and the bind fails with "address
 * already in use" (seen in CI, about once a run). Outside that range only
 * another explicit bind can take it; ports handed out by this process are
 * not handed out again soon, nor by another marque process on this host
 * while this one may use them (src/harness/port-claims.ts).
 */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  const pool = portPool()
  for (let attempt = 0; pool && attempt < 50; attempt++) {
    const port = pool.pick()
    if (recent.has(port)) continue
    // Marked before the check, so that concurrent callers never share one.
    remember(port)
    if (!(await claimPort(port))) continue
    if ((await listenProblem(port, host)) === undefined) return port
  }
  return ephemeralPort(host)
}

const recent = new Set<number>()
function remember(port: number): void {
  recent.add(port)
  // Bounded: the oldest ports come back into play.
  if (recent.size > 4096) recent.delete(recent.values().next().value!)
}

let pool: { pick(): number } | null | undefined

/**
 * Ports from 10000 up that the kernel never picks for an outgoing
 * connection (Linux's ip_local_port_range), or null where that range
 * cannot be read: then the OS picks, as before.
 */
function portPool(): { pick(): number } | null {
  if (pool !== undefined) return pool
  pool = null
  try {
    const [lo, hi] = readFileSync(
      "/proc/sys/net/ipv4/ip_local_port_range",
      "utf8",
    )
      .trim()
      .split(/\s+/)
      .map(Number)
    const ranges: Array<[number, number]> = []
    if (lo > 10_000) ranges.push([10_000, lo - 1])
    if (hi < 65_000) ranges.push([hi + 1, 65_535])
    const size = ranges.reduce((n, [a, b]) => n + b - a + 1, 0)
    if (size >= 1000)
      pool = {
        pick() {
          let i = randomInt(size)
          for (const [a, b] of ranges) {
            if (i <= b - a) return a + i
            i -= b - a + 1
          }
          return ranges[0][0]
        },
      }
  } catch {
    // not Linux: the OS picks
  }
  return pool
}

function ephemeralPort(host: string): Promise<number> {
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
  return listenProblem(tcp.port, tcp.host === "*" ? undefined : tcp.host)
}

/** Why nothing could listen at host:port right now (any host when undefined), or undefined when it can. */
function listenProblem(
  port: number,
  host: string | undefined,
): Promise<string | undefined> {
  return new Promise(resolve => {
    const srv = createServer()
    srv.once("error", err => resolve(bindReason(err)))
    srv.listen({ port, host, exclusive: true }, () =>
      srv.close(() => resolve(undefined)),
    )
  })
}
