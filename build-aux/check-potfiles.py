#!/usr/bin/python3
"""Checks that po/POTFILES.in lists every file with translatable strings, and nothing else.

Usage: check-potfiles.py SOURCE_ROOT
"""
import pathlib
import re
import sys

TRANSLATABLE = re.compile(r'\b(?:_|N_|C_|NC_|ngettext|g_dngettext)\s*\(|translatable="yes"')
LOOKED_AT = ("src", "data")


def main():
    root = pathlib.Path(sys.argv[1])
    listed = set()
    for line in (root / "po" / "POTFILES.in").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

    needed = set()
    for folder in LOOKED_AT:
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file():
                continue
            relative = path.relative_to(root).as_posix()
            if path.suffix in (".c", ".ui"):
                if TRANSLATABLE.search(path.read_text(encoding="utf-8")):
                    needed.add(relative)
            elif path.name.endswith((".desktop.in.in", ".metainfo.xml.in.in", ".gschema.xml.in")):
                needed.add(relative)

    problems = 0
    for missing in sorted(needed - listed):
        print(f"po/POTFILES.in does not list {missing}, which has translatable strings")
        problems += 1
    for extra in sorted(listed - needed):
        if not (root / extra).exists():
            print(f"po/POTFILES.in lists {extra}, which does not exist")
        else:
            print(f"po/POTFILES.in lists {extra}, which has no translatable strings")
        problems += 1
    if problems == 0:
        print(f"po/POTFILES.in lists all {len(needed)} files with translatable strings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
