"""Reads journey's CSV exports with Python's csv module, as pandas or a
script would, and checks their shape. Standard library only.

usage: python3 csv_check.py FILE EXPECTED_ROWS COLUMN=VALUE@ROW ...
Prints nothing and exits 0 when FILE (UTF-8, CRLF) has a header, exactly
EXPECTED_ROWS data rows, every row as long as the header, and each named
column holding VALUE in data row ROW (1-based).
"""
import csv
import sys

path, expected_rows, *checks = sys.argv[1:]
with open(path, newline="", encoding="utf-8") as handle:
    raw = handle.read()
if "\n" in raw.replace("\r\n", "") and raw.count("\r\n") == 0:
    sys.exit(f"{path}: lines do not end in CRLF")
rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
header, data = rows[0], rows[1:]
if len(set(header)) != len(header):
    sys.exit(f"{path}: repeated column names: {header}")
if len(data) != int(expected_rows):
    sys.exit(f"{path}: {len(data)} data rows, expected {expected_rows}")
for number, row in enumerate(data, start=2):
    if len(row) != len(header):
        sys.exit(f"{path}: row {number} has {len(row)} fields, the header {len(header)}")
for check in checks:
    column, _, rest = check.partition("=")
    value, _, row = rest.rpartition("@")
    got = data[int(row) - 1][header.index(column)]
    if got != value:
        sys.exit(f"{path}: row {row} column {column!r} is {got!r}, expected {value!r}")
