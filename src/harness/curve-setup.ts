import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  type CurveKeyPair,
  newKeyPair,
  readKeyPair,
  readPublicKey,
  writeKeyPair,
} from "../core/curve"
import { UsageError } from "../errors"

/**
 * How the suite judges an IUT over CURVE (RFC 26): the IUT's public key,
 * the key pair the suite's peers use (the IUT must allow it), and one it
 * never tells the IUT (the @security scenarios' unknown client). Plain
 * JSON: it crosses into Cucumber's world parameters.
 */
export interface SuiteCurve {
  /** The IUT's public key (Z85). */
  readonly serverKey: string
  /** The suite's client pair: every peer the suite opens towards the IUT uses it. */
  readonly client: CurveKeyPair
  /** A pair made for this run and given to nobody. */
  readonly stranger: CurveKeyPair
  /** {curve_allow}: a directory holding suite.key, the client's public certificate. */
  readonly allowDir: string
  /** {curve_key}: with --reference, the reference peer's secret certificate. */
  readonly serverKeyFile?: string
}

export interface CurveFlags {
  /** The IUT's public key file (--curve-server-key). */
  serverKey?: string
  /** The suite's own pair, a secret certificate (--curve-client-key); default: made per run. */
  clientKey?: string
  /** --curve: with --reference, run the reference peer as a CURVE server. */
  curve?: boolean
  reference?: boolean
}

/** The run's CURVE setup, or undefined for plaintext. Key files are read (and made) here. */
export function suiteCurve(f: CurveFlags): SuiteCurve | undefined {
  if (f.reference && f.serverKey)
    throw new UsageError(
      "--curve-server-key names an IUT's key; with --reference give --curve (the suite makes the reference peer's pair)",
    )
  if (f.curve && !f.reference && !f.serverKey)
    throw new UsageError(
      "--curve needs the IUT's public key: give --curve-server-key <file> (or --reference)",
    )
  if (!f.serverKey && !f.curve) {
    if (f.clientKey)
      throw new UsageError("--curve-client-key needs --curve-server-key")
    return undefined
  }
  const dir = mkdtempSync(join(tmpdir(), "marque-curve-"))
  // Keys made for one run die with it.
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }))
  const read = <T>(what: () => T): T => {
    try {
      return what()
    } catch (err) {
      throw new UsageError((err as Error).message, { cause: err })
    }
  }
  let serverKey: string
  let serverKeyFile: string | undefined
  if (f.serverKey) serverKey = read(() => readPublicKey(f.serverKey!))
  else {
    const pair = newKeyPair()
    serverKey = pair.publicKey
    serverKeyFile = writeKeyPair(join(dir, "server"), pair).secretFile
  }
  const client = f.clientKey
    ? read(() => readKeyPair(f.clientKey!))
    : newKeyPair()
  const allowDir = join(dir, "allow")
  mkdirSync(allowDir)
  writeKeyPair(join(allowDir, "suite"), client)
  // Only the public certificate belongs in an allow-list directory.
  rmSync(join(allowDir, "suite.key_secret"))
  return {
    serverKey,
    client,
    stranger: newKeyPair(),
    allowDir,
    ...(serverKeyFile ? { serverKeyFile } : {}),
  }
}

/** Placeholder values for the IUT's start command. */
export function curveValues(c: SuiteCurve | undefined): Record<string, string> {
  if (!c) return {}
  return {
    curve_allow: c.allowDir,
    ...(c.serverKeyFile ? { curve_key: c.serverKeyFile } : {}),
  }
}

export const noCurveReason =
  "the IUT is not judged over CURVE: give --curve-server-key <its public key file> (or --curve with --reference)"
