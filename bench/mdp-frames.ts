/**
 * The MDP/0.1 frames the bench's load and its one-in-flight limit build by
 * hand: constants laid out once, so that neither the clients, the workers nor
 * the limit call the codec, whose cost is part of what the broker is
 * measured on.
 */

export const EMPTY = Buffer.alloc(0)
export const MDPC01 = Buffer.from("MDPC01")
export const MDPW01 = Buffer.from("MDPW01")

/** Worker command bytes (the third frame of a worker message, MDP/0.1). */
export const READY = 1
export const REQUEST = 2
export const REPLY = 3
export const HEARTBEAT = 4
export const DISCONNECT = 5

/** One-byte frames of those commands, ready to send. */
export const commandFrame = (command: number): Buffer => Buffer.from([command])

/** Where the two protocol headers differ: 'C' in MDPC01, 'W' in MDPW01. */
export const roleAt = MDPW01.indexOf("W")
export const workerRole = MDPW01[roleAt]
