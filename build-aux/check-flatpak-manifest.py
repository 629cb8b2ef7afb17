#!/usr/bin/python3
"""Checks the Flatpak manifest with flatpak-builder itself: no warning, the build's app id and
command, and no more sandbox holes than Shortlist needs.

Usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND [--release]

With --release, the manifest is Flathub's: Shortlist comes from a git source, at a tag and
the commit the tag names in this checkout, as Flathub requires.
"""
import json
import os
import re
import subprocess
import sys

RUNTIME_VERSION = "51"
ALLOWED = {"--share=network", "--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}


def release_problems(module, manifest):
    """What keeps the last module's source from being a release Flathub takes"""
    sources = module.get("sources", [])
    if len(sources) != 1 or sources[0].get("type") != "git":
        return ["a release builds from exactly one git source"]
    source = sources[0]
    problems = []
    if not source.get("url", "").startswith("https://"):
        problems.append("the git source's url should be https")
    tag, commit = source.get("tag"), source.get("commit", "")
    if not tag or not re.fullmatch(r"[0-9a-f]{40}", commit):
        return problems + ["the git source needs a tag and the full commit it names"]
    # In a checkout that has the tag, it must name that very commit
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    named = subprocess.run(["git", "-C", top, "rev-parse", "--verify", "--quiet", tag + "^{commit}"],
                           capture_output=True, text=True)
    if named.returncode == 0 and named.stdout.strip() != commit:
        problems.append(f"the tag {tag} names {named.stdout.strip()} here, not {commit}")
    return problems


def main():
    manifest, app_id, command = sys.argv[1:4]
    release = "--release" in sys.argv[4:]
    shown = subprocess.run(["flatpak-builder", "--show-manifest", manifest],
                           capture_output=True, text=True)
    if shown.returncode != 0 or shown.stderr.strip():
        print(f"flatpak-builder does not take {manifest} cleanly:\n{shown.stderr}")
        return 1

    parsed = json.loads(shown.stdout)
    problems = []
    found_id = parsed.get("id", parsed.get("app-id"))
    if found_id != app_id:
        problems.append(f"the id is {found_id}, the build's is {app_id}")
    if parsed.get("command") != command:
        problems.append(f"the command is {parsed.get('command')}, the build's is {command}")
    if parsed.get("runtime") != "org.gnome.Platform" or parsed.get("sdk") != "org.gnome.Sdk":
        problems.append("the runtime is not org.gnome.Platform with org.gnome.Sdk")
    finish_args = set(parsed.get("finish-args", []))
    if finish_args != ALLOWED:
        problems.append(f"finish-args should be exactly {sorted(ALLOWED)}, not {sorted(finish_args)}")
    if parsed.get("runtime-version") != RUNTIME_VERSION:
        problems.append(f"the runtime is {parsed.get('runtime-version')}, Flathub's current one is {RUNTIME_VERSION}")
    app_module = parsed["modules"][-1]
    if app_module.get("buildsystem") != "meson" or not app_module.get("run-tests"):
        problems.append("the last module should build Shortlist with meson and run its tests")
    # The build has no display: without a test-rule of "", flatpak-builder runs `ninja test`,
    # every suite, and the window's tests abort
    if app_module.get("test-rule") != "":
        problems.append('the test-rule should be "", so that flatpak-builder does not run every suite')
    commands = app_module.get("test-commands", [])
    if not commands or any("--suite unit" not in c or c.count("--suite") != 1 for c in commands):
        problems.append("the test commands should run the unit suite only, which needs no display")

    if release:
        problems += release_problems(app_module, manifest)

    for problem in problems:
        print(problem)
    if not problems:
        print(f"{manifest}: {app_id}, running {command}, with {len(finish_args)} finish-args")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
