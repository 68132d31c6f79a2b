import { type Command, Option } from "commander"
import {
  type CurveClientKeys,
  newKeyPair,
  readAllowList,
  readKeyPair,
  readPublicKey,
} from "../core/curve"
import type { CurveServer } from "../core/curve-server"

/**
 * The CURVE flags of every reference peer (RFC 26): a server takes its key
 * pair and an optional allow-list, a client the server's public key and
 * its own pair. Keys are read when the command runs, so a missing or
 * malformed file is a usage error naming it (the callers exit 2).
 */

export interface CurveArgs {
  curveSecretKeyFile?: string
  curveAllow?: string
  curveServerKey?: string
}

const group = "CURVE security (RFC 26, 27):"

const keyFile = () =>
  new Option(
    "--curve-secret-key-file <file>",
    "this peer's CURVE key pair: a secret certificate, as <name>.key_secret from `marque keygen`",
  ).helpGroup(group)

export function curveServerFlags(): Option[] {
  return [
    keyFile(),
    new Option(
      "--curve-allow <file-or-dir>",
      "serve only these CURVE client keys (ZAP, RFC 27; others are refused with 400): a file of Z85 public keys one a line, a public certificate, or a directory of *.key certificates. Without it, any CURVE client is served (encrypted, not authenticated)",
    ).helpGroup(group),
  ]
}

export function curveClientFlags(): Option[] {
  return [
    new Option(
      "--curve-server-key <file>",
      "connect as a CURVE client to a server with this public key (its <name>.key certificate, or a bare Z85 key)",
    ).helpGroup(group),
    keyFile(),
  ]
}

/** `cmd` with the server flags (a peer that binds for clients or workers). */
export function withCurveServer(cmd: Command): Command {
  for (const flag of curveServerFlags()) cmd.addOption(flag)
  return cmd
}

/** `cmd` with the client flags (a peer that connects to a CURVE server). */
export function withCurveClient(cmd: Command): Command {
  for (const flag of curveClientFlags()) cmd.addOption(flag)
  return cmd
}

/** The server side of --curve-secret-key-file and --curve-allow; undefined for plaintext. */
export function serverCurve(o: CurveArgs): CurveServer | undefined {
  if (o.curveAllow && !o.curveSecretKeyFile)
    throw new Error("--curve-allow needs --curve-secret-key-file")
  if (!o.curveSecretKeyFile) return undefined
  const { secretKey } = readKeyPair(o.curveSecretKeyFile)
  return o.curveAllow
    ? { secretKey, allow: readAllowList(o.curveAllow) }
    : { secretKey }
}

/**
 * The client side; undefined for plaintext. Without a key pair of its own
 * the client uses one made for this run: enough for a server that takes
 * any CURVE client, refused by one with an allow-list.
 */
export function clientCurve(o: CurveArgs): CurveClientKeys | undefined {
  if (o.curveSecretKeyFile && !o.curveServerKey)
    throw new Error(
      "--curve-secret-key-file needs --curve-server-key (the server's public key)",
    )
  if (!o.curveServerKey) return undefined
  const serverKey = readPublicKey(o.curveServerKey)
  const pair = o.curveSecretKeyFile
    ? readKeyPair(o.curveSecretKeyFile)
    : newKeyPair()
  return { serverKey, ...pair }
}
