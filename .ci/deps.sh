#!/usr/bin/env bash
# System packages the tests need beyond npm: Debian's python3-zmq, for the
# independent Python peers in test/peers/. Installs it when missing and when
# it can; otherwise says exactly what to install. Never skips silently.
set -euo pipefail
PY=/usr/bin/python3
if [ -x "$PY" ] && "$PY" -c 'import zmq' 2>/dev/null; then
  exit 0
fi
echo "deps: python3-zmq is missing; installing it with apt-get" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo -n"; else
    echo "deps: not root and no sudo: run 'apt-get install -y python3-zmq' as root, then retry" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || true
if ! $SUDO apt-get install -y -qq python3-zmq >&2; then
  echo "deps: 'apt-get install python3-zmq' failed; the Python peers in test/peers need it (Debian's /usr/bin/python3 with zmq)" >&2
  exit 1
fi
"$PY" -c 'import zmq' || { echo "deps: $PY still cannot import zmq" >&2; exit 1; }
