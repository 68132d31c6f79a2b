#!/usr/bin/env bash
# System packages the tests need beyond npm: Debian's python3-zmq, for the
# independent Python peers in test/peers/, and iproute2 (`ip`), for the
# network-partition scenarios, and chromium, the headless browser that
# test/report drives through playwright-core (never a downloaded browser).
# Installs what is missing when it can;
# otherwise says exactly what to install. Never skips silently: without
# python3-zmq the tests cannot run (exit 1); without `ip` or root the
# partition scenarios are skipped and every report says why.
set -euo pipefail
PY=/usr/bin/python3
missing=()
if ! { [ -x "$PY" ] && "$PY" -c 'import zmq' 2>/dev/null; }; then missing+=(python3-zmq); fi
if ! command -v ip >/dev/null && [ ! -x /usr/sbin/ip ] && [ ! -x /sbin/ip ]; then missing+=(iproute2); fi
if ! command -v chromium >/dev/null && [ ! -x "${MARQUE_CHROMIUM:-/usr/bin/chromium}" ]; then missing+=(chromium); fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: missing ${missing[*]}; installing with apt-get" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo -n"; else
    echo "deps: not root and no sudo: run 'apt-get install -y ${missing[*]}' as root, then retry" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || true
if ! $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >&2; then
  echo "deps: 'apt-get install ${missing[*]}' failed; test/peers needs python3-zmq (Debian's /usr/bin/python3), the partition scenarios need iproute2, test/report needs chromium" >&2
  exit 1
fi
"$PY" -c 'import zmq' || { echo "deps: $PY still cannot import zmq" >&2; exit 1; }
