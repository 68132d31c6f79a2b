import type { BrokerDialect } from "./broker-dialect"
import type { BrokerFault } from "./faults"
import type { MmiPolicy } from "./mmi"

/**
 * What the broker's fault switches change, worked out once when the broker
 * is made, so that serving a message asks no fault question. The framing
 * faults are built into the dialect the socket encodes with; the two that
 * touch every request or answer are one optional tap, absent unless one of
 * them is on; the rest are flags read on rare paths (timer ticks, MMI,
 * unexpected or invalid input).
 */
export interface BrokerFaultPlan {
  /** The bind's dialect with wrong-header and drop-empty-frame built in. */
  readonly dialect: BrokerDialect
  /** Per request and per answer; only with no-queue or misroute-reply. */
  readonly tap?: BrokerTap
  /** double-dispatch (breaks MDP-48): busy workers take requests too. */
  readonly anyWorker: boolean
  /** no-mmi, mmi-always-found (MMI-4, MMI-6). */
  readonly mmi: Pick<MmiPolicy, "notImplemented" | "alwaysFound">
  /** mmi-workers-allowed (MMI-2): READY for "mmi." services is taken. */
  readonly mmiWorkers: boolean
  /** Off with no-heartbeat (MDP-43). */
  readonly heartbeat: boolean
  /** Off with ignore-expiry (MDP-44, MDP-46). */
  readonly expireWorkers: boolean
  /** Off with ignore-unexpected (MDP-33). */
  readonly disconnectUnexpected: boolean
  /** talk-after-disconnect (MDP-31): a leaving worker still gets HEARTBEAT. */
  readonly keepZombies: boolean
  /** crash-on-invalid (MARQUE-ROBUST-1): exit 3 on the first invalid message. */
  readonly crashOnInvalid: boolean
}

/** The faults that act on each request or answer as it passes. */
export interface BrokerTap {
  /** Sees each client request first; false drops it unqueued. */
  request(client: Buffer, service: string): boolean
  /** The client an answer goes to, given its address frame. */
  answerTo(client: Buffer): Buffer
}

export function brokerFaultPlan(
  faults: ReadonlySet<BrokerFault>,
  dialect: BrokerDialect,
  workerCount: (service: string) => number,
): BrokerFaultPlan {
  return {
    dialect: framingFaults(faults, dialect),
    tap: tap(faults, workerCount),
    anyWorker: faults.has("double-dispatch"),
    mmi: {
      notImplemented: faults.has("no-mmi"),
      alwaysFound: faults.has("mmi-always-found"),
    },
    mmiWorkers: faults.has("mmi-workers-allowed"),
    heartbeat: !faults.has("no-heartbeat"),
    expireWorkers: !faults.has("ignore-expiry"),
    disconnectUnexpected: !faults.has("ignore-unexpected"),
    keepZombies: faults.has("talk-after-disconnect"),
    crashOnInvalid: faults.has("crash-on-invalid"),
  }
}

function tap(
  faults: ReadonlySet<BrokerFault>,
  workerCount: (service: string) => number,
): BrokerTap | undefined {
  const noQueue = faults.has("no-queue")
  const misroute = faults.has("misroute-reply")
  if (!noQueue && !misroute) return undefined
  /** Fault misroute-reply: the client of the latest request. */
  let lastClient: Buffer | undefined
  return {
    request(client, service) {
      lastClient = client
      // Fault no-queue breaks MDP-14: no worker, no queueing.
      return !noQueue || service.startsWith("mmi.") || workerCount(service) > 0
    },
    // Fault misroute-reply breaks MDP-39: not the address frame's client.
    answerTo: client => (misroute && lastClient) || client,
  }
}

/** The dialect, its frames broken as the framing faults say. */
function framingFaults(
  faults: ReadonlySet<BrokerFault>,
  plain: BrokerDialect,
): BrokerDialect {
  let d = plain
  if (faults.has("wrong-header")) {
    // Fault wrong-header breaks MDP-22 / MDP2-23 in what clients get.
    const { frame, value } = plain.wrongHeader
    const header = Buffer.from(value)
    const broken = (frames: Buffer[]) => ((frames[frame] = header), frames)
    const { answer, mmi } = d
    d = {
      ...d,
      answer: (service, body, final) => broken(answer(service, body, final)),
      mmi: (service, status) => broken(mmi(service, status)),
    }
  }
  // Fault drop-empty-frame breaks MDP-21: worker commands start with "".
  // 18/MDP has no such frame; brokerDialect() refuses the fault there.
  if (faults.has("drop-empty-frame") && plain.leadingEmptyFrame) {
    const { request, heartbeat, disconnect } = d
    d = {
      ...d,
      request: (client, body) => request(client, body).slice(1),
      heartbeat: () => heartbeat().slice(1),
      disconnect: () => disconnect().slice(1),
    }
  }
  return d
}
