import { createPrivateKey, createPublicKey } from "node:crypto"
import {
  chmodSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { curveKeyPair } from "zeromq"

/**
 * CURVE security (RFC 26, CurveZMQ) for any peer's sockets: key pairs in
 * the Z85 text zeromq uses, the certificate files they are kept in, and
 * the socket options that make a socket a CURVE server or client. The ZAP
 * handler that enforces an allow-list is in ./zap.
 *
 * Key files are czmq's certificates (what zcert_save and pyzmq's
 * zmq.auth.create_certificates write): `<name>.key` holds the public key,
 * `<name>.key_secret` both keys. A file holding just a bare 40-character
 * Z85 key is read as well, so a key pasted from elsewhere works.
 */

export interface CurveKeyPair {
  readonly publicKey: string
  readonly secretKey: string
}

/** A CURVE server socket: its own secret key. */
export interface CurveServerKeys {
  readonly secretKey: string
}

/** A CURVE client socket: the server's public key and its own key pair. */
export interface CurveClientKeys extends CurveKeyPair {
  readonly serverKey: string
}

const z85Alphabet =
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
const z85Key = /^[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]{40}$/

export function isZ85Key(s: string): boolean {
  return z85Key.test(s)
}

/** Z85 text of 32 bytes (a ZAP request carries the client key as binary). */
export function z85Encode(bytes: Uint8Array): string {
  let out = ""
  for (let i = 0; i < bytes.length; i += 4) {
    let n =
      ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8)) >>> 0
    n = n + bytes[i + 3]
    let chunk = ""
    for (let d = 0; d < 5; d++) {
      chunk = z85Alphabet[n % 85] + chunk
      n = Math.floor(n / 85)
    }
    out += chunk
  }
  return out
}

export function z85Decode(text: string): Buffer {
  const out = Buffer.alloc((text.length / 5) * 4)
  for (let i = 0; i < text.length; i += 5) {
    let n = 0
    for (let d = 0; d < 5; d++) n = n * 85 + z85Alphabet.indexOf(text[i + d])
    out.writeUInt32BE(n >>> 0, (i / 5) * 4)
  }
  return out
}

/** A fresh key pair from libzmq (libsodium's crypto_box keys). */
export function newKeyPair(): CurveKeyPair {
  return curveKeyPair()
}

// PKCS#8 wrapping of a raw X25519 private key, so node:crypto can load it.
const x25519Pkcs8 = Buffer.from("302e020100300506032b656e04220420", "hex")

/**
 * The public key of a secret key. CURVE keys are X25519 keys, so node's
 * crypto derives it: a secret file whose two keys do not belong together
 * is caught when it is read, not as a handshake that silently fails.
 */
export function publicKeyOf(secretKey: string): string {
  const key = createPrivateKey({
    key: Buffer.concat([x25519Pkcs8, z85Decode(secretKey)]),
    format: "der",
    type: "pkcs8",
  })
  const jwk = createPublicKey(key).export({ format: "jwk" })
  return z85Encode(Buffer.from(jwk.x!, "base64url"))
}

function certificate(kind: "Public" | "**Secret**", keys: string[]): string {
  return [
    `#   ZeroMQ CURVE ${kind} Certificate, written by marque keygen`,
    kind === "Public"
      ? "#   Give this file to the peers that must recognise this key."
      : "#   Keep this file private: it holds the secret key.",
    "",
    "metadata",
    "curve",
    ...keys,
    "",
  ].join("\n")
}

/** Writes `<prefix>.key` (public, 0644) and `<prefix>.key_secret` (0600). */
export function writeKeyPair(
  prefix: string,
  pair: CurveKeyPair,
): { publicFile: string; secretFile: string } {
  const publicFile = `${prefix}.key`
  const secretFile = `${prefix}.key_secret`
  const pub = `    public-key = "${pair.publicKey}"`
  const sec = `    secret-key = "${pair.secretKey}"`
  // Created 0600 (not chmod'ed afterwards): the secret is never readable by others.
  writeFileSync(secretFile, certificate("**Secret**", [pub, sec]), {
    mode: 0o600,
    flag: "w",
  })
  chmodSync(secretFile, 0o600) // an existing file keeps its mode on "w"
  writeFileSync(publicFile, certificate("Public", [pub]), { mode: 0o644 })
  return { publicFile, secretFile }
}

export class CurveKeyError extends Error {
  constructor(file: string, why: string) {
    super(`${file}: ${why}`)
    this.name = "CurveKeyError"
  }
}

