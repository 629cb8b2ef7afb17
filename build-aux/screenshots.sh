#!/bin/sh
# Pictures each page of Shortlist's demo for the README and the metainfo, under Xvfb.
#
#   build-aux/screenshots.sh            English, into data/screenshots/
#   LANGUAGE=de build-aux/screenshots.sh -de   German, with "-de" after each name
#
# The pictures the metainfo shows are those of the GNOME runtime's toolkit, what Flathub users
# see: build-aux/test-gnome-runtime.sh -- build-aux/screenshots.sh
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/_build}
suffix=${1:-}

sh "$root/build-aux/install-deps.sh"
[ -f "$build/build.ninja" ] || meson setup "$build" "$root"
ninja -C "$build"

# An empty settings store, and the translations of this build, installed into a scratch prefix
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The demo history the pictures show is kept in there too
export TMPDIR="$scratch"
DESTDIR="$scratch" meson install -C "$build" --no-rebuild --quiet >/dev/null

export GSETTINGS_SCHEMA_DIR="$build/data"
export SHORTLIST_CV_READER="$build/src/cv/shortlist-cv-reader"
export GSETTINGS_BACKEND=memory
export GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none
# Drawn with cairo: GL is not even set up (GTK 4.16 and later; older ones ignore it)
export GDK_DISABLE=gl
SHORTLIST_LOCALEDIR=$(dirname "$(dirname "$(find "$scratch" -name shortlist.mo -path '*/de/*' | head -n 1)")")
export SHORTLIST_LOCALEDIR="$(dirname "$SHORTLIST_LOCALEDIR")"
server_num="-a"
[ -n "${XVFB_SERVER_NUM:-}" ] && server_num="-n $XVFB_SERVER_NUM"
xvfb-run $server_num -s "-screen 0 1280x1100x24 -noreset" dbus-run-session -- \
  "$build/tests/ui/take-screenshots" "$root/data/screenshots" "$suffix"
