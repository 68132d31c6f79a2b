import { execFile, execFileSync } from "node:child_process"
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * A network namespace for the IUT, joined to the suite's namespace by one
 * veth pair per named link, each its own /30 subnet: cutting a link
 * partitions exactly the peers that use it, as a pulled cable would. TCP
 * connections are not reset; packets simply stop, which is what makes a
 * partition different from a crash.
 *
 * Names and subnets come from numbered slots claimed with mkdir (atomic), so
 * parallel runs never collide; a slot whose owner died is reclaimed.
 */
export interface NetLink {
  readonly name: string
  /** The suite's end. */
  readonly rootAddress: string
  /** The IUT's end, inside the namespace. */
  readonly nsAddress: string
  readonly rootDevice: string
  readonly nsDevice: string
  /** The namespace of the "root" end when the link joins two labs (undefined: the suite's). */
  readonly rootNs?: string
}

const slotDir = join(tmpdir(), "marque-netns")
/** iproute2's `ip`, where Debian puts it even when sbin is not on PATH. */
const ipBin =
  ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].find(p =>
    existsSync(p),
  ) ?? "ip"
/** Private addresses for the links, one /30 per slot. */
const prefix = "10.77"
const slots = 16_384
const nsName = (slot: number) => `marque${slot}`

export class NetLab {
  private readonly links = new Map<string, NetLink>()
  /** Peer links by name -> the other lab's namespace. */
  private readonly peers = new Map<string, string>()
  private readonly held: number[] = []

  private constructor(
    readonly ns: string,
    slot: number,
  ) {
    this.held.push(slot)
  }

  /** Why namespaces cannot be made here, or undefined when they can (probed once). */
  static unavailable(): Promise<string | undefined> {
    probed ??= probe()
    return probed
  }

  static async create(): Promise<NetLab> {
    reclaimStale()
    const slot = claimSlot()
    const lab = new NetLab(nsName(slot), slot)
    try {
      // Without it a cut link's addresses would route out of the default
      // gateway, and a middlebox there may even accept the connection.
      await ip("route", "replace", "unreachable", `${prefix}.0.0/16`)
      await ip("netns", "add", lab.ns)
      await ip("-n", lab.ns, "link", "set", "lo", "up")
    } catch (err) {
      await lab.destroy()
      throw err
    }
    return lab
  }

  /** Runs a command inside the namespace. */
  get exec(): string[] {
    return [ipBin, "netns", "exec", this.ns]
  }

  private known(name: string): NetLink | undefined {
    return this.links.get(name)
  }

  /** The named link, made on first use. */
  async link(name: string): Promise<NetLink> {
    const known = this.links.get(name)
    if (known) return known
    const slot = claimSlot()
    this.held.push(slot)
    const net = `${prefix}.${slot >> 6}.${(slot & 63) << 2}`
      .split(".")
      .map(Number)
    const address = (host: number) =>
      `${net[0]}.${net[1]}.${net[2]}.${net[3] + host}`
    const link: NetLink = {
      name,
      rootAddress: address(1),
      nsAddress: address(2),
      rootDevice: `mq${slot}r`,
      nsDevice: `mq${slot}n`,
    }
    await ip(
      "link",
      "add",
      link.rootDevice,
      "type",
      "veth",
      "peer",
      "name",
      link.nsDevice,
      "netns",
      this.ns,
    )
    await ip("addr", "add", `${link.rootAddress}/30`, "dev", link.rootDevice)
    await ip(
      "-n",
      this.ns,
      "addr",
      "add",
      `${link.nsAddress}/30`,
      "dev",
      link.nsDevice,
    )
    this.links.set(name, link)
    await this.restore(name)
    return link
  }

  /**
   * A link from this lab's namespace to another lab's (two IUT processes
   * that talk to each other), made on first use: its "root" end is in this
   * namespace, its "ns" end in the other one. Cutting it parts exactly the
   * two processes, while each keeps its own link to the suite.
   */
  async peerLink(other: NetLab, name: string): Promise<NetLink> {
    const known = this.links.get(name)
    if (known) return known
    const slot = claimSlot()
    this.held.push(slot)
    const net = `${prefix}.${slot >> 6}.${(slot & 63) << 2}`
      .split(".")
      .map(Number)
    const address = (host: number) =>
      `${net[0]}.${net[1]}.${net[2]}.${net[3] + host}`
    const link: NetLink = {
      name,
      rootAddress: address(1),
      nsAddress: address(2),
      rootDevice: `mq${slot}r`,
      nsDevice: `mq${slot}n`,
      rootNs: this.ns,
    }
    await ip(
      "-n",
      this.ns,
      "link",
      "add",
      link.rootDevice,
      "type",
      "veth",
      "peer",
      "name",
      link.nsDevice,
      "netns",
      other.ns,
    )
    await ip(
      "-n",
      this.ns,
      "addr",
      "add",
      `${link.rootAddress}/30`,
      "dev",
      link.rootDevice,
    )
    await ip(
      "-n",
      other.ns,
      "addr",
      "add",
      `${link.nsAddress}/30`,
      "dev",
      link.nsDevice,
    )
    this.links.set(name, link)
    this.peers.set(name, other.ns)
    await this.restore(name)
    return link
  }

  /** The namespace of a link's "ns" end: this lab's, or the other lab's for a peer link. */
  private nsOf(link: NetLink): string {
    return this.peers.get(link.name) ?? this.ns
  }

