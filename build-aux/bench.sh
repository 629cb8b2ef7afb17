#!/bin/sh
# Shortlist's benchmarks: each prints key=value lines with its figures and the same run's
# reference.
#
#   build-aux/bench.sh attachment [SIZE_MB]
#     Submits one candidate with one SIZE_MB attachment (25 by default) through KomboClient
#     (which encodes the file while sending), then sends the same body, encoded beforehand,
#     with curl --data-binary, to the same loopback sink; whole-process figures measured by
#     /usr/bin/time -v.
#   build-aux/bench.sh batch
#     Tags 200 candidates through KomboBatch against a loopback server that takes 50 ms per
#     write and refuses writes beyond 4, 8 and 16 in flight; one line per limit, with the ideal
#     (200 × 50 ms / limit) and what the server lost or wrote twice. Then submits 100 candidates
#     from a spreadsheet, each with a 200 KB CV, as the spreadsheet window does, at a limit of 8:
#     the wall time against the ideal (100 × 50 ms / 8) and the process's peak memory.
#   build-aux/bench.sh ui
#     Under Xvfb (build-aux/bench-ui.py): the time to the first frame against a bare
#     libadwaita window's, the CPU an idle window uses against the bare one's, the longest the
#     main loop stalls while a 25 MB and a 100 MB CV are sent with two busy processes beside
#     it, how soon the 500 rows of a spreadsheet are listed, and how soon 5,000 kept jobs are
#     listed and how fast a search filters them.
#   build-aux/bench.sh window
#     Under Xvfb, drives the real window as a recruiter does, against a Kombo on 127.0.0.1
#     that takes 50 ms per request and refuses writes beyond 8 in flight: 200 Kombo IDs, then
#     200 email addresses, pasted into the Tags page until every candidate is listed and
#     drawn, then a tag added to them all until the last is written and the page is ready
#     again; and the same with 200 IDs and a result link on the Result Links page. Each with
#     its ideal for Kombo's limits, the longest the main loop was kept from running and the
#     median of the times it was held; 3 runs each, quiet and with two CPU-bound processes
#     beside it.
#   build-aux/bench.sh follow
#     Brings 1,000 kept submissions up to date, as Shortlist does at start, against a Kombo on
#     127.0.0.1 that takes 50 ms per request: the wall time against the ideal for asking 250
#     candidates to a request, one request at a time, and the longest the main loop was kept
#     from running meanwhile (goal: under a frame); 3 runs.
#   build-aux/bench.sh drafts
#     Saves a draft with three 5 MB attachments and restores it (against copying the files
#     with GIO alone), types 200 characters with the autosave on and off (the longest the
#     main loop was kept from running, against the 16 ms of a frame), and fills the history
#     with 10,000 submissions (the database's size, against the bytes of their texts).
#   build-aux/bench.sh cv
#     Reads a 2-page, a 50-page and a 200-page PDF CV as the form does, in shortlist-cv-reader:
#     the median time to the suggestions against the 300 ms goal and against the time of
#     poppler's text alone, and the reader's peak memory (goal: under 100 MiB).
set -eu

usage() {
  echo "Usage: $0 attachment [SIZE_MB] | batch | cv | drafts | follow | ui | window" >&2
  exit 2
}

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/_build}

prepare() {
  sh "$root/build-aux/install-deps.sh" >&2
  [ -f "$build/build.ninja" ] || meson setup "$build" "$root" >&2
  ninja -C "$build" "$1" >&2
}

