export {
  ClientClosedError,
  MdpAsyncClient,
  type MdpAsyncClientOptions,
} from "./async-client"
export { MdpBroker } from "./broker"
export { brokerDefaults, type MdpBrokerOptions } from "./broker-options"
export {
  BadReplyError,
  MdpClient,
  type MdpClientOptions,
  RequestTimeoutError,
} from "./client"
export {
  type BrokerFault,
  brokerFaults,
  type ClientFault,
  clientFaults,
  type FaultInfo,
  type WorkerFault,
  workerFaults,
} from "./faults"
export {
  type Limits,
  limitDefaults,
  type MessageLimits,
  type QueueLimits,
} from "./limits"
export { defaultMdpProtocol, type MdpProtocol, mdpProtocols } from "./protocol"
export {
  type HandlerResult,
  MdpWorker,
  type MdpWorkerOptions,
  type RequestHandler,
} from "./worker"
