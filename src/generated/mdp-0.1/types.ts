/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: types.ts)
 */
/**
 * MDP/Client REPLY, broker to client: an empty frame, the MDPC01 header, the service name, then one or more body frames from the worker's REPLY (7/MDP 'MDP/Client Commands').
 */
export interface ClientReply {
  command: "REPLY";
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
 * MDP/Client REQUEST, client to broker: an empty frame, the MDPC01 header, the service name, then one or more opaque body frames (7/MDP 'MDP/Client Commands').
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
 * 8/MMI answer to any unimplemented service in the 'mmi.' namespace: an ordinary MDP/Client REPLY whose one body frame is '501'.
 */
export interface MmiNotImplemented {
  command: "REPLY";
  service: string;
  status: "501";
}

/**
 * 8/MMI mmi.service answer: an ordinary MDP/Client REPLY whose one body frame is '200' (a worker is registered for the service) or '404' (none is).
 */
export interface MmiServiceReply {
  command: "REPLY";
  service: "mmi.service";
  status: "200" | "404";
}

/**
 * 8/MMI mmi.service query: an ordinary MDP/Client REQUEST to service 'mmi.service' whose one body frame names the service to look up.
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
 * MDP/Worker DISCONNECT, either direction: exactly 3 frames. Ends the logical connection (7/MDP 'MDP/Worker Commands').
 */
export interface WorkerDisconnect {
  command: "DISCONNECT";
}

/**
 * MDP/Worker HEARTBEAT, either direction: exactly 3 frames. Valid only after READY (7/MDP 'Heartbeating').
 */
export interface WorkerHeartbeat {
  command: "HEARTBEAT";
}

/**
 * MDP/Worker READY, worker to broker: opens the logical connection and names the one service the worker offers. Exactly 4 frames (7/MDP 'MDP/Worker Commands').
 */
export interface WorkerReady {
  command: "READY";
  /**
   * A service name: a printable string, matched byte for byte against the names workers register (7/MDP: 'a printable string').
   */
  service: string;
}

/**
 * MDP/Worker REPLY, worker to broker: the client address copied from the REQUEST, an empty frame, then the reply body. 6 or more frames (7/MDP 'MDP/Worker Commands').
 */
export interface WorkerReply {
  command: "REPLY";
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
 * MDP/Worker REQUEST, broker to worker: the client address the broker saw, an empty frame, then the client's body frames. 6 or more frames (7/MDP 'MDP/Worker Commands').
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
export type ToClient = ClientReply

/** Any message on the fromWorker channel (worker to broker). */
export type FromWorker = WorkerReady | WorkerReply | WorkerHeartbeat | WorkerDisconnect

/** Any message on the toWorker channel (broker to worker). */
export type ToWorker = WorkerRequest | WorkerHeartbeat | WorkerDisconnect

/** Any message on the atBroker channel (client/worker to broker). */
export type AtBroker = ClientRequest | WorkerReady | WorkerReply | WorkerHeartbeat | WorkerDisconnect
