import { Router } from "zeromq"
import { freePort } from "../../src/harness/endpoints"
import { FlpServer, type FlpServerOptions } from "../../src/protocols/flp/peers"

/** A fresh loopback endpoint with a fixed port: an FLP server's identity. */
export async function endpoint(): Promise<string> {
  return `tcp://127.0.0.1:${await freePort()}`
}

export async function startServer(
  opts: Partial<FlpServerOptions> = {},
): Promise<FlpServer> {
  const server = new FlpServer({ bind: await endpoint(), ...opts })
  await server.start()
  return server
}

/**
 * A ROUTER bound with an identity, frame by frame: the suite's kind of FLP
 * server, able to withhold PONGs and replies. Every wait is bounded.
 */
export class RawServer {
  readonly socket: Router

  private constructor(readonly endpoint: string) {
    this.socket = new Router({ linger: 0, routingId: endpoint })
  }

  static async bind(at?: string): Promise<RawServer> {
    const s = new RawServer(at ?? (await endpoint()))
    await s.socket.bind(s.endpoint)
    return s
  }

  /** The next [client, ...frames], or undefined in time. */
  async next(within: number): Promise<Buffer[] | undefined> {
    this.socket.receiveTimeout = within
    try {
      return await this.socket.receive()
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return undefined
      throw err
    }
  }

  /** The next request (answering PINGs on the way if `pong`). */
  async request(
    within: number,
    pong = true,
  ): Promise<{ client: Buffer; ccf: Buffer; body: Buffer[] } | undefined> {
    const deadline = performance.now() + within
    for (;;) {
      const m = await this.next(Math.max(1, deadline - performance.now()))
      if (!m) return undefined
      const [client, ...frames] = m
      if (frames.length === 1 && frames[0].toString() === "PING") {
        if (pong) await this.socket.send([client, "PONG"])
        continue
      }
      return { client, ccf: frames[0], body: frames.slice(1) }
    }
  }

  send(frames: Array<Buffer | string>): Promise<void> {
    return this.socket.send(frames)
  }

  close(): void {
    this.socket.close()
  }
}

/** A ROUTER client addressing servers by identity, frame by frame. */
export class RawClient {
  readonly socket = new Router({ linger: 0, mandatory: true })

  async connect(endpoint: string): Promise<void> {
    this.socket.connect(endpoint)
    // A ROUTER can address the server only once the handshake is done.
    for (let i = 0; i < 200; i++) {
      try {
        await this.socket.send([endpoint, "PING"])
        return
      } catch {
        await new Promise(r => setTimeout(r, 10))
      }
    }
    throw new Error(`no connection to ${endpoint}`)
  }

  async next(within: number): Promise<Buffer[] | undefined> {
    this.socket.receiveTimeout = within
    try {
      return await this.socket.receive()
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return undefined
      throw err
    }
  }

  send(frames: Array<Buffer | string>): Promise<void> {
    return this.socket.send(frames)
  }

  close(): void {
    this.socket.close()
  }
}

export const text = (frames: Buffer[] | undefined) =>
  frames?.map(f => f.toString())
