#!/usr/bin/python3
"""Prints "N passed, N failed[, N skipped]" from one or more meson test logs (testlog.json).

TAP tests count each subtest; other tests count once. Exits 1 if anything failed or if no
test ran at all, so that a silent run never passes.
"""
import json
import os
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count(path, totals):
    if not os.path.exists(path):
        # The run that should have written it did not get that far
        print(f"{path} is missing: its tests did not run", file=sys.stderr)
        totals["failed"] += 1
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            entry = json.loads(line)
            result = entry.get("result")
            subtests = [TAP_LINE.match(l) for l in (entry.get("stdout") or "").splitlines()]
            subtests = [m for m in subtests if m]
            if subtests:
                for m in subtests:
                    if "# SKIP" in m.group(2):
                        totals["skipped"] += 1
                    elif m.group(1) == "ok":
                        totals["passed"] += 1
                    else:
                        totals["failed"] += 1
                # A crash after the last subtest still fails the test
                if result not in ("OK", "SKIP", "EXPECTEDFAIL") and all(m.group(1) == "ok" for m in subtests):
                    totals["failed"] += 1
            elif result in ("OK", "EXPECTEDFAIL"):
                totals["passed"] += 1
            elif result == "SKIP":
                totals["skipped"] += 1
            else:
                totals["failed"] += 1


def main():
    label = ""
    paths = sys.argv[1:]
    if paths and paths[0].startswith("--label="):
        label = paths.pop(0).split("=", 1)[1] + ": "
    totals = {"passed": 0, "failed": 0, "skipped": 0}
    for path in paths:
        count(path, totals)
    line = f"{label}{totals['passed']} passed, {totals['failed']} failed"
    if totals["skipped"]:
        line += f", {totals['skipped']} skipped"
    print(line)
    return 1 if totals["failed"] or totals["passed"] == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
