import type { GoldenVector } from "../src/codec"
import * as mdp from "../src/generated/mdp-0.1"
import { type LoopOptions, opsPerSecond } from "./measure"
import { naiveAtBroker, naiveDecoders, naiveToWorker } from "./naive-decoder"
import { count, ratio, table } from "./table"

/** One message type (or one channel and the message it carries), in ops/s. */
export interface CodecRow {
  readonly name: string
  readonly frames: number
  readonly bytes: number
  readonly encode?: number
  /** Generated decoder: frame checks, field extraction and ajv validation. */
  readonly decode: number
  /** The hand-written decoder of naive-decoder.ts, without validation. */
  readonly naive: number
}

export interface CodecResults {
  readonly loop: LoopOptions
  /** decodeX and encodeX of each MDP/0.1 message type. */
  readonly messages: CodecRow[]
  /** decodeAtBroker and decodeToWorker, per message they carry. */
  readonly channels: CodecRow[]
}

type Decode = (frames: readonly Uint8Array[]) => { ok: boolean }
type Encode = (msg: unknown) => Buffer[]

const generated = mdp as unknown as Record<string, Decode & Encode>

/** What a broker and a worker receive, in the order of the channel entries. */
const channels: ReadonlyArray<{
  name: string
  decode: Decode
  naive: (f: readonly Buffer[]) => object | undefined
  types: string[]
}> = [
  {
    name: "decodeAtBroker",
    decode: mdp.decodeAtBroker,
    naive: naiveAtBroker,
    types: [
      "ClientRequest",
      "WorkerReady",
      "WorkerReply",
      "WorkerHeartbeat",
      "WorkerDisconnect",
    ],
  },
  {
    name: "decodeToWorker",
    decode: mdp.decodeToWorker,
    naive: naiveToWorker,
    types: ["WorkerRequest", "WorkerHeartbeat", "WorkerDisconnect"],
  },
]

/** Encode and decode+validate rates of every MDP/0.1 message type. */
export function runCodecBench(loop: LoopOptions): CodecResults {
  const samples = firstVectorOfEachType()
  const messages = [...samples.values()].map(v => {
    const frames = v.frames as Buffer[]
    const decode = generated[`decode${v.type}`]
    const encode = generated[`encode${v.type}`]
    const naive = naiveDecoders[v.type]
    assertDecodes(v, decode, naive)
    return {
      ...shape(v.type, frames),
      encode: opsPerSecond(() => encode(v.message), loop),
      decode: opsPerSecond(() => decode(frames).ok, loop),
      naive: opsPerSecond(() => naive(frames), loop),
    }
  })
  const rows: CodecRow[] = []
  for (const ch of channels) {
    for (const type of ch.types) {
      const v = samples.get(type)!
      const frames = v.frames as Buffer[]
      assertDecodes(v, ch.decode, ch.naive)
      rows.push({
        ...shape(`${ch.name} ${type}`, frames),
        decode: opsPerSecond(() => ch.decode(frames).ok, loop),
        naive: opsPerSecond(() => ch.naive(frames), loop),
      })
    }
  }
  return { loop, messages, channels: rows }
}

function firstVectorOfEachType(): Map<string, GoldenVector> {
  const byType = new Map<string, GoldenVector>()
  for (const v of mdp.vectors) if (!byType.has(v.type)) byType.set(v.type, v)
  return byType
}

function shape(name: string, frames: readonly Buffer[]) {
  const bytes = frames.reduce((sum, f) => sum + f.length, 0)
  return { name, frames: frames.length, bytes }
}

/** A benchmark of a decoder that fails would measure the error path. */
function assertDecodes(
  v: GoldenVector,
  decode: Decode,
  naive: (f: readonly Buffer[]) => object | undefined,
): void {
  const frames = v.frames as Buffer[]
  if (!decode(frames).ok || !naive(frames))
    throw new Error(`bench: the ${v.type} vector "${v.name}" does not decode`)
}

export function printCodec(r: CodecResults): string {
  const row = (x: CodecRow) => [
    x.name,
    `${x.frames}/${x.bytes}`,
    x.encode === undefined ? "-" : count(x.encode),
    count(x.decode),
    count(x.naive),
    ratio(x.decode, x.naive),
  ]
  const head = [
    "",
    "frames/B",
    "encode/s",
    "decode+validate/s",
    "naive/s",
    "gen/naive",
  ]
  return [
    "Codec, MDP/0.1 (golden vectors; ops/s, median of timed rounds)",
    table(["message", ...head.slice(1)], r.messages.map(row)),
    "",
    table(["channel decoder", ...head.slice(1)], r.channels.map(row)),
  ].join("\n")
}
