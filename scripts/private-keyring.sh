#!/bin/bash
# Runs a command with a Secret Service of its own (QtKeychain's backend): a private D-Bus
# session and an unlocked gnome-keyring in a fresh home folder, all gone when the command
# ends. Used by scripts/test.sh for the keychain tests.
#
#   scripts/private-keyring.sh COMMAND [ARG …]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG …]" >&2; exit 3; }
WORK=$(mktemp -d /tmp/cooc-keyring.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home"; mkdir -p "$HOME" # a fresh home: a stale keyring is a locked one
export XDG_RUNTIME_DIR="$WORK/run"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' private-keyring "$@"
