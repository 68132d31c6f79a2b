import {
  setWorldConstructor,
  World,
  type IWorldOptions,
} from "@cucumber/cucumber"
import type { SuiteConfig } from "../config"
import { BrokerSession } from "../../protocols/mdp/suite/broker-session"
import { BrokerUnderLoad } from "../../protocols/mdp/suite/broker-under-load"
import { ClientUnderTest } from "../../protocols/mdp/suite/client-under-test"
import type { DriverContext } from "../../protocols/mdp/suite/context"
import { dialectFor, type MdpDialect } from "../../protocols/mdp/suite/dialect"
import { WorkerUnderTest } from "../../protocols/mdp/suite/worker-under-test"
import type { ScenarioRun } from "../scenario"

/** Per-scenario state: the run (IUT, transcript, timing) and the MDP drivers. */
export class MarqueWorld extends World<SuiteConfig> {
  run!: ScenarioRun
  /** The first error any step or hook threw in this scenario. */
  firstError?: unknown
  private mdp?: BrokerSession
  private workerIut?: WorkerUnderTest
  private clientIut?: ClientUnderTest
  private traffic?: BrokerUnderLoad

  constructor(options: IWorldOptions<SuiteConfig>) {
    super(options)
  }

  get dialect(): MdpDialect {
    return dialectFor(this.parameters.protocol)
  }

  private get ctx(): DriverContext {
    return {
      transcript: this.run.transcript,
      timing: this.run.timing,
      clientEndpoint: this.run.clientEndpoint,
      workerEndpoint: this.run.workerEndpoint,
      primaryRule: this.run.primaryRule,
      dialect: this.dialect,
      iutGone: this.run.iutGone,
    }
  }

  /** The suite's clients and workers around a broker under test. */
  get broker(): BrokerSession {
    this.mdp ??= new BrokerSession(this.ctx, {
      isolate: !this.run.isolated,
      mmi: this.parameters.claims.mmi,
    })
    return this.mdp
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
    const { role } = this.parameters
    if (role === "broker") return this.run.restartIut()
    return role === "worker"
      ? this.worker.brokerRestarts()
      : this.client.brokerRestarts()
  }

  ms(d: import("../timing").Duration): number {
    return this.run.timing.ms(d)
  }

  async closeDrivers(): Promise<void> {
    await Promise.all([
      this.traffic?.close(),
      this.mdp?.close(),
      this.workerIut?.close(),
      this.clientIut?.close(),
    ])
  }
}

setWorldConstructor(MarqueWorld)
