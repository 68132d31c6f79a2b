import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { fuzz } from "../../src/fuzz/fuzzer"
import { MalformedStream } from "../../src/fuzz/mutations"
import { fuzzProtocolFor } from "../../src/fuzz/protocols"
import { formatSummary } from "../../src/fuzz/summary"

/**
 * The fast variant of `npm run fuzz`: 20k malformed messages at each
 * reference peer while honest traffic flows. A fixed seed, so a failure
 * here replays with `node dist/src/fuzz/cli.js --protocol mdp/0.1 --target
 * <peer> --seed N`.
 */
const messages = 20_000
const seed = Number(process.env.MARQUE_FUZZ_SEED ?? 1)
const maxRssGrowthMb = 150
const protocol = "mdp/0.1"

describe("fuzz (CI)", () => {
  for (const target of ["broker", "worker"] as const) {
    it(
      `${target} - should survive ${messages} malformed messages and answer every honest round trip`,
      { timeout: 60_000 },
      async () => {
        const r = await fuzz({
          protocol,
          target,
          messages,
          seed,
          maxRssGrowthMb,
        })
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

  it(
    "broker - should fail and name the culprit when the broker crashes on invalid input",
    { timeout: 60_000 },
    async () => {
      // Fault crash-on-invalid: the broker exits with code 3 on the first invalid message.
      const peerArgs = ["--fault", "crash-on-invalid"]
      const r = await fuzz({
        protocol,
        target: "broker",
        messages: 2000,
        seed,
        peerArgs,
        deadlineMs: 1000,
      })
      assert.equal(r.ok, false)
      assert.ok(
        r.failures.some(
          f => f.kind === "peer-exited" && /exit code 3/.test(f.message),
        ),
        formatSummary(r),
      )
      const culprit = r.triage?.culprit
      assert.ok(culprit, formatSummary(r))
      assert.match(culprit.effect, /exited \(exit code 3\)/)
      // The first malformed message of the stream is the one that did it.
      assert.equal(
        culprit.index,
        new MalformedStream(fuzzProtocolFor(protocol), seed, "broker").next()
          .index,
      )
      assert.match(
        formatSummary(r),
        /Reproduce: node dist\/src\/fuzz\/cli\.js --protocol mdp\/0\.1 --target broker --seed \d+ --from \d+ --messages 1/,
      )
    },
  )

  it(
    "worker - should fail when RSS grows past the bound",
    { timeout: 60_000 },
    async () => {
      const r = await fuzz({
        protocol,
        target: "worker",
        messages: 200_000,
        seed,
        maxRssGrowthMb: 1,
        triage: true,
      })
      assert.equal(r.ok, false)
      assert.deepEqual(
        r.failures.map(f => f.kind),
        ["rss-growth"],
        formatSummary(r),
      )
      assert.ok(
        r.messages < 200_000,
        "the flood should stop at the first failure",
      )
      assert.equal(
        r.triage,
        undefined,
        "a leak needs many messages: no one-at-a-time replay",
      )
    },
  )
})
