#!/bin/sh
# Installs what is missing, builds Shortlist and runs every test; ends with "N passed, N failed".
#
#   build-aux/test.sh              all tests
#   build-aux/test.sh --sanitize   every test under AddressSanitizer and UBSan, leaks checked too
#                                  (tests/lsan.supp names the caches libraries keep for life)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

sh build-aux/install-deps.sh

if [ "${1:-}" = "--sanitize" ]; then
  build=${BUILD_DIR:-_build-sanitize}
  setup_args="-Db_sanitize=address,undefined -Db_lundef=false"
  label="sanitized"
else
  build=${BUILD_DIR:-_build}
  setup_args=""
  label="tests"
fi

if [ -f "$build/build.ninja" ]; then
  meson setup --reconfigure $setup_args "$build" >/dev/null
else
  meson setup $setup_args "$build"
fi
ninja -C "$build"

# UI tests need a display and a session bus of their own; the rest ignore them. The display
# must not reset when its last window closes: a test that connects just then finds none.
# XVFB_SERVER_NUM gives it a number of its own (build-aux/test-gnome-runtime.sh does, in a root
# whose /tmp does not show the other servers)
server_num="-a"
[ -n "${XVFB_SERVER_NUM:-}" ] && server_num="-n $XVFB_SERVER_NUM"
status=0
xvfb-run $server_num -s "-screen 0 1280x1024x24 -noreset" dbus-run-session -- \
  meson test -C "$build" --no-rebuild --print-errorlogs || status=$?

/usr/bin/python3 build-aux/summarize-tests.py --label="$label" "$build/meson-logs/testlog.json" || status=1
exit $status
