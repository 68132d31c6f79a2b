/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: types.ts)
 */
/**
 * Hub to node: the return route (an envelope, first), the signature, kind 0x02, then the body frames.
 */
export interface Delivery {
  kind: "DELIVERY";
  /**
   * Routing frames, each 1 to 255 bytes (REL-2).
   *
   * @minItems 1
   */
  route: Buffer[];
  /**
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * Node to hub: the signature, kind 0x01, the hops to take (an envelope, in the middle), the topic, then the body frames.
 */
export interface Forward {
  kind: "FORWARD";
  /**
   * @minItems 1
   */
  hops: Buffer[];
  topic: string;
  /**
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * Either way: the signature and kind 0x03, no envelope.
 */
export interface Ping {
  kind: "PING";
}

/**
 * Hub to node: the return route (an envelope), the signature, kind 0x04, then exactly one sequence frame.
 */
export interface Receipt {
  kind: "RECEIPT";
  /**
   * @minItems 1
   */
  envelope: Buffer[];
  seq: string;
}

/** Any message on the toHub channel (node to hub). */
export type ToHub = Forward | Ping

/** Any message on the fromHub channel (hub to node). */
export type FromHub = Delivery | Receipt | Ping
