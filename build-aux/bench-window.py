#!/usr/bin/python3
"""The window's bulk-work benchmark, run by `build-aux/bench.sh window` under Xvfb.

For 200 Kombo IDs and for 200 email addresses pasted into the Tags page (tests/bench/bench-ui.c,
"tags"): from Enter to every candidate listed and drawn (list_ms), and from Add Tag to the last
tag written with the page ready again (add_ms), against the ideal for Kombo's limits (IDs 250
to a request, addresses and writes 8 at a time, 50 ms each) and with the longest the main loop
was kept from running (the medians of 3 runs, and the longest stall of the 3). Quiet, then with
two CPU-bound processes beside it.

Usage: bench-window.py BUILD_DIR WORK_DIR
"""
import os
import statistics
import subprocess
import sys

build, work = sys.argv[1:3]
bench_ui = os.path.join(build, "tests", "bench", "bench-ui")
env = dict(os.environ)
env.update({
    "GSETTINGS_SCHEMA_DIR": os.path.join(build, "data"),
    "GSETTINGS_BACKEND": "memory",
    "GDK_BACKEND": "x11",
    "GSK_RENDERER": "cairo",
    "GDK_DISABLE": "gl",
    "GTK_A11Y": "none",
    "NO_AT_BRIDGE": "1",
    "XDG_DATA_HOME": os.path.join(work, "data"),
    "XDG_CONFIG_HOME": os.path.join(work, "config"),
    "XDG_CACHE_HOME": os.path.join(work, "cache"),
    # No keyring for the placeholder key of the benchmark to be offered to
    "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
})


def version(name):
    return subprocess.run(["pkg-config", "--modversion", name], capture_output=True, text=True).stdout.strip()


print("gtk=%s libadwaita=%s renderer=cairo" % (version("gtk4"), version("libadwaita-1")), flush=True)
for busy in (0, 2):
    hogs = [subprocess.Popen(["/usr/bin/python3", "-c", "while True: pass"]) for _ in range(busy)]
    try:
        for kind in ("ids", "emails"):
            runs = []
            for _ in range(3):
                out = subprocess.run([bench_ui, "tags", "200", kind], env=env, capture_output=True, text=True,
                                     timeout=300).stdout
                line = [l for l in out.splitlines() if l.startswith("bulk=")][-1]
                runs.append(dict(pair.split("=") for pair in line.split()))

            def median(key):
                return statistics.median(float(run[key]) for run in runs)

            def longest(key):
                return max(float(run[key]) for run in runs)
            print("bulk=%s n=200 busy_processes=%d list_ms=%.0f list_ideal_ms=%s list_stall_ms=%.1f list_longest_stall_ms=%.1f "
                  "add_ms=%.0f add_ideal_ms=%s add_ratio=%.2f add_stall_ms=%.1f add_longest_stall_ms=%.1f frame_ms=16.7"
                  % (runs[0]["bulk"], busy, median("list_ms"), runs[0]["list_ideal_ms"], median("list_stall_ms"),
                     longest("list_stall_ms"), median("add_ms"), runs[0]["add_ideal_ms"], median("add_ratio"),
                     median("add_stall_ms"), longest("add_stall_ms")), flush=True)
    finally:
        for process in hogs:
            process.kill()
            process.wait()
