import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises"
import { join } from "node:path"
import type { Logger } from "../../../core/log"
import {
  isMissing,
  lockStore,
  moveDurably,
  removeIfThere,
  syncDir,
  unlockStore,
  writeDurably,
} from "./durable"
import { decodeFrames, encodeFrames } from "./frames-file"
import { isIdName, type RequestId } from "./ids"

/**
 * The Titanic store: one directory, one file per message, every change
 * durable before it is acted on (README, "Titanic store").
 *
 *   pending/<id>   a request accepted and not yet answered (TSP-6)
 *   done/<id>      a request whose reply is stored
 *   replies/<id>   the reply (TSP-24), kept until titanic.close (TSP-12)
 *   tmp/           files being written; emptied at start
 *   LOCK           the pid of the server using the store
 *
 * A reply is stored before its request moves to done/, so after a crash a
 * request in pending/ is either unanswered (dispatched again: at-least-once)
 * or answered and only the move is left to do. The in-memory index mirrors
 * the directories, so unknown ids are answered without touching the disk
 * and the caps are checked without counting files.
 */
export interface StoreLimits {
  /** Most requests stored at once, answered or not. */
  readonly maxRequests: number
  /** Most bytes in request and reply files together. */
  readonly maxBytes: number
}

export type Admission = "ok" | "max-requests" | "max-bytes"

interface Entry {
  phase: "pending" | "replied"
  requestBytes: number
  replyBytes: number
  /** Fault reply-before-durable: accepted but only in memory so far. */
  unwritten?: Buffer
}

const dirs = ["pending", "done", "replies", "tmp"] as const

export class TitanicStore {
  private readonly index = new Map<RequestId, Entry>()
  private bytes = 0
  private tmpCount = 0

  private constructor(
    readonly dir: string,
    private readonly limits: StoreLimits,
    private readonly log: Logger,
  ) {}

  /**
   * Opens (creating) the store and brings it back to a consistent state
   * after a crash. Resolves to the store and the requests still to dispatch,
   * oldest first.
   */
  static async open(
    dir: string,
    limits: StoreLimits,
    log: Logger,
  ): Promise<{ store: TitanicStore; pending: RequestId[] }> {
    await mkdir(dir, { recursive: true })
    await lockStore(join(dir, "LOCK"))
    for (const d of dirs) await mkdir(join(dir, d), { recursive: true })
    const store = new TitanicStore(dir, limits, log)
    const pending = await store.recover()
    return { store, pending }
  }

  get requests(): number {
    return this.index.size
  }

  get storedBytes(): number {
    return this.bytes
  }

  /** Whether a request of `bytes` more fits under the caps. */
  admit(bytes: number): Admission {
    if (this.index.size >= this.limits.maxRequests) return "max-requests"
    if (this.bytes + bytes > this.limits.maxBytes) return "max-bytes"
    return "ok"
  }

  /** The encoded size of a request: what admit() and add() count. */
  static sizeOf(frames: readonly Buffer[]): number {
    return encodeFrames(frames).length
  }

  /**
   * Stores a request durably in pending/ (TSP-6). With `deferred` (fault
   * reply-before-durable) it is kept in memory until persist() is called.
   */
  async add(id: RequestId, frames: Buffer[], deferred = false): Promise<void> {
    const data = encodeFrames(frames)
    const entry: Entry = {
      phase: "pending",
      requestBytes: data.length,
      replyBytes: 0,
    }
    this.index.set(id, entry)
    this.bytes += data.length
    if (deferred) {
      entry.unwritten = data
      return
    }
    try {
      await writeDurably(this.path("pending", id), this.tmp(id), data)
    } catch (err) {
      this.forget(id)
      throw err
    }
  }

  /** Fault reply-before-durable: writes a request kept in memory, at last. */
  async persist(id: RequestId): Promise<void> {
    const entry = this.index.get(id)
    if (!entry?.unwritten) return
    const data = entry.unwritten
    entry.unwritten = undefined
    await writeDurably(this.path("pending", id), this.tmp(id), data)
  }

  phase(id: RequestId): Entry["phase"] | undefined {
    return this.index.get(id)?.phase
  }

  /** The stored request's frames (service, then body); undefined once closed. */
  async request(id: RequestId): Promise<Buffer[] | undefined> {
    const entry = this.index.get(id)
    if (!entry) return undefined
    if (entry.unwritten) return decodeFrames(entry.unwritten)
    for (const where of ["pending", "done"] as const) {
      const data = await readIfThere(this.path(where, id))
      if (data) return decodeFrames(data)
    }
    return undefined
  }

  /** The stored reply's frames, if the request has been answered. */
  async reply(id: RequestId): Promise<Buffer[] | undefined> {
    if (this.index.get(id)?.phase !== "replied") return undefined
    const data = await readIfThere(this.path("replies", id))
    return data ? decodeFrames(data) : undefined
  }

