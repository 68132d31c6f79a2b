/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): types.ts)
 */
/**
 * Reliable Freelance heartbeat reply, server to client: an empty frame, "HEARTBEAT" and the server id in UTF-8 (best: the endpoint string clients connect to, RFL-S16).
 */
export interface HeartbeatReply {
  command: "HEARTBEAT";
  serverId: string;
}

/**
 * Reliable Freelance HEARTBEAT, client to server: exactly an empty frame and "HEARTBEAT". The client sends one to every server each interval (RFL-C7).
 */
export interface Heartbeat {
  command: "HEARTBEAT";
}

/**
 * Reliable Freelance REQUEST, client to server: an empty frame, "REQUEST", the request id (UTF-8 text; a UUID4 string from the seed's client, the same for every attempt) and one or more payload frames. The request id is carried as bytes so that a RESPONSE can echo it byte for byte (RFL-10); whether it is UTF-8 and UUID-shaped is checked by the peers (RFL-9, RFL-C1, RFL-S12), not here.
 */
export interface Request {
  command: "REQUEST";
  /**
   * One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.
   */
  requestId: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  payload: Buffer[];
}

/**
 * Reliable Freelance RESPONSE with "ERROR", server to client: the request id byte for byte, then exactly one frame of UTF-8 text saying what went wrong (never raw exception text, RFL-S19).
 */
export interface ResponseError {
  command: "RESPONSE";
  status: "ERROR";
  /**
   * One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.
   */
  requestId: Buffer;
  message: string;
}

/**
 * Reliable Freelance RESPONSE with "OK" and no result frame, server to client: the seed allows a result of zero frames (RFL-5). A layout of its own because a repeated field holds one or more frames.
 */
export interface ResponseOkEmpty {
  command: "RESPONSE";
  status: "OK";
  /**
   * One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.
   */
  requestId: Buffer;
}

/**
 * Reliable Freelance RESPONSE with "OK" and one or more result frames, server to client: the request id byte for byte, then the result (by default an echo of the payload). An OK with no result frame is ResponseOkEmpty.
 */
export interface ResponseOk {
  command: "RESPONSE";
  status: "OK";
  /**
   * One opaque frame: any bytes, including none. Checked with the x-bytes keyword because JSON Schema has no binary type.
   */
  requestId: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  result: Buffer[];
}

/** Any message on the fromClient channel (client to server). */
export type FromClient = Request | Heartbeat

/** Any message on the toClient channel (server to client). */
export type ToClient = ResponseOk | ResponseOkEmpty | ResponseError | HeartbeatReply
