/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** titanic.close input: exactly one frame, the UUID titanic.request returned (9/TSP 'titanic.close'). */
export const CloseQuery: MessageLayout = {
  title: "CloseQuery",
  rule: "TSP-14",
  consts: {},
  frames: [
    { name: "uuid", rule: "TSP-8", field: "uuid", as: "text" },
  ],
}

/** titanic.close answer: exactly one frame, the status; 200 also for a UUID the server does not know (9/TSP 'titanic.close'). */
export const CloseReply: MessageLayout = {
  title: "CloseReply",
  rule: "TSP-16",
  consts: {},
  frames: [
    { name: "status", rule: "TSP-22", field: "status", as: "text" },
  ],
}

/** titanic.reply answer once the real service has answered: status 200, then the stored reply body, one or more frames as the service sent them (9/TSP 'titanic.reply'). */
export const ReplyFound: MessageLayout = {
  title: "ReplyFound",
  rule: "TSP-10",
  consts: {},
  frames: [
    { name: "status", rule: "TSP-22", field: "status", as: "text" },
    { name: "body", rule: "TSP-10", field: "body", as: "bytes", repeat: true },
  ],
}

/** titanic.reply input: exactly one frame, the UUID titanic.request returned (9/TSP 'titanic.reply'). */
export const ReplyQuery: MessageLayout = {
  title: "ReplyQuery",
  rule: "TSP-9",
  consts: {},
  frames: [
    { name: "uuid", rule: "TSP-8", field: "uuid", as: "text" },
  ],
}

/** titanic.reply answer with no reply to give: a status other than 200 and nothing else (300 pending, 400 unknown UUID, 500 error) (9/TSP 'titanic.reply'). */
export const ReplyStatus: MessageLayout = {
  title: "ReplyStatus",
  rule: "TSP-10",
  consts: {},
  frames: [
    { name: "status", rule: "TSP-10", field: "status", as: "text" },
  ],
}

/** titanic.request answer once the request is stored: status 200, then the UUID the server gave the request (9/TSP 'titanic.request'). */
export const RequestAccepted: MessageLayout = {
  title: "RequestAccepted",
  rule: "TSP-7",
  consts: {},
  frames: [
    { name: "status", rule: "TSP-22", field: "status", as: "text" },
    { name: "uuid", rule: "TSP-8", field: "uuid", as: "text" },
  ],
}

/** titanic.request input, the body of the client's MDP REQUEST: the name of the service to run the request on, then the request body for that service, one or more opaque frames (9/TSP 'titanic.request'). */
export const RequestBody: MessageLayout = {
  title: "RequestBody",
  rule: "TSP-5",
  consts: {},
  frames: [
    { name: "service", rule: "TSP-5", field: "service", as: "text" },
    { name: "body", rule: "TSP-5", field: "body", as: "bytes", repeat: true },
  ],
}

/** titanic.request answer when the request was not stored: a status other than 200 and nothing else, e.g. 500 when the store is full (9/TSP 'titanic.request'). */
export const RequestRefused: MessageLayout = {
  title: "RequestRefused",
  rule: "TSP-7",
  consts: {},
  frames: [
    { name: "status", rule: "TSP-7", field: "status", as: "text" },
  ],
}
