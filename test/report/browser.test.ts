import assert from "node:assert/strict"
import { existsSync, mkdirSync, statSync } from "node:fs"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import { chromium, type Browser, type Page } from "playwright-core"
import {
  brokerRun,
  brokerWith,
  chromiumPath,
  results,
  root,
  silentBroker,
  type Ran,
} from "./helpers"

/**
 * The requirement report as a person sees it: Debian's chromium opens the
 * index.html that `marque test` wrote, for a broker that answers with the
 * wrong header (frames both ways) and one that answers nothing (one cause
 * behind every failure). Screenshots go to reports/screenshots/ for CI.
 */
const shots = join(root, "reports/screenshots")

describe("the HTML report in a real browser", () => {
  let browser: Browser
  let wrong: Ran
  let silent: Ran

  before(async () => {
    ;[wrong, silent, browser] = await Promise.all([
      brokerRun(
        brokerWith("wrong-header"),
        "@MDP-39 and not @malformed and not @faults",
      ),
      brokerRun(silentBroker, "@MDP-17 or @MDP-39 or @MDP-48"),
      chromium.launch({ executablePath: chromiumPath(), headless: true }),
    ])
    mkdirSync(shots, { recursive: true })
  })
  after(() => browser?.close())

  async function open(dir: string): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
    })
    await page.goto(`file://${join(dir, "index.html")}`)
    return page
  }

  test("marque test writes index.html beside results.json", () => {
    for (const r of [wrong, silent]) {
      assert.equal(r.code, 1, `the faulty broker must fail:\n${r.stdout}`)
      assert.ok(existsSync(join(r.dir, "index.html")), r.stderr)
    }
  })

  test("the summary counts MUSTs met of MUSTs judged as results.json has them", async () => {
    const run = results(wrong.dir)
    const musts = run.requirements.filter(r => r.level.startsWith("must"))
    const met = musts.filter(r => r.verdict === "pass").length
    const judged = musts.filter(r => r.verdict !== "skip").length
    const page = await open(wrong.dir)
    const row = page.locator('#summary tr[data-role="broker"]')
    assert.equal(
      (await row.locator("td.must").innerText()).split(" ")[0],
      `${met}/${judged}`,
    )
    assert.equal(await row.locator("td.overall").innerText(), "FAIL")
    assert.match(
      await page.locator(".failed-list").innerText(),
      /MDP-22/,
      "the failed requirement is listed at the top",
    )
    await page.close()
  })

  test("a failure expands to its reason, timing and the frames both ways in text and hex", async () => {
    const page = await open(wrong.dir)
    const req = page.locator("#req-MDP-22")
    const frames = req.locator("table.transcript")
    assert.equal(await frames.isVisible(), false, "collapsed at first")
    await req.locator("summary").click()
    assert.equal(await frames.isVisible(), true, "expanded on click")
    assert.match(await req.locator("pre.reason").innerText(), /MDPC02/)
    const answer = frames.locator("tr.recv", { hasText: "MDPC02" }).first()
    assert.match(await answer.locator("td.dir").innerText(), /IUT → suite/)
    assert.match(await answer.locator("td.t").innerText(), /^\d+$/)
    // "MDPC02" in hex: the IUT's wrong header byte for byte.
    assert.match(await answer.innerText(), /4d 44 50 43 30 32/)
    assert.ok(await frames.locator("tr.send").count(), "the suite's side too")
    await page.screenshot({
      path: join(shots, "report-failure.png"),
      fullPage: true,
    })
    await page.close()
  })

  test("when most failures share one cause, the page leads with it and the unanswered frames", async () => {
    const page = await open(silent.dir)
    const finding = page.locator("section.finding")
    assert.ok(await finding.isVisible())
    const failed = results(silent.dir).requirements.filter(
      r => r.verdict === "fail" || r.verdict === "non-strict",
    )
    const timeouts = failed.filter(r =>
      /Actual: nothing of the kind reached /.test(r.detail),
    )
    assert.ok(
      timeouts.length >= 3 && timeouts.length * 2 >= failed.length,
      "the silent broker fails most rules by a timeout",
    )
    assert.equal(
      await finding.getAttribute("data-count"),
      String(timeouts.length),
    )
    assert.match(await finding.innerText(), /nothing of the kind reached/)
    assert.match(await finding.innerText(), /sent the suite no frame at all/)
    assert.ok(await finding.locator("tr.send").count())
    const [findingTop, reqsTop] = await Promise.all(
      [finding, page.locator("section.run")].map(
        async l => (await l.boundingBox())!.y,
      ),
    )
    assert.ok(findingTop < reqsTop, "the finding comes before the list")
    const shot = join(shots, "report-common-cause.png")
    await page.screenshot({ path: shot })
    assert.ok(statSync(shot).size > 10_000)
    await page.close()
  })
})
