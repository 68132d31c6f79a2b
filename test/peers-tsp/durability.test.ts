import assert from "node:assert/strict"
import { test } from "node:test"
import { runDurability } from "../../src/protocols/tsp/peers/durability"

/**
 * The durability experiment, short (CI) variant: 150 requests from three
 * clients while the reference Titanic server is killed with SIGKILL at
 * least five times and restarted on the same store. `marque tsp
 * durability` runs the full one (1,000 requests).
 */
test("every request accepted with 200 yields exactly its own reply across five kill -9s", async () => {
  const lines: string[] = []
  const r = await runDurability({
    requests: 150,
    clients: 3,
    kills: 5,
    killEveryMs: [300, 800],
    rateRequests: 50,
    log: line => lines.push(line),
  })
  const why = `${JSON.stringify(r)}\n${lines.join("\n")}`
  assert.ok(r.kills >= 5, why)
  assert.equal(r.submitted, 150, why)
  assert.equal(r.lost, 0, why)
  assert.equal(r.wrong, 0, why)
  assert.ok(r.submissionsPerSecond > 0, why)
})
