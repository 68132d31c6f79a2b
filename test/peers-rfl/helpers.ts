import { Dealer, Router } from "zeromq"
import { RflServer, type RflServerOptions } from "../../src/protocols/rfl/peers"

export async function startServer(
  opts: Partial<RflServerOptions> = {},
): Promise<RflServer> {
  const server = new RflServer({ bind: "tcp://127.0.0.1:*", ...opts })
  await server.start()
  return server
}

async function bounded<T>(
  receive: () => Promise<T>,
  socket: { receiveTimeout: number },
  within: number,
): Promise<T | undefined> {
  socket.receiveTimeout = Math.max(1, Math.round(within))
  try {
    return await receive()
  } catch (err) {
    if ((err as { code?: string }).code === "EAGAIN") return undefined
    throw err
  }
}

/** A DEALER playing a client frame by frame. */
export class RawClient {
  readonly socket = new Dealer({ linger: 0 })

  constructor(endpoint: string) {
    this.socket.connect(endpoint)
  }

  send(frames: Array<Buffer | string>): Promise<void> {
    return this.socket.send(frames)
  }

  next(within: number): Promise<Buffer[] | undefined> {
    return bounded(() => this.socket.receive(), this.socket, within)
  }

  close(): void {
    this.socket.close()
  }
}

/** A ROUTER playing a server: answers HEARTBEATs if told to, keeps requests. */
export class RawServer {
  readonly socket = new Router({ linger: 0 })
  endpoint = ""
  /** When each request arrived, in ms since the server started. */
  readonly requests: Array<{
    client: Buffer
    id: string
    payload: Buffer[]
    at: number
  }> = []
  heartbeats = 0
  private readonly t0 = performance.now()
  private loop?: Promise<void>

  constructor(private readonly answerHeartbeats = true) {}

  async bind(at = "tcp://127.0.0.1:*"): Promise<this> {
    await this.socket.bind(at)
    this.endpoint = this.socket.lastEndpoint!
    this.loop = this.run()
    return this
  }

  private async run(): Promise<void> {
    try {
      for await (const [client, , cmd, id, ...payload] of this.socket) {
        if (cmd?.toString() === "HEARTBEAT") {
          this.heartbeats++
          if (this.answerHeartbeats)
            await this.socket.send([client, "", "HEARTBEAT", this.endpoint])
        } else if (cmd?.toString() === "REQUEST") {
          const at = performance.now() - this.t0
          this.requests.push({ client, id: id.toString(), payload, at })
        }
      }
    } catch {
      // closed
    }
  }

  /** Answers the i-th request received with OK and `result`. */
  answer(i: number, ...result: string[]): Promise<void> {
    const r = this.requests[i]
    return this.socket.send([r.client, "", "RESPONSE", r.id, "OK", ...result])
  }

  async waitRequests(n: number, within: number): Promise<boolean> {
    const deadline = performance.now() + within
    while (this.requests.length < n && performance.now() < deadline)
      await new Promise(r => setTimeout(r, 5))
    return this.requests.length >= n
  }

  async close(): Promise<void> {
    this.socket.close()
    await this.loop
  }
}

export const uuid = "0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21"
export const text = (frames: Buffer[] | undefined) =>
  frames?.map(f => f.toString())
