import { After, Then, When } from "@cucumber/cucumber"
import type { MarqueWorld } from "../../../harness/cucumber/world"
import type { Duration } from "../../../harness/timing"
import type { MdpDrivers } from "../suite/drivers"
import { Outsider } from "../suite/outsider"

// The @security scenarios (SEC-n, specs/curve.yaml): they run only when the
// IUT is judged over CURVE, so the run's keys are there.
type W = MarqueWorld<MdpDrivers> & { outsider?: Outsider }

function outsider(w: W, plaintext: boolean): Outsider {
  const curve = w.parameters.curve!
  const keys = { serverKey: curve.serverKey, ...curve.stranger }
  w.outsider ??= new Outsider(
    plaintext ? "plaintext outsider" : "outsider",
    w.p.broker.ctx,
    plaintext ? false : keys,
  )
  return w.outsider
}

When(
  "an outsider with a CURVE key the broker does not allow sends a REQUEST for service {string} with body {frames}",
  function (this: W, s: string, body: Buffer[]) {
    return outsider(this, false).request(this.p.broker.svc(s), body)
  },
)
When(
  "a plaintext outsider sends a REQUEST for service {string} with body {frames}",
  function (this: W, s: string, body: Buffer[]) {
    return outsider(this, true).request(this.p.broker.svc(s), body)
  },
)
Then(
  "the outsider receives nothing within {duration}",
  function (this: W, d: Duration) {
    return this.outsider!.expectNothing(this.ms(d), this.run.primaryRule)
  },
)

After(async function (this: W) {
  await this.outsider?.close()
})
