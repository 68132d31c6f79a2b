/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: types.ts)
 */
/**
 * MDP/Client FINAL, broker to client: the MDPC02 header, command 0x03, the service name, then one or more body frames from the worker FINAL. Exactly one per request, and nothing follows it (18/MDP 'MDP/Client Commands').
 */
export interface ClientFinal {
  command: "FINAL";
  /**
   * A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').
   */
  service: string;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * MDP/Client PARTIAL, broker to client: the MDPC02 header, command 0x02, the service name, then one or more body frames from a worker PARTIAL. Zero or more precede the FINAL (18/MDP 'MDP/Client Commands').
 */
export interface ClientPartial {
  command: "PARTIAL";
  /**
   * A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').
   */
  service: string;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * MDP/Client REQUEST, client to broker: the MDPC02 header, command 0x01, the service name, then one or more opaque body frames; no leading empty frame (18/MDP 'MDP/Client Commands').
 */
export interface ClientRequest {
  command: "REQUEST";
  /**
   * A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').
   */
  service: string;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * 8/MMI answer over 18/MDP to any unimplemented service in the 'mmi.' namespace: a client FINAL (0x03) whose one body frame is '501'. MMI names only 7/MDP; answering with a FINAL is inferred.
 */
export interface MmiNotImplemented {
  command: "FINAL";
  service: string;
  status: "501";
}

/**
 * 8/MMI mmi.service answer over 18/MDP: a client FINAL (0x03), with no PARTIAL before it, whose one body frame is '200' (a worker is registered for the service) or '404' (none is). MMI names only 7/MDP; answering with a FINAL is inferred.
 */
export interface MmiServiceReply {
  command: "FINAL";
  service: "mmi.service";
  status: "200" | "404";
}

/**
 * 8/MMI mmi.service query over 18/MDP: an ordinary MDP/Client REQUEST (0x01) to service 'mmi.service' whose one body frame names the service to look up. MMI names only 7/MDP; its use over 0.2 is inferred.
 */
export interface MmiServiceRequest {
  command: "REQUEST";
  service: "mmi.service";
  /**
   * A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').
   */
  name: string;
}

/**
 * MDP/Worker DISCONNECT, either direction: exactly 2 frames, command 0x06 (0x05 in 0.1). Ends the logical connection (18/MDP 'MDP/Worker Commands').
 */
export interface WorkerDisconnect {
  command: "DISCONNECT";
}

/**
 * MDP/Worker FINAL, worker to broker: the client address copied from the REQUEST, an empty frame, then the last part of the reply. 5 or more frames; exactly one per REQUEST, after which the worker is idle again (18/MDP 'MDP/Worker Commands').
 */
export interface WorkerFinal {
  command: "FINAL";
  /**
   * A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.
   */
  client: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * MDP/Worker HEARTBEAT, either direction: exactly 2 frames, command 0x05 (0x04 in 0.1). Valid only after READY (18/MDP 'Heartbeating').
 */
export interface WorkerHeartbeat {
  command: "HEARTBEAT";
}

/**
 * MDP/Worker PARTIAL, worker to broker: the client address copied from the REQUEST, an empty frame, then part of the reply. 5 or more frames; zero or more precede the FINAL (18/MDP 'MDP/Worker Commands').
 */
export interface WorkerPartial {
  command: "PARTIAL";
  /**
   * A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.
   */
  client: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * MDP/Worker READY, worker to broker: opens the logical connection and names the one service the worker offers. Exactly 3 frames, no leading empty frame (18/MDP 'MDP/Worker Commands').
 */
export interface WorkerReady {
  command: "READY";
  /**
   * A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').
   */
  service: string;
}

/**
 * MDP/Worker REQUEST, broker to worker: the client address the broker saw, an empty frame, then the client's body frames. 5 or more frames (18/MDP 'MDP/Worker Commands').
 */
export interface WorkerRequest {
  command: "REQUEST";
  /**
   * A client address: the ROUTER identity the broker saw for the client, copied unchanged. ZeroMQ identities are 1 to 255 bytes.
   */
  client: Buffer;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/** Any message on the fromClient channel (client to broker). */
export type FromClient = ClientRequest

/** Any message on the toClient channel (broker to client). */
export type ToClient = ClientPartial | ClientFinal

/** Any message on the fromWorker channel (worker to broker). */
export type FromWorker = WorkerReady | WorkerPartial | WorkerFinal | WorkerHeartbeat | WorkerDisconnect

/** Any message on the toWorker channel (broker to worker). */
export type ToWorker = WorkerRequest | WorkerHeartbeat | WorkerDisconnect

/** Any message on the atBroker channel (client/worker to broker). */
export type AtBroker = ClientRequest | WorkerReady | WorkerPartial | WorkerFinal | WorkerHeartbeat | WorkerDisconnect