case "${1:-}" in
  attachment) ;;
  batch)
    prepare tests/bench/bench-batch
    for limit in 4 8 16; do
      "$build/tests/bench/bench-batch" 200 "$limit" 50
    done
    # On disk, as a recruiter's spreadsheet and CVs are, not in a memory-backed /tmp
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/shortlist-bench-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    "$build/tests/bench/bench-batch" csv 100 200 8 50 "$work"
    exit 0
    ;;
  ui)
    prepare src/shortlist
    prepare tests/bench/bench-ui
    prepare tests/bench/bench-probe
    # The settings schema the window reads, compiled where bench-ui.py points GSettings
    prepare data/gschemas.compiled
    prepare tests/bench/bench-bare-window
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/shortlist-bench-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    # On the GNOME runtime's toolkit: build-aux/test-gnome-runtime.sh -- build-aux/bench.sh ui
    server_num="-a"
    [ -n "${XVFB_SERVER_NUM:-}" ] && server_num="-n $XVFB_SERVER_NUM"
    xvfb-run $server_num -s "-screen 0 1280x1024x24 -noreset" dbus-run-session -- \
      /usr/bin/python3 "$root/build-aux/bench-ui.py" "$build" "$root" "$work"
    exit 0
    ;;
  window)
    prepare tests/bench/bench-ui
    prepare data/gschemas.compiled
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/shortlist-bench-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    server_num="-a"
    [ -n "${XVFB_SERVER_NUM:-}" ] && server_num="-n $XVFB_SERVER_NUM"
    xvfb-run $server_num -s "-screen 0 1280x1024x24 -noreset" dbus-run-session -- \
      /usr/bin/python3 "$root/build-aux/bench-ui.py" "$build" "$root" "$work" window
    exit 0
    ;;
  follow)
    prepare tests/bench/bench-follow
    prepare data/gschemas.compiled
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/shortlist-bench-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    # Settings in memory and no keyring for the placeholder key: nothing of the run is kept
    for run in 1 2 3; do
      mkdir "$work/$run"
      GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        "$build/tests/bench/bench-follow" 1000 "$work/$run"
    done
    exit 0
    ;;
  cv)
    prepare src/cv/shortlist-cv-reader
    prepare tests/bench/bench-cv
    export SHORTLIST_CV_READER="$build/src/cv/shortlist-cv-reader"
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/shortlist-bench-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    "$build/tests/bench/bench-cv" write "$work"
    for pages in 2 50 200; do
      "$build/tests/bench/bench-cv" read "$work/cv-$pages-pages.pdf" 7
    done
    # A folder of CVs dropped at once, 10 and 30, each in a fresh process: memory flat in the count
    for n in 10 30; do
      mkdir "$work/folder-$n"
      "$build/tests/bench/bench-cv" folder "$work/folder-$n" "$n"
    done
    exit 0
    ;;
  drafts)
    prepare tests/bench/bench-drafts
    # On disk, as the person's data is, not in a memory-backed /tmp
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/shortlist-bench-XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
    "$build/tests/bench/bench-drafts" "$work"
    exit 0
    ;;
  *) usage ;;
esac

size_mb=${2:-25}
case "$size_mb" in ''|*[!0-9]*) usage ;; esac

prepare tests/bench/bench-upload

work=$(mktemp -d)
sink_pid=""
cleanup() {
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

head -c $((size_mb * 1024 * 1024)) /dev/urandom > "$work/cv.pdf"

# The body curl sends: what KomboClient streams, encoded in advance
/usr/bin/python3 - "$work/cv.pdf" "$work/body.json" <<'PY'
import base64, json, sys
with open(sys.argv[1], "rb") as f:
    data = base64.b64encode(f.read()).decode()
body = {
    "candidate": {"first_name": "Bench", "last_name": "Mark", "email_address": "bench@example.com"},
    "application": {"job_id": "job-bench"},
    "attachments": [{"name": "cv.pdf", "type": "CV", "content_type": "application/pdf", "data": data}],
}
with open(sys.argv[2], "w") as f:
    json.dump(body, f)
PY

/usr/bin/python3 "$root/tests/bench/sink.py" > "$work/port" &
sink_pid=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port")/v1"

# Both read the file from the page cache, not the disk
cat "$work/cv.pdf" "$work/body.json" > /dev/null

/usr/bin/time -v -o "$work/shortlist.time" "$build/tests/bench/bench-upload" "$url" "$work/cv.pdf"
/usr/bin/time -v -o "$work/curl.time" curl -sS -o /dev/null -H "Content-Type: application/json" \
  -H "X-Integration-Id: sandbox:bench" --data-binary @"$work/body.json" "$url/ats/candidates"

wall() {
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.05" in seconds
  sed -n 's/.*Elapsed (wall clock) time.*: //p' "$1" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}
rss() {
  sed -n 's/.*Maximum resident set size (kbytes): //p' "$1" | awk '{ printf "%.1f", $1 / 1024 }'
}

echo "attachment_mb=$size_mb wall_s=$(wall "$work/shortlist.time") peak_rss_mib=$(rss "$work/shortlist.time") curl_wall_s=$(wall "$work/curl.time") curl_peak_rss_mib=$(rss "$work/curl.time")"
