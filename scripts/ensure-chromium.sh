#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright cannot download its own browser here.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "error: /usr/bin/chromium is not installed and this user cannot install it; run 'apt-get install -y chromium' as root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium || { echo "error: chromium did not install to /usr/bin/chromium" >&2; exit 1; }
echo "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)" >&2
