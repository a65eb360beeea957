#!/usr/bin/env bash
# Fuzzes the map loader with libFuzzer (the Swift toolchain's -sanitize=fuzzer).
# Usage: Tests/Fuzz/run.sh [SECONDS]   (default 60)
# Seeds: the hostile corpus and the built-in sample; new inputs that find new
# paths collect in .build/fuzz-corpus; a crash is written as .build/crash-*.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
mkdir -p .build/fuzz-corpus
cp Tests/JourneyCoreTests/Hostile/*.json .build/fuzz-corpus/
swift run journey show --help >/dev/null 2>&1 || true
if [ ! -f .build/fuzz-corpus/sample.json ]; then
  rm -f /tmp/journey-fuzz-sample.json
  swift run -q journey new /tmp/journey-fuzz-sample.json >/dev/null && mv /tmp/journey-fuzz-sample.json .build/fuzz-corpus/sample.json
fi
swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name FuzzLoader \
  Sources/JourneyCore/*.swift Tests/Fuzz/FuzzLoader.swift -o .build/fuzz-loader
.build/fuzz-loader -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -artifact_prefix=.build/ .build/fuzz-corpus
