#!/usr/bin/python3
"""Checks a translation against the strings in the sources today: msgfmt --check passes, and
every message is translated, none fuzzy.

Usage: check-translation.py SOURCE_ROOT LANGUAGE
"""
import os
import pathlib
import subprocess
import sys
import tempfile

# The keywords and formats of meson's "glib" gettext preset, which builds the catalogues
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
]


def main():
    root = pathlib.Path(sys.argv[1])
    language = sys.argv[2]
    po = root / "po" / f"{language}.po"

    with tempfile.TemporaryDirectory() as scratch:
        pot = os.path.join(scratch, "current.pot")
        merged = os.path.join(scratch, "merged.po")
        subprocess.run(["xgettext", *XGETTEXT_ARGS, "--files-from", str(root / "po" / "POTFILES.in"),
                        "--directory", str(root), "--output", pot], check=True)
        subprocess.run(["msgmerge", "--quiet", "--output-file", merged, str(po), pot], check=True)
        result = subprocess.run(["msgfmt", "--check", "--statistics", "--output-file", os.devnull, merged],
                                capture_output=True, text=True)

    report = (result.stdout + result.stderr).strip()
    print(f"{po.name}: {report}")
    if result.returncode != 0 or "untranslated" in report or "fuzzy" in report:
        print(f"{po.name} is not complete: run 'ninja -C _build shortlist-update-po', then translate what is missing")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
