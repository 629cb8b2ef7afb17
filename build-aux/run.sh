#!/bin/sh
# Installs what is missing, builds Shortlist and starts it from the build folder.
#
# With no Kombo API key stored, Shortlist starts in demo mode, against a made-up applicant
# tracking system on this computer. Arguments go to Shortlist: build-aux/run.sh --demo,
# build-aux/run.sh cv.pdf, build-aux/run.sh --api-url http://127.0.0.1:8080/v1.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/_build}

sh "$root/build-aux/install-deps.sh"
if [ -f "$build/build.ninja" ]; then
  meson setup --reconfigure "$build" "$root" >/dev/null
else
  meson setup "$build" "$root"
fi
ninja -C "$build"

# Uninstalled, Shortlist finds its settings schema and its translations in the build folder
export GSETTINGS_SCHEMA_DIR="$build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
export SHORTLIST_LOCALEDIR="$build/po"
exec "$build/src/shortlist" --try-demo "$@"