  /** Both ends down: packets stop, and new connections fail at once rather than hang. */
  async cut(name: string): Promise<void> {
    const link = this.known(name) ?? (await this.link(name))
    await ip(...at(link.rootNs), "link", "set", "dev", link.rootDevice, "down")
    await ip("-n", this.nsOf(link), "link", "set", "dev", link.nsDevice, "down")
  }

  /**
   * Both ends up, and back only once a packet makes the round trip: for a
   * moment after a link comes up the kernel may still drop what is sent, and
   * a lost SYN is retried only a second later, which would read as a slow IUT.
   */
  async restore(name: string): Promise<void> {
    const link = this.known(name) ?? (await this.link(name))
    await ip(...at(link.rootNs), "link", "set", "dev", link.rootDevice, "up")
    await ip("-n", this.nsOf(link), "link", "set", "dev", link.nsDevice, "up")
    const deadline = performance.now() + 5000
    // Between two labs the suite cannot probe with a round trip: both ends
    // up, then a moment for the kernel, stands in for it.
    const peer = link.rootNs !== undefined
    while (!(
      (await isUp(link.rootDevice, link.rootNs)) &&
      (await isUp(link.nsDevice, this.nsOf(link))) &&
      (peer
        ? await new Promise(r => setTimeout(() => r(true), 50))
        : await answers(link.nsAddress))
    )) {
      if (performance.now() > deadline)
        throw new Error(
          `link "${name}" (${link.rootDevice}) did not carry traffic within 5 s of coming up`,
        )
      await new Promise(r => setTimeout(r, 10))
    }
  }

  /** The kernel tears a deleted namespace down later; the suite's ends go now. */
  async destroy(): Promise<void> {
    for (const link of this.links.values())
      await ip(...at(link.rootNs), "link", "del", link.rootDevice).catch(
        () => {},
      )
    this.links.clear()
    await ip("netns", "del", this.ns).catch(() => {})
    for (const slot of this.held.splice(0)) releaseSlot(slot)
  }
}

let probed: Promise<string | undefined> | undefined

/** `ip` arguments that act in a namespace, or in the suite's own. */
const at = (ns?: string): string[] => (ns ? ["-n", ns] : [])

async function probe(): Promise<string | undefined> {
  if (process.env.MARQUE_NETNS === "off")
    return "network namespaces turned off (MARQUE_NETNS=off)"
  const name = `marque-probe-${process.pid}`
  try {
    await ip("netns", "add", name)
    await ip("netns", "del", name)
    return undefined
  } catch (err) {
    return `network namespaces cannot be created here (${(err as Error).message.trim()}); partition scenarios need root (CAP_NET_ADMIN) and iproute2`
  }
}

function ip(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(ipBin, args, { timeout: 5000 }, (err, out, stderr) => {
      if (err)
        reject(
          new Error(`ip ${args.join(" ")}: ${stderr.trim() || err.message}`),
        )
      else resolve(out)
    })
  })
}

/** A TCP round trip to the address: accepted or refused, the path works both ways. */
function answers(host: string): Promise<boolean> {
  return new Promise(resolve => {
    const sock = connect({ host, port: 9 })
    const done = (ok: boolean) => {
      sock.destroy()
      resolve(ok)
    }
    sock.setTimeout(100, () => done(false))
    sock.once("connect", () => done(true))
    sock.once("error", err =>
      done((err as NodeJS.ErrnoException).code === "ECONNREFUSED"),
    )
  })
}

/** Carrier and operational state both up. */
async function isUp(device: string, ns?: string): Promise<boolean> {
  const out = await ip(
    ...(ns ? ["-n", ns] : []),
    "-o",
    "link",
    "show",
    "dev",
    device,
  )
  return /LOWER_UP/.test(out) && /state UP/.test(out)
}

function claimSlot(): number {
  mkdirSync(slotDir, { recursive: true })
  const start = (process.pid * 7919) % slots
  for (let i = 0; i < slots; i++) {
    const slot = (start + i) % slots
    try {
      mkdirSync(join(slotDir, String(slot)))
    } catch {
      continue
    }
    writeFileSync(join(slotDir, String(slot), "pid"), String(process.pid))
    return slot
  }
  throw new Error(`no free network slot in ${slotDir}`)
}

function releaseSlot(slot: number): void {
  rmSync(join(slotDir, String(slot)), { recursive: true, force: true })
}

/** Slots of runs that died without cleaning up: their namespace and veth go too. */
function reclaimStale(): void {
  let entries: string[]
  try {
    entries = readdirSync(slotDir)
  } catch {
    return
  }
  for (const entry of entries) {
    const owner = ownerOf(entry)
    if (owner === undefined ? justMade(entry) : alive(owner)) continue
    for (const args of [
      ["netns", "del", nsName(Number(entry))],
      ["link", "del", `mq${entry}r`],
    ]) {
      try {
        execFileSync(ipBin, args, { stdio: "ignore", timeout: 5000 })
      } catch {
        // not there: this slot held the other kind
      }
    }
    releaseSlot(Number(entry))
  }
}

function ownerOf(entry: string): number | undefined {
  try {
    return Number(readFileSync(join(slotDir, entry, "pid"), "utf8"))
  } catch {
    return undefined
  }
}

/** A slot claimed a moment ago whose owner has not yet written its pid. */
function justMade(entry: string): boolean {
  try {
    return Date.now() - statSync(join(slotDir, entry)).mtimeMs < 10_000
  } catch {
    return true
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"
  }
}
