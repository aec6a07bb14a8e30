#!/bin/bash
# Quick start, second command: install what is missing, build, and run every test.
# Starts its own throwaway PostgreSQL on loopback and a private Secret Service (D-Bus +
# gnome-keyring) for the keychain tests; both are gone when the script ends.
# Extra arguments go to ctest (e.g. -R tst_database).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
scripts/install-deps.sh --test
COOC_CMAKE_ARGS="${COOC_CMAKE_ARGS:-} -DCOOC_WARNINGS_AS_ERRORS=ON" scripts/build.sh
BUILD_DIR=${COOC_BUILD_DIR:-build}
# The e-signature verifier's tests under ASan/UBSan + a short fuzz run (small separate build);
# on full runs and whenever the chosen targets include an esign test.
case "${COOC_BUILD_TARGETS:-all}" in all|*esign*) tests/fuzz/esign/run.sh "$BUILD_DIR-esign-asan" ;; esac

# A throwaway PostgreSQL on loopback and a private Secret Service, both gone afterwards.
cd "$BUILD_DIR"
exec "$ROOT/scripts/private-pg.sh" --setting fsync=off -- \
  "$ROOT/scripts/private-keyring.sh" ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
