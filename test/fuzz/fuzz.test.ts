import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { fuzz } from "../../src/fuzz/fuzzer"
import { formatSummary } from "../../src/fuzz/summary"

/**
 * The fast variant of `npm run fuzz`: 20k malformed messages at each
 * reference peer while honest traffic flows. A fixed seed, so a failure
 * here replays with `node dist/src/fuzz/cli.js --target <peer> --seed N`.
 */
const messages = 20_000
const seed = Number(process.env.MARQUE_FUZZ_SEED ?? 1)
const maxRssGrowthMb = 150

describe("fuzz (CI)", () => {
  for (const target of ["broker", "worker"] as const) {
    it(
      `${target} - should survive ${messages} malformed messages and answer every honest round trip`,
      { timeout: 60_000 },
      async () => {
        const r = await fuzz({ target, messages, seed, maxRssGrowthMb })
        const summary = formatSummary(r)
        console.log(summary)
        assert.deepEqual(r.failures, [], summary)
        assert.equal(r.messages, messages)
        // The warm-up and the after-flood round trips at least, all answered.
        assert.ok(r.roundTrips.count >= 2, summary)
        assert.ok(r.roundTrips.maxMs <= r.deadlineMs, summary)
        assert.ok(
          r.rss.peakKb - r.rss.startKb <= maxRssGrowthMb * 1024,
          summary,
        )
        assert.ok(r.rss.samples >= 2, summary)
      },
    )
  }
})
