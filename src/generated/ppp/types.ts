/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: types.ts)
 */
/**
 * 6/PPP HEARTBEAT, either direction: one frame, the byte 0x02 (PPP-8, PPP-9). Not the string "HEARTBEAT" some Guide ports send.
 */
export interface Heartbeat {
  command: "HEARTBEAT";
}

/**
 * 6/PPP READY, worker to queue: one frame, the byte 0x01. Opens every conversation (PPP-1); sent again on a new connection after the queue is lost (PPP-12).
 */
export interface Ready {
  command: "READY";
}

/**
 * 6/PPP REPLY, worker to queue: the address stack of the REQUEST it answers, unchanged, the empty frame closing it, then one or more content frames (PPP-5: the structure of REQUEST).
 */
export interface Reply {
  command: "REPLY";
  /**
   * The address stack of the REQUEST, unchanged: the queue routes the answer by it (PPP-5).
   *
   * @minItems 1
   */
  stack: Buffer[];
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * 6/PPP REQUEST, queue to worker: the address stack (in the Guide's topology, the client's identity), the empty frame closing it, then one or more content frames, unchanged from the client.
 */
export interface Request {
  command: "REQUEST";
  /**
   * The address stack, ID(c) first; the queue routes the REPLY by it (PPP-4).
   *
   * @minItems 1
   */
  stack: Buffer[];
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/** Any message on the toWorker channel (queue to worker). */
export type ToWorker = Request | Heartbeat

/** Any message on the fromWorker channel (worker to queue). */
export type FromWorker = Ready | Heartbeat | Reply
