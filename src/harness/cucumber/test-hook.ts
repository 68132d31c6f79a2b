import { BeforeStep } from "@cucumber/cucumber"

// TEST HOOK, not a user feature: with MARQUE_TEST_ABORT_SCENARIO=<regex>,
// the scenario process aborts (SIGABRT, as libzmq does on issue 3442) at the
// first step of each scenario whose name matches, so a test can show the
// supervisor records `error` and resumes (test/harness/supervise.test.ts).
// Unset, nothing is registered: the normal run pays nothing.
const pattern = process.env.MARQUE_TEST_ABORT_SCENARIO
if (pattern) {
  const named = new RegExp(pattern)
  BeforeStep(function ({ pickle }) {
    if (named.test(pickle.name)) process.abort()
  })
}

// TEST HOOK: with MARQUE_TEST_HANG_SCENARIO=<regex>, the scenario process
// blocks its event loop for good at the first step of each matching
// scenario, so a test can show the supervisor's watchdog kills it.
const hang = process.env.MARQUE_TEST_HANG_SCENARIO
if (hang) {
  const named = new RegExp(hang)
  BeforeStep(function ({ pickle }) {
    // eslint-disable-next-line no-empty
    if (named.test(pickle.name)) for (;;) {}
  })
}
