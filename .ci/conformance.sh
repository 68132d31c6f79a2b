#!/usr/bin/env bash
# The main job: every protocol and role against marque's own reference peers.
# Runs them all, prints each table, and fails if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for protocol in mdp/0.1 mdp/0.2; do
  for role in broker worker client; do
    node bin/marque.js test --protocol "$protocol" --role "$role" --reference \
      --report-dir "reports/reference/${protocol/\//-}-$role" || status=1
  done
done
exit $status
