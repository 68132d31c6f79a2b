import { randomUUID } from "node:crypto"

/**
 * A request id the store may turn into a file name: 32 lower-case hex
 * digits, nothing else. Only canonicalId() (and the traversal-id fault)
 * makes one, so a path built from a RequestId cannot leave the store.
 */
export type RequestId = string & { readonly __requestId: true }

const hex32 = /^[0-9a-fA-F]{32}$/

/**
 * TSP-8: an id is 32 hexadecimal characters. Checked on the raw bytes,
 * before any decoding, so NUL bytes, path separators, "..", absolute paths,
 * 10 KB strings and binary never reach the file system. Upper and lower case
 * name the same request (the RFC calls the digits hexadecimal; the Guide
 * prints upper case); the store uses lower case.
 */
export function canonicalId(
  frame: Uint8Array | undefined,
): RequestId | undefined {
  if (!frame || frame.length !== 32) return undefined
  const text = Buffer.from(frame.buffer, frame.byteOffset, 32).toString(
    "latin1",
  )
  return hex32.test(text) ? (text.toLowerCase() as RequestId) : undefined
}

/** A fresh id: a random (v4) UUID's 16 bytes as 32 hex digits, no dashes. */
export function newId(): RequestId {
  return randomUUID().replace(/-/g, "") as RequestId
}

/** Whether a file name in the store is an id the store wrote. */
export function isIdName(name: string): name is RequestId {
  return name.length === 32 && /^[0-9a-f]{32}$/.test(name)
}
