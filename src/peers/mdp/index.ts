export { MdpBroker, type MdpBrokerOptions } from "./broker"
export { BadReplyError, MdpClient, type MdpClientOptions, RequestTimeoutError } from "./client"
export { type BrokerFault, brokerFaults, type FaultInfo, type WorkerFault, workerFaults } from "./faults"
export { MdpWorker, type MdpWorkerOptions, type RequestHandler } from "./worker"
