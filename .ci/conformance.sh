#!/usr/bin/env bash
# The main job: every protocol and role in the registry against marque's own
# reference peers. Runs them all, prints each table, and fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
pairs=$(node bin/marque.js protocols --pairs) || exit 2
while read -r protocol role; do
  node bin/marque.js test --protocol "$protocol" --role "$role" --reference \
    --report-dir "reports/reference/${protocol//\//-}-$role" </dev/null || status=1
done <<<"$pairs"
exit $status
