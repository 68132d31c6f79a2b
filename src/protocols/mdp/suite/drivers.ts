import type { WorldView } from "../../../harness/module"
import { BrokerSession } from "./broker-session"
import { BrokerUnderLoad } from "./broker-under-load"
import { ClientUnderTest } from "./client-under-test"
import type { DriverContext } from "./context"
import { dialectFor, type MdpDialect } from "./dialect"
import { WorkerUnderTest } from "./worker-under-test"

/** What MDP's steps reach as `this.p`: the suite's peers around the IUT, made on first use. */
export class MdpDrivers {
  private session?: BrokerSession
  private workerIut?: WorkerUnderTest
  private clientIut?: ClientUnderTest
  private traffic?: BrokerUnderLoad

  constructor(private readonly world: WorldView) {}

  get dialect(): MdpDialect {
    return dialectFor(this.world.protocol)
  }

  private get run() {
    return this.world.run
  }

  private get ctx(): DriverContext {
    const { run } = this
    const binds = run.spec.endpoints.endpoint.bind === "iut"
    return {
      transcript: run.transcript,
      timing: run.timing,
      clientEndpoint: binds ? run.endpoint("endpoint") : "",
      workerEndpoint: binds ? run.endpoint("backend") : "",
      primaryRule: run.primaryRule,
      dialect: this.dialect,
      iutGone: run.iutGone,
      observe: o => run.observations.push(o),
      restartIut: run.isolated ? () => run.startIutAgain() : undefined,
    }
  }

  /** The suite's clients and workers around a broker under test. */
  get broker(): BrokerSession {
    this.session ??= new BrokerSession(this.ctx, {
      isolate: !this.run.isolated,
      mmi: this.run.config.claims.mmi === null,
    })
    return this.session
  }

  /** Live workers and clients keeping traffic through a broker under test. */
  get load(): BrokerUnderLoad {
    this.traffic ??= new BrokerUnderLoad(this.ctx, name =>
      this.broker.svc(name),
    )
    return this.traffic
  }

  /** The suite as broker for a worker under test. */
  get worker(): WorkerUnderTest {
    this.workerIut ??= new WorkerUnderTest(this.ctx, this.run)
    return this.workerIut
  }

  /** The suite as broker for a client under test. */
  get client(): ClientUnderTest {
    this.clientIut ??= new ClientUnderTest(this.ctx, this.run)
    return this.clientIut
  }

  /** A broker crash and restart: the IUT itself, or the suite's broker for a worker or client IUT. */
  async brokerRestarts(): Promise<void> {
    const { role } = this.world
    if (role === "broker") return this.run.restartIut()
    return role === "worker"
      ? this.worker.brokerRestarts()
      : this.client.brokerRestarts()
  }

  async close(): Promise<void> {
    await Promise.all([
      this.traffic?.close(),
      this.session?.close(),
      this.workerIut?.close(),
      this.clientIut?.close(),
    ])
  }
}
