export {
  GaveUpError,
  LazyPirateClient,
  type LazyPirateClientOptions,
  lazyPirateClientDefaults,
} from "./client"
export {
  type ClientFault,
  clientFaults,
  type ServerFault,
  serverFaults,
} from "./faults"
export { EchoServer, type EchoServerOptions } from "./server"
