#!/bin/bash
# Benchmark (not a test): builds the demo city with `cooc-desk-cli demo` and reports wall
# time, CPU time, peak memory and database size — on SQLite, and with --pg also on a
# throwaway PostgreSQL started like scripts/test.sh does.
#
#   scripts/bench-demo-city.sh [--students N] [--pg] [--keep]
#
# Uses ${COOC_BUILD_DIR:-build}/app/cooc-desk-cli (build it first: scripts/build.sh).
# The time is fixed (--now) so two runs write the same data. Put the numbers in the issue notes.
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${COOC_CLI:-${COOC_BUILD_DIR:-build}/app/cooc-desk-cli}
STUDENTS=300000
PG=0
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --students) STUDENTS=$2; shift 2 ;;
    --pg) PG=1; shift ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--students N] [--pg] [--keep]" >&2; exit 3 ;;
  esac
done
[ -x "$CLI" ] || { echo "$CLI not found: build first (scripts/build.sh)" >&2; exit 1; }
NOW=2026-11-28T03:30:00Z
WORK=$(mktemp -d /tmp/cooc-bench-demo.XXXXXX)
chmod 755 "$WORK"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -d "$WORK/data" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  if [ "$KEEP" -eq 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== SQLite, $STUDENTS students"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M kB" \
  "$CLI" demo --db "sqlite://$WORK/city.sqlite" --students "$STUDENTS" --now "$NOW" --quiet
echo "file: $(du -h "$WORK/city.sqlite" | cut -f1) ($(stat -c %s "$WORK/city.sqlite") bytes)"

if [ "$PG" -eq 1 ]; then
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
  PGPASS=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$PGPASS" > "$WORK/pw"; chmod 600 "$WORK/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pw"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$WORK/pw" -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w -o \
    "-k $WORK -p $PGPORT -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  as_pg "$PGBIN/psql" -h "$WORK" -p "$PGPORT" -U postgres -d postgres -qc "CREATE DATABASE city"
  echo "== PostgreSQL (fsync=off, throwaway), $STUDENTS students"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M kB (client)" \
    "$CLI" demo --db "postgresql://postgres:$PGPASS@127.0.0.1:$PGPORT/city" --students "$STUDENTS" --now "$NOW" --quiet
  echo "database: $(as_pg "$PGBIN/psql" -h "$WORK" -p "$PGPORT" -U postgres -d city -Atc \
    "SELECT pg_size_pretty(pg_database_size('city'))")"
fi
