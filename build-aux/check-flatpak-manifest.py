#!/usr/bin/python3
"""Checks the Flatpak manifest with flatpak-builder itself: no warning, the build's app id and
command, and no more sandbox holes than Shortlist needs.

Usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND [--release]

With --release, the manifest is Flathub's: Shortlist comes from a git source, at a tag and
the commit the tag names in this checkout, as Flathub requires; that commit is in this
history and builds the version the tag names; and the file is written as Flathub's are,
with 4 spaces of indentation and the keys in Flathub's order.
"""
import json
import os
import re
import subprocess
import sys

RUNTIME_VERSION = "51"
ALLOWED = {"--share=network", "--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}


# Flathub's order of the keys: the application's, then each module's (flatpak-manifest(5))
TOP_KEYS = ["id", "runtime", "runtime-version", "sdk", "sdk-extensions", "command", "finish-args",
            "cleanup", "cleanup-commands", "modules"]
MODULE_KEYS = ["name", "buildsystem", "subdir", "config-opts", "make-args", "make-install-args",
               "build-options", "build-commands", "run-tests", "test-rule", "test-commands",
               "post-install", "cleanup", "sources"]


def in_order(keys, order):
    """Whether @keys come in @order (keys it does not name may stand anywhere)"""
    known = [k for k in keys if k in order]
    return known == sorted(known, key=order.index)


def layout_problems(path):
    """What in the file itself differs from how Flathub's manifests are written"""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    written = json.loads(text)
    problems = []
    if text != json.dumps(written, indent=4, ensure_ascii=False) + "\n":
        problems.append("the manifest should be JSON indented by 4 spaces, as Flathub writes it")
    if not in_order(list(written), TOP_KEYS):
        problems.append(f"the application's keys should come in the order {[k for k in TOP_KEYS if k in written]}")
    for module in written.get("modules", []):
        if isinstance(module, dict) and not in_order(list(module), MODULE_KEYS):
            problems.append(f"the keys of the module {module.get('name')} should come in the order "
                            f"{[k for k in MODULE_KEYS if k in module]}")
    return problems


def git(top, *args):
    return subprocess.run(["git", "-C", top, *args], capture_output=True, text=True)


def history_problems(top, tag, commit):
    """Whether @commit is in this history and builds the version @tag names"""
    if git(top, "rev-parse", "--git-dir").returncode != 0:
        print(f"# not a git checkout: {commit} is not looked for")
        return []
    if git(top, "cat-file", "-e", commit + "^{commit}").returncode != 0:
        if git(top, "rev-parse", "--is-shallow-repository").stdout.strip() == "true":
            print(f"# a shallow clone: {commit} is not looked for")
            return []
        return [f"the commit {commit} is not in this history"]
    if git(top, "merge-base", "--is-ancestor", commit, "HEAD").returncode != 0:
        return [f"the commit {commit} is not an ancestor of this checkout's HEAD"]
    meson = git(top, "show", commit + ":meson.build").stdout
    version = re.search(r"version:\s*'([^']+)'", meson)
    if version is None or "v" + version.group(1) != tag:
        found = version.group(1) if version else "no version"
        return [f"the commit {commit} builds {found}, not the {tag} it is tagged as"]
    return []


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
    named = git(top, "rev-parse", "--verify", "--quiet", tag + "^{commit}")
    if named.returncode == 0 and named.stdout.strip() != commit:
        problems.append(f"the tag {tag} names {named.stdout.strip()} here, not {commit}")
    return problems + history_problems(top, tag, commit) + layout_problems(manifest)


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
