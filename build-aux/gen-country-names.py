#!/usr/bin/python3
"""Writes src/kombo/country-names.json: every name iso-codes gives each ISO 3166-1 country
(name, common_name, official_name), in English and as iso-codes' German catalogue translates
them, for reading a country from a CV or a spreadsheet whatever the reader's language.

Usage: gen-country-names.py [ISO_CODES_JSON_DIR [LOCALE_DIR]] > src/kombo/country-names.json
"""
import gettext
import json
import sys

json_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
locale_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale"
countries = json.load(open(f"{json_dir}/iso_3166-1.json", encoding="utf-8"))["3166-1"]
german = gettext.translation("iso_3166-1", locale_dir, ["de"])

names = {}
for country in countries:
    found = []
    for key in ("name", "common_name", "official_name"):
        if key in country:
            for name in (country[key], german.gettext(country[key])):
                if name not in found:
                    found.append(name)
    names[country["alpha_2"]] = found
json.dump(names, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
print()
