import type { CurveClientKeys } from "../../../core/curve"
import type { Logger } from "../../../core/log"
import { MdpAsyncClient } from "../peers/async-client"
import { RequestTimeoutError } from "../peers/client"

export interface AsyncRun {
  readonly connect: string
  readonly service: string
  readonly body: Buffer[]
  readonly count: number
  readonly window: number
  readonly timeoutMs: number
  readonly sendHwm: number
  readonly receiveHwm: number
  readonly curve?: CurveClientKeys
  readonly logger: Logger
}

/**
 * `marque client --async`: `count` copies of one REQUEST through one
 * MdpAsyncClient. Prints `N replies in X ms (R req/s)`; 0 when every request
 * got its reply, 1 otherwise, saying how many timed out.
 */
export async function runAsyncClient(run: AsyncRun): Promise<number> {
  const { timeoutMs, window } = run
  const client = new MdpAsyncClient(run)
  let next = 0
  let replies = 0
  let timedOut = 0
  const errors = new Map<string, number>()
  // `window` runners, each sending its next request when the last one ends:
  // as many in flight as the window allows, without building `count`
  // promises up front.
  const runner = async () => {
    for (; next < run.count;) {
      next++
      try {
        await client.send(run.service, run.body)
        replies++
      } catch (err) {
        if (err instanceof RequestTimeoutError) timedOut++
        else {
          const message = (err as Error).message
          errors.set(message, (errors.get(message) ?? 0) + 1)
        }
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: Math.min(window, run.count) }, runner))
  const ms = performance.now() - started
  await client.close()
  const rate = Math.round(replies / Math.max(ms / 1000, 0.001))
  process.stdout.write(
    `${replies} replies in ${Math.round(ms)} ms (${rate} req/s)\n`,
  )
  if (replies === run.count) return 0
  const missing = run.count - replies
  let why = `${missing} of ${run.count} requests got no reply: ${timedOut} timed out after ${timeoutMs} ms`
  for (const [message, n] of errors) why += `; ${n} failed: ${message}`
  process.stderr.write(`marque: ${why}\n`)
  return 1
}
