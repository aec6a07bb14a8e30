#!/bin/bash
# Runs bench_central (tests/bench/bench_central.cpp) against a private PostgreSQL started
# here, the way scripts/test.sh does, and stops it afterwards. Arguments go to the benchmark:
#   tests/bench/bench_central.sh [--students 300000] [--sessions 50] [--seconds 30] [--source demo|minimal]
# BENCH_FSYNC=off trades durability for speed (both CooC and pgbench run under the same setting).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${COOC_BUILD_DIR:-build}
COOC_BUILD_TARGETS="bench_central" COOC_BUILD_DIR="$BUILD_DIR" scripts/build.sh
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/cooc-bench.XXXXXX)
chmod 755 "$WORK"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
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
  "-k $WORK -p $PGPORT -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB \
   -c fsync=${BENCH_FSYNC:-on} -c max_wal_size=4GB -c checkpoint_timeout=30min" start >/dev/null
export COOC_BENCH_PG_URL="postgresql://postgres:$PGPASS@127.0.0.1:$PGPORT/postgres"
export COOC_TEST_PG_BIN="$PGBIN"
echo "PostgreSQL for the benchmark: 127.0.0.1:$PGPORT (fsync=${BENCH_FSYNC:-on})"
"$BUILD_DIR/tests/bench_central" "$@"
