/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: types.ts)
 */
/**
 * 10/FLP ping, client to server: exactly one frame holding "PING". A message of two or more frames is a request, whatever its first frame holds.
 */
export interface ClientPing {
  command: "PING";
}

/**
 * 10/FLP request, client to server: the Client Control Frame (CCF, opaque to the server, e.g. a sequence number) then one or more body frames. Two or more frames in all.
 */
export interface ClientRequest {
  command: "REQUEST";
  /**
   * One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.
   */
  ccf: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * 10/FLP pong, server to client, the answer to a ping: one frame holding "PONG" (the RFC says a message containing it; the Guide's servers send that one frame).
 */
export interface ServerPong {
  command: "PONG";
}

/**
 * 10/FLP reply, server to client: the request's CCF, unchanged, then one or more frames of reply body.
 */
export interface ServerReply {
  command: "REPLY";
  /**
   * One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.
   */
  ccf: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/** Any message on the fromClient channel (client to server). */
export type FromClient = ClientPing | ClientRequest

/** Any message on the toClient channel (server to client). */
export type ToClient = ServerPong | ServerReply
