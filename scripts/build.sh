#!/bin/sh
# Configures (once) and builds CooC Desk into build/ (or $COOC_BUILD_DIR).
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${COOC_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${COOC_CMAKE_ARGS:-}
fi
# COOC_BUILD_TARGETS="tst_x cooc-desk-cli" builds only those (handy while developing).
if [ -n "${COOC_BUILD_TARGETS:-}" ]; then
  # shellcheck disable=SC2086
  cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target $COOC_BUILD_TARGETS
else
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
fi
