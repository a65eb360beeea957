#!/usr/bin/env bash
# Opens the sample's CSV exports in pandas and visidata (pip installs them
# when missing), as an analyst would, and checks that every row and number
# arrives without fixing anything by hand. Python's csv reads them in the
# test suite; this is the heavier check, run by hand:
#     Tests/Checks/spreadsheets.sh [JOURNEY_BINARY]
set -euo pipefail
journey=${1:-$(dirname "$0")/../../.build/debug/journey}
python3 -c 'import pandas' 2>/dev/null || python3 -m pip install -q pandas
command -v vd >/dev/null || python3 -m pip install -q visidata
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$journey" export --format csv --table touchpoints -o "$dir/touchpoints.csv"
"$journey" export --format csv --table items -o "$dir/items.csv"
vd -b "$dir/touchpoints.csv" -o "$dir/touchpoints.json" >/dev/null
python3 - "$dir" <<'PY'
import json, sys
import pandas as pd
folder = sys.argv[1]
touchpoints = pd.read_csv(f"{folder}/touchpoints.csv")
items = pd.read_csv(f"{folder}/items.csv")
assert touchpoints.shape == (18, 17), touchpoints.shape
assert items.shape == (27, 9), items.shape
for column in ["emotion: Maya", "emotion: Tom", "reach", "conversion rate (%)"]:
    assert touchpoints[column].dtype == "float64", (column, touchpoints[column].dtype)
for column in ["impact", "effort", "votes", "priority"]:
    assert items[column].dtype in ("float64", "int64"), (column, items[column].dtype)
assert items["priority"].max() == 25
rows = json.load(open(f"{folder}/touchpoints.json"))
assert len(rows) == 18 and rows[0]["touchpoint"] == "Search ad", rows[0]
print("pandas and visidata read both tables: 18 touchpoints, 27 items, numbers as numbers")
PY
