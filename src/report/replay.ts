import { renderFrame } from "../codec"
import { RawPeer } from "../harness/peers/raw-peer"
import { Transcript, type TranscriptEntry } from "../harness/transcript"
import { frameBytes } from "./frames"

export interface ReplayOptions {
  /** Where every suite peer connects, unless `peerEndpoints` names its own. */
  endpoint: string
  peerEndpoints?: Readonly<Record<string, string>>
  /** How long to wait for an answer a later send depends on, and for the last answers. */
  waitMs: number
  /** Each message both ways as it happens. */
  log?: (line: string) => void
}

export interface ReplayOutcome {
  /** What was sent and received this time, with offsets from the first send. */
  live: TranscriptEntry[]
  /** Recorded sends that could not be repeated byte for byte, and why. */
  problems: string[]
}

/**
 * Frames the IUT made up (a client address, a routing id): seen first in
 * something the IUT sent, and then echoed by the suite. A new run has new
 * ones, so they are learned from the live answers before being sent back.
 */
export function echoedFrames(t: readonly TranscriptEntry[]): Set<string> {
  const fromSuite = new Set<string>()
  const fromIut = new Set<string>()
  const echoed = new Set<string>()
  for (const e of t) {
    for (const f of e.frames) {
      if (f === '""') continue
      if (e.dir === "recv" && !fromSuite.has(f)) fromIut.add(f)
      if (e.dir === "send") {
        if (fromIut.has(f)) echoed.add(f)
        fromSuite.add(f)
      }
    }
  }
  return echoed
}

/**
 * Re-sends the suite's side of a recorded scenario to a running IUT, one
 * DEALER per suite peer, at the recorded time offsets, and collects what
 * comes back: a reproducer for a bug report. An answer the recording echoed
 * (a client address) is matched to its live counterpart by shape (same
 * peer, same frame count, the other frames equal) and substituted.
 */
export async function replay(
  recorded: readonly TranscriptEntry[],
  o: ReplayOptions,
): Promise<ReplayOutcome> {
  const echoed = echoedFrames(recorded)
  const learned = new Map<string, string>()
  const learnedBytes = new Map<string, Buffer>()
  const pending = recorded.filter(
    e => e.dir === "recv" && e.frames.some(f => echoed.has(f)),
  )
  const transcript = new Transcript()
  const peers = new Map<string, RawPeer>()
  const problems: string[] = []
  const log = o.log ?? (() => {})
  const arrow = { send: "->", recv: "<-", note: "--" }
  let shown = 0
  const flush = () => {
    for (const e of transcript.entries.slice(shown))
      log(
        `${String(e.t).padStart(6)} ms ${arrow[e.dir]} ${e.peer}: ${e.frames.map(f => `[${f}]`).join("")}`,
      )
    shown = transcript.entries.length
  }

  const learn = (peer: string, frames: Buffer[]) => {
    const live = frames.map(f => renderFrame(f))
    const i = pending.findIndex(
      r =>
        r.peer === peer &&
        r.frames.length === live.length &&
        r.frames.every((f, k) => echoed.has(f) || f === live[k]),
    )
    if (i < 0) return
    pending[i].frames.forEach((f, k) => {
      if (echoed.has(f) && !learned.has(f)) {
        learned.set(f, live[k])
        learnedBytes.set(f, frames[k])
      }
    })
    pending.splice(i, 1)
  }

  const peerFor = (name: string): RawPeer => {
    let p = peers.get(name)
    if (p) return p
    p = RawPeer.dealer(name, transcript)
    p.connect(o.peerEndpoints?.[name] ?? o.endpoint)
    peers.set(name, p)
    void (async () => {
      for await (const m of p.messages()) {
        learn(name, m)
        flush()
      }
    })()
    return p
  }

  const sends = recorded.filter(e => e.dir === "send")
  const t0 = sends[0]?.t ?? 0
  const start = performance.now()
  try {
    for (const e of sends) {
      const due = start + (e.t - t0) - performance.now()
      if (due > 0) await sleep(due)
      const frames = await framesFor(e)
      if (frames) await peerFor(e.peer).send(frames)
      flush()
    }
    await sleep(o.waitMs)
    flush()
  } finally {
    await Promise.all([...peers.values()].map(p => p.close()))
  }
  return { live: transcript.entries, problems }

  async function framesFor(e: TranscriptEntry): Promise<Buffer[] | undefined> {
    const deadline = performance.now() + o.waitMs
    while (
      e.frames.some(f => echoed.has(f) && !learned.has(f)) &&
      performance.now() < deadline
    )
      await sleep(20)
    const out: Buffer[] = []
    for (const f of e.frames) {
      const live = learnedBytes.get(f)
      if (echoed.has(f) && !live)
        problems.push(
          `t=${e.t} ms ${e.peer}: no live answer gave a counterpart of ${f}; sent as recorded`,
        )
      const bytes = live ?? frameBytes(f)
      if (!bytes) {
        problems.push(
          `t=${e.t} ms ${e.peer}: the transcript cut frame ${f}; message not sent`,
        )
        return undefined
      }
      out.push(bytes)
    }
    return out
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise(r => setTimeout(r, ms))
}
