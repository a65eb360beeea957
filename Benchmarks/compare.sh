#!/usr/bin/env bash
# Measures journey side by side with vim on the same generated maps, in one
# run: time to first frame, and bytes and latency per cursor move, through a
# real pty (../shared/tools/tuiprobe.py, which needs `pip install pyte`).
# Usage: Benchmarks/compare.sh [SIZES...]     (default: 600 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
probe=${TUIPROBE:-../shared/tools/tuiprobe.py}
python3 -c 'import pyte' 2>/dev/null || pip install --quiet pyte
swift build -c release --product journey >/dev/null
swift build -c release --product journey-bench >/dev/null
journey=$PWD/.build/release/journey
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(600 20000); fi

echo "== in-process figures (best of 5)"
.build/release/journey-bench --keep "$dir" "${sizes[@]}"

for n in "${sizes[@]}"; do
  map="$dir/map-$n.json"
  echo
  echo "== $n touchpoints ($(du -h "$map" | cut -f1)), 120x40 pty"
  printf 'journey first frame:  '; python3 "$probe" ttff --rows 40 --cols 120 --expect "Touchpoint 0" -- "$journey" edit "$map"
  printf 'vim -u NONE:          '; python3 "$probe" ttff --rows 40 --cols 120 --expect '"channels"' -- vim -u NONE -n "$map"
  printf 'journey cursor moves: '; python3 "$probe" keys --rows 40 --cols 120 --expect "Touchpoint 0" --keys 'llllljjjhh' -- "$journey" edit "$map" | tail -1
  printf 'vim cursor moves:     '; python3 "$probe" keys --rows 40 --cols 120 --expect '"channels"' --keys 'llllljjjhh' -- vim -u NONE -n "$map" | tail -1
done
