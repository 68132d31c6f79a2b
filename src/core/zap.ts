import { Reply } from "zeromq"
import { z85Encode } from "./curve"

/**
 * The ZAP handler (RFC 27) of this process. libzmq asks it, over
 * inproc://zeromq.zap.01 in the socket's context, whether to accept each
 * CURVE handshake on a server socket; without a handler it accepts every
 * client. One handler serves the whole process (the address can be bound
 * once per context), so each server socket registers a policy under its
 * own ZAP domain (ZMQ_ZAP_DOMAIN) and the handler answers by domain: two
 * brokers in one process keep their own allow-lists.
 */

/** Decides one client: its public key (Z85) in, accept or refuse out. */
export type ZapPolicy = (clientKey: string) => boolean

/** What a server socket holds while its policy is registered. */
export interface ZapRegistration {
  /** Set as the socket's zapDomain before it binds. */
  readonly domain: string
  release(): void
}

export const zapEndpoint = "inproc://zeromq.zap.01"

/** A policy for a fixed allow-list (keys in Z85). */
export function allowList(keys: ReadonlySet<string>): ZapPolicy {
  return key => keys.has(key)
}

export const allowAny: ZapPolicy = () => true

const policies = new Map<string, ZapPolicy>()
let socket: Reply | undefined
let starting: Promise<void> | undefined
let next = 0

/**
 * Registers a policy and makes sure the handler runs. Call before the
 * server socket binds: a handshake that meets no handler is let through.
 */
export async function registerZap(policy: ZapPolicy): Promise<ZapRegistration> {
  const domain = `marque-${process.pid}-${++next}`
  policies.set(domain, policy)
  try {
    await ensureHandler()
  } catch (err) {
    policies.delete(domain)
    throw err
  }
  return {
    domain,
    release() {
      if (!policies.delete(domain) || policies.size > 0) return
      // The last server socket is gone: close, so the process can exit.
      socket?.close()
      socket = undefined
    },
  }
}

async function ensureHandler(): Promise<void> {
  if (socket) return
  // Two sockets registering at once share one start.
  starting ??= startHandler().finally(() => (starting = undefined))
  await starting
}

async function startHandler(): Promise<void> {
  const rep = new Reply({ linger: 0 })
  // A handler closed a moment ago may still hold the address in libzmq's
  // reaper: retry for up to a second before giving up.
  for (let tries = 0; ; tries++) {
    try {
      await rep.bind(zapEndpoint)
      break
    } catch (err) {
      if (tries >= 20) {
        rep.close()
        throw new Error(
          `cannot start the ZAP handler at ${zapEndpoint}: ${(err as Error).message}`,
          { cause: err },
        )
      }
      await new Promise(r => setTimeout(r, 50))
    }
  }
  socket = rep
  void serve(rep)
}

/**
 * REQ/REP lockstep: each request is answered before the next is read, so
 * one send is ever in flight. Frames (RFC 27): version, request id,
 * domain, address, identity, mechanism, credentials...; the reply is
 * version, request id, status code, status text, user id, metadata.
 */
async function serve(rep: Reply): Promise<void> {
  try {
    for (;;) {
      const [version, id, domain, , , mechanism, key] = await rep.receive()
      const status = decide(
        domain?.toString(),
        mechanism?.toString(),
        version?.toString(),
        key,
      )
      await rep.send([
        "1.0",
        id ?? Buffer.alloc(0),
        status.code,
        status.text,
        status.user,
        Buffer.alloc(0),
      ])
    }
  } catch {
    // closed by release(): nothing left to answer for
  }
}

function decide(
  domain: string | undefined,
  mechanism: string | undefined,
  version: string | undefined,
  key: Buffer | undefined,
): { code: string; text: string; user: string } {
  const refuse = (text: string) => ({ code: "400", text, user: "" })
  if (version !== "1.0") return refuse("unsupported ZAP version")
  const policy = domain === undefined ? undefined : policies.get(domain)
  if (!policy) return refuse("no policy for this domain")
  if (mechanism !== "CURVE" || key?.length !== 32)
    return refuse("CURVE required")
  const client = z85Encode(key)
  return policy(client)
    ? { code: "200", text: "OK", user: client }
    : refuse("client key not allowed")
}
