import type { Command } from "commander"

/**
 * The contract between a protocol folder (`src/protocols/<p>/module.ts`) and
 * everything shared: the registry finds each module by scanning the protocol
 * folders, and the CLI, profiles, the harness, the World, CI's fault matrices
 * and the bench know protocols only through this interface.
 * docs/protocol-modules.md explains each field with MDP as the example.
 */

/** A value of one declared option: a `marque test` flag and a profile key. */
export type OptionValue = number | boolean | string
export type Options = Readonly<Record<string, OptionValue | undefined>>

/**
 * One option, as a JSON Schema fragment. The kebab-case key is the flag
 * (`heartbeat-ms` -> `--heartbeat-ms <n>`; a boolean defaulting to true ->
 * `--no-<key>`) and the profile key.
 */
export interface OptionSchema {
  type: "integer" | "boolean" | "string"
  description: string
  default?: OptionValue
  minimum?: number
  maximum?: number
  /** Only these roles take the option (default: every role of the module). */
  roles?: readonly string[]
}

/** One socket of the IUT, named by the placeholder its endpoint fills. */
export interface EndpointSpec {
  /** Who binds it: the IUT (the suite connects) or the suite (the IUT connects). */
  bind: "iut" | "suite"
  description: string
  /**
   * An IUT may serve this socket on another one's endpoint (an MDP broker
   * with one socket for clients and workers): when the user gives no
   * template for this placeholder, it gets the fallback's endpoint.
   */
  fallback?: string
}

export interface RoleSpec {
  description: string
  /**
   * The IUT processes of one scenario, started from the same command with
   * {role} set to each name (a Binary Star pair: primary, backup). Default:
   * one process, {role} unset.
   */
  processes?: readonly string[]
  /** The IUT's sockets by placeholder; the first is the main one. */
  endpoints: Readonly<Record<string, EndpointSpec>>
  /** Launch-contract values (e.g. {service}, {body}) for the start-up probe. */
  probeValues?: Readonly<Record<string, string>>
  /**
   * Extra placeholder values for one process, from every process's
   * endpoints (a Binary Star peer's {peer} is the other one's {statepub}).
   * `viaPeer`: the other processes' endpoints as this one reaches them (in
   * a @netns scenario, over the "peer" link between their namespaces, which
   * `run.cutLink("peer")` cuts; elsewhere the same as `endpoints`).
   */
  values?(
    process: string,
    endpoints: Readonly<Record<string, Readonly<Record<string, string>>>>,
    viaPeer: Readonly<Record<string, Readonly<Record<string, string>>>>,
  ): Record<string, string>
}

/** One self-check run: the scenarios selected by `tags` must blame exactly `blamed`. */
export interface FaultCheck {
  /** Cucumber tag expression; absent: the whole suite. */
  readonly tags?: string
  readonly blamed: readonly string[]
  /** More `marque test` flags the check needs (e.g. --curve). */
  readonly args?: readonly string[]
}

export interface FaultInfo {
  /** Requirement IDs this fault breaks, and no others. */
  readonly violates: readonly string[]
  readonly description: string
  /**
   * How CI proves the suite catches it (default: the whole suite blames
   * exactly `violates`). Costly scenarios may be run only where they matter.
   */
  readonly checks?: readonly FaultCheck[]
}

/** marque's own peer for a role, run as an IUT through its command line. */
export interface ReferencePeer {
  /** Option values it declares: short timings so its suite runs in seconds. */
  readonly options: Options
  /** The start command template (placeholders filled by the suite) for one `--protocol` name, with a fault switch on. */
  command(protocol: string, options: Options, fault?: string): string
  /**
   * Arguments that make it a CURVE server (`marque test --reference
   * --curve`), with {curve_key} (its secret certificate, made per run) and
   * {curve_allow} (the suite's public key). Absent: it is judged plaintext only.
   */
  readonly curve?: string
}

/** A named duration for the {duration} step parameter ("the client timeout"), in ms. */
export type NamedDurations = Readonly<Record<string, number>>

export interface ProtocolModule<Drivers = unknown> {
  /** `--protocol` names served, each with its folder under specs/, schemas/, src/generated/ and features/. */
  readonly protocols: readonly { name: string; dir: string; title: string }[]
  readonly roles: Readonly<Record<string, RoleSpec>>
  readonly options: Readonly<Record<string, OptionSchema>>
  /**
   * For each claim a @claims-<name> tag may need: undefined when the IUT's
   * options claim it, else why not (shown as the skip reason).
   */
  claims(options: Options, role: string): Record<string, string | undefined>
  /** Durations for step text beyond the core ones ("the reply timeout", …). */
  durations?(options: Options): NamedDurations
  /** The directory of this module's compiled step definitions (loaded only for it). */
  readonly steps: string
  /** What the World exposes as `this.p` to this module's steps, made per scenario. */
  drivers(world: WorldView): Drivers
  /** Close whatever drivers() opened (after each scenario). */
  closeDrivers?(drivers: Drivers): Promise<void>
  readonly reference: Readonly<Record<string, ReferencePeer>>
  /** The reference peers' fault switches by role, for one `--protocol` name (IDs differ per version). */
  faults(
    protocol: string,
  ): Readonly<Record<string, Readonly<Record<string, FaultInfo>>>>
  /**
   * What `npm run fuzz` attacks of this protocol: its generated codec and,
   * per role, how to start the reference peer with honest parties around
   * it (src/fuzz/target.ts). A function, so the targets load only when the
   * fuzzer runs. Without it the protocol is not fuzzed.
   */
  fuzz?(): import("../fuzz/target").FuzzSpec
}

/** What a module's drivers may use of the World (the scenario run and its config). */
export interface WorldView {
  readonly run: import("./scenario").ScenarioRun
  readonly protocol: string
  readonly role: string
  readonly options: Options
}

/**
 * A protocol's top-level `marque <command>`s of reference peers, each with
 * a loader of the function that adds it (src/protocols/<p>/commands.ts).
 * Loaders, so that starting one peer (as every scenario does) loads only
 * that command's code.
 */
export type PeerCommands = Readonly<
  Record<string, () => (program: Command) => void>
>
