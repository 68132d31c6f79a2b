import { existsSync } from "node:fs"
import type { Command } from "commander"
import { newKeyPair, writeKeyPair } from "../core/curve"
import { UsageError } from "../errors"

export function registerKeygen(program: Command): void {
  program
    .command("keygen")
    .description(
      "write a CURVE key pair (Z85, as zeromq uses): <prefix>.key holds the public key, <prefix>.key_secret both (mode 0600); czmq's certificate format, which pyzmq's zmq.auth reads too",
    )
    .requiredOption(
      "--out <prefix>",
      "path and name of the pair, e.g. keys/broker",
    )
    .option("--force", "overwrite an existing pair")
    .action((o: { out: string; force?: boolean }) => {
      const files = [`${o.out}.key`, `${o.out}.key_secret`]
      // A secret key overwritten by mistake cannot be got back.
      const there = files.filter(f => existsSync(f))
      if (there.length && !o.force)
        throw new UsageError(
          `${there.join(" and ")} already exist${there.length > 1 ? "" : "s"}: give --force to replace the pair`,
        )
      const pair = newKeyPair()
      let written: ReturnType<typeof writeKeyPair>
      try {
        written = writeKeyPair(o.out, pair)
      } catch (err) {
        throw new UsageError(
          `cannot write the key pair at ${o.out}: ${(err as Error).message}`,
        )
      }
      console.log(`public key ${pair.publicKey}`)
      console.log(`wrote ${written.publicFile} (public, give it to peers)`)
      console.log(`wrote ${written.secretFile} (secret, mode 0600)`)
    })
}
