#!/usr/bin/env bash
# Writes profiles/<protocol>-<role>-reference.yaml for every reference peer the
# protocol registry knows, with `marque init --reference --portable`.
# test/report/profiles.test.ts fails when they drift: rerun this after adding
# or changing a reference peer (npm run build first).
set -euo pipefail
cd "$(dirname "$0")/.."
node bin/marque.js protocols --pairs | while read -r protocol role; do
  out="profiles/${protocol//\//-}-$role-reference.yaml"
  if node bin/marque.js init --protocol "$protocol" --role "$role" --reference --portable --out "$out" --force >/dev/null 2>/tmp/marque-init.$$; then
    echo "wrote $out"
  elif grep -q "has no reference" /tmp/marque-init.$$; then
    echo "skip $protocol $role: no reference peer"
  else
    cat /tmp/marque-init.$$ >&2; rm -f /tmp/marque-init.$$; exit 1
  fi
  rm -f /tmp/marque-init.$$
done