function read(file: string): string {
  try {
    return readFileSync(file, "utf8")
  } catch (err) {
    throw new CurveKeyError(file, `cannot read: ${(err as Error).message}`)
  }
}

/** The named key of a certificate (`public-key = "…"`), if it has one. */
function certKey(text: string, name: string): string | undefined {
  const m = new RegExp(`^\\s*${name}\\s*=\\s*"?([^"\\s]+)"?\\s*$`, "m").exec(
    text,
  )
  return m?.[1]
}

/** Bare keys: lines of exactly one Z85 key, comments (#) and blanks skipped. */
function bareKeys(text: string): string[] {
  return text
    .split("\n")
    .map(l => l.trim())
    .filter(l => l && !l.startsWith("#"))
}

function checked(file: string, key: string, what: string): string {
  if (!isZ85Key(key))
    throw new CurveKeyError(
      file,
      `the ${what} is not a 40-character Z85 key: "${key.slice(0, 60)}"`,
    )
  return key
}

/** The public key in a certificate (public or secret) or a bare-key file. */
export function readPublicKey(file: string): string {
  const text = read(file)
  const key = certKey(text, "public-key")
  if (key) return checked(file, key, "public-key")
  const bare = bareKeys(text)
  if (bare.length !== 1)
    throw new CurveKeyError(
      file,
      "expected a certificate with a public-key line, or one Z85 key",
    )
  return checked(file, bare[0], "key")
}

/** The key pair of a secret certificate (as `marque keygen` writes it). */
export function readKeyPair(file: string): CurveKeyPair {
  const text = read(file)
  const secret = certKey(text, "secret-key")
  if (!secret)
    throw new CurveKeyError(
      file,
      'no secret-key line: give the secret certificate (<name>.key_secret from "marque keygen")',
    )
  const secretKey = checked(file, secret, "secret-key")
  const derived = publicKeyOf(secretKey)
  const given = certKey(text, "public-key")
  if (given !== undefined && given !== derived)
    throw new CurveKeyError(
      file,
      "its public-key does not belong to its secret-key",
    )
  return { publicKey: derived, secretKey }
}

/**
 * An allow-list: a file with keys (one certificate, or bare keys one a
 * line), or a directory whose `*.key` files are public certificates (the
 * layout of pyzmq's zmq.auth and czmq's zcertstore).
 */
export function readAllowList(path: string): Set<string> {
  let isDir: boolean
  try {
    isDir = statSync(path).isDirectory()
  } catch (err) {
    throw new CurveKeyError(path, `cannot read: ${(err as Error).message}`)
  }
  if (!isDir) {
    const text = read(path)
    if (certKey(text, "public-key")) return new Set([readPublicKey(path)])
    const keys = bareKeys(text).map(k => checked(path, k, "key"))
    if (!keys.length) throw new CurveKeyError(path, "holds no key")
    return new Set(keys)
  }
  const files = readdirSync(path).filter(f => f.endsWith(".key"))
  if (!files.length)
    throw new CurveKeyError(path, "a directory with no *.key certificate")
  return new Set(files.map(f => readPublicKey(join(path, f))))
}

/** zeromq.js socket options for a CURVE server (set before bind). */
export function curveServerOptions(keys: CurveServerKeys): {
  curveServer: true
  curveSecretKey: string
} {
  return { curveServer: true, curveSecretKey: keys.secretKey }
}

/** A client socket's CURVE options, or none for plaintext (spread into its options). */
export function clientSecurity(
  keys: CurveClientKeys | undefined,
): Partial<ReturnType<typeof curveClientOptions>> {
  return keys ? curveClientOptions(keys) : {}
}

/**
 * What a client socket that connects is opened with: LINGER 0 (nothing
 * unsent outlives a close), a send that waits at most `timeoutMs` for a
 * connection to queue on, and its CURVE keys if any. The bound matters: a
 * refused CURVE handshake (RFC 27) ends the connection for good, and a
 * socket left with none would block every send forever.
 */
export function clientSocketOptions(
  timeoutMs: number,
  keys: CurveClientKeys | undefined,
) {
  return { linger: 0, sendTimeout: timeoutMs, ...clientSecurity(keys) }
}

/** zeromq.js socket options for a CURVE client (set before connect). */
export function curveClientOptions(keys: CurveClientKeys): {
  curveServerKey: string
  curvePublicKey: string
  curveSecretKey: string
} {
  return {
    curveServerKey: keys.serverKey,
    curvePublicKey: keys.publicKey,
    curveSecretKey: keys.secretKey,
  }
}
