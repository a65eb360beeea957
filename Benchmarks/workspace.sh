#!/usr/bin/env bash
# Times a workspace of many maps (issue 31): the portfolio's first frame
# (through a real 120x40 pty, ../shared/tools/tuiprobe.py), `journey backlog`,
# `journey query` and `journey check` on every map, cold (an empty cache) and
# warm, with peak memory; beside jq reading the same files, in the same run.
# Usage: Benchmarks/workspace.sh [COUNTS...]   (default: 10 100 1000 maps of 600 touchpoints)
# Environment: RUNS (default 3) runs per timing, the median reported; TUIPROBE the path of tuiprobe.py.
set -euo pipefail
cd "$(dirname "$0")/.."
export TUIPROBE=${TUIPROBE:-$PWD/../shared/tools/tuiprobe.py}
python3 -c 'import pyte' 2>/dev/null || pip install --quiet pyte
command -v jq >/dev/null || { echo "jq is not installed (apt-get install jq)" >&2; exit 1; }
swift build -c release --static-swift-stdlib --product journey >/dev/null
swift build -c release --static-swift-stdlib --product journey-bench >/dev/null
journey=$PWD/.build/release/journey
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ $# -gt 0 ]; then counts=("$@"); else counts=(10 100 1000); fi
runs=${RUNS:-3}

# The median wall time (s) and the largest resident set (MB) of a command over $runs runs;
# "cold" empties the cache before each run.
measure() {
  local mode=$1; shift
  local times=() peak=0
  for _ in $(seq "$runs"); do
    [ "$mode" = cold ] && rm -rf "$dir/cache"
    /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >/dev/null 2>&1 || true
    read -r seconds kb < <(tail -1 "$dir/time")
    times+=("$seconds")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  printf "%s %d" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" $((peak / 1024))
}

frame() {
  local mode=$1
  local times=()
  for _ in $(seq "$runs"); do
    [ "$mode" = cold ] && rm -rf "$dir/cache"
    times+=("$(XDG_CACHE_HOME=$dir/cache python3 "$TUIPROBE" ttff --runs 1 --expect "$2" --rows 40 --cols 120 -- "$journey" "$maps" \
      | awk '{print $2}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf "%6s %8s  %-26s %-24s %-24s %-18s %-18s\n" maps MB "portfolio s" "backlog s (MB)" "query s (MB)" \
  "check all s (MB)" "jq all maps s (MB)"
printf "%6s %8s  %-26s %-24s %-24s %-18s %-18s\n" "" "" "frame / list cold / warm" "cold / warm" "cold / warm" "" ""
for count in "${counts[@]}"; do
  maps=$dir/maps-$count
  .build/release/journey-bench workspace "$count" "$maps"
  mb=$(du -sm "$maps" | cut -f1)
  export XDG_CACHE_HOME=$dir/cache
  query='pain impact>=4 and effort<=2'
  # The first frame (the list's frame, saying how far the reading has got), then the list itself.
  ff=$(frame cold "Portfolio"); fc=$(frame cold "Journey 0 of"); fw=$(frame warm "Journey 0 of")
  read -r bc bcm <<< "$(measure cold "$journey" backlog "$maps" --format csv)"
  read -r bw bwm <<< "$(measure warm "$journey" backlog "$maps" --format csv)"
  read -r qc qcm <<< "$(measure cold "$journey" query "$maps" "$query")"
  read -r qw qwm <<< "$(measure warm "$journey" query "$maps" "$query")"
  read -r cc ccm <<< "$(measure warm "$journey" check "$maps" --today 2026-12-07)"
  read -r jq jqm <<< "$(measure warm sh -c "find '$maps' -name '*.json' -print0 | xargs -0 -P 2 -n 50 jq -c '[.title, (.stages | length)]'")"
  printf "%6d %8d  %-26s %-24s %-24s %-18s %-18s\n" "$count" "$mb" "$ff / $fc / $fw" "$bc / $bw ($bcm/$bwm)" "$qc / $qw ($qcm/$qwm)" \
    "$cc ($ccm)" "$jq ($jqm)"
  rm -rf "$maps" "$dir/cache"
done
