export { type QueueFault, queueFaults } from "./faults"
export {
  SimplePirateQueue,
  type SimplePirateQueueOptions,
  simplePirateQueueDefaults,
} from "./queue"
export {
  Gate,
  type QueueSocketOptions,
  QueueSockets,
  queueSocketDefaults,
} from "./queue-sockets"
