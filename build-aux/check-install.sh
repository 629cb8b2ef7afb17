#!/bin/sh
# Installs the build into a scratch DESTDIR and checks that each file lands where GNOME looks.
#
# Usage: check-install.sh BUILD_DIR PREFIX DATADIR BINDIR APP_ID LIBEXECDIR
set -eu

build=$1 prefix=$2 datadir=$3 bindir=$4 app_id=$5 libexecdir=$6
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

meson install -C "$build" --destdir "$destdir" --no-rebuild --quiet >/dev/null

root="$destdir$prefix"
status=0
for path in \
  "$bindir/shortlist" \
  "$libexecdir/shortlist-cv-reader" \
  "$datadir/applications/$app_id.desktop" \
  "$datadir/metainfo/$app_id.metainfo.xml" \
  "$datadir/icons/hicolor/scalable/apps/$app_id.svg" \
  "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "$datadir/glib-2.0/schemas/$app_id.gschema.xml" \
  "$datadir/locale/de/LC_MESSAGES/shortlist.mo"
do
  if [ -e "$root/$path" ]; then
    echo "installed: $prefix/$path"
  else
    echo "missing: $prefix/$path"
    status=1
  fi
done

[ -x "$root/$bindir/shortlist" ] || { echo "not executable: $prefix/$bindir/shortlist"; status=1; }
[ -x "$root/$libexecdir/shortlist-cv-reader" ] || { echo "not executable: $prefix/$libexecdir/shortlist-cv-reader"; status=1; }
glib-compile-schemas --strict --dry-run "$root/$datadir/glib-2.0/schemas" || status=1
grep -q "^Icon=$app_id\$" "$root/$datadir/applications/$app_id.desktop" || { echo "the desktop file names another icon"; status=1; }
exit $status
