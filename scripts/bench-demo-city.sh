#!/bin/bash
# Benchmark (not a test): builds the demo city with `cooc-desk-cli demo` and reports wall
# time, CPU time, peak memory and database size — on SQLite, and with --pg also on a
# throwaway PostgreSQL (scripts/private-pg.sh).
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
cleanup() {
  if [ "$KEEP" -eq 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== SQLite, $STUDENTS students"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M kB" \
  "$CLI" demo --db "sqlite://$WORK/city.sqlite" --students "$STUDENTS" --now "$NOW" --quiet
echo "file: $(du -h "$WORK/city.sqlite" | cut -f1) ($(stat -c %s "$WORK/city.sqlite") bytes)"

if [ "$PG" -eq 1 ]; then
  # On a private PostgreSQL (scripts/private-pg.sh): the database "city", filled, measured.
  scripts/private-pg.sh --setting fsync=off -- bash -c '
    set -euo pipefail
    psql() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$COOC_TEST_PG_BIN/psql" "$@"; else "$COOC_TEST_PG_BIN/psql" "$@"; fi; }
    psql -h "$COOC_TEST_PG_SOCKET" -p "$COOC_TEST_PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE city"
    echo "== PostgreSQL (fsync=off, throwaway), $2 students"
    /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M kB (client)" \
      "$1" demo --db "${COOC_TEST_PG_URL%/postgres}/city" --students "$2" --now "$3" --quiet
    echo "database: $(psql -h "$COOC_TEST_PG_SOCKET" -p "$COOC_TEST_PG_PORT" -U postgres -d city -Atc \
      "SELECT pg_size_pretty(pg_database_size(current_database()))")"' bench-pg "$CLI" "$STUDENTS" "$NOW"
fi
