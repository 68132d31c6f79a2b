import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { printSoak, runSoak, soakProblems } from "../../bench/soak"

// The CI variant of `npm run soak`: a short steady load through the
// reference broker, workers killed at random and restarted, one poison
// request. Every other request is answered (MDP-49 requeues, MDP-12
// retries), the poison is dropped once, and the broker ends holding what
// it held at the start (fds, Node handles, workers, services, queues).
describe("soak (short CI variant)", () => {
  it("should answer every request but the poison and end with nothing leaked", async () => {
    const result = await runSoak({
      seconds: 12,
      clients: 3,
      workers: 3,
      killEveryMs: 1500,
      heartbeatMs: 100,
    })
    const report = printSoak(result)
    assert.deepEqual(soakProblems(result), [], report)
    assert.ok(result.workersKilled > 0, `no worker was killed:\n${report}`)
    assert.ok(result.sent > 100, `too little load:\n${report}`)
  })
})
