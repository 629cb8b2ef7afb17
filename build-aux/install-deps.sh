#!/bin/sh
# Installs every Debian 12 package Shortlist needs to build, run and test. Safe to run again.
# Debian testing (the GNOME runtime's toolkit, build-aux/test-gnome-runtime.sh) takes the same
# list, with GNOME's interface font of its own time.
set -eu

packages="
  meson ninja-build pkg-config gcc libc6-dev
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsoup-3.0-dev libjson-glib-dev libsecret-1-dev libsqlite3-dev libpoppler-glib-dev libseccomp-dev
  gettext iso-codes
  desktop-file-utils appstream flatpak-builder
  python3 python3-jsonschema python3-pyatspi
  xvfb xauth dbus dbus-x11 at-spi2-core gnome-keyring
  curl time imagemagick gsettings-desktop-schemas
"
# The interface font GNOME's settings name by default: Cantarell in Debian 12 (GNOME 43),
# Adwaita Sans from GNOME 48 on
if [ "$(. /etc/os-release && echo "${VERSION_CODENAME:-}")" = "bookworm" ]; then
  packages="$packages fonts-cantarell"
else
  packages="$packages fonts-adwaita-sans"
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends $missing
