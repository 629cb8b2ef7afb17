#!/usr/bin/python3
"""Checks what Flathub lists of Shortlist, beyond what appstreamcli validates: a summary of
at most 35 characters, the newest release being the version meson builds, and pictures that
exist in data/screenshots/, are no larger than 1000×700, and are addressed by the newest
release's tag rather than a branch, so that a listing never shows pictures of a later version.

Usage: check-metainfo.py METAINFO VERSION SCREENSHOTS_DIR
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET

MAX_SUMMARY = 35
MAX_WIDTH, MAX_HEIGHT = 1000, 700


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    metainfo, version, screenshots = sys.argv[1:4]
    root = ET.parse(metainfo).getroot()
    problems = []

    summary = root.findtext("summary") or ""
    if len(summary) > MAX_SUMMARY:
        problems.append(f"the summary “{summary}” has {len(summary)} characters, more than {MAX_SUMMARY}")

    releases = root.findall("releases/release")
    newest = releases[0].get("version") if releases else None
    if newest != version:
        problems.append(f"the newest release is {newest}, but meson builds {version}")
    if releases and not (releases[0].findtext("description/p") or "").strip():
        problems.append(f"the release {newest} has no notes")

    tag = f"/v{version}/"
    images = root.findall("screenshots/screenshot/image")
    if not images:
        problems.append("there are no screenshots")
    for image in images:
        url = (image.text or "").strip()
        if tag not in url:
            problems.append(f"{url} is not addressed by the tag v{version}")
        name = url.rsplit("/", 1)[-1]
        path = os.path.join(screenshots, name)
        if not os.path.exists(path):
            problems.append(f"{name} is not in {screenshots}")
            continue
        size = png_size(path)
        if size is None:
            problems.append(f"{name} is not a PNG picture")
        elif size[0] > MAX_WIDTH or size[1] > MAX_HEIGHT:
            problems.append(f"{name} is {size[0]}×{size[1]}, larger than {MAX_WIDTH}×{MAX_HEIGHT}")

    for problem in problems:
        print(problem)
    if not problems:
        print(f"{metainfo}: “{summary}”, release {newest}, {len(images)} pictures")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
