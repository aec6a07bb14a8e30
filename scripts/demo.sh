#!/bin/sh
# Quick start, first command: install what is missing, build, and open CooC Desk on the
# embedded demo school (created on first start in the user's data folder).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${COOC_BUILD_DIR:-build}/ui/cooc-desk" "$@"
