import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client"
import type { RflClientEvent } from "../peers/client"

const states = ["unknown", "alive", "dead"] as const

/**
 * The gateway's /metrics, in the Prometheus text format (prom-client):
 * HTTP outcomes, requests in flight, and per server its state, attempt
 * outcomes and latency, plus failovers. A registry of its own, so two
 * gateways in one process (tests) do not share counters.
 */
export class GatewayMetrics {
  readonly registry = new Registry()
  readonly requests = new Counter({
    name: "rfl_gateway_requests_total",
    help: "HTTP requests answered, by status code",
    labelNames: ["code"],
    registers: [this.registry],
  })
  readonly inFlight = new Gauge({
    name: "rfl_gateway_in_flight",
    help: "requests being served now (at most --max-in-flight)",
    registers: [this.registry],
  })
  readonly duration = new Histogram({
    name: "rfl_gateway_request_duration_seconds",
    help: "time from an HTTP request to its answer",
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  })
  private readonly state = new Gauge({
    name: "rfl_server_state",
    help: "1 for the state each server is in (unknown, alive, dead)",
    labelNames: ["server", "state"],
    registers: [this.registry],
  })
  private readonly attempts = new Counter({
    name: "rfl_server_attempts_total",
    help: "attempts sent to each server, by outcome (ok, error, timeout, refused)",
    labelNames: ["server", "outcome"],
    registers: [this.registry],
  })
  private readonly latency = new Histogram({
    name: "rfl_server_latency_seconds",
    help: "time from an attempt to its RESPONSE, per server",
    labelNames: ["server"],
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers: [this.registry],
  })
  private readonly failovers = new Counter({
    name: "rfl_failovers_total",
    help: "attempts that went to another server than the attempt before",
    registers: [this.registry],
  })

  constructor(servers: readonly string[]) {
    collectDefaultMetrics({ register: this.registry })
    for (const s of servers) this.setState(s, "unknown")
  }

  /** Feeds RflClient's onEvent. */
  readonly onEvent = (e: RflClientEvent): void => {
    switch (e.type) {
      case "attempt":
        this.attempts.inc({ server: e.server, outcome: e.outcome })
        if (e.latencyMs !== undefined)
          this.latency.observe({ server: e.server }, e.latencyMs / 1000)
        return
      case "state":
        return this.setState(e.server, e.state)
      case "failover":
        return this.failovers.inc()
    }
  }

  private setState(server: string, state: string): void {
    for (const s of states)
      this.state.set({ server, state: s }, s === state ? 1 : 0)
  }
}
