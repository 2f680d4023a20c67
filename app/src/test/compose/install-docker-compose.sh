#!/usr/bin/env bash
# Installs Debian's docker-compose for ComposeSchemaTest, which runs `docker-compose config` on the repository's
# docker-compose.yml (no Docker engine needed). Run by Maven before the tests (app's pom), so the README's test
# command needs nothing else. Where this user cannot install packages the test skips with the reason; as root (CI) a
# failed install fails the build instead of skipping it.
set -euo pipefail
if command -v docker-compose >/dev/null; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "ComposeSchemaTest will be skipped: no docker-compose and no apt-get to install it" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ComposeSchemaTest will be skipped: install docker-compose (apt-get) to run it" >&2
  exit 0
fi
echo "installing Debian's docker-compose for ComposeSchemaTest" >&2
export DEBIAN_FRONTEND=noninteractive
install() { "${as_root[@]}" apt-get install -y -qq --no-install-recommends docker-compose >/dev/null; }
# testkit's Chromium install has usually just refreshed the package lists: refresh only if the install needs it.
install 2>/dev/null || { "${as_root[@]}" apt-get update -qq && install; }
