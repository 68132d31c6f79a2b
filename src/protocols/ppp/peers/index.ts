export {
  type QueueFault,
  queueFaults,
  type WorkerFault,
  workerFaults,
} from "./faults"
export { PppQueue, type PppQueueOptions, pppQueueDefaults } from "./queue"
export {
  PppWorker,
  type PppWorkerOptions,
  pppWorkerDefaults,
  type RequestHandler,
} from "./worker"
