import type { Channel } from "../../codec"

/** A spec role as the generated spec module keeps it: whom it connects to. */
type Roles = Readonly<Record<string, unknown>>

/** Who reads and who sends each generated channel, as far as the naming tells. */
export interface ChannelDirections {
  /**
   * Each receiver and the channel its decoder reads: a role, or, for a role
   * that reads several channels (a queue's frontend and backend), each
   * channel's own name.
   */
  readonly inbound: ReadonlyMap<string, Channel>
  /** The role that sends on a channel, where one does. */
  readonly sender: ReadonlyMap<Channel, string>
}

export function isChannel(x: unknown): x is Channel {
  return (
    typeof x === "object" && x !== null && "entries" in x && "invalidRule" in x
  )
}

const uncapital = (s: string) => s[0].toLowerCase() + s.slice(1)

/**
 * Directions from the generator's channel names: `at<Role>` is everything
 * a role reads, `to<Role>` what it is sent, `from<Role>` what it sends.
 * The other end of a `to` or `from` channel is the role it connects to, or
 * is connected by, or the only other role the spec declares (FLP's server
 * reads fromClient; a Simple Pirate queue, the one role, reads fromClient
 * and fromWorker).
 */
export function channelDirections(
  exports: Readonly<Record<string, unknown>>,
  roles: Roles,
): ChannelDirections {
  const declared = Object.keys(roles)
  const connects = (a: string, b: string) =>
    (roles[a] as { connects?: unknown } | undefined)?.connects === b
  /** The one declared role at the other end from `role`, if one is. */
  const otherEnd = (role: string): string | undefined => {
    const others = declared.filter(r => r !== role)
    const linked = others.filter(r => connects(r, role) || connects(role, r))
    if (linked.length === 1) return linked[0]
    return others.length === 1 ? others[0] : undefined
  }
  const channels = Object.entries(exports).flatMap(([name, c]) => {
    const m = /^(at|to|from)([A-Z]\w*)$/.exec(name)
    return m && isChannel(c)
      ? [{ name, c, dir: m[1], role: uncapital(m[2]) }]
      : []
  })
  const find = (dir: string, role: string) =>
    channels.find(x => x.dir === dir && x.role === role)
  const sender = new Map<Channel, string>()
  for (const x of channels) {
    const role =
      x.dir === "from" ? x.role : x.dir === "to" ? otherEnd(x.role) : undefined
    if (role) sender.set(x.c, role)
  }
  // What a role reads: its at-channel, else its to-channel, else every
  // from-channel it is the other end of.
  const inbound = new Map<string, Channel>()
  for (const role of declared) {
    const own = find("at", role) ?? find("to", role)
    const chs = own
      ? [own]
      : channels.filter(x => x.dir === "from" && otherEnd(x.role) === role)
    if (chs.length === 1) inbound.set(role, chs[0].c)
    else for (const x of chs) inbound.set(x.name, x.c)
  }
  return { inbound, sender }
}
