#!/usr/bin/env bash
# Runs every compiled test file (what `node --test dist/test/` would run:
# every .js under dist/test), in two parts. The fault-switch self-check
# starts four suites at a time and keeps both cores busy on its own, so it
# runs alone; the other files, which mostly wait on sockets and timers,
# run two at a time. The exit code is non-zero if either part failed.
set -uo pipefail
cd "$(dirname "$0")/.."
alone=dist/test/conformance/selfcheck.test.js
mapfile -t rest < <(find dist/test -name '*.js' ! -path "$alone" | sort)
if [ ! -f "$alone" ] || [ ${#rest[@]} -lt 100 ]; then
  echo "tests: dist/test is missing or incomplete (run npm run build)" >&2
  exit 1
fi
status=0
node --test --test-concurrency=2 "${rest[@]}" || status=$?
node --test --test-concurrency=1 "$alone" || status=$?
exit "$status"
