import {
  BstarPair,
  type BstarPairOptions,
} from "../../src/protocols/bstar/peers"
import type { Role, StateName } from "../../src/protocols/bstar/machine"
import { FakePeer } from "../../src/protocols/bstar/suite/fake-peer"
import { StateWatch } from "../../src/protocols/bstar/suite/state-watch"

/** Short timings so each test takes a second or two; waits derive from them. */
export const HB = 100
export const EXPIRY = 2 * HB
/** Slack for a loaded machine: a state is due within a heartbeat, allow four. */
export const DUE = 4 * HB

/** One reference server with the suite in its peer's place on the state link. */
export interface Rig {
  readonly server: BstarPair
  readonly peer: FakePeer
  readonly watch: StateWatch
  readonly frontend: string
  close(): Promise<void>
}

export async function rig(
  role: Role,
  more: Partial<BstarPairOptions> = {},
): Promise<Rig> {
  const peer = new FakePeer("fake peer", HB)
  const peerEndpoint = await peer.bind("tcp://127.0.0.1:*")
  const server = new BstarPair({
    role,
    frontend: "tcp://127.0.0.1:*",
    statepub: "tcp://127.0.0.1:*",
    peer: peerEndpoint,
    heartbeatMs: HB,
    ...more,
  })
  await server.start()
  const watch = new StateWatch(role, server.endpoints.statepub)
  return {
    server,
    peer,
    watch,
    frontend: server.endpoints.frontend,
    async close() {
      await server.stop()
      await watch.close()
      await peer.close()
    },
  }
}

/** Waits until the server's own state is `state`; false at the deadline. */
export async function reaches(
  server: BstarPair,
  state: StateName,
  within = DUE,
): Promise<boolean> {
  const deadline = performance.now() + within
  while (server.state !== state) {
    if (performance.now() > deadline) return false
    await new Promise(r => setTimeout(r, 5))
  }
  return true
}

export const pause = (ms: number) => new Promise(r => setTimeout(r, ms))

export const body = (...parts: string[]) => parts.map(p => Buffer.from(p))
