#!/usr/bin/python3
"""The window's benchmark, run by `build-aux/bench.sh ui` under Xvfb: each figure with the
same run's reference.

  startup_ratio     Shortlist's time from start to its first frame (demo mode), divided by
                    a bare libadwaita window's (tests/bench/bench-bare-window.c), median of
                    7 runs each, taken in turns
  idle_cpu_ratio    CPU time over 20 s with the window open and idle, against the bare
                    window's
  max_stall_ms      the longest the main loop was kept from running while a 25 MB and a
                    100 MB CV were sent from the real window (and median_stall_ms, the
                    median of the runs' longest), 5 runs each, quiet and with two CPU-bound
                    processes beside it; whole_stall_ms from the click to the result page
                    shown and the history kept; and probe_max_ms, the longest a question
                    over D-Bus from outside the process (tests/bench/bench-probe.c, every
                    5 ms, to the window's action group) waited for its answer over the same
                    stretch, with how many waited over 50 ms in the 5 runs
  sheet_listed_ms   from opening a spreadsheet of 500 candidates in the spreadsheet window to
                    the window full of its rows, drawn (goal: under a second), to the last row
                    drawn after a scroll to the end (sheet_last_row_ms, the goal for all), and to every row checked against the sink; with
                    the longest the main loop was kept from running meanwhile; median of 3
                    runs, quiet and with two CPU-bound processes beside it
  jobs_first_results_ms
                    from start to the job chooser listing 5,000 open jobs kept from an
                    earlier start, against the first frame of the same run (how long after
                    it, and the ratio), with the longest the main loop was kept from running
                    from the first frame until half a second after the jobs were listed:
                    median of 3 runs, quiet and with two CPU-bound processes beside it; and
                    how long a key typed into its search takes to filter them
                    (jobs_search_ms), against a frame

The first line names the toolkit the build uses and the renderer, since the figures differ
between Debian 12's (GTK 4.8) and the GNOME runtime's (build-aux/test-gnome-runtime.sh --
build-aux/bench.sh ui).

  window            (only when asked, for `build-aux/bench.sh window`) for 200 Kombo IDs and for
                    200 email addresses pasted into the Tags page, and 200 IDs into the Result
                    Links page (bench-ui "tags", "links"): from Enter to every candidate in the
                    list and the window filled with their rows, drawn (list_ms), and to the last
                    one's row drawn after a scroll to the end (list_last_ms), and from Add Tag (Add Result Link) to the last one
                    written with the page ready again (add_ms), against the ideal for Kombo's
                    limits (IDs 250 to a request, addresses and writes 8 at a time, 50 ms each),
                    with the longest the main loop was kept from running and the median of the
                    times it was held 2 ms or more: the medians of 3 runs and the longest stall
                    of the 3, quiet and with two CPU-bound processes beside it; and a
                    spreadsheet of 100 new candidates with a CV of 200 KB each (bench-ui
                    "sheet-submit"): from opening it to every row checked (check_ms), and from
                    Submit to the last written with the window ready again (submit_ms), against
                    the ideal for 8 writes in flight

Usage: bench-ui.py BUILD_DIR SOURCE_DIR WORK_DIR [PART...]
  PART is startup, idle, stalls, sheet, jobs (all of them by default) or window
"""
import os
import statistics
import subprocess
import sys
import time

build, source, work = sys.argv[1:4]
shortlist = os.path.join(build, "src", "shortlist")
bare = os.path.join(build, "tests", "bench", "bench-bare-window")
bench_ui = os.path.join(build, "tests", "bench", "bench-ui")
bench_probe = os.path.join(build, "tests", "bench", "bench-probe")

base_env = dict(os.environ)
base_env.update({
    "GSETTINGS_SCHEMA_DIR": os.path.join(build, "data"),
    "GSETTINGS_BACKEND": "memory",
    "GDK_BACKEND": "x11",
    "GSK_RENDERER": "cairo",
    # GL is not even set up (GTK 4.16 and later; older ones ignore it)
    "GDK_DISABLE": "gl",
    "GTK_A11Y": "none",
    "NO_AT_BRIDGE": "1",
    "XDG_DATA_HOME": os.path.join(work, "data"),
    "XDG_CONFIG_HOME": os.path.join(work, "config"),
    "XDG_CACHE_HOME": os.path.join(work, "cache"),
})


