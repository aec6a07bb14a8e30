#!/bin/bash
# Runs a command against a PostgreSQL of its own: initdb in a fresh temporary folder, a
# server on a random loopback port (password authentication over TCP), the command, and the
# server stopped and its folder removed however the command ends. Used by scripts/test.sh
# and the benchmarks.
#
#   scripts/private-pg.sh [--setting name=value …] -- COMMAND [ARG …]
#
# The command sees COOC_TEST_PG_URL (a superuser URL; COOC_BENCH_PG_URL is the same),
# COOC_TEST_PG_BIN, COOC_TEST_PG_SOCKET, COOC_TEST_PG_PORT, COOC_TEST_PG_DATA and
# COOC_TEST_PG_OSUSER, and COOC_PG_WORK (the temporary folder, removed afterwards).
set -euo pipefail
SETTINGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --setting) SETTINGS+=("-c $2"); shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--setting name=value …] -- COMMAND [ARG …]" >&2; exit 3 ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--setting name=value …] -- COMMAND [ARG …]" >&2; exit 3; }

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (scripts/install-deps.sh --test)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/cooc-pg.XXXXXX)
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
  "-k $WORK -p $PGPORT -c listen_addresses=127.0.0.1 -c max_connections=200 ${SETTINGS[*]:-}" start >/dev/null \
  || { cat "$WORK/log"; exit 1; }
export COOC_TEST_PG_URL="postgresql://postgres:$PGPASS@127.0.0.1:$PGPORT/postgres"
export COOC_BENCH_PG_URL="$COOC_TEST_PG_URL"
export COOC_TEST_PG_BIN="$PGBIN" COOC_TEST_PG_SOCKET="$WORK" COOC_TEST_PG_PORT="$PGPORT"
export COOC_TEST_PG_DATA="$WORK/data" COOC_TEST_PG_OSUSER="$PGUSER_OS" COOC_PG_WORK="$WORK"
echo "PostgreSQL (private): 127.0.0.1:$PGPORT" >&2
"$@"
