#!/bin/bash
# Runs bench_central (tests/bench/bench_central.cpp) against a private PostgreSQL
# (scripts/private-pg.sh), which is stopped afterwards. Arguments go to the benchmark:
#   tests/bench/bench_central.sh [--students 300000] [--sessions 50] [--seconds 30] [--source demo|minimal]
# BENCH_FSYNC=off trades durability for speed (both CooC and pgbench run under the same setting).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${COOC_BUILD_DIR:-build}
COOC_BUILD_TARGETS="bench_central" COOC_BUILD_DIR="$BUILD_DIR" scripts/build.sh
echo "fsync=${BENCH_FSYNC:-on}"
exec scripts/private-pg.sh --setting shared_buffers=512MB --setting "fsync=${BENCH_FSYNC:-on}" \
  --setting max_wal_size=4GB --setting checkpoint_timeout=30min -- "$BUILD_DIR/tests/bench_central" "$@"
