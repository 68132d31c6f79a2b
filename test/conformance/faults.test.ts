import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { requirements as mdp02 } from "../../src/generated/mdp-0.2"
import { brokerDialect } from "../../src/protocols/mdp/peers/broker-dialect"
import {
  brokerFaults,
  clientFaults,
  workerFaults,
  type FaultInfo,
} from "../../src/protocols/mdp/peers/faults"
import { explain, marque, node, runSuite, withVerdict } from "./run-suite"

// Short timings keep each full-suite run to seconds; the suite is told the same
// values. 200 ms leaves room for two suites running side by side on 2 cores.
const peer = `exec "${node}" "${marque}"`
const suites: Record<
  string,
  {
    faults: Record<string, FaultInfo>
    start: (fault: string) => string
    flags: string[]
  }
> = {
  broker: {
    faults: brokerFaults,
    start: f =>
      `${peer} broker --bind {endpoint} --heartbeat-ms 200 --liveness 3 --request-expiry-ms 800 --log-level silent --fault ${f}`,
    flags: [
      "--heartbeat-ms",
      "200",
      "--liveness",
      "3",
      "--request-expiry-ms",
      "800",
    ],
  },
  worker: {
    faults: workerFaults,
    start: f =>
      `${peer} worker --connect {endpoint} --service {service} --heartbeat-ms 200 --liveness 3 --reconnect-ms 200 --busy-ms 700 --log-level silent --fault ${f}`,
    flags: [
      "--heartbeat-ms",
      "200",
      "--liveness",
      "3",
      "--reconnect-ms",
      "200",
      "--worker-busy-ms",
      "700",
    ],
  },
  client: {
    faults: clientFaults,
    start: f =>
      `${peer} client --connect {endpoint} --service {service} --timeout-ms 300 --retries 3 --log-level silent --fault ${f} {body}`,
    flags: ["--client-timeout-ms", "300", "--client-retries", "3"],
  },
}

// The crash, freeze and partition scenarios (@faults) and the generated
// malformed batches (@malformed) cost seconds each; they get their own,
// smaller matrix below, of the switches they can catch.
const notFaults = "not @faults and not @malformed"
// Shows only on invalid input, which only @malformed sends: judged in the targeted matrix.
const targetedOnly = new Set(["crash-on-invalid"])

/**
 * Each fault switch breaks exactly the requirements it lists. The suite must
 * notice every one, and blame nothing else: a judge that misses a fault, or
 * blames the wrong rule, gives wrong verdicts on real implementations.
 */
for (const [role, suite] of Object.entries(suites)) {
  describe(
    `mdp/0.1 ${role} fault switches are caught with the right requirement`,
    { concurrency: 3 },
    () => {
      for (const [fault, info] of Object.entries(suite.faults)) {
        if (targetedOnly.has(fault)) continue
        test(`--fault ${fault} -> exactly ${info.violates.join(", ")} not met`, async () => {
          const run = await runSuite([
            "--protocol",
            "mdp/0.1",
            "--role",
            role,
            "--start",
            suite.start(fault),
            ...suite.flags,
            "--tags",
            notFaults,
          ])
          assert.deepEqual(
            withVerdict(run, "fail", "non-strict"),
            [...info.violates].sort(),
            explain(run),
          )
          assert.equal(
            run.code,
            withVerdict(run, "fail").length > 0 ? 1 : 0,
            `exit code: ${explain(run)}`,
          )
        })
      }
    },
  )
}

/** A 0.1 rule as 18/MDP numbers it (its "= MDP-n" counterpart); MMI keeps its IDs. */
function in02(id: string): string {
  if (!id.startsWith("MDP-")) return id
  const r = mdp02.find(x => x.counterpart === id)
  if (!r) throw new Error(`${id} has no MDP/0.2 counterpart`)
  return r.id
}

for (const [role, suite] of Object.entries(suites)) {
  describe(
    `mdp/0.2 ${role} fault switches are caught with the right requirement`,
    { concurrency: 3 },
    () => {
      const unsupported: Record<string, string> =
        role === "broker" ? brokerDialect("mdp/0.2").unsupportedFaults : {}
      for (const [fault, info] of Object.entries(suite.faults)) {
        if (fault in unsupported || targetedOnly.has(fault)) continue
        const violates = info.violates.map(in02).sort()
        test(`--protocol mdp/0.2 --fault ${fault} -> exactly ${violates.join(", ")} not met`, async () => {
          const start = suite
            .start(fault)
            .replace(` ${role} `, ` ${role} --protocol mdp/0.2 `)
          const run = await runSuite([
            "--protocol",
            "mdp/0.2",
            "--role",
            role,
            "--start",
            start,
            ...suite.flags,
            "--tags",
            notFaults,
          ])
          assert.deepEqual(
            withVerdict(run, "fail", "non-strict"),
            violates,
            explain(run),
          )
          assert.equal(
            run.code,
            withVerdict(run, "fail").length > 0 ? 1 : 0,
            `exit code: ${explain(run)}`,
          )
        })
      }
    },
  )
}

/**
 * The crash, freeze, dropped-connection and partition scenarios (@faults) and
 * the malformed batches (@malformed), alone, against the switches whose
 * violation shows there: each must be blamed on its own requirement, and
 * nothing else.
 */
const targeted: Array<
  [
    tags: string,
    protocol: string,
    role: string,
    fault: string,
    blamed: string[],
  ]
> = [
  ["@faults", "mdp/0.1", "broker", "ignore-expiry", ["MDP-44"]],
  ["@faults", "mdp/0.1", "broker", "ignore-unexpected", ["MDP-33"]],
  ["@faults", "mdp/0.1", "broker", "double-dispatch", ["MDP-48"]],
  ["@faults", "mdp/0.2", "broker", "misroute-reply", ["MDP2-41"]],
  ["@faults", "mdp/0.2", "broker", "ignore-expiry", ["MDP2-46"]],
  ["@faults", "mdp/0.1", "worker", "no-reconnect", ["MDP-44"]],
  ["@faults", "mdp/0.1", "worker", "ready-late", ["MDP-24"]],
  ["@faults", "mdp/0.2", "worker", "ready-late", ["MDP2-25"]],
  ["@faults", "mdp/0.1", "client", "no-retry", ["MDP-12"]],
  ["@malformed", "mdp/0.1", "broker", "crash-on-invalid", ["MDP-22"]],
  ["@malformed", "mdp/0.2", "broker", "crash-on-invalid", ["MDP2-23"]],
]

describe(
  "fault-injection and malformed scenarios blame the requirement the switch breaks",
  { concurrency: 3 },
  () => {
    for (const [tags, protocol, role, fault, blamed] of targeted) {
      test(`${protocol} ${role} ${tags} --fault ${fault} -> exactly ${blamed.join(", ")}`, async () => {
        const start = suite(role)
          .start(fault)
          .replace(` ${role} `, ` ${role} --protocol ${protocol} `)
        const run = await runSuite([
          "--protocol",
          protocol,
          "--role",
          role,
          "--start",
          start,
          ...suite(role).flags,
          "--tags",
          tags,
        ])
        assert.deepEqual(
          withVerdict(run, "fail", "non-strict"),
          blamed,
          explain(run),
        )
      })
    }
  },
)

function suite(role: string) {
  return suites[role]
}
