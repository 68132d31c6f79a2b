import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"
import { freePort } from "../../src/harness/endpoints"

// A port from the kernel's ephemeral range can be taken, between the pick
// and the IUT's bind, as the local port of any outgoing connection.
test("free ports are picked outside the range outgoing connections draw from, and not twice", async () => {
  const range = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")
  const [lo, hi] = range.trim().split(/\s+/).map(Number)
  const ports = await Promise.all(Array.from({ length: 50 }, () => freePort()))
  for (const port of ports)
    assert.ok(
      port < lo || port > hi,
      `port ${port} is inside the ephemeral range ${lo}-${hi}`,
    )
  assert.equal(new Set(ports).size, ports.length, "a port handed out twice")
})
