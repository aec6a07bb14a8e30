#!/bin/sh
# Installs the Debian 12 packages CooC Desk needs to build, run and test — only those that
# are missing, so a second run takes a moment. Uses sudo when not run as root.
set -eu
PACKAGES="cmake g++ make ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6sql6-psql libpq-dev qtkeychain-qt6-dev libsecret-1-0 libssl-dev openssl
  fonts-noto-cjk qt6-qpa-plugins libqt6svg6 qt6-translations-l10n"
if [ "${1:-}" = "--test" ]; then
  PACKAGES="$PACKAGES xvfb xauth dbus dbus-x11 gnome-keyring postgresql postgresql-contrib
    imagemagick clang libclang-rt-14-dev python3"
fi
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
