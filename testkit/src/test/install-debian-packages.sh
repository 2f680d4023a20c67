#!/usr/bin/env bash
# Installs the Debian packages some tests need when the commands they provide are missing. Run by Maven before the
# tests (testkit's pom for the browser tests, app's for ComposeSchemaTest), so the README's test command needs
# nothing else. Where this user cannot install packages the tests skip with the reason; as root (CI) a failed
# install fails the build instead of skipping them.
#
# usage: install-debian-packages.sh "WHO NEEDS THEM" "COMMAND..." PACKAGE...
#   e.g. install-debian-packages.sh "the browser tests" "chromium chromedriver" chromium chromium-driver
set -euo pipefail
needed_by=$1
commands=$2
shift 2
missing=()
for command in $commands; do
  command -v "$command" >/dev/null || missing+=("$command")
done
if [ ${#missing[@]} = 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "$needed_by will be skipped: no ${missing[*]} and no apt-get to install $*" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "$needed_by will be skipped: install $* (apt-get) for it" >&2
  exit 0
fi
echo "installing Debian's $* for $needed_by" >&2
export DEBIAN_FRONTEND=noninteractive
install() { "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
# Another module's install has often just refreshed the package lists: refresh them only when the install needs it.
install "$@" 2>/dev/null || { "${as_root[@]}" apt-get update -qq && install "$@"; }
