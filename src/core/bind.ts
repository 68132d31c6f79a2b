/**
 * Binding a socket a user named (a peer's --bind, a suite's --endpoint):
 * one place that turns the operating system's refusal into a sentence
 * naming the endpoint, so every command that binds reports it the same way
 * and exits 2 instead of printing errno names or a stack trace.
 */

/** A bind the system refused; the message names the endpoint and why. */
export class BindError extends Error {
  constructor(
    readonly endpoint: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot bind ${endpoint}: ${reason}`, options)
    this.name = "BindError"
  }
}

/** Why a bind (zeromq's or node:net's) failed, in words a user can act on. */
export function bindReason(err: unknown): string {
  const { code, message } = err as { code?: string; message?: string }
  switch (code) {
    case "EADDRINUSE":
      return "address already in use (another process, or another socket of this one, is bound there)"
    case "EADDRNOTAVAIL":
      return "address not available (no interface of this host has that address)"
    case "EACCES":
      return "permission denied (a port below 1024, or a path this user cannot write)"
    case "ENODEV":
      return "no such interface or address (bind to an IP address, an interface name or *)"
    case "ENOENT":
      return "no such path (the directory of an ipc:// endpoint must exist)"
    default:
      return (message ?? String(err)).replace(/^./, c => c.toLowerCase())
  }
}

/** Binds `socket` at `endpoint`; a refusal becomes a BindError naming it. */
export async function bindOrExplain(
  socket: { bind(endpoint: string): Promise<void> },
  endpoint: string,
): Promise<void> {
  try {
    await socket.bind(endpoint)
  } catch (err) {
    throw new BindError(endpoint, bindReason(err), { cause: err })
  }
}
