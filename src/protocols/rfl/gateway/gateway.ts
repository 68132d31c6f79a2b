import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http"
import type { AddressInfo } from "node:net"
import type { Logger } from "../../../core/log"
import { silentLogger } from "../../../core/log"
import { RflClient, type RflClientOptions } from "../peers/client"
import { RflApplicationError } from "../peers/outcomes"
import { GatewayMetrics } from "./metrics"

export interface GatewayOptions {
  /** host:port to listen on; port 0 picks a free one. */
  readonly host: string
  readonly port: number
  readonly servers: readonly string[]
  /** 503 when no server answered within this. */
  readonly deadlineMs?: number
  /** Requests served at once; past it 429, never a queue. */
  readonly maxInFlight?: number
  readonly maxBodyBytes?: number
  /** Passed to the Reliable Freelance client. */
  readonly client?: Partial<RflClientOptions>
  readonly logger?: Logger
}

const serviceName = /^\/services\/([A-Za-z0-9._~-]{1,64})$/

/**
 * The HTTP front door of rest-freelance-post.md, over the Reliable Freelance
 * client instead of a REQ socket fanning out: `POST /services/<name>` sends
 * the payload [name, body] and answers 200 with the result's last frame (an
 * echo server's: the body), 502 with the text of an ERROR, 503 when no
 * server answered within the deadline, 429 when --max-in-flight requests
 * are already being served: nothing ever waits in a queue, so memory stays
 * bounded however hard it is pushed. `GET /health` and `GET /metrics`.
 */
export class Gateway {
  readonly metrics: GatewayMetrics
  private readonly client: RflClient
  private readonly http: Server
  private readonly log: Logger
  private inFlight = 0

  constructor(private readonly opts: GatewayOptions) {
    this.log = opts.logger ?? silentLogger()
    this.metrics = new GatewayMetrics(opts.servers)
    this.client = new RflClient({
      servers: opts.servers,
      logger: this.log,
      ...opts.client,
      onEvent: this.metrics.onEvent,
    })
    this.http = createServer((req, res) => void this.serve(req, res))
  }

  async start(): Promise<string> {
    this.client.start()
    await new Promise<void>((resolve, reject) => {
      this.http.once("error", reject)
      this.http.listen(this.opts.port, this.opts.host, resolve)
    })
    return this.url
  }

  get url(): string {
    const a = this.http.address() as AddressInfo
    return `http://${a.address}:${a.port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => {
      this.http.close(() => resolve())
      this.http.closeAllConnections()
    })
    await this.client.close()
  }

  private async serve(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const t0 = performance.now()
    const code = await this.route(req, res).catch((err: Error) => {
      this.log.error({ event: "gateway-error", error: err.message })
      return reply(res, 500, "internal error\n")
    })
    this.metrics.requests.inc({ code: String(code) })
    this.metrics.duration.observe((performance.now() - t0) / 1000)
  }

  private async route(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<number> {
    const path = (req.url ?? "/").split("?")[0]
    if (path === "/health" && req.method === "GET") return this.health(res)
    if (path === "/metrics" && req.method === "GET") {
      res.setHeader("Content-Type", this.metrics.registry.contentType)
      return reply(res, 200, await this.metrics.registry.metrics())
    }
    const m = serviceName.exec(path)
    if (!m) {
      req.resume()
      const known = path.startsWith("/services/") ? 400 : 404
      return reply(
        res,
        known,
        known === 400 ? "bad service name\n" : "not found\n",
      )
    }
    if (req.method !== "POST") {
      req.resume()
      res.setHeader("Allow", "POST")
      return reply(res, 405, "POST only\n")
    }
    if (this.inFlight >= (this.opts.maxInFlight ?? 64)) {
      req.resume()
      res.setHeader("Retry-After", "1")
      return reply(res, 429, "too many requests in flight\n")
    }
    this.inFlight++
    this.metrics.inFlight.set(this.inFlight)
    try {
      const body = await readBody(req, this.opts.maxBodyBytes ?? 1 << 20)
      if (!body) return reply(res, 413, "body too large\n")
      return await this.forward(res, m[1], body)
    } finally {
      this.inFlight--
      this.metrics.inFlight.set(this.inFlight)
    }
  }

  private async forward(
    res: ServerResponse,
    name: string,
    body: Buffer,
  ): Promise<number> {
    const call = this.client.request([Buffer.from(name), body])
    const deadline = this.opts.deadlineMs ?? 5000
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<"late">(
      r => (timer = setTimeout(() => r("late"), deadline)),
    )
    try {
      const result = await Promise.race([call, late])
      if (result === "late") {
        call.catch(() => undefined)
        return reply(res, 503, `no server answered within ${deadline} ms\n`)
      }
      res.setHeader("Content-Type", "application/octet-stream")
      return reply(res, 200, result.at(-1) ?? Buffer.alloc(0))
    } catch (err) {
      if (err instanceof RflApplicationError)
        return reply(res, 502, `${err.text}\n`)
      return reply(res, 503, `${(err as Error).message}\n`)
    } finally {
      clearTimeout(timer)
    }
  }

  private health(res: ServerResponse): number {
    const servers = this.client.snapshot()
    const up = servers.some(s => s.state === "alive")
    res.setHeader("Content-Type", "application/json")
    const body = {
      status: up ? "ok" : "no-server",
      inFlight: this.inFlight,
      servers,
    }
    return reply(res, up ? 200 : 503, `${JSON.stringify(body)}\n`)
  }
}

function reply(
  res: ServerResponse,
  code: number,
  body: string | Buffer,
): number {
  res.statusCode = code
  res.end(body)
  return code
}

/** The body, or undefined past `max` bytes (the rest is discarded). */
async function readBody(
  req: IncomingMessage,
  max: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) {
      req.resume()
      return undefined
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
