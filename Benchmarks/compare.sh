#!/usr/bin/env bash
# Measures journey side by side with vim -u NONE and visidata on the same
# generated maps, in one run, and prints issue 14's table with ratios:
# first frame, bytes per cursor move and per typed character (through a real
# 120x40 pty, ../shared/tools/tuiprobe.py with pyte), resident memory,
# `journey show` against `jq .`, and process start. Then the in-process
# figures (parse, decode, save, key to frame) from journey-bench.
# Usage: Benchmarks/compare.sh [SIZES...]     (default: 600 20000)
# Environment: RUNS (default 5) runs per timing, the median reported;
# TUIPROBE the path of tuiprobe.py.
set -euo pipefail
cd "$(dirname "$0")/.."
export TUIPROBE=${TUIPROBE:-$PWD/../shared/tools/tuiprobe.py}
python3 -c 'import pyte' 2>/dev/null || pip install --quiet pyte
command -v vd >/dev/null || command -v visidata >/dev/null || pip install --quiet visidata
command -v vim >/dev/null || echo "vim is not installed: its column stays empty (apt-get install vim)" >&2
# The release build as shipped: the Swift runtime linked in (README, "Install").
swift build -c release --static-swift-stdlib --product journey >/dev/null
swift build -c release --static-swift-stdlib --product journey-bench >/dev/null
journey=$PWD/.build/release/journey
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(600 20000); fi

# journey-bench writes the maps (and prints its figures, shown last).
.build/release/journey-bench --keep "$dir" "${sizes[@]}" > "$dir/in-process.txt"

echo "== side by side ($(uname -m), $(nproc) cores)"
python3 Benchmarks/compare.py --journey "$journey" --dir "$dir" --runs "${RUNS:-5}" --sizes "${sizes[@]}"
echo
echo "== in process (journey-bench, best of 5)"
cat "$dir/in-process.txt"
