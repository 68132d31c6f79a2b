/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): types.ts)
 */
/**
 * Simple Pirate reply to a client, as a DEALER in the client's place sees it: the empty delimiter, then the worker's reply frames, with [ID(w)][""] and the client's identity stripped (SPP-10).
 */
export interface ClientReply {
  command: "REPLY";
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * Simple Pirate client request, as the frontend ROUTER sees it after the client's identity: the Lazy Pirate client's REQ delimiter, then its request frames (SPP-2).
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
 * Simple Pirate READY, worker to queue, as the backend ROUTER sees it after the worker's identity: the REQ worker's empty delimiter, then one frame holding the byte 0x01 (the C and Python workers; the C++ port's "READY" string is not accepted).
 */
export interface WorkerReady {
  command: "READY";
}

/**
 * Simple Pirate reply, worker to queue, as the backend ROUTER sees it after the worker's identity: the REQ worker's empty delimiter, the client envelope it received, unchanged, then the reply frames (SPP-5).
 */
export interface WorkerReply {
  command: "REPLY";
  /**
   * The client envelope of the request answered, unchanged (SPP-5).
   *
   * @minItems 1
   */
  client: Buffer[];
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * Simple Pirate request, queue to worker, as a DEALER in the worker's place sees it: the empty delimiter the worker's REQ takes, the client envelope [ID(c)][""], then the client's body frames, all unchanged (SPP-9).
 */
export interface WorkerRequest {
  command: "REQUEST";
  /**
   * The client envelope, ID(c) first, as the frontend ROUTER gave it (SPP-9).
   *
   * @minItems 1
   */
  client: Buffer[];
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/** Any message on the fromClient channel (client to queue). */
export type FromClient = ClientRequest

/** Any message on the toClient channel (queue to client). */
export type ToClient = ClientReply

/** Any message on the fromWorker channel (worker to queue). */
export type FromWorker = WorkerReady | WorkerReply

/** Any message on the toWorker channel (queue to worker). */
export type ToWorker = WorkerRequest
