import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { requirements as mdp02 } from "../../src/generated/mdp-0.2"
import { brokerDialect } from "../../src/peers/mdp/broker-dialect"
import { brokerFaults, clientFaults, workerFaults, type FaultInfo } from "../../src/peers/mdp/faults"
import { explain, marque, node, runSuite, withVerdict } from "./run-suite"

// Short timings keep each full-suite run to seconds; the suite is told the same
// values. 200 ms leaves room for two suites running side by side on 2 cores.
const peer = `exec "${node}" "${marque}"`
const suites: Record<string, { faults: Record<string, FaultInfo>; start: (fault: string) => string; flags: string[] }> = {
  broker: {
    faults: brokerFaults,
    start: f => `${peer} broker --bind {endpoint} --heartbeat-ms 200 --liveness 3 --request-expiry-ms 800 --log-level silent --fault ${f}`,
    flags: ["--heartbeat-ms", "200", "--liveness", "3", "--request-expiry-ms", "800"],
  },
  worker: {
    faults: workerFaults,
    start: f => `${peer} worker --connect {endpoint} --service {service} --heartbeat-ms 200 --liveness 3 --reconnect-ms 200 --busy-ms 700 --log-level silent --fault ${f}`,
    flags: ["--heartbeat-ms", "200", "--liveness", "3", "--reconnect-ms", "200", "--worker-busy-ms", "700"],
  },
  client: {
    faults: clientFaults,
    start: f => `${peer} client --connect {endpoint} --service {service} --timeout-ms 300 --retries 3 --log-level silent --fault ${f} {body}`,
    flags: ["--client-timeout-ms", "300", "--client-retries", "3"],
  },
}

// The crash, freeze and partition scenarios cost seconds each; they get their
// own, smaller matrix below, of the switches they can catch.
const notFaults = "not @faults"

/**
 * Each fault switch breaks exactly the requirements it lists. The suite must
 * notice every one, and blame nothing else: a judge that misses a fault, or
 * blames the wrong rule, gives wrong verdicts on real implementations.
 */
for (const [role, suite] of Object.entries(suites)) {
  describe(`mdp/0.1 ${role} fault switches are caught with the right requirement`, { concurrency: 3 }, () => {
    for (const [fault, info] of Object.entries(suite.faults)) {
      test(`--fault ${fault} -> exactly ${info.violates.join(", ")} not met`, async () => {
        const run = await runSuite(["--protocol", "mdp/0.1", "--role", role, "--start", suite.start(fault), ...suite.flags, "--tags", notFaults])
        assert.deepEqual(withVerdict(run, "fail", "non-strict"), [...info.violates].sort(), explain(run))
        assert.equal(run.code, withVerdict(run, "fail").length > 0 ? 1 : 0, `exit code: ${explain(run)}`)
      })
    }
  })
}

/** A 0.1 rule as 18/MDP numbers it (its "= MDP-n" counterpart); MMI keeps its IDs. */
function in02(id: string): string {
  if (!id.startsWith("MDP-")) return id
  const r = mdp02.find(x => x.counterpart === id)
  if (!r) throw new Error(`${id} has no MDP/0.2 counterpart`)
  return r.id
}

for (const [role, suite] of Object.entries(suites)) {
  describe(`mdp/0.2 ${role} fault switches are caught with the right requirement`, { concurrency: 3 }, () => {
    const unsupported: Record<string, string> = role === "broker" ? brokerDialect("mdp/0.2").unsupportedFaults : {}
    for (const [fault, info] of Object.entries(suite.faults)) {
      if (fault in unsupported) continue
      const violates = info.violates.map(in02).sort()
      test(`--protocol mdp/0.2 --fault ${fault} -> exactly ${violates.join(", ")} not met`, async () => {
        const start = suite.start(fault).replace(` ${role} `, ` ${role} --protocol mdp/0.2 `)
        const run = await runSuite(["--protocol", "mdp/0.2", "--role", role, "--start", start, ...suite.flags, "--tags", notFaults])
        assert.deepEqual(withVerdict(run, "fail", "non-strict"), violates, explain(run))
        assert.equal(run.code, withVerdict(run, "fail").length > 0 ? 1 : 0, `exit code: ${explain(run)}`)
      })
    }
  })
}

/**
 * The crash, freeze, dropped-connection and partition scenarios (@faults),
 * alone, against the switches whose violation shows under those faults: each
 * must be blamed on its own requirement, and nothing else.
 */
const underFaults: Array<[protocol: string, role: string, fault: string, blamed: string[]]> = [
  ["mdp/0.1", "broker", "ignore-expiry", ["MDP-44"]],
  ["mdp/0.1", "broker", "ignore-unexpected", ["MDP-33"]],
  ["mdp/0.1", "broker", "double-dispatch", ["MDP-48"]],
  ["mdp/0.2", "broker", "misroute-reply", ["MDP2-41"]],
  ["mdp/0.2", "broker", "ignore-expiry", ["MDP2-46"]],
  ["mdp/0.1", "worker", "no-reconnect", ["MDP-44"]],
  ["mdp/0.1", "worker", "ready-late", ["MDP-24"]],
  ["mdp/0.2", "worker", "ready-late", ["MDP2-25"]],
  ["mdp/0.1", "client", "no-retry", ["MDP-12"]],
]

describe("fault-injection scenarios blame the requirement the switch breaks", { concurrency: 3 }, () => {
  for (const [protocol, role, fault, blamed] of underFaults) {
    test(`${protocol} ${role} @faults --fault ${fault} -> exactly ${blamed.join(", ")}`, async () => {
      const start = suite(role).start(fault).replace(` ${role} `, ` ${role} --protocol ${protocol} `)
      const run = await runSuite(["--protocol", protocol, "--role", role, "--start", start, ...suite(role).flags, "--tags", "@faults"])
      assert.deepEqual(withVerdict(run, "fail", "non-strict"), blamed, explain(run))
    })
  }
})

function suite(role: string) {
  return suites[role]
}
