import type { HeartbeatJudge } from "../../../harness/heartbeat-grade"
import type { WorldView } from "../../../harness/module"
import type { DriverContext } from "../../lazy-pirate/suite/context"
import { QueueSession } from "./queue-session"
import { WorkerUnderTest } from "./worker-under-test"

/** What 6/PPP's steps reach as `this.p`: the suite's peers, made on first use. */
export class PppDrivers {
  private session?: QueueSession
  private workerIut?: WorkerUnderTest

  constructor(private readonly world: WorldView) {}

  /** With observe: a late heartbeat within the liveness window is graded, not failed. */
  private get ctx(): DriverContext & HeartbeatJudge {
    const { run } = this.world
    return {
      transcript: run.transcript,
      timing: run.timing,
      primaryRule: run.primaryRule,
      iutGone: run.iutGone,
      observe: o => run.observations.push(o),
    }
  }

  /** The suite's clients and workers around a queue under test. */
  get queue(): QueueSession {
    this.session ??= new QueueSession(this.ctx, ph =>
      this.world.run.endpoint(ph),
    )
    return this.session
  }

  /** The suite as the queue of a worker under test. */
  get worker(): WorkerUnderTest {
    this.workerIut ??= new WorkerUnderTest(this.ctx, this.world.run)
    return this.workerIut
  }

  async close(): Promise<void> {
    await Promise.all([this.session?.close(), this.workerIut?.close()])
  }
}
