import type { DecodeResult } from "../../../codec"
import {
  decodeHeartbeat,
  decodeReady,
  decodeReply,
  decodeRequest,
  type FromWorker,
  type ToWorker,
} from "../../../generated/ppp"

/**
 * 6/PPP has no header: a message is told apart by its frame count and one
 * byte (digest §1.5). The generated channel decoders blame a one-frame
 * message that is neither command on the envelope rule, as the closest
 * multi-frame message; a one-frame message can only have been meant as a
 * command, so the suite decodes it as the command it may be at that point.
 */

/** What a queue may send a worker: HEARTBEAT (PPP-3) or REQUEST (PPP-4). */
export function decodeAtWorker(frames: Buffer[]): DecodeResult<ToWorker> {
  return frames.length === 1 ? decodeHeartbeat(frames) : decodeRequest(frames)
}

/**
 * What a worker may send the queue. `opening`: the first message on its
 * connection, which can only be READY (PPP-1), so a one-frame message that
 * is not READY is a bad READY (PPP-2); later a bad HEARTBEAT (PPP-3).
 */
export function decodeAtQueue(
  frames: Buffer[],
  opening: boolean,
): DecodeResult<FromWorker> {
  if (frames.length !== 1) return decodeReply(frames)
  const ready = decodeReady(frames)
  if (ready.ok) return ready
  const heartbeat = decodeHeartbeat(frames)
  if (heartbeat.ok || !opening) return heartbeat
  return ready
}
