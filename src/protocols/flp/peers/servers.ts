/**
 * What a model-3 client knows of each server: when it last heard from it,
 * when it next pings it, and whether a request it was sent went unanswered.
 * Socket-free; times come from the owner's clock.
 */
export class ServerEntry {
  /** Last PONG or reply; undefined: never heard. */
  heardAt?: number
  /** A request it was sent went unanswered or could not be sent, at this time. */
  suspectAt = -Infinity
  pingAt: number

  constructor(
    readonly endpoint: string,
    readonly index: number,
    now: number,
  ) {
    this.pingAt = now
  }

  /**
   * FLP-C4, FLP-14: heard from within the TTL, and since it last let a
   * request down.
   */
  alive(now: number, ttlMs: number): boolean {
    return (
      this.heardAt !== undefined &&
      this.heardAt > this.suspectAt &&
      now - this.heardAt < ttlMs
    )
  }
}

export class ServerTable {
  readonly entries: ServerEntry[]
  private readonly byId = new Map<string, ServerEntry>()
  /** The server that answered last: requests stick to it (FLP-15 allows a preference). */
  private preferred?: ServerEntry

  constructor(endpoints: readonly string[], now: number) {
    this.entries = endpoints.map((e, i) => new ServerEntry(e, i, now))
    for (const s of this.entries) this.byId.set(s.endpoint, s)
  }

  get(identity: string): ServerEntry | undefined {
    return this.byId.get(identity)
  }

  answered(s: ServerEntry): void {
    this.preferred = s
  }

  /** The server to send to: the preferred one if alive, else the first alive. */
  pick(now: number, ttlMs: number): ServerEntry | undefined {
    if (this.preferred?.alive(now, ttlMs)) return this.preferred
    return this.entries.find(s => s.alive(now, ttlMs))
  }

  aliveCount(now: number, ttlMs: number): number {
    return this.entries.filter(s => s.alive(now, ttlMs)).length
  }
}
