/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: types.ts)
 */
/**
 * A client request as the frontend ROUTER reads it after the routing id: the REQ socket's empty delimiter, then the request (digest §12.2: the Guide's client sends one frame, its sequence number in decimal). The same bytes go again to the other server after a timeout (BSTAR-27).
 */
export interface ClientRequest {
  command: "REQUEST";
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * Binary Star state message, statepub PUB to the peer's statesub SUB: one frame holding the sender's own state in ASCII decimal, no terminator (digest §12.2). Published every heartbeat (BSTAR-4); the receiver applies it as the PEER_* event with the same value.
 */
export interface PeerState {
  /**
   * "1" PRIMARY, "2" BACKUP, "3" ACTIVE, "4" PASSIVE. "5" is CLIENT_REQUEST, a local event that is never sent.
   */
  state: "1" | "2" | "3" | "4";
}

/**
 * The active server's answer, frontend ROUTER to the client, after the routing id: the empty delimiter, then the reply. The Guide's server echoes the request (digest §12.2); only an accepted request gets one (BSTAR-14, BSTAR-20).
 */
export interface ServerReply {
  command: "REPLY";
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/** Any message on the stateLink channel (pair to pair). */
export type StateLink = PeerState

/** Any message on the fromClient channel (client to pair). */
export type FromClient = ClientRequest

/** Any message on the toClient channel (pair to client). */
export type ToClient = ServerReply
