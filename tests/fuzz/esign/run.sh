#!/bin/sh
# The e-signature verifier's tests under AddressSanitizer + UBSan, then a short libFuzzer
# run over the parsers (clang only). A small separate build (app/esign + its tests), so it
# adds about a minute to scripts/test.sh once ccache is warm.
#   tests/fuzz/esign/run.sh [BUILD_DIR]        COOC_FUZZ_SECONDS=0 skips the fuzzing
set -eu
cd "$(dirname "$0")/../../.."
BUILD_DIR=${1:-build-esign-asan}
FUZZ_SECONDS=${COOC_FUZZ_SECONDS:-20}
CXX_COMPILER=$(command -v clang++ || command -v g++)
LAUNCHER=""
command -v ccache >/dev/null && LAUNCHER="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S tests/fuzz/esign -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$CXX_COMPILER" $LAUNCHER >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
echo "e-signature tests under AddressSanitizer/UBSan:"
ctest --test-dir "$BUILD_DIR" --output-on-failure
if [ -x "$BUILD_DIR/fuzz_esign" ] && [ "$FUZZ_SECONDS" -gt 0 ]; then
  CORPUS="$BUILD_DIR/fuzz-corpus"
  [ -d "$CORPUS" ] || COOC_FUZZ_WRITE_SEEDS="$CORPUS" "$BUILD_DIR/fuzz_esign" >/dev/null 2>&1
  echo "fuzzing the e-signature parsers for ${FUZZ_SECONDS}s:"
  # Failing inputs go to the build folder (not the working directory), and libFuzzer's own
  # exit status decides: a crash, leak or timeout fails the test command.
  LOG="$BUILD_DIR/fuzz.log"
  status=0
  "$BUILD_DIR/fuzz_esign" -max_total_time="$FUZZ_SECONDS" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD_DIR/" -print_final_stats=1 "$CORPUS" >"$LOG" 2>&1 || status=$?
  grep -E "stat::number_of_executed_units|ERROR|SUMMARY|crash" "$LOG" || true
  if [ "$status" -ne 0 ] || ls "$BUILD_DIR"/crash-* "$BUILD_DIR"/leak-* "$BUILD_DIR"/timeout-* >/dev/null 2>&1; then
    echo "fuzz_esign found a failing input (exit $status; see $LOG and $BUILD_DIR)"
    exit 1
  fi
fi
exit 0
