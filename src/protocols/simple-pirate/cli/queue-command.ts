import type { Command } from "commander"
import { type CurveArgs, withCurveServer } from "../../../cli/curve-options"
import type { FaultInfo } from "../../../harness/module"
import {
  endpoint,
  failToStart,
  faultHelp,
  faultOption,
  intOption,
  untilSignal,
} from "../../mdp/cli/options"
import { queueSocketDefaults } from "../peers/queue-sockets"

/** What every Pirate queue command parses besides its own options. */
export interface QueueSocketArgs extends CurveArgs {
  frontend: string
  backend: string
  sendHwm: number
  receiveHwm: number
  maxFrameBytes: number
}

/**
 * The options every Pirate queue shares (its two bound endpoints, the
 * limits of its two ROUTERs, CURVE for both) and the fault switches, on `cmd`. Used by
 * `marque simple-pirate queue` and `marque ppp queue`.
 */
export function queueCommand(
  cmd: Command,
  faults: Record<string, FaultInfo>,
): Command {
  const s = queueSocketDefaults
  return withCurveServer(cmd)
    .requiredOption(
      "--frontend <endpoint>",
      "endpoint to bind for clients, e.g. tcp://127.0.0.1:5555",
      endpoint,
    )
    .requiredOption(
      "--backend <endpoint>",
      "endpoint to bind for workers, e.g. tcp://127.0.0.1:5556",
      endpoint,
    )
    .addOption(
      intOption(
        "--send-hwm <n>",
        "messages queued for sending per peer (ZMQ_SNDHWM); past it a send is dropped",
        1,
        s.sendHwm,
      ),
    )
    .addOption(
      intOption(
        "--receive-hwm <n>",
        "messages read ahead per peer (ZMQ_RCVHWM)",
        1,
        s.receiveHwm,
      ),
    )
    .addOption(
      intOption(
        "--max-frame-bytes <n>",
        "longest frame accepted (ZMQ_MAXMSGSIZE); libzmq drops a peer that sends a longer one",
        1,
        s.maxFrameBytes,
      ),
    )
    .addOption(faultOption(faults))
    .addHelpText("after", faultHelp(faults))
}

/**
 * Starts a queue, prints "bound <frontend> <backend>" on stdout, serves
 * until SIGINT or SIGTERM, then stops it and exits 0. A bind that fails
 * exits 2.
 */
export async function serveQueue(
  queue: {
    start(): Promise<{ frontend: string; backend: string }>
    stop(): Promise<void>
  },
  o: QueueSocketArgs,
): Promise<never> {
  let bound: { frontend: string; backend: string }
  // Listening before the ready line: a SIGTERM sent the moment it
  // appears is a clean stop, not a kill by the default handler.
  const stopped = untilSignal()
  try {
    bound = await queue.start()
  } catch (err) {
    failToStart(err, `cannot bind ${o.frontend} and ${o.backend}`)
  }
  process.stdout.write(`bound ${bound.frontend} ${bound.backend}\n`)
  await stopped
  await queue.stop()
  process.exit(0)
}
