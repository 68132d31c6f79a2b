import type { Writable } from "zeromq"

type Frames = Array<Buffer | string | Uint8Array>

/**
 * Serialises sends on one socket. zeromq.js 6 throws EBUSY synchronously when
 * a second send() starts before the first resolves, so every peer that sends
 * from more than one place (replies, heartbeats, timers) goes through one of
 * these. Bounded: past `limit` queued messages, send() rejects instead of
 * growing without end.
 */
export class Outbox {
  private readonly queue: Array<{
    frames: Frames
    done: (err?: Error) => void
  }> = []
  private draining = false

  constructor(
    private readonly socket: Writable<Frames>,
    private readonly limit = 100_000,
  ) {}

  get pending(): number {
    return this.queue.length
  }

  send(frames: Frames): Promise<void> {
    if (this.queue.length >= this.limit) {
      return Promise.reject(
        new Error(`outbox full (${this.limit} messages queued)`),
      )
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ frames, done: err => (err ? reject(err) : resolve()) })
      if (!this.draining) void this.drain()
    })
  }

  private async drain(): Promise<void> {
    this.draining = true
    while (this.queue.length > 0) {
      const item = this.queue.shift()!
      try {
        await this.socket.send(item.frames)
        item.done()
      } catch (err) {
        item.done(err as Error)
      }
    }
    this.draining = false
  }
}
