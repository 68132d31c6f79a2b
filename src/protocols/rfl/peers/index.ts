export { DedupeCache } from "./cache"
export { RflClient, type RflClientEvent, type RflClientOptions } from "./client"
export {
  type ClientFault,
  clientFaults,
  type ServerFault,
  serverFaults,
} from "./faults"
export {
  RflApplicationError,
  RflNoServerError,
  RflTimeoutError,
} from "./outcomes"
export type { ServerState } from "./ranking"
export { type RflHandler, RflServer, type RflServerOptions } from "./server"
