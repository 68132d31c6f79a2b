export { FlpClient, type FlpClientOptions, FlpRequestFailed } from "./client"
export {
  type ClientFault,
  clientFaults,
  type ServerFault,
  serverFaults,
} from "./faults"
export { FlpModel1Client, type Model1Options } from "./model1"
export { FlpModel2Client, type Model2Options } from "./model2"
export { FlpServer, type FlpServerOptions, serverIdentity } from "./server"

/** What the CLI and the bench need of any of the three client models. */
export interface FlpRequester {
  start(): void
  request(body: Buffer[]): Promise<Buffer[]>
  close(): Promise<void>
}