  /**
   * Stores the reply durably. False, and nothing kept, if the request was
   * closed before or while it was written.
   */
  async saveReply(id: RequestId, frames: Buffer[]): Promise<boolean> {
    if (!this.index.has(id)) return false
    const data = encodeFrames(frames)
    const path = this.path("replies", id)
    await writeDurably(path, this.tmp(id), data)
    const entry = this.index.get(id)
    if (!entry) {
      // titanic.close came while the reply was being written.
      await removeIfThere(path)
      return false
    }
    entry.phase = "replied"
    entry.replyBytes = data.length
    this.bytes += data.length
    return true
  }

  /** Moves a request from pending/ to done/: it is not dispatched again. */
  async markDone(id: RequestId): Promise<void> {
    try {
      await moveDurably(this.path("pending", id), this.path("done", id))
    } catch (err) {
      if (!isMissing(err)) throw err // already moved, or closed
    }
  }

  /** TSP-15: deletes the request and its reply; idempotent (TSP-17). */
  async close(id: RequestId): Promise<void> {
    if (!this.forget(id)) return
    // The request first: a reply left behind by a crash is an orphan, which
    // open() removes; a request left behind would be dispatched again.
    for (const where of ["pending", "done"] as const) {
      if (await removeIfThere(this.path(where, id)))
        await syncDir(join(this.dir, where))
    }
    if (await removeIfThere(this.path("replies", id)))
      await syncDir(join(this.dir, "replies"))
  }

  async shutdown(): Promise<void> {
    await unlockStore(join(this.dir, "LOCK"))
  }

  /** Drops an id from the index and the byte count; false if unknown. */
  private forget(id: RequestId): boolean {
    const entry = this.index.get(id)
    if (!entry) return false
    this.index.delete(id)
    this.bytes -= entry.requestBytes + entry.replyBytes
    return true
  }

  private path(where: (typeof dirs)[number], id: RequestId): string {
    return join(this.dir, where, id)
  }

  /** A fresh name in tmp/: never reused within a process, and tmp/ is emptied at start. */
  private tmp(id: RequestId): string {
    return join(this.dir, "tmp", `${id}.${++this.tmpCount}`)
  }

  /**
   * After a crash: half-written files go, a request answered but not yet
   * moved is moved, a reply whose request was closed goes, and every request
   * still pending is returned to be dispatched again.
   */
  private async recover(): Promise<RequestId[]> {
    await rm(join(this.dir, "tmp"), { recursive: true, force: true })
    await mkdir(join(this.dir, "tmp"))
    const replies = new Set(await this.ids("replies"))
    const pending: Array<{ id: RequestId; mtime: number }> = []
    for (const id of await this.ids("pending")) {
      const s = await stat(this.path("pending", id))
      if (replies.has(id)) {
        await this.markDone(id)
        continue
      }
      this.index.set(id, {
        phase: "pending",
        requestBytes: s.size,
        replyBytes: 0,
      })
      this.bytes += s.size
      pending.push({ id, mtime: s.mtimeMs })
    }
    for (const id of await this.ids("done")) {
      const size = (await stat(this.path("done", id))).size
      const replied = replies.has(id)
      // Only the done-before-reply fault leaves a done request with no
      // reply: it is known (300) and never dispatched again.
      if (!replied) this.log.warn({ event: "done-without-reply", id })
      this.index.set(id, {
        phase: replied ? "replied" : "pending",
        requestBytes: size,
        replyBytes: 0,
      })
      this.bytes += size
    }
    for (const id of replies) {
      const entry = this.index.get(id)
      if (entry?.phase === "replied") {
        entry.replyBytes = (await stat(this.path("replies", id))).size
        this.bytes += entry.replyBytes
      } else {
        await removeIfThere(this.path("replies", id))
        this.log.info({ event: "orphan-reply-removed", id })
      }
    }
    await syncDir(join(this.dir, "replies"))
    this.log.info({
      event: "store-opened",
      dir: this.dir,
      requests: this.index.size,
      pending: pending.length,
      bytes: this.bytes,
    })
    return pending.sort((a, b) => a.mtime - b.mtime).map(p => p.id)
  }

  /** Entries of a store directory that are ids; anything else is logged and left alone. */
  private async ids(where: (typeof dirs)[number]): Promise<RequestId[]> {
    const out: RequestId[] = []
    for (const name of await readdir(join(this.dir, where))) {
      if (isIdName(name)) out.push(name)
      else this.log.warn({ event: "stray-file", dir: where, name })
    }
    return out
  }
}

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path)
  } catch (err) {
    if (isMissing(err)) return undefined
    throw err
  }
}
