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
