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

# --- PostgreSQL, private to this run -------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/cooc-test.XXXXXX)
chmod 755 "$WORK"
PGUSER_OS=$(id -un)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && { chown postgres "$WORK"; PGUSER_OS=postgres; }
PGPASS=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
printf '%s\n' "$PGPASS" > "$WORK/pw"; chmod 600 "$WORK/pw"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pw"
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  --pwfile="$WORK/pw" -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log"; exit 1; }
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w -o \
  "-k $WORK -p $PGPORT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
export COOC_TEST_PG_URL="postgresql://postgres:$PGPASS@127.0.0.1:$PGPORT/postgres"
export COOC_TEST_PG_BIN="$PGBIN" COOC_TEST_PG_SOCKET="$WORK" COOC_TEST_PG_PORT="$PGPORT"
export COOC_TEST_PG_DATA="$WORK/data" COOC_TEST_PG_OSUSER="$PGUSER_OS"
echo "PostgreSQL for tests: 127.0.0.1:$PGPORT"

# --- Secret Service, private to this run ---------------------------------------------
export HOME="$WORK/home"; mkdir -p "$HOME"   # a fresh home: a stale keyring is a locked one
export XDG_RUNTIME_DIR="$WORK/run"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"

cd "$BUILD_DIR"
dbus-run-session -- bash -c '
  printf test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"' ctest "$@"
