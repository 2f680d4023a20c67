#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests when they are missing. Run by Maven before the
# tests (testkit's pom), so the README's test command needs nothing else. Where this user cannot install packages,
# the browser tests skip with the reason; as root (CI) a failed install fails the build instead of skipping them.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "browser tests will be skipped: no chromium/chromedriver and no apt-get to install them" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "browser tests will be skipped: install chromium and chromium-driver (apt-get) to run them" >&2
  exit 0
fi
echo "installing Debian's chromium and chromium-driver for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
