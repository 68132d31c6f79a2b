import type { Socket } from "zeromq"
import { type Clock, systemClock } from "./clock"
import { curveServerOptions } from "./curve"
import { type Logger, silentLogger } from "./log"
import { ThrottledLog } from "./throttle"
import { allowAny, registerZap, type ZapPolicy } from "./zap"
import { bindOrExplain } from "./bind"

/** A peer as a CURVE server (RFC 26): its secret key and who may connect. */
export interface CurveServer {
  readonly secretKey: string
  /**
   * Client public keys (Z85) allowed in, enforced by the process's ZAP
   * handler (RFC 27): any other key is refused with status 400 during the
   * handshake, before a message of it reaches the peer. Absent: any client
   * that completes a CURVE handshake is served (encrypted, but not
   * authenticated).
   */
  readonly allow?: ReadonlySet<string>
}

/** What a server socket is opened with, and what to release once it is closed. */
export interface ServerSecurity {
  readonly socketOptions: Record<string, unknown>
  /** Sets the options on a socket made already; call before it binds. */
  apply(socket: Socket): void
  release(): void
}

export const plaintext: ServerSecurity = {
  socketOptions: {},
  apply: () => undefined,
  release: () => undefined,
}

/**
 * Registers a server socket's ZAP policy; call before the socket binds.
 * `acceptAny` is a fault switch (a self-check of the suite's @security
 * scenarios): the handler then says 200 to every key. It is chosen here,
 * once, never per handshake.
 */
export async function curveServerSecurity(
  curve: CurveServer | undefined,
  o: { acceptAny?: boolean; log?: Logger; clock?: Clock } = {},
): Promise<ServerSecurity> {
  if (!curve) return plaintext
  const log = o.log ?? silentLogger()
  const refused = new ThrottledLog(log, 1000, o.clock ?? systemClock)
  const { allow } = curve
  const policy: ZapPolicy =
    !allow || o.acceptAny
      ? allowAny
      : key => {
          if (allow.has(key)) return true
          refused.note("curve-refused", "warn", () => ({
            event: "curve-refused",
            client: key,
          }))
          return false
        }
  const zap = await registerZap(policy)
  log.info({
    event: "curve-server",
    allowed: allow ? allow.size : "any client key",
    ...(o.acceptAny ? { fault: "curve-accept-any" } : {}),
  })
  const socketOptions = { ...curveServerOptions(curve), zapDomain: zap.domain }
  return {
    socketOptions,
    apply: socket => void Object.assign(socket, socketOptions),
    release: () => zap.release(),
  }
}

/**
 * Binds `socket` as a CURVE server, or in plaintext without `curve`: the
 * policy is registered and the options set first, so no handshake meets
 * a socket without them. Release the result once the socket is closed.
 */
export async function bindServer(
  socket: Socket,
  endpoint: string,
  curve: CurveServer | undefined,
  o: { acceptAny?: boolean; log?: Logger; clock?: Clock } = {},
): Promise<ServerSecurity> {
  const security = await curveServerSecurity(curve, o)
  security.apply(socket)
  try {
    // A refused bind names its endpoint and why (core/bind).
    await bindOrExplain(socket, endpoint)
  } catch (err) {
    security.release()
    throw err
  }
  return security
}
