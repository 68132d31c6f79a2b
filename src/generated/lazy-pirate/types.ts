/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): types.ts)
 */
/**
 * Lazy Pirate reply, server to client, as a DEALER sees it: REP's empty delimiter, then the reply frames. The Guide's server returns the request frames unchanged (LPC-18).
 */
export interface Reply {
  command: "REPLY";
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * Lazy Pirate request, client to server, as a ROUTER sees it after the client's identity: REQ's empty delimiter, then the request frames. The Guide's client sends one frame, its sequence number in decimal.
 */
export interface Request {
  command: "REQUEST";
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/** Any message on the toServer channel (client to server). */
export type ToServer = Request

/** Any message on the toClient channel (server to client). */
export type ToClient = Reply
