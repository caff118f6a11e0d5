#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright cannot download its own browser here.
# Japanese text in screenshots and in the charts' PNG export needs a CJK font: fonts-noto-cjk when none is installed.
set -euo pipefail

SUDO=""
need_root() { # $1: the package(s) to name in the error message
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "error: $1 is not installed and this user cannot install it; run 'apt-get install -y $1' as root." >&2
      exit 1
    fi
  fi
}
UPDATED=""
apt_install() { # $@: packages
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$UPDATED" ]; then $SUDO apt-get update -qq || true; UPDATED=1; fi
  $SUDO apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…" >&2
  need_root chromium
  apt_install chromium
  test -x /usr/bin/chromium || { echo "error: chromium did not install to /usr/bin/chromium" >&2; exit 1; }
  echo "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)" >&2
fi

japanese_fonts() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ja 2>/dev/null)" ]; }
if ! japanese_fonts; then
  echo "No Japanese font found (fc-list :lang=ja): installing Debian's fonts-noto-cjk (apt-get install -y fonts-noto-cjk)…" >&2
  need_root fonts-noto-cjk
  apt_install fonts-noto-cjk fontconfig
  japanese_fonts || { echo "error: fonts-noto-cjk installed but fc-list :lang=ja still finds no font" >&2; exit 1; }
  echo "Japanese fonts installed: $(fc-list :lang=ja family | head -n 1)" >&2
fi