def toolkit():
    """The versions this build was made against, as pkg-config says"""
    def version(name):
        return subprocess.run(["pkg-config", "--modversion", name], capture_output=True, text=True).stdout.strip()
    return "gtk=%s libadwaita=%s glib=%s renderer=%s" % (version("gtk4"), version("libadwaita-1"), version("glib-2.0"),
                                                        base_env["GSK_RENDERER"])


def now_us():
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000


def read_mark(process, key, timeout=30):
    """Waits for the line key=<µs> of process and returns the value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith(key + "="):
            return int(line.split("=", 1)[1])
    raise RuntimeError("%s never printed %s" % (process.args[0], key))


def time_to(command, key, env):
    """Microseconds from starting command to its mark."""
    start = now_us()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        return read_mark(process, key) - start
    finally:
        process.kill()
        process.wait()


def startup():
    shortlist_env = dict(base_env, SHORTLIST_DEBUG="first-frame", SHORTLIST_BENCH_QUIT="first-frame")
    bare_env = dict(base_env, BENCH_QUIT="1")
    # Warm the page cache for both first
    time_to([bare], "first_frame_us", bare_env)
    time_to([shortlist, "--demo"], "first_frame_us", shortlist_env)
    ours, theirs = [], []
    for _ in range(7):
        theirs.append(time_to([bare], "first_frame_us", bare_env))
        ours.append(time_to([shortlist, "--demo"], "first_frame_us", shortlist_env))
    ours_ms = statistics.median(ours) / 1000
    theirs_ms = statistics.median(theirs) / 1000
    print("startup_ms=%.0f bare_startup_ms=%.0f startup_ratio=%.2f" % (ours_ms, theirs_ms, ours_ms / theirs_ms), flush=True)


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # utime and stime, fields 14 and 15 of the line, in clock ticks
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle_cpu(command, env, seconds=20):
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        read_mark(process, "first_frame_us")
        time.sleep(3)
        before = cpu_seconds(process.pid)
        time.sleep(seconds)
        return cpu_seconds(process.pid) - before
    finally:
        process.kill()
        process.wait()


def idle():
    theirs = idle_cpu([bare], base_env)
    ours = idle_cpu([shortlist, "--demo"], dict(base_env, SHORTLIST_DEBUG="first-frame"))
    # A tick is the finest /proc says: an idle bare window may use none
    tick = 1 / os.sysconf("SC_CLK_TCK")
    print("idle_cpu_s=%.2f bare_idle_cpu_s=%.2f idle_cpu_ratio=%.2f" % (ours, theirs, max(ours, tick) / max(theirs, tick)),
          flush=True)


def send_once(url, path, env):
    """One send from bench-ui stall, asked from outside by bench-probe meanwhile: the figures
    inside, and the longest a question over D-Bus waited while the window worked (from the click
    to the result page shown and the history kept)"""
    window = subprocess.Popen([bench_ui, "stall", url, path], env=env, stdout=subprocess.PIPE, text=True)
    first = dict(pair.split("=", 1) for pair in window.stdout.readline().split())
    probe = subprocess.Popen([bench_probe, first["probe_address"], first["probe_path"]], stdout=subprocess.PIPE, text=True)
    try:
        values = dict(pair.split("=") for pair in window.stdout.read().split())
        window.wait(timeout=300)
    finally:
        probe.kill()
        answers = probe.communicate()[0]
    click, done = int(values["click_us"]), int(values["done_us"])
    waits = [(int(answered) - int(sent)) / 1000.0
             for sent, answered in (line.split() for line in answers.splitlines() if len(line.split()) == 2)
             if click <= int(sent) <= done]
    values["probe_max_ms"] = max(waits) if waits else 0.0
    values["probe_over_50"] = sum(1 for w in waits if w > 50)
    values["probe_answers"] = len(waits)
    return values


def stalls():
    sink = subprocess.Popen(["/usr/bin/python3", os.path.join(source, "tests", "bench", "sink.py")], stdout=subprocess.PIPE,
                            text=True)
    try:
        url = "http://127.0.0.1:%s/v1" % sink.stdout.readline().strip()
        # No keyring for the placeholder key of the benchmark to be offered to: the probe asks
        # the window on a socket of its own
        env = dict(base_env, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
        for busy in (0, 2):
            hogs = [subprocess.Popen(["/usr/bin/python3", "-c", "while True: pass"]) for _ in range(busy)]
            try:
                for size in (25, 100):
                    path = os.path.join(work, "cv-%d.pdf" % size)
                    if not os.path.exists(path):
                        with open(path, "wb") as f:
                            f.write(os.urandom(size * 1024 * 1024))
                    runs = []
                    for i in range(5):
                        os.makedirs(os.path.join(work, "run-%d-%d-%d" % (busy, size, i)))
                        copy = os.path.join(work, "run-%d-%d-%d" % (busy, size, i), "cv.pdf")
                        os.link(path, copy)
                        runs.append(send_once(url, copy, env))

                    def longest(key):
                        return max(float(run[key]) for run in runs)

                    def median(key):
                        return statistics.median(float(run[key]) for run in runs)
                    print("stall_mb=%d busy_processes=%d max_stall_ms=%.1f median_stall_ms=%.1f whole_stall_ms=%.1f "
                          "probe_max_ms=%.1f probe_median_max_ms=%.1f probe_over_50ms=%d send_s=%.2f frame_ms=16.7"
                          % (size, busy, longest("max_stall_ms"), median("max_stall_ms"), longest("whole_stall_ms"),
                             longest("probe_max_ms"), median("probe_max_ms"), sum(int(run["probe_over_50"]) for run in runs),
                             median("send_s")), flush=True)
            finally:
                for process in hogs:
                    process.kill()
                    process.wait()
    finally:
        sink.kill()
        sink.wait()


def sheet():
    sink = subprocess.Popen(["/usr/bin/python3", os.path.join(source, "tests", "bench", "sink.py")], stdout=subprocess.PIPE,
                            text=True)
    try:
        url = "http://127.0.0.1:%s/v1" % sink.stdout.readline().strip()
        env = dict(base_env, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
        for busy in (0, 2):
            hogs = [subprocess.Popen(["/usr/bin/python3", "-c", "while True: pass"]) for _ in range(busy)]
            try:
                runs = []
                for i in range(3):
                    folder = os.path.join(work, "sheet-%d-%d" % (busy, i))
                    os.makedirs(folder)
                    out = subprocess.run([bench_ui, "sheet", url, folder, "500"], env=env, capture_output=True, text=True,
                                         timeout=300).stdout
                    runs.append(dict(pair.split("=") for pair in out.split()))
            finally:
                for process in hogs:
                    process.kill()
                    process.wait()

            def median(key):
                return statistics.median(float(run[key]) for run in runs)
            print("sheet_rows=500 sheet_listed_ms=%.0f sheet_last_row_ms=%.0f sheet_checked_ms=%.0f max_stall_ms=%.1f "
                  "busy_processes=%d goal_listed_ms=1000 frame_ms=16.7"
                  % (median("sheet_listed_ms"), median("sheet_last_row_ms"), median("sheet_checked_ms"),
                     max(float(run["max_stall_ms"]) for run in runs), busy), flush=True)
    finally:
        sink.kill()
        sink.wait()


def jobs():
    subprocess.run([bench_ui, "jobs-fill", base_env["XDG_DATA_HOME"], "5000"], env=base_env, check=True,
                   stdout=subprocess.DEVNULL)
    env = dict(base_env, SHORTLIST_DEBUG="first-frame,jobs-listed,stalls", SHORTLIST_BENCH_QUIT="jobs-listed")
    for busy in (0, 2):
        hogs = [subprocess.Popen(["/usr/bin/python3", "-c", "while True: pass"]) for _ in range(busy)]
        try:
            runs = []
            for _ in range(3):
                start = now_us()
                out = subprocess.run([shortlist, "--demo"], env=env, capture_output=True, text=True, timeout=60).stdout
                marks = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
                runs.append({"listed": (int(marks["jobs_listed_us"]) - start) / 1000.0,
                             "frame": (int(marks["first_frame_us"]) - start) / 1000.0,
                             "after": (int(marks["jobs_listed_us"]) - int(marks["first_frame_us"])) / 1000.0,
                             "stall": float(marks["max_stall_ms"])})

            def median(key):
                return statistics.median(run[key] for run in runs)
            print("jobs_kept=5000 busy_processes=%d jobs_first_results_ms=%.0f first_frame_ms=%.0f jobs_after_first_frame_ms=%.1f "
                  "jobs_to_frame_ratio=%.2f max_stall_ms=%.1f longest_stall_ms=%.1f frame_ms=16.7"
                  % (busy, median("listed"), median("frame"), median("after"), median("listed") / median("frame"),
                     median("stall"), max(run["stall"] for run in runs)), flush=True)
        finally:
            for process in hogs:
                process.kill()
                process.wait()
    print(subprocess.run([bench_ui, "jobs-search", "5000"], env=base_env, capture_output=True, text=True,
                         check=True).stdout.strip(), flush=True)


def window():
    # No keyring for the placeholder key of the benchmark to be offered to
    env = dict(base_env, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
    for busy in (0, 2):
        hogs = [subprocess.Popen(["/usr/bin/python3", "-c", "while True: pass"]) for _ in range(busy)]
        try:
            for page, kind in (("tags", "ids"), ("tags", "emails"), ("links", "ids")):
                runs = []
                for _ in range(3):
                    out = subprocess.run([bench_ui, page, "200", kind], env=env, capture_output=True, text=True,
                                         timeout=300).stdout
                    line = [l for l in out.splitlines() if l.startswith("bulk=")][-1]
                    runs.append(dict(pair.split("=") for pair in line.split()))

                def median(key):
                    return statistics.median(float(run[key]) for run in runs)

                def longest(key):
                    return max(float(run[key]) for run in runs)
                print("bulk=%s n=200 busy_processes=%d list_ms=%.0f list_ideal_ms=%s list_ratio=%.2f list_last_ms=%.0f "
                      "list_stall_ms=%.1f list_longest_stall_ms=%.1f list_median_stall_ms=%.1f add_ms=%.0f add_ideal_ms=%s add_ratio=%.2f "
                      "add_stall_ms=%.1f add_longest_stall_ms=%.1f add_median_stall_ms=%.1f frame_ms=16.7"
                      % (runs[0]["bulk"], busy, median("list_ms"), runs[0]["list_ideal_ms"],
                         median("list_ms") / float(runs[0]["list_ideal_ms"]), median("list_last_ms"),
                         median("list_stall_ms"),
                         longest("list_stall_ms"), median("list_median_stall_ms"), median("add_ms"), runs[0]["add_ideal_ms"],
                         median("add_ratio"), median("add_stall_ms"), longest("add_stall_ms"), median("add_median_stall_ms")),
                      flush=True)
            runs = []
            for i in range(3):
                folder = os.path.join(work, "sheet-submit-%d-%d" % (busy, i))
                os.makedirs(folder)
                out = subprocess.run([bench_ui, "sheet-submit", folder, "100"], env=env, capture_output=True, text=True,
                                     timeout=300).stdout
                line = [l for l in out.splitlines() if l.startswith("bulk=")][-1]
                runs.append(dict(pair.split("=") for pair in line.split()))

            def median(key):
                return statistics.median(float(run[key]) for run in runs)
            print("bulk=sheet_cvs n=100 busy_processes=%d check_ms=%.0f check_stall_ms=%.1f check_longest_stall_ms=%.1f "
                  "check_median_stall_ms=%.1f submit_ms=%.0f submit_ideal_ms=%s submit_ratio=%.2f submit_stall_ms=%.1f "
                  "submit_longest_stall_ms=%.1f submit_median_stall_ms=%.1f frame_ms=16.7"
                  % (busy, median("check_ms"), median("check_stall_ms"), max(float(run["check_stall_ms"]) for run in runs),
                     median("check_median_stall_ms"), median("submit_ms"), runs[0]["submit_ideal_ms"], median("submit_ratio"),
                     median("submit_stall_ms"), max(float(run["submit_stall_ms"]) for run in runs),
                     median("submit_median_stall_ms")), flush=True)
        finally:
            for process in hogs:
                process.kill()
                process.wait()


parts = sys.argv[4:] or ["startup", "idle", "stalls", "sheet", "jobs"]
print(toolkit(), flush=True)
for part in parts:
    {"startup": startup, "idle": idle, "stalls": stalls, "sheet": sheet, "jobs": jobs, "window": window}[part]()
