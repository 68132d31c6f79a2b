import { renderFrames } from "../../../codec"
import { decodeServerReply } from "../../../generated/bstar"
import { RawPeer } from "../../../harness/peers"
import { Transcript } from "../../../harness/transcript"

/** What one request to one server came to. */
export type Asked =
  | { readonly kind: "reply"; readonly body: Buffer[]; readonly ms: number }
  | { readonly kind: "none" }
  | { readonly kind: "invalid"; readonly rule: string; readonly detail: string }

/**
 * The suite as a client of one server: a request on a fresh DEALER (so, as
 * for the Guide's REQ client after a timeout, no earlier reply can reach
 * it), with REQ's empty delimiter written by hand so the reply's can be
 * checked too (BSTAR-14).
 */
export async function ask(
  name: string,
  endpoint: string,
  body: Buffer[],
  within: number,
  transcript = new Transcript(),
): Promise<Asked> {
  const peer = new RawPeer(name, transcript)
  peer.connect(endpoint)
  try {
    const sent = performance.now()
    await peer.send([Buffer.alloc(0), ...body])
    const frames = await peer.next(within)
    if (!frames) return { kind: "none" }
    const msg = decodeServerReply(frames)
    if (!msg.ok)
      return {
        kind: "invalid",
        rule: msg.error.rule,
        detail: `${msg.error.expected}, got ${renderFrames(frames)}`,
      }
    return { kind: "reply", body: msg.value.body, ms: performance.now() - sent }
  } finally {
    await peer.close()
  }
}
