"""Writes a CSV again the way Excel or LibreOffice in a European locale
saves it, with Python's csv module: a byte order mark, `;` between fields
(quoted where a field holds one), decimal commas in numbers, an empty column
right of the table and an empty row below it. Standard library only.

usage: python3 csv_resave.py FILE DELIMITER   (DELIMITER: ";" or "tab")
Prints the re-saved CSV to standard output.
"""
import csv
import re
import sys

path, delimiter = sys.argv[1], sys.argv[2]
delimiter = "\t" if delimiter == "tab" else delimiter
with open(path, newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, strict=True))
decimal = re.compile(r"^-?\d+\.\d+$")
writer = csv.writer(sys.stdout, delimiter=delimiter, lineterminator="\r\n")
sys.stdout.write("\ufeff")
for row in rows:
    writer.writerow([cell.replace(".", ",") if decimal.match(cell) else cell for cell in row] + [""])
writer.writerow([""] * (len(rows[0]) + 1))
