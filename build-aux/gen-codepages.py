#!/usr/bin/python3
"""Writes src/kombo/kombo-codepages.h: the upper halves of Windows' code pages 1250 to 1254,
as Python's codecs know them, for reading RTF CVs and spreadsheets saved by Excel on Windows
without iconv (the CV reader's sandbox cannot load iconv's modules).

Usage: gen-codepages.py > src/kombo/kombo-codepages.h
"""
import codecs

PAGES = [1250, 1251, 1252, 1253, 1254]

print("/* kombo-codepages.h: the upper halves of Windows' code pages 1250 to 1254 (0 where a byte means nothing)")
print(" *")
print(" * Made by build-aux/gen-codepages.py from Python's codecs; do not edit. */")
print("#pragma once")
print()
print("#include <glib.h>")
print()
print("static const struct")
print("{")
print("  guint    codepage;")
print("  gunichar upper[128];")
print("} kombo_codepages[] = {")
for page in PAGES:
    values = []
    for byte in range(0x80, 0x100):
        try:
            values.append(ord(bytes([byte]).decode(f"cp{page}")))
        except UnicodeDecodeError:
            values.append(0)
    print(f"  {{ {page}, {{")
    for row in range(0, 128, 8):
        print("      " + ", ".join(f"0x{v:04x}" for v in values[row:row + 8]) + ",")
    print("  } },")
print("};")
