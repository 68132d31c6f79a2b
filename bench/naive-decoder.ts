/**
 * The comparison point for the generated codec: MDP/0.1 decoding as one
 * would write it by hand for speed. It checks frame counts, the empty frame,
 * the header and the command byte and picks the fields out, but validates
 * nothing (no service-name pattern, no error records, no rule names). The
 * gap between it and the generated decoders is the price of validation and
 * of the DecodeError detail.
 */

type Frames = readonly Buffer[]
type Naive = (f: Frames) => object | undefined

const MDPC01 = Buffer.from("MDPC01")
const MDPW01 = Buffer.from("MDPW01")
const READY = 1
const REQUEST = 2
const REPLY = 3
const HEARTBEAT = 4
const DISCONNECT = 5

function isClient(f: Frames, min: number): boolean {
  return f.length >= min && f[0].length === 0 && f[1].equals(MDPC01)
}

function isWorker(f: Frames, command: number): boolean {
  return (
    f.length >= 3 &&
    f[0].length === 0 &&
    f[1].equals(MDPW01) &&
    f[2].length === 1 &&
    f[2][0] === command
  )
}

function clientMessage(command: string): Naive {
  return f =>
    isClient(f, 4)
      ? { command, service: f[2].toString(), body: f.slice(3) }
      : undefined
}

function workerJob(command: string, byte: number): Naive {
  return f =>
    isWorker(f, byte) && f.length >= 6 && f[4].length === 0
      ? { command, client: f[3], body: f.slice(5) }
      : undefined
}

function mmiStatus(f: Frames): object | undefined {
  return isClient(f, 4) && f.length === 4
    ? { command: "REPLY", service: f[2].toString(), status: f[3].toString() }
    : undefined
}

/** One hand-written decoder per MDP/0.1 message type, by type name. */
export const naiveDecoders: Readonly<Record<string, Naive>> = {
  ClientRequest: clientMessage("REQUEST"),
  ClientReply: clientMessage("REPLY"),
  MmiServiceRequest: f =>
    isClient(f, 4) && f.length === 4
      ? { command: "REQUEST", service: f[2].toString(), name: f[3].toString() }
      : undefined,
  MmiServiceReply: mmiStatus,
  MmiNotImplemented: mmiStatus,
  WorkerReady: f =>
    isWorker(f, READY) && f.length === 4
      ? { command: "READY", service: f[3].toString() }
      : undefined,
  WorkerRequest: workerJob("REQUEST", REQUEST),
  WorkerReply: workerJob("REPLY", REPLY),
  WorkerHeartbeat: f =>
    isWorker(f, HEARTBEAT) && f.length === 3
      ? { command: "HEARTBEAT" }
      : undefined,
  WorkerDisconnect: f =>
    isWorker(f, DISCONNECT) && f.length === 3
      ? { command: "DISCONNECT" }
      : undefined,
}

const n = naiveDecoders

/** Anything a broker receives: dispatch on the header, then the command byte. */
export function naiveAtBroker(f: Frames): object | undefined {
  if (f.length < 3) return undefined
  if (f[1].equals(MDPC01)) return n.ClientRequest(f)
  switch (f[2][0]) {
    case READY:
      return n.WorkerReady(f)
    case REPLY:
      return n.WorkerReply(f)
    case HEARTBEAT:
      return n.WorkerHeartbeat(f)
    case DISCONNECT:
      return n.WorkerDisconnect(f)
    default:
      return undefined
  }
}

/** Anything a worker receives from its broker. */
export function naiveToWorker(f: Frames): object | undefined {
  if (f.length < 3) return undefined
  switch (f[2][0]) {
    case REQUEST:
      return n.WorkerRequest(f)
    case HEARTBEAT:
      return n.WorkerHeartbeat(f)
    case DISCONNECT:
      return n.WorkerDisconnect(f)
    default:
      return undefined
  }
}
