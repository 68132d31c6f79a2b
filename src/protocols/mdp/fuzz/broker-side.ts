import { renderFrames } from "../../../codec"
import type { FakeBroker } from "../suite/fake-broker"

interface Pending {
  readonly body: Buffer
  readonly answered: () => void
}

/**
 * The fuzzer's bookkeeping around the suite's FakeBroker, playing the
 * broker to one reference worker: it takes the worker's READY, heartbeats
 * it every interval (MDP-43), sends honest REQUESTs on demand, and lets the
 * attacker send anything else to the same worker. It reacts to all the
 * worker says rather than awaiting one thing, and counts what a conforming
 * worker never does.
 */
export class BrokerSide {
  /** READY commands seen: more than one means the worker started over. */
  readies = 0
  disconnects = 0
  invalidFromWorker = 0
  /** The first invalid messages from the worker, rendered. */
  readonly invalidSamples: string[] = []
  private longestSilence = 0
  private worker?: Buffer
  private readonly pending = new Map<string, Pending>()
  private readonly readyWaiters = new Set<() => void>()
  private lastHeard = performance.now()
  private sequence = 0
  private loop?: Promise<void>

  constructor(private readonly broker: FakeBroker) {}

  /** Binds on a free loopback port and starts reading; the endpoint bound. */
  async bind(): Promise<string> {
    const endpoint = await this.broker.bind("tcp://127.0.0.1:*")
    this.loop = this.receive()
    return endpoint
  }

  /** The worker's longest silence so far, the current one included. */
  get maxWorkerSilenceMs(): number {
    const now = this.worker ? performance.now() - this.lastHeard : 0
    return Math.max(this.longestSilence, now)
  }

  /** True once a worker has sent READY, false after `within` ms. */
  async waitForWorker(within: number): Promise<boolean> {
    if (!this.worker) {
      let done!: () => void
      const ready = new Promise<void>(resolve => (done = resolve))
      this.readyWaiters.add(done)
      const timer = setTimeout(done, within)
      await ready
      clearTimeout(timer)
      this.readyWaiters.delete(done)
    }
    if (this.worker) this.broker.startHeartbeats(this.worker)
    return this.worker !== undefined
  }

  /** Sends frames to the worker as they are: the attacker's way in. */
  send(frames: Buffer[]): Promise<void> {
    return this.broker.sendRaw(this.worker!, frames)
  }

  /** REQUEST -> REPLY through the worker; ms taken, or undefined past the deadline. */
  async roundTrip(deadlineMs: number): Promise<number | undefined> {
    const n = this.sequence++
    const client = Buffer.from(`client-${n}`)
    const body = Buffer.from(`honest-${n}`)
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    const answered = new Promise<boolean>(resolve => {
      this.pending.set(client.toString("hex"), {
        body,
        answered: () => resolve(true),
      })
      timer = setTimeout(() => resolve(false), deadlineMs)
    })
    try {
      await this.broker.sendRequest(this.worker!, client, [body])
      return (await answered) ? performance.now() - started : undefined
    } finally {
      clearTimeout(timer)
      this.pending.delete(client.toString("hex"))
    }
  }

  /** Frames as they are, then a round trip: the REPLY proves the worker got past them. */
  async lockstep(
    frames: Buffer[],
    deadlineMs: number,
  ): Promise<number | undefined> {
    await this.send(frames)
    return this.roundTrip(deadlineMs)
  }

  async close(): Promise<void> {
    await this.broker.close()
    await this.loop
  }

  private async receive(): Promise<void> {
    for await (const frames of this.broker.peer.messages()) this.handle(frames)
  }

  private handle(frames: Buffer[]): void {
    const now = performance.now()
    const decoded = this.broker.fromWorker(frames)
    if (this.worker?.equals(frames[0])) {
      this.longestSilence = Math.max(this.longestSilence, now - this.lastHeard)
      this.lastHeard = now
    }
    if (!decoded.ok) {
      this.invalidFromWorker++
      if (this.invalidSamples.length < 5)
        this.invalidSamples.push(renderFrames(frames.slice(1)))
      return
    }
    const { id, msg } = decoded.value
    switch (msg.command) {
      case "READY":
        this.readies++
        this.worker = id
        this.lastHeard = now
        for (const w of this.readyWaiters) w()
        return
      case "REPLY": {
        const p = this.pending.get(msg.client.toString("hex"))
        if (p && msg.body.length === 1 && msg.body[0].equals(p.body))
          p.answered()
        return
      }
      case "HEARTBEAT":
      case "PARTIAL":
      case "FINAL":
        return
      case "DISCONNECT":
        this.disconnects++
        return
      default: {
        const never: never = msg
        return never
      }
    }
  }
}
