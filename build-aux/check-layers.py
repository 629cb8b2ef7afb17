#!/usr/bin/python3
"""The layers test: only ui/ uses GTK or libadwaita.

Shortlist's source is one folder per layer (src/kombo, store, cv, demo, account, batch, ui),
and its tests are in folders of the same names under tests/. The build keeps a layer from
seeing a later layer's headers; this checks what the build cannot: that no folder but ui/
includes a GTK, GDK, GSK or libadwaita header, in its sources or in its tests.

Usage: check-layers.py SOURCE_ROOT
"""
import os
import re
import sys

root = sys.argv[1]
LAYERS = ["kombo", "store", "cv", "demo", "account", "batch", "ui"]
TOOLKIT = re.compile(r'^\s*#\s*include\s*[<"](gtk/|gdk/|gsk/|adwaita\.h|graphene)')

problems = []
for top in ("src", "tests"):
    for layer in LAYERS:
        folder = os.path.join(root, top, layer)
        if layer == "ui" or not os.path.isdir(folder):
            continue
        for directory, _, names in os.walk(folder):
            for name in sorted(names):
                if not name.endswith((".c", ".h")):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        if TOOLKIT.match(line):
                            problems.append("%s:%d: %s (only ui/ may use the toolkit)"
                                            % (os.path.relpath(path, root), number, line.strip()))

# Every folder of src/ is a layer, so that none escapes the check
for name in sorted(os.listdir(os.path.join(root, "src"))):
    if os.path.isdir(os.path.join(root, "src", name)) and name not in LAYERS:
        problems.append("src/%s: not a layer; add it to build-aux/check-layers.py and the README" % name)

for problem in problems:
    print(problem)
print("%d problems" % len(problems))
sys.exit(1 if problems else 0)
