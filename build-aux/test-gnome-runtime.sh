#!/bin/sh
# Builds and tests Shortlist on the GNOME runtime's toolkit, in a Debian testing root.
#
#   build-aux/test-gnome-runtime.sh              every test, as build-aux/test.sh runs them
#   build-aux/test-gnome-runtime.sh -- CMD ARGS  CMD in the root instead, from the top of the
#                                                source tree (such as build-aux/bench.sh ui)
#
# The Flatpak runs on the GNOME runtime (GTK 4.24, libadwaita 1.10, GLib 2.90); Debian testing
# carries the same toolkit. The root is made with debootstrap the first time (about a minute,
# then some minutes for the packages; about 2.2 GB) and reused after, in
# $SHORTLIST_TESTING_ROOT, else in ~/.cache/shortlist/testing-root. This tree is mounted into it
# as it is, uncommitted changes included, and built in _build-gnome-runtime/ (its own compiler).
#
# Prints "toolkit: GTK x.y.z, libadwaita x.y.z, GLib x.y.z", "deprecations: N" and
# "tests: N passed, N failed"; a deprecation counts as a failure. Needs root (chroot, mount).
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
root=${SHORTLIST_TESTING_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/shortlist/testing-root}
build=_build-gnome-runtime

fail () {
  echo "test-gnome-runtime: $*" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E "$0" "$@"
fi
[ "${1:-}" = "--" ] && shift

# The same mirror the machine's apt uses for Debian itself; testing is there too
mirror=${SHORTLIST_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
             awk -v c="$codename" '$2 == c { print $1; exit }')
  mirror=${mirror:-http://deb.debian.org/debian/}
fi

if [ ! -f "$root/.shortlist-root" ]; then
  if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null; } ||
      fail "could not install debootstrap from Debian's archive"
  fi
  # Debian 12's debootstrap has no script for forky; sid's makes the same root
  script=/usr/share/debootstrap/scripts/sid
  echo "Making a Debian testing root in $root from $mirror (once)..."
  made=$(date +%s)
  rm -rf "$root.partial"
  mkdir -p "$(dirname "$root")"
  if ! debootstrap --variant=minbase forky "$root.partial" "$mirror" "$script" >"$root.log" 2>&1; then
    tail -n 5 "$root.log" >&2
    fail "could not make the testing root: Debian's archive at $mirror could not be reached or refused (log: $root.log)"
  fi
  # The archive's testing Release file can be past its Valid-Until date between updates
  echo 'Acquire::Check-Valid-Until "false";' >"$root.partial/etc/apt/apt.conf.d/99shortlist-valid-until"
  rm -rf "$root"
  mv "$root.partial" "$root"
  touch "$root/.shortlist-root"
  echo "The root took $(($(date +%s) - made)) s"
fi

cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/src" "$root/shared"
# No display number another X server on this machine uses (the root has its own /tmp, but
# abstract X sockets are shared), starting from one of this run's own, so that two runs
# started together do not meet
display=$((120 + $$ % 800))
while [ -e "/tmp/.X$display-lock" ] || [ -e "$root/tmp/.X$display-lock" ] ||
      grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix 2>/dev/null; do
  display=$((display + 1))
done

# The commands run in the root: install what is missing, then build from scratch so that every
# warning is seen, then the tests as build-aux/test.sh runs them (or the command given)
inner=$(cat <<'EOF'
set -eu
cd /src
export DEBIAN_FRONTEND=noninteractive
if ! command -v git >/dev/null; then
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends git ca-certificates >/dev/null
fi
installed=$(date +%s)
sh build-aux/install-deps.sh >/tmp/install-deps.log 2>&1 || { tail -n 20 /tmp/install-deps.log >&2; exit 3; }
echo "packages: $(($(date +%s) - installed)) s"
git config --global --add safe.directory /src
[ -f /etc/machine-id ] && [ -s /etc/machine-id ] || dbus-uuidgen >/etc/machine-id

echo "toolkit: GTK $(pkg-config --modversion gtk4), libadwaita $(pkg-config --modversion libadwaita-1), GLib $(pkg-config --modversion glib-2.0)"
if [ $# -gt 0 ]; then
  [ -f "$BUILD_DIR/build.ninja" ] || meson setup "$BUILD_DIR" >/dev/null
  ninja -C "$BUILD_DIR" >/dev/null
  exec "$@"
fi
rm -rf "$BUILD_DIR"
meson setup "$BUILD_DIR" >/dev/null
ninja -C "$BUILD_DIR" >"$BUILD_DIR.log" 2>&1 || { tail -n 40 "$BUILD_DIR.log"; exit 4; }
grep -E 'warning:' "$BUILD_DIR.log" >&2 || true
echo "deprecations: $(grep -c -- '-Wdeprecated-declarations' "$BUILD_DIR.log" || true)"
build-aux/test.sh
EOF
)

rm -f "$src/$build.status"
{
  unshare --mount --propagation private sh -c '
    set -e
    root=$1 src=$2 shared=$3; shift 3
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t sysfs sys "$root/sys"
    mount --bind "$src" "$root/src"
    [ -d "$shared" ] && mount -o bind,ro "$shared" "$root/shared"
    exec chroot "$root" "$@"
  ' sh "$root" "$src" "$src/../shared" \
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        CI="${CI:-}" LANGUAGE="${LANGUAGE:-}" BUILD_DIR="$build" XVFB_SERVER_NUM="$display" \
    sh -c "$inner" sh "$@" || echo $? >"$src/$build.status"
} | tee "$src/$build.out"
status=$(cat "$src/$build.status" 2>/dev/null || echo 0)

case $status in
  0 | 1) ;;
  3) fail "could not install Shortlist's dependencies in the testing root (is Debian's archive reachable?)" ;;
  4) fail "Shortlist does not build on the runtime's toolkit" ;;
  *) fail "the testing root could not be entered or the tests stopped (exit $status)" ;;
esac
[ $# -gt 0 ] && exit "$status"

# Each deprecated call is a failure beside the tests, so that CI's total counts it
deprecations=$(sed -n 's/^deprecations: //p' "$src/$build.out")
result=OK
if [ "${deprecations:-1}" -ne 0 ]; then
  echo "deprecated calls on the runtime's toolkit: ${deprecations:-unknown}" >&2
  result=FAIL
  status=1
fi
printf '{"name": "no deprecated calls on the runtime toolkit", "result": "%s"}\n' "$result" \
  >"$src/$build/meson-logs/build-checks.json"
exit "$status"
