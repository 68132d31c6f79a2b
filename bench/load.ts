import { Dealer } from "zeromq"
import {
  commandFrame,
  DISCONNECT,
  EMPTY,
  HEARTBEAT,
  MDPC01,
  MDPW01,
  READY,
  REPLY,
  REQUEST,
} from "./mdp-frames"

/**
 * The load: raw DEALER sockets with every frame prepared in advance, so that
 * the bench process spends as little as it can per request and the hop under
 * test (broker or forwarder) is what saturates.
 */

const READY_FRAME = commandFrame(READY)
const REPLY_FRAME = commandFrame(REPLY)
const DISCONNECT_FRAME = commandFrame(DISCONNECT)

/** Which counterpart the workers play: 7/MDP workers (brokers and the one-in-flight limit), or the raw forwarder's echo. */
export type WorkerKind = "mdp" | "echo"

/** The forwarder's registration: a one-frame message from a new worker. */
export const echoHello = "HELLO"

export interface Workers {
  /** Sends DISCONNECT (MDP) and closes every worker socket. */
  stop(): Promise<void>
}

/**
 * `count` workers for `service`, each echoing every request's body;
 * `socketOptions` are added to each DEALER's (CURVE client keys).
 */
export async function startWorkers(
  endpoint: string,
  kind: WorkerKind,
  count: number,
  service: string,
  socketOptions: Readonly<Record<string, unknown>> = {},
): Promise<Workers> {
  const sockets: Dealer[] = []
  const loops: Array<Promise<void>> = []
  let closing = false
  for (let i = 0; i < count; i++) {
    const sock = new Dealer({ linger: 200, ...socketOptions })
    sock.connect(endpoint)
    sockets.push(sock)
    const hello =
      kind === "mdp" ? [EMPTY, MDPW01, READY_FRAME, service] : [echoHello]
    await sock.send(hello)
    loops.push(
      (kind === "mdp" ? mdpWorker(sock) : echoWorker(sock)).catch(err => {
        if (!closing) throw err
      }),
    )
  }
  return {
    async stop() {
      closing = true
      if (kind === "mdp")
        await Promise.all(
          sockets.map(s => s.send([EMPTY, MDPW01, DISCONNECT_FRAME])),
        )
      for (const s of sockets) s.close()
      await Promise.all(loops)
    },
  }
}

/** 7/MDP worker: REQUEST [""][MDPW01][0x02][client][""][body] -> REPLY, same frames. */
async function mdpWorker(sock: Dealer): Promise<void> {
  for await (const f of sock) {
    const command = f.length >= 3 && f[2].length === 1 ? f[2][0] : -1
    if (command === REQUEST && f.length >= 6) {
      f[2] = REPLY_FRAME
      await sock.send(f)
    } else if (command === HEARTBEAT) {
      // Not needed within a few seconds, but keeps the worker alive anyway.
      await sock.send(f)
    }
  }
}

/** The forwarder's worker: every message goes back unchanged. */
async function echoWorker(sock: Dealer): Promise<void> {
  for await (const f of sock) await sock.send(f)
}

export interface LoadOptions {
  readonly clients: number
  /** Requests each client keeps in flight. */
  readonly window: number
  readonly service: string
  readonly payloadBytes: number
  readonly warmupMs: number
  readonly measureMs: number
  /** How long in-flight requests may take to come back once sending stops. */
  readonly drainMs: number
  /** Called at the start and end of the measured window (for CPU samples). */
  readonly onWindow: (edge: "start" | "end") => void
  /** Added to each client DEALER's options (CURVE client keys). */
  readonly socketOptions?: Readonly<Record<string, unknown>>
}

export interface LoadResult {
  /** Replies that arrived inside the measured window. */
  readonly replies: number
  readonly windowMs: number
  /** Round-trip times of those replies, in microseconds, sorted. */
  readonly latenciesUs: Float64Array
  /** Requests that never came back before the drain deadline. */
  readonly lost: number
}

/**
 * N clients, each keeping W requests in flight: [""][MDPC01][service][slot]
 * [payload]. The 4-byte slot frame (0..W-1) names the request, so replies may
 * come back in any order; each reply frees its slot for the next request.
 */
export async function runClients(
  endpoint: string,
  o: LoadOptions,
): Promise<LoadResult> {
  const payload = Buffer.alloc(o.payloadBytes, 0x61)
  const state = {
    measuring: false,
    stopped: false,
    replies: 0,
    latencies: [] as number[],
  }
  const sockets = Array.from({ length: o.clients }, () => {
    const sock = new Dealer({ linger: 0, ...o.socketOptions })
    sock.connect(endpoint)
    return sock
  })
  const loops = sockets.map(s => client(s, o, payload, state))
  let windowStart = 0
  let windowEnd = 0
  await new Promise<void>(resolve => {
    setTimeout(() => {
      o.onWindow("start")
      windowStart = performance.now()
      state.measuring = true
      setTimeout(() => {
        state.measuring = false
        state.stopped = true
        windowEnd = performance.now()
        o.onWindow("end")
        resolve()
      }, o.measureMs)
    }, o.warmupMs)
  })
  const deadline = setTimeout(() => sockets.forEach(s => s.close()), o.drainMs)
  const outstanding = await Promise.all(loops)
  clearTimeout(deadline)
  for (const s of sockets) if (!s.closed) s.close()
  return {
    replies: state.replies,
    windowMs: windowEnd - windowStart,
    latenciesUs: Float64Array.from(state.latencies).sort(),
    lost: outstanding.reduce((a, b) => a + b, 0),
  }
}

interface ClientState {
  measuring: boolean
  stopped: boolean
  replies: number
  latencies: number[]
}

/** One client's loop; resolves to the requests still unanswered at the end. */
async function client(
  sock: Dealer,
  o: LoadOptions,
  payload: Buffer,
  state: ClientState,
): Promise<number> {
  const service = Buffer.from(o.service)
  const requests = Array.from({ length: o.window }, (_, slot) => {
    const id = Buffer.alloc(4)
    id.writeUInt32LE(slot)
    return [EMPTY, MDPC01, service, id, payload]
  })
  const sentAt = new Float64Array(o.window)
  let inFlight = 0
  for (let slot = 0; slot < o.window; slot++) {
    sentAt[slot] = performance.now()
    await sock.send(requests[slot])
    inFlight++
  }
  try {
    for await (const f of sock) {
      const now = performance.now()
      inFlight--
      const slot =
        f.length >= 4 && f[3].length === 4 ? f[3].readUInt32LE(0) : -1
      if (slot < 0 || slot >= o.window)
        throw new Error(`bench: reply with no slot frame (${f.length} frames)`)
      if (state.measuring) {
        state.replies++
        state.latencies.push((now - sentAt[slot]) * 1000)
      }
      if (state.stopped) {
        if (inFlight === 0) break
        continue
      }
      sentAt[slot] = performance.now()
      await sock.send(requests[slot])
      inFlight++
    }
  } catch (err) {
    // The drain deadline closes the socket under a pending receive.
    if (!sock.closed) throw err
  }
  return inFlight
}
