#!/bin/sh
# Fetches and unpacks Apicurio Registry, the real registry ConfluentRestSchemaRegistryIT runs against.
#   fetch-apicurio.sh <archive url> <archive sha1> <cache file> <unpack dir>
# Not maven-dependency-plugin: Maven reads an artifact's pom before downloading it, and the mirror lacks this one's
# parent pom (io.apicurio:apicurio-registry:3.0.9), so every Maven goal refuses the archive. The archive is cached
# where Maven would keep it and checked against the SHA-1 published next to it.
set -eu
url="$1"
sha1="$2"
cache="$3"
target="$4"

if [ ! -f "$cache" ]; then
  mkdir -p "$(dirname "$cache")"
  curl -fsSL --retry 2 -o "$cache.part" "$url"
  echo "$sha1  $cache.part" | sha1sum -c --quiet -
  mv "$cache.part" "$cache"
fi
if [ ! -f "$target/.unpacked-$sha1" ]; then
  echo "$sha1  $cache" | sha1sum -c --quiet -
  rm -rf "$target"
  mkdir -p "$target"
  tar -xzf "$cache" -C "$target"
  touch "$target/.unpacked-$sha1"
fi
