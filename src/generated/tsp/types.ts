/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: types.ts)
 */
/**
 * titanic.close input: exactly one frame, the UUID titanic.request returned (9/TSP 'titanic.close').
 */
export interface CloseQuery {
  uuid: string;
}

/**
 * titanic.close answer: exactly one frame, the status; 200 also for a UUID the server does not know (9/TSP 'titanic.close').
 */
export interface CloseReply {
  status: string;
}

/**
 * titanic.reply answer once the real service has answered: status 200, then the stored reply body, one or more frames as the service sent them (9/TSP 'titanic.reply').
 */
export interface ReplyFound {
  status: string;
  /**
   * Opaque application frames carried unchanged: one or more.
   *
   * @minItems 1
   */
  body: Buffer[];
}

/**
 * titanic.reply input: exactly one frame, the UUID titanic.request returned (9/TSP 'titanic.reply').
 */
export interface ReplyQuery {
  uuid: string;
}

/**
 * titanic.reply answer with no reply to give: a status other than 200 and nothing else (300 pending, 400 unknown UUID, 500 error) (9/TSP 'titanic.reply').
 */
export interface ReplyStatus {
  status: string;
}

/**
 * titanic.request answer once the request is stored: status 200, then the UUID the server gave the request (9/TSP 'titanic.request').
 */
export interface RequestAccepted {
  status: string;
  uuid: string;
}

/**
 * titanic.request input, the body of the client's MDP REQUEST: the name of the service to run the request on, then the request body for that service, one or more opaque frames (9/TSP 'titanic.request').
 */
export interface RequestBody {
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
 * titanic.request answer when the request was not stored: a status other than 200 and nothing else, e.g. 500 when the store is full (9/TSP 'titanic.request').
 */
export interface RequestRefused {
  status: string;
}

/** Any message on the requestIn channel (client to server). */
export type RequestIn = RequestBody

/** Any message on the requestOut channel (server to client). */
export type RequestOut = RequestAccepted | RequestRefused

/** Any message on the replyIn channel (client to server). */
export type ReplyIn = ReplyQuery

/** Any message on the replyOut channel (server to client). */
export type ReplyOut = ReplyFound | ReplyStatus

/** Any message on the closeIn channel (client to server). */
export type CloseIn = CloseQuery

/** Any message on the closeOut channel (server to client). */
export type CloseOut = CloseReply
